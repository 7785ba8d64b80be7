// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/ImageAnalysis.h"

#include "core/util/JsonUtil.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <array>

namespace escut
{

namespace
{

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

template <typename Enum, size_t N> QString enumText(Enum value, const std::array<const char*, N>& names)
{
    return QString::fromLatin1(names.at(static_cast<size_t>(value)));
}

template <typename Enum, size_t N> Enum enumFrom(const QJsonValue& value, const std::array<const char*, N>& names)
{
    const QString text = value.toString();
    for (size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i])) {
            return static_cast<Enum>(i);
        }
    }
    return static_cast<Enum>(0);
}

constexpr std::array<const char*, 4> s_setuidStates{"not-scanned", "done", "failed", "incomplete"};
constexpr std::array<const char*, 3> s_recordStates{"signed", "unsigned", "no-data"};
constexpr std::array<const char*, 5> s_trustStates{"checked", "local", "untagged", "not-installed", "failed"};
constexpr std::array<const char*, 4> s_scanStates{"done", "disabled", "not-installed", "failed"};

template <typename T> QJsonArray listToJson(const QList<T>& list)
{
    QJsonArray out;
    for (const T& item : list) {
        out.append(item.toJson());
    }
    return out;
}

template <typename T> QList<T> listFromJson(const QJsonValue& value)
{
    QList<T> out;
    for (const QJsonValue& v : value.toArray()) {
        out.append(T::fromJson(v.toObject()));
    }
    return out;
}

void insertIfSet(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty()) {
        o.insert(QLatin1String(key), value);
    }
}

} // namespace

QJsonObject ImageFileFact::toJson() const
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("resolved"), resolved},
            {QStringLiteral("size"), size},
            {QStringLiteral("mode"), QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'))}};
}

ImageFileFact ImageFileFact::fromJson(const QJsonObject& o)
{
    ImageFileFact f;
    f.path = o.value(QStringLiteral("path")).toString();
    f.resolved = o.value(QStringLiteral("resolved")).toString();
    f.size = o.value(QStringLiteral("size")).toInteger();
    f.mode = o.value(QStringLiteral("mode")).toString().toUInt(nullptr, 8);
    return f;
}

QJsonObject ImageSetuidFact::toJson() const
{
    QJsonArray list;
    for (const SetuidFile& f : files) {
        list.append(QJsonObject{{QStringLiteral("path"), f.path},
                                {QStringLiteral("mode"), QStringLiteral("%1").arg(f.mode, 4, 8, QLatin1Char('0'))},
                                {QStringLiteral("uid"), f.uid},
                                {QStringLiteral("gid"), f.gid}});
    }
    QJsonObject o{{QStringLiteral("state"), enumText(state, s_setuidStates)},
                  {QStringLiteral("files"), list},
                  {QStringLiteral("total"), total},
                  {QStringLiteral("entries"), entries},
                  {QStringLiteral("bytes"), bytes},
                  {QStringLiteral("elapsedMs"), elapsedMs}};
    insertIfSet(o, "reason", reason);
    return o;
}

ImageSetuidFact ImageSetuidFact::fromJson(const QJsonObject& o)
{
    ImageSetuidFact f;
    f.state = enumFrom<State>(o.value(QStringLiteral("state")), s_setuidStates);
    f.reason = o.value(QStringLiteral("reason")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = v.toObject();
        f.files.append({file.value(QStringLiteral("path")).toString(),
                        file.value(QStringLiteral("mode")).toString().toUInt(nullptr, 8) & 07777U,
                        file.value(QStringLiteral("uid")).toInteger(),
                        file.value(QStringLiteral("gid")).toInteger()});
    }
    f.total = o.value(QStringLiteral("total")).toInteger();
    f.entries = o.value(QStringLiteral("entries")).toInteger();
    f.bytes = o.value(QStringLiteral("bytes")).toInteger();
    f.elapsedMs = o.value(QStringLiteral("elapsedMs")).toInteger();
    return f;
}

