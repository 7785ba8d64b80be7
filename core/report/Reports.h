// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Auditor.h"

#include <QByteArray>
#include <QJsonObject>

namespace escut
{

struct ReportOptions
{
    bool color = false;   // ANSI colours (only on a TTY)
    bool verbose = false; // text: list passing checks too
    QString language = QStringLiteral("en");
};

// Machine-readable audit report; keys and ids are never translated, human texts follow the language.
// Schema documented in README ("JSON report").
QJsonObject jsonReport(const AuditResult& result, const ReportOptions& options);
// The same report as indented JSON text, byte for byte QJsonDocument(jsonReport()).toJson(Indented), written
// straight into one buffer: about ten times faster for a large audit (README, Performance).
QByteArray jsonReportText(const AuditResult& result, const ReportOptions& options);

// Human-readable report grouped by layer and subject, translated.
QString textReport(const AuditResult& result, const ReportOptions& options);

// The catalogue (escut-cli checks).
QJsonObject catalogueJson();
QString catalogueText(const ReportOptions& options);

} // namespace escut
