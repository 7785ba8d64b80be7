// SPDX-License-Identifier: GPL-3.0-or-later
// The CIS Docker Benchmark v1.6.0 checks that need a real daemon (issue 20), through the real escut-cli on a private
// dockerd (PrivateDockerd: its own socket, data root and network namespace, so the shared daemon never joins a swarm):
// a single-node `docker swarm init` and `swarm leave --force` (5.1, 7.1, 7.2, 7.3, 7.5, 7.7, 7.8), `--device` (5.18), a
// bind mount with shared propagation (5.20), a privileged host port (5.8) and the default bridge (5.30); a process
// named sshd (5.7), seen in /proc by the CLI and through the daemon's /top by the core; and `audit --benchmark
// cis-1.6.0` in text and dbs-json.
#include "tests/common/PrivateDockerd.h"
#include "tests/common/TestUtil.h"

#include "core/docker/DockerClient.h"
#include "core/docker/Endpoint.h"
#include "core/facts/ContainerProcesses.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using escut::test::runProcess;

class TestCisDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void containers();
    void swarm();
    void sshd();
    void benchmarkFormats();

private:
    [[nodiscard]] escut::test::ProcessResult docker(const QStringList& args, int timeoutMs = 120000) const;
    // escut-cli audit --format json of the private daemon: finding id → subject name → status.
    [[nodiscard]] QHash<QString, QHash<QString, QString>> audit(const QString& only);

    escut::test::PrivateDockerd m_daemon{QStringLiteral("cis")};
    QTemporaryDir m_shared{QStringLiteral("/tmp/escut-cis-shared-XXXXXX")};
    bool m_mounted = false;
};

escut::test::ProcessResult TestCisDaemon::docker(const QStringList& args, int timeoutMs) const
{
    return runProcess(QStringLiteral("docker"), QStringList{QStringLiteral("-H"), m_daemon.host()} + args, timeoutMs);
}

QHash<QString, QHash<QString, QString>> TestCisDaemon::audit(const QString& only)
{
    const escut::test::ProcessResult r = runProcess(escut::test::cliPath(),
                                                    {QStringLiteral("audit"),
                                                     QStringLiteral("--host"),
                                                     m_daemon.host(),
                                                     QStringLiteral("--only"),
                                                     only,
                                                     QStringLiteral("--format"),
                                                     QStringLiteral("json"),
                                                     QStringLiteral("--fail-on"),
                                                     QStringLiteral("none"),
                                                     QStringLiteral("--no-history"),
                                                     QStringLiteral("--no-scan")});
    QHash<QString, QHash<QString, QString>> out;
    if (r.exitCode != 0) {
        qWarning("escut-cli audit: exit %d: %s", r.exitCode, r.err.constData());
        return out;
    }
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    for (const QString& key : {QStringLiteral("findings"), QStringLiteral("skipped")}) {
        for (const QJsonValue& v : report.value(key).toArray()) {
            const QJsonObject f = v.toObject();
            const QJsonValue subject = f.value(QStringLiteral("subject"));
            const QString name =
                subject.isObject() ? subject.toObject().value(QStringLiteral("name")).toString() : subject.toString();
            out[f.value(QStringLiteral("id")).toString()][name] = f.value(QStringLiteral("status")).toString();
        }
    }
    return out;
}

void TestCisDaemon::initTestCase()
{
    if (::geteuid() != 0) {
        QFAIL("the test starts a dockerd of its own and mounts a shared directory, which needs root (scripts/escut "
              "test runs as root)");
    }
    QVERIFY(!escut::test::cliPath().isEmpty());
    QVERIFY2(m_daemon.start(), m_daemon.log().constData());
    QString error;
    QVERIFY2(m_daemon.copyImage(QStringLiteral("local/busybox:1"), &error), qPrintable(error));
    // A bind mount with shared propagation needs a shared mount at its source: a directory of the test's own,
    // bind-mounted onto itself and made shared (undone in cleanupTestCase).
    QVERIFY(m_shared.isValid());
    QCOMPARE(runProcess(QStringLiteral("mount"), {QStringLiteral("--bind"), m_shared.path(), m_shared.path()}).exitCode,
             0);
    m_mounted = true;
    QCOMPARE(runProcess(QStringLiteral("mount"), {QStringLiteral("--make-shared"), m_shared.path()}).exitCode, 0);
}

