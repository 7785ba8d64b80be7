// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/DockerClient.h"

#include "core/docker/SshBridge.h"
#include "core/util/JsonUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QVersionNumber>

#include <condition_variable>
#include <curl/curl.h>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace escut
{

namespace
{

const QString s_maxApi = QStringLiteral("1.43");
const QString s_minApi = QStringLiteral("1.24");
constexpr int s_maxSshConnections = 2;
constexpr qint64 MaxStreamErrorBytes = 1024 * 1024;

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer
{
    Transfer() = default;
    Transfer(const Transfer&) = delete;
    Transfer& operator=(const Transfer&) = delete;
    ~Transfer()
    {
        if (inFlight) {
            *inFlight -= counted;
        }
    }

    QByteArray body;
    QMap<QByteArray, QByteArray> headers;
    qint64 maxBytes = 0;
    bool tooLarge = false;
    bool headOnly = false; // HEAD: Content-Length describes a body that is not sent
    // The client's bytes being received right now (ClientOptions::maxInFlightBytes), and this transfer's share.
    std::atomic<qint64>* inFlight = nullptr;
    qint64 maxInFlight = 0;
    qint64 counted = 0;
    bool overBudget = false;
    int status = 0; // from the last status line seen
    // streaming
    const std::function<bool(const QJsonDocument&)>* onEvent = nullptr;
    const std::function<bool(QByteArrayView)>* onChunk = nullptr; // getStream: the body goes there, not into body
    qint64 streamed = 0;
    int timeoutMs = 0; // the whole transfer's limit, instead of ClientOptions::requestTimeoutMs
    bool stopRequested = false;
    const std::atomic<bool>* cancel = nullptr;
    // ssh:// endpoints: where connections come from, and why the last one could not be opened
    SshBridgePool* ssh = nullptr;
    curl_socket_t freshSocket = CURL_SOCKET_BAD;
    std::optional<Error> sshError;
};

size_t writeCallback(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    if (t->onChunk && t->status >= 200 && t->status < 300) {
        t->streamed += qint64(n);
        if (t->maxBytes > 0 && t->streamed > t->maxBytes) {
            t->tooLarge = true;
            return 0;
        }
        if (!(*t->onChunk)(QByteArrayView(data, qsizetype(n)))) {
            t->stopRequested = true;
            return 0;
        }
        return n;
    }
    if (t->onChunk && t->body.size() + qint64(n) > MaxStreamErrorBytes) {
        t->tooLarge = true; // an error's message, which is never this long
        return 0;
    }
    // The body grows in place (realloc) and doubling: append() alone moves it to a new buffer each time it grows, and
    // while it copies both are held (a 64 MiB body took 138 MB), so the in-flight limit bounded only half the memory.
    if (const qsizetype needed = t->body.size() + qsizetype(n); needed > t->body.capacity()) {
        t->body.reserve(qMax(2 * t->body.capacity(), needed));
    }
    t->body.append(data, static_cast<qsizetype>(n));
    if (t->onEvent && t->status >= 200 && t->status < 300) {
        if (!DockerClient::takeEvents(t->body, *t->onEvent)) {
            t->stopRequested = true;
            return 0;
        }
        // A single event line never comes near the cap; an endless line is not an event stream.
        if (t->maxBytes > 0 && t->body.size() > t->maxBytes) {
            t->tooLarge = true;
            return 0;
        }
        return n;
    }
    if (t->maxBytes > 0 && t->body.size() > t->maxBytes) {
        t->tooLarge = true;
        return 0;
    }
    if (t->inFlight) {
        t->counted += qint64(n);
        if (t->inFlight->fetch_add(qint64(n)) + qint64(n) > t->maxInFlight) {
            t->overBudget = true;
            return 0;
        }
    }
    return n;
}

size_t headerCallback(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    DockerClient::readHeaderLine(QByteArray(data, static_cast<qsizetype>(n)), t->status, t->headers);
    // A body announced larger than the cap is refused before any of it is received.
    bool announced = false;
    const qint64 length = t->headers.value(QByteArrayLiteral("content-length")).toLongLong(&announced);
    if (announced && !t->headOnly && !t->onEvent && t->maxBytes > 0 && length > t->maxBytes) {
        t->tooLarge = true;
        return 0;
    }
    return n;
}

int progressCallback(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto* t = static_cast<Transfer*>(user);
    return t->cancel && t->cancel->load() ? 1 : 0;
}

// ssh:// endpoints (see SshBridgePool): a new connection's socket, recorded before libcurl connects it to the
// placeholder, gets its bridge before the first request.
int sshSocketOptions(void* user, curl_socket_t fd, curlsocktype)
{
    static_cast<Transfer*>(user)->freshSocket = fd;
    return CURL_SOCKOPT_OK;
}

int sshBeforeRequest(void* user, char*, char*, int, int)
{
    auto* t = static_cast<Transfer*>(user);
    if (t->freshSocket == CURL_SOCKET_BAD) {
        return CURL_PREREQFUNC_OK; // a reused connection: a bridge already
    }
    const curl_socket_t fd = t->freshSocket;
    t->freshSocket = CURL_SOCKET_BAD;
    VoidResult attached = t->ssh->attach(fd, t->cancel);
    if (!attached) {
        t->sshError = attached.error();
        return CURL_PREREQFUNC_ABORT;
    }
    return CURL_PREREQFUNC_OK;
}

// Connections outlive transfers, so this gets the pool (which outlives every connection), not the transfer.
int closeSshSocket(void* pool, curl_socket_t fd)
{
    static_cast<SshBridgePool*>(pool)->close(fd);
    return 0;
}

} // namespace

struct DockerClient::Private
{
    Endpoint endpoint;
    ClientOptions options;
    QString apiVersion;
    std::unique_ptr<SshBridgePool> ssh; // ssh:// only

    mutable std::mutex mutex;
    std::condition_variable available;
    std::vector<CURL*> idle;
    int inUse = 0;
    std::atomic<qint64> inFlight{0}; // response bytes received by requests that have not returned yet

    CURL* acquire()
    {
        std::unique_lock lock(mutex);
        available.wait(lock, [this] { return inUse < std::max(1, options.maxConcurrent); });
        ++inUse;
        if (!idle.empty()) {
            CURL* h = idle.back();
            idle.pop_back();
            return h;
        }
        lock.unlock();
        return curl_easy_init();
    }

    void release(CURL* handle)
    {
        {
            std::lock_guard lock(mutex);
            --inUse;
            if (handle) {
                idle.push_back(handle);
            }
        }
        available.notify_one();
    }

    QString baseUrl() const
    {
        if (endpoint.kind == Endpoint::Kind::Unix) {
            return QStringLiteral("http://localhost");
        }
        if (endpoint.kind == Endpoint::Kind::Ssh) {
            return QStringLiteral("http://docker"); // over SshBridgePool's sockets: never resolved
        }
        const QString host =
            endpoint.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(endpoint.host) : endpoint.host;
        return QStringLiteral("%1://%2:%3")
            .arg(endpoint.tls ? QStringLiteral("https") : QStringLiteral("http"), host)
            .arg(endpoint.port);
    }

    QString version() const
    {
        std::lock_guard lock(mutex);
        return apiVersion;
    }
    QString versionedPath(const QString& path) const
    {
        const QString v = version();
        return v.isEmpty() ? path : QStringLiteral("/v%1%2").arg(v, path);
    }

    Error connectionError(CURLcode code, const QString& curlMessage, const QString& fullPath, bool connected) const;
    curl_slist* setUp(CURL* h,
                      Method method,
                      const QByteArray& url,
                      const QByteArray& body,
                      Transfer& transfer,
                      bool streaming,
                      char* errorBuffer) const;
    Result<HttpResponse>
    finish(CURL* h, CURLcode code, const QString& fullPath, Transfer& transfer, const char* errorBuffer);
    Result<HttpResponse> perform(Method method, const QString& fullPath, const QByteArray& body, Transfer& transfer);
    Result<HttpResponse> performStream(const QString& fullPath, Transfer& transfer);
};

Error DockerClient::Private::connectionError(CURLcode code,
                                             const QString& curlMessage,
                                             const QString& fullPath,
                                             bool connected) const
{
    const QString where = endpoint.displayName();
    // curl's own buffer talks of "localhost port 80" for unix sockets: name the real target instead.
    // (tcp://host:port: an IPv6 host in brackets)
    const QString target = endpoint.kind == Endpoint::Kind::Unix ? endpoint.socketPath : endpoint.url;
    const QString detail =
        endpoint.kind == Endpoint::Kind::Unix
            ? QStringLiteral("curl %1 on %2 for %3: %4")
                  .arg(int(code))
                  .arg(target, fullPath, QString::fromUtf8(curl_easy_strerror(code)))
            : QStringLiteral("curl %1 on %2 for %3: %4").arg(int(code)).arg(target, fullPath, curlMessage);
    if (code == CURLE_OPERATION_TIMEDOUT) {
        if (!connected) {
            return makeError(
                Error::Code::Timeout,
                DockerClient::tr("The Docker daemon at %1 did not accept the connection within the connect timeout of "
                                 "%2 s. Check that the host is reachable and that no firewall drops the traffic.")
                    .arg(where, QString::number(options.connectTimeoutMs / 1000.0)),
                detail);
        }
        return makeError(
            Error::Code::Timeout,
            DockerClient::tr("The Docker daemon at %1 did not answer %2 within the request timeout of %3 s. It may be "
                             "overloaded or hung; try again or raise --timeout.")
                .arg(where, fullPath, QString::number(options.requestTimeoutMs / 1000.0)),
            detail);
    }
    switch (code) {
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_USE_SSL_FAILED:
        return makeError(
            Error::Code::TlsError,
            DockerClient::tr("The TLS connection to %1 failed. Check that DOCKER_CERT_PATH holds the right ca.pem, "
                             "cert.pem and key.pem for this daemon.")
                .arg(where),
            QStringLiteral("%1 (ca: %2, cert: %3, key: %4)")
                .arg(detail,
                     endpoint.caFile.isEmpty() ? QStringLiteral("-") : endpoint.caFile,
                     endpoint.certFile.isEmpty() ? QStringLiteral("-") : endpoint.certFile,
                     endpoint.keyFile.isEmpty() ? QStringLiteral("-") : endpoint.keyFile));
    case CURLE_UNSUPPORTED_PROTOCOL: // bytes that are not HTTP (curl reads them as HTTP/0.9 and refuses them)
    case CURLE_WEIRD_SERVER_REPLY:
        return makeError(Error::Code::ConnectionFailed,
                         DockerClient::tr("The endpoint %1 did not answer in HTTP: it does not look like a Docker "
                                          "daemon. Check the address.")
                             .arg(where),
                         detail);
    default:
        break;
    }
    if (code != CURLE_COULDNT_CONNECT) {
        // Connected, then the answer broke off or made no sense.
        return makeError(
            Error::Code::ConnectionFailed,
            DockerClient::tr("The connection to the Docker daemon at %1 broke off before a complete answer arrived. "
                             "Check that the daemon is healthy (for example with 'systemctl status docker') and try "
                             "again.")
                .arg(where),
            detail);
    }
    if (endpoint.kind == Endpoint::Kind::Unix) {
        // libcurl reports a missing socket, a stale socket and a permission problem alike: look for ourselves.
        const QByteArray path = QFile::encodeName(endpoint.socketPath);
        struct stat st = {};
        const bool exists = ::stat(path.constData(), &st) == 0;
        const int statErrno = errno;
        const bool denied = exists ? ::access(path.constData(), R_OK | W_OK) != 0 : statErrno == EACCES;
        if (denied) {
            return makeError(
                Error::Code::PermissionDenied,
                DockerClient::tr("Permission denied on the Docker socket %1: your user cannot open it. Run with "
                                 "sudo, or add your user to the 'docker' group (membership of that group is "
                                 "equivalent to root on this host).")
                    .arg(endpoint.socketPath),
                detail);
        }
        if (!exists) {
            return makeError(
                Error::Code::DaemonNotRunning,
                DockerClient::tr("Cannot connect to the Docker daemon at %1: the socket does not exist. Is dockerd "
                                 "running? Start it with 'sudo systemctl start docker'.")
                    .arg(where),
                detail);
        }
        return makeError(
            Error::Code::DaemonNotRunning,
            DockerClient::tr("Cannot connect to the Docker daemon at %1: the socket exists but nothing answers (a "
                             "stale socket). Is dockerd running? Start it with 'sudo systemctl start docker'.")
                .arg(where),
            detail);
    }
    return makeError(
        Error::Code::ConnectionFailed,
        DockerClient::tr("Cannot connect to the Docker daemon at %1. Check the address and port, and that the daemon "
                         "listens there.")
            .arg(where),
        detail);
}

curl_slist* DockerClient::Private::setUp(CURL* h,
                                         Method method,
                                         const QByteArray& url,
                                         const QByteArray& body,
                                         Transfer& transfer,
                                         bool streaming,
                                         char* errorBuffer) const
{
    // curl_easy_reset keeps the handle's live connections, so the next request reuses them.
    curl_easy_reset(h);
    // libcurl copies string options (not POSTFIELDS, which points into body for the whole transfer).
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    if (endpoint.kind == Endpoint::Kind::Unix) {
        curl_easy_setopt(h, CURLOPT_UNIX_SOCKET_PATH, QFile::encodeName(endpoint.socketPath).constData());
    }
    if (ssh) {
        transfer.ssh = ssh.get();
        curl_easy_setopt(h, CURLOPT_UNIX_SOCKET_PATH, QFile::encodeName(ssh->socketPath()).constData());
        curl_easy_setopt(h, CURLOPT_SOCKOPTFUNCTION, sshSocketOptions);
        curl_easy_setopt(h, CURLOPT_SOCKOPTDATA, &transfer);
        curl_easy_setopt(h, CURLOPT_PREREQFUNCTION, sshBeforeRequest);
        curl_easy_setopt(h, CURLOPT_PREREQDATA, &transfer);
        curl_easy_setopt(h, CURLOPT_CLOSESOCKETFUNCTION, closeSshSocket);
        curl_easy_setopt(h, CURLOPT_CLOSESOCKETDATA, ssh.get());
    }
    if (endpoint.tls) {
        if (!endpoint.caFile.isEmpty()) {
            curl_easy_setopt(h, CURLOPT_CAINFO, QFile::encodeName(endpoint.caFile).constData());
        }
        if (!endpoint.certFile.isEmpty()) {
            curl_easy_setopt(h, CURLOPT_SSLCERT, QFile::encodeName(endpoint.certFile).constData());
        }
        if (!endpoint.keyFile.isEmpty()) {
            curl_easy_setopt(h, CURLOPT_SSLKEY, QFile::encodeName(endpoint.keyFile).constData());
        }
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, endpoint.tlsVerify ? 1L : 0L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, endpoint.tlsVerify ? 2L : 0L);
    }
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(options.connectTimeoutMs));
    if (!streaming) {
        curl_easy_setopt(h,
                         CURLOPT_TIMEOUT_MS,
                         long(transfer.timeoutMs > 0 ? transfer.timeoutMs : options.requestTimeoutMs));
    }
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, writeCallback);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, headerCallback);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &transfer);
    if (transfer.cancel) {
        curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, progressCallback);
        curl_easy_setopt(h, CURLOPT_XFERINFODATA, &transfer);
        curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    }
    curl_slist* headers = nullptr;
    switch (method) {
    case Method::Get:
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
        break;
    case Method::Head:
        curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
        transfer.headOnly = true;
        break;
    case Method::Post:
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, long(body.size()));
        headers = curl_slist_append(headers, "Content-Type: application/json");
        headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip for larger bodies
        break;
    case Method::Delete:
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "DELETE");
        break;
    }
    if (headers) {
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    }
    errorBuffer[0] = '\0';
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    return headers;
}

