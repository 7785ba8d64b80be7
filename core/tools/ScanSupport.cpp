// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/ScanSupport.h"

#include "core/util/JsonUtil.h"

namespace escut::scansupport
{

Result<QString> toolVersion(const QString& tool, const QRegularExpression& pattern, const ToolOptions& options)
{
    const Result<QByteArray> out = runForOutput(tool, {QStringLiteral("--version")}, options);
    if (!out) {
        return out.error();
    }
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(out.value()));
    if (!match.hasMatch()) {
        return makeError(Error::Code::ParseError,
                         ToolRunner::tr("%1 --version printed no version number.").arg(tool),
                         QString::fromUtf8(out.value().left(200)));
    }
    return match.captured(1);
}

Result<QByteArray> runForOutput(const QString& tool, const QStringList& arguments, const ToolOptions& options)
{
    const Result<ToolOutput> run = ToolRunner::run(tool, arguments, options);
    if (!run) {
        return run.error();
    }
    // TRIVY_EXIT_CODE / DOCKLE_EXIT_CODE in the environment make a report with findings exit non-zero: a report on
    // stdout still counts, and the parser decides whether it is one.
    if (!run->succeeded() && run->out.trimmed().isEmpty()) {
        return makeError(Error::Code::ToolFailed,
                         ToolRunner::tr("%1 failed with exit code %2.").arg(tool).arg(run->exitCode),
                         run->diagnostic());
    }
    if (run->truncated) {
        return makeError(Error::Code::ResponseTooLarge,
                         ToolRunner::tr("%1 printed more than Escut reads; its output was cut.").arg(tool));
    }
    return run->out;
}

Result<QJsonDocument> parseJson(const QString& tool, const QByteArray& data)
{
    JsonTextError error;
    const QJsonDocument doc = jsonFromText(data, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(Error::Code::ParseError,
                         ToolRunner::tr("%1 printed something that is not JSON: %2 at offset %3.")
                             .arg(tool, error.errorString())
                             .arg(error.offset),
                         QString::fromUtf8(data.left(200)));
    }
    return doc;
}

} // namespace escut::scansupport
