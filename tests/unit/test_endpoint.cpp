// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/Endpoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace escut;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void resolve_data();
    void resolve();
    void contextWithTls();
    void tcpTls_data();
    void tcpTls();
    void dockerConfigFixture();
    void errors_data();
    void errors();
    void jsonRoundTrip();
    void sshUrls_data();
    void sshUrls();
    void sshContextAndEnvironment();
    void sshJsonRoundTrip();
    void names();

private:
    void writeFile(const QString& relative, const QByteArray& data);
    void writeContext(const QString& name, const QString& host);
    ResolverEnvironment env(const QMap<QString, QString>& vars) const;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestEndpoint::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestEndpoint::writeFile(const QString& relative, const QByteArray& data)
{
    const QString path = m_home->filePath(relative);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TestEndpoint::writeContext(const QString& name, const QString& host)
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    writeFile(
        QStringLiteral(".docker/contexts/meta/%1/meta.json").arg(hash),
        QStringLiteral(R"({"Name":"%1","Metadata":{},"Endpoints":{"docker":{"Host":"%2","SkipTLSVerify":false}}})")
            .arg(name, host)
            .toUtf8());
}

ResolverEnvironment TestEndpoint::env(const QMap<QString, QString>& vars) const
{
    ResolverEnvironment e;
    e.vars = vars;
    e.homeDir = m_home->path();
    e.defaultSocket = QStringLiteral("/var/run/docker.sock");
    return e;
}

void TestEndpoint::resolve_data()
{
    QTest::addColumn<QString>("flagHost");
    QTest::addColumn<QString>("flagContext");
    QTest::addColumn<QString>("dockerHost");
    QTest::addColumn<QString>("dockerContext");
    QTest::addColumn<QString>("currentContext"); // in config.json
    QTest::addColumn<bool>("rootlessSocket");
    QTest::addColumn<QString>("expectedUrl");
    QTest::addColumn<int>("expectedSource");
    using S = Endpoint::Source;
    QTest::newRow("default") << ""
                             << ""
                             << ""
                             << ""
                             << "" << false << "unix:///var/run/docker.sock" << int(S::Default);
    QTest::newRow("flag wins over DOCKER_HOST") << "unix:///tmp/a.sock"
                                                << ""
                                                << "tcp://10.0.0.1:2375"
                                                << ""
                                                << "" << false << "unix:///tmp/a.sock" << int(S::Flag);
    QTest::newRow("DOCKER_HOST tcp") << ""
                                     << ""
                                     << "tcp://10.0.0.1:2375"
                                     << ""
                                     << "" << false << "tcp://10.0.0.1:2375" << int(S::Environment);
    QTest::newRow("DOCKER_HOST beats context") << ""
                                               << ""
                                               << "unix:///tmp/env.sock"
                                               << ""
                                               << "remote" << false << "unix:///tmp/env.sock" << int(S::Environment);
    QTest::newRow("current context") << ""
                                     << ""
                                     << ""
                                     << ""
                                     << "remote" << false << "tcp://192.168.1.5:2375" << int(S::Context);
    QTest::newRow("DOCKER_CONTEXT") << ""
                                    << ""
                                    << ""
                                    << "podman"
                                    << "remote" << false << "unix:///run/podman/podman.sock" << int(S::Context);
    QTest::newRow("--context") << ""
                               << "podman"
                               << "tcp://10.0.0.1:2375"
                               << ""
                               << "" << false << "unix:///run/podman/podman.sock" << int(S::Context);
    QTest::newRow("default context falls through")
        << ""
        << ""
        << ""
        << ""
        << "default" << false << "unix:///var/run/docker.sock" << int(S::Default);
    QTest::newRow("DOCKER_CONTEXT=default overrides config.json")
        << ""
        << ""
        << ""
        << "default"
        << "remote" << false << "unix:///var/run/docker.sock" << int(S::Default);
    QTest::newRow("--context default skips DOCKER_HOST")
        << ""
        << "default"
        << "tcp://10.0.0.1:2375"
        << ""
        << "remote" << false << "unix:///var/run/docker.sock" << int(S::Default);
    QTest::newRow("podman socket in DOCKER_HOST")
        << ""
        << ""
        << "unix:///run/podman/podman.sock"
        << ""
        << "" << true << "unix:///run/podman/podman.sock" << int(S::Environment);
    QTest::newRow("no rootless socket file") << ""
                                             << ""
                                             << ""
                                             << ""
                                             << "" << false << "unix:///var/run/docker.sock" << int(S::Default);
    QTest::newRow("rootless after default context") << ""
                                                    << ""
                                                    << ""
                                                    << ""
                                                    << "default" << true << "ROOTLESS" << int(S::Rootless);
    QTest::newRow("rootless") << ""
                              << ""
                              << ""
                              << ""
                              << "" << true << "ROOTLESS" << int(S::Rootless);
    QTest::newRow("bare path") << "/run/user/1000/docker.sock"
                               << ""
                               << ""
                               << ""
                               << "" << false << "unix:///run/user/1000/docker.sock" << int(S::Flag);
}

