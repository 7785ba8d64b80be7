// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include "translations/Translations.h"

#include "app/cli/FixOptions.h"
#include "app/cli/ReportCommands.h"
#include "core/audit/Auditor.h"
#include "core/checks/Catalogue.h"
#include "core/checks/CisBenchmark.h"
#include "core/docker/DockerClient.h"
#include "core/privileged/PlanPolicy.h"
#include "core/privileged/SafeFs.h"
#include "core/remediation/ComposeHardener.h"
#include "core/remediation/Remediation.h"
#include "core/remediation/RunCommand.h"
#include "core/report/CisReport.h"
#include "core/report/ReportUtil.h"
#include "core/report/Reports.h"
#include "core/tools/ToolRunner.h"
#include "core/util/FileWrite.h"
#include "core/util/Keychain.h"
#include "core/util/TerminalText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>

#include <sys/stat.h>
#include <unistd.h>

namespace escut
{

namespace
{

QString joinedLayerIds()
{
    QStringList ids;
    for (const Layer l : allLayers()) {
        ids.append(layerId(l));
    }
    return ids.join(QStringLiteral(", "));
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err, bool outIsTty, bool errIsTty)
    : m_out(out)
    , m_err(err)
    , m_outIsTty(outIsTty)
    , m_errIsTty(errIsTty)
{}

QString Cli::requestedLanguage(const QStringList& args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            return args.at(i + 1);
        }
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            return args.at(i).mid(7);
        }
    }
    return {};
}

int Cli::fail(const QString& message)
{
    // Error messages carry daemon errors, file names and tool output: no control character reaches the terminal.
    m_err << tr("escut-cli: %1").arg(terminalSafe(message)) << '\n';
    m_err.flush();
    return ExitError;
}

int Cli::usage(const QString& error)
{
    QTextStream& s = error.isEmpty() ? m_out : m_err;
    if (!error.isEmpty()) {
        s << tr("escut-cli: %1").arg(error) << "\n\n";
    }
    s << tr("Usage: escut-cli <command> [options]") << "\n\n"
      << tr("Commands:") << '\n'
      << "  audit      " << tr("Audit the Docker host and print the findings") << '\n'
      << "  snapshot   " << tr("Save the collected facts to a JSON snapshot") << '\n'
      << "  checks     " << tr("List the checks of the catalogue") << '\n'
      << "  cis        " << tr("Print the CIS Docker Benchmark v1.6.0 with the checks that cover each recommendation")
      << '\n'
      << "  compose    " << tr("Harden a Compose file (compose harden FILE [-o OUT | --override])") << '\n'
      << "  history    " << tr("List the stored audits") << '\n'
      << "  diff       " << tr("Compare two stored audits: new, fixed and unchanged findings") << '\n'
      << "  exporter   " << tr("Serve periodic audits as Prometheus metrics on /metrics") << '\n'
      << "  fix        "
      << tr("List, preview, apply and roll back fixes (list, preview ID, apply ID, rollback TX, "
            "journal, restart-daemon, reload-daemon)")
      << '\n'
      << "  lab        " << tr("Security course labs (list, show ID, start ID, check ID, solve ID, reset [ID], export)")
      << '\n'
      << '\n'
      << tr("Run 'escut-cli <command> --help' for the options of a command.") << '\n'
      << tr("Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or connection error.") << '\n';
    s.flush();
    return error.isEmpty() ? ExitOk : ExitError;
}

int Cli::run(const QStringList& args)
{
    if (args.size() < 2) {
        return usage(tr("no command given"));
    }
    const QString command = args.at(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v") ||
        command == QLatin1String("version")) {
        m_out << "escut-cli " << ESCUT_VERSION << '\n';
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        return usage();
    }
    const QStringList rest = QStringList{args.at(0) + QLatin1Char(' ') + command} + args.mid(2);
    if (command == QLatin1String("audit")) {
        return audit(rest);
    }
    if (command == QLatin1String("snapshot")) {
        return snapshot(rest);
    }
    if (command == QLatin1String("cis")) {
        return cis(rest);
    }
    if (command == QLatin1String("checks")) {
        return checks(rest);
    }
    if (command == QLatin1String("fix")) {
        return fix(rest);
    }
    if (command == QLatin1String("compose")) {
        return compose(rest);
    }
    if (command == QLatin1String("lab")) {
        return lab(rest);
    }
    if (command == QLatin1String("history")) {
        return history(rest);
    }
    if (command == QLatin1String("diff")) {
        return diff(rest);
    }
    if (command == QLatin1String("exporter")) {
        return exporter(rest);
    }
    return usage(tr("unknown command '%1'").arg(command));
}

std::optional<int> Cli::parseArguments(QCommandLineParser& parser, const QStringList& args)
{
    if (!parser.parse(args)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << helpText(parser, args.value(0));
        return ExitOk;
    }
    return std::nullopt;
}

