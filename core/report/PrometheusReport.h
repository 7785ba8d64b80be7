// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Auditor.h"

#include <QList>
#include <QString>

#include <optional>

namespace escut
{

// One endpoint's audit in a fleet run: the result, or why there is none.
struct EndpointAudit
{
    QString endpoint; // as the user named it (URL or context name); the `endpoint` label
    std::optional<AuditResult> result;
    QString error;      // translated, when result is empty
    qint64 durationMs = 0; // collect + evaluate, or time until the failure
};

// Prometheus text exposition format 0.0.4 (node_exporter textfile collector, /metrics of `escut-cli exporter`):
// escut_up, escut_score{layer}, escut_score_overall, escut_findings{layer,severity,status},
// escut_check_status{id,subject,scope,severity,status}, escut_audit_duration_seconds, escut_audit_timestamp_seconds.
// With withEndpointLabel every series carries endpoint="…" (fleets). Metric and label names are never translated.
QString prometheusReport(const QList<EndpointAudit>& audits, bool withEndpointLabel);
QString prometheusReport(const AuditResult& result);

} // namespace escut
