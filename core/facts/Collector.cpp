// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/Collector.h"

#include "core/docker/DockerClient.h"
#include "core/facts/DockerfileCollector.h"
#include "core/facts/ExecHistory.h"
#include "core/facts/HostProbe.h"
#include "core/facts/ImageCollector.h"
#include "core/facts/ImageProbe.h"
#include "core/util/FileRead.h"
#include "core/util/JsonUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent>

namespace escut
{

namespace
{

Error cancelledError()
{
    return makeError(Error::Code::Cancelled, QCoreApplication::translate("Collector", "The audit was cancelled."));
}

bool isCancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

// Runs fn over items on pool; results keep the order of items. Stops early on cancel.
template <typename In, typename Fn>
auto mapConcurrently(QThreadPool* pool,
                     const QList<In>& items,
                     Fn fn,
                     const ProgressCallback& progress,
                     const QString& stage,
                     const std::atomic<bool>* cancel)
{
    using Out = std::invoke_result_t<Fn, const In&>;
    std::atomic<int> done{0};
    const int total = static_cast<int>(items.size());
    QMutex progressMutex;
    auto wrapped = [&](const In& item) -> Out {
        if (isCancelled(cancel)) {
            return Out(cancelledError());
        }
        Out out = fn(item);
        const int n = ++done;
        if (progress) {
            QMutexLocker lock(&progressMutex);
            progress(n, total, stage);
        }
        return out;
    };
    return QtConcurrent::blockingMapped<QList<Out>>(pool, items, wrapped);
}

// The daemon's clock in /info (SystemTime, RFC 3339 with up to nine fractional digits) in ns; 0 when absent.
qint64 daemonTimeNs(const QJsonObject& info)
{
    // "2026-12-02T02:52:22.062114371Z": QDateTime parses whole seconds; the fraction is added by hand, because
    // cutting it off would put `until` before the events of the last second and miss them.
    QString text = info.value(QStringLiteral("SystemTime")).toString();
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d+)"));
    const QRegularExpressionMatch m = fraction.match(text);
    qint64 fractionNs = 0;
    if (m.hasMatch()) {
        fractionNs = m.captured(1).left(9).leftJustified(9, QLatin1Char('0')).toLongLong();
        text.remove(m.capturedStart(0), m.capturedLength(0));
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toMSecsSinceEpoch() * 1000000 + fractionNs : 0;
}

// The ids of the containers and images the daemon logged an event for since `previous` was collected, or nullopt
// when that list cannot be shown to be complete. dockerd keeps its latest events (256) in memory: the list is
// complete when the oldest event it still holds is older than the previous collection, which also shows that the
// daemon has not restarted since. Anything else (another daemon, no clock, too many events) means "inspect all".
struct ChangeLog
{
    QSet<QString> ids;        // every actor: containers, images, networks, volumes
    QSet<QString> containers; // the containers among them, with those a network or volume event names
};

// Every event the daemon holds up to untilNs (its clock): since=1 (not 0) makes it answer with them and close the
// stream. The exec history reads this log, and a re-audit finds what changed in it.
Result<QByteArray> readEventLog(DockerClient& client, qint64 untilNs)
{
    Result<HttpResponse> response = client.request(DockerClient::Method::Get,
                                                   QStringLiteral("/events?since=1&until=%1.%2")
                                                       .arg(untilNs / 1000000000)
                                                       .arg(untilNs % 1000000000, 9, 10, QLatin1Char('0')));
    if (!response) {
        return response.error();
    }
    return std::move(response.value().body);
}

// eventLog receives the log when it was read (the exec history reads it too).
std::optional<ChangeLog> changedSince(DockerClient& client,
                                      const Snapshot& previous,
                                      const QJsonObject& info,
                                      std::optional<QByteArray>& eventLog)
{
    // /info and the container list are read concurrently: widen the interval by a margin (a few containers more
    // are inspected again; none is missed).
    constexpr qint64 MarginNs = 5'000'000'000LL;
    const QString daemonId = info.value(QStringLiteral("ID")).toString();
    const qint64 since = daemonTimeNs(previous.info) - MarginNs;
    const qint64 until = daemonTimeNs(info);
    if (daemonId.isEmpty() || daemonId != previous.info.value(QStringLiteral("ID")).toString() || since <= 0 ||
        until <= since) {
        return std::nullopt;
    }
    const Result<QByteArray> log = readEventLog(client, until);
    if (!log) {
        return std::nullopt;
    }
    eventLog = log.value();
    ChangeLog changed;
    double oldest = 0;
    for (const QByteArray& line : log.value().split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.isEmpty()) {
            continue;
        }
        const double time = event.value(QStringLiteral("timeNano")).toDouble();
        oldest = oldest == 0 ? time : std::min(oldest, time);
        if (time < double(since)) {
            continue;
        }
        const QJsonObject actor = event.value(QStringLiteral("Actor")).toObject();
        const QString id = actor.value(QStringLiteral("ID")).toString();
        changed.ids.insert(id);
        if (event.value(QStringLiteral("Type")).toString() == QLatin1String("container")) {
            changed.containers.insert(id);
        }
        // Network and volume events name the container they (dis)connect in their attributes.
        const QString container =
            actor.value(QStringLiteral("Attributes")).toObject().value(QStringLiteral("container")).toString();
        if (!container.isEmpty()) {
            changed.ids.insert(container);
            changed.containers.insert(container);
        }
    }
    if (oldest <= 0 || oldest >= double(since)) {
        return std::nullopt;
    }
    return changed;
}

QJsonArray toArray(const Result<QJsonDocument>& doc)
{
    return doc.ok() ? doc.value().array() : QJsonArray();
}

// dockerd lists its networks in a different order each time (a Go map): by name and id, two collections of the same
// networks are the same facts (Snapshot::sameFacts) and the checks name them in the same order.
QJsonArray sortedNetworks(const QJsonArray& networks)
{
    QList<QJsonObject> list;
    list.reserve(networks.size());
    for (const QJsonValue& n : networks) {
        list.append(n.toObject());
    }
    const auto key = [](const QJsonObject& n) {
        return std::pair(n.value(QStringLiteral("Name")).toString(), n.value(QStringLiteral("Id")).toString());
    };
    std::stable_sort(list.begin(), list.end(), [&](const QJsonObject& a, const QJsonObject& b) {
        return key(a) < key(b);
    });
    QJsonArray sorted;
    for (const QJsonObject& n : list) {
        sorted.append(n);
    }
    return sorted;
}

ComposeFileFact readComposeFile(const QString& path, const QString& hostRoot)
{
    ComposeFileFact fact;
    fact.path = path;
    const QString hostPath = hostRoot == QLatin1String("/") || !QDir::isAbsolutePath(path)
                                 ? path
                                 : QDir::cleanPath(hostRoot + QLatin1Char('/') + path);
    // The path may come from a container's label: a fifo there must not hang the audit.
    Result<QByteArray> text = readRegularFile(hostPath, 4 * 1024 * 1024);
    if (text) {
        fact.text = std::move(text).value();
    } else if (text.error().code == Error::Code::ResponseTooLarge) {
        fact.error = QCoreApplication::translate("Collector", "%1 is larger than 4 MiB.").arg(path);
    } else {
        fact.error = QCoreApplication::translate("Collector", "Cannot read %1: %2.").arg(path, text.error().message);
    }
    return fact;
}

// Compose files named by --compose and by the com.docker.compose labels of the containers (on this host only).
// The Compose files of the containers' com.docker.compose labels (local endpoints: the paths are this host's), in
// the containers' order, with their projects.
struct LabelledComposeFiles
{
    QStringList paths;
    QMap<QString, QString> projects;
};

LabelledComposeFiles labelledComposeFiles(const Snapshot& snapshot)
{
    LabelledComposeFiles out;
    if (!snapshot.endpoint.isLocal()) {
        return out;
    }
    for (const QJsonObject& c : snapshot.containers) {
        const QJsonObject labels =
            c.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Labels")).toObject();
        const QString workingDir = labels.value(QStringLiteral("com.docker.compose.project.working_dir")).toString();
        for (QString file : labels.value(QStringLiteral("com.docker.compose.project.config_files"))
                                .toString()
                                .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            file = file.trimmed();
            if (QDir::isRelativePath(file) && !workingDir.isEmpty()) {
                file = workingDir + QLatin1Char('/') + file;
            }
            out.paths.append(file);
            out.projects.insert(file, labels.value(QStringLiteral("com.docker.compose.project")).toString());
        }
    }
    return out;
}

// Reads paths (each once) that the snapshot does not audit yet, then the files their services extend from.
void appendComposeFiles(Snapshot& snapshot,
                        QStringList paths,
                        const QMap<QString, QString>& projects,
                        const QString& hostRoot)
{
    const auto find = [&snapshot](const QString& path) {
        return std::find_if(snapshot.composeFiles.begin(), snapshot.composeFiles.end(), [&](const ComposeFileFact& f) {
            return f.path == path;
        });
    };
    paths.removeDuplicates();
    for (const QString& path : paths) {
        if (const auto known = find(path); known != snapshot.composeFiles.end()) {
            known->referenced = false; // named now: audited, no longer read for extends: only
            continue;
        }
        ComposeFileFact fact = readComposeFile(path, hostRoot);
        fact.project = projects.value(path);
        snapshot.composeFiles.append(fact);
    }
    // Files that services extend from (extends: file:), read for the resolution only.
    for (qsizetype i = 0; i < snapshot.composeFiles.size(); ++i) {
        for (const QString& path : composeExtendsFiles(snapshot.composeFiles.at(i))) {
            if (find(path) == snapshot.composeFiles.end()) {
                ComposeFileFact fact = readComposeFile(path, hostRoot);
                fact.referenced = true;
                snapshot.composeFiles.append(fact);
            }
        }
    }
}

void collectComposeFiles(Snapshot& snapshot, const CollectOptions& options)
{
    const LabelledComposeFiles labelled = labelledComposeFiles(snapshot);
    appendComposeFiles(snapshot, options.composeFiles + labelled.paths, labelled.projects, options.hostRoot);
}

// GET /containers/{id}/json: one container's inspect document.
Result<QJsonDocument> inspectContainer(DockerClient& client, const QString& id)
{
    return client.getJson(QStringLiteral("/containers/%1/json").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))));
}

