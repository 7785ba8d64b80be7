// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace escut
{

class Snapshot;

// Layers of the diagram, outermost first (DESIGN.md). The string ids are stable API.
enum class Layer {
    Host,
    Daemon,
    SupplyChain,
    MinimalImage,
    Runtime,
    Container,
    Secrets,
    Encryption,
    Monitoring,
    Compose,
};

enum class Scope {
    Host,
    Daemon,
    Image,
    Container,
    Compose,
    Dockerfile,
};

enum class Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
};

enum class Status {
    Pass,
    Warn,
    Fail,
    Info,
    Skipped,
    Error,
};

QString layerId(Layer layer);
QString layerName(Layer layer);    // translated
QString layerCaption(Layer layer); // translated one-liner for the diagram
std::optional<Layer> layerFromId(const QString& id);
QList<Layer> allLayers();

QString scopeId(Scope scope);
std::optional<Scope> scopeFromId(const QString& id);

QString severityId(Severity severity);
QString severityName(Severity severity); // translated
std::optional<Severity> severityFromId(const QString& id);

QString statusId(Status status);
QString statusName(Status status); // translated
std::optional<Status> statusFromId(const QString& id);

// What a check is evaluated against: the daemon, one container, one image, ...
struct Subject
{
    Scope scope = Scope::Daemon;
    QString id;       // container/image id, file path; the daemon's ID for daemon checks
    QString name;     // container name without the leading slash, image reference, file path, "daemon"
    QJsonObject data; // the inspect object for containers and images; not serialised with findings
    // File subjects (Compose, Dockerfile): the file a report points at (a Dockerfile written inline in a Compose
    // file: the Compose file). Not serialised: a subject read back from JSON has only its id.
    QString file;
    // Containers: the inspect's HostConfig, Config and Mounts, looked up once for all the container's checks (a
    // QJsonObject lookup is a binary search of string comparisons; the checks asked for HostConfig 15 times per
    // container). Set by container(); empty for other scopes. Not serialised.
    QJsonObject hostConfig;
    QJsonObject config;
    QJsonArray mounts;

    // The subject of a container's checks: its inspect object, id, name (without the leading slash) and parts.
    [[nodiscard]] static Subject container(const QJsonObject& inspect);

    // The file and the Compose service of a file subject, whose id is "<file>#<service>". Both the path and a
    // hostile service name may hold '#' and '/' ("/srv/a#b/compose.yml#<x>/y"): file decides when it is set; without
    // it the id is split at its last '#' that no '/' follows.
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] QString service() const;
};

} // namespace escut

Q_DECLARE_TYPEINFO(escut::Subject, Q_RELOCATABLE_TYPE); // QString and QJsonObject are relocatable

namespace escut
{

// The result of one evaluator on one subject.
struct Outcome
{
    Status status = Status::Info;
    QString evidence; // translated; the exact fact seen, never a secret's value
    int line = 0;     // 1-based line in the subject's file (Compose, Dockerfile) the evidence points at; 0: none

    // The same outcome, located at a line of the subject's file (reports use it for SARIF/JUnit locations).
    [[nodiscard]] Outcome at(int fileLine) const
    {
        Outcome located = *this;
        located.line = fileLine;
        return located;
    }

    static Outcome pass(QString evidence)
    {
        return {Status::Pass, std::move(evidence), 0};
    }
    static Outcome warn(QString evidence)
    {
        return {Status::Warn, std::move(evidence), 0};
    }
    static Outcome fail(QString evidence)
    {
        return {Status::Fail, std::move(evidence), 0};
    }
    static Outcome info(QString evidence)
    {
        return {Status::Info, std::move(evidence), 0};
    }
    static Outcome skipped(QString reason)
    {
        return {Status::Skipped, std::move(reason), 0};
    }
    static Outcome error(QString reason)
    {
        return {Status::Error, std::move(reason), 0};
    }
};

// Pure: no I/O, no clock. The same snapshot always gives the same outcome.
using Evaluator = Outcome (*)(const Snapshot& snapshot, const Subject& subject);

// One row of the catalogue. Texts are QT_TRANSLATE_NOOP("Checks", ...) and translated on display.
struct CheckDef
{
    const char* id;
    Layer layer;
    Scope scope;
    Severity severity;
    const char* cisIds; // the CIS Docker Benchmark v1.6.0 recommendations it covers, space-separated ("5.10 5.16"); ""
    const char* source; // where else the check comes from: "seed 002", "dockerd reference"; "" when only CIS
    const char* title;
    const char* rationale;
    const char* remediation;
    const char* fixId; // remediation id, "" when none
    Evaluator evaluate;

    [[nodiscard]] QString trTitle() const;
    [[nodiscard]] QString trRationale() const;
    [[nodiscard]] QString trRemediation() const;
    // cisIds as a list, in the catalogue's order ({"5.10", "5.16"}); empty when the check covers none.
    [[nodiscard]] QStringList cis() const;
};

} // namespace escut
