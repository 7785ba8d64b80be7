// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tools/StorageParsers.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace escut
{

// LUKS detection on a block device or image file: cryptsetup isLuks, then luksDump for the header. Works
// without device-mapper (nothing is opened); reading a block device needs root, an image file only read access.
class Luks
{
    Q_DECLARE_TR_FUNCTIONS(Luks)

public:
    // The header when device is LUKS, nullopt when it is not; an error when cryptsetup could not tell.
    [[nodiscard]] static Result<std::optional<StorageParsers::LuksHeader>> inspect(const QString& device,
                                                                                   int timeoutMs = 10000);
};

} // namespace escut
