// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/ImageProbe.h"

#include "core/docker/DockerClient.h"
#include "core/facts/SetuidScan.h"
#include "core/util/Cache.h"
#include "core/util/JsonUtil.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent>

namespace escut
{

namespace
{

// Go's os.FileMode type bits.
constexpr quint32 ModeDir = 1U << 31;
constexpr quint32 ModeSymlink = 1U << 27;
constexpr quint32 ModeTypeMask = (1U << 31) | (1U << 27) | (1U << 26) | (1U << 25) | (1U << 24) | (1U << 21) |
                                 (1U << 19); // dir, symlink, device, named pipe, socket, char device, irregular
constexpr int MaxLinkHops = 16;

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString cleanAbsolute(const QString& base, const QString& target)
{
    return QDir::cleanPath(QDir::isAbsolutePath(target) ? target : base + QLatin1Char('/') + target);
}

// Removes the probe container whatever happens to the probe.
class ContainerGuard
{
public:
    ContainerGuard(DockerClient& client, QString id)
        : m_client(client)
        , m_id(std::move(id))
    {}
    ~ContainerGuard()
    {
        const QString path = QStringLiteral("/containers/%1?force=1&v=1").arg(m_id);
        for (int attempt = 0; attempt < 3; ++attempt) {
            const Result<HttpResponse> removed =
                m_client.request(DockerClient::Method::Delete, path, {}, [](int s) { return s == 404; });
            if (removed) {
                return;
            }
        }
    }
    ContainerGuard(const ContainerGuard&) = delete;
    ContainerGuard& operator=(const ContainerGuard&) = delete;

private:
    DockerClient& m_client;
    QString m_id;
};

} // namespace

bool PathStat::isDir() const
{
    return (mode & ModeDir) != 0;
}

bool PathStat::isSymlink() const
{
    return (mode & ModeSymlink) != 0;
}

bool PathStat::isRegular() const
{
    return (mode & ModeTypeMask) == 0;
}

ImageProbe::ImageProbe(DockerClient& client)
    : m_client(client)
{}

QString ImageProbe::label()
{
    return QStringLiteral("escut.image-probe");
}

QString ImageProbe::cacheArea()
{
    return QStringLiteral("image-probes");
}

Result<PathStat> ImageProbe::parseStatHeader(const QByteArray& base64)
{
    JsonTextError error;
    const QJsonDocument doc = jsonFromText(QByteArray::fromBase64(base64), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(Error::Code::ParseError,
                         tr("The daemon's X-Docker-Container-Path-Stat header is not base64 JSON."),
                         QString::fromLatin1(base64.left(200)));
    }
    const QJsonObject o = doc.object();
    PathStat s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.size = o.value(QStringLiteral("size")).toInteger();
    s.mode = static_cast<quint32>(o.value(QStringLiteral("mode")).toInteger());
    s.linkTarget = o.value(QStringLiteral("linkTarget")).toString();
    return s;
}

Result<std::optional<PathStat>> ImageProbe::stat(const QString& containerId, const QString& path)
{
    const Result<HttpResponse> response =
        m_client.request(DockerClient::Method::Head,
                         QStringLiteral("/containers/%1/archive?path=%2").arg(containerId, encoded(path)),
                         {},
                         [](int status) { return status == 404; });
    if (!response) {
        return response.error();
    }
    if (response->status == 404) {
        return std::optional<PathStat>();
    }
    const QByteArray header = response->headers.value("x-docker-container-path-stat");
    if (header.isEmpty()) {
        return makeError(Error::Code::ParseError,
                         tr("The daemon answered HEAD %1 without an X-Docker-Container-Path-Stat header.").arg(path));
    }
    const Result<PathStat> parsed = parseStatHeader(header);
    if (!parsed) {
        return parsed.error();
    }
    return std::optional<PathStat>(parsed.value());
}

Result<std::optional<std::pair<QString, PathStat>>>
ImageProbe::resolve(const QString& containerId, const QString& path, const PathStat& first)
{
    using Resolved = std::optional<std::pair<QString, PathStat>>;
    QString current = path;
    PathStat st = first;
    for (int hop = 0; hop < MaxLinkHops && st.isSymlink(); ++hop) {
        // Docker gives the link target resolved inside the container (/bin/sh → /bin/busybox); a relative one is
        // taken from the link's directory.
        const QString target = cleanAbsolute(current.section(QLatin1Char('/'), 0, -2), st.linkTarget);
        if (st.linkTarget.isEmpty() || target == current) {
            return Resolved();
        }
        const Result<std::optional<PathStat>> next = stat(containerId, target);
        if (!next) {
            return next.error();
        }
        if (!next.value()) {
            return Resolved(); // a dangling link runs nothing
        }
        current = target;
        st = *next.value();
    }
    if (st.isSymlink()) {
        return Resolved(); // a loop
    }
    return Resolved(std::pair<QString, PathStat>(current, st));
}

QStringList ImageProbe::rootNamesIn(const QByteArray& passwd)
{
    QStringList names;
    for (const QByteArray& line : passwd.split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(':');
        if (fields.size() < 3 || fields.at(0).isEmpty() || fields.at(0).startsWith('#')) {
            continue;
        }
        // runc reads the uid field with strconv.Atoi: "00" is 0 too.
        bool ok = false;
        const qlonglong uid = fields.at(2).toLongLong(&ok);
        const QString name = QString::fromUtf8(fields.at(0));
        if (ok && uid == 0 && name != QLatin1String("root") && !names.contains(name)) {
            names.append(name);
        }
    }
    return names;
}

std::optional<QByteArray> ImageProbe::firstTarFile(const QByteArray& tar)
{
    // ustar: a 512-byte header (size in octal at 124, type at 156), then the content padded to 512 bytes.
    qsizetype at = 0;
    while (at + 512 <= tar.size()) {
        const QByteArray header = tar.mid(at, 512);
        if (header.count('\0') == 512) {
            return std::nullopt;
        }
        bool ok = false;
        const qint64 size = header.mid(124, 12).trimmed().replace('\0', "").toLongLong(&ok, 8);
        if (!ok || size < 0) {
            return std::nullopt;
        }
        const char type = header.at(156);
        if (type == '0' || type == '\0') {
            return tar.mid(at + 512, size);
        }
        at += 512 + ((size + 511) / 512) * 512;
    }
    return std::nullopt;
}

ImageProbeFact
ImageProbe::probeUncached(const QString& imageId, const std::atomic<bool>* cancel, const QStringList& pathDirectories)
{
    ImageProbeFact fact;
    fact.imageId = imageId;
    fact.probedAt = QDateTime::currentDateTimeUtc();

    const QJsonObject body{
        {QStringLiteral("Image"), imageId},
        // Never started: the entrypoint only satisfies images that have no command of their own.
        {QStringLiteral("Entrypoint"), QJsonArray{QStringLiteral("/.escut-probe-never-runs")}},
        {QStringLiteral("Cmd"), QJsonArray()},
        {QStringLiteral("Labels"), QJsonObject{{label(), QStringLiteral("1")}}},
        {QStringLiteral("NetworkDisabled"), true},
        {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("NetworkMode"), QStringLiteral("none")}}},
    };
    const QString containerName =
        QStringLiteral("escut-probe-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    const Result<HttpResponse> created =
        m_client.request(DockerClient::Method::Post,
                         QStringLiteral("/containers/create?name=%1").arg(containerName),
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!created) {
        fact.error = tr("Could not create a stopped container of the image to look at its files: %1")
                         .arg(created.error().fullText());
        return fact;
    }
    const QString containerId = QJsonDocument::fromJson(created->body).object().value(QStringLiteral("Id")).toString();
    if (containerId.isEmpty()) {
        fact.error = tr("The daemon created no container to look at the image's files.");
        return fact;
    }
    ContainerGuard guard(m_client, containerId);

    auto failed = [&](const Error& error) {
        fact.error = tr("Could not look at the image's files: %1").arg(error.fullText());
        fact.found.clear();
        return fact;
    };
    // Each stat mounts the container's filesystem in the daemon, which takes tens of milliseconds: the directories
    // first, then every name in the existing ones, a few at a time.
    // The usual directories, then those of the image's own PATH (FROM scratch with busybox in /busybox and
    // PATH=/busybox still has a shell), where every name is looked for.
    QList<imageprobe::Directory> dirs = imageprobe::directories();
    QStringList dirPaths;
    for (const imageprobe::Directory& dir : dirs) {
        dirPaths.append(dir.path);
    }
    for (const QString& dir : pathDirectories) {
        const QString clean = QDir::cleanPath(dir);
        if (QDir::isAbsolutePath(clean) && clean != QLatin1String("/") && !dirPaths.contains(clean)) {
            dirPaths.append(clean);
            dirs.append({clean, dirs.first().names});
        }
    }
    const Result<QList<std::optional<PathStat>>> dirStats = statAll(containerId, dirPaths, cancel);
    if (!dirStats) {
        return failed(dirStats.error());
    }
    QStringList seen; // resolved directories: on merged-/usr systems /bin is /usr/bin
    QStringList filePaths;
    for (qsizetype i = 0; i < dirPaths.size(); ++i) {
        if (!dirStats.value().at(i)) {
            continue;
        }
        const Result<std::optional<std::pair<QString, PathStat>>> dirResolved =
            resolve(containerId, dirPaths.at(i), *dirStats.value().at(i));
        if (!dirResolved) {
            return failed(dirResolved.error());
        }
        if (!dirResolved.value() || !dirResolved.value()->second.isDir() || seen.contains(dirResolved.value()->first)) {
            continue;
        }
        seen.append(dirResolved.value()->first);
        fact.directories.append(dirPaths.at(i));
        for (const QString& name : dirs.at(i).names) {
            filePaths.append(dirPaths.at(i) + QLatin1Char('/') + name);
        }
    }
    fact.pathsChecked = static_cast<int>(filePaths.size());
    const Result<QList<std::optional<PathStat>>> fileStats = statAll(containerId, filePaths, cancel);
    if (!fileStats) {
        return failed(fileStats.error());
    }
    for (qsizetype i = 0; i < filePaths.size(); ++i) {
        if (!fileStats.value().at(i)) {
            continue;
        }
        const Result<std::optional<std::pair<QString, PathStat>>> file =
            resolve(containerId, filePaths.at(i), *fileStats.value().at(i));
        if (!file) {
            return failed(file.error());
        }
        if (file.value() && file.value()->second.isRegular()) {
            fact.found.append(
                {filePaths.at(i), file.value()->first, file.value()->second.size, file.value()->second.mode & 07777U});
        }
    }
    // Who else is root: a passwd entry with uid 0 under another name (USER toor) runs as root all the same.
    const Result<HttpResponse> passwd = m_client.request(
        DockerClient::Method::Get,
        QStringLiteral("/containers/%1/archive?path=%2").arg(containerId, encoded(QStringLiteral("/etc/passwd"))),
        {},
        [](int status) { return status == 404; });
    if (passwd && passwd->status != 404) {
        if (const std::optional<QByteArray> text = firstTarFile(passwd->body)) {
            fact.rootNames = rootNamesIn(*text);
        }
    }
    fact.setuid = scanSetuid(containerId, cancel);
    return fact;
}

