// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remediation/ComposeHardener.h"

#include "core/remediation/YamlUtil.h"
#include "core/tools/ToolRunner.h"
#include "core/util/YamlLoad.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace escut
{

using yamlutil::emit;
using yamlutil::quoted;

namespace
{

enum class Format {
    V2,   // version: '2.x'
    V3,   // version: '3.x'
    Spec, // no version: the Compose specification
};

// An undefined node (a default YAML::Node is a defined null, which tests true).
YAML::Node missing()
{
    const YAML::Node empty(YAML::NodeType::Map);
    return empty["escut-missing"];
}

// A service key, looking through merge keys (<<: *anchor) as Compose does.
YAML::Node lookup(const YAML::Node& service, const std::string& key)
{
    if (service[key]) {
        return service[key];
    }
    const YAML::Node merge = service["<<"];
    if (merge && merge.IsMap()) {
        return lookup(merge, key);
    }
    if (merge && merge.IsSequence()) {
        for (const YAML::Node& m : merge) {
            if (YAML::Node found = lookup(m, key)) {
                return found;
            }
        }
    }
    return missing();
}

bool sequenceContains(const YAML::Node& seq, const std::string& prefix)
{
    if (!seq || !seq.IsSequence()) {
        return false;
    }
    for (const YAML::Node& item : seq) {
        if (item.IsScalar() &&
            QString::fromStdString(item.Scalar()).startsWith(QString::fromStdString(prefix), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

// Capabilities well-known images need after cap_drop: ALL (their entrypoints chown and switch user).
QStringList capabilitiesFor(const QString& image, bool lowPort)
{
    static const QList<std::pair<QRegularExpression, QStringList>> table{
        {QRegularExpression(QStringLiteral("(^|/)(nginx|httpd|apache|caddy|traefik|haproxy)")),
         {QStringLiteral("CHOWN"),
          QStringLiteral("SETUID"),
          QStringLiteral("SETGID"),
          QStringLiteral("NET_BIND_SERVICE")}},
        {QRegularExpression(
             QStringLiteral("(^|/)(postgres|mysql|mariadb|mongo|redis|rabbitmq|elasticsearch|wordpress)")),
         {QStringLiteral("CHOWN"),
          QStringLiteral("SETUID"),
          QStringLiteral("SETGID"),
          QStringLiteral("DAC_OVERRIDE"),
          QStringLiteral("FOWNER")}},
    };
    QStringList caps;
    for (const auto& [pattern, needed] : table) {
        if (pattern.match(image).hasMatch()) {
            caps = needed;
        }
    }
    if (lowPort && !caps.contains(QStringLiteral("NET_BIND_SERVICE"))) {
        caps.append(QStringLiteral("NET_BIND_SERVICE"));
    }
    return caps;
}

bool publishesLowContainerPort(const YAML::Node& ports)
{
    if (!ports || !ports.IsSequence()) {
        return false;
    }
    for (const YAML::Node& p : ports) {
        QString target;
        if (p.IsScalar()) {
            target = QString::fromStdString(p.Scalar()).section(QLatin1Char(':'), -1).section(QLatin1Char('/'), 0, 0);
        } else if (p.IsMap() && p["target"]) {
            target = QString::fromStdString(p["target"].Scalar());
        }
        bool ok = false;
        const int port = target.section(QLatin1Char('-'), 0, 0).toInt(&ok);
        if (ok && port > 0 && port < 1024) {
            return true;
        }
    }
    return false;
}

bool looksSecret(const QString& key)
{
    static const QRegularExpression secret(
        QStringLiteral("PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch() && !key.endsWith(QLatin1String("_FILE"), Qt::CaseInsensitive);
}

// Variables with a literal value (not ${VAR}) whose name looks secret: names only.
QStringList secretVariables(const YAML::Node& environment)
{
    QStringList keys;
    const auto consider = [&](const QString& key, const QString& value) {
        if (looksSecret(key) && !value.isEmpty() && !value.startsWith(QLatin1Char('$'))) {
            keys.append(key);
        }
    };
    if (environment && environment.IsMap()) {
        for (const auto& kv : environment) {
            consider(QString::fromStdString(kv.first.Scalar()),
                     kv.second.IsScalar() ? QString::fromStdString(kv.second.Scalar()) : QString());
        }
    } else if (environment && environment.IsSequence()) {
        for (const YAML::Node& item : environment) {
            const QString entry = QString::fromStdString(item.Scalar());
            consider(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        }
    }
    return keys;
}

} // namespace

namespace
{
Result<ComposeHardenResult> hardenLoaded(YAML::Node root, const ComposeHardenOptions& options);
} // namespace

Result<ComposeHardenResult> ComposeHardener::harden(const QByteArray& original, const ComposeHardenOptions& options)
{
    const Result<YAML::Node> loaded = yaml::load(original);
    if (!loaded) {
        return makeError(Error::Code::ParseError,
                         tr("The Compose file cannot be hardened: %1").arg(loaded.error().message));
    }
    // A document of the wrong shape makes yaml-cpp throw; it never leaves here.
    try {
        return hardenLoaded(loaded.value(), options);
    } catch (const YAML::Exception& e) {
        return makeError(Error::Code::ParseError,
                         tr("The Compose file cannot be hardened (line %1): %2")
                             .arg(e.mark.line + 1)
                             .arg(QString::fromStdString(e.msg)));
    }
}

namespace
{

Result<ComposeHardenResult> hardenLoaded(YAML::Node root, const ComposeHardenOptions& options)
{
    if (!root.IsMap() || !root["services"] || !root["services"].IsMap()) {
        return makeError(Error::Code::ParseError,
                         ComposeHardener::tr("The file has no services: it does not look like a Compose file."));
    }
    const QString version = root["version"] ? QString::fromStdString(root["version"].Scalar()) : QString();
    const Format format = version.startsWith(QLatin1Char('3')) ? Format::V3
                          : version.isEmpty()                  ? Format::Spec
                                                               : Format::V2;
    ComposeHardenResult result;
    YAML::Node out; // the override, or the whole file
    if (options.override) {
        if (!version.isEmpty()) {
            out["version"] = quoted(version.toStdString());
        }
    } else {
        out = YAML::Clone(root);
    }

    for (const auto& entry : root["services"]) {
        const std::string name = entry.first.Scalar();
        const QString service = QString::fromStdString(name);
        const YAML::Node current = entry.second;
        YAML::Node target = options.override ? YAML::Node(YAML::NodeType::Map) : out["services"][name];
        result.services.append(service);

        if (!sequenceContains(lookup(current, "security_opt"), "no-new-privileges")) {
            YAML::Node seq = options.override ? YAML::Node(YAML::NodeType::Sequence) : target["security_opt"];
            seq.push_back(quoted("no-new-privileges:true"));
            target["security_opt"] = seq;
        }
        const bool privileged =
            lookup(current, "privileged") && lookup(current, "privileged").as<std::string>() == "true";
        if (privileged) {
            result.warnings.append(
                ComposeHardener::tr("%1 runs privileged: remove privileged: true by hand; cap_drop has no effect "
                                    "while it stays.")
                    .arg(service));
        }
        if (!sequenceContains(lookup(current, "cap_drop"), "ALL")) {
            YAML::Node seq = options.override ? YAML::Node(YAML::NodeType::Sequence) : target["cap_drop"];
            seq.push_back(quoted("ALL"));
            target["cap_drop"] = seq;
            const QString image =
                lookup(current, "image") ? QString::fromStdString(lookup(current, "image").Scalar()) : QString();
            const QStringList caps = options.capAdd.contains(service)
                                         ? options.capAdd.value(service)
                                         : capabilitiesFor(image, publishesLowContainerPort(lookup(current, "ports")));
            if (!lookup(current, "cap_add") && !caps.isEmpty()) {
                YAML::Node add(YAML::NodeType::Sequence);
                for (const QString& cap : caps) {
                    add.push_back(quoted(cap.toStdString()));
                }
                target["cap_add"] = add;
                result.notes.append(
                    ComposeHardener::tr("%1: cap_add %2, what this kind of image needs after cap_drop ALL; adjust if "
                                        "the service does not start.")
                        .arg(service, caps.join(QStringLiteral(", "))));
            }
        }
        if (!lookup(current, "read_only")) {
            target["read_only"] = true;
            YAML::Node tmpfs = options.override ? YAML::Node(YAML::NodeType::Sequence) : target["tmpfs"];
            if (tmpfs.IsScalar()) {
                const std::string single = tmpfs.Scalar();
                tmpfs = YAML::Node(YAML::NodeType::Sequence);
                tmpfs.push_back(single);
            }
            for (const char* path : {"/tmp", "/run"}) {
                if (!sequenceContains(lookup(current, "tmpfs"), path)) {
                    tmpfs.push_back(quoted(path));
                }
            }
            target["tmpfs"] = tmpfs;
        }
        if (format == Format::V3) {
            if (!lookup(current, "deploy") || !lookup(current, "deploy")["resources"]) {
                target["deploy"]["resources"]["limits"]["cpus"] = quoted(options.cpus.toStdString());
                target["deploy"]["resources"]["limits"]["memory"] =
                    quoted(options.memory.toUpper().toStdString() +
                           (options.memory.endsWith(QLatin1Char('m'), Qt::CaseInsensitive) ? "" : ""));
                result.notes.append(
                    ComposeHardener::tr(
                        "%1: limits in deploy.resources (Compose file format 3): docker compose applies "
                        "them; docker-compose 1.x needs --compatibility.")
                        .arg(service));
            }
        } else {
            if (!lookup(current, "mem_limit")) {
                target["mem_limit"] = quoted(options.memory.toStdString());
            }
            if (!lookup(current, "cpus")) {
                target["cpus"] = options.cpus.toDouble();
            }
            if (!lookup(current, "pids_limit")) {
                target["pids_limit"] = options.pids;
            }
        }
        if (options.runsc && !lookup(current, "runtime")) {
            if (format == Format::V3) {
                result.warnings.append(
                    ComposeHardener::tr("%1: runtime: runsc is not allowed in Compose file format 3; use format 2.4 "
                                        "or the Compose specification.")
                        .arg(service));
            } else {
                target["runtime"] = quoted("runsc");
            }
        }
        const YAML::Node ports = lookup(current, "ports");
        if (ports && ports.IsSequence() && options.bindLoopback) {
            if (options.override) {
                result.warnings.append(
                    ComposeHardener::tr("%1: an override cannot rebind ports (Compose adds them to the original "
                                        "ones); write a full file with -o to bind them to 127.0.0.1.")
                        .arg(service));
            } else {
                YAML::Node rebound(YAML::NodeType::Sequence);
                for (const YAML::Node& p : ports) {
                    if (p.IsScalar()) {
                        const QString spec = QString::fromStdString(p.Scalar());
                        const int colons = int(spec.count(QLatin1Char(':')));
                        QString bound = spec;
                        if (colons == 0) {
                            bound = QStringLiteral("127.0.0.1::") + spec;
                        } else if (colons == 1) {
                            bound = QStringLiteral("127.0.0.1:") + spec;
                        }
                        rebound.push_back(quoted(bound.toStdString()));
                    } else {
                        rebound.push_back(YAML::Clone(p));
                        result.warnings.append(
                            ComposeHardener::tr("%1: a long-syntax port stays as it is; add host_ip: 127.0.0.1 "
                                                "to it by hand (docker compose v2 supports it, docker-compose 1.x "
                                                "does not).")
                                .arg(service));
                    }
                }
                target["ports"] = rebound;
            }
        }
        if (!lookup(current, "user")) {
            result.notes.append(
                ComposeHardener::tr("%1 has no user: it runs as the image's user (often root); set user: to a "
                                    "non-root UID:GID if the image supports it.")
                    .arg(service));
        }
        const QStringList secrets = secretVariables(lookup(current, "environment"));
        const bool secretsSupported =
            format == Format::Spec ||
            (format == Format::V3 && version != QLatin1String("3") && version != QLatin1String("3.0"));
        if (!secrets.isEmpty() && options.moveSecrets && !options.override && secretsSupported &&
            current["environment"]) {
            // NAME=value → NAME_FILE=/run/secrets/<service>_<name>, the convention of the official images.
            YAML::Node environment = target["environment"];
            for (const QString& key : secrets) {
                const QString secretName = QStringLiteral("%1_%2").arg(service, key.toLower());
                const QString file = QStringLiteral("./secrets/%1.txt").arg(secretName);
                QByteArray value;
                if (environment.IsMap()) {
                    value = QByteArray::fromStdString(environment[key.toStdString()].Scalar());
                    environment.remove(key.toStdString());
                    environment[(key + QStringLiteral("_FILE")).toStdString()] =
                        quoted("/run/secrets/" + secretName.toStdString());
                } else {
                    YAML::Node rebuilt(YAML::NodeType::Sequence);
                    for (const YAML::Node& item : environment) {
                        const QString variable = QString::fromStdString(item.Scalar());
                        if (variable.section(QLatin1Char('='), 0, 0) == key) {
                            value = variable.section(QLatin1Char('='), 1).toUtf8();
                            rebuilt.push_back(
                                quoted(QStringLiteral("%1_FILE=/run/secrets/%2").arg(key, secretName).toStdString()));
                        } else {
                            rebuilt.push_back(item);
                        }
                    }
                    target["environment"] = rebuilt;
                    environment = target["environment"];
                }
                target["secrets"].push_back(quoted(secretName.toStdString()));
                out["secrets"][secretName.toStdString()]["file"] = quoted(file.toStdString());
                result.secretFiles.append({file, value});
            }
            result.notes.append(
                ComposeHardener::tr("%1: %2 moved to Docker secrets (files under ./secrets, mode 0600); the service "
                                    "reads them through the _FILE variables, which the official images (postgres, "
                                    "mysql, mariadb, wordpress) understand.")
                    .arg(service, secrets.join(QStringLiteral(", "))));
        } else if (!secrets.isEmpty()) {
            if (options.moveSecrets) {
                result.warnings.append(
                    ComposeHardener::tr("%1: secrets cannot be moved here (an override cannot remove variables, and "
                                        "Compose file formats before 3.1 have no secrets).")
                        .arg(service));
            }
            result.warnings.append(
                ComposeHardener::tr("%1 passes secret-looking variables in plain text: %2. Move them to Docker "
                                    "secrets (secrets: and the images' _FILE variables).")
                    .arg(service, secrets.join(QStringLiteral(", "))));
        }
        if (options.override && target.size() > 0) {
            out["services"][name] = target;
        }
    }
    if (!options.override) {
        result.notes.append(
            ComposeHardener::tr("The full file is written again from its parsed form: comments and anchors are not "
                                "kept (merge keys are). Prefer --override to leave the original untouched."));
    }
    YAML::Emitter emitter;
    emitter.SetIndent(2);
    emit(emitter, out);
    QByteArray text = QByteArray("# Generated by Escut (fix.compose-harden).\n") + emitter.c_str() + '\n';
    result.text = text;
    return result;
}

} // namespace

QMap<QString, QStringList> ComposeHardener::suggestedCapabilities(const QByteArray& original)
{
    QMap<QString, QStringList> out;
    const Result<YAML::Node> loaded = yaml::load(original);
    if (!loaded) {
        return out;
    }
    try {
        const YAML::Node& root = loaded.value();
        if (!root.IsMap() || !root["services"] || !root["services"].IsMap()) {
            return out;
        }
        for (const auto& entry : root["services"]) {
            const YAML::Node current = entry.second;
            QStringList caps;
            if (const YAML::Node own = lookup(current, "cap_add"); own && own.IsSequence()) {
                for (const YAML::Node& cap : own) {
                    caps.append(QString::fromStdString(cap.Scalar()));
                }
            } else {
                const QString image =
                    lookup(current, "image") ? QString::fromStdString(lookup(current, "image").Scalar()) : QString();
                caps = capabilitiesFor(image, publishesLowContainerPort(lookup(current, "ports")));
            }
            out.insert(QString::fromStdString(entry.first.Scalar()), caps);
        }
    } catch (const YAML::Exception&) {
        out.clear();
    }
    return out;
}

QStringList ComposeHardener::servicesWithCapAdd(const QByteArray& original)
{
    QStringList out;
    const Result<YAML::Node> loaded = yaml::load(original);
    if (!loaded) {
        return out;
    }
    try {
        const YAML::Node& root = loaded.value();
        if (root.IsMap() && root["services"] && root["services"].IsMap()) {
            for (const auto& entry : root["services"]) {
                if (lookup(entry.second, "cap_add")) {
                    out.append(QString::fromStdString(entry.first.Scalar()));
                }
            }
        }
    } catch (const YAML::Exception&) {
        out.clear();
    }
    return out;
}

namespace
{

// docker-compose, or docker with "compose" as its first argument; empty when neither is installed.
// The Compose CLI (docker-compose, else docker compose) run through ToolRunner from the project's directory, so
// that relative build contexts and env files resolve; its output, or why it could not run.
Result<ToolOutput> runCompose(const QStringList& files, const QStringList& command)
{
    QString tool = QStringLiteral("docker-compose");
    QStringList args;
    if (ToolRunner::find(tool).isEmpty()) {
        tool = QStringLiteral("docker");
        args << QStringLiteral("compose");
        if (ToolRunner::find(tool).isEmpty()) {
            return makeError(Error::Code::ToolNotInstalled,
                             ComposeHardener::tr("Neither docker-compose nor docker compose is installed: the result "
                                                 "was not validated. Install docker-compose to validate it."));
        }
    }
    for (const QString& f : files) {
        args << QStringLiteral("-f") << f;
    }
    args << command;
    ToolOptions options;
    options.timeoutMs = 30000;
    options.maxOutputBytes = 16 * 1024 * 1024;
    options.workingDirectory = QFileInfo(files.first()).absolutePath();
    return ToolRunner::run(tool, args, options);
}

} // namespace

Result<QByteArray> ComposeHardener::mergedConfig(const QStringList& files)
{
    const Result<ToolOutput> out = runCompose(files, {QStringLiteral("config")});
    if (!out) {
        return out.error();
    }
    if (!out.value().succeeded()) {
        return makeError(Error::Code::ToolFailed, out.value().diagnostic());
    }
    return out.value().out;
}

Result<QString> ComposeHardener::validate(const QStringList& files)
{
    const Result<ToolOutput> out = runCompose(files, {QStringLiteral("config"), QStringLiteral("-q")});
    if (!out) {
        return out.error();
    }
    return out.value().succeeded() ? QString() : out.value().diagnostic();
}

} // namespace escut
