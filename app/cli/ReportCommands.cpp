// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ReportCommands.h"

#include "core/report/FleetReport.h"
#include "core/report/HtmlReport.h"
#include "core/report/JunitReport.h"
#include "core/report/ReportUtil.h"
#include "core/report/SarifReport.h"
#include "core/report/pdf/PdfReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace escut
{

namespace
{

class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QStringList reportFormats()
{
    return {QStringLiteral("text"),
            QStringLiteral("json"),
            QStringLiteral("sarif"),
            QStringLiteral("junit"),
            QStringLiteral("html"),
            QStringLiteral("pdf"),
            QStringLiteral("prometheus")};
}

Result<QByteArray> renderReport(const QString& format, const AuditResult& result, const ReportOptions& options)
{
    if (format == QLatin1String("json")) {
        return jsonReportText(result, options);
    }
    if (format == QLatin1String("sarif")) {
        return QJsonDocument(sarifReport(result, options)).toJson(QJsonDocument::Indented);
    }
    if (format == QLatin1String("junit")) {
        return junitReport(result, options);
    }
    if (format == QLatin1String("html")) {
        return htmlReport(result, options).toUtf8();
    }
    if (format == QLatin1String("pdf")) {
        return pdfReport(result, options);
    }
    if (format == QLatin1String("prometheus")) {
        return prometheusReport(result).toUtf8();
    }
    return textReport(result, options).toUtf8();
}

Result<QByteArray>
renderFleetReport(const QString& format, const QList<EndpointAudit>& audits, const ReportOptions& options)
{
    if (format == QLatin1String("json")) {
        return QJsonDocument(fleetJsonReport(audits, options)).toJson(QJsonDocument::Indented);
    }
    if (format == QLatin1String("sarif")) {
        return QJsonDocument(sarifFleetReport(audits, options)).toJson(QJsonDocument::Indented);
    }
    if (format == QLatin1String("junit")) {
        return junitFleetReport(audits, options);
    }
    if (format == QLatin1String("html")) {
        return fleetHtmlReport(audits, options).toUtf8();
    }
    if (format == QLatin1String("pdf")) {
        return fleetPdfReport(audits, options);
    }
    if (format == QLatin1String("prometheus")) {
        return prometheusReport(audits, true).toUtf8();
    }
    return fleetTextReport(audits, options).toUtf8();
}

bool needsGuiApplication(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if ((std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0) ||
            std::strcmp(argv[i], "--format=pdf") == 0) {
            return true;
        }
    }
    return false;
}

} // namespace escut