// The ids in a containerIdsFile: 64 hex digits a line; anything else (another tool's file, a torn write) ends it.
QStringList readContainerIds(const QString& path)
{
    QStringList ids;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024) {
        return ids;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString id = QString::fromLatin1(line);
        if (id.isEmpty()) {
            continue;
        }
        if (!idPattern.match(id).hasMatch()) {
            return {};
        }
        ids.append(id);
    }
    return ids;
}

// A cache, so neither backed up nor synced: a torn file only costs the next audit its head start.
void writeContainerIds(const QString& path, const QList<QJsonObject>& containers)
{
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath())) {
        return;
    }
    QByteArray text;
    text.reserve(containers.size() * 65);
    for (const QJsonObject& c : containers) {
        text += c.value(QStringLiteral("Id")).toString().toLatin1();
        text += '\n';
    }
    const QString temporary = path + QStringLiteral(".tmp");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        file.remove();
        return;
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
    }
}

// Inspections of the containers the last audit saw, started before the container list is asked for and stopped
// once it has come: what finished in the meantime is used for the containers the list names.
class Prefetch
{
public:
    Prefetch(DockerClient& client, const QStringList& ids, int threads, const std::atomic<bool>* cancel)
        : m_ids(ids)
    {
        if (ids.isEmpty()) {
            return;
        }
        m_pool.setMaxThreadCount(std::max(1, threads));
        m_future = QtConcurrent::mapped(&m_pool, m_ids, [this, &client, cancel](const QString& id) {
            if (m_stop.load() || isCancelled(cancel)) {
                return Fetched{};
            }
            const Result<QJsonDocument> inspected = inspectContainer(client, id);
            return inspected.ok() && inspected.value().isObject() ? Fetched{true, inspected.value().object()}
                                                                  : Fetched{};
        });
    }
    ~Prefetch()
    {
        m_stop = true;
        m_future.waitForFinished();
    }

