// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/PrometheusReport.h"

#include "core/report/ReportUtil.h"

#include <QMap>
#include <QSet>

namespace escut
{

namespace
{

QString escapeLabel(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\')) {
            out += QStringLiteral("\\\\");
        } else if (c == QLatin1Char('"')) {
            out += QStringLiteral("\\\"");
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

using Labels = QList<std::pair<QString, QString>>;

class Exposition
{
public:
    void family(const char* name, const char* help)
    {
        m_current = QString::fromLatin1(name);
        m_families.append(m_current);
        m_help.insert(m_current, QString::fromLatin1(help));
    }
    void sample(const Labels& labels, double value)
    {
        QString line = m_current;
        if (!labels.isEmpty()) {
            QStringList parts;
            for (const auto& [k, v] : labels) {
                parts.append(QStringLiteral("%1=\"%2\"").arg(k, escapeLabel(v)));
            }
            line += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
        }
        line += QLatin1Char(' ') + QString::number(value, 'g', 12);
        m_samples[m_current].append(line);
    }
    [[nodiscard]] QString text() const
    {
        // All samples of one family together, as the format requires, even when endpoints interleave.
        QString out;
        for (const QString& name : m_families) {
            out += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n").arg(name, m_help.value(name));
            for (const QString& line : m_samples.value(name)) {
                out += line + QLatin1Char('\n');
            }
        }
        return out;
    }
    void select(const char* name)
    {
        m_current = QString::fromLatin1(name);
    }

private:
    QString m_current;
    QStringList m_families;
    QMap<QString, QString> m_help;
    QMap<QString, QStringList> m_samples;
};

Labels with(const Labels& base, const Labels& more)
{
    Labels out = base;
    out.append(more);
    return out;
}

} // namespace

QString prometheusReport(const QList<EndpointAudit>& audits, bool withEndpointLabel)
{
    Exposition e;
    e.family("escut_up", "1 when the endpoint could be audited, 0 when it could not be reached.");
    e.family("escut_score", "Score of a layer, 0 to 100 (layers with nothing scored are left out).");
    e.family("escut_score_overall", "Overall score, 0 to 100.");
    e.family("escut_findings", "Number of findings by layer, severity and status (fail and warn).");
    e.family("escut_check_status",
             "One series per check and subject; the status label tells pass, warn, fail, info, skipped or error.");
    e.family("escut_audit_duration_seconds", "Time the audit took: collection plus evaluation.");
    e.family("escut_audit_timestamp_seconds", "When the facts were collected, as a Unix time.");

    for (const EndpointAudit& audit : audits) {
        const Labels base = withEndpointLabel ? Labels{{QStringLiteral("endpoint"), audit.endpoint}} : Labels{};
        e.select("escut_up");
        e.sample(base, audit.result ? 1 : 0);
        e.select("escut_audit_duration_seconds");
        e.sample(base, double(audit.durationMs) / 1000.0);
        if (!audit.result) {
            continue;
        }
        const AuditResult& r = *audit.result;
        e.select("escut_score");
        for (auto it = r.score.layers.cbegin(); it != r.score.layers.cend(); ++it) {
            if (it.value().score() >= 0) {
                e.sample(with(base, {{QStringLiteral("layer"), layerId(it.key())}}), it.value().score());
            }
        }
        if (r.score.overall.score() >= 0) {
            e.select("escut_score_overall");
            e.sample(base, r.score.overall.score());
        }
        // Every (layer, severity, status) combination, zeros included, so alerts see a series go back to 0.
        QMap<std::tuple<Layer, Severity, Status>, int> counts;
        for (const Finding& f : r.findings) {
            if (f.status == Status::Fail || f.status == Status::Warn) {
                ++counts[{f.check->layer, f.check->severity, f.status}];
            }
        }
        e.select("escut_findings");
        for (auto it = r.score.layers.cbegin(); it != r.score.layers.cend(); ++it) {
            for (const Severity sev :
                 {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
                for (const Status st : {Status::Fail, Status::Warn}) {
                    e.sample(with(base,
                                  {{QStringLiteral("layer"), layerId(it.key())},
                                   {QStringLiteral("severity"), severityId(sev)},
                                   {QStringLiteral("status"), statusId(st)}}),
                             counts.value({it.key(), sev, st}));
                }
            }
        }
        e.select("escut_check_status");
        QSet<QString> seen; // one series per (check, subject name), as the exposition format requires
        for (const Finding& f : r.findings) {
            const QString key = findingKey(f);
            if (seen.contains(key)) {
                continue;
            }
            seen.insert(key);
            e.sample(with(base,
                          {{QStringLiteral("id"), QString::fromLatin1(f.check->id)},
                           {QStringLiteral("subject"), f.subject.name},
                           {QStringLiteral("scope"), scopeId(f.subject.scope)},
                           {QStringLiteral("severity"), severityId(f.check->severity)},
                           {QStringLiteral("status"), statusId(f.status)}}),
                     1);
        }
        e.select("escut_audit_timestamp_seconds");
        e.sample(base, double(r.snapshot.collectedAt.toSecsSinceEpoch()));
    }
    return e.text();
}

QString prometheusReport(const AuditResult& result)
{
    EndpointAudit audit;
    audit.result = result;
    audit.durationMs = result.collectMs + result.evaluateMs;
    return prometheusReport({audit}, false);
}

} // namespace escut
