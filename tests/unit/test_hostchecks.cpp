// SPDX-License-Identifier: GPL-3.0-or-later
// host.*, container.encrypted-volumes, host.encrypted-docker-root and monitor.* over snapshots: a hardened host
// where every check passes, changed one fact per row to make it fail, warn or skip.
#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/facts/Snapshot.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace escut;

namespace
{

Probe ok(const char* source)
{
    return {Probe::State::Ok, QString::fromLatin1(source), {}};
}

StorageFact encrypted(const QString& path, const QString& target)
{
    StorageFact f;
    f.path = path;
    f.mount = ok("findmnt -J -T");
    f.target = target;
    f.source = QStringLiteral("/dev/mapper/vg-docker");
    f.fstype = QStringLiteral("ext4");
    f.blocks = ok("lsblk -J -s");
    f.devices = {{QStringLiteral("vg-docker"), QStringLiteral("lvm"), QStringLiteral("ext4")},
                 {QStringLiteral("luks-3f2a"), QStringLiteral("crypt"), QStringLiteral("LVM2_member")},
                 {QStringLiteral("nvme0n1p3"), QStringLiteral("part"), QStringLiteral("crypto_LUKS")},
                 {QStringLiteral("nvme0n1"), QStringLiteral("disk"), QString()}};
    f.cipherProbe = ok("cryptsetup status luks-3f2a");
    f.cipher = QStringLiteral("aes-xts-plain64");
    return f;
}

StorageFact plain(const QString& path)
{
    StorageFact f;
    f.path = path;
    f.mount = ok("findmnt -J -T");
    f.target = QStringLiteral("/");
    f.source = QStringLiteral("/dev/vda");
    f.fstype = QStringLiteral("ext4");
    f.blocks = ok("lsblk -J -s");
    f.devices = {{QStringLiteral("vda"), QStringLiteral("disk"), QString()}};
    f.fscryptProbe = ok("fscrypt status");
    f.attributes = ok("statx");
    f.encryptedAttr = false;
    return f;
}

QJsonObject container(const char* name, const char* image, const QJsonArray& mounts)
{
    return QJsonObject{{QStringLiteral("Id"), QString::fromLatin1(name) + QStringLiteral("-id")},
                       {QStringLiteral("Name"), QStringLiteral("/") + QString::fromLatin1(name)},
                       {QStringLiteral("Config"), QJsonObject{{QStringLiteral("Image"), QString::fromLatin1(image)}}},
                       {QStringLiteral("State"), QJsonObject{{QStringLiteral("Running"), true}}},
                       {QStringLiteral("Mounts"), mounts}};
}

QJsonObject mount(const char* type, const char* source, const char* destination)
{
    return QJsonObject{{QStringLiteral("Type"), QString::fromLatin1(type)},
                       {QStringLiteral("Source"), QString::fromLatin1(source)},
                       {QStringLiteral("Destination"), QString::fromLatin1(destination)}};
}

// A hardened Debian host where every check of these layers passes.
Snapshot hardened()
{
    Snapshot s;
    s.hostFactsCollected = true;
    s.endpoint.url = QStringLiteral("unix:///var/run/docker.sock");
    s.endpoint.socketPath = QStringLiteral("/var/run/docker.sock");
    s.info = QJsonObject{{QStringLiteral("ID"), QStringLiteral("HOST")},
                         {QStringLiteral("DockerRootDir"), QStringLiteral("/var/lib/docker")},
                         {QStringLiteral("SecurityOptions"),
                          QJsonArray{QStringLiteral("name=apparmor"), QStringLiteral("name=seccomp,profile=default")}}};
    DaemonConfigFact config;
    config.path = QStringLiteral("/etc/docker/daemon.json");
    config.exists = true;
    config.readable = true;
    config.text = R"({"metrics-addr": "127.0.0.1:9323", "icc": false})";
    s.setDaemonConfigFact(config);
    s.containers = {container("db",
                              "mariadb:11",
                              {mount("bind", "/srv/db", "/var/lib/mysql"),
                               mount("volume", "/var/lib/docker/volumes/data/_data", "/data"),
                               mount("tmpfs", "", "/tmp")}),
                    container("stateless", "nginx:1.27", {}),
                    container("falco", "falcosecurity/falco:0.39.2", {}),
                    container("prom", "prom/prometheus:v2.54.1", {})};

    HostFacts& h = s.host;
    h.collected = true;
    h.updates.probe = ok("apt-get -s upgrade");
    h.updates.manager = QStringLiteral("apt");
    h.updates.kernelProbe = ok("/proc/sys/kernel/osrelease");
    h.updates.kernel = QStringLiteral("6.1.0-28-amd64");
    h.mac.apparmorModule = ok("/sys/module/apparmor/parameters/enabled");
    h.mac.apparmorEnabled = true;
    h.mac.apparmorStatus = ok("aa-status --json");
    h.mac.apparmorEnforce = 12;
    h.mac.apparmorComplain = 0;
    h.mac.selinux = {Probe::State::Unavailable, QStringLiteral("/sys/fs/selinux/enforce"), {}};
    h.firewall.probe = ok("nft -j list ruleset");
    h.firewall.backend = QStringLiteral("nft");
    h.firewall.inputPolicy = QStringLiteral("drop");
    h.firewall.inputFilterRules = 2;
    h.firewall.dockerUserChain = true;
    h.firewall.dockerUserRules = 1;
    h.dockerGroup.probe = ok("/etc/group, /etc/passwd");
    h.dockerGroup.groupExists = true;
    h.dockerGroup.members = {QStringLiteral("alice")};
    h.dockerGroup.administrators = {QStringLiteral("alice"), QStringLiteral("root")};
    h.rootFilesystem = plain(QStringLiteral("/"));
    h.rootFilesystem.source = QStringLiteral("/dev/nvme0n1p2");
    h.dataRoot = encrypted(QStringLiteral("/var/lib/docker"), QStringLiteral("/var/lib/docker"));
    h.mountSources = {
        encrypted(QStringLiteral("/srv/db"), QStringLiteral("/srv")),
        encrypted(QStringLiteral("/var/lib/docker/volumes/data/_data"), QStringLiteral("/var/lib/docker"))};
    h.contentTrust.probe = ok("environment");
    h.contentTrust.files = {{QStringLiteral("/root/.bashrc"), true, {}, QStringLiteral("1"), 120, true},
                            {QStringLiteral("/root/.zshrc"), false, {}, {}, 0, false}};
    h.audit.probe = ok("auditctl -l");
    const QList<std::pair<QString, QString>> targets{
        {QStringLiteral("dockerd"), QStringLiteral("/usr/bin/dockerd")},
        {QStringLiteral("/var/lib/docker"), QStringLiteral("/var/lib/docker")},
        {QStringLiteral("/etc/docker"), QStringLiteral("/etc/docker")},
        {QStringLiteral("docker.service"), QStringLiteral("/lib/systemd/system/docker.service")},
        {QStringLiteral("docker.socket"), QStringLiteral("/lib/systemd/system/docker.socket")},
        {QStringLiteral("/etc/default/docker"), QStringLiteral("/etc/default/docker")},
        {QStringLiteral("daemon.json"), QStringLiteral("/etc/docker/daemon.json")},
        {QStringLiteral("containerd"), QStringLiteral("/usr/bin/containerd")},
        {QStringLiteral("runc"), QStringLiteral("/usr/sbin/runc")}};
    for (const auto& [key, path] : targets) {
        h.audit.targets.insert(key, path);
        h.audit.rules.append(QStringLiteral("-w %1 -p rwxa -k docker").arg(path));
    }
    h.monitoring.systemd = ok("systemctl is-active");
    h.monitoring.services = {{QStringLiteral("auditd"), QStringLiteral("active")},
                             {QStringLiteral("falco"), QStringLiteral("inactive")},
                             {QStringLiteral("falco-modern-bpf"), QStringLiteral("active")},
                             {QStringLiteral("prometheus"), QStringLiteral("inactive")}};
    h.monitoring.processes = ok("/proc/*/comm");
    h.monitoring.running = {QStringLiteral("auditd"), QStringLiteral("falco")};
    h.monitoring.binaries = {{QStringLiteral("auditd"), QStringLiteral("/usr/sbin/auditd")},
                             {QStringLiteral("falco"), QStringLiteral("/usr/bin/falco")}};
    return s;
}

void setConfig(Snapshot& s, const QByteArray& text)
{
    DaemonConfigFact config = s.daemonConfigFact;
    config.text = text;
    s.setDaemonConfigFact(config);
}

void remote(Snapshot& s)
{
    s.hostFactsCollected = false;
    s.host = HostFacts();
    s.endpoint.url = QStringLiteral("tcp://10.0.0.5:2376");
    s.endpoint.socketPath.clear();
}

struct Row
{
    const char* name;
    const char* check;
    const char* subject; // container name for container checks, nullptr for host checks
    void (*change)(Snapshot&);
    const char* status;
    const char* evidence;
};

const Row s_rows[] = {
    // host.updates
    {"updates none",
     "host.updates",
     nullptr,
     [](Snapshot&) {},
     "pass",
     "No update is pending (apt-get -s upgrade); running kernel 6.1.0-28-amd64"},
    {"updates security",
     "host.updates",
     nullptr,
     [](Snapshot& s) {
         s.host.updates.upgrades = {{QStringLiteral("openssl"), QStringLiteral("3.0.15-1~deb12u1"), true},
                                    {QStringLiteral("tzdata"), QStringLiteral("2024b"), false}};
     },
     "fail",
     "1 security update(s) pending (openssl), of 2 in all"},
    {"updates regular",
     "host.updates",
     nullptr,
     [](Snapshot& s) {
         s.host.updates.upgrades = {{QStringLiteral("tzdata"), QStringLiteral("2024b"), false}};
     },
     "warn",
     "none from a security archive"},
    {"updates reboot",
     "host.updates",
     nullptr,
     [](Snapshot& s) { s.host.updates.rebootRequired = true; },
     "warn",
     "/var/run/reboot-required"},
    {"updates no manager",
     "host.updates",
     nullptr,
     [](Snapshot& s) {
         s.host.updates.probe = {Probe::State::NotInstalled, QStringLiteral("apt-get, dnf, zypper"), {}};
     },
     "skipped",
     "No package manager"},
    {"updates timeout",
     "host.updates",
     nullptr,
     [](Snapshot& s) {
         s.host.updates.probe = {Probe::State::Failed,
                                 QStringLiteral("apt-get -s upgrade"),
                                 QStringLiteral("apt-get did not finish within 60 seconds")};
     },
     "skipped",
     "apt-get -s upgrade failed: apt-get did not finish"},
    {"updates remote",
     "host.updates",
     nullptr,
     remote,
     "skipped",
     "only visible for a local daemon (tcp://10.0.0.5:2376)"},
    {"updates not collected",
     "host.updates",
     nullptr,
     [](Snapshot& s) { s.host = HostFacts(); },
     "skipped",
     "no host facts"},
    // host.mac
    {"mac apparmor", "host.mac", nullptr, [](Snapshot&) {}, "pass", "12 profile(s) in enforce mode"},
    {"mac apparmor no root",
     "host.mac",
     nullptr,
     [](Snapshot& s) {
         s.host.mac.apparmorStatus = {Probe::State::PermissionDenied, QStringLiteral("aa-status --json"), {}};
     },
     "pass",
     "aa-status --json needs root"},
    {"mac apparmor no profiles",
     "host.mac",
     nullptr,
     [](Snapshot& s) { s.host.mac.apparmorEnforce = 0; },
     "warn",
     "no profile is in enforce mode"},
    {"mac apparmor daemon unaware",
     "host.mac",
     nullptr,
     [](Snapshot& s) { s.info.insert(QStringLiteral("SecurityOptions"), QJsonArray{QStringLiteral("name=seccomp")}); },
     "warn",
     "docker info does not report it"},
    {"mac none",
     "host.mac",
     nullptr,
     [](Snapshot& s) {
         s.host.mac.apparmorEnabled.reset();
         s.host.mac.apparmorModule.state = Probe::State::Unavailable;
         s.info.insert(QStringLiteral("SecurityOptions"), QJsonArray{QStringLiteral("name=seccomp")});
     },
     "fail",
     "No mandatory access control: AppArmor is not in the kernel"},
    {"mac selinux enforcing",
     "host.mac",
     nullptr,
     [](Snapshot& s) {
         s.host.mac.apparmorEnabled.reset();
         s.host.mac.selinux = ok("/sys/fs/selinux/enforce");
         s.host.mac.selinuxMode = QStringLiteral("enforcing");
         s.info.insert(QStringLiteral("SecurityOptions"), QJsonArray{QStringLiteral("name=selinux")});
     },
     "pass",
     "SELinux is enforcing"},
    {"mac selinux permissive",
     "host.mac",
     nullptr,
     [](Snapshot& s) {
         s.host.mac.apparmorEnabled = false;
         s.host.mac.selinux = ok("getenforce");
         s.host.mac.selinuxMode = QStringLiteral("permissive");
     },
     "warn",
     "SELinux is permissive"},
    {"mac remote with apparmor", "host.mac", nullptr, remote, "pass", "docker info reports apparmor"},
    // host.firewall
    {"firewall filtered", "host.firewall", nullptr, [](Snapshot&) {}, "pass", "DOCKER-USER has 1 rule(s)"},
    {"firewall open",
     "host.firewall",
     nullptr,
     [](Snapshot& s) {
         s.host.firewall.inputPolicy = QStringLiteral("ACCEPT");
         s.host.firewall.inputFilterRules = 0;
     },
     "fail",
     "input policy ACCEPT and no drop or reject rule"},
    {"firewall no input chain",
     "host.firewall",
     nullptr,
     [](Snapshot& s) {
         s.host.firewall.inputPolicy.clear();
         s.host.firewall.inputFilterRules = 0;
     },
     "fail",
     "there is no input chain"},
    {"firewall docker-user empty",
     "host.firewall",
     nullptr,
     [](Snapshot& s) { s.host.firewall.dockerUserRules = 0; },
     "warn",
     "DOCKER-USER chain is empty"},
    {"firewall iptables off in daemon.json",
     "host.firewall",
     nullptr,
     [](Snapshot& s) { setConfig(s, R"({"iptables": false})"); },
     "fail",
     "\"iptables\": false"},
    {"firewall iptables off on the command line",
     "host.firewall",
     nullptr,
     [](Snapshot& s) {
         s.daemonCommandLine = {QStringLiteral("dockerd"), QStringLiteral("--iptables=false")};
     },
     "fail",
     "--iptables=false"},
    {"firewall not root",
     "host.firewall",
     nullptr,
     [](Snapshot& s) {
         s.host.firewall.probe = {Probe::State::PermissionDenied, QStringLiteral("nft -j list ruleset"), {}};
     },
     "skipped",
     "nft -j list ruleset needs root"},
    // host.docker-group
    {"group admins only", "host.docker-group", nullptr, [](Snapshot&) {}, "pass", "all administrators already"},
    {"group others",
     "host.docker-group",
     nullptr,
     [](Snapshot& s) {
         s.host.dockerGroup.members = {QStringLiteral("alice"), QStringLiteral("bob")};
     },
     "warn",
     "not administrators (sudo, wheel, admin): bob"},
    {"group empty",
     "host.docker-group",
     nullptr,
     [](Snapshot& s) { s.host.dockerGroup.members.clear(); },
     "pass",
     "no members"},
    {"group absent",
     "host.docker-group",
     nullptr,
     [](Snapshot& s) { s.host.dockerGroup.groupExists = false; },
     "pass",
     "There is no docker group"},
    {"group unreadable",
     "host.docker-group",
     nullptr,
     [](Snapshot& s) {
         s.host.dockerGroup.probe = {Probe::State::PermissionDenied, QStringLiteral("/etc/group"), {}};
     },
     "skipped",
     "/etc/group needs root"},
    // host.docker-partition
    {"partition own",
     "host.docker-partition",
     nullptr,
     [](Snapshot&) {},
     "pass",
     "on its own filesystem: /dev/mapper/vg-docker"},
    {"partition root",
     "host.docker-partition",
     nullptr,
     [](Snapshot& s) { s.host.dataRoot = plain(QStringLiteral("/var/lib/docker")); },
     "fail",
     "is on the root filesystem"},
    {"partition bind",
     "host.docker-partition",
     nullptr,
     [](Snapshot& s) {
         s.host.dataRoot = plain(QStringLiteral("/var/lib/docker"));
         s.host.dataRoot.target = QStringLiteral("/var/lib/docker");
         s.host.dataRoot.source = QStringLiteral("/dev/nvme0n1p2[/var/lib/docker]");
     },
     "fail",
     "bind mount of /dev/nvme0n1p2[/var/lib/docker]"},
    {"partition no findmnt",
     "host.docker-partition",
     nullptr,
     [](Snapshot& s) {
         s.host.dataRoot.mount = {Probe::State::NotInstalled, QStringLiteral("findmnt -J -T /var/lib/docker"), {}};
     },
     "skipped",
     "apt-get install util-linux"},
    // host.audit-rules
    {"audit all", "host.audit-rules", nullptr, [](Snapshot&) {}, "pass", "1.1.18 /usr/sbin/runc"},
    {"audit some",
     "host.audit-rules",
     nullptr,
     [](Snapshot& s) { s.host.audit.rules.removeLast(); },
     "warn",
     "No audit rule for 1 Docker file(s) (auditctl -l): 1.1.18 /usr/sbin/runc"},
    {"audit none",
     "host.audit-rules",
     nullptr,
     [](Snapshot& s) { s.host.audit.rules.clear(); },
     "fail",
     "1.1.3 /usr/bin/dockerd"},
    {"audit not root",
     "host.audit-rules",
     nullptr,
     [](Snapshot& s) {
         s.host.audit.probe = {Probe::State::PermissionDenied, QStringLiteral("auditctl -l"), {}};
     },
     "skipped",
     "auditctl -l needs root: run the audit as root"},
    // host.content-trust-env
    {"trust bashrc", "host.content-trust-env", nullptr, [](Snapshot&) {}, "pass", "exported in /root/.bashrc:120"},
    {"trust absent",
     "host.content-trust-env",
     nullptr,
     [](Snapshot& s) { s.host.contentTrust.files.first().value.clear(); },
     "fail",
     "not set in this environment nor in any start file (looked in /root/.bashrc)"},
    {"trust off",
     "host.content-trust-env",
     nullptr,
     [](Snapshot& s) { s.host.contentTrust.files.first().value = QStringLiteral("0"); },
     "fail",
     "/root/.bashrc:120 (DOCKER_CONTENT_TRUST=0)"},
    {"trust environment only",
     "host.content-trust-env",
     nullptr,
     [](Snapshot& s) {
         s.host.contentTrust.files.first().value.clear();
         s.host.contentTrust.environment = QStringLiteral("1");
     },
     "warn",
     "this environment only"},
    {"trust not exported",
     "host.content-trust-env",
     nullptr,
     [](Snapshot& s) { s.host.contentTrust.files.first().exported = false; },
     "warn",
     "not exported"},
    // container.encrypted-volumes
    {"volumes encrypted",
     "container.encrypted-volumes",
     "db",
     [](Snapshot&) {},
     "pass",
     "/var/lib/mysql → /srv/db is on /dev/mapper/vg-docker, a dm-crypt device (lsblk -s: luks-3f2a); cipher "
     "aes-xts-plain64"},
    {"volumes none", "container.encrypted-volumes", "stateless", [](Snapshot&) {}, "info", "No bind or volume mounts"},
    {"volumes tmpfs only",
     "container.encrypted-volumes",
     "db",
     [](Snapshot& s) {
         for (StorageFact& f : s.host.mountSources) {
             f = plain(f.path);
             f.fstype = QStringLiteral("tmpfs");
             f.source = QStringLiteral("tmpfs");
         }
     },
     "info",
     "Only in-memory mounts, nothing at rest on a disk: /var/lib/mysql → /srv/db is on tmpfs"},
    {"volumes plain bind",
     "container.encrypted-volumes",
     "db",
     [](Snapshot& s) { s.host.mountSources.first() = plain(QStringLiteral("/srv/db")); },
     "fail",
     "1 mount(s) on unencrypted storage: /var/lib/mysql → /srv/db is on /dev/vda (ext4): no dm-crypt layer in vda "
     "(disk)"},
    {"volumes fscrypt",
     "container.encrypted-volumes",
     "db",
     [](Snapshot& s) {
         StorageFact f = plain(QStringLiteral("/srv/db"));
         f.fscrypt = true;
         f.fscryptUnlocked = true;
         f.fscryptOptions = QStringLiteral("padding:32 contents:AES_256_XTS filenames:AES_256_CTS policy_version:2");
         s.host.mountSources.first() = f;
     },
     "pass",
     "/srv/db is encrypted with fscrypt (padding:32 contents:AES_256_XTS"},
    // fscrypt status without /etc/fscrypt.conf cannot tell (the data-encryption lab keeps its configuration in the
    // lab root): the kernel's attribute decides, for an encrypted directory and for a plain one.
    {"volumes fscrypt without its configuration",
     "container.encrypted-volumes",
     "db",
     [](Snapshot& s) {
         StorageFact f = plain(QStringLiteral("/srv/db"));
         f.source = QStringLiteral("/dev/loop0");
         f.devices = {{QStringLiteral("loop0"), QStringLiteral("loop"), QString()}};
         f.fscryptProbe = {Probe::State::Failed,
                           QStringLiteral("fscrypt status /srv/db"),
                           QStringLiteral("fscrypt status cannot tell without its global configuration")};
         f.encryptedAttr = true;
         s.host.mountSources.first() = f;
     },
     "pass",
     "/srv/db has the kernel's encrypted attribute (statx: fscrypt policy)"},
    {"volumes plain without fscrypt configuration",
     "container.encrypted-volumes",
     "db",
     [](Snapshot& s) {
         StorageFact f = plain(QStringLiteral("/srv/db"));
         f.fscryptProbe = {Probe::State::Failed,
                           QStringLiteral("fscrypt status /srv/db"),
                           QStringLiteral("cannot tell")};
         s.host.mountSources.first() = f;
     },
     "fail",
     "and the directory is not fscrypt-encrypted (statx)"},
    {"volumes on xfs, fscrypt unknown",
     "container.encrypted-volumes",
     "db",
     [](Snapshot& s) {
         StorageFact f = plain(QStringLiteral("/srv/db"));
         f.fstype = QStringLiteral("xfs");
         f.fscryptProbe = {Probe::State::NotInstalled, QStringLiteral("fscrypt status /srv/db"), {}};
         f.encryptedAttr.reset();
         s.host.mountSources.first() = f;
     },
     "fail",
     "and xfs has no fscrypt support"},
    {"volumes unknown fscrypt",
     "container.encrypted-volumes",
     "db",
     [](Snapshot& s) {
         StorageFact f = plain(QStringLiteral("/srv/db"));
         f.fscryptProbe = {Probe::State::NotInstalled, QStringLiteral("fscrypt status /srv/db"), {}};
         f.encryptedAttr.reset();
         s.host.mountSources.first() = f;
     },
     "skipped",
     "fscrypt is not installed: install it (apt-get install fscrypt)"},
    {"volumes cipher needs root",
     "container.encrypted-volumes",
     "db",
     [](Snapshot& s) {
         s.host.mountSources.first().cipher.clear();
         s.host.mountSources.first().cipherProbe = {Probe::State::PermissionDenied,
                                                    QStringLiteral("cryptsetup status luks-3f2a"),
                                                    {}};
     },
     "pass",
     "the cipher needs root (cryptsetup status luks-3f2a)"},
    {"volumes remote", "container.encrypted-volumes", "db", remote, "skipped", "only visible for a local daemon"},
    // host.encrypted-docker-root
    {"data root encrypted", "host.encrypted-docker-root", nullptr, [](Snapshot&) {}, "pass", "dm-crypt device"},
    {"data root plain",
     "host.encrypted-docker-root",
     nullptr,
     [](Snapshot& s) { s.host.dataRoot = plain(QStringLiteral("/var/lib/docker")); },
     "fail",
     "no dm-crypt layer"},
    {"data root lsblk missing",
     "host.encrypted-docker-root",
     nullptr,
     [](Snapshot& s) {
         s.host.dataRoot = plain(QStringLiteral("/var/lib/docker"));
         s.host.dataRoot.blocks = {Probe::State::NotInstalled, QStringLiteral("lsblk -J -s"), {}};
     },
     "skipped",
     "lsblk is not installed"},
    // monitor.falco
    {"falco service", "monitor.falco", nullptr, [](Snapshot&) {}, "pass", "systemd service falco-modern-bpf"},
    {"falco container",
     "monitor.falco",
     nullptr,
     [](Snapshot& s) {
         s.host.monitoring.services.insert(QStringLiteral("falco-modern-bpf"), QStringLiteral("inactive"));
     },
     "pass",
     "container falco (falcosecurity/falco:0.39.2)"},
    {"falco installed idle",
     "monitor.falco",
     nullptr,
     [](Snapshot& s) {
         s.host.monitoring.services.insert(QStringLiteral("falco-modern-bpf"), QStringLiteral("inactive"));
         s.containers.removeAt(2);
         s.host.monitoring.running = {QStringLiteral("auditd")};
     },
     "warn",
     "installed (/usr/bin/falco) but not running (systemctl: falco inactive)"},
    {"falco absent",
     "monitor.falco",
     nullptr,
     [](Snapshot& s) {
         s.host.monitoring.services.insert(QStringLiteral("falco-modern-bpf"), QStringLiteral("inactive"));
         s.containers.removeAt(2);
         s.host.monitoring.running = {};
         s.host.monitoring.binaries = {};
     },
     "fail",
     "No Falco"},
    {"falco remote container", "monitor.falco", nullptr, remote, "pass", "Falco runs in container falco"},
    // monitor.auditd
    {"auditd rules", "monitor.auditd", nullptr, [](Snapshot&) {}, "pass", "with 9 rule(s) loaded (auditctl -l)"},
    {"auditd no rules",
     "monitor.auditd",
     nullptr,
     [](Snapshot& s) { s.host.audit.rules.clear(); },
     "warn",
     "no rule is loaded"},
    {"auditd stopped",
     "monitor.auditd",
     nullptr,
     [](Snapshot& s) {
         s.host.monitoring.services.insert(QStringLiteral("auditd"), QStringLiteral("inactive"));
         s.host.monitoring.running = {};
     },
     "fail",
     "installed (/usr/sbin/auditd) but not running (systemctl: auditd inactive)"},
    {"auditd absent no systemd",
     "monitor.auditd",
     nullptr,
     [](Snapshot& s) {
         s.host.monitoring.systemd = {Probe::State::Unavailable, QStringLiteral("systemctl is-active"), {}};
         s.host.monitoring.services.clear();
         s.host.monitoring.running = {};
         s.host.monitoring.binaries = {};
     },
     "fail",
     "auditd is not installed (no auditd binary; systemd is not running here)"},
    {"auditd rules need root",
     "monitor.auditd",
     nullptr,
     [](Snapshot& s) {
         s.host.audit.probe = {Probe::State::PermissionDenied, QStringLiteral("auditctl -l"), {}};
     },
     "skipped",
     "whether rules are loaded is unknown"},
    // monitor.prometheus
    {"prometheus scraped",
     "monitor.prometheus",
     nullptr,
     [](Snapshot&) {},
     "pass",
     "daemon.json: \"metrics-addr\": \"127.0.0.1:9323\", scraped by prom (prom/prometheus:v2.54.1)"},
    {"prometheus no metrics",
     "monitor.prometheus",
     nullptr,
     [](Snapshot& s) { setConfig(s, "{}"); },
     "warn",
     "dockerd exports no metrics"},
    {"prometheus nothing",
     "monitor.prometheus",
     nullptr,
     [](Snapshot& s) {
         setConfig(s, "{}");
         s.containers.removeLast();
     },
     "fail",
     "no Prometheus process or container runs"},
    {"prometheus exposed",
     "monitor.prometheus",
     nullptr,
     [](Snapshot& s) {
         s.daemonCommandLine = {QStringLiteral("dockerd"), QStringLiteral("--metrics-addr=0.0.0.0:9323")};
     },
     "warn",
     "served on 0.0.0.0:9323, reachable from the network"},
    {"prometheus unscraped",
     "monitor.prometheus",
     nullptr,
     [](Snapshot& s) { s.containers.removeLast(); },
     "warn",
     "no Prometheus process or container was found"},
};

const QStringList s_ids{QStringLiteral("host.updates"),
                        QStringLiteral("host.mac"),
                        QStringLiteral("host.firewall"),
                        QStringLiteral("host.docker-group"),
                        QStringLiteral("host.docker-partition"),
                        QStringLiteral("host.audit-rules"),
                        QStringLiteral("host.content-trust-env"),
                        QStringLiteral("container.encrypted-volumes"),
                        QStringLiteral("host.encrypted-docker-root"),
                        QStringLiteral("monitor.falco"),
                        QStringLiteral("monitor.auditd"),
                        QStringLiteral("monitor.prometheus")};

Outcome evaluateOn(const Snapshot& s, const QString& id, const char* subjectName)
{
    const CheckDef* def = findCheck(id);
    if (!def) {
        qFatal("no check %s", qPrintable(id));
    }
    for (const Subject& subject : subjectsFor(s, def->scope)) {
        if (!subjectName || subject.name == QLatin1String(subjectName)) {
            return def->evaluate(s, subject);
        }
    }
    qFatal("no subject for %s", qPrintable(id));
}

} // namespace

class TestHostChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void rows_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(s_rows)); ++i) {
            QTest::newRow(s_rows[i].name) << i;
        }
    }

    void rows()
    {
        QFETCH(int, index);
        const Row& row = s_rows[index];
        Snapshot s = hardened();
        row.change(s);
        const Outcome outcome = evaluateOn(s, QString::fromLatin1(row.check), row.subject);
        QVERIFY2(statusId(outcome.status) == QLatin1String(row.status),
                 qPrintable(QStringLiteral("got %1: %2").arg(statusId(outcome.status), outcome.evidence)));
        QVERIFY2(outcome.evidence.contains(QString::fromUtf8(row.evidence)), qPrintable(outcome.evidence));
    }

    void everyCheckHasPassingAndFailingRows()
    {
        for (const QString& id : s_ids) {
            QVERIFY2(findCheck(id), qPrintable(id));
            bool pass = false;
            bool bad = false;
            for (const Row& row : s_rows) {
                if (id == QLatin1String(row.check)) {
                    pass |= QByteArray(row.status) == "pass";
                    bad |= QByteArray(row.status) == "fail" || QByteArray(row.status) == "warn";
                }
            }
            QVERIFY2(pass && bad, qPrintable(id));
        }
    }

    void layersAndScopes()
    {
        for (const QString& id : s_ids) {
            const CheckDef* def = findCheck(id);
            const Layer expected = id.startsWith(QLatin1String("monitor."))
                                       ? Layer::Monitoring
                                       : (id.contains(QLatin1String("encrypted")) ? Layer::Encryption : Layer::Host);
            QCOMPARE(def->layer, expected);
            QCOMPARE(def->scope, id.startsWith(QLatin1String("container.")) ? Scope::Container : Scope::Host);
        }
        QCOMPARE(QString::fromLatin1(findCheck(QStringLiteral("host.content-trust-env"))->fixId),
                 QStringLiteral("fix.content-trust-env"));
    }

    void hostFactsRoundTrip()
    {
        Snapshot s = hardened();
        s.host.mac.apparmorEnabled = false;
        s.host.contentTrust.environment = QString();
        s.host.mountSources.first().encryptedAttr = true;
        s.host.updates.upgrades = {{QStringLiteral("openssl"), QStringLiteral("3.0.15"), true}};
        const auto back = Snapshot::fromJson(s.toJson());
        QVERIFY(back.ok());
        QVERIFY(back->host == s.host);
        QCOMPARE(back->toJson(), s.toJson());
        // An older snapshot without host facts loads with none collected.
        QJsonObject old = s.toJson();
        old.remove(QStringLiteral("hostFacts"));
        QVERIFY(!Snapshot::fromJson(old)->host.collected);
    }
};

QTEST_GUILESS_MAIN(TestHostChecks)
#include "test_hostchecks.moc"
