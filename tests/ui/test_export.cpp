// SPDX-License-Identifier: GPL-3.0-or-later
// Export report… in the main window: every format from a loaded snapshot, each output checked for real (the JSON
// schema and the SARIF 2.1.0 schema through tests/tools/validate_json.py, JUnit against its XSD with xmllint, PDF
// with pdftotext, Prometheus with promtool when it is installed), the report's language independent of the
// window's, the dialog (suffix follows the format, overwrite question, file dialog), errors, and how long the GUI
// thread stalls while a large report is written.
#include "tests/common/TestUtil.h"
#include "translations/Translations.h"

#include "ui/MainWindow.h"
#include "ui/report/ExportDialog.h"
#include "ui/report/ReportExport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace escut;
using escut::test::runProcess;

namespace
{

QString tool(const QString& name)
{
    // Debian's own python3 has python3-jsonschema; a pyenv shim first on PATH may not.
    const QString system = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return system.isEmpty() ? QStandardPaths::findExecutable(name) : system;
}

QString sourcePath(const QString& relative)
{
    return escut::test::sourceDir() + QLatin1Char('/') + relative;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The longest interval between two ticks of a 10 ms timer on the GUI thread (as tests/bench/bench_gui.cpp).
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_maxGapMs = std::max(m_maxGapMs, m_last.nsecsElapsed() / 1e6);
            m_last.start();
        });
        m_last.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(m_maxGapMs, m_last.nsecsElapsed() / 1e6);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_last;
    double m_maxGapMs = 0;
};

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void actionFollowsTheResult();
    void everyFormat_data();
    void everyFormat();
    void languageIsTheReportsNotTheWindows();
    void dialogSuffixFollowsFormat();
    void dialogExportsAndAsksBeforeReplacing();
    void fileDialogPicksFormatAndName();
    void unwritablePathShowsErrorAndWritesNothing_data();
    void unwritablePathShowsErrorAndWritesNothing();
    void guiThreadKeepsRunning_data();
    void guiThreadKeepsRunning();

private:
    std::unique_ptr<MainWindow> loadedWindow(const QString& snapshotPath);
    // Exports through the window's seam and waits for the end; the reportExported arguments.
    QList<QVariant> exportAndWait(MainWindow& window, const QString& path, ReportFormat format, const QString& lang);
    ExportDialog* openDialog(MainWindow& window);
    void validateJson(const QString& schema, const QString& path);

    QTemporaryDir m_dir;
    QString m_snapshot;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("escut-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_export"));
    // Drive Qt's own file dialog, whatever platform theme the machine has.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(installTranslations(QStringLiteral("en")));
    QVERIFY(m_dir.isValid());
    m_snapshot = sourcePath(QStringLiteral("tests/data/snapshots/integration-hardened-weak.json"));
    QVERIFY(QFile::exists(m_snapshot));
    for (const QString& name : {QStringLiteral("python3"), QStringLiteral("xmllint"), QStringLiteral("pdftotext")}) {
        QVERIFY2(!tool(name).isEmpty(), qPrintable(name + QStringLiteral(" is needed (see TEST_PACKAGES)")));
    }
}

void TestExport::init()
{
    QSettings().clear();
}

void TestExport::cleanup()
{
    installTranslations(QStringLiteral("en"));
}

std::unique_ptr<MainWindow> TestExport::loadedWindow(const QString& snapshotPath)
{
    MainWindow::Options options;
    options.audit.snapshotPath = snapshotPath;
    options.liveEvents = false;
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    QSignalSpy finished(window.get(), &MainWindow::auditFinished);
    window->startAudit();
    if (!finished.wait(60000) || !finished.first().first().toBool()) {
        return nullptr;
    }
    return window;
}

QList<QVariant>
TestExport::exportAndWait(MainWindow& window, const QString& path, ReportFormat format, const QString& lang)
{
    QSignalSpy exported(&window, &MainWindow::reportExported);
    window.exportReport(path, format, lang);
    if (exported.isEmpty() && !exported.wait(120000)) {
        return {};
    }
    return exported.first();
}

