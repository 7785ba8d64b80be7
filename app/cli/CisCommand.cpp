// SPDX-License-Identifier: GPL-3.0-or-later
// escut-cli cis: the CIS Docker Benchmark v1.6.0 and what covers each recommendation.
#include "app/cli/Cli.h"
#include "core/report/CisReport.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace escut
{

int Cli::cis(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the CIS Docker Benchmark v1.6.0: each recommendation, whether it is "
                                        "Automated or Manual, the checks that cover it, or why none does."));
    parser.addHelpOption();
    QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              tr("Write to FILE instead of standard output."),
                              tr("FILE"));
    QCommandLineOption lang(QStringLiteral("lang"), tr("Language of texts: ca, es or en."), tr("LANG"));
    QCommandLineOption format(QStringLiteral("format"),
                              tr("Output format: text or json."),
                              tr("FORMAT"),
                              QStringLiteral("text"));
    parser.addOptions({format, output, lang});
    if (const std::optional<int> done = parseArguments(parser, args)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    const QString fmt = parser.value(format);
    if (fmt == QLatin1String("json")) {
        return writeOutput(parser.value(output), QJsonDocument(cisTableJson()).toJson(QJsonDocument::Indented))
                   ? ExitOk
                   : ExitError;
    }
    if (fmt != QLatin1String("text")) {
        return fail(tr("unknown format '%1'; valid formats: text, json").arg(fmt));
    }
    return writeOutput(parser.value(output), cisTableText(ReportOptions{}).toUtf8()) ? ExitOk : ExitError;
}

} // namespace escut