QJsonObject ImageProbeFact::toJson() const
{
    QJsonObject o{{QStringLiteral("imageId"), imageId},
                  {QStringLiteral("probedAt"), timeText(probedAt)},
                  {QStringLiteral("directories"), QJsonArray::fromStringList(directories)},
                  {QStringLiteral("pathsChecked"), pathsChecked},
                  {QStringLiteral("found"), listToJson(found)}};
    insertIfSet(o, "error", error);
    if (!rootNames.isEmpty()) {
        o.insert(QStringLiteral("rootNames"), QJsonArray::fromStringList(rootNames));
    }
    // Absent from probes made before the scan existed, which read back as NotScanned.
    if (setuid.state != ImageSetuidFact::State::NotScanned) {
        o.insert(QStringLiteral("setuid"), setuid.toJson());
    }
    return o;
}

ImageProbeFact ImageProbeFact::fromJson(const QJsonObject& o)
{
    ImageProbeFact f;
    f.imageId = o.value(QStringLiteral("imageId")).toString();
    f.probedAt = timeFrom(o.value(QStringLiteral("probedAt")));
    f.error = o.value(QStringLiteral("error")).toString();
    f.directories = jsonStrings(o.value(QStringLiteral("directories")));
    f.pathsChecked = o.value(QStringLiteral("pathsChecked")).toInt();
    f.found = listFromJson<ImageFileFact>(o.value(QStringLiteral("found")));
    f.rootNames = jsonStrings(o.value(QStringLiteral("rootNames")));
    f.setuid = ImageSetuidFact::fromJson(o.value(QStringLiteral("setuid")).toObject());
    return f;
}

QJsonObject ImageTrustRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("reference"), reference},
                  {QStringLiteral("state"), enumText(state, s_recordStates)},
                  {QStringLiteral("signers"), QJsonArray::fromStringList(signers)}};
    insertIfSet(o, "signedDigest", signedDigest);
    insertIfSet(o, "detail", detail);
    return o;
}

ImageTrustRecord ImageTrustRecord::fromJson(const QJsonObject& o)
{
    ImageTrustRecord r;
    r.reference = o.value(QStringLiteral("reference")).toString();
    r.state = enumFrom<State>(o.value(QStringLiteral("state")), s_recordStates);
    r.signedDigest = o.value(QStringLiteral("signedDigest")).toString();
    r.signers = jsonStrings(o.value(QStringLiteral("signers")));
    r.detail = o.value(QStringLiteral("detail")).toString();
    return r;
}

QJsonObject ImageTrustFact::toJson() const
{
    QJsonObject o{{QStringLiteral("imageId"), imageId},
                  {QStringLiteral("state"), enumText(state, s_trustStates)},
                  {QStringLiteral("records"), listToJson(records)}};
    insertIfSet(o, "reason", reason);
    return o;
}

ImageTrustFact ImageTrustFact::fromJson(const QJsonObject& o)
{
    ImageTrustFact f;
    f.imageId = o.value(QStringLiteral("imageId")).toString();
    f.state = enumFrom<State>(o.value(QStringLiteral("state")), s_trustStates);
    f.reason = o.value(QStringLiteral("reason")).toString();
    f.records = listFromJson<ImageTrustRecord>(o.value(QStringLiteral("records")));
    return f;
}

QJsonObject ScanFinding::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}, {QStringLiteral("severity"), severity}};
    insertIfSet(o, "package", package);
    insertIfSet(o, "installed", installed);
    insertIfSet(o, "fixed", fixed);
    insertIfSet(o, "title", title);
    if (alerts > 0) {
        o.insert(QStringLiteral("alerts"), alerts);
    }
    return o;
}

ScanFinding ScanFinding::fromJson(const QJsonObject& o)
{
    ScanFinding f;
    f.kind = o.value(QStringLiteral("kind")).toString();
    f.id = o.value(QStringLiteral("id")).toString();
    f.severity = o.value(QStringLiteral("severity")).toString();
    f.package = o.value(QStringLiteral("package")).toString();
    f.installed = o.value(QStringLiteral("installed")).toString();
    f.fixed = o.value(QStringLiteral("fixed")).toString();
    f.title = o.value(QStringLiteral("title")).toString();
    f.alerts = o.value(QStringLiteral("alerts")).toInt();
    return f;
}