ExportDialog* TestExport::openDialog(MainWindow& window)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("exportAction"));
    if (!action || !action->isEnabled()) {
        return nullptr;
    }
    action->trigger();
    auto* dialog = window.findChild<ExportDialog*>(QStringLiteral("exportReportDialog"));
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestExport::validateJson(const QString& schema, const QString& path)
{
    const auto v = runProcess(tool(QStringLiteral("python3")),
                              {sourcePath(QStringLiteral("tests/tools/validate_json.py")), sourcePath(schema), path});
    QVERIFY2(v.exitCode == 0, (v.out + v.err).constData());
}

void TestExport::actionFollowsTheResult()
{
    MainWindow::Options options;
    options.demo = true;
    options.liveEvents = false;
    MainWindow window(options);
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("exportAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(!action->isEnabled()); // nothing to export yet
    QSignalSpy finished(&window, &MainWindow::auditFinished);
    window.startAudit();
    QVERIFY(!action->isEnabled()); // an audit is running
    QVERIFY(finished.wait(30000));
    QVERIFY(window.resultIsDemo());
    QVERIFY(action->isEnabled()); // the demo's result can be exported too
    // The shortcut opens the dialog.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    auto* dialog = window.findChild<ExportDialog*>(QStringLiteral("exportReportDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->language(), currentLanguage());
    QCOMPARE(dialog->format(), ReportFormat::Html);
    QVERIFY2(dialog->path().endsWith(QLatin1String(".html")), qPrintable(dialog->path()));
    dialog->reject();
    // Audit now again: disabled until it ends.
    window.startAudit();
    QVERIFY(!action->isEnabled());
    QVERIFY(finished.wait(30000));
    QVERIFY(action->isEnabled());
}

void TestExport::everyFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("lang");
    QTest::newRow("html ca") << int(ReportFormat::Html) << QStringLiteral("ca");
    QTest::newRow("pdf ca") << int(ReportFormat::Pdf) << QStringLiteral("ca");
    QTest::newRow("json en") << int(ReportFormat::Json) << QStringLiteral("en");
    QTest::newRow("sarif es") << int(ReportFormat::Sarif) << QStringLiteral("es");
    QTest::newRow("junit ca") << int(ReportFormat::Junit) << QStringLiteral("ca");
    QTest::newRow("prometheus en") << int(ReportFormat::Prometheus) << QStringLiteral("en");
}

void TestExport::everyFormat()
{
    QFETCH(int, format);
    QFETCH(QString, lang);
    const auto fmt = static_cast<ReportFormat>(format);
    auto window = loadedWindow(m_snapshot);
    QVERIFY(window);
    const qsizetype findings = window->result().findings.size();
    QVERIFY(findings > 10);
    const QString path =
        m_dir.filePath(QStringLiteral("report-%1-%2.%3").arg(reportFormatId(fmt), lang, reportFormatSuffix(fmt)));
    QFile::remove(path);
    const QList<QVariant> result = exportAndWait(*window, path, fmt, lang);
    QVERIFY(!result.isEmpty());
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(2).toString()));
    QCOMPARE(result.at(1).toString(), path);
    const QByteArray data = readAll(path);
    QVERIFY(!data.isEmpty());
    // The status bar says where and how much.
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QLocale().formattedDataSize(data.size())), qPrintable(message));
    // Nothing left behind by the atomic write.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.%1.*").arg(reportFormatSuffix(fmt))}, QDir::Files),
             QStringList());

    switch (fmt) {
    case ReportFormat::Json: {
        validateJson(QStringLiteral("resources/schema/escut-report-2.schema.json"), path);
        const QJsonObject doc = QJsonDocument::fromJson(data).object();
        QCOMPARE(doc.value(QStringLiteral("findings")).toArray().size(), findings);
        QCOMPARE(doc.value(QStringLiteral("language")).toString(), lang);
        break;
    }
    case ReportFormat::Sarif: {
        validateJson(QStringLiteral("tests/data/sarif/sarif-schema-2.1.0.json"), path);
        const QJsonObject run =
            QJsonDocument::fromJson(data).object().value(QStringLiteral("runs")).toArray().at(0).toObject();
        int problems = 0;
        for (const Finding& f : window->result().findings) {
            problems += f.status == Status::Fail || f.status == Status::Warn;
        }
        QCOMPARE(run.value(QStringLiteral("results")).toArray().size(), problems);
        break;
    }
    case ReportFormat::Junit: {
        const auto v = runProcess(tool(QStringLiteral("xmllint")),
                                  {QStringLiteral("--noout"),
                                   QStringLiteral("--schema"),
                                   sourcePath(QStringLiteral("tests/data/junit/junit-escut.xsd")),
                                   path});
        QVERIFY2(v.exitCode == 0, v.err.constData());
        QCOMPARE(qsizetype(data.count("<testcase ")), findings); // one per check x subject
        break;
    }
    case ReportFormat::Html: {
        const QString html = QString::fromUtf8(data);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"ca\">")));
        QVERIFY(html.contains(QStringLiteral("Puntuació per capa")));
        QVERIFY(html.contains(QLatin1String("escut-weak")));
        break;
    }
    case ReportFormat::Pdf: {
        QVERIFY(data.startsWith("%PDF-"));
        const auto text = runProcess(tool(QStringLiteral("pdftotext")), {path, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const QString body = QString::fromUtf8(text.out);
        QVERIFY2(body.contains(QStringLiteral("Puntuació per capa")), qPrintable(body.left(600)));
        QVERIFY2(body.contains(QLatin1String("escut-weak")), qPrintable(body.left(600)));
        break;
    }
    case ReportFormat::Prometheus: {
        QVERIFY(data.contains("\nescut_score_overall "));
        QVERIFY(data.contains("escut_check_status{id=\"container.privileged\",subject=\"escut-weak\""));
        const QString promtool = tool(QStringLiteral("promtool"));
        if (promtool.isEmpty()) {
            qInfo("promtool (Debian package prometheus) is not installed: exposition not validated");
            break;
        }
        QProcess p;
        p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(p.waitForStarted());
        p.write(data);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, (p.readAllStandardOutput() + p.readAllStandardError()).constData());
        break;
    }
    case ReportFormat::Text:
        QFAIL("not offered");
    }
}