void TestEndpoint::resolve()
{
    QFETCH(QString, flagHost);
    QFETCH(QString, flagContext);
    QFETCH(QString, dockerHost);
    QFETCH(QString, dockerContext);
    QFETCH(QString, currentContext);
    QFETCH(bool, rootlessSocket);
    QFETCH(QString, expectedUrl);
    QFETCH(int, expectedSource);

    writeContext(QStringLiteral("remote"), QStringLiteral("tcp://192.168.1.5:2375"));
    writeContext(QStringLiteral("podman"), QStringLiteral("unix:///run/podman/podman.sock"));
    if (!currentContext.isEmpty()) {
        writeFile(QStringLiteral(".docker/config.json"),
                  QStringLiteral(R"({"auths":{},"currentContext":"%1"})").arg(currentContext).toUtf8());
    }
    QMap<QString, QString> vars;
    if (!dockerHost.isEmpty()) {
        vars.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
    }
    if (!dockerContext.isEmpty()) {
        vars.insert(QStringLiteral("DOCKER_CONTEXT"), dockerContext);
    }
    // A real listening-capable socket file for the rootless case; a plain directory otherwise.
    QTemporaryDir runtime;
    vars.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    int fd = -1;
    if (rootlessSocket) {
        fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(runtime.filePath(QStringLiteral("docker.sock")));
        qstrncpy(addr.sun_path, path.constData(), sizeof(addr.sun_path));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
        if (expectedUrl == QLatin1String("ROOTLESS")) {
            expectedUrl = QStringLiteral("unix://") + runtime.filePath(QStringLiteral("docker.sock"));
        }
    }
    const Result<Endpoint> r = EndpointResolver::resolve({flagHost, flagContext}, env(vars));
    if (fd >= 0) {
        ::close(fd);
    }
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(r.value().url, expectedUrl);
    QCOMPARE(int(r.value().source), expectedSource);
}

