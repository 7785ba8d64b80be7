// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/pdf/RenderReport.h"

#include "core/report/FleetReport.h"
#include "core/report/HtmlReport.h"
#include "core/report/JunitReport.h"
#include "core/report/PrometheusReport.h"
#include "core/report/SarifReport.h"
#include "core/report/pdf/PdfReport.h"

#include <QJsonDocument>

namespace escut
{

Result<QByteArray> renderReport(ReportFormat format, const AuditResult& result, const ReportOptions& options)
{
    switch (format) {
    case ReportFormat::Json:
        return jsonReportText(result, options);
    case ReportFormat::Sarif:
        return QJsonDocument(sarifReport(result, options)).toJson(QJsonDocument::Indented);
    case ReportFormat::Junit:
        return junitReport(result, options);
    case ReportFormat::Html:
        return htmlReport(result, options).toUtf8();
    case ReportFormat::Pdf:
        return pdfReport(result, options);
    case ReportFormat::Prometheus:
        return prometheusReport(result).toUtf8();
    case ReportFormat::Text:
        break;
    }
    return textReport(result, options).toUtf8();
}

Result<QByteArray>
renderFleetReport(ReportFormat format, const QList<EndpointAudit>& audits, const ReportOptions& options)
{
    switch (format) {
    case ReportFormat::Json:
        return QJsonDocument(fleetJsonReport(audits, options)).toJson(QJsonDocument::Indented);
    case ReportFormat::Sarif:
        return QJsonDocument(sarifFleetReport(audits, options)).toJson(QJsonDocument::Indented);
    case ReportFormat::Junit:
        return junitFleetReport(audits, options);
    case ReportFormat::Html:
        return fleetHtmlReport(audits, options).toUtf8();
    case ReportFormat::Pdf:
        return fleetPdfReport(audits, options);
    case ReportFormat::Prometheus:
        return prometheusReport(audits, true).toUtf8();
    case ReportFormat::Text:
        break;
    }
    return fleetTextReport(audits, options).toUtf8();
}

} // namespace escut
