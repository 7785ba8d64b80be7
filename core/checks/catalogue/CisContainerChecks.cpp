// SPDX-License-Identifier: GPL-3.0-or-later
// Container recommendations of the CIS Docker Benchmark v1.6.0 that read a container's inspect alone: 5.8 and 5.9
// (published ports), 5.18 (host devices), 5.20 (mount propagation), 5.25 (cgroup parent), 5.30 (default bridge); 5.7
// (no sshd), which reads the programs running in the container; and 5.23 and 5.24 (docker exec --privileged,
// --user root), which read the snapshot's exec history.
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"

#include <QJsonArray>

#include <algorithm>

namespace escut
{
using namespace checkhelpers;

namespace
{

QStringList shown(const QList<PortBinding>& ports)
{
    QStringList out;
    for (const PortBinding& p : ports) {
        out.append(p.shown());
    }
    return out;
}

// 5.7
Outcome sshServer(const Snapshot& snapshot, const Subject& subject)
{
    if (!subject.data.value(QStringLiteral("State")).toObject().value(QStringLiteral("Running")).toBool()) {
        return Outcome::skipped(Checks::tr("Not running: there are no processes to look at."));
    }
    if (!snapshot.processes.collected) {
        return Outcome::skipped(snapshot.processes.reason.isEmpty()
                                    ? Checks::tr("This snapshot does not record the containers' processes: it was "
                                                 "taken by an earlier version of Escut.")
                                    : snapshot.processes.reason);
    }
    const ContainerProcessFact* fact = snapshot.processes.of(subject.id);
    if (fact == nullptr) {
        return Outcome::skipped(Checks::tr("Its processes were not read: it started after the list was taken."));
    }
    if (!fact->error.isEmpty()) {
        return Outcome::skipped(Checks::tr("Its processes could not be read: %1.").arg(fact->error));
    }
    static const QStringList servers{QStringLiteral("sshd"), QStringLiteral("dropbear")};
    QStringList found;
    for (const QString& program : fact->programs) {
        if (servers.contains(program)) {
            found.append(program);
        }
    }
    const QString where =
        fact->source == QLatin1String("proc") ? Checks::tr("read from /proc") : Checks::tr("listed by the daemon");
    if (!found.isEmpty()) {
        return Outcome::fail(Checks::tr("Runs an SSH server: %1 (%2).").arg(found.join(QStringLiteral(", ")), where));
    }
    return Outcome::pass(Checks::tr("No SSH server among the programs it runs: %1 (%2).")
                             .arg(elided(fact->programs.join(QStringLiteral(", "))), where));
}

// 5.8
Outcome privilegedPorts(const Snapshot&, const Subject& subject)
{
    if (auto onHost = hostNetworkPorts(subject.hostConfig)) {
        return *onHost;
    }
    QList<PortBinding> low;
    for (const PortBinding& p : portBindings(subject.hostConfig)) {
        if (const int port = p.hostPort.toInt(); port > 0 && port < 1024) {
            low.append(p);
        }
    }
    if (low.isEmpty()) {
        return Outcome::pass(Checks::tr("No host port below 1024 is published."));
    }
    return Outcome::warn(
        Checks::tr("Publishes privileged host ports (below 1024): %1.").arg(shown(low).join(QStringLiteral(", "))));
}

// 5.9
Outcome openPorts(const Snapshot&, const Subject& subject)
{
    if (auto onHost = hostNetworkPorts(subject.hostConfig)) {
        return *onHost;
    }
    if (subject.hostConfig.value(QStringLiteral("PublishAllPorts")).toBool()) {
        return Outcome::warn(Checks::tr("-P publishes every port the image exposes, needed or not."));
    }
    const QList<PortBinding> ports = portBindings(subject.hostConfig);
    if (ports.isEmpty()) {
        return Outcome::pass(Checks::tr("No published ports."));
    }
    return Outcome::info(Checks::tr("Published ports: %1. Confirm that each one is needed.")
                             .arg(shown(ports).join(QStringLiteral(", "))));
}

// 5.18
Outcome hostDevices(const Snapshot&, const Subject& subject)
{
    if (subject.hostConfig.value(QStringLiteral("Privileged")).toBool()) {
        return Outcome::fail(Checks::tr("--privileged gives the container every host device."));
    }
    QStringList devices;
    for (const QJsonValue& v : subject.hostConfig.value(QStringLiteral("Devices")).toArray()) {
        const QJsonObject d = v.toObject();
        devices.append(QStringLiteral("%1:%2:%3")
                           .arg(d.value(QStringLiteral("PathOnHost")).toString(),
                                d.value(QStringLiteral("PathInContainer")).toString(),
                                d.value(QStringLiteral("CgroupPermissions")).toString()));
    }
    QStringList rules;
    for (const QJsonValue& v : subject.hostConfig.value(QStringLiteral("DeviceCgroupRules")).toArray()) {
        rules.append(v.toString());
    }
    if (!devices.isEmpty() || !rules.isEmpty()) {
        QStringList seen;
        if (!devices.isEmpty()) {
            seen.append(Checks::tr("--device %1").arg(devices.join(QStringLiteral(", "))));
        }
        if (!rules.isEmpty()) {
            seen.append(Checks::tr("--device-cgroup-rule %1").arg(rules.join(QStringLiteral(", "))));
        }
        return Outcome::warn(Checks::tr("Host devices are exposed: %1. Confirm that each one is needed.")
                                 .arg(seen.join(QStringLiteral("; "))));
    }
    return Outcome::pass(Checks::tr("No host device is exposed."));
}

// 5.20
Outcome mountPropagation(const Snapshot&, const Subject& subject)
{
    QStringList shared;
    for (const QJsonValue& v : subject.mounts) {
        const QJsonObject m = v.toObject();
        const QString propagation = m.value(QStringLiteral("Propagation")).toString();
        if (propagation == QLatin1String("shared") || propagation == QLatin1String("rshared")) {
            shared.append(QStringLiteral("%1:%2 (%3)")
                              .arg(m.value(QStringLiteral("Source")).toString(),
                                   m.value(QStringLiteral("Destination")).toString(),
                                   propagation));
        }
    }
    if (!shared.isEmpty()) {
        return Outcome::fail(Checks::tr("Mounts with shared propagation: %1. Mounts made inside the container "
                                        "appear on the host.")
                                 .arg(shared.join(QStringLiteral(", "))));
    }
    return Outcome::pass(Checks::tr("No mount has shared propagation."));
}

// 5.25
Outcome cgroupParent(const Snapshot&, const Subject& subject)
{
    const QString parent = subject.hostConfig.value(QStringLiteral("CgroupParent")).toString();
    if (!parent.isEmpty()) {
        return Outcome::warn(
            Checks::tr("Runs under the cgroup parent %1: confirm that its limits are the intended ones.").arg(parent));
    }
    return Outcome::pass(Checks::tr("Runs under the daemon's cgroup parent."));
}

// 5.30
Outcome defaultBridge(const Snapshot&, const Subject& subject)
{
    const QString mode = subject.hostConfig.value(QStringLiteral("NetworkMode")).toString();
    const QJsonObject networks =
        subject.data.value(QStringLiteral("NetworkSettings")).toObject().value(QStringLiteral("Networks")).toObject();
    const bool ownNamespace =
        mode == QLatin1String("host") || mode == QLatin1String("none") || mode.startsWith(QLatin1String("container:"));
    if (mode == QLatin1String("default") || mode == QLatin1String("bridge") ||
        (!ownNamespace && networks.contains(QStringLiteral("bridge")))) {
        return Outcome::warn(Checks::tr("Attached to Docker's default bridge (docker0), where every container can "
                                        "reach the others."));
    }
    return Outcome::pass(
        Checks::tr("Not on the default bridge (network mode %1).").arg(mode.isEmpty() ? QStringLiteral("\"\"") : mode));
}

// The exec history's records of this container that someone ran (not a HEALTHCHECK, not Escut's own probe). An audit
// log record names the container as docker's command line did: its name, its id or a prefix of the id; one older than
// the container was for an earlier container of that name.
QList<const ExecRecord*> execsOf(const Snapshot& s, const Subject& subject)
{
    const QDateTime created =
        QDateTime::fromString(subject.data.value(QStringLiteral("Created")).toString(), Qt::ISODateWithMs);
    QList<const ExecRecord*> out;
    for (const ExecRecord& r : s.execHistory.execs) {
        if (!r.origin.isEmpty()) {
            continue;
        }
        if (r.source == QLatin1String("events")) {
            if (r.container == subject.id) {
                out.append(&r);
            }
            continue;
        }
        const bool idPrefix = !r.container.isEmpty() && subject.id.startsWith(r.container) &&
                              std::all_of(r.container.cbegin(), r.container.cend(), [](QChar c) {
                                  return c.isDigit() || (c >= u'a' && c <= u'f');
                              });
        if ((r.container == subject.name || idPrefix) &&
            (!created.isValid() || !r.time.isValid() || r.time >= created.addSecs(-1))) {
            out.append(&r);
        }
    }
    return out;
}

QString sourceName(const QString& source)
{
    return source == QLatin1String("audit") ? Checks::tr("audit log") : Checks::tr("daemon event log");
}

// What the history was read from: "the daemon's event log since T" and/or "the host's audit log since T".
QString coverage(const ExecHistory& history)
{
    QStringList parts;
    for (const ExecSource& src : history.sources) {
        if (!src.read) {
            continue;
        }
        const QString since = src.since.isValid() ? src.since.toString(Qt::ISODate) : QString();
        if (src.source == QLatin1String("events")) {
            // Fewer events than the daemon keeps: none has been pushed out since it started.
            QString text =
                src.records < ExecHistoryCollector::DaemonEventsKept || since.isEmpty()
                    ? Checks::tr("the daemon's event log since the daemon started (%n event(s))", nullptr, src.records)
                    : Checks::tr("the daemon's event log since %1 (it keeps its latest %2 events)")
                          .arg(since)
                          .arg(ExecHistoryCollector::DaemonEventsKept);
            if (src.notInspected > 0) {
                text += Checks::tr(", %n exec(s) not inspected", nullptr, src.notInspected);
            }
            parts.append(text);
        } else if (src.records > 0) { // an audit log that never saw docker run does not watch it
            parts.append(since.isEmpty() ? Checks::tr("the host's audit log %1").arg(src.path)
                                         : Checks::tr("the host's audit log %1 since %2").arg(src.path, since));
        }
    }
    return parts.join(QStringLiteral("; "));
}

// Skipped with the reason when no source could be read; nullopt when the checks can judge.
std::optional<Outcome> execHistoryUnavailable(const Snapshot& s)
{
    if (!s.execHistory.collected) {
        return Outcome::skipped(Checks::tr("This snapshot has no exec history: the audit left the containers out, or "
                                           "an older Escut collected it."));
    }
    if (!coverage(s.execHistory).isEmpty()) {
        return std::nullopt;
    }
    QStringList reasons;
    for (const ExecSource& src : s.execHistory.sources) {
        const QString error = src.read ? Checks::tr("it records no docker command") : src.error;
        reasons.append(QStringLiteral("%1: %2").arg(sourceName(src.source), elided(error, 160)));
    }
    return Outcome::skipped(Checks::tr("No exec history could be read (%1).").arg(reasons.join(QStringLiteral("; "))));
}

// One exec for evidence: "sh at 2026-12-07T10:00:00Z (daemon event log)"; never its arguments.
QString execShown(const ExecRecord& r, const QString& how = {})
{
    const QString program = r.entrypoint.isEmpty() ? QStringLiteral("?") : elided(r.entrypoint, 40);
    const QString time = r.time.isValid() ? r.time.toString(Qt::ISODate) : QStringLiteral("?");
    return how.isEmpty() ? Checks::tr("%1 at %2 (%3)").arg(program, time, sourceName(r.source))
                         : Checks::tr("%1 at %2 %3 (%4)").arg(program, time, how, sourceName(r.source));
}

// At most five, then how many more.
QString listed(const QStringList& items)
{
    constexpr qsizetype Shown = 5;
    QString text = items.mid(0, Shown).join(QStringLiteral(", "));
    if (items.size() > Shown) {
        text += Checks::tr(" and %n more", nullptr, int(items.size() - Shown));
    }
    return text;
}

// Execs of this container that could not be judged (the daemon no longer knew them): said in a pass.
QString unknownNote(const QList<const ExecRecord*>& execs)
{
    const auto unknown = std::count_if(execs.cbegin(), execs.cend(), [](const ExecRecord* r) { return !r->known; });
    return unknown > 0
               ? Checks::tr(" %n exec(s) the daemon no longer knows could not be judged.", nullptr, int(unknown))
               : QString();
}

// 5.23
Outcome execPrivileged(const Snapshot& s, const Subject& subject)
{
    if (auto unavailable = execHistoryUnavailable(s)) {
        return *unavailable;
    }
    const QList<const ExecRecord*> execs = execsOf(s, subject);
    QStringList privileged;
    for (const ExecRecord* r : execs) {
        if (r->known && r->privileged) {
            privileged.append(execShown(*r));
        }
    }
    if (!privileged.isEmpty()) {
        return Outcome::fail(Checks::tr("docker exec --privileged ran in this container: %1.").arg(listed(privileged)));
    }
    return Outcome::pass(Checks::tr("No docker exec --privileged in %1.").arg(coverage(s.execHistory)) +
                         unknownNote(execs));
}

// 5.24
Outcome execRoot(const Snapshot& s, const Subject& subject)
{
    if (auto unavailable = execHistoryUnavailable(s)) {
        return *unavailable;
    }
    const QList<const ExecRecord*> execs = execsOf(s, subject);
    // Without --user an exec runs as the container's user: root when that is root.
    const QString containerUser = subject.config.value(QStringLiteral("User")).toString();
    const ImageProbeFact* probe = s.imageAnalysis.probe(subject.data.value(QStringLiteral("Image")).toString());
    const bool containerRoot = isRootUser(containerUser, probe ? probe->rootNames : QStringList());
    QStringList asRoot;
    for (const ExecRecord* r : execs) {
        if (!r->known) {
            continue;
        }
        if (!r->user.isEmpty() && isRootUser(r->user)) {
            asRoot.append(execShown(*r, Checks::tr("with --user %1").arg(elided(r->user, 40))));
        } else if (r->user.isEmpty() && containerRoot) {
            asRoot.append(execShown(*r, Checks::tr("without --user, so as the container's user, root")));
        }
    }
    if (!asRoot.isEmpty()) {
        return Outcome::warn(Checks::tr("docker exec ran as root in this container: %1.").arg(listed(asRoot)));
    }
    return Outcome::pass(Checks::tr("No docker exec ran as root in %1.").arg(coverage(s.execHistory)) +
                         unknownNote(execs));
}

} // namespace

void addCisContainerChecks(QList<CheckDef>& out)
{
    out.append({
        {"container.sshd",
         Layer::Container,
         Scope::Container,
         Severity::Medium,
         "5.7",
         "",
         QT_TRANSLATE_NOOP("Checks", "No SSH server runs in the container"),
         QT_TRANSLATE_NOOP("Checks",
                           "An SSH server in a container is one more service to patch, one more set of keys and "
                           "passwords to manage, and a way in that bypasses the daemon's access control."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove the SSH server from the image and use docker exec (or the orchestrator's "
                           "equivalent) when someone has to get into the container."),
         "",
         sshServer},
        {"container.privileged-ports",
         Layer::Container,
         Scope::Container,
         Severity::Low,
         "5.8",
         "",
         QT_TRANSLATE_NOOP("Checks", "No privileged host port is published"),
         QT_TRANSLATE_NOOP("Checks",
                           "Ports below 1024 are where the host's own services (ssh, http, dns) are expected: "
                           "a container on them can pass for one."),
         QT_TRANSLATE_NOOP("Checks",
                           "Publish on a host port above 1024 (-p 8080:80) and put a proxy in front when port "
                           "80 or 443 is needed."),
         "",
         privilegedPorts},
        {"container.published-ports",
         Layer::Container,
         Scope::Container,
         Severity::Info,
         "5.9",
         "",
         QT_TRANSLATE_NOOP("Checks", "Only the needed ports are published"),
         QT_TRANSLATE_NOOP("Checks",
                           "Every published port is a way in. -P publishes all the ports an image exposes, "
                           "whether the service needs them or not."),
         QT_TRANSLATE_NOOP("Checks", "Publish each needed port with -p, never -P, and remove the rest."),
         "",
         openPorts},
        {"container.devices",
         Layer::Container,
         Scope::Container,
         Severity::Medium,
         "5.18",
         "",
         QT_TRANSLATE_NOOP("Checks", "No host device is exposed"),
         QT_TRANSLATE_NOOP("Checks",
                           "A host device inside a container (a disk, /dev/mem, a GPU) is reached without the "
                           "host's file permissions: read and write access to a disk is access to every file "
                           "on it."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove --device and --device-cgroup-rule unless the container needs them, and "
                           "then give the least access (r instead of rwm)."),
         "",
         hostDevices},
        {"container.mount-propagation",
         Layer::Container,
         Scope::Container,
         Severity::High,
         "5.20",
         "",
         QT_TRANSLATE_NOOP("Checks", "No mount has shared propagation"),
         QT_TRANSLATE_NOOP("Checks",
                           "With shared propagation, mounts the container makes under the volume appear on "
                           "the host too, and the host's new mounts in the container."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove bind-propagation=shared and rshared (--mount ...,bind-propagation=shared, "
                           "-v src:dst:shared); the default, rprivate, keeps mounts apart."),
         "",
         mountPropagation},
        {"container.cgroup-parent",
         Layer::Container,
         Scope::Container,
         Severity::Low,
         "5.25",
         "",
         QT_TRANSLATE_NOOP("Checks", "Uses the default cgroup parent"),
         QT_TRANSLATE_NOOP("Checks",
                           "--cgroup-parent moves the container under another cgroup, whose limits may be "
                           "looser than those meant for containers."),
         QT_TRANSLATE_NOOP("Checks", "Remove --cgroup-parent unless it is needed, and confirm its limits."),
         "",
         cgroupParent},
        {"container.default-bridge",
         Layer::Container,
         Scope::Container,
         Severity::Low,
         "5.30",
         "",
         QT_TRANSLATE_NOOP("Checks", "Not on the default bridge"),
         QT_TRANSLATE_NOOP("Checks",
                           "On Docker's default bridge (docker0) every container can reach every other one "
                           "unless icc is off; user-defined networks isolate each application and resolve "
                           "names."),
         QT_TRANSLATE_NOOP("Checks",
                           "Create a network per application (docker network create app) and start its "
                           "containers with --network app."),
         "",
         defaultBridge},
        {"container.exec-privileged",
         Layer::Container,
         Scope::Container,
         Severity::High,
         "5.23",
         "",
         QT_TRANSLATE_NOOP("Checks", "No docker exec ran with --privileged"),
         QT_TRANSLATE_NOOP("Checks",
                           "docker exec --privileged gives the command every capability and lifts the "
                           "container's seccomp and AppArmor limits, whatever the container was started with."),
         QT_TRANSLATE_NOOP("Checks",
                           "Do not use docker exec --privileged; find out who ran it and why. The daemon keeps "
                           "its latest 256 events; audit /usr/bin/docker (auditctl -w /usr/bin/docker -k "
                           "docker) for a longer record."),
         "",
         execPrivileged},
        {"container.exec-root",
         Layer::Container,
         Scope::Container,
         Severity::Medium,
         "5.24",
         "",
         QT_TRANSLATE_NOOP("Checks", "No docker exec ran as root"),
         QT_TRANSLATE_NOOP("Checks",
                           "docker exec --user root (or 0) runs the command as root inside a container meant to "
                           "run as another user; without --user it runs as the container's user, root when "
                           "the container runs as root."),
         QT_TRANSLATE_NOOP("Checks",
                           "Run docker exec as the container's own non-root user (--user appuser), and run the "
                           "container itself as a non-root user."),
         "",
         execRoot},
    });
}

} // namespace escut
