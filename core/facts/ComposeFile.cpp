// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/ComposeFile.h"

#include "core/util/YamlLoad.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

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

// Compose's extends merge: the service's own keys win; mappings merge key by key; sequences append (no duplicates).
QJsonObject extendMerge(const QJsonObject& base, const QJsonObject& own)
{
    QJsonObject out = base;
    for (auto it = own.begin(); it != own.end(); ++it) {
        const QJsonValue b = out.value(it.key());
        if (b.isObject() && it.value().isObject()) {
            out.insert(it.key(), extendMerge(b.toObject(), it.value().toObject()));
        } else if (b.isArray() && it.value().isArray()) {
            QJsonArray merged = b.toArray();
            // A set, not QJsonArray::contains: two sequences of 100,000 elements (aliases) would take 10^10 steps.
            QSet<QJsonValue> present(merged.begin(), merged.end());
            for (const QJsonValue& v : it.value().toArray()) {
                if (!present.contains(v)) {
                    present.insert(v);
                    merged.append(v);
                }
            }
            out.insert(it.key(), merged);
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

QString extendsFile(const QString& composePath, const QJsonObject& extends)
{
    const QString file = extends.value(QStringLiteral("file")).toString();
    if (file.isEmpty()) {
        return composePath;
    }
    return QDir::isAbsolutePath(file) ? QDir::cleanPath(file)
                                      : QDir::cleanPath(QFileInfo(composePath).path() + QLatin1Char('/') + file);
}

// Each file's JSON form, parsed once for every service that extends from it (not once per service and level: a
// 4 MiB file of services extending each other would be parsed hundreds of thousands of times).
using ParsedFiles = QHash<QString, Result<QJsonObject>>;

Result<QJsonObject> resolveService(const QString& path,
                                   const QString& name,
                                   const QList<ComposeFileFact>& all,
                                   ParsedFiles& parsed,
                                   int depth)
{
    if (depth > 10) {
        return makeError(Error::Code::ParseError,
                         QCoreApplication::translate("ComposeFile", "extends: loops through service %1.").arg(name));
    }
    const ComposeFileFact* file = nullptr;
    for (const ComposeFileFact& f : all) {
        if (f.path == path) {
            file = &f;
        }
    }
    if (!file || !file->error.isEmpty()) {
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("ComposeFile", "extends: %1 could not be read.").arg(path));
    }
    auto known = parsed.find(path);
    if (known == parsed.end()) {
        known = parsed.insert(path, composeToJson(file->text));
    }
    const Result<QJsonObject>& doc = known.value();
    if (!doc) {
        return doc.error();
    }
    const QJsonObject services = doc->value(QStringLiteral("services")).toObject();
    if (!services.contains(name)) {
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("ComposeFile", "extends: %1 has no service %2.").arg(path, name));
    }
    QJsonObject service = services.value(name).toObject();
    const QJsonValue ext = service.take(QStringLiteral("extends"));
    if (ext.isUndefined()) {
        return service;
    }
    const QJsonObject spec = ext.isString() ? QJsonObject{{QStringLiteral("service"), ext.toString()}} : ext.toObject();
    const Result<QJsonObject> base = resolveService(extendsFile(path, spec),
                                                    spec.value(QStringLiteral("service")).toString(),
                                                    all,
                                                    parsed,
                                                    depth + 1);
    if (!base) {
        return base.error();
    }
    return extendMerge(base.value(), service);
}

} // namespace

QMap<QString, ComposeServiceLines> composeServiceLines(const QByteArray& text)
{
    QMap<QString, ComposeServiceLines> out;
    const Result<YAML::Node> loaded = yaml::load(text);
    if (!loaded) {
        return out; // composeToJson reports the error
    }
    try {
        const YAML::Node& root = loaded.value();
        const YAML::Node services = root.IsMap() ? root["services"] : YAML::Node();
        if (!services || !services.IsMap()) {
            return out;
        }
        for (const auto& kv : services) {
            ComposeServiceLines lines;
            lines.line = kv.first.Mark().line + 1;
            if (kv.second.IsMap()) {
                for (const auto& key : kv.second) {
                    lines.keys.insert(QString::fromStdString(key.first.Scalar()), key.first.Mark().line + 1);
                }
            }
            out.insert(QString::fromStdString(kv.first.Scalar()), lines);
        }
    } catch (const YAML::Exception&) {
        // composeToJson reports the error.
    }
    return out;
}

Result<QJsonObject> composeServices(const ComposeFileFact& file, const QList<ComposeFileFact>& all)
{
    const Result<QJsonObject> doc = composeToJson(file.text);
    if (!doc) {
        return doc.error();
    }
    QList<ComposeFileFact> files = all;
    files.prepend(file);
    ParsedFiles parsed;
    QJsonObject out;
    const QJsonObject services = doc->value(QStringLiteral("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        if (!it.value().toObject().contains(QStringLiteral("extends"))) {
            out.insert(it.key(), it.value());
            continue;
        }
        const Result<QJsonObject> resolved = resolveService(file.path, it.key(), files, parsed, 0);
        if (!resolved) {
            out.insert(it.key(), QJsonObject{{QStringLiteral("x-escut-error"), resolved.error().message}});
        } else {
            out.insert(it.key(), resolved.value());
        }
    }
    return out;
}

QStringList composeExtendsFiles(const ComposeFileFact& file)
{
    QStringList out;
    const Result<QJsonObject> doc =
        file.error.isEmpty() ? composeToJson(file.text) : Result<QJsonObject>(QJsonObject());
    if (!doc) {
        return out;
    }
    const QJsonObject services = doc->value(QStringLiteral("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QJsonObject ext = it.value().toObject().value(QStringLiteral("extends")).toObject();
        if (ext.contains(QStringLiteral("file"))) {
            const QString path = extendsFile(file.path, ext);
            if (!out.contains(path)) {
                out.append(path);
            }
        }
    }
    return out;
}

QJsonObject ComposeFileFact::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path}, {QStringLiteral("text"), QString::fromUtf8(text)}};
    if (!project.isEmpty()) {
        o.insert(QStringLiteral("project"), project);
    }
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
    }
    if (referenced) {
        o.insert(QStringLiteral("referenced"), true);
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
    f.referenced = o.value(QStringLiteral("referenced")).toBool();
    return f;
}

Result<QJsonObject> composeToJson(const QByteArray& text)
{
    const Result<YAML::Node> root = yaml::load(text);
    if (!root) {
        return root.error();
    }
    try {
        const QJsonValue json = toJson(root.value());
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
