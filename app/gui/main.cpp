// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Translations.h"

#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>

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
    const QCommandLineOption host(QStringList{QStringLiteral("H"), QStringLiteral("host")},
                                  QApplication::translate("main", "Docker endpoint: unix:///path or tcp://host:port."),
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
    parser.addOptions({host, context, snapshot, demo, lang});
    parser.process(app);

    // One window per user: a second launch raises the first and leaves.
    escut::SingleInstance instance;
    if (instance.notifyRunningInstance(500)) {
        return 0;
    }
    instance.listen();

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
    window.show();
    QTimer::singleShot(0, &window, &escut::MainWindow::startAudit);
    return app.exec();
}
