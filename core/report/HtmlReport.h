// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/PrometheusReport.h"
#include "core/report/Reports.h"

#include <QString>

namespace escut
{

enum class HtmlFlavour {
    Browser,  // one self-contained file: inline CSS and SVG charts, no script, printable (@media print)
    RichText, // the subset QTextDocument renders (tables instead of SVG): the PDF report
};

// The audit as a document for people: summary, score per layer (chart), findings per layer with evidence and
// fix, checks that could not run and why. Every value from the daemon (names, labels, evidence) is escaped; a
// Content-Security-Policy forbids scripts and remote resources in case anything slipped through.
// In options.language; passing checks are listed only with options.verbose.
QString htmlReport(const AuditResult& result, const ReportOptions& options, HtmlFlavour flavour = HtmlFlavour::Browser);

// A fleet: a table of every endpoint (score, counts, or why it could not be reached), then each audit.
QString fleetHtmlReport(const QList<EndpointAudit>& audits,
                        const ReportOptions& options,
                        HtmlFlavour flavour = HtmlFlavour::Browser);

} // namespace escut
