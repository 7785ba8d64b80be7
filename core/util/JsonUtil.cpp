// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/JsonUtil.h"

namespace escut
{

namespace
{

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

std::optional<QList<QByteArrayView>> jsonArrayElements(QByteArrayView text)
{
    const char* p = text.data();
    const char* const end = p + text.size();
    const auto skipSpace = [&] {
        while (p != end && isJsonSpace(*p)) {
            ++p;
        }
    };
    skipSpace();
    if (p == end || *p != '[') {
        return std::nullopt;
    }
    ++p;
    QList<QByteArrayView> elements;
    skipSpace();
    if (p != end && *p == ']') {
        ++p;
        skipSpace();
        return p == end ? std::optional(elements) : std::nullopt;
    }
    while (true) {
        skipSpace();
        const char* const start = p;
        int depth = 0;
        bool inString = false;
        // Up to the comma or bracket that ends this element at depth 0, outside strings.
        for (; p != end; ++p) {
            const char c = *p;
            if (inString) {
                if (c == '\\') {
                    if (++p == end) {
                        return std::nullopt;
                    }
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (p == end || inString) {
            return std::nullopt;
        }
        const char* last = p;
        while (last != start && isJsonSpace(last[-1])) {
            --last;
        }
        if (last == start) {
            return std::nullopt; // "[1,,2]", "[1,]"
        }
        elements.append(QByteArrayView(start, last - start));
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p != ']') {
            return std::nullopt; // "}" closing the array
        }
        ++p;
        skipSpace();
        return p == end ? std::optional(elements) : std::nullopt;
    }
}

} // namespace escut
