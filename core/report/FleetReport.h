// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/EndpointAudit.h"
#include "core/report/Reports.h"

#include <QJsonObject>
#include <QString>

namespace escut
{

// A fleet run as JSON (schema 1, "kind": "fleet"): every endpoint with its full JSON report (or the reason it
// could not be audited), and an aggregate: endpoints audited and unreachable, worst and mean score, failed
// findings by severity. Documented in README ("Fleets").
QJsonObject fleetJsonReport(const QList<EndpointAudit>& audits, const ReportOptions& options);

// Each endpoint's text report, then a summary table.
QString fleetTextReport(const QList<EndpointAudit>& audits, const ReportOptions& options);

} // namespace escut
