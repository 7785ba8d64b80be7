// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace escut::jsontext
{

namespace
{

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// UTF-16 or Latin-1 code units (a Latin-1 unit is its own code point, below U+0100) to an escaped string literal,
// in quotes or not.
template <typename Unit> void appendEscaped(QByteArray& out, const Unit* src, qsizetype size, bool quoted)
{
    // Written through a pointer into room for the worst case (6 bytes per UTF-16 unit: \uXXXX), then trimmed.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * size);
    char* cursor = out.data() + start;
    if (quoted) {
        *cursor++ = '"';
    }
    const Unit* const end = src + size;
    while (src != end) {
        const char16_t u = char16_t(*src++);
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *cursor++ = char(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
            case '"':
                *cursor++ = '"';
                break;
            case '\\':
                *cursor++ = '\\';
                break;
            case '\b':
                *cursor++ = 'b';
                break;
            case '\f':
                *cursor++ = 'f';
                break;
            case '\n':
                *cursor++ = 'n';
                break;
            case '\r':
                *cursor++ = 'r';
                break;
            case '\t':
                *cursor++ = 't';
                break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = hexDigit(u >> 4);
                *cursor++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(char16_t(*src))) {
            const char32_t c = QChar::surrogateToUcs4(u, char16_t(*src++));
            *cursor++ = char(0xf0 | (c >> 18));
            *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            // A lone surrogate is not UTF-8: Qt writes it escaped.
            *cursor++ = '\\';
            *cursor++ = 'u';
            *cursor++ = hexDigit((u >> 12) & 0xf);
            *cursor++ = hexDigit((u >> 8) & 0xf);
            *cursor++ = hexDigit((u >> 4) & 0xf);
            *cursor++ = hexDigit(u & 0xf);
        } else {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        }
    }
    if (quoted) {
        *cursor++ = '"';
    }
    out.truncate(cursor - out.constData());
}

} // namespace

void appendString(QByteArray& out, QStringView text)
{
    appendEscaped(out, text.utf16(), text.size(), true);
}

void appendString(QByteArray& out, QLatin1StringView text)
{
    appendEscaped(out, reinterpret_cast<const uchar*>(text.data()), text.size(), true);
}

void appendStringContent(QByteArray& out, QStringView text)
{
    appendEscaped(out, text.utf16(), text.size(), false);
}

void appendStringContent(QByteArray& out, QLatin1StringView text)
{
    appendEscaped(out, reinterpret_cast<const uchar*>(text.data()), text.size(), false);
}

void appendIndent(QByteArray& out, int level)
{
    out.append(qsizetype(4) * level, ' ');
}

void appendValue(QByteArray& out, const QJsonValue& value, int level)
{
    if (!value.isObject() && !value.isArray()) {
        // A scalar: Qt writes it inside an array as "[\n    <value>\n]\n".
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Indented);
        out += QByteArrayView(text).sliced(6, text.size() - 6 - 3);
        return;
    }
    const QByteArray text = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    // Qt indents a document from level 0 and ends it with a newline: shift every following line by `level`.
    const QByteArrayView body = QByteArrayView(text).chopped(1);
    qsizetype from = 0;
    while (true) {
        const qsizetype newline = body.indexOf('\n', from);
        if (newline < 0) {
            out += body.sliced(from);
            return;
        }
        out += body.sliced(from, newline + 1 - from);
        appendIndent(out, level);
        from = newline + 1;
    }
}

} // namespace escut::jsontext
