// SPDX-License-Identifier: GPL-3.0-or-later
// monitor.* checks (seed 000, "eines"): runtime detection (Falco), an audit trail (auditd) and metrics
// (Prometheus scraping dockerd), from services, processes, binaries, containers and daemon.json.
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"
#include "core/checks/catalogue/HostHelpers.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace escut
{

using namespace checkhelpers;
using namespace hostchecks;

namespace
{

// Running containers whose image name contains word ("falcosecurity/falco:0.39" for "falco").
QStringList runningContainersOf(const Snapshot& s, const QString& word)
{
    QStringList out;
    const QRegularExpression image(QStringLiteral("(^|/)%1([-_:@]|$)").arg(QRegularExpression::escape(word)));
    for (const QJsonObject& c : s.containers) {
        // Most containers of a large host are stopped: their image is not looked at.
        if (!c.value(QStringLiteral("State")).toObject().value(QStringLiteral("Running")).toBool()) {
            continue;
        }
        const QString name = c.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Image")).toString();
        if (image.match(name).hasMatch()) {
            out.append(QStringLiteral("%1 (%2)").arg(c.value(QStringLiteral("Name")).toString().mid(1), name));
        }
    }
    return out;
}

// What systemd says about a unit, for evidence.
QString unitState(const MonitoringFact& m, const QString& unit)
{
    if (!m.systemd.ok()) {
        return Checks::tr("systemd is not running here");
    }
    return Checks::tr("systemctl: %1 %2").arg(unit, m.services.value(unit));
}

// The active units among names, "unit (active)" for evidence.
QStringList activeServices(const MonitoringFact& m, const QStringList& units)
{
    QStringList out;
    for (const QString& u : units) {
        if (m.services.value(u) == QLatin1String("active")) {
            out.append(u);
        }
    }
    return out;
}

Outcome falco(const Snapshot& s, const Subject&)
{
    const QStringList containers = runningContainersOf(s, QStringLiteral("falco"));
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        if (!containers.isEmpty()) {
            return Outcome::pass(Checks::tr("Falco runs in container %1.").arg(containers.join(QStringLiteral(", "))));
        }
        return Outcome::skipped(reason);
    }
    const MonitoringFact& m = s.host.monitoring;
    const QStringList services = activeServices(m,
                                                {QStringLiteral("falco"),
                                                 QStringLiteral("falco-modern-bpf"),
                                                 QStringLiteral("falco-kmod"),
                                                 QStringLiteral("falco-bpf")});
    if (!services.isEmpty()) {
        return Outcome::pass(
            Checks::tr("Falco runs as the systemd service %1.").arg(services.join(QStringLiteral(", "))));
    }
    if (!containers.isEmpty()) {
        return Outcome::pass(Checks::tr("Falco runs in container %1.").arg(containers.join(QStringLiteral(", "))));
    }
    if (m.running.contains(QStringLiteral("falco"))) {
        return Outcome::pass(Checks::tr("A falco process is running (%1).").arg(m.processes.source));
    }
    const QString systemd = unitState(m, QStringLiteral("falco"));
    if (m.binaries.contains(QStringLiteral("falco"))) {
        return Outcome::warn(Checks::tr("Falco is installed (%1) but not running (%2).")
                                 .arg(m.binaries.value(QStringLiteral("falco")), systemd));
    }
    return Outcome::fail(
        Checks::tr("No Falco: no falco binary, service, process or running container (%1).").arg(systemd));
}

Outcome auditd(const Snapshot& s, const Subject&)
{
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    const MonitoringFact& m = s.host.monitoring;
    const AuditFact& a = s.host.audit;
    QString running;
    if (m.services.value(QStringLiteral("auditd")) == QLatin1String("active")) {
        running = Checks::tr("systemctl: auditd active");
    } else if (m.running.contains(QStringLiteral("auditd"))) {
        running = Checks::tr("an auditd process (%1)").arg(m.processes.source);
    }
    if (running.isEmpty()) {
        const QString systemd = unitState(m, QStringLiteral("auditd"));
        if (m.binaries.contains(QStringLiteral("auditd"))) {
            return Outcome::fail(Checks::tr("auditd is installed (%1) but not running (%2).")
                                     .arg(m.binaries.value(QStringLiteral("auditd")), systemd));
        }
        return Outcome::fail(Checks::tr("auditd is not installed (no auditd binary; %1): install it with apt-get "
                                        "install auditd.")
                                 .arg(systemd));
    }
    if (!a.probe.ok()) {
        return Outcome::skipped(Checks::tr("auditd is running (%1); whether rules are loaded is unknown: %2")
                                    .arg(running, probeReason(a.probe)));
    }
    if (a.rules.isEmpty()) {
        return Outcome::warn(Checks::tr("auditd is running (%1) but no rule is loaded (%2: No rules): it records "
                                        "almost nothing.")
                                 .arg(running, a.probe.source));
    }
    return Outcome::pass(Checks::tr("auditd is running (%1) with %n rule(s) loaded (%2).", nullptr, int(a.rules.size()))
                             .arg(running, a.probe.source));
}

Outcome prometheus(const Snapshot& s, const Subject&)
{
    if (const QString reason = hostFactsUnavailable(s); !reason.isEmpty()) {
        return Outcome::skipped(reason);
    }
    QString address;
    QString where;
    if (const auto flag = s.commandLineFlag(QStringLiteral("--metrics-addr"))) {
        address = *flag;
        where = Checks::tr("dockerd command line: --metrics-addr %1").arg(address);
    } else if (const auto value = configValue(s, QStringLiteral("metrics-addr"))) {
        address = value->toString();
        where = Checks::tr("daemon.json: \"metrics-addr\": %1").arg(jsonText(*value));
    }
    const MonitoringFact& m = s.host.monitoring;
    QStringList scrapers = runningContainersOf(s, QStringLiteral("prometheus"));
    if (m.running.contains(QStringLiteral("prometheus"))) {
        scrapers.prepend(Checks::tr("a prometheus process"));
    } else if (m.services.value(QStringLiteral("prometheus")) == QLatin1String("active")) {
        scrapers.prepend(Checks::tr("the prometheus service"));
    }
    const QString scraper = scrapers.join(QStringLiteral(", "));
    if (address.isEmpty()) {
        if (!scrapers.isEmpty()) {
            return Outcome::warn(Checks::tr("Prometheus runs (%1) but dockerd exports no metrics: metrics-addr is not "
                                            "set.")
                                     .arg(scraper));
        }
        return Outcome::fail(Checks::tr("dockerd exports no metrics (metrics-addr is not set in daemon.json nor on "
                                        "its command line) and no Prometheus process or container runs."));
    }
    const QString host = address.section(QLatin1Char(':'), 0, -2);
    const bool loopback =
        host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("[::1]");
    if (!loopback) {
        return Outcome::warn(Checks::tr("%1: the daemon's metrics are served on %2, reachable from the network; "
                                        "bind them to 127.0.0.1 or filter the port.")
                                 .arg(where, address));
    }
    if (scrapers.isEmpty()) {
        return Outcome::warn(
            Checks::tr("%1, but no Prometheus process or container was found to scrape it.").arg(where));
    }
    return Outcome::pass(Checks::tr("%1, scraped by %2.").arg(where, scraper));
}

} // namespace

