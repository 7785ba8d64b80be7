// SPDX-License-Identifier: GPL-3.0-or-later
// DockerClient against a fake daemon: an HTTP/1.1 server on a unix socket in a temporary directory.
#include "core/docker/DockerClient.h"
#include "core/docker/SshBridge.h"
#include "core/facts/ActiveProber.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <netinet/in.h>
#include <numeric>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace escut;

namespace
{

bool sendAll(int fd, const QByteArray& data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + written, size_t(data.size() - written), MSG_NOSIGNAL);
        if (n <= 0) {
            return false;
        }
        written += n;
    }
    return true;
}

// A keep-alive HTTP/1.1 server, one thread per connection, like dockerd. It counts open connections, so a test
// can check that the client never holds more than its pool allows.
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
        {
            std::lock_guard lock(m_mutex);
            for (int client : m_clients) {
                ::shutdown(client, SHUT_RDWR);
            }
        }
        for (std::thread& t : m_workers) {
            t.join();
        }
    }
    int open() const
    {
        return m_open.load();
    }
    int maxOpen() const
    {
        return m_maxOpen.load();
    }
    int accepted() const
    {
        return m_accepted.load();
    }
    void resetCounters()
    {
        m_maxOpen = m_open.load();
        m_accepted = 0;
        m_versionRequests = 0;
    }
    int versionRequests() const
    {
        return m_versionRequests.load();
    }
    // What /_ping's API-Version header and /version's MinAPIVersion say (a newer daemon: "1.47", "1.44").
    void setApiVersions(const QByteArray& ping, const QByteArray& minimum)
    {
        std::lock_guard lock(m_mutex);
        m_pingApi = ping;
        m_minApi = minimum;
    }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0) {
                return;
            }
            ++m_accepted;
            const int now = ++m_open;
            int seen = m_maxOpen.load();
            while (now > seen && !m_maxOpen.compare_exchange_weak(seen, now)) {
            }
            std::lock_guard lock(m_mutex);
            m_clients.push_back(client);
            m_workers.emplace_back([this, client] { serve(client); });
        }
    }

    void serve(int client)
    {
        QByteArray buffer;
        bool keepGoing = true;
        while (keepGoing && !m_stop) {
            qsizetype end;
            while ((end = buffer.indexOf("\r\n\r\n")) < 0) {
                char chunk[4096];
                const ssize_t n = ::read(client, chunk, sizeof(chunk));
                if (n <= 0) {
                    keepGoing = false;
                    break;
                }
                buffer.append(chunk, n);
            }
            if (!keepGoing) {
                break;
            }
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            qsizetype contentLength = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:")) {
                    contentLength = line.mid(15).trimmed().toLongLong();
                }
            }
            while (buffer.size() < contentLength) {
                char chunk[4096];
                const ssize_t n = ::read(client, chunk, sizeof(chunk));
                if (n <= 0) {
                    break;
                }
                buffer.append(chunk, n);
            }
            const QByteArray requestBody = buffer.left(contentLength);
            buffer.remove(0, contentLength);
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            keepGoing = answer(client, requestLine.value(0), requestLine.value(1), requestBody);
        }
        ::close(client);
        {
            std::lock_guard lock(m_mutex);
            m_clients.removeOne(client);
        }
        --m_open;
    }

    // Returns false when the connection must end.
    bool answer(int client, const QByteArray& method, const QByteArray& path, const QByteArray& requestBody)
    {
        QByteArray status = "200 OK";
        QByteArray headers;
        QByteArray body;
        QByteArray pingApi;
        QByteArray minApi;
        {
            std::lock_guard lock(m_mutex);
            pingApi = m_pingApi;
            minApi = m_minApi;
        }
        if (path == "/_ping") {
            headers = pingApi.isEmpty() ? QByteArray() : "API-Version: " + pingApi + "\r\n";
            body = "OK";
        } else if (path == "/version") {
            ++m_versionRequests;
            body = R"({"Version":"20.10.24","ApiVersion":")" + (pingApi.isEmpty() ? "1.41" : pingApi) +
                   R"(","MinAPIVersion":")" + minApi + R"("})";
        } else if (path.startsWith("/v1.41/info")) {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            body = R"({"ID":"FAKE"})";
        } else if (path.startsWith("/v1.41/containers/x/json")) {
            status = "404 Not Found";
            body = R"({"message":"No such container: x"})";
        } else if (path.startsWith("/v1.41/huge")) {
            body = QByteArray(200000, 'x');
        } else if (path.startsWith("/v1.41/chunked")) {
            // 200 kB without a Content-Length, as dockerd sends an archive: only the bytes received tell the size.
            QByteArray chunked =
                "HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nTransfer-Encoding: chunked\r\n\r\n";
            for (int i = 0; i < 20; ++i) {
                chunked += QByteArray::number(10000, 16) + "\r\n" + QByteArray(10000, 'c') + "\r\n";
            }
            return sendAll(client, chunked + "0\r\n\r\n");
        } else if (path.startsWith("/v1.41/pair")) {
            return sendPair(client);
        } else if (path.startsWith("/v1.41/garbage")) {
            sendAll(client, QByteArray("SSH-2.0-OpenSSH_9.2\r\n\x00\xff\xfe", 24));
            return false;
        } else if (path.startsWith("/v1.41/announced")) {
            // Announces 100 MB, sends a few bytes and then nothing for 3 s.
            sendAll(client,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{\"a\":");
            std::this_thread::sleep_for(std::chrono::milliseconds(3000));
            return false;
        } else if (path.startsWith("/v1.41/slow")) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            body = "{}";
        } else if (path.startsWith("/v1.41/containers/abc/archive")) {
            headers = "X-Docker-Container-Path-Stat: eyJuYW1lIjoic2gifQ==\r\n";
        } else if (path.startsWith("/v1.41/containers/gone/archive")) {
            status = "404 Not Found";
            body = R"({"message":"Could not find the file /bin/sh in container gone"})";
        } else if (method == "POST" && path.startsWith("/v1.41/echo")) {
            body = R"({"received":)" + QByteArray::number(requestBody.size()) + "}";
        } else if (path.startsWith("/v1.41/events")) {
            return streamEvents(client);
        } else if (method == "POST" && path.startsWith("/v1.41/containers/noshell/exec")) {
            status = "201 Created";
            body = R"({"Id":"podmanexec"})";
        } else if (method == "POST" && path.startsWith("/v1.41/exec/podmanexec/start")) {
            // Podman 4.3 for a container without sh: HTTP 500, and an inspect that never sets the exit code.
            status = "500 Internal Server Error";
            body = R"({"cause":"executable file not found in $PATH","message":"crun: executable file `sh` not )"
                   R"(found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was )"
                   R"(not found","response":500})";
        } else if (path.startsWith("/v1.41/exec/podmanexec/json")) {
            body = R"({"ID":"podmanexec","Running":false,"ExitCode":0})";
        } else {
            status = "404 Not Found";
            body = R"({"message":"page not found"})";
        }
        const QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\n" + headers +
                                    "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                                    (method == "HEAD" ? QByteArray() : body);
        return sendAll(client, response);
    }

    // 800 kB in two halves: the second half only once another /pair request has had its first half (or after 5 s),
    // so that two such answers are certainly in flight at the same moment.
    bool sendPair(int client)
    {
        const QByteArray half(400000, 'p');
        if (!sendAll(client,
                     "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                         QByteArray::number(2 * half.size()) + "\r\n\r\n" + half)) {
            return false;
        }
        {
            std::unique_lock lock(m_mutex);
            ++m_pairArrived;
            m_pairCondition.notify_all();
            m_pairCondition.wait_for(lock, std::chrono::seconds(5), [this] { return m_pairArrived % 2 == 0; });
        }
        return sendAll(client, half);
    }

    // Three events, then an open stream that sends nothing until the client goes away, as dockerd does.
    bool streamEvents(int client)
    {
        QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (const char* action : {"start", "stop", "die"}) {
            const QByteArray line = R"({"Type":"container","Action":")" + QByteArray(action) + "\"}\n";
            response += QByteArray::number(line.size(), 16) + "\r\n" + line + "\r\n";
        }
        if (!sendAll(client, response)) {
            return false;
        }
        while (!m_stop) {
            pollfd p{client, POLLIN, 0};
            if (::poll(&p, 1, 100) > 0) {
                char chunk[256];
                if (::read(client, chunk, sizeof(chunk)) <= 0) {
                    break;
                }
            }
        }
        return false;
    }

    QByteArray m_path;
    int m_fd = -1;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_open{0};
    std::atomic<int> m_maxOpen{0};
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_versionRequests{0};
    QByteArray m_pingApi = "1.41";
    QByteArray m_minApi = "1.12";
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_pairCondition;
    int m_pairArrived = 0;
    QList<int> m_clients;
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