void TestEndpoint::contextWithTls()
{
    writeContext(QStringLiteral("prod"), QStringLiteral("tcp://prod.example:2376"));
    const QString hash = QString::fromLatin1(QCryptographicHash::hash("prod", QCryptographicHash::Sha256).toHex());
    for (const char* file : {"ca.pem", "cert.pem", "key.pem"}) {
        writeFile(QStringLiteral(".docker/contexts/tls/%1/docker/%2").arg(hash, QLatin1String(file)), "pem");
    }
    const Result<Endpoint> r = EndpointResolver::resolve({{}, QStringLiteral("prod")}, env({}));
    QVERIFY(r.ok());
    QCOMPARE(r.value().kind, Endpoint::Kind::Tcp);
    QCOMPARE(r.value().host, QStringLiteral("prod.example"));
    QCOMPARE(r.value().port, 2376);
    QVERIFY(r.value().tls);
    QVERIFY(r.value().tlsVerify);
    QVERIFY(r.value().keyFile.endsWith(QLatin1String("/docker/key.pem")));
    QCOMPARE(r.value().contextName, QStringLiteral("prod"));

    // DOCKER_TLS_VERIFY with DOCKER_CERT_PATH.
    writeFile(QStringLiteral("certs/ca.pem"), "pem");
    writeFile(QStringLiteral("certs/cert.pem"), "pem");
    writeFile(QStringLiteral("certs/key.pem"), "pem");
    const Result<Endpoint> tls = EndpointResolver::resolve(
        {},
        env({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://10.1.1.1")},
             {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
             {QStringLiteral("DOCKER_CERT_PATH"), m_home->filePath(QStringLiteral("certs"))}}));
    QVERIFY(tls.ok());
    QCOMPARE(tls.value().port, 2376);
    QVERIFY(tls.value().tls && tls.value().tlsVerify);
    QCOMPARE(tls.value().caFile, m_home->filePath(QStringLiteral("certs/ca.pem")));

    // A DOCKER_CERT_PATH that is not there is named, with the daemon (an IPv6 host in brackets).
    const QString missing = m_home->filePath(QStringLiteral("no-such-certs"));
    const Result<Endpoint> gone =
        EndpointResolver::resolve({},
                                  env({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://[::1]")},
                                       {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
                                       {QStringLiteral("DOCKER_CERT_PATH"), missing}}));
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().message.contains(missing), qPrintable(gone.error().message));
    QVERIFY2(gone.error().message.contains(QLatin1String("tcp://[::1]:2376")), qPrintable(gone.error().message));
}

void TestEndpoint::tcpTls_data()
{
    QTest::addColumn<QString>("dockerHost");
    QTest::addColumn<QString>("tlsVerify"); // DOCKER_TLS_VERIFY
    QTest::addColumn<QString>("certPath");  // DOCKER_CERT_PATH, relative to home; empty = unset
    QTest::addColumn<QString>("expectedUrl");
    QTest::addColumn<QString>("expectedHost");
    QTest::addColumn<int>("expectedPort");
    QTest::addColumn<bool>("expectedTls");
    QTest::addColumn<bool>("expectedVerify");
    QTest::addColumn<QString>("expectedCa"); // relative to home; empty = none
    QTest::newRow("plain tcp") << "tcp://10.1.1.1:2375"
                               << ""
                               << ""
                               << "tcp://10.1.1.1:2375"
                               << "10.1.1.1" << 2375 << false << false << "";
    QTest::newRow("plain tcp, default port") << "tcp://10.1.1.1"
                                             << ""
                                             << ""
                                             << "tcp://10.1.1.1:2375"
                                             << "10.1.1.1" << 2375 << false << false << "";
    QTest::newRow("TLS verify, default port") << "tcp://10.1.1.1"
                                              << "1"
                                              << "certs"
                                              << "tcp://10.1.1.1:2376"
                                              << "10.1.1.1" << 2376 << true << true << "certs/ca.pem";
    QTest::newRow("TLS verify, certs from ~/.docker") << "tcp://docker.example:2376"
                                                      << "1"
                                                      << ""
                                                      << "tcp://docker.example:2376"
                                                      << "docker.example" << 2376 << true << true << ".docker/ca.pem";
    QTest::newRow("cert path and port 2376: TLS without verify")
        << "tcp://10.1.1.1:2376"
        << ""
        << "certs"
        << "tcp://10.1.1.1:2376"
        << "10.1.1.1" << 2376 << true << false << "certs/ca.pem";
    QTest::newRow("cert path and port 2375: no TLS") << "tcp://10.1.1.1:2375"
                                                     << ""
                                                     << "certs"
                                                     << "tcp://10.1.1.1:2375"
                                                     << "10.1.1.1" << 2375 << false << false << "";
    QTest::newRow("DOCKER_TLS_VERIFY=0") << "tcp://10.1.1.1:2375"
                                         << "0"
                                         << ""
                                         << "tcp://10.1.1.1:2375"
                                         << "10.1.1.1" << 2375 << false << false << "";
    QTest::newRow("host:port without scheme") << "10.2.2.2:2375"
                                              << ""
                                              << ""
                                              << "tcp://10.2.2.2:2375"
                                              << "10.2.2.2" << 2375 << false << false << "";
    QTest::newRow("IPv6") << "tcp://[fd00::5]:2375"
                          << ""
                          << ""
                          << "tcp://[fd00::5]:2375"
                          << "fd00::5" << 2375 << false << false << "";
}

void TestEndpoint::tcpTls()
{
    QFETCH(QString, dockerHost);
    QFETCH(QString, tlsVerify);
    QFETCH(QString, certPath);
    QFETCH(QString, expectedUrl);
    QFETCH(QString, expectedHost);
    QFETCH(int, expectedPort);
    QFETCH(bool, expectedTls);
    QFETCH(bool, expectedVerify);
    QFETCH(QString, expectedCa);
    for (const QString& dir : {QStringLiteral("certs"), QStringLiteral(".docker")}) {
        for (const char* file : {"ca.pem", "cert.pem", "key.pem"}) {
            writeFile(dir + QLatin1Char('/') + QLatin1String(file), "pem");
        }
    }
    QMap<QString, QString> vars{{QStringLiteral("DOCKER_HOST"), dockerHost}};
    if (!tlsVerify.isEmpty()) {
        vars.insert(QStringLiteral("DOCKER_TLS_VERIFY"), tlsVerify);
    }
    if (!certPath.isEmpty()) {
        vars.insert(QStringLiteral("DOCKER_CERT_PATH"), m_home->filePath(certPath));
    }
    const Result<Endpoint> r = EndpointResolver::resolve({}, env(vars));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    QCOMPARE(r.value().kind, Endpoint::Kind::Tcp);
    QCOMPARE(r.value().source, Endpoint::Source::Environment);
    QCOMPARE(r.value().url, expectedUrl);
    QCOMPARE(r.value().host, expectedHost);
    QCOMPARE(r.value().port, expectedPort);
    QCOMPARE(r.value().tls, expectedTls);
    QCOMPARE(r.value().tlsVerify, expectedVerify);
    QCOMPARE(r.value().caFile, expectedCa.isEmpty() ? QString() : m_home->filePath(expectedCa));
    if (!expectedCa.isEmpty()) {
        QCOMPARE(r.value().keyFile, m_home->filePath(QFileInfo(expectedCa).path() + QStringLiteral("/key.pem")));
    }
}

// A configuration directory laid out as the docker CLI writes it, chosen through DOCKER_CONFIG.
void TestEndpoint::dockerConfigFixture()
{
    // ESCUT_SOURCE_DIR (set by CTest) rather than QFINDTESTDATA: __FILE__ is relative under ccache's base_dir.
    const QString root = qEnvironmentVariable("ESCUT_SOURCE_DIR");
    const QString configDir = root.isEmpty()
                                  ? QFileInfo(QFINDTESTDATA("../data/endpoint/docker-config/config.json")).path()
                                  : root + QStringLiteral("/tests/data/endpoint/docker-config");
    QVERIFY(QFileInfo::exists(configDir + QStringLiteral("/config.json")));
    const Result<Endpoint> r = EndpointResolver::resolve({}, env({{QStringLiteral("DOCKER_CONFIG"), configDir}}));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().fullText()));
    const Endpoint& e = r.value();
    QCOMPARE(e.source, Endpoint::Source::Context);
    QCOMPARE(e.contextName, QStringLiteral("staging"));
    QCOMPARE(e.host, QStringLiteral("staging.example.org"));
    QCOMPARE(e.port, 2376);
    QVERIFY(e.tls);
    QVERIFY(!e.tlsVerify); // SkipTLSVerify
    QVERIFY(e.caFile.startsWith(configDir + QStringLiteral("/contexts/tls/")));
    QVERIFY(e.certFile.endsWith(QLatin1String("/docker/cert.pem")));
    QVERIFY(QFileInfo::exists(e.keyFile));
    QVERIFY(e.displayName().contains(QLatin1String("staging")));

    // Paths only, never the material itself.
    const QByteArray json = QJsonDocument(e.toJson()).toJson();
    QVERIFY(json.contains(QFile::encodeName(e.keyFile)));
    QVERIFY(!json.contains("MATERIAL-MUST-NOT-LEAK"));
}

