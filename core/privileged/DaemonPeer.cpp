// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/privileged/DaemonPeer.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace escut
{

namespace
{

QByteArray readProc(qint64 pid, const char* what)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(what)));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return {};
    }
    return file.read(1024 * 1024);
}

// The real uid of a process, from /proc/PID/status ("Uid:\treal\teffective\t…").
std::optional<uint> procUid(qint64 pid)
{
    for (const QByteArray& line : readProc(pid, "status").split('\n')) {
        if (line.startsWith("Uid:")) {
            const QList<QByteArray> fields = line.mid(4).simplified().split(' ');
            bool ok = false;
            const uint uid = fields.value(0).toUInt(&ok);
            return ok ? std::optional<uint>(uid) : std::nullopt;
        }
    }
    return std::nullopt;
}

QString homeOf(uint uid)
{
    const passwd* pw = ::getpwuid(uid);
    return pw && pw->pw_dir ? QFile::decodeName(pw->pw_dir) : QString();
}

} // namespace

std::optional<QString> DaemonPeer::flag(const QStringList& argv, const QString& name)
{
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString& arg = argv.at(i);
        if (arg == name && i + 1 < argv.size()) {
            return argv.at(i + 1);
        }
        if (arg.startsWith(name + QLatin1Char('='))) {
            return arg.mid(name.size() + 1);
        }
    }
    return std::nullopt;
}

Result<DaemonPeer> DaemonPeer::identify(const QString& socketPath)
{
    const QByteArray path = QFile::encodeName(socketPath);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (path.isEmpty() || size_t(path.size()) >= sizeof address.sun_path) {
        return makeError(Error::Code::InvalidArgument,
                         DaemonPeerText::tr("'%1' is not a unix socket path.").arg(socketPath));
    }
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return makeError(Error::Code::IoError, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        const int error = errno;
        ::close(fd);
        return makeError(error == EACCES ? Error::Code::PermissionDenied : Error::Code::DaemonNotRunning,
                         DaemonPeerText::tr("Cannot connect to %1 to identify the daemon (%2).")
                             .arg(socketPath, QString::fromLocal8Bit(std::strerror(error))));
    }
    ucred credentials = {};
    socklen_t length = sizeof credentials;
    const int rc = ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length);
    ::close(fd);
    if (rc != 0 || credentials.pid <= 0) {
        return makeError(Error::Code::IoError,
                         DaemonPeerText::tr("The peer of %1 cannot be identified.").arg(socketPath));
    }
    DaemonPeer peer;
    peer.pid = credentials.pid;
    peer.uid = credentials.uid;
    if (peer.uid != 0) {
        // Rootless: the daemon must run as the owner of the socket it listens on.
        struct stat st = {};
        if (::stat(path.constData(), &st) != 0 || st.st_uid != peer.uid) {
            return makeError(
                Error::Code::PermissionDenied,
                DaemonPeerText::tr("The process listening on %1 (pid %2) runs as uid %3, neither root nor the "
                                   "owner of the socket: it is not taken as the Docker daemon.")
                    .arg(socketPath)
                    .arg(peer.pid)
                    .arg(peer.uid));
        }
        peer.rootless = true;
    }
    // The pid may have been reused since the connection: the process must still run as the peer's uid.
    const std::optional<uint> uid = procUid(peer.pid);
    if (!uid || *uid != peer.uid) {
        return makeError(Error::Code::IoError,
                         DaemonPeerText::tr("The daemon behind %1 (pid %2) exited while it was identified.")
                             .arg(socketPath)
                             .arg(peer.pid));
    }
    for (const QByteArray& part : readProc(peer.pid, "cmdline").split('\0')) {
        if (!part.isEmpty()) {
            peer.argv.append(QString::fromLocal8Bit(part));
        }
    }
    if (peer.argv.isEmpty()) {
        return makeError(Error::Code::IoError,
                         DaemonPeerText::tr("The command line of the daemon behind %1 (pid %2) cannot be read.")
                             .arg(socketPath)
                             .arg(peer.pid));
    }
    if (const std::optional<QString> config = flag(peer.argv, QStringLiteral("--config-file"))) {
        peer.configFileExplicit = true;
        QString file = *config;
        if (!QDir::isAbsolutePath(file)) {
            const QString cwd = QFile::symLinkTarget(QStringLiteral("/proc/%1/cwd").arg(peer.pid));
            file = cwd.isEmpty() ? QString() : QDir::cleanPath(cwd + QLatin1Char('/') + file);
        }
        peer.configFile = QDir::cleanPath(file);
    } else if (peer.rootless) {
        // dockerd-rootless reads $XDG_CONFIG_HOME/docker/daemon.json (~/.config by default).
        QString configHome;
        for (const QByteArray& entry : readProc(peer.pid, "environ").split('\0')) {
            if (entry.startsWith("XDG_CONFIG_HOME=")) {
                configHome = QFile::decodeName(entry.mid(16));
            }
        }
        if (configHome.isEmpty() || !QDir::isAbsolutePath(configHome)) {
            const QString home = homeOf(peer.uid);
            configHome = home.isEmpty() ? QString() : home + QStringLiteral("/.config");
        }
        peer.configFile =
            configHome.isEmpty() ? QString() : QDir::cleanPath(configHome + QStringLiteral("/docker/daemon.json"));
    } else {
        peer.configFile = QStringLiteral("/etc/docker/daemon.json");
    }
    return peer;
}

} // namespace escut
