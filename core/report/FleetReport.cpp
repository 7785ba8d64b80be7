// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/FleetReport.h"

#include "core/util/TerminalText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace escut
{

namespace
{

class FleetReport
{
    Q_DECLARE_TR_FUNCTIONS(FleetReport)
};

} // namespace

QJsonObject fleetJsonReport(const QList<EndpointAudit>& audits, const ReportOptions& options)
{
    QJsonArray endpoints;
    int reachable = 0;
    int worst = -1;
    int scored = 0;
    double sum = 0;
    int fail = 0;
    int warn = 0;
    QMap<Severity, int> bySeverity;
    for (const EndpointAudit& a : audits) {
        QJsonObject e{{QStringLiteral("endpoint"), a.endpoint},
                      {QStringLiteral("reachable"), a.result.has_value()},
                      {QStringLiteral("durationMs"), a.durationMs}};
        if (!a.result) {
            e.insert(QStringLiteral("error"), a.error);
            e.insert(QStringLiteral("report"), QJsonValue());
            endpoints.append(e);
            continue;
        }
        ++reachable;
        const int score = a.result->score.overall.score();
        if (score >= 0) {
            worst = worst < 0 ? score : std::min(worst, score);
            sum += score;
            ++scored;
        }
        fail += a.result->score.overall.fail;
        warn += a.result->score.overall.warn;
        for (const Finding& f : a.result->findings) {
            if (f.status == Status::Fail) {
                ++bySeverity[f.check->severity];
            }
        }
        e.insert(QStringLiteral("error"), QJsonValue());
        e.insert(QStringLiteral("report"), jsonReport(*a.result, options));
        endpoints.append(e);
    }
    QJsonObject severities;
    for (const Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        severities.insert(severityId(s), bySeverity.value(s));
    }
    return QJsonObject{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("kind"), QStringLiteral("fleet")},
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("escut")},
                     {QStringLiteral("version"), QStringLiteral(ESCUT_VERSION)}}},
        {QStringLiteral("language"), options.language},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("endpoints"), endpoints},
        {QStringLiteral("aggregate"),
         QJsonObject{{QStringLiteral("endpoints"), audits.size()},
                     {QStringLiteral("reachable"), reachable},
                     {QStringLiteral("unreachable"), audits.size() - reachable},
                     {QStringLiteral("worstScore"), worst < 0 ? QJsonValue() : QJsonValue(worst)},
                     {QStringLiteral("meanScore"), scored == 0 ? QJsonValue() : QJsonValue(qRound(sum / scored))},
                     {QStringLiteral("fail"), fail},
                     {QStringLiteral("warn"), warn},
                     {QStringLiteral("failBySeverity"), severities}}},
    };
}

QString fleetTextReport(const QList<EndpointAudit>& audits, const ReportOptions& options)
{
    QString out;
    for (const EndpointAudit& a : audits) {
        if (a.result) {
            out += textReport(*a.result, options) + QLatin1Char('\n');
        }
    }
    out += FleetReport::tr("Fleet: %n endpoint(s)", nullptr, int(audits.size())) + QLatin1Char('\n');
    for (const EndpointAudit& a : audits) {
        if (!a.result) {
            // A hostile endpoint's error text is escaped for the terminal.
            out += QStringLiteral("  %1  ").arg(terminalSafe(a.endpoint)) +
                   FleetReport::tr("unreachable: %1").arg(terminalSafe(a.error)) + QLatin1Char('\n');
            continue;
        }
        const LayerScore& o = a.result->score.overall;
        out += QStringLiteral("  %1  ").arg(terminalSafe(a.endpoint)) +
               FleetReport::tr("score %1, %2 failed, %3 warned")
                   .arg(o.score() < 0 ? QStringLiteral("-") : QString::number(o.score()))
                   .arg(o.fail)
                   .arg(o.warn) +
               QLatin1Char('\n');
    }
    return out;
}

} // namespace escut
