// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remediation/RunCommand.h"

#include "core/checks/Capabilities.h"
#include "core/remediation/YamlUtil.h"
#include "core/tools/ToolRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <yaml-cpp/yaml.h>

namespace escut
{

namespace
{

bool looksSecret(const QString& key)
{
    static const QRegularExpression secret(
        QStringLiteral("PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch() && !key.endsWith(QLatin1String("_FILE"), Qt::CaseInsensitive);
}

bool isRoot(const QString& user)
{
    const QString name = user.section(QLatin1Char(':'), 0, 0);
    return name.isEmpty() || name == QLatin1String("0") || name == QLatin1String("root");
}

} // namespace

QString RunCommand::shellQuote(const QString& word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (safe.match(word).hasMatch()) {
        return word;
    }
    QString escaped = word;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

HardenedRun RunCommand::harden(const QJsonObject& inspect)
{
    HardenedRun out;
    const QJsonObject config = inspect.value(QStringLiteral("Config")).toObject();
    const QJsonObject host = inspect.value(QStringLiteral("HostConfig")).toObject();
    QString name = inspect.value(QStringLiteral("Name")).toString();
    if (name.startsWith(QLatin1Char('/'))) {
        name.remove(0, 1);
    }
    const QString image = config.value(QStringLiteral("Image")).toString();
    QStringList args{QStringLiteral("docker"),
                     QStringLiteral("run"),
                     QStringLiteral("-d"),
                     QStringLiteral("--name"),
                     name + QStringLiteral("-hardened")};
    YAML::Node service;
    service["image"] = image.toStdString();

    // Identity: never root.
    QString user = config.value(QStringLiteral("User")).toString();
    if (isRoot(user)) {
        user = QStringLiteral("65534:65534");
        out.warnings.append(tr("%1 ran as root; the hardened command runs it as nobody (65534). Check that the image "
                               "works as that user, or give it a USER of its own.")
                                .arg(name));
    }
    args << QStringLiteral("--user") << user;
    service["user"] = yamlutil::quoted(user.toStdString());

    // Capabilities: drop everything, add back only harmless ones it had, plus NET_BIND_SERVICE for low ports.
    QStringList add;
    for (const QJsonValue& v : host.value(QStringLiteral("CapAdd")).toArray()) {
        const QString cap = Capabilities::normalise(v.toString());
        if (Capabilities::dangerous().contains(cap) || cap == QLatin1String("ALL")) {
            out.warnings.append(tr("%1 had %2; the hardened command leaves it out.").arg(name, cap));
        } else {
            add.append(cap);
        }
    }
    const QJsonObject bindings = host.value(QStringLiteral("PortBindings")).toObject();
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        if (it.key().section(QLatin1Char('/'), 0, 0).toInt() < 1024 &&
            !add.contains(QStringLiteral("NET_BIND_SERVICE"))) {
            add.append(QStringLiteral("NET_BIND_SERVICE"));
        }
    }
    args << QStringLiteral("--cap-drop") << QStringLiteral("ALL");
    service["cap_drop"].push_back("ALL");
    for (const QString& cap : add) {
        args << QStringLiteral("--cap-add") << cap;
        service["cap_add"].push_back(cap.toStdString());
    }
    if (host.value(QStringLiteral("Privileged")).toBool()) {
        out.warnings.append(tr("%1 was privileged; the hardened command is not.").arg(name));
    }
    args << QStringLiteral("--security-opt") << QStringLiteral("no-new-privileges");
    service["security_opt"].push_back("no-new-privileges:true");
    // dockerd adds label=disable by itself to a container with the host's PID or IPC namespace or --privileged:
    // it is not the user's choice, and repeating it would keep SELinux off for the hardened twin.
    const bool implicitLabelDisable = host.value(QStringLiteral("PidMode")).toString() == QLatin1String("host") ||
                                      host.value(QStringLiteral("IpcMode")).toString() == QLatin1String("host") ||
                                      host.value(QStringLiteral("Privileged")).toBool();
    for (const QJsonValue& v : host.value(QStringLiteral("SecurityOpt")).toArray()) {
        const QString opt = v.toString();
        if (implicitLabelDisable && (opt == QLatin1String("label=disable") || opt == QLatin1String("label:disable"))) {
            continue;
        }
        if (opt.contains(QLatin1String("unconfined"))) {
            out.warnings.append(
                tr("%1 had --security-opt %2; the hardened command uses the default profile.").arg(name, opt));
        } else if (!opt.startsWith(QLatin1String("no-new-privileges"))) {
            args << QStringLiteral("--security-opt") << opt;
            service["security_opt"].push_back(opt.toStdString());
        }
    }

    // Filesystem and resources.
    args << QStringLiteral("--read-only") << QStringLiteral("--tmpfs") << QStringLiteral("/tmp")
         << QStringLiteral("--tmpfs") << QStringLiteral("/run");
    service["read_only"] = true;
    service["tmpfs"].push_back("/tmp");
    service["tmpfs"].push_back("/run");
    const qint64 memory = host.value(QStringLiteral("Memory")).toInteger();
    const QString mem = memory > 0 ? QStringLiteral("%1m").arg(memory / (1024 * 1024)) : QStringLiteral("512m");
    const qint64 nano = host.value(QStringLiteral("NanoCpus")).toInteger();
    const QString cpus = nano > 0 ? QString::number(double(nano) / 1e9) : QStringLiteral("1");
    const qint64 pidsLimit = host.value(QStringLiteral("PidsLimit")).toInteger();
    const QString pids = QString::number(pidsLimit > 0 ? pidsLimit : 200);
    args << QStringLiteral("--memory") << mem << QStringLiteral("--cpus") << cpus << QStringLiteral("--pids-limit")
         << pids;
    service["mem_limit"] = yamlutil::quoted(mem.toStdString());
    service["cpus"] = cpus.toStdString();
    service["pids_limit"] = pids.toInt();
    if (host.value(QStringLiteral("Ulimits")).toArray().isEmpty()) {
        args << QStringLiteral("--ulimit") << QStringLiteral("nofile=1024:2048");
        service["ulimits"]["nofile"]["soft"] = 1024;
        service["ulimits"]["nofile"]["hard"] = 2048;
    }
    args << QStringLiteral("--restart") << QStringLiteral("on-failure:5");
    service["restart"] = yamlutil::quoted("on-failure:5");
    const QString runtime = host.value(QStringLiteral("Runtime")).toString();
    if (!runtime.isEmpty() && runtime != QLatin1String("runc")) {
        args << QStringLiteral("--runtime") << runtime;
        service["runtime"] = runtime.toStdString();
    }

    // Namespaces: never the host's.
    const QString network = host.value(QStringLiteral("NetworkMode")).toString();
    for (const char* key : {"PidMode", "IpcMode", "UTSMode", "UsernsMode"}) {
        if (host.value(QLatin1String(key)).toString() == QLatin1String("host")) {
            out.warnings.append(tr("%1 shared the host's %2 namespace; the hardened command does not.")
                                    .arg(name, QString::fromLatin1(key).remove(QStringLiteral("Mode")).toLower()));
        }
    }
    if (network == QLatin1String("host")) {
        out.warnings.append(tr("%1 used the host network; the hardened command uses its own network: publish the "
                               "ports it needs with -p 127.0.0.1:PORT:PORT.")
                                .arg(name));
    } else if (!network.isEmpty() && network != QLatin1String("default") && network != QLatin1String("bridge")) {
        args << QStringLiteral("--network") << network;
        service["networks"].push_back(network.toStdString());
    }

    // Ports: on loopback unless they were bound to a specific address.
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        for (const QJsonValue& b : it.value().toArray()) {
            const QJsonObject binding = b.toObject();
            QString ip = binding.value(QStringLiteral("HostIp")).toString();
            if (ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::")) {
                ip = QStringLiteral("127.0.0.1");
                out.notes.append(tr("%1: port %2 is published on 127.0.0.1 only; put a reverse proxy in front if it "
                                    "must be public.")
                                     .arg(name, it.key()));
            }
            const QString spec =
                QStringLiteral("%1:%2:%3").arg(ip, binding.value(QStringLiteral("HostPort")).toString(), it.key());
            args << QStringLiteral("-p") << spec;
            service["ports"].push_back(yamlutil::quoted(spec.toStdString()));
        }
    }

    // Mounts: the same, except the runtime socket.
    for (const QJsonValue& v : inspect.value(QStringLiteral("Mounts")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString source = m.value(QStringLiteral("Type")).toString() == QLatin1String("volume")
                                   ? m.value(QStringLiteral("Name")).toString()
                                   : m.value(QStringLiteral("Source")).toString();
        const QString destination = m.value(QStringLiteral("Destination")).toString();
        if (source.endsWith(QLatin1String(".sock")) || destination.endsWith(QLatin1String(".sock"))) {
            out.warnings.append(
                tr("%1 mounted %2; the hardened command leaves it out (it gives away the host).").arg(name, source));
            continue;
        }
        const QString spec = source + QLatin1Char(':') + destination +
                             (m.value(QStringLiteral("RW")).toBool(true) ? QString() : QStringLiteral(":ro"));
        args << QStringLiteral("-v") << spec;
        service["volumes"].push_back(yamlutil::quoted(spec.toStdString()));
    }

    // Environment: values of secret-looking variables are never written; they come from the caller's environment.
    QStringList secretNames;
    for (const QJsonValue& v : config.value(QStringLiteral("Env")).toArray()) {
        const QString entry = v.toString();
        const QString key = entry.section(QLatin1Char('='), 0, 0);
        if (key == QLatin1String("PATH")) {
            continue;
        }
        if (looksSecret(key)) {
            secretNames.append(key);
            out.secretNames.append(key);
            args << QStringLiteral("-e") << key;
            service["environment"][key.toStdString()] = YAML::Node(YAML::NodeType::Null);
        } else {
            args << QStringLiteral("-e") << entry;
            service["environment"][key.toStdString()] =
                yamlutil::quoted(entry.section(QLatin1Char('='), 1).toStdString());
        }
    }
    if (!secretNames.isEmpty()) {
        out.warnings.append(tr("%1 has secret-looking variables: %2. The command passes them by name from your "
                               "environment; better, move them to Docker secrets.")
                                .arg(name, secretNames.join(QStringLiteral(", "))));
    }

    const QJsonObject labels = config.value(QStringLiteral("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        args << QStringLiteral("--label") << it.key() + QLatin1Char('=') + it.value().toString();
        service["labels"][it.key().toStdString()] = yamlutil::quoted(it.value().toString().toStdString());
    }
    args << image;
    YAML::Node command;
    for (const QJsonValue& v : config.value(QStringLiteral("Cmd")).toArray()) {
        args << v.toString();
        command.push_back(yamlutil::quoted(v.toString().toStdString()));
    }
    if (command.size() > 0) {
        service["command"] = command;
    }
    out.runArguments = args.mid(1);
    QStringList quoted;
    for (const QString& a : args) {
        quoted.append(shellQuote(a));
    }
    out.dockerRun = quoted.join(QLatin1Char(' '));
    YAML::Node compose;
    compose["services"][name.toStdString()] = service;
    YAML::Emitter emitter;
    yamlutil::emit(emitter, compose);
    out.composeService = QByteArray(emitter.c_str()) + '\n';
    return out;
}

namespace
{

// The docker CLI through ToolRunner (allow-list, deadline, output cap), talking to one daemon.
struct Docker
{
    QStringList environment; // "NAME=value": DOCKER_HOST and the values of secret variables, never in arguments

    // Runs docker with an argument list; the output, or the error text.
    Result<QString> run(const QStringList& args, int timeoutMs = 60000) const
    {
        ToolOptions options;
        options.timeoutMs = timeoutMs;
        options.maxOutputBytes = 1024 * 1024;
        options.extraEnvironment = environment;
        const Result<ToolOutput> out = ToolRunner::run(QStringLiteral("docker"), args, options);
        if (!out) {
            return out.error();
        }
        if (!out.value().succeeded()) {
            return makeError(Error::Code::ToolFailed, out.value().diagnostic());
        }
        return QString::fromUtf8(out.value().out).trimmed();
    }
};

Docker dockerFor(const QString& socketPath)
{
    Docker docker;
    if (!socketPath.isEmpty()) {
        docker.environment.append(QStringLiteral("DOCKER_HOST=unix://") + socketPath);
    }
    return docker;
}

} // namespace

Result<RecreatedContainer>
RunCommand::recreate(const QJsonObject& inspect, const HardenedRun& run, const RecreateOptions& options)
{
    if (ToolRunner::find(QStringLiteral("docker")).isEmpty()) {
        return makeError(Error::Code::ToolNotInstalled,
                         tr("The docker CLI is not installed: the container cannot be recreated."));
    }
    Docker docker = dockerFor(options.socketPath);
    QString name = inspect.value(QStringLiteral("Name")).toString();
    if (name.startsWith(QLatin1Char('/'))) {
        name.remove(0, 1);
    }
    // Secret values go to the new container through the docker CLI's environment, never through its arguments.
    for (const QJsonValue& v :
         inspect.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Env")).toArray()) {
        const QString entry = v.toString();
        const QString key = entry.section(QLatin1Char('='), 0, 0);
        if (run.secretNames.contains(key)) {
            docker.environment.append(entry);
        }
    }
    QStringList args = run.runArguments;
    const int nameIndex = int(args.indexOf(QStringLiteral("--name")));
    if (nameIndex < 0 || nameIndex + 1 >= args.size()) {
        return makeError(Error::Code::Generic, tr("The hardened command has no --name."));
    }
    args[nameIndex + 1] = name; // the hardened container takes the old one's name
    const QString aside = QStringLiteral("%1-escut-old-%2")
                              .arg(name, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    const bool wasRunning = inspect.value(QStringLiteral("State")).toObject().value(QStringLiteral("Running")).toBool();

    if (wasRunning) {
        // An explicit grace period: the user's choice (default 10 s, as docker's own), 1 s in tests.
        const QStringList stop{QStringLiteral("stop"),
                               QStringLiteral("--time"),
                               QString::number(qMax(0, options.stopTimeout)),
                               name};
        if (Result<QString> r = docker.run(stop, (qMax(0, options.stopTimeout) + 60) * 1000); !r) {
            return makeError(Error::Code::ToolFailed,
                             tr("Could not stop %1: %2. Nothing was changed.").arg(name, r.error().message));
        }
    }
    if (Result<QString> r = docker.run({QStringLiteral("rename"), name, aside}); !r) {
        if (wasRunning) {
            (void)docker.run({QStringLiteral("start"), name});
        }
        return makeError(Error::Code::ToolFailed,
                         tr("Could not rename %1: %2. It was started again.").arg(name, r.error().message));
    }
    const auto restoreOld = [&](const QString& why) -> Error {
        (void)docker.run({QStringLiteral("rm"), QStringLiteral("-f"), name});
        (void)docker.run({QStringLiteral("rename"), aside, name});
        if (wasRunning) {
            (void)docker.run({QStringLiteral("start"), name});
        }
        return makeError(
            Error::Code::ToolFailed,
            tr("The hardened container did not stay up (%1): the old container is back as %2.").arg(why, name));
    };
    const Result<QString> created = docker.run(args);
    if (!created) {
        return restoreOld(created.error().message);
    }
    QThread::sleep(3);
    const Result<QString> state =
        docker.run({QStringLiteral("inspect"),
                    QStringLiteral("--format"),
                    QStringLiteral("{{.State.Running}} {{.State.Restarting}} {{.RestartCount}} "
                                   "{{.State.ExitCode}}"),
                    name});
    // Up means running, not in a restart loop and never restarted: on-failure would hide a crash otherwise.
    if (!state || !state.value().startsWith(QLatin1String("true false 0 "))) {
        const Result<QString> logs =
            docker.run({QStringLiteral("logs"), QStringLiteral("--tail"), QStringLiteral("5"), name});
        return restoreOld(state ? tr("state %1; last log lines: %2").arg(state.value(), logs ? logs.value() : QString())
                                : state.error().message);
    }
    RecreatedContainer done;
    done.name = name;
    done.aside = aside;
    done.oldId = inspect.value(QStringLiteral("Id")).toString();
    const Result<QString> newId =
        docker.run({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.Id}}"), name});
    done.newId = newId ? newId.value() : created.value().section(QLatin1Char('\n'), -1).trimmed();
    done.wasRunning = wasRunning;
    done.message = tr("%1 now runs hardened. The old container is kept, stopped, as %2.").arg(name, aside);
    return done;
}

VoidResult RunCommand::restore(const RecreatedContainer& swap, const QString& socketPath)
{
    const Docker docker = dockerFor(socketPath);
    // Only the containers this transaction made and kept: the new one must still be the one it created, the old one
    // must still be the one it put aside.
    const Result<QString> current =
        docker.run({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.Id}}"), swap.name});
    const Result<QString> old =
        docker.run({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.Id}}"), swap.aside});
    if (!old || old.value() != swap.oldId) {
        return makeError(Error::Code::NotFound,
                         tr("The old container %1 is no longer there as %2: nothing was changed.")
                             .arg(swap.oldId.left(12), swap.aside));
    }
    if (current && current.value() != swap.newId) {
        return makeError(Error::Code::Generic,
                         tr("%1 is not the container the fix created any more: nothing was changed.").arg(swap.name));
    }
    if (current) {
        if (Result<QString> r = docker.run({QStringLiteral("rm"), QStringLiteral("-f"), swap.newId}); !r) {
            return makeError(Error::Code::ToolFailed,
                             tr("Could not remove the hardened %1: %2.").arg(swap.name, r.error().message));
        }
    }
    if (Result<QString> r = docker.run({QStringLiteral("rename"), swap.oldId, swap.name}); !r) {
        return makeError(Error::Code::ToolFailed,
                         tr("Could not give %1 its name back: %2.").arg(swap.aside, r.error().message));
    }
    if (swap.wasRunning) {
        if (Result<QString> r = docker.run({QStringLiteral("start"), swap.name}); !r) {
            return makeError(Error::Code::ToolFailed,
                             tr("%1 is back but did not start: %2.").arg(swap.name, r.error().message));
        }
    }
    return Ok{};
}

} // namespace escut
