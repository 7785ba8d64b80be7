// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Auditor.h"
#include "core/report/ReportFormat.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace escut
{

// One report to write: the audit as the window shows it, in a format and a language, to a file.
struct ReportExportRequest
{
    AuditResult result;
    QString resultLanguage; // the language result's evidence is worded in; empty when unsure
    QSet<Layer> only;       // the layers the audit was limited to (a re-evaluation keeps them)
    ReportFormat format = ReportFormat::Html;
    QString language = QStringLiteral("en"); // of the report: ca, es or en
    QString path;
};

struct ReportExportDone
{
    QString path;
    qint64 bytes = 0;
    qint64 renderMs = 0; // evaluation in the report's language (when needed) plus rendering
    qint64 writeMs = 0;
};

// Renders and writes one report; blocking, for a worker thread. The texts follow request.language on this thread
// only (ScopedThreadLanguage): when the window shows another language, the checks run again on the same snapshot
// so that the evidence is worded in the report's language, as `escut-cli audit --lang` words it. The file is
// written atomically (writeFile); an existing file is replaced, so the caller asks first.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    [[nodiscard]] static Result<ReportExportDone> run(const ReportExportRequest& request);
};

} // namespace escut
