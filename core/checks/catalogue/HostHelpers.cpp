// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/catalogue/HostHelpers.h"

#include "core/checks/catalogue/Helpers.h"
#include "core/tools/ToolRunner.h"

namespace escut::hostchecks
{

QString hostFactsUnavailable(const Snapshot& s)
{
    if (!s.hostFactsCollected) {
        return Checks::tr("Host facts are only visible for a local daemon (%1): run Escut on the Docker host itself.")
            .arg(s.endpoint.displayName());
    }
    if (!s.host.collected) {
        return Checks::tr("This snapshot has no host facts (it was collected without the host, encryption and "
                          "monitoring layers, or by an older Escut): audit again with those layers.");
    }
    return {};
}

QString probeReason(const Probe& probe)
{
    const QString tool = probe.source.section(QLatin1Char(' '), 0, 0);
    switch (probe.state) {
    case Probe::State::Ok:
        return {};
    case Probe::State::NotCollected:
        return Checks::tr("%1 was not read in this collection.").arg(probe.source);
    case Probe::State::NotInstalled: {
        const QString package = ToolRunner::debianPackage(tool);
        return package.isEmpty() ? Checks::tr("%1 is not installed: install it and audit again.").arg(tool)
                                 : Checks::tr("%1 is not installed: install it (apt-get install %2) and audit again.")
                                       .arg(tool, package);
    }
    case Probe::State::PermissionDenied:
        return Checks::tr("%1 needs root: run the audit as root (sudo escut-cli audit) to check this.")
            .arg(probe.source);
    case Probe::State::Unavailable:
        return probe.detail.isEmpty()
                   ? Checks::tr("%1 is not available on this host.").arg(probe.source)
                   : Checks::tr("%1 is not available on this host (%2).").arg(probe.source, probe.detail);
    case Probe::State::Failed:
        return Checks::tr("%1 failed: %2").arg(probe.source, probe.detail);
    }
    return {};
}

Encryption encryptionOf(const StorageFact& f)
{
    if (!f.mount.ok()) {
        return {Encryption::State::Unknown, probeReason(f.mount)};
    }
    const QString crypt = f.cryptName();
    if (!crypt.isEmpty()) {
        QString cipher;
        if (!f.cipher.isEmpty() && f.cipherProbe.ok()) {
            cipher = Checks::tr("cipher %1 (cryptsetup status)").arg(f.cipher);
        } else if (!f.cipher.isEmpty()) {
            cipher = Checks::tr("LUKS%1, cipher %2 (cryptsetup luksDump)").arg(f.luksVersion).arg(f.cipher);
        } else if (f.cipherProbe.state == Probe::State::PermissionDenied) {
            cipher = Checks::tr("the cipher needs root (cryptsetup status %1)").arg(crypt);
        } else {
            cipher = Checks::tr("cipher unknown");
        }
        return {Encryption::State::Encrypted,
                Checks::tr("%1 is on %2, a dm-crypt device (lsblk -s: %3); %4.").arg(f.path, f.source, crypt, cipher)};
    }
    if (f.fscrypt) {
        return {Encryption::State::Encrypted,
                Checks::tr("%1 is encrypted with fscrypt (%2; %3).")
                    .arg(f.path, f.fscryptOptions, f.fscryptUnlocked ? Checks::tr("unlocked") : Checks::tr("locked"))};
    }
    if (f.encryptedAttr.value_or(false)) {
        return {Encryption::State::Encrypted,
                Checks::tr("%1 has the kernel's encrypted attribute (statx: fscrypt policy).").arg(f.path)};
    }
    if (f.fstype == QLatin1String("tmpfs") || f.fstype == QLatin1String("ramfs")) {
        return {
            Encryption::State::Memory,
            Checks::tr("%1 is on %2: kept in memory, never written to disk (unless swapped).").arg(f.path, f.fstype)};
    }
    if (!f.blocks.ok()) {
        return {Encryption::State::Unknown,
                f.blocks.state == Probe::State::Unavailable
                    ? Checks::tr("%1 is on %2 (%3), not a local block device: its encryption cannot be seen from here.")
                          .arg(f.path, f.source, f.fstype)
                    : probeReason(f.blocks)};
    }
    QStringList chain;
    for (const StorageFact::Device& d : f.devices) {
        chain.append(QStringLiteral("%1 (%2)").arg(d.name, d.type));
    }
    const QString where = Checks::tr("%1 is on %2 (%3): no dm-crypt layer in %4 (lsblk -s)")
                              .arg(f.path, f.device(), f.fstype, chain.join(QStringLiteral(" ← ")));
    const bool fscryptSaysPlain = f.fscryptProbe.ok();
    const bool kernelSaysPlain = f.encryptedAttr.has_value();
    if (fscryptSaysPlain || kernelSaysPlain) {
        return {Encryption::State::Plain,
                Checks::tr("%1, and the directory is not fscrypt-encrypted (%2).")
                    .arg(where, fscryptSaysPlain ? QStringLiteral("fscrypt status") : QStringLiteral("statx"))};
    }
    // Only these filesystems implement the kernel's file encryption: on any other, no directory is encrypted.
    static const QStringList fscryptCapable{QStringLiteral("ext4"),
                                            QStringLiteral("f2fs"),
                                            QStringLiteral("ubifs"),
                                            QStringLiteral("ceph")};
    if (!f.fstype.isEmpty() && !fscryptCapable.contains(f.fstype)) {
        return {Encryption::State::Plain,
                Checks::tr("%1, and %2 has no fscrypt support (only ext4, f2fs, ubifs and ceph have it).")
                    .arg(where, f.fstype)};
    }
    return {Encryption::State::Unknown,
            Checks::tr("%1; whether the directory is fscrypt-encrypted is unknown: %2")
                .arg(where, probeReason(f.fscryptProbe))};
}

} // namespace escut::hostchecks