Result<HttpResponse> DockerClient::Private::finish(CURL* h,
                                                   CURLcode code,
                                                   const QString& fullPath,
                                                   Transfer& transfer,
                                                   const char* errorBuffer)
{
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_off_t connectTime = 0;
    curl_easy_getinfo(h, CURLINFO_CONNECT_TIME_T, &connectTime);
    long requestSize = 0;
    curl_easy_getinfo(h, CURLINFO_REQUEST_SIZE, &requestSize);
    // Sent a request or got a status line: the connection was up, so a timeout is the request timeout.
    const bool connected = connectTime > 0 || requestSize > 0 || status > 0;
    if (code != CURLE_OK) {
        if (transfer.tooLarge) {
            return makeError(
                Error::Code::ResponseTooLarge,
                DockerClient::tr("The Docker daemon sent more than %1 MiB for %2; Escut stopped reading it.")
                    .arg(QString::number(double(transfer.maxBytes) / (1024 * 1024), 'g', 3), fullPath),
                QStringLiteral("limit %1 bytes").arg(transfer.maxBytes));
        }
        if (transfer.overBudget) {
            return makeError(
                Error::Code::ResponseTooLarge,
                DockerClient::tr("The Docker daemon's answers in progress together passed %1 MiB while "
                                 "it sent %2; Escut stopped reading it.")
                    .arg(QString::number(double(options.maxInFlightBytes) / (1024 * 1024), 'g', 3), fullPath),
                QStringLiteral("in-flight limit %1 bytes").arg(options.maxInFlightBytes));
        }
        if (transfer.sshError) {
            return *transfer.sshError;
        }
        if (transfer.onChunk && !transfer.stopRequested && transfer.cancel && transfer.cancel->load()) {
            return makeError(Error::Code::Cancelled, DockerClient::tr("Cancelled."), fullPath);
        }
        if (transfer.timeoutMs > 0 && code == CURLE_OPERATION_TIMEDOUT && connected) {
            return makeError(Error::Code::Timeout,
                             DockerClient::tr("The Docker daemon did not send all of %1 within %n second(s).",
                                              nullptr,
                                              std::max(1, transfer.timeoutMs / 1000))
                                 .arg(fullPath),
                             QStringLiteral("curl %1 after %2 bytes").arg(int(code)).arg(transfer.streamed));
        }
        if (transfer.stopRequested || (transfer.cancel && transfer.cancel->load())) {
            HttpResponse r;
            r.status = int(status);
            r.headers = std::move(transfer.headers);
            return r;
        }
        return connectionError(code,
                               QString::fromUtf8(*errorBuffer ? errorBuffer : curl_easy_strerror(code)),
                               fullPath,
                               connected);
    }
    HttpResponse response;
    response.status = int(status);
    response.body = std::move(transfer.body);
    response.headers = std::move(transfer.headers);
    return response;
}

