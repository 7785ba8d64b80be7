// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/HostFacts.h"

#include "core/tools/HostParsers.h"
#include "core/tools/Luks.h"
#include "core/tools/StorageParsers.h"
#include "core/tools/ToolRunner.h"
#include "core/util/FileWrite.h"
#include "core/util/JsonUtil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace escut
{

namespace
{

const char* const s_states[] = {"not-collected", "ok", "not-installed", "permission-denied", "unavailable", "failed"};

QJsonObject toObject(const QMap<QString, QString>& map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QMap<QString, QString> toMap(const QJsonValue& value)
{
    QMap<QString, QString> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

Probe probeFrom(const QJsonValue& v)
{
    return Probe::fromJson(v.toObject());
}

QJsonObject storageToJson(const StorageFact& f)
{
    QJsonArray devices;
    for (const StorageFact::Device& d : f.devices) {
        devices.append(QJsonObject{{QStringLiteral("name"), d.name},
                                   {QStringLiteral("type"), d.type},
                                   {QStringLiteral("fstype"), d.fstype}});
    }
    return QJsonObject{{QStringLiteral("path"), f.path},
                       {QStringLiteral("mount"), f.mount.toJson()},
                       {QStringLiteral("target"), f.target},
                       {QStringLiteral("source"), f.source},
                       {QStringLiteral("fstype"), f.fstype},
                       {QStringLiteral("blocks"), f.blocks.toJson()},
                       {QStringLiteral("devices"), devices},
                       {QStringLiteral("cipherProbe"), f.cipherProbe.toJson()},
                       {QStringLiteral("cipher"), f.cipher},
                       {QStringLiteral("luksVersion"), f.luksVersion},
                       {QStringLiteral("fscryptProbe"), f.fscryptProbe.toJson()},
                       {QStringLiteral("fscrypt"), f.fscrypt},
                       {QStringLiteral("fscryptUnlocked"), f.fscryptUnlocked},
                       {QStringLiteral("fscryptOptions"), f.fscryptOptions},
                       {QStringLiteral("attributes"), f.attributes.toJson()},
                       {QStringLiteral("encryptedAttr"),
                        f.encryptedAttr ? QJsonValue(*f.encryptedAttr) : QJsonValue(QJsonValue::Null)}};
}

StorageFact storageFromJson(const QJsonObject& o)
{
    StorageFact f;
    f.path = o.value(QStringLiteral("path")).toString();
    f.mount = probeFrom(o.value(QStringLiteral("mount")));
    f.target = o.value(QStringLiteral("target")).toString();
    f.source = o.value(QStringLiteral("source")).toString();
    f.fstype = o.value(QStringLiteral("fstype")).toString();
    f.blocks = probeFrom(o.value(QStringLiteral("blocks")));
    for (const QJsonValue& v : o.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject d = v.toObject();
        f.devices.append({d.value(QStringLiteral("name")).toString(),
                          d.value(QStringLiteral("type")).toString(),
                          d.value(QStringLiteral("fstype")).toString()});
    }
    f.cipherProbe = probeFrom(o.value(QStringLiteral("cipherProbe")));
    f.cipher = o.value(QStringLiteral("cipher")).toString();
    f.luksVersion = o.value(QStringLiteral("luksVersion")).toInt();
    f.fscryptProbe = probeFrom(o.value(QStringLiteral("fscryptProbe")));
    f.fscrypt = o.value(QStringLiteral("fscrypt")).toBool();
    f.fscryptUnlocked = o.value(QStringLiteral("fscryptUnlocked")).toBool();
    f.fscryptOptions = o.value(QStringLiteral("fscryptOptions")).toString();
    f.attributes = probeFrom(o.value(QStringLiteral("attributes")));
    if (o.value(QStringLiteral("encryptedAttr")).isBool()) {
        f.encryptedAttr = o.value(QStringLiteral("encryptedAttr")).toBool();
    }
    return f;
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// A tool's answer as a probe; output receives what it printed when it ran.
Probe runProbe(const QString& tool,
               const QStringList& args,
               int timeoutMs,
               ToolOutput* output,
               const std::atomic<bool>* cancel)
{
    Probe probe;
    probe.source = (QStringList{tool} + args).join(QLatin1Char(' '));
    ToolOptions options;
    options.timeoutMs = timeoutMs;
    options.cancel = cancel;
    options.maxOutputBytes = 16 * 1024 * 1024;
    options.extraEnvironment = {QStringLiteral("LC_ALL=C")};
    const Result<ToolOutput> run = ToolRunner::run(tool, args, options);
    if (!run) {
        probe.state =
            run.error().code == Error::Code::ToolNotInstalled ? Probe::State::NotInstalled : Probe::State::Failed;
        probe.detail = run.error().message;
        return probe;
    }
    *output = run.value();
    probe.state = Probe::State::Ok;
    static const QRegularExpression denied(
        QStringLiteral("permission denied|must be root|not permitted|enough privilege|are you root"),
        QRegularExpression::CaseInsensitiveOption);
    if (!run->succeeded() && denied.match(run->diagnostic()).hasMatch()) {
        probe.state = Probe::State::PermissionDenied;
        probe.detail = run->diagnostic();
    }
    return probe;
}

Probe needsRoot(const QString& source)
{
    return {Probe::State::PermissionDenied, source, QStringLiteral("euid %1").arg(::geteuid())};
}

} // namespace

QJsonObject Probe::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), QString::fromLatin1(s_states[static_cast<int>(state)])},
                  {QStringLiteral("source"), source}};
    if (!detail.isEmpty()) {
        o.insert(QStringLiteral("detail"), detail);
    }
    return o;
}

Probe Probe::fromJson(const QJsonObject& o)
{
    Probe p;
    const QString state = o.value(QStringLiteral("state")).toString();
    for (int i = 0; i < int(std::size(s_states)); ++i) {
        if (state == QLatin1String(s_states[i])) {
            p.state = static_cast<State>(i);
        }
    }
    p.source = o.value(QStringLiteral("source")).toString();
    p.detail = o.value(QStringLiteral("detail")).toString();
    return p;
}

