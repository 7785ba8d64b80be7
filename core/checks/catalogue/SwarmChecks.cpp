// SPDX-License-Identifier: GPL-3.0-or-later
// CIS Docker Benchmark v1.6.0 section 7, Docker Swarm configuration: what GET /info and GET /networks tell about the
// swarm this daemon belongs to, and (7.2) the sockets listening in the daemon's network namespace. Skipped, with the
// reason, on a daemon outside a swarm.
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"

#include <QJsonArray>
#include <QSslCertificate>

namespace escut
{
using namespace checkhelpers;

namespace
{

// The default and CIS's guidance for node certificates: 90 days.
constexpr qint64 NanosecondsPerDay = 24LL * 3600 * 1000 * 1000 * 1000;
constexpr qint64 NodeCertMaxDays = 90;
// CIS leaves the root CA's rotation to the site ("as appropriate"): a CA older than a year is shown for review.
constexpr qint64 RootCaReviewDays = 365;
constexpr qsizetype MaxTrustRootBytes = 64 * 1024;

// Swarm of /info when this daemon takes part in an active swarm; otherwise the outcome that says why not.
struct SwarmState
{
    QJsonObject swarm;
    std::optional<Outcome> notApplicable;
};

SwarmState swarmState(const Snapshot& s, bool managerOnly)
{
    if (!s.info.contains(QStringLiteral("Swarm"))) {
        return {{}, notInInfo(QStringLiteral("Swarm"))};
    }
    const QJsonObject swarm = s.info.value(QStringLiteral("Swarm")).toObject();
    const QString state = swarm.value(QStringLiteral("LocalNodeState")).toString();
    if (state != QLatin1String("active")) {
        return {{},
                Outcome::skipped(Checks::tr("This daemon is not in an active swarm (docker info: "
                                            "Swarm.LocalNodeState %1).")
                                     .arg(state.isEmpty() ? QStringLiteral("\"\"") : state))};
    }
    if (managerOnly && !swarm.value(QStringLiteral("ControlAvailable")).toBool()) {
        return {{},
                Outcome::skipped(Checks::tr("This node is a swarm worker: audit a manager to see the swarm's "
                                            "settings."))};
    }
    return {swarm, std::nullopt};
}

// 7.1
Outcome managers(const Snapshot& s, const Subject&)
{
    const SwarmState st = swarmState(s, true);
    if (st.notApplicable) {
        return *st.notApplicable;
    }
    const int managers = st.swarm.value(QStringLiteral("Managers")).toInt();
    const int nodes = st.swarm.value(QStringLiteral("Nodes")).toInt();
    // Raft needs a majority: an even count adds no fault tolerance, and more than 7 only slows agreement down.
    if (managers > 7 || (managers > 1 && managers % 2 == 0)) {
        return Outcome::warn(Checks::tr("%1 managers among %2 nodes: keep an odd number of managers, no more than "
                                        "needed (1, 3, 5 or 7).")
                                 .arg(managers)
                                 .arg(nodes));
    }
    return Outcome::pass(Checks::tr("%1 managers among %2 nodes.").arg(managers).arg(nodes));
}

// 7.2: the manager's cluster port (2377 unless --listen-addr says otherwise), as this node's entry in
// Swarm.RemoteManagers advertises it.
Outcome listenAddress(const Snapshot& s, const Subject&)
{
    const SwarmState st = swarmState(s, true);
    if (st.notApplicable) {
        return *st.notApplicable;
    }
    if (!s.daemonListening.collected) {
        return Outcome::skipped(s.daemonListening.reason.isEmpty()
                                    ? Checks::tr("This snapshot does not record the daemon's listening sockets: it "
                                                 "was taken by an earlier version of Escut.")
                                    : s.daemonListening.reason);
    }
    int port = 2377;
    const QString nodeId = st.swarm.value(QStringLiteral("NodeID")).toString();
    for (const QJsonValue& v : st.swarm.value(QStringLiteral("RemoteManagers")).toArray()) {
        const QJsonObject manager = v.toObject();
        if (manager.value(QStringLiteral("NodeID")).toString() == nodeId) {
            const QString addr = manager.value(QStringLiteral("Addr")).toString();
            if (const int p = addr.section(u':', -1).toInt(); p > 0 && p < 65536) {
                port = p;
            }
        }
    }
    const QList<ListeningSocket> sockets = s.daemonListening.onPort(port);
    if (sockets.isEmpty()) {
        return Outcome::skipped(
            Checks::tr("Nothing listens on the swarm's port %1 in the daemon's network namespace.").arg(port));
    }
    QStringList all;
    QStringList shown;
    for (const ListeningSocket& socket : sockets) {
        shown.append(socket.shown());
        if (socket.anyInterface()) {
            all.append(socket.shown());
        }
    }
    if (!all.isEmpty()) {
        return Outcome::warn(Checks::tr("The swarm's management port listens on every interface: %1. Start the "
                                        "swarm with --listen-addr on the interface the nodes use.")
                                 .arg(all.join(QStringLiteral(", "))));
    }
    return Outcome::pass(
        Checks::tr("The swarm's management port listens on %1 only.").arg(shown.join(QStringLiteral(", "))));
}

// 7.3
Outcome overlayEncrypted(const Snapshot& s, const Subject&)
{
    const SwarmState st = swarmState(s, false);
    if (st.notApplicable) {
        return *st.notApplicable;
    }
    QStringList plain;
    QStringList encrypted;
    for (const QJsonValue& v : s.networks) {
        const QJsonObject network = v.toObject();
        if (network.value(QStringLiteral("Driver")).toString() != QLatin1String("overlay")) {
            continue;
        }
        const QString name = network.value(QStringLiteral("Name")).toString();
        (network.value(QStringLiteral("Options")).toObject().contains(QStringLiteral("encrypted")) ? encrypted : plain)
            .append(name);
    }
    if (!plain.isEmpty()) {
        return Outcome::fail(
            Checks::tr("Overlay networks without encryption: %1.").arg(plain.join(QStringLiteral(", "))));
    }
    if (encrypted.isEmpty()) {
        return Outcome::pass(Checks::tr("No overlay networks."));
    }
    return Outcome::pass(Checks::tr("Encrypted overlay networks: %1.").arg(encrypted.join(QStringLiteral(", "))));
}

// 7.5
Outcome autoLock(const Snapshot& s, const Subject&)
{
    const SwarmState st = swarmState(s, true);
    if (st.notApplicable) {
        return *st.notApplicable;
    }
    const QJsonObject encryption = st.swarm.value(QStringLiteral("Cluster"))
                                       .toObject()
                                       .value(QStringLiteral("Spec"))
                                       .toObject()
                                       .value(QStringLiteral("EncryptionConfig"))
                                       .toObject();
    if (!encryption.contains(QStringLiteral("AutoLockManagers"))) {
        return notInInfo(QStringLiteral("Swarm.Cluster.Spec.EncryptionConfig.AutoLockManagers"));
    }
    return encryption.value(QStringLiteral("AutoLockManagers")).toBool()
               ? Outcome::pass(Checks::tr("Managers are auto-locked (AutoLockManagers true)."))
               : Outcome::fail(Checks::tr("Managers are not auto-locked: the swarm's keys are stored unencrypted on "
                                          "each manager (AutoLockManagers false)."));
}

// 7.7
Outcome nodeCertExpiry(const Snapshot& s, const Subject&)
{
    const SwarmState st = swarmState(s, true);
    if (st.notApplicable) {
        return *st.notApplicable;
    }
    const QJsonObject ca = st.swarm.value(QStringLiteral("Cluster"))
                               .toObject()
                               .value(QStringLiteral("Spec"))
                               .toObject()
                               .value(QStringLiteral("CAConfig"))
                               .toObject();
    if (!ca.contains(QStringLiteral("NodeCertExpiry"))) {
        return notInInfo(QStringLiteral("Swarm.Cluster.Spec.CAConfig.NodeCertExpiry"));
    }
    const double expiry = ca.value(QStringLiteral("NodeCertExpiry")).toDouble();
    const qint64 days = qint64(expiry) / NanosecondsPerDay;
    if (days > NodeCertMaxDays) {
        return Outcome::warn(Checks::tr("Node certificates are rotated every %1 days: rotate them at least every "
                                        "%2 days (docker swarm update --cert-expiry).")
                                 .arg(days)
                                 .arg(NodeCertMaxDays));
    }
    return Outcome::pass(Checks::tr("Node certificates are rotated every %1 days.").arg(days));
}

// 7.8: the root CA certificate docker info shows (Swarm.Cluster.TLSInfo.TrustRoot) was issued when the swarm was
// created or its CA last rotated (docker swarm ca --rotate issues a new one).
Outcome rootCaRotation(const Snapshot& s, const Subject&)
{
    const SwarmState st = swarmState(s, true);
    if (st.notApplicable) {
        return *st.notApplicable;
    }
    const QString pem = st.swarm.value(QStringLiteral("Cluster"))
                            .toObject()
                            .value(QStringLiteral("TLSInfo"))
                            .toObject()
                            .value(QStringLiteral("TrustRoot"))
                            .toString();
    if (pem.isEmpty()) {
        return notInInfo(QStringLiteral("Swarm.Cluster.TLSInfo.TrustRoot"));
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem.toUtf8().left(MaxTrustRootBytes), QSsl::Pem);
    if (certs.isEmpty() || certs.first().isNull() || !certs.first().effectiveDate().isValid()) {
        return Outcome::skipped(Checks::tr("The swarm's root CA certificate in docker info "
                                           "(Swarm.Cluster.TLSInfo.TrustRoot) is not a PEM certificate."));
    }
    const QDateTime issued = certs.first().effectiveDate().toUTC();
    const qint64 days = issued.daysTo(s.collectedAt.toUTC());
    const QString date = issued.date().toString(Qt::ISODate);
    if (days > RootCaReviewDays) {
        return Outcome::info(Checks::tr("The swarm's root CA certificate was issued on %1, %2 days before this audit: "
                                        "rotate it (docker swarm ca --rotate) if your policy asks for it.")
                                 .arg(date)
                                 .arg(days));
    }
    return Outcome::pass(
        Checks::tr("The swarm's root CA certificate was issued on %1, %2 days before this audit.").arg(date).arg(days));
}

} // namespace

void addSwarmChecks(QList<CheckDef>& out)
{
    out.append({
        {"daemon.swarm-managers",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "7.1",
         "",
         QT_TRANSLATE_NOOP("Checks", "The swarm has no more managers than it needs"),
         QT_TRANSLATE_NOOP("Checks",
                           "Every manager holds the swarm's state and keys: each one more is one more host "
                           "to defend. An even number adds no fault tolerance."),
         QT_TRANSLATE_NOOP("Checks",
                           "Keep one manager, or an odd number (3, 5, 7) when the swarm must survive a lost "
                           "manager; demote the rest with docker node demote."),
         "",
         managers},
        {"daemon.swarm-listen-address",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "7.2",
         "",
         QT_TRANSLATE_NOOP("Checks", "The swarm listens on a specific interface"),
         QT_TRANSLATE_NOOP("Checks",
                           "A manager's cluster port (2377) accepts nodes and control traffic: listening on every "
                           "interface exposes it on networks the swarm does not use, such as a public one."),
         QT_TRANSLATE_NOOP("Checks",
                           "Initialise or join the swarm with --listen-addr (and --advertise-addr) set to the address "
                           "of the interface the nodes share, e.g. docker swarm init --listen-addr 10.0.0.5:2377."),
         "",
         listenAddress},
        {"daemon.swarm-overlay-encrypted",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "7.3",
         "",
         QT_TRANSLATE_NOOP("Checks", "Swarm overlay networks are encrypted"),
         QT_TRANSLATE_NOOP("Checks",
                           "Traffic between containers on different nodes crosses the hosts' network in "
                           "clear text unless the overlay network is created encrypted."),
         QT_TRANSLATE_NOOP("Checks",
                           "Create overlay networks with --opt encrypted (docker network create -d overlay "
                           "--opt encrypted NAME) and move the services to them."),
         "",
         overlayEncrypted},
        {"daemon.swarm-autolock",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "7.5",
         "",
         QT_TRANSLATE_NOOP("Checks", "Swarm managers are auto-locked"),
         QT_TRANSLATE_NOOP("Checks",
                           "Without auto-lock, the keys that encrypt the swarm's Raft logs are kept on each "
                           "manager's disk: whoever copies the disk reads the swarm's secrets."),
         QT_TRANSLATE_NOOP("Checks",
                           "Turn auto-lock on with docker swarm update --autolock=true and keep the unlock "
                           "key somewhere safe."),
         "",
         autoLock},
        {"daemon.swarm-cert-rotation",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "7.7",
         "",
         QT_TRANSLATE_NOOP("Checks", "Swarm node certificates are rotated"),
         QT_TRANSLATE_NOOP("Checks",
                           "A stolen node certificate is valid until it expires: the shorter its life, the "
                           "sooner it is useless."),
         QT_TRANSLATE_NOOP("Checks", "Set the expiry to 90 days or less: docker swarm update --cert-expiry 2160h."),
         "",
         nodeCertExpiry},
        {"daemon.swarm-ca-rotation",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Info,
         "7.8",
         "",
         QT_TRANSLATE_NOOP("Checks", "The swarm's root CA is rotated"),
         QT_TRANSLATE_NOOP("Checks",
                           "The swarm's root CA signs every node certificate: a CA key that has lived for years has "
                           "had years to leak, and rotating it is how a swarm recovers from a compromised manager."),
         QT_TRANSLATE_NOOP("Checks",
                           "Rotate the root CA with docker swarm ca --rotate as often as your policy asks (CIS leaves "
                           "the period to you; Escut shows CAs older than a year for review)."),
         "",
         rootCaRotation},
    });
}

} // namespace escut
