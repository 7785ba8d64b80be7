// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace escut
{

// The desktop keychain (Secret Service through QtKeychain). Blocking: call from a worker thread or the CLI.
// No keychain service (headless, no session bus) is an Error with code ToolNotInstalled, never a crash.
[[nodiscard]] VoidResult storeSecret(const QString& key, const QByteArray& secret);
[[nodiscard]] Result<QByteArray> readSecret(const QString& key);

} // namespace escut