    // Stops what has not started and returns what was inspected, by id.
    QHash<QString, QJsonObject> take()
    {
        m_stop = true;
        m_future.waitForFinished();
        QHash<QString, QJsonObject> inspected;
        if (m_ids.isEmpty()) {
            return inspected;
        }
        const QList<Fetched> results = m_future.results();
        for (qsizetype i = 0; i < results.size() && i < m_ids.size(); ++i) {
            if (results.at(i).ok) {
                inspected.insert(m_ids.at(i), results.at(i).inspect);
            }
        }
        return inspected;
    }

private:
    QStringList m_ids;
    std::atomic<bool> m_stop{false};
    QThreadPool m_pool;
    struct Fetched
    {
        bool ok = false;
        QJsonObject inspect;
    };
    QFuture<Fetched> m_future;
};

bool isImageProbe(const QJsonObject& labels)
{
    return labels.contains(ImageProbe::label()); // another audit's image probe, not a container of the user's
}

// Every container the daemon lists, each inspected (or taken from what a Prefetch inspected meanwhile): the
// list's elements are parsed on the inspecting threads.
void collectListedContainers(Snapshot& snapshot,
                             DockerClient& client,
                             QThreadPool& pool,
                             const QString& listPath,
                             const QByteArray& listText,
                             const QHash<QString, QJsonObject>& prefetched,
                             const ProgressCallback& progress,
                             const std::atomic<bool>* cancel)
{
    std::optional<QList<QByteArrayView>> listed = jsonArrayElements(listText);
    if (!listed) {
        const Result<QJsonDocument> parsed = DockerClient::parseJson(listPath, listText);
        if (parsed) { // valid JSON, but not an array
            snapshot.issues.append(
                {listPath,
                 QCoreApplication::translate("Collector", "The Docker daemon's container list is not a list."),
                 QString::fromUtf8(listText.left(512))});
        } else {
            snapshot.issues.append({listPath, parsed.error().message, parsed.error().detail});
        }
        return;
    }
    struct Listed
    {
        QString id; // empty: an image probe
        Result<QJsonDocument> inspect = QJsonDocument();
    };
    const auto results = mapConcurrently(
        &pool,
        *listed,
        [&](const QByteArrayView& element) -> Result<Listed> {
            const Result<QJsonDocument> parsed =
                DockerClient::parseJson(listPath, QByteArray::fromRawData(element.data(), element.size()));
            if (!parsed) {
                return parsed.error();
            }
            const QJsonObject c = parsed.value().object();
            if (isImageProbe(c.value(QStringLiteral("Labels")).toObject())) {
                return Listed{};
            }
            Listed l;
            l.id = c.value(QStringLiteral("Id")).toString();
            const auto known = prefetched.constFind(l.id);
            l.inspect = known != prefetched.cend() ? Result<QJsonDocument>(QJsonDocument(*known))
                                                   : inspectContainer(client, l.id);
            return l;
        },
        progress,
        QCoreApplication::translate("Collector", "Inspecting containers"),
        cancel);
    if (isCancelled(cancel)) {
        return;
    }
    snapshot.containers.reserve(results.size());
    for (const Result<Listed>& r : results) {
        if (!r) {
            snapshot.issues.append({QStringLiteral("containers"), r.error().message, r.error().detail});
        } else if (r.value().id.isEmpty()) {
            continue;
        } else if (r.value().inspect.ok()) {
            snapshot.containers.append(r.value().inspect.value().object());
        } else if (r.value().inspect.error().httpStatus != 404) { // 404: removed between list and inspect
            snapshot.issues.append({QStringLiteral("containers"),
                                    r.value().inspect.error().message,
                                    r.value().id + QStringLiteral(": ") + r.value().inspect.error().detail});
        }
    }
}

