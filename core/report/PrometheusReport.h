// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/EndpointAudit.h"

#include <QList>
#include <QString>

namespace escut
{

// Prometheus text exposition format 0.0.4 (node_exporter textfile collector, /metrics of `escut-cli exporter`):
// escut_up, escut_score{layer}, escut_score_overall, escut_findings{layer,severity,status},
// escut_check_status{id,subject,scope,severity,status}, escut_audit_duration_seconds, escut_audit_timestamp_seconds.
// With withEndpointLabel every series carries endpoint="…" (fleets). Metric and label names are never translated.
QString prometheusReport(const QList<EndpointAudit>& audits, bool withEndpointLabel);
QString prometheusReport(const AuditResult& result);

} // namespace escut