void addMonitorChecks(QList<CheckDef>& out)
{
    out.append({
        {"monitor.falco",
         Layer::Monitoring,
         Scope::Host,
         Severity::Medium,
         "",
         "seed 000 tools",
         QT_TRANSLATE_NOOP("Checks", "Falco watches the containers at run time"),
         QT_TRANSLATE_NOOP("Checks",
                           "Falco follows the kernel's system calls and raises an alert when a container opens a "
                           "shell, writes under /etc or reads a key: seed 000 lists it to detect what the other "
                           "layers failed to prevent."),
         QT_TRANSLATE_NOOP("Checks",
                           "Install Falco (the falcosecurity packages, or its container with the modern eBPF "
                           "probe) and enable its service: systemctl enable --now falco-modern-bpf."),
         "",
         falco},
        {"monitor.auditd",
         Layer::Monitoring,
         Scope::Host,
         Severity::Medium,
         "1.1.3",
         "seed 000 tools",
         QT_TRANSLATE_NOOP("Checks", "auditd runs with rules loaded"),
         QT_TRANSLATE_NOOP("Checks",
                           "The Linux audit daemon keeps the tamper-evident record of who ran and changed what; "
                           "without it the host's audit rules record nothing."),
         QT_TRANSLATE_NOOP("Checks",
                           "apt-get install auditd, systemctl enable --now auditd, and load rules from "
                           "/etc/audit/rules.d with augenrules --load."),
         "",
         auditd},
        {"monitor.prometheus",
         Layer::Monitoring,
         Scope::Host,
         Severity::Low,
         "",
         "seed 000 tools",
         QT_TRANSLATE_NOOP("Checks", "dockerd's metrics are exported and scraped"),
         QT_TRANSLATE_NOOP("Checks",
                           "With metrics-addr, dockerd serves Prometheus metrics (containers started, failed, "
                           "engine health): a scraper turns them into alerts for crash loops and exhausted "
                           "resources, which are often the first sign of an attack."),
         QT_TRANSLATE_NOOP("Checks",
                           "Set \"metrics-addr\": \"127.0.0.1:9323\" in daemon.json, restart dockerd, and add the "
                           "target to a Prometheus that runs on the host or in a container."),
         "",
         prometheus},
    });
}

} // namespace escut