Result<HttpResponse>
DockerClient::Private::perform(Method method, const QString& fullPath, const QByteArray& body, Transfer& transfer)
{
    CURL* h = acquire();
    if (!h) {
        release(nullptr);
        return makeError(Error::Code::Generic, DockerClient::tr("Cannot initialise the HTTP library (libcurl)."));
    }
    char errorBuffer[CURL_ERROR_SIZE] = {0};
    curl_slist* headers = setUp(h, method, (baseUrl() + fullPath).toUtf8(), body, transfer, false, errorBuffer);
    const CURLcode code = curl_easy_perform(h);
    Result<HttpResponse> result = finish(h, code, fullPath, transfer, errorBuffer);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
    curl_slist_free_all(headers);
    release(h);
    return result;
}

// The event stream runs for as long as the caller wants, so it gets its own handle instead of holding one of the
// pool's slots (a long-lived stream must not starve requests). The multi interface lets it look at the cancel flag
// every 100 ms even when the daemon sends nothing.
Result<HttpResponse> DockerClient::Private::performStream(const QString& fullPath, Transfer& transfer)
{
    CURL* h = curl_easy_init();
    CURLM* multi = curl_multi_init();
    if (!h || !multi) {
        curl_easy_cleanup(h);
        curl_multi_cleanup(multi);
        return makeError(Error::Code::Generic, DockerClient::tr("Cannot initialise the HTTP library (libcurl)."));
    }
    char errorBuffer[CURL_ERROR_SIZE] = {0};
    curl_slist* headers = setUp(h, Method::Get, (baseUrl() + fullPath).toUtf8(), {}, transfer, true, errorBuffer);
    curl_multi_add_handle(multi, h);
    CURLcode code = CURLE_OK;
    bool done = false;
    while (!done) {
        if (transfer.cancel && transfer.cancel->load()) {
            code = CURLE_ABORTED_BY_CALLBACK;
            break;
        }
        int running = 0;
        const CURLMcode mcode = curl_multi_perform(multi, &running);
        if (mcode != CURLM_OK) {
            code = CURLE_RECV_ERROR;
            break;
        }
        int queued = 0;
        while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
            if (message->msg == CURLMSG_DONE) {
                code = message->data.result;
                done = true;
            }
        }
        if (!done && running > 0) {
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
        } else if (!done) {
            done = true;
        }
    }
    Result<HttpResponse> result = finish(h, code, fullPath, transfer, errorBuffer);
    curl_multi_remove_handle(multi, h);
    curl_easy_cleanup(h);
    curl_multi_cleanup(multi);
    curl_slist_free_all(headers);
    return result;
}

