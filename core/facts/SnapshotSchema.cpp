// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/SnapshotSchema.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <map>
#include <memory>
#include <optional>

namespace escut
{

namespace
{

enum class Type { String, Number, Bool, Object, Array };

struct Rule
{
    const char* path; // dotted; "[]" for every element of an array, "{}" for every value of an object
    Type type;
    bool nullable; // Docker writes null for an empty list or map
    bool required;
};

constexpr bool D = true;  // from Docker: null allowed
constexpr bool E = false; // written by Escut: exactly this type

// Only what Escut reads. Docker adds fields with every API version; they are not checked.
constexpr Rule Rules[] = {
    {"schema", Type::Number, E, true},
    {"toolVersion", Type::String, E, false},
    {"collectedAt", Type::String, E, false},
    {"hostFactsCollected", Type::Bool, E, false},
    {"containersCollected", Type::Bool, E, false},
    {"imagesCollected", Type::Bool, E, false},
    {"endpoint", Type::Object, E, false},
    {"endpoint.url", Type::String, E, false},
    {"endpoint.kind", Type::String, E, false},
    {"endpoint.source", Type::String, E, false},
    {"endpoint.socketPath", Type::String, E, false},
    {"endpoint.host", Type::String, E, false},
    {"endpoint.port", Type::Number, E, false},
    {"endpoint.user", Type::String, E, false},
    {"endpoint.tls", Type::Bool, E, false},
    {"endpoint.tlsVerify", Type::Bool, E, false},
    {"endpoint.context", Type::String, E, false},
    {"version", Type::Object, E, false},
    {"version.Version", Type::String, D, false},
    {"version.ApiVersion", Type::String, D, false},
    {"info", Type::Object, E, false},
    {"info.SecurityOptions", Type::Array, D, false},
    {"info.SecurityOptions[]", Type::String, E, false},
    {"info.Runtimes", Type::Object, D, false},
    {"info.DockerRootDir", Type::String, D, false},
    {"networks", Type::Array, E, false},
    {"networks[]", Type::Object, E, false},
    {"networks[].Name", Type::String, D, false},
    {"networks[].Options", Type::Object, D, false},
    {"networks[].Options{}", Type::String, E, false},
    {"volumes", Type::Array, E, false},
    {"volumes[]", Type::Object, E, false},
    {"volumes[].Options", Type::Object, D, false},
    {"volumes[].Options{}", Type::String, E, false},
    {"daemonCommandLine", Type::Array, E, false},
    {"daemonCommandLine[]", Type::String, E, false},
    {"daemonConfig", Type::Object, E, false},
    {"daemonConfig.path", Type::String, E, false},
    {"daemonConfig.origin", Type::String, E, false},
    {"daemonConfig.exists", Type::Bool, E, false},
    {"daemonConfig.readable", Type::Bool, E, false},
    {"daemonConfig.readError", Type::String, E, false},
    {"daemonConfig.text", Type::String, E, false},
    {"daemonConfig.textBase64", Type::String, E, false},
    {"daemonConfig.file", Type::Object, E, false},
    {"files", Type::Array, E, false},
    {"files[]", Type::Object, E, false},
    {"files[].role", Type::String, E, false},
    {"files[].path", Type::String, E, false},
    {"files[].exists", Type::Bool, E, false},
    {"files[].uid", Type::Number, E, false},
    {"files[].gid", Type::Number, E, false},
    {"files[].mode", Type::String, E, false},
    {"files[].type", Type::String, E, false},
    {"files[].device", Type::String, E, false},
    {"files[].inode", Type::String, E, false},
    {"files[].notAfter", Type::String, E, false},
    {"files[].certError", Type::String, E, false},
    {"containers", Type::Array, E, false},
    {"containers[]", Type::Object, E, false},
    {"containers[].Id", Type::String, E, true},
    {"containers[].Name", Type::String, D, false},
    {"containers[].Image", Type::String, D, false},
    {"containers[].Path", Type::String, D, false},
    {"containers[].Args", Type::Array, D, false},
    {"containers[].Args[]", Type::String, E, false},
    {"containers[].State", Type::Object, D, false},
    {"containers[].State.Running", Type::Bool, D, false},
    {"containers[].State.Status", Type::String, D, false},
    {"containers[].State.Pid", Type::Number, D, false},
    {"containers[].State.Health", Type::Object, D, false},
    {"containers[].Config", Type::Object, D, false},
    {"containers[].Config.User", Type::String, D, false},
    {"containers[].Config.Image", Type::String, D, false},
    {"containers[].Config.Env", Type::Array, D, false},
    {"containers[].Config.Env[]", Type::String, E, false},
    {"containers[].Config.Cmd", Type::Array, D, false},
    {"containers[].Config.Cmd[]", Type::String, E, false},
    {"containers[].Config.Entrypoint", Type::Array, D, false},
    {"containers[].Config.Entrypoint[]", Type::String, E, false},
    {"containers[].Config.Labels", Type::Object, D, false},
    {"containers[].Config.Labels{}", Type::String, E, false},
    {"containers[].Config.Healthcheck", Type::Object, D, false},
    {"containers[].Config.Healthcheck.Test", Type::Array, D, false},
    {"containers[].Config.Healthcheck.Test[]", Type::String, E, false},
    {"containers[].HostConfig", Type::Object, D, false},
    {"containers[].HostConfig.Privileged", Type::Bool, D, false},
    {"containers[].HostConfig.ReadonlyRootfs", Type::Bool, D, false},
    {"containers[].HostConfig.CapAdd", Type::Array, D, false},
    {"containers[].HostConfig.CapAdd[]", Type::String, E, false},
    {"containers[].HostConfig.CapDrop", Type::Array, D, false},
    {"containers[].HostConfig.CapDrop[]", Type::String, E, false},
    {"containers[].HostConfig.SecurityOpt", Type::Array, D, false},
    {"containers[].HostConfig.SecurityOpt[]", Type::String, E, false},
    {"containers[].HostConfig.Binds", Type::Array, D, false},
    {"containers[].HostConfig.Binds[]", Type::String, E, false},
    {"containers[].HostConfig.Devices", Type::Array, D, false},
    {"containers[].HostConfig.Devices[]", Type::Object, E, false},
    {"containers[].HostConfig.Mounts", Type::Array, D, false},
    {"containers[].HostConfig.Mounts[]", Type::Object, E, false},
    {"containers[].HostConfig.NetworkMode", Type::String, D, false},
    {"containers[].HostConfig.PidMode", Type::String, D, false},
    {"containers[].HostConfig.IpcMode", Type::String, D, false},
    {"containers[].HostConfig.UTSMode", Type::String, D, false},
    {"containers[].HostConfig.UsernsMode", Type::String, D, false},
    {"containers[].HostConfig.CgroupnsMode", Type::String, D, false},
    {"containers[].HostConfig.Memory", Type::Number, D, false},
    {"containers[].HostConfig.NanoCpus", Type::Number, D, false},
    {"containers[].HostConfig.CpuShares", Type::Number, D, false},
    {"containers[].HostConfig.PidsLimit", Type::Number, D, false},
    {"containers[].HostConfig.RestartPolicy", Type::Object, D, false},
    {"containers[].HostConfig.RestartPolicy.Name", Type::String, D, false},
    {"containers[].HostConfig.RestartPolicy.MaximumRetryCount", Type::Number, D, false},
    {"containers[].HostConfig.PortBindings", Type::Object, D, false},
    {"containers[].HostConfig.PortBindings{}", Type::Array, D, false},
    {"containers[].HostConfig.PortBindings{}[]", Type::Object, E, false},
    {"containers[].HostConfig.Ulimits", Type::Array, D, false},
    {"containers[].Mounts", Type::Array, D, false},
    {"containers[].Mounts[]", Type::Object, E, false},
    {"containers[].Mounts[].Type", Type::String, D, false},
    {"containers[].Mounts[].Source", Type::String, D, false},
    {"containers[].Mounts[].Destination", Type::String, D, false},
    {"containers[].Mounts[].RW", Type::Bool, D, false},
    {"containers[].Mounts[].Propagation", Type::String, D, false},
    {"containers[].NetworkSettings", Type::Object, D, false},
    {"containers[].NetworkSettings.Ports", Type::Object, D, false},
    {"images", Type::Array, E, false},
    {"images[]", Type::Object, E, false},
    {"images[].inspect", Type::Object, E, false},
    {"images[].inspect.Id", Type::String, D, false},
    {"images[].inspect.RepoTags", Type::Array, D, false},
    {"images[].inspect.RepoTags[]", Type::String, E, false},
    {"images[].inspect.RepoDigests", Type::Array, D, false},
    {"images[].inspect.RepoDigests[]", Type::String, E, false},
    {"images[].inspect.Config", Type::Object, D, false},
    {"images[].inspect.Config.User", Type::String, D, false},
    {"images[].inspect.Config.Env", Type::Array, D, false},
    {"images[].inspect.Config.Env[]", Type::String, E, false},
    {"images[].inspect.Config.Labels", Type::Object, D, false},
    {"images[].inspect.Config.Labels{}", Type::String, E, false},
    {"images[].history", Type::Array, E, false},
    {"images[].history[]", Type::Object, E, false},
    {"images[].history[].CreatedBy", Type::String, D, false},
    {"images[].history[].Comment", Type::String, D, false},
    {"composeFiles", Type::Array, E, false},
    {"composeFiles[]", Type::Object, E, false},
    {"composeFiles[].path", Type::String, E, false},
    {"composeFiles[].project", Type::String, E, false},
    {"composeFiles[].text", Type::String, E, false},
    {"composeFiles[].error", Type::String, E, false},
    {"composeFiles[].referenced", Type::Bool, E, false},
    {"dockerfiles", Type::Array, E, false},
    {"dockerfiles[]", Type::Object, E, false},
    {"dockerfiles[].path", Type::String, E, false},
    {"dockerfiles[].origins", Type::Array, E, false},
    {"dockerfiles[].origins[]", Type::String, E, false},
    {"dockerfiles[].target", Type::String, E, false},
    {"dockerfiles[].buildArgs", Type::Object, E, false},
    {"dockerfiles[].buildArgs{}", Type::String, E, false},
    {"dockerfiles[].text", Type::String, E, false},
    {"dockerfiles[].textBase64", Type::String, E, false},
    {"dockerfiles[].error", Type::String, E, false},
    {"dockerfiles[].remote", Type::Bool, E, false},
    {"probes", Type::Object, E, false},
    {"daemonListening", Type::Object, E, false},
    {"daemonListening.collected", Type::Bool, E, false},
    {"daemonListening.reason", Type::String, E, false},
    {"daemonListening.truncated", Type::Bool, E, false},
    {"daemonListening.sockets", Type::Array, E, false},
    {"daemonListening.sockets[]", Type::Object, E, false},
    {"daemonListening.sockets[].address", Type::String, E, false},
    {"daemonListening.sockets[].port", Type::Number, E, false},
    {"sprawlLimits", Type::Object, E, false},
    {"sprawlLimits.maxUnusedImages", Type::Number, E, false},
    {"sprawlLimits.maxStoppedContainers", Type::Number, E, false},
    {"sprawlLimits.origin", Type::String, E, false},
    {"sprawlLimits.problem", Type::String, E, false},
    {"processes", Type::Object, E, false},
    {"processes.collected", Type::Bool, E, false},
    {"processes.reason", Type::String, E, false},
    {"processes.containers", Type::Array, E, false},
    {"processes.containers[]", Type::Object, E, false},
    {"processes.containers[].id", Type::String, E, false},
    {"processes.containers[].source", Type::String, E, false},
    {"processes.containers[].programs", Type::Array, E, false},
    {"processes.containers[].programs[]", Type::String, E, false},
    {"processes.containers[].processes", Type::Number, E, false},
    {"processes.containers[].truncated", Type::Bool, E, false},
    {"processes.containers[].error", Type::String, E, false},
    {"imageAnalysis", Type::Object, E, false},
    {"execHistory", Type::Object, E, false},
    {"execHistory.collected", Type::Bool, E, false},
    {"execHistory.sources", Type::Array, E, false},
    {"execHistory.sources[]", Type::Object, E, false},
    {"execHistory.sources[].source", Type::String, E, false},
    {"execHistory.sources[].read", Type::Bool, E, false},
    {"execHistory.sources[].since", Type::String, E, false},
    {"execHistory.sources[].error", Type::String, E, false},
    {"execHistory.sources[].records", Type::Number, E, false},
    {"execHistory.execs", Type::Array, E, false},
    {"execHistory.execs[]", Type::Object, E, false},
    {"execHistory.execs[].source", Type::String, E, false},
    {"execHistory.execs[].container", Type::String, E, false},
    {"execHistory.execs[].time", Type::String, E, false},
    {"execHistory.execs[].known", Type::Bool, E, false},
    {"execHistory.execs[].privileged", Type::Bool, E, false},
    {"execHistory.execs[].user", Type::String, E, false},
    {"execHistory.execs[].entrypoint", Type::String, E, false},
    {"execHistory.execs[].origin", Type::String, E, false},
    {"issues", Type::Array, E, false},
    {"issues[]", Type::Object, E, false},
    {"issues[].collector", Type::String, E, false},
    {"issues[].message", Type::String, E, false},
    {"issues[].detail", Type::String, E, false},
    {"hostFacts", Type::Object, E, false},
};

QString typeName(Type t)
{
    switch (t) {
    case Type::String:
        return QCoreApplication::translate("SnapshotSchema", "a string");
    case Type::Number:
        return QCoreApplication::translate("SnapshotSchema", "a number");
    case Type::Bool:
        return QCoreApplication::translate("SnapshotSchema", "true or false");
    case Type::Object:
        return QCoreApplication::translate("SnapshotSchema", "an object");
    case Type::Array:
        return QCoreApplication::translate("SnapshotSchema", "a list");
    }
    return {};
}

QString foundName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("SnapshotSchema", "null");
    case QJsonValue::Bool:
        return typeName(Type::Bool);
    case QJsonValue::Double:
        return typeName(Type::Number);
    case QJsonValue::String:
        return typeName(Type::String);
    case QJsonValue::Array:
        return typeName(Type::Array);
    case QJsonValue::Object:
        return typeName(Type::Object);
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("SnapshotSchema", "nothing");
}

bool hasType(const QJsonValue& v, Type t)
{
    switch (t) {
    case Type::String:
        return v.isString();
    case Type::Number:
        return v.isDouble();
    case Type::Bool:
        return v.isBool();
    case Type::Object:
        return v.isObject();
    case Type::Array:
        return v.isArray();
    }
    return false;
}

// The rules as a tree, walked once over the document: a snapshot of a thousand containers is checked in one pass
// that looks up only the keys some rule names.
struct Node
{
    const Rule* rule = nullptr;
    std::map<QString, Node> keys;
    std::unique_ptr<Node> elements; // "[]"
    std::unique_ptr<Node> values;   // "{}"
};

const Node& ruleTree()
{
    static const Node root = [] {
        Node tree;
        for (const Rule& rule : Rules) {
            Node* at = &tree;
            const QString path = QString::fromLatin1(rule.path);
            qsizetype i = 0;
            while (i < path.size()) {
                if (path.at(i) == u'.') {
                    ++i;
                } else if (path.mid(i, 2) == QLatin1String("[]")) {
                    if (!at->elements) {
                        at->elements = std::make_unique<Node>();
                    }
                    at = at->elements.get();
                    i += 2;
                } else if (path.mid(i, 2) == QLatin1String("{}")) {
                    if (!at->values) {
                        at->values = std::make_unique<Node>();
                    }
                    at = at->values.get();
                    i += 2;
                } else {
                    qsizetype end = i;
                    while (end < path.size() && path.at(end) != u'.' && path.at(end) != u'[' && path.at(end) != u'{') {
                        ++end;
                    }
                    at = &at->keys[path.mid(i, end - i)];
                    i = end;
                }
            }
            at->rule = &rule;
        }
        return tree;
    }();
    return root;
}

// Where a value is, built into text only for an error: containers[3].Config.Env[1], Labels["a.b"].
struct Where
{
    const Where* parent = nullptr;
    const QString* key = nullptr; // an object's key, or
    qsizetype index = -1;         // an array's index
    bool quoted = false;          // a key of a "{}" map: ["key"]

