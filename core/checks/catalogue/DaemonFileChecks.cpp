// SPDX-License-Identifier: GPL-3.0-or-later
// daemon.*-perms: the owners and modes of Docker's files on the host (CIS Docker Benchmark v1.6.0 section 3; seed 002).
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"

namespace escut
{

using namespace checkhelpers;

namespace
{

// Owner and mode of one host file against CIS limits.
Outcome
filePerms(const Snapshot& s, const QStringList& roles, uint maxMode, const QStringList& groups, bool allMissingPass)
{
    if (const QString reason = hostFilesUnavailableReason(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    QStringList bad;
    QStringList good;
    QStringList unknown;
    for (const QString& role : roles) {
        for (const FileFact& f : s.files) {
            if (f.role != role) {
                continue;
            }
            if (!f.error.isEmpty()) {
                unknown.append(Checks::tr("%1: %2").arg(f.path, f.error));
                continue;
            }
            if (!f.exists) {
                continue;
            }
            const QString seen = Checks::tr("%1 is %2:%3 %4").arg(f.path, f.owner, f.group, modeText(f.mode));
            const bool ownerOk = f.uid == 0;
            const bool groupOk = groups.contains(f.group) || f.gid == 0;
            const bool modeOk = (f.mode & ~maxMode & 07777) == 0;
            (ownerOk && groupOk && modeOk ? good : bad).append(seen);
        }
    }
    if (!bad.isEmpty()) {
        return Outcome::fail(Checks::tr("%1 (expected owner root and mode %2 or stricter).")
                                 .arg(bad.join(QStringLiteral("; ")), modeText(maxMode)));
    }
    if (!unknown.isEmpty() && good.isEmpty()) {
        return Outcome::skipped(
            Checks::tr("%1: run Escut as root to check it.").arg(unknown.join(QStringLiteral("; "))));
    }
    if (good.isEmpty()) {
        return allMissingPass ? Outcome::pass(QString()) // nothing to judge; combinePerms() words it
                              : Outcome::skipped(Checks::tr("The file was not found on this host."));
    }
    return Outcome::pass(good.join(QStringLiteral("; ")));
}

Outcome socketPerms(const Snapshot& s, const Subject&)
{
    return filePerms(s,
                     {QStringLiteral("docker.sock")},
                     0660,
                     {QStringLiteral("docker"), QStringLiteral("root")},
                     false);
}

// The worst of several file-permission outcomes; passing evidence joined, or a note when no file exists.
Outcome combinePerms(const QList<Outcome>& parts)
{
    for (const Status worst : {Status::Fail, Status::Skipped}) {
        for (const Outcome& o : parts) {
            if (o.status == worst) {
                return o;
            }
        }
    }
    QStringList seen;
    for (const Outcome& o : parts) {
        if (!o.evidence.isEmpty()) {
            seen.append(o.evidence);
        }
    }
    return Outcome::pass(seen.isEmpty() ? Checks::tr("None of these files exist on this host.")
                                        : seen.join(QStringLiteral("; ")));
}

Outcome configPerms(const Snapshot& s, const Subject&)
{
    return combinePerms({filePerms(s, {QStringLiteral("daemon.json")}, 0644, {QStringLiteral("root")}, true),
                         filePerms(s, {QStringLiteral("/etc/docker")}, 0755, {QStringLiteral("root")}, true)});
}

Outcome keyPerms(const Snapshot& s, const Subject&)
{
    return combinePerms(
        {filePerms(s, {QStringLiteral("key.json"), QStringLiteral("tlskey")}, 0600, {QStringLiteral("root")}, true),
         filePerms(s, {QStringLiteral("tlscacert"), QStringLiteral("tlscert")}, 0644, {QStringLiteral("root")}, true)});
}

} // namespace

void addDaemonFileChecks(QList<CheckDef>& out)
{
    out.append({
        {"daemon.socket-perms",
         Layer::Daemon,
         Scope::Daemon,
         Severity::High,
         "3.15 3.16",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "docker.sock belongs to root:docker, mode 660"),
         QT_TRANSLATE_NOOP("Checks",
                           "Whoever can write to the Docker socket controls the daemon, which runs as root. "
                           "Seed 002: other users should not even see the socket."),
         QT_TRANSLATE_NOOP("Checks", "chown root:docker /var/run/docker.sock; chmod 660 /var/run/docker.sock."),
         "fix.file-perms",
         socketPerms},
        {"daemon.config-perms",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "3.5 3.6 3.17 3.18",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "daemon.json and /etc/docker are owned by root and not writable by others"),
         QT_TRANSLATE_NOOP("Checks",
                           "Whoever can change the daemon's configuration can weaken every container at the "
                           "next restart. Seed 002: users must not be able to touch it."),
         QT_TRANSLATE_NOOP("Checks",
                           "chown root:root /etc/docker/daemon.json; chmod 644 /etc/docker/daemon.json; "
                           "chmod 755 /etc/docker."),
         "fix.file-perms",
         configPerms},
        {"daemon.key-perms",
         Layer::Daemon,
         Scope::Daemon,
         Severity::High,
         "3.9 3.10 3.11 3.12 3.13 3.14",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "key.json and TLS keys are readable by root only"),
         QT_TRANSLATE_NOOP("Checks",
                           "key.json holds the daemon's private key (base64) used for TLS, for example with "
                           "a registry; TLS keys prove the daemon's identity. Seed 002: no user but root may "
                           "read them."),
         QT_TRANSLATE_NOOP("Checks",
                           "chown root:root on key.json and the TLS files; chmod 600 (or 400) on keys and "
                           "644 on certificates."),
         "fix.file-perms",
         keyPerms},
    });
}

} // namespace escut