int UpdatesFact::securityCount() const
{
    return int(std::count_if(upgrades.begin(), upgrades.end(), [](const Package& p) { return p.security; }));
}

QString StorageFact::device() const
{
    const int bracket = source.indexOf(QLatin1Char('['));
    return bracket > 0 ? source.left(bracket) : source;
}

QString StorageFact::cryptName() const
{
    for (const Device& d : devices) {
        if (d.type == QLatin1String("crypt")) {
            return d.name;
        }
    }
    return {};
}

const StorageFact* HostFacts::mountSource(const QString& path) const
{
    for (const StorageFact& f : mountSources) {
        if (f.path == path) {
            return &f;
        }
    }
    return nullptr;
}

QJsonObject HostFacts::toJson() const
{
    QJsonArray upgrades;
    for (const UpdatesFact::Package& p : updates.upgrades) {
        upgrades.append(QJsonObject{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("version"), p.version},
                                    {QStringLiteral("security"), p.security}});
    }
    QJsonObject macJson{{QStringLiteral("apparmorModule"), mac.apparmorModule.toJson()},
                        {QStringLiteral("apparmorStatus"), mac.apparmorStatus.toJson()},
                        {QStringLiteral("apparmorEnforce"), mac.apparmorEnforce},
                        {QStringLiteral("apparmorComplain"), mac.apparmorComplain},
                        {QStringLiteral("selinux"), mac.selinux.toJson()},
                        {QStringLiteral("selinuxMode"), mac.selinuxMode}};
    if (mac.apparmorEnabled) {
        macJson.insert(QStringLiteral("apparmorEnabled"), *mac.apparmorEnabled);
    }
    QJsonArray sources;
    for (const StorageFact& f : mountSources) {
        sources.append(storageToJson(f));
    }
    QJsonArray trustFiles;
    for (const ContentTrustFact::File& f : contentTrust.files) {
        trustFiles.append(QJsonObject{{QStringLiteral("path"), f.path},
                                      {QStringLiteral("exists"), f.exists},
                                      {QStringLiteral("error"), f.error},
                                      {QStringLiteral("value"), f.value},
                                      {QStringLiteral("line"), f.line},
                                      {QStringLiteral("exported"), f.exported}});
    }
    QJsonObject trust{{QStringLiteral("probe"), contentTrust.probe.toJson()}, {QStringLiteral("files"), trustFiles}};
    if (contentTrust.environment) {
        trust.insert(QStringLiteral("environment"), *contentTrust.environment);
    }
    return QJsonObject{
        {QStringLiteral("collected"), collected},
        {QStringLiteral("elapsedMs"), elapsedMs},
        {QStringLiteral("updates"),
         QJsonObject{{QStringLiteral("probe"), updates.probe.toJson()},
                     {QStringLiteral("manager"), updates.manager},
                     {QStringLiteral("upgrades"), upgrades},
                     {QStringLiteral("kernelProbe"), updates.kernelProbe.toJson()},
                     {QStringLiteral("kernel"), updates.kernel},
                     {QStringLiteral("rebootRequired"), updates.rebootRequired},
                     {QStringLiteral("cached"), updates.cached}}},
        {QStringLiteral("mac"), macJson},
        {QStringLiteral("firewall"),
         QJsonObject{{QStringLiteral("probe"), firewall.probe.toJson()},
                     {QStringLiteral("backend"), firewall.backend},
                     {QStringLiteral("inputPolicy"), firewall.inputPolicy},
                     {QStringLiteral("inputFilterRules"), firewall.inputFilterRules},
                     {QStringLiteral("dockerUserChain"), firewall.dockerUserChain},
                     {QStringLiteral("dockerUserRules"), firewall.dockerUserRules},
                     {QStringLiteral("tables"), QJsonArray::fromStringList(firewall.tables)}}},
        {QStringLiteral("dockerGroup"),
         QJsonObject{{QStringLiteral("probe"), dockerGroup.probe.toJson()},
                     {QStringLiteral("groupExists"), dockerGroup.groupExists},
                     {QStringLiteral("members"), QJsonArray::fromStringList(dockerGroup.members)},
                     {QStringLiteral("administrators"), QJsonArray::fromStringList(dockerGroup.administrators)}}},
        {QStringLiteral("rootFilesystem"), storageToJson(rootFilesystem)},
        {QStringLiteral("dataRoot"), storageToJson(dataRoot)},
        {QStringLiteral("mountSources"), sources},
        {QStringLiteral("contentTrust"), trust},
        {QStringLiteral("audit"),
         QJsonObject{{QStringLiteral("probe"), audit.probe.toJson()},
                     {QStringLiteral("rules"), QJsonArray::fromStringList(audit.rules)},
                     {QStringLiteral("targets"), toObject(audit.targets)}}},
        {QStringLiteral("monitoring"),
         QJsonObject{{QStringLiteral("systemd"), monitoring.systemd.toJson()},
                     {QStringLiteral("services"), toObject(monitoring.services)},
                     {QStringLiteral("processes"), monitoring.processes.toJson()},
                     {QStringLiteral("running"), QJsonArray::fromStringList(monitoring.running)},
                     {QStringLiteral("binaries"), toObject(monitoring.binaries)}}},
    };
}

