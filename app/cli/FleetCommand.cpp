// SPDX-License-Identifier: GPL-3.0-or-later
// escut-cli audit over many endpoints (--host/--context repeated, --hosts FILE).
#include "app/cli/Cli.h"
#include "app/cli/Fleet.h"
#include "app/cli/ReportCommands.h"

#include <QDir>
#include <QRegularExpression>

namespace escut
{

namespace
{

// A file name for an endpoint: unix:///var/run/docker.sock -> unix-var-run-docker.sock
QString fileNameFor(const QString& endpoint)
{
    QString name = endpoint;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^[-.]+|-+$")));
    return name.isEmpty() ? QStringLiteral("endpoint") : name;
}

} // namespace

int Cli::auditFleet(const FleetRequest& request)
{
    const QList<EndpointAudit> audits = Fleet::run(request.targets, request.base, request.parallel);
    if (request.history) {
        for (const EndpointAudit& a : audits) {
            if (a.result) {
                recordHistory(*a.result, a.endpoint);
            }
        }
    }
    for (const EndpointAudit& a : audits) {
        if (!a.result) {
            m_err << tr("Warning: %1").arg(tr("%1 could not be audited: %2").arg(a.endpoint, a.error)) << '\n';
        }
    }
    m_err.flush();
    if (!request.outputDir.isEmpty()) {
        // One report per endpoint, plus the aggregate as fleet.<ext>.
        if (!QDir().mkpath(request.outputDir)) {
            return fail(tr("cannot create the directory %1").arg(request.outputDir));
        }
        QSet<QString> used;
        for (const EndpointAudit& a : audits) {
            QString name = fileNameFor(a.endpoint);
            for (int n = 2; used.contains(name); ++n) {
                name = fileNameFor(a.endpoint) + QStringLiteral("-%1").arg(n);
            }
            used.insert(name);
            const Result<QByteArray> data = renderFleetReport(request.format, {a}, request.report);
            if (!data) {
                return fail(data.error().fullText());
            }
            if (!writeOutput(request.outputDir + QLatin1Char('/') + name + QLatin1Char('.') +
                                 reportFormatSuffix(request.format),
                             data.value())) {
                return ExitError;
            }
        }
    }
    const Result<QByteArray> aggregate = renderFleetReport(request.format, audits, request.report);
    if (!aggregate) {
        return fail(aggregate.error().fullText());
    }
    const QString output = request.outputDir.isEmpty()
                               ? request.output
                               : request.outputDir + QStringLiteral("/fleet.") + reportFormatSuffix(request.format);
    if (!writeOutput(output, aggregate.value())) {
        return ExitError;
    }
    bool unreachable = false;
    bool findings = false;
    for (const EndpointAudit& a : audits) {
        unreachable |= !a.result.has_value();
        if (a.result && request.threshold) {
            for (const Finding& f : a.result->findings) {
                findings |= f.status == Status::Fail && f.check->severity >= *request.threshold;
            }
        }
    }
    return unreachable ? ExitError : findings ? ExitFindings : ExitOk;
}

} // namespace escut
