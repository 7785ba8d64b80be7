// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/SarifReport.h"

#include "core/report/ReportUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QUrl>

namespace escut
{

namespace
{

class SarifReport
{
    Q_DECLARE_TR_FUNCTIONS(SarifReport)
};

QString level(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
    case Severity::High:
        return QStringLiteral("error");
    case Severity::Medium:
        return QStringLiteral("warning");
    case Severity::Low:
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

// GitHub code scanning reads "security-severity" (0.0-10.0) to rank alerts.
QString securitySeverity(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("9.5");
    case Severity::High:
        return QStringLiteral("7.5");
    case Severity::Medium:
        return QStringLiteral("5.0");
    case Severity::Low:
        return QStringLiteral("2.5");
    case Severity::Info:
        return QStringLiteral("0.0");
    }
    return QStringLiteral("0.0");
}

QJsonObject message(const QString& text)
{
    return QJsonObject{{QStringLiteral("text"), text}};
}

QJsonObject rule(const CheckDef& def)
{
    QString help = def.trRemediation();
    QString markdown =
        QStringLiteral("**%1**\n\n%2\n\n%3").arg(SarifReport::tr("How to fix"), def.trRemediation(), def.trRationale());
    QStringList references;
    const QStringList cis = def.cis();
    for (const QString& id : cis) {
        references.append(SarifReport::tr("CIS Docker Benchmark v1.6.0, control %1").arg(id));
    }
    if (*def.source) {
        references.append(SarifReport::tr("Source: %1").arg(QString::fromLatin1(def.source)));
    }
    if (!references.isEmpty()) {
        help += QStringLiteral("\n\n") + references.join(QLatin1Char('\n'));
        markdown += QStringLiteral("\n\n- ") + references.join(QStringLiteral("\n- "));
    }
    QJsonArray tags{QStringLiteral("security"), layerId(def.layer)};
    if (scopeId(def.scope) != layerId(def.layer)) {
        tags.append(scopeId(def.scope));
    }
    for (const QString& id : cis) {
        tags.append(QStringLiteral("CIS-") + id);
    }
    return QJsonObject{
        {QStringLiteral("id"), QString::fromLatin1(def.id)},
        {QStringLiteral("name"), QString::fromLatin1(def.id)},
        {QStringLiteral("shortDescription"), message(def.trTitle())},
        {QStringLiteral("fullDescription"), message(def.trRationale())},
        {QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), help}, {QStringLiteral("markdown"), markdown}}},
        {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), level(def.severity)}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("tags"), tags},
                     {QStringLiteral("security-severity"), securitySeverity(def.severity)},
                     {QStringLiteral("severity"), severityId(def.severity)},
                     {QStringLiteral("layer"), layerId(def.layer)},
                     {QStringLiteral("scope"), scopeId(def.scope)},
                     {QStringLiteral("cis"), QJsonArray::fromStringList(cis)},
                     {QStringLiteral("source"), QString::fromLatin1(def.source)},
                     {QStringLiteral("fix"), *def.fixId ? QJsonValue(QString::fromLatin1(def.fixId)) : QJsonValue()}}},
    };
}

QJsonArray locations(const Finding& f)
{
    if (isFileSubject(f)) {
        QJsonObject physical{
            {QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), fileUri(f.subject.filePath())}}}};
        if (f.line > 0) {
            physical.insert(QStringLiteral("region"), QJsonObject{{QStringLiteral("startLine"), f.line}});
        }
        QJsonObject location{{QStringLiteral("physicalLocation"), physical}};
        if (f.subject.scope == Scope::Compose && !f.subject.service().isEmpty()) {
            location.insert(QStringLiteral("logicalLocations"),
                            QJsonArray{QJsonObject{{QStringLiteral("name"), f.subject.service()},
                                                   {QStringLiteral("kind"), QStringLiteral("object")}}});
        }
        return QJsonArray{location};
    }
    // GitHub code scanning refuses a result without a physical location: the host, the daemon, containers and images
    // point at a pseudo-path that stays the same from audit to audit, escut/<kind>/<name> (README, "Report formats").
    const QString pseudoPath = QStringLiteral("escut/") + scopeId(f.subject.scope) + QLatin1Char('/') +
                               QString::fromUtf8(QUrl::toPercentEncoding(f.subject.name));
    return QJsonArray{QJsonObject{
        {QStringLiteral("physicalLocation"),
         QJsonObject{{QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), pseudoPath}}}}},
        {QStringLiteral("logicalLocations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), f.subject.name},
             {QStringLiteral("fullyQualifiedName"), scopeId(f.subject.scope) + QLatin1Char('/') + f.subject.name},
             {QStringLiteral("kind"), QStringLiteral("resource")}}}}}};
}

QJsonObject driver(const ReportOptions& options);

