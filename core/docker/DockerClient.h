// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/Endpoint.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace escut
{

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // keys in lower case
};

struct ClientOptions
{
    int connectTimeoutMs = 3000;
    // ssh:// endpoints: the time to start the docker CLI, log in and get the daemon's first answer.
    int sshConnectTimeoutMs = 15000;
    int requestTimeoutMs = 30000;
    // One response's body (an event stream: one event line). The largest real answer, /containers/json for ten
    // thousand containers, is about 30 MiB.
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
    // All bodies being received at the same moment, over every connection of this client: a hostile endpoint that
    // answers each parallel request with a huge body is stopped here, not when memory runs out.
    qint64 maxInFlightBytes = 256LL * 1024 * 1024;
    int maxConcurrent = 8; // bounded pool of connections
};

// Docker Engine API over libcurl: unix socket, tcp, TLS and ssh (see SshBridge). Thread-safe: requests from many
// threads share a bounded pool of connections. Every error says what happened and what to do.
class DockerClient
{
    Q_DECLARE_TR_FUNCTIONS(DockerClient)

public:
    enum class Method {
        Get,
        Head,
        Post,
        Delete,
    };

    explicit DockerClient(Endpoint endpoint, ClientOptions options = {});
    ~DockerClient();
    DockerClient(const DockerClient&) = delete;
    DockerClient& operator=(const DockerClient&) = delete;

    [[nodiscard]] const Endpoint& endpoint() const;

    // GET /_ping (and /version when the daemon is newer than us, or /_ping does not say); picks min(daemon API
    // version, our maximum), raised to the daemon's minimum. Must be called before request().
    [[nodiscard]] VoidResult negotiate();
    [[nodiscard]] QString apiVersion() const; // e.g. "1.41"; empty before negotiate()
    // How many requests run at once (ClientOptions::maxConcurrent; at most 2 over ssh, each one a login).
    [[nodiscard]] int maxConcurrent() const;

    // path without the version prefix, e.g. "/containers/json?all=1". Non-2xx statuses are errors
    // (Error::Code::HttpStatus with the daemon's message) unless acceptStatus allows them.
    [[nodiscard]] Result<HttpResponse> request(Method method,
                                               const QString& path,
                                               const QByteArray& body = {},
                                               const std::function<bool(int)>& acceptStatus = {});
    [[nodiscard]] Result<QJsonDocument> getJson(const QString& path);
    // The daemon's answer to GET path, parsed, with getJson()'s error when it is not JSON.
    [[nodiscard]] static Result<QJsonDocument> parseJson(const QString& path, const QByteArray& body);

    // GET path with the body handed to onChunk as it arrives, none of it kept: for answers too large to hold (an
    // image's filesystem as a tar). onChunk returns false to stop reading, which is no error. A body longer than
    // maxBytes is a ResponseTooLarge error; one that takes longer than timeoutMs, a Timeout; *cancel set, Cancelled.
    // Non-2xx statuses are errors as in request(). The answer's status and headers come back, with an empty body.
    [[nodiscard]] Result<HttpResponse> getStream(const QString& path,
                                                 const std::function<bool(QByteArrayView)>& onChunk,
                                                 qint64 maxBytes,
                                                 int timeoutMs,
                                                 const std::atomic<bool>* cancel = nullptr);
    // Streams /events (newline-delimited JSON). onEvent returns false to stop. Stops when *cancel is true.
    [[nodiscard]] VoidResult streamEvents(const QString& query,
                                          const std::function<bool(const QJsonDocument&)>& onEvent,
                                          const std::atomic<bool>* cancel);
    // The complete lines of an event stream received so far, taken from the front of buffer (what follows the last
    // newline stays for the next read): each non-empty line that is JSON goes to onEvent, others are skipped. False
    // when onEvent asked to stop.
    // One header line of a response: a status line ("HTTP/1.1 200 OK") starts a new response (after 100-continue or
    // a redirect) and sets status; "Name: value" adds a header (name in lower case); anything else is ignored.
    static void readHeaderLine(const QByteArray& line, int& status, QMap<QByteArray, QByteArray>& headers);
    [[nodiscard]] static bool takeEvents(QByteArray& buffer, const std::function<bool(const QJsonDocument&)>& onEvent);

private:
    // The error of a non-2xx answer to path: the daemon's message, or its body.
    [[nodiscard]] static Error statusError(const QString& path, const QString& fullPath, const HttpResponse& response);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace escut
