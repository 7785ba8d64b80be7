// SPDX-License-Identifier: GPL-3.0-or-later
// DockerClient against a fake daemon: an HTTP/1.1 server on a unix socket in a temporary directory.
#include "core/docker/DockerClient.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <atomic>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace escut;

namespace
{

// Answers one request per connection (Connection: close), each on its own thread.
class FakeDaemon
{
public:
    explicit FakeDaemon(const QString& path)
        : m_path(QFile::encodeName(path))
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        qstrncpy(addr.sun_path, m_path.constData(), sizeof(addr.sun_path));
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 || ::listen(m_fd, 64) != 0) {
            qFatal("cannot listen on %s", m_path.constData());
        }
        m_thread = std::thread([this] { acceptLoop(); });
    }
    ~FakeDaemon()
    {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_thread.join();
        for (std::thread& t : m_workers) {
            t.join();
        }
    }
    int maxConcurrent() const
    {
        return m_max.load();
    }
    int active() const
    {
        return m_active.load();
    }
    void resetMax()
    {
        m_max = 0;
    }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0) {
                return;
            }
            m_workers.emplace_back([this, client] { serve(client); });
        }
    }

    void serve(int client)
    {
        const int now = ++m_active;
        int seen = m_max.load();
        while (now > seen && !m_max.compare_exchange_weak(seen, now)) {
        }
        QByteArray request;
        char buffer[4096];
        while (!request.contains("\r\n\r\n")) {
            const ssize_t n = ::read(client, buffer, sizeof(buffer));
            if (n <= 0) {
                break;
            }
            request.append(buffer, n);
        }
        const QByteArray line = request.left(request.indexOf("\r\n"));
        const QByteArray path = line.split(' ').value(1);
        QByteArray status = "200 OK";
        QByteArray headers;
        QByteArray body;
        if (path == "/_ping") {
            headers = "API-Version: 1.41\r\n";
            body = "OK";
        } else if (path == "/version") {
            body = R"({"Version":"20.10.24","ApiVersion":"1.41","MinAPIVersion":"1.12"})";
        } else if (path.startsWith("/v1.41/info")) {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            body = R"({"ID":"FAKE"})";
        } else if (path.startsWith("/v1.41/containers/missing/json")) {
            status = "404 Not Found";
            body = R"({"message":"No such container: missing"})";
        } else if (path.startsWith("/v1.41/huge")) {
            body = QByteArray(200000, 'x');
        } else if (path.startsWith("/v1.41/slow")) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            body = "{}";
        } else if (path.startsWith("/v1.41/containers/abc/archive")) {
            headers = "X-Docker-Container-Path-Stat: eyJuYW1lIjoic2gifQ==\r\n";
        } else if (path.startsWith("/v1.41/events")) {
            body = "{\"Action\":\"start\"}\n{\"Action\":\"stop\"}\n{\"Action\":\"die\"}\n";
        } else {
            status = "404 Not Found";
            body = R"({"message":"page not found"})";
        }
        const QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\n" + headers +
                                    "Content-Length: " + QByteArray::number(body.size()) +
                                    "\r\nConnection: close\r\n\r\n" + body;
        --m_active; // before answering: the client may start its next request as soon as it has the reply
        qsizetype written = 0;
        while (written < response.size()) {
            const ssize_t n =
                ::send(client, response.constData() + written, size_t(response.size() - written), MSG_NOSIGNAL);
            if (n <= 0) {
                break;
            }
            written += n;
        }
        ::close(client);
    }

    QByteArray m_path;
    int m_fd = -1;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_active{0};
    std::atomic<int> m_max{0};
    std::thread m_thread;
    std::vector<std::thread> m_workers;
};

Endpoint unixEndpoint(const QString& path)
{
    Endpoint e;
    e.kind = Endpoint::Kind::Unix;
    e.socketPath = path;
    e.url = QStringLiteral("unix://") + path;
    return e;
}

} // namespace

class TestDockerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void negotiates();
    void daemonMessageOnHttpError();
    void responseSizeCap();
    void timeout();
    void headers();
    void concurrencyIsBounded();
    void events();
    void missingSocket();
    void staleSocket();
    void permissionDenied();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeDaemon> m_daemon;
    QString m_socket;
};

void TestDockerClient::initTestCase()
{
    m_socket = m_dir.filePath(QStringLiteral("docker.sock"));
    m_daemon = std::make_unique<FakeDaemon>(m_socket);
}

void TestDockerClient::cleanupTestCase()
{
    m_daemon.reset();
}

