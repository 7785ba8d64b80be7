// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/EndpointAudit.h"
#include "core/report/Reports.h"
#include "core/util/Result.h"

#include <QByteArray>

namespace escut
{

// The HTML report rendered to PDF (A4, QTextDocument + QPdfWriter). Needs a QGuiApplication (fonts); the
// offscreen platform is enough. Lives in escut_report_pdf (Qt Gui, never Widgets) so that escut_core stays
// Core-only; the CLI (`audit --format pdf`) and the GUI's Export both call it.
[[nodiscard]] Result<QByteArray> pdfReport(const AuditResult& result, const ReportOptions& options);
[[nodiscard]] Result<QByteArray> fleetPdfReport(const QList<EndpointAudit>& audits, const ReportOptions& options);

} // namespace escut