// A socket file nobody listens on, as after a crashed dockerd.
void makeStaleSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    qstrncpy(addr.sun_path, QFile::encodeName(path).constData(), sizeof(addr.sun_path));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
    ::close(fd);
}

} // namespace

class TestDockerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void negotiates();
    void negotiatesNewerAndOlderDaemons_data();
    void negotiatesNewerAndOlderDaemons();
    void daemonMessageOnHttpError();
    void acceptStatus();
    void postBody();
    void responseSizeCap();
    void bytesInFlightAreBounded();
    void announcedBodyOverTheCapIsRefusedUnread();
    void answerThatIsNotHttp();
    void timeout();
    void headers();
    void concurrencyIsBounded();
    void eventsStopOnCancel();
    void eventsStopWhenCallbackSaysSo();
    void streamDeliversTheBodyInChunks();
    void streamStopsAtItsCap();
    void streamStopsWhenCallbackSaysSo();
    void streamStopsOnCancel();
    void streamTimeout();
    void streamHttpError();
    void missingSocket();
    void staleSocket();
    void permissionDenied();
    void tcpRefused();
    void tlsHandshakeFails();
    void execThatNeverStartedDidNotSucceed();
    void plainHttpToTlsDaemon();
    void sshBridgesThroughTheDockerCli();
    void sshErrorsFromStderr_data();
    void sshErrorsFromStderr();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeDaemon> m_daemon;
    QString m_socket;
};

void TestDockerClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
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
    QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().fullText()));
    QCOMPARE(info.value().object().value(QStringLiteral("ID")).toString(), QStringLiteral("FAKE"));
}

void TestDockerClient::negotiatesNewerAndOlderDaemons_data()
{
    QTest::addColumn<QByteArray>("ping");
    QTest::addColumn<QByteArray>("minimum");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<int>("versionRequests");
    // /_ping says the daemon's version: at or below ours, it is the one to speak, without asking /version.
    QTest::newRow("older daemon") << QByteArray("1.41") << QByteArray("1.12") << QStringLiteral("1.41") << 0;
    QTest::newRow("our maximum") << QByteArray("1.43") << QByteArray("1.12") << QStringLiteral("1.43") << 0;
    // Newer: our maximum, unless the daemon's minimum (from /version) is above it (Docker 29: 1.44).
    QTest::newRow("newer daemon") << QByteArray("1.45") << QByteArray("1.24") << QStringLiteral("1.43") << 1;
    QTest::newRow("newer minimum") << QByteArray("1.52") << QByteArray("1.44") << QStringLiteral("1.44") << 1;
    // No API-Version header (very old daemons, some proxies): /version says.
    QTest::newRow("no header") << QByteArray() << QByteArray("1.12") << QStringLiteral("1.41") << 1;
}

void TestDockerClient::negotiatesNewerAndOlderDaemons()
{
    QFETCH(QByteArray, ping);
    QFETCH(QByteArray, minimum);
    QFETCH(QString, chosen);
    QFETCH(int, versionRequests);
    m_daemon->setApiVersions(ping, minimum);
    m_daemon->resetCounters();
    DockerClient client(unixEndpoint(m_socket));
    const VoidResult r = client.negotiate();
    m_daemon->setApiVersions("1.41", "1.12");
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(client.apiVersion(), chosen);
    QCOMPARE(m_daemon->versionRequests(), versionRequests);
}

void TestDockerClient::daemonMessageOnHttpError()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    const Result<QJsonDocument> r = client.getJson(QStringLiteral("/containers/x/json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::HttpStatus);
    QCOMPARE(r.error().httpStatus, 404);
    QVERIFY2(r.error().message.contains(QLatin1String("No such container: x")), qPrintable(r.error().message));
    QVERIFY(r.error().detail.contains(QLatin1String("/v1.41/containers/x/json")));

    // HEAD has no body: the error still says what happened. The escaped path must survive the message's %N.
    const QString path = QStringLiteral("/containers/gone/archive?path=%2Fbin%2Fsh");
    const Result<HttpResponse> head = client.request(DockerClient::Method::Head, path);
    QVERIFY(!head.ok());
    QCOMPARE(head.error().httpStatus, 404);
    QVERIFY2(head.error().message.contains(QLatin1String("HTTP 404")), qPrintable(head.error().message));
    QVERIFY2(head.error().message.contains(path), qPrintable(head.error().message));
}

void TestDockerClient::acceptStatus()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    const Result<HttpResponse> r = client.request(DockerClient::Method::Head,
                                                  QStringLiteral("/containers/gone/archive?path=/bin/sh"),
                                                  {},
                                                  [](int status) { return status == 404; });
    QVERIFY(r.ok());
    QCOMPARE(r.value().status, 404);
}