QString Cli::helpText(const QCommandLineParser& parser, const QString& invoked)
{
    // QCommandLineParser names the program by the path it was started with ("Usage: /usr/bin/escut-cli [options]");
    // the usage line names the command as it is typed instead: "Usage: escut-cli audit [options]".
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const QString command =
        invoked.startsWith(program + QLatin1Char(' ')) ? invoked.mid(program.size() + 1) : QString();
    const QString name = command.isEmpty() ? QStringLiteral("escut-cli") : QStringLiteral("escut-cli ") + command;
    const qsizetype firstLine = help.indexOf(QLatin1Char('\n'));
    if (const qsizetype at = help.left(firstLine).indexOf(program); !program.isEmpty() && at >= 0) {
        help.replace(at, program.size(), name);
    }
    return help;
}

bool Cli::terminalHasControls()
{
    // A dumb terminal (Emacs' shell, some CI logs) shows escape sequences as text: no colour, no cursor movement.
    const QByteArray term = qgetenv("TERM");
    return !term.isEmpty() && term != "dumb";
}

bool Cli::writeOutput(const QString& path, const QByteArray& data)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        m_out << QString::fromUtf8(data);
        m_out.flush();
        return true;
    }
    if (const VoidResult written = writeFile(path, data); !written) {
        fail(written.error().fullText());
        return false;
    }
    return true;
}

namespace
{

struct CommonOptions
{
    QCommandLineOption host{QStringList{QStringLiteral("H"), QStringLiteral("host")},
                            Cli::tr("Docker endpoint: unix:///path, tcp://host:port or ssh://user@host."),
                            Cli::tr("URL")};
    QCommandLineOption context{QStringLiteral("context"), Cli::tr("Docker context to use."), Cli::tr("NAME")};
    QCommandLineOption only{QStringLiteral("only"),
                            Cli::tr("Only these layers, comma-separated: %1.").arg(joinedLayerIds()),
                            Cli::tr("LAYER,...")};
    QCommandLineOption output{QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              Cli::tr("Write to FILE instead of standard output."),
                              Cli::tr("FILE")};
    QCommandLineOption lang{QStringLiteral("lang"), Cli::tr("Language of texts: ca, es or en."), Cli::tr("LANG")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               Cli::tr("Seconds to wait for each Docker request (default 30)."),
                               Cli::tr("SECONDS"),
                               QStringLiteral("30")};
    QCommandLineOption scanTimeout{QStringLiteral("scan-timeout"),
                                   Cli::tr("Seconds all trivy and dockle runs of the audit may take together (default "
                                           "%1); scans that do not fit are reported as not scanned.")
                                       .arg(CollectOptions::DefaultScanBudgetMs / 1000),
                                   Cli::tr("SECONDS"),
                                   QString::number(CollectOptions::DefaultScanBudgetMs / 1000)};
    QCommandLineOption noScan{QStringLiteral("no-scan"),
                              Cli::tr("Do not run trivy and dockle on the images (image.vulnerabilities and image.lint "
                                      "are skipped).")};
    QCommandLineOption trustedSource{QStringLiteral("trusted-source"),
                                     Cli::tr("Also trust images from this registry or namespace, e.g. ghcr.io/myorg "
                                             "(repeatable; adds to trustedSources in ~/.config/escut/escut.conf)."),
                                     Cli::tr("SOURCE")};
};

// --scan-timeout SECONDS as milliseconds: a positive number of seconds, at most a day.
std::optional<int> scanBudgetMs(const QString& value)
{
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok || seconds <= 0 || seconds > 86400) {
        return std::nullopt;
    }
    return seconds * 1000;
}

} // namespace