DockerClient::DockerClient(Endpoint endpoint, ClientOptions options)
    : d(std::make_unique<Private>())
{
    globalInit();
    d->endpoint = std::move(endpoint);
    d->options = options;
    if (d->endpoint.kind == Endpoint::Kind::Ssh) {
        // Every connection is an ssh login and a docker CLI on both ends: a few suffice, and sshd's MaxStartups
        // (10 by default) would refuse a crowd of them arriving at once.
        d->options.maxConcurrent = std::min(d->options.maxConcurrent, s_maxSshConnections);
        d->ssh = std::make_unique<SshBridgePool>(d->endpoint, d->options.sshConnectTimeoutMs);
    }
}

DockerClient::~DockerClient()
{
    if (d->ssh) {
        d->ssh->shutdownAll(); // all the children wind down at once, then each close reaps its own
    }
    for (CURL* h : d->idle) {
        curl_easy_cleanup(h);
    }
}

const Endpoint& DockerClient::endpoint() const
{
    return d->endpoint;
}

QString DockerClient::apiVersion() const
{
    return d->version();
}

int DockerClient::maxConcurrent() const
{
    return std::max(1, d->options.maxConcurrent);
}

VoidResult DockerClient::negotiate()
{
    Transfer ping;
    ping.maxBytes = 1024 * 1024;
    Result<HttpResponse> pong = d->perform(Method::Get, QStringLiteral("/_ping"), {}, ping);
    if (!pong) {
        return pong.error();
    }
    if (pong->status == 400 && !d->endpoint.tls && pong->body.contains("HTTP request to an HTTPS server")) {
        // dockerd with --tlsverify answers plain HTTP with this 400.
        return makeError(Error::Code::TlsError,
                         DockerClient::tr("The Docker daemon at %1 only speaks TLS. Set DOCKER_TLS_VERIFY=1 and "
                                          "DOCKER_CERT_PATH to the directory with its ca.pem, cert.pem and key.pem "
                                          "(or use a docker context that has them).")
                             .arg(d->endpoint.displayName()),
                         QString::fromUtf8(pong->body.left(512)));
    }
    if (pong->status != 200) {
        return makeError(
            Error::Code::HttpStatus,
            DockerClient::tr("The endpoint %1 answered /_ping with HTTP %2: it does not look like a Docker daemon.")
                .arg(d->endpoint.displayName(), QString::number(pong->status)),
            QString::fromUtf8(pong->body.left(512)));
    }
    QString daemonApi = QString::fromLatin1(pong->headers.value("api-version"));
    const QVersionNumber ours = QVersionNumber::fromString(s_maxApi);
    QString minApi;
    // A daemon that speaks our maximum or less accepts its own version: /version (which costs the daemon a few ms
    // of asking containerd) is only needed when /_ping did not say, or for the daemon's minimum when it is newer.
    if (daemonApi.isEmpty() || QVersionNumber::fromString(daemonApi) > ours) {
        Transfer versionTransfer;
        versionTransfer.maxBytes = 1024 * 1024;
        Result<HttpResponse> version = d->perform(Method::Get, QStringLiteral("/version"), {}, versionTransfer);
        if (version && version->status == 200) {
            const QJsonObject o = QJsonDocument::fromJson(version->body).object();
            if (daemonApi.isEmpty()) {
                daemonApi = o.value(QStringLiteral("ApiVersion")).toString();
            }
            minApi = o.value(QStringLiteral("MinAPIVersion")).toString();
        }
    }
    if (daemonApi.isEmpty()) {
        daemonApi = s_minApi;
    }
    const QVersionNumber theirs = QVersionNumber::fromString(daemonApi);
    if (theirs < QVersionNumber::fromString(s_minApi)) {
        return makeError(
            Error::Code::Generic,
            DockerClient::tr("The Docker daemon at %1 speaks API %2; Escut needs at least %3. Upgrade Docker.")
                .arg(d->endpoint.displayName(), daemonApi, s_minApi));
    }
    QString chosen = theirs < ours ? daemonApi : s_maxApi;
    // A daemon whose minimum is above our maximum (Docker 29 requires 1.44) refuses older versions outright; its
    // minimum is the closest it accepts, and the read-only endpoints Escut uses have not changed shape.
    if (!minApi.isEmpty() && QVersionNumber::fromString(chosen) < QVersionNumber::fromString(minApi)) {
        chosen = minApi;
    }
    {
        std::lock_guard lock(d->mutex);
        d->apiVersion = chosen;
    }
    return Ok{};
}