void TestEndpoint::errors_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("broken"); // "meta" (the context's meta.json) or "config" (config.json)
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("ssh with a password") << "ssh://me:secret@server"
                                         << ""
                                         << "" << int(Error::Code::InvalidArgument) << "no password";
    QTest::newRow("unknown scheme") << "ftp://x"
                                    << ""
                                    << "" << int(Error::Code::InvalidArgument) << "ftp://x";
    QTest::newRow("empty unix path") << "unix://"
                                     << ""
                                     << "" << int(Error::Code::InvalidArgument) << "unix://";
    QTest::newRow("unknown context") << ""
                                     << "nope"
                                     << "" << int(Error::Code::NotFound) << "docker context ls";
    QTest::newRow("unknown context names it") << ""
                                              << "nope"
                                              << "" << int(Error::Code::NotFound) << "'nope'";
    QTest::newRow("broken meta.json") << ""
                                      << "broken"
                                      << "meta" << int(Error::Code::ParseError) << "meta.json";
    QTest::newRow("broken config.json") << ""
                                        << ""
                                        << "config" << int(Error::Code::ParseError) << ".docker/config.json";
}

void TestEndpoint::errors()
{
    QFETCH(QString, host);
    QFETCH(QString, context);
    QFETCH(QString, broken);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    if (broken == QLatin1String("meta")) {
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(context.toUtf8(), QCryptographicHash::Sha256).toHex());
        writeFile(QStringLiteral(".docker/contexts/meta/%1/meta.json").arg(hash), "{not json");
    } else if (broken == QLatin1String("config")) {
        writeFile(QStringLiteral(".docker/config.json"), "{\"auths\": {},\n\"currentContext\": \"x\",,}");
    }
    const Result<Endpoint> r = EndpointResolver::resolve({host, context}, env({}));
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    if (broken == QLatin1String("config")) {
        QVERIFY(r.error().message.contains(m_home->filePath(QStringLiteral(".docker/config.json"))));
        // --host still works with a broken config.json, as with the docker CLI's -H.
        const Result<Endpoint> flag = EndpointResolver::resolve({QStringLiteral("unix:///tmp/x.sock"), {}}, env({}));
        QVERIFY(flag.ok());
    }
}