    [[nodiscard]] QString text() const
    {
        QString base = parent ? parent->text() : QString();
        if (key && quoted) {
            return base + QStringLiteral("[\"%1\"]").arg(*key);
        }
        if (key) {
            return base.isEmpty() ? *key : base + u'.' + *key;
        }
        return index >= 0 ? base + QStringLiteral("[%1]").arg(index) : base;
    }
};

std::optional<Error> walk(const QJsonValue& value, const Node& node, const Where& where)
{
    if (node.rule && !hasType(value, node.rule->type) && !(node.rule->nullable && value.isNull())) {
        return makeError(Error::Code::ParseError,
                         QCoreApplication::translate("SnapshotSchema", "%1: expected %2, found %3.")
                             .arg(where.text(), typeName(node.rule->type), foundName(value)));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const auto& [key, child] : node.keys) {
            const auto it = object.constFind(key);
            if (it == object.constEnd()) {
                if (child.rule && child.rule->required) {
                    const Where missing{&where, &key};
                    return makeError(Error::Code::ParseError,
                                     QCoreApplication::translate("SnapshotSchema", "%1: missing, expected %2.")
                                         .arg(missing.text(), typeName(child.rule->type)));
                }
                continue;
            }
            if (std::optional<Error> e = walk(it.value(), child, Where{&where, &key}); e) {
                return e;
            }
        }
        if (node.values) {
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                const QString key = it.key();
                if (std::optional<Error> e = walk(it.value(), *node.values, Where{&where, &key, -1, true}); e) {
                    return e;
                }
            }
        }
    } else if (value.isArray() && node.elements) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (std::optional<Error> e = walk(array.at(i), *node.elements, Where{&where, nullptr, i}); e) {
                return e;
            }
        }
    }
    return std::nullopt;
}

} // namespace

VoidResult validateSnapshotJson(const QJsonObject& snapshot)
{
    if (std::optional<Error> e = walk(snapshot, ruleTree(), Where{}); e) {
        return *e;
    }
    return Ok{};
}

} // namespace escut