void TestExport::languageIsTheReportsNotTheWindows()
{
    // The window in Catalan; reports in Spanish and in English, word for word what the CLI writes with --lang.
    QVERIFY(installTranslations(QStringLiteral("ca")));
    auto window = loadedWindow(m_snapshot);
    QVERIFY(window);
    const QString catalanAudit = window->findChild<QAction*>(QStringLiteral("auditAction"))->text();
    QVERIFY(catalanAudit != QLatin1String("Audit now"));
    for (const QString& lang : {QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("ca")}) {
        const QString path = m_dir.filePath(QStringLiteral("lang-%1.json").arg(lang));
        const QList<QVariant> result = exportAndWait(*window, path, ReportFormat::Json, lang);
        QVERIFY(!result.isEmpty() && result.at(0).toBool());
        const auto cli = runProcess(escut::test::cliPath(),
                                    {QStringLiteral("audit"),
                                     QStringLiteral("--snapshot"),
                                     m_snapshot,
                                     QStringLiteral("--format"),
                                     QStringLiteral("json"),
                                     QStringLiteral("--lang"),
                                     lang,
                                     QStringLiteral("--fail-on"),
                                     QStringLiteral("none"),
                                     QStringLiteral("--no-history")});
        QCOMPARE(cli.exitCode, 0);
        const QJsonObject gui = QJsonDocument::fromJson(readAll(path)).object();
        const QJsonObject reference = QJsonDocument::fromJson(cli.out).object();
        QCOMPARE(gui.value(QStringLiteral("language")).toString(), lang);
        for (const QString& key : {QStringLiteral("findings"), QStringLiteral("scores"), QStringLiteral("skipped")}) {
            QVERIFY2(gui.value(key) == reference.value(key), qPrintable(lang + QLatin1Char(' ') + key));
        }
    }
    // The window stayed in Catalan, its findings too.
    QCOMPARE(window->findChild<QAction*>(QStringLiteral("auditAction"))->text(), catalanAudit);
    const QString path = m_dir.filePath(QStringLiteral("lang-ca.json"));
    const QJsonArray exported =
        QJsonDocument::fromJson(readAll(path)).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(exported.size(), window->result().findings.size());
    QCOMPARE(exported.at(0).toObject().value(QStringLiteral("evidence")).toString(),
             window->result().findings.first().evidence);
}

