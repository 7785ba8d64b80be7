// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/Reports.h"

#include "core/checks/Catalogue.h"
#include "core/checks/CisBenchmark.h"
#include "core/report/JsonText.h"
#include "core/report/ReportUtil.h"
#include "core/util/TerminalText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <array>

namespace escut
{

namespace
{

constexpr int JsonReportSchema = 2; // 2: a finding's cis is a list

class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

const char* statusColor(Status status)
{
    switch (status) {
    case Status::Pass:
        return "32";
    case Status::Warn:
        return "33";
    case Status::Fail:
        return "1;31";
    case Status::Info:
        return "36";
    case Status::Skipped:
    case Status::Error:
        return "35";
    }
    return "0";
}

QString scoreText(const LayerScore& score)
{
    const int s = score.score();
    return s < 0 ? Report::tr("not scored") : Report::tr("%1/100").arg(s);
}

QString countsText(const LayerScore& s)
{
    return Report::tr("pass %1, warn %2, fail %3, info %4, skipped %5, error %6")
        .arg(s.pass)
        .arg(s.warn)
        .arg(s.fail)
        .arg(s.info)
        .arg(s.skipped)
        .arg(s.error);
}

QJsonObject checkJson(const CheckDef& def)
{
    return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(def.id)},
                       {QStringLiteral("layer"), layerId(def.layer)},
                       {QStringLiteral("scope"), scopeId(def.scope)},
                       {QStringLiteral("severity"), severityId(def.severity)},
                       {QStringLiteral("cis"), QJsonArray::fromStringList(def.cis())},
                       {QStringLiteral("source"), QString::fromLatin1(def.source)},
                       {QStringLiteral("title"), def.trTitle()},
                       {QStringLiteral("rationale"), def.trRationale()},
                       {QStringLiteral("remediation"), def.trRemediation()},
                       {QStringLiteral("fix"), *def.fixId ? QJsonValue(QString::fromLatin1(def.fixId)) : QJsonValue()}};
}

} // namespace

namespace
{

QJsonObject skippedJson(const Finding& f)
{
    return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(f.check->id)},
                       {QStringLiteral("subject"), f.subject.name},
                       {QStringLiteral("status"), statusId(f.status)},
                       {QStringLiteral("reason"), f.evidence}};
}

bool isSkipped(const Finding& f)
{
    return f.status == Status::Skipped || f.status == Status::Error;
}

// Every key of the report but "findings" and "skipped".
QJsonObject reportHead(const AuditResult& result, const ReportOptions& options)
{
    const Snapshot& s = result.snapshot;
    QJsonArray issues;
    for (const CollectionIssue& i : s.issues) {
        issues.append(QJsonObject{{QStringLiteral("collector"), i.collector},
                                  {QStringLiteral("message"), i.message},
                                  {QStringLiteral("detail"), i.detail}});
    }
    return QJsonObject{
        {QStringLiteral("schema"), JsonReportSchema},
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("escut")},
                     {QStringLiteral("version"), QStringLiteral(ESCUT_VERSION)}}},
        {QStringLiteral("language"), options.language},
        {QStringLiteral("time"), s.collectedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("endpoint"), s.endpoint.toJson()},
        {QStringLiteral("daemon"),
         QJsonObject{
             {QStringLiteral("version"), s.version.value(QStringLiteral("Version"))},
             {QStringLiteral("apiVersion"), s.version.value(QStringLiteral("ApiVersion"))},
             {QStringLiteral("os"), s.info.value(QStringLiteral("OperatingSystem"))},
             // null: not collected (--only), which is not the same as none
             {QStringLiteral("containers"), s.containersCollected ? QJsonValue(s.containers.size()) : QJsonValue()},
             {QStringLiteral("images"), s.imagesCollected ? QJsonValue(s.images.size()) : QJsonValue()}}},
        {QStringLiteral("durationMs"),
         QJsonObject{{QStringLiteral("collect"), result.collectMs}, {QStringLiteral("evaluate"), result.evaluateMs}}},
        {QStringLiteral("scores"), result.score.toJson()},
        {QStringLiteral("issues"), issues},
    };
}

