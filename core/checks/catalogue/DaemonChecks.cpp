// SPDX-License-Identifier: GPL-3.0-or-later
// daemon.* checks: dockerd's configuration and its version (seed 002 "Seguridad en el demonio"; CIS Docker Benchmark
// v1.6.0 section 2). Its files' owners and modes (section 3) are in DaemonFileChecks.cpp.
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"
#include "core/util/JsonUtil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVersionNumber>

#include <algorithm>

namespace escut
{

using namespace checkhelpers;

namespace
{

Outcome configValid(const Snapshot& s, const Subject&)
{
    const DaemonConfig& c = s.daemonConfig();
    const QString path = s.daemonConfigFact.path;
    switch (c.state) {
    case DaemonConfig::State::Missing:
        if (!s.hostFactsCollected) {
            return Outcome::skipped(hostFilesUnavailableReason(s));
        }
        return Outcome::info(Checks::tr("%1 does not exist: dockerd runs with its defaults.").arg(path));
    case DaemonConfig::State::Unreadable:
        return Outcome::skipped(
            Checks::tr("Cannot read %1 (%2): run Escut as root to check it.").arg(path, s.daemonConfigFact.readError));
    case DaemonConfig::State::Empty:
        return Outcome::warn(Checks::tr("%1 is empty: dockerd runs with its defaults.").arg(path));
    case DaemonConfig::State::Invalid: {
        const QByteArray& text = s.daemonConfigFact.text;
        if (text.contains("//") || text.contains("/*") || text.trimmed().startsWith('#')) {
            return Outcome::fail(Checks::tr("%1 is not valid JSON (%2). JSON has no comments: remove the // or /* */ "
                                            "lines, or dockerd will refuse to start.")
                                     .arg(path, c.parseError));
        }
        return Outcome::fail(
            Checks::tr("%1 is not valid JSON (%2): dockerd will refuse to start.").arg(path, c.parseError));
    }
    case DaemonConfig::State::Valid:
        break;
    }
    QStringList unknown;
    const QStringList& known = knownDaemonConfigKeys();
    for (const QString& key : c.values.keys()) {
        if (!known.contains(key)) {
            unknown.append(key);
        }
    }
    if (!unknown.isEmpty()) {
        return Outcome::fail(Checks::tr("%1 has keys dockerd does not know, and it refuses to start with them: %2.")
                                 .arg(path, unknown.join(QStringLiteral(", "))));
    }
    QStringList conflicts;
    for (const QString& key : c.values.keys()) {
        const QStringList flags = daemonFlagsForConfigKey(key);
        if (std::any_of(flags.begin(), flags.end(), [&](const QString& flag) {
                return !s.commandLineFlagValues(flag).isEmpty();
            })) {
            conflicts.append(key);
        }
    }
    if (!conflicts.isEmpty()) {
        return Outcome::fail(Checks::tr("%1 sets %2, which dockerd's command line sets too: dockerd refuses to "
                                        "start when a setting is given twice.")
                                 .arg(path, conflicts.join(QStringLiteral(", "))));
    }
    return Outcome::pass(Checks::tr("%1 is valid JSON with %n known key(s).", nullptr, int(c.values.size())).arg(path));
}

// A boolean daemon setting: observed value (info), command line, daemon.json, default.
struct BoolSetting
{
    bool value;
    QString where;
};

BoolSetting boolSetting(const Snapshot& s, const QString& key, bool defaultValue)
{
    if (const auto flag = flagBool(s, QStringLiteral("--") + key)) {
        return {*flag,
                Checks::tr("dockerd command line: --%1=%2")
                    .arg(key, *flag ? QStringLiteral("true") : QStringLiteral("false"))};
    }
    if (const auto value = configValue(s, key)) {
        return {value->toBool(defaultValue), Checks::tr("daemon.json: \"%1\": %2").arg(key, jsonText(*value))};
    }
    return {defaultValue,
            Checks::tr("\"%1\" is not set: the default is %2")
                .arg(key, defaultValue ? QStringLiteral("true") : QStringLiteral("false"))};
}

Outcome debugOff(const Snapshot& s, const Subject&)
{
    if (s.info.contains(QStringLiteral("Debug"))) {
        const bool debug = s.info.value(QStringLiteral("Debug")).toBool();
        const BoolSetting setting = boolSetting(s, QStringLiteral("debug"), false);
        return debug
                   ? Outcome::fail(
                         Checks::tr("The daemon runs in debug mode (docker info: Debug true; %1).").arg(setting.where))
                   : Outcome::pass(Checks::tr("Debug mode is off (docker info: Debug false)."));
    }
    const BoolSetting setting = boolSetting(s, QStringLiteral("debug"), false);
    return setting.value ? Outcome::fail(setting.where) : Outcome::pass(setting.where);
}

Outcome iccOff(const Snapshot& s, const Subject&)
{
    // The bridge network's option is what the daemon really applies.
    for (const QJsonValue& v : s.networks) {
        const QJsonObject net = v.toObject();
        if (net.value(QStringLiteral("Name")).toString() != QLatin1String("bridge")) {
            continue;
        }
        const QString icc = net.value(QStringLiteral("Options"))
                                .toObject()
                                .value(QStringLiteral("com.docker.network.bridge.enable_icc"))
                                .toString();
        if (icc == QLatin1String("false")) {
            return Outcome::pass(Checks::tr("The default bridge network has enable_icc=false: containers on it "
                                            "cannot talk to each other unless linked."));
        }
        if (icc == QLatin1String("true")) {
            return Outcome::fail(Checks::tr("The default bridge network has enable_icc=true (%1): every container "
                                            "on it can reach every other one.")
                                     .arg(boolSetting(s, QStringLiteral("icc"), true).where));
        }
    }
    const BoolSetting setting = boolSetting(s, QStringLiteral("icc"), true);
    return setting.value ? Outcome::fail(setting.where) : Outcome::pass(setting.where);
}

Outcome defaultUlimits(const Snapshot& s, const Subject&)
{
    const QStringList flags = s.commandLineFlagValues(QStringLiteral("--default-ulimit"));
    if (!flags.isEmpty()) {
        return Outcome::pass(
            Checks::tr("dockerd command line: --default-ulimit %1").arg(flags.join(QStringLiteral(", "))));
    }
    if (const auto value = configValue(s, QStringLiteral("default-ulimits"))) {
        const QStringList names = value->toObject().keys();
        if (!names.isEmpty()) {
            return Outcome::pass(
                Checks::tr("daemon.json: default-ulimits for %1.").arg(names.join(QStringLiteral(", "))));
        }
        return Outcome::fail(Checks::tr("daemon.json: \"default-ulimits\" is empty."));
    }
    if (s.daemonConfig().state == DaemonConfig::State::Unreadable) {
        return Outcome::skipped(
            Checks::tr("Cannot read %1: run Escut as root to check it.").arg(s.daemonConfigFact.path));
    }
    return Outcome::fail(Checks::tr("No default ulimits: containers get the daemon's own limits unless each one sets "
                                    "--ulimit."));
}

Outcome usernsRemap(const Snapshot& s, const Subject&)
{
    if (daemonHasSecurityOption(s, QStringLiteral("rootless"))) {
        return Outcome::pass(
            Checks::tr("The daemon runs rootless: root in a container is an unprivileged user on the host."));
    }
    if (daemonHasSecurityOption(s, QStringLiteral("userns"))) {
        return Outcome::pass(Checks::tr("User namespace remapping is active (docker info: name=userns)."));
    }
    if (const auto value = configValue(s, QStringLiteral("userns-remap"))) {
        return Outcome::warn(Checks::tr("daemon.json sets userns-remap %1 but the daemon does not report it active: "
                                        "restart dockerd.")
                                 .arg(jsonText(*value)));
    }
    return Outcome::fail(Checks::tr("No user namespace remapping: root in a container is root on the host."));
}

Outcome liveRestore(const Snapshot& s, const Subject&)
{
    if (s.info.contains(QStringLiteral("LiveRestoreEnabled"))) {
        return s.info.value(QStringLiteral("LiveRestoreEnabled")).toBool()
                   ? Outcome::pass(Checks::tr("Live restore is enabled (docker info: LiveRestoreEnabled true)."))
                   : Outcome::fail(Checks::tr("Live restore is disabled (docker info: LiveRestoreEnabled false)."));
    }
    const BoolSetting setting = boolSetting(s, QStringLiteral("live-restore"), false);
    return setting.value ? Outcome::pass(setting.where) : Outcome::fail(setting.where);
}

Outcome daemonNoNewPrivileges(const Snapshot& s, const Subject&)
{
    const BoolSetting setting = boolSetting(s, QStringLiteral("no-new-privileges"), false);
    return setting.value ? Outcome::pass(setting.where) : Outcome::fail(setting.where);
}

Outcome userlandProxyOff(const Snapshot& s, const Subject&)
{
    const BoolSetting setting = boolSetting(s, QStringLiteral("userland-proxy"), true);
    return setting.value ? Outcome::fail(setting.where) : Outcome::pass(setting.where);
}

Outcome logLevel(const Snapshot& s, const Subject&)
{
    QString level;
    QString where;
    if (const auto flag = s.commandLineFlag(QStringLiteral("--log-level"))) {
        level = *flag;
        where = Checks::tr("dockerd command line");
    } else if (const auto flagShort = s.commandLineFlag(QStringLiteral("-l"))) {
        level = *flagShort;
        where = Checks::tr("dockerd command line");
    } else if (const auto value = configValue(s, QStringLiteral("log-level"))) {
        level = value->toString();
        where = QStringLiteral("daemon.json");
    }
    // --debug (-D, or "debug": true) sets the debug level whatever log-level says.
    if (flagBool(s, QStringLiteral("--debug")).value_or(false) || flagBool(s, QStringLiteral("-D")).value_or(false)) {
        level = QStringLiteral("debug");
        where = Checks::tr("dockerd command line");
    } else if (const auto debug = configValue(s, QStringLiteral("debug")); debug && debug->toBool()) {
        level = QStringLiteral("debug");
        where = QStringLiteral("daemon.json");
    }
    if (level.isEmpty()) {
        return Outcome::pass(Checks::tr("log-level is not set: the default is info."));
    }
    const QString lower = level.toLower();
    if (lower == QLatin1String("info") || lower == QLatin1String("warn") || lower == QLatin1String("error") ||
        lower == QLatin1String("fatal")) {
        return lower == QLatin1String("info")
                   ? Outcome::pass(Checks::tr("log-level is %1 (%2).").arg(level, where))
                   : Outcome::warn(
                         Checks::tr("log-level is %1 (%2): events useful for an investigation are not logged.")
                             .arg(level, where));
    }
    return Outcome::fail(
        Checks::tr("log-level is %1 (%2): debug logs can leak sensitive data and fill the disk.").arg(level, where));
}

Outcome daemonTls(const Snapshot& s, const Subject&)
{
    QStringList hosts =
        s.commandLineFlagValues(QStringLiteral("-H")) + s.commandLineFlagValues(QStringLiteral("--host"));
    if (const auto value = configValue(s, QStringLiteral("hosts"))) {
        for (const QJsonValue& h : value->toArray()) {
            hosts.append(h.toString());
        }
    }
    const bool tlsVerify = flagBool(s, QStringLiteral("--tlsverify")).value_or(false) ||
                           configValue(s, QStringLiteral("tlsverify")).value_or(QJsonValue(false)).toBool();
    QStringList tcp;
    for (const QString& h : hosts) {
        // dockerd reads a host without a scheme ("0.0.0.0:2375", ":2375") as tcp://.
        const bool local = h.startsWith(QLatin1String("unix://")) || h.startsWith(QLatin1String("fd://")) ||
                           h.startsWith(QLatin1String("npipe://")) || h.startsWith(QLatin1String("ssh://"));
        if (!local && !h.isEmpty()) {
            tcp.append(h);
        }
    }
    if (s.endpoint.kind == Endpoint::Kind::Tcp && !s.endpoint.tls) {
        return Outcome::fail(Checks::tr("This audit reached the daemon over plain TCP (%1): anyone who can reach that "
                                        "port controls the host.")
                                 .arg(s.endpoint.displayName()));
    }
    if (!tcp.isEmpty() && !tlsVerify) {
        return Outcome::fail(Checks::tr("The daemon listens on %1 without --tlsverify: anyone who can reach that port "
                                        "controls the host.")
                                 .arg(tcp.join(QStringLiteral(", "))));
    }
    if (!tcp.isEmpty()) {
        return Outcome::pass(
            Checks::tr("The daemon listens on %1 with TLS client verification.").arg(tcp.join(QStringLiteral(", "))));
    }
    if (s.endpoint.kind == Endpoint::Kind::Tcp) {
        return Outcome::pass(Checks::tr("This audit reached the daemon over TLS (%1).").arg(s.endpoint.displayName()));
    }
    if (s.endpoint.kind == Endpoint::Kind::Ssh) {
        // ssh encrypts the connection and authenticates both ends; dial-stdio talks to the daemon's local socket.
        return Outcome::pass(
            Checks::tr("This audit reached the daemon through ssh (%1): ssh encrypts and authenticates "
                       "the connection, and the daemon needs no network listener for it. Its other "
                       "listeners are not visible from here.")
                .arg(s.endpoint.displayName()));
    }
    if (s.daemonCommandLine.isEmpty() && s.daemonConfig().state == DaemonConfig::State::Unreadable) {
        return Outcome::skipped(
            Checks::tr("Neither dockerd's command line nor daemon.json is visible: run Escut as root."));
    }
    return Outcome::pass(Checks::tr("The daemon listens only on local sockets (%1).")
                             .arg(hosts.isEmpty() ? s.endpoint.displayName() : hosts.join(QStringLiteral(", "))));
}

Outcome insecureRegistries(const Snapshot& s, const Subject&)
{
    QStringList insecure;
    const QJsonObject registry = s.info.value(QStringLiteral("RegistryConfig")).toObject();
    for (const QJsonValue& v : registry.value(QStringLiteral("InsecureRegistryCIDRs")).toArray()) {
        if (v.toString() != QLatin1String("127.0.0.0/8") && v.toString() != QLatin1String("::1/128")) {
            insecure.append(v.toString());
        }
    }
    const QJsonObject index = registry.value(QStringLiteral("IndexConfigs")).toObject();
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (!it.value().toObject().value(QStringLiteral("Secure")).toBool(true)) {
            insecure.append(it.key());
        }
    }
    // A mirror is pulled from with its own scheme: an http:// mirror serves every Docker Hub pull in plain HTTP.
    QStringList mirrors = jsonStrings(registry.value(QStringLiteral("Mirrors")));
    if (registry.isEmpty()) {
        if (const auto value = configValue(s, QStringLiteral("insecure-registries"))) {
            for (const QJsonValue& v : value->toArray()) {
                insecure.append(v.toString());
            }
        }
        mirrors += jsonStrings(configValue(s, QStringLiteral("registry-mirrors")).value_or(QJsonValue()));
        mirrors += s.commandLineFlagValues(QStringLiteral("--registry-mirror"));
    }
    for (const QString& mirror : std::as_const(mirrors)) {
        if (mirror.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) && !insecure.contains(mirror)) {
            insecure.append(mirror);
        }
    }
    if (!insecure.isEmpty()) {
        return Outcome::fail(Checks::tr("Insecure registries (plain HTTP or unverified TLS): %1.")
                                 .arg(insecure.join(QStringLiteral(", "))));
    }
    return Outcome::pass(Checks::tr("No insecure registries besides the local 127.0.0.0/8."));
}

