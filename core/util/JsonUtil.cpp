// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/JsonUtil.h"

#include <QCoreApplication>

#include <cstring>

namespace escut
{

namespace
{

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Where text first nests deeper than max arrays and objects, or -1. Every document from a daemon passes here before
// it is parsed (4.8 MB of inspect data for 1000 containers), so a string is skipped with memchr to its closing quote:
// the first '"' after an even run of backslashes.
qsizetype nestingPassed(QByteArrayView text, int max)
{
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    int depth = 0;
    for (const char* p = begin; p < end; ++p) {
        const char c = *p;
        if (c == '"') {
            const char* q = p + 1;
            while (true) {
                q = static_cast<const char*>(std::memchr(q, '"', std::size_t(end - q)));
                if (!q) {
                    return -1; // an unterminated string: the parser says where
                }
                const char* run = q;
                while (run > p + 1 && run[-1] == '\\') {
                    --run;
                }
                if ((q - run) % 2 == 0) {
                    break;
                }
                ++q;
            }
            p = q;
        } else if (c == '[' || c == '{') {
            if (++depth > max) {
                return p - begin;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

} // namespace

bool jsonNestingWithin(QByteArrayView text, int max)
{
    return nestingPassed(text, max) < 0;
}

QString JsonTextError::errorString() const
{
    if (!message.isEmpty()) {
        return message;
    }
    QJsonParseError qt;
    qt.error = error;
    return qt.errorString();
}

QJsonDocument jsonFromText(QByteArrayView text, JsonTextError* error, const JsonLimits& limits)
{
    JsonTextError e;
    if (text.size() > limits.maxBytes) {
        e = {QJsonParseError::DocumentTooLarge,
             limits.maxBytes,
             QCoreApplication::translate("JsonUtil", "larger than %1 MiB").arg(limits.maxBytes / (1024 * 1024))};
    } else if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        e = {QJsonParseError::IllegalValue, nul, QCoreApplication::translate("JsonUtil", "a NUL byte")};
    } else if (const qsizetype deep = nestingPassed(text, limits.maxDepth); deep >= 0) {
        e = {QJsonParseError::DeepNesting,
             deep,
             QCoreApplication::translate("JsonUtil", "nested deeper than %1 levels").arg(limits.maxDepth)};
    }
    if (e.error != QJsonParseError::NoError) {
        if (error) {
            *error = e;
        }
        return {};
    }
    QJsonParseError qt;
    QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &qt);
    if (error) {
        *error = {qt.error, qt.offset, QString()};
    }
    return doc;
}

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
