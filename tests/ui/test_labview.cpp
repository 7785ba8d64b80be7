// SPDX-License-Identifier: GPL-3.0-or-later
// The Lab view offscreen on the real daemon: choose → Start → failing checklist → the student fixes →
// Check my work ticks the goals → hints → Reset; the wizard button follows the goals' fixes.
#include "tests/common/TestUtil.h"

#include "core/lab/LabEngine.h"
#include "core/lab/Scenario.h"
#include "ui/lab/LabView.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QWizard>

using namespace escut;

class TestLabView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsEveryScenario();
    void startCheckHintReset();

private:
    QTemporaryDir m_state;
};

void TestLabView::initTestCase()
{
    qputenv("ESCUT_STATE_DIR", m_state.path().toUtf8());
    // Apart from other runs of the lab tests on the shared daemon.
    qputenv("ESCUT_LAB_INSTANCE", QByteArray::number(QCoreApplication::applicationPid()));
    qputenv("ESCUT_STUDENT", "test-student");
}

void TestLabView::cleanupTestCase()
{
    LabEngine engine;
    (void)engine.resetAll();
}

void TestLabView::listsEveryScenario()
{
    LabView view;
    view.resize(1100, 700);
    auto* list = view.findChild<QListWidget*>(QStringLiteral("labListWidget"));
    QVERIFY(list);
    const Result<QList<Scenario>> all = ScenarioLibrary::builtIn();
    QVERIFY(all.ok());
    QCOMPARE(list->count(), all.value().size());
    view.selectScenario(QStringLiteral("container-limits"));
    QCOMPARE(view.currentScenarioId(), QStringLiteral("container-limits"));
    auto* story = view.findChild<QTextBrowser*>(QStringLiteral("labStoryBrowser"));
    QVERIFY(story->toPlainText().contains(QStringLiteral("escut-lab-container-limits-app")));
    auto* goals = view.findChild<QTreeWidget*>(QStringLiteral("labGoalsTreeWidget"));
    QCOMPARE(goals->topLevelItemCount(), 6);
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("labFixButton"))->isEnabled());
}

void TestLabView::startCheckHintReset()
{
    if (escut::test::runProcess(QStringLiteral("docker"), {QStringLiteral("version")}).exitCode != 0) {
        QSKIP("no Docker daemon");
    }
    LabView view;
    view.resize(1100, 700);
    view.show();
    view.selectScenario(QStringLiteral("daemon-config"));
    auto* start = view.findChild<QPushButton*>(QStringLiteral("labStartButton"));
    auto* check = view.findChild<QPushButton*>(QStringLiteral("labCheckButton"));
    auto* reset = view.findChild<QPushButton*>(QStringLiteral("labResetButton"));
    auto* hint = view.findChild<QPushButton*>(QStringLiteral("labHintButton"));
    auto* fix = view.findChild<QPushButton*>(QStringLiteral("labFixButton"));
    auto* goals = view.findChild<QTreeWidget*>(QStringLiteral("labGoalsTreeWidget"));
    auto* hints = view.findChild<QLabel*>(QStringLiteral("labHintsLabel"));
    QVERIFY(start && check && reset && hint && fix && goals && hints);

    QSignalSpy checked(&view, &LabView::checked);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(view.isBusy()); // the work runs off the GUI thread
    QVERIFY(!start->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() == 1, 60000);
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    QCOMPARE(goals->topLevelItemCount(), 3);
    for (int i = 0; i < goals->topLevelItemCount(); ++i) {
        QVERIFY2(goals->topLevelItem(i)->text(0) != QLatin1String("Done"), qPrintable(goals->topLevelItem(i)->text(3)));
    }
    QVERIFY(fix->isEnabled()); // daemon.* goals have fix.daemon-json
    if (const QString shots = qEnvironmentVariable("ESCUT_LAB_SHOTS"); !shots.isEmpty()) {
        QVERIFY(view.grab().save(shots + QStringLiteral("/lab-started.png")));
    }

    // The wizard opens on the lab root, never on /etc/docker.
    QTest::mouseClick(fix, Qt::LeftButton);
    QWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = view.findChild<QWizard*>(QStringLiteral("labFixWizard"))) != nullptr);
    wizard->reject();

    QTest::mouseClick(hint, Qt::LeftButton);
    QVERIFY(hints->text().contains(QStringLiteral("debug")));
    QVERIFY(!hints->text().contains(QStringLiteral("${")));

    // The student does the work (here: the scenario's reference solution), then checks.
    const Result<Scenario> s = ScenarioLibrary::find(QStringLiteral("daemon-config"));
    QVERIFY(s.ok());
    LabEngine engine;
    QVERIFY(engine.applySolution(s.value()).ok());
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() == 2, 60000);
    QCOMPARE(checked.at(1).at(0).toBool(), true);
    for (int i = 0; i < goals->topLevelItemCount(); ++i) {
        QCOMPARE(goals->topLevelItem(i)->text(0), QStringLiteral("Done"));
    }
    QVERIFY(!fix->isEnabled());
    auto* list = view.findChild<QListWidget*>(QStringLiteral("labListWidget"));
    QTRY_VERIFY(list->currentItem()->text().startsWith(QStringLiteral("✓")));

    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
    const Result<bool> started = engine.isStarted(QStringLiteral("daemon-config"));
    QVERIFY(started.ok());
    QVERIFY(!started.value());
    QCOMPARE(goals->topLevelItem(0)->text(0), QStringLiteral("Not checked"));
}

QTEST_MAIN(TestLabView)
#include "test_labview.moc"
