// SPDX-License-Identifier: GPL-3.0-or-later
// container.* checks on each container's inspect data (seed 002 "Seguridad en contenedores", seed 000 §4,
// CIS Docker Benchmark v1.6.0 section 5).
#include "core/checks/Capabilities.h"
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace escut
{

using namespace checkhelpers;

namespace
{

const QJsonObject& hostConfig(const Subject& subject)
{
    return subject.hostConfig;
}

const QJsonObject& config(const Subject& subject)
{
    return subject.config;
}

QStringList securityOpts(const Subject& subject)
{
    QStringList out;
    for (const QJsonValue& v : hostConfig(subject).value(QStringLiteral("SecurityOpt")).toArray()) {
        out.append(v.toString());
    }
    return out;
}

QStringList sorted(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

Outcome userNonRoot(const Snapshot& s, const Subject& subject)
{
    const QString user = config(subject).value(QStringLiteral("User")).toString();
    // A name the image's /etc/passwd gives uid 0 (toor:x:0:0) is root too.
    const ImageProbeFact* probe = s.imageAnalysis.probe(subject.data.value(QStringLiteral("Image")).toString());
    if (!isRootUser(user, probe ? probe->rootNames : QStringList())) {
        return Outcome::pass(Checks::tr("Runs as user %1 (Config.User).").arg(user));
    }
    const QString shown = user.isEmpty() ? Checks::tr("not set, so root") : user;
    if (daemonHasSecurityOption(s, QStringLiteral("userns")) ||
        daemonHasSecurityOption(s, QStringLiteral("rootless"))) {
        return Outcome::warn(Checks::tr("Runs as root (Config.User: %1), remapped to an unprivileged host user by the "
                                        "daemon's user namespace.")
                                 .arg(shown));
    }
    return Outcome::fail(Checks::tr("Runs as root (Config.User: %1).").arg(shown));
}

Outcome privileged(const Snapshot&, const Subject& subject)
{
    if (hostConfig(subject).value(QStringLiteral("Privileged")).toBool()) {
        return Outcome::fail(Checks::tr("HostConfig.Privileged is true: the container has every capability and all "
                                        "host devices."));
    }
    return Outcome::pass(Checks::tr("HostConfig.Privileged is false."));
}

// Podman serves the Docker API too; its inspect data lists what it dropped (see Capabilities::effective).
bool isPodman(const Snapshot& s)
{
    for (const QJsonValue& c : s.version.value(QStringLiteral("Components")).toArray()) {
        if (c.toObject().value(QStringLiteral("Name")).toString().contains(QLatin1String("Podman"))) {
            return true;
        }
    }
    return false;
}

Outcome capabilities(const Snapshot& s, const Subject& subject)
{
    const QJsonObject& hc = hostConfig(subject);
    // Every container is evaluated: the sets below are only read (no intersections copied), and lists are built
    // only for the evidence.
    const QSet<QString> effective = Capabilities::effective(hc, isPodman(s));
    const QSet<QString>& dangerousCaps = Capabilities::dangerous();
    const auto selected = [&](const auto& keep) {
        QStringList out;
        for (const QString& cap : effective) {
            if (keep(cap)) {
                out.append(cap);
            }
        }
        out.sort();
        return out;
    };
    if (std::any_of(effective.begin(), effective.end(), [&](const QString& c) { return dangerousCaps.contains(c); })) {
        return Outcome::fail(
            Checks::tr("Dangerous capabilities: %1 (CapAdd: %2).")
                .arg(selected([&](const QString& c) { return dangerousCaps.contains(c); }).join(QStringLiteral(", ")),
                     jsonText(hc.value(QStringLiteral("CapAdd")).isNull() ? QJsonValue(QJsonArray())
                                                                          : hc.value(QStringLiteral("CapAdd")))));
    }
    // Judged by what is left, never by how it was spelt: --cap-drop ALL followed by --cap-add of every default gives
    // the same CapEff as the defaults; Podman lists every dropped capability instead of ALL.
    static const QSet<QString> harmless{QStringLiteral("NET_BIND_SERVICE"),
                                        QStringLiteral("CHOWN"),
                                        QStringLiteral("SETUID"),
                                        QStringLiteral("SETGID"),
                                        QStringLiteral("KILL")};
    const bool minimal =
        std::all_of(effective.begin(), effective.end(), [](const QString& c) { return harmless.contains(c); });
    if (minimal) {
        return Outcome::pass(
            effective.isEmpty()
                ? Checks::tr("All capabilities dropped.")
                : Checks::tr("Capabilities dropped except %1.").arg(sorted(effective).join(QStringLiteral(", "))));
    }
    static const QSet<QString> notableDefaults{QStringLiteral("NET_RAW"),
                                               QStringLiteral("MKNOD"),
                                               QStringLiteral("DAC_OVERRIDE"),
                                               QStringLiteral("SETFCAP"),
                                               QStringLiteral("AUDIT_WRITE")};
    return Outcome::warn(
        Checks::tr("Keeps %n of Docker's default capabilities, including %1: drop ALL and add back "
                   "only what the service needs.",
                   nullptr,
                   int(effective.size()))
            .arg(selected([](const QString& c) { return notableDefaults.contains(c); }).join(QStringLiteral(", "))));
}

Outcome noNewPrivileges(const Snapshot& s, const Subject& subject)
{
    // dockerd starts from its own default and then applies the container's options, parsed with ParseBool
    // (no-new-privileges=1 and :True set it; =false clears the daemon's default for this container).
    const std::optional<bool> own = noNewPrivilegesOption(securityOpts(subject));
    if (own.value_or(false)) {
        return Outcome::pass(Checks::tr("SecurityOpt has no-new-privileges."));
    }
    const auto flag = flagBool(s, QStringLiteral("--no-new-privileges"));
    const auto value = configValue(s, QStringLiteral("no-new-privileges"));
    const bool daemonDefault = flag.value_or(false) || (value && value->toBool());
    if (own.has_value() && daemonDefault) {
        return Outcome::fail(Checks::tr("SecurityOpt turns no-new-privileges off for this container, over the "
                                        "daemon's default: setuid binaries can raise privileges."));
    }
    if (daemonDefault) {
        return Outcome::pass(Checks::tr("The daemon sets no-new-privileges for every container."));
    }
    return Outcome::fail(Checks::tr("SecurityOpt has no no-new-privileges: "
                                    "setuid binaries can raise privileges."));
}

const QJsonArray& mounts(const Subject& subject)
{
    return subject.mounts;
}

// The host directory behind a named volume of the local driver created with type=none,o=bind,device=PATH (GET
// /volumes), or empty for an ordinary volume.
QString volumeBindDevice(const Snapshot& s, const QJsonObject& mount)
{
    const QString name = mount.value(QStringLiteral("Name")).toString();
    if (name.isEmpty()) {
        return {};
    }
    for (const QJsonValue& v : s.volumes) {
        const QJsonObject volume = v.toObject();
        if (volume.value(QStringLiteral("Name")).toString() != name) {
            continue;
        }
        const QJsonObject options = volume.value(QStringLiteral("Options")).toObject();
        const QStringList o = options.value(QStringLiteral("o")).toString().split(QLatin1Char(','));
        if (volume.value(QStringLiteral("Driver")).toString() == QLatin1String("local") &&
            (o.contains(QStringLiteral("bind")) || o.contains(QStringLiteral("rbind")))) {
            return options.value(QStringLiteral("device")).toString();
        }
        return {};
    }
    return {};
}

// The host paths of the runtime sockets: the well-known ones and the one this audit reached.
QStringList runtimeSocketPaths(const Snapshot& s)
{
    QStringList paths = wellKnownRuntimeSockets();
    if (const FileFact* sock = s.file(QStringLiteral("docker.sock")); sock && !sock->path.isEmpty()) {
        paths.append(hostPathKey(sock->path));
    }
    paths.removeDuplicates();
    return paths;
}

// What stat() said about a bind mount's source on the host (following links), when the host was visible.
const FileFact* mountSourceFact(const Snapshot& s, const QString& source)
{
    for (const FileFact& f : s.files) {
        if (f.role == QLatin1String("mount-source") && f.path == source) {
            return &f;
        }
    }
    return nullptr;
}

// How a bind source reaches a runtime socket, or empty: it is one by name, by inode (a symlink or a hard link to
// it) or by a directory above it (-v /var/run:/host-run).
QString reachedSocket(const Snapshot& s, const QString& source)
{
    const FileFact* stat = mountSourceFact(s, source);
    const FileFact* sock = s.file(QStringLiteral("docker.sock"));
    if (stat && stat->exists && sock && sock->exists && stat->inode != 0 && stat->inode == sock->inode &&
        stat->device == sock->device) {
        return sock->path;
    }
    const QStringList sockets = runtimeSocketPaths(s);
    QString reached = runtimeSocketReached(source, sockets);
    if (reached.isEmpty() && stat && !stat->realPath.isEmpty()) {
        reached = runtimeSocketReached(stat->realPath, sockets);
    }
    return reached;
}

Outcome dockerSocket(const Snapshot& s, const Subject& subject)
{
    for (const QJsonValue& v : mounts(subject)) {
        const QJsonObject m = v.toObject();
        // Only what the mount brings from the host counts: -v /var/run/docker.sock alone is an empty anonymous volume
        // at that path, not the socket.
        const QString source = m.value(QStringLiteral("Type")).toString() == QLatin1String("volume")
                                   ? volumeBindDevice(s, m)
                                   : m.value(QStringLiteral("Source")).toString();
        const QString destination = m.value(QStringLiteral("Destination")).toString();
        const QString socket = source.isEmpty() ? QString() : reachedSocket(s, source);
        if (socket.isEmpty()) {
            continue;
        }
        if (socket != source) {
            return Outcome::fail(Checks::tr("Mounts %1 at %2, which reaches the container runtime socket %3: the "
                                            "container controls the Docker daemon, and so the host.")
                                     .arg(source, destination, socket));
        }
        return Outcome::fail(Checks::tr("Mounts the container runtime socket %1 at %2: the "
                                        "container controls the "
                                        "Docker daemon, and so the host.")
                                 .arg(source, destination));
    }
    return Outcome::pass(Checks::tr("No container runtime socket is mounted."));
}

Outcome sensitiveMounts(const Snapshot& s, const Subject& subject)
{
    static const QSet<QString> sensitive{QStringLiteral("/"),
                                         QStringLiteral("/boot"),
                                         QStringLiteral("/dev"),
                                         QStringLiteral("/etc"),
                                         QStringLiteral("/lib"),
                                         QStringLiteral("/proc"),
                                         QStringLiteral("/sys"),
                                         QStringLiteral("/usr"),
                                         QStringLiteral("/root"),
                                         QStringLiteral("/var/lib/docker"),
                                         QStringLiteral("/run"),
                                         QStringLiteral("/var/run"),
                                         QStringLiteral("/home"),
                                         QStringLiteral("/bin"),
                                         QStringLiteral("/sbin"),
                                         QStringLiteral("/lib64"),
                                         QStringLiteral("/var"),
                                         QStringLiteral("/run/containerd"),
                                         QStringLiteral("/var/lib/containerd"),
                                         QStringLiteral("/var/run/docker"),
                                         QStringLiteral("/run/docker")};
    // Files and directories below which everything is sensitive (keys, host devices, kernel interfaces).
    static const QStringList sensitiveTrees{QStringLiteral("/etc/shadow"),
                                            QStringLiteral("/etc/gshadow"),
                                            QStringLiteral("/etc/sudoers"),
                                            QStringLiteral("/etc/sudoers.d"),
                                            QStringLiteral("/etc/ssh"),
                                            QStringLiteral("/etc/docker"),
                                            QStringLiteral("/etc/kubernetes"),
                                            QStringLiteral("/etc/ssl/private"),
                                            QStringLiteral("/root"),
                                            QStringLiteral("/boot"),
                                            QStringLiteral("/proc"),
                                            QStringLiteral("/sys"),
                                            QStringLiteral("/dev/mem"),
                                            QStringLiteral("/dev/kmem"),
                                            QStringLiteral("/dev/disk"),
                                            QStringLiteral("/var/lib/docker"),
                                            QStringLiteral("/var/lib/containerd"),
                                            QStringLiteral("/var/lib/kubelet"),
                                            QStringLiteral("/run/containerd"),
                                            QStringLiteral("/run/docker")};
    QStringList found;
    for (const QJsonValue& v : mounts(subject)) {
        const QJsonObject m = v.toObject();
        // A named volume of the local driver with type=none,o=bind,device=/etc is a bind mount of /etc.
        QString source = m.value(QStringLiteral("Type")).toString() == QLatin1String("bind")
                             ? m.value(QStringLiteral("Source")).toString()
                             : volumeBindDevice(s, m);
        if (source.isEmpty()) {
            continue;
        }
        source = QDir::cleanPath(source);
        const FileFact* stat = mountSourceFact(s, m.value(QStringLiteral("Source")).toString());
        const QString real = stat && !stat->realPath.isEmpty() ? QDir::cleanPath(stat->realPath) : source;
        const auto matches = [&](const QString& path) {
            const QString key = hostPathKey(path);
            return sensitive.contains(path) || sensitive.contains(key) ||
                   std::any_of(sensitiveTrees.begin(), sensitiveTrees.end(), [&](const QString& tree) {
                       return isUnderPath(path, tree) || (key != path && isUnderPath(key, tree));
                   });
        };
        if (matches(source) || (real != source && matches(real))) {
            const bool rw = m.value(QStringLiteral("RW")).toBool();
            found.append(
                rw ? Checks::tr("%1 read-write at %2").arg(source, m.value(QStringLiteral("Destination")).toString())
                   : Checks::tr("%1 read-only at %2").arg(source, m.value(QStringLiteral("Destination")).toString()));
        }
    }
    if (!found.isEmpty()) {
        return Outcome::fail(
            Checks::tr("Sensitive host directories mounted: %1.").arg(found.join(QStringLiteral("; "))));
    }
    return Outcome::pass(Checks::tr("No sensitive host directory is mounted."));
}

Outcome readOnly(const Snapshot&, const Subject& subject)
{
    return hostConfig(subject).value(QStringLiteral("ReadonlyRootfs")).toBool()
               ? Outcome::pass(Checks::tr("The root filesystem is read-only."))
               : Outcome::fail(Checks::tr("The root filesystem is writable "
                                          "(HostConfig.ReadonlyRootfs false)."));
}

Outcome memory(const Snapshot&, const Subject& subject)
{
    const qint64 bytes = hostConfig(subject).value(QStringLiteral("Memory")).toInteger();
    if (bytes > 0) {
        return Outcome::pass(Checks::tr("Memory limit: %1 MiB.").arg(bytes / (1024 * 1024)));
    }
    return Outcome::fail(Checks::tr("No memory limit (HostConfig.Memory 0)."));
}

// The number of CPUs a cpuset list names ("0-2,4" → 4); 0 when it cannot be read.
int cpusetCount(const QString& list)
{
    int count = 0;
    for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool okFirst = false;
        bool okLast = true;
        const int first = part.section(QLatin1Char('-'), 0, 0).trimmed().toInt(&okFirst);
        const int last =
            part.contains(QLatin1Char('-')) ? part.section(QLatin1Char('-'), 1).trimmed().toInt(&okLast) : first;
        if (!okFirst || !okLast || last < first) {
            return 0;
        }
        count += last - first + 1;
    }
    return count;
}

Outcome cpus(const Snapshot& s, const Subject& subject)
{
    const QJsonObject& hc = hostConfig(subject);
    const qint64 nano = hc.value(QStringLiteral("NanoCpus")).toInteger();
    const qint64 quota = hc.value(QStringLiteral("CpuQuota")).toInteger();
    const qint64 period = hc.value(QStringLiteral("CpuPeriod")).toInteger();
    const qint64 shares = hc.value(QStringLiteral("CpuShares")).toInteger();
    if (nano > 0) {
        return Outcome::pass(Checks::tr("CPU limit: %1 CPUs.").arg(double(nano) / 1e9));
    }
    if (quota > 0) {
        return Outcome::pass(
            Checks::tr("CPU quota: %1 µs per %2 µs period.").arg(quota).arg(period > 0 ? period : 100000));
    }
    // A cpuset confines the container to those CPUs: a limit as real as a quota unless it names every CPU.
    const QString cpuset = hc.value(QStringLiteral("CpusetCpus")).toString();
    if (!cpuset.isEmpty()) {
        const int count = cpusetCount(cpuset);
        const int hostCpus = s.info.value(QStringLiteral("NCPU")).toInt();
        if (count > 0 && (hostCpus <= 0 || count < hostCpus)) {
            return Outcome::pass(Checks::tr("Confined to %n CPU(s) by cpuset %1.", nullptr, count).arg(cpuset));
        }
    }
    if (shares > 0) {
        return Outcome::warn(Checks::tr("Only a relative CPU weight (CpuShares %1): under "
                                        "contention it gets its share, "
                                        "but it may still use every CPU.")
                                 .arg(shares));
    }
    return Outcome::fail(Checks::tr("No CPU limit (no NanoCpus, CpuQuota or CpuShares)."));
}

Outcome pids(const Snapshot&, const Subject& subject)
{
    const qint64 limit = hostConfig(subject).value(QStringLiteral("PidsLimit")).toInteger();
    if (limit > 0) {
        return Outcome::pass(Checks::tr("PIDs limit: %1.").arg(limit));
    }
    return Outcome::fail(Checks::tr("No PIDs limit: a fork bomb in the container can exhaust the host."));
}

Outcome ulimits(const Snapshot& s, const Subject& subject)
{
    QStringList set;
    for (const QJsonValue& v : hostConfig(subject).value(QStringLiteral("Ulimits")).toArray()) {
        const QJsonObject u = v.toObject();
        set.append(QStringLiteral("%1=%2:%3")
                       .arg(u.value(QStringLiteral("Name")).toString())
                       .arg(u.value(QStringLiteral("Soft")).toInteger())
                       .arg(u.value(QStringLiteral("Hard")).toInteger()));
    }
    if (!set.isEmpty()) {
        return Outcome::pass(Checks::tr("ulimits: %1.").arg(set.join(QStringLiteral(", "))));
    }
    const std::optional<QJsonValue> defaults = configValue(s, QStringLiteral("default-ulimits"));
    if ((defaults && !defaults->toObject().isEmpty()) ||
        !s.commandLineFlagValues(QStringLiteral("--default-ulimit")).isEmpty()) {
        return Outcome::pass(Checks::tr("No ulimits of its own; the daemon's default ulimits apply."));
    }
    return Outcome::fail(Checks::tr("No ulimits, and the daemon sets no default ulimits."));
}

Outcome restartPolicy(const Snapshot&, const Subject& subject)
{
    const QJsonObject policy = hostConfig(subject).value(QStringLiteral("RestartPolicy")).toObject();
    const QString name = policy.value(QStringLiteral("Name")).toString();
    const qint64 retries = policy.value(QStringLiteral("MaximumRetryCount")).toInteger();
    if (name == QLatin1String("on-failure")) {
        if (retries >= 1 && retries <= 5) {
            return Outcome::pass(Checks::tr("Restart policy on-failure:%1.").arg(retries));
        }
        return Outcome::warn(retries == 0
                                 ? Checks::tr("Restart policy on-failure with no retry limit.")
                                 : Checks::tr("Restart policy on-failure:%1: more than 5 retries.").arg(retries));
    }
    if (name == QLatin1String("always") || name == QLatin1String("unless-stopped")) {
        return Outcome::fail(Checks::tr("Restart policy %1: a crashing container restarts forever.").arg(name));
    }
    return Outcome::warn(Checks::tr("No restart policy: the container stays down "
                                    "after a failure (seed 002: use "
                                    "--restart=on-failure)."));
}

Outcome portsBind(const Snapshot&, const Subject& subject)
{
    const QJsonObject& hc = hostConfig(subject);
    if (auto onHost = hostNetworkPorts(hc)) {
        return *onHost;
    }
    QStringList everywhere;
    QStringList loopback; // privileged host ports are container.privileged-ports' (CIS 5.8)
    for (const PortBinding& b : portBindings(hc)) {
        (isAnyAddress(b.hostIp) ? everywhere : loopback).append(b.shown());
    }
    if (!everywhere.isEmpty()) {
        return Outcome::warn(Checks::tr("Published on every host interface: %1. Bind to 127.0.0.1 "
                                        "or a specific "
                                        "address unless the service must be public.")
                                 .arg(everywhere.join(QStringLiteral(", "))));
    }
    if (!loopback.isEmpty()) {
        return Outcome::pass(
            Checks::tr("Ports bound to specific addresses: %1.").arg(loopback.join(QStringLiteral(", "))));
    }
    return Outcome::pass(Checks::tr("No published ports."));
}

Outcome health(const Snapshot&, const Subject& subject)
{
    const QJsonArray test =
        config(subject).value(QStringLiteral("Healthcheck")).toObject().value(QStringLiteral("Test")).toArray();
    if (!test.isEmpty() && test.first().toString() == QLatin1String("NONE")) {
        return Outcome::fail(Checks::tr("The image's health check is disabled (HEALTHCHECK NONE)."));
    }
    if (!test.isEmpty()) {
        const QString status = subject.data.value(QStringLiteral("State"))
                                   .toObject()
                                   .value(QStringLiteral("Health"))
                                   .toObject()
                                   .value(QStringLiteral("Status"))
                                   .toString();
        return Outcome::pass(status.isEmpty() ? Checks::tr("Has a health check.")
                                              : Checks::tr("Has a health check (status: %1).").arg(status));
    }
    return Outcome::warn(Checks::tr("No health check: Docker cannot tell a hung "
                                    "service from a working one."));
}

bool isolatedRuntimeName(const QString& text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("runsc")) || t.contains(QLatin1String("kata")) ||
           t.contains(QLatin1String("gvisor"));
}

Outcome containerIsolatedRuntime(const Snapshot& s, const Subject& subject)
{
    const QString runtime = hostConfig(subject).value(QStringLiteral("Runtime")).toString();
    const QJsonObject runtimes = s.info.value(QStringLiteral("Runtimes")).toObject();
    const QJsonObject def = runtimes.value(runtime).toObject();
    const QString path = def.value(QStringLiteral("path")).toString() + QLatin1Char(' ') +
                         def.value(QStringLiteral("runtimeType")).toString();
    if (isolatedRuntimeName(runtime) || isolatedRuntimeName(path)) {
        return Outcome::pass(Checks::tr("Runs under the isolated runtime %1.").arg(runtime));
    }
    return Outcome::warn(Checks::tr("Runs under %1: it shares the host kernel.")
                             .arg(runtime.isEmpty() ? QStringLiteral("runc") : runtime));
}

// Whether a seccomp profile (the JSON the CLI sends in SecurityOpt) lets every system call through: its default
// action allows (or only logs) and no rule refuses anything.
bool profileAllowsEverything(const QJsonObject& profile)
{
    const auto allows = [](const QString& action) {
        return action == QLatin1String("SCMP_ACT_ALLOW") || action == QLatin1String("SCMP_ACT_LOG");
    };
    if (!allows(profile.value(QStringLiteral("defaultAction")).toString())) {
        return false;
    }
    for (const QJsonValue& rule : profile.value(QStringLiteral("syscalls")).toArray()) {
        if (!allows(rule.toObject().value(QStringLiteral("action")).toString())) {
            return false;
        }
    }
    return true;
}

// The daemon's own --seccomp-profile (or daemon.json seccomp-profile, or what docker info reports).
QString daemonSeccompProfile(const Snapshot& s)
{
    if (const auto flag = s.commandLineFlag(QStringLiteral("--seccomp-profile"))) {
        return *flag;
    }
    if (const auto value = configValue(s, QStringLiteral("seccomp-profile"))) {
        return value->toString();
    }
    for (const QJsonValue& v : s.info.value(QStringLiteral("SecurityOptions")).toArray()) {
        const QString option = v.toString();
        if (option.startsWith(QLatin1String("name=seccomp,"))) {
            for (const QString& part : option.split(QLatin1Char(','))) {
                if (part.startsWith(QLatin1String("profile="))) {
                    const QString profile = part.mid(8);
                    return profile == QLatin1String("default") || profile == QLatin1String("builtin") ? QString()
                                                                                                      : profile;
                }
            }
        }
    }
    return {};
}

Outcome seccomp(const Snapshot& s, const Subject& subject)
{
    // Docker runs a privileged container without any seccomp filter, whatever profile it names.
    if (hostConfig(subject).value(QStringLiteral("Privileged")).toBool()) {
        return Outcome::fail(Checks::tr("HostConfig.Privileged is true: Docker applies no seccomp profile to a "
                                        "privileged container."));
    }
    QString own;
    QString ownOption;
    for (const QString& o : securityOpts(subject)) {
        const auto [key, value] = splitSecurityOpt(o);
        if (key == QLatin1String("seccomp")) {
            own = value;
            ownOption = o;
        }
    }
    if (own == QLatin1String("unconfined")) {
        return Outcome::fail(Checks::tr("SecurityOpt %1: no system call filtering.").arg(ownOption));
    }
    if (!s.info.isEmpty() && !daemonHasSecurityOption(s, QStringLiteral("seccomp"))) {
        return Outcome::fail(Checks::tr("The daemon has no seccomp support (SecurityOptions: %1).")
                                 .arg(jsonText(s.info.value(QStringLiteral("SecurityOptions")))));
    }
    if (!own.isEmpty()) {
        const QJsonObject profile = QJsonDocument::fromJson(own.toUtf8()).object();
        if (!profile.isEmpty() && profileAllowsEverything(profile)) {
            return Outcome::fail(Checks::tr("The custom seccomp profile allows every system call (defaultAction %1).")
                                     .arg(profile.value(QStringLiteral("defaultAction")).toString()));
        }
        return Outcome::pass(Checks::tr("Custom seccomp profile (%1).").arg(QStringLiteral("seccomp")));
    }
    if (daemonSeccompProfile(s) == QLatin1String("unconfined")) {
        return Outcome::fail(Checks::tr("The daemon's seccomp profile is unconfined: containers without a profile "
                                        "of their own have no system call filtering."));
    }
    return Outcome::pass(Checks::tr("Docker's default seccomp profile applies."));
}

Outcome apparmor(const Snapshot& s, const Subject& subject)
{
    const QString profile = subject.data.value(QStringLiteral("AppArmorProfile")).toString();
    for (const QString& o : securityOpts(subject)) {
        if (o == QLatin1String("apparmor=unconfined") || o == QLatin1String("apparmor:unconfined")) {
            return Outcome::fail(Checks::tr("SecurityOpt %1: no AppArmor confinement.").arg(o));
        }
    }
    if (profile == QLatin1String("unconfined")) {
        return Outcome::fail(Checks::tr("AppArmorProfile is unconfined."));
    }
    if (daemonHasSecurityOption(s, QStringLiteral("apparmor"))) {
        return Outcome::pass(
            Checks::tr("AppArmor profile %1.").arg(profile.isEmpty() ? QStringLiteral("docker-default") : profile));
    }
    const QString label = subject.data.value(QStringLiteral("ProcessLabel")).toString();
    if (daemonHasSecurityOption(s, QStringLiteral("selinux")) && !label.isEmpty()) {
        return Outcome::pass(Checks::tr("Confined by SELinux (process label %1).").arg(label));
    }
    return Outcome::warn(Checks::tr("No mandatory access control profile: the "
                                    "host has neither AppArmor nor SELinux "
                                    "enabled for Docker."));
}

// The inspect data of the container "container:X" names (by id, id prefix or name), or nullptr.
const QJsonObject* joinedContainer(const Snapshot& s, const QString& mode)
{
    if (!mode.startsWith(QLatin1String("container:"))) {
        return nullptr;
    }
    const QString ref = mode.mid(10);
    if (ref.isEmpty()) {
        return nullptr;
    }
    for (const QJsonObject& c : s.containers) {
        const QString id = c.value(QStringLiteral("Id")).toString();
        const QString name = c.value(QStringLiteral("Name")).toString();
        if (id == ref || (ref.size() >= 12 && id.startsWith(ref)) || name == ref || name == QLatin1Char('/') + ref) {
            return &c;
        }
    }
    return nullptr;
}

// Whether a namespace mode ends at the host's namespace, following container:X (and --network's container:X)
// through the containers it joins.
bool reachesHost(const Snapshot& s, const QJsonObject& container, const char* key)
{
    const QJsonObject* current = &container;
    for (int hops = 0; hops < 16 && current; ++hops) {
        const QString mode =
            current->value(QStringLiteral("HostConfig")).toObject().value(QLatin1String(key)).toString();
        if (mode == QLatin1String("host")) {
            return true;
        }
        current = joinedContainer(s, mode);
    }
    return false;
}

Outcome namespaces(const Snapshot& s, const Subject& subject)
{
    const QJsonObject& hc = hostConfig(subject);
    QStringList shared;
    const std::pair<const char*, const char*> modes[] = {{"NetworkMode", "network"},
                                                         {"PidMode", "pid"},
                                                         {"IpcMode", "ipc"},
                                                         {"UTSMode", "uts"}};
    for (const auto& [key, name] : modes) {
        if (reachesHost(s, subject.data, key)) {
            shared.append(QLatin1String(name));
        }
    }
    // --userns host opts out of the daemon's remapping; without remapping every container already shares the host's
    // user namespace and the option changes nothing (container.user-nonroot and daemon.userns judge that).
    if (hc.value(QStringLiteral("UsernsMode")).toString() == QLatin1String("host") &&
        (daemonHasSecurityOption(s, QStringLiteral("userns")) || configValue(s, QStringLiteral("userns-remap")))) {
        shared.append(QStringLiteral("userns"));
    }
    // On cgroup v1 hosts "host" is dockerd's default cgroup namespace mode, not a choice: judge it on v2 only.
    if (hc.value(QStringLiteral("CgroupnsMode")).toString() == QLatin1String("host") &&
        s.info.value(QStringLiteral("CgroupVersion")).toString() != QLatin1String("1")) {
        shared.append(QStringLiteral("cgroup"));
    }
    if (!shared.isEmpty()) {
        return Outcome::fail(Checks::tr("Shares the host's %1 namespace(s).").arg(shared.join(QStringLiteral(", "))));
    }
    return Outcome::pass(Checks::tr("Uses its own network, PID, IPC and UTS namespaces."));
}

} // namespace

