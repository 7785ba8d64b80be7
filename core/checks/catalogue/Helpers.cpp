// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/catalogue/Helpers.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace escut::checkhelpers
{

bool daemonHasSecurityOption(const Snapshot& snapshot, const QString& name)
{
    // "name=seccomp,profile=default" (API ≥ 1.26) or a bare "seccomp"; asked for every container, so no allocation.
    const QLatin1StringView key("name=");
    for (const QJsonValue& v : snapshot.info.value(QStringLiteral("SecurityOptions")).toArray()) {
        const QString option = v.toString();
        if (option == name) {
            return true;
        }
        if (!option.startsWith(key)) {
            continue;
        }
        const QStringView rest = QStringView(option).sliced(key.size());
        if (rest.startsWith(name) && (rest.size() == name.size() || rest.at(name.size()) == QLatin1Char(','))) {
            return true;
        }
    }
    return false;
}

std::optional<QJsonValue> configValue(const Snapshot& snapshot, const QString& key)
{
    const DaemonConfig& config = snapshot.daemonConfig();
    if (config.state != DaemonConfig::State::Valid || !config.values.contains(key)) {
        return std::nullopt;
    }
    return config.values.value(key);
}

QString jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString modeText(uint mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

std::optional<bool> flagBool(const Snapshot& snapshot, const QString& flag)
{
    const auto value = snapshot.commandLineFlag(flag);
    if (!value) {
        return std::nullopt;
    }
    // dockerd refuses to start on a value ParseBool rejects; such a command line is not running.
    return parseGoBool(*value).value_or(true);
}

QString hostFilesUnavailableReason(const Snapshot& snapshot)
{
    if (snapshot.hostFactsCollected) {
        return {};
    }
    return Checks::tr("Host files are not visible from a remote endpoint (%1): run Escut on the Docker host itself.")
        .arg(snapshot.endpoint.displayName());
}

const QStringList& knownDaemonConfigKeys()
{
    // Every key of the dockerd reference's daemon.json (Linux), plus keys older (20.10-era) and newer (25-28)
    // releases accept. dockerd refuses to start on a top-level key it does not know.
    static const char* const names[] = {
        "allow-direct-routing",
        "allow-nondistributable-artifacts",
        "api-cors-header",
        "authorization-plugins",
        "bip",
        "bip6",
        "bridge",
        "bridge-accept-fwmark",
        "builder",
        "cdi-spec-dirs",
        "cgroup-parent",
        "cluster-advertise",
        "cluster-store",
        "cluster-store-opts",
        "containerd",
        "containerd-namespace",
        "containerd-plugins-namespace",
        "cpu-rt-period",
        "cpu-rt-runtime",
        "cri-containerd",
        "data-root",
        "debug",
        "default-address-pools",
        "default-cgroupns-mode",
        "default-gateway",
        "default-gateway-v6",
        "default-ipc-mode",
        "default-network-opts",
        "default-runtime",
        "default-shm-size",
        "default-ulimits",
        "disable-legacy-registry",
        "dns",
        "dns-opts",
        "dns-search",
        "exec-opts",
        "exec-root",
        "experimental",
        "features",
        "firewall-backend",
        "fixed-cidr",
        "fixed-cidr-v6",
        "graph",
        "group",
        "host-gateway-ip",
        "host-gateway-ips",
        "hosts",
        "icc",
        "init",
        "init-path",
        "insecure-registries",
        "ip",
        "ip-forward",
        "ip-forward-no-drop",
        "ip-masq",
        "ip6tables",
        "iptables",
        "ipv6",
        "labels",
        "live-restore",
        "log-driver",
        "log-format",
        "log-level",
        "log-opts",
        "max-concurrent-downloads",
        "max-concurrent-uploads",
        "max-download-attempts",
        "metrics-addr",
        "mtu",
        "network-control-plane-mtu",
        "network-diagnostic-port",
        "no-new-privileges",
        "node-generic-resources",
        "oom-score-adjust",
        "pidfile",
        "proxies",
        "raw-logs",
        "registry-mirrors",
        "rootless",
        "runtimes",
        "seccomp-profile",
        "selinux-enabled",
        "shutdown-timeout",
        "storage-driver",
        "storage-opts",
        "swarm-default-advertise-addr",
        "tls",
        "tlscacert",
        "tlscert",
        "tlskey",
        "tlsverify",
        "userland-proxy",
        "userland-proxy-path",
        "userns-remap",
    };
    static const QStringList keys = [] {
        QStringList out;
        for (const char* n : names) {
            out.append(QString::fromLatin1(n));
        }
        return out;
    }();
    return keys;
}

QStringList daemonFlagsForConfigKey(const QString& key)
{
    // dockerd flags whose name differs from their daemon.json key (moby cmd/dockerd/config*.go, NamedOption).
    static const std::pair<const char*, const char*> aliases[] = {
        {"authorization-plugins", "--authorization-plugin"},
        {"bridge", "-b"},
        {"cluster-store-opts", "--cluster-store-opt"},
        {"debug", "-D"},
        {"default-address-pools", "--default-address-pool"},
        {"default-ulimits", "--default-ulimit"},
        {"dns-opts", "--dns-opt"},
        {"exec-opts", "--exec-opt"},
        {"graph", "-g"},
        {"group", "-G"},
        {"hosts", "-H"},
        {"hosts", "--host"},
        {"insecure-registries", "--insecure-registry"},
        {"labels", "--label"},
        {"log-level", "-l"},
        {"log-opts", "--log-opt"},
        {"node-generic-resources", "--node-generic-resource"},
        {"pidfile", "-p"},
        {"registry-mirrors", "--registry-mirror"},
        {"runtimes", "--add-runtime"},
        {"storage-opts", "--storage-opt"},
        {"cdi-spec-dirs", "--cdi-spec-dir"},
        {"host-gateway-ips", "--host-gateway-ip"},
    };
    QStringList flags{QStringLiteral("--") + key};
    for (const auto& [configKey, flag] : aliases) {
        if (key == QLatin1String(configKey)) {
            flags.append(QString::fromLatin1(flag));
        }
    }
    return flags;
}

bool isRootUser(const QString& user, const QStringList& rootNames)
{
    const QString name = user.section(QLatin1Char(':'), 0, 0).trimmed();
    if (name.isEmpty() || name == QLatin1String("root") || rootNames.contains(name)) {
        return true;
    }
    // runc reads a user that is no passwd name as a number with Go's strconv.Atoi: "00", "+0" and "-0" are uid 0.
    const QStringView digits = QStringView(name).sliced(name.at(0) == u'+' || name.at(0) == u'-' ? 1 : 0);
    return !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c == u'0'; });
}