Outcome daemonVersion(const Snapshot& s, const Subject&)
{
    // GET /version's Version, or GET /info's ServerVersion when only that was collected.
    QString version = s.version.value(QStringLiteral("Version")).toString();
    if (version.isEmpty()) {
        version = s.info.value(QStringLiteral("ServerVersion")).toString();
    }
    if (version.isEmpty()) {
        return Outcome::error(Checks::tr("The daemon did not report its version."));
    }
    const QVersionNumber number = QVersionNumber::fromString(version);
    if (number < QVersionNumber(20, 10)) {
        return Outcome::fail(Checks::tr("Docker %1 is long out of support: upgrade.").arg(version));
    }
    if (number < QVersionNumber(25)) {
        return Outcome::warn(Checks::tr("Docker %1 is past its upstream end of life; distribution packages (such as "
                                        "Debian's +dfsg builds) may still carry security backports.")
                                 .arg(version));
    }
    return Outcome::pass(Checks::tr("Docker %1 is a maintained release line.").arg(version));
}

Outcome daemonIsolatedRuntime(const Snapshot& s, const Subject&)
{
    QStringList isolated;
    const QJsonObject runtimes = s.info.value(QStringLiteral("Runtimes")).toObject();
    for (auto it = runtimes.begin(); it != runtimes.end(); ++it) {
        const QString path = it.value().toObject().value(QStringLiteral("path")).toString();
        const QString type = it.value().toObject().value(QStringLiteral("runtimeType")).toString();
        const QString all = (it.key() + QLatin1Char(' ') + path + QLatin1Char(' ') + type).toLower();
        if (all.contains(QLatin1String("runsc")) || all.contains(QLatin1String("kata")) ||
            all.contains(QLatin1String("gvisor"))) {
            isolated.append(it.key());
        }
    }
    if (!isolated.isEmpty()) {
        const QString def = s.info.value(QStringLiteral("DefaultRuntime")).toString();
        return Outcome::pass(Checks::tr("Isolated runtimes registered: %1 (default runtime: %2).")
                                 .arg(isolated.join(QStringLiteral(", ")), def));
    }
    return Outcome::warn(Checks::tr("Only runc-style runtimes are registered (%1): every container shares the host "
                                    "kernel.")
                             .arg(runtimes.keys().join(QStringLiteral(", "))));
}

} // namespace

