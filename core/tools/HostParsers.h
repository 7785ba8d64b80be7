// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/HostFacts.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace escut
{

// Pure parsers of the host tools' output and of the account files. No I/O.
class HostParsers
{
    Q_DECLARE_TR_FUNCTIONS(HostParsers)

public:
    // apt-get -s upgrade: one "Inst NAME [OLD] (NEW ORIGIN, ORIGIN [ARCH])" line per upgrade; an origin whose
    // suite ends in -security (Debian-Security:12/bookworm-security, Ubuntu:24.04/noble-security) is a
    // security update.
    [[nodiscard]] static QList<UpdatesFact::Package> aptSimulation(const QByteArray& text);
    // dnf -q check-update: "NAME.ARCH VERSION REPO" lines (exit 100 when there are updates); security names
    // from dnf -q updateinfo list --security ("ADVISORY TYPE NAME-VERSION.ARCH").
    [[nodiscard]] static QList<UpdatesFact::Package> dnfCheckUpdate(const QByteArray& text,
                                                                    const QByteArray& securityList);
    // zypper --xmlout list-updates / list-patches --category security: <update name= edition= kind=>.
    [[nodiscard]] static QList<UpdatesFact::Package> zypperUpdates(const QByteArray& xml,
                                                                   const QByteArray& securityXml);

    // Paths an audit rule watches: "-w PATH ..." and "-a ... -F path=PATH" / "-F dir=PATH".
    [[nodiscard]] static QStringList auditWatchedPaths(const QStringList& rules);

    // iptables -S (the filter table) and nft -j list ruleset, summarised into the firewall fact.
    [[nodiscard]] static FirewallFact iptablesRules(const QByteArray& text);
    [[nodiscard]] static Result<FirewallFact> nftRuleset(const QByteArray& json);

    struct AppArmorCounts
    {
        int enforce = 0;
        int complain = 0;
    };
    // aa-status --json: {"profiles": {"NAME": "enforce" | "complain" | ...}}.
    [[nodiscard]] static Result<AppArmorCounts> aaStatus(const QByteArray& json);

    // /etc/group and /etc/passwd: the docker group's members (supplementary and primary) and the
    // administrators (sudo, wheel, admin groups and uid 0).
    [[nodiscard]] static DockerGroupFact dockerGroup(const QByteArray& groupFile, const QByteArray& passwdFile);

    // The last assignment of DOCKER_CONTENT_TRUST in a shell start file or /etc/environment.
    [[nodiscard]] static ContentTrustFact::File contentTrustAssignment(const QString& path, const QByteArray& text);
};

} // namespace escut
