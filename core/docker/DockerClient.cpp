// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/DockerClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QVersionNumber>

#include <condition_variable>
#include <curl/curl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace escut
{

namespace
{

const QString s_maxApi = QStringLiteral("1.43");
const QString s_minApi = QStringLiteral("1.24");

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer
{
    QByteArray body;
    QMap<QByteArray, QByteArray> headers;
    qint64 maxBytes = 0;
    bool tooLarge = false;
    // streaming
    const std::function<bool(const QJsonDocument&)>* onEvent = nullptr;
    bool stopRequested = false;
    const std::atomic<bool>* cancel = nullptr;
};

size_t writeCallback(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    t->body.append(data, static_cast<qsizetype>(n));
    if (t->onEvent) {
        qsizetype nl;
        while ((nl = t->body.indexOf('\n')) >= 0) {
            const QByteArray line = t->body.left(nl).trimmed();
            t->body.remove(0, nl + 1);
            if (line.isEmpty()) {
                continue;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (!doc.isNull() && !(*t->onEvent)(doc)) {
                t->stopRequested = true;
                return 0;
            }
        }
        return n;
    }
    if (t->maxBytes > 0 && t->body.size() > t->maxBytes) {
        t->tooLarge = true;
        return 0;
    }
    return n;
}

size_t headerCallback(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    const QByteArray line(data, static_cast<qsizetype>(n));
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        t->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    } else if (line.startsWith("HTTP/")) {
        t->headers.clear(); // a new response (after 100-continue or a redirect)
    }
    return n;
}

int progressCallback(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto* t = static_cast<Transfer*>(user);
    return t->cancel && t->cancel->load() ? 1 : 0;
}

} // namespace

struct DockerClient::Private
{
    Endpoint endpoint;
    ClientOptions options;
    QString apiVersion;

    std::mutex mutex;
    std::condition_variable available;
    std::vector<CURL*> idle;
    int inUse = 0;

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
        return QStringLiteral("%1://%2:%3")
            .arg(endpoint.tls ? QStringLiteral("https") : QStringLiteral("http"), endpoint.host)
            .arg(endpoint.port);
    }

    Error connectionError(CURLcode code, const QString& curlMessage) const;
    Result<HttpResponse>
    perform(Method method, const QString& fullPath, const QByteArray& body, Transfer& transfer, bool streaming);
};