// A re-audit whose event log reaches back to the previous audit: the containers the log names are inspected
// again (new ones among them; a 404 is one removed since), the others are as the previous audit saw them. No
// container list is needed. New containers come first, newest first, as the daemon lists them.
void collectChangedContainers(Snapshot& snapshot,
                              DockerClient& client,
                              QThreadPool& pool,
                              const Snapshot& previous,
                              const QSet<QString>& changed,
                              const ProgressCallback& progress,
                              const std::atomic<bool>* cancel)
{
    const QStringList ids(changed.cbegin(), changed.cend());
    const auto inspected = mapConcurrently(
        &pool,
        ids,
        [&](const QString& id) { return inspectContainer(client, id); },
        progress,
        QCoreApplication::translate("Collector", "Inspecting containers"),
        cancel);
    if (isCancelled(cancel)) {
        return;
    }
    QHash<QString, QJsonObject> fresh;
    QSet<QString> gone;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Result<QJsonDocument>& r = inspected.at(i);
        if (r.ok()) {
            const QJsonObject c = r.value().object();
            if (isImageProbe(c.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Labels")).toObject())) {
                gone.insert(ids.at(i));
            } else {
                fresh.insert(ids.at(i), c);
            }
        } else if (r.error().httpStatus == 404) {
            gone.insert(ids.at(i));
        } else { // what the previous audit saw is kept, and the issue says why it is not fresh
            snapshot.issues.append(
                {QStringLiteral("containers"), r.error().message, ids.at(i) + QStringLiteral(": ") + r.error().detail});
        }
    }
    QSet<QString> known;
    for (const QJsonObject& c : previous.containers) {
        known.insert(c.value(QStringLiteral("Id")).toString());
    }
    QList<QJsonObject> created;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        if (!known.contains(it.key())) {
            created.append(it.value());
        }
    }
    std::sort(created.begin(), created.end(), [](const QJsonObject& a, const QJsonObject& b) {
        const QString ca = a.value(QStringLiteral("Created")).toString();
        const QString cb = b.value(QStringLiteral("Created")).toString();
        return ca != cb ? ca > cb : a.value(QStringLiteral("Id")).toString() < b.value(QStringLiteral("Id")).toString();
    });
    snapshot.containers.reserve(created.size() + previous.containers.size());
    snapshot.containers.append(created);
    for (const QJsonObject& c : previous.containers) {
        const QString id = c.value(QStringLiteral("Id")).toString();
        if (gone.contains(id)) {
            continue;
        }
        const auto f = fresh.constFind(id);
        snapshot.containers.append(f != fresh.cend() ? *f : c);
    }
}

} // namespace

