// SPDX-License-Identifier: GPL-3.0-or-later
// host.* checks: the machine under dockerd (seed 002 "Seguridad en el host"; CIS Docker Benchmark v1.6.0
// section 1), over the facts of HostFactsCollector.
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"
#include "core/checks/catalogue/HostHelpers.h"
#include "core/tools/HostParsers.h"

#include <QJsonArray>

namespace escut
{

using namespace checkhelpers;
using namespace hostchecks;

namespace
{

QString listed(QStringList names, int max = 8)
{
    if (names.size() > max) {
        const int more = int(names.size()) - max;
        names = names.mid(0, max);
        return Checks::tr("%1 and %n more", nullptr, more).arg(names.join(QStringLiteral(", ")));
    }
    return names.join(QStringLiteral(", "));
}

Outcome updates(const Snapshot& s, const Subject&)
{
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    const UpdatesFact& u = s.host.updates;
    const QString kernel = u.kernel.isEmpty()
                               ? Checks::tr("running kernel unknown (%1)").arg(probeReason(u.kernelProbe))
                               : Checks::tr("running kernel %1").arg(u.kernel);
    if (!u.probe.ok()) {
        if (u.probe.state == Probe::State::NotInstalled) {
            return Outcome::skipped(
                Checks::tr("No package manager Escut knows (apt-get, dnf, zypper) was found; %1.").arg(kernel));
        }
        return Outcome::skipped(Checks::tr("%1; %2.").arg(probeReason(u.probe), kernel));
    }
    const QString source = u.cached ? Checks::tr("%1, remembered from an earlier audit: the package lists and "
                                                 "database have not changed since")
                                          .arg(u.probe.source)
                                    : u.probe.source;
    QStringList security;
    for (const UpdatesFact::Package& p : u.upgrades) {
        if (p.security) {
            security.append(p.name);
        }
    }
    const QString reboot = u.rebootRequired ? Checks::tr(" A reboot is pending (/var/run/reboot-required): the "
                                                         "running kernel or libraries are not the updated ones.")
                                            : QString();
    if (!security.isEmpty()) {
        return Outcome::fail(
            Checks::tr("%n security update(s) pending (%1), of %2 in all (%3); %4.", nullptr, int(security.size()))
                .arg(listed(security))
                .arg(u.upgrades.size())
                .arg(source, kernel) +
            reboot);
    }
    if (!u.upgrades.isEmpty()) {
        QStringList names;
        for (const UpdatesFact::Package& p : u.upgrades) {
            names.append(p.name);
        }
        return Outcome::warn(Checks::tr("%n update(s) pending, none from a security archive (%1: %2); %3.",
                                        nullptr,
                                        int(u.upgrades.size()))
                                 .arg(source, listed(names), kernel) +
                             reboot);
    }
    if (u.rebootRequired) {
        return Outcome::warn(Checks::tr("No update is pending (%1), but %2.").arg(source, kernel) + reboot);
    }
    return Outcome::pass(Checks::tr("No update is pending (%1); %2.").arg(source, kernel));
}

Outcome mac(const Snapshot& s, const Subject&)
{
    const bool daemonAppArmor = daemonHasSecurityOption(s, QStringLiteral("apparmor"));
    const bool daemonSelinux = daemonHasSecurityOption(s, QStringLiteral("selinux"));
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        if (daemonAppArmor || daemonSelinux) {
            return Outcome::pass(Checks::tr("docker info reports %1 in SecurityOptions (the host side is not "
                                            "visible from a remote endpoint).")
                                     .arg(daemonAppArmor ? QStringLiteral("apparmor") : QStringLiteral("selinux")));
        }
        return Outcome::skipped(reason);
    }
    const MacFact& m = s.host.mac;
    if (m.selinuxMode == QLatin1String("enforcing")) {
        if (daemonSelinux) {
            return Outcome::pass(Checks::tr("SELinux is enforcing (%1) and dockerd labels containers (docker info: "
                                            "name=selinux).")
                                     .arg(m.selinux.source));
        }
        return Outcome::warn(Checks::tr("SELinux is enforcing (%1) but dockerd runs without selinux-enabled: "
                                        "containers get no SELinux label.")
                                 .arg(m.selinux.source));
    }
    if (m.apparmorEnabled.value_or(false)) {
        if (!daemonAppArmor) {
            return Outcome::warn(Checks::tr("AppArmor is enabled in the kernel (%1: Y) but docker info does not "
                                            "report it: containers run unconfined.")
                                     .arg(m.apparmorModule.source));
        }
        if (m.apparmorStatus.ok()) {
            if (m.apparmorEnforce <= 0) {
                return Outcome::warn(Checks::tr("AppArmor is enabled but no profile is in enforce mode (%1: %2 in "
                                                "complain mode).")
                                         .arg(m.apparmorStatus.source)
                                         .arg(m.apparmorComplain));
            }
            return Outcome::pass(Checks::tr("AppArmor is enabled and enforcing: %1 profile(s) in enforce mode, %2 in "
                                            "complain mode (%3); dockerd applies it (docker info: name=apparmor).")
                                     .arg(m.apparmorEnforce)
                                     .arg(m.apparmorComplain)
                                     .arg(m.apparmorStatus.source));
        }
        return Outcome::pass(Checks::tr("AppArmor is enabled (%1: Y) and dockerd applies it (docker info: "
                                        "name=apparmor); the profile counts are unknown: %2")
                                 .arg(m.apparmorModule.source, probeReason(m.apparmorStatus)));
    }
    if (m.selinuxMode == QLatin1String("permissive")) {
        return Outcome::warn(
            Checks::tr("SELinux is permissive (%1): it logs denials but enforces nothing.").arg(m.selinux.source));
    }
    const QString apparmor = m.apparmorEnabled.has_value()
                                 ? Checks::tr("AppArmor is disabled (%1: N)").arg(m.apparmorModule.source)
                                 : Checks::tr("AppArmor is not in the kernel (no %1)").arg(m.apparmorModule.source);
    const QString selinux = m.selinuxMode.isEmpty() ? Checks::tr("SELinux is not in use (no %1)").arg(m.selinux.source)
                                                    : Checks::tr("SELinux is %1").arg(m.selinuxMode);
    return Outcome::fail(Checks::tr("No mandatory access control: %1; %2. Containers are confined by namespaces and "
                                    "seccomp only.")
                             .arg(apparmor, selinux));
}

Outcome firewall(const Snapshot& s, const Subject&)
{
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    // CIS 2.3: dockerd must be allowed to manage iptables (its isolation and NAT rules live there).
    if (const auto flag = flagBool(s, QStringLiteral("--iptables")); flag && !*flag) {
        return Outcome::fail(Checks::tr("dockerd runs with --iptables=false: Docker adds no isolation or NAT rules, "
                                        "and published ports are not filtered the way Docker expects."));
    }
    if (const auto value = configValue(s, QStringLiteral("iptables")); value && !value->toBool(true)) {
        return Outcome::fail(Checks::tr("daemon.json sets \"iptables\": false: Docker adds no isolation or NAT rules, "
                                        "and published ports are not filtered the way Docker expects."));
    }
    const FirewallFact& f = s.host.firewall;
    if (!f.probe.ok()) {
        return Outcome::skipped(probeReason(f.probe));
    }
    const bool dropPolicy = f.inputPolicy.compare(QLatin1String("drop"), Qt::CaseInsensitive) == 0 ||
                            f.inputPolicy.compare(QLatin1String("reject"), Qt::CaseInsensitive) == 0;
    const QString policy = f.inputPolicy.isEmpty() ? Checks::tr("no input chain") : f.inputPolicy;
    if (!dropPolicy && f.inputFilterRules == 0) {
        if (f.inputPolicy.isEmpty()) {
            return Outcome::fail(Checks::tr("No firewall filters incoming traffic: there is no input chain, so "
                                            "everything is accepted (%1).")
                                     .arg(f.probe.source));
        }
        return Outcome::fail(Checks::tr("No firewall filters incoming traffic: input policy %1 and no drop or reject "
                                        "rule reachable from it (%2).")
                                 .arg(policy, f.probe.source));
    }
    const QString input =
        Checks::tr("input policy %1, %n drop/reject rule(s)", nullptr, f.inputFilterRules).arg(policy);
    if (f.dockerUserChain && f.dockerUserRules == 0) {
        return Outcome::warn(Checks::tr("Incoming traffic is filtered (%1; %2), but the DOCKER-USER chain is empty: "
                                        "published container ports are forwarded before the input chain sees them.")
                                 .arg(input, f.probe.source));
    }
    if (f.dockerUserChain) {
        return Outcome::pass(Checks::tr("Incoming traffic is filtered (%1) and DOCKER-USER has %n rule(s) for "
                                        "container traffic (%2).",
                                        nullptr,
                                        f.dockerUserRules)
                                 .arg(input, f.probe.source));
    }
    return Outcome::pass(Checks::tr("Incoming traffic is filtered (%1; %2).").arg(input, f.probe.source));
}

Outcome dockerGroup(const Snapshot& s, const Subject&)
{
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    const DockerGroupFact& g = s.host.dockerGroup;
    if (!g.probe.ok()) {
        return Outcome::skipped(probeReason(g.probe));
    }
    if (!g.groupExists) {
        return Outcome::pass(
            Checks::tr("There is no docker group (%1): only root can use the Docker socket.").arg(g.probe.source));
    }
    if (g.members.isEmpty()) {
        return Outcome::pass(Checks::tr("The docker group has no members (%1).").arg(g.probe.source));
    }
    QStringList others;
    for (const QString& m : g.members) {
        if (!g.administrators.contains(m)) {
            others.append(m);
        }
    }
    if (!others.isEmpty()) {
        return Outcome::warn(
            Checks::tr("In the docker group but not administrators (sudo, wheel, admin): %1. Membership "
                       "of docker is root on this host (%2). Members: %3.")
                .arg(listed(others), g.probe.source, listed(g.members)));
    }
    return Outcome::pass(Checks::tr("The docker group's members (%1) are all administrators already (%2); "
                                    "membership is root-equivalent, keep it that way.")
                             .arg(listed(g.members), g.probe.source));
}

Outcome dockerPartition(const Snapshot& s, const Subject&)
{
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    const StorageFact& d = s.host.dataRoot;
    if (d.path.isEmpty()) {
        return Outcome::skipped(Checks::tr("docker info reports no DockerRootDir."));
    }
    if (!d.mount.ok()) {
        return Outcome::skipped(probeReason(d.mount));
    }
    const StorageFact& root = s.host.rootFilesystem;
    const bool sameDeviceAsRoot = root.mount.ok() && root.device() == d.device();
    if (d.target == QLatin1String("/")) {
        return Outcome::fail(Checks::tr("%1 is on the root filesystem (%2 %3 at /, findmnt): a full data root fills "
                                        "the system's disk.")
                                 .arg(d.path, d.source, d.fstype));
    }
    if (sameDeviceAsRoot && d.source.contains(QLatin1Char('['))) {
        return Outcome::fail(Checks::tr("%1 is mounted at %2 but it is a bind mount of %3, the root filesystem's "
                                        "device (findmnt): not a separate partition.")
                                 .arg(d.path, d.target, d.source));
    }
    if (sameDeviceAsRoot) {
        return Outcome::warn(Checks::tr("%1 is mounted at %2 from %3, the same device as / (findmnt): it shares the "
                                        "root filesystem's space.")
                                 .arg(d.path, d.target, d.source));
    }
    return Outcome::pass(Checks::tr("%1 is on its own filesystem: %2 (%3) mounted at %4 (findmnt).")
                             .arg(d.path, d.source, d.fstype, d.target));
}

struct AuditTarget
{
    const char* key;
    const char* cis;
};

// CIS Docker Benchmark v1.6.0, 1.1.3 to 1.1.18.
const AuditTarget s_auditTargets[] = {
    {"dockerd", "1.1.3"},
    {"/run/containerd", "1.1.4"},
    {"/var/lib/docker", "1.1.5"},
    {"/etc/docker", "1.1.6"},
    {"docker.service", "1.1.7"},
    {"containerd.sock", "1.1.8"},
    {"docker.socket", "1.1.9"},
    {"/etc/default/docker", "1.1.10"},
    {"daemon.json", "1.1.11"},
    {"/etc/containerd/config.toml", "1.1.12"},
    {"/etc/sysconfig/docker", "1.1.13"},
    {"containerd", "1.1.14"},
    {"containerd-shim", "1.1.15"},
    {"containerd-shim-runc-v1", "1.1.16"},
    {"containerd-shim-runc-v2", "1.1.17"},
    {"runc", "1.1.18"},
};

Outcome auditRules(const Snapshot& s, const Subject&)
{
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    const AuditFact& a = s.host.audit;
    if (!a.probe.ok()) {
        return Outcome::skipped(probeReason(a.probe));
    }
    const QStringList watched = HostParsers::auditWatchedPaths(a.rules);
    QStringList missing;
    QStringList covered;
    for (const AuditTarget& t : s_auditTargets) {
        const QString path = a.targets.value(QString::fromLatin1(t.key));
        if (path.isEmpty()) {
            continue; // not on this host: nothing to audit
        }
        if (watched.contains(path)) {
            covered.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(t.cis), path));
        } else {
            missing.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(t.cis), path));
        }
    }
    if (missing.isEmpty() && covered.isEmpty()) {
        return Outcome::info(Checks::tr("None of the files CIS 1.1.3-1.1.18 audit exist on this host."));
    }
    if (missing.isEmpty()) {
        return Outcome::pass(Checks::tr("auditd watches every Docker file on this host (%1): %2.")
                                 .arg(a.probe.source, covered.join(QStringLiteral(", "))));
    }
    const QString text = Checks::tr("No audit rule for %n Docker file(s) (%1): %2.", nullptr, int(missing.size()))
                             .arg(a.probe.source, missing.join(QStringLiteral(", ")));
    return covered.isEmpty() ? Outcome::fail(text) : Outcome::warn(text);
}

