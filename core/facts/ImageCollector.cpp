// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/ImageCollector.h"

#include "core/docker/DockerClient.h"
#include "core/facts/ImageProbe.h"
#include "core/tools/DockerTrust.h"
#include "core/tools/Dockle.h"
#include "core/tools/ToolRunner.h"
#include "core/tools/Trivy.h"
#include "core/util/Cache.h"
#include "core/util/JsonUtil.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QMutex>
#include <QSemaphore>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent>

#include <vector>

namespace escut
{

namespace
{

// A scanner as found on this machine: installed or not, and its version (part of the cache key).
struct ScannerInfo
{
    QString tool;
    bool installed = false;
    QString version;
    QString versionError;
    bool budgetSpent = false; // --version was stopped because the audit's scan budget ran out
};

// Its --version run counts against the audit's scan budget like every scan: a scanner that hangs on it is stopped
// there.
ScannerInfo scannerInfo(const QString& tool, const QDeadlineTimer& budget, const std::atomic<bool>* cancel)
{
    ScannerInfo info;
    info.tool = tool;
    info.installed = !ToolRunner::find(tool).isEmpty();
    if (!info.installed) {
        return info;
    }
    if (budget.hasExpired()) {
        info.budgetSpent = true;
        return info;
    }
    ToolOptions options;
    options.timeoutMs = int(qMin<qint64>(30000, budget.remainingTime()));
    options.cancel = cancel;
    const Result<QString> version = tool == QLatin1String("trivy") ? Trivy::version(options) : Dockle::version(options);
    if (version) {
        info.version = version.value();
    } else if (version.error().code == Error::Code::Timeout && budget.hasExpired()) {
        info.budgetSpent = true;
    } else {
        info.versionError = version.error().fullText();
    }
    return info;
}

// DOCKER_HOST and its TLS material, so that the scanners read images from the daemon being audited.
QStringList scannerEnvironment(const Endpoint& endpoint)
{
    QStringList env;
    if (endpoint.url.isEmpty()) {
        return env;
    }
    env.append(QStringLiteral("DOCKER_HOST=") + endpoint.url);
    if (endpoint.tls && !endpoint.certFile.isEmpty()) {
        env.append(QStringLiteral("DOCKER_CERT_PATH=") + QFileInfo(endpoint.certFile).absolutePath());
    }
    if (endpoint.tlsVerify) {
        env.append(QStringLiteral("DOCKER_TLS_VERIFY=1"));
    }
    return env;
}

ImageScanFact scanFact(const ScannerInfo& scanner,
                       const QJsonObject& inspect,
                       const QStringList& environment,
                       const QDeadlineTimer& budget,
                       int budgetMs,
                       const std::atomic<bool>* cancel)
{
    ImageScanFact fact;
    fact.imageId = inspect.value(QStringLiteral("Id")).toString();
    fact.tool = scanner.tool;
    const bool trivy = scanner.tool == QLatin1String("trivy");
    if (!scanner.installed) {
        fact.state = ImageScanFact::State::NotInstalled;
        fact.reason = trivy ? Trivy::installHint() : Dockle::installHint();
        return fact;
    }
    const auto budgetSpent = [&] {
        fact.state = ImageScanFact::State::Failed;
        fact.reason = ImageCollector::tr("Not scanned: the image scans of this audit used up their time (%n "
                                         "second(s), --scan-timeout).",
                                         nullptr,
                                         budgetMs / 1000);
        return fact;
    };
    if (scanner.budgetSpent) {
        return budgetSpent();
    }
    if (!scanner.versionError.isEmpty()) {
        fact.state = ImageScanFact::State::Failed;
        fact.reason =
            ImageCollector::tr("%1 is installed but does not work: %2").arg(scanner.tool, scanner.versionError);
        return fact;
    }
    fact.toolVersion = scanner.version;

    const Cache cache(QStringLiteral("scans/") + scanner.tool);
    if (const std::optional<QJsonObject> entry = cache.read(fact.imageId)) {
        ImageScanFact cached = ImageScanFact::fromJson(entry->value(QStringLiteral("fact")).toObject());
        const qint64 age = cached.scannedAt.secsTo(QDateTime::currentDateTimeUtc());
        if (cached.imageId == fact.imageId && cached.tool == scanner.tool && cached.toolVersion == scanner.version &&
            cached.state == ImageScanFact::State::Done && age >= 0 && (!trivy || age < Trivy::CacheMaxAgeSecs)) {
            return cached;
        }
    }

    // The audit's scan budget bounds every run: a scan never outlives it, and none starts once it is spent.
    const qint64 remainingMs = budget.remainingTime();
    if (remainingMs <= 0) {
        return budgetSpent();
    }
    ToolOptions options;
    options.timeoutMs = int(qMin<qint64>(trivy ? Trivy::ScanTimeoutMs : Dockle::ScanTimeoutMs, remainingMs));
    options.extraEnvironment = environment;
    options.cancel = cancel;
    const QString reference = ImageCollector::scanReference(inspect);
    const Result<QList<ScanFinding>> findings =
        trivy ? Trivy::scan(reference, options) : Dockle::scan(reference, options);
    if (!findings) {
        if (findings.error().code == Error::Code::Timeout && budget.hasExpired()) {
            return budgetSpent();
        }
        fact.state = ImageScanFact::State::Failed;
        fact.reason = findings.error().fullText();
        return fact;
    }
    fact.state = ImageScanFact::State::Done;
    fact.scannedAt = QDateTime::currentDateTimeUtc();
    fact.findings = findings.value();
    cache.write(fact.imageId, QJsonObject{{QStringLiteral("fact"), fact.toJson()}});
    return fact;
}

ImageScanFact disabledScan(const QJsonObject& inspect, const QString& tool)
{
    ImageScanFact fact;
    fact.imageId = inspect.value(QStringLiteral("Id")).toString();
    fact.tool = tool;
    fact.state = ImageScanFact::State::Disabled;
    fact.reason = ImageCollector::tr("Not scanned: --no-scan.");
    return fact;
}

} // namespace

QString ImageCollector::settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/escut/escut.conf");
}