void addContainerChecks(QList<CheckDef>& out)
{
    out.append({
        {"container.user-nonroot",
         Layer::Container,
         Scope::Container,
         Severity::High,
         "4.1",
         "seed 002; seed 000",
         QT_TRANSLATE_NOOP("Checks", "Runs as a non-root user"),
         QT_TRANSLATE_NOOP("Checks",
                           "By default a container's user is root, the same uid "
                           "0 as the host's root. Seed "
                           "002 shows that with -u 4400 'ls /root' is denied: a "
                           "non-root user limits what "
                           "an attacker can do inside and after an escape."),
         QT_TRANSLATE_NOOP("Checks",
                           "Add USER to the Dockerfile or run with -u UID:GID "
                           "(Compose: user:)."),
         "fix.run-command",
         userNonRoot},
        {"container.privileged",
         Layer::Container,
         Scope::Container,
         Severity::Critical,
         "5.5",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Not privileged"),
         QT_TRANSLATE_NOOP("Checks",
                           "--privileged gives the container every Linux "
                           "capability and the host's devices: "
                           "seed 002 shows it mounting filesystems at will. It "
                           "is one step from root on the "
                           "host."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove --privileged (Compose: privileged: true) and "
                           "add only the capabilities "
                           "the service needs with --cap-add."),
         "",
         privileged},
        {"container.capabilities",
         Layer::Container,
         Scope::Container,
         Severity::High,
         "5.4",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Capabilities are dropped"),
         QT_TRANSLATE_NOOP("Checks",
                           "Capabilities split root's power. SYS_ADMIN, "
                           "SYS_MODULE, SYS_PTRACE and similar "
                           "open ways out to the host; even the default set "
                           "includes NET_RAW and MKNOD that "
                           "most services never use."),
         QT_TRANSLATE_NOOP("Checks",
                           "Run with --cap-drop ALL and add back only what is needed (for "
                           "example "
                           "--cap-add NET_BIND_SERVICE); Compose: cap_drop: [ALL]."),
         "fix.run-command",
         capabilities},
        {"container.no-new-privileges",
         Layer::Container,
         Scope::Container,
         Severity::Medium,
         "5.26",
         "seed 000",
         QT_TRANSLATE_NOOP("Checks", "Cannot gain new privileges"),
         QT_TRANSLATE_NOOP("Checks",
                           "no-new-privileges stops setuid and setcap binaries "
                           "from raising a process's "
                           "privileges inside the container."),
         QT_TRANSLATE_NOOP("Checks",
                           "Run with --security-opt no-new-privileges (Compose: security_opt: "
                           "[\"no-new-privileges:true\"]), or set it daemon-wide."),
         "fix.run-command",
         noNewPrivileges},
        {"container.docker-socket",
         Layer::Container,
         Scope::Container,
         Severity::Critical,
         "5.32",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "The Docker socket is not mounted"),
         QT_TRANSLATE_NOOP("Checks",
                           "Mounting /var/run/docker.sock (docker-in-docker, "
                           "common in CI/CD) gives the "
                           "container the whole daemon: seed 002 shows a "
                           "container started inside it "
                           "appearing in the host's docker ps. It can start a "
                           "privileged container and own "
                           "the host."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove the docker.sock volume. For CI, use a "
                           "rootless daemon or a socket proxy "
                           "that allows only the API calls needed."),
         "fix.run-command",
         dockerSocket},
        {"container.sensitive-mounts",
         Layer::Container,
         Scope::Container,
         Severity::High,
         "5.6",
         "",
         QT_TRANSLATE_NOOP("Checks", "No sensitive host directories are mounted"),
         QT_TRANSLATE_NOOP("Checks",
                           "Mounting /, /etc, /proc, /sys, /boot, /dev or "
                           "Docker's own data lets the "
                           "container read secrets or change the host; even "
                           "read-only mounts leak "
                           "configuration and keys."),
         QT_TRANSLATE_NOOP("Checks",
                           "Mount only the directories the service needs, "
                           "read-only where possible, or "
                           "use named volumes."),
         "",
         sensitiveMounts},
        {"container.read-only",
         Layer::Container,
         Scope::Container,
         Severity::Medium,
         "5.13",
         "seed 000",
         QT_TRANSLATE_NOOP("Checks", "Root filesystem is read-only"),
         QT_TRANSLATE_NOOP("Checks",
                           "A read-only root filesystem stops an attacker from "
                           "changing binaries or "
                           "dropping tools into the container."),
         QT_TRANSLATE_NOOP("Checks",
                           "Run with --read-only and give writable paths with "
                           "--tmpfs /tmp or volumes "
                           "(Compose: read_only: true)."),
         "fix.run-command",
         readOnly},
        {"container.memory",
         Layer::Container,
         Scope::Container,
         Severity::Medium,
         "5.11",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Memory is limited"),
         QT_TRANSLATE_NOOP("Checks",
                           "Without a memory limit one container (attacked, or "
                           "with a leak) can take all the "
                           "host's memory and bring down the other containers "
                           "and the host itself (seed 002)."),
         QT_TRANSLATE_NOOP("Checks",
                           "Run with --memory (for example --memory 512m); "
                           "Compose: deploy.resources.limits.memory "
                           "or mem_limit."),
         "fix.run-command",
         memory},
        {"container.cpus",
         Layer::Container,
         Scope::Container,
         Severity::Medium,
         "5.12",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "CPU is limited"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 002: with --cpus=\".5\" a container never uses more than half "
                           "a CPU, so a "
                           "denial-of-service attack on it cannot starve its neighbours."),
         QT_TRANSLATE_NOOP("Checks",
                           "Run with --cpus (for example --cpus 0.5); Compose: "
                           "deploy.resources.limits.cpus "
                           "or cpus."),
         "fix.run-command",
         cpus},
        {"container.pids",
         Layer::Container,
         Scope::Container,
         Severity::Medium,
         "5.29",
         "",
         QT_TRANSLATE_NOOP("Checks", "Process count is limited"),
         QT_TRANSLATE_NOOP("Checks",
                           "A PIDs limit stops a fork bomb inside the container "
                           "from exhausting the host's "
                           "process table."),
         QT_TRANSLATE_NOOP("Checks",
                           "Run with --pids-limit (for example --pids-limit "
                           "100); Compose: pids_limit."),
         "fix.run-command",
         pids},
        {"container.ulimits",
         Layer::Container,
         Scope::Container,
         Severity::Low,
         "5.19",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "ulimits are set"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 002: --ulimit nofile=512:512 caps the files a "
                           "container can open; without "
                           "it, or daemon defaults, the container gets the "
                           "daemon's own generous limits."),
         QT_TRANSLATE_NOOP("Checks",
                           "Run with --ulimit nofile=512:512 (Compose: "
                           "ulimits:), or set default-ulimits in "
                           "daemon.json."),
         "",
         ulimits},
        {"container.restart-policy",
         Layer::Container,
         Scope::Container,
         Severity::Low,
         "5.15",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Restart policy is on-failure with a limit"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 002 recommends --restart=on-failure so a "
                           "crashed service comes back; CIS "
                           "caps the retries at 5 so a container that keeps "
                           "crashing (or is being attacked) "
                           "does not restart forever."),
         QT_TRANSLATE_NOOP("Checks", "Run with --restart on-failure:5 (Compose: restart: on-failure:5)."),
         "fix.run-command",
         restartPolicy},
        {"container.ports-bind",
         Layer::Container,
         Scope::Container,
         Severity::Medium,
         "5.14",
         "",
         QT_TRANSLATE_NOOP("Checks", "Ports are bound to specific interfaces"),
         QT_TRANSLATE_NOOP("Checks",
                           "-p 8080:80 publishes on every interface of the host, including "
                           "public ones, and "
                           "Docker's iptables rules bypass host firewalls such as ufw."),
         QT_TRANSLATE_NOOP("Checks",
                           "Publish on a specific address, for example -p "
                           "127.0.0.1:8080:80, and avoid host "
                           "ports below 1024."),
         "fix.run-command",
         portsBind},
        {"container.health",
         Layer::Container,
         Scope::Container,
         Severity::Low,
         "5.27",
         "",
         QT_TRANSLATE_NOOP("Checks", "Has a health check"),
         QT_TRANSLATE_NOOP("Checks",
                           "A health check lets Docker and orchestrators notice "
                           "a service that runs but no "
                           "longer answers, for example after an attack."),
         QT_TRANSLATE_NOOP("Checks",
                           "Add HEALTHCHECK to the Dockerfile or run with "
                           "--health-cmd (Compose: healthcheck:)."),
         "",
         health},
        {"container.isolated-runtime",
         Layer::Runtime,
         Scope::Container,
         Severity::Low,
         "",
         "seed 000 §4",
         QT_TRANSLATE_NOOP("Checks", "Runs under an isolated runtime"),
         QT_TRANSLATE_NOOP("Checks",
                           "Under gVisor (runsc) the container's system calls go "
                           "to a user-space kernel; "
                           "under Kata it runs in its own lightweight VM. A "
                           "kernel exploit then stays "
                           "inside the sandbox."),
         QT_TRANSLATE_NOOP("Checks",
                           "Run sensitive containers with --runtime=runsc "
                           "(Compose: runtime: runsc) once gVisor "
                           "is registered in daemon.json."),
         "",
         containerIsolatedRuntime},
        {"container.seccomp",
         Layer::Runtime,
         Scope::Container,
         Severity::High,
         "5.22",
         "",
         QT_TRANSLATE_NOOP("Checks", "seccomp filters system calls"),
         QT_TRANSLATE_NOOP("Checks",
                           "Docker's default seccomp profile blocks about 44 "
                           "dangerous system calls (such as "
                           "kexec_load and open_by_handle_at); unconfined "
                           "removes that filter."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove --security-opt seccomp=unconfined, or give a "
                           "custom profile that allows "
                           "only what the service needs."),
         "",
         seccomp},
        {"container.apparmor",
         Layer::Runtime,
         Scope::Container,
         Severity::Medium,
         "5.2 5.3",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "AppArmor or SELinux confines the container"),
         QT_TRANSLATE_NOOP("Checks",
                           "A mandatory access control profile limits what even "
                           "root in the container may "
                           "touch on the host; seed 002 lists AppArmor and "
                           "SELinux among the host defences."),
         QT_TRANSLATE_NOOP("Checks",
                           "Enable AppArmor (or SELinux) on the host so "
                           "containers get docker-default, and "
                           "never run with apparmor=unconfined."),
         "",
         apparmor},
        {"container.namespaces",
         Layer::Runtime,
         Scope::Container,
         Severity::High,
         "5.10 5.16 5.17 5.21 5.31",
         "",
         QT_TRANSLATE_NOOP("Checks", "Does not share the host's namespaces"),
         QT_TRANSLATE_NOOP("Checks",
                           "--network host, --pid host, --ipc host or --uts host "
                           "remove the isolation "
                           "between the container and the host: it sees the "
                           "host's interfaces, processes or "
                           "shared memory."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove --network host, --pid host, --ipc host, --uts "
                           "host and --userns host; "
                           "publish ports instead of sharing the host network."),
         "fix.run-command",
         namespaces},
    });
}

} // namespace escut