void TestDockerClient::postBody()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    const QByteArray body = "{\"Image\":\"" + QByteArray(5000, 'a') + "\"}";
    const Result<HttpResponse> r = client.request(DockerClient::Method::Post, QStringLiteral("/echo"), body);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(QJsonDocument::fromJson(r.value().body).object().value(QStringLiteral("received")).toInt(),
             int(body.size()));
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
    // The client is still usable afterwards.
    QVERIFY(client.getJson(QStringLiteral("/info")).ok());
}

void TestDockerClient::bytesInFlightAreBounded()
{
    // Each answer fits the per-response cap; two at once do not fit the client's in-flight budget.
    ClientOptions options;
    options.maxResponseBytes = 1000000;
    options.maxInFlightBytes = 700000;
    DockerClient client(unixEndpoint(m_socket), options);
    QVERIFY(client.negotiate().ok());
    std::optional<Result<HttpResponse>> first;
    std::thread other([&] { first = client.request(DockerClient::Method::Get, QStringLiteral("/pair")); });
    const Result<HttpResponse> second = client.request(DockerClient::Method::Get, QStringLiteral("/pair"));
    other.join();
    QVERIFY(first.has_value());
    const QList<const Result<HttpResponse>*> both{&*first, &second};
    const qsizetype refused = std::count_if(both.begin(), both.end(), [](const Result<HttpResponse>* r) {
        return !r->ok() && r->error().code == Error::Code::ResponseTooLarge &&
               r->error().detail.contains(QLatin1String("in-flight"));
    });
    QVERIFY(refused >= 1);
    for (const Result<HttpResponse>* r : both) {
        QVERIFY(r->ok() ? r->value().body.size() == 800000 : r->error().code == Error::Code::ResponseTooLarge);
    }
    // The budget comes back when a request returns: one answer alone (200 kB) is read in full afterwards.
    const Result<HttpResponse> alone = client.request(DockerClient::Method::Get, QStringLiteral("/huge"));
    QVERIFY2(alone.ok(), alone.ok() ? "" : qPrintable(alone.error().fullText()));
    QCOMPARE(alone.value().body.size(), 200000);
}

void TestDockerClient::announcedBodyOverTheCapIsRefusedUnread()
{
    // A Content-Length above the cap is refused from the header: neither read nor waited for.
    ClientOptions options;
    options.maxResponseBytes = 64 * 1024;
    options.requestTimeoutMs = 10000;
    DockerClient client(unixEndpoint(m_socket), options);
    QVERIFY(client.negotiate().ok());
    QElapsedTimer clock;
    clock.start();
    const Result<HttpResponse> r = client.request(DockerClient::Method::Get, QStringLiteral("/announced"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ResponseTooLarge);
    QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()).constData());
    // A HEAD answer's Content-Length describes a body that is not sent: never refused for it.
    QVERIFY(client.request(DockerClient::Method::Head, QStringLiteral("/containers/abc/archive?path=/bin/sh")).ok());
}

void TestDockerClient::answerThatIsNotHttp()
{
    // Something else listens there (an ssh server, a TLS port, random bytes): said so, not "the connection broke off".
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    const Result<HttpResponse> r = client.request(DockerClient::Method::Get, QStringLiteral("/garbage"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ConnectionFailed);
    QVERIFY2(r.error().message.contains(QLatin1String("did not answer in HTTP")), qPrintable(r.error().fullText()));
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
    QVERIFY2(r.error().message.contains(QLatin1String("request timeout")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QLatin1String("--timeout")));
}

void TestDockerClient::headers()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    const Result<HttpResponse> r =
        client.request(DockerClient::Method::Head, QStringLiteral("/containers/abc/archive?path=/bin/sh"));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(r.value().status, 200);
    QCOMPARE(r.value().headers.value("x-docker-container-path-stat"), QByteArray("eyJuYW1lIjoic2gifQ=="));
}

void TestDockerClient::concurrencyIsBounded()
{
    // Earlier tests' connections (the slow reply above) close on their own; start from none.
    QTRY_COMPARE_WITH_TIMEOUT(m_daemon->open(), 0, 10000);
    m_daemon->resetCounters();
    {
        ClientOptions options;
        options.maxConcurrent = 4;
        DockerClient client(unixEndpoint(m_socket), options);
        QVERIFY(client.negotiate().ok());
        QList<int> items(16);
        std::iota(items.begin(), items.end(), 0);
        QThreadPool pool;
        pool.setMaxThreadCount(16);
        const QList<bool> ok = QtConcurrent::blockingMapped<QList<bool>>(&pool, items, [&](int) {
            return client.getJson(QStringLiteral("/info")).ok();
        });
        QCOMPARE(ok.count(true), 16);
        QVERIFY2(m_daemon->maxOpen() <= 4, qPrintable(QString::number(m_daemon->maxOpen())));
        QVERIFY(m_daemon->maxOpen() >= 2);
        // Handles are reused with their connections: never more connections than handles.
        QVERIFY2(m_daemon->accepted() <= 4, qPrintable(QString::number(m_daemon->accepted())));
    }
    QTRY_COMPARE(m_daemon->open(), 0); // destroying the client closes its connections
}

