// SPDX-License-Identifier: GPL-3.0-or-later
// compose.* checks on each service of the Compose files found (seed 000's docker-compose.yml, seed 002).
#include "core/checks/Capabilities.h"
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace escut
{

using namespace checkhelpers;

namespace
{

bool truthy(const QJsonValue& v)
{
    return v.isBool() ? v.toBool() : v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    if (v.isString()) {
        out.append(v.toString());
    }
    for (const QJsonValue& item : v.toArray()) {
        out.append(item.isObject() ? item.toObject().value(QStringLiteral("source")).toString() + QLatin1Char(':') +
                                         item.toObject().value(QStringLiteral("target")).toString()
                                   : item.toString());
    }
    return out;
}

// A service that could not be read gives an error, not a pass.
std::optional<Outcome> unreadable(const Subject& s)
{
    if (s.data.contains(QStringLiteral("x-escut-error"))) {
        return Outcome::error(s.data.value(QStringLiteral("x-escut-error")).toString());
    }
    return std::nullopt;
}

Outcome composePrivileged(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    return truthy(s.data.value(QStringLiteral("privileged"))) ? Outcome::fail(Checks::tr("privileged: true."))
                                                              : Outcome::pass(Checks::tr("Not privileged."));
}

Outcome composeCapDrop(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    const QStringList drops = strings(s.data.value(QStringLiteral("cap_drop")));
    if (drops.contains(QStringLiteral("ALL"), Qt::CaseInsensitive)) {
        const QStringList adds = strings(s.data.value(QStringLiteral("cap_add")));
        // What cap_add gives back counts: cap_add: [ALL] after cap_drop: [ALL] keeps every capability.
        QStringList back;
        for (const QString& add : adds) {
            const QString cap = Capabilities::normalise(add);
            if (cap == QLatin1String("ALL") || Capabilities::dangerous().contains(cap)) {
                back.append(add);
            }
        }
        if (!back.isEmpty()) {
            return Outcome::fail(
                Checks::tr("cap_drop: [ALL], but cap_add gives back %1.").arg(back.join(QStringLiteral(", "))));
        }
        return Outcome::pass(adds.isEmpty()
                                 ? Checks::tr("cap_drop: [ALL].")
                                 : Checks::tr("cap_drop: [ALL], cap_add: %1.").arg(adds.join(QStringLiteral(", "))));
    }
    return Outcome::fail(Checks::tr("No cap_drop: [ALL]: the service keeps Docker's default capabilities."));
}

Outcome composeNoNewPrivileges(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    // Parsed as dockerd does (ParseBool): no-new-privileges:True and =1 set it, the last entry wins.
    const QStringList options = strings(s.data.value(QStringLiteral("security_opt")));
    if (noNewPrivilegesOption(options).value_or(false)) {
        for (auto it = options.crbegin(); it != options.crend(); ++it) {
            if (splitSecurityOpt(*it).first == QLatin1String("no-new-privileges")) {
                return Outcome::pass(Checks::tr("security_opt has %1.").arg(*it));
            }
        }
    }
    return Outcome::fail(Checks::tr("security_opt has no no-new-privileges:true."));
}

Outcome composeUser(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    const QString user = s.data.value(QStringLiteral("user")).toString();
    if (user.isEmpty()) {
        return Outcome::warn(
            Checks::tr("No user: the service runs as the image's user, root unless the image says otherwise."));
    }
    if (isRootUser(user)) {
        return Outcome::fail(Checks::tr("user: %1 is root.").arg(user));
    }
    return Outcome::pass(Checks::tr("user: %1.").arg(user));
}

Outcome composeReadOnly(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    return truthy(s.data.value(QStringLiteral("read_only")))
               ? Outcome::pass(Checks::tr("read_only: true."))
               : Outcome::fail(Checks::tr("The root filesystem is writable (no read_only: true)."));
}

// A resource value that limits: a positive number, alone or with a unit ("512m", "0.5"); 0, "0b" and absent do not.
bool isLimit(const QJsonValue& v)
{
    if (v.isDouble()) {
        return v.toDouble() > 0;
    }
    static const QRegularExpression number(QStringLiteral("^\\s*([0-9]*\\.?[0-9]+)"));
    const QRegularExpressionMatch m = number.match(v.toString());
    return m.hasMatch() && m.captured(1).toDouble() > 0;
}

Outcome composeResources(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    const QJsonObject limits = s.data.value(QStringLiteral("deploy"))
                                   .toObject()
                                   .value(QStringLiteral("resources"))
                                   .toObject()
                                   .value(QStringLiteral("limits"))
                                   .toObject();
    // 0 means unlimited to Docker (mem_limit: 0, cpus: 0).
    const bool memory =
        isLimit(s.data.value(QStringLiteral("mem_limit"))) || isLimit(limits.value(QStringLiteral("memory")));
    const bool cpus = isLimit(s.data.value(QStringLiteral("cpus"))) || isLimit(limits.value(QStringLiteral("cpus")));
    if (memory && cpus) {
        return Outcome::pass(Checks::tr("Memory and CPU are limited."));
    }
    if (memory || cpus) {
        return Outcome::warn(memory ? Checks::tr("Memory is limited but CPU is not.")
                                    : Checks::tr("CPU is limited but memory is not."));
    }
    return Outcome::fail(Checks::tr("No memory or CPU limit (mem_limit, cpus or deploy.resources.limits)."));
}

Outcome composeDockerSocket(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    for (const QJsonValue& v : s.data.value(QStringLiteral("volumes")).toArray()) {
        // The host side only: "/var/run/docker.sock" alone is an anonymous volume at that path, not the socket;
        // a directory above the socket ("/var/run:/host-run") brings it in.
        QString source;
        QString shown;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("type")).toString() != QLatin1String("bind")) {
                continue;
            }
            source = o.value(QStringLiteral("source")).toString();
            shown = source + QLatin1Char(':') + o.value(QStringLiteral("target")).toString();
        } else {
            shown = v.toString();
            if (!shown.contains(QLatin1Char(':'))) {
                continue;
            }
            source = shown.section(QLatin1Char(':'), 0, 0);
        }
        if (!source.startsWith(QLatin1Char('/'))) {
            continue; // a named volume or a path relative to the project directory
        }
        if (!runtimeSocketReached(source, wellKnownRuntimeSockets()).isEmpty()) {
            return Outcome::fail(Checks::tr("Mounts %1: the service controls the Docker daemon.").arg(shown));
        }
    }
    return Outcome::pass(Checks::tr("No runtime socket mounted."));
}

