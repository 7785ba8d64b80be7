// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/Endpoint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace escut
{

namespace
{

QString configDir(const ResolverEnvironment& env)
{
    const QString fromEnv = env.vars.value(QStringLiteral("DOCKER_CONFIG"));
    return fromEnv.isEmpty() ? env.homeDir + QStringLiteral("/.docker") : fromEnv;
}

// host:port for URLs, with IPv6 addresses in brackets.
QString authority(const QString& host, int port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

// ssh://[user@]host[:port][/socket], in the form the docker CLI's -H takes.
QString sshUrl(const QString& user, const QString& host, int port, const QString& socketPath)
{
    QString url = QStringLiteral("ssh://");
    if (!user.isEmpty()) {
        url += user + QLatin1Char('@');
    }
    url +=
        port > 0 ? authority(host, port) : (host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host);
    return url + socketPath;
}

QString kindId(Endpoint::Kind kind)
{
    switch (kind) {
    case Endpoint::Kind::Unix:
        return QStringLiteral("unix");
    case Endpoint::Kind::Tcp:
        return QStringLiteral("tcp");
    case Endpoint::Kind::Ssh:
        return QStringLiteral("ssh");
    }
    return {};
}

bool truthy(const QString& value)
{
    return !value.isEmpty() && value != QLatin1String("0") &&
           value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
}

} // namespace

QString Endpoint::displayName() const
{
    QString name = url;
    if (name.isEmpty()) {
        name = kind == Kind::Unix  ? QStringLiteral("unix://") + socketPath
               : kind == Kind::Ssh ? sshUrl(user, host, port, socketPath)
                                   : QStringLiteral("tcp://") + authority(host, port);
    }
    if (!contextName.isEmpty()) {
        return Endpoint::tr("%1 (context %2)").arg(name, contextName);
    }
    return name;
}

QString Endpoint::sourceName(Source source)
{
    switch (source) {
    case Source::Flag:
        return Endpoint::tr("--host option");
    case Source::Environment:
        return Endpoint::tr("DOCKER_HOST");
    case Source::Context:
        return Endpoint::tr("Docker context");
    case Source::Rootless:
        return Endpoint::tr("rootless socket");
    case Source::Default:
        return Endpoint::tr("default socket");
    case Source::Snapshot:
        return Endpoint::tr("saved snapshot");
    }
    return {};
}

namespace
{
constexpr const char* s_sourceIds[] = {"flag", "environment", "context", "rootless", "default", "snapshot"};
}

QJsonObject Endpoint::toJson() const
{
    QJsonObject o{{QStringLiteral("url"), url},
                  {QStringLiteral("kind"), kindId(kind)},
                  {QStringLiteral("source"), QString::fromLatin1(s_sourceIds[static_cast<int>(source)])}};
    if (kind == Kind::Unix) {
        o.insert(QStringLiteral("socketPath"), socketPath);
    } else if (kind == Kind::Ssh) {
        o.insert(QStringLiteral("host"), host);
        o.insert(QStringLiteral("port"), port);
        o.insert(QStringLiteral("user"), user);
        o.insert(QStringLiteral("socketPath"), socketPath);
    } else {
        o.insert(QStringLiteral("host"), host);
        o.insert(QStringLiteral("port"), port);
        o.insert(QStringLiteral("tls"), tls);
        o.insert(QStringLiteral("tlsVerify"), tlsVerify);
        // Paths only, never the key material.
        o.insert(QStringLiteral("caFile"), caFile);
        o.insert(QStringLiteral("certFile"), certFile);
        o.insert(QStringLiteral("keyFile"), keyFile);
    }
    if (!contextName.isEmpty()) {
        o.insert(QStringLiteral("context"), contextName);
    }
    return o;
}

Endpoint Endpoint::fromJson(const QJsonObject& o)
{
    Endpoint e;
    e.url = o.value(QStringLiteral("url")).toString();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    e.kind = kind == kindId(Kind::Tcp) ? Kind::Tcp : kind == kindId(Kind::Ssh) ? Kind::Ssh : Kind::Unix;
    const QString source = o.value(QStringLiteral("source")).toString();
    for (int i = 0; i < 6; ++i) {
        if (source == QLatin1String(s_sourceIds[i])) {
            e.source = static_cast<Source>(i);
        }
    }
    e.socketPath = o.value(QStringLiteral("socketPath")).toString();
    e.host = o.value(QStringLiteral("host")).toString();
    e.port = o.value(QStringLiteral("port")).toInt();
    e.tls = o.value(QStringLiteral("tls")).toBool();
    e.tlsVerify = o.value(QStringLiteral("tlsVerify")).toBool();
    e.caFile = o.value(QStringLiteral("caFile")).toString();
    e.certFile = o.value(QStringLiteral("certFile")).toString();
    e.keyFile = o.value(QStringLiteral("keyFile")).toString();
    e.user = o.value(QStringLiteral("user")).toString();
    e.contextName = o.value(QStringLiteral("context")).toString();
    return e;
}

ResolverEnvironment ResolverEnvironment::system()
{
    ResolverEnvironment env;
    const QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DOCKER_HOST",
                             "DOCKER_CONTEXT",
                             "DOCKER_CONFIG",
                             "DOCKER_CERT_PATH",
                             "DOCKER_TLS_VERIFY",
                             "XDG_RUNTIME_DIR"}) {
        const QString key = QString::fromLatin1(name);
        if (pe.contains(key)) {
            env.vars.insert(key, pe.value(key));
        }
    }
    env.homeDir = QDir::homePath();
    return env;
}

