// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

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

} // namespace escut