QJsonObject ImageScanFact::toJson() const
{
    QJsonObject o{{QStringLiteral("imageId"), imageId},
                  {QStringLiteral("tool"), tool},
                  {QStringLiteral("state"), enumText(state, s_scanStates)},
                  {QStringLiteral("findings"), listToJson(findings)}};
    insertIfSet(o, "reason", reason);
    insertIfSet(o, "toolVersion", toolVersion);
    insertIfSet(o, "scannedAt", timeText(scannedAt));
    return o;
}

ImageScanFact ImageScanFact::fromJson(const QJsonObject& o)
{
    ImageScanFact f;
    f.imageId = o.value(QStringLiteral("imageId")).toString();
    f.tool = o.value(QStringLiteral("tool")).toString();
    f.state = enumFrom<State>(o.value(QStringLiteral("state")), s_scanStates);
    f.reason = o.value(QStringLiteral("reason")).toString();
    f.toolVersion = o.value(QStringLiteral("toolVersion")).toString();
    f.scannedAt = timeFrom(o.value(QStringLiteral("scannedAt")));
    f.findings = listFromJson<ScanFinding>(o.value(QStringLiteral("findings")));
    return f;
}

const QStringList& TrustedSourcesFact::defaults()
{
    // Seed 002: trust Docker's own (official) images and sources such as Google Cloud and Microsoft Azure. Each entry
    // is a namespace that one organisation controls: gcr.io as a whole is anyone's Google Cloud project, so only
    // Google's own projects there are trusted.
    static const QStringList s_defaults{QStringLiteral("docker.io/library"),
                                        QStringLiteral("mcr.microsoft.com"),
                                        QStringLiteral("gcr.io/distroless"),
                                        QStringLiteral("gcr.io/google-containers"),
                                        QStringLiteral("registry.k8s.io")};
    return s_defaults;
}

QStringList TrustedSourcesFact::parseEntries(const QStringList& raw)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    static const QRegularExpression scheme(QStringLiteral("^[a-z]+://"), QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString& item : raw) {
        for (QString entry : item.split(separators, Qt::SkipEmptyParts)) {
            entry.remove(scheme);
            if (!entry.isEmpty() && !out.contains(entry)) {
                out.append(entry);
            }
        }
    }
    return out;
}

void TrustedSourcesFact::add(const QStringList& raw)
{
    for (const QString& entry : parseEntries(raw)) {
        if (!added.contains(entry)) {
            added.append(entry);
        }
        if (!sources.contains(entry)) {
            sources.append(entry);
        }
    }
}