namespace
{

// ssh://[user@]host[:port][/socket], as the docker CLI takes it: no password, query or fragment. The host and the
// user are handed to ssh, so nothing in them may look like an option.
Result<Endpoint> fromSshUrl(const QString& url)
{
    const auto bad = [&url](const QString& why) -> Result<Endpoint> {
        return makeError(Error::Code::InvalidArgument,
                         Endpoint::tr("Cannot understand the Docker host '%1': %2 Use ssh://user@host or "
                                      "ssh://user@host:port.")
                             .arg(url, why));
    };
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()) {
        return bad(Endpoint::tr("it is not a valid URL."));
    }
    const QString authorityPart = url.mid(6).section(QLatin1Char('/'), 0, 0);
    if (!parsed.password().isEmpty() || (authorityPart.contains(QLatin1Char('@')) &&
                                         authorityPart.section(QLatin1Char('@'), 0, -2).contains(QLatin1Char(':')))) {
        return bad(Endpoint::tr("ssh:// takes no password (use a key or ssh-agent)."));
    }
    if (parsed.hasQuery() || parsed.hasFragment()) {
        return bad(Endpoint::tr("ssh:// takes no query or fragment."));
    }
    const QString host = parsed.host();
    static const QRegularExpression hostChars(QStringLiteral("^[A-Za-z0-9._:%-]+$"));
    if (host.isEmpty() || host.startsWith(QLatin1Char('-')) || !hostChars.match(host).hasMatch()) {
        return bad(Endpoint::tr("it names no host."));
    }
    const QString user = parsed.userName();
    static const QRegularExpression userChars(QStringLiteral("^[A-Za-z0-9._][A-Za-z0-9._$-]*$"));
    if (authorityPart.count(QLatin1Char('@')) > 1 || (!user.isEmpty() && !userChars.match(user).hasMatch()) ||
        (user.isEmpty() && authorityPart.contains(QLatin1Char('@')))) {
        return bad(Endpoint::tr("the user name is not valid."));
    }
    const QString path = parsed.path();
    Endpoint e;
    e.kind = Endpoint::Kind::Ssh;
    e.host = host;
    e.user = user;
    e.port = std::max(0, parsed.port(0));
    e.socketPath = path == QLatin1String("/") ? QString() : path;
    e.url = sshUrl(e.user, e.host, e.port, e.socketPath);
    return e;
}

} // namespace