void TestDockerClient::eventsStopOnCancel()
{
    ClientOptions options;
    options.maxConcurrent = 1;
    DockerClient client(unixEndpoint(m_socket), options);
    QVERIFY(client.negotiate().ok());
    std::mutex mutex;
    QStringList actions;
    std::atomic<int> count{0};
    std::atomic<bool> cancel{false};
    std::atomic<bool> finished{false};
    std::optional<VoidResult> result;
    std::thread stream([&] {
        VoidResult r = client.streamEvents(
            QStringLiteral("filters=%7B%22type%22%3A%5B%22container%22%5D%7D"),
            [&](const QJsonDocument& doc) {
                std::lock_guard lock(mutex);
                actions.append(doc.object().value(QStringLiteral("Action")).toString());
                ++count;
                return true;
            },
            &cancel);
        result.emplace(std::move(r));
        finished = true;
    });
    QTRY_COMPARE(count.load(), 3);
    // The stream is open and holds no pool slot: requests still go through with maxConcurrent = 1.
    QVERIFY(client.getJson(QStringLiteral("/info")).ok());
    QVERIFY(!finished.load());
    cancel = true;
    QTRY_VERIFY(finished.load());
    stream.join();
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().fullText()));
    QCOMPARE(actions, (QStringList{QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("die")}));
}

void TestDockerClient::eventsStopWhenCallbackSaysSo()
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

void TestDockerClient::streamDeliversTheBodyInChunks()
{
    ClientOptions options;
    options.maxResponseBytes = 1024; // getStream has its own cap
    DockerClient client(unixEndpoint(m_socket), options);
    QVERIFY(client.negotiate().ok());
    qint64 received = 0;
    int chunks = 0;
    bool allX = true;
    const Result<HttpResponse> r = client.getStream(
        QStringLiteral("/huge"),
        [&](QByteArrayView chunk) {
            received += chunk.size();
            ++chunks;
            allX = allX && std::all_of(chunk.begin(), chunk.end(), [](char c) { return c == 'x'; });
            return true;
        },
        1024 * 1024,
        5000);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(r.value().status, 200);
    QVERIFY(r.value().body.isEmpty()); // nothing kept
    QCOMPARE(received, 200000);
    QVERIFY(allX);
    QVERIFY2(chunks > 1, qPrintable(QString::number(chunks)));
}

void TestDockerClient::streamStopsAtItsCap()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    qint64 received = 0;
    const Result<HttpResponse> whole = client.getStream(
        QStringLiteral("/chunked"),
        [&](QByteArrayView chunk) {
            received += chunk.size();
            return true;
        },
        200000,
        5000);
    QVERIFY2(whole.ok(), whole.ok() ? "" : qPrintable(whole.error().fullText()));
    QCOMPARE(received, 200000);
    // One byte less: stopped when the bytes received pass it.
    received = 0;
    const Result<HttpResponse> r = client.getStream(
        QStringLiteral("/chunked"),
        [&](QByteArrayView chunk) {
            received += chunk.size();
            return true;
        },
        199999,
        5000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ResponseTooLarge);
    QVERIFY2(r.error().detail.contains(QLatin1String("limit 199999 bytes")), qPrintable(r.error().fullText()));
    QVERIFY(received < 200000);
    // An announced length over the cap is refused before any of it is read.
    received = 0;
    const Result<HttpResponse> announced = client.getStream(
        QStringLiteral("/announced"),
        [&](QByteArrayView chunk) {
            received += chunk.size();
            return true;
        },
        1024 * 1024,
        5000);
    QVERIFY(!announced.ok());
    QCOMPARE(announced.error().code, Error::Code::ResponseTooLarge);
    QCOMPARE(received, 0);
}

void TestDockerClient::streamStopsWhenCallbackSaysSo()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    int calls = 0;
    const Result<HttpResponse> r = client.getStream(
        QStringLiteral("/huge"),
        [&](QByteArrayView) {
            ++calls;
            return false;
        },
        1024 * 1024,
        5000);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(calls, 1);
    QVERIFY(client.getJson(QStringLiteral("/info")).ok()); // the client is still usable
}