HostFacts HostFacts::fromJson(const QJsonObject& o)
{
    HostFacts h;
    h.collected = o.value(QStringLiteral("collected")).toBool();
    h.elapsedMs = o.value(QStringLiteral("elapsedMs")).toInteger();
    const QJsonObject u = o.value(QStringLiteral("updates")).toObject();
    h.updates.probe = probeFrom(u.value(QStringLiteral("probe")));
    h.updates.manager = u.value(QStringLiteral("manager")).toString();
    for (const QJsonValue& v : u.value(QStringLiteral("upgrades")).toArray()) {
        const QJsonObject p = v.toObject();
        h.updates.upgrades.append({p.value(QStringLiteral("name")).toString(),
                                   p.value(QStringLiteral("version")).toString(),
                                   p.value(QStringLiteral("security")).toBool()});
    }
    h.updates.kernelProbe = probeFrom(u.value(QStringLiteral("kernelProbe")));
    h.updates.kernel = u.value(QStringLiteral("kernel")).toString();
    h.updates.rebootRequired = u.value(QStringLiteral("rebootRequired")).toBool();
    h.updates.cached = u.value(QStringLiteral("cached")).toBool();
    const QJsonObject m = o.value(QStringLiteral("mac")).toObject();
    h.mac.apparmorModule = probeFrom(m.value(QStringLiteral("apparmorModule")));
    if (m.contains(QStringLiteral("apparmorEnabled"))) {
        h.mac.apparmorEnabled = m.value(QStringLiteral("apparmorEnabled")).toBool();
    }
    h.mac.apparmorStatus = probeFrom(m.value(QStringLiteral("apparmorStatus")));
    h.mac.apparmorEnforce = m.value(QStringLiteral("apparmorEnforce")).toInt(-1);
    h.mac.apparmorComplain = m.value(QStringLiteral("apparmorComplain")).toInt(-1);
    h.mac.selinux = probeFrom(m.value(QStringLiteral("selinux")));
    h.mac.selinuxMode = m.value(QStringLiteral("selinuxMode")).toString();
    const QJsonObject f = o.value(QStringLiteral("firewall")).toObject();
    h.firewall.probe = probeFrom(f.value(QStringLiteral("probe")));
    h.firewall.backend = f.value(QStringLiteral("backend")).toString();
    h.firewall.inputPolicy = f.value(QStringLiteral("inputPolicy")).toString();
    h.firewall.inputFilterRules = f.value(QStringLiteral("inputFilterRules")).toInt();
    h.firewall.dockerUserChain = f.value(QStringLiteral("dockerUserChain")).toBool();
    h.firewall.dockerUserRules = f.value(QStringLiteral("dockerUserRules")).toInt();
    h.firewall.tables = jsonStrings(f.value(QStringLiteral("tables")));
    const QJsonObject g = o.value(QStringLiteral("dockerGroup")).toObject();
    h.dockerGroup.probe = probeFrom(g.value(QStringLiteral("probe")));
    h.dockerGroup.groupExists = g.value(QStringLiteral("groupExists")).toBool();
    h.dockerGroup.members = jsonStrings(g.value(QStringLiteral("members")));
    h.dockerGroup.administrators = jsonStrings(g.value(QStringLiteral("administrators")));
    h.rootFilesystem = storageFromJson(o.value(QStringLiteral("rootFilesystem")).toObject());
    h.dataRoot = storageFromJson(o.value(QStringLiteral("dataRoot")).toObject());
    for (const QJsonValue& v : o.value(QStringLiteral("mountSources")).toArray()) {
        h.mountSources.append(storageFromJson(v.toObject()));
    }
    const QJsonObject t = o.value(QStringLiteral("contentTrust")).toObject();
    h.contentTrust.probe = probeFrom(t.value(QStringLiteral("probe")));
    if (t.contains(QStringLiteral("environment"))) {
        h.contentTrust.environment = t.value(QStringLiteral("environment")).toString();
    }
    for (const QJsonValue& v : t.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = v.toObject();
        h.contentTrust.files.append({file.value(QStringLiteral("path")).toString(),
                                     file.value(QStringLiteral("exists")).toBool(),
                                     file.value(QStringLiteral("error")).toString(),
                                     file.value(QStringLiteral("value")).toString(),
                                     file.value(QStringLiteral("line")).toInt(),
                                     file.value(QStringLiteral("exported")).toBool()});
    }
    const QJsonObject a = o.value(QStringLiteral("audit")).toObject();
    h.audit.probe = probeFrom(a.value(QStringLiteral("probe")));
    h.audit.rules = jsonStrings(a.value(QStringLiteral("rules")));
    h.audit.targets = toMap(a.value(QStringLiteral("targets")));
    const QJsonObject mon = o.value(QStringLiteral("monitoring")).toObject();
    h.monitoring.systemd = probeFrom(mon.value(QStringLiteral("systemd")));
    h.monitoring.services = toMap(mon.value(QStringLiteral("services")));
    h.monitoring.processes = probeFrom(mon.value(QStringLiteral("processes")));
    h.monitoring.running = jsonStrings(mon.value(QStringLiteral("running")));
    h.monitoring.binaries = toMap(mon.value(QStringLiteral("binaries")));
    return h;
}

// ---- collection -------------------------------------------------------------------------------------------

HostFactsCollector::HostFactsCollector(HostCollectOptions options)
    : m_options(std::move(options))
{}

QString HostFactsCollector::hostPath(const QString& path) const
{
    if (m_options.root.isEmpty() || m_options.root == QLatin1String("/")) {
        return path;
    }
    return QDir::cleanPath(m_options.root + QLatin1Char('/') + path);
}

QString HostFactsCollector::updatesCacheKey(const QString& manager) const
{
    static const QMap<QString, QStringList> s_databases{
        {QStringLiteral("apt"),
         {QStringLiteral("/var/lib/dpkg/status"),
          QStringLiteral("/var/lib/apt/lists"),
          QStringLiteral("/var/cache/apt/pkgcache.bin")}},
        {QStringLiteral("dnf"), {QStringLiteral("/var/lib/rpm"), QStringLiteral("/var/cache/dnf")}},
        {QStringLiteral("zypper"), {QStringLiteral("/var/lib/rpm"), QStringLiteral("/var/cache/zypp")}},
    };
    QStringList parts{manager};
    for (const QString& path : s_databases.value(manager)) {
        const QFileInfo info(hostPath(path));
        parts.append(info.exists() ? QString::number(info.lastModified().toMSecsSinceEpoch()) : QStringLiteral("-"));
    }
    return parts.join(QLatin1Char(' '));
}

