// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/SshBridge.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace escut
{

namespace
{

constexpr qsizetype s_maxStderr = 64 * 1024;
constexpr qsizetype s_maxPingAnswer = 64 * 1024;
// How long a child may take to wind down by itself once its socket is closed (the docker CLI then reaps its ssh).
constexpr int s_graceMs = 1000;

// NUL-terminated argv/envp arrays that own their strings.
class CStrings
{
public:
    void add(const QString& s)
    {
        m_storage.push_back(QFile::encodeName(s));
    }
    char** data()
    {
        m_pointers.clear();
        for (QByteArray& s : m_storage) {
            m_pointers.push_back(s.data());
        }
        m_pointers.push_back(nullptr);
        return m_pointers.data();
    }

private:
    std::vector<QByteArray> m_storage;
    std::vector<char*> m_pointers;
};

void setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) {
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    }
}

// Appends what is there to read, without blocking; false at end of file or on an error.
bool drain(int fd, QByteArray& into)
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            if (into.size() < s_maxStderr) {
                into.append(buffer, std::min<qsizetype>(n, s_maxStderr - into.size()));
            }
            continue;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
    }
}

// A whole HTTP response in `answer`: its headers and the body they announce.
bool responseComplete(const QByteArray& answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end < 0) {
        return false;
    }
    const QByteArray head = answer.left(end).toLower();
    const qsizetype body = answer.size() - (end + 4);
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray h = line.trimmed();
        if (h.startsWith("content-length:")) {
            return body >= h.mid(15).trimmed().toLongLong();
        }
        if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
            return answer.endsWith("0\r\n\r\n");
        }
    }
    return true;
}

// The part of the docker CLI's message that ssh wrote ("… stderr=ssh: connect to host …").
QString sshMessage(const QString& stderrText)
{
    QString text = stderrText.trimmed();
    const qsizetype at = text.lastIndexOf(QLatin1String("stderr="));
    if (at >= 0) {
        text = text.mid(at + 7).trimmed();
    }
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

} // namespace

SshBridgePool::SshBridgePool(Endpoint endpoint, int timeoutMs)
    : m_endpoint(std::move(endpoint))
    , m_timeoutMs(std::max(1, timeoutMs))
    , m_docker(dockerCli())
{
    // A short path: sun_path holds 108 bytes, and TMPDIR can be long.
    for (const QString& base : {QDir::tempPath(), QStringLiteral("/tmp")}) {
        QByteArray dir = QFile::encodeName(base + QStringLiteral("/escut-ssh-XXXXXX"));
        if (dir.size() + 3 >= qsizetype(sizeof(sockaddr_un::sun_path)) || !::mkdtemp(dir.data())) {
            continue;
        }
        m_dir = QFile::decodeName(dir);
        m_socketPath = m_dir + QStringLiteral("/s");
        break;
    }
    if (m_dir.isEmpty()) {
        m_setupError = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    const QByteArray path = QFile::encodeName(m_socketPath);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(m_listenFd, 64) != 0) {
        m_setupError = QString::fromLocal8Bit(std::strerror(errno));
    }
}

SshBridgePool::~SshBridgePool()
{
    shutdownAll();
    std::map<int, Child> children;
    {
        std::lock_guard lock(m_mutex);
        children.swap(m_children);
    }
    // Only the children of connections libcurl never closed (it closes each through close()): their descriptors
    // are still libcurl's, so they are left alone and the children killed after the grace time.
    for (auto& entry : children) {
        reap(entry.second, s_graceMs);
    }
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
    }
    if (!m_dir.isEmpty()) {
        ::unlink(QFile::encodeName(m_socketPath).constData());
        ::rmdir(QFile::encodeName(m_dir).constData());
    }
}

QString SshBridgePool::socketPath() const
{
    return m_socketPath;
}

// libcurl's connections to the placeholder wait in its backlog: accept and drop them (their client ends are ours,
// and by now replaced or closed).
void SshBridgePool::drainPlaceholder()
{
    if (m_listenFd < 0) {
        return;
    }
    for (;;) {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        ::close(fd);
    }
}