// One key of an object at `level`: the indentation, the key and the separator.
void appendKey(QByteArray& out, int level, const char* key)
{
    jsontext::appendIndent(out, level);
    jsontext::appendRaw(out, "\"");
    jsontext::appendRaw(out, key, qsizetype(qstrlen(key)));
    jsontext::appendRaw(out, "\": ");
}

// An array of strings as the value of a member at `level`, as QJsonDocument::Indented writes it (an empty one too).
void appendStringArray(QByteArray& out, int level, const QStringList& values)
{
    jsontext::appendRaw(out, "[\n");
    for (qsizetype i = 0; i < values.size(); ++i) {
        jsontext::appendIndent(out, level + 1);
        jsontext::appendString(out, values[i]);
        jsontext::appendRaw(out, i + 1 < values.size() ? ",\n" : "\n");
    }
    jsontext::appendIndent(out, level);
    jsontext::appendRaw(out, "]");
}

// A string member of a finding (level 3) and the comma after it.
template <typename Text> void appendMember(QByteArray& out, const char* key, const Text& value)
{
    appendKey(out, 3, key);
    jsontext::appendString(out, value);
    jsontext::appendRaw(out, ",\n");
}

// Finding::toJson() as text at array level 2. What depends on the check only (its id, CIS reference, fix, layer,
// scope, severity and translated texts) is written once per check, as the three pieces between the finding's own
// values; a finding is then a dozen copies.
class FindingWriter
{
public:
    void write(QByteArray& out, const Finding& f)
    {
        const Texts& t = texts(f.check);
        jsontext::appendRaw(out, t.head); // {, "cis", "evidence":
        jsontext::appendString(out, f.evidence);
        jsontext::appendRaw(out, t.middle); // "fix", "id", "layer"
        if (f.line > 0) {
            appendKey(out, 3, "line");
            jsontext::appendRaw(out, QByteArray::number(f.line));
            jsontext::appendRaw(out, ",\n");
        }
        jsontext::appendRaw(out, t.tail); // "remediation", "scope", "severity", "status":
        jsontext::appendRaw(out, statusText(f.status));
        jsontext::appendRaw(out, ",\n");
        appendKey(out, 3, "subject");
        jsontext::appendRaw(out, "{\n");
        appendKey(out, 4, "id");
        jsontext::appendString(out, f.subject.id);
        jsontext::appendRaw(out, ",\n");
        appendKey(out, 4, "kind");
        jsontext::appendString(out, scopeId(f.subject.scope));
        jsontext::appendRaw(out, ",\n");
        appendKey(out, 4, "name");
        jsontext::appendString(out, f.subject.name);
        jsontext::appendRaw(out, t.end); // }, "title" and the closing brace
    }

private:
    struct Texts
    {
        QByteArray head, middle, tail, end;
    };

    const Texts& texts(const CheckDef* check)
    {
        auto it = m_texts.find(check);
        if (it != m_texts.end()) {
            return *it;
        }
        Texts t;
        jsontext::appendIndent(t.head, 2);
        jsontext::appendRaw(t.head, "{\n");
        appendKey(t.head, 3, "cis");
        appendStringArray(t.head, 3, check->cis());
        jsontext::appendRaw(t.head, ",\n");
        appendKey(t.head, 3, "evidence");

        jsontext::appendRaw(t.middle, ",\n");
        appendKey(t.middle, 3, "fix");
        if (*check->fixId) {
            jsontext::appendString(t.middle, QLatin1StringView(check->fixId));
        } else {
            jsontext::appendRaw(t.middle, "null");
        }
        jsontext::appendRaw(t.middle, ",\n");
        appendMember(t.middle, "id", QLatin1StringView(check->id));
        appendMember(t.middle, "layer", layerId(check->layer));

        appendMember(t.tail, "remediation", check->trRemediation());
        appendMember(t.tail, "scope", scopeId(check->scope));
        appendMember(t.tail, "severity", severityId(check->severity));
        appendKey(t.tail, 3, "status");

        jsontext::appendRaw(t.end, "\n");
        jsontext::appendIndent(t.end, 3);
        jsontext::appendRaw(t.end, "},\n");
        appendKey(t.end, 3, "title");
        jsontext::appendString(t.end, check->trTitle());
        jsontext::appendRaw(t.end, "\n");
        jsontext::appendIndent(t.end, 2);
        jsontext::appendRaw(t.end, "}");
        return *m_texts.insert(check, t);
    }