void TestEndpoint::jsonRoundTrip()
{
    Endpoint e;
    e.kind = Endpoint::Kind::Tcp;
    e.source = Endpoint::Source::Context;
    e.url = QStringLiteral("tcp://h:2376");
    e.host = QStringLiteral("h");
    e.port = 2376;
    e.tls = true;
    e.tlsVerify = true;
    e.caFile = QStringLiteral("/c/ca.pem");
    e.certFile = QStringLiteral("/c/cert.pem");
    e.keyFile = QStringLiteral("/c/key.pem");
    e.contextName = QStringLiteral("prod");
    const QJsonObject json = e.toJson();
    QCOMPARE(Endpoint::fromJson(json).toJson(), json);
    QCOMPARE(int(Endpoint::fromJson(json).source), int(Endpoint::Source::Context));
    QCOMPARE(Endpoint::fromJson(json).keyFile, e.keyFile);

    Endpoint local;
    local.kind = Endpoint::Kind::Unix;
    local.source = Endpoint::Source::Rootless;
    local.socketPath = QStringLiteral("/run/user/1000/docker.sock");
    local.url = QStringLiteral("unix:///run/user/1000/docker.sock");
    const Endpoint back = Endpoint::fromJson(local.toJson());
    QCOMPARE(back.toJson(), local.toJson());
    QCOMPARE(back.kind, Endpoint::Kind::Unix);
    QCOMPARE(back.source, Endpoint::Source::Rootless);
    QCOMPARE(back.socketPath, local.socketPath);
    QVERIFY(back.isLocal());
}