int Cli::audit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Audit the Docker host: collect facts, evaluate every check, score each layer."));
    parser.addHelpOption();
    CommonOptions common;
    QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
                                      tr("Evaluate a saved snapshot instead of a live daemon."),
                                      tr("FILE"));
    QCommandLineOption format(QStringLiteral("format"),
                              tr("Output format: %1 or dbs-json.").arg(reportFormats().join(QStringLiteral(", "))),
                              tr("FORMAT"),
                              QStringLiteral("text"));
    QCommandLineOption failOn(QStringLiteral("fail-on"),
                              tr("Exit with 1 when a failed check has this severity or higher: "
                                 "info, low, medium, high, critical or none (default high)."),
                              tr("SEVERITY"),
                              QStringLiteral("high"));
    QCommandLineOption verbose(QStringList{QStringLiteral("verbose")}, tr("Text output: list passing checks too."));
    QCommandLineOption noColor(QStringLiteral("no-color"), tr("Never use colours."));
    QCommandLineOption noHistory(QStringLiteral("no-history"), tr("Do not store this audit in the history."));
    QCommandLineOption hostsFile(QStringLiteral("hosts"),
                                 tr("Audit every endpoint listed in FILE (one per line: unix://, tcp:// with TLS "
                                    "options, or a context name), as a fleet."),
                                 tr("FILE"));
    QCommandLineOption parallel(QStringLiteral("parallel"),
                                tr("Fleets: audit at most N endpoints at a time (default 4)."),
                                tr("N"),
                                QStringLiteral("4"));
    QCommandLineOption outputDir(QStringLiteral("output-dir"),
                                 tr("Fleets: write one report per endpoint into DIR, plus the aggregate fleet.<ext>."),
                                 tr("DIR"));
    QCommandLineOption composeFile(QStringLiteral("compose"),
                                   tr("Also audit this Compose file (repeatable); files of running Compose projects "
                                      "are found by themselves."),
                                   tr("FILE"));
    QCommandLineOption dockerfileOption(QStringLiteral("dockerfile"),
                                        tr("Also audit this Dockerfile (repeatable); those of the Compose files' "
                                           "build: sections are found by themselves."),
                                        tr("FILE"));
    QCommandLineOption active(QStringLiteral("active"),
                              tr("Run the active probes: docker exec sh -c true in each running container and a "
                                 "start of each image without secrets (removed afterwards)."));
    QCommandLineOption benchmark(QStringLiteral("benchmark"),
                                 tr("List the results by the recommendations of a benchmark, in its order: "
                                    "cis-1.6.0 (formats text and dbs-json, docker-bench-security's JSON log)."),
                                 tr("BENCHMARK"));
    QCommandLineOption include(QStringLiteral("include"),
                               tr("With --benchmark: only these CIS recommendations or sections, separated by "
                                  "commas (5,2.1)."),
                               tr("IDS"));
    QCommandLineOption exclude(QStringLiteral("exclude"),
                               tr("With --benchmark: leave out these CIS recommendations or sections, separated by "
                                  "commas (5.7,7)."),
                               tr("IDS"));
    parser.addOptions({dockerfileOption, active, benchmark, include, exclude});
    parser.addOptions({common.host,
                       common.context,
                       snapshotOption,
                       common.only,
                       format,
                       common.output,
                       failOn,
                       common.lang,
                       verbose,
                       noColor,
                       composeFile,
                       common.timeout,
                       noHistory,
                       hostsFile,
                       parallel,
                       outputDir,
                       common.noScan,
                       common.scanTimeout,
                       common.trustedSource});
    if (const std::optional<int> done = parseArguments(parser, args)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }

    AuditOptions options;
    options.endpoint.host = parser.value(common.host);
    options.endpoint.context = parser.value(common.context);
    options.snapshotPath = parser.value(snapshotOption);
    for (const QString& f : parser.values(composeFile)) {
        options.composeFiles.append(QFileInfo(f).absoluteFilePath());
    }
    for (const QString& f : parser.values(dockerfileOption)) {
        options.dockerfiles.append(QFileInfo(f).absoluteFilePath());
    }
    options.active = parser.isSet(active);
    if (options.active && !options.snapshotPath.isEmpty()) {
        return fail(tr("--active probes a live daemon; a snapshot already holds the probe results it was taken "
                       "with"));
    }
    options.scan = !parser.isSet(common.noScan);
    options.trustedSources = parser.values(common.trustedSource);
    const bool fleet =
        parser.isSet(hostsFile) || parser.values(common.host).size() + parser.values(common.context).size() > 1;
    if (!fleet && !options.endpoint.host.isEmpty() && !options.endpoint.context.isEmpty()) {
        return fail(tr("--host and --context cannot be used together"));
    }
    if (!options.snapshotPath.isEmpty() &&
        (!options.endpoint.host.isEmpty() || !options.endpoint.context.isEmpty() || fleet)) {
        return fail(tr("--snapshot cannot be combined with --host or --context"));
    }
    if (!fleet && parser.isSet(outputDir)) {
        return fail(tr("--output-dir is for fleets (--hosts, or several --host/--context)"));
    }
    if (parser.isSet(outputDir) && parser.isSet(common.output)) {
        // Which file would hold the aggregate is not obvious: it is always DIR/fleet.<ext>.
        return fail(tr("-o and --output-dir cannot be used together: --output-dir writes the fleet report as "
                       "fleet.<ext> beside the report of each endpoint"));
    }
    if (parser.isSet(common.only)) {
        for (const QString& id : parser.value(common.only).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto layer = layerFromId(id.trimmed());
            if (!layer) {
                return fail(tr("unknown layer '%1'; valid layers: %2").arg(id, joinedLayerIds()));
            }
            options.only.insert(*layer);
        }
    }
    // --benchmark: the findings by CIS recommendation, as docker-bench-security lists them (dbs-json implies it).
    const bool dbsJson = parser.value(format) == QLatin1String("dbs-json");
    const bool byBenchmark = parser.isSet(benchmark) || dbsJson;
    if (parser.isSet(benchmark) && parser.value(benchmark) != QLatin1String(cis::BenchmarkId)) {
        return fail(
            tr("unknown benchmark '%1'; valid: %2").arg(parser.value(benchmark), QLatin1String(cis::BenchmarkId)));
    }
    CisSelection selection;
    for (const auto& [option, list] :
         {std::pair{&include, &selection.include}, std::pair{&exclude, &selection.exclude}}) {
        for (const QString& value : parser.values(*option)) {
            for (const QString& id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                list->append(id.trimmed());
            }
        }
    }
    if (!byBenchmark && (!selection.include.isEmpty() || !selection.exclude.isEmpty())) {
        return fail(tr("--include and --exclude select CIS recommendations: use them with --benchmark %1")
                        .arg(QLatin1String(cis::BenchmarkId)));
    }
    if (const QString unknown = unknownCisPattern(selection.include + selection.exclude); !unknown.isEmpty()) {
        return fail(tr("unknown CIS recommendation or section '%1'; escut-cli cis lists them").arg(unknown));
    }
    if (byBenchmark && fleet) {
        return fail(tr("--benchmark lists the results of one endpoint; it cannot be used with a fleet"));
    }
    if (byBenchmark && !dbsJson && parser.value(format) != QLatin1String("text")) {
        return fail(tr("--benchmark writes text or dbs-json, not '%1'").arg(parser.value(format)));
    }
    const std::optional<ReportFormat> fmt =
        byBenchmark ? std::optional(ReportFormat::Text) : reportFormatFromId(parser.value(format));
    if (!fmt) {
        return fail(tr("unknown format '%1'; valid formats: %2")
                        .arg(parser.value(format), reportFormats().join(QStringLiteral(", "))));
    }
    std::optional<Severity> threshold;
    if (parser.value(failOn) != QLatin1String("none")) {
        threshold = severityFromId(parser.value(failOn));
        if (!threshold) {
            return fail(
                tr("unknown severity '%1'; valid: info, low, medium, high, critical, none").arg(parser.value(failOn)));
        }
    }
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(common.timeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0) {
        return fail(tr("--timeout needs a positive number of seconds"));
    }
    options.requestTimeoutMs = timeoutSeconds * 1000;
    if (const std::optional<int> budget = scanBudgetMs(parser.value(common.scanTimeout)); !budget) {
        return fail(tr("--scan-timeout needs a positive number of seconds"));
    } else {
        options.scanBudgetMs = *budget;
    }
    options.rememberContainers = true; // the next audit of this endpoint inspects them while the daemon lists them

    if (fleet) {
        FleetRequest request;
        Result<QList<FleetTarget>> targets =
            Fleet::targets(parser.values(common.host), parser.values(common.context), parser.values(hostsFile));
        if (!targets) {
            return fail(targets.error().fullText());
        }
        request.targets = targets.value();
        bool parallelOk = false;
        request.parallel = parser.value(parallel).toInt(&parallelOk);
        if (!parallelOk || request.parallel <= 0) {
            return fail(tr("--parallel needs a positive number"));
        }
        request.base = options;
        request.format = *fmt;
        request.output = parser.value(common.output);
        request.outputDir = parser.value(outputDir);
        request.report.language = currentLanguage();
        request.report.verbose = parser.isSet(verbose);
        request.threshold = threshold;
        request.history = !parser.isSet(noHistory);
        return auditFleet(request);
    }

    ProgressCallback progress;
    const bool showProgress = m_errIsTty && terminalHasControls();
    if (showProgress) {
        progress = [this](int done, int total, const QString& stage) {
            m_err << '\r' << tr("%1: %2/%3").arg(stage).arg(done).arg(total) << "\x1b[K";
            m_err.flush();
        };
    }
    Result<AuditResult> result = Auditor::run(options, progress);
    if (showProgress) {
        m_err << "\r\x1b[K";
        m_err.flush();
    }
    if (!result) {
        return fail(result.error().fullText());
    }

    ReportOptions reportOptions;
    reportOptions.language = currentLanguage();
    reportOptions.verbose = parser.isSet(verbose);
    const bool toStdout = !parser.isSet(common.output) || parser.value(common.output) == QLatin1String("-");
    reportOptions.color = toStdout && m_outIsTty && !parser.isSet(noColor) && qEnvironmentVariableIsEmpty("NO_COLOR") &&
                          terminalHasControls();
    // The audit goes into the history database while its report is rendered: both only read the result.
    QFuture<StoredAudit> stored;
    if (!parser.isSet(noHistory)) {
        stored = recordHistoryAsync(result.value(), endpointLabel(result.value().snapshot.endpoint));
    }
    const Result<QByteArray> data =
        !byBenchmark ? renderReport(*fmt, result.value(), reportOptions)
        : dbsJson    ? Result<QByteArray>(
                        QJsonDocument(dbsJsonReport(result.value(), selection, QDateTime::currentSecsSinceEpoch()))
                            .toJson(QJsonDocument::Indented))
                  : Result<QByteArray>(cisBenchmarkText(result.value(), reportOptions, selection).toUtf8());
    const bool written = data && writeOutput(parser.value(common.output), data.value());
    if (stored.isValid()) {
        reportHistory(stored.result());
    }
    if (!data) {
        return fail(data.error().fullText());
    }
    if (!written) {
        return ExitError;
    }

    int code = ExitOk;
    if (threshold) {
        for (const Finding& f : result.value().findings) {
            if (f.status == Status::Fail && f.check->severity >= *threshold) {
                code = ExitFindings;
                break;
            }
        }
    }
    if (m_processEndsAfterRun) {
        // The process ends right after: freeing 1000 inspect documents and 15 000 findings one allocation at a
        // time (many from other threads' arenas) took 12-17 ms; the kernel takes the memory back at once.
        (void)new AuditResult(std::move(result).value());
    }
    return code;
}

