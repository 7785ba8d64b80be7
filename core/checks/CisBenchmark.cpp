// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/CisBenchmark.h"

#include "core/checks/Catalogue.h"

#include <QHash>
#include <QVersionNumber>

#include <algorithm>

namespace escut::cis
{

namespace
{

// CIS Docker Benchmark v1.6.0, sections 1 to 7, titles as the benchmark (and docker-bench-security 1.6.0)
// publish them. Items a check covers have no reason: the checks list them in their cisIds. The golden test
// (tests/unit/test_cis.cpp) fails when an item is neither covered nor explained, or a check names an id that is
// not here.
const CisItem s_items[] = {
    {"1", "Host Configuration", Cis::Section, ""},
    {"1.1", "Linux Hosts Specific Configuration", Cis::Section, ""},
    {"1.1.1", "Ensure a separate partition for containers has been created", Cis::Automated, ""},
    {"1.1.2", "Ensure only trusted users are allowed to control Docker daemon", Cis::Automated, ""},
    {"1.1.3", "Ensure auditing is configured for the Docker daemon", Cis::Automated, ""},
    {"1.1.4", "Ensure auditing is configured for Docker files and directories - /run/containerd", Cis::Automated, ""},
    {"1.1.5", "Ensure auditing is configured for Docker files and directories - /var/lib/docker", Cis::Automated, ""},
    {"1.1.6", "Ensure auditing is configured for Docker files and directories - /etc/docker", Cis::Automated, ""},
    {"1.1.7", "Ensure auditing is configured for Docker files and directories - docker.service", Cis::Automated, ""},
    {"1.1.8", "Ensure auditing is configured for Docker files and directories - containerd.sock", Cis::Automated, ""},
    {"1.1.9", "Ensure auditing is configured for Docker files and directories - docker.socket", Cis::Automated, ""},
    {"1.1.10",
     "Ensure auditing is configured for Docker files and directories - /etc/default/docker",
     Cis::Automated,
     ""},
    {"1.1.11",
     "Ensure auditing is configured for Docker files and directories - /etc/docker/daemon.json",
     Cis::Automated,
     ""},
    {"1.1.12",
     "Ensure auditing is configured for Docker files and directories - /etc/containerd/config.toml",
     Cis::Automated,
     ""},
    {"1.1.13",
     "Ensure auditing is configured for Docker files and directories - /etc/sysconfig/docker",
     Cis::Automated,
     ""},
    {"1.1.14",
     "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd",
     Cis::Automated,
     ""},
    {"1.1.15",
     "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim",
     Cis::Automated,
     ""},
    {"1.1.16",
     "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim-runc-v1",
     Cis::Automated,
     ""},
    {"1.1.17",
     "Ensure auditing is configured for Docker files and directories - /usr/bin/containerd-shim-runc-v2",
     Cis::Automated,
     ""},
    {"1.1.18", "Ensure auditing is configured for Docker files and directories - /usr/bin/runc", Cis::Automated, ""},
    {"1.2", "General Configuration", Cis::Section, ""},
    {"1.2.1", "Ensure the container host has been Hardened", Cis::Manual, ""},
    {"1.2.2", "Ensure that the version of Docker is up to date", Cis::Manual, ""},
    {"2", "Docker daemon configuration", Cis::Section, ""},
    {"2.1", "Run the Docker daemon as a non-root user, if possible", Cis::Manual, ""},
    {"2.2", "Ensure network traffic is restricted between containers on the default bridge", Cis::Automated, ""},
    {"2.3", "Ensure the logging level is set to 'info'", Cis::Automated, ""},
    {"2.4", "Ensure Docker is allowed to make changes to iptables", Cis::Automated, ""},
    {"2.5", "Ensure insecure registries are not used", Cis::Automated, ""},
    {"2.6", "Ensure aufs storage driver is not used", Cis::Automated, ""},
    {"2.7", "Ensure TLS authentication for Docker daemon is configured", Cis::Automated, ""},
    {"2.8", "Ensure the default ulimit is configured appropriately", Cis::Manual, ""},
    {"2.9", "Enable user namespace support", Cis::Automated, ""},
    {"2.10", "Ensure the default cgroup usage has been confirmed", Cis::Automated, ""},
    {"2.11", "Ensure base device size is not changed until needed", Cis::Automated, ""},
    {"2.12", "Ensure that authorization for Docker client commands is enabled", Cis::Automated, ""},
    {"2.13", "Ensure centralized and remote logging is configured", Cis::Automated, ""},
    {"2.14", "Ensure containers are restricted from acquiring new privileges", Cis::Automated, ""},
    {"2.15", "Ensure live restore is enabled", Cis::Automated, ""},
    {"2.16", "Ensure Userland Proxy is Disabled", Cis::Automated, ""},
    {"2.17", "Ensure that a daemon-wide custom seccomp profile is applied if appropriate", Cis::Manual, ""},
    {"2.18", "Ensure that experimental features are not implemented in production", Cis::Automated, ""},
    {"3", "Docker daemon configuration files", Cis::Section, ""},
    {"3.1", "Ensure that the docker.service file ownership is set to root:root", Cis::Automated, ""},
    {"3.2", "Ensure that docker.service file permissions are appropriately set", Cis::Automated, ""},
    {"3.3", "Ensure that docker.socket file ownership is set to root:root", Cis::Automated, ""},
    {"3.4", "Ensure that docker.socket file permissions are set to 644 or more restrictive", Cis::Automated, ""},
    {"3.5", "Ensure that the /etc/docker directory ownership is set to root:root", Cis::Automated, ""},
    {"3.6", "Ensure that /etc/docker directory permissions are set to 755 or more restrictively", Cis::Automated, ""},
    {"3.7", "Ensure that registry certificate file ownership is set to root:root", Cis::Automated, ""},
    {"3.8",
     "Ensure that registry certificate file permissions are set to 444 or more restrictively",
     Cis::Automated,
     ""},
    {"3.9", "Ensure that TLS CA certificate file ownership is set to root:root", Cis::Automated, ""},
    {"3.10",
     "Ensure that TLS CA certificate file permissions are set to 444 or more restrictively",
     Cis::Automated,
     ""},
    {"3.11", "Ensure that Docker server certificate file ownership is set to root:root", Cis::Automated, ""},
    {"3.12",
     "Ensure that the Docker server certificate file permissions are set to 444 or more restrictively",
     Cis::Automated,
     ""},
    {"3.13", "Ensure that the Docker server certificate key file ownership is set to root:root", Cis::Automated, ""},
    {"3.14", "Ensure that the Docker server certificate key file permissions are set to 400", Cis::Automated, ""},
    {"3.15", "Ensure that the Docker socket file ownership is set to root:docker", Cis::Automated, ""},
    {"3.16", "Ensure that the Docker socket file permissions are set to 660 or more restrictively", Cis::Automated, ""},
    {"3.17", "Ensure that the daemon.json file ownership is set to root:root", Cis::Automated, ""},
    {"3.18", "Ensure that daemon.json file permissions are set to 644 or more restrictive", Cis::Automated, ""},
    {"3.19", "Ensure that the /etc/default/docker file ownership is set to root:root", Cis::Automated, ""},
    {"3.20",
     "Ensure that the /etc/default/docker file permissions are set to 644 or more restrictively",
     Cis::Automated,
     ""},
    {"3.21",
     "Ensure that the /etc/sysconfig/docker file permissions are set to 644 or more restrictively",
     Cis::Automated,
     ""},
    {"3.22", "Ensure that the /etc/sysconfig/docker file ownership is set to root:root", Cis::Automated, ""},
    {"3.23", "Ensure that the Containerd socket file ownership is set to root:root", Cis::Automated, ""},
    {"3.24",
     "Ensure that the Containerd socket file permissions are set to 660 or more restrictively",
     Cis::Automated,
     ""},
    {"4", "Container Images and Build File", Cis::Section, ""},
    {"4.1", "Ensure that a user for the container has been created", Cis::Automated, ""},
    {"4.2", "Ensure that containers use only trusted base images", Cis::Manual, ""},
    {"4.3", "Ensure that unnecessary packages are not installed in the container", Cis::Manual, ""},
    {"4.4", "Ensure images are scanned and rebuilt to include security patches", Cis::Manual, ""},
    {"4.5", "Ensure Content trust for Docker is Enabled", Cis::Automated, ""},
    {"4.6", "Ensure that HEALTHCHECK instructions have been added to container images", Cis::Automated, ""},
    {"4.7", "Ensure update instructions are not used alone in the Dockerfile", Cis::Manual, ""},
    {"4.8", "Ensure setuid and setgid permissions are removed", Cis::Manual, ""},
    {"4.9", "Ensure that COPY is used instead of ADD in Dockerfiles", Cis::Manual, ""},
    {"4.10", "Ensure secrets are not stored in Dockerfiles", Cis::Manual, ""},
    {"4.11",
     "Ensure only verified packages are installed",
     Cis::Manual,
     QT_TRANSLATE_NOOP(
         "Cis",
         "Whether packages were verified when the image was built leaves no trace in the image or its history.")},
    {"4.12", "Ensure all signed artifacts are validated", Cis::Manual, ""},
    {"5", "Container Runtime", Cis::Section, ""},
    {"5.1", "Ensure swarm mode is not Enabled, if not needed", Cis::Automated, ""},
    {"5.2", "Ensure that, if applicable, an AppArmor Profile is enabled", Cis::Automated, ""},
    {"5.3", "Ensure that, if applicable, SELinux security options are set", Cis::Automated, ""},
    {"5.4", "Ensure that Linux kernel capabilities are restricted within containers", Cis::Automated, ""},
    {"5.5", "Ensure that privileged containers are not used", Cis::Automated, ""},
    {"5.6", "Ensure sensitive host system directories are not mounted on containers", Cis::Automated, ""},
    {"5.7", "Ensure sshd is not run within containers", Cis::Automated, ""},
    {"5.8", "Ensure privileged ports are not mapped within containers", Cis::Automated, ""},
    {"5.9", "Ensure that only needed ports are open on the container", Cis::Manual, ""},
    {"5.10", "Ensure that the host's network namespace is not shared", Cis::Automated, ""},
    {"5.11", "Ensure that the memory usage for containers is limited", Cis::Automated, ""},
    {"5.12", "Ensure that CPU priority is set appropriately on containers", Cis::Automated, ""},
    {"5.13", "Ensure that the container's root filesystem is mounted as read only", Cis::Automated, ""},
    {"5.14", "Ensure that incoming container traffic is bound to a specific host interface", Cis::Automated, ""},
    {"5.15", "Ensure that the 'on-failure' container restart policy is set to '5'", Cis::Automated, ""},
    {"5.16", "Ensure that the host's process namespace is not shared", Cis::Automated, ""},
    {"5.17", "Ensure that the host's IPC namespace is not shared", Cis::Automated, ""},
    {"5.18", "Ensure that host devices are not directly exposed to containers", Cis::Manual, ""},
    {"5.19", "Ensure that the default ulimit is overwritten at runtime if needed", Cis::Manual, ""},
    {"5.20", "Ensure mount propagation mode is not set to shared", Cis::Automated, ""},
    {"5.21", "Ensure that the host's UTS namespace is not shared", Cis::Automated, ""},
    {"5.22", "Ensure the default seccomp profile is not Disabled", Cis::Automated, ""},
    {"5.23", "Ensure that docker exec commands are not used with the privileged option", Cis::Automated, ""},
    {"5.24", "Ensure that docker exec commands are not used with the user=root option", Cis::Manual, ""},
    {"5.25", "Ensure that cgroup usage is confirmed", Cis::Automated, ""},
    {"5.26", "Ensure that the container is restricted from acquiring additional privileges", Cis::Automated, ""},
    {"5.27", "Ensure that container health is checked at runtime", Cis::Automated, ""},
    {"5.28",
     "Ensure that Docker commands always make use of the latest version of their image",
     Cis::Manual,
     QT_TRANSLATE_NOOP(
         "Cis",
         "Whether an image is pulled again before each use is a working practice: the daemon keeps no record of it.")},
    {"5.29", "Ensure that the PIDs cgroup limit is used", Cis::Automated, ""},
    {"5.30", "Ensure that Docker's default bridge 'docker0' is not used", Cis::Manual, ""},
    {"5.31", "Ensure that the host's user namespaces are not shared", Cis::Automated, ""},
    {"5.32", "Ensure that the Docker socket is not mounted inside any containers", Cis::Automated, ""},
    {"6", "Docker Security Operations", Cis::Section, ""},
    {"6.1", "Ensure that image sprawl is avoided", Cis::Manual, ""},
    {"6.2", "Ensure that container sprawl is avoided", Cis::Manual, ""},
    {"7", "Docker Swarm Configuration", Cis::Section, ""},
    {"7.1", "Ensure that the minimum number of manager nodes have been created in a swarm", Cis::Automated, ""},
    {"7.2", "Ensure that swarm services are bound to a specific host interface", Cis::Automated, ""},
    {"7.3", "Ensure that all Docker swarm overlay networks are encrypted", Cis::Automated, ""},
    {"7.4",
     "Ensure that Docker's secret management commands are used for managing secrets in a swarm cluster",
     Cis::Manual,
     QT_TRANSLATE_NOOP("Cis",
                       "Whether secrets are managed with docker secret is a working practice; the daemon cannot tell "
                       "what a service's variables hold.")},
    {"7.5", "Ensure that swarm manager is run in auto-lock mode", Cis::Automated, ""},
    {"7.6",
     "Ensure that the swarm manager auto-lock key is rotated periodically",
     Cis::Manual,
     QT_TRANSLATE_NOOP("Cis", "The daemon does not record when the auto-lock key was last rotated.")},
    {"7.7", "Ensure that node certificates are rotated as appropriate", Cis::Manual, ""},
    {"7.8", "Ensure that CA certificates are rotated as appropriate", Cis::Manual, ""},
    {"7.9",
     "Ensure that management plane traffic is separated from data plane traffic",
     Cis::Manual,
     QT_TRANSLATE_NOOP("Cis",
                       "Which interface carries management and which data traffic is set when nodes join "
                       "(--advertise-addr, --data-path-addr) and is not reported by the daemon.")},
};

} // namespace

std::span<const CisItem> items()
{
    return s_items;
}

const CisItem* item(const QString& id)
{
    for (const CisItem& i : s_items) {
        if (id == QLatin1String(i.id)) {
            return &i;
        }
    }
    return nullptr;
}

QList<const CheckDef*> checksFor(const QString& id)
{
    // Built once: 117 items × the catalogue would otherwise split every check's ids again for each item.
    static const QHash<QString, QList<const CheckDef*>> s_byId = [] {
        QHash<QString, QList<const CheckDef*>> byId;
        for (const CheckDef& def : catalogue()) {
            for (const QString& cisId : def.cis()) {
                byId[cisId].append(&def);
            }
        }
        return byId;
    }();
    return s_byId.value(id);
}

QString notCheckedReason(const CisItem& item)
{
    return *item.notChecked ? Cis::tr(item.notChecked) : QString();
}

QString sectionOf(const QString& id)
{
    return id.section(QLatin1Char('.'), 0, 0);
}

bool matches(const QString& id, const QStringList& patterns)
{
    return std::any_of(patterns.begin(), patterns.end(), [&](const QString& p) {
        return id == p || id.startsWith(p + QLatin1Char('.'));
    });
}

bool lessThan(const QString& a, const QString& b)
{
    return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
}

QString shortList(const QStringList& ids)
{
    // b follows a: the same prefix and the last number one more ("3.9" then "3.10").
    const auto follows = [](const QString& a, const QString& b) {
        const qsizetype dotA = a.lastIndexOf(QLatin1Char('.'));
        const qsizetype dotB = b.lastIndexOf(QLatin1Char('.'));
        bool okA = false;
        bool okB = false;
        const int lastA = a.mid(dotA + 1).toInt(&okA);
        const int lastB = b.mid(dotB + 1).toInt(&okB);
        return dotA > 0 && okA && okB && QStringView(a).left(dotA) == QStringView(b).left(dotB) && lastB == lastA + 1;
    };
    QStringList parts;
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype end = i;
        while (end + 1 < ids.size() && follows(ids.at(end), ids.at(end + 1))) {
            ++end;
        }
        if (end - i >= 2) {
            parts.append(ids.at(i) + QChar(0x2013) + ids.at(end));
        } else {
            for (qsizetype k = i; k <= end; ++k) {
                parts.append(ids.at(k));
            }
        }
        i = end + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace escut::cis
