// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/Collector.h"

#include "core/docker/DockerClient.h"
#include "core/facts/DockerfileCollector.h"
#include "core/facts/HostProbe.h"
#include "core/facts/ImageCollector.h"
#include "core/facts/ImageProbe.h"
#include "core/util/JsonUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThreadPool>
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
std::optional<QSet<QString>> changedSince(DockerClient& client, const Snapshot& previous, const QJsonObject& info)
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
    // since=1 (not 0): the daemon answers with every event it holds up to `until`, then closes the stream.
    const Result<HttpResponse> response = client.request(DockerClient::Method::Get,
                                                         QStringLiteral("/events?since=1&until=%1.%2")
                                                             .arg(until / 1000000000)
                                                             .arg(until % 1000000000, 9, 10, QLatin1Char('0')));
    if (!response) {
        return std::nullopt;
    }
    QSet<QString> changed;
    double oldest = 0;
    for (const QByteArray& line : response->body.split('\n')) {
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
        changed.insert(actor.value(QStringLiteral("ID")).toString());
        // Network and volume events name the container they (dis)connect in their attributes.
        const QString container =
            actor.value(QStringLiteral("Attributes")).toObject().value(QStringLiteral("container")).toString();
        if (!container.isEmpty()) {
            changed.insert(container);
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

ComposeFileFact readComposeFile(const QString& path, const QString& hostRoot)
{
    ComposeFileFact fact;
    fact.path = path;
    const QString hostPath = hostRoot == QLatin1String("/") || !QDir::isAbsolutePath(path)
                                 ? path
                                 : QDir::cleanPath(hostRoot + QLatin1Char('/') + path);
    QFile file(hostPath);
    if (!file.open(QIODevice::ReadOnly)) {
        fact.error = QCoreApplication::translate("Collector", "Cannot read %1: %2.").arg(path, file.errorString());
    } else if (file.size() > 4 * 1024 * 1024) {
        fact.error = QCoreApplication::translate("Collector", "%1 is larger than 4 MiB.").arg(path);
    } else {
        fact.text = file.readAll();
    }
    return fact;
}

// Compose files named by --compose and by the com.docker.compose labels of the containers (on this host only).
void collectComposeFiles(Snapshot& snapshot, const CollectOptions& options)
{
    QStringList paths = options.composeFiles;
    QMap<QString, QString> projects;
    if (snapshot.endpoint.isLocal()) {
        for (const QJsonObject& c : snapshot.containers) {
            const QJsonObject labels =
                c.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Labels")).toObject();
            const QString workingDir =
                labels.value(QStringLiteral("com.docker.compose.project.working_dir")).toString();
            for (QString file : labels.value(QStringLiteral("com.docker.compose.project.config_files"))
                                    .toString()
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                file = file.trimmed();
                if (QDir::isRelativePath(file) && !workingDir.isEmpty()) {
                    file = workingDir + QLatin1Char('/') + file;
                }
                paths.append(file);
                projects.insert(file, labels.value(QStringLiteral("com.docker.compose.project")).toString());
            }
        }
    }
    paths.removeDuplicates();
    for (const QString& path : paths) {
        ComposeFileFact fact = readComposeFile(path, options.hostRoot);
        fact.project = projects.value(path);
        snapshot.composeFiles.append(fact);
    }
    // Files that services extend from (extends: file:), read for the resolution only.
    for (qsizetype i = 0; i < snapshot.composeFiles.size(); ++i) {
        for (const QString& path : composeExtendsFiles(snapshot.composeFiles.at(i))) {
            if (std::none_of(snapshot.composeFiles.cbegin(),
                             snapshot.composeFiles.cend(),
                             [&](const ComposeFileFact& f) { return f.path == path; })) {
                ComposeFileFact fact = readComposeFile(path, options.hostRoot);
                fact.referenced = true;
                snapshot.composeFiles.append(fact);
            }
        }
    }
}

} // namespace

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

    // The daemon-wide documents, concurrently. The container list stays text: its elements are parsed on the
    // inspecting threads (parsing 1000 of them in one piece held up every inspection).
    const QString containerList = QStringLiteral("/containers/json?all=1");
    QStringList paths{QStringLiteral("/version"), QStringLiteral("/info"), QStringLiteral("/networks")};
    if (options.containers) {
        paths.append(containerList);
    }
    if (options.images) {
        paths.append(QStringLiteral("/images/json"));
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
    snapshot.networks = toArray(doc(2));

    if (options.hostFiles && snapshot.endpoint.isLocal()) {
        HostProbe(options.hostRoot).collect(snapshot);
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
    QThreadPool hostPool;
    QFuture<HostFacts> hostFuture;
    if (hostFacts) {
        hostFuture = QtConcurrent::run(&hostPool, [&hostCollector, info = snapshot.info] {
            return hostCollector.collectSystem(info);
        });
    }

    // A re-audit inspects again only what the daemon's event log says has changed.
    const std::optional<QSet<QString>> changed =
        options.previous ? changedSince(client, *options.previous, snapshot.info) : std::nullopt;

    if (options.containers && docs.at(3).ok()) {
        QHash<QString, const QJsonObject*> before;
        if (changed) {
            for (const QJsonObject& c : options.previous->containers) {
                before.insert(c.value(QStringLiteral("Id")).toString(), &c);
            }
        }
        const QByteArray& listText = docs.at(3).value().text;
        std::optional<QList<QByteArrayView>> listed = jsonArrayElements(listText);
        if (!listed) {
            const Result<QJsonDocument> parsed = DockerClient::parseJson(containerList, listText);
            if (parsed) { // valid JSON, but not an array
                snapshot.issues.append({containerList,
                                        QCoreApplication::translate("Collector",
                                                                    "The Docker daemon's container list is not a list."),
                                        QString::fromUtf8(listText.left(512))});
            } else {
                snapshot.issues.append({containerList, parsed.error().message, parsed.error().detail});
            }
            listed.emplace();
        }
        // One listed container: another audit's image probe (skipped), unchanged since the previous audit (what
        // was inspected then still holds), or inspected now.
        struct Listed
        {
            enum class Kind {
                Probe,
                Unchanged,
                Inspected,
            };
            Kind kind = Kind::Probe;
            QString id;
            const QJsonObject* previous = nullptr;
            Result<QJsonDocument> inspect = QJsonDocument();
        };
        const auto results = mapConcurrently(
            &pool,
            *listed,
            [&](const QByteArrayView& element) -> Result<Listed> {
                const Result<QJsonDocument> parsed = DockerClient::parseJson(
                    containerList, QByteArray::fromRawData(element.data(), element.size()));
                if (!parsed) {
                    return parsed.error();
                }
                const QJsonObject c = parsed.value().object();
                Listed l;
                if (c.value(QStringLiteral("Labels")).toObject().contains(ImageProbe::label())) {
                    return l; // another audit's image probe, not a container of the user's
                }
                l.id = c.value(QStringLiteral("Id")).toString();
                // Same state and image as before, and no event since.
                const QJsonObject* old = before.value(l.id);
                if (old && !changed->contains(l.id) &&
                    old->value(QStringLiteral("State")).toObject().value(QStringLiteral("Status")) ==
                        c.value(QStringLiteral("State")) &&
                    old->value(QStringLiteral("Image")) == c.value(QStringLiteral("ImageID"))) {
                    l.kind = Listed::Kind::Unchanged;
                    l.previous = old;
                    return l;
                }
                l.kind = Listed::Kind::Inspected;
                l.inspect = client.getJson(QStringLiteral("/containers/%1/json").arg(l.id));
                return l;
            },
            progress,
            QCoreApplication::translate("Collector", "Inspecting containers"),
            cancel);
        if (isCancelled(cancel)) {
            return cancelledError();
        }
        snapshot.containers.reserve(results.size());
        for (const Result<Listed>& r : results) {
            if (!r) {
                snapshot.issues.append({QStringLiteral("containers"), r.error().message, r.error().detail});
                continue;
            }
            const Listed& l = r.value();
            if (l.kind == Listed::Kind::Unchanged) {
                snapshot.containers.append(*l.previous);
            } else if (l.kind == Listed::Kind::Inspected) {
                if (l.inspect.ok()) {
                    snapshot.containers.append(l.inspect.value().object());
                } else if (l.inspect.error().httpStatus != 404) { // removed between list and inspect
                    snapshot.issues.append({QStringLiteral("containers"),
                                            l.inspect.error().message,
                                            l.id + QStringLiteral(": ") + l.inspect.error().detail});
                }
            }
        }
    }

    collectComposeFiles(snapshot, options);
    DockerfileCollector::collect(snapshot, options.dockerfiles, options.hostRoot);
    HostFacts mountFacts;
    if (hostFacts) {
        hostCollector.collectMountSources(mountFacts, snapshot.containers);
    }

    const int imageIndex = options.containers ? 4 : 3;
    if (options.images && doc(imageIndex).ok()) {
        QStringList ids;
        for (const QJsonValue& img : doc(imageIndex).value().array()) {
            const QString id = img.toObject().value(QStringLiteral("Id")).toString();
            // An image's content never changes under its id; its tags do, and then the daemon logs an event.
            if (const ImageFact* old = changed && !changed->contains(id) ? options.previous->image(id) : nullptr) {
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