void TestDockerClient::negotiates()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.apiVersion().isEmpty());
    const VoidResult r = client.negotiate();
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(client.apiVersion(), QStringLiteral("1.41"));
    const Result<QJsonDocument> info = client.getJson(QStringLiteral("/info"));
    QVERIFY(info.ok());
    QCOMPARE(info.value().object().value(QStringLiteral("ID")).toString(), QStringLiteral("FAKE"));
}

void TestDockerClient::daemonMessageOnHttpError()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    const Result<QJsonDocument> r = client.getJson(QStringLiteral("/containers/missing/json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::HttpStatus);
    QCOMPARE(r.error().httpStatus, 404);
    QVERIFY2(r.error().message.contains(QLatin1String("No such container: missing")), qPrintable(r.error().message));
}

void TestDockerClient::responseSizeCap()
{
    ClientOptions options;
    options.maxResponseBytes = 64 * 1024;
    DockerClient client(unixEndpoint(m_socket), options);
    QVERIFY(client.negotiate().ok());
    const Result<HttpResponse> r = client.request(DockerClient::Method::Get, QStringLiteral("/huge"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ResponseTooLarge);
}

void TestDockerClient::timeout()
{
    ClientOptions options;
    options.requestTimeoutMs = 300;
    DockerClient client(unixEndpoint(m_socket), options);
    QVERIFY(client.negotiate().ok());
    const Result<HttpResponse> r = client.request(DockerClient::Method::Get, QStringLiteral("/slow"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Timeout);
    QVERIFY(r.error().message.contains(QLatin1String("--timeout")));
}

void TestDockerClient::headers()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    const Result<HttpResponse> r =
        client.request(DockerClient::Method::Head, QStringLiteral("/containers/abc/archive?path=/bin/sh"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().headers.value("x-docker-container-path-stat"), QByteArray("eyJuYW1lIjoic2gifQ=="));
}

void TestDockerClient::concurrencyIsBounded()
{
    ClientOptions options;
    options.maxConcurrent = 4;
    DockerClient client(unixEndpoint(m_socket), options);
    QVERIFY(client.negotiate().ok());
    QTRY_COMPARE(m_daemon->active(), 0); // the timeout test leaves a slow reply behind
    m_daemon->resetMax();
    QList<int> items(16);
    std::iota(items.begin(), items.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(16);
    const QList<bool> ok = QtConcurrent::blockingMapped<QList<bool>>(&pool, items, [&](int) {
        return client.getJson(QStringLiteral("/info")).ok();
    });
    QCOMPARE(ok.count(true), 16);
    QVERIFY2(m_daemon->maxConcurrent() <= 4, qPrintable(QString::number(m_daemon->maxConcurrent())));
    QVERIFY(m_daemon->maxConcurrent() >= 2);
}

void TestDockerClient::events()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    QStringList actions;
    std::atomic<bool> cancel{false};
    const VoidResult r = client.streamEvents(
        {},
        [&](const QJsonDocument& doc) {
            actions.append(doc.object().value(QStringLiteral("Action")).toString());
            return actions.size() < 2; // stop after the second event
        },
        &cancel);
    QVERIFY(r.ok());
    QCOMPARE(actions, (QStringList{QStringLiteral("start"), QStringLiteral("stop")}));
}

void TestDockerClient::missingSocket()
{
    DockerClient client(unixEndpoint(m_dir.filePath(QStringLiteral("absent.sock"))));
    const VoidResult r = client.negotiate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::DaemonNotRunning);
    QVERIFY(r.error().message.contains(QLatin1String("does not exist")));
}

void TestDockerClient::staleSocket()
{
    // A socket file nobody listens on, as after a crashed dockerd.
    const QString path = m_dir.filePath(QStringLiteral("stale.sock"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    qstrncpy(addr.sun_path, QFile::encodeName(path).constData(), sizeof(addr.sun_path));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
    ::close(fd);
    DockerClient client(unixEndpoint(path));
    const VoidResult r = client.negotiate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::DaemonNotRunning);
    QVERIFY2(r.error().message.contains(QLatin1String("stale")), qPrintable(r.error().message));
}

void TestDockerClient::permissionDenied()
{
    if (::geteuid() == 0) {
        QSKIP("root opens any socket; the integration test covers this case with an unprivileged user");
    }
    const QString path = m_dir.filePath(QStringLiteral("closed.sock"));
    FakeDaemon closed(path);
    ::chmod(QFile::encodeName(path).constData(), 0);
    DockerClient client(unixEndpoint(path));
    const VoidResult r = client.negotiate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::PermissionDenied);
    QVERIFY(r.error().message.contains(QLatin1String("docker")));
}

QTEST_GUILESS_MAIN(TestDockerClient)
#include "test_dockerclient.moc"
