// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings toggle for the active probes: present, clearly labelled with a warning, off by default and never
// remembered between runs.
#include "ui/MainWindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace escut;

class TestActiveProbesSetting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void toggleIsOffByDefaultAndLabelled();
};

void TestActiveProbesSetting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("escut-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_activeprobes"));
}

void TestActiveProbesSetting::toggleIsOffByDefaultAndLabelled()
{
    for (int run = 0; run < 2; ++run) {
        MainWindow::Options options;
        options.demo = true;
        MainWindow window(options);
        auto* toggle = window.findChild<QCheckBox*>(QStringLiteral("settingsActiveProbesCheckBox"));
        QVERIFY(toggle);
        QVERIFY(!toggle->isChecked()); // also on the second window: the choice is not remembered
        QCOMPARE(toggle->text(), QStringLiteral("Active probes: run commands in containers"));
        auto* warning = window.findChild<QLabel*>(QStringLiteral("settingsActiveProbesWarningLabel"));
        QVERIFY(warning);
        QVERIFY(warning->text().contains(QLatin1String("sh -c true")));
        QCOMPARE(warning->textFormat(), Qt::PlainText);
        toggle->setChecked(true);
    }
}

QTEST_MAIN(TestActiveProbesSetting)
#include "test_activeprobes.moc"