TrustedSourcesFact ImageCollector::trustedSources(const QStringList& added, const QString& settingsPath)
{
    TrustedSourcesFact fact{TrustedSourcesFact::defaults(), QStringLiteral("default"), {}};
    const QString path = settingsPath.isEmpty() ? settingsFile() : settingsPath;
    if (QFileInfo::exists(path)) {
        const QSettings settings(path, QSettings::IniFormat);
        if (settings.contains(QStringLiteral("trustedSources"))) {
            const QVariant value = settings.value(QStringLiteral("trustedSources"));
            fact.sources = TrustedSourcesFact::parseEntries(
                value.typeId() == QMetaType::QStringList ? value.toStringList() : QStringList{value.toString()});
            fact.origin = path;
        }
    }
    fact.add(added);
    return fact;
}

QString ImageCollector::scanReference(const QJsonObject& inspect)
{
    const QStringList tags = jsonStrings(inspect.value(QStringLiteral("RepoTags")));
    if (!tags.isEmpty()) {
        return tags.first();
    }
    QString id = inspect.value(QStringLiteral("Id")).toString();
    if (id.startsWith(QLatin1String("sha256:"))) {
        id = id.mid(7);
    }
    return id.left(12);
}

ImageTrustFact ImageCollector::trustFact(const QJsonObject& inspect, const std::atomic<bool>* cancel)
{
    ImageTrustFact fact;
    fact.imageId = inspect.value(QStringLiteral("Id")).toString();
    const QStringList tags = jsonStrings(inspect.value(QStringLiteral("RepoTags")));
    if (tags.isEmpty()) {
        fact.state = ImageTrustFact::State::Untagged;
        return fact;
    }
    // Trust data lives next to the registry an image was pulled from: only tags of pulled repositories (those
    // with a RepoDigest) are looked up, and a local image's name is never sent to anyone's notary server.
    QStringList pulledRepos;
    for (const QString& digest : jsonStrings(inspect.value(QStringLiteral("RepoDigests")))) {
        pulledRepos.append(imageref::repository(digest));
    }
    QStringList references;
    for (const QString& tag : tags) {
        if (pulledRepos.contains(imageref::repository(tag))) {
            references.append(tag);
        }
    }
    if (references.isEmpty()) {
        fact.state = ImageTrustFact::State::Local;
        return fact;
    }
    if (ToolRunner::find(QStringLiteral("docker")).isEmpty()) {
        fact.state = ImageTrustFact::State::NotInstalled;
        fact.reason = DockerTrust::installHint();
        return fact;
    }
    ToolOptions options;
    options.cancel = cancel;
    for (const QString& reference : references) {
        const Result<ImageTrustRecord> record = DockerTrust::inspect(reference, options);
        if (!record) {
            fact.state = ImageTrustFact::State::Failed;
            fact.reason = record.error().fullText();
            return fact;
        }
        fact.records.append(record.value());
    }
    fact.state = ImageTrustFact::State::Checked;
    return fact;
}