VoidResult SshBridgePool::attach(int fd, const std::atomic<bool>* cancel)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_children.count(fd) != 0) {
            return Ok{}; // a bridge already: libcurl reuses the connection
        }
    }
    if (!m_setupError.isEmpty()) {
        return makeError(Error::Code::IoError,
                         tr("Cannot create the local end of the ssh connection to %1: %2")
                             .arg(m_endpoint.displayName(), m_setupError));
    }
    Child child;
    Result<int> bridge = openBridge(child, cancel);
    if (!bridge) {
        return bridge.error();
    }
    // The same descriptor now reads and writes the bridge; the placeholder connection is gone.
    const int replaced = ::dup3(bridge.value(), fd, O_CLOEXEC);
    const int dupErrno = errno;
    ::close(bridge.value());
    drainPlaceholder();
    if (replaced < 0) {
        reap(child, 0);
        return makeError(Error::Code::IoError,
                         tr("Cannot create the local end of the ssh connection to %1: %2")
                             .arg(m_endpoint.displayName(), QString::fromLocal8Bit(std::strerror(dupErrno))));
    }
    std::lock_guard lock(m_mutex);
    m_children.emplace(fd, child);
    return Ok{};
}

QString SshBridgePool::dockerCli()
{
    return QStandardPaths::findExecutable(QStringLiteral("docker"));
}

QStringList SshBridgePool::dialArguments(const Endpoint& endpoint)
{
    return {QStringLiteral("-H"), endpoint.url, QStringLiteral("system"), QStringLiteral("dial-stdio")};
}