void Collector::addComposeFiles(Snapshot& snapshot, const QStringList& paths, const QString& hostRoot)
{
    appendComposeFiles(snapshot, paths, {}, hostRoot);
}

Result<Snapshot> Collector::collect(DockerClient& client,
                                    const CollectOptions& options,
                                    const ProgressCallback& progress,
                                    const std::atomic<bool>* cancel)
{
    if (client.apiVersion().isEmpty()) {
        if (const VoidResult negotiated = client.negotiate(); !negotiated) {
            return negotiated.error();
        }
    }
    if (isCancelled(cancel)) {
        return cancelledError();
    }

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, options.concurrency));

    Snapshot snapshot;
    snapshot.toolVersion = QStringLiteral(ESCUT_VERSION);
    snapshot.collectedAt = QDateTime::currentDateTimeUtc();
    snapshot.endpoint = client.endpoint();
    snapshot.containersCollected = options.containers;
    snapshot.imagesCollected = options.images;
    snapshot.sprawlLimits = SprawlLimits::read(ImageCollector::settingsFile());

    // The daemon-wide documents, concurrently. The container list stays text: its elements are parsed on the
    // inspecting threads (parsing 1000 of them in one piece held up every inspection).
    const QString containerList = QStringLiteral("/containers/json?all=1");
    const QString imageList = QStringLiteral("/images/json");
    QStringList paths{QStringLiteral("/version"),
                      QStringLiteral("/info"),
                      QStringLiteral("/networks"),
                      QStringLiteral("/volumes")};
    if (options.images) {
        paths.append(imageList);
    }
    // A re-audit may not need the container list (the slowest document: 50 ms of the daemon's time for 1000
    // containers), so it asks for it only once the event log has been read.
    if (options.containers && !options.previous) {
        paths.append(containerList);
    }
    // Probe containers that an interrupted audit left behind go while the daemon answers the rest: the filtered list
    // walks every container in dockerd (10-15 ms for 1000), and nothing waits for it.
    QFuture<void> staleProbes;
    if (options.images && options.imageProbes) {
        staleProbes = QtConcurrent::run(&pool, [&client] { (void)ImageProbe(client).removeStale(); });
    }
    const qsizetype imageIndex = paths.indexOf(imageList);
    const qsizetype listIndex = paths.indexOf(containerList);
    // The containers the last audit saw are inspected while the daemon lists them (a first audit only).
    // It leaves the list and /info a connection each (the other documents are quick), so not over ssh (two).
    std::optional<Prefetch> prefetch;
    if (const int threads = std::min(options.concurrency, client.maxConcurrent()) - 2; listIndex >= 0 && threads > 0) {
        prefetch.emplace(client, readContainerIds(options.containerIdsFile), threads, cancel);
    }
    struct Document
    {
        Result<QJsonDocument> json = QJsonDocument();
        QByteArray text; // the container list
    };
    const auto docs = mapConcurrently(
        &pool,
        paths,
        [&](const QString& path) -> Result<Document> {
            if (path != containerList) {
                return Document{client.getJson(path), {}};
            }
            Result<HttpResponse> response = client.request(DockerClient::Method::Get, path);
            if (!response) {
                return response.error();
            }
            return Document{QJsonDocument(), std::move(response.value().body)};
        },
        progress,
        QCoreApplication::translate("Collector", "Reading the daemon"),
        cancel);
    if (isCancelled(cancel)) {
        return cancelledError();
    }
    const auto doc = [&](qsizetype i) -> Result<QJsonDocument> {
        return docs.at(i) ? docs.at(i).value().json : Result<QJsonDocument>(docs.at(i).error());
    };
    for (qsizetype i = 0; i < docs.size(); ++i) {
        if (const Result<QJsonDocument> d = doc(i); !d.ok()) {
            // /version and /info are essential; without them the audit cannot say anything.
            if (i < 2) {
                return d.error();
            }
            snapshot.issues.append({paths.at(i), d.error().message, d.error().detail});
        }
    }
    snapshot.version = doc(0).value().object();
    snapshot.info = doc(1).value().object();
    snapshot.networks = sortedNetworks(toArray(doc(2)));
    snapshot.volumes =
        sortedNetworks(doc(3).ok() ? doc(3).value().object().value(QStringLiteral("Volumes")).toArray() : QJsonArray());

    if (options.hostFiles && snapshot.endpoint.isLocal()) {
        HostProbe(options.hostRoot).collect(snapshot);
    } else {
        snapshot.daemonListening.reason =
            snapshot.endpoint.isLocal()
                ? QCoreApplication::translate("Collector", "The host's files were left out of this audit.")
                : QCoreApplication::translate("Collector",
                                              "The daemon's listening sockets can only be read on its own host "
                                              "(from /proc): this endpoint is remote.");
    }
    // Host facts run tools (apt-get takes seconds): gather them while the containers and images are read.
    const bool hostFacts = options.hostFacts && options.hostFiles && snapshot.endpoint.isLocal();
    HostCollectOptions hostOptions;
    hostOptions.root = options.hostRoot;
    hostOptions.cancel = cancel;
    if (options.hostRoot == QLatin1String("/") || options.hostRoot.isEmpty()) {
        hostOptions.updatesCacheFile = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                                       QStringLiteral("/escut/updates.json");
    }
    const HostFactsCollector hostCollector(hostOptions);
    HostFacts mountFacts; // before the pool, whose destructor waits for the task that fills it (on a cancel)
    QThreadPool hostPool;
    QFuture<HostFacts> hostFuture;
    if (hostFacts) {
        hostFuture = QtConcurrent::run(&hostPool, [&hostCollector, info = snapshot.info] {
            return hostCollector.collectSystem(info);
        });
    }
    // The mounts' storage (findmnt, lsblk, cryptsetup, fscrypt: tens of ms) runs beside the containers and images
    // phases, and writes mountFacts alone. A re-audit starts on the mounts the previous audit saw: they are the
    // same unless containers changed, and then it reads them again once the containers are known.
    std::optional<QStringList> mountPaths; // what mountFuture reads
    QFuture<void> mountFuture;
    const auto readMounts = [&](const QStringList& sources) {
        mountPaths = sources;
        mountFuture = QtConcurrent::run(&hostPool, [&hostCollector, &mountFacts, sources] {
            mountFacts.mountSources = hostCollector.storageOf(sources);
        });
    };
    if (hostFacts && options.previous) {
        readMounts(HostFactsCollector::mountSourcePaths(options.previous->containers));
    }

    // A re-audit inspects again only what the daemon's event log says has changed.
    std::optional<QByteArray> eventLog;
    const std::optional<ChangeLog> changed =
        options.previous ? changedSince(client, *options.previous, snapshot.info, eventLog) : std::nullopt;
    // A first audit reads the log for the exec history while the containers are inspected (40-60 ms of the daemon's
    // time for its 256 events, which waited for the containers before).
    QFuture<Result<QByteArray>> eventLogFuture;
    if (options.containers && !options.previous && daemonTimeNs(snapshot.info) > 0) {
        eventLogFuture = QtConcurrent::run(&pool, [&client, until = daemonTimeNs(snapshot.info)] {
            return readEventLog(client, until);
        });
    }

    if (options.containers && changed) {
        collectChangedContainers(snapshot, client, pool, *options.previous, changed->containers, progress, cancel);
        if (isCancelled(cancel)) {
            return cancelledError();
        }
    } else if (options.containers) {
        Result<QByteArray> listText = QByteArray();
        if (listIndex >= 0) {
            listText = docs.at(listIndex) ? Result<QByteArray>(docs.at(listIndex).value().text)
                                          : Result<QByteArray>(docs.at(listIndex).error());
        } else if (Result<HttpResponse> response = client.request(DockerClient::Method::Get, containerList)) {
            listText = std::move(response.value().body);
        } else {
            listText = response.error();
            snapshot.issues.append({containerList, response.error().message, response.error().detail});
        }
        if (listText) {
            const QHash<QString, QJsonObject> prefetched = prefetch ? prefetch->take() : QHash<QString, QJsonObject>();
            collectListedContainers(snapshot,
                                    client,
                                    pool,
                                    containerList,
                                    listText.value(),
                                    prefetched,
                                    progress,
                                    cancel);
            if (isCancelled(cancel)) {
                return cancelledError();
            }
        }
    }

    if (options.containers) {
        writeContainerIds(options.containerIdsFile, snapshot.containers);
        // /proc when the daemon is the peer Escut sees there (its argv was read), the daemon's /top otherwise.
        const bool useProc = ContainerProcesses::procUsable(snapshot) &&
                             (options.hostRoot.isEmpty() || options.hostRoot == QLatin1String("/"));
        snapshot.processes = ContainerProcesses::collect(client, &pool, snapshot.containers, useProc, cancel);
        if (isCancelled(cancel)) {
            return cancelledError();
        }
        if (eventLogFuture.isValid()) {
            if (Result<QByteArray> log = eventLogFuture.result()) {
                eventLog = std::move(log.value());
            }
        }
        ExecHistoryCollector::collect(snapshot,
                                      client,
                                      pool,
                                      {eventLog,
                                       daemonTimeNs(snapshot.info),
                                       options.previous,
                                       snapshot.endpoint.isLocal() && options.hostFiles,
                                       options.hostRoot,
                                       QStringLiteral("/var/log/audit/audit.log"),
                                       cancel});
    } else {
        snapshot.processes.reason =
            QCoreApplication::translate("Collector", "The containers were left out of this audit.");
    }
    collectComposeFiles(snapshot, options);
    // What each bind mount's host path is (a link to the Docker socket, a directory above it): container.docker-socket
    // and container.sensitive-mounts judge the file the kernel mounts, not how its path is spelt.
    if (options.hostFiles && snapshot.endpoint.isLocal()) {
        const HostProbe probe(options.hostRoot);
        QStringList sources;
        QSet<QString> seen;
        for (const QJsonObject& c : snapshot.containers) {
            for (const QJsonValue& v : c.value(QStringLiteral("Mounts")).toArray()) {
                const QJsonObject m = v.toObject();
                const QString source = m.value(QStringLiteral("Source")).toString();
                if (m.value(QStringLiteral("Type")).toString() == QLatin1String("bind") && source.startsWith(u'/') &&
                    !seen.contains(source)) {
                    seen.insert(source);
                    sources.append(source);
                }
            }
        }
        for (const QString& source : sources) {
            snapshot.files.append(probe.stat(QStringLiteral("mount-source"), source));
        }
    }
    DockerfileCollector::collect(snapshot, options.dockerfiles, options.hostRoot);
    if (hostFacts) {
        if (const QStringList sources = HostFactsCollector::mountSourcePaths(snapshot.containers);
            sources != mountPaths) {
            mountFuture.waitForFinished();
            readMounts(sources);
        }
    }

    if (imageIndex >= 0 && doc(imageIndex).ok()) {
        QStringList ids;
        for (const QJsonValue& img : doc(imageIndex).value().array()) {
            const QString id = img.toObject().value(QStringLiteral("Id")).toString();
            // An image's content never changes under its id; its tags do, and then the daemon logs an event.
            if (const ImageFact* old = changed && !changed->ids.contains(id) ? options.previous->image(id) : nullptr) {
                snapshot.images.append(*old);
                continue;
            }
            ids.append(id);
        }
        struct ImageResult
        {
            Result<QJsonDocument> inspect;
            Result<QJsonDocument> history;
        };
        const auto inspected = mapConcurrently(
            &pool,
            ids,
            [&](const QString& id) -> Result<ImageResult> {
                return ImageResult{client.getJson(QStringLiteral("/images/%1/json").arg(id)),
                                   client.getJson(QStringLiteral("/images/%1/history").arg(id))};
            },
            progress,
            QCoreApplication::translate("Collector", "Inspecting images"),
            cancel);
        if (isCancelled(cancel)) {
            return cancelledError();
        }
        for (qsizetype i = 0; i < inspected.size(); ++i) {
            if (!inspected.at(i).ok()) {
                continue;
            }
            const ImageResult& r = inspected.at(i).value();
            if (!r.inspect.ok()) {
                if (r.inspect.error().httpStatus != 404) {
                    snapshot.issues.append({QStringLiteral("images"),
                                            r.inspect.error().message,
                                            ids.at(i) + QStringLiteral(": ") + r.inspect.error().detail});
                }
                continue;
            }
            snapshot.images.append({r.inspect.value().object(), toArray(r.history)});
        }
    }
    ImageCollector::collect(snapshot, client, options, progress, cancel);
    mountFuture.waitForFinished();
    staleProbes.waitForFinished();
    if (isCancelled(cancel)) {
        return cancelledError();
    }
    if (hostFacts) {
        if (progress && !hostFuture.isFinished()) {
            progress(0, 1, QCoreApplication::translate("Collector", "Reading the host (updates, firewall, storage)"));
        }
        snapshot.host = hostFuture.result();
        snapshot.host.mountSources = mountFacts.mountSources;
        if (isCancelled(cancel)) {
            return cancelledError();
        }
    }
    return snapshot;
}

} // namespace escut
