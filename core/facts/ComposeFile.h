// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace escut
{

// A Compose file as collected: the text is the fact; the JSON form is derived from it.
struct ComposeFileFact
{
    QString path;
    QString project; // from the com.docker.compose.project label, when found through a container
    QByteArray text;
    QString error;           // why it could not be read
    bool referenced = false; // read only because a service extends from it (extends: file:); not audited itself

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ComposeFileFact fromJson(const QJsonObject& json);
    bool operator==(const ComposeFileFact&) const = default;
};

// The Compose document as JSON with merge keys (<<: *anchor) resolved as Compose resolves them. Scalars stay
// strings ("true", "512m"): the checks read them as Compose would.
[[nodiscard]] Result<QJsonObject> composeToJson(const QByteArray& text);

// 1-based lines of each service and of the service's own keys, from yaml-cpp's marks (empty when not YAML).
struct ComposeServiceLines
{
    int line = 0;
    QMap<QString, int> keys;
};
[[nodiscard]] QMap<QString, ComposeServiceLines> composeServiceLines(const QByteArray& text);

// The services of a Compose file with extends: resolved as Compose does (same file, or file: among the other facts,
// relative to the file's directory): mappings merge, sequences append, the service's own scalars win.
[[nodiscard]] Result<QJsonObject> composeServices(const ComposeFileFact& file, const QList<ComposeFileFact>& all);

// The other files the services of this one extend from (absolute paths).
[[nodiscard]] QStringList composeExtendsFiles(const ComposeFileFact& file);

} // namespace escut