int Cli::snapshot(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Collect the facts of the Docker host into a JSON snapshot. "
                                        "'escut-cli audit --snapshot FILE' evaluates it later, with no daemon."));
    parser.addHelpOption();
    CommonOptions common;
    parser.addOptions({common.host,
                       common.context,
                       common.output,
                       common.lang,
                       common.timeout,
                       common.noScan,
                       common.scanTimeout,
                       common.trustedSource});
    QCommandLineOption composeFile(QStringLiteral("compose"),
                                   tr("Also read this Compose file (repeatable)."),
                                   tr("FILE"));
    QCommandLineOption dockerfileOption(QStringLiteral("dockerfile"),
                                        tr("Also read this Dockerfile (repeatable)."),
                                        tr("FILE"));
    QCommandLineOption active(QStringLiteral("active"), tr("Run the active probes and keep their results."));
    parser.addOptions({composeFile, dockerfileOption, active});
    if (const std::optional<int> done = parseArguments(parser, args)) {
        return *done;
    }
    AuditOptions options;
    options.endpoint.host = parser.value(common.host);
    options.endpoint.context = parser.value(common.context);
    for (const QString& f : parser.values(composeFile)) {
        options.composeFiles.append(QFileInfo(f).absoluteFilePath());
    }
    for (const QString& f : parser.values(dockerfileOption)) {
        options.dockerfiles.append(QFileInfo(f).absoluteFilePath());
    }
    options.active = parser.isSet(active);
    options.scan = !parser.isSet(common.noScan);
    options.trustedSources = parser.values(common.trustedSource);
    if (!options.endpoint.host.isEmpty() && !options.endpoint.context.isEmpty()) {
        return fail(tr("--host and --context cannot be used together"));
    }
    bool timeoutOk = false;
    options.requestTimeoutMs = parser.value(common.timeout).toInt(&timeoutOk) * 1000;
    if (!timeoutOk || options.requestTimeoutMs <= 0) {
        return fail(tr("--timeout needs a positive number of seconds"));
    }
    if (const std::optional<int> budget = scanBudgetMs(parser.value(common.scanTimeout)); !budget) {
        return fail(tr("--scan-timeout needs a positive number of seconds"));
    } else {
        options.scanBudgetMs = *budget;
    }
    Result<Snapshot> snap = Auditor::collect(options);
    if (!snap) {
        return fail(snap.error().fullText());
    }
    const QString path = parser.value(common.output);
    if (!path.isEmpty() && path != QLatin1String("-")) {
        if (const VoidResult saved = snap.value().save(path); !saved) {
            return fail(saved.error().fullText());
        }
        m_err << tr("Snapshot written to %1 (%n container(s)).",
                    nullptr,
                    static_cast<int>(snap.value().containers.size()))
                     .arg(path)
              << '\n';
        return ExitOk;
    }
    return writeOutput({}, QJsonDocument(snap.value().toJson()).toJson(QJsonDocument::Indented)) ? ExitOk : ExitError;
}

