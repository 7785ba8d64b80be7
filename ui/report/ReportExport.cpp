// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportExport.h"

#include "translations/Translations.h"

#include "core/report/pdf/RenderReport.h"
#include "core/util/FileWrite.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace escut
{

Result<ReportExportDone> ReportExport::run(const ReportExportRequest& request)
{
    const QFileInfo target(request.path);
    if (request.path.isEmpty() || target.fileName().isEmpty()) {
        return makeError(Error::Code::InvalidArgument, tr("Choose a file name for the report."));
    }
    const QFileInfo folder(target.absolutePath());
    if (folder.exists() && !folder.isDir()) {
        return makeError(
            Error::Code::InvalidArgument,
            tr("%1 is a file, not a folder: choose another folder.").arg(QDir::toNativeSeparators(folder.filePath())));
    }
    if (!folder.isDir()) {
        return makeError(
            Error::Code::NotFound,
            tr("The folder %1 does not exist: choose another one.").arg(QDir::toNativeSeparators(folder.filePath())));
    }
    if (!folder.isWritable()) {
        return makeError(
            Error::Code::PermissionDenied,
            tr("The folder %1 is not writable: choose another one.").arg(QDir::toNativeSeparators(folder.filePath())));
    }
    if (target.isDir()) {
        return makeError(Error::Code::InvalidArgument,
                         tr("%1 is a folder: choose a file name.").arg(QDir::toNativeSeparators(request.path)));
    }

    QElapsedTimer timer;
    timer.start();
    const ScopedThreadLanguage language(request.language);
    if (!language.isValid()) {
        return makeError(Error::Code::InvalidArgument,
                         tr("Reports can be written in Catalan (ca), Spanish (es) or English (en), not '%1'.")
                             .arg(request.language));
    }
    ReportOptions options;
    options.language = request.language;
    Result<QByteArray> data = [&]() -> Result<QByteArray> {
        if (request.resultLanguage == request.language) {
            return renderReport(request.format, request.result, options);
        }
        // The evidence is worded when the checks run: run them again, pure, on the same snapshot.
        AuditResult reworded = Auditor::evaluate(request.result.snapshot, request.only);
        reworded.collectMs = request.result.collectMs;
        reworded.evaluateMs = request.result.evaluateMs;
        return renderReport(request.format, reworded, options);
    }();
    if (!data) {
        return data.error();
    }
    ReportExportDone done;
    done.renderMs = timer.restart();
    if (VoidResult written = writeFile(request.path, data.value()); !written) {
        return written.error();
    }
    done.writeMs = timer.elapsed();
    done.path = target.absoluteFilePath();
    done.bytes = data.value().size();
    return done;
}

} // namespace escut
