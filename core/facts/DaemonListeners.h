// SPDX-License-Identifier: GPL-3.0-or-later
// The TCP sockets listening in the daemon's network namespace: /proc/PID/net/tcp and tcp6 of the daemon process (the
// peer of its unix socket), which show that namespace's sockets whatever namespace Escut runs in (a rootless daemon's
// rootlesskit namespace, a test daemon's own). CIS 7.2 asks whether the swarm's management port listens on every
// interface. Local endpoints only: a remote daemon's sockets are not visible.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace escut
{

struct ListeningSocket
{
    QString address; // "0.0.0.0", "127.0.0.1", "::", "::1", "fe80::1"
    int port = 0;

    [[nodiscard]] bool anyInterface() const; // 0.0.0.0 or ::
    [[nodiscard]] QString shown() const;     // 0.0.0.0:2377, [::]:2377
    bool operator==(const ListeningSocket&) const = default;
};

struct DaemonListenFact
{
    static constexpr int MaxSockets = 4096;

    bool collected = false;
    QString reason; // translated: why not (a remote endpoint, /proc not readable)
    QList<ListeningSocket> sockets;
    bool truncated = false;

    [[nodiscard]] QList<ListeningSocket> onPort(int port) const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static DaemonListenFact fromJson(const QJsonObject& json);
    bool operator==(const DaemonListenFact&) const = default;
};

class DaemonListeners
{
    Q_DECLARE_TR_FUNCTIONS(DaemonListeners)

public:
    // The LISTEN entries of a /proc/net/tcp (ipv6 false) or tcp6 (true) text, at most max of them. Lines that do not
    // parse are skipped.
    [[nodiscard]] static QList<ListeningSocket>
    parse(const QByteArray& text, bool ipv6, int max = DaemonListenFact::MaxSockets);
    // Reads procRoot/PID/net/tcp and tcp6.
    [[nodiscard]] static DaemonListenFact read(const QString& procRoot, qint64 pid);
};

} // namespace escut
