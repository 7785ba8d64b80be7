// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace escut
{

// A Compose file as collected: the text is the fact; the JSON form is derived from it.
struct ComposeFileFact
{
    QString path;
    QString project; // from the com.docker.compose.project label, when found through a container
    QByteArray text;
    QString error; // why it could not be read

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ComposeFileFact fromJson(const QJsonObject& json);
};

// The Compose document as JSON with merge keys (<<: *anchor) resolved as Compose resolves them. Scalars stay
// strings ("true", "512m"): the checks read them as Compose would.
[[nodiscard]] Result<QJsonObject> composeToJson(const QByteArray& text);

} // namespace escut
