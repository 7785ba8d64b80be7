// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace escut
{

// container.exec-shell (seed 000: "docker exec should fail"): `sh -c true` executed in a running container.
struct ExecProbeFact
{
    QString containerId;
    bool running = false;  // the container was running (and not paused) when probed; no exec otherwise
    bool started = false;  // the daemon started the exec
    int exitCode = -1;     // of the exec (126/127: sh not there); -1 unknown
    int httpStatus = 0;    // of exec create/start when it failed
    QString error;         // the daemon's message when the exec failed to start
    bool timedOut = false; // still running at the limit
    qint64 ms = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ExecProbeFact fromJson(const QJsonObject& json);
    bool operator==(const ExecProbeFact&) const = default;
};

// container.token-gate (seed 000 §6: "start without token"): the container's image, entrypoint and command run
// with no secrets, no network, no capabilities, auto-removed, for at most the limit.
struct RunProbeFact
{
    QString containerId;
    QString image;         // the image id that was run
    bool started = false;  // the probe container started
    int exitCode = -1;     // -1 unknown
    bool timedOut = false; // still running at the limit: killed
    int limitSeconds = 0;
    QString error; // why the probe could not run
    qint64 ms = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static RunProbeFact fromJson(const QJsonObject& json);
    bool operator==(const RunProbeFact&) const = default;
};

struct ActiveProbeFacts
{
    bool enabled = false; // --active was given: the probes ran
    QList<ExecProbeFact> exec;
    QList<RunProbeFact> run;

    [[nodiscard]] const ExecProbeFact* execFor(const QString& containerId) const;
    [[nodiscard]] const RunProbeFact* runFor(const QString& containerId) const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ActiveProbeFacts fromJson(const QJsonObject& json);
    bool operator==(const ActiveProbeFacts&) const = default;
};

} // namespace escut
