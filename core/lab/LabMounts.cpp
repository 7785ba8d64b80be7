// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lab/LabMounts.h"

#include "core/tools/ToolRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace escut
{

namespace
{

// "/a/b" is at or below "/a"; "/ab" is not.
bool isAtOrBelow(const QString& path, const QString& dir)
{
    return !dir.isEmpty() && (path == dir || path.startsWith(dir.endsWith(u'/') ? dir : dir + u'/'));
}

// The paths dir may appear as in the kernel's tables: canonical (symbolic links resolved) and as given.
QStringList spellings(const QString& dir)
{
    QStringList out{QDir::cleanPath(QFileInfo(dir).absoluteFilePath())};
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    if (!canonical.isEmpty()) {
        out.prepend(canonical);
    }
    out.removeDuplicates();
    return out;
}

Result<ToolOutput> runTool(const QString& tool, const QStringList& args, const QStringList& env = {})
{
    ToolOptions options;
    options.timeoutMs = 60000;
    options.extraEnvironment = QStringList{QStringLiteral("LC_ALL=C")} + env;
    return ToolRunner::run(tool, args, options);
}

// Runs tool and turns a failed exit into an error that names the command.
VoidResult runChecked(const QString& tool, const QStringList& args, const QString& what, const QStringList& env = {})
{
    Result<ToolOutput> r = runTool(tool, args, env);
    if (!r) {
        return r.error();
    }
    if (!r->succeeded()) {
        return makeError(Error::Code::ToolFailed, what, r->diagnostic());
    }
    return Ok{};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QStringList LabMounts::parseMountInfo(const QByteArray& text)
{
    // "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw": the fifth field is the mount point,
    // with space, tab, newline and backslash written as \040, \011, \012 and \134.
    QStringList out;
    for (const QByteArray& line : text.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5) {
            continue;
        }
        const QByteArray& raw = fields.at(4);
        QByteArray point;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QByteArray digits = raw.mid(i + 1, 3);
            const bool octal = digits.size() == 3 &&
                               std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '7'; });
            if (raw.at(i) == '\\' && octal) {
                point.append(char(digits.toInt(nullptr, 8)));
                i += 3;
                continue;
            }
            point.append(raw.at(i));
        }
        out.append(QString::fromUtf8(point));
    }
    return out;
}

QStringList LabMounts::mountsUnder(const QString& dir)
{
    const QStringList all = parseMountInfo(readAll(QStringLiteral("/proc/self/mountinfo")));
    QStringList out;
    for (const QString& spelling : spellings(dir)) {
        for (const QString& point : all) {
            if (isAtOrBelow(point, spelling) && !out.contains(point)) {
                out.append(point);
            }
        }
    }
    // Deepest first; of mounts stacked on one point, the last mounted first.
    std::stable_sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        return a.count(u'/') > b.count(u'/');
    });
    return out;
}

QString LabMounts::mountOf(const QString& path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    QString best;
    for (const QString& point : parseMountInfo(readAll(QStringLiteral("/proc/self/mountinfo")))) {
        if (isAtOrBelow(target, point) && point.size() > best.size()) {
            best = point;
        }
    }
    return best;
}

