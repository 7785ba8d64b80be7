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

// The same for a file only its owner may read (mode 0600, also when it replaces a file with wider permissions): the
// new content is never readable by others, not even while it is being written.
[[nodiscard]] VoidResult writePrivateFile(const QString& path, const QByteArray& data);

} // namespace escut