void addDaemonChecks(QList<CheckDef>& out)
{
    out.append({
        {"daemon.config-valid",
         Layer::Daemon,
         Scope::Daemon,
         Severity::High,
         "",
         "seed 002; dockerd reference",
         QT_TRANSLATE_NOOP("Checks", "daemon.json is valid"),
         QT_TRANSLATE_NOOP("Checks",
                           "dockerd reads /etc/docker/daemon.json at start. Invalid JSON, a comment or an "
                           "unknown key makes it refuse to start, and a setting given both there and on the "
                           "command line is a conflict. A broken file means the hardening you wrote is not "
                           "applied."),
         QT_TRANSLATE_NOOP("Checks",
                           "Fix the JSON (no comments, no trailing commas), remove unknown keys, and set "
                           "each option in one place only. Check it with 'dockerd --validate' where available."),
         "fix.daemon-json",
         configValid},
        {"daemon.debug-off",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "2.3",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Debug mode is off"),
         QT_TRANSLATE_NOOP("Checks",
                           "Debug mode logs request bodies and internals that can include secrets, and "
                           "fills the disk. Seed 002: put \"debug\": false in daemon.json."),
         QT_TRANSLATE_NOOP("Checks", "Set \"debug\": false in /etc/docker/daemon.json and reload the daemon."),
         "fix.daemon-json",
         debugOff},
        {"daemon.icc-off",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "2.2",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Inter-container communication is restricted"),
         QT_TRANSLATE_NOOP("Checks",
                           "By default every container on the default bridge can talk to every other one. "
                           "With icc disabled, containers only see those linked explicitly (for example "
                           "WordPress and its MySQL), so one compromised container cannot probe the rest."),
         QT_TRANSLATE_NOOP("Checks",
                           "Set \"icc\": false in /etc/docker/daemon.json and restart dockerd; connect "
                           "containers that must talk through user-defined networks."),
         "fix.daemon-json",
         iccOff},
        {"daemon.default-ulimits",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "2.8",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Default ulimits are set"),
         QT_TRANSLATE_NOOP("Checks",
                           "Default ulimits cap open files and processes for every container that does not "
                           "set its own, so one container cannot exhaust the host. Seed 002 recommends small "
                           "defaults, raised per container at run time when needed."),
         QT_TRANSLATE_NOOP("Checks",
                           "Add \"default-ulimits\": {\"nofile\": {\"Name\": \"nofile\", \"Soft\": 1024, "
                           "\"Hard\": 2048}} to daemon.json and restart dockerd."),
         "fix.daemon-json",
         defaultUlimits},
        {"daemon.userns-remap",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "2.9",
         "",
         QT_TRANSLATE_NOOP("Checks", "User namespaces remap container root"),
         QT_TRANSLATE_NOOP("Checks",
                           "Without user namespace remapping, uid 0 in a container is uid 0 on the host: a "
                           "container escape gives full root. Remapping (or a rootless daemon) maps it to an "
                           "unprivileged range."),
         QT_TRANSLATE_NOOP("Checks",
                           "Set \"userns-remap\": \"default\" in daemon.json and restart dockerd (existing "
                           "images and volumes are owned by other uids afterwards), or run Docker rootless."),
         "",
         usernsRemap},
        {"daemon.live-restore",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "2.15",
         "",
         QT_TRANSLATE_NOOP("Checks", "Live restore is enabled"),
         QT_TRANSLATE_NOOP("Checks",
                           "With live restore, containers keep running while dockerd restarts, so security "
                           "updates of the daemon do not take services down."),
         QT_TRANSLATE_NOOP("Checks", "Set \"live-restore\": true in daemon.json and reload dockerd (SIGHUP)."),
         "fix.daemon-json",
         liveRestore},
        {"daemon.no-new-privileges",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "2.14",
         "",
         QT_TRANSLATE_NOOP("Checks", "New privileges are blocked by default"),
         QT_TRANSLATE_NOOP("Checks",
                           "no-new-privileges stops processes in containers from gaining privileges through "
                           "setuid or setcap binaries. Setting it daemon-wide protects every container."),
         QT_TRANSLATE_NOOP("Checks", "Set \"no-new-privileges\": true in daemon.json and restart dockerd."),
         "fix.daemon-json",
         daemonNoNewPrivileges},
        {"daemon.userland-proxy-off",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "2.16",
         "",
         QT_TRANSLATE_NOOP("Checks", "The userland proxy is disabled"),
         QT_TRANSLATE_NOOP("Checks",
                           "docker-proxy is a userland process per published port; iptables rules do the "
                           "same job in the kernel with less attack surface."),
         QT_TRANSLATE_NOOP("Checks", "Set \"userland-proxy\": false in daemon.json and restart dockerd."),
         "fix.daemon-json",
         userlandProxyOff},
        {"daemon.log-level",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "2.3",
         "",
         QT_TRANSLATE_NOOP("Checks", "Log level is info"),
         QT_TRANSLATE_NOOP("Checks",
                           "The info level records the events an investigation needs without the volume "
                           "and sensitive detail of debug."),
         QT_TRANSLATE_NOOP("Checks",
                           "Set \"log-level\": \"info\" in daemon.json (or remove the key) and reload dockerd."),
         "fix.daemon-json",
         logLevel},
        {"daemon.tls",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Critical,
         "2.7",
         "",
         QT_TRANSLATE_NOOP("Checks", "Remote API access requires TLS"),
         QT_TRANSLATE_NOOP("Checks",
                           "The Docker API is root on the host. Listening on TCP without mutual TLS lets "
                           "anyone who reaches the port start privileged containers."),
         QT_TRANSLATE_NOOP("Checks",
                           "Listen only on the unix socket, or set \"tlsverify\": true with tlscacert, "
                           "tlscert and tlskey, and use port 2376."),
         "",
         daemonTls},
        {"daemon.insecure-registries",
         Layer::Daemon,
         Scope::Daemon,
         Severity::High,
         "2.5",
         "",
         QT_TRANSLATE_NOOP("Checks", "No insecure registries"),
         QT_TRANSLATE_NOOP("Checks",
                           "An insecure registry is reached over plain HTTP or unverified TLS: anyone on the "
                           "path can swap the images you pull."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove \"insecure-registries\" from daemon.json and give the registry a valid "
                           "TLS certificate."),
         "",
         insecureRegistries},
        {"daemon.version",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "1.2.2",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Docker is a supported version"),
         QT_TRANSLATE_NOOP("Checks",
                           "Containers share the host kernel and the daemon runs as root: an unpatched "
                           "daemon is a way in. Seed 002: keep all system software at the latest stable version."),
         QT_TRANSLATE_NOOP("Checks",
                           "Upgrade Docker Engine to a maintained release, and keep the distribution's "
                           "security updates applied."),
         "",
         daemonVersion},
        {"daemon.isolated-runtime",
         Layer::Runtime,
         Scope::Daemon,
         Severity::Low,
         "",
         "seed 000 §4",
         QT_TRANSLATE_NOOP("Checks", "An isolated runtime (gVisor or Kata) is available"),
         QT_TRANSLATE_NOOP("Checks",
                           "runc containers share the host kernel. gVisor (runsc) puts a user-space kernel "
                           "between the container and the host; Kata Containers runs each container in a "
                           "lightweight virtual machine. Either stops most kernel exploits."),
         QT_TRANSLATE_NOOP("Checks",
                           "Install gVisor (apt install runsc; runsc install) or Kata Containers, register it "
                           "under \"runtimes\" in daemon.json, and run sensitive containers with "
                           "--runtime=runsc."),
         "",
         daemonIsolatedRuntime},
    });
}

} // namespace escut
