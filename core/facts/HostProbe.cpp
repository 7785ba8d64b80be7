// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/HostProbe.h"

#include "core/facts/DaemonListeners.h"
#include "core/privileged/DaemonPeer.h"
#include "core/util/FileRead.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSslCertificate>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace escut
{

namespace
{

QString errnoText(int err)
{
    switch (err) {
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("HostProbe", "permission denied");
    case ENOENT:
        return QCoreApplication::translate("HostProbe", "not found");
    default:
        return QString::fromLocal8Bit(std::strerror(err));
    }
}

QString userName(uint uid)
{
    if (const passwd* pw = ::getpwuid(uid)) {
        return QString::fromLocal8Bit(pw->pw_name);
    }
    return QString::number(uid);
}

QString groupName(uint gid)
{
    if (const group* gr = ::getgrgid(gid)) {
        return QString::fromLocal8Bit(gr->gr_name);
    }
    return QString::number(gid);
}

QString fileType(mode_t mode)
{
    if (S_ISREG(mode)) {
        return QStringLiteral("file");
    }
    if (S_ISDIR(mode)) {
        return QStringLiteral("dir");
    }
    if (S_ISSOCK(mode)) {
        return QStringLiteral("socket");
    }
    if (S_ISLNK(mode)) {
        return QStringLiteral("symlink");
    }
    return QStringLiteral("other");
}

// The fact of a file that exists, from its stat.
FileFact existingFile(const QString& role, const QString& path, const struct stat& st)
{
    FileFact f;
    f.role = role;
    f.path = path;
    f.exists = true;
    f.uid = st.st_uid;
    f.gid = st.st_gid;
    f.owner = userName(st.st_uid);
    f.group = groupName(st.st_gid);
    f.mode = st.st_mode & 07777;
    f.type = fileType(st.st_mode);
    f.device = st.st_dev;
    f.inode = st.st_ino;
    return f;
}

// A file that stat could not see: absent (ENOENT, ENOTDIR), or unknown with the reason.
FileFact missingFile(const QString& role, const QString& path, int err)
{
    FileFact f;
    f.role = role;
    f.path = path;
    f.exists = false;
    if (err != ENOENT && err != ENOTDIR) {
        f.error = errnoText(err);
    }
    return f;
}

// A directory opened without following a link in its last component, closed when it goes out of scope.
class Directory
{
public:
    Directory(int parent, const QByteArray& name)
        : m_fd(::openat(parent, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK))
        , m_errno(m_fd < 0 ? errno : 0)
    {}
    ~Directory()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Directory(const Directory&) = delete;
    Directory& operator=(const Directory&) = delete;

    [[nodiscard]] int fd() const
    {
        return m_fd;
    }
    [[nodiscard]] int error() const
    {
        return m_errno;
    }

    // The names in it but . and .., sorted (so that a bound always keeps the same ones).
    [[nodiscard]] QList<QByteArray> names() const
    {
        QList<QByteArray> out;
        const int copy = ::dup(m_fd); // closedir closes the descriptor it was given
        if (copy < 0) {
            return out;
        }
        DIR* dir = ::fdopendir(copy);
        if (!dir) {
            ::close(copy);
            return out;
        }
        while (const dirent* entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            if (name != "." && name != "..") {
                out.append(name);
            }
        }
        ::closedir(dir);
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    int m_fd;
    int m_errno;
};

} // namespace

HostProbe::HostProbe(QString root)
    : m_root(std::move(root))
{}

QString HostProbe::hostPath(const QString& path) const
{
    if (m_root.isEmpty() || m_root == QLatin1String("/")) {
        return path;
    }
    return QDir::cleanPath(m_root + QLatin1Char('/') + path);
}

FileFact HostProbe::stat(const QString& role, const QString& path) const
{
    return statAt(role, path, true);
}

FileFact HostProbe::lstat(const QString& role, const QString& path) const
{
    return statAt(role, path, false);
}

FileFact HostProbe::statAt(const QString& role, const QString& path, bool follow) const
{
    struct stat st
    {
    };
    const QByteArray name = QFile::encodeName(hostPath(path));
    if ((follow ? ::stat(name.constData(), &st) : ::lstat(name.constData(), &st)) != 0) {
        return missingFile(role, path, errno);
    }
    FileFact f = existingFile(role, path, st);
    if (!follow) {
        return f;
    }
    // Where the links lead, as a host path (the lab or test root taken off again).
    QString real = QFileInfo(hostPath(path)).canonicalFilePath();
    if (!m_root.isEmpty() && m_root != QLatin1String("/") && real.startsWith(m_root)) {
        real = real.mid(m_root.size());
    }
    if (!real.isEmpty() && real != QDir::cleanPath(path)) {
        f.realPath = real;
    }
    return f;
}

FileFact HostProbe::systemdUnit(const QString& unit) const
{
    FileFact denied;
    for (const char* dir : {"/etc/systemd/system/", "/lib/systemd/system/", "/usr/lib/systemd/system/"}) {
        FileFact f = stat(unit, QLatin1String(dir) + unit);
        if (f.exists) {
            return f;
        }
        if (!f.error.isEmpty() && denied.role.isEmpty()) {
            denied = f; // cannot tell whether it is there
        }
    }
    return denied.role.isEmpty() ? missingFile(unit, QStringLiteral("/lib/systemd/system/") + unit, ENOENT) : denied;
}

QList<FileFact> HostProbe::registryCertificates(const QString& certsDir, bool* truncated) const
{
    const QString role = QStringLiteral("registry-cert");
    QList<FileFact> out{lstat(QStringLiteral("certs.d"), certsDir)};
    if (truncated) {
        *truncated = false;
    }
    if (!out.first().exists || out.first().type != QLatin1String("dir")) {
        return out; // absent, unknown, or a link (not followed)
    }
    const Directory certs(AT_FDCWD, QFile::encodeName(hostPath(certsDir)));
    if (certs.fd() < 0) {
        out.first().error = errnoText(certs.error());
        return out;
    }
    // Each entry with the stat of the entry itself: a link is reported as the link.
    const auto entry = [](const Directory& dir, const QByteArray& name, struct stat& st) {
        return ::fstatat(dir.fd(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
    };
    int registries = 0;
    for (const QByteArray& registryName : certs.names()) {
        struct stat st
        {
        };
        const QString registryPath = certsDir + QLatin1Char('/') + QFile::decodeName(registryName);
        if (!entry(certs, registryName, st)) {
            continue; // gone since it was listed
        }
        if (!S_ISDIR(st.st_mode) && !S_ISLNK(st.st_mode)) {
            continue; // dockerd reads only the directories of certs.d
        }
        if (registries == MaxRegistries) {
            if (truncated) {
                *truncated = true;
            }
            break;
        }
        ++registries;
        if (S_ISLNK(st.st_mode)) {
            out.append(existingFile(role, registryPath, st));
            continue;
        }
        const Directory registry(certs.fd(), registryName);
        if (registry.fd() < 0) {
            FileFact f = existingFile(role, registryPath, st);
            f.error = errnoText(registry.error());
            out.append(f);
            continue;
        }
        int files = 0;
        for (const QByteArray& fileName : registry.names()) {
            if (!entry(registry, fileName, st) || (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode))) {
                continue;
            }
            if (files == MaxRegistryFiles) {
                if (truncated) {
                    *truncated = true;
                }
                break;
            }
            ++files;
            out.append(existingFile(role, registryPath + QLatin1Char('/') + QFile::decodeName(fileName), st));
        }
    }
    return out;
}

void HostProbe::readCertificateExpiry(FileFact& fact) const
{
    if (!fact.exists || !fact.error.isEmpty()) {
        return;
    }
    const Result<QByteArray> data = readRegularFile(hostPath(fact.path), MaxCertificateBytes);
    if (!data) {
        fact.certError = data.error().message;
        return;
    }
    for (const QSslCertificate& cert : QSslCertificate::fromData(data.value(), QSsl::Pem)) {
        const QDateTime expiry = cert.expiryDate().toUTC();
        if (!cert.isNull() && expiry.isValid() && (!fact.notAfter.isValid() || expiry < fact.notAfter)) {
            fact.notAfter = expiry;
        }
    }
    if (!fact.notAfter.isValid()) {
        fact.certError = QCoreApplication::translate("HostProbe", "no PEM certificate in it");
    }
}

DaemonConfigFact HostProbe::readDaemonConfig(const QString& path, const QString& origin) const
{
    DaemonConfigFact fact;
    fact.path = path;
    fact.origin = origin;
    fact.file = stat(QStringLiteral("daemon.json"), path);
    fact.exists = fact.file.exists;
    if (!fact.exists) {
        fact.readError = fact.file.error;
        // stat() can fail with EACCES on a parent directory: the file may exist, we cannot tell.
        fact.exists = !fact.file.error.isEmpty();
        return fact;
    }
    // --config-file and the rootless location are paths others may choose: read as every outside file is (opened
    // once, a fifo or device refused instead of hanging the audit, bounded).
    Result<QByteArray> text = readRegularFile(hostPath(path), MaxConfigBytes);
    if (!text) {
        fact.readError = text.error().code == Error::Code::PermissionDenied
                             ? QCoreApplication::translate("HostProbe", "permission denied")
                         : text.error().code == Error::Code::ResponseTooLarge
                             ? QCoreApplication::translate("HostProbe", "file larger than %1 bytes").arg(MaxConfigBytes)
                             : text.error().message;
        return fact;
    }
    fact.text = std::move(text).value();
    fact.readable = true;
    return fact;
}

QStringList HostProbe::dockerdCommandLine(const QString& socketPath) const
{
    // The daemon is the peer of the socket (SO_PEERCRED), never a process picked by its name; a lab or test root has
    // no live peer.
    if (hostPath(QStringLiteral("/proc")) != QLatin1String("/proc") || socketPath.isEmpty()) {
        return {};
    }
    const Result<DaemonPeer> peer = DaemonPeer::identify(socketPath);
    return peer ? peer.value().argv : QStringList();
}

void HostProbe::collect(Snapshot& snapshot) const
{
    snapshot.hostFactsCollected = true;
    // The daemon is the peer of the socket (SO_PEERCRED); a lab or test root has no live peer.
    const bool liveProc = hostPath(QStringLiteral("/proc")) == QLatin1String("/proc");
    const Result<DaemonPeer> peer = liveProc && !snapshot.endpoint.socketPath.isEmpty()
                                        ? DaemonPeer::identify(snapshot.endpoint.socketPath)
                                        : Result<DaemonPeer>(makeError(Error::Code::NotFound, QString()));
    snapshot.daemonCommandLine = peer ? peer.value().argv : QStringList();
    if (peer && !peer.value().argv.isEmpty()) {
        snapshot.daemonListening = DaemonListeners::read(QStringLiteral("/proc"), peer.value().pid);
    } else {
        snapshot.daemonListening.reason =
            QCoreApplication::translate("HostProbe",
                                        "The daemon's process is not visible in /proc to this user: its listening "
                                        "sockets were not read.");
    }
    snapshot.files.append(stat(QStringLiteral("docker.sock"), snapshot.endpoint.socketPath));

    // daemon.json: --config-file, else the rootless location, else /etc/docker.
    const bool rootless = snapshot.info.value(QStringLiteral("SecurityOptions"))
                              .toArray()
                              .contains(QJsonValue(QStringLiteral("name=rootless")));
    QString configPath = QStringLiteral("/etc/docker/daemon.json");
    QString origin = QStringLiteral("default");
    QString configDir = QStringLiteral("/etc/docker");
    if (const auto flag = snapshot.commandLineFlag(QStringLiteral("--config-file"))) {
        configPath = *flag;
        origin = QStringLiteral("--config-file");
    } else if (rootless) {
        const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
        configDir = xdg + QStringLiteral("/docker");
        configPath = configDir + QStringLiteral("/daemon.json");
        origin = QStringLiteral("rootless");
    }
    snapshot.setDaemonConfigFact(readDaemonConfig(configPath, origin));
    snapshot.files.append(snapshot.daemonConfigFact.file);
    snapshot.files.append(stat(QStringLiteral("/etc/docker"), configDir));
    snapshot.files.append(stat(QStringLiteral("key.json"), configDir + QStringLiteral("/key.json")));

    // TLS material: command line wins over daemon.json.
    const DaemonConfig& config = snapshot.daemonConfig();
    for (const char* key : {"tlscacert", "tlscert", "tlskey"}) {
        const QString name = QString::fromLatin1(key);
        QString path = snapshot.commandLineFlag(QStringLiteral("--") + name).value_or(QString());
        if (path.isEmpty()) {
            path = config.values.value(name).toString();
        }
        if (!path.isEmpty()) {
            FileFact f = stat(name, path);
            if (name != QLatin1String("tlskey")) {
                readCertificateExpiry(f);
            }
            snapshot.files.append(f);
        }
    }

    // CIS Docker Benchmark section 3: the units, the environment files, containerd's socket, registry certificates.
    for (const QString& unit : {QStringLiteral("docker.service"), QStringLiteral("docker.socket")}) {
        snapshot.files.append(systemdUnit(unit));
    }
    for (const QString& env : {QStringLiteral("/etc/default/docker"), QStringLiteral("/etc/sysconfig/docker")}) {
        snapshot.files.append(stat(env, env));
    }
    snapshot.files.append(stat(QStringLiteral("containerd.sock"), QStringLiteral("/run/containerd/containerd.sock")));
    bool truncated = false;
    const QString certsDir = configDir + QStringLiteral("/certs.d");
    snapshot.files.append(registryCertificates(certsDir, &truncated));
    if (truncated) {
        snapshot.issues.append({QStringLiteral("certs.d"),
                                QCoreApplication::translate("HostProbe",
                                                            "%1 has more than %2 registry directories or more than %3 "
                                                            "files in one: only the first ones, in name order, were "
                                                            "checked.")
                                    .arg(certsDir)
                                    .arg(MaxRegistries)
                                    .arg(MaxRegistryFiles),
                                QString()});
    }
}

} // namespace escut