Error DockerClient::Private::connectionError(CURLcode code, const QString& curlMessage) const
{
    const QString where = endpoint.displayName();
    // curl's own buffer talks of "localhost port 80" for unix sockets: name the real target instead.
    const QString target = endpoint.kind == Endpoint::Kind::Unix
                               ? endpoint.socketPath
                               : QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port);
    const QString detail = endpoint.kind == Endpoint::Kind::Unix
                               ? QStringLiteral("curl %1 on %2: %3")
                                     .arg(int(code))
                                     .arg(target, QString::fromUtf8(curl_easy_strerror(code)))
                               : QStringLiteral("curl %1 on %2: %3").arg(int(code)).arg(target, curlMessage);
    if (code == CURLE_OPERATION_TIMEDOUT) {
        return makeError(
            Error::Code::Timeout,
            DockerClient::tr("The Docker daemon at %1 did not answer within the time limit (%2 s to connect, %3 s per "
                             "request). It may be overloaded or hung; try again or raise --timeout.")
                .arg(where)
                .arg(options.connectTimeoutMs / 1000.0)
                .arg(options.requestTimeoutMs / 1000.0),
            detail);
    }
    if (code == CURLE_SSL_CONNECT_ERROR || code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CERTPROBLEM ||
        code == CURLE_SSL_CIPHER || code == CURLE_SSL_CACERT_BADFILE || code == CURLE_SSL_ISSUER_ERROR) {
        return makeError(
            Error::Code::TlsError,
            DockerClient::tr("The TLS connection to %1 failed. Check that DOCKER_CERT_PATH holds the right ca.pem, "
                             "cert.pem and key.pem for this daemon.")
                .arg(where),
            detail);
    }
    if (endpoint.kind == Endpoint::Kind::Unix) {
        const QByteArray path = QFile::encodeName(endpoint.socketPath);
        struct stat st = {};
        const bool exists = ::stat(path.constData(), &st) == 0;
        const bool denied = exists ? ::access(path.constData(), R_OK | W_OK) != 0 : errno == EACCES;
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

Result<HttpResponse> DockerClient::Private::perform(Method method,
                                                    const QString& fullPath,
                                                    const QByteArray& body,
                                                    Transfer& transfer,
                                                    bool streaming)
{
    CURL* h = acquire();
    if (!h) {
        release(nullptr);
        return makeError(Error::Code::Generic, DockerClient::tr("Cannot initialise the HTTP library (libcurl)."));
    }
    curl_easy_reset(h);
    const QByteArray url = (baseUrl() + fullPath).toUtf8();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    const QByteArray socketPath = QFile::encodeName(endpoint.socketPath);
    if (endpoint.kind == Endpoint::Kind::Unix) {
        curl_easy_setopt(h, CURLOPT_UNIX_SOCKET_PATH, socketPath.constData());
    }
    const QByteArray ca = QFile::encodeName(endpoint.caFile);
    const QByteArray cert = QFile::encodeName(endpoint.certFile);
    const QByteArray key = QFile::encodeName(endpoint.keyFile);
    if (endpoint.tls) {
        if (!ca.isEmpty()) {
            curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData());
        }
        if (!cert.isEmpty()) {
            curl_easy_setopt(h, CURLOPT_SSLCERT, cert.constData());
        }
        if (!key.isEmpty()) {
            curl_easy_setopt(h, CURLOPT_SSLKEY, key.constData());
        }
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, endpoint.tlsVerify ? 1L : 0L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, endpoint.tlsVerify ? 2L : 0L);
    }
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(options.connectTimeoutMs));
    if (!streaming) {
        curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(options.requestTimeoutMs));
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
        break;
    case Method::Post:
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, long(body.size()));
        headers = curl_slist_append(headers, "Content-Type: application/json");
        break;
    case Method::Delete:
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "DELETE");
        break;
    }
    if (headers) {
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    }
    char errorBuffer[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);

    const CURLcode code = curl_easy_perform(h);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(headers);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
    release(h);

    if (code != CURLE_OK) {
        if (transfer.tooLarge) {
            return makeError(
                Error::Code::ResponseTooLarge,
                DockerClient::tr("The Docker daemon sent more than %1 MiB for %2; Escut stopped reading it.")
                    .arg(options.maxResponseBytes / (1024 * 1024))
                    .arg(fullPath),
                QStringLiteral("limit %1 bytes").arg(options.maxResponseBytes));
        }
        if (transfer.stopRequested || (transfer.cancel && transfer.cancel->load())) {
            HttpResponse r;
            r.status = int(status);
            return r;
        }
        return connectionError(code, QString::fromUtf8(*errorBuffer ? errorBuffer : curl_easy_strerror(code)));
    }
    HttpResponse response;
    response.status = int(status);
    response.body = std::move(transfer.body);
    response.headers = std::move(transfer.headers);
    return response;
}

DockerClient::DockerClient(Endpoint endpoint, ClientOptions options)
    : d(std::make_unique<Private>())
{
    globalInit();
    d->endpoint = std::move(endpoint);
    d->options = options;
}

DockerClient::~DockerClient()
{
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
    return d->apiVersion;
}