std::optional<bool> parseGoBool(const QString& text)
{
    static const QStringList truthy{QStringLiteral("1"),
                                    QStringLiteral("t"),
                                    QStringLiteral("T"),
                                    QStringLiteral("TRUE"),
                                    QStringLiteral("true"),
                                    QStringLiteral("True")};
    static const QStringList falsy{QStringLiteral("0"),
                                   QStringLiteral("f"),
                                   QStringLiteral("F"),
                                   QStringLiteral("FALSE"),
                                   QStringLiteral("false"),
                                   QStringLiteral("False")};
    if (truthy.contains(text)) {
        return true;
    }
    if (falsy.contains(text)) {
        return false;
    }
    return std::nullopt;
}

bool isAnyAddress(const QString& address)
{
    QString a = address.trimmed();
    if (a.startsWith(QLatin1Char('[')) && a.endsWith(QLatin1Char(']'))) {
        a = a.mid(1, a.size() - 2);
    }
    if (a.isEmpty()) {
        return true;
    }
    const QHostAddress host(a);
    return !host.isNull() &&
           (host == QHostAddress(QHostAddress::AnyIPv4) || host == QHostAddress(QHostAddress::AnyIPv6));
}

std::pair<QString, QString> splitSecurityOpt(const QString& option)
{
    if (option == QLatin1String("no-new-privileges")) {
        return {option, QStringLiteral("true")};
    }
    qsizetype at = option.indexOf(QLatin1Char('='));
    if (at < 0) {
        at = option.indexOf(QLatin1Char(':'));
    }
    if (at < 0) {
        return {option, QString()};
    }
    return {option.left(at), option.mid(at + 1)};
}