Outcome composePortsLoopback(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    if (s.data.value(QStringLiteral("network_mode")).toString() == QLatin1String("host")) {
        return Outcome::fail(Checks::tr("network_mode: host: every port the service opens is open on the host."));
    }
    QStringList open;
    for (const QJsonValue& p : s.data.value(QStringLiteral("ports")).toArray()) {
        if (p.isObject()) {
            const QString ip = p.toObject().value(QStringLiteral("host_ip")).toString();
            if (isAnyAddress(ip)) {
                open.append(p.toObject().value(QStringLiteral("target")).toVariant().toString());
            }
            continue;
        }
        // [[IP:]HOST:]CONTAINER[/PROTOCOL]: the last two fields are the ports, everything before them the address,
        // which may be IPv6 with or without brackets ("[::]:8080:80"; docker-compose config writes ":::8080:80").
        const QString spec = p.isDouble() ? QString::number(p.toInteger()) : p.toString();
        const QStringList fields = spec.section(QLatin1Char('/'), 0, 0).split(QLatin1Char(':'));
        const QString ip = fields.size() >= 3 ? fields.mid(0, fields.size() - 2).join(QLatin1Char(':')) : QString();
        if (isAnyAddress(ip)) {
            open.append(spec);
        }
    }
    if (!open.isEmpty()) {
        return Outcome::warn(
            Checks::tr("Ports published on every interface: %1.").arg(open.join(QStringLiteral(", "))));
    }
    return Outcome::pass(Checks::tr("No port published on every interface."));
}

