// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/Endpoint.h"
#include "core/facts/ActiveProbes.h"
#include "core/facts/ComposeFile.h"
#include "core/facts/ContainerProcesses.h"
#include "core/facts/DaemonListeners.h"
#include "core/facts/Dockerfile.h"
#include "core/facts/ExecHistory.h"
#include "core/facts/HostFacts.h"
#include "core/facts/ImageAnalysis.h"
#include "core/facts/SprawlLimits.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace escut
{

// What stat() said about one file on the Docker host.
struct FileFact
{
    // "docker.sock", "daemon.json", "key.json", "tlscacert", "tlscert", "tlskey", "/etc/docker"; the systemd units
    // "docker.service" and "docker.socket"; "/etc/default/docker", "/etc/sysconfig/docker", "containerd.sock";
    // "certs.d" (the registry certificate directory) and "registry-cert" (each entry of its registry directories, not
    // followed when it is a link); "mount-source" for the host side of each container's bind mount
    QString role;
    QString path;
    bool exists = false;
    QString error; // "permission denied", ... when stat or read failed; empty otherwise
    uint uid = 0;
    uint gid = 0;
    QString owner;
    QString group;
    uint mode = 0;      // permission bits (07777)
    QString type;       // "file", "dir", "socket", "symlink", "other"
    quint64 device = 0; // st_dev and st_ino: two paths with the same pair are the same file (a hard or symbolic link)
    quint64 inode = 0;
    QString realPath; // the path with every link resolved, when it differs from path
    // A certificate file (tlscacert, tlscert): the earliest notAfter of the PEM certificates in it, in UTC; invalid
    // when it was not read, and then certError says why when reading or parsing failed.
    QDateTime notAfter;
    QString certError;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static FileFact fromJson(const QJsonObject& json);
    bool operator==(const FileFact&) const = default;
};

// daemon.json as found: the raw text is the fact, the parse is derived.
struct DaemonConfigFact
{
    QString path;
    QString origin; // "default", "rootless", "--config-file"
    bool exists = false;
    bool readable = false;
    QString readError; // e.g. "permission denied"
    QByteArray text;
    FileFact file;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static DaemonConfigFact fromJson(const QJsonObject& json);
    bool operator==(const DaemonConfigFact&) const = default;
};

// The parsed daemon.json (derived from DaemonConfigFact, never serialised).
struct DaemonConfig
{
    enum class State {
        Missing,
        Unreadable,
        Empty,
        Invalid,
        Valid,
    };
    State state = State::Missing;
    QJsonObject values;
    QString parseError; // with line and column
    int errorLine = 0;
    int errorColumn = 0;

    [[nodiscard]] static DaemonConfig parse(const DaemonConfigFact& fact);
};

struct ImageFact
{
    QJsonObject inspect;
    QJsonArray history;
    bool operator==(const ImageFact&) const = default;
};

// A collector that could not gather something: the checks that need it report skipped/error with this reason.
struct CollectionIssue
{
    QString collector; // "daemon.json", "containers", "images", "host-files", ...
    QString message;   // translated
    QString detail;
    bool operator==(const CollectionIssue&) const = default;
};

// Every fact the checks need and nothing computed from them. Round-trips through JSON losslessly.
class Snapshot
{
public:
    static constexpr int SchemaVersion = 1;

    QString toolVersion;
    QDateTime collectedAt;
    Endpoint endpoint;
    bool hostFactsCollected = false; // host files were visible (local unix-socket endpoint)
    bool containersCollected = true; // false when the audit left the containers out (--only daemon): none listed
    bool imagesCollected = true;     // the same for the images

    QJsonObject version;              // GET /version
    QJsonObject info;                 // GET /info
    QJsonArray networks;              // GET /networks
    QJsonArray volumes;               // GET /volumes: the named volumes and their driver options, by name
    QStringList daemonCommandLine;    // dockerd's argv from /proc when visible
    DaemonListenFact daemonListening; // TCP sockets listening in the daemon's network namespace (local endpoints)
    DaemonConfigFact daemonConfigFact;
    QList<FileFact> files;
    QList<QJsonObject> containers;       // GET /containers/{id}/json for every container
    QList<ImageFact> images;             // GET /images/{id}/json + /history
    QList<ComposeFileFact> composeFiles; // from container labels and --compose
    QList<DockerfileFact> dockerfiles;   // from --dockerfile and the Compose files' build: contexts
    ActiveProbeFacts probes;             // --active: exec and run probes (container.exec-shell, token-gate)
    ProcessFacts processes;              // the programs in each running container (/proc, or GET /containers/{id}/top)
    ImageAnalysis imageAnalysis;         // image probes, trust data, scans, trusted sources (ImageCollector)
    SprawlLimits sprawlLimits;           // CIS 6.1/6.2 thresholds from the settings
    ExecHistory execHistory;             // the docker exec commands the daemon and the audit log remember
    QList<CollectionIssue> issues;
    HostFacts host; // host, encryption and monitoring layers (local daemon only)

    [[nodiscard]] const DaemonConfig& daemonConfig() const;
    [[nodiscard]] const FileFact* file(const QString& role) const;
    [[nodiscard]] const ImageFact* image(const QString& id) const;
    [[nodiscard]] const CollectionIssue* issue(const QString& collector) const;
    // The value of a dockerd flag on its command line (--icc=false → "false"; "--icc false" → "false"; bare → "true").
    [[nodiscard]] std::optional<QString> commandLineFlag(const QString& name) const;
    [[nodiscard]] QStringList commandLineFlagValues(const QString& name) const;

    // The facts as written to a file or stdout, with every secret-looking value (environment, arguments, labels,
    // Compose files, Dockerfiles, daemon.json, build history) replaced by secrets::Marker (core/util/Secrets.h).
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Snapshot> fromJson(const QJsonObject& json);
    [[nodiscard]] static Result<Snapshot> load(const QString& path);
    // The text of a snapshot file (path names it in errors): load() without the read.
    [[nodiscard]] static Result<Snapshot> parse(const QByteArray& text, const QString& path);
    // toJson() as a file only its owner may read (0600).
    [[nodiscard]] VoidResult save(const QString& path) const;

    void setDaemonConfigFact(DaemonConfigFact fact);

    // Whether the checks would see the same facts in both snapshots, so that their findings are the same. Only what
    // changes on its own and no check reads is left out: when it was collected, how long the host tools took,
    // /info's clock and counters (volatileInfoKeys()), and the record of a container's latest health probes
    // (volatileHealthKeys(): every probe adds to it, and its status is still compared). Cheap for a re-audit: the
    // containers and images it kept share their objects with the previous snapshot, and equal shared objects compare
    // by pointer.
    [[nodiscard]] bool sameFacts(const Snapshot& other) const;
    [[nodiscard]] static const QStringList& volatileInfoKeys();
    [[nodiscard]] static const QStringList& volatileHealthKeys(); // in a container's State.Health

private:
    mutable std::optional<DaemonConfig> m_parsedConfig;
};

} // namespace escut