void ImageProbe::setSetuidLimits(qint64 maxBytes, int timeoutMs)
{
    m_setuidMaxBytes = maxBytes;
    m_setuidTimeoutMs = timeoutMs;
}

ImageSetuidFact ImageProbe::scanSetuid(const QString& containerId, const std::atomic<bool>* cancel)
{
    ImageSetuidFact fact;
    if (cancel && cancel->load()) {
        fact.state = ImageSetuidFact::State::Incomplete;
        fact.reason = tr("Not scanned for setuid and setgid files: the audit was cancelled.");
        return fact;
    }
    QElapsedTimer clock;
    clock.start();
    SetuidScan scan;
    // The container's merged filesystem, as a tar that dockerd writes while it reads the layers: unlike
    // GET /images/{id}/get it holds no file that a later layer deleted or replaced.
    const Result<HttpResponse> response = m_client.getStream(
        QStringLiteral("/containers/%1/archive?path=%2").arg(containerId, encoded(QStringLiteral("/"))),
        [&scan](QByteArrayView chunk) { return scan.feed(chunk); },
        m_setuidMaxBytes,
        m_setuidTimeoutMs,
        cancel);
    if (response && !scan.done() && !scan.failed()) {
        scan.finish();
    }
    fact.elapsedMs = clock.elapsed();
    // What was found before a failure stays: a file found is a finding, however the rest of the archive looks.
    fact.files = scan.files();
    fact.total = scan.total();
    fact.entries = scan.entries();
    fact.bytes = scan.bytesRead();
    if (!response) {
        const Error& error = response.error();
        if (error.code == Error::Code::ResponseTooLarge) {
            fact.state = ImageSetuidFact::State::Failed;
            fact.reason = tr("Not all of the image was scanned for setuid and setgid files: its files take more than "
                             "%1 MiB, the most Escut reads.")
                              .arg(QString::number(double(m_setuidMaxBytes) / (1024 * 1024), 'g', 3));
        } else {
            fact.state = ImageSetuidFact::State::Incomplete;
            fact.reason = tr("The scan for setuid and setgid files did not finish: %1").arg(error.fullText());
        }
        return fact;
    }
    if (scan.failed()) {
        fact.state = ImageSetuidFact::State::Failed;
        fact.reason = tr("The scan for setuid and setgid files stopped: %1").arg(scan.error());
        return fact;
    }
    fact.state = ImageSetuidFact::State::Done;
    return fact;
}

