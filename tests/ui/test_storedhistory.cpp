// SPDX-License-Identifier: GPL-3.0-or-later
// The History view's stored history: score over time from the database, and what changed since the audit before.
#include "ui/charts/StoredHistoryView.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace escut;

class TestStoredHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyHistorySaysSo();
    void showsScoresAndChanges();
    void longGroupsAreCapped();
    void damagedDatabaseIsShownNotFatal();
};

void TestStoredHistory::emptyHistorySaysSo()
{
    QTemporaryDir dir;
    StoredHistoryView view(dir.filePath(QStringLiteral("h.sqlite")));
    QSignalSpy loaded(&view, &StoredHistoryView::loaded);
    QVERIFY(loaded.wait(10000));
    auto* status = view.findChild<QLabel*>(QStringLiteral("storedHistoryStatusLabel"));
    QVERIFY(status->text().contains(QLatin1String("No audits stored yet")));
}

void TestStoredHistory::showsScoresAndChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    Result<Snapshot> snap =
        Snapshot::load(qEnvironmentVariable("ESCUT_SOURCE_DIR") + QStringLiteral("/resources/demo/snapshot.json"));
    QVERIFY(snap.ok());
    const AuditResult first = Auditor::evaluate(snap.value(), {});
    Snapshot without = snap.value();
    without.containers.removeFirst(); // one container fewer: its problems are fixed
    without.collectedAt = without.collectedAt.addSecs(600);
    const AuditResult second = Auditor::evaluate(without, {});

    StoredHistoryView view(path);
    view.resize(900, 700);
    QSignalSpy loaded(&view, &StoredHistoryView::loaded);
    QVERIFY(loaded.wait(10000));
    view.record(first, QStringLiteral("unix:///var/run/docker.sock"));
    QTRY_COMPARE_WITH_TIMEOUT(view.data().audits.size(), 1, 10000);
    view.record(second, QStringLiteral("unix:///var/run/docker.sock"));
    QTRY_COMPARE_WITH_TIMEOUT(view.data().audits.size(), 2, 10000);
    QVERIFY(view.data().hasChanges);
    auto* chart = view.findChild<QChartView*>(QStringLiteral("storedHistoryChart"));
    QVERIFY(chart->chart()->series().size() > 2); // overall plus the layers
    auto* overall = qobject_cast<QLineSeries*>(chart->chart()->series().first());
    QVERIFY(overall);
    QCOMPARE(overall->count(), 2);
    QCOMPARE(int(overall->at(1).y()), second.score.overall.score());
    auto* changes = view.findChild<QTreeWidget*>(QStringLiteral("historyChangesTreeWidget"));
    QCOMPARE(changes->topLevelItemCount(), 3);
    QVERIFY(changes->topLevelItem(1)->text(0).startsWith(QLatin1String("Fixed")));
    QVERIFY(changes->topLevelItem(1)->childCount() > 0);
    QCOMPARE(changes->topLevelItem(0)->childCount(), 0); // nothing new
    for (int i = 0; i < changes->topLevelItem(1)->childCount(); ++i) {
        const QString what = changes->topLevelItem(1)->child(i)->text(2);
        QVERIFY2(what.endsWith(QLatin1String("  batch-job")) || !what.startsWith(QLatin1String("container.")),
                 qPrintable(what));
    }
}

void TestStoredHistory::longGroupsAreCapped()
{
    // A host with hundreds of containers: 600 unchanged problems show as 500 rows and one "…and 100 more" row.
    QTemporaryDir dir;
    Result<Snapshot> snap =
        Snapshot::load(qEnvironmentVariable("ESCUT_SOURCE_DIR") + QStringLiteral("/resources/demo/snapshot.json"));
    QVERIFY(snap.ok());
    AuditResult result = Auditor::evaluate(snap.value(), {});
    QVERIFY(!result.findings.isEmpty());
    Finding problem = result.findings.first();
    problem.status = Status::Fail;
    result.findings.clear();
    for (int i = 0; i < 600; ++i) {
        problem.subject.name = QStringLiteral("bench-%1").arg(i);
        result.findings.append(problem);
    }
    StoredHistoryView view(dir.filePath(QStringLiteral("h.sqlite")));
    QSignalSpy loaded(&view, &StoredHistoryView::loaded);
    QVERIFY(loaded.wait(10000));
    view.record(result, QStringLiteral("e"));
    QTRY_COMPARE_WITH_TIMEOUT(view.data().audits.size(), 1, 10000);
    result.snapshot.collectedAt = result.snapshot.collectedAt.addSecs(60);
    view.record(result, QStringLiteral("e"));
    QTRY_COMPARE_WITH_TIMEOUT(view.data().audits.size(), 2, 10000);
    QCOMPARE(view.data().changes.unchanged.size(), 600);
    auto* changes = view.findChild<QTreeWidget*>(QStringLiteral("historyChangesTreeWidget"));
    QTreeWidgetItem* unchanged = changes->topLevelItem(2);
    QVERIFY(unchanged->text(0).contains(QLatin1String("600")));
    QCOMPARE(unchanged->childCount(), 501);
    QVERIFY2(unchanged->child(500)->text(0).contains(QLatin1String("100 more")),
             qPrintable(unchanged->child(500)->text(0)));
}

void TestStoredHistory::damagedDatabaseIsShownNotFatal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    StoredHistoryView view(path);
    QSignalSpy loaded(&view, &StoredHistoryView::loaded);
    QVERIFY(loaded.wait(10000));
    auto* status = view.findChild<QLabel*>(QStringLiteral("storedHistoryStatusLabel"));
    QVERIFY2(status->text().contains(QLatin1String("damaged")), qPrintable(status->text()));
}

QTEST_MAIN(TestStoredHistory)
#include "test_storedhistory.moc"
