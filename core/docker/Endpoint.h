// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace escut
{

// Where the Docker Engine API lives and how to reach it.
struct Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    enum class Kind {
        Unix,
        Tcp,
        Ssh, // ssh://[user@]host[:port][/socket]: through `docker system dial-stdio` on the host
    };
    // How the endpoint was chosen, in resolution order.
    enum class Source {
        Flag,        // --host
        Environment, // DOCKER_HOST
        Context,     // --context or the current Docker context
        Rootless,    // $XDG_RUNTIME_DIR/docker.sock
        Default,     // /var/run/docker.sock
        Snapshot,    // a saved snapshot, no live daemon
    };

    Kind kind = Kind::Unix;
    Source source = Source::Default;
    QString url;        // as given: unix:///var/run/docker.sock, tcp://host:2376, ssh://me@host:22
    QString socketPath; // Unix: the socket; Ssh: the daemon socket on the remote host when the URL names one
    QString host;       // Tcp and Ssh: host name or address
    int port = 0;       // Tcp; Ssh: 0 leaves the port to ssh (its config, else 22)
    QString user;       // Ssh only: the login name, empty leaves it to ssh
    bool tls = false;
    bool tlsVerify = false;
    QString caFile;
    QString certFile;
    QString keyFile;
    QString contextName; // when chosen from a Docker context

    [[nodiscard]] bool isLocal() const
    {
        return kind == Kind::Unix;
    }
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] static QString sourceName(Source source);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Endpoint fromJson(const QJsonObject& json);
    bool operator==(const Endpoint&) const = default;
};

// The process environment, injected so resolution can be tested.
struct ResolverEnvironment
{
    QMap<QString, QString>
        vars; // DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, DOCKER_CERT_PATH, DOCKER_TLS_VERIFY, XDG_RUNTIME_DIR
    QString homeDir;
    QString defaultSocket = QStringLiteral("/var/run/docker.sock");

    [[nodiscard]] static ResolverEnvironment system();
};

struct EndpointRequest
{
    QString host;    // --host
    QString context; // --context
};

class EndpointResolver
{
public:
    // Resolution order: --host, --context, DOCKER_HOST, DOCKER_CONTEXT / current context in
    // ~/.docker/config.json, rootless socket, /var/run/docker.sock.
    [[nodiscard]] static Result<Endpoint> resolve(const EndpointRequest& request, const ResolverEnvironment& env);

    // Parses unix:///path, tcp://host:port (also host:port), ssh://[user@]host[:port][/socket]; TLS material from
    // DOCKER_CERT_PATH/DOCKER_TLS_VERIFY.
    [[nodiscard]] static Result<Endpoint> fromHostUrl(const QString& url, const ResolverEnvironment& env);

    // Reads ~/.docker/contexts/meta/<sha256(name)>/meta.json (and the TLS material beside it).
    [[nodiscard]] static Result<Endpoint> fromContext(const QString& name, const ResolverEnvironment& env);

    // The current context name from DOCKER_CONTEXT or config.json's currentContext ("default" when unset).
    [[nodiscard]] static QString currentContextName(const ResolverEnvironment& env);
};

} // namespace escut
