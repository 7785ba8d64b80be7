// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Translations.h"

#include "core/report/ReportUtil.h"
#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"
#include "ui/charts/StoredHistoryView.h"

#include <QAccessible>
#include <QApplication>
#include <QCommandLineParser>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace
{

// The names and values the window's accessibility tree exposes for what is visible (labels, buttons, list items,
// table cells, tabs), one a line. With ESCUT_SCREENSHOT_TEXTS=FILE a --screenshot run writes them to FILE, so a test
// can tell which language a screenshot shows without OCR (tests/ui/screenshots.sh).
bool writeVisibleTexts(QWidget& window, const QString& path)
{
    QStringList lines;
    const auto walk = [&lines](const auto& self, QAccessibleInterface* node, int depth) -> void {
        if (!node || !node->isValid() || depth > 64 || lines.size() > 50000 || node->state().invisible) {
            return;
        }
        for (const QAccessible::Text which : {QAccessible::Name, QAccessible::Value}) {
            const QString text = node->text(which).simplified();
            if (!text.isEmpty()) {
                lines.append(text);
            }
        }
        for (int i = 0; i < node->childCount(); ++i) {
            self(self, node->child(i), depth + 1);
        }
    };
    walk(walk, QAccessible::queryAccessibleInterface(&window), 0);
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n') >= 0 &&
           file.commit();
}

} // namespace

int main(int argc, char** argv)
{
    // --version works without a display (packaging and CI call it).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("escut %s\n", ESCUT_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("escut"));
    QApplication::setApplicationDisplayName(QStringLiteral("Escut"));
    QApplication::setOrganizationName(QStringLiteral("escut"));
    QApplication::setApplicationVersion(QStringLiteral(ESCUT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Escut: security dashboard for Docker hosts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(
        QStringList{QStringLiteral("H"), QStringLiteral("host")},
        QApplication::translate("main", "Docker endpoint: unix:///path, tcp://host:port or ssh://user@host."),
        QApplication::translate("main", "URL"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     QApplication::translate("main", "Docker context to use."),
                                     QApplication::translate("main", "NAME"));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"),
        QApplication::translate("main", "Show a saved snapshot instead of a live daemon."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Show the bundled demo snapshot."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "Language: ca, es or en."),
                                  QApplication::translate("main", "LANG"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QApplication::translate("main", "View to open: %1.")
                                      .arg(escut::MainWindow::viewNames().join(QStringLiteral(", "))),
                                  QApplication::translate("main", "NAME"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window once the audit has finished, then exit."),
        QApplication::translate("main", "FILE"));
    parser.addOptions({host, context, snapshot, demo, lang, view, screenshot});
    parser.process(app);
    const auto startView = escut::MainWindow::viewFromName(parser.value(view));
    if (parser.isSet(view) && !startView) {
        std::fprintf(
            stderr,
            "%s\n",
            qPrintable(QApplication::translate("main", "Unknown view %1; use one of: %2.")
                           .arg(parser.value(view), escut::MainWindow::viewNames().join(QStringLiteral(", ")))));
        return 2;
    }
    const QString screenshotPath = parser.value(screenshot);

    // One window per user: a second launch raises the first and leaves (a screenshot run is its own window).
    escut::SingleInstance instance;
    if (screenshotPath.isEmpty()) {
        if (instance.notifyRunningInstance(500)) {
            return 0;
        }
        instance.listen();
    }

    // --lang wins, then the language used last time, then the system locale.
    QSettings settings;
    QString language = escut::pickLanguage(parser.value(lang));
    if (parser.isSet(lang) && !language.isEmpty()) {
        settings.setValue(QStringLiteral("language"), language);
    } else {
        language = escut::pickLanguage(settings.value(QStringLiteral("language")).toString());
    }
    escut::installTranslations(language.isEmpty() ? QStringLiteral("en") : language);

    escut::MainWindow::Options options;
    options.audit.snapshotPath = parser.value(snapshot);
    options.demo = parser.isSet(demo);
    // The endpoint given on the command line is remembered; without one, the last one is used again.
    if (parser.isSet(host) || parser.isSet(context)) {
        settings.setValue(QStringLiteral("endpoint/host"), parser.value(host));
        settings.setValue(QStringLiteral("endpoint/context"), parser.value(context));
    }
    options.audit.endpoint.host = settings.value(QStringLiteral("endpoint/host")).toString();
    options.audit.endpoint.context = settings.value(QStringLiteral("endpoint/context")).toString();
    escut::MainWindow window(options);
    QObject::connect(&instance,
                     &escut::SingleInstance::activationRequested,
                     &window,
                     &escut::MainWindow::raiseAndActivate);
    // Every audit of a daemon (not the demo) goes into the stored history, written on a worker thread.
    auto* storedHistory = new escut::StoredHistoryView();
    window.setHistoryView(storedHistory);
    QObject::connect(&window, &escut::MainWindow::auditFinished, storedHistory, [&window, storedHistory](bool ok) {
        if (ok && !window.resultIsDemo()) {
            storedHistory->record(window.result(), escut::endpointLabel(window.result().snapshot.endpoint));
        }
    });
    if (startView) {
        window.setCurrentView(*startView);
    }
    if (!screenshotPath.isEmpty()) {
        // Same size every time, whatever geometry was remembered: the README and the tests compare them.
        window.resize(1280, 800);
        QObject::connect(&window, &escut::MainWindow::auditFinished, &window, [&window, screenshotPath](bool ok) {
            // Let the re-evaluation in the chosen language and the layouts settle before grabbing.
            QTimer::singleShot(500, &window, [&window, screenshotPath, ok] {
                bool saved = window.grab().save(screenshotPath, "PNG");
                if (const QString texts = qEnvironmentVariable("ESCUT_SCREENSHOT_TEXTS"); !texts.isEmpty()) {
                    saved = writeVisibleTexts(window, texts) && saved;
                }
                QApplication::exit(saved && ok ? 0 : 1);
            });
        });
    }
    window.show();
    QTimer::singleShot(0, &window, &escut::MainWindow::startAudit);
    return app.exec();
}