Result<Endpoint> EndpointResolver::fromHostUrl(const QString& rawUrl, const ResolverEnvironment& env)
{
    const QString url = rawUrl.trimmed();
    Endpoint e;
    e.url = url;
    if (url.startsWith(QLatin1String("unix://"))) {
        e.kind = Endpoint::Kind::Unix;
        e.socketPath = url.mid(7);
        if (e.socketPath.isEmpty()) {
            return makeError(Error::Code::InvalidArgument,
                             Endpoint::tr("The Docker host '%1' names no socket path.").arg(url));
        }
        return e;
    }
    if (url.startsWith(QLatin1Char('/'))) {
        e.kind = Endpoint::Kind::Unix;
        e.socketPath = url;
        e.url = QStringLiteral("unix://") + url;
        return e;
    }
    if (url.startsWith(QLatin1String("ssh://"))) {
        return fromSshUrl(url);
    }
    if (url.startsWith(QLatin1String("npipe://")) || url.startsWith(QLatin1String("fd://"))) {
        return makeError(Error::Code::InvalidArgument,
                         Endpoint::tr("The Docker host '%1' cannot be reached from here.").arg(url));
    }
    QString rest = url;
    if (rest.startsWith(QLatin1String("tcp://"))) {
        rest = rest.mid(6);
    } else if (rest.startsWith(QLatin1String("http://")) || rest.startsWith(QLatin1String("https://"))) {
        rest = rest.mid(rest.indexOf(QLatin1String("://")) + 3);
    } else if (rest.contains(QLatin1String("://"))) {
        return makeError(
            Error::Code::InvalidArgument,
            Endpoint::tr("Unknown Docker host scheme in '%1': use unix:///path, tcp://host:port or ssh://user@host.")
                .arg(url));
    }
    rest = rest.section(QLatin1Char('/'), 0, 0);
    const QUrl parsed(QStringLiteral("tcp://") + rest);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        return makeError(
            Error::Code::InvalidArgument,
            Endpoint::tr(
                "Cannot understand the Docker host '%1': use unix:///path, tcp://host:port or ssh://user@host.")
                .arg(url));
    }
    e.kind = Endpoint::Kind::Tcp;
    e.host = parsed.host();
    const bool verify = truthy(env.vars.value(QStringLiteral("DOCKER_TLS_VERIFY")));
    const QString certPath = env.vars.value(QStringLiteral("DOCKER_CERT_PATH"));
    e.port = parsed.port(verify || !certPath.isEmpty() ? 2376 : 2375);
    e.url = QStringLiteral("tcp://") + authority(e.host, e.port);
    e.tls = verify || url.startsWith(QLatin1String("https://")) || (!certPath.isEmpty() && e.port == 2376);
    e.tlsVerify = verify;
    if (e.tls) {
        const QString dir = certPath.isEmpty() ? configDir(env) : certPath;
        if (!certPath.isEmpty() && !QFileInfo(certPath).isDir()) {
            return makeError(Error::Code::InvalidArgument,
                             Endpoint::tr("DOCKER_CERT_PATH names %1, which is not a directory: it must hold the "
                                          "ca.pem, cert.pem and key.pem of the daemon at %2.")
                                 .arg(certPath, e.url));
        }
        e.caFile = dir + QStringLiteral("/ca.pem");
        e.certFile = dir + QStringLiteral("/cert.pem");
        e.keyFile = dir + QStringLiteral("/key.pem");
        for (QString* file : {&e.caFile, &e.certFile, &e.keyFile}) {
            if (!QFileInfo::exists(*file)) {
                file->clear();
            }
        }
    }
    return e;
}

namespace
{

// DOCKER_CONTEXT, else config.json's currentContext, else "default". A config.json that exists but is not valid
// JSON is an error: the docker CLI refuses it too, and silently using another daemon would mislead.
Result<QString> readCurrentContext(const ResolverEnvironment& env)
{
    const QString fromEnv = env.vars.value(QStringLiteral("DOCKER_CONTEXT"));
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    const QString path = configDir(env) + QStringLiteral("/config.json");
    QFile config(path);
    if (!config.open(QIODevice::ReadOnly)) {
        return QStringLiteral("default");
    }
    const QByteArray data = config.readAll();
    if (data.trimmed().isEmpty()) {
        return QStringLiteral("default");
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString reason =
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                : QStringLiteral("not a JSON object");
        return makeError(Error::Code::ParseError,
                         Endpoint::tr("The Docker configuration file %1 is not valid JSON, so the current Docker "
                                      "context is unknown. Fix or remove the file, or choose the daemon with --host.")
                             .arg(path),
                         reason);
    }
    const QString name = doc.object().value(QStringLiteral("currentContext")).toString();
    return name.isEmpty() ? QStringLiteral("default") : name;
}

} // namespace

QString EndpointResolver::currentContextName(const ResolverEnvironment& env)
{
    const Result<QString> name = readCurrentContext(env);
    return name ? name.value() : QStringLiteral("default");
}

