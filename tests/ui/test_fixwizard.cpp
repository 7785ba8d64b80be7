// SPDX-License-Identifier: GPL-3.0-or-later
// The remediation wizard on a temporary root: choose → preview → apply → verify → roll back.
#include "tests/common/TestUtil.h"
#include "translations/Translations.h"

#include "core/checks/Catalogue.h"
#include "ui/wizard/FixWizard.h"
#include "ui/wizard/JournalDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <unistd.h>

using namespace escut;

class TestFixWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void applyAndRollBack();
    void journalDialogRollsBack();
    void scopeFiltersFindings();
    void inputsPageDrivesFileFixes();
    void pkexecRunsTheHelperWithThePreviewedPlan();
    void asRootStepsRunDirectly();
    void runCommandRecreatesFromTheWizard();
    void openedFromACheckPreselectsItsSubject();

private:
    // A fake pkexec first on PATH: records its arguments, one per line, then runs them (as root here). Kept fake on
    // purpose: this test observes the exact command line the wizard gives pkexec, which the real one does not show,
    // and the helper must keep the test's ESCUT_STATE_DIR, which the real one scrubs. The real pkexec, its
    // environment scrubbing and the installed policy are tested end to end in security_realpkexec.
    QString installFakePkexec(QTemporaryDir& bin);
    void walkToApply(FixWizard& wizard, const char* screenshot);
    static QByteArray read(const QString& path);
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

QByteArray TestFixWizard::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestFixWizard::installFakePkexec(QTemporaryDir& bin)
{
    const QString log = bin.filePath(QStringLiteral("pkexec.argv"));
    QFile script(bin.filePath(QStringLiteral("pkexec")));
    if (!script.open(QIODevice::WriteOnly)) {
        return QString();
    }
    script.write(
        QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" >> '%1'\necho ---- >> '%1'\nexec \"$@\"\n").arg(log).toUtf8());
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("PATH", (bin.path() + QLatin1Char(':') + qEnvironmentVariable("PATH")).toUtf8());
    return log;
}

// Choose (already ticked) → inputs (when shown) → preview → apply → verification; screenshots on the way.
void TestFixWizard::walkToApply(FixWizard& wizard, const char* screenshot)
{
    const QString shots = qEnvironmentVariable("ESCUT_SCREENSHOT_DIR");
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    if (wizard.currentId() == FixWizard::InputsPage) {
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        if (!shots.isEmpty()) {
            wizard.grab().save(
                shots + QStringLiteral("/wizard-inputs-%1-%2.png").arg(QLatin1String(screenshot), currentLanguage()));
        }
        wizard.next();
    }
    QCOMPARE(wizard.currentId(), int(FixWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
    QSignalSpy applied(&wizard, &FixWizard::applyFinished);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 60000);
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FixWizard::ResultPage));
    if (!shots.isEmpty()) {
        wizard.grab().save(
            shots + QStringLiteral("/wizard-result-%1-%2.png").arg(QLatin1String(screenshot), currentLanguage()));
    }
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
    QCOMPARE(wizard.currentId(), int(FixWizard::InputsPage)); // daemon-json's option: userns-remap
    QVERIFY(!wizard.findChild<QCheckBox*>(QStringLiteral("withUsernsRemapInput"))->isChecked());
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
    scope->setCurrentIndex(scope->findData(QStringLiteral("subject:remote-daemon")));
    QVERIFY(daemonJson->text(0).contains(QLatin1String("1 finding")));
    QVERIFY(daemonJson->child(0)->isHidden() != daemonJson->child(1)->isHidden());
    daemonJson->setCheckState(0, Qt::Checked);
    QCOMPARE(wizard.selectedFixes(), QStringList{QStringLiteral("fix.daemon-json")});
    QVERIFY(wizard.currentPage()->isComplete());
}

