// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace escut
{

// Writes data to path: regular files atomically (QSaveFile: a crash leaves the old file or the new one, never
// half of one); devices and pipes such as /dev/stdout in place, never replaced by a regular file.
[[nodiscard]] VoidResult writeFile(const QString& path, const QByteArray& data);

} // namespace escut