int Cli::checks(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the checks of the catalogue."));
    parser.addHelpOption();
    CommonOptions common;
    QCommandLineOption format(QStringLiteral("format"),
                              tr("Output format: text or json."),
                              tr("FORMAT"),
                              QStringLiteral("text"));
    QCommandLineOption verbose(QStringLiteral("verbose"), tr("Show rationale and remediation."));
    parser.addOptions({format, common.output, common.lang, verbose});
    if (const std::optional<int> done = parseArguments(parser, args)) {
        return *done;
    }
    ReportOptions options;
    options.verbose = parser.isSet(verbose);
    options.color =
        m_outIsTty && !parser.isSet(common.output) && qEnvironmentVariableIsEmpty("NO_COLOR") && terminalHasControls();
    const QString fmt = parser.value(format);
    if (fmt == QLatin1String("json")) {
        return writeOutput(parser.value(common.output), QJsonDocument(catalogueJson()).toJson(QJsonDocument::Indented))
                   ? ExitOk
                   : ExitError;
    }
    if (fmt != QLatin1String("text")) {
        return fail(tr("unknown format '%1'; valid formats: text, json").arg(fmt));
    }
    return writeOutput(parser.value(common.output), catalogueText(options).toUtf8()) ? ExitOk : ExitError;
}

namespace
{

QJsonObject transactionJson(const Transaction& tx)
{
    QJsonObject o = tx.toJson();
    QJsonArray paths;
    for (const Transaction::File& f : tx.files) {
        paths.append(f.path);
    }
    o.insert(QStringLiteral("paths"), paths);
    return o;
}

// A plan file for escut-fix-helper: private (0600) from its creation, written atomically.
VoidResult writePlanFile(const QString& path, const Plan& plan)
{
    const mode_t old = ::umask(077);
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(plan.toFile()) >= 0 && file.commit();
    ::umask(old);
    if (!ok) {
        return makeError(Error::Code::IoError,
                         Cli::tr("Cannot write the plan to %1: %2.").arg(path, file.errorString()));
    }
    return Ok{};
}

// A plan file read as the helper reads it: no link followed, a regular file only (escut-cli may run as root).
Result<Plan> readPlanFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const Result<safefs::Tree> tree = safefs::Tree::open(QStringLiteral("/"));
    if (!tree) {
        return tree.error();
    }
    const Result<safefs::Dir> dir = tree.value().parentOf(absolute);
    if (!dir) {
        return dir.error();
    }
    const Result<safefs::Content> content = safefs::readFile(dir.value(), safefs::leafName(absolute));
    if (!content) {
        return content.error();
    }
    if (!content.value().info.exists) {
        return makeError(Error::Code::NotFound, Cli::tr("The plan file %1 does not exist.").arg(path));
    }
    return Plan::fromFile(content.value().data);
}

} // namespace