void TestDockerClient::streamStopsOnCancel()
{
    // /announced sends a few bytes and then nothing for 3 s: cancelling ends the wait at once.
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    std::atomic<bool> cancel{false};
    std::atomic<qint64> received{0};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    QElapsedTimer clock;
    clock.start();
    const Result<HttpResponse> r = client.getStream(
        QStringLiteral("/announced"),
        [&](QByteArrayView chunk) {
            received += chunk.size();
            return true;
        },
        200LL * 1000 * 1000,
        10000,
        &cancel);
    canceller.join();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QCOMPARE(received.load(), 5);
    QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()).constData());
}

void TestDockerClient::streamTimeout()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    const Result<HttpResponse> r = client.getStream(
        QStringLiteral("/slow"),
        [](QByteArrayView) { return true; },
        1024,
        300);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Timeout);
    QVERIFY2(r.error().message.contains(QLatin1String("did not send all of /v1.41/slow within 1 second")),
             qPrintable(r.error().message));
}

void TestDockerClient::streamHttpError()
{
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    int calls = 0;
    const Result<HttpResponse> r = client.getStream(
        QStringLiteral("/containers/x/json"),
        [&](QByteArrayView) {
            ++calls;
            return true;
        },
        1024 * 1024,
        5000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::HttpStatus);
    QCOMPARE(r.error().httpStatus, 404);
    QVERIFY2(r.error().message.contains(QLatin1String("No such container: x")), qPrintable(r.error().message));
    QCOMPARE(calls, 0); // an error's body is not the stream
}

void TestDockerClient::missingSocket()
{
    DockerClient client(unixEndpoint(m_dir.filePath(QStringLiteral("absent.sock"))));
    const VoidResult r = client.negotiate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::DaemonNotRunning);
    QVERIFY2(r.error().message.contains(QLatin1String("does not exist")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QLatin1String("systemctl start docker")));
    QVERIFY(r.error().detail.contains(QLatin1String("absent.sock")));
}

void TestDockerClient::staleSocket()
{
    const QString path = m_dir.filePath(QStringLiteral("stale.sock"));
    makeStaleSocket(path);
    DockerClient client(unixEndpoint(path));
    const VoidResult r = client.negotiate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::DaemonNotRunning);
    QVERIFY2(r.error().message.contains(QLatin1String("stale")), qPrintable(r.error().message));

    DockerClient missing(unixEndpoint(m_dir.filePath(QStringLiteral("absent.sock"))));
    const VoidResult m = missing.negotiate();
    QVERIFY(!m.ok());
    QVERIFY(r.error().message != m.error().message);
}

void TestDockerClient::permissionDenied()
{
    if (::geteuid() == 0) {
        QSKIP("running as root: access() always succeeds, so a mode 000 socket cannot be refused here");
    }
    const QString path = m_dir.filePath(QStringLiteral("closed.sock"));
    FakeDaemon closed(path);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0), 0);
    DockerClient client(unixEndpoint(path));
    const VoidResult r = client.negotiate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::PermissionDenied);
    QVERIFY2(r.error().message.contains(QLatin1String("'docker' group")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QLatin1String("root")));
}

void TestDockerClient::tcpRefused()
{
    // A port that was free a moment ago: nothing listens there.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
    socklen_t length = sizeof(addr);
    QCOMPARE(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length), 0);
    ::close(fd);
    Endpoint e;
    e.kind = Endpoint::Kind::Tcp;
    e.host = QStringLiteral("127.0.0.1");
    e.port = ntohs(addr.sin_port);
    e.url = QStringLiteral("tcp://127.0.0.1:%1").arg(e.port);
    DockerClient client(e);
    const VoidResult r = client.negotiate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ConnectionFailed);
    QVERIFY2(r.error().message.contains(e.url), qPrintable(r.error().message));
}

namespace
{

// A TCP server on 127.0.0.1 that answers one request with reply and closes.
class OneReplyServer
{
public:
    explicit OneReplyServer(QByteArray reply)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(addr);
        if (::bind(m_listener, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 || ::listen(m_listener, 4) != 0 ||
            ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&addr), &length) != 0) {
            qFatal("cannot listen on 127.0.0.1");
        }
        m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this, reply = std::move(reply)] {
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client >= 0) {
                char buffer[1024];
                [[maybe_unused]] const ssize_t n = ::read(client, buffer, sizeof(buffer));
                sendAll(client, reply.constData());
                ::close(client);
            }
        });
    }
    ~OneReplyServer()
    {
        ::shutdown(m_listener, SHUT_RDWR); // ends an accept that no client came to
        m_thread.join();
        ::close(m_listener);
    }
    Endpoint endpoint(bool tls) const
    {
        Endpoint e;
        e.kind = Endpoint::Kind::Tcp;
        e.host = QStringLiteral("127.0.0.1");
        e.port = m_port;
        e.url = QStringLiteral("tcp://127.0.0.1:%1").arg(e.port);
        e.tls = tls;
        e.tlsVerify = tls;
        return e;
    }

