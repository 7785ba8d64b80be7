// SPDX-License-Identifier: GPL-3.0-or-later
// The daemon is the process at the other end of the socket: SO_PEERCRED on a connected unix socket gives its pid
// and uid; its argv and configuration come from /proc/PID only when it runs as root, or, for a rootless daemon, as the
// owner of the socket. A process is never chosen by its name.
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace escut
{

struct DaemonPeer
{
    qint64 pid = 0;
    uint uid = 0;
    bool rootless = false; // runs as the (non-root) owner of its socket
    QStringList argv;      // /proc/PID/cmdline
    QString configFile;    // the daemon.json it reads: --config-file, else the rootless or the system default
    bool configFileExplicit = false;

    // Reads the peer of the unix socket at socketPath (connects, asks SO_PEERCRED, closes).
    [[nodiscard]] static Result<DaemonPeer> identify(const QString& socketPath);

    // The value of a flag in argv (--flag VALUE or --flag=VALUE), if given.
    [[nodiscard]] static std::optional<QString> flag(const QStringList& argv, const QString& name);
};

class DaemonPeerText
{
    Q_DECLARE_TR_FUNCTIONS(DaemonPeer)
};

} // namespace escut