void TestEndpoint::sshUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("socket");
    QTest::addColumn<QString>("normalised"); // or, when invalid, a part of the message
    QTest::newRow("host only") << "ssh://server" << true << ""
                               << "server" << 0 << ""
                               << "ssh://server";
    QTest::newRow("user") << "ssh://me@server" << true << "me"
                          << "server" << 0 << ""
                          << "ssh://me@server";
    QTest::newRow("user and port") << "ssh://admin@10.0.0.7:2222" << true << "admin"
                                   << "10.0.0.7" << 2222 << ""
                                   << "ssh://admin@10.0.0.7:2222";
    QTest::newRow("IPv6") << "ssh://root@[fd00::1]:22" << true << "root"
                          << "fd00::1" << 22 << ""
                          << "ssh://root@[fd00::1]:22";
    QTest::newRow("IPv6 no port") << "ssh://[::1]" << true << ""
                                  << "::1" << 0 << ""
                                  << "ssh://[::1]";
    QTest::newRow("remote socket") << "ssh://me@server/run/user/1000/docker.sock" << true << "me"
                                   << "server" << 0 << "/run/user/1000/docker.sock"
                                   << "ssh://me@server/run/user/1000/docker.sock";
    QTest::newRow("trailing slash") << "ssh://me@server/" << true << "me"
                                    << "server" << 0 << ""
                                    << "ssh://me@server";
    QTest::newRow("spaces around") << "  ssh://me@server:22  " << true << "me"
                                   << "server" << 22 << ""
                                   << "ssh://me@server:22";
    QTest::newRow("no host") << "ssh://" << false << ""
                             << "" << 0 << ""
                             << "names no host";
    QTest::newRow("user, no host") << "ssh://me@" << false << ""
                                   << "" << 0 << ""
                                   << "names no host";
    QTest::newRow("empty user") << "ssh://@server" << false << ""
                                << "" << 0 << ""
                                << "user name";
    QTest::newRow("option as user") << "ssh://-oProxyCommand=x@server" << false << ""
                                    << "" << 0 << ""
                                    << "user name";
    QTest::newRow("bad port") << "ssh://me@server:99999" << false << ""
                              << "" << 0 << ""
                              << "not a valid URL";
    QTest::newRow("port not a number") << "ssh://me@server:ab" << false << ""
                                       << "" << 0 << ""
                                       << "not a valid URL";
    QTest::newRow("password") << "ssh://me:pw@server" << false << ""
                              << "" << 0 << ""
                              << "no password";
    QTest::newRow("empty password") << "ssh://me:@server" << false << ""
                                    << "" << 0 << ""
                                    << "no password";
    QTest::newRow("query") << "ssh://me@server?x=1" << false << ""
                           << "" << 0 << ""
                           << "no query";
    QTest::newRow("fragment") << "ssh://me@server#f" << false << ""
                              << "" << 0 << ""
                              << "no query";
}

void TestEndpoint::sshUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, socket);
    QFETCH(QString, normalised);
    const Result<Endpoint> r = EndpointResolver::fromHostUrl(url, env({}));
    if (!valid) {
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), int(Error::Code::InvalidArgument));
        QVERIFY2(r.error().message.contains(normalised), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("ssh://user@host")), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QLatin1String("secret")));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const Endpoint& e = r.value();
    QCOMPARE(e.kind, Endpoint::Kind::Ssh);
    QCOMPARE(e.user, user);
    QCOMPARE(e.host, host);
    QCOMPARE(e.port, port);
    QCOMPARE(e.socketPath, socket);
    QCOMPARE(e.url, normalised);
    QCOMPARE(e.displayName(), normalised);
    QVERIFY(!e.isLocal());
    QVERIFY(!e.tls);
}

