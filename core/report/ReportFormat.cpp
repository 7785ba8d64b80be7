// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportFormat.h"

#include <QCoreApplication>

namespace escut
{

namespace
{

class ReportFormatNames
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)
};

struct FormatRow
{
    ReportFormat format;
    const char* id;
    const char* suffix;
};

constexpr FormatRow s_formats[] = {
    {ReportFormat::Text, "text", "txt"},
    {ReportFormat::Json, "json", "json"},
    {ReportFormat::Sarif, "sarif", "sarif"},
    {ReportFormat::Junit, "junit", "xml"},
    {ReportFormat::Html, "html", "html"},
    {ReportFormat::Pdf, "pdf", "pdf"},
    {ReportFormat::Prometheus, "prometheus", "prom"},
};

const FormatRow& rowOf(ReportFormat format)
{
    for (const FormatRow& row : s_formats) {
        if (row.format == format) {
            return row;
        }
    }
    return s_formats[0];
}

} // namespace

QList<ReportFormat> allReportFormats()
{
    QList<ReportFormat> out;
    for (const FormatRow& row : s_formats) {
        out.append(row.format);
    }
    return out;
}

QString reportFormatId(ReportFormat format)
{
    return QString::fromLatin1(rowOf(format).id);
}

std::optional<ReportFormat> reportFormatFromId(const QString& id)
{
    for (const FormatRow& row : s_formats) {
        if (id == QLatin1String(row.id)) {
            return row.format;
        }
    }
    return std::nullopt;
}

QStringList reportFormats()
{
    QStringList out;
    for (const FormatRow& row : s_formats) {
        out.append(QString::fromLatin1(row.id));
    }
    return out;
}

QString reportFormatSuffix(ReportFormat format)
{
    return QString::fromLatin1(rowOf(format).suffix);
}

QString reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text:
        return ReportFormatNames::tr("Plain text");
    case ReportFormat::Json:
        return ReportFormatNames::tr("JSON");
    case ReportFormat::Sarif:
        return ReportFormatNames::tr("SARIF");
    case ReportFormat::Junit:
        return ReportFormatNames::tr("JUnit XML");
    case ReportFormat::Html:
        return ReportFormatNames::tr("HTML");
    case ReportFormat::Pdf:
        return ReportFormatNames::tr("PDF");
    case ReportFormat::Prometheus:
        return ReportFormatNames::tr("Prometheus text");
    }
    return {};
}

bool reportFormatNeedsGui(ReportFormat format)
{
    return format == ReportFormat::Pdf;
}

} // namespace escut
