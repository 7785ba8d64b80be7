// SPDX-License-Identifier: GPL-3.0-or-later
// Text that came from outside (container names, labels, env keys, file content, daemon errors, tool output) on its way
// to a terminal: control characters and bidirectional overrides are shown as escapes, so that nothing a container or
// project author wrote can move the cursor, retitle the window, clear the screen or reorder what the reader sees.
#pragma once

#include <QString>

namespace escut
{

// C0 controls (except newline and tab), DEL, C1 controls and the bidi embedding, override and isolate characters
// become visible escapes: "\x1b", "\x07", "\u202e". Everything else is kept. Machine formats never use this.
[[nodiscard]] QString terminalSafe(const QString& text);

} // namespace escut