void TestEndpoint::sshContextAndEnvironment()
{
    writeContext(QStringLiteral("fleet-a"), QStringLiteral("ssh://ops@a.example:2200"));
    const Result<Endpoint> fromContext = EndpointResolver::resolve({{}, QStringLiteral("fleet-a")}, env({}));
    QVERIFY2(fromContext.ok(), qPrintable(fromContext.ok() ? QString() : fromContext.error().message));
    QCOMPARE(fromContext.value().kind, Endpoint::Kind::Ssh);
    QCOMPARE(fromContext.value().source, Endpoint::Source::Context);
    QCOMPARE(fromContext.value().contextName, QStringLiteral("fleet-a"));
    QCOMPARE(fromContext.value().user, QStringLiteral("ops"));
    QCOMPARE(fromContext.value().port, 2200);
    QCOMPARE(fromContext.value().displayName(), QStringLiteral("ssh://ops@a.example:2200 (context fleet-a)"));
    // TLS material of a context or DOCKER_CERT_PATH means nothing to ssh.
    QVERIFY(!fromContext.value().tls);
    QVERIFY(fromContext.value().caFile.isEmpty());

    const Result<Endpoint> fromEnv =
        EndpointResolver::resolve({},
                                  env({{QStringLiteral("DOCKER_HOST"), QStringLiteral("ssh://me@b.example")},
                                       {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")}}));
    QVERIFY(fromEnv.ok());
    QCOMPARE(fromEnv.value().kind, Endpoint::Kind::Ssh);
    QCOMPARE(fromEnv.value().source, Endpoint::Source::Environment);
    QCOMPARE(fromEnv.value().host, QStringLiteral("b.example"));
    QVERIFY(!fromEnv.value().tls);
}

void TestEndpoint::sshJsonRoundTrip()
{
    const Result<Endpoint> r =
        EndpointResolver::fromHostUrl(QStringLiteral("ssh://admin@[fd00::7]:2222/var/run/docker.sock"), env({}));
    QVERIFY(r.ok());
    Endpoint e = r.value();
    e.source = Endpoint::Source::Flag;
    const QJsonObject json = e.toJson();
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("ssh"));
    QCOMPARE(json.value(QStringLiteral("user")).toString(), QStringLiteral("admin"));
    QVERIFY(!json.contains(QStringLiteral("caFile")));
    const Endpoint back = Endpoint::fromJson(json);
    QCOMPARE(back.toJson(), json);
    QCOMPARE(back.kind, Endpoint::Kind::Ssh);
    QCOMPARE(back.user, e.user);
    QCOMPARE(back.host, QStringLiteral("fd00::7"));
    QCOMPARE(back.port, 2222);
    QCOMPARE(back.socketPath, QStringLiteral("/var/run/docker.sock"));
    QCOMPARE(back.displayName(), QStringLiteral("ssh://admin@[fd00::7]:2222/var/run/docker.sock"));
    QVERIFY(!back.isLocal());
    // Without the url (older writers), the name is rebuilt from the parts.
    Endpoint bare = back;
    bare.url.clear();
    QCOMPARE(bare.displayName(), back.displayName());
}

void TestEndpoint::names()
{
    using S = Endpoint::Source;
    QSet<QString> seen;
    for (S source : {S::Flag, S::Environment, S::Context, S::Rootless, S::Default, S::Snapshot}) {
        const QString name = Endpoint::sourceName(source);
        QVERIFY(!name.isEmpty());
        seen.insert(name);
    }
    QCOMPARE(seen.size(), 6);

    Endpoint e;
    e.kind = Endpoint::Kind::Tcp;
    e.host = QStringLiteral("h");
    e.port = 2376;
    QCOMPARE(e.displayName(), QStringLiteral("tcp://h:2376"));
    e.contextName = QStringLiteral("prod");
    QVERIFY(e.displayName().contains(QLatin1String("prod")));
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "test_endpoint.moc"