QJsonObject TrustedSourcesFact::toJson() const
{
    return {{QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
            {QStringLiteral("origin"), origin},
            {QStringLiteral("added"), QJsonArray::fromStringList(added)}};
}

TrustedSourcesFact TrustedSourcesFact::fromJson(const QJsonObject& o)
{
    if (!o.contains(QStringLiteral("sources"))) {
        return {defaults(), QStringLiteral("default"), {}};
    }
    return {jsonStrings(o.value(QStringLiteral("sources"))),
            o.value(QStringLiteral("origin")).toString(),
            jsonStrings(o.value(QStringLiteral("added")))};
}

const ImageProbeFact* ImageAnalysis::probe(const QString& imageId) const
{
    for (const ImageProbeFact& p : probes) {
        if (p.imageId == imageId) {
            return &p;
        }
    }
    return nullptr;
}

const ImageTrustFact* ImageAnalysis::trustFor(const QString& imageId) const
{
    for (const ImageTrustFact& t : trust) {
        if (t.imageId == imageId) {
            return &t;
        }
    }
    return nullptr;
}

const ImageScanFact* ImageAnalysis::scan(const QString& imageId, const QString& tool) const
{
    for (const ImageScanFact& s : scans) {
        if (s.imageId == imageId && s.tool == tool) {
            return &s;
        }
    }
    return nullptr;
}

QJsonObject ImageAnalysis::toJson() const
{
    return {{QStringLiteral("trustedSources"), trustedSources.toJson()},
            {QStringLiteral("probes"), listToJson(probes)},
            {QStringLiteral("trust"), listToJson(trust)},
            {QStringLiteral("scans"), listToJson(scans)}};
}

ImageAnalysis ImageAnalysis::fromJson(const QJsonObject& o)
{
    ImageAnalysis a;
    a.trustedSources = TrustedSourcesFact::fromJson(o.value(QStringLiteral("trustedSources")).toObject());
    a.probes = listFromJson<ImageProbeFact>(o.value(QStringLiteral("probes")));
    a.trust = listFromJson<ImageTrustFact>(o.value(QStringLiteral("trust")));
    a.scans = listFromJson<ImageScanFact>(o.value(QStringLiteral("scans")));
    return a;
}

namespace imageprobe
{

namespace
{

struct NameRow
{
    const char* name;
    Kind kind;
};

// Shells (seed 000 §3: distroless images have none), package managers and compilers (seed 002: a compiler left in
// the image lets an attacker build tools inside the container).
constexpr std::array<NameRow, 30> s_names{{
    {"sh", Kind::Shell},
    {"bash", Kind::Shell},
    {"dash", Kind::Shell},
    {"ash", Kind::Shell},
    {"zsh", Kind::Shell},
    {"ksh", Kind::Shell},
    {"mksh", Kind::Shell},
    {"busybox", Kind::Shell},
    {"apt", Kind::PackageManager},
    {"apt-get", Kind::PackageManager},
    {"dpkg", Kind::PackageManager},
    {"apk", Kind::PackageManager},
    {"dnf", Kind::PackageManager},
    {"yum", Kind::PackageManager},
    {"microdnf", Kind::PackageManager},
    {"tdnf", Kind::PackageManager},
    {"rpm", Kind::PackageManager},
    {"zypper", Kind::PackageManager},
    {"pacman", Kind::PackageManager},
    {"gcc", Kind::Compiler},
    {"cc", Kind::Compiler},
    {"c++", Kind::Compiler},
    {"g++", Kind::Compiler},
    {"clang", Kind::Compiler},
    {"clang++", Kind::Compiler},
    {"tcc", Kind::Compiler},
    {"go", Kind::Compiler},
    {"rustc", Kind::Compiler},
    {"cargo", Kind::Compiler},
    {"javac", Kind::Compiler},
}};

} // namespace

std::optional<Kind> kindOf(const QString& fileName)
{
    for (const NameRow& row : s_names) {
        if (fileName == QLatin1String(row.name)) {
            return row.kind;
        }
    }
    return std::nullopt;
}

const QList<Directory>& directories()
{
    static const QList<Directory> s_directories = [] {
        QStringList all;
        for (const NameRow& row : s_names) {
            all.append(QString::fromLatin1(row.name));
        }
        QList<Directory> out;
        for (const char* dir : {"/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin", "/usr/local/sbin"}) {
            out.append({QString::fromLatin1(dir), all});
        }
        // Where the official language images install their toolchains.
        out.append({QStringLiteral("/usr/local/go/bin"), {QStringLiteral("go")}});
        out.append({QStringLiteral("/usr/local/cargo/bin"), {QStringLiteral("rustc"), QStringLiteral("cargo")}});
        out.append({QStringLiteral("/opt/java/openjdk/bin"), {QStringLiteral("javac")}});
        out.append({QStringLiteral("/usr/lib/jvm/default-java/bin"), {QStringLiteral("javac")}});
        return out;
    }();
    return s_directories;
}

QString listVersion()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // What else a probe looks at: the directories of the image's own PATH, /etc/passwd for uid 0 names, and the
    // setuid and setgid files of the whole filesystem (CIS 4.8).
    hash.addData(QByteArrayLiteral("PATH,passwd,setuid-1"));
    for (const Directory& d : directories()) {
        hash.addData(d.path.toUtf8());
        hash.addData(d.names.join(QLatin1Char(',')).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(12));
}

} // namespace imageprobe

} // namespace escut
