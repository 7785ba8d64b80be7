// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remediation/RunCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace escut;

class TestRunCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weakContainerIsHardened();
    void hardenedRunscContainerKeepsItsSettings();
    void shellQuoting();
};

void TestRunCommand::weakContainerIsHardened()
{
    const QJsonObject inspect = QJsonDocument::fromJson(R"({
      "Name": "/ci-runner",
      "Config": {"User": "0", "Image": "local/busybox:1", "Cmd": ["sleep", "600"],
                 "Env": ["PATH=/usr/bin", "DB_PASSWORD=hunter2", "MODE=it's prod"]},
      "HostConfig": {"Privileged": true, "CapAdd": ["SYS_ADMIN", "CHOWN"], "NetworkMode": "host", "PidMode": "host",
                     "SecurityOpt": ["label=disable", "seccomp=unconfined"], "Memory": 0, "PidsLimit": null, "Runtime": "runc",
                     "PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}},
      "Mounts": [{"Type": "bind", "Source": "/var/run/docker.sock", "Destination": "/var/run/docker.sock", "RW": true},
                 {"Type": "volume", "Name": "data", "Source": "/var/lib/docker/volumes/data/_data", "Destination": "/data", "RW": true}]
    })")
                                    .object();
    const HardenedRun run = RunCommand::harden(inspect);
    for (const char* expected : {"--user 65534:65534",
                                 "--cap-drop ALL",
                                 "--cap-add CHOWN",
                                 "--cap-add NET_BIND_SERVICE",
                                 "--security-opt no-new-privileges",
                                 "--read-only",
                                 "--memory 512m",
                                 "--pids-limit 200",
                                 "--restart on-failure:5",
                                 "-p 127.0.0.1:8080:80/tcp",
                                 "-v data:/data",
                                 "-e DB_PASSWORD ",
                                 "-e 'MODE=it'\\''s prod'",
                                 "local/busybox:1 sleep 600"}) {
        QVERIFY2(run.dockerRun.contains(QLatin1String(expected)), expected);
    }
    for (const char* absent :
         {"SYS_ADMIN", "docker.sock", "hunter2", "unconfined", "--privileged", "--network host", "PATH=",
          "label=disable"}) { // dockerd added label=disable itself, for --pid host and --privileged
        QVERIFY2(!run.dockerRun.contains(QLatin1String(absent)), absent);
        QVERIFY2(!run.composeService.contains(absent), absent);
    }
    QVERIFY(run.composeService.contains("\"127.0.0.1:8080:80/tcp\""));
    QVERIFY(run.composeService.contains("- \"600\""));
    const QString warnings = run.warnings.join(QLatin1Char('\n'));
    QVERIFY(warnings.contains(QLatin1String("SYS_ADMIN")));
    QVERIFY(warnings.contains(QLatin1String("docker.sock")));
    QVERIFY(warnings.contains(QLatin1String("DB_PASSWORD")));
    QVERIFY(warnings.contains(QLatin1String("host network")));
    QVERIFY(!warnings.contains(QLatin1String("hunter2")));
}

void TestRunCommand::hardenedRunscContainerKeepsItsSettings()
{
    QFile f(QStringLiteral("%1/tests/data/fixtures/runtimes/inspect-container-runsc-hardened-created.json")
                .arg(qEnvironmentVariable("ESCUT_SOURCE_DIR")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject inspect = QJsonDocument::fromJson(f.readAll()).array().first().toObject();
    const HardenedRun run = RunCommand::harden(inspect);
    QVERIFY(run.dockerRun.contains(QLatin1String("--runtime runsc")));
    QVERIFY(run.dockerRun.contains(QLatin1String("--user 65534:65534")));
    QVERIFY(!run.warnings.join(QLatin1Char(' ')).contains(QLatin1String("root")));
}

void TestRunCommand::shellQuoting()
{
    QCOMPARE(RunCommand::shellQuote(QStringLiteral("plain-word_1.0")), QStringLiteral("plain-word_1.0"));
    QCOMPARE(RunCommand::shellQuote(QStringLiteral("a b")), QStringLiteral("'a b'"));
    QCOMPARE(RunCommand::shellQuote(QStringLiteral("$(rm -rf /)")), QStringLiteral("'$(rm -rf /)'"));
    QCOMPARE(RunCommand::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
}

QTEST_GUILESS_MAIN(TestRunCommand)
#include "test_runcommand.moc"
