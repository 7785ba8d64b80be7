// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Check.h"
#include "core/docker/Endpoint.h"
#include "core/facts/Collector.h"
#include "core/lab/Scenario.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace escut
{

class DockerClient;

struct LabGoalResult
{
    LabGoal goal;
    QString title; // the check's title, translated
    Status status = Status::Fail;
    QString evidence; // translated
    QString subject;  // the Docker object or file the goal was evaluated on
    QString fixId;    // the check's remediation, "" when none

    [[nodiscard]] bool passed() const
    {
        return status == Status::Pass;
    }
    [[nodiscard]] QJsonObject toJson() const;
};

struct LabCheckResult
{
    QString labId;
    QDateTime checkedAt;
    QList<LabGoalResult> goals;
    qint64 elapsedMs = 0;

    [[nodiscard]] bool allPassed() const;
    [[nodiscard]] int passedCount() const;
    [[nodiscard]] QJsonObject toJson() const;
};

// What is labelled escut.lab=<id> on the daemon right now.
struct LabResources
{
    QStringList containers;
    QStringList images;
    QStringList volumes;
    QStringList networks;

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] int count() const;
};

// Runs lab scenarios on a Docker daemon: start creates the lab's resources (every one labelled escut.lab=<id>,
// on its own network or none), check audits and evaluates the goals, reset removes everything the label marks.
// Sandboxed files (daemon.json, host files) live under a lab root, never in the real /etc.
// Every call blocks: run it on a worker thread from the GUI.
class LabEngine
{
    Q_DECLARE_TR_FUNCTIONS(LabEngine)

public:
    static constexpr const char* LabelKey = "escut.lab";
    static constexpr const char* RoleLabelKey = "escut.lab.role";

    explicit LabEngine(EndpointRequest endpoint = {}, QString stateDir = {});
    ~LabEngine();
    LabEngine(const LabEngine&) = delete;
    LabEngine& operator=(const LabEngine&) = delete;

    // $ESCUT_STATE_DIR/labs, else <app data>/labs.
    [[nodiscard]] static QString defaultStateDir();
    [[nodiscard]] QString stateDir() const;
    // Language of the scenario texts in messages (ca, es, en).
    void setLanguage(const QString& language);
    [[nodiscard]] QString labRoot(const QString& id) const;

    [[nodiscard]] static QString containerName(const QString& id, const QString& role);
    [[nodiscard]] static QString networkName(const QString& id);
    [[nodiscard]] static QString volumeName(const QString& id, const QString& role);
    [[nodiscard]] static QString imageRef(const QString& id, const QJsonObject& imageSpec);
    // A scenario text with ${LAB_ROOT}, ${LAB_ID}, ${NETWORK}, ${IMAGE:role}, ${CONTAINER:role} filled in.
    [[nodiscard]] QString expand(const Scenario& scenario, const QString& text) const;

    // Why this lab cannot run here and what to install; empty when it can. Errors: the daemon is unreachable.
    [[nodiscard]] Result<QString> blocker(const Scenario& scenario);

    // Resets the lab, then creates its files, network, volumes, images and containers.
    [[nodiscard]] VoidResult start(const Scenario& scenario, const ProgressCallback& progress = {});
    // Audits the daemon and the lab root and evaluates every goal on the lab's subjects.
    [[nodiscard]] Result<LabCheckResult> check(const Scenario& scenario, const ProgressCallback& progress = {});
    // Applies the scenario's reference solution (what a student would do).
    [[nodiscard]] VoidResult applySolution(const Scenario& scenario);
    // Removes every container, image, volume and network labelled escut.lab=<id> and the lab root. Idempotent.
    [[nodiscard]] VoidResult reset(const QString& id);
    // reset() for every lab id found on the daemon or under the state directory.
    [[nodiscard]] Result<QStringList> resetAll();
    [[nodiscard]] Result<LabResources> resources(const QString& id);
    // Whether the lab has anything on the daemon or a lab root.
    [[nodiscard]] Result<bool> isStarted(const QString& id);

private:
    friend class LabRunner;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace escut