Result<Endpoint> EndpointResolver::fromContext(const QString& name, const ResolverEnvironment& env)
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString metaPath = configDir(env) + QStringLiteral("/contexts/meta/") + hash + QStringLiteral("/meta.json");
    QFile meta(metaPath);
    if (!meta.open(QIODevice::ReadOnly)) {
        return makeError(
            Error::Code::NotFound,
            Endpoint::tr("The Docker context '%1' does not exist (no %2). List the contexts with 'docker context ls'.")
                .arg(name, metaPath));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(meta.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(Error::Code::ParseError,
                         Endpoint::tr("The Docker context file %1 is not valid JSON. Repair it, or remove the context "
                                      "'%2' and create it again with 'docker context create'.")
                             .arg(metaPath, name),
                         QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    const QJsonObject docker =
        doc.object().value(QStringLiteral("Endpoints")).toObject().value(QStringLiteral("docker")).toObject();
    const QString host = docker.value(QStringLiteral("Host")).toString();
    if (host.isEmpty()) {
        return makeError(Error::Code::ParseError,
                         Endpoint::tr("The Docker context '%1' has no Docker endpoint (%2). Create it again with "
                                      "'docker context create', or choose the daemon with --host.")
                             .arg(name, metaPath));
    }
    ResolverEnvironment noTlsEnv = env;
    noTlsEnv.vars.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
    noTlsEnv.vars.remove(QStringLiteral("DOCKER_CERT_PATH"));
    Result<Endpoint> endpoint = fromHostUrl(host, noTlsEnv);
    if (!endpoint) {
        return endpoint;
    }
    Endpoint e = endpoint.value();
    e.contextName = name;
    e.source = Endpoint::Source::Context;
    if (e.kind == Endpoint::Kind::Tcp) {
        const QString tlsDir = configDir(env) + QStringLiteral("/contexts/tls/") + hash + QStringLiteral("/docker");
        const bool skipVerify = docker.value(QStringLiteral("SkipTLSVerify")).toBool();
        if (QFileInfo::exists(tlsDir + QStringLiteral("/ca.pem")) ||
            QFileInfo::exists(tlsDir + QStringLiteral("/cert.pem"))) {
            e.tls = true;
            e.tlsVerify = !skipVerify;
            e.caFile =
                QFileInfo::exists(tlsDir + QStringLiteral("/ca.pem")) ? tlsDir + QStringLiteral("/ca.pem") : QString();
            e.certFile = QFileInfo::exists(tlsDir + QStringLiteral("/cert.pem")) ? tlsDir + QStringLiteral("/cert.pem")
                                                                                 : QString();
            e.keyFile = QFileInfo::exists(tlsDir + QStringLiteral("/key.pem")) ? tlsDir + QStringLiteral("/key.pem")
                                                                               : QString();
            if (e.port == 2375 && !host.contains(QLatin1String(":2375"))) {
                e.port = 2376;
            }
        }
    }
    return e;
}

Result<Endpoint> EndpointResolver::resolve(const EndpointRequest& request, const ResolverEnvironment& env)
{
    const auto withSource = [](Result<Endpoint> r, Endpoint::Source source) -> Result<Endpoint> {
        if (!r) {
            return r;
        }
        Endpoint e = r.value();
        if (e.contextName.isEmpty()) {
            e.source = source;
        }
        return e;
    };
    if (!request.host.isEmpty()) {
        return withSource(fromHostUrl(request.host, env), Endpoint::Source::Flag);
    }
    if (!request.context.isEmpty() && request.context != QLatin1String("default")) {
        return fromContext(request.context, env);
    }
    if (request.context.isEmpty()) {
        const QString dockerHost = env.vars.value(QStringLiteral("DOCKER_HOST"));
        if (!dockerHost.isEmpty()) {
            return withSource(fromHostUrl(dockerHost, env), Endpoint::Source::Environment);
        }
        const Result<QString> current = readCurrentContext(env);
        if (!current) {
            return current.error();
        }
        if (current.value() != QLatin1String("default")) {
            return fromContext(current.value(), env);
        }
    }
    const QString runtimeDir = env.vars.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (!runtimeDir.isEmpty()) {
        const QString rootless = runtimeDir + QStringLiteral("/docker.sock");
        if (QFileInfo::exists(rootless)) {
            Endpoint e;
            e.kind = Endpoint::Kind::Unix;
            e.socketPath = rootless;
            e.url = QStringLiteral("unix://") + rootless;
            e.source = Endpoint::Source::Rootless;
            return e;
        }
    }
    Endpoint e;
    e.kind = Endpoint::Kind::Unix;
    e.socketPath = env.defaultSocket;
    e.url = QStringLiteral("unix://") + env.defaultSocket;
    e.source = Endpoint::Source::Default;
    return e;
}

} // namespace escut
