// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace escut
{

// The desktop keychain (Secret Service through QtKeychain). Blocking: call from a worker thread or the CLI.
// No keychain service (headless, no session bus) is an Error with code ToolNotInstalled, never a crash.
// Write-only on purpose: the keychain keeps a copy of a secret Escut made (fix.token-gate's token) for the user, who
// reads it with their keychain tool (service "escut", the key Escut printed); Escut itself never reads one back.
[[nodiscard]] VoidResult storeSecret(const QString& key, const QByteArray& secret);

} // namespace escut
