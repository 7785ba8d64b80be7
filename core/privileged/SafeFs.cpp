// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/privileged/SafeFs.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace escut::safefs
{

namespace
{

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Info infoOf(const struct stat& st)
{
    Info i;
    i.exists = true;
    i.type = st.st_mode & S_IFMT;
    i.mode = st.st_mode & 07777;
    i.uid = st.st_uid;
    i.gid = st.st_gid;
    i.dev = st.st_dev;
    i.ino = st.st_ino;
    return i;
}

QString typeName(mode_t type)
{
    switch (type) {
    case S_IFLNK:
        return SafeFs::tr("a symbolic link");
    case S_IFDIR:
        return SafeFs::tr("a directory");
    case S_IFBLK:
        return SafeFs::tr("a block device");
    case S_IFCHR:
        return SafeFs::tr("a character device");
    case S_IFIFO:
        return SafeFs::tr("a named pipe");
    case S_IFSOCK:
        return SafeFs::tr("a socket");
    default:
        return SafeFs::tr("not a regular file");
    }
}

Error refused(const QString& path, const QString& why)
{
    return makeError(Error::Code::PermissionDenied, SafeFs::tr("Refusing %1: %2.").arg(path, why));
}

QString join(const QString& dir, const QString& name)
{
    return dir.endsWith(QLatin1Char('/')) ? dir + name : dir + QLatin1Char('/') + name;
}

// Copies the extended attributes of one open file to another (both fds; nothing is looked up by name).
void copyXattrs(int from, int to)
{
    const ssize_t size = ::flistxattr(from, nullptr, 0);
    if (size <= 0) {
        return;
    }
    QByteArray names(size, '\0');
    if (::flistxattr(from, names.data(), size_t(names.size())) != size) {
        return;
    }
    for (const QByteArray& name : names.split('\0')) {
        if (name.isEmpty()) {
            continue;
        }
        const ssize_t length = ::fgetxattr(from, name.constData(), nullptr, 0);
        if (length < 0 || length > 65536) {
            continue;
        }
        QByteArray value(length, '\0');
        if (::fgetxattr(from, name.constData(), value.data(), size_t(value.size())) == length) {
            (void)::fsetxattr(to, name.constData(), value.constData(), size_t(value.size()), 0);
        }
    }
}

bool validName(const QString& name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QChar(0));
}

} // namespace

Fd::~Fd()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

Fd& Fd::operator=(Fd&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = other.release();
    }
    return *this;
}

Result<QStringList> components(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/'))) {
        return refused(path, SafeFs::tr("the path is not absolute"));
    }
    if (path.contains(QChar(0))) {
        return refused(path, SafeFs::tr("the path contains a NUL character"));
    }
    QStringList parts;
    for (const QString& part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".") || part == QLatin1String("..")) {
            return refused(path, SafeFs::tr("the path contains '.' or '..'"));
        }
        parts.append(part);
    }
    return parts;
}

QString leafName(const QString& path)
{
    return path.section(QLatin1Char('/'), -1);
}