Outcome composePinnedImages(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    const QString image = s.data.value(QStringLiteral("image")).toString();
    if (image.isEmpty()) {
        return s.data.contains(QStringLiteral("build"))
                   ? Outcome::info(Checks::tr("Built from a Dockerfile (see the dockerfile checks)."))
                   : Outcome::error(Checks::tr("Neither image nor build."));
    }
    if (image.contains(QLatin1Char('@'))) {
        return Outcome::pass(Checks::tr("%1 is pinned by digest.").arg(image));
    }
    const QString tag = image.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), 1);
    if (tag.isEmpty() || tag == QLatin1String("latest")) {
        return Outcome::fail(Checks::tr("%1 has no fixed tag: every pull may bring a different image.").arg(image));
    }
    if (tag.startsWith(QLatin1Char('$'))) {
        return Outcome::warn(Checks::tr("%1: the tag comes from a variable.").arg(image));
    }
    return Outcome::pass(Checks::tr("%1 has a fixed tag (a digest would pin it exactly).").arg(image));
}

Outcome composeSecrets(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    QStringList literal;
    const QJsonValue env = s.data.value(QStringLiteral("environment"));
    const auto consider = [&](const QString& key, const QString& value) {
        if (isSecretEnv(key, value) && !value.startsWith(QLatin1Char('$'))) {
            literal.append(key);
        }
    };
    const QJsonObject envMap = env.toObject();
    for (auto it = envMap.begin(); it != envMap.end(); ++it) {
        consider(it.key(), it.value().toString());
    }
    for (const QJsonValue& item : env.toArray()) {
        consider(item.toString().section(QLatin1Char('='), 0, 0), item.toString().section(QLatin1Char('='), 1));
    }
    if (!literal.isEmpty()) {
        return Outcome::fail(Checks::tr("Secrets written in the file as environment values: %1.")
                                 .arg(literal.join(QStringLiteral(", "))));
    }
    if (s.data.contains(QStringLiteral("secrets"))) {
        return Outcome::pass(Checks::tr("Uses Docker secrets."));
    }
    return Outcome::pass(Checks::tr("No secret-looking value in the environment."));
}

// CIS 5.10, 5.16, 5.17, 5.21, 5.31: network_mode, pid, ipc, uts and userns_mode as the host's.
Outcome composeNamespaces(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    QStringList shared;
    for (const char* key : {"network_mode", "pid", "ipc", "uts", "userns_mode"}) {
        if (s.data.value(QLatin1String(key)).toString() == QLatin1String("host")) {
            shared.append(QStringLiteral("%1: host").arg(QLatin1String(key)));
        }
    }
    if (!shared.isEmpty()) {
        return Outcome::fail(Checks::tr("Shares the host's namespaces: %1.").arg(shared.join(QStringLiteral(", "))));
    }
    return Outcome::pass(Checks::tr("Uses namespaces of its own."));
}

// CIS 5.18: devices and device_cgroup_rules (privileged gives every device: compose.privileged's finding).
Outcome composeDevices(const Snapshot&, const Subject& s)
{
    if (auto e = unreadable(s)) {
        return *e;
    }
    QStringList devices;
    for (const QJsonValue& v : s.data.value(QStringLiteral("devices")).toArray()) {
        // Short syntax "/dev/sda:/dev/xvda:rwm", or the long syntax's source and target.
        const QJsonObject o = v.toObject();
        devices.append(v.isString() ? v.toString()
                                    : QStringLiteral("%1:%2").arg(o.value(QStringLiteral("source")).toString(),
                                                                  o.value(QStringLiteral("target")).toString()));
    }
    devices += strings(s.data.value(QStringLiteral("device_cgroup_rules")));
    if (truthy(s.data.value(QStringLiteral("privileged")))) {
        return Outcome::fail(Checks::tr("privileged: true gives the service every host device."));
    }
    if (!devices.isEmpty()) {
        return Outcome::warn(Checks::tr("Host devices are exposed: %1. Confirm that each one is needed.")
                                 .arg(devices.join(QStringLiteral(", "))));
    }
    return Outcome::pass(Checks::tr("No host device is exposed."));
}

