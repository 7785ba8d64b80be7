// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/Auditor.h"

#include "core/docker/DockerClient.h"
#include "core/facts/ActiveProber.h"
#include "core/facts/DockerfileCollector.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QStandardPaths>

namespace escut
{

QString Auditor::containerIdsFile(const Endpoint& endpoint)
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (cache.isEmpty()) {
        return {};
    }
    const QByteArray key = QCryptographicHash::hash(endpoint.displayName().toUtf8(), QCryptographicHash::Sha256);
    return cache + QStringLiteral("/escut/containers-") + QString::fromLatin1(key.toHex().left(16)) +
           QStringLiteral(".ids");
}

CollectOptions Auditor::collectOptionsFor(const AuditOptions& options)
{
    CollectOptions c;
    c.hostRoot = options.hostRoot;
    c.concurrency = options.concurrency;
    c.composeFiles = options.composeFiles;
    c.dockerfiles = options.dockerfiles;
    c.noScan = !options.scan;
    c.scanBudgetMs = options.scanBudgetMs;
    c.trustedSources = options.trustedSources;
    c.previous = options.previous;
    if (!options.only.isEmpty()) {
        const auto any = [&](std::initializer_list<Layer> layers) {
            return std::any_of(layers.begin(), layers.end(), [&](Layer l) { return options.only.contains(l); });
        };
        // Compose projects are found through their containers' labels.
        c.containers = any(
            {Layer::Container, Layer::Runtime, Layer::Secrets, Layer::Encryption, Layer::Monitoring, Layer::Compose});
        c.images = any({Layer::SupplyChain, Layer::MinimalImage});
        c.hostFacts = any({Layer::Host, Layer::Encryption, Layer::Monitoring});
        c.imageProbes = any({Layer::MinimalImage});
        c.imageTrust = c.imageScans = any({Layer::SupplyChain});
    }
    return c;
}

Result<Snapshot>
Auditor::collect(const AuditOptions& options, const ProgressCallback& progress, const std::atomic<bool>* cancel)
{
    if (!options.snapshotPath.isEmpty()) {
        Result<Snapshot> loaded = Snapshot::load(options.snapshotPath);
        if (loaded) {
            // Files named on the command line are read now, beside what the snapshot holds.
            Collector::addComposeFiles(loaded.value(), options.composeFiles, options.hostRoot);
            DockerfileCollector::addFiles(loaded.value(), options.dockerfiles, options.hostRoot);
            DockerfileCollector::addComposeBuilds(loaded.value(), options.composeFiles, options.hostRoot);
            if (!options.trustedSources.isEmpty()) {
                loaded.value().imageAnalysis.trustedSources.add(options.trustedSources); // --trusted-source
            }
        }
        return loaded;
    }
    Result<Endpoint> endpoint = options.resolvedEndpoint
                                    ? Result<Endpoint>(*options.resolvedEndpoint)
                                    : EndpointResolver::resolve(options.endpoint, ResolverEnvironment::system());
    if (!endpoint) {
        return endpoint.error();
    }
    ClientOptions clientOptions;
    clientOptions.connectTimeoutMs = options.connectTimeoutMs;
    clientOptions.requestTimeoutMs = options.requestTimeoutMs;
    clientOptions.maxConcurrent = options.concurrency;
    DockerClient client(endpoint.value(), clientOptions);
    CollectOptions collectOptions = collectOptionsFor(options);
    if (options.rememberContainers) {
        collectOptions.containerIdsFile = containerIdsFile(endpoint.value());
    }
    Result<Snapshot> snapshot = Collector::collect(client, collectOptions, progress, cancel);
    if (snapshot && options.active &&
        (options.only.isEmpty() || options.only.contains(Layer::Container) || options.only.contains(Layer::Secrets))) {
        ProbeOptions probeOptions;
        probeOptions.onlyLabel = options.activeLabel;
        ActiveProber::run(client, snapshot.value(), probeOptions, progress, cancel);
    }
    return snapshot;
}

AuditResult Auditor::evaluate(Snapshot snapshot, const QSet<Layer>& only)
{
    QElapsedTimer timer;
    timer.start();
    AuditResult result;
    result.snapshot = std::move(snapshot);
    result.findings = escut::evaluate(result.snapshot, EvaluateOptions{only});
    result.score = ScoreCard::compute(result.findings);
    result.evaluateMs = timer.elapsed();
    return result;
}

Result<AuditResult>
Auditor::run(const AuditOptions& options, const ProgressCallback& progress, const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    Result<Snapshot> snapshot = collect(options, progress, cancel);
    if (!snapshot) {
        return snapshot.error();
    }
    const qint64 collectMs = timer.elapsed();
    AuditResult result;
    if (options.previous && options.previousFindings && snapshot.value().sameFacts(*options.previous)) {
        // Pure checks over the same facts give the same findings.
        QElapsedTimer reuse;
        reuse.start();
        result.snapshot = std::move(snapshot).value();
        result.findings = *options.previousFindings;
        result.score = ScoreCard::compute(result.findings);
        result.findingsReused = true;
        result.evaluateMs = reuse.elapsed();
    } else {
        result = evaluate(std::move(snapshot).value(), options.only);
    }
    result.collectMs = collectMs;
    return result;
}

} // namespace escut