Outcome contentTrustEnv(const Snapshot& s, const Subject&)
{
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    const ContentTrustFact& t = s.host.contentTrust;
    QStringList on;
    QStringList off;
    QStringList notExported;
    QStringList looked;
    for (const ContentTrustFact::File& f : t.files) {
        if (!f.exists) {
            continue;
        }
        looked.append(f.path);
        if (f.value.isEmpty()) {
            continue;
        }
        const QString where = QStringLiteral("%1:%2").arg(f.path).arg(f.line);
        // The Docker CLI turns content trust on for any value that strconv.ParseBool does not read as false.
        if (parseGoBool(f.value) == std::optional<bool>(false)) {
            off.append(QStringLiteral("%1 (DOCKER_CONTENT_TRUST=%2)").arg(where, f.value));
        } else if (!f.exported) {
            notExported.append(where);
        } else {
            on.append(where);
        }
    }
    if (!off.isEmpty()) {
        return Outcome::fail(Checks::tr("Content trust is turned off in %1.").arg(off.join(QStringLiteral(", "))));
    }
    const bool environment =
        t.environment && !t.environment->isEmpty() && parseGoBool(*t.environment) != std::optional<bool>(false);
    if (!on.isEmpty()) {
        return Outcome::pass(Checks::tr("DOCKER_CONTENT_TRUST=1 is exported in %1%2.")
                                 .arg(on.join(QStringLiteral(", ")),
                                      environment ? Checks::tr(" and set in this environment") : QString()));
    }
    if (environment) {
        return Outcome::warn(Checks::tr("DOCKER_CONTENT_TRUST=1 is set in this environment only: no start file sets "
                                        "it (looked in %1), so new shells pull unsigned images.")
                                 .arg(listed(looked)));
    }
    if (!notExported.isEmpty()) {
        return Outcome::warn(Checks::tr("DOCKER_CONTENT_TRUST=1 is set but not exported in %1: docker does not see "
                                        "it.")
                                 .arg(notExported.join(QStringLiteral(", "))));
    }
    if (t.environment) {
        return Outcome::fail(Checks::tr("DOCKER_CONTENT_TRUST is %1 in this environment and no start file sets it "
                                        "to 1 (looked in %2).")
                                 .arg(*t.environment, listed(looked)));
    }
    return Outcome::fail(Checks::tr("DOCKER_CONTENT_TRUST is not set in this environment nor in any start file "
                                    "(looked in %1): docker pulls and runs unsigned images.")
                             .arg(looked.isEmpty() ? Checks::tr("no existing file") : listed(looked)));
}

} // namespace

