// SPDX-License-Identifier: GPL-3.0-or-later
// The remediation wizard on a temporary root: choose → preview → apply → verify → roll back.
#include "translations/Translations.h"

#include "core/checks/Catalogue.h"
#include "ui/wizard/FixWizard.h"
#include "ui/wizard/JournalDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace escut;

class TestFixWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void applyAndRollBack();
    void journalDialogRollsBack();
    void scopeFiltersFindings();

private:
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<QTemporaryDir> m_state;
    QByteArray m_original;
};

void TestFixWizard::init()
{
    // ESCUT_TEST_LANG=ca|es with ESCUT_SCREENSHOT_DIR: screenshots of the wizard in that language.
    installTranslations(qEnvironmentVariable("ESCUT_TEST_LANG", QStringLiteral("en")));
    m_root = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    qputenv("ESCUT_STATE_DIR", m_state->path().toUtf8());
    QDir(m_root->path()).mkpath(QStringLiteral("etc/docker"));
    m_original = "{\n  \"debug\": true\n}\n";
    QFile f(m_root->filePath(QStringLiteral("etc/docker/daemon.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_original);
}

void TestFixWizard::applyAndRollBack()
{
    FixContext context;
    context.root = m_root->path();
    FixWizard wizard(context, {}, {QStringLiteral("fix.daemon-json")});
    wizard.show();
    QCOMPARE(wizard.selectedFixes(), QStringList{QStringLiteral("fix.daemon-json")});
    QVERIFY(wizard.currentPage()->isComplete());

    wizard.next();
    auto* preview = wizard.findChild<QPlainTextEdit*>(QStringLiteral("previewTextEdit"));
    QTRY_VERIFY(preview->toPlainText().contains(QLatin1String("+  \"icc\": false")));
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    const QString shots = qEnvironmentVariable("ESCUT_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        wizard.grab().save(shots + QStringLiteral("/wizard-preview-%1.png").arg(currentLanguage()));
    }
    // Nothing written by the preview.
    QFile file(m_root->filePath(QStringLiteral("etc/docker/daemon.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_original);
    file.close();

    QSignalSpy applied(&wizard, &FixWizard::applyFinished);
    wizard.next();
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().toBool(), true);
    QCOMPARE(wizard.appliedTransactions().size(), 1);
    auto* log = wizard.findChild<QPlainTextEdit*>(QStringLiteral("applyLogTextEdit"));
    QVERIFY(log->toPlainText().contains(QStringLiteral("[%1]").arg(statusName(Status::Pass).toUpper())));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"icc\": false"));
    file.close();
    if (!shots.isEmpty()) {
        wizard.grab().save(shots + QStringLiteral("/wizard-applied-%1.png").arg(currentLanguage()));
    }

    auto* rollback = wizard.findChild<QPushButton*>(QStringLiteral("rollbackPushButton"));
    QVERIFY(rollback->isEnabled());
    rollback->click();
    QTRY_COMPARE(wizard.appliedTransactions().size(), 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_original);
}

void TestFixWizard::journalDialogRollsBack()
{
    FixContext context;
    context.root = m_root->path();
    const Transaction tx =
        Remediation::apply(Remediation::plan(QStringLiteral("fix.daemon-json"), context).value(), context).value();
    JournalDialog dialog;
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("journalTableWidget"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), tx.id);
    table->selectRow(0);
    dialog.findChild<QPushButton*>(QStringLiteral("rollbackPushButton"))->click();
    QTRY_COMPARE(table->item(0, 2)->text(), QStringLiteral("rolled-back"));
    QFile file(m_root->filePath(QStringLiteral("etc/docker/daemon.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_original);
}

void TestFixWizard::scopeFiltersFindings()
{
    QList<Finding> findings;
    for (const char* subject : {"daemon", "remote-daemon"}) {
        Finding f;
        f.check = findCheck(QStringLiteral("daemon.icc-off"));
        f.subject.name = QString::fromLatin1(subject);
        f.status = Status::Fail;
        findings.append(f);
    }
    Finding passing = findings.first();
    passing.check = findCheck(QStringLiteral("daemon.debug-off"));
    passing.status = Status::Pass; // passing findings are not listed
    findings.append(passing);
    FixWizard wizard(FixContext(), findings, {});
    wizard.show();
    auto* tree = wizard.findChild<QTreeWidget*>(QStringLiteral("fixTreeWidget"));
    auto* scope = wizard.findChild<QComboBox*>(QStringLiteral("scopeComboBox"));
    QTreeWidgetItem* daemonJson = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("fix.daemon-json")) {
            daemonJson = tree->topLevelItem(i);
        }
    }
    QVERIFY(daemonJson);
    QCOMPARE(daemonJson->childCount(), 2);
    QVERIFY(daemonJson->text(0).contains(QLatin1String("2 finding")));
    QVERIFY(!wizard.currentPage()->isComplete()); // nothing chosen yet
    scope->setCurrentIndex(scope->findData(QStringLiteral("remote-daemon")));
    QVERIFY(daemonJson->text(0).contains(QLatin1String("1 finding")));
    QVERIFY(daemonJson->child(0)->isHidden() != daemonJson->child(1)->isHidden());
    daemonJson->setCheckState(0, Qt::Checked);
    QCOMPARE(wizard.selectedFixes(), QStringList{QStringLiteral("fix.daemon-json")});
    QVERIFY(wizard.currentPage()->isComplete());
}

QTEST_MAIN(TestFixWizard)
#include "test_fixwizard.moc"