    const QByteArray& statusText(Status status)
    {
        QByteArray& text = m_statuses[static_cast<size_t>(status)];
        if (text.isEmpty()) {
            jsontext::appendString(text, statusId(status));
        }
        return text;
    }

    QHash<const CheckDef*, Texts> m_texts;
    std::array<QByteArray, 6> m_statuses;
};

// A top-level array of the report, written element by element at level 2.
template <typename Write> void appendArray(QByteArray& out, qsizetype count, Write&& write)
{
    jsontext::appendRaw(out, "[\n");
    for (qsizetype i = 0; i < count; ++i) {
        write(i);
        if (i + 1 < count) {
            jsontext::appendRaw(out, ",\n");
        } else {
            jsontext::appendRaw(out, "\n");
        }
    }
    jsontext::appendIndent(out, 1);
    out += ']';
}

} // namespace

QJsonObject jsonReport(const AuditResult& result, const ReportOptions& options)
{
    QJsonArray findings;
    QJsonArray skipped;
    for (const Finding& f : result.findings) {
        findings.append(f.toJson());
        if (isSkipped(f)) {
            skipped.append(skippedJson(f));
        }
    }
    QJsonObject report = reportHead(result, options);
    report.insert(QStringLiteral("findings"), findings);
    report.insert(QStringLiteral("skipped"), skipped);
    return report;
}

QByteArray jsonReportText(const AuditResult& result, const ReportOptions& options)
{
    const QJsonObject head = reportHead(result, options);
    QList<const Finding*> skipped;
    for (const Finding& f : result.findings) {
        if (isSkipped(f)) {
            skipped.append(&f);
        }
    }
    QStringList keys = head.keys();
    keys << QStringLiteral("findings") << QStringLiteral("skipped");
    keys.sort(); // QJsonObject keeps its keys sorted, and so does its text

    QByteArray out;
    out.reserve(1024 + result.findings.size() * 700);
    out += "{\n";
    FindingWriter findingWriter;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const QString& key = keys.at(k);
        jsontext::appendIndent(out, 1);
        jsontext::appendString(out, key);
        out += ": ";
        if (key == QLatin1String("findings")) {
            appendArray(out, result.findings.size(), [&](qsizetype i) {
                findingWriter.write(out, result.findings.at(i));
            });
        } else if (key == QLatin1String("skipped")) {
            appendArray(out, skipped.size(), [&](qsizetype i) {
                jsontext::appendIndent(out, 2);
                jsontext::appendValue(out, skippedJson(*skipped.at(i)), 2);
            });
        } else {
            jsontext::appendValue(out, head.value(key), 1);
        }
        out += k + 1 < keys.size() ? ",\n" : "\n";
    }
    out += "}\n";
    return out;
}