VoidResult DockerClient::negotiate()
{
    Transfer ping;
    ping.maxBytes = 1024 * 1024;
    Result<HttpResponse> pong = d->perform(Method::Get, QStringLiteral("/_ping"), {}, ping, false);
    if (!pong) {
        return pong.error();
    }
    if (pong->status != 200) {
        return makeError(
            Error::Code::HttpStatus,
            DockerClient::tr("The endpoint %1 answered /_ping with HTTP %2: it does not look like a Docker daemon.")
                .arg(d->endpoint.displayName())
                .arg(pong->status),
            QString::fromUtf8(pong->body.left(512)));
    }
    QString daemonApi = QString::fromLatin1(pong->headers.value("api-version"));
    Transfer versionTransfer;
    versionTransfer.maxBytes = 1024 * 1024;
    Result<HttpResponse> version = d->perform(Method::Get, QStringLiteral("/version"), {}, versionTransfer, false);
    QString minApi;
    if (version && version->status == 200) {
        const QJsonObject o = QJsonDocument::fromJson(version->body).object();
        if (daemonApi.isEmpty()) {
            daemonApi = o.value(QStringLiteral("ApiVersion")).toString();
        }
        minApi = o.value(QStringLiteral("MinAPIVersion")).toString();
    }
    if (daemonApi.isEmpty()) {
        daemonApi = s_minApi;
    }
    const QVersionNumber ours = QVersionNumber::fromString(s_maxApi);
    const QVersionNumber theirs = QVersionNumber::fromString(daemonApi);
    if (theirs < QVersionNumber::fromString(s_minApi)) {
        return makeError(
            Error::Code::Generic,
            DockerClient::tr("The Docker daemon at %1 speaks API %2; Escut needs at least %3. Upgrade Docker.")
                .arg(d->endpoint.displayName(), daemonApi, s_minApi));
    }
    d->apiVersion = theirs < ours ? daemonApi : s_maxApi;
    if (!minApi.isEmpty() && QVersionNumber::fromString(d->apiVersion) < QVersionNumber::fromString(minApi)) {
        d->apiVersion = minApi;
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
    const QString fullPath = d->apiVersion.isEmpty() ? path : QStringLiteral("/v%1%2").arg(d->apiVersion, path);
    Result<HttpResponse> response = d->perform(method, fullPath, body, transfer, false);
    if (!response) {
        return response;
    }
    const int status = response->status;
    if ((status >= 200 && status < 300) || (acceptStatus && acceptStatus(status))) {
        return response;
    }
    QString message = QJsonDocument::fromJson(response->body).object().value(QStringLiteral("message")).toString();
    if (message.isEmpty()) {
        message = QString::fromUtf8(response->body.left(512)).trimmed();
    }
    Error e =
        makeError(Error::Code::HttpStatus,
                  DockerClient::tr("The Docker daemon refused %1 with HTTP %2: %3").arg(path).arg(status).arg(message),
                  QString::fromUtf8(response->body.left(2048)));
    e.httpStatus = status;
    return e;
}

Result<QJsonDocument> DockerClient::getJson(const QString& path)
{
    Result<HttpResponse> response = request(Method::Get, path);
    if (!response) {
        return response.error();
    }
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(response->body, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(
            Error::Code::ParseError,
            DockerClient::tr("The Docker daemon sent invalid JSON for %1: %2").arg(path, error.errorString()),
            QString::fromUtf8(response->body.left(512)));
    }
    return doc;
}

VoidResult DockerClient::streamEvents(const QString& query,
                                      const std::function<bool(const QJsonDocument&)>& onEvent,
                                      const std::atomic<bool>* cancel)
{
    Transfer transfer;
    transfer.onEvent = &onEvent;
    transfer.cancel = cancel;
    const QString fullPath = QStringLiteral("/v%1/events%2").arg(d->apiVersion, query);
    Result<HttpResponse> response = d->perform(Method::Get, fullPath, {}, transfer, true);
    if (!response) {
        return response.error();
    }
    if (response->status != 0 && (response->status < 200 || response->status >= 300) && !transfer.stopRequested) {
        return makeError(
            Error::Code::HttpStatus,
            DockerClient::tr("The Docker daemon refused the event stream with HTTP %1.").arg(response->status));
    }
    return Ok{};
}

} // namespace escut
