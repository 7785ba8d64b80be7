// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Check.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace escut
{

// A text in the three languages of the lab (ca, es, en). English is the fallback.
struct LabText
{
    QString ca;
    QString es;
    QString en;

    [[nodiscard]] QString in(const QString& language) const;
    [[nodiscard]] bool complete() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static LabText fromJson(const QJsonValue& value);
};

// One goal: a check of the catalogue that must pass on one subject the lab created.
struct LabGoal
{
    enum class Kind {
        Daemon,     // the sandboxed daemon.json under the lab root
        Host,       // the sandboxed host files under the lab root
        Container,  // the lab container with this role
        Image,      // the lab image with this role
        Compose,    // a Compose file under the lab root
        Dockerfile, // a Dockerfile under the lab root
    };
    QString check; // check id (catalogue)
    Kind kind = Kind::Daemon;
    QString target;      // role or lab-root path; empty for daemon/host
    QString subjectSpec; // as written: "container:app", "daemon", "compose:srv/app/docker-compose.yml"

    [[nodiscard]] static Scope scopeOf(Kind kind);
};

// What a host needs to run a lab.
struct LabRequirements
{
    QStringList runtimes; // e.g. "runsc": registered in the daemon (docker info)
    QStringList tools;    // e.g. "cryptsetup": on PATH
    QStringList kernel;   // "loop" (loop devices), "ext4-encryption" (ext4's encrypt feature, fscrypt)
    bool root = false;    // needs to run as root (e.g. LUKS)
    LabText install;      // what to install when a requirement is missing
};

// A lab scenario, loaded from resources/labs/<id>.json. Resources and the reference solution stay JSON: the
// engine interprets them (LabEngine).
struct Scenario
{
    QString id;
    QString seed;    // "000" or "002"
    LabText section; // the seed's section title
    LabText title;
    LabText story;
    QList<LabText> hints;
    QList<LabGoal> goals;
    LabRequirements needs;
    QJsonObject resources;     // filesystems, files, images, volumes, containers
    QJsonArray solution;       // steps a student would take
    bool activeProbes = false; // the goals need the active probes (docker exec, a run without the token)
    QString source;            // file it was loaded from

    [[nodiscard]] QJsonObject toJson(const QString& language) const; // the `lab list --format json` entry
};

class ScenarioLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLibrary)

public:
    // Parses one scenario file; errors name the file and the field.
    [[nodiscard]] static Result<Scenario> parse(const QByteArray& json, const QString& source);
    // Every problem of a parsed scenario: unknown check ids, goal scope mismatches, missing translations,
    // resources or solution steps the engine does not know. Empty when valid.
    [[nodiscard]] static QStringList validate(const Scenario& scenario);
    // The embedded scenarios (:/labs/*.json), sorted by file name.
    [[nodiscard]] static Result<QList<Scenario>> builtIn();
    [[nodiscard]] static Result<Scenario> find(const QString& id);
    // The kernel features a scenario may require (requires.kernel).
    [[nodiscard]] static const QStringList& kernelFeatures();
};

} // namespace escut
