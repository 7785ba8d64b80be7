// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Auditor.h"
#include "core/report/EndpointAudit.h"
#include "core/report/Reports.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace escut
{

// One endpoint of a fleet: resolved, or why it cannot be (reported as unreachable, never fatal to the others).
struct FleetTarget
{
    QString name; // as written: URL or context name
    std::optional<Endpoint> endpoint;
    QString error;
};

class Fleet
{
    Q_DECLARE_TR_FUNCTIONS(Fleet)

public:
    [[nodiscard]] static FleetTarget fromHost(const QString& url);
    [[nodiscard]] static FleetTarget fromContext(const QString& name);

    // --hosts FILE: one endpoint per line, '#' starts a comment:
    //   unix:///run/docker.sock
    //   tcp://10.0.0.5:2376 tlsverify certs=/etc/escut/hosts/10.0.0.5   (ca.pem, cert.pem, key.pem in certs=)
    //   tcp://10.0.0.6:2376 ca=/p/ca.pem cert=/p/cert.pem key=/p/key.pem
    //   ssh://admin@10.0.0.7:2222                                        (through the docker CLI, no options)
    //   production                                                       (a Docker context name)
    [[nodiscard]] static Result<QList<FleetTarget>> readHostsFile(const QString& path);

    // --host and --context values and --hosts files, in that order.
    [[nodiscard]] static Result<QList<FleetTarget>>
    targets(const QStringList& hosts, const QStringList& contexts, const QStringList& hostsFiles);

    // Audits every target, at most `parallel` at a time. Blocking: one result per target, in order.
    [[nodiscard]] static QList<EndpointAudit>
    run(const QList<FleetTarget>& targets, const AuditOptions& base, int parallel);
};

// "5m", "30s", "2h", or plain seconds; nullopt when it is none of those or not positive.
std::optional<int> parseDurationSeconds(const QString& text);

} // namespace escut
