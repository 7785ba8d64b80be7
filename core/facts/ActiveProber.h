// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/ActiveProbes.h"
#include "core/facts/Collector.h"

#include <QCoreApplication>

#include <atomic>

namespace escut
{

class DockerClient;
class Snapshot;

struct ProbeOptions
{
    int limitMs = 10000;
    int concurrency = 4;
    QString labelPrefix = QStringLiteral("escut.probe"); // escut.probe=<kind>, escut.probe.source=<container id>
    QString onlyLabel; // key=value: probe only the containers that carry it (empty: every container)
};

// Runs the active probes against the containers of a snapshot and stores the results in snapshot.probes.
// Never changes an existing container: the exec runs a process in it and the run probe makes a new, labelled
// container that is always removed. Blocking: call it from a worker thread.
class ActiveProber
{
    Q_DECLARE_TR_FUNCTIONS(ActiveProber)

public:
    static void run(DockerClient& client,
                    Snapshot& snapshot,
                    const ProbeOptions& options = {},
                    const ProgressCallback& progress = {},
                    const std::atomic<bool>* cancel = nullptr);

    [[nodiscard]] static ExecProbeFact
    execProbe(DockerClient& client, const QJsonObject& container, const ProbeOptions& options);
    [[nodiscard]] static RunProbeFact
    runProbe(DockerClient& client, const QJsonObject& container, const ProbeOptions& options);
};

} // namespace escut
