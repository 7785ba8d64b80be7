// SPDX-License-Identifier: GPL-3.0-or-later
// escut-cli fix on a temporary root, as a student in a lab or an administrator would run it.
#include "tests/common/TestUtil.h"

#include "core/remediation/Remediation.h"

#include <QDateTime>
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
    void staleExpectedStateIsRefused();
    void composeHardenIsAFix();

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
    // The contract: id, time, fix ids and files.
    QVERIFY(!tx.value(QStringLiteral("id")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(tx.value(QStringLiteral("time")).toString(), Qt::ISODate).isValid());
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
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 7);
}

void TestCliFix::staleExpectedStateIsRefused()
{
    // What pkexec runs: --expect-state is the digest of the preview the user saw; a file changed since → refuse.
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("etc/docker")));
    const QString path = root.filePath(QStringLiteral("etc/docker/daemon.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"debug\": true}\n");
    f.close();
    escut::FixContext context;
    context.root = root.path();
    const QString digest = escut::Remediation::plan(QStringLiteral("fix.daemon-json"), context).value().stateDigest();
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray edited = "{\"debug\": true, \"data-root\": \"/srv\"}\n";
    f.write(edited);
    f.close();
    const QStringList apply{QStringLiteral("apply"),
                            QStringLiteral("fix.daemon-json"),
                            QStringLiteral("--root"),
                            root.path(),
                            QStringLiteral("--yes"),
                            QStringLiteral("--expect-state")};
    const auto refused = cli(apply + QStringList{digest});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("changed after the preview"), refused.err.constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), edited);
    f.close();
    const QString now = escut::Remediation::plan(QStringLiteral("fix.daemon-json"), context).value().stateDigest();
    const auto accepted = cli(apply + QStringList{now});
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
}

void TestCliFix::composeHardenIsAFix()
{
    QTemporaryDir project;
    const QString compose = project.filePath(QStringLiteral("docker-compose.yml"));
    QVERIFY(QFile::copy(escut::test::sourceDir() + QStringLiteral("/tests/data/compose/01-wordpress-v3.yml"), compose));
    QFile original(compose);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    const auto list = cli({QStringLiteral("list")});
    QVERIFY(list.out.contains("fix.compose-harden"));
    const auto apply = cli({QStringLiteral("apply"),
                            QStringLiteral("fix.compose-harden"),
                            QStringLiteral("--compose"),
                            compose,
                            QStringLiteral("--override"),
                            QStringLiteral("--cap-add"),
                            QStringLiteral("db=CHOWN"),
                            QStringLiteral("--cap-add"),
                            QStringLiteral("wordpress=NET_BIND_SERVICE"),
                            QStringLiteral("--yes")});
    QVERIFY2(apply.exitCode == 0, apply.err.constData());
    // Verification re-audits the merged pair: the compose checks the override addresses pass.
    QVERIFY2(apply.out.contains("[PASS]"), apply.out.constData());
    const QString override = project.filePath(QStringLiteral("docker-compose.escut.yml"));
    QFile out(override);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray text = out.readAll();
    out.close();
    QVERIFY(text.contains("CHOWN") && !text.contains("FOWNER"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    original.close();
    const QJsonArray journal =
        QJsonDocument::fromJson(
            cli({QStringLiteral("journal"), QStringLiteral("--format"), QStringLiteral("json")}).out)
            .array();
    QJsonObject tx;
    for (const QJsonValue& v : journal) {
        if (v.toObject().value(QStringLiteral("fixes")).toArray().contains(QStringLiteral("fix.compose-harden"))) {
            tx = v.toObject();
        }
    }
    QCOMPARE(tx.value(QStringLiteral("paths")).toArray().first().toString(), override);
    const auto rollback = cli({QStringLiteral("rollback"), tx.value(QStringLiteral("id")).toString()});
    QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
    QVERIFY(!QFile::exists(override));
    const auto bad = cli({QStringLiteral("preview"),
                          QStringLiteral("fix.compose-harden"),
                          QStringLiteral("--compose"),
                          compose,
                          QStringLiteral("--cap-add"),
                          QStringLiteral("CHOWN")});
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliFix)
#include "test_cli_fix.moc"
