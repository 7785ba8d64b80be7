// SPDX-License-Identifier: GPL-3.0-or-later
// daemon.*-perms and daemon.tls-cert-expiry: the owners and modes of Docker's files on the host (CIS Docker Benchmark
// v1.6.0 section 3, to the letter; seed 002) and how long the daemon's TLS certificates stay valid. Every fact comes
// from HostProbe (core/facts/HostProbe.cpp).
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"

#include <optional>

namespace escut
{

using namespace checkhelpers;

namespace
{

// Owner and mode of the host files of these roles against a CIS limit: owner root, group root (or one of groups), no
// mode bit outside maxMode. A link recorded as a link (lstat) is not judged: its own mode means nothing.
Outcome
filePerms(const Snapshot& s, const QStringList& roles, uint maxMode, const QStringList& groups, bool allMissingPass)
{
    if (const QString reason = hostFilesUnavailableReason(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    QStringList bad;
    QStringList good;
    QStringList unknown;
    QStringList linked;
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
            if (f.type == QLatin1String("symlink")) {
                linked.append(Checks::tr("%1 is a symbolic link, not followed: check the owner and mode of what it "
                                         "leads to")
                                  .arg(f.path));
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
        return Outcome::fail((groups.isEmpty() ? Checks::tr("%1 (expected root:root and mode %2 or stricter).")
                                               : Checks::tr("%1 (expected owner root and mode %2 or stricter)."))
                                 .arg(bad.join(QStringLiteral("; ")), modeText(maxMode)));
    }
    // A file that could not be seen leaves the verdict open, whatever the others are.
    const QString unseen =
        unknown.isEmpty() ? QString()
                          : Checks::tr("%1: run Escut as root to check it.").arg(unknown.join(QStringLiteral("; ")));
    if (!linked.isEmpty()) {
        return Outcome::warn(QStringList(linked + good).join(QStringLiteral("; ")) + QLatin1Char('.') +
                             (unseen.isEmpty() ? QString() : QLatin1Char(' ') + unseen));
    }
    if (!unseen.isEmpty()) {
        return Outcome::skipped(unseen);
    }
    if (good.isEmpty()) {
        return allMissingPass ? Outcome::pass(QString()) // nothing to judge; combinePerms() words it
                              : Outcome::skipped(Checks::tr("The file was not found on this host."));
    }
    return Outcome::pass(good.join(QStringLiteral("; ")));
}

// The worst of several file-permission outcomes; passing evidence joined, or a note when no file exists.
Outcome combinePerms(const QList<Outcome>& parts)
{
    for (const Status worst : {Status::Fail, Status::Warn, Status::Skipped}) {
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

// Skipped when host files are not visible, or when the snapshot has no fact of these roles at all: HostProbe records
// every one of them, found or not, so an earlier Escut took the snapshot without looking.
std::optional<Outcome> notJudgeable(const Snapshot& s, const QStringList& roles)
{
    if (const QString reason = hostFilesUnavailableReason(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    for (const FileFact& f : s.files) {
        if (roles.contains(f.role)) {
            return std::nullopt;
        }
    }
    return Outcome::skipped(
        Checks::tr("This snapshot does not record these files: it was taken by an earlier version of Escut."));
}

// Files that must belong to root:root with at most maxMode (CIS 3.1-3.4, 3.19-3.24).
Outcome rootFilePerms(const Snapshot& s, const QStringList& roles, uint maxMode)
{
    if (const auto skipped = notJudgeable(s, roles)) {
        return *skipped;
    }
    return combinePerms({filePerms(s, roles, maxMode, {}, true)});
}

Outcome socketPerms(const Snapshot& s, const Subject&)
{
    return filePerms(s,
                     {QStringLiteral("docker.sock")},
                     0660,
                     {QStringLiteral("docker"), QStringLiteral("root")},
                     false);
}

Outcome configPerms(const Snapshot& s, const Subject&)
{
    return combinePerms({filePerms(s, {QStringLiteral("daemon.json")}, 0644, {QStringLiteral("root")}, true),
                         filePerms(s, {QStringLiteral("/etc/docker")}, 0755, {QStringLiteral("root")}, true)});
}

Outcome keyPerms(const Snapshot& s, const Subject&)
{
    // CIS 3.9-3.14: certificates 444, the TLS key 400. key.json is not a CIS item: 600, as dockerd writes it.
    return combinePerms(
        {filePerms(s, {QStringLiteral("key.json")}, 0600, {QStringLiteral("root")}, true),
         filePerms(s, {QStringLiteral("tlskey")}, 0400, {QStringLiteral("root")}, true),
         filePerms(s, {QStringLiteral("tlscacert"), QStringLiteral("tlscert")}, 0444, {QStringLiteral("root")}, true)});
}

Outcome unitPerms(const Snapshot& s, const Subject&)
{
    return rootFilePerms(s, {QStringLiteral("docker.service"), QStringLiteral("docker.socket")}, 0644);
}

Outcome envFilePerms(const Snapshot& s, const Subject&)
{
    return rootFilePerms(s, {QStringLiteral("/etc/default/docker"), QStringLiteral("/etc/sysconfig/docker")}, 0644);
}

Outcome containerdSocketPerms(const Snapshot& s, const Subject&)
{
    return rootFilePerms(s, {QStringLiteral("containerd.sock")}, 0660);
}

Outcome registryCertPerms(const Snapshot& s, const Subject&)
{
    if (const auto skipped = notJudgeable(s, {QStringLiteral("certs.d")})) {
        return *skipped;
    }
    // certs.d itself is not a CIS item, but what it says decides whether its files were seen.
    const FileFact* dir = s.file(QStringLiteral("certs.d"));
    if (!dir->error.isEmpty()) {
        return Outcome::skipped(
            Checks::tr("%1: run Escut as root to check it.").arg(Checks::tr("%1: %2").arg(dir->path, dir->error)));
    }
    if (dir->exists && dir->type == QLatin1String("symlink")) {
        return Outcome::warn(Checks::tr("%1 is a symbolic link, not followed: check the owner and mode of what it "
                                        "leads to")
                                 .arg(dir->path) +
                             QLatin1Char('.'));
    }
    Outcome outcome = combinePerms({filePerms(s, {QStringLiteral("registry-cert")}, 0444, {}, true)});
    if (const CollectionIssue* issue = s.issue(QStringLiteral("certs.d")); issue && outcome.status == Status::Pass) {
        outcome = Outcome::warn(outcome.evidence + QStringLiteral(". ") + issue->message);
    }
    return outcome;
}

Outcome tlsCertExpiry(const Snapshot& s, const Subject&)
{
    if (const QString reason = hostFilesUnavailableReason(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    if (!s.collectedAt.isValid()) {
        return Outcome::skipped(Checks::tr("The snapshot does not say when it was taken: the certificates' expiry "
                                           "dates cannot be compared with it."));
    }
    constexpr qint64 Day = 24 * 60 * 60;
    constexpr int WarnDays = 30;
    QStringList expired;
    QStringList soon;
    QStringList valid;
    QStringList unknown;
    for (const QString& role : {QStringLiteral("tlscacert"), QStringLiteral("tlscert")}) {
        for (const FileFact& f : s.files) {
            if (f.role != role || (f.error.isEmpty() && !f.exists)) {
                continue;
            }
            if (!f.error.isEmpty() || !f.certError.isEmpty()) {
                unknown.append(Checks::tr("%1: %2").arg(f.path, f.error.isEmpty() ? f.certError : f.error));
                continue;
            }
            if (!f.notAfter.isValid()) {
                unknown.append(Checks::tr("%1: its expiry date is not in this snapshot").arg(f.path));
                continue;
            }
            const QString date = f.notAfter.toUTC().date().toString(Qt::ISODate);
            const qint64 left = s.collectedAt.secsTo(f.notAfter);
            if (left <= 0) {
                expired.append(Checks::tr("%1 expired on %2").arg(f.path, date));
            } else if (left < WarnDays * Day) {
                const int days = int((left + Day - 1) / Day);
                soon.append(Checks::tr("%1 expires on %2, in %n day(s)", nullptr, days).arg(f.path, date));
            } else {
                valid.append(Checks::tr("%1 is valid until %2").arg(f.path, date));
            }
        }
    }
    if (!expired.isEmpty()) {
        return Outcome::fail(Checks::tr("%1: clients that verify TLS cannot connect to the daemon.")
                                 .arg(QStringList(expired + soon).join(QStringLiteral("; "))));
    }
    if (!soon.isEmpty()) {
        return Outcome::warn(Checks::tr("%1: renew it before then, or clients that verify TLS cannot connect.")
                                 .arg(soon.join(QStringLiteral("; "))));
    }
    if (!unknown.isEmpty()) {
        return Outcome::skipped(
            Checks::tr("Cannot read the expiry date of %1.").arg(unknown.join(QStringLiteral("; "))));
    }
    if (valid.isEmpty()) {
        return Outcome::pass(Checks::tr("The daemon has no TLS certificate (tlscacert, tlscert) configured."));
    }
    return Outcome::pass(valid.join(QStringLiteral("; ")) + QLatin1Char('.'));
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
                           "chown root:root on key.json and the TLS files; chmod 400 on the TLS key (tlskey), "
                           "444 on the CA and server certificates (tlscacert, tlscert), and 600 (or 400) on "
                           "key.json."),
         "fix.file-perms",
         keyPerms},
        {"daemon.unit-perms",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "3.1 3.2 3.3 3.4",
         "",
         QT_TRANSLATE_NOOP("Checks", "docker.service and docker.socket belong to root:root, mode 644 or stricter"),
         QT_TRANSLATE_NOOP("Checks",
                           "The systemd units decide how dockerd starts: its command line, its environment and "
                           "its socket. Whoever can change them can start the daemon with any option at the next "
                           "restart, for example a TCP socket without TLS."),
         QT_TRANSLATE_NOOP("Checks",
                           "Find the unit files with 'systemctl show -p FragmentPath docker.service docker.socket', "
                           "then run chown root:root and chmod 644 on each."),
         "",
         unitPerms},
        {"daemon.registry-cert-perms",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "3.7 3.8",
         "",
         QT_TRANSLATE_NOOP("Checks", "Registry certificates belong to root:root, mode 444 or stricter"),
         QT_TRANSLATE_NOOP("Checks",
                           "dockerd trusts the CA and client certificates in /etc/docker/certs.d/<registry>/ when "
                           "it talks to that registry. Whoever can replace them can make dockerd trust a registry "
                           "of their own and pull altered images, or use another client identity."),
         QT_TRANSLATE_NOOP("Checks",
                           "chown root:root /etc/docker/certs.d/*/*; chmod 444 on the certificates (.crt, .cert) "
                           "and 400 on client keys (.key). Replace symbolic links there with the files they lead "
                           "to, or check those files the same way."),
         "",
         registryCertPerms},
        {"daemon.env-file-perms",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "3.19 3.20 3.21 3.22",
         "",
         QT_TRANSLATE_NOOP("Checks", "Docker's environment files belong to root:root, mode 644 or stricter"),
         QT_TRANSLATE_NOOP("Checks",
                           "/etc/default/docker (Debian, Ubuntu) and /etc/sysconfig/docker (Red Hat family) hold "
                           "options and environment variables that init scripts and some systemd units pass to "
                           "dockerd. Whoever can write them can add daemon options, such as a TCP socket without "
                           "TLS, at the next restart."),
         QT_TRANSLATE_NOOP("Checks",
                           "chown root:root and chmod 644 on /etc/default/docker and /etc/sysconfig/docker, "
                           "whichever exist."),
         "",
         envFilePerms},
        {"daemon.containerd-socket-perms",
         Layer::Daemon,
         Scope::Daemon,
         Severity::High,
         "3.23 3.24",
         "",
         QT_TRANSLATE_NOOP("Checks", "containerd.sock belongs to root:root, mode 660 or stricter"),
         QT_TRANSLATE_NOOP("Checks",
                           "dockerd runs every container through containerd. Whoever can use containerd's socket "
                           "can start privileged containers and read any container's files without going through "
                           "Docker's API or its authorization plugins."),
         QT_TRANSLATE_NOOP("Checks",
                           "chown root:root /run/containerd/containerd.sock; chmod 660 "
                           "/run/containerd/containerd.sock. containerd creates the socket at every start: keep "
                           "uid and gid 0 in the [grpc] section of /etc/containerd/config.toml."),
         "",
         containerdSocketPerms},
        {"daemon.tls-cert-expiry",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "",
         "escut",
         QT_TRANSLATE_NOOP("Checks", "The daemon's TLS certificates are valid for at least 30 days"),
         QT_TRANSLATE_NOOP("Checks",
                           "When the daemon's server certificate or the CA that signs its clients' certificates "
                           "expires, clients that verify TLS can no longer connect, and the quick way out is often "
                           "to turn verification off. Renewing ahead keeps remote access working and "
                           "authenticated."),
         QT_TRANSLATE_NOOP("Checks",
                           "Issue a new certificate before the old one expires, put it at the tlscert (or "
                           "tlscacert) path and restart dockerd; 'openssl x509 -noout -enddate -in <file>' shows "
                           "the date."),
         "",
         tlsCertExpiry},
    });
}

} // namespace escut