void TestExport::dialogSuffixFollowsFormat()
{
    QCOMPARE(ExportDialog::withSuffix(QStringLiteral("/tmp/a/report.html"), ReportFormat::Pdf),
             QStringLiteral("/tmp/a/report.pdf"));
    QCOMPARE(ExportDialog::withSuffix(QStringLiteral("/tmp/a/report"), ReportFormat::Junit),
             QStringLiteral("/tmp/a/report.xml"));
    QCOMPARE(ExportDialog::withSuffix(QStringLiteral("/tmp/a.d/audit.v2"), ReportFormat::Json),
             QStringLiteral("/tmp/a.d/audit.v2.json"));
    QCOMPARE(ExportDialog::withSuffix(QStringLiteral("audit.prom"), ReportFormat::Sarif),
             QStringLiteral("audit.sarif"));

    auto window = loadedWindow(m_snapshot);
    QVERIFY(window);
    ExportDialog* dialog = openDialog(*window);
    QVERIFY(dialog);
    auto* format = dialog->findChild<QComboBox*>(QStringLiteral("exportFormatComboBox"));
    auto* pathEdit = dialog->findChild<QLineEdit*>(QStringLiteral("exportPathLineEdit"));
    QVERIFY(format && pathEdit);
    QStringList names;
    for (int i = 0; i < format->count(); ++i) {
        names.append(format->itemText(i));
    }
    QCOMPARE(names,
             QStringList({QStringLiteral("HTML"),
                          QStringLiteral("PDF"),
                          QStringLiteral("JSON"),
                          QStringLiteral("SARIF"),
                          QStringLiteral("JUnit XML"),
                          QStringLiteral("Prometheus text")}));
    const QStringList suffixes{QStringLiteral(".html"),
                               QStringLiteral(".pdf"),
                               QStringLiteral(".json"),
                               QStringLiteral(".sarif"),
                               QStringLiteral(".xml"),
                               QStringLiteral(".prom")};
    for (int i = format->count() - 1; i >= 0; --i) {
        format->setCurrentIndex(i);
        QVERIFY2(pathEdit->text().endsWith(suffixes.at(i)), qPrintable(pathEdit->text()));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("exportFormatDescriptionLabel"))->text().isEmpty());
    }
    dialog->reject();
}

void TestExport::dialogExportsAndAsksBeforeReplacing()
{
    QVERIFY(installTranslations(QStringLiteral("es")));
    auto window = loadedWindow(m_snapshot);
    QVERIFY(window);
    ExportDialog* dialog = openDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->language(), QStringLiteral("es")); // the UI's language by default
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("exportLanguageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("ca")));
    dialog->setFormat(ReportFormat::Junit);
    const QString target = m_dir.filePath(QStringLiteral("dialog.xml"));
    QFile::remove(target);
    dialog->setPath(target);
    QSignalSpy exported(window.get(), &MainWindow::reportExported);
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("exportButtonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(exported.wait(60000));
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(2).toString()));
    const QByteArray first = readAll(target);
    QVERIFY(first.contains("<testsuites"));
    QVERIFY(first.contains("Evidència: ")); // Catalan, while the window is in Spanish
    // The dialog remembered the folder and the format.
    QTRY_VERIFY(!window->findChild<ExportDialog*>(QStringLiteral("exportReportDialog")));

    // Again to the same file: a question first; No keeps the file and the dialog.
    QVERIFY(QFile(target).open(QIODevice::WriteOnly | QIODevice::Truncate)); // a file the user cares about
    dialog = openDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->format(), ReportFormat::Junit);
    QCOMPARE(QFileInfo(dialog->path()).absolutePath(), m_dir.path());
    QVERIFY(dialog->path().endsWith(QLatin1String(".xml")));
    dialog->setPath(target);
    exported.clear();
    buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("exportButtonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    auto* question = dialog->findChild<QMessageBox*>(QStringLiteral("exportOverwriteMessageBox"));
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->text().contains(target));
    QTest::mouseClick(question->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!dialog->findChild<QMessageBox*>(QStringLiteral("exportOverwriteMessageBox")));
    QTest::qWait(200);
    QVERIFY(exported.isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(QFileInfo(target).size(), 0);
    // Yes replaces it.
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    question = dialog->findChild<QMessageBox*>(QStringLiteral("exportOverwriteMessageBox"));
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(exported.wait(60000));
    QVERIFY(exported.first().at(0).toBool());
    QVERIFY(QFileInfo(target).size() > 1000);
}

