// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/Check.h"

#include <QCoreApplication>

#include <array>

namespace escut
{

namespace
{

struct LayerRow
{
    Layer layer;
    const char* id;
    const char* name;
    const char* caption;
};

// Outermost first, as in the diagram.
constexpr std::array<LayerRow, 10> s_layers{{
    {Layer::Host,
     "host",
     QT_TRANSLATE_NOOP("Layers", "Host"),
     QT_TRANSLATE_NOOP("Layers", "Updates, AppArmor/SELinux, firewall, docker group, auditd")},
    {Layer::Daemon,
     "daemon",
     QT_TRANSLATE_NOOP("Layers", "Docker daemon"),
     QT_TRANSLATE_NOOP("Layers", "daemon.json, socket and key permissions, TLS")},
    {Layer::SupplyChain,
     "supply-chain",
     QT_TRANSLATE_NOOP("Layers", "Image signing and supply chain"),
     QT_TRANSLATE_NOOP("Layers", "Image signing — DCT / Notary, pinned tags, trusted sources, scans")},
    {Layer::MinimalImage,
     "minimal-image",
     QT_TRANSLATE_NOOP("Layers", "Minimal images"),
     QT_TRANSLATE_NOOP("Layers", "Distroless images: no shell, no compiler, non-root user")},
    {Layer::Runtime,
     "runtime",
     QT_TRANSLATE_NOOP("Layers", "Runtime isolation"),
     QT_TRANSLATE_NOOP("Layers", "gVisor / Kata, seccomp, AppArmor, namespaces")},
    {Layer::Container,
     "container",
     QT_TRANSLATE_NOOP("Layers", "Containers"),
     QT_TRANSLATE_NOOP("Layers", "User, capabilities, limits, mounts, restart policy")},
    {Layer::Secrets,
     "secrets",
     QT_TRANSLATE_NOOP("Layers", "Secrets and pre-validation"),
     QT_TRANSLATE_NOOP("Layers", "Docker secrets and token-gated entrypoints")},
    {Layer::Encryption,
     "encryption",
     QT_TRANSLATE_NOOP("Layers", "Data encryption"),
     QT_TRANSLATE_NOOP("Layers", "Volume encryption — LUKS / fscrypt")},
    {Layer::Monitoring,
     "monitoring",
     QT_TRANSLATE_NOOP("Layers", "Monitoring"),
     QT_TRANSLATE_NOOP("Layers", "Falco, auditd, Prometheus")},
    {Layer::Compose,
     "compose",
     QT_TRANSLATE_NOOP("Layers", "Compose files"),
     QT_TRANSLATE_NOOP("Layers", "Hardened services in docker-compose.yml")},
}};

const LayerRow& layerRow(Layer layer)
{
    return s_layers.at(static_cast<size_t>(layer));
}

constexpr std::array<const char*, 6> s_scopes{"host", "daemon", "image", "container", "compose", "dockerfile"};
constexpr std::array<const char*, 5> s_severities{"info", "low", "medium", "high", "critical"};
constexpr std::array<const char*, 5> s_severityNames{
    QT_TRANSLATE_NOOP("Severity", "info"),
    QT_TRANSLATE_NOOP("Severity", "low"),
    QT_TRANSLATE_NOOP("Severity", "medium"),
    QT_TRANSLATE_NOOP("Severity", "high"),
    QT_TRANSLATE_NOOP("Severity", "critical"),
};
constexpr std::array<const char*, 6> s_statuses{"pass", "warn", "fail", "info", "skipped", "error"};
constexpr std::array<const char*, 6> s_statusNames{
    QT_TRANSLATE_NOOP("Status", "pass"),
    QT_TRANSLATE_NOOP("Status", "warn"),
    QT_TRANSLATE_NOOP("Status", "fail"),
    QT_TRANSLATE_NOOP("Status", "info"),
    QT_TRANSLATE_NOOP("Status", "skipped"),
    QT_TRANSLATE_NOOP("Status", "error"),
};

template <typename Enum, size_t N> std::optional<Enum> fromId(const std::array<const char*, N>& ids, const QString& id)
{
    for (size_t i = 0; i < N; ++i) {
        if (id == QLatin1String(ids[i])) {
            return static_cast<Enum>(i);
        }
    }
    return std::nullopt;
}

} // namespace

QString layerId(Layer layer)
{
    return QString::fromLatin1(layerRow(layer).id);
}

QString layerName(Layer layer)
{
    return QCoreApplication::translate("Layers", layerRow(layer).name);
}

QString layerCaption(Layer layer)
{
    return QCoreApplication::translate("Layers", layerRow(layer).caption);
}

std::optional<Layer> layerFromId(const QString& id)
{
    for (const LayerRow& row : s_layers) {
        if (id == QLatin1String(row.id)) {
            return row.layer;
        }
    }
    return std::nullopt;
}

QList<Layer> allLayers()
{
    QList<Layer> out;
    for (const LayerRow& row : s_layers) {
        out.append(row.layer);
    }
    return out;
}

QString scopeId(Scope scope)
{
    return QString::fromLatin1(s_scopes.at(static_cast<size_t>(scope)));
}

std::optional<Scope> scopeFromId(const QString& id)
{
    return fromId<Scope>(s_scopes, id);
}

QString severityId(Severity severity)
{
    return QString::fromLatin1(s_severities.at(static_cast<size_t>(severity)));
}

QString severityName(Severity severity)
{
    return QCoreApplication::translate("Severity", s_severityNames.at(static_cast<size_t>(severity)));
}

std::optional<Severity> severityFromId(const QString& id)
{
    return fromId<Severity>(s_severities, id);
}

QString statusId(Status status)
{
    return QString::fromLatin1(s_statuses.at(static_cast<size_t>(status)));
}

QString statusName(Status status)
{
    return QCoreApplication::translate("Status", s_statusNames.at(static_cast<size_t>(status)));
}

std::optional<Status> statusFromId(const QString& id)
{
    return fromId<Status>(s_statuses, id);
}

QString CheckDef::trTitle() const
{
    return QCoreApplication::translate("Checks", title);
}

QString CheckDef::trRationale() const
{
    return QCoreApplication::translate("Checks", rationale);
}

QString CheckDef::trRemediation() const
{
    return QCoreApplication::translate("Checks", remediation);
}

QStringList CheckDef::cis() const
{
    return QString::fromLatin1(cisIds).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

namespace
{

// Where "<file>#<service>" splits: the last '#', when what follows it is a service name (no '/'); -1 otherwise.
qsizetype serviceSeparator(const QString& id)
{
    const qsizetype hash = id.lastIndexOf(u'#');
    return hash > 0 && hash + 1 < id.size() && !QStringView(id).sliced(hash + 1).contains(u'/') ? hash : -1;
}

} // namespace

Subject Subject::container(const QJsonObject& inspect)
{
    Subject s;
    s.scope = Scope::Container;
    s.id = inspect.value(QStringLiteral("Id")).toString();
    s.name = inspect.value(QStringLiteral("Name")).toString();
    if (s.name.startsWith(QLatin1Char('/'))) {
        s.name.remove(0, 1);
    }
    s.data = inspect;
    s.hostConfig = inspect.value(QStringLiteral("HostConfig")).toObject();
    s.config = inspect.value(QStringLiteral("Config")).toObject();
    s.mounts = inspect.value(QStringLiteral("Mounts")).toArray();
    return s;
}

QString Subject::filePath() const
{
    if (!file.isEmpty()) {
        return file;
    }
    const qsizetype hash = serviceSeparator(id);
    return hash < 0 ? id : id.left(hash);
}

QString Subject::service() const
{
    if (!file.isEmpty()) {
        return id.startsWith(file) && id.size() > file.size() + 1 && id.at(file.size()) == u'#'
                   ? id.mid(file.size() + 1)
                   : QString();
    }
    const qsizetype hash = serviceSeparator(id);
    return hash < 0 ? QString() : id.mid(hash + 1);
}

} // namespace escut