UpdatesFact HostFactsCollector::updates() const
{
    const QString manager = !ToolRunner::find(QStringLiteral("apt-get")).isEmpty()  ? QStringLiteral("apt")
                            : !ToolRunner::find(QStringLiteral("dnf")).isEmpty()    ? QStringLiteral("dnf")
                            : !ToolRunner::find(QStringLiteral("zypper")).isEmpty() ? QStringLiteral("zypper")
                                                                                    : QString();
    const QString key = manager.isEmpty() ? QString() : updatesCacheKey(manager);
    if (!key.isEmpty() && !m_options.updatesCacheFile.isEmpty()) {
        QFile cache(m_options.updatesCacheFile);
        if (cache.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(cache.readAll()).object();
            if (o.value(QStringLiteral("key")).toString() == key) {
                const HostFacts cached = HostFacts::fromJson(o.value(QStringLiteral("facts")).toObject());
                UpdatesFact fact = runUpdatesKernelOnly();
                fact.probe = cached.updates.probe;
                fact.manager = cached.updates.manager;
                fact.upgrades = cached.updates.upgrades;
                fact.cached = true;
                return fact;
            }
        }
    }
    UpdatesFact fact = runUpdates();
    if (!key.isEmpty() && !m_options.updatesCacheFile.isEmpty() && fact.probe.ok()) {
        HostFacts facts;
        facts.updates = fact;
        QDir().mkpath(QFileInfo(m_options.updatesCacheFile).path());
        (void)writeFile(
            m_options.updatesCacheFile,
            QJsonDocument(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("facts"), facts.toJson()}})
                .toJson(QJsonDocument::Compact));
    }
    return fact;
}

UpdatesFact HostFactsCollector::runUpdates() const
{
    UpdatesFact fact;
    ToolOutput out;
    if (!ToolRunner::find(QStringLiteral("apt-get")).isEmpty()) {
        fact.manager = QStringLiteral("apt");
        fact.probe = runProbe(QStringLiteral("apt-get"),
                              {QStringLiteral("-s"), QStringLiteral("upgrade")},
                              m_options.updatesTimeoutMs,
                              &out,
                              m_options.cancel);
        if (fact.probe.ok() && !out.succeeded()) {
            fact.probe.state = Probe::State::Failed;
            fact.probe.detail = out.diagnostic();
        } else if (fact.probe.ok()) {
            fact.upgrades = HostParsers::aptSimulation(out.out);
        }
    } else if (!ToolRunner::find(QStringLiteral("dnf")).isEmpty()) {
        fact.manager = QStringLiteral("dnf");
        fact.probe = runProbe(QStringLiteral("dnf"),
                              {QStringLiteral("-q"), QStringLiteral("check-update")},
                              m_options.updatesTimeoutMs,
                              &out,
                              m_options.cancel);
        if (fact.probe.ok() && out.exitCode != 0 && out.exitCode != 100) {
            fact.probe.state = Probe::State::Failed;
            fact.probe.detail = out.diagnostic();
        } else if (fact.probe.ok()) {
            ToolOutput security;
            runProbe(QStringLiteral("dnf"),
                     {QStringLiteral("-q"),
                      QStringLiteral("updateinfo"),
                      QStringLiteral("list"),
                      QStringLiteral("--security")},
                     m_options.updatesTimeoutMs,
                     &security,
                     m_options.cancel);
            fact.upgrades = HostParsers::dnfCheckUpdate(out.out, security.out);
        }
    } else if (!ToolRunner::find(QStringLiteral("zypper")).isEmpty()) {
        fact.manager = QStringLiteral("zypper");
        fact.probe =
            runProbe(QStringLiteral("zypper"),
                     {QStringLiteral("--non-interactive"), QStringLiteral("--xmlout"), QStringLiteral("list-updates")},
                     m_options.updatesTimeoutMs,
                     &out,
                     m_options.cancel);
        if (fact.probe.ok() && !out.succeeded()) {
            fact.probe.state = Probe::State::Failed;
            fact.probe.detail = out.diagnostic();
        } else if (fact.probe.ok()) {
            ToolOutput security;
            runProbe(QStringLiteral("zypper"),
                     {QStringLiteral("--non-interactive"),
                      QStringLiteral("--xmlout"),
                      QStringLiteral("list-patches"),
                      QStringLiteral("--category"),
                      QStringLiteral("security")},
                     m_options.updatesTimeoutMs,
                     &security,
                     m_options.cancel);
            fact.upgrades = HostParsers::zypperUpdates(out.out, security.out);
        }
    } else {
        fact.probe = {Probe::State::NotInstalled, QStringLiteral("apt-get, dnf, zypper"), {}};
    }

    const UpdatesFact kernel = runUpdatesKernelOnly();
    fact.rebootRequired = kernel.rebootRequired;
    fact.kernelProbe = kernel.kernelProbe;
    fact.kernel = kernel.kernel;
    return fact;
}

UpdatesFact HostFactsCollector::runUpdatesKernelOnly() const
{
    UpdatesFact fact;
    fact.rebootRequired = QFileInfo::exists(hostPath(QStringLiteral("/var/run/reboot-required")));
    fact.kernelProbe.source = QStringLiteral("/proc/sys/kernel/osrelease");
    QFile kernel(hostPath(fact.kernelProbe.source));
    if (kernel.open(QIODevice::ReadOnly)) {
        fact.kernel = QString::fromUtf8(kernel.readAll()).trimmed();
        fact.kernelProbe.state = Probe::State::Ok;
    } else {
        fact.kernelProbe.state = Probe::State::Failed;
        fact.kernelProbe.detail = kernel.errorString();
    }
    return fact;
}