Result<HttpResponse> DockerClient::request(Method method,
                                           const QString& path,
                                           const QByteArray& body,
                                           const std::function<bool(int)>& acceptStatus)
{
    Transfer transfer;
    transfer.maxBytes = d->options.maxResponseBytes;
    transfer.inFlight = &d->inFlight;
    transfer.maxInFlight = d->options.maxInFlightBytes;
    const QString fullPath = d->versionedPath(path);
    Result<HttpResponse> response = d->perform(method, fullPath, body, transfer);
    if (!response) {
        return response;
    }
    const int status = response->status;
    if ((status >= 200 && status < 300) || (acceptStatus && acceptStatus(status))) {
        return response;
    }
    return statusError(path, fullPath, response.value());
}

Result<HttpResponse> DockerClient::getStream(const QString& path,
                                             const std::function<bool(QByteArrayView)>& onChunk,
                                             qint64 maxBytes,
                                             int timeoutMs,
                                             const std::atomic<bool>* cancel)
{
    Transfer transfer;
    transfer.onChunk = &onChunk;
    transfer.maxBytes = maxBytes;
    transfer.timeoutMs = timeoutMs;
    transfer.cancel = cancel;
    // An error's body (a non-2xx status) is held, and counts against the in-flight budget like any answer.
    transfer.inFlight = &d->inFlight;
    transfer.maxInFlight = d->options.maxInFlightBytes;
    const QString fullPath = d->versionedPath(path);
    Result<HttpResponse> response = d->perform(Method::Get, fullPath, {}, transfer);
    if (!response) {
        return response;
    }
    const int status = response->status;
    if (status >= 200 && status < 300) {
        return response;
    }
    return statusError(path, fullPath, response.value());
}

