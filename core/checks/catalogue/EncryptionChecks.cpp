// SPDX-License-Identifier: GPL-3.0-or-later
// Data encryption (seed 000 §2): the storage behind the containers' data and Docker's data root, on dm-crypt
// (LUKS) or fscrypt, from findmnt, lsblk, cryptsetup and fscrypt facts.
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"
#include "core/checks/catalogue/HostHelpers.h"

#include <QJsonArray>

namespace escut
{

using namespace hostchecks;

namespace
{

Outcome encryptedVolumes(const Snapshot& s, const Subject& subject)
{
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    QStringList plain;
    QStringList unknown;
    QStringList encrypted;
    QStringList memory;
    for (const QJsonValue& v : subject.mounts) {
        const QJsonObject m = v.toObject();
        const QString type = m.value(QStringLiteral("Type")).toString();
        if (type != QLatin1String("bind") && type != QLatin1String("volume")) {
            continue;
        }
        const QString source = m.value(QStringLiteral("Source")).toString();
        const QString destination = m.value(QStringLiteral("Destination")).toString();
        const StorageFact* fact = s.host.mountSource(source);
        if (!fact) {
            unknown.append(Checks::tr("%1 → %2: not resolved in this snapshot").arg(source, destination));
            continue;
        }
        const Encryption e = encryptionOf(*fact);
        const QString line = QStringLiteral("%1 → %2").arg(destination, e.evidence);
        switch (e.state) {
        case Encryption::State::Encrypted:
            encrypted.append(line);
            break;
        case Encryption::State::Plain:
            plain.append(line);
            break;
        case Encryption::State::Unknown:
            unknown.append(line);
            break;
        case Encryption::State::Memory:
            memory.append(line);
            break;
        }
    }
    if (plain.isEmpty() && unknown.isEmpty() && encrypted.isEmpty() && !memory.isEmpty()) {
        return Outcome::info(
            Checks::tr("Only in-memory mounts, nothing at rest on a disk: %1").arg(memory.join(QStringLiteral("; "))));
    }
    if (plain.isEmpty() && unknown.isEmpty() && encrypted.isEmpty()) {
        return Outcome::info(Checks::tr("No bind or volume mounts: the container keeps its data in its writable "
                                        "layer, under Docker's data root (see host.encrypted-docker-root)."));
    }
    if (!plain.isEmpty()) {
        return Outcome::fail(Checks::tr("%n mount(s) on unencrypted storage: %1", nullptr, int(plain.size()))
                                 .arg(plain.join(QStringLiteral("; "))));
    }
    if (!unknown.isEmpty()) {
        return Outcome::skipped(unknown.join(QStringLiteral("; ")));
    }
    return Outcome::pass(
        Checks::tr("Every mount is on encrypted storage: %1").arg((encrypted + memory).join(QStringLiteral("; "))));
}

Outcome encryptedDockerRoot(const Snapshot& s, const Subject&)
{
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    if (s.host.dataRoot.path.isEmpty()) {
        return Outcome::skipped(Checks::tr("docker info reports no DockerRootDir."));
    }
    const Encryption e = encryptionOf(s.host.dataRoot);
    switch (e.state) {
    case Encryption::State::Encrypted:
        return Outcome::pass(e.evidence);
    case Encryption::State::Plain:
        return Outcome::fail(e.evidence);
    case Encryption::State::Memory:
        return Outcome::info(e.evidence);
    case Encryption::State::Unknown:
        break;
    }
    return Outcome::skipped(e.evidence);
}

} // namespace

void addEncryptionChecks(QList<CheckDef>& out)
{
    out.append({
        {"container.encrypted-volumes",
         Layer::Encryption,
         Scope::Container,
         Severity::Medium,
         "",
         "seed 000 §2",
         QT_TRANSLATE_NOOP("Checks", "The container's volumes are on encrypted storage"),
         QT_TRANSLATE_NOOP("Checks",
                           "Bind mounts and volumes hold the data that outlives the container: databases, uploads, "
                           "keys. Seed 000 asks for encryption at rest (LUKS/dm-crypt for the block device, or "
                           "fscrypt for a directory), so a stolen disk or a discarded snapshot reveals nothing."),
         QT_TRANSLATE_NOOP("Checks",
                           "Move the volume's data to a LUKS-encrypted filesystem (cryptsetup luksFormat, then mount "
                           "it and point the bind mount or the volume's device option at it), or encrypt the "
                           "directory with fscrypt encrypt."),
         "",
         encryptedVolumes},
        {"host.encrypted-docker-root",
         Layer::Encryption,
         Scope::Host,
         Severity::Medium,
         "",
         "seed 000 §2",
         QT_TRANSLATE_NOOP("Checks", "Docker's data root is on encrypted storage"),
         QT_TRANSLATE_NOOP("Checks",
                           "The data root keeps every image layer, every container's writable layer, logs and named "
                           "volumes. On an unencrypted disk, anything written inside a container can be read from "
                           "the disk without Docker."),
         QT_TRANSLATE_NOOP("Checks",
                           "Put the data root on a LUKS-encrypted device (cryptsetup luksFormat, /etc/crypttab) and "
                           "set data-root in daemon.json to its mount point; move the old data with dockerd stopped."),
         "",
         encryptedDockerRoot},
    });
}

} // namespace escut