// The outcome located at the service's key that decides it (privileged: true), else at the service's name.
template <Evaluator evaluator, const char* key> Outcome located(const Snapshot& snapshot, const Subject& s)
{
    const Outcome o = evaluator(snapshot, s);
    if (o.line > 0) {
        return o;
    }
    const int keyLine = s.data.value(QStringLiteral("x-escut-lines")).toObject().value(QLatin1String(key)).toInt();
    return o.at(keyLine > 0 ? keyLine : s.data.value(QStringLiteral("x-escut-line")).toInt());
}

constexpr char s_privileged[] = "privileged";
constexpr char s_capDrop[] = "cap_drop";
constexpr char s_securityOpt[] = "security_opt";
constexpr char s_user[] = "user";
constexpr char s_readOnly[] = "read_only";
constexpr char s_deploy[] = "deploy";
constexpr char s_volumes[] = "volumes";
constexpr char s_ports[] = "ports";
constexpr char s_image[] = "image";
constexpr char s_environment[] = "environment";
constexpr char s_networkMode[] = "network_mode";
constexpr char s_devices[] = "devices";

} // namespace

void addComposeChecks(QList<CheckDef>& out)
{
    out.append({
        {"compose.privileged",
         Layer::Compose,
         Scope::Compose,
         Severity::Critical,
         "5.5",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Service is not privileged"),
         QT_TRANSLATE_NOOP("Checks",
                           "privileged: true in a Compose file is --privileged: every capability and every host "
                           "device, one step from root on the host."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove privileged: true and add only the capabilities the service needs with cap_add."),
         "fix.compose-harden",
         located<composePrivileged, s_privileged>},
        {"compose.cap-drop",
         Layer::Compose,
         Scope::Compose,
         Severity::High,
         "5.4",
         "seed 000 §6",
         QT_TRANSLATE_NOOP("Checks", "Service drops all capabilities"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 000's docker-compose.yml drops every capability with cap_drop: ALL; the service "
                           "then adds back only what it needs."),
         QT_TRANSLATE_NOOP("Checks", "Add cap_drop: [ALL] and the cap_add entries the service needs."),
         "fix.compose-harden",
         located<composeCapDrop, s_capDrop>},
        {"compose.no-new-privileges",
         Layer::Compose,
         Scope::Compose,
         Severity::Medium,
         "5.26",
         "seed 000 §6",
         QT_TRANSLATE_NOOP("Checks", "Service cannot gain new privileges"),
         QT_TRANSLATE_NOOP("Checks",
                           "security_opt: no-new-privileges:true, as in seed 000's example, stops setuid binaries "
                           "from raising privileges."),
         QT_TRANSLATE_NOOP("Checks", "Add security_opt: [\"no-new-privileges:true\"]."),
         "fix.compose-harden",
         located<composeNoNewPrivileges, s_securityOpt>},
        {"compose.user",
         Layer::Compose,
         Scope::Compose,
         Severity::High,
         "4.1",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Service runs as a non-root user"),
         QT_TRANSLATE_NOOP("Checks",
                           "Without user:, the service runs as the image's user, usually root, the same uid 0 as "
                           "the host's root."),
         QT_TRANSLATE_NOOP("Checks", "Set user: to a non-root UID:GID the image supports."),
         "",
         located<composeUser, s_user>},
        {"compose.read-only",
         Layer::Compose,
         Scope::Compose,
         Severity::Medium,
         "5.13",
         "",
         QT_TRANSLATE_NOOP("Checks", "Service root filesystem is read-only"),
         QT_TRANSLATE_NOOP("Checks",
                           "read_only: true stops an attacker from changing binaries or dropping tools into the "
                           "container."),
         QT_TRANSLATE_NOOP("Checks", "Add read_only: true and tmpfs entries for the paths the service writes."),
         "fix.compose-harden",
         located<composeReadOnly, s_readOnly>},
        {"compose.resources",
         Layer::Compose,
         Scope::Compose,
         Severity::Medium,
         "5.11 5.12",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Service memory and CPU are limited"),
         QT_TRANSLATE_NOOP("Checks",
                           "Without limits one service can take all the host's memory or CPU and bring down the "
                           "others (seed 002)."),
         QT_TRANSLATE_NOOP("Checks", "Add mem_limit and cpus (file format 2) or deploy.resources.limits (format 3)."),
         "fix.compose-harden",
         located<composeResources, s_deploy>},
        {"compose.docker-socket",
         Layer::Compose,
         Scope::Compose,
         Severity::Critical,
         "5.32",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Service does not mount the Docker socket"),
         QT_TRANSLATE_NOOP("Checks",
                           "A docker.sock volume gives the service the whole Docker daemon, and so the host."),
         QT_TRANSLATE_NOOP("Checks", "Remove the docker.sock volume; use a rootless daemon or a socket proxy for CI."),
         "",
         located<composeDockerSocket, s_volumes>},
        {"compose.ports-loopback",
         Layer::Compose,
         Scope::Compose,
         Severity::Medium,
         "5.14",
         "",
         QT_TRANSLATE_NOOP("Checks", "Service ports are bound to loopback"),
         QT_TRANSLATE_NOOP("Checks",
                           "\"8080:80\" publishes on every interface of the host, public ones included, past host "
                           "firewalls such as ufw."),
         QT_TRANSLATE_NOOP("Checks", "Publish as \"127.0.0.1:8080:80\" unless the service must be public."),
         "fix.compose-harden",
         located<composePortsLoopback, s_ports>},
        {"compose.pinned-images",
         Layer::Compose,
         Scope::Compose,
         Severity::Medium,
         "",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Service image has a fixed version"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 002: using an image without its version is bad practice; latest changes under you "
                           "and cannot be checked for vulnerabilities."),
         QT_TRANSLATE_NOOP("Checks", "Use image: name:version, or better name@sha256:digest."),
         "",
         located<composePinnedImages, s_image>},
        {"compose.secrets",
         Layer::Secrets,
         Scope::Compose,
         Severity::High,
         "",
         "seed 000 §5",
         QT_TRANSLATE_NOOP("Checks", "Service secrets are Docker secrets, not environment values"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 000: inject secrets with Docker secrets. Values in environment: end up in the "
                           "file, in docker inspect and in every process of the container."),
         QT_TRANSLATE_NOOP("Checks",
                           "Move them to secrets: (files under /run/secrets) and use the images' _FILE variables."),
         "fix.compose-harden",
         located<composeSecrets, s_environment>},
        {"compose.namespaces",
         Layer::Compose,
         Scope::Compose,
         Severity::High,
         "5.10 5.16 5.17 5.21 5.31",
         "",
         QT_TRANSLATE_NOOP("Checks", "Service does not share the host's namespaces"),
         QT_TRANSLATE_NOOP("Checks",
                           "network_mode: host, pid: host, ipc: host, uts: host or userns_mode: host remove the "
                           "isolation between the service and the host: it sees the host's interfaces, processes "
                           "or shared memory."),
         QT_TRANSLATE_NOOP("Checks", "Remove them; publish ports with ports: instead of sharing the host's network."),
         "",
         located<composeNamespaces, s_networkMode>},
        {"compose.devices",
         Layer::Compose,
         Scope::Compose,
         Severity::Medium,
         "5.18",
         "",
         QT_TRANSLATE_NOOP("Checks", "Service exposes no host device"),
         QT_TRANSLATE_NOOP("Checks",
                           "A host device in a service (a disk, /dev/mem, a GPU) is reached without the host's file "
                           "permissions: read and write access to a disk is access to every file on it."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove devices: and device_cgroup_rules: unless the service needs them, and then give "
                           "the least access (r instead of rwm)."),
         "",
         located<composeDevices, s_devices>},
    });
}

} // namespace escut