MacFact HostFactsCollector::mac() const
{
    MacFact fact;
    fact.apparmorModule.source = QStringLiteral("/sys/module/apparmor/parameters/enabled");
    QFile module(hostPath(fact.apparmorModule.source));
    if (module.open(QIODevice::ReadOnly)) {
        fact.apparmorModule.state = Probe::State::Ok;
        fact.apparmorEnabled = module.readAll().trimmed().startsWith('Y');
    } else {
        fact.apparmorModule.state = module.exists() ? Probe::State::PermissionDenied : Probe::State::Unavailable;
        fact.apparmorModule.detail = module.errorString();
    }
    if (fact.apparmorEnabled.value_or(false)) {
        const QString tool = ToolRunner::find(QStringLiteral("aa-status")).isEmpty() ? QStringLiteral("apparmor_status")
                                                                                     : QStringLiteral("aa-status");
        if (!isRoot()) {
            fact.apparmorStatus = needsRoot(tool + QStringLiteral(" --json"));
        } else {
            ToolOutput out;
            fact.apparmorStatus =
                runProbe(tool, {QStringLiteral("--json")}, m_options.toolTimeoutMs, &out, m_options.cancel);
            if (fact.apparmorStatus.ok()) {
                const auto counts = HostParsers::aaStatus(out.out);
                if (counts) {
                    fact.apparmorEnforce = counts->enforce;
                    fact.apparmorComplain = counts->complain;
                } else {
                    fact.apparmorStatus.state = Probe::State::Failed;
                    fact.apparmorStatus.detail = out.diagnostic();
                }
            }
        }
    }

    fact.selinux.source = QStringLiteral("/sys/fs/selinux/enforce");
    QFile enforce(hostPath(fact.selinux.source));
    if (enforce.open(QIODevice::ReadOnly)) {
        fact.selinux.state = Probe::State::Ok;
        fact.selinuxMode =
            enforce.readAll().trimmed() == "1" ? QStringLiteral("enforcing") : QStringLiteral("permissive");
    } else if (!ToolRunner::find(QStringLiteral("getenforce")).isEmpty()) {
        ToolOutput out;
        fact.selinux = runProbe(QStringLiteral("getenforce"), {}, m_options.toolTimeoutMs, &out, m_options.cancel);
        if (fact.selinux.ok()) {
            fact.selinuxMode = QString::fromUtf8(out.out).trimmed().toLower();
        }
    } else {
        fact.selinux.state = Probe::State::Unavailable; // selinuxfs is not mounted: SELinux is not in use
        fact.selinux.detail = enforce.errorString();
    }
    return fact;
}

FirewallFact HostFactsCollector::firewall() const
{
    const bool haveNft = !ToolRunner::find(QStringLiteral("nft")).isEmpty();
    const QString source = haveNft ? QStringLiteral("nft -j list ruleset") : QStringLiteral("iptables -S");
    if (!isRoot()) {
        FirewallFact fact;
        fact.probe = needsRoot(source);
        return fact;
    }
    ToolOutput out;
    if (haveNft) {
        const Probe probe = runProbe(QStringLiteral("nft"),
                                     {QStringLiteral("-j"), QStringLiteral("list"), QStringLiteral("ruleset")},
                                     m_options.toolTimeoutMs,
                                     &out,
                                     m_options.cancel);
        if (probe.ok() && out.succeeded()) {
            Result<FirewallFact> fact = HostParsers::nftRuleset(out.out);
            // An empty nftables ruleset with legacy iptables beside it: the rules live in iptables.
            if (fact && !(fact->tables.isEmpty() && !ToolRunner::find(QStringLiteral("iptables")).isEmpty())) {
                FirewallFact value = fact.value();
                value.probe = probe;
                return value;
            }
        }
    }
    const Probe probe =
        runProbe(QStringLiteral("iptables"), {QStringLiteral("-S")}, m_options.toolTimeoutMs, &out, m_options.cancel);
    FirewallFact fact;
    if (probe.ok() && out.succeeded()) {
        fact = HostParsers::iptablesRules(out.out);
    }
    fact.probe = probe;
    if (probe.ok() && !out.succeeded()) {
        fact.probe.state = Probe::State::Failed;
        fact.probe.detail = out.diagnostic();
    }
    return fact;
}

DockerGroupFact HostFactsCollector::dockerGroup() const
{
    QFile group(hostPath(QStringLiteral("/etc/group")));
    QFile passwd(hostPath(QStringLiteral("/etc/passwd")));
    if (!group.open(QIODevice::ReadOnly)) {
        DockerGroupFact fact;
        fact.probe = {group.exists() ? Probe::State::PermissionDenied : Probe::State::Failed,
                      QStringLiteral("/etc/group"),
                      group.errorString()};
        return fact;
    }
    const QByteArray passwdText = passwd.open(QIODevice::ReadOnly) ? passwd.readAll() : QByteArray();
    DockerGroupFact fact = HostParsers::dockerGroup(group.readAll(), passwdText);
    fact.probe = {Probe::State::Ok, QStringLiteral("/etc/group, /etc/passwd"), {}};
    return fact;
}

void HostFactsCollector::fillMount(StorageFact& fact) const
{
    ToolOutput out;
    fact.mount = runProbe(QStringLiteral("findmnt"),
                          {QStringLiteral("-J"), QStringLiteral("-T"), fact.path},
                          m_options.toolTimeoutMs,
                          &out,
                          m_options.cancel);
    if (!fact.mount.ok()) {
        return;
    }
    const auto mount = out.succeeded()
                           ? StorageParsers::findmnt(out.out)
                           : Result<StorageParsers::Mount>(makeError(Error::Code::ToolFailed, out.diagnostic()));
    if (!mount) {
        fact.mount.state = Probe::State::Failed;
        fact.mount.detail = mount.error().fullText();
        return;
    }
    fact.target = mount->target;
    fact.source = mount->source;
    fact.fstype = mount->fstype;
}