Error DockerClient::statusError(const QString& path, const QString& fullPath, const HttpResponse& response)
{
    const int status = response.status;
    QString message = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("message")).toString();
    if (message.isEmpty()) {
        message = QString::fromUtf8(response.body.left(512)).trimmed();
    }
    const QString detail =
        QStringLiteral("HTTP %1 for %2: %3").arg(status).arg(fullPath, QString::fromUtf8(response.body.left(2048)));
    Error e = message.isEmpty()
                  ? makeError(Error::Code::HttpStatus,
                              DockerClient::tr("The Docker daemon refused %1 with HTTP %2 and gave no reason.")
                                  .arg(path, QString::number(status)),
                              detail)
                  : makeError(Error::Code::HttpStatus,
                              DockerClient::tr("The Docker daemon refused %1 with HTTP %2: %3")
                                  .arg(path, QString::number(status), message),
                              detail);
    e.httpStatus = status;
    return e;
}

Result<QJsonDocument> DockerClient::getJson(const QString& path)
{
    Result<HttpResponse> response = request(Method::Get, path);
    if (!response) {
        return response.error();
    }
    return parseJson(path, response->body);
}

Result<QJsonDocument> DockerClient::parseJson(const QString& path, const QByteArray& body)
{
    JsonTextError error;
    QJsonDocument doc = jsonFromText(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(
            Error::Code::ParseError,
            DockerClient::tr("The Docker daemon sent invalid JSON for %1: %2").arg(path, error.errorString()),
            QString::fromUtf8(body.left(512)));
    }
    return doc;
}