void TestFixWizard::inputsPageDrivesFileFixes()
{
    // fix.compose-harden (override), fix.dockerfile and fix.token-gate, all from the wizard, on real paths.
    QTemporaryDir project;
    const QString compose = project.filePath(QStringLiteral("docker-compose.yml"));
    QVERIFY(QFile::copy(escut::test::sourceDir() + QStringLiteral("/tests/data/compose/01-wordpress-v3.yml"), compose));
    const QByteArray composeBefore = read(compose);
    const QString dockerfile = project.filePath(QStringLiteral("Dockerfile"));
    const QByteArray dockerfileBefore = "FROM local/busybox:1\nADD app.sh /app.sh\nCMD [\"/app.sh\"]\n";
    QFile df(dockerfile);
    QVERIFY(df.open(QIODevice::WriteOnly));
    df.write(dockerfileBefore);
    df.close();

    Finding composeFinding;
    composeFinding.check = findCheck(QStringLiteral("compose.cap-drop"));
    composeFinding.subject.scope = Scope::Compose;
    composeFinding.subject.id = compose + QStringLiteral("#db");
    composeFinding.subject.name = compose + QStringLiteral(":db");
    composeFinding.status = Status::Fail;
    FixWizard wizard(
        FixContext(),
        {composeFinding},
        {QStringLiteral("fix.compose-harden"), QStringLiteral("fix.dockerfile"), QStringLiteral("fix.token-gate")});
    wizard.show();
    // The Compose project in the scope list, and its file offered on the inputs page.
    auto* scope = wizard.findChild<QComboBox*>(QStringLiteral("scopeComboBox"));
    QVERIFY(scope->findData(QStringLiteral("compose:") + compose) > 0);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FixWizard::InputsPage));
    QVERIFY(!wizard.currentPage()->isComplete()); // no Dockerfile and no directory yet
    QVERIFY(wizard.findChild<QGroupBox*>(QStringLiteral("fix.compose-harden"))->isVisible());
    QVERIFY(!wizard.findChild<QGroupBox*>(QStringLiteral("fix.run-command"))->isVisible());
    auto* composeFile = wizard.findChild<QComboBox*>(QStringLiteral("composeInput"));
    QCOMPARE(composeFile->currentText(), compose);
    // The capabilities table comes from the documented table; the user narrows db's.
    auto* caps = wizard.findChild<QTableWidget*>(QStringLiteral("capAddInput"));
    QCOMPARE(caps->rowCount(), 2);
    QCOMPARE(caps->item(0, 0)->text(), QStringLiteral("db"));
    QVERIFY(caps->item(0, 1)->text().contains(QLatin1String("CHOWN")));
    caps->item(0, 1)->setText(QStringLiteral("chown, setuid"));
    // Full mode: a new file with ports on 127.0.0.1 and the secrets moved out (both need a full file).
    auto* loopback = wizard.findChild<QCheckBox*>(QStringLiteral("bindLoopbackInput"));
    QVERIFY(!loopback->isEnabled());
    wizard.findChild<QCheckBox*>(QStringLiteral("overrideInput"))->setChecked(false);
    QVERIFY(loopback->isEnabled());
    loopback->setChecked(true);
    wizard.findChild<QCheckBox*>(QStringLiteral("moveSecretsInput"))->setChecked(true);
    wizard.findChild<QComboBox*>(QStringLiteral("dockerfileInput"))->setEditText(dockerfile);
    wizard.findChild<QComboBox*>(QStringLiteral("dirInput"))->setEditText(project.path());
    auto* secretName = wizard.findChild<QLineEdit*>(QStringLiteral("secretNameInput"));
    secretName->setText(QStringLiteral("bad name"));
    QVERIFY(!wizard.currentPage()->isComplete());
    secretName->setText(QStringLiteral("gate"));
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.back();

    walkToApply(wizard, "files");
    auto* preview = wizard.findChild<QPlainTextEdit*>(QStringLiteral("previewTextEdit"));
    QVERIFY(preview->toPlainText().contains(QLatin1String("docker-compose.hardened.yml")));
    QVERIFY(!preview->toPlainText().contains(QLatin1String("somewordpress"))); // a moved secret is never shown
    QVERIFY(preview->toPlainText().contains(QLatin1String("+COPY app.sh /app.sh")));
    QVERIFY(preview->toPlainText().contains(QLatin1String("gate.txt")));
    QCOMPARE(wizard.appliedTransactions().size(), 3);
    auto* log = wizard.findChild<QPlainTextEdit*>(QStringLiteral("applyLogTextEdit"));
    QVERIFY2(!log->toPlainText().contains(QLatin1String("failed")), qPrintable(log->toPlainText()));

    // The new file carries the user's choices; the original is untouched; the re-audit passes.
    const QByteArray override = read(project.filePath(QStringLiteral("docker-compose.hardened.yml")));
    QVERIFY(!override.contains("somewordpress"));
    QCOMPARE(read(project.filePath(QStringLiteral("secrets/db_mysql_root_password.txt"))), QByteArray("somewordpress"));
    QVERIFY(override.contains("127.0.0.1:8000:80"));
    const QByteArray db =
        override.mid(override.indexOf("  db:"), override.indexOf("  wordpress:") - override.indexOf("  db:"));
    QVERIFY2(db.contains("CHOWN") && db.contains("SETUID") && !db.contains("DAC_OVERRIDE"), db.constData());
    QCOMPARE(read(compose), composeBefore);
    auto* verification = wizard.findChild<QTreeWidget*>(QStringLiteral("verificationTreeWidget"));
    QCOMPARE(verification->topLevelItemCount(), 3);
    QTreeWidgetItem* composeResult = verification->topLevelItem(0);
    QCOMPARE(composeResult->text(0), QStringLiteral("fix.compose-harden"));
    int passed = 0;
    for (int i = 0; i < composeResult->childCount(); ++i) {
        passed += composeResult->child(i)->text(1) == statusName(Status::Pass) ? 1 : 0;
    }
    QVERIFY2(passed >= 6, qPrintable(log->toPlainText()));
    QVERIFY(read(project.filePath(QStringLiteral("gate.txt"))).size() == 64);
    QVERIFY(!log->toPlainText().contains(QString::fromLatin1(read(project.filePath(QStringLiteral("gate.txt"))))));

    // Rollback: every file byte for byte, the generated ones gone.
    wizard.findChild<QPushButton*>(QStringLiteral("rollbackPushButton"))->click();
    QTRY_COMPARE(wizard.appliedTransactions().size(), 0);
    QCOMPARE(read(compose), composeBefore);
    QCOMPARE(read(dockerfile), dockerfileBefore);
    for (const char* generated : {"docker-compose.hardened.yml",
                                  "secrets/db_mysql_root_password.txt",
                                  "gate.txt",
                                  "entrypoint.sh",
                                  "Dockerfile.token-gate"}) {
        QVERIFY2(!QFile::exists(project.filePath(QLatin1String(generated))), generated);
    }
}

