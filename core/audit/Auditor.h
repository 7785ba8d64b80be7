// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Score.h"
#include "core/checks/Finding.h"
#include "core/docker/Endpoint.h"
#include "core/facts/Collector.h"
#include "core/facts/Snapshot.h"

#include <QSet>

#include <atomic>
#include <optional>

namespace escut
{

struct AuditOptions
{
    EndpointRequest endpoint;                 // --host / --context
    std::optional<Endpoint> resolvedEndpoint; // already resolved (fleets: per-host TLS material); wins over endpoint
    QString snapshotPath;                     // --snapshot: evaluate a saved snapshot, no daemon needed
    QSet<Layer> only;                         // --only
    QString hostRoot = QStringLiteral("/");
    QStringList composeFiles;   // --compose
    QStringList dockerfiles;    // --dockerfile
    bool active = false;        // --active: run the exec and run probes (container.exec-shell, container.token-gate)
    bool scan = true;           // --no-scan turns trivy and dockle off
    QStringList trustedSources; // --trusted-source
    QString activeLabel;        // with active: probe only the containers with this label (key=value), e.g. a lab's
    int concurrency = 8;
    int connectTimeoutMs = 3000;
    int requestTimeoutMs = 30000;
    int scanBudgetMs = CollectOptions::DefaultScanBudgetMs; // --scan-timeout: every trivy and dockle run together
    std::shared_ptr<const Snapshot> previous; // a re-audit of the same daemon: see CollectOptions::previous
    // The findings of `previous`, given only when they are exactly what evaluating it gives with this audit's layers
    // (only) and language. When the new facts are the same (Snapshot::sameFacts), they are this audit's findings too:
    // nothing is evaluated again (AuditResult::findingsReused).
    std::optional<QList<Finding>> previousFindings;
    // Remember the endpoint's container ids in the user's cache, to inspect them while the next audit waits for
    // the daemon's container list (CollectOptions::containerIdsFile).
    bool rememberContainers = false;
};

struct AuditResult
{
    Snapshot snapshot;
    QList<Finding> findings;
    ScoreCard score;
    qint64 collectMs = 0;
    qint64 evaluateMs = 0;
    bool findingsReused = false; // the facts were those of AuditOptions::previous: its findings were kept
};

// Collect (or load) a snapshot, evaluate the catalogue, score. Blocking: run it on a worker thread.
class Auditor
{
public:
    [[nodiscard]] static Result<AuditResult>
    run(const AuditOptions& options, const ProgressCallback& progress = {}, const std::atomic<bool>* cancel = nullptr);

    // Collection only (escut-cli snapshot).
    [[nodiscard]] static Result<Snapshot> collect(const AuditOptions& options,
                                                  const ProgressCallback& progress = {},
                                                  const std::atomic<bool>* cancel = nullptr);

    // Evaluation of a snapshot already in memory (pure).
    [[nodiscard]] static AuditResult evaluate(Snapshot snapshot, const QSet<Layer>& only);

    // Which facts the selected layers need.
    [[nodiscard]] static CollectOptions collectOptionsFor(const AuditOptions& options);
    // Where rememberContainers keeps an endpoint's container ids (empty when there is no cache directory).
    [[nodiscard]] static QString containerIdsFile(const Endpoint& endpoint);
};

} // namespace escut
