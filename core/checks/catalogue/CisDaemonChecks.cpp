// SPDX-License-Identifier: GPL-3.0-or-later
// The daemon-wide recommendations of the CIS Docker Benchmark v1.6.0 that read GET /info, dockerd's command line
// and daemon.json (2.1, 2.6, 2.10–2.13, 2.17, 2.18, 5.1) and the operations section (6.1, 6.2).
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"

#include <QJsonArray>
#include <QSet>

namespace escut
{
using namespace checkhelpers;

namespace
{

// A value of GET /info, nullopt when this endpoint's /info has no such key (Podman, an old API, a partial snapshot):
// the checks then say so instead of assuming a default.
std::optional<QJsonValue> infoValue(const Snapshot& s, const QString& key)
{
    if (!s.info.contains(key)) {
        return std::nullopt;
    }
    return s.info.value(key);
}

// The values of a dockerd option from its command line (--name, repeatable) or else daemon.json; skipReason is set
// when neither can be seen, so that "not set" is only said when it was looked at.
struct ListSetting
{
    QStringList values;
    QString where;
    QString skipReason;
};

ListSetting listSetting(const Snapshot& s, const QString& flag, const QString& key)
{
    const QStringList flags = s.commandLineFlagValues(QStringLiteral("--") + flag);
    if (!flags.isEmpty()) {
        return {flags, Checks::tr("dockerd command line: --%1 %2").arg(flag, flags.join(QStringLiteral(", "))), {}};
    }
    if (const auto value = configValue(s, key)) {
        QStringList values;
        if (value->isArray()) {
            for (const QJsonValue& v : value->toArray()) {
                values.append(v.toString());
            }
        } else if (!value->toString().isEmpty()) {
            values.append(value->toString());
        }
        return {values, Checks::tr("daemon.json: \"%1\": %2").arg(key, jsonText(*value)), {}};
    }
    if (const QString reason = hostFilesUnavailableReason(s); !reason.isEmpty()) {
        return {{}, {}, reason};
    }
    if (s.daemonConfig().state == DaemonConfig::State::Unreadable) {
        return {{}, {}, Checks::tr("Cannot read %1: run Escut as root to check it.").arg(s.daemonConfigFact.path)};
    }
    return {{}, Checks::tr("\"%1\" is not set on dockerd's command line or in daemon.json.").arg(key), {}};
}

// 2.1
Outcome rootless(const Snapshot& s, const Subject&)
{
    if (!infoValue(s, QStringLiteral("SecurityOptions"))) {
        return notInInfo(QStringLiteral("SecurityOptions"));
    }
    if (daemonHasSecurityOption(s, QStringLiteral("rootless"))) {
        return Outcome::pass(Checks::tr("The daemon runs rootless (docker info: name=rootless)."));
    }
    return Outcome::warn(Checks::tr("The daemon runs as root (docker info: no name=rootless in SecurityOptions)."));
}

// 2.6
Outcome storageDriver(const Snapshot& s, const Subject&)
{
    const auto driver = infoValue(s, QStringLiteral("Driver"));
    if (!driver) {
        return notInInfo(QStringLiteral("Driver"));
    }
    const QString name = driver->toString();
    if (name == QLatin1String("aufs")) {
        return Outcome::fail(Checks::tr("The storage driver is aufs (docker info: Driver aufs)."));
    }
    return Outcome::pass(Checks::tr("The storage driver is %1 (docker info: Driver).").arg(name));
}

// 2.10
Outcome daemonCgroupParent(const Snapshot& s, const Subject&)
{
    const ListSetting setting = listSetting(s, QStringLiteral("cgroup-parent"), QStringLiteral("cgroup-parent"));
    if (!setting.skipReason.isEmpty()) {
        return Outcome::skipped(setting.skipReason);
    }
    if (setting.values.isEmpty()) {
        return Outcome::pass(setting.where);
    }
    return Outcome::warn(Checks::tr("Containers are placed under a cgroup parent of their own (%1): confirm that "
                                    "its limits are the intended ones.")
                             .arg(setting.where));
}

// 2.11
Outcome baseDeviceSize(const Snapshot& s, const Subject&)
{
    const auto driver = infoValue(s, QStringLiteral("Driver"));
    if (driver && driver->toString() != QLatin1String("devicemapper")) {
        return Outcome::pass(Checks::tr("The storage driver is %1: the base device size applies to devicemapper only.")
                                 .arg(driver->toString()));
    }
    const ListSetting setting = listSetting(s, QStringLiteral("storage-opt"), QStringLiteral("storage-opts"));
    if (!setting.skipReason.isEmpty()) {
        return Outcome::skipped(setting.skipReason);
    }
    for (const QString& option : setting.values) {
        if (option.trimmed().startsWith(QLatin1String("dm.basesize"), Qt::CaseInsensitive)) {
            return Outcome::warn(Checks::tr("The base device size is changed (%1).").arg(setting.where));
        }
    }
    return Outcome::pass(Checks::tr("The base device size is the default (%1).").arg(setting.where));
}

// 2.12
Outcome authorization(const Snapshot& s, const Subject&)
{
    const auto plugins = infoValue(s, QStringLiteral("Plugins"));
    if (!plugins || !plugins->toObject().contains(QStringLiteral("Authorization"))) {
        return notInInfo(QStringLiteral("Plugins.Authorization"));
    }
    QStringList names;
    for (const QJsonValue& v : plugins->toObject().value(QStringLiteral("Authorization")).toArray()) {
        names.append(v.toString());
    }
    if (names.isEmpty()) {
        return Outcome::warn(Checks::tr("No authorization plugin: every user who reaches the socket may do "
                                        "everything (docker info: Plugins.Authorization is empty)."));
    }
    return Outcome::pass(Checks::tr("Authorization plugins: %1.").arg(names.join(QStringLiteral(", "))));
}

// 2.13
Outcome remoteLogging(const Snapshot& s, const Subject&)
{
    const auto driver = infoValue(s, QStringLiteral("LoggingDriver"));
    if (!driver) {
        return notInInfo(QStringLiteral("LoggingDriver"));
    }
    const QString name = driver->toString();
    static const QSet<QString> local{QStringLiteral("json-file"),
                                     QStringLiteral("local"),
                                     QStringLiteral("none"),
                                     QString()};
    if (local.contains(name)) {
        return Outcome::warn(Checks::tr("The default logging driver is %1: container logs stay on this host.")
                                 .arg(name.isEmpty() ? QStringLiteral("\"\"") : name));
    }
    return Outcome::pass(Checks::tr("The default logging driver is %1.").arg(name));
}

// 2.17
Outcome seccompProfile(const Snapshot& s, const Subject&)
{
    const auto options = infoValue(s, QStringLiteral("SecurityOptions"));
    if (!options) {
        return notInInfo(QStringLiteral("SecurityOptions"));
    }
    for (const QJsonValue& v : options->toArray()) {
        const QString option = v.toString();
        if (option != QLatin1String("name=seccomp") && !option.startsWith(QLatin1String("name=seccomp,"))) {
            continue;
        }
        QString profile;
        for (const QString& part : option.split(QLatin1Char(','))) {
            if (part.startsWith(QLatin1String("profile="))) {
                profile = part.mid(8);
            }
        }
        if (profile == QLatin1String("unconfined")) {
            return Outcome::fail(Checks::tr("The daemon-wide seccomp profile is unconfined: containers run without a "
                                            "system call filter unless each one sets one."));
        }
        if (profile.isEmpty() || profile == QLatin1String("default") || profile == QLatin1String("builtin")) {
            return Outcome::pass(
                Checks::tr("Containers get Docker's default seccomp profile (docker info: %1).").arg(option));
        }
        return Outcome::pass(
            Checks::tr("A custom daemon-wide seccomp profile is applied (docker info: %1).").arg(option));
    }
    return Outcome::fail(Checks::tr("The daemon does not report seccomp: containers run without a system call filter "
                                    "(docker info: SecurityOptions)."));
}

// 2.18
Outcome experimental(const Snapshot& s, const Subject&)
{
    const auto value = infoValue(s, QStringLiteral("ExperimentalBuild"));
    if (!value) {
        return notInInfo(QStringLiteral("ExperimentalBuild"));
    }
    return value->toBool()
               ? Outcome::fail(Checks::tr("Experimental features are on (docker info: ExperimentalBuild true)."))
               : Outcome::pass(Checks::tr("Experimental features are off (docker info: ExperimentalBuild false)."));
}

// 5.1
Outcome swarmMode(const Snapshot& s, const Subject&)
{
    const auto swarm = infoValue(s, QStringLiteral("Swarm"));
    if (!swarm || !swarm->toObject().contains(QStringLiteral("LocalNodeState"))) {
        return notInInfo(QStringLiteral("Swarm.LocalNodeState"));
    }
    const QString state = swarm->toObject().value(QStringLiteral("LocalNodeState")).toString();
    if (state == QLatin1String("inactive") || state.isEmpty()) {
        return Outcome::pass(Checks::tr("Swarm mode is not enabled (docker info: Swarm.LocalNodeState inactive)."));
    }
    return Outcome::warn(Checks::tr("Swarm mode is enabled (docker info: Swarm.LocalNodeState %1): leave the swarm "
                                    "if this host does not need it.")
                             .arg(state));
}

// Where a sprawl limit comes from, for the evidence.
QString limitOrigin(const SprawlLimits& limits, const char* key)
{
    const QString from =
        limits.origin == QLatin1String("default")
            ? Checks::tr("the default; set [sprawl] %1 in escut.conf to change it").arg(QLatin1String(key))
            : Checks::tr("[sprawl] %1 in %2").arg(QLatin1String(key), limits.origin);
    return limits.problem.isEmpty() ? from : from + QStringLiteral(". ") + limits.problem;
}

// 6.1
Outcome imageSprawl(const Snapshot& s, const Subject&)
{
    if (!s.imagesCollected || !s.containersCollected) {
        return Outcome::skipped(Checks::tr("This audit left the images or the containers out."));
    }
    QSet<QString> used;
    for (const QJsonObject& c : s.containers) {
        used.insert(c.value(QStringLiteral("Image")).toString());
    }
    qsizetype inUse = 0;
    for (const ImageFact& image : s.images) {
        inUse += used.contains(image.inspect.value(QStringLiteral("Id")).toString()) ? 1 : 0;
    }
    const qsizetype unused = s.images.size() - inUse;
    const int limit = s.sprawlLimits.maxUnusedImages;
    const QString seen = Checks::tr("Images: %1 (%2 used by a container, %3 unused; at most %4 unused allowed: %5).")
                             .arg(s.images.size())
                             .arg(inUse)
                             .arg(unused)
                             .arg(limit)
                             .arg(limitOrigin(s.sprawlLimits, "maxUnusedImages"));
    return unused > limit ? Outcome::warn(seen + QLatin1Char(' ') +
                                          Checks::tr("Remove the unused ones with docker image prune -a."))
                          : Outcome::pass(seen);
}

// 6.2
Outcome containerSprawl(const Snapshot& s, const Subject&)
{
    if (!s.containersCollected) {
        return Outcome::skipped(Checks::tr("This audit left the containers out."));
    }
    qsizetype running = 0;
    for (const QJsonObject& c : s.containers) {
        running += c.value(QStringLiteral("State")).toObject().value(QStringLiteral("Running")).toBool() ? 1 : 0;
    }
    const qsizetype stopped = s.containers.size() - running;
    const int limit = s.sprawlLimits.maxStoppedContainers;
    const QString seen =
        Checks::tr("Containers: %1 (%2 running, %3 stopped or never started; at most %4 stopped allowed: %5).")
            .arg(s.containers.size())
            .arg(running)
            .arg(stopped)
            .arg(limit)
            .arg(limitOrigin(s.sprawlLimits, "maxStoppedContainers"));
    return stopped > limit ? Outcome::warn(seen + QLatin1Char(' ') +
                                           Checks::tr("Remove those no longer needed with docker container prune."))
                           : Outcome::pass(seen);
}

} // namespace

void addCisDaemonChecks(QList<CheckDef>& out)
{
    out.append({
        {"daemon.rootless",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "2.1",
         "",
         QT_TRANSLATE_NOOP("Checks", "The daemon runs rootless"),
         QT_TRANSLATE_NOOP("Checks",
                           "A daemon running as root is root on the host: an escape from a container or a "
                           "misused API call gives the whole machine. In rootless mode dockerd and its "
                           "containers run as an ordinary user."),
         QT_TRANSLATE_NOOP("Checks",
                           "Where the workloads allow it, install Docker's rootless mode "
                           "(dockerd-rootless-setuptool.sh install) and run the containers there."),
         "",
         rootless},
        {"daemon.storage-driver",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "2.6",
         "",
         QT_TRANSLATE_NOOP("Checks", "The aufs storage driver is not used"),
         QT_TRANSLATE_NOOP("Checks",
                           "aufs is an old storage driver, no longer in the mainline kernel nor supported by "
                           "current Docker releases, and known for kernel crashes."),
         QT_TRANSLATE_NOOP("Checks",
                           "Move to overlay2: set \"storage-driver\": \"overlay2\" in daemon.json (images and "
                           "containers must be recreated or migrated)."),
         "",
         storageDriver},
        {"daemon.cgroup-parent",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "2.10",
         "",
         QT_TRANSLATE_NOOP("Checks", "Containers use the default cgroup parent"),
         QT_TRANSLATE_NOOP("Checks",
                           "The cgroup parent decides which resource limits apply to every container. A "
                           "changed parent can lift the limits meant for containers, so it should be a "
                           "deliberate, confirmed choice."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove --cgroup-parent and \"cgroup-parent\" unless they are needed, and confirm "
                           "the limits of the parent that is used."),
         "",
         daemonCgroupParent},
        {"daemon.base-device-size",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "2.11",
         "",
         QT_TRANSLATE_NOOP("Checks", "The base device size is not changed"),
         QT_TRANSLATE_NOOP("Checks",
                           "With devicemapper, a larger dm.basesize lets each container's filesystem grow "
                           "more, and a few containers can fill the host's storage."),
         QT_TRANSLATE_NOOP("Checks", "Remove the dm.basesize storage option unless it is needed."),
         "",
         baseDeviceSize},
        {"daemon.authorization",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "2.12",
         "",
         QT_TRANSLATE_NOOP("Checks", "An authorization plugin controls Docker commands"),
         QT_TRANSLATE_NOOP("Checks",
                           "Without an authorization plugin, whoever can reach the daemon's socket may run "
                           "any command, including privileged containers. A plugin can allow each user only "
                           "what they need."),
         QT_TRANSLATE_NOOP("Checks",
                           "Install an authorization plugin (for example Open Policy Agent's) and start "
                           "dockerd with --authorization-plugin=NAME."),
         "",
         authorization},
        {"daemon.remote-logging",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "2.13",
         "",
         QT_TRANSLATE_NOOP("Checks", "Container logs go to a central log service"),
         QT_TRANSLATE_NOOP("Checks",
                           "Logs kept only on the host are lost with it and can be erased by whoever takes "
                           "it over. A central service keeps the record of what happened."),
         QT_TRANSLATE_NOOP("Checks",
                           "Set \"log-driver\" in daemon.json to a driver that sends logs away (syslog with "
                           "\"syslog-address\", journald forwarded, gelf, fluentd, ...) and restart dockerd."),
         "",
         remoteLogging},
        {"daemon.seccomp-profile",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Medium,
         "2.17",
         "",
         QT_TRANSLATE_NOOP("Checks", "A daemon-wide seccomp profile is applied"),
         QT_TRANSLATE_NOOP("Checks",
                           "The daemon's seccomp profile is the system call filter of every container that "
                           "does not choose its own. Docker's default one blocks the calls most used to "
                           "escape; unconfined blocks none."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove --seccomp-profile=unconfined and \"seccomp-profile\": \"unconfined\"; keep "
                           "the default profile or give a stricter one of your own."),
         "",
         seccompProfile},
        {"daemon.experimental",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "2.18",
         "",
         QT_TRANSLATE_NOOP("Checks", "Experimental features are off"),
         QT_TRANSLATE_NOOP("Checks",
                           "Experimental features are not stable and have had less review: production "
                           "daemons should not run them."),
         QT_TRANSLATE_NOOP("Checks", "Remove --experimental and \"experimental\": true, and restart dockerd."),
         "",
         experimental},
        {"daemon.swarm-mode",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Low,
         "5.1",
         "",
         QT_TRANSLATE_NOOP("Checks", "Swarm mode is not enabled"),
         QT_TRANSLATE_NOOP("Checks",
                           "Swarm mode opens management ports (2377/tcp and others) and runs services this "
                           "host may not need."),
         QT_TRANSLATE_NOOP("Checks", "If the host does not need swarm mode, leave it with docker swarm leave."),
         "",
         swarmMode},
        {"daemon.image-sprawl",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Info,
         "6.1",
         "",
         QT_TRANSLATE_NOOP("Checks", "Unused images are removed"),
         QT_TRANSLATE_NOOP("Checks",
                           "Images nobody uses still take space, keep old vulnerable versions at hand and "
                           "make it hard to tell which images matter."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove the images no container uses (docker image prune -a, after checking the "
                           "list)."),
         "",
         imageSprawl},
        {"daemon.container-sprawl",
         Layer::Daemon,
         Scope::Daemon,
         Severity::Info,
         "6.2",
         "",
         QT_TRANSLATE_NOOP("Checks", "Stopped containers are removed"),
         QT_TRANSLATE_NOOP("Checks",
                           "Stopped containers keep their filesystems, settings and volumes: they take space "
                           "and can be started again by mistake."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove the containers that are no longer needed (docker container prune, after "
                           "checking the list)."),
         "",
         containerSprawl},
    });
}

} // namespace escut
