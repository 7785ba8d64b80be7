// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Translations.h"

#include "app/cli/Cli.h"
#include "app/cli/ReportCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <unistd.h>

int main(int argc, char** argv)
{
    // PDF rendering needs fonts, hence a QGuiApplication; offscreen, so no display is needed.
    std::unique_ptr<QCoreApplication> app;
    if (escut::needsGuiApplication(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("escut"));
    QCoreApplication::setOrganizationName(QStringLiteral("escut"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ESCUT_VERSION));

    const QStringList args = QCoreApplication::arguments();
    const QString requested = escut::Cli::requestedLanguage(args);
    const QString lang = escut::pickLanguage(requested);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!requested.isEmpty() && lang.isEmpty()) {
        err << QCoreApplication::translate("Cli", "Unknown language '%1': use ca, es or en.").arg(requested) << '\n';
        return escut::Cli::ExitError;
    }
    escut::installTranslations(lang);

    escut::Cli cli(out, err, ::isatty(STDOUT_FILENO) == 1, ::isatty(STDERR_FILENO) == 1);
    cli.setProcessEndsAfterRun(true);
    const int code = cli.run(args);
    out.flush();
    err.flush();
    return code;
}
