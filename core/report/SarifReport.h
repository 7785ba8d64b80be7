// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/EndpointAudit.h"
#include "core/report/Reports.h"

#include <QJsonObject>

namespace escut
{

// SARIF 2.1.0 (OASIS) for code-scanning services: one rule per check id (title, rationale, remediation, CIS id
// and seed in the help text and properties), one result per failed or warned finding with a stable
// partialFingerprints entry ("escutFinding/v1"), file/line locations for Compose and Dockerfile findings and a
// logical location for containers, images, the daemon and the host. Skipped and errored checks are
// tool execution notifications (the reason is their message). Texts follow options.language.
QJsonObject sarifReport(const AuditResult& result, const ReportOptions& options);

// A fleet: one run per endpoint (automationDetails.id "escut/<endpoint>/"); an unreachable endpoint is a run
// whose invocation failed, with the reason.
QJsonObject sarifFleetReport(const QList<EndpointAudit>& audits, const ReportOptions& options);

} // namespace escut
