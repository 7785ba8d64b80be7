// SPDX-License-Identifier: GPL-3.0-or-later
// escut-cli history, escut-cli diff, and the history write after every audit.
#include "app/cli/Cli.h"
#include "core/audit/History.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QtConcurrent>

namespace escut
{

namespace
{

// ISO date or date-time (UTC when no offset), or a relative age: 30m, 12h, 7d.
std::optional<QDateTime> parseSince(const QString& text)
{
    const QRegularExpressionMatch rel = QRegularExpression(QStringLiteral("^(\\d+)([mhd])$")).match(text);
    if (rel.hasMatch()) {
        const qint64 n = rel.captured(1).toLongLong();
        const QChar unit = rel.captured(2).at(0);
        const qint64 seconds = unit == QLatin1Char('m') ? n * 60 : unit == QLatin1Char('h') ? n * 3600 : n * 86400;
        return QDateTime::currentDateTimeUtc().addSecs(-seconds);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            return std::nullopt;
        }
        t = d.startOfDay(Qt::UTC);
    }
    if (t.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('+')) && !text.endsWith(QLatin1Char('Z'))) {
        t.setTimeSpec(Qt::UTC);
    }
    return t;
}

QString scoreText(int score)
{
    return score < 0 ? QStringLiteral("-") : QString::number(score);
}

} // namespace

namespace
{

StoredAudit storeAudit(const AuditResult& result, const QString& endpoint)
{
    QElapsedTimer timer;
    timer.start();
    StoredAudit stored;
    HistoryStore store; // its database connection lives and dies in this thread
    const Result<qint64> id = store.record(result, endpoint);
    if (id) {
        stored.id = id.value();
    } else {
        stored.error = id.error();
    }
    stored.ms = timer.elapsed();
    return stored;
}

} // namespace

void Cli::recordHistory(const AuditResult& result, const QString& endpoint)
{
    reportHistory(storeAudit(result, endpoint));
}

QFuture<StoredAudit> Cli::recordHistoryAsync(const AuditResult& result, const QString& endpoint)
{
    return QtConcurrent::run([&result, endpoint] { return storeAudit(result, endpoint); });
}

void Cli::reportHistory(const StoredAudit& stored)
{
    // Never blocks or fails the audit: a damaged or locked database is a warning on stderr.
    if (stored.error) {
        m_err << tr("Warning: %1").arg(stored.error->fullText()) << '\n';
        m_err.flush();
        return;
    }
    if (qEnvironmentVariableIsSet("ESCUT_HISTORY_TIMING")) {
        m_err << "history: audit " << stored.id << " stored in " << stored.ms << " ms\n";
        m_err.flush();
    }
}

int Cli::history(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the stored audits (newest first): time, endpoint, scores."));
    parser.addHelpOption();
    QCommandLineOption since(QStringLiteral("since"),
                             tr("Only audits since DATE (2026-11-30, 2026-11-30T12:00:00Z, or 7d, 12h, 30m ago)."),
                             tr("DATE"));
    QCommandLineOption endpoint(QStringLiteral("endpoint"), tr("Only audits of this endpoint."), tr("ENDPOINT"));
    QCommandLineOption format(QStringLiteral("format"),
                              tr("Output format: text or json."),
                              tr("FORMAT"),
                              QStringLiteral("text"));
    QCommandLineOption limit(QStringLiteral("limit"), tr("At most N audits."), tr("N"), QStringLiteral("0"));
    QCommandLineOption retention(QStringLiteral("retention"),
                                 tr("Keep audits for DAYS days (0: forever; default %1), then drop older ones.")
                                     .arg(HistoryStore::DefaultRetentionDays),
                                 tr("DAYS"));
    QCommandLineOption lang(QStringLiteral("lang"), tr("Language of texts: ca, es or en."), tr("LANG"));
    parser.addOptions({since, endpoint, format, limit, retention, lang});
    if (const std::optional<int> done = parseArguments(parser, args)) {
        return *done;
    }
    const bool json = parser.value(format) == QLatin1String("json");
    if (!json && parser.value(format) != QLatin1String("text")) {
        return fail(
            tr("unknown format '%1'; valid formats: %2").arg(parser.value(format), QStringLiteral("text, json")));
    }
    QDateTime from;
    if (parser.isSet(since)) {
        const std::optional<QDateTime> parsed = parseSince(parser.value(since));
        if (!parsed) {
            return fail(tr("--since needs a date such as 2026-11-30 or an age such as 7d"));
        }
        from = *parsed;
    }
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 0) {
        return fail(tr("--limit needs a number"));
    }
    HistoryStore store;
    if (parser.isSet(retention)) {
        const int days = parser.value(retention).toInt(&ok);
        if (!ok || days < 0) {
            return fail(tr("--retention needs a number of days (0 keeps everything)"));
        }
        if (const VoidResult set = store.setRetentionDays(days); !set) {
            return fail(set.error().fullText());
        }
        const Result<int> pruned = store.prune();
        if (!pruned) {
            return fail(pruned.error().fullText());
        }
        m_err << tr("History kept for %1 day(s); %n old audit(s) dropped.", nullptr, pruned.value()).arg(days) << '\n';
    }
    const Result<QList<HistoryAudit>> audits = store.audits(from, parser.value(endpoint), max);
    if (!audits) {
        return fail(audits.error().fullText());
    }
    if (json) {
        QJsonArray list;
        for (const HistoryAudit& a : audits.value()) {
            list.append(a.toJson());
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1},
                                           {QStringLiteral("database"), store.path()},
                                           {QStringLiteral("audits"), list}})
                     .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (audits.value().isEmpty()) {
        m_out << tr("No audits stored yet (%1).").arg(store.path()) << '\n';
        return ExitOk;
    }
    m_out << tr("ID").leftJustified(6) << tr("TIME").leftJustified(22) << tr("SCORE").leftJustified(7)
          << tr("FAIL").leftJustified(6) << tr("WARN").leftJustified(6) << tr("ENDPOINT") << '\n';
    for (const HistoryAudit& a : audits.value()) {
        m_out << QString::number(a.id).leftJustified(6)
              << QLocale().toString(a.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")).leftJustified(22)
              << scoreText(a.overallScore).leftJustified(7) << QString::number(a.overall.fail).leftJustified(6)
              << QString::number(a.overall.warn).leftJustified(6) << a.endpoint << '\n';
    }
    return ExitOk;
}

