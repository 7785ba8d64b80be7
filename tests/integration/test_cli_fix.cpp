// SPDX-License-Identifier: GPL-3.0-or-later
// escut-cli fix on a temporary root, as a student in a lab or an administrator would run it.
#include "tests/common/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using escut::test::runProcess;

class TestCliFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void applyAndRollbackByteIdentical();
    void invalidDaemonJsonIsRefused();
    void noTerminalNeedsYes();
    void unknownFixAndTransaction();

private:
    escut::test::ProcessResult cli(const QStringList& args);
    QTemporaryDir m_state;
    QTemporaryDir m_root;
};

void TestCliFix::initTestCase()
{
    qputenv("ESCUT_STATE_DIR", m_state.path().toUtf8());
    QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("etc/docker")));
}

escut::test::ProcessResult TestCliFix::cli(const QStringList& args)
{
    return runProcess(escut::test::cliPath(), QStringList{QStringLiteral("fix")} + args);
}

void TestCliFix::applyAndRollbackByteIdentical()
{
    const QString path = m_root.filePath(QStringLiteral("etc/docker/daemon.json"));
    const QByteArray original = "{\n  \"debug\": true,\n  \"data-root\": \"/srv/docker\"\n}\n";
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(original);
    f.close();

    const auto preview =
        cli({QStringLiteral("preview"), QStringLiteral("fix.daemon-json"), QStringLiteral("--root"), m_root.path()});
    QCOMPARE(preview.exitCode, 0);
    QVERIFY(preview.out.contains("+  \"icc\": false,"));
    QVERIFY(preview.out.contains("-  \"debug\": true,"));

    const auto apply = cli({QStringLiteral("apply"),
                            QStringLiteral("fix.daemon-json"),
                            QStringLiteral("--root"),
                            m_root.path(),
                            QStringLiteral("--yes")});
    QVERIFY2(apply.exitCode == 0, apply.err.constData());
    QVERIFY(apply.out.contains("[PASS]"));
    QVERIFY(!apply.out.contains("[FAIL]"));

    const auto journal = cli({QStringLiteral("journal"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(journal.exitCode, 0);
    const QJsonArray transactions = QJsonDocument::fromJson(journal.out).array();
    QCOMPARE(transactions.size(), 1);
    const QJsonObject tx = transactions.first().toObject();
    QCOMPARE(tx.value(QStringLiteral("fixes")).toArray().first().toString(), QStringLiteral("fix.daemon-json"));
    QCOMPARE(tx.value(QStringLiteral("paths")).toArray().first().toString(), QStringLiteral("/etc/docker/daemon.json"));

    const auto rollback = cli({QStringLiteral("rollback"), tx.value(QStringLiteral("id")).toString()});
    QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), original);
}

void TestCliFix::invalidDaemonJsonIsRefused()
{
    QTemporaryDir root;
    QDir(root.path()).mkpath(QStringLiteral("etc/docker"));
    QFile f(root.filePath(QStringLiteral("etc/docker/daemon.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ \"debug\": true, // off later\n}");
    f.close();
    const auto r = cli({QStringLiteral("apply"),
                        QStringLiteral("fix.daemon-json"),
                        QStringLiteral("--root"),
                        root.path(),
                        QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("untouched"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{ \"debug\": true, // off later\n}"));
}

void TestCliFix::noTerminalNeedsYes()
{
    QTemporaryDir root;
    const auto r = cli({QStringLiteral("apply"),
                        QStringLiteral("fix.content-trust-env"),
                        QStringLiteral("--root"),
                        root.path(),
                        QStringLiteral("--shell-file"),
                        QStringLiteral("/profile")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--yes"));
    QVERIFY(!QFile::exists(root.filePath(QStringLiteral("profile"))));
}

void TestCliFix::unknownFixAndTransaction()
{
    const auto fix = cli({QStringLiteral("preview"), QStringLiteral("fix.nope")});
    QCOMPARE(fix.exitCode, 2);
    QVERIFY(fix.err.contains("fix.daemon-json"));
    const auto tx = cli({QStringLiteral("rollback"), QStringLiteral("../../etc")});
    QCOMPARE(tx.exitCode, 2);
    const auto list = cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 6);
}

QTEST_GUILESS_MAIN(TestCliFix)
#include "test_cli_fix.moc"