std::optional<bool> noNewPrivilegesOption(const QStringList& options)
{
    // dockerd applies the options in order: the last no-new-privileges wins.
    std::optional<bool> value;
    for (const QString& option : options) {
        const auto [key, text] = splitSecurityOpt(option);
        if (key == QLatin1String("no-new-privileges")) {
            if (const std::optional<bool> parsed = parseGoBool(text)) {
                value = parsed;
            }
        }
    }
    return value;
}

QString hostPathKey(const QString& path)
{
    QString p = QDir::cleanPath(path);
    if (p == QLatin1String("/var/run") || p.startsWith(QLatin1String("/var/run/"))) {
        p.remove(0, 4);
    }
    return p;
}

bool isUnderPath(const QString& path, const QString& directory)
{
    // Called for every mount of every container against every sensitive tree: no temporary strings.
    return path == directory || directory == QLatin1String("/") ||
           (path.size() > directory.size() && path.at(directory.size()) == u'/' && path.startsWith(directory));
}

const QStringList& wellKnownRuntimeSockets()
{
    static const QStringList sockets{QStringLiteral("/run/docker.sock"),
                                     QStringLiteral("/run/containerd/containerd.sock"),
                                     QStringLiteral("/run/podman/podman.sock"),
                                     QStringLiteral("/run/crio/crio.sock"),
                                     QStringLiteral("/run/dockershim.sock")};
    return sockets;
}

QString runtimeSocketReached(const QString& hostPath, const QStringList& sockets)
{
    static const char* const names[] = {"docker.sock",
                                        "containerd.sock",
                                        "podman.sock",
                                        "crio.sock",
                                        "dockershim.sock"};
    const QString key = hostPathKey(hostPath);
    const QString fileName = key.section(QLatin1Char('/'), -1);
    for (const char* n : names) {
        if (fileName == QLatin1String(n)) {
            return hostPath;
        }
    }
    for (const QString& socket : sockets) {
        if (isUnderPath(socket, key)) {
            return socket;
        }
    }
    return {};
}

QString PortBinding::shown() const
{
    return QStringLiteral("%1:%2->%3")
        .arg(hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : hostIp, hostPort, containerPort);
}

QList<PortBinding> portBindings(const QJsonObject& hostConfig)
{
    QList<PortBinding> out;
    const QJsonObject bindings = hostConfig.value(QStringLiteral("PortBindings")).toObject();
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        for (const QJsonValue& b : it.value().toArray()) {
            const QJsonObject binding = b.toObject();
            out.append({binding.value(QStringLiteral("HostIp")).toString(),
                        binding.value(QStringLiteral("HostPort")).toString(),
                        it.key()});
        }
    }
    return out;
}

std::optional<Outcome> hostNetworkPorts(const QJsonObject& hostConfig)
{
    if (hostConfig.value(QStringLiteral("NetworkMode")).toString() != QLatin1String("host")) {
        return std::nullopt;
    }
    return Outcome::info(Checks::tr("Uses the host network: published ports "
                                    "do not apply (see namespaces)."));
}

Outcome notInInfo(const QString& field)
{
    return Outcome::skipped(Checks::tr("This endpoint's docker info does not report %1.").arg(field));
}

QString elided(QString text, qsizetype max)
{
    text = text.simplified();
    return text.size() > max ? text.left(max - 1) + QStringLiteral("…") : text;
}

} // namespace escut::checkhelpers
