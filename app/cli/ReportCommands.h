// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/PrometheusReport.h"
#include "core/report/Reports.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QStringList>

namespace escut
{

// The formats of `escut-cli audit --format`.
QStringList reportFormats();

// One audit in one format.
[[nodiscard]] Result<QByteArray>
renderReport(const QString& format, const AuditResult& result, const ReportOptions& options);

// A fleet run: json (one report per endpoint plus the aggregate), html (the aggregate table then every
// endpoint's report), prometheus (one exposition with an endpoint label), text.
[[nodiscard]] Result<QByteArray>
renderFleetReport(const QString& format, const QList<EndpointAudit>& audits, const ReportOptions& options);

// Whether args ask for a format that needs a QGuiApplication (pdf), looked up before the application exists.
bool needsGuiApplication(int argc, char** argv);

} // namespace escut