Error SshBridgePool::errorFromStderr(const Endpoint& endpoint, const QString& stderrText, int exitCode)
{
    const QString where = endpoint.displayName();
    const QString detail = QStringLiteral("docker %1 exited with %2: %3")
                               .arg(dialArguments(endpoint).join(QLatin1Char(' ')))
                               .arg(exitCode)
                               .arg(stderrText.trimmed().right(2048));
    const QString said = sshMessage(stderrText);
    const auto has = [&stderrText](const char* text) {
        return stderrText.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    const QString login =
        endpoint.user.isEmpty() ? endpoint.host : QStringLiteral("%1@%2").arg(endpoint.user, endpoint.host);
    if (has("Host key verification failed") || has("REMOTE HOST IDENTIFICATION HAS CHANGED") ||
        has("No ED25519 host key is known") || has("host key is known")) {
        const QString command = endpoint.port > 0 ? QStringLiteral("ssh -p %1 %2").arg(endpoint.port).arg(login)
                                                  : QStringLiteral("ssh %1").arg(login);
        return makeError(Error::Code::ConnectionFailed,
                         tr("ssh does not trust the host key of %1. Connect once with '%2' to check the key and "
                            "accept it into ~/.ssh/known_hosts; Escut never accepts a host key by itself.")
                             .arg(where, command),
                         detail);
    }
    if (has("Permission denied (") || has("Too many authentication failures")) {
        return makeError(Error::Code::PermissionDenied,
                         tr("ssh refused the login to %1 (%2). Put your public key into ~/.ssh/authorized_keys of "
                            "that user on the host, or load it into ssh-agent: Escut never asks for a password.")
                             .arg(where, said),
                         detail);
    }
    if (has("Connection refused")) {
        return makeError(Error::Code::ConnectionFailed,
                         tr("ssh could not connect to %1: connection refused. Check the host and port, and that sshd "
                            "runs there.")
                             .arg(where),
                         detail);
    }
    if (has("Could not resolve hostname") || has("Name or service not known")) {
        return makeError(Error::Code::ConnectionFailed,
                         tr("ssh cannot resolve the host name of %1. Check the name, or use an address.").arg(where),
                         detail);
    }
    if (has("Connection timed out") || has("Operation timed out")) {
        return makeError(Error::Code::Timeout,
                         tr("ssh could not reach %1: the connection timed out. Check that the host is up and that no "
                            "firewall drops the traffic.")
                             .arg(where),
                         detail);
    }
    if (exitCode == 127 || has("docker: not found") || has("docker: command not found") ||
        has("unknown command \"dial-stdio\"") || has("unknown command: docker system dial-stdio")) {
        return makeError(Error::Code::ToolNotInstalled,
                         tr("The host of %1 has no docker CLI that can run 'docker system dial-stdio' for %2: install "
                            "docker.io (or docker-ce-cli, 18.09 or later) there.")
                             .arg(where, login),
                         detail);
    }
    if (has("permission denied while trying to connect to the Docker daemon")) {
        return makeError(Error::Code::PermissionDenied,
                         tr("The user %1 may not use the Docker socket on the host of %2. Add it to the 'docker' group "
                            "there (membership of that group is equivalent to root on that host).")
                             .arg(login, where),
                         detail);
    }
    if (has("Cannot connect to the Docker daemon") || has("connect: no such file or directory")) {
        return makeError(Error::Code::DaemonNotRunning,
                         tr("ssh reached the host of %1, but no Docker daemon answers there. Is dockerd running on "
                            "it?")
                             .arg(where),
                         detail);
    }
    if (said.isEmpty()) {
        return makeError(Error::Code::ConnectionFailed,
                         tr("The ssh connection to %1 closed before the Docker daemon answered (exit status %2).")
                             .arg(where)
                             .arg(exitCode),
                         detail);
    }
    return makeError(Error::Code::ConnectionFailed,
                     tr("The ssh connection to %1 failed: %2").arg(where, said.left(300)),
                     detail);
}

Result<int> SshBridgePool::openBridge(Child& child, const std::atomic<bool>* cancel)
{
    if (m_docker.isEmpty()) {
        return makeError(Error::Code::ToolNotInstalled,
                         tr("ssh:// needs the docker CLI on this machine: it opens the ssh connection to %1. Install "
                            "docker.io or docker-ce-cli.")
                             .arg(m_endpoint.displayName()),
                         QStringLiteral("no docker on PATH"));
    }
    CStrings argv;
    argv.add(m_docker);
    for (const QString& a : dialArguments(m_endpoint)) {
        argv.add(a);
    }
    // Our endpoint is given with -H: no other daemon setting may reach the child. No password or host key prompt:
    // the child has no terminal and no askpass program.
    CStrings envp;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString& key : system.keys()) {
        if (key == QLatin1String("DOCKER_HOST") || key == QLatin1String("DOCKER_CONTEXT") ||
            key == QLatin1String("DOCKER_TLS_VERIFY") || key == QLatin1String("DOCKER_CERT_PATH") ||
            key == QLatin1String("SSH_ASKPASS") || key == QLatin1String("SSH_ASKPASS_REQUIRE")) {
            continue;
        }
        envp.add(key + QLatin1Char('=') + system.value(key));
    }
    envp.add(QStringLiteral("SSH_ASKPASS_REQUIRE=never"));

    int sv[2] = {-1, -1};
    int errPipe[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0 || ::pipe2(errPipe, O_CLOEXEC) != 0) {
        const int e = errno;
        for (int fd : {sv[0], sv[1]}) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
        return makeError(Error::Code::IoError,
                         tr("Cannot create the local end of the ssh connection to %1: %2")
                             .arg(m_endpoint.displayName(), QString::fromLocal8Bit(std::strerror(e))));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sv[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, sv[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int s : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD}) {
        sigaddset(&defaults, s);
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, argv.data()[0], &actions, &attributes, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(sv[1]);
    ::close(errPipe[1]);
    const int fd = sv[0];
    child = Child{spawned == 0 ? pid : -1, errPipe[0]};
    if (spawned != 0) {
        ::close(fd);
        ::close(child.errFd);
        return makeError(Error::Code::ToolFailed,
                         tr("Cannot start the docker CLI (%1) for %2: %3")
                             .arg(m_docker, m_endpoint.displayName(), QString::fromLocal8Bit(std::strerror(spawned))));
    }
    setNonBlocking(fd);
    setNonBlocking(child.errFd);

    static const QByteArray ping =
        QByteArrayLiteral("GET /_ping HTTP/1.1\r\nHost: docker\r\nUser-Agent: escut\r\n\r\n");
    qsizetype sent = 0;
    QByteArray answer;
    QByteArray errText;
    bool errOpen = true;
    enum class State {
        Pending,
        Ready,
        Closed,
        TimedOut,
        Cancelled,
        NotHttp,
    };
    State state = State::Pending;
    QElapsedTimer timer;
    timer.start();
    while (state == State::Pending) {
        const qint64 left = m_timeoutMs - timer.elapsed();
        if (left <= 0) {
            state = State::TimedOut;
            break;
        }
        if (cancel && cancel->load()) {
            state = State::Cancelled;
            break;
        }
        pollfd fds[2] = {{fd, short(POLLIN | (sent < ping.size() ? POLLOUT : 0)), 0}, {child.errFd, POLLIN, 0}};
        const int n = ::poll(fds, errOpen ? 2 : 1, int(std::min<qint64>(left, 100)));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            state = State::Closed;
            break;
        }
        if (errOpen && fds[1].revents != 0) {
            errOpen = drain(child.errFd, errText);
        }
        if ((fds[0].revents & POLLOUT) != 0) {
            const ssize_t w = ::send(fd, ping.constData() + sent, size_t(ping.size() - sent), MSG_NOSIGNAL);
            if (w > 0) {
                sent += w;
            } else if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                state = State::Closed;
            }
        }
        if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
            char buffer[4096];
            const ssize_t r = ::recv(fd, buffer, sizeof buffer, 0);
            if (r > 0) {
                answer.append(buffer, r);
                if (!answer.startsWith(QByteArray("HTTP/").left(answer.size())) || answer.size() > s_maxPingAnswer) {
                    state = State::NotHttp;
                } else if (responseComplete(answer)) {
                    state = State::Ready;
                }
            } else if (r == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
                state = State::Closed;
            }
        }
    }
    if (state == State::Ready) {
        return fd;
    }
    // The child ends by itself when ssh failed; a hung one is killed after the grace time.
    ::close(fd);
    const int graceMs = state == State::Closed ? s_graceMs : 0;
    QElapsedTimer wait;
    wait.start();
    int status = 0;
    bool exited = false;
    while (!exited) {
        const pid_t r = ::waitpid(child.pid, &status, WNOHANG);
        if (r == child.pid || (r < 0 && errno != EINTR)) {
            exited = true;
            break;
        }
        if (wait.elapsed() >= graceMs) {
            break;
        }
        pollfd f{child.errFd, POLLIN, 0};
        if (errOpen && ::poll(&f, 1, 20) > 0) {
            errOpen = drain(child.errFd, errText);
        } else if (!errOpen) {
            ::usleep(20 * 1000);
        }
    }
    if (!exited) {
        ::kill(child.pid, SIGKILL);
        while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    drain(child.errFd, errText);
    ::close(child.errFd);
    const QString stderrText = QString::fromUtf8(errText);
    const int exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    switch (state) {
    case State::TimedOut:
        return makeError(Error::Code::Timeout,
                         tr("The ssh connection to %1 did not reach the Docker daemon within %2 s. Check that the host "
                            "is reachable, that ssh logs in there without a prompt (a key, ssh-agent) and that its "
                            "host key is in ~/.ssh/known_hosts.")
                             .arg(m_endpoint.displayName(), QString::number(m_timeoutMs / 1000.0)),
                         stderrText.trimmed().right(2048));
    case State::Cancelled:
        return makeError(Error::Code::Cancelled,
                         tr("The ssh connection to %1 was cancelled.").arg(m_endpoint.displayName()));
    case State::NotHttp:
        return makeError(
            Error::Code::ConnectionFailed,
            tr("The ssh connection to %1 answered, but not like a Docker daemon.").arg(m_endpoint.displayName()),
            QString::fromUtf8(answer.left(512)));
    default:
        return errorFromStderr(m_endpoint, stderrText, exitCode);
    }
}

