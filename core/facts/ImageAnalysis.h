// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/ImageRef.h"
#include "core/facts/SetuidScan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace escut
{

// Facts about images beyond their inspect data: which shells, package managers and compilers their filesystem
// holds (probed without running them), their Docker Content Trust data, trivy and dockle scans, and the trusted
// sources the user allows. Collected by ImageCollector; read by the image.* checks. Lossless JSON round trip.

// One executable found inside an image.
struct ImageFileFact
{
    QString path;     // as probed: /bin/sh
    QString resolved; // after following symbolic links: /bin/busybox (== path when it is no link)
    qint64 size = 0;
    quint32 mode = 0; // permission bits (07777) of the resolved file

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ImageFileFact fromJson(const QJsonObject& json);
    bool operator==(const ImageFileFact&) const = default;
};

// The setuid and setgid files of an image (CIS 4.8), from a scan of its whole filesystem (SetuidScan).
struct ImageSetuidFact
{
    enum class State {
        NotScanned, // a probe made before this scan existed (an older snapshot)
        Done,
        Failed,     // the archive was malformed or too large: the same again next time
        Incomplete, // cancelled, out of time, or the connection broke: tried again at the next audit
    };
    State state = State::NotScanned;
    QString reason;          // translated, for Failed and Incomplete
    QList<SetuidFile> files; // the first SetuidScan::DefaultMaxRecorded, in archive order
    qint64 total = 0;        // all of them, also those past the list
    qint64 entries = 0;      // filesystem entries read
    qint64 bytes = 0;        // archive bytes read
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ImageSetuidFact fromJson(const QJsonObject& json);
    bool operator==(const ImageSetuidFact&) const = default;
};

struct ImageProbeFact
{
    QString imageId;
    QDateTime probedAt;
    QString error;           // translated; why the probe failed, empty when it worked
    QStringList directories; // the directories that exist and were looked into
    int pathsChecked = 0;
    QList<ImageFileFact> found;
    QStringList rootNames; // names other than root that the image's /etc/passwd gives uid 0 (toor:x:0:0)
    ImageSetuidFact setuid;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ImageProbeFact fromJson(const QJsonObject& json);
    bool operator==(const ImageProbeFact&) const = default;
};

// What `docker trust inspect REFERENCE` said about one tag.
struct ImageTrustRecord
{
    enum class State {
        Signed,   // the tag has a signed target
        Unsigned, // the repository has trust data, but not for this tag
        NoData,   // "[]": no trust data, or no notary server could be reached (Docker cannot tell them apart)
    };
    QString reference;
    State state = State::NoData;
    QString signedDigest; // hex digest of the signed target
    QStringList signers;  // "Repo Admin" when signed with the repository key
    QString detail;       // docker's message (stderr), trimmed

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ImageTrustRecord fromJson(const QJsonObject& json);
    bool operator==(const ImageTrustRecord&) const = default;
};

struct ImageTrustFact
{
    enum class State {
        Checked,      // records hold the answers
        Local,        // built or imported on this host (no RepoDigests): no registry trust data applies
        Untagged,     // no name to look up
        NotInstalled, // no docker CLI
        Failed,       // docker trust inspect could not run or printed something unreadable
    };
    QString imageId;
    State state = State::Checked;
    QString reason; // translated, for NotInstalled and Failed
    QList<ImageTrustRecord> records;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ImageTrustFact fromJson(const QJsonObject& json);
    bool operator==(const ImageTrustFact&) const = default;
};

// One finding of a scanner: a CVE (trivy), a secret or misconfiguration (trivy), a checkpoint (dockle).
struct ScanFinding
{
    QString kind;     // "vulnerability", "secret", "misconfiguration" (trivy), "checkpoint" (dockle)
    QString id;       // CVE-2019-14697, aws-access-key-id, DS-0002, CIS-DI-0010
    QString severity; // trivy: CRITICAL HIGH MEDIUM LOW UNKNOWN; dockle: FATAL WARN INFO SKIP PASS IGNORE
    QString package;  // trivy vulnerabilities; the file for secrets
    QString installed;
    QString fixed; // empty when no fixed version exists
    QString title;
    int alerts = 0; // dockle: how many alerts the checkpoint raised

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ScanFinding fromJson(const QJsonObject& json);
    bool operator==(const ScanFinding&) const = default;
};

struct ImageScanFact
{
    enum class State {
        Done,
        Disabled,     // --no-scan
        NotInstalled, // the tool is not on PATH
        Failed,       // it ran and failed, timed out, or printed something unreadable
    };
    QString imageId;
    QString tool; // "trivy" or "dockle"
    State state = State::Done;
    QString reason; // translated, for every state but Done
    QString toolVersion;
    QDateTime scannedAt;
    QList<ScanFinding> findings;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ImageScanFact fromJson(const QJsonObject& json);
    bool operator==(const ImageScanFact&) const = default;
};

// The registries and namespaces the user trusts (image.trusted-source).
struct TrustedSourcesFact
{
    QStringList sources; // docker.io/library, mcr.microsoft.com, ...
    QString origin;      // "default", or the settings file the list came from
    QStringList added;   // from --trusted-source, included in sources

    [[nodiscard]] static const QStringList& defaults();
    // "docker.io/library, https://mcr.microsoft.com" or a list of such: one entry per source, without a scheme.
    [[nodiscard]] static QStringList parseEntries(const QStringList& raw);
    // Adds entries (--trusted-source) to sources and added.
    void add(const QStringList& raw);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static TrustedSourcesFact fromJson(const QJsonObject& json);
    bool operator==(const TrustedSourcesFact&) const = default;
};

struct ImageAnalysis
{
    TrustedSourcesFact trustedSources{TrustedSourcesFact::defaults(), QStringLiteral("default"), {}};
    QList<ImageProbeFact> probes;
    QList<ImageTrustFact> trust;
    QList<ImageScanFact> scans;

    [[nodiscard]] const ImageProbeFact* probe(const QString& imageId) const;
    [[nodiscard]] const ImageTrustFact* trustFor(const QString& imageId) const;
    [[nodiscard]] const ImageScanFact* scan(const QString& imageId, const QString& tool) const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ImageAnalysis fromJson(const QJsonObject& json);
    bool operator==(const ImageAnalysis&) const = default;
};

// What the minimal-image probe looks for, shared by the probe (which paths to stat) and the checks (what a
// found file is).
namespace imageprobe
{

enum class Kind {
    Shell,
    PackageManager,
    Compiler,
};

// The kind of an executable by its file name (sh, apt-get, gcc, ...), nullopt when it is none of them.
std::optional<Kind> kindOf(const QString& fileName);

// Directories that hold executables, each with the names to look for in it.
struct Directory
{
    QString path;
    QStringList names;
};
const QList<Directory>& directories();

// Changes whenever the lists above change, or what a probe collects, so that cached probes made otherwise are not
// reused.
QString listVersion();

} // namespace imageprobe

} // namespace escut