void TestCisDaemon::cleanupTestCase()
{
    (void)docker({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force")});
    const QStringList ids =
        escut::test::listOutput(QStringLiteral("docker"),
                                {QStringLiteral("-H"), m_daemon.host(), QStringLiteral("ps"), QStringLiteral("-aq")});
    if (!ids.isEmpty() && !escut::test::listingFailed(ids)) {
        (void)docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids);
    }
    if (m_mounted) {
        runProcess(QStringLiteral("umount"), {m_shared.path()});
    }
}

void TestCisDaemon::containers()
{
    const QString image = QStringLiteral("local/busybox:1");
    const auto create = [&](const QString& name, const QStringList& options) {
        const escut::test::ProcessResult r =
            docker(QStringList{QStringLiteral("create"), QStringLiteral("--name"), name} + options +
                   QStringList{image, QStringLiteral("sleep"), QStringLiteral("600")});
        return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
    };
    QString error = create(QStringLiteral("cis-plain"), {QStringLiteral("--network"), QStringLiteral("none")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error =
        create(QStringLiteral("cis-device"), {QStringLiteral("--device"), QStringLiteral("/dev/null:/dev/xnull:r")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = create(QStringLiteral("cis-shared"),
                   {QStringLiteral("--mount"),
                    QStringLiteral("type=bind,src=%1,dst=/m,bind-propagation=rshared").arg(m_shared.path())});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = create(QStringLiteral("cis-port80"), {QStringLiteral("-p"), QStringLiteral("127.0.0.1:80:80")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Started, so that the daemon applies what was asked: a device or a mount it cannot give fails here.
    for (const char* name : {"cis-device", "cis-shared", "cis-port80"}) {
        const escut::test::ProcessResult r = docker({QStringLiteral("start"), QLatin1String(name)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    const auto findings = audit(QStringLiteral("container"));
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.value(QStringLiteral("container.devices")).value(QStringLiteral("cis-device")),
             QStringLiteral("warn"));
    QCOMPARE(findings.value(QStringLiteral("container.devices")).value(QStringLiteral("cis-plain")),
             QStringLiteral("pass"));
    QCOMPARE(findings.value(QStringLiteral("container.mount-propagation")).value(QStringLiteral("cis-shared")),
             QStringLiteral("fail"));
    QCOMPARE(findings.value(QStringLiteral("container.mount-propagation")).value(QStringLiteral("cis-plain")),
             QStringLiteral("pass"));
    QCOMPARE(findings.value(QStringLiteral("container.privileged-ports")).value(QStringLiteral("cis-port80")),
             QStringLiteral("warn"));
    QCOMPARE(findings.value(QStringLiteral("container.ports-bind")).value(QStringLiteral("cis-port80")),
             QStringLiteral("pass"));
    QCOMPARE(findings.value(QStringLiteral("container.published-ports")).value(QStringLiteral("cis-port80")),
             QStringLiteral("info"));
    QCOMPARE(findings.value(QStringLiteral("container.default-bridge")).value(QStringLiteral("cis-port80")),
             QStringLiteral("warn"));
    QCOMPARE(findings.value(QStringLiteral("container.default-bridge")).value(QStringLiteral("cis-plain")),
             QStringLiteral("pass"));
}

void TestCisDaemon::swarm()
{
    // Outside a swarm: 5.1 passes and section 7 is skipped with the reason.
    auto findings = audit(QStringLiteral("daemon"));
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-mode")).value(QStringLiteral("daemon")),
             QStringLiteral("pass"));
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-autolock")).value(QStringLiteral("daemon")),
             QStringLiteral("skipped"));

    // The private daemon's network namespace has lo and its own docker0: advertise on loopback.
    escut::test::ProcessResult r = docker({QStringLiteral("swarm"),
                                           QStringLiteral("init"),
                                           QStringLiteral("--advertise-addr"),
                                           QStringLiteral("127.0.0.1")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    findings = audit(QStringLiteral("daemon"));
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-mode")).value(QStringLiteral("daemon")),
             QStringLiteral("warn"));
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-managers")).value(QStringLiteral("daemon")),
             QStringLiteral("pass"));
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-autolock")).value(QStringLiteral("daemon")),
             QStringLiteral("fail"));
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-cert-rotation")).value(QStringLiteral("daemon")),
             QStringLiteral("pass")); // the default expiry is 90 days
    // swarm init made the root CA a moment ago (docker info: Swarm.Cluster.TLSInfo.TrustRoot).
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-ca-rotation")).value(QStringLiteral("daemon")),
             QStringLiteral("pass"));
    // Without --listen-addr the manager listens on 0.0.0.0:2377 (seen in the daemon's network namespace).
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-listen-address")).value(QStringLiteral("daemon")),
             QStringLiteral("warn"));
    // swarm init creates the ingress overlay network, not encrypted.
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-overlay-encrypted")).value(QStringLiteral("daemon")),
             QStringLiteral("fail"));

    r = docker({QStringLiteral("swarm"),
                QStringLiteral("update"),
                QStringLiteral("--autolock=true"),
                QStringLiteral("--cert-expiry"),
                QStringLiteral("8760h")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    findings = audit(QStringLiteral("daemon"));
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-autolock")).value(QStringLiteral("daemon")),
             QStringLiteral("pass"));
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-cert-rotation")).value(QStringLiteral("daemon")),
             QStringLiteral("warn"));

    r = docker({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    findings = audit(QStringLiteral("daemon"));
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-mode")).value(QStringLiteral("daemon")),
             QStringLiteral("pass"));

    // 7.2 with --listen-addr on one interface, on a port of its own.
    r = docker({QStringLiteral("swarm"),
                QStringLiteral("init"),
                QStringLiteral("--advertise-addr"),
                QStringLiteral("127.0.0.1:4567"),
                QStringLiteral("--listen-addr"),
                QStringLiteral("127.0.0.1:4567")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    findings = audit(QStringLiteral("daemon"));
    QCOMPARE(findings.value(QStringLiteral("daemon.swarm-listen-address")).value(QStringLiteral("daemon")),
             QStringLiteral("pass"));
    r = docker({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCisDaemon::sshd()
{
    // A real process called sshd: the host's coreutils sleep mounted as /usr/sbin/sshd (busybox dispatches on its
    // argv[0] and has no sshd applet), with the libraries it needs.
    const QStringList mounts{QStringLiteral("-v"),
                             QStringLiteral("/usr/lib/x86_64-linux-gnu:/lib/x86_64-linux-gnu:ro"),
                             QStringLiteral("-v"),
                             QStringLiteral("/lib64/ld-linux-x86-64.so.2:/lib64/ld-linux-x86-64.so.2:ro"),
                             QStringLiteral("-v"),
                             QStringLiteral("/usr/bin/sleep:/usr/sbin/sshd:ro")};
    if (!QFile::exists(QStringLiteral("/lib64/ld-linux-x86-64.so.2")) ||
        !QFile::exists(QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6"))) {
        QSKIP("needs an x86-64 Debian or Ubuntu host (coreutils' sleep and its libraries are mounted into busybox)");
    }
    escut::test::ProcessResult r =
        docker(QStringList{QStringLiteral("run"),
                           QStringLiteral("-d"),
                           QStringLiteral("--name"),
                           QStringLiteral("cis-sshd"),
                           QStringLiteral("--network"),
                           QStringLiteral("none")} +
               mounts +
               QStringList{QStringLiteral("local/busybox:1"), QStringLiteral("/usr/sbin/sshd"), QStringLiteral("600")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = docker({QStringLiteral("run"),
                QStringLiteral("-d"),
                QStringLiteral("--name"),
                QStringLiteral("cis-nosshd"),
                QStringLiteral("--network"),
                QStringLiteral("none"),
                QStringLiteral("local/busybox:1"),
                QStringLiteral("sleep"),
                QStringLiteral("600")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // The CLI on a local socket whose daemon it sees in /proc.
    const auto findings = audit(QStringLiteral("container"));
    QCOMPARE(findings.value(QStringLiteral("container.sshd")).value(QStringLiteral("cis-sshd")),
             QStringLiteral("fail"));
    QCOMPARE(findings.value(QStringLiteral("container.sshd")).value(QStringLiteral("cis-nosshd")),
             QStringLiteral("pass"));
    QCOMPARE(findings.value(QStringLiteral("container.sshd")).value(QStringLiteral("cis-plain")),
             QStringLiteral("skipped")); // created, never started

    // The daemon's /top, the way for remote endpoints, gives the same programs.
    const escut::Result<escut::Endpoint> endpoint =
        escut::EndpointResolver::fromHostUrl(m_daemon.host(), escut::ResolverEnvironment::system());
    QVERIFY(endpoint.ok());
    escut::DockerClient client(endpoint.value());
    QVERIFY(client.negotiate().ok());
    const escut::ContainerProcessFact top = escut::ContainerProcesses::fromTop(client, QStringLiteral("cis-sshd"));
    QVERIFY2(top.error.isEmpty(), qPrintable(top.error));
    QCOMPARE(top.programs, QStringList{QStringLiteral("sshd")});
    const escut::ContainerProcessFact plain = escut::ContainerProcesses::fromTop(client, QStringLiteral("cis-nosshd"));
    QCOMPARE(plain.programs, QStringList{QStringLiteral("sleep")});
}

void TestCisDaemon::benchmarkFormats()
{
    const QStringList common{QStringLiteral("audit"),
                             QStringLiteral("--host"),
                             m_daemon.host(),
                             QStringLiteral("--fail-on"),
                             QStringLiteral("none"),
                             QStringLiteral("--no-history"),
                             QStringLiteral("--no-scan"),
                             QStringLiteral("--lang"),
                             QStringLiteral("en")};
    escut::test::ProcessResult r = runProcess(escut::test::cliPath(),
                                              common + QStringList{QStringLiteral("--benchmark"),
                                                                   QStringLiteral("cis-1.6.0"),
                                                                   QStringLiteral("--include"),
                                                                   QStringLiteral("5"),
                                                                   QStringLiteral("--exclude"),
                                                                   QStringLiteral("5.7,5.23")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QLatin1String("[INFO] 5 - Container Runtime")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("[WARN] 5.18 - Ensure that host devices are not directly exposed to "
                                        "containers (Manual)")));
    QVERIFY(text.contains(QLatin1String("cis-device: ")));
    QVERIFY(!text.contains(QLatin1String("] 5.7 - ")));
    QVERIFY(!text.contains(QLatin1String("] 2.")));

    r = runProcess(escut::test::cliPath(),
                   common + QStringList{QStringLiteral("--format"), QStringLiteral("dbs-json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject log = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(log.value(QStringLiteral("dockerbenchsecurity")).toString(), QStringLiteral("1.6.0"));
    QCOMPARE(log.value(QStringLiteral("checks")).toInt(), 117);
    QCOMPARE(log.value(QStringLiteral("tests")).toArray().size(), 7);
    QVERIFY(log.value(QStringLiteral("end")).toInteger() >= log.value(QStringLiteral("start")).toInteger());

    // Mistakes are refused before anything is collected.
    for (const QStringList& wrong : {QStringList{QStringLiteral("--benchmark"), QStringLiteral("cis-1.5.0")},
                                     QStringList{QStringLiteral("--include"), QStringLiteral("5.1")},
                                     QStringList{QStringLiteral("--benchmark"),
                                                 QStringLiteral("cis-1.6.0"),
                                                 QStringLiteral("--include"),
                                                 QStringLiteral("5.33")},
                                     QStringList{QStringLiteral("--benchmark"),
                                                 QStringLiteral("cis-1.6.0"),
                                                 QStringLiteral("--format"),
                                                 QStringLiteral("sarif")}}) {
        r = runProcess(escut::test::cliPath(), common + wrong);
        QVERIFY2(r.exitCode == 2, qPrintable(wrong.join(u' ')));
        QVERIFY(r.out.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCisDaemon)
#include "test_cis_daemon.moc"