void HostFactsCollector::fillDevices(StorageFact& fact) const
{
    ToolOutput out;
    if (!fact.device().startsWith(QLatin1String("/dev/"))) {
        fact.blocks = {Probe::State::Unavailable, QStringLiteral("lsblk"), fact.source};
        return;
    }
    fact.blocks = runProbe(QStringLiteral("lsblk"),
                           {QStringLiteral("-J"),
                            QStringLiteral("-s"),
                            QStringLiteral("-o"),
                            QStringLiteral("NAME,TYPE,FSTYPE"),
                            fact.device()},
                           m_options.toolTimeoutMs,
                           &out,
                           m_options.cancel);
    if (!fact.blocks.ok()) {
        return;
    }
    const auto devices = out.succeeded()
                             ? StorageParsers::lsblk(out.out)
                             : Result<QList<StorageFact::Device>>(makeError(Error::Code::ToolFailed, out.diagnostic()));
    if (!devices) {
        fact.blocks.state = Probe::State::Failed;
        fact.blocks.detail = devices.error().fullText();
        return;
    }
    fact.devices = devices.value();
    const QString crypt = fact.cryptName();
    if (crypt.isEmpty()) {
        return;
    }
    if (!isRoot()) {
        fact.cipherProbe = needsRoot(QStringLiteral("cryptsetup status ") + crypt);
        return;
    }
    fact.cipherProbe = runProbe(QStringLiteral("cryptsetup"),
                                {QStringLiteral("status"), crypt},
                                m_options.toolTimeoutMs,
                                &out,
                                m_options.cancel);
    if (fact.cipherProbe.ok()) {
        const auto status = StorageParsers::cryptsetupStatus(out.out + out.err, out.exitCode);
        if (status) {
            fact.cipher = status->cipher;
        } else {
            fact.cipherProbe.state = Probe::State::Failed;
            fact.cipherProbe.detail = status.error().fullText();
        }
    }
    // The device under the mapping (its first ancestor) carries the LUKS header: version, and the cipher when
    // status could not say (no device-mapper control, an older cryptsetup).
    const qsizetype at = [&] {
        for (qsizetype i = 0; i < fact.devices.size(); ++i) {
            if (fact.devices.at(i).type == QLatin1String("crypt")) {
                return i;
            }
        }
        return qsizetype(-1);
    }();
    if (at >= 0 && at + 1 < fact.devices.size()) {
        const QString parent = fact.devices.at(at + 1).name;
        const auto header =
            Luks::inspect(parent.startsWith(u'/') ? parent : QStringLiteral("/dev/") + parent, m_options.toolTimeoutMs);
        if (header && header.value()) {
            fact.luksVersion = header.value()->version;
            if (fact.cipher.isEmpty()) {
                fact.cipher = header.value()->cipher;
            }
        }
    }
}

void HostFactsCollector::fillFscrypt(StorageFact& fact) const
{
    // The kernel says whether a directory is encrypted (fscrypt, ext4/f2fs encryption) without any tool. The path
    // is the daemon's (a mount source, the data root), on the real system as findmnt and fscrypt see it: never
    // under the host root that sandboxes files.
    fact.attributes.source = QStringLiteral("statx ") + fact.path;
    struct statx st
    {
    };
    if (::statx(AT_FDCWD, QFile::encodeName(fact.path).constData(), AT_STATX_SYNC_AS_STAT, STATX_BASIC_STATS, &st) ==
        0) {
        fact.attributes.state = Probe::State::Ok;
        if (st.stx_attributes_mask & STATX_ATTR_ENCRYPTED) {
            fact.encryptedAttr = (st.stx_attributes & STATX_ATTR_ENCRYPTED) != 0;
        }
    } else {
        fact.attributes.state = errno == EACCES ? Probe::State::PermissionDenied : Probe::State::Failed;
        fact.attributes.detail = QString::fromLocal8Bit(std::strerror(errno));
    }
    if (fact.encryptedAttr.has_value() && !*fact.encryptedAttr) {
        // The kernel reports that the directory has no encryption policy, which is what fscrypt status would read:
        // it is not started (ten milliseconds a path, on every audit).
        fact.fscryptProbe = {Probe::State::NotCollected,
                             QStringLiteral("fscrypt status ") + fact.path,
                             QStringLiteral("statx: no encryption policy")};
        return;
    }
    ToolOutput out;
    fact.fscryptProbe = runProbe(QStringLiteral("fscrypt"),
                                 {QStringLiteral("status"), fact.path},
                                 m_options.toolTimeoutMs,
                                 &out,
                                 m_options.cancel);
    if (!fact.fscryptProbe.ok()) {
        return;
    }
    const auto status = StorageParsers::fscryptStatus(out.out + out.err, out.exitCode);
    if (!status) {
        fact.fscryptProbe.state = Probe::State::Failed;
        fact.fscryptProbe.detail = status.error().fullText();
        return;
    }
    fact.fscrypt = status->encrypted;
    fact.fscryptUnlocked = status->unlocked;
    fact.fscryptOptions = status->options;
    fact.fscryptProbe.detail = status->error;
}

StorageFact HostFactsCollector::storage(const QString& path) const
{
    return storageOf({path}).value(0);
}