void DockerClient::readHeaderLine(const QByteArray& line, int& status, QMap<QByteArray, QByteArray>& headers)
{
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    } else if (line.startsWith("HTTP/")) {
        headers.clear(); // a new response (after 100-continue or a redirect)
        status = line.split(' ').value(1).toInt();
    }
}

bool DockerClient::takeEvents(QByteArray& buffer, const std::function<bool(const QJsonDocument&)>& onEvent)
{
    qsizetype nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
        const QByteArray line = buffer.left(nl).trimmed();
        buffer.remove(0, nl + 1);
        if (line.isEmpty()) {
            continue;
        }
        const QJsonDocument doc = jsonFromText(line, nullptr);
        if (!doc.isNull() && !onEvent(doc)) {
            return false;
        }
    }
    return true;
}

VoidResult DockerClient::streamEvents(const QString& query,
                                      const std::function<bool(const QJsonDocument&)>& onEvent,
                                      const std::atomic<bool>* cancel)
{
    Transfer transfer;
    transfer.onEvent = &onEvent;
    transfer.cancel = cancel;
    transfer.maxBytes = d->options.maxResponseBytes;
    QString suffix = query;
    if (!suffix.isEmpty() && !suffix.startsWith(QLatin1Char('?'))) {
        suffix.prepend(QLatin1Char('?'));
    }
    const QString fullPath = d->versionedPath(QStringLiteral("/events") + suffix);
    Result<HttpResponse> response = d->performStream(fullPath, transfer);
    if (!response) {
        return response.error();
    }
    const int status = response->status;
    if (status != 0 && (status < 200 || status >= 300)) {
        const QString message =
            QJsonDocument::fromJson(response->body).object().value(QStringLiteral("message")).toString();
        Error e =
            message.isEmpty()
                ? makeError(Error::Code::HttpStatus,
                            DockerClient::tr("The Docker daemon refused the event stream with HTTP %1.").arg(status))
                : makeError(Error::Code::HttpStatus,
                            DockerClient::tr("The Docker daemon refused %1 with HTTP %2: %3")
                                .arg(QStringLiteral("/events"), QString::number(status), message));
        e.detail = QStringLiteral("HTTP %1 for %2: %3")
                       .arg(status)
                       .arg(fullPath, QString::fromUtf8(response->body.left(2048)));
        e.httpStatus = status;
        return e;
    }
    return Ok{};
}

} // namespace escut
