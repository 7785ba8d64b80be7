// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include <QAbstractItemModel>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace escut;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoSnapshotLoads();
    void unreachableDaemonFallsBackToDemo();
    void filterNarrowsRows();
};

void TestMainWindow::initTestCase()
{
    // Settings go to a test location, never the user's ~/.config/escut.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("escut-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
}

void TestMainWindow::demoSnapshotLoads()
{
    MainWindow::Options options;
    options.demo = true;
    MainWindow window(options);
    window.show();
    QSignalSpy finished(&window, &MainWindow::auditFinished);
    window.startAudit();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().first().toBool(), true);
    auto* table = window.findChild<QTableView*>(QStringLiteral("findingsTableView"));
    QVERIFY(table);
    QVERIFY(table->model()->rowCount() > 20);
    auto* summary = window.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->text().contains(QLatin1String("Score")));
}

void TestMainWindow::unreachableDaemonFallsBackToDemo()
{
    MainWindow::Options options;
    options.audit.endpoint.host = QStringLiteral("unix:///nonexistent-escut.sock");
    MainWindow window(options);
    window.show();
    QSignalSpy finished(&window, &MainWindow::auditFinished);
    window.startAudit();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    auto* banner = window.findChild<QLabel*>(QStringLiteral("bannerLabel"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("nonexistent-escut.sock")), qPrintable(banner->text()));
    // The way out of the demo: Connect… asks for another endpoint.
    auto* connectButton = window.findChild<QPushButton*>(QStringLiteral("connectPushButton"));
    QVERIFY(connectButton && connectButton->isVisible());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    auto* dialog = window.findChild<QInputDialog*>(QStringLiteral("endpointInputDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->textValue().contains(QLatin1String("nonexistent-escut.sock")));
    dialog->reject();
    QVERIFY(window.findChild<QTableView*>(QStringLiteral("findingsTableView"))->model()->rowCount() > 0);
}

void TestMainWindow::filterNarrowsRows()
{
    MainWindow::Options options;
    options.demo = true;
    MainWindow window(options);
    QSignalSpy finished(&window, &MainWindow::auditFinished);
    window.startAudit();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    auto* table = window.findChild<QTableView*>(QStringLiteral("findingsTableView"));
    const int all = table->model()->rowCount();
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("docker.sock"));
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY(table->model()->rowCount() < all);
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
