// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/Capabilities.h"

#include <QJsonArray>

namespace escut
{

const QSet<QString>& Capabilities::dockerDefaults()
{
    // moby oci/caps/defaults.go (DefaultCapabilities), the same set Podman grants by default.
    static const QSet<QString> defaults{QStringLiteral("CHOWN"),
                                        QStringLiteral("DAC_OVERRIDE"),
                                        QStringLiteral("FSETID"),
                                        QStringLiteral("FOWNER"),
                                        QStringLiteral("MKNOD"),
                                        QStringLiteral("NET_RAW"),
                                        QStringLiteral("SETGID"),
                                        QStringLiteral("SETUID"),
                                        QStringLiteral("SETFCAP"),
                                        QStringLiteral("SETPCAP"),
                                        QStringLiteral("NET_BIND_SERVICE"),
                                        QStringLiteral("SYS_CHROOT"),
                                        QStringLiteral("KILL"),
                                        QStringLiteral("AUDIT_WRITE")};
    return defaults;
}

const QSet<QString>& Capabilities::allKnown()
{
    static const char* const names[] = {"CHOWN",
                                        "DAC_OVERRIDE",
                                        "DAC_READ_SEARCH",
                                        "FOWNER",
                                        "FSETID",
                                        "KILL",
                                        "SETGID",
                                        "SETUID",
                                        "SETPCAP",
                                        "LINUX_IMMUTABLE",
                                        "NET_BIND_SERVICE",
                                        "NET_BROADCAST",
                                        "NET_ADMIN",
                                        "NET_RAW",
                                        "IPC_LOCK",
                                        "IPC_OWNER",
                                        "SYS_MODULE",
                                        "SYS_RAWIO",
                                        "SYS_CHROOT",
                                        "SYS_PTRACE",
                                        "SYS_PACCT",
                                        "SYS_ADMIN",
                                        "SYS_BOOT",
                                        "SYS_NICE",
                                        "SYS_RESOURCE",
                                        "SYS_TIME",
                                        "SYS_TTY_CONFIG",
                                        "MKNOD",
                                        "LEASE",
                                        "AUDIT_WRITE",
                                        "AUDIT_CONTROL",
                                        "SETFCAP",
                                        "MAC_OVERRIDE",
                                        "MAC_ADMIN",
                                        "SYSLOG",
                                        "WAKE_ALARM",
                                        "BLOCK_SUSPEND",
                                        "AUDIT_READ",
                                        "PERFMON",
                                        "BPF",
                                        "CHECKPOINT_RESTORE"};
    static const QSet<QString> all = [] {
        QSet<QString> out;
        for (const char* n : names) {
            out.insert(QString::fromLatin1(n));
        }
        return out;
    }();
    return all;
}

const QSet<QString>& Capabilities::dangerous()
{
    // Each of these is a documented way out of a container or into the host kernel.
    static const QSet<QString> dangerous{QStringLiteral("SYS_ADMIN"),
                                         QStringLiteral("SYS_MODULE"),
                                         QStringLiteral("SYS_PTRACE"),
                                         QStringLiteral("SYS_RAWIO"),
                                         QStringLiteral("DAC_READ_SEARCH"),
                                         QStringLiteral("NET_ADMIN"),
                                         QStringLiteral("SYS_BOOT"),
                                         QStringLiteral("BPF"),
                                         QStringLiteral("PERFMON"),
                                         QStringLiteral("SYS_TIME"),
                                         QStringLiteral("MAC_ADMIN"),
                                         QStringLiteral("MAC_OVERRIDE"),
                                         QStringLiteral("LINUX_IMMUTABLE"),
                                         QStringLiteral("SYSLOG"),
                                         QStringLiteral("AUDIT_CONTROL"),
                                         QStringLiteral("SYS_RESOURCE"),
                                         QStringLiteral("IPC_OWNER"),
                                         QStringLiteral("SYS_PACCT"),
                                         QStringLiteral("SYS_TTY_CONFIG")};
    return dangerous;
}

QString Capabilities::normalise(const QString& name)
{
    QString n = name.trimmed().toUpper();
    if (n.startsWith(QLatin1String("CAP_"))) {
        n.remove(0, 4);
    }
    return n;
}

QSet<QString> Capabilities::effective(const QJsonObject& hostConfig, bool dropsWin)
{
    if (hostConfig.value(QStringLiteral("Privileged")).toBool()) {
        return allKnown();
    }
    const QJsonArray capDrop = hostConfig.value(QStringLiteral("CapDrop")).toArray();
    const QJsonArray capAdd = hostConfig.value(QStringLiteral("CapAdd")).toArray();
    if (capDrop.isEmpty() && capAdd.isEmpty()) {
        return dockerDefaults(); // most containers: nothing added or dropped
    }
    QSet<QString> drops;
    for (const QJsonValue& v : capDrop) {
        drops.insert(normalise(v.toString()));
    }
    QSet<QString> adds;
    for (const QJsonValue& v : capAdd) {
        adds.insert(normalise(v.toString()));
    }
    // moby oci/caps TweakCapabilities: --cap-add ALL keeps every capability but the dropped ones; --cap-drop ALL
    // keeps only the added ones; otherwise the defaults minus the drops plus the adds.
    if (adds.contains(QStringLiteral("ALL"))) {
        return allKnown() - drops;
    }
    if (drops.contains(QStringLiteral("ALL"))) {
        return adds;
    }
    const QSet<QString> result = (dockerDefaults() - drops) | adds;
    return dropsWin ? result - drops : result;
}

} // namespace escut
