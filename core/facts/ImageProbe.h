// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/ImageAnalysis.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <optional>

namespace escut
{

class DockerClient;

// What Docker's X-Docker-Container-Path-Stat header says about a path (base64 JSON of Go's container.PathStat).
struct PathStat
{
    QString name;
    qint64 size = 0;
    quint32 mode = 0; // Go os.FileMode: permission bits plus type bits
    QString linkTarget;

    [[nodiscard]] bool isDir() const;
    [[nodiscard]] bool isSymlink() const;
    [[nodiscard]] bool isRegular() const;
};

// Looks for shells, package managers and compilers in an image WITHOUT running it: creates a stopped container of
// the image (labelled escut.image-probe, never started, no network), stats paths through
// HEAD /containers/{id}/archive?path=..., follows symbolic links, reads the tar of its whole filesystem once for
// setuid and setgid files (SetuidScan: headers only, contents skipped), and removes the container. Results depend only
// on the image id (a content hash), so they are cached on disk (~/.cache/escut/image-probes/). Thread-safe: one
// ImageProbe serves concurrent probes of different images.
class ImageProbe
{
    Q_DECLARE_TR_FUNCTIONS(ImageProbe)

public:
    explicit ImageProbe(DockerClient& client);

    // The label every probe container carries; collectors and the live view ignore containers that have it.
    [[nodiscard]] static QString label();
    // The cache area (under Cache::root()).
    [[nodiscard]] static QString cacheArea();

    // The cached probe of the image when there is one made with the current lists, a fresh probe otherwise.
    // fromCache tells which. inspect is the image's GET /images/{id}/json.
    [[nodiscard]] ImageProbeFact
    probe(const QJsonObject& inspect, const std::atomic<bool>* cancel = nullptr, bool* fromCache = nullptr);
    // A fresh probe, not cached.
    // pathDirectories: the image's PATH (Config.Env), looked into as well as the usual directories.
    [[nodiscard]] ImageProbeFact probeUncached(const QString& imageId,
                                               const std::atomic<bool>* cancel = nullptr,
                                               const QStringList& pathDirectories = {});

    // The names /etc/passwd text gives uid 0, root aside.
    [[nodiscard]] static QStringList rootNamesIn(const QByteArray& passwd);
    // The content of the first regular file in a tar stream (GET /containers/{id}/archive), or nullopt.
    [[nodiscard]] static std::optional<QByteArray> firstTarFile(const QByteArray& tar);

    // The setuid scan reads the image's whole filesystem through GET /containers/{id}/archive?path=/: at most this
    // many bytes of archive and this long, per image.
    static constexpr qint64 DefaultSetuidMaxBytes = 16LL * 1024 * 1024 * 1024;
    static constexpr int DefaultSetuidTimeoutMs = 180000;
    void setSetuidLimits(qint64 maxBytes, int timeoutMs);
    // The setuid and setgid files of the probe container containerId (CIS 4.8).
    [[nodiscard]] ImageSetuidFact scanSetuid(const QString& containerId, const std::atomic<bool>* cancel = nullptr);

    // Removes probe containers older than maxAgeSecs that an interrupted Escut left behind; returns how many.
    int removeStale(qint64 maxAgeSecs = 600);

    [[nodiscard]] static Result<PathStat> parseStatHeader(const QByteArray& base64);

private:
    static constexpr int StatConcurrency = 4;

    // nullopt when the path does not exist.
    [[nodiscard]] Result<std::optional<PathStat>> stat(const QString& containerId, const QString& path);
    // stat() of every path, a few at a time; the first error wins.
    [[nodiscard]] Result<QList<std::optional<PathStat>>>
    statAll(const QString& containerId, const QStringList& paths, const std::atomic<bool>* cancel);
    // Follows symbolic links from path (whose stat is first) to the final file; nullopt when a link dangles.
    [[nodiscard]] Result<std::optional<std::pair<QString, PathStat>>>
    resolve(const QString& containerId, const QString& path, const PathStat& first);

    DockerClient& m_client;
    qint64 m_setuidMaxBytes = DefaultSetuidMaxBytes;
    int m_setuidTimeoutMs = DefaultSetuidTimeoutMs;
};

} // namespace escut