private:
    int m_listener = -1;
    int m_port = 0;
    std::thread m_thread;
};

} // namespace

void TestDockerClient::tlsHandshakeFails()
{
    // A plain HTTP server where the client expects TLS: the handshake fails.
    const OneReplyServer server("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    DockerClient client(server.endpoint(true));
    const VoidResult r = client.negotiate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::TlsError);
    QVERIFY2(r.error().message.contains(QLatin1String("DOCKER_CERT_PATH")), qPrintable(r.error().message));
}

void TestDockerClient::execThatNeverStartedDidNotSucceed()
{
    // Podman answers the start of an exec of a missing sh with HTTP 500 and then inspects it as ExitCode 0: the exec
    // never ran, so that 0 is no success (container.exec-shell would fail a container without a shell).
    QTRY_COMPARE_WITH_TIMEOUT(m_daemon->open(), 0, 10000);
    DockerClient client(unixEndpoint(m_socket));
    QVERIFY(client.negotiate().ok());
    const QJsonObject container{{QStringLiteral("Id"), QStringLiteral("noshell")},
                                {QStringLiteral("State"), QJsonObject{{QStringLiteral("Running"), true}}}};
    const ExecProbeFact fact = ActiveProber::execProbe(client, container, ProbeOptions{});
    QVERIFY(fact.running);
    QVERIFY(!fact.started);
    QCOMPARE(fact.httpStatus, 500);
    QCOMPARE(fact.exitCode, 127); // not found, as a shell says
    QVERIFY2(fact.error.contains(QLatin1String("not found")), qPrintable(fact.error));
    QVERIFY(!fact.timedOut);
}

void TestDockerClient::plainHttpToTlsDaemon()
{
    // dockerd --tlsverify answers plain HTTP with Go's 400: the error says to turn TLS on.
    const OneReplyServer server("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                "Connection: close\r\n\r\nClient sent an HTTP request to an HTTPS server.\n");
    DockerClient client(server.endpoint(false));
    const VoidResult r = client.negotiate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::TlsError);
    QVERIFY2(r.error().message.contains(QLatin1String("DOCKER_TLS_VERIFY")), qPrintable(r.error().message));
}

// ssh:// with a stand-in for the docker CLI that bridges stdin/stdout to the fake daemon (the real CLI, ssh and sshd
// are in tests/integration/test_ssh_endpoint.cpp): the swap under libcurl's sockets, the pool bound, the arguments
// and environment the CLI gets, and that every child is reaped.
void TestDockerClient::sshBridgesThroughTheDockerCli()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        QSKIP("python3 is not installed (the stand-in docker CLI is a python3 script)");
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_daemon->open(), 0, 10000);
    m_daemon->resetCounters();
    const QString bin = m_dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString argsFile = m_dir.filePath(QStringLiteral("docker-args"));
    QFile script(bin + QStringLiteral("/docker"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral(R"(#!%1
import os, socket, sys, threading
with open(%2, "a") as f:
    f.write(repr((sys.argv[1:], os.environ.get("DOCKER_HOST"), os.environ.get("SSH_ASKPASS_REQUIRE"))) + chr(10))
s = socket.socket(socket.AF_UNIX)
s.connect(%3)
def up():
    while True:
        d = os.read(0, 65536)
        if not d:
            s.shutdown(socket.SHUT_WR)
            return
        s.sendall(d)
threading.Thread(target=up, daemon=True).start()
while True:
    d = s.recv(65536)
    if not d:
        break
    os.write(1, d)
)")
                     .arg(python, QStringLiteral("'%1'").arg(argsFile), QStringLiteral("'%1'").arg(m_socket))
                     .toUtf8());
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin) + ':' + path);
    qputenv("DOCKER_HOST", "unix:///must/not/reach/the/cli");
    const Result<Endpoint> endpoint =
        EndpointResolver::fromHostUrl(QStringLiteral("ssh://me@example.invalid:2222"), ResolverEnvironment::system());
    QVERIFY(endpoint.ok());
    {
        ClientOptions options;
        options.maxConcurrent = 8; // ssh:// caps it at 2
        DockerClient client(endpoint.value(), options);
        const VoidResult negotiated = client.negotiate();
        QVERIFY2(negotiated.ok(), negotiated.ok() ? "" : qPrintable(negotiated.error().fullText()));
        QCOMPARE(client.apiVersion(), QStringLiteral("1.41"));
        QList<int> items(16);
        std::iota(items.begin(), items.end(), 0);
        QThreadPool pool;
        pool.setMaxThreadCount(16);
        const QList<bool> ok = QtConcurrent::blockingMapped<QList<bool>>(&pool, items, [&](int) {
            const Result<QJsonDocument> info = client.getJson(QStringLiteral("/info"));
            return info.ok() && info.value().object().value(QStringLiteral("ID")).toString() == QLatin1String("FAKE");
        });
        QCOMPARE(ok.count(true), 16);
        // One bridge per connection, connections reused: at most the two the pool allows.
        QVERIFY2(m_daemon->accepted() <= 2, qPrintable(QString::number(m_daemon->accepted())));
        QVERIFY(m_daemon->accepted() >= 1);
    }
    qputenv("PATH", path);
    qunsetenv("DOCKER_HOST");
    QTRY_COMPARE(m_daemon->open(), 0);
    // Every child was reaped: this process has none left, not even a zombie.
    errno = 0;
    QCOMPARE(::waitpid(-1, nullptr, WNOHANG), pid_t(-1));
    QCOMPARE(errno, ECHILD);
    QFile args(argsFile);
    QVERIFY(args.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = args.readAll().trimmed().split('\n');
    QVERIFY(!lines.isEmpty() && lines.size() <= 2);
    for (const QByteArray& line : lines) {
        QCOMPARE(line, QByteArray("(['-H', 'ssh://me@example.invalid:2222', 'system', 'dial-stdio'], None, 'never')"));
    }
}