Result<QList<std::optional<PathStat>>>
ImageProbe::statAll(const QString& containerId, const QStringList& paths, const std::atomic<bool>* cancel)
{
    QThreadPool pool;
    pool.setMaxThreadCount(StatConcurrency);
    const QList<Result<std::optional<PathStat>>> results =
        QtConcurrent::blockingMapped<QList<Result<std::optional<PathStat>>>>(
            &pool,
            paths,
            [&](const QString& path) -> Result<std::optional<PathStat>> {
                if (cancel && cancel->load()) {
                    return makeError(Error::Code::Cancelled, tr("Cancelled."));
                }
                return stat(containerId, path);
            });
    QList<std::optional<PathStat>> out;
    for (const Result<std::optional<PathStat>>& r : results) {
        if (!r) {
            return r.error();
        }
        out.append(r.value());
    }
    return out;
}

ImageProbeFact ImageProbe::probe(const QJsonObject& inspect, const std::atomic<bool>* cancel, bool* fromCache)
{
    const QString imageId = inspect.value(QStringLiteral("Id")).toString();
    const Cache cache(cacheArea());
    if (const std::optional<QJsonObject> entry = cache.read(imageId);
        entry && entry->value(QStringLiteral("listVersion")).toString() == imageprobe::listVersion()) {
        ImageProbeFact cached = ImageProbeFact::fromJson(entry->value(QStringLiteral("fact")).toObject());
        if (cached.imageId == imageId && cached.error.isEmpty()) {
            if (fromCache) {
                *fromCache = true;
            }
            return cached;
        }
    }
    if (fromCache) {
        *fromCache = false;
    }
    QStringList pathDirectories;
    for (const QJsonValue& v :
         inspect.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Env")).toArray()) {
        if (v.toString().startsWith(QLatin1String("PATH="))) {
            pathDirectories = v.toString().mid(5).split(QLatin1Char(':'), Qt::SkipEmptyParts);
        }
    }
    ImageProbeFact fact = probeUncached(imageId, cancel, pathDirectories);
    if (fact.error.isEmpty() && fact.setuid.state != ImageSetuidFact::State::Incomplete) {
        cache.write(imageId,
                    QJsonObject{{QStringLiteral("listVersion"), imageprobe::listVersion()},
                                {QStringLiteral("fact"), fact.toJson()}});
    }
    return fact;
}

int ImageProbe::removeStale(qint64 maxAgeSecs)
{
    const QString filter = QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("label"), QJsonArray{label()}}}).toJson(QJsonDocument::Compact))));
    const Result<QJsonDocument> list = m_client.getJson(QStringLiteral("/containers/json?all=1&filters=") + filter);
    if (!list) {
        return 0;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int removed = 0;
    for (const QJsonValue& v : list->array()) {
        const QJsonObject c = v.toObject();
        if (now - c.value(QStringLiteral("Created")).toInteger() < maxAgeSecs) {
            continue; // another audit's probe, still at work
        }
        const Result<HttpResponse> r =
            m_client.request(DockerClient::Method::Delete,
                             QStringLiteral("/containers/%1?force=1&v=1").arg(c.value(QStringLiteral("Id")).toString()),
                             {},
                             [](int s) { return s == 404; });
        removed += r ? 1 : 0;
    }
    return removed;
}

} // namespace escut