QString textReport(const AuditResult& result, const ReportOptions& options)
{
    const Snapshot& s = result.snapshot;
    QString out;
    // Names, evidence and messages come from the daemon, containers and files: escaped for the terminal.
    out += paint(
        Report::tr("Escut %1 — audit of %2").arg(QStringLiteral(ESCUT_VERSION), terminalSafe(s.endpoint.displayName())),
        "1",
        options.color);
    out += QLatin1Char('\n');
    if (!s.version.isEmpty()) {
        out += (s.containersCollected ? Report::tr("Docker %1 (API %2) on %3, %n container(s)",
                                                   nullptr,
                                                   static_cast<int>(s.containers.size()))
                                      : Report::tr("Docker %1 (API %2) on %3; containers not audited (--only)"))
                   .arg(terminalSafe(s.version.value(QStringLiteral("Version")).toString()),
                        terminalSafe(s.version.value(QStringLiteral("ApiVersion")).toString()),
                        terminalSafe(s.info.value(QStringLiteral("OperatingSystem")).toString()));
        out += QLatin1Char('\n');
    }
    out += Report::tr("Overall score: %1 (%2)").arg(scoreText(result.score.overall), countsText(result.score.overall));
    out += QStringLiteral("\n");
    for (const CollectionIssue& issue : s.issues) {
        out +=
            paint(Report::tr("Warning: %1").arg(terminalSafe(issue.message)), "33", options.color) + QLatin1Char('\n');
    }

    for (const Layer layer : allLayers()) {
        if (!result.score.layers.contains(layer)) {
            continue;
        }
        const LayerScore& ls = result.score.layers.value(layer);
        out += QLatin1Char('\n');
        out += paint(Report::tr("■ %1 — %2").arg(layerName(layer), scoreText(ls)), "1", options.color);
        out += QStringLiteral("  ") + countsText(ls) + QLatin1Char('\n');

        // Group this layer's findings by subject, keeping first-seen order.
        QStringList subjects;
        QMap<QString, QList<const Finding*>> bySubject;
        for (const Finding& f : result.findings) {
            if (f.check->layer != layer) {
                continue;
            }
            if (!options.verbose && f.status == Status::Pass) {
                continue;
            }
            const QString key = f.subject.name;
            if (!bySubject.contains(key)) {
                subjects.append(key);
            }
            bySubject[key].append(&f);
        }
        if (subjects.isEmpty()) {
            out += QStringLiteral("  ") + Report::tr("All checks pass.") + QLatin1Char('\n');
        }
        for (const QString& subject : subjects) {
            out += QStringLiteral("  ") + paint(terminalSafe(subject), "1", options.color) + QLatin1Char('\n');
            for (const Finding* f : bySubject.value(subject)) {
                const QString status = QStringLiteral("[%1]").arg(statusName(f->status).toUpper());
                QString line = QStringLiteral("    %1 %2 %3")
                                   .arg(paint(status, statusColor(f->status), options.color),
                                        severityName(f->check->severity),
                                        f->check->trTitle());
                line += QStringLiteral(" (%1").arg(QString::fromLatin1(f->check->id));
                if (*f->check->cisIds) {
                    line += QStringLiteral(", ") + Report::tr("CIS %1").arg(cis::shortList(f->check->cis()));
                }
                line += QLatin1Char(')');
                out += line + QLatin1Char('\n');
                if (!f->evidence.isEmpty()) {
                    out += QStringLiteral("        ") + terminalSafe(f->evidence) + QLatin1Char('\n');
                }
                if (f->status == Status::Fail || f->status == Status::Warn) {
                    out += QStringLiteral("        ") + Report::tr("Fix: %1").arg(f->check->trRemediation()) +
                           QLatin1Char('\n');
                }
            }
        }
    }
    return out;
}

QJsonObject catalogueJson()
{
    QJsonArray checks;
    for (const CheckDef& def : catalogue()) {
        checks.append(checkJson(def));
    }
    QJsonArray layers;
    for (const Layer layer : allLayers()) {
        layers.append(QJsonObject{{QStringLiteral("id"), layerId(layer)},
                                  {QStringLiteral("name"), layerName(layer)},
                                  {QStringLiteral("caption"), layerCaption(layer)}});
    }
    return QJsonObject{{QStringLiteral("schema"), JsonReportSchema},
                       {QStringLiteral("layers"), layers},
                       {QStringLiteral("checks"), checks}};
}

QString catalogueText(const ReportOptions& options)
{
    QString out;
    std::optional<Layer> current;
    for (const CheckDef& def : catalogue()) {
        if (current != def.layer) {
            current = def.layer;
            out += QLatin1Char('\n') + paint(layerName(def.layer), "1", options.color) + QLatin1Char('\n');
        }
        out += QStringLiteral("  %1  %2  %3")
                   .arg(QString::fromLatin1(def.id).leftJustified(30),
                        severityName(def.severity).leftJustified(9),
                        def.trTitle());
        if (*def.cisIds) {
            out += QStringLiteral(" (") + Report::tr("CIS %1").arg(cis::shortList(def.cis())) + QLatin1Char(')');
        }
        out += QLatin1Char('\n');
        if (options.verbose) {
            out += QStringLiteral("      ") + def.trRationale() + QLatin1Char('\n');
            out += QStringLiteral("      ") + Report::tr("Fix: %1").arg(def.trRemediation()) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace escut