void SshBridgePool::close(int fd)
{
    Child child;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_children.find(fd);
        if (it == m_children.end()) {
            ::close(fd);
            drainPlaceholder();
            return;
        }
        child = it->second;
        m_children.erase(it);
    }
    ::close(fd);
    reap(child, s_graceMs);
}

void SshBridgePool::shutdownAll()
{
    std::lock_guard lock(m_mutex);
    for (const auto& entry : m_children) {
        ::shutdown(entry.first, SHUT_WR);
    }
}

// The socket is closed: the docker CLI sees the end of its input, closes ssh and exits (reaping ssh). One that does
// not within graceMs is killed; the docker CLI's ssh then dies with it (the CLI starts ssh with a parent-death signal).
void SshBridgePool::reap(Child child, int graceMs)
{
    QByteArray ignored;
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    for (;;) {
        const pid_t r = ::waitpid(child.pid, &status, WNOHANG);
        if (r == child.pid || (r < 0 && errno != EINTR)) {
            ::close(child.errFd);
            return;
        }
        if (timer.elapsed() >= graceMs) {
            break;
        }
        pollfd f{child.errFd, POLLIN, 0};
        if (child.errFd >= 0 && ::poll(&f, 1, 10) > 0 && !drain(child.errFd, ignored)) {
            ::close(child.errFd);
            child.errFd = -1;
        } else if (child.errFd < 0) {
            ::usleep(10 * 1000);
        }
        ignored.clear();
    }
    ::kill(child.pid, SIGKILL);
    while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (child.errFd >= 0) {
        ::close(child.errFd);
    }
}

} // namespace escut
