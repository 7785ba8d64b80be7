// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace escut
{

// A JSON array of strings as a QStringList (anything that is not an array gives an empty list).
[[nodiscard]] inline QStringList jsonStrings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        out.append(v.toString());
    }
    return out;
}

// The text of each element of a top-level JSON array, without parsing them: a large list can then be parsed
// element by element, on several threads. Brackets and strings (with their escapes) are matched, not validated:
// nullopt when the text is not an array at that level (an unclosed string or bracket, text after the array, an
// empty element); the caller's parse of each element finds any other error.
[[nodiscard]] std::optional<QList<QByteArrayView>> jsonArrayElements(QByteArrayView text);

} // namespace escut
