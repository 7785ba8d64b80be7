// SPDX-License-Identifier: GPL-3.0-or-later
// fix.run-command on the real dockerd: recreate a weak container hardened, and put the old one back when the
// hardened twin does not stay up.
#include "tests/common/TestUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using escut::test::runProcess;

class TestRunCommandRecreate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void recreatesHardened();
    void restoresTheOldContainerWhenTheNewOneFails();

private:
    QString inspect(const QString& name, const QString& format);
    QString m_tag;
};

void TestRunCommandRecreate::initTestCase()
{
    m_tag = QString::number(QCoreApplication::applicationPid());
}

void TestRunCommandRecreate::cleanupTestCase()
{
    escut::test::removeContainersLabelled(QStringLiteral("escut.test.run=") + m_tag);
}

QString TestRunCommandRecreate::inspect(const QString& name, const QString& format)
{
    return QString::fromUtf8(runProcess(QStringLiteral("docker"),
                                        {QStringLiteral("inspect"), QStringLiteral("--format"), format, name})
                                 .out)
        .trimmed();
}

void TestRunCommandRecreate::recreatesHardened()
{
    const QString name = QStringLiteral("escut-test-recreate-") + m_tag;
    const auto created = runProcess(QStringLiteral("docker"),
                                    {QStringLiteral("run"),
                                     QStringLiteral("-d"),
                                     QStringLiteral("--name"),
                                     name,
                                     QStringLiteral("--label"),
                                     QStringLiteral("escut.test=1"),
                                     QStringLiteral("--label"),
                                     QStringLiteral("escut.test.run=") + m_tag,
                                     QStringLiteral("-u"),
                                     QStringLiteral("0"),
                                     QStringLiteral("--cap-add"),
                                     QStringLiteral("SYS_ADMIN"),
                                     QStringLiteral("-e"),
                                     QStringLiteral("DB_PASSWORD=hunter2"),
                                     QStringLiteral("local/busybox:1"),
                                     QStringLiteral("sleep"),
                                     QStringLiteral("600")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    // sleep as PID 1 ignores SIGTERM: the daemon sends SIGKILL after the grace period, 1 s here (docker's default
    // is 10 s), which its own event times show.
    const QString id = inspect(name, QStringLiteral("{{.Id}}"));
    QVERIFY(!id.isEmpty());
    const QString oldId = id;
    const qint64 since = QDateTime::currentSecsSinceEpoch() - 1;
    const auto apply = runProcess(escut::test::cliPath(),
                                  {QStringLiteral("fix"),
                                   QStringLiteral("apply"),
                                   QStringLiteral("fix.run-command"),
                                   QStringLiteral("--container"),
                                   name,
                                   QStringLiteral("--stop-timeout"),
                                   QStringLiteral("1"),
                                   QStringLiteral("--yes")});
    QVERIFY2(apply.exitCode == 0, apply.err.constData());
    const double grace = escut::test::stopGraceSeconds(id, since);
    QVERIFY2(
        grace >= 0 && grace < 5,
        qPrintable(
            QStringLiteral("docker stop did not use the 1 s grace period: SIGKILL %1 s after SIGTERM").arg(grace)));
    QVERIFY(apply.out.contains("1 second"));
    QVERIFY2(!apply.out.contains("hunter2") && !apply.err.contains("hunter2"), "a secret value was printed");
    QCOMPARE(inspect(name,
                     QStringLiteral(
                         "{{.State.Running}} {{.Config.User}} {{.HostConfig.ReadonlyRootfs}} {{.HostConfig.CapDrop}}")),
             QStringLiteral("true 65534:65534 true [ALL]"));
    QVERIFY(inspect(name, QStringLiteral("{{.HostConfig.CapAdd}}")).contains(QLatin1String("[]")) ||
            !inspect(name, QStringLiteral("{{.HostConfig.CapAdd}}")).contains(QLatin1String("SYS_ADMIN")));
    QVERIFY(inspect(name, QStringLiteral("{{range .Config.Env}}{{.}} {{end}}"))
                .contains(QLatin1String("DB_PASSWORD=hunter2")));
    // The old container is kept, stopped, under another name.
    const auto old = runProcess(QStringLiteral("docker"),
                                {QStringLiteral("ps"),
                                 QStringLiteral("-a"),
                                 QStringLiteral("--filter"),
                                 QStringLiteral("name=") + name + QStringLiteral("-escut-old-"),
                                 QStringLiteral("--format"),
                                 QStringLiteral("{{.State}}")});
    QCOMPARE(old.out.trimmed(), QByteArray("exited"));

    // A transaction in the journal like every fix: rollback brings the old container back, running, by its name.
    const QRegularExpressionMatch tx =
        QRegularExpression(QStringLiteral("fix rollback (\\S+)")).match(QString::fromUtf8(apply.out));
    QVERIFY2(tx.hasMatch(), apply.out.constData());
    const QString newId = inspect(name, QStringLiteral("{{.Id}}"));
    const auto rollback =
        runProcess(escut::test::cliPath(), {QStringLiteral("fix"), QStringLiteral("rollback"), tx.captured(1)});
    QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
    QCOMPARE(inspect(name, QStringLiteral("{{.Id}}")), oldId);
    QCOMPARE(inspect(name, QStringLiteral("{{.State.Running}} {{.Config.User}}")), QStringLiteral("true 0"));
    const auto gone = runProcess(QStringLiteral("docker"), {QStringLiteral("inspect"), newId});
    QVERIFY(gone.exitCode != 0);
    const auto again =
        runProcess(escut::test::cliPath(), {QStringLiteral("fix"), QStringLiteral("rollback"), tx.captured(1)});
    QCOMPARE(again.exitCode, 2);
}

void TestRunCommandRecreate::restoresTheOldContainerWhenTheNewOneFails()
{
    // Writes to its root filesystem: the read-only, non-root twin cannot start.
    const QString name = QStringLiteral("escut-test-fragile-") + m_tag;
    const auto created = runProcess(QStringLiteral("docker"),
                                    {QStringLiteral("run"),
                                     QStringLiteral("-d"),
                                     QStringLiteral("--name"),
                                     name,
                                     QStringLiteral("--label"),
                                     QStringLiteral("escut.test=1"),
                                     QStringLiteral("--label"),
                                     QStringLiteral("escut.test.run=") + m_tag,
                                     QStringLiteral("-u"),
                                     QStringLiteral("0"),
                                     QStringLiteral("local/busybox:1"),
                                     QStringLiteral("sh"),
                                     QStringLiteral("-c"),
                                     QStringLiteral("touch /marker && sleep 600")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString oldId = inspect(name, QStringLiteral("{{.Id}}"));
    const auto apply = runProcess(escut::test::cliPath(),
                                  {QStringLiteral("fix"),
                                   QStringLiteral("apply"),
                                   QStringLiteral("fix.run-command"),
                                   QStringLiteral("--container"),
                                   name,
                                   QStringLiteral("--stop-timeout"),
                                   QStringLiteral("1"),
                                   QStringLiteral("--yes")});
    QCOMPARE(apply.exitCode, 2);
    QVERIFY2(apply.err.contains("old container is back"), apply.err.constData());
    QCOMPARE(inspect(name, QStringLiteral("{{.Id}}")), oldId);
    QTRY_COMPARE(inspect(name, QStringLiteral("{{.State.Running}}")), QStringLiteral("true"));
}

QTEST_GUILESS_MAIN(TestRunCommandRecreate)
#include "test_run_command.moc"
