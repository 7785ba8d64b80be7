// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

namespace escut::jsontext
{

// Pieces of JSON text written exactly as QJsonDocument::toJson(QJsonDocument::Indented) writes them (4 spaces per
// level, "key": value, strings in UTF-8 with the same escapes), so that a large report can be streamed into one
// buffer instead of being built as a QJsonObject first. Tests compare the two byte for byte.

// A JSON string literal, quotes included.
void appendString(QByteArray& out, QStringView text);
void appendString(QByteArray& out, QLatin1StringView text);

// Four spaces per level.
void appendIndent(QByteArray& out, int level);

// Any QJsonValue at nesting level `level` (its first line is not indented: the caller wrote the key or the
// array's indentation), through Qt's own writer.
void appendValue(QByteArray& out, const QJsonValue& value, int level);

} // namespace escut::jsontext