QStringList LabMounts::loopsUnder(const QString& dir)
{
    QStringList out;
    const QStringList names =
        QDir(QStringLiteral("/sys/block")).entryList({QStringLiteral("loop*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    const QStringList dirs = spellings(dir);
    for (const QString& name : names) {
        QString backing = QString::fromUtf8(readAll(QStringLiteral("/sys/block/%1/loop/backing_file").arg(name)));
        backing = backing.trimmed();
        if (backing.endsWith(QLatin1String(" (deleted)"))) {
            backing.chop(10);
        }
        for (const QString& d : dirs) {
            if (!backing.isEmpty() && isAtOrBelow(backing, d)) {
                out.append(QStringLiteral("/dev/") + name);
                break;
            }
        }
    }
    return out;
}

VoidResult LabMounts::makeFilesystem(const QString& image,
                                     const QString& mountPoint,
                                     int sizeMiB,
                                     bool encrypt,
                                     const QString& label)
{
    if (!mountsUnder(mountPoint).isEmpty()) {
        return makeError(Error::Code::InvalidArgument, tr("Something is already mounted at %1.").arg(mountPoint));
    }
    if (!QDir().mkpath(QFileInfo(image).absolutePath()) || !QDir().mkpath(mountPoint)) {
        return makeError(Error::Code::IoError, tr("Cannot create the folders of %1 and %2.").arg(image, mountPoint));
    }
    QFile file(image);
    // Sparse: the image takes only the blocks the filesystem writes.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !file.resize(qint64(sizeMiB) * 1024 * 1024)) {
        return makeError(Error::Code::IoError, tr("Cannot create the disk image %1.").arg(image), file.errorString());
    }
    file.close();
    QFile::setPermissions(image, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList mkfs{QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-L"), label.left(16)};
    if (encrypt) {
        mkfs << QStringLiteral("-O") << QStringLiteral("encrypt");
    }
    mkfs << image;
    if (VoidResult r = runChecked(QStringLiteral("mkfs.ext4"), mkfs, tr("mkfs.ext4 failed on %1.").arg(image)); !r) {
        return r;
    }
    // -o loop: mount sets up the loop device with autoclear, so unmounting also detaches it.
    return runChecked(QStringLiteral("mount"),
                      {QStringLiteral("-o"), QStringLiteral("loop,nosuid,nodev"), image, mountPoint},
                      tr("Cannot loop-mount %1 at %2: loop devices need root and a kernel with loop support.")
                          .arg(image, mountPoint));
}

VoidResult LabMounts::encryptDirectory(const QString& dir,
                                       const QString& keyFile,
                                       const QString& configFile,
                                       const QString& name,
                                       const QString& within)
{
    if (!QDir().mkpath(dir)) {
        return makeError(Error::Code::IoError, tr("Cannot create %1.").arg(dir));
    }
    const QString mount = mountOf(dir);
    const QStringList inside = spellings(within);
    const bool below = std::any_of(inside.cbegin(), inside.cend(), [&](const QString& w) {
        return mount != w && isAtOrBelow(mount, w);
    });
    if (mount.isEmpty() || !below) {
        return makeError(
            Error::Code::InvalidArgument,
            tr("%1 is not on a filesystem mounted under %2: make one for it there first.").arg(dir, within));
    }
    if (!QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        return makeError(Error::Code::InvalidArgument,
                         tr("fscrypt only encrypts an empty directory; %1 is not.").arg(dir));
    }
    if (!QFileInfo::exists(keyFile)) {
        if (!QDir().mkpath(QFileInfo(keyFile).absolutePath())) {
            return makeError(Error::Code::IoError, tr("Cannot create the folder of %1.").arg(keyFile));
        }
        QFile::setPermissions(QFileInfo(keyFile).absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile key(keyFile);
        // Created empty, made 0600, then filled: no other user can ever read the key bytes.
        if (!key.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return makeError(Error::Code::IoError,
                             tr("Cannot create the key file %1.").arg(keyFile),
                             key.errorString());
        }
        QByteArray bytes(32, '\0');
        QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
        const bool written = key.write(bytes) == bytes.size() && key.flush();
        bytes.fill('\0');
        if (!written) {
            return makeError(Error::Code::IoError, tr("Cannot write the key file %1.").arg(keyFile), key.errorString());
        }
    }
    // fscrypt reads its global configuration from FSCRYPT_CONF and keeps its root-filesystem metadata on
    // FSCRYPT_ROOT_MNT: pointing both into the lab leaves /etc/fscrypt.conf and /.fscrypt alone.
    const QStringList env{QStringLiteral("FSCRYPT_CONF=") + configFile, QStringLiteral("FSCRYPT_ROOT_MNT=") + mount};
    if (!QFileInfo::exists(configFile)) {
        // A raw-key protector does not hash a passphrase: the hashing costs setup measures do not matter here.
        if (VoidResult r = runChecked(QStringLiteral("fscrypt"),
                                      {QStringLiteral("setup"),
                                       QStringLiteral("--force"),
                                       QStringLiteral("--quiet"),
                                       QStringLiteral("--time=1ms")},
                                      tr("fscrypt setup failed."),
                                      env);
            !r) {
            return r;
        }
    }
    if (!QFileInfo::exists(mount + QStringLiteral("/.fscrypt"))) {
        if (VoidResult r =
                runChecked(QStringLiteral("fscrypt"),
                           {QStringLiteral("setup"), mount, QStringLiteral("--force"), QStringLiteral("--quiet")},
                           tr("fscrypt setup %1 failed.").arg(mount),
                           env);
            !r) {
            return r;
        }
    }
    return runChecked(QStringLiteral("fscrypt"),
                      {QStringLiteral("encrypt"),
                       dir,
                       QStringLiteral("--source=raw_key"),
                       QStringLiteral("--key=") + keyFile,
                       QStringLiteral("--name=") + name,
                       QStringLiteral("--quiet")},
                      tr("fscrypt encrypt %1 failed: the filesystem needs the encrypt feature (mkfs.ext4 -O encrypt) "
                         "and the kernel CONFIG_FS_ENCRYPTION.")
                          .arg(dir),
                      env);
}

VoidResult LabMounts::release(const QString& dir)
{
    // Deepest first; a busy filesystem (a process still has a file open there) stops the reset before any file is
    // deleted, so nothing is removed from under a mount.
    for (int round = 0; round < 64; ++round) {
        const QStringList mounts = mountsUnder(dir);
        if (mounts.isEmpty()) {
            break;
        }
        Result<ToolOutput> r = runTool(QStringLiteral("umount"), {mounts.first()});
        if (!r) {
            return r.error();
        }
        if (!r->succeeded()) {
            return makeError(Error::Code::ToolFailed,
                             tr("Cannot unmount %1: close what uses it and reset again.").arg(mounts.first()),
                             r->diagnostic());
        }
    }
    if (const QStringList left = mountsUnder(dir); !left.isEmpty()) {
        return makeError(Error::Code::ToolFailed,
                         tr("Still mounted under the lab root: %1.").arg(left.join(QStringLiteral(", "))));
    }
    // Autoclear loop devices go away when their filesystem is released, which can lag the unmount a little.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QStringList loops = loopsUnder(dir);
        if (loops.isEmpty()) {
            return Ok{};
        }
        if (attempt >= 5) {
            for (const QString& loop : loops) {
                (void)runTool(QStringLiteral("losetup"), {QStringLiteral("-d"), loop});
            }
        }
        QThread::msleep(50);
    }
    if (const QStringList loops = loopsUnder(dir); !loops.isEmpty()) {
        return makeError(Error::Code::ToolFailed,
                         tr("Cannot detach the loop devices %1 (losetup -d).").arg(loops.join(QStringLiteral(", "))));
    }
    return Ok{};
}

} // namespace escut
