// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/Luks.h"

#include "core/tools/ToolRunner.h"

namespace escut
{

Result<std::optional<StorageParsers::LuksHeader>> Luks::inspect(const QString& device, int timeoutMs)
{
    ToolOptions options;
    options.timeoutMs = timeoutMs;
    options.extraEnvironment = {QStringLiteral("LC_ALL=C")};
    const Result<ToolOutput> isLuks = ToolRunner::run(QStringLiteral("cryptsetup"),
                                                      {QStringLiteral("isLuks"), QStringLiteral("-v"), device},
                                                      options);
    if (!isLuks) {
        return isLuks.error();
    }
    if (!isLuks->succeeded()) {
        // "Command failed with code -1 (wrong or missing parameters)." is cryptsetup's "not LUKS"; a device it
        // cannot open says so ("Device ... does not exist or access denied").
        if (isLuks->diagnostic().contains(QLatin1String("access denied")) ||
            isLuks->diagnostic().contains(QLatin1String("Permission denied"))) {
            return makeError(Error::Code::PermissionDenied,
                             tr("cryptsetup cannot read %1: run the audit as root.").arg(device),
                             isLuks->diagnostic());
        }
        return std::optional<StorageParsers::LuksHeader>();
    }
    const Result<ToolOutput> dump =
        ToolRunner::run(QStringLiteral("cryptsetup"), {QStringLiteral("luksDump"), device}, options);
    if (!dump) {
        return dump.error();
    }
    if (!dump->succeeded()) {
        return makeError(Error::Code::ToolFailed, tr("cryptsetup luksDump %1 failed.").arg(device), dump->diagnostic());
    }
    const Result<StorageParsers::LuksHeader> header = StorageParsers::luksDump(dump->out);
    if (!header) {
        return header.error();
    }
    return std::optional<StorageParsers::LuksHeader>(header.value());
}

} // namespace escut
