// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/Endpoint.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <map>
#include <mutex>
#include <sys/types.h>

namespace escut
{

// The connections of one ssh:// endpoint. Each is `docker -H ssh://… system dial-stdio` (the docker CLI opens ssh to
// the host and runs `docker system dial-stdio` there, which bridges to the daemon's socket) with its stdin and stdout
// on one end of a socketpair; libcurl reads and writes the other end.
//
// How libcurl gets that end: it connects to a placeholder unix socket of ours (socketPath(), in a private 0700
// directory, nothing is ever served on it), and before its first request on a new connection attach() puts the
// bridge in place of that socket under the same descriptor (dup3). libcurl's documented way, a socket returned by
// CURLOPT_OPENSOCKETFUNCTION with CURL_SOCKOPT_ALREADY_CONNECTED, is broken in libcurl 7.88 (Debian 12): it calls
// connect() on it anyway and fails (curl/curl#10626, fixed in 8.0).
//
// attach() proves the bridge first: it sends GET /_ping and waits for the whole answer within the timeout, so a
// refused login, an unknown host key or a silent host becomes a clear error instead of a broken HTTP exchange. The
// child runs in its own session without a terminal and with SSH_ASKPASS_REQUIRE=never, so ssh can never stop to
// ask for a password or to confirm a host key (the docker CLI takes no ssh options from us: it reads no
// DOCKER_SSH_OPTS; it adds -o ConnectTimeout=30 itself). Thread-safe; every child is reaped by close() or the
// destructor, also after a timeout or a cancel.
class SshBridgePool
{
    Q_DECLARE_TR_FUNCTIONS(SshBridgePool)

public:
    SshBridgePool(Endpoint endpoint, int timeoutMs);
    ~SshBridgePool();
    SshBridgePool(const SshBridgePool&) = delete;
    SshBridgePool& operator=(const SshBridgePool&) = delete;

    // The placeholder socket libcurl connects to (CURLOPT_UNIX_SOCKET_PATH).
    [[nodiscard]] QString socketPath() const;
    // Before a request on libcurl's socket fd: nothing when fd is a bridge already, else a new bridge under fd, or
    // why there is none. cancel may be null.
    [[nodiscard]] VoidResult attach(int fd, const std::atomic<bool>* cancel);
    // Closes one of libcurl's sockets and reaps its child.
    void close(int fd);
    // Half-closes every bridge, so all children start to wind down before they are closed one by one.
    void shutdownAll();

    // The docker CLI on PATH, or empty.
    [[nodiscard]] static QString dockerCli();
    // The arguments of the child after the program name: -H URL system dial-stdio.
    [[nodiscard]] static QStringList dialArguments(const Endpoint& endpoint);
    // A clear error from what ssh and the docker CLI wrote to stderr (and the child's exit status).
    [[nodiscard]] static Error errorFromStderr(const Endpoint& endpoint, const QString& stderrText, int exitCode);

private:
    struct Child
    {
        pid_t pid = -1;
        int errFd = -1;
    };
    // A proven bridge: our end of the socketpair, and its child.
    [[nodiscard]] Result<int> openBridge(Child& child, const std::atomic<bool>* cancel);
    void reap(Child child, int graceMs);
    void drainPlaceholder();

    Endpoint m_endpoint;
    int m_timeoutMs;
    QString m_docker;
    QString m_dir;        // private directory of the placeholder socket
    QString m_socketPath; // the placeholder socket
    int m_listenFd = -1;
    QString m_setupError; // why there is no placeholder socket
    std::mutex m_mutex;
    std::map<int, Child> m_children; // by libcurl's descriptor
};

} // namespace escut