int Cli::fix(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reversible fixes. Every apply is a transaction in the journal: originals are backed up, files are "
           "written atomically, and 'rollback TX' restores them byte for byte."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("list, preview ID, apply ID, rollback TX, journal, restart-daemon or reload-daemon"));
    QCommandLineOption root(QStringLiteral("root"),
                            tr("Treat DIR as the filesystem root (labs and tests)."),
                            tr("DIR"),
                            QStringLiteral("/"));
    QCommandLineOption yes(QStringLiteral("yes"), tr("Apply without asking."));
    QCommandLineOption force(QStringLiteral("force"), tr("Roll back even files changed after the apply."));
    QCommandLineOption format(QStringLiteral("format"),
                              tr("Output format of list and journal: text or json."),
                              tr("FORMAT"),
                              QStringLiteral("text"));
    QCommandLineOption expectState(QStringLiteral("expect-state"),
                                   tr("Apply only the plan with this digest (shown by the preview): refuse if anything "
                                      "it was computed from changed."),
                                   tr("DIGEST"));
    QCommandLineOption planOut(
        QStringLiteral("plan-out"),
        tr("preview: save the plan to FILE (mode 0600), for escut-fix-helper or 'apply --plan'."),
        tr("FILE"));
    QCommandLineOption planIn(QStringLiteral("plan"),
                              tr("apply: apply exactly the plan saved in FILE by 'preview --plan-out'."),
                              tr("FILE"));
    CommonOptions common;
    // -o and --host mean something narrower here than in the other commands.
    common.output.setDescription(tr("fix.compose-harden: write the hardened Compose file to FILE (default "
                                    "FILE.hardened.yml next to the original)."));
    common.host.setDescription(tr("The local Docker socket (unix:///path) whose daemon the fixes work on: fixes "
                                  "change this machine's files, so tcp:// and ssh:// are refused."));
    // Every fix's inputs, generated from its declarations (-o is the Compose output's).
    const FixOptions fixOptions(FixOperation::all(), {QStringLiteral("output")});
    parser.addOptions({root,
                       yes,
                       force,
                       format,
                       expectState,
                       planOut,
                       planIn,
                       common.output,
                       common.host,
                       common.context,
                       common.lang});
    parser.addOptions(fixOptions.options());
    if (const std::optional<int> done = parseArguments(parser, args)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool json = parser.value(format) == QLatin1String("json");
    if (!json && parser.value(format) != QLatin1String("text")) {
        return fail(tr("unknown format '%1'; valid formats: text, json").arg(parser.value(format)));
    }
    FixContext context;
    context.root = parser.value(root);
    if ((action == QLatin1String("preview") || action == QLatin1String("apply")) && positional.size() == 2) {
        if (const FixOperation* op = FixOperation::find(positional.at(1))) {
            Result<FixInputs> inputs = fixOptions.read(parser, *op);
            if (!inputs) {
                return fail(inputs.error().message);
            }
            context.inputs = inputs.value();
            // The command line's apply of fix.run-command is the recreation (preview only shows it).
            if (op->input(QStringLiteral("recreate"))) {
                context.inputs.set(QStringLiteral("recreate"), QStringLiteral("1"));
            }
        }
    }
    if (parser.isSet(common.host)) {
        const Result<Endpoint> endpoint =
            EndpointResolver::fromHostUrl(parser.value(common.host), ResolverEnvironment::system());
        if (!endpoint || !endpoint.value().isLocal()) {
            return fail(tr("fixes change this machine's files: --host must be a local unix:// socket"));
        }
        context.socketPath = endpoint.value().socketPath;
    }
    if (!parser.isSet(common.host) && parser.isSet(common.context)) {
        // The daemon of a Docker context, when it is on this machine.
        const Result<Endpoint> endpoint =
            EndpointResolver::resolve({QString(), parser.value(common.context)}, ResolverEnvironment::system());
        if (!endpoint || !endpoint.value().isLocal()) {
            return fail(tr("fixes change this machine's files: the context must use a local unix:// socket"));
        }
        context.socketPath = endpoint.value().socketPath;
    }

    if (action == QLatin1String("list")) {
        QJsonArray list;
        for (const FixInfo& f : Remediation::fixes()) {
            const QString title = QCoreApplication::translate("Remediation", f.title);
            list.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(f.id)},
                                    {QStringLiteral("title"), title},
                                    {QStringLiteral("checks"), QJsonArray::fromStringList(f.checkIds)}});
            if (!json) {
                m_out << QString::fromLatin1(f.id).leftJustified(24) << title << '\n'
                      << "    " << tr("checks: %1").arg(f.checkIds.join(QStringLiteral(", "))) << '\n';
            }
        }
        if (json) {
            m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        }
        return ExitOk;
    }
    if (action == QLatin1String("journal")) {
        Result<QList<Transaction>> journal = Remediation::journal();
        if (!journal) {
            return fail(journal.error().fullText());
        }
        QJsonArray list;
        for (const Transaction& tx : journal.value()) {
            list.append(transactionJson(tx));
            if (!json) {
                QStringList paths;
                for (const Transaction::File& f : tx.files) {
                    paths.append(f.path);
                }
                m_out << tx.id << "  " << QLocale().toString(tx.time.toLocalTime(), QLocale::ShortFormat) << "  "
                      << tx.state << "  " << tx.fixIds.join(QStringLiteral(",")) << "  "
                      << paths.join(QStringLiteral(" ")) << '\n';
            }
        }
        if (json) {
            m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        } else if (list.isEmpty()) {
            m_out << tr("The journal is empty (%1).").arg(Remediation::journalDir()) << '\n';
        }
        return ExitOk;
    }
    if (action == QLatin1String("restart-daemon") || action == QLatin1String("reload-daemon")) {
        // The daemon restart that daemon.json changes need: a separate, explicit step, never a side effect.
        const bool reload = action == QLatin1String("reload-daemon");
        if (ToolRunner::find(QStringLiteral("systemctl")).isEmpty()) {
            return fail(tr("systemctl is not available here: restart dockerd the way it was started (reload: send it "
                           "SIGHUP)."));
        }
        if (!reload) {
            m_out << tr("Restarting dockerd stops the running containers unless live-restore is on.") << '\n';
        }
        if (!parser.isSet(yes) && !confirm()) {
            return m_errIsTty && ::isatty(STDIN_FILENO) == 1 ? ExitOk : ExitError;
        }
        ToolOptions options;
        options.timeoutMs = 120000;
        options.maxOutputBytes = 1024 * 1024;
        const Result<ToolOutput> done =
            ToolRunner::run(QStringLiteral("systemctl"),
                            {reload ? QStringLiteral("reload") : QStringLiteral("restart"), QStringLiteral("docker")},
                            options);
        if (!done || !done.value().succeeded()) {
            return fail(tr("systemctl could not %1 docker: %2")
                            .arg(reload ? QStringLiteral("reload") : QStringLiteral("restart"),
                                 terminalSafe(done ? done.value().diagnostic() : done.error().message)));
        }
        m_out << (reload ? tr("dockerd reloaded its configuration.") : tr("dockerd restarted.")) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("rollback")) {
        if (positional.size() != 2) {
            return fail(tr("usage: escut-cli fix rollback TX (see 'escut-cli fix journal')"));
        }
        Result<Transaction> tx = Remediation::rollback(positional.at(1), parser.isSet(force));
        if (!tx) {
            return fail(tx.error().fullText());
        }
        if (tx.value().container) {
            m_out << tr("Transaction %1 rolled back: the old container is %2 again.")
                         .arg(tx.value().id, terminalSafe(tx.value().container->name))
                  << '\n';
            return ExitOk;
        }
        m_out << tr("Transaction %1 rolled back: %n file(s) restored.", nullptr, int(tx.value().files.size()))
                     .arg(tx.value().id)
              << '\n';
        return ExitOk;
    }
    if (action != QLatin1String("preview") && action != QLatin1String("apply")) {
        return fail(
            tr("unknown fix action '%1'; use list, preview ID, apply ID, rollback TX, journal, restart-daemon or "
               "reload-daemon")
                .arg(action));
    }
    const bool fromFile = action == QLatin1String("apply") && parser.isSet(planIn);
    if (fromFile ? positional.size() != 1 : positional.size() != 2) {
        return fail(tr("usage: escut-cli fix %1 ID (see 'escut-cli fix list'), or escut-cli fix apply --plan FILE")
                        .arg(action));
    }
    Result<Plan> plan = fromFile ? readPlanFile(parser.value(planIn)) : Remediation::plan(positional.at(1), context);
    if (!plan) {
        return fail(plan.error().fullText());
    }
    if (parser.isSet(expectState) && parser.value(expectState) != plan.value().digest()) {
        return fail(tr("the inputs or files changed after the preview (the plan's digest is %1, the preview's %2): "
                       "nothing was applied. Preview the fix again.")
                        .arg(plan.value().digest().left(16), terminalSafe(parser.value(expectState).left(16))));
    }
    if (plan.value().isEmpty()) {
        m_out << tr("%1: nothing to change, the fix is already in place.").arg(plan.value().fixId) << '\n';
        for (const QString& note : plan.value().notes) {
            m_out << tr("Note: %1").arg(terminalSafe(note)) << '\n';
        }
        return ExitOk;
    }
    m_out << terminalSafe(plan.value().preview());
    m_out << tr("Plan digest: %1").arg(plan.value().digest()) << '\n';
    if (parser.isSet(planOut)) {
        if (const VoidResult saved = writePlanFile(parser.value(planOut), plan.value()); !saved) {
            return fail(saved.error().fullText());
        }
        m_out << tr("Plan saved to %1.").arg(parser.value(planOut)) << '\n';
    }
    if (plan.value().needsRoot() && ::geteuid() != 0) {
        const QString file =
            parser.isSet(planOut) ? QFileInfo(parser.value(planOut)).absoluteFilePath() : tr("PLANFILE");
        m_out << tr("Applying this fix needs root. Save the plan with --plan-out FILE, then run: pkexec %1")
                     .arg(Remediation::helperArguments(Remediation::helperPath(), file, plan.value())
                              .join(QLatin1Char(' ')))
              << '\n';
    }
    if (action == QLatin1String("preview")) {
        return ExitOk;
    }
    if (!parser.isSet(yes) && !confirm()) {
        return m_errIsTty && ::isatty(STDIN_FILENO) == 1 ? ExitOk : ExitError;
    }
    if (!plan.value().container.isEmpty()) {
        const Result<Transaction> recreated = Remediation::recreateContainer(plan.value(), context);
        if (!recreated) {
            return fail(terminalSafe(recreated.error().fullText()));
        }
        m_out << tr("%1 now runs hardened (the old container is kept, stopped, as %2). Applied as transaction %3; "
                    "undo it with: escut-cli fix rollback %3")
                     .arg(terminalSafe(recreated.value().container->name),
                          terminalSafe(recreated.value().container->aside),
                          recreated.value().id)
              << '\n';
        return ExitOk;
    }
    // As root (sudo) the same path as escut-fix-helper: the fix's policy, then the journal.
    Result<Transaction> tx = PlanPolicy::apply(plan.value(), Invoker::current());
    if (!tx) {
        return fail(tx.error().fullText());
    }
    m_out << tr("Applied as transaction %1; undo it with: escut-cli fix rollback %1").arg(tx.value().id) << '\n';
    if (!plan.value().secretToken.isEmpty()) {
        const QString key =
            QStringLiteral("token-gate:%1/%2")
                .arg(context.inputs.value(QStringLiteral("dir")), context.inputs.value(QStringLiteral("secret-name")));
        const VoidResult stored = storeSecret(key, plan.value().secretToken);
        m_out << (stored ? tr("The token is in the keychain as '%1'.").arg(key) : stored.error().message) << '\n';
    }
    for (const Finding& f : Remediation::verify(plan.value(), context)) {
        m_out << QStringLiteral("  [%1] %2: %3\n").arg(statusName(f.status).toUpper(), f.check->trTitle(), f.evidence);
    }
    Result<Plan> again =
        plan.value().idempotent ? Remediation::plan(plan.value().fixId, context) : Result<Plan>(Plan());
    if (again && !again.value().isEmpty()) {
        m_out << tr("Verification: the fix still finds changes to make; check the files by hand.") << '\n';
        return ExitFindings;
    }
    return ExitOk;
}

