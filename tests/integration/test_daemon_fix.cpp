// SPDX-License-Identifier: GPL-3.0-or-later
// fix.daemon-json against a real, private dockerd: apply, restart, see the checks pass; roll back, restart, see them
// fail again. The private daemon has its own config file, socket, data and exec roots and network namespace, so the
// shared daemon of the machine is never touched.
#include "tests/common/PrivateDockerd.h"
#include "tests/common/TestUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using escut::test::runProcess;

class TestDaemonFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void applyRestartRollback();

private:
    bool startDaemon();
    void stopDaemon();
    QJsonObject statuses();
    escut::test::PrivateDockerd m_daemon{QStringLiteral("dfix")};
    QString m_dir;
    QString m_socket;
};

void TestDaemonFix::initTestCase()
{
    if (::geteuid() != 0) {
        QSKIP("starting a private dockerd needs root (scripts/escut test runs as root in CI)");
    }
    m_dir = m_daemon.dir();
    m_socket = m_daemon.socket();
    QVERIFY2(m_daemon.start("{\n  \"debug\": false\n}\n"), m_daemon.log().constData());
    qputenv("ESCUT_STATE_DIR", (m_dir + QStringLiteral("/state")).toUtf8());
}

void TestDaemonFix::cleanupTestCase()
{
    stopDaemon(); // the rest goes with m_daemon
}

bool TestDaemonFix::startDaemon()
{
    return m_daemon.restart();
}

void TestDaemonFix::stopDaemon()
{
    m_daemon.stop();
}

// {check id: status} of the daemon checks as audited through the private daemon's socket.
QJsonObject TestDaemonFix::statuses()
{
    const auto audit = runProcess(escut::test::cliPath(),
                                  {QStringLiteral("audit"),
                                   QStringLiteral("--host"),
                                   QStringLiteral("unix://") + m_socket,
                                   QStringLiteral("--only"),
                                   QStringLiteral("daemon"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("json"),
                                   QStringLiteral("--fail-on"),
                                   QStringLiteral("none")});
    QJsonObject out;
    for (const QJsonValue& f :
         QJsonDocument::fromJson(audit.out).object().value(QStringLiteral("findings")).toArray()) {
        out.insert(f.toObject().value(QStringLiteral("id")).toString(), f.toObject().value(QStringLiteral("status")));
    }
    return out;
}

void TestDaemonFix::applyRestartRollback()
{
    QJsonObject before = statuses();
    QCOMPARE(before.value(QStringLiteral("daemon.icc-off")).toString(), QStringLiteral("fail")); // the bridge's option
    QCOMPARE(before.value(QStringLiteral("daemon.live-restore")).toString(), QStringLiteral("fail")); // from /info
    QCOMPARE(before.value(QStringLiteral("daemon.no-new-privileges")).toString(), QStringLiteral("fail"));
    QCOMPARE(before.value(QStringLiteral("daemon.userland-proxy-off")).toString(), QStringLiteral("fail"));

    const auto apply = runProcess(escut::test::cliPath(),
                                  {QStringLiteral("fix"),
                                   QStringLiteral("apply"),
                                   QStringLiteral("fix.daemon-json"),
                                   QStringLiteral("--host"),
                                   QStringLiteral("unix://") + m_socket,
                                   QStringLiteral("--yes")});
    QVERIFY2(apply.exitCode == 0, apply.err.constData());
    QVERIFY2(apply.out.contains(m_dir.toUtf8() + "/daemon.json"), "the fix edits the private daemon's --config-file");

    stopDaemon();
    QVERIFY2(startDaemon(), "dockerd did not start again with the fixed daemon.json");
    const QJsonObject fixed = statuses();
    QCOMPARE(fixed.value(QStringLiteral("daemon.icc-off")).toString(), QStringLiteral("pass"));
    QCOMPARE(fixed.value(QStringLiteral("daemon.live-restore")).toString(), QStringLiteral("pass"));
    QCOMPARE(fixed.value(QStringLiteral("daemon.no-new-privileges")).toString(), QStringLiteral("pass"));
    QCOMPARE(fixed.value(QStringLiteral("daemon.userland-proxy-off")).toString(), QStringLiteral("pass"));
    QCOMPARE(fixed.value(QStringLiteral("daemon.config-valid")).toString(), QStringLiteral("pass"));

    const auto journal = runProcess(
        escut::test::cliPath(),
        {QStringLiteral("fix"), QStringLiteral("journal"), QStringLiteral("--format"), QStringLiteral("json")});
    const QString tx =
        QJsonDocument::fromJson(journal.out).array().last().toObject().value(QStringLiteral("id")).toString();
    const auto rollback = runProcess(escut::test::cliPath(), {QStringLiteral("fix"), QStringLiteral("rollback"), tx});
    QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
    stopDaemon();
    QVERIFY(startDaemon());
    const QJsonObject after = statuses();
    QCOMPARE(after.value(QStringLiteral("daemon.icc-off")).toString(), QStringLiteral("fail"));
    QCOMPARE(after.value(QStringLiteral("daemon.live-restore")).toString(), QStringLiteral("fail"));
    QCOMPARE(after.value(QStringLiteral("daemon.no-new-privileges")).toString(), QStringLiteral("fail"));
    QCOMPARE(after.value(QStringLiteral("daemon.userland-proxy-off")).toString(), QStringLiteral("fail"));
    QFile config(m_dir + QStringLiteral("/daemon.json"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QCOMPARE(config.readAll(), QByteArray("{\n  \"debug\": false\n}\n"));
}

QTEST_GUILESS_MAIN(TestDaemonFix)
#include "test_daemon_fix.moc"
