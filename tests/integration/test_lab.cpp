// SPDX-License-Identifier: GPL-3.0-or-later
// Every lab scenario on the real dockerd: start → its goals fail; the reference solution → they pass;
// reset → nothing labelled escut.lab=<id> remains (asked through the API, not through the engine).
#include "tests/common/LabFlow.h"
#include "tests/common/TestUtil.h"

#include "core/checks/Catalogue.h"
#include "core/lab/LabEngine.h"
#include "core/lab/LabProgress.h"
#include "core/lab/Scenario.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;
using escut::test::runProcess;

class TestLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scenario_data();
    void scenario();
    void cliFlow();
    void resetLeavesOthersAlone();

private:
    QTemporaryDir m_state;
};

void TestLab::initTestCase()
{
    qputenv("ESCUT_STATE_DIR", m_state.path().toUtf8());
    // Apart from other runs of the lab tests on the shared daemon.
    qputenv("ESCUT_LAB_INSTANCE", QByteArray::number(QCoreApplication::applicationPid()));
    if (runProcess(QStringLiteral("docker"), {QStringLiteral("version")}).exitCode != 0) {
        QSKIP("no Docker daemon");
    }
}

void TestLab::cleanupTestCase()
{
    LabEngine engine;
    (void)engine.resetAll();
}

void TestLab::scenario_data()
{
    QTest::addColumn<QString>("id");
    const Result<QList<Scenario>> all = ScenarioLibrary::builtIn();
    QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(all.error().fullText()));
    for (const Scenario& s : all.value()) {
        QTest::newRow(qPrintable(s.id)) << s.id;
    }
}

void TestLab::scenario()
{
    QFETCH(QString, id);
    const Result<Scenario> found = ScenarioLibrary::find(id);
    QVERIFY(found.ok());
    const Scenario& s = found.value(); // a goal on an unknown check is a load error (unit_labscenarios)
    LabEngine engine;
    const Result<QString> blocker = engine.blocker(s);
    QVERIFY2(blocker.ok(), blocker.ok() ? "" : qPrintable(blocker.error().fullText()));
    if (!blocker.value().isEmpty()) {
        // runtime-gvisor also runs on a private dockerd with runsc registered: tests/integration/test_lab_runtime.cpp
        QSKIP(qPrintable(blocker.value()));
    }

    escut::test::LabTimings t;
    const QString failure = escut::test::runLabFlow(engine, s, t);
    (void)engine.reset(id); // after a failure too
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    qInfo("lab %s: start %lld ms, check %lld ms, solution %lld ms, reset %lld ms",
          qPrintable(id),
          t.startMs,
          t.checkMs,
          t.solveMs,
          t.resetMs);
}

void TestLab::cliFlow()
{
    const auto cli = [](const QStringList& args) {
        return runProcess(escut::test::cliPath(), QStringList{QStringLiteral("lab")} + args);
    };
    const auto list = cli({QStringLiteral("list"),
                           QStringLiteral("--format"),
                           QStringLiteral("json"),
                           QStringLiteral("--lang"),
                           QStringLiteral("ca")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray labs = QJsonDocument::fromJson(list.out).array();
    QVERIFY(labs.size() >= 5);
    bool sawDaemon = false;
    for (const QJsonValue& v : labs) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("titles")).toObject().value(QStringLiteral("es")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("goals")).toArray().isEmpty());
        if (o.value(QStringLiteral("id")).toString() == QLatin1String("daemon-config")) {
            sawDaemon = true;
            QCOMPARE(o.value(QStringLiteral("title")).toString(),
                     QStringLiteral("daemon.json: depuració, icc i ulimits per defecte"));
        }
    }
    QVERIFY(sawDaemon);

    const QString id = QStringLiteral("daemon-config");
    QCOMPARE(cli({QStringLiteral("check"), id}).exitCode, 2); // not started
    const auto start = cli({QStringLiteral("start"), id, QStringLiteral("--lang"), QStringLiteral("es")});
    QVERIFY2(start.exitCode == 0, start.err.constData());
    QVERIFY(start.out.contains("escut.lab=daemon-config"));
    const auto failing = cli({QStringLiteral("check"), id, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(failing.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(failing.out).object().value(QStringLiteral("passed")).toBool(), false);
    // The student uses the remediation engine on the lab root, as the hint says.
    const QString root = m_state.path() + QStringLiteral("/labs/roots/") + id;
    const auto fix = runProcess(escut::test::cliPath(),
                                {QStringLiteral("fix"),
                                 QStringLiteral("apply"),
                                 QStringLiteral("fix.daemon-json"),
                                 QStringLiteral("--root"),
                                 root,
                                 QStringLiteral("--yes")});
    QVERIFY2(fix.exitCode == 0, fix.err.constData());
    const auto passing = cli({QStringLiteral("check"), id, QStringLiteral("--lang"), QStringLiteral("ca")});
    QVERIFY2(passing.exitCode == 0, passing.out.constData());
    QVERIFY(passing.out.contains("[x]"));

    const auto exported = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject progress = QJsonDocument::fromJson(exported.out).object();
    QVERIFY(progress.value(QStringLiteral("labsCompleted")).toInt() >= 1);
    const auto html = cli({QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("es")});
    QCOMPARE(html.exitCode, 0);
    QVERIFY(html.out.contains("<table>"));

    const auto reset = cli({QStringLiteral("reset")});
    QCOMPARE(reset.exitCode, 0);
    QCOMPARE(escut::test::dockerLabelled(QStringLiteral("escut.lab")), QStringList());
    QCOMPARE(cli({QStringLiteral("start"), QStringLiteral("no-such-lab")}).exitCode, 2);
}

void TestLab::resetLeavesOthersAlone()
{
    // A container named like a lab container but without the label survives reset and blocks the solution.
    const QString name = LabEngine::containerName(QStringLiteral("container-limits"), QStringLiteral("app"));
    const QString mine = QStringLiteral("escut.test.lab=%1").arg(QCoreApplication::applicationPid());
    runProcess(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("-f"), name});
    const auto created = runProcess(QStringLiteral("docker"),
                                    {QStringLiteral("create"),
                                     QStringLiteral("--name"),
                                     name,
                                     QStringLiteral("--label"),
                                     mine,
                                     QStringLiteral("local/busybox:1"),
                                     QStringLiteral("true")});
    // The daemon answered in initTestCase: a failing create (image missing, name clash) is a failure, not a skip.
    QVERIFY2(created.exitCode == 0,
             qPrintable(QStringLiteral("docker create failed (scripts/escut test imports local/busybox:1): ") +
                        QString::fromUtf8(created.err)));
    const QStringList ours{QString::fromUtf8(created.out.trimmed().left(12))}; // as docker ps -q shows it
    LabEngine engine;
    QVERIFY(engine.reset(QStringLiteral("container-limits")).ok());
    QCOMPARE(escut::test::dockerLabelled(mine, {}, true), ours);
    const Result<Scenario> s = ScenarioLibrary::find(QStringLiteral("container-limits"));
    QVERIFY(s.ok());
    const VoidResult solved = engine.applySolution(s.value());
    QVERIFY(!solved.ok());
    QCOMPARE(solved.error().code, Error::Code::PermissionDenied);
    QCOMPARE(escut::test::dockerLabelled(mine, {}, true), ours);
    escut::test::removeContainersLabelled(mine);
}

QTEST_GUILESS_MAIN(TestLab)
#include "test_lab.moc"