void ImageCollector::collect(Snapshot& snapshot,
                             DockerClient& client,
                             const CollectOptions& options,
                             const ProgressCallback& progress,
                             const std::atomic<bool>* cancel)
{
    snapshot.imageAnalysis.trustedSources = trustedSources(options.trustedSources);
    if (!options.images || snapshot.images.isEmpty()) {
        return;
    }
    const size_t n = static_cast<size_t>(snapshot.images.size());
    std::vector<QJsonObject> inspects;
    for (const ImageFact& image : snapshot.images) {
        inspects.push_back(image.inspect);
    }
    const bool scan = options.imageScans && !options.noScan;
    std::vector<ImageProbeFact> probes(options.imageProbes ? n : 0);
    std::vector<ImageTrustFact> trust(options.imageTrust ? n : 0);
    std::vector<ImageScanFact> trivyScans(scan ? n : 0);
    std::vector<ImageScanFact> dockleScans(scan ? n : 0);

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(2, options.concurrency));
    const int total = static_cast<int>(probes.size() + trust.size() + trivyScans.size() + dockleScans.size());
    std::atomic<int> done{0};
    QMutex progressMutex;
    const QString stage = tr("Examining images");
    auto tick = [&] {
        const int d = ++done;
        if (progress) {
            QMutexLocker lock(&progressMutex);
            progress(d, total, stage);
        }
    };
    auto cancelled = [&] {
        return cancel && cancel->load();
    };

    QList<QFuture<void>> futures;
    const QDeadlineTimer scanBudget(std::max(0, options.scanBudgetMs));
    QSemaphore dockleSlots(2);
    ScannerInfo dockle; // outlives the tasks that read it
    ImageProbe prober(client);
    if (!probes.empty()) {
        for (size_t i = 0; i < n; ++i) {
            futures.append(QtConcurrent::run(&pool, [&, i] {
                if (!cancelled()) {
                    probes[i] = prober.probe(inspects[i], cancel);
                }
                tick();
            }));
        }
    }
    for (size_t i = 0; i < trust.size(); ++i) {
        futures.append(QtConcurrent::run(&pool, [&, i] {
            if (!cancelled()) {
                trust[i] = trustFact(inspects[i], cancel);
            }
            tick();
        }));
    }
    if (scan) {
        const QStringList environment = scannerEnvironment(snapshot.endpoint);
        // trivy locks its database and cache: one trivy at a time, while dockle scans run beside it.
        futures.append(QtConcurrent::run(&pool, [&, environment] {
            const ScannerInfo trivy = scannerInfo(QStringLiteral("trivy"), scanBudget, cancel);
            for (size_t i = 0; i < n; ++i) {
                if (!cancelled()) {
                    trivyScans[i] = scanFact(trivy, inspects[i], environment, scanBudget, options.scanBudgetMs, cancel);
                }
                tick();
            }
        }));
        dockle = scannerInfo(QStringLiteral("dockle"), scanBudget, cancel);
        for (size_t i = 0; i < n; ++i) {
            futures.append(QtConcurrent::run(&pool, [&, i, environment] {
                if (!cancelled()) {
                    // Each dockle reads a whole image out of the daemon: two at a time.
                    const QSemaphoreReleaser slot = (dockleSlots.acquire(), QSemaphoreReleaser(dockleSlots));
                    dockleScans[i] =
                        scanFact(dockle, inspects[i], environment, scanBudget, options.scanBudgetMs, cancel);
                }
                tick();
            }));
        }
    } else if (options.imageScans && options.noScan) {
        for (const QJsonObject& inspect : inspects) {
            snapshot.imageAnalysis.scans.append(disabledScan(inspect, QStringLiteral("trivy")));
            snapshot.imageAnalysis.scans.append(disabledScan(inspect, QStringLiteral("dockle")));
        }
    }
    for (QFuture<void>& f : futures) {
        f.waitForFinished();
    }
    if (cancelled()) {
        return;
    }
    snapshot.imageAnalysis.probes = QList<ImageProbeFact>(probes.begin(), probes.end());
    snapshot.imageAnalysis.trust = QList<ImageTrustFact>(trust.begin(), trust.end());
    for (size_t i = 0; i < trivyScans.size(); ++i) {
        snapshot.imageAnalysis.scans.append(trivyScans[i]);
        snapshot.imageAnalysis.scans.append(dockleScans[i]);
    }
}

} // namespace escut