void TestDockerClient::sshErrorsFromStderr_data()
{
    QTest::addColumn<QString>("stderrText");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    const QString cli =
        QStringLiteral("error while Copy (stream to stdout): command [ssh -o ConnectTimeout=30 -T -l me "
                       "-p 2222 -- h docker system dial-stdio] has exited with exit status 255, make "
                       "sure the URL is valid, and Docker 18.09 or later is installed on the remote "
                       "host: stderr=");
    QTest::newRow("refused") << cli + QStringLiteral("ssh: connect to host h port 2222: Connection refused") << 1
                             << int(Error::Code::ConnectionFailed) << "connection refused";
    QTest::newRow("denied") << cli + QStringLiteral("me@h: Permission denied (publickey).") << 1
                            << int(Error::Code::PermissionDenied) << "me@h: Permission denied (publickey).";
    QTest::newRow("host key") << cli + QStringLiteral("Host key verification failed.") << 1
                              << int(Error::Code::ConnectionFailed) << "ssh -p 2222 me@h";
    QTest::newRow("unresolved") << cli + QStringLiteral("ssh: Could not resolve hostname h: Name or service not known")
                                << 1 << int(Error::Code::ConnectionFailed) << "resolve";
    QTest::newRow("timed out") << cli + QStringLiteral("ssh: connect to host h port 2222: Connection timed out") << 1
                               << int(Error::Code::Timeout) << "timed out";
    QTest::newRow("no docker there") << cli + QStringLiteral("bash: line 1: docker: command not found") << 1
                                     << int(Error::Code::ToolNotInstalled) << "docker.io";
    QTest::newRow("not in the docker group")
        << cli + QStringLiteral("permission denied while trying to connect to the Docker daemon socket at "
                                "unix:///var/run/docker.sock")
        << 1 << int(Error::Code::PermissionDenied) << "'docker' group";
    QTest::newRow("no daemon there")
        << cli + QStringLiteral("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker "
                                "daemon running?")
        << 1 << int(Error::Code::DaemonNotRunning) << "Is dockerd running";
    QTest::newRow("something else") << cli + QStringLiteral("kex_exchange_identification: read: Connection reset") << 1
                                    << int(Error::Code::ConnectionFailed) << "kex_exchange_identification";
    QTest::newRow("nothing said") << QString() << 137 << int(Error::Code::ConnectionFailed) << "exit status 137";
}

void TestDockerClient::sshErrorsFromStderr()
{
    QFETCH(QString, stderrText);
    QFETCH(int, exitCode);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const Result<Endpoint> endpoint =
        EndpointResolver::fromHostUrl(QStringLiteral("ssh://me@h:2222"), ResolverEnvironment::system());
    QVERIFY(endpoint.ok());
    const Error e = SshBridgePool::errorFromStderr(endpoint.value(), stderrText, exitCode);
    QCOMPARE(int(e.code), code);
    QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("ssh://me@h:2222")), qPrintable(e.message));
    QVERIFY(e.detail.contains(QLatin1String("dial-stdio")));
}

QTEST_GUILESS_MAIN(TestDockerClient)
#include "test_dockerclient.moc"