bool Cli::confirm()
{
    if (!m_errIsTty || ::isatty(STDIN_FILENO) != 1) {
        fail(tr("not applied: confirm with --yes when there is no terminal to ask"));
        return false;
    }
    m_err << tr("Apply these changes? [y/N] ");
    m_err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer != QLatin1String("y") && answer != tr("y")) {
        m_out << tr("Nothing was changed.") << '\n';
        return false;
    }
    return true;
}

int Cli::compose(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Harden a Compose file: no-new-privileges, cap_drop ALL, read-only root with tmpfs, resource limits. "
           "Without -o or --override the hardened file is only printed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("harden"), tr("harden FILE"));
    CommonOptions common;
    common.output.setDescription(tr("Write the hardened file to FILE through the fix journal, after showing the "
                                    "diff and asking (--yes: without asking)."));
    const FixOperation& harden = *FixOperation::find(QStringLiteral("fix.compose-harden"));
    // fix.compose-harden's inputs, the file being the positional argument.
    const FixOptions fixOptions({&harden}, {QStringLiteral("output")}, {QStringLiteral("compose")});
    QCommandLineOption yes(QStringLiteral("yes"), tr("Apply without asking."));
    parser.addOptions({common.output, yes, common.lang});
    parser.addOptions(fixOptions.options());
    if (const std::optional<int> done = parseArguments(parser, args)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("harden")) {
        return fail(tr("usage: escut-cli compose harden FILE [-o OUT | --override]"));
    }
    FixContext context;
    Result<FixInputs> inputs = fixOptions.read(parser, harden);
    if (!inputs) {
        return fail(inputs.error().message);
    }
    context.inputs = inputs.value();
    context.inputs.set(QStringLiteral("compose"), QFileInfo(positional.at(1)).absoluteFilePath());
    const bool override = context.inputs.flag(QStringLiteral("override"));
    // The same plan as fix.compose-harden: hardened and validated by the Compose CLI, nothing written yet.
    const Result<Plan> plan = Remediation::plan(QStringLiteral("fix.compose-harden"), context);
    if (!plan) {
        return fail(plan.error().fullText());
    }
    for (const QString& w : plan.value().warnings) {
        m_err << tr("Warning: %1").arg(w) << '\n';
    }
    for (const QString& n : plan.value().notes) {
        m_err << tr("Note: %1").arg(n) << '\n';
    }
    if (!override && !parser.isSet(common.output)) {
        m_out << QString::fromUtf8(plan.value().changes.first().after);
        return ExitOk;
    }
    for (const FileChange& c : plan.value().changes) {
        m_out << c.diff();
    }
    if (!parser.isSet(yes) && !confirm()) {
        return m_errIsTty && ::isatty(STDIN_FILENO) == 1 ? ExitOk : ExitError;
    }
    // Written through the journal like every fix: rollback removes it (or restores what was there).
    const Result<Transaction> tx = PlanPolicy::apply(plan.value(), Invoker::current());
    if (!tx) {
        return fail(tx.error().fullText());
    }
    m_out << tr("Applied as transaction %1; undo it with: escut-cli fix rollback %1").arg(tx.value().id) << '\n';
    return ExitOk;
}

} // namespace escut
