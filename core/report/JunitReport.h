// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/EndpointAudit.h"
#include "core/report/Reports.h"

#include <QByteArray>

namespace escut
{

// JUnit XML as CI servers read it (Jenkins, GitLab, Azure, the Ant/Surefire dialect): <testsuites> with one
// <testsuite> per layer (name = layer id) and one <testcase> per check and subject (classname = check id,
// name = subject). fail -> <failure> with the evidence and the fix; error -> <error>; skipped and warn ->
// <skipped> with the reason (as kube-bench maps WARN); pass and info pass. Texts follow options.language;
// names are never translated. Schema: tests/data/junit/junit-escut.xsd.
QByteArray junitReport(const AuditResult& result, const ReportOptions& options);

// A fleet: the suites of every endpoint, named "<endpoint>/<layer>"; an unreachable endpoint is one suite
// "<endpoint>/connection" with an errored testcase.
QByteArray junitFleetReport(const QList<EndpointAudit>& audits, const ReportOptions& options);

} // namespace escut