int Cli::diff(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare two stored audits: new, fixed and unchanged failed or warned findings. Without A and B, the "
           "latest audit and the one before it of the same endpoint. Exits with 1 when there are new findings."));
    parser.addHelpOption();
    // Both optional, together: the usage line says "[A B]".
    parser.addPositionalArgument(QStringLiteral("A"),
                                 tr("The older audit's id (see 'escut-cli history')."),
                                 QStringLiteral("[A"));
    parser.addPositionalArgument(QStringLiteral("B"), tr("The newer audit's id."), QStringLiteral("B]"));
    QCommandLineOption format(QStringLiteral("format"),
                              tr("Output format: text or json."),
                              tr("FORMAT"),
                              QStringLiteral("text"));
    QCommandLineOption verbose(QStringLiteral("verbose"), tr("Also list the unchanged findings."));
    QCommandLineOption lang(QStringLiteral("lang"), tr("Language of texts: ca, es or en."), tr("LANG"));
    parser.addOptions({format, verbose, lang});
    if (const std::optional<int> done = parseArguments(parser, args)) {
        return *done;
    }
    const bool json = parser.value(format) == QLatin1String("json");
    if (!json && parser.value(format) != QLatin1String("text")) {
        return fail(
            tr("unknown format '%1'; valid formats: %2").arg(parser.value(format), QStringLiteral("text, json")));
    }
    HistoryStore store;
    const QStringList positional = parser.positionalArguments();
    qint64 older = 0;
    qint64 newer = 0;
    if (positional.size() == 2) {
        bool okA = false;
        bool okB = false;
        older = positional.at(0).toLongLong(&okA);
        newer = positional.at(1).toLongLong(&okB);
        if (!okA || !okB) {
            return fail(tr("usage: escut-cli diff [A B] with audit ids from 'escut-cli history'"));
        }
    } else if (positional.isEmpty()) {
        const Result<QList<HistoryAudit>> latest = store.audits({}, {}, 1);
        if (!latest) {
            return fail(latest.error().fullText());
        }
        const Result<QList<HistoryAudit>> two =
            latest.value().isEmpty() ? latest : store.audits({}, latest.value().first().endpoint, 2);
        if (!two) {
            return fail(two.error().fullText());
        }
        if (two.value().size() < 2) {
            return fail(tr("the history needs two audits of the same endpoint to compare"));
        }
        newer = two.value().at(0).id;
        older = two.value().at(1).id;
    } else {
        return fail(tr("usage: escut-cli diff [A B] with audit ids from 'escut-cli history'"));
    }
    const Result<HistoryAudit> a = store.audit(older);
    if (!a) {
        return fail(a.error().fullText());
    }
    const Result<HistoryAudit> b = store.audit(newer);
    if (!b) {
        return fail(b.error().fullText());
    }
    const Result<QList<HistoryFinding>> fa = store.findings(older);
    const Result<QList<HistoryFinding>> fb = store.findings(newer);
    if (!fa || !fb) {
        return fail((!fa ? fa.error() : fb.error()).fullText());
    }
    const HistoryDiff d = diffFindings(fa.value(), fb.value());
    if (json) {
        auto list = [](const QList<HistoryFinding>& findings) {
            QJsonArray out;
            for (const HistoryFinding& f : findings) {
                out.append(f.toJson());
            }
            return out;
        };
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1},
                                           {QStringLiteral("from"), a.value().toJson()},
                                           {QStringLiteral("to"), b.value().toJson()},
                                           {QStringLiteral("new"), list(d.added)},
                                           {QStringLiteral("fixed"), list(d.fixed)},
                                           {QStringLiteral("unchanged"), list(d.unchanged)}})
                     .toJson(QJsonDocument::Indented);
        return d.added.isEmpty() ? ExitOk : ExitFindings;
    }
    auto header = [](const HistoryAudit& h) {
        return tr("audit %1 (%2, %3, score %4)")
            .arg(h.id)
            .arg(QLocale().toString(h.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 h.endpoint,
                 scoreText(h.overallScore));
    };
    m_out << tr("From %1").arg(header(a.value())) << '\n' << tr("to %1").arg(header(b.value())) << "\n\n";
    auto section = [this](const QString& title, const QList<HistoryFinding>& findings) {
        m_out << title << '\n';
        for (const HistoryFinding& f : findings) {
            m_out << QStringLiteral("  [%1] %2 %3  %4").arg(f.status.toUpper(), f.severity, f.checkId, f.subjectName);
            if (!f.evidence.isEmpty()) {
                m_out << "\n      " << f.evidence;
            }
            m_out << '\n';
        }
    };
    section(tr("New: %n", nullptr, int(d.added.size())), d.added);
    section(tr("Fixed: %n", nullptr, int(d.fixed.size())), d.fixed);
    if (parser.isSet(verbose)) {
        section(tr("Unchanged: %n", nullptr, int(d.unchanged.size())), d.unchanged);
    } else {
        m_out << tr("Unchanged: %n (list them with --verbose)", nullptr, int(d.unchanged.size())) << '\n';
    }
    return d.added.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace escut
