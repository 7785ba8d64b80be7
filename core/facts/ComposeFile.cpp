// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/ComposeFile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <yaml-cpp/yaml.h>

namespace escut
{

namespace
{

QJsonValue toJson(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        QJsonObject merged;
        for (const auto& kv : node) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            if (key == QLatin1String("<<")) {
                // <<: *a or <<: [*a, *b]; earlier sources win, the map's own keys win over all.
                const QJsonValue source = toJson(kv.second);
                const QJsonArray sources = source.isArray() ? source.toArray() : QJsonArray{source};
                for (const QJsonValue& s : sources) {
                    const QJsonObject o = s.toObject();
                    for (auto it = o.begin(); it != o.end(); ++it) {
                        if (!merged.contains(it.key())) {
                            merged.insert(it.key(), it.value());
                        }
                    }
                }
                continue;
            }
            object.insert(key, toJson(kv.second));
        }
        for (auto it = merged.begin(); it != merged.end(); ++it) {
            if (!object.contains(it.key())) {
                object.insert(it.key(), it.value());
            }
        }
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node& item : node) {
            array.append(toJson(item));
        }
        return array;
    }
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue();
}

} // namespace

QJsonObject ComposeFileFact::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path}, {QStringLiteral("text"), QString::fromUtf8(text)}};
    if (!project.isEmpty()) {
        o.insert(QStringLiteral("project"), project);
    }
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
    }
    return o;
}

ComposeFileFact ComposeFileFact::fromJson(const QJsonObject& o)
{
    ComposeFileFact f;
    f.path = o.value(QStringLiteral("path")).toString();
    f.project = o.value(QStringLiteral("project")).toString();
    f.text = o.value(QStringLiteral("text")).toString().toUtf8();
    f.error = o.value(QStringLiteral("error")).toString();
    return f;
}

Result<QJsonObject> composeToJson(const QByteArray& text)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        const QJsonValue json = toJson(root);
        if (!json.isObject()) {
            return makeError(Error::Code::ParseError,
                             QCoreApplication::translate("ComposeFile", "The file is not a YAML mapping."));
        }
        return json.toObject();
    } catch (const YAML::Exception& e) {
        return makeError(Error::Code::ParseError,
                         QCoreApplication::translate("ComposeFile", "Not valid YAML (line %1, column %2): %3")
                             .arg(e.mark.line + 1)
                             .arg(e.mark.column + 1)
                             .arg(QString::fromStdString(e.msg)));
    }
}

} // namespace escut