void TestFixWizard::pkexecRunsTheHelperWithThePreviewedPlan()
{
    QTemporaryDir bin;
    const QString log = installFakePkexec(bin);
    QVERIFY(!log.isEmpty());
    FixContext context;
    context.root = m_root->path();
    FixWizard wizard(context, {}, {QStringLiteral("fix.daemon-json")});
    wizard.setHelperPath(qEnvironmentVariable("ESCUT_HELPER"));
    wizard.setEscalateAll(true);
    wizard.show();
    wizard.next(); // daemon-json has an option (userns-remap): the inputs page shows
    QCOMPARE(wizard.currentId(), int(FixWizard::InputsPage));
    wizard.next();
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    auto* preview = wizard.findChild<QPlainTextEdit*>(QStringLiteral("previewTextEdit"));
    QVERIFY(preview->toPlainText().contains(QLatin1String("pkexec")));
    // pkexec runs the helper on the plan the user saw: its digest is on the command line.
    FixContext planned = context;
    planned.homeDir = QDir::homePath();
    const Plan plan = Remediation::plan(QStringLiteral("fix.daemon-json"), planned).value();
    QVERIFY(preview->toPlainText().contains(plan.digest()));
    const QStringList expected =
        Remediation::helperArguments(qEnvironmentVariable("ESCUT_HELPER"), QString(), plan).mid(0, 6);
    QSignalSpy applied(&wizard, &FixWizard::applyFinished);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 30000);
    auto* applyLog = wizard.findChild<QPlainTextEdit*>(QStringLiteral("applyLogTextEdit"));
    QVERIFY2(applied.first().first().toBool(), qPrintable(applyLog->toPlainText()));
    QVERIFY(applyLog->toPlainText().contains(QLatin1String("applied as root")));
    const QStringList recorded = QString::fromUtf8(read(log)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList first = recorded.mid(0, recorded.indexOf(QStringLiteral("----")));
    QCOMPARE(first.size(), 7);
    QCOMPARE(first.mid(0, 6), expected);
    QVERIFY(first.at(6).endsWith(QLatin1String("/plan.json")));
    QVERIFY(!QFileInfo::exists(first.at(6))); // the private plan file is gone once the helper answered
    // pkexec runs the helper, never the GUI or escut-cli.
    QCOMPARE(QFileInfo(first.first()).fileName(), QStringLiteral("escut-fix-helper"));
    QVERIFY(read(m_root->filePath(QStringLiteral("etc/docker/daemon.json"))).contains("\"icc\": false"));
    QCOMPARE(wizard.appliedTransactions().size(), 1);

    // Rolled back through pkexec too.
    const QString tx = wizard.appliedTransactions().first();
    wizard.findChild<QPushButton*>(QStringLiteral("rollbackPushButton"))->click();
    QTRY_COMPARE(wizard.appliedTransactions().size(), 0);
    QVERIFY(read(log).contains("rollback\n--format\njson\n" + tx.toUtf8() + '\n'));
    QCOMPARE(read(m_root->filePath(QStringLiteral("etc/docker/daemon.json"))), m_original);
}