QJsonObject sarifRun(const AuditResult& r, const ReportOptions& options, const QString& endpoint)
{
    // Rules: every check evaluated in this audit, in catalogue order of first appearance.
    QJsonArray rules;
    QMap<QString, int> ruleIndex;
    for (const Finding& f : r.findings) {
        const QString id = QString::fromLatin1(f.check->id);
        if (!ruleIndex.contains(id)) {
            ruleIndex.insert(id, int(rules.size()));
            rules.append(rule(*f.check));
        }
    }
    QJsonArray results;
    QJsonArray notifications;
    for (const Finding& f : r.findings) {
        const QString id = QString::fromLatin1(f.check->id);
        const QJsonObject ruleRef{{QStringLiteral("id"), id}, {QStringLiteral("index"), ruleIndex.value(id)}};
        if (f.status == Status::Skipped || f.status == Status::Error) {
            notifications.append(QJsonObject{
                {QStringLiteral("level"), f.status == Status::Error ? QStringLiteral("error") : QStringLiteral("note")},
                {QStringLiteral("message"),
                 message(SarifReport::tr("%1 on %2 was not evaluated: %3").arg(id, f.subject.name, f.evidence))},
                {QStringLiteral("associatedRule"), ruleRef},
                {QStringLiteral("locations"), locations(f)},
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("status"), statusId(f.status)}}}});
            continue;
        }
        if (f.status != Status::Fail && f.status != Status::Warn) {
            continue;
        }
        const QString text =
            f.evidence.isEmpty() ? f.check->trTitle() : SarifReport::tr("%1: %2").arg(f.check->trTitle(), f.evidence);
        results.append(QJsonObject{
            {QStringLiteral("ruleId"), id},
            {QStringLiteral("ruleIndex"), ruleIndex.value(id)},
            {QStringLiteral("kind"), QStringLiteral("fail")},
            {QStringLiteral("level"), f.status == Status::Warn ? QStringLiteral("warning") : level(f.check->severity)},
            {QStringLiteral("message"), message(text)},
            {QStringLiteral("locations"), locations(f)},
            {QStringLiteral("partialFingerprints"),
             QJsonObject{{QStringLiteral("escutFinding/v1"), findingFingerprint(f)}}},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("status"), statusId(f.status)},
                         {QStringLiteral("severity"), severityId(f.check->severity)},
                         {QStringLiteral("subject"),
                          QJsonObject{{QStringLiteral("kind"), scopeId(f.subject.scope)},
                                      {QStringLiteral("id"), f.subject.id},
                                      {QStringLiteral("name"), f.subject.name}}}}},
        });
    }
    const QString time = r.snapshot.collectedAt.toUTC().toString(Qt::ISODateWithMs);
    QJsonObject invocation{{QStringLiteral("executionSuccessful"), true},
                           {QStringLiteral("startTimeUtc"), time},
                           {QStringLiteral("toolExecutionNotifications"), notifications}};
    QJsonObject run{
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("driver"),
                      [&] {
                          QJsonObject d = driver(options);
                          d.insert(QStringLiteral("rules"), rules);
                          return d;
                      }()}}},
        {QStringLiteral("language"), options.language},
        {QStringLiteral("invocations"), QJsonArray{invocation}},
        {QStringLiteral("automationDetails"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("escut/%1/").arg(endpoint)}}},
        {QStringLiteral("columnKind"), QStringLiteral("unicodeCodePoints")},
        {QStringLiteral("results"), results},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("endpoint"), r.snapshot.endpoint.toJson()},
                     {QStringLiteral("scores"), r.score.toJson()}}},
    };
    return run;
}

QJsonObject sarifLog(const QJsonArray& runs)
{
    return QJsonObject{
        {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), runs},
    };
}

QJsonObject driver(const ReportOptions& options)
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("Escut")},
                       {QStringLiteral("version"), QStringLiteral(ESCUT_VERSION)},
                       {QStringLiteral("semanticVersion"), QStringLiteral(ESCUT_VERSION)},
                       {QStringLiteral("informationUri"), QStringLiteral("https://escut.org/")},
                       {QStringLiteral("language"), options.language}};
}

} // namespace

QJsonObject sarifReport(const AuditResult& r, const ReportOptions& options)
{
    return sarifLog(QJsonArray{sarifRun(r, options, endpointLabel(r.snapshot.endpoint))});
}

QJsonObject sarifFleetReport(const QList<EndpointAudit>& audits, const ReportOptions& options)
{
    QJsonArray runs;
    for (const EndpointAudit& a : audits) {
        if (a.result) {
            runs.append(sarifRun(*a.result, options, a.endpoint));
            continue;
        }
        // An endpoint that could not be audited: a run that says so, with no results.
        runs.append(QJsonObject{
            {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver(options)}}},
            {QStringLiteral("language"), options.language},
            {QStringLiteral("automationDetails"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("escut/%1/").arg(a.endpoint)}}},
            {QStringLiteral("invocations"),
             QJsonArray{QJsonObject{{QStringLiteral("executionSuccessful"), false},
                                    {QStringLiteral("toolExecutionNotifications"),
                                     QJsonArray{QJsonObject{{QStringLiteral("level"), QStringLiteral("error")},
                                                            {QStringLiteral("message"), message(a.error)}}}}}}},
            {QStringLiteral("results"), QJsonArray()},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("endpoint"), a.endpoint}}}});
    }
    return sarifLog(runs);
}

} // namespace escut