void addHostChecks(QList<CheckDef>& out)
{
    out.append({
        {"host.updates",
         Layer::Host,
         Scope::Host,
         Severity::High,
         "1.2.1",
         "seed 002 host",
         QT_TRANSLATE_NOOP("Checks", "The host has no pending security updates"),
         QT_TRANSLATE_NOOP("Checks",
                           "A container shares the host's kernel, and dockerd, containerd and runc are host "
                           "packages: an unpatched kernel or runtime is an escape path for every container. Seed "
                           "002 starts host hardening with keeping the system updated."),
         QT_TRANSLATE_NOOP("Checks",
                           "Install the pending updates (apt-get update && apt-get upgrade, dnf upgrade, zypper "
                           "patch), reboot when the kernel changed, and turn on unattended security updates."),
         "",
         updates},
        {"host.mac",
         Layer::Host,
         Scope::Host,
         Severity::Medium,
         "1.2.1",
         "seed 002 host",
         QT_TRANSLATE_NOOP("Checks", "AppArmor or SELinux is enabled and enforcing"),
         QT_TRANSLATE_NOOP("Checks",
                           "Mandatory access control confines what a process may do even as root: with AppArmor "
                           "(docker-default profile) or SELinux labels, a compromised container cannot read or "
                           "write most of the host. Without it, only namespaces and seccomp stand in the way."),
         QT_TRANSLATE_NOOP("Checks",
                           "Enable AppArmor (apparmor=1 security=apparmor on the kernel command line, apt-get install "
                           "apparmor) or SELinux in enforcing mode (and selinux-enabled in daemon.json), then "
                           "restart dockerd."),
         "",
         mac},
        {"host.firewall",
         Layer::Host,
         Scope::Host,
         Severity::Medium,
         "2.4",
         "seed 002 host",
         QT_TRANSLATE_NOOP("Checks", "A firewall filters the host and Docker manages iptables"),
         QT_TRANSLATE_NOOP("Checks",
                           "A host firewall limits what can reach the host's services. Docker publishes container "
                           "ports by DNAT in iptables, before the input chain: rules for container traffic belong "
                           "in the DOCKER-USER chain. With iptables disabled in dockerd, Docker's isolation rules "
                           "are missing."),
         QT_TRANSLATE_NOOP("Checks",
                           "Set a drop policy (or drop rules) on the input chain with nftables, iptables, ufw or "
                           "firewalld, filter published ports in DOCKER-USER, and leave dockerd's iptables "
                           "setting at its default (true)."),
         "",
         firewall},
        {"host.docker-group",
         Layer::Host,
         Scope::Host,
         Severity::High,
         "1.1.2",
         "seed 002 host",
         QT_TRANSLATE_NOOP("Checks", "Only administrators are in the docker group"),
         QT_TRANSLATE_NOOP("Checks",
                           "Whoever can use the Docker socket can run 'docker run -v /:/host --privileged' and own "
                           "the host: membership of the docker group is root without a password or a log entry."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove users who are not administrators from the group (gpasswd -d USER docker); give "
                           "others sudo rules for specific commands, or rootless Docker."),
         "",
         dockerGroup},
        {"host.docker-partition",
         Layer::Host,
         Scope::Host,
         Severity::Low,
         "1.1.1",
         "seed 002 host",
         QT_TRANSLATE_NOOP("Checks", "Docker's data root is on its own partition"),
         QT_TRANSLATE_NOOP("Checks",
                           "Images, containers and volumes grow without bound. On the root filesystem they can "
                           "fill the disk that the system, its logs and its security tools need."),
         QT_TRANSLATE_NOOP("Checks",
                           "Put /var/lib/docker (or the data-root of daemon.json) on its own partition or logical "
                           "volume, mounted at boot through /etc/fstab."),
         "",
         dockerPartition},
        {"host.audit-rules",
         Layer::Host,
         Scope::Host,
         Severity::Medium,
         "1.1.3 1.1.4 1.1.5 1.1.6 1.1.7 1.1.8 1.1.9 1.1.10 1.1.11 1.1.12 1.1.13 1.1.14 1.1.15 1.1.16 1.1.17 1.1.18",
         "",
         QT_TRANSLATE_NOOP("Checks", "auditd watches Docker's binaries and files"),
         QT_TRANSLATE_NOOP("Checks",
                           "Audit rules on dockerd, containerd, runc, the data root and the configuration files "
                           "record who changed or ran them: the trail you need after an incident."),
         QT_TRANSLATE_NOOP("Checks",
                           "Add a watch for each missing path to /etc/audit/rules.d/docker.rules (for example "
                           "-w /usr/bin/dockerd -k docker) and load it with augenrules --load."),
         "",
         auditRules},
        {"host.content-trust-env",
         Layer::Host,
         Scope::Host,
         Severity::Medium,
         "4.5",
         "seed 002 host",
         QT_TRANSLATE_NOOP("Checks", "Docker Content Trust is on for the shell"),
         QT_TRANSLATE_NOOP("Checks",
                           "With DOCKER_CONTENT_TRUST=1 the docker client pulls, runs and builds only signed "
                           "images. Seed 002 says to export it in .bashrc, so that every new shell has it."),
         QT_TRANSLATE_NOOP("Checks",
                           "Add 'export DOCKER_CONTENT_TRUST=1' to ~/.bashrc (or /etc/profile.d for every "
                           "user) and open a new shell."),
         "fix.content-trust-env",
         contentTrustEnv},
    });
}

} // namespace escut
