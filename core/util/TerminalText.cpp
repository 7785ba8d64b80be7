// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/TerminalText.h"

namespace escut
{

QString terminalSafe(const QString& text)
{
    const auto unsafe = [](char16_t u) {
        return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u < 0xa0) || u == 0x061c || u == 0x200e ||
               u == 0x200f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
    };
    qsizetype i = 0;
    while (i < text.size() && !unsafe(text.at(i).unicode())) {
        ++i;
    }
    if (i == text.size()) {
        return text; // the common case: nothing to escape, no copy
    }
    QString out = text.left(i);
    out.reserve(text.size() + 16);
    for (; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (!unsafe(u)) {
            out += text.at(i);
        } else if (u < 0x100) {
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace escut
