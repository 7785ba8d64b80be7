// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

#include <cstddef>
#include <cstring>

namespace escut::jsontext
{

// Pieces of JSON text written exactly as QJsonDocument::toJson(QJsonDocument::Indented) writes them (4 spaces per
// level, "key": value, strings in UTF-8 with the same escapes), so that a large report can be streamed into one
// buffer instead of being built as a QJsonObject first. Tests compare the two byte for byte.

// A JSON string literal, quotes included.
void appendString(QByteArray& out, QStringView text);
void appendString(QByteArray& out, QLatin1StringView text);

// The inside of a JSON string literal, escaped, without the quotes (for a literal written in pieces).
void appendStringContent(QByteArray& out, QStringView text);
void appendStringContent(QByteArray& out, QLatin1StringView text);

// Bytes that already are JSON text. A resize and a copy: QByteArray's own append goes through its generic insert,
// which cost more than the text itself when a report is written in many small pieces.
inline void appendRaw(QByteArray& out, const char* data, qsizetype size)
{
    const qsizetype at = out.size();
    out.resize(at + size);
    std::memcpy(out.data() + at, data, std::size_t(size));
}
inline void appendRaw(QByteArray& out, const QByteArray& bytes)
{
    appendRaw(out, bytes.constData(), bytes.size());
}
template <std::size_t N> inline void appendRaw(QByteArray& out, const char (&literal)[N])
{
    appendRaw(out, literal, qsizetype(N - 1));
}

// Four spaces per level.
void appendIndent(QByteArray& out, int level);

// Any QJsonValue at nesting level `level` (its first line is not indented: the caller wrote the key or the
// array's indentation), through Qt's own writer.
void appendValue(QByteArray& out, const QJsonValue& value, int level);

} // namespace escut::jsontext
