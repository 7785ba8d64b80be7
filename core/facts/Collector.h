// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/Snapshot.h"
#include "core/util/Result.h"

#include <atomic>
#include <functional>
#include <memory>

namespace escut
{

class DockerClient;

// done/total of the current stage; stage is translated ("Inspecting containers").
using ProgressCallback = std::function<void(int done, int total, const QString& stage)>;

struct CollectOptions
{
    bool containers = true;
    bool images = true;
    bool hostFiles = true; // only for local (unix socket) endpoints
    QString hostRoot = QStringLiteral("/");
    bool hostFacts = true;      // host, encryption and monitoring facts (HostFactsCollector), local endpoints only
    QStringList composeFiles;   // --compose: read in addition to those found through container labels
    QStringList dockerfiles;    // --dockerfile: read in addition to those of the Compose files' build: sections
    bool imageProbes = true;    // minimal-image layer: shells, package managers, compilers inside images
    bool imageTrust = true;     // supply-chain layer: docker trust inspect
    bool imageScans = true;     // supply-chain layer: trivy and dockle
    bool noScan = false;        // --no-scan: record the scans as skipped
    QStringList trustedSources; // --trusted-source, added to the settings' or the default list
    int concurrency = 8;
    // The time every trivy and dockle run of one audit may take together (trivy one image at a time, dockle two);
    // each run also stops at its tool's own limit (Trivy::ScanTimeoutMs, Dockle::ScanTimeoutMs). A scan that does
    // not start or finish within it is recorded as failed, with the reason.
    static constexpr int DefaultScanBudgetMs = 900000;
    int scanBudgetMs = DefaultScanBudgetMs;
    // A re-audit: the previous snapshot of the same daemon. Containers and images the daemon reports no event for
    // since then are taken from it instead of being inspected again (only when the daemon's event log provably
    // covers the whole interval; otherwise everything is inspected).
    std::shared_ptr<const Snapshot> previous;
    // A file with the ids of the containers the last audit of this endpoint saw (empty: none). While the daemon
    // builds its container list, its slowest answer, those are inspected already; the list still decides which
    // containers the snapshot has (an id it does not name is dropped, one it names and the file did not is
    // inspected then). The file is written again with this audit's containers.
    QString containerIdsFile;
};

// Reads everything the checks need from the daemon and the host into a Snapshot. Requests run
// concurrently (bounded). Blocks the calling thread: call it from a worker, never from the GUI thread.
class Collector
{
public:
    [[nodiscard]] static Result<Snapshot> collect(DockerClient& client,
                                                  const CollectOptions& options,
                                                  const ProgressCallback& progress = {},
                                                  const std::atomic<bool>* cancel = nullptr);
    // Reads the named Compose files (read under hostRoot) into the snapshot, and the files their services extend
    // from; a path the snapshot already audits is kept as it is. Also for a loaded snapshot (audit --snapshot FILE
    // --compose FILE).
    static void addComposeFiles(Snapshot& snapshot, const QStringList& paths, const QString& hostRoot);
};

} // namespace escut
