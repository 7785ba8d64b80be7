// SPDX-License-Identifier: GPL-3.0-or-later
// The CIS Docker Benchmark v1.6.0 view of the catalogue and of an audit: `escut-cli cis`, and `escut-cli audit
// --benchmark cis-1.6.0` in docker-bench-security's text and JSON log shapes, for people who compare the two line by
// line.
#pragma once

#include "core/audit/Auditor.h"
#include "core/report/Reports.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace escut
{

// Which recommendations a benchmark report shows: ids ("5.10") or sections and headings ("5", "1.1"). Empty include
// is everything; exclude wins.
struct CisSelection
{
    QStringList include;
    QStringList exclude;

    [[nodiscard]] bool selects(const QString& id) const;
};

// An include or exclude pattern that names no heading or recommendation of the benchmark; empty when all are known.
QString unknownCisPattern(const QStringList& patterns);

// The benchmark with the checks that cover each recommendation, or why none does (escut-cli cis).
QString cisTableText(const ReportOptions& options);
QJsonObject cisTableJson();

// An audit's findings in the benchmark's order, one line per recommendation ([PASS] [WARN] [INFO] [NOTE]) and the
// affected subjects under it, as docker-bench-security prints them.
QString cisBenchmarkText(const AuditResult& result, const ReportOptions& options, const CisSelection& selection);
// docker-bench-security's JSON log: dockerbenchsecurity, start, tests[] of sections with results[] of
// {id, desc, result, details, items}, checks, score, end (seconds since the epoch).
QJsonObject dbsJsonReport(const AuditResult& result, const CisSelection& selection, qint64 endSeconds);

} // namespace escut
