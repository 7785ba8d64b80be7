// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/EndpointAudit.h"
#include "core/report/ReportFormat.h"
#include "core/report/Reports.h"
#include "core/util/Result.h"

#include <QByteArray>

namespace escut
{

// The one format dispatch, shared by `escut-cli audit --format` and the GUI's Export. It lives in
// escut_report_pdf because that library sees every renderer, the PDF one included; pdf needs a
// QGuiApplication (see PdfReport.h), every other format is pure and runs on any thread.
[[nodiscard]] Result<QByteArray>
renderReport(ReportFormat format, const AuditResult& result, const ReportOptions& options);

// A fleet run: json (one report per endpoint plus the aggregate), html (the aggregate table then every
// endpoint's report), prometheus (one exposition with an endpoint label), text.
[[nodiscard]] Result<QByteArray>
renderFleetReport(ReportFormat format, const QList<EndpointAudit>& audits, const ReportOptions& options);

} // namespace escut
