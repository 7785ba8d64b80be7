// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace escut
{

class Snapshot;

// How one host fact was obtained: the file or tool it came from, and why it is missing when it is. The reason
// is kept as a state plus an untranslated detail; the checks word it (in the audit's language) with the way
// to enable the fact.
struct Probe
{
    enum class State {
        NotCollected,     // this collection did not look (remote endpoint, layer not selected, older snapshot)
        Ok,               // read or ran fine
        NotInstalled,     // the tool is not on PATH
        PermissionDenied, // needs root (or another privilege)
        Unavailable,      // not applicable here (no systemd as init, no device-mapper, kernel without the module)
        Failed,           // ran and failed, or timed out
    };
    State state = State::NotCollected;
    QString source; // "apt-get -s upgrade", "/etc/group", "auditctl -l"
    QString detail; // stderr or errno text, untranslated

    [[nodiscard]] bool ok() const
    {
        return state == State::Ok;
    }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Probe fromJson(const QJsonObject& json);
    bool operator==(const Probe&) const = default;
};

// host.updates: the package manager's simulated upgrade and the running kernel.
struct UpdatesFact
{
    struct Package
    {
        QString name;
        QString version; // candidate version
        bool security = false;
        bool operator==(const Package&) const = default;
    };
    Probe probe;
    QString manager; // "apt", "dnf", "zypper"; empty when none was found
    QList<Package> upgrades;
    Probe kernelProbe;
    QString kernel;              // /proc/sys/kernel/osrelease
    bool rebootRequired = false; // /var/run/reboot-required (Debian, Ubuntu)
    bool cached = false;         // upgrades remembered from an earlier run; the package database has not changed

    [[nodiscard]] int securityCount() const;
    bool operator==(const UpdatesFact&) const = default;
};

// host.mac: the host side of AppArmor and SELinux (the daemon side is /info SecurityOptions).
struct MacFact
{
    Probe apparmorModule;                // /sys/module/apparmor/parameters/enabled
    std::optional<bool> apparmorEnabled; // Y / N; nullopt when the module is not there
    Probe apparmorStatus;                // aa-status --json (root)
    int apparmorEnforce = -1;            // profiles in enforce mode; -1 unknown
    int apparmorComplain = -1;
    Probe selinux;       // /sys/fs/selinux/enforce, else getenforce
    QString selinuxMode; // "enforcing", "permissive", "disabled"; empty when not present

    bool operator==(const MacFact&) const = default;
};

// host.firewall: the packet filter's ruleset, summarised.
struct FirewallFact
{
    Probe probe;
    QString backend;          // "nft", "iptables"
    QString inputPolicy;      // "ACCEPT", "DROP", "drop", ... of the input chain(s)
    int inputFilterRules = 0; // rules in input chains that drop or reject
    bool dockerUserChain = false;
    int dockerUserRules = 0; // rules in DOCKER-USER other than the default RETURN
    QStringList tables;      // nft tables, or iptables chains, as seen

    bool operator==(const FirewallFact&) const = default;
};

// host.docker-group: who is in the docker group and who administers the host.
struct DockerGroupFact
{
    Probe probe; // /etc/group + /etc/passwd
    bool groupExists = false;
    QStringList members;        // supplementary members and users whose primary group is docker
    QStringList administrators; // members of sudo, wheel, admin, and uid 0 accounts

    bool operator==(const DockerGroupFact&) const = default;
};

// One path resolved to its filesystem and block devices (container.encrypted-volumes, host.docker-partition,
// host.encrypted-docker-root).
struct StorageFact
{
    struct Device
    {
        QString name;
        QString type; // lsblk TYPE: disk, part, crypt, lvm, loop, raid1, ...
        QString fstype;
        bool operator==(const Device&) const = default;
    };
    QString path; // the directory asked about (host path)
    Probe mount;  // findmnt -J -T PATH
    QString target;
    QString source; // "/dev/vda1", "/dev/vda[/var/lib/docker]" for a bind mount, "overlay", "tmpfs"
    QString fstype;
    Probe blocks;          // lsblk -J -s DEVICE
    QList<Device> devices; // the device itself first, then its ancestors
    Probe cipherProbe;     // cryptsetup status NAME (root), else the LUKS header of the device under it
    QString cipher;
    int luksVersion = 0; // 1 or 2 when the device under the crypt mapping has a LUKS header
    Probe fscryptProbe;  // fscrypt status PATH; NotCollected when statx already says the directory is plain
    bool fscrypt = false;
    bool fscryptUnlocked = false;
    QString fscryptOptions;
    Probe attributes;                  // statx(2) STATX_ATTR_ENCRYPTED of the directory
    std::optional<bool> encryptedAttr; // nullopt when the filesystem does not report the attribute

    [[nodiscard]] QString device() const;    // source without the "[/subdir]" of a bind mount
    [[nodiscard]] QString cryptName() const; // the crypt ancestor, empty when there is none
    bool operator==(const StorageFact&) const = default;
};

// host.content-trust-env: DOCKER_CONTENT_TRUST in the environment and the shell start files.
struct ContentTrustFact
{
    struct File
    {
        QString path;
        bool exists = false;
        QString error;
        QString value; // the last value assigned to DOCKER_CONTENT_TRUST; empty when never set
        int line = 0;
        bool exported = false;
        bool operator==(const File&) const = default;
    };
    Probe probe;
    std::optional<QString> environment; // in the auditing process's environment
    QList<File> files;

    bool operator==(const ContentTrustFact&) const = default;
};

// host.audit-rules and monitor.auditd.
struct AuditFact
{
    Probe probe; // auditctl -l
    QStringList rules;
    QMap<QString, QString> targets; // CIS 1.1.3-1.1.18 target key ("dockerd", "runc") → its path on this host

    bool operator==(const AuditFact&) const = default;
};

// monitor.*: services, processes and binaries of the monitoring tools.
struct MonitoringFact
{
    Probe systemd;                   // systemctl is-active
    QMap<QString, QString> services; // unit → "active", "inactive", "failed", "unknown"
    Probe processes;                 // /proc/*/comm
    QStringList running;             // names of monitoring processes seen (falco, auditd, prometheus, ...)
    QMap<QString, QString> binaries; // falco → /usr/bin/falco

    bool operator==(const MonitoringFact&) const = default;
};

// Everything the host, encryption and monitoring layers read from the local host.
struct HostFacts
{
    bool collected = false;
    UpdatesFact updates;
    MacFact mac;
    FirewallFact firewall;
    DockerGroupFact dockerGroup;
    StorageFact rootFilesystem;      // "/" (to tell a bind mount of the root filesystem from a partition)
    StorageFact dataRoot;            // /info DockerRootDir
    QList<StorageFact> mountSources; // sources of the containers' bind and volume mounts
    ContentTrustFact contentTrust;
    AuditFact audit;
    MonitoringFact monitoring;
    qint64 elapsedMs = 0;

    [[nodiscard]] const StorageFact* mountSource(const QString& path) const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static HostFacts fromJson(const QJsonObject& json);
    bool operator==(const HostFacts&) const = default;
};

struct HostCollectOptions
{
    QString root = QStringLiteral("/"); // files are read under root; tools see the real system
    QString homeDir;                    // the auditing user's home; empty: $HOME
    QStringList extraShellFiles;        // more start files to read for DOCKER_CONTENT_TRUST (fix --shell-file)
    int updatesTimeoutMs = 60000;
    // Where the simulated upgrade is remembered, keyed by the package database's and lists' times: the next
    // audit reuses it until apt-get update, an install or an upgrade changes them. Empty: no cache.
    QString updatesCacheFile;
    int toolTimeoutMs = 10000;
    const std::atomic<bool>* cancel = nullptr;
};

// Reads host facts with files under root and allow-listed tools (ToolRunner). Blocking; run on a worker.
class HostFactsCollector
{
public:
    explicit HostFactsCollector(HostCollectOptions options);

    // Facts that need only /info: updates, MAC, firewall, group, root filesystem and data root, content trust,
    // audit, monitoring. The mounts' storage is storageOf(mountSourcePaths(containers)).
    [[nodiscard]] HostFacts collectSystem(const QJsonObject& info) const;
    // Only the content-trust fact (the fix's verify re-reads it).
    [[nodiscard]] ContentTrustFact contentTrust() const;
    [[nodiscard]] StorageFact storage(const QString& path) const;
    // storage() of several paths at once, each tool on every path side by side, lsblk once per device.
    [[nodiscard]] QList<StorageFact> storageOf(const QStringList& paths) const;
    // The host paths behind the containers' bind and volume mounts, each once.
    [[nodiscard]] static QStringList mountSourcePaths(const QList<QJsonObject>& containers);

    [[nodiscard]] UpdatesFact updates() const;
    [[nodiscard]] MacFact mac() const;
    [[nodiscard]] FirewallFact firewall() const;
    [[nodiscard]] DockerGroupFact dockerGroup() const;
    [[nodiscard]] AuditFact audit(const QString& dataRoot = {}) const;
    [[nodiscard]] MonitoringFact monitoring() const;

private:
    [[nodiscard]] QString hostPath(const QString& path) const;
    [[nodiscard]] UpdatesFact runUpdates() const;
    [[nodiscard]] UpdatesFact runUpdatesKernelOnly() const;
    [[nodiscard]] QString updatesCacheKey(const QString& manager) const;
    void fillMount(StorageFact& fact) const;
    void fillDevices(StorageFact& fact) const;
    void fillFscrypt(StorageFact& fact) const;
    HostCollectOptions m_options;
};

} // namespace escut