Result<Tree> Tree::open(const QString& root)
{
    Tree tree;
    tree.m_root = root.isEmpty() ? QStringLiteral("/") : root;
    Fd fd(::open("/", O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid()) {
        return makeError(Error::Code::IoError, SafeFs::tr("Cannot open / (%1).").arg(errnoText(errno)));
    }
    tree.m_rootFd = std::make_shared<Fd>(std::move(fd));
    if (tree.m_root != QLatin1String("/")) {
        const Result<QStringList> parts = components(tree.m_root);
        if (!parts) {
            return parts.error();
        }
        Tree system;
        system.m_root = QStringLiteral("/");
        system.m_rootFd = tree.m_rootFd;
        Result<Dir> dir = system.walk(parts.value(), tree.m_root, false);
        if (!dir) {
            return dir.error();
        }
        tree.m_rootFd = std::make_shared<Fd>(::fcntl(dir.value().fd(), F_DUPFD_CLOEXEC, 0));
    }
    return tree;
}

QString Tree::hostPath(const QString& path) const
{
    return m_root == QLatin1String("/") ? path : m_root + path;
}

Result<Dir> Tree::walk(const QStringList& parts, const QString& path, bool create) const
{
    Fd current(::fcntl(m_rootFd->get(), F_DUPFD_CLOEXEC, 0));
    struct stat st = {};
    if (::fstat(current.get(), &st) != 0) {
        return makeError(Error::Code::IoError, SafeFs::tr("Cannot read %1 (%2).").arg(m_root, errnoText(errno)));
    }
    QString walked = m_root == QLatin1String("/") ? QString() : m_root;
    for (const QString& part : parts) {
        const QByteArray name = QFile::encodeName(part);
        walked += QLatin1Char('/') + part;
        Fd next(::openat(current.get(), name.constData(), O_PATH | O_NOFOLLOW | O_DIRECTORY | O_CLOEXEC));
        if (!next.valid() && errno == ENOENT && create) {
            // A new directory, owned like the one that holds it, private (0700), opened without following.
            if (::mkdirat(current.get(), name.constData(), 0700) != 0 && errno != EEXIST) {
                return makeError(Error::Code::IoError,
                                 SafeFs::tr("Cannot create the directory %1 (%2).").arg(walked, errnoText(errno)));
            }
            Fd made(::openat(current.get(), name.constData(), O_RDONLY | O_NOFOLLOW | O_DIRECTORY | O_CLOEXEC));
            if (!made.valid()) {
                return refused(walked, errnoText(errno));
            }
            if (::fchown(made.get(), st.st_uid, st.st_gid) != 0 && ::geteuid() == 0) {
                return makeError(Error::Code::IoError,
                                 SafeFs::tr("Cannot give %1 its owner (%2).").arg(walked, errnoText(errno)));
            }
            next = Fd(::openat(current.get(), name.constData(), O_PATH | O_NOFOLLOW | O_DIRECTORY | O_CLOEXEC));
        }
        if (!next.valid()) {
            const int error = errno;
            struct stat link = {};
            if (::fstatat(current.get(), name.constData(), &link, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISDIR(link.st_mode)) {
                return refused(walked, SafeFs::tr("%1, in the path of %2").arg(typeName(link.st_mode & S_IFMT), path));
            }
            return makeError(error == ENOENT ? Error::Code::NotFound : Error::Code::IoError,
                             SafeFs::tr("Cannot open the directory %1 (%2).").arg(walked, errnoText(error)));
        }
        if (::fstat(next.get(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            return refused(walked, SafeFs::tr("not a directory"));
        }
        current = std::move(next);
    }
    return Dir(std::move(current), walked.isEmpty() ? QStringLiteral("/") : walked, infoOf(st));
}

Result<Dir> Tree::parentOf(const QString& path, bool create) const
{
    Result<QStringList> parts = components(path);
    if (!parts) {
        return parts.error();
    }
    if (parts.value().isEmpty()) {
        return refused(path, SafeFs::tr("the root directory is not a file"));
    }
    parts.value().removeLast();
    return walk(parts.value(), path, create);
}

Result<Dir> Tree::directory(const QString& path) const
{
    const Result<QStringList> parts = components(path);
    if (!parts) {
        return parts.error();
    }
    return walk(parts.value(), path, false);
}

Result<Info> statEntry(const Dir& dir, const QString& name)
{
    if (!validName(name)) {
        return refused(join(dir.path(), name), SafeFs::tr("not a file name"));
    }
    struct stat st = {};
    if (::fstatat(dir.fd(), QFile::encodeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT) {
            return Info{};
        }
        return makeError(Error::Code::IoError,
                         SafeFs::tr("Cannot read %1 (%2).").arg(join(dir.path(), name), errnoText(errno)));
    }
    return infoOf(st);
}

Result<Content> readFile(const Dir& dir, const QString& name, qint64 maxSize)
{
    const QString path = join(dir.path(), name);
    if (!validName(name)) {
        return refused(path, SafeFs::tr("not a file name"));
    }
    Fd fd(::openat(dir.fd(), QFile::encodeName(name).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!fd.valid()) {
        const int error = errno;
        if (error == ENOENT) {
            return Content{};
        }
        struct stat link = {};
        if (::fstatat(dir.fd(), QFile::encodeName(name).constData(), &link, AT_SYMLINK_NOFOLLOW) == 0 &&
            !S_ISREG(link.st_mode)) {
            return refused(path, typeName(link.st_mode & S_IFMT));
        }
        return makeError(Error::Code::IoError, SafeFs::tr("Cannot read %1 (%2).").arg(path, errnoText(error)));
    }
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0) {
        return makeError(Error::Code::IoError, SafeFs::tr("Cannot read %1 (%2).").arg(path, errnoText(errno)));
    }
    Content c;
    c.info = infoOf(st);
    if (!S_ISREG(st.st_mode)) {
        return refused(path, typeName(st.st_mode & S_IFMT));
    }
    if (st.st_size > maxSize) {
        return makeError(Error::Code::ResponseTooLarge,
                         SafeFs::tr("%1 is larger than %2 bytes.").arg(path).arg(maxSize));
    }
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return makeError(Error::Code::IoError, SafeFs::tr("Cannot read %1 (%2).").arg(path, errnoText(errno)));
        }
        if (n == 0) {
            break;
        }
        c.data.append(buffer, n);
        if (c.data.size() > maxSize) {
            return makeError(Error::Code::ResponseTooLarge,
                             SafeFs::tr("%1 is larger than %2 bytes.").arg(path).arg(maxSize));
        }
    }
    return c;
}

VoidResult writeFile(const Dir& dir, const QString& name, const QByteArray& data, uint mode, uint uid, uint gid)
{
    const QString path = join(dir.path(), name);
    if (!validName(name)) {
        return refused(path, SafeFs::tr("not a file name"));
    }
    const QByteArray encoded = QFile::encodeName(name);
    // The target, if any, must be a regular file: a link, device or fifo planted there is refused, not replaced.
    Fd old(::openat(dir.fd(), encoded.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!old.valid() && errno != ENOENT) {
        struct stat link = {};
        if (::fstatat(dir.fd(), encoded.constData(), &link, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(link.st_mode)) {
            return refused(path, typeName(link.st_mode & S_IFMT));
        }
        return makeError(Error::Code::IoError, SafeFs::tr("Cannot open %1 (%2).").arg(path, errnoText(errno)));
    }
    if (old.valid()) {
        struct stat st = {};
        if (::fstat(old.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
            return refused(path, typeName(st.st_mode & S_IFMT));
        }
    }
    // A temporary beside it, made by us (O_EXCL), private from the first byte.
    QByteArray tmpName;
    Fd tmp;
    for (int attempt = 0; attempt < 16 && !tmp.valid(); ++attempt) {
        tmpName =
            "." + encoded.left(100) + ".escut-" + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        tmp = Fd(::openat(dir.fd(), tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (!tmp.valid() && errno != EEXIST) {
            break;
        }
    }
    if (!tmp.valid()) {
        return makeError(
            Error::Code::IoError,
            SafeFs::tr("Cannot write %1: cannot create a temporary file beside it (%2).").arg(path, errnoText(errno)));
    }
    const auto discard = [&](const QString& what) {
        const int error = errno;
        ::unlinkat(dir.fd(), tmpName.constData(), 0);
        // what: the system call that failed, a literal name.
        return makeError(Error::Code::IoError,
                         SafeFs::tr("Cannot write %1: %2 failed (%3).").arg(path, what, errnoText(error)));
    };
    if (::fchmod(tmp.get(), mode & 0600) != 0) {
        return discard(QStringLiteral("fchmod"));
    }
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(tmp.get(), data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return discard(QStringLiteral("write"));
        }
        written += n;
    }
    if (old.valid()) {
        copyXattrs(old.get(), tmp.get());
    }
    struct stat mine = {};
    if (::fstat(tmp.get(), &mine) != 0) {
        return discard(QStringLiteral("fstat"));
    }
    if ((mine.st_uid != uid || mine.st_gid != gid) && ::fchown(tmp.get(), uid, gid) != 0) {
        return discard(QStringLiteral("fchown"));
    }
    if (::fchmod(tmp.get(), mode & 07777) != 0) {
        return discard(QStringLiteral("fchmod"));
    }
    if (::fsync(tmp.get()) != 0) {
        return discard(QStringLiteral("fsync"));
    }
    if (::renameat(dir.fd(), tmpName.constData(), dir.fd(), encoded.constData()) != 0) {
        return discard(QStringLiteral("renameat"));
    }
    (void)::fsync(dir.fd());
    return Ok{};
}

VoidResult setAttributes(const Dir& dir, const QString& name, uint mode, uint uid, uint gid)
{
    const QString path = join(dir.path(), name);
    if (!validName(name)) {
        return refused(path, SafeFs::tr("not a file name"));
    }
    Fd fd(::openat(dir.fd(), QFile::encodeName(name).constData(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.valid()) {
        return makeError(Error::Code::IoError, SafeFs::tr("Cannot open %1 (%2).").arg(path, errnoText(errno)));
    }
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0) {
        return makeError(Error::Code::IoError, SafeFs::tr("Cannot read %1 (%2).").arg(path, errnoText(errno)));
    }
    if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode) && !S_ISSOCK(st.st_mode)) {
        return refused(path, typeName(st.st_mode & S_IFMT));
    }
    if ((st.st_uid != uid || st.st_gid != gid) && ::fchownat(fd.get(), "", uid, gid, AT_EMPTY_PATH) != 0) {
        return makeError(Error::Code::PermissionDenied,
                         SafeFs::tr("Cannot change the owner of %1 (%2).").arg(path, errnoText(errno)));
    }
    // chmod through the fd's /proc entry: the inode opened above, whatever happened to the name since.
    const QByteArray procPath = "/proc/self/fd/" + QByteArray::number(fd.get());
    if ((st.st_mode & 07777) != mode && ::chmod(procPath.constData(), mode & 07777) != 0) {
        return makeError(Error::Code::PermissionDenied,
                         SafeFs::tr("Cannot change the mode of %1 (%2).").arg(path, errnoText(errno)));
    }
    return Ok{};
}

VoidResult removeFile(const Dir& dir, const QString& name)
{
    const Result<Info> info = statEntry(dir, name);
    if (!info) {
        return info.error();
    }
    if (!info.value().exists) {
        return Ok{};
    }
    if (info.value().type != S_IFREG) {
        return refused(join(dir.path(), name), typeName(info.value().type));
    }
    if (::unlinkat(dir.fd(), QFile::encodeName(name).constData(), 0) != 0) {
        return makeError(Error::Code::IoError,
                         SafeFs::tr("Cannot remove %1 (%2).").arg(join(dir.path(), name), errnoText(errno)));
    }
    return Ok{};
}

Result<Lock> Lock::acquire(const QString& lockDir, const QString& key)
{
    const Result<Tree> tree = Tree::open(QStringLiteral("/"));
    if (!tree) {
        return tree.error();
    }
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32)) +
        QStringLiteral(".lock");
    Result<Dir> dir = tree.value().parentOf(lockDir + QLatin1Char('/') + name, true);
    if (!dir) {
        return dir.error();
    }
    Fd fd(::openat(dir.value().fd(),
                   QFile::encodeName(name).constData(),
                   O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC,
                   0600));
    if (!fd.valid()) {
        return makeError(Error::Code::IoError,
                         SafeFs::tr("Cannot open the lock for %1 (%2).").arg(key, errnoText(errno)));
    }
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
        return refused(lockDir + QLatin1Char('/') + name,
                       SafeFs::tr("the lock file is not a regular file owned by uid %1").arg(::geteuid()));
    }
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
        return makeError(Error::Code::Generic,
                         SafeFs::tr("Another fix is being applied to %1 right now: nothing was changed. Try again when "
                                    "it has finished.")
                             .arg(key));
    }
    return Lock(std::move(fd));
}

Result<QString> trustedCanonicalPath(const QString& path)
{
    Result<QStringList> parts = components(path);
    if (!parts) {
        return parts.error();
    }
    QStringList resolved;
    QStringList pending = parts.value();
    int links = 0;
    while (!pending.isEmpty()) {
        const QString part = pending.takeFirst();
        if (part == QLatin1String(".")) {
            continue;
        }
        if (part == QLatin1String("..")) {
            if (!resolved.isEmpty()) {
                resolved.removeLast();
            }
            continue;
        }
        const QString dirPath = QLatin1Char('/') + resolved.join(QLatin1Char('/'));
        const QString candidate = (resolved.isEmpty() ? QString() : dirPath) + QLatin1Char('/') + part;
        struct stat st = {};
        if (::lstat(QFile::encodeName(candidate).constData(), &st) != 0) {
            // Absent: the rest is taken as it is (a file a fix will create).
            resolved.append(part);
            resolved.append(pending);
            break;
        }
        if (!S_ISLNK(st.st_mode)) {
            resolved.append(part);
            continue;
        }
        struct stat parent = {};
        if (++links > 16 || st.st_uid != 0 || ::lstat(QFile::encodeName(dirPath).constData(), &parent) != 0 ||
            parent.st_uid != 0 || (parent.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
            return refused(path, SafeFs::tr("%1 is a symbolic link that is not root's own").arg(candidate));
        }
        char target[PATH_MAX];
        const ssize_t n = ::readlink(QFile::encodeName(candidate).constData(), target, sizeof target - 1);
        if (n <= 0) {
            return refused(path, SafeFs::tr("cannot read the link %1").arg(candidate));
        }
        const QString to = QFile::decodeName(QByteArray(target, n));
        QStringList next = to.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (to.startsWith(QLatin1Char('/'))) {
            resolved.clear();
        }
        for (qsizetype i = next.size() - 1; i >= 0; --i) {
            pending.prepend(next.at(i));
        }
    }
    return QLatin1Char('/') + resolved.join(QLatin1Char('/'));
}

} // namespace escut::safefs