void TestExport::fileDialogPicksFormatAndName()
{
    auto window = loadedWindow(m_snapshot);
    QVERIFY(window);
    ExportDialog* dialog = openDialog(*window);
    QVERIFY(dialog);
    dialog->setPath(m_dir.filePath(QStringLiteral("start.html")));
    dialog->setFormat(ReportFormat::Pdf);
    QVERIFY(dialog->path().endsWith(QLatin1String("start.pdf")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportBrowsePushButton")), Qt::LeftButton);
    auto* files = dialog->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"));
    QVERIFY(files);
    QTRY_VERIFY(files->isVisible());
    QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(files->nameFilters().size(), 6);
    QCOMPARE(files->selectedNameFilter(), ExportDialog::nameFilter(ReportFormat::Pdf));
    QCOMPARE(files->defaultSuffix(), QStringLiteral("pdf"));
    QVERIFY(!files->testOption(QFileDialog::DontConfirmOverwrite));
    // A name without a suffix gets the filter's; a report suffix typed on purpose picks its format.
    files->selectFile(m_dir.filePath(QStringLiteral("picked")));
    static_cast<QDialog*>(files)->accept(); // QFileDialog::accept, as its Save button
    QTRY_VERIFY(!dialog->findChild<QFileDialog*>(QStringLiteral("exportFileDialog")));
    QCOMPARE(dialog->path(), m_dir.filePath(QStringLiteral("picked.pdf")));
    QCOMPARE(dialog->format(), ReportFormat::Pdf);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportBrowsePushButton")), Qt::LeftButton);
    files = dialog->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"));
    QVERIFY(files);
    files->selectFile(m_dir.filePath(QStringLiteral("picked.sarif")));
    static_cast<QDialog*>(files)->accept(); // QFileDialog::accept, as its Save button
    QTRY_VERIFY(!dialog->findChild<QFileDialog*>(QStringLiteral("exportFileDialog")));
    QCOMPARE(dialog->format(), ReportFormat::Sarif);
    QCOMPARE(dialog->path(), m_dir.filePath(QStringLiteral("picked.sarif")));
    dialog->reject();
}

void TestExport::unwritablePathShowsErrorAndWritesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder is a file") << QStringLiteral("file");
    QTest::newRow("no such folder") << QStringLiteral("missing");
    // Even root cannot create a file in /proc.
    QTest::newRow("proc") << QStringLiteral("proc");
    QTest::newRow("read-only folder") << QStringLiteral("readonly");
}

void TestExport::unwritablePathShowsErrorAndWritesNothing()
{
    QFETCH(QString, kind);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QString path;
    QString folder = scratch.path();
    if (kind == QLatin1String("file")) {
        QVERIFY(QFile(scratch.filePath(QStringLiteral("plain"))).open(QIODevice::WriteOnly));
        path = scratch.filePath(QStringLiteral("plain/report.html"));
    } else if (kind == QLatin1String("missing")) {
        path = scratch.filePath(QStringLiteral("missing/report.html"));
    } else if (kind == QLatin1String("proc")) {
        folder = QStringLiteral("/proc");
        path = QStringLiteral("/proc/escut-export-%1.html").arg(QCoreApplication::applicationPid());
    } else {
        if (::geteuid() == 0) {
            QSKIP("root writes into a read-only folder anyway (the proc row covers a folder root cannot write)");
        }
        folder = scratch.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        path = folder + QStringLiteral("/report.html");
    }
    const QStringList before = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    // The window in Catalan: the error is in Catalan too.
    QVERIFY(installTranslations(QStringLiteral("ca")));
    auto window = loadedWindow(m_snapshot);
    QVERIFY(window);
    const QList<QVariant> result = exportAndWait(*window, path, ReportFormat::Html, QStringLiteral("ca"));
    QVERIFY(!result.isEmpty());
    QVERIFY(!result.at(0).toBool());
    const QString message = result.at(2).toString();
    const QString lead = QCoreApplication::translate("escut::MainWindow", "The report could not be exported. %1");
    QVERIFY(lead != QLatin1String("The report could not be exported. %1"));
    QVERIFY2(message.startsWith(lead.section(QStringLiteral("%1"), 0, 0)), qPrintable(message));
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("exportErrorMessageBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), message);
    qInfo("%s: %s", qPrintable(kind), qPrintable(message));
    QCOMPARE(window->statusBar()->currentMessage(), message);
    box->accept();
    QVERIFY(!QFileInfo::exists(path));
    if (kind != QLatin1String("proc")) { // /proc lists the processes, which come and go
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }
    // The window can export again afterwards.
    QVERIFY(window->findChild<QAction*>(QStringLiteral("exportAction"))->isEnabled());
}

void TestExport::guiThreadKeepsRunning_data()
{
    QTest::addColumn<int>("containers");
    QTest::addColumn<int>("format");
    // HTML of a large host (the demo's containers repeated to 1000, about 22 000 findings). PDF renders on a
    // worker thread as well, but QTextDocument takes about a minute for that many findings: a tenth of it here.
    QTest::newRow("html, 1000 containers") << 1000 << int(ReportFormat::Html);
    QTest::newRow("pdf, 100 containers") << 100 << int(ReportFormat::Pdf);
}

void TestExport::guiThreadKeepsRunning()
{
    QFETCH(int, containers);
    QFETCH(int, format);
    const auto fmt = static_cast<ReportFormat>(format);
    Result<Snapshot> demo = Snapshot::load(MainWindow::demoSnapshotPath());
    QVERIFY(demo);
    Snapshot snapshot = demo.value();
    const QList<QJsonObject> templates = snapshot.containers;
    snapshot.containers.clear();
    for (int i = 0; i < containers; ++i) {
        QJsonObject c = templates.at(i % templates.size());
        c.insert(QStringLiteral("Id"), QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0')));
        c.insert(QStringLiteral("Name"), QStringLiteral("/c-%1").arg(i, 4, 10, QLatin1Char('0')));
        snapshot.containers.append(c);
    }
    const QString big = m_dir.filePath(QStringLiteral("containers-%1.json").arg(containers));
    QVERIFY(snapshot.save(big));
    auto window = loadedWindow(big);
    QVERIFY(window);
    QVERIFY(window->result().findings.size() > containers * 20);
    QTest::qWait(200); // let the window settle after showing every container

    // In the window's language (the findings as shown) and in another one (the checks run again first).
    const QString windowLanguage = currentLanguage();
    for (const QString& lang : {windowLanguage, QStringLiteral("ca")}) {
        const QString path =
            m_dir.filePath(QStringLiteral("big-%1-%2.%3").arg(containers).arg(lang, reportFormatSuffix(fmt)));
        // Baseline: the same export run on the GUI thread blocks it for the whole render and write.
        ReportExportRequest request;
        request.result = window->result();
        request.resultLanguage = windowLanguage;
        request.format = fmt;
        request.language = lang;
        request.path = path + QStringLiteral(".blocking");
        StallMeter blockingMeter;
        const Result<ReportExportDone> blocking = ReportExport::run(request);
        const double baseline = blockingMeter.stop();
        QVERIFY2(blocking.ok(), blocking.ok() ? "" : qPrintable(blocking.error().fullText()));

        StallMeter meter;
        const QList<QVariant> result = exportAndWait(*window, path, fmt, lang);
        const double stall = meter.stop();
        QVERIFY(!result.isEmpty());
        QVERIFY2(result.at(0).toBool(), qPrintable(result.at(2).toString()));
        qInfo("%s export of %lld findings (%s): %lld bytes; longest GUI-thread gap %.1f ms, %.1f ms when blocking",
              qPrintable(reportFormatId(fmt)),
              qlonglong(window->result().findings.size()),
              qPrintable(lang),
              qlonglong(QFileInfo(path).size()),
              stall,
              baseline);
        // A ratio, not a time (a shared 2-core machine): the window's export must not stall the GUI thread for
        // anything like the export itself. Exporting on the GUI thread gives a ratio near 1.
        QVERIFY2(stall < 0.5 * baseline,
                 qPrintable(QStringLiteral("the GUI thread stopped for %1 ms during the export; the same export "
                                           "blocking it stops it for %2 ms")
                                .arg(stall, 0, 'f', 1)
                                .arg(baseline, 0, 'f', 1)));
        const QByteArray data = readAll(path);
        QVERIFY(fmt == ReportFormat::Pdf
                    ? data.startsWith("%PDF-")
                    : data.contains(QStringLiteral("c-%1").arg(containers - 1, 4, 10, QLatin1Char('0')).toUtf8()));
    }
}

QTEST_MAIN(TestExport)
#include "test_export.moc"
