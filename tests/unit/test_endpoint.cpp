// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/docker/Endpoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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
    void errors_data();
    void errors();
    void jsonRoundTrip();

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
        expectedUrl = QStringLiteral("unix://") + runtime.filePath(QStringLiteral("docker.sock"));
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
}

void TestEndpoint::errors_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("context");
    QTest::addColumn<bool>("brokenConfig");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("ssh") << "ssh://me@server"
                         << "" << false << int(Error::Code::InvalidArgument) << "ssh://";
    QTest::newRow("unknown scheme") << "ftp://x"
                                    << "" << false << int(Error::Code::InvalidArgument) << "ftp://x";
    QTest::newRow("unknown context") << ""
                                     << "nope" << false << int(Error::Code::NotFound) << "docker context ls";
    QTest::newRow("broken meta.json") << ""
                                      << "broken" << true << int(Error::Code::ParseError) << "meta.json";
}

void TestEndpoint::errors()
{
    QFETCH(QString, host);
    QFETCH(QString, context);
    QFETCH(bool, brokenConfig);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    if (brokenConfig) {
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(context.toUtf8(), QCryptographicHash::Sha256).toHex());
        writeFile(QStringLiteral(".docker/contexts/meta/%1/meta.json").arg(hash), "{not json");
    }
    const Result<Endpoint> r = EndpointResolver::resolve({host, context}, env({}));
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
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
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "test_endpoint.moc"