QStringList HostFactsCollector::mountSourcePaths(const QList<QJsonObject>& containers)
{
    QStringList paths;
    for (const QJsonObject& c : containers) {
        for (const QJsonValue& v : c.value(QStringLiteral("Mounts")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString type = m.value(QStringLiteral("Type")).toString();
            const QString source = m.value(QStringLiteral("Source")).toString();
            if ((type == QLatin1String("bind") || type == QLatin1String("volume")) && source.startsWith(u'/')) {
                paths.append(source);
            }
        }
    }
    paths.removeDuplicates();
    return paths;
}

QList<StorageFact> HostFactsCollector::storageOf(const QStringList& paths) const
{
    // One findmnt (and fscrypt) per path; lsblk and cryptsetup once per source device. Each step runs its tools
    // side by side: a tool is mostly the time to start a process.
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QList<StorageFact> found;
    for (const QString& path : paths) {
        StorageFact fact;
        fact.path = path;
        found.append(fact);
    }
    const auto cancelled = [this] {
        return m_options.cancel && m_options.cancel->load();
    };
    QtConcurrent::blockingMap(&pool, found, [&](StorageFact& fact) {
        if (!cancelled()) {
            fillMount(fact);
        }
    });
    if (cancelled()) {
        return {};
    }
    // The first path on each device stands for it.
    QList<StorageFact> devices;
    QHash<QString, qsizetype> deviceIndex;
    for (const StorageFact& fact : found) {
        if (fact.mount.ok() && !deviceIndex.contains(fact.device())) {
            deviceIndex.insert(fact.device(), devices.size());
            devices.append(fact);
        }
    }
    QtConcurrent::blockingMap(&pool, devices, [&](StorageFact& fact) {
        if (!cancelled()) {
            fillDevices(fact);
        }
    });
    for (StorageFact& fact : found) {
        if (!fact.mount.ok()) {
            continue;
        }
        // What fillDevices() found for the device, for every path on it (the LUKS version too, which the paths
        // after the first one used to lack).
        const StorageFact& known = devices.at(deviceIndex.value(fact.device()));
        fact.blocks = known.blocks;
        fact.devices = known.devices;
        fact.cipherProbe = known.cipherProbe;
        fact.cipher = known.cipher;
        fact.luksVersion = known.luksVersion;
    }
    QtConcurrent::blockingMap(&pool, found, [&](StorageFact& fact) {
        if (!cancelled() && fact.mount.ok() && fact.cryptName().isEmpty()) {
            fillFscrypt(fact); // a dm-crypt device needs no fscrypt on top
        }
    });
    if (cancelled()) {
        return {};
    }
    return found;
}

ContentTrustFact HostFactsCollector::contentTrust() const
{
    ContentTrustFact fact;
    if (qEnvironmentVariableIsSet("DOCKER_CONTENT_TRUST")) {
        fact.environment = qEnvironmentVariable("DOCKER_CONTENT_TRUST");
    }
    const QString home = m_options.homeDir.isEmpty() ? QDir::homePath() : m_options.homeDir;
    QStringList paths{home + QStringLiteral("/.bashrc"),
                      home + QStringLiteral("/.profile"),
                      home + QStringLiteral("/.bash_profile"),
                      home + QStringLiteral("/.zshrc"),
                      QStringLiteral("/etc/environment"),
                      QStringLiteral("/etc/profile"),
                      QStringLiteral("/etc/bash.bashrc")};
    const QDir profileD(hostPath(QStringLiteral("/etc/profile.d")));
    for (const QString& name : profileD.entryList({QStringLiteral("*.sh")}, QDir::Files, QDir::Name)) {
        paths.append(QStringLiteral("/etc/profile.d/") + name);
    }
    paths.append(m_options.extraShellFiles);
    paths.removeDuplicates();
    for (const QString& path : paths) {
        QFile file(hostPath(path));
        if (!file.exists()) {
            fact.files.append({path, false, {}, {}, 0, false});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
            fact.files.append({path, true, file.errorString(), {}, 0, false});
            continue;
        }
        fact.files.append(HostParsers::contentTrustAssignment(path, file.readAll()));
    }
    fact.probe = {Probe::State::Ok, QStringLiteral("environment, ") + home + QStringLiteral("/.bashrc …"), {}};
    return fact;
}

AuditFact HostFactsCollector::audit(const QString& dataRoot) const
{
    AuditFact fact;
    // CIS 1.1.3-1.1.18: where each audited file lives on this host (the first candidate that exists).
    const QStringList unitDirs{QStringLiteral("/etc/systemd/system"),
                               QStringLiteral("/lib/systemd/system"),
                               QStringLiteral("/usr/lib/systemd/system")};
    const QStringList binDirs{QStringLiteral("/usr/bin"),
                              QStringLiteral("/usr/sbin"),
                              QStringLiteral("/usr/local/bin"),
                              QStringLiteral("/bin"),
                              QStringLiteral("/sbin")};
    const auto in = [](const QStringList& dirs, const QString& name) {
        QStringList out;
        for (const QString& d : dirs) {
            out.append(d + QLatin1Char('/') + name);
        }
        return out;
    };
    const QList<std::pair<QString, QStringList>> candidates{
        {QStringLiteral("dockerd"), in(binDirs, QStringLiteral("dockerd"))},
        {QStringLiteral("/run/containerd"), {QStringLiteral("/run/containerd")}},
        {QStringLiteral("/var/lib/docker"), {dataRoot.isEmpty() ? QStringLiteral("/var/lib/docker") : dataRoot}},
        {QStringLiteral("/etc/docker"), {QStringLiteral("/etc/docker")}},
        {QStringLiteral("docker.service"), in(unitDirs, QStringLiteral("docker.service"))},
        {QStringLiteral("containerd.sock"), {QStringLiteral("/run/containerd/containerd.sock")}},
        {QStringLiteral("docker.socket"), in(unitDirs, QStringLiteral("docker.socket"))},
        {QStringLiteral("/etc/default/docker"), {QStringLiteral("/etc/default/docker")}},
        {QStringLiteral("daemon.json"), {QStringLiteral("/etc/docker/daemon.json")}},
        {QStringLiteral("/etc/containerd/config.toml"), {QStringLiteral("/etc/containerd/config.toml")}},
        {QStringLiteral("/etc/sysconfig/docker"), {QStringLiteral("/etc/sysconfig/docker")}},
        {QStringLiteral("containerd"), in(binDirs, QStringLiteral("containerd"))},
        {QStringLiteral("containerd-shim"), in(binDirs, QStringLiteral("containerd-shim"))},
        {QStringLiteral("containerd-shim-runc-v1"), in(binDirs, QStringLiteral("containerd-shim-runc-v1"))},
        {QStringLiteral("containerd-shim-runc-v2"), in(binDirs, QStringLiteral("containerd-shim-runc-v2"))},
        {QStringLiteral("runc"), in(binDirs, QStringLiteral("runc"))},
    };
    for (const auto& [key, paths] : candidates) {
        for (const QString& path : paths) {
            if (QFileInfo::exists(hostPath(path))) {
                fact.targets.insert(key, path);
                break;
            }
        }
    }
    if (!isRoot()) {
        fact.probe = ToolRunner::find(QStringLiteral("auditctl")).isEmpty()
                         ? Probe{Probe::State::NotInstalled, QStringLiteral("auditctl -l"), {}}
                         : needsRoot(QStringLiteral("auditctl -l"));
        return fact;
    }
    ToolOutput out;
    fact.probe =
        runProbe(QStringLiteral("auditctl"), {QStringLiteral("-l")}, m_options.toolTimeoutMs, &out, m_options.cancel);
    if (fact.probe.ok() && !out.succeeded()) {
        fact.probe.state = Probe::State::Failed;
        fact.probe.detail = out.diagnostic();
    } else if (fact.probe.ok()) {
        for (const QString& line : QString::fromUtf8(out.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.trimmed() != QLatin1String("No rules")) {
                fact.rules.append(line.trimmed());
            }
        }
    }
    return fact;
}

MonitoringFact HostFactsCollector::monitoring() const
{
    MonitoringFact fact;
    static const QStringList units{QStringLiteral("auditd"),
                                   QStringLiteral("falco"),
                                   QStringLiteral("falco-modern-bpf"),
                                   QStringLiteral("falco-kmod"),
                                   QStringLiteral("falco-bpf"),
                                   QStringLiteral("prometheus"),
                                   QStringLiteral("prometheus-node-exporter")};
    if (!QFileInfo::exists(hostPath(QStringLiteral("/run/systemd/system")))) {
        fact.systemd = {Probe::State::Unavailable,
                        QStringLiteral("systemctl is-active"),
                        QStringLiteral("/run/systemd/system does not exist")};
    } else {
        ToolOutput out;
        fact.systemd = runProbe(QStringLiteral("systemctl"),
                                QStringList{QStringLiteral("is-active")} + units,
                                m_options.toolTimeoutMs,
                                &out,
                                m_options.cancel);
        if (fact.systemd.ok()) {
            const QStringList states = QString::fromUtf8(out.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (states.size() == units.size()) {
                for (qsizetype i = 0; i < units.size(); ++i) {
                    fact.services.insert(units.at(i), states.at(i).trimmed());
                }
            } else {
                fact.systemd.state = Probe::State::Unavailable;
                fact.systemd.detail = out.diagnostic();
            }
        }
    }

    static const QStringList watched{QStringLiteral("falco"),
                                     QStringLiteral("auditd"),
                                     QStringLiteral("prometheus"),
                                     QStringLiteral("node_exporter")};
    fact.processes.source = QStringLiteral("/proc/*/comm");
    const QDir proc(hostPath(QStringLiteral("/proc")));
    if (!proc.exists()) {
        fact.processes.state = Probe::State::Unavailable;
    } else {
        fact.processes.state = Probe::State::Ok;
        for (const QString& pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!pid.front().isDigit()) {
                continue;
            }
            QFile comm(proc.filePath(pid + QStringLiteral("/comm")));
            if (comm.open(QIODevice::ReadOnly)) {
                const QString name = QString::fromUtf8(comm.readAll()).trimmed();
                if (watched.contains(name) && !fact.running.contains(name)) {
                    fact.running.append(name);
                }
            }
        }
        fact.running.sort();
    }

    for (const QString& name : {QStringLiteral("falco"), QStringLiteral("auditd"), QStringLiteral("prometheus")}) {
        for (const char* dir : {"/usr/bin", "/usr/sbin", "/usr/local/bin", "/sbin", "/bin", "/opt/falco/bin"}) {
            const QString path = QString::fromLatin1(dir) + QLatin1Char('/') + name;
            if (QFileInfo(hostPath(path)).isExecutable()) {
                fact.binaries.insert(name, path);
                break;
            }
        }
    }
    return fact;
}

HostFacts HostFactsCollector::collectSystem(const QJsonObject& info) const
{
    QElapsedTimer clock;
    clock.start();
    HostFacts facts;
    facts.collected = true;
    // Each fact is a tool or two, mostly the time to start them: read them side by side, on threads of our own (the
    // global pool is Qt's; its raster engine waits on it to paint). The package manager is the slow one (seconds).
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    const QString dataRoot = info.value(QStringLiteral("DockerRootDir")).toString();
    QFuture<UpdatesFact> pendingUpdates = QtConcurrent::run(&pool, [this] { return updates(); });
    QFuture<QList<StorageFact>> pendingStorage = QtConcurrent::run(&pool, [this, dataRoot] {
        return storageOf(dataRoot.isEmpty() ? QStringList{QStringLiteral("/")}
                                            : QStringList{QStringLiteral("/"), dataRoot});
    });
    QFuture<FirewallFact> pendingFirewall = QtConcurrent::run(&pool, [this] { return firewall(); });
    QFuture<AuditFact> pendingAudit = QtConcurrent::run(&pool, [this, dataRoot] { return audit(dataRoot); });
    facts.mac = mac();
    facts.dockerGroup = dockerGroup();
    facts.contentTrust = contentTrust();
    facts.monitoring = monitoring();
    facts.firewall = pendingFirewall.result();
    facts.audit = pendingAudit.result();
    const QList<StorageFact> filesystems = pendingStorage.result();
    facts.rootFilesystem = filesystems.value(0);
    if (!dataRoot.isEmpty()) {
        facts.dataRoot = filesystems.value(1);
    }
    facts.updates = pendingUpdates.result();
    facts.elapsedMs = clock.elapsed();
    return facts;
}

} // namespace escut
