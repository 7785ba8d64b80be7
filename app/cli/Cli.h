// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Fleet.h"
#include "core/audit/Auditor.h"
#include "core/report/ReportFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFuture>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace escut
{

// An audit of many endpoints (audit --host/--context repeated, --hosts FILE).
struct FleetRequest
{
    QList<FleetTarget> targets;
    AuditOptions base;
    int parallel = 4;
    ReportFormat format = ReportFormat::Text;
    QString output;    // -o: the aggregate
    QString outputDir; // --output-dir: one report per endpoint plus fleet.<ext>
    ReportOptions report;
    std::optional<Severity> threshold;
    bool history = true;
};

// What storing an audit in the history database gave: its id, or the error, and how long it took.
struct StoredAudit
{
    qint64 id = 0;
    std::optional<Error> error;
    qint64 ms = 0;
};

// escut-cli: subcommands over escut_core. Output streams are injected so tests can read them.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode {
        ExitOk = 0,
        ExitFindings = 1,
        ExitError = 2,
    };

    Cli(QTextStream& out, QTextStream& err, bool outIsTty, bool errIsTty);

    // args includes the program name, as QCoreApplication::arguments() gives it.
    int run(const QStringList& args);

    // The process ends when run() returns (escut-cli's main): what is left of a large audit is not freed.
    void setProcessEndsAfterRun(bool ends)
    {
        m_processEndsAfterRun = ends;
    }

    // Scans args for --lang/--lang=xx before parsing, so help texts come out translated too.
    static QString requestedLanguage(const QStringList& args);

private:
    int audit(const QStringList& args);
    int snapshot(const QStringList& args);
    int checks(const QStringList& args);
    int cis(const QStringList& args); // CisCommand.cpp
    int fix(const QStringList& args);
    int compose(const QStringList& args);
    int lab(const QStringList& args);     // app/cli/LabCommand.cpp
    int history(const QStringList& args); // HistoryCommand.cpp
    int diff(const QStringList& args);    // HistoryCommand.cpp
    void recordHistory(const AuditResult& result, const QString& endpoint);
    // recordHistory() on a worker, so that the row is written while the report is rendered; the caller waits for
    // the future (its result goes to reportHistory()) before `result` goes away.
    [[nodiscard]] static QFuture<StoredAudit> recordHistoryAsync(const AuditResult& result, const QString& endpoint);
    void reportHistory(const StoredAudit& stored);
    int auditFleet(const FleetRequest& request); // FleetCommand.cpp
    int exporter(const QStringList& args);       // ExporterCommand.cpp
    bool confirm();
    // Parses a subcommand's options; an exit code when the command is already done (--help, a usage error).
    std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args);
    // The parser's help, its usage line naming the command (invoked: "<program> <command>", as the parsers get it).
    [[nodiscard]] static QString helpText(const QCommandLineParser& parser, const QString& invoked);
    // False for TERM=dumb or no TERM: nothing that only a terminal's escape sequences can show.
    [[nodiscard]] static bool terminalHasControls();
    int usage(const QString& error = {});
    int fail(const QString& message);
    bool writeOutput(const QString& path, const QByteArray& data);

    QTextStream& m_out;
    QTextStream& m_err;
    bool m_outIsTty;
    bool m_errIsTty;
    bool m_processEndsAfterRun = false;
};

} // namespace escut
