// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace escut
{

// The formats of an audit report: `escut-cli audit --format ID` and the GUI's Export. Rendering is
// renderReport() in core/report/pdf/RenderReport.h (the one library that can also draw a PDF).
enum class ReportFormat {
    Text,
    Json,
    Sarif,
    Junit,
    Html,
    Pdf,
    Prometheus,
};

// Every format, in the order of the CLI's help.
[[nodiscard]] QList<ReportFormat> allReportFormats();
// "text", "json", "sarif", "junit", "html", "pdf", "prometheus": the --format ids, never translated.
[[nodiscard]] QString reportFormatId(ReportFormat format);
[[nodiscard]] std::optional<ReportFormat> reportFormatFromId(const QString& id);
// The ids of allReportFormats().
[[nodiscard]] QStringList reportFormats();
// The usual file-name suffix, without the dot: html, pdf, json, sarif, xml, prom, txt.
[[nodiscard]] QString reportFormatSuffix(ReportFormat format);
// What a user picks from, translated: "HTML", "JUnit XML", "Prometheus text", ...
[[nodiscard]] QString reportFormatName(ReportFormat format);
// Rendering needs a QGuiApplication (fonts): pdf.
[[nodiscard]] bool reportFormatNeedsGui(ReportFormat format);

} // namespace escut
