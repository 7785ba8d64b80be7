// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/HostProbe.h"

#include "core/privileged/DaemonPeer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>

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
    FileFact f;
    f.role = role;
    f.path = path;
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(hostPath(path)).constData(), &st) != 0) {
        const int err = errno;
        f.exists = false;
        if (err != ENOENT && err != ENOTDIR) {
            f.error = errnoText(err);
        }
        return f;
    }
    f.exists = true;
    f.uid = st.st_uid;
    f.gid = st.st_gid;
    f.owner = userName(st.st_uid);
    f.group = groupName(st.st_gid);
    f.mode = st.st_mode & 07777;
    f.type = fileType(st.st_mode);
    f.device = st.st_dev;
    f.inode = st.st_ino;
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
    QFile file(hostPath(path));
    if (!file.open(QIODevice::ReadOnly)) {
        fact.readError = file.error() == QFileDevice::OpenError
                             ? QCoreApplication::translate("HostProbe", "permission denied")
                             : file.errorString();
        return fact;
    }
    if (file.size() > MaxConfigBytes) {
        fact.readError = QCoreApplication::translate("HostProbe", "file larger than %1 bytes").arg(MaxConfigBytes);
        return fact;
    }
    fact.text = file.readAll();
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
    snapshot.daemonCommandLine = dockerdCommandLine(snapshot.endpoint.socketPath);
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
            snapshot.files.append(stat(name, path));
        }
    }
}

} // namespace escut