void TestFixWizard::asRootStepsRunDirectly()
{
    if (::geteuid() != 0) {
        QSKIP("needs root: as root the wizard applies without pkexec");
    }
    QTemporaryDir bin;
    const QString log = installFakePkexec(bin);
    FixContext context;
    context.root = m_root->path();
    FixWizard wizard(context, {}, {QStringLiteral("fix.file-perms"), QStringLiteral("fix.daemon-json")});
    wizard.setHelperPath(qEnvironmentVariable("ESCUT_HELPER"));
    wizard.show();
    walkToApply(wizard, "root");
    QCOMPARE(wizard.appliedTransactions().size(), 1); // file-perms has nothing to do on this root
    QVERIFY(!QFile::exists(log));
    QVERIFY(!wizard.findChild<QPlainTextEdit*>(QStringLiteral("previewTextEdit"))
                 ->toPlainText()
                 .contains(QLatin1String("pkexec")));
}

void TestFixWizard::runCommandRecreatesFromTheWizard()
{
    const QString tag = QStringLiteral("escut.test.wizard=%1").arg(QCoreApplication::applicationPid());
    const QString name = QStringLiteral("escut-test-wizard-%1").arg(QCoreApplication::applicationPid());
    const auto created = escut::test::runProcess(QStringLiteral("docker"),
                                                 {QStringLiteral("run"),
                                                  QStringLiteral("-d"),
                                                  QStringLiteral("--name"),
                                                  name,
                                                  QStringLiteral("--label"),
                                                  tag,
                                                  QStringLiteral("-u"),
                                                  QStringLiteral("0"),
                                                  QStringLiteral("local/busybox:1"),
                                                  QStringLiteral("sleep"),
                                                  QStringLiteral("600")});
    if (escut::test::runProcess(QStringLiteral("docker"), {QStringLiteral("version")}).exitCode != 0) {
        QSKIP("no Docker daemon");
    }
    // The daemon answers: a failing run (image missing, name clash) is a failure, not a skip.
    QVERIFY2(created.exitCode == 0,
             qPrintable(QStringLiteral("docker run failed (scripts/escut test imports local/busybox:1): ") +
                        QString::fromUtf8(created.err)));
    const auto cleanup = qScopeGuard([&tag] { escut::test::removeContainersLabelled(tag); });
    Finding weak;
    weak.check = findCheck(QStringLiteral("container.user-nonroot"));
    weak.subject.scope = Scope::Container;
    weak.subject.name = name;
    weak.status = Status::Fail;
    FixWizard wizard(FixContext(), {weak}, {QStringLiteral("fix.run-command")});
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("containerInput"))->currentText(), name);
    wizard.findChild<QCheckBox*>(QStringLiteral("recreateInput"))->setChecked(true);
    wizard.findChild<QSpinBox*>(QStringLiteral("stopTimeoutInput"))->setValue(1);
    wizard.back();
    // sleep as PID 1 ignores SIGTERM: the daemon's SIGKILL comes after the 1 s grace period (docker's default: 10 s).
    const qint64 since = QDateTime::currentSecsSinceEpoch() - 1;
    walkToApply(wizard, "container");
    auto* log = wizard.findChild<QPlainTextEdit*>(QStringLiteral("applyLogTextEdit"));
    const double grace = escut::test::stopGraceSeconds(QString::fromUtf8(created.out.trimmed()), since);
    QVERIFY2(grace >= 0 && grace < 5,
             qPrintable(QStringLiteral("docker stop did not use the 1 s grace period: SIGKILL %1 s after SIGTERM; %2")
                            .arg(grace)
                            .arg(log->toPlainText())));
    const auto user = escut::test::runProcess(QStringLiteral("docker"),
                                              {QStringLiteral("inspect"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("{{.State.Running}} {{.Config.User}}"),
                                               name});
    QVERIFY2(user.out.trimmed() == QByteArray("true 65534:65534"), qPrintable(log->toPlainText()));

    // The recreation is a transaction: Roll back brings the old container back under its name, running as before.
    QCOMPARE(wizard.appliedTransactions().size(), 1);
    wizard.findChild<QPushButton*>(QStringLiteral("rollbackPushButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.appliedTransactions().size(), 0, 60000);
    const auto back = escut::test::runProcess(QStringLiteral("docker"),
                                              {QStringLiteral("inspect"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("{{.State.Running}} {{.Config.User}}"),
                                               name});
    QVERIFY2(back.out.trimmed() == QByteArray("true 0"), back.out.constData());
}

void TestFixWizard::openedFromACheckPreselectsItsSubject()
{
    Finding weak;
    weak.check = findCheck(QStringLiteral("container.user-nonroot"));
    weak.subject.scope = Scope::Container;
    weak.subject.name = QStringLiteral("zz-web");
    weak.status = Status::Fail;
    Finding other = weak;
    other.subject.name = QStringLiteral("aa-db");
    FixWizard wizard(FixContext(), {other, weak}, {QStringLiteral("fix.run-command")});
    QCOMPARE(FixWizard::scopeKey(weak), QStringLiteral("container:zz-web"));
    wizard.preselectScope(FixWizard::scopeKey(weak));
    wizard.show();
    QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("scopeComboBox"))->currentData().toString(),
             QStringLiteral("container:zz-web"));
    wizard.next();
    QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("containerInput"))->currentText(), QStringLiteral("zz-web"));
}

QTEST_MAIN(TestFixWizard)
#include "test_fixwizard.moc"
