// SPDX-License-Identifier: GPL-3.0-or-later
// image.* checks: the supply chain (seed 000 §1, seed 002 "Seguridad en imágenes", CIS 4.x) and minimal images
// (seed 000 §3 distroless). Facts: each image's inspect data and history, and Snapshot::imageAnalysis (file probes,
// docker trust inspect, trivy, dockle, the trusted sources).
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"
#include "core/tools/DockerTrust.h"
#include "core/tools/Dockle.h"
#include "core/tools/Trivy.h"
#include "core/util/JsonUtil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace escut
{

using namespace checkhelpers;

namespace
{

QJsonObject config(const Subject& subject)
{
    return subject.data.value(QStringLiteral("Config")).toObject();
}

QString listed(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

// Command lines and URLs from image metadata, with anything that looks like a credential shown as ***: the password
// of user:password@ in URLs, tokens of known formats, the values of secret-looking NAME=value words. A snapshot
// already holds the marker there, so live and saved facts read the same.
QString redacted(const QString& text)
{
    return secrets::redactText(text).replace(QLatin1String(secrets::Marker), QLatin1String("***"));
}

QString shortDigest(QString digest)
{
    if (digest.startsWith(QLatin1String("sha256:"))) {
        digest = digest.mid(7);
    }
    return digest.left(12);
}

bool isWindows(const Subject& subject)
{
    return subject.data.value(QStringLiteral("Os")).toString() == QLatin1String("windows");
}

QJsonArray history(const Snapshot& s, const Subject& subject)
{
    const ImageFact* fact = s.image(subject.id);
    return fact ? fact->history : QJsonArray();
}

QString notCollected()
{
    return Checks::tr("This fact was not collected for the image (an --only selection without this layer, an older "
                      "snapshot, or an image that appeared during the audit): audit again with this layer.");
}

// --- supply chain -----------------------------------------------------------------------------------------------

// Containers of this image and the reference each was created with.
QList<std::pair<QString, QString>> containerReferences(const Snapshot& s, const Subject& subject)
{
    QList<std::pair<QString, QString>> out;
    for (const QJsonObject& c : s.containers) {
        if (c.value(QStringLiteral("Image")).toString() != subject.id) {
            continue;
        }
        QString name = c.value(QStringLiteral("Name")).toString();
        if (name.startsWith(QLatin1Char('/'))) {
            name.remove(0, 1);
        }
        out.append({name, c.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Image")).toString()});
    }
    return out;
}

Outcome pinned(const Snapshot& s, const Subject& subject)
{
    const QStringList tags = jsonStrings(subject.data.value(QStringLiteral("RepoTags")));
    const QStringList digests = jsonStrings(subject.data.value(QStringLiteral("RepoDigests")));
    QStringList floating;
    for (const QString& tag : tags) {
        if (imageref::tag(tag) == QLatin1String("latest")) {
            floating.append(tag);
        }
    }
    QStringList byDigest;
    QStringList byTag;
    for (const auto& [container, reference] : containerReferences(s, subject)) {
        if (reference.isEmpty()) {
            continue;
        }
        if (!imageref::digest(reference).isEmpty() || imageref::isImageId(reference, subject.id)) {
            byDigest.append(Checks::tr("%1 (container %2)").arg(elided(reference, 40), container));
        } else if (imageref::tag(reference).isEmpty() || imageref::tag(reference) == QLatin1String("latest")) {
            floating.append(Checks::tr("%1 (container %2)").arg(reference, container));
        } else {
            byTag.append(Checks::tr("%1 (container %2)").arg(reference, container));
        }
    }
    if (!floating.isEmpty()) {
        return Outcome::fail(Checks::tr("Floating 'latest' references: %1. The same name can bring a different image "
                                        "tomorrow.")
                                 .arg(listed(floating)));
    }
    if (tags.isEmpty() && byDigest.isEmpty() && byTag.isEmpty()) {
        return Outcome::warn(Checks::tr("Untagged image (<none>) that no container uses: nothing says which version "
                                        "it is. Tag it with a version or remove it (docker image prune)."));
    }
    QString evidence = tags.isEmpty() ? Checks::tr("No tags.") : Checks::tr("Tags: %1.").arg(listed(tags));
    if (!byTag.isEmpty()) {
        evidence += QLatin1Char(' ') + Checks::tr("Used as %1.").arg(listed(byTag));
    }
    if (!byDigest.isEmpty()) {
        evidence += QLatin1Char(' ') + Checks::tr("Pinned by digest or id: %1.").arg(listed(byDigest));
    } else if (!digests.isEmpty()) {
        evidence += QLatin1Char(' ') + Checks::tr("Digest for an exact pin: %1.").arg(digests.first());
    }
    return Outcome::pass(evidence);
}

QString trustedSourcesText(const TrustedSourcesFact& fact)
{
    const QString list = fact.sources.isEmpty() ? Checks::tr("none") : listed(fact.sources);
    if (fact.origin == QLatin1String("default")) {
        return fact.added.isEmpty() ? Checks::tr("%1; the default list").arg(list)
                                    : Checks::tr("%1; the default list plus --trusted-source").arg(list);
    }
    return fact.added.isEmpty() ? Checks::tr("%1; trustedSources in %2").arg(list, fact.origin)
                                : Checks::tr("%1; trustedSources in %2 plus --trusted-source").arg(list, fact.origin);
}

// The first source that repository lies under, or empty.
QString trustedSourceOf(const QString& repository, const TrustedSourcesFact& fact)
{
    for (const QString& source : fact.sources) {
        if (imageref::isUnder(repository, imageref::normalisedSource(source))) {
            return source;
        }
    }
    return {};
}

Outcome trustedSource(const Snapshot& s, const Subject& subject)
{
    const TrustedSourcesFact& trusted = s.imageAnalysis.trustedSources;
    const QStringList digests = jsonStrings(subject.data.value(QStringLiteral("RepoDigests")));
    const QStringList tags = jsonStrings(subject.data.value(QStringLiteral("RepoTags")));
    // Where it was pulled from (RepoDigests); for a local image, what it is called. Only a registry digest says where
    // an image came from: anyone can docker tag a home-built image nginx:1.25.3.
    const QStringList references = digests.isEmpty() ? tags : digests;
    QStringList repositories;
    for (const QString& reference : references) {
        const QString repo = imageref::normalisedRepository(reference);
        if (!repo.isEmpty() && !repositories.contains(repo)) {
            repositories.append(repo);
        }
    }
    if (repositories.isEmpty()) {
        return Outcome::warn(Checks::tr("Untagged image with no registry digest: nothing tells where it came from "
                                        "(trusted sources: %1).")
                                 .arg(trustedSourcesText(trusted)));
    }
    for (const QString& repo : repositories) {
        const QString source = trustedSourceOf(repo, trusted);
        if (!source.isEmpty() && digests.isEmpty() && TrustedSourcesFact::defaults().contains(source)) {
            return Outcome::warn(Checks::tr("%1 has no registry digest: it was built, imported or tagged on this host, "
                                            "and its name alone does not prove it comes from the trusted source %2.")
                                     .arg(repo, source));
        }
        if (!source.isEmpty()) {
            return Outcome::pass(digests.isEmpty()
                                     ? Checks::tr("%1 (built or imported on this host) is under the trusted source %2.")
                                           .arg(repo, source)
                                     : Checks::tr("Pulled from %1, under the trusted source %2.").arg(repo, source));
        }
    }
    if (!digests.isEmpty()) {
        return Outcome::fail(Checks::tr("Pulled from %1, which is not a trusted source (%2).")
                                 .arg(listed(repositories), trustedSourcesText(trusted)));
    }
    return Outcome::warn(Checks::tr("%1 was built or imported on this host (no registry digest) and is not under a "
                                    "trusted source (%2): review how it was made, then add it to trustedSources.")
                             .arg(listed(repositories), trustedSourcesText(trusted)));
}

bool isDockerfileInstruction(const QString& word)
{
    static const QStringList instructions{
        QStringLiteral("ADD"),
        QStringLiteral("ARG"),
        QStringLiteral("CMD"),
        QStringLiteral("COPY"),
        QStringLiteral("ENTRYPOINT"),
        QStringLiteral("ENV"),
        QStringLiteral("EXPOSE"),
        QStringLiteral("HEALTHCHECK"),
        QStringLiteral("LABEL"),
        QStringLiteral("MAINTAINER"),
        QStringLiteral("ONBUILD"),
        QStringLiteral("RUN"),
        QStringLiteral("SHELL"),
        QStringLiteral("STOPSIGNAL"),
        QStringLiteral("USER"),
        QStringLiteral("VOLUME"),
        QStringLiteral("WORKDIR"),
    };
    return instructions.contains(word);
}

Outcome committed(const Snapshot& s, const Subject& subject)
{
    const QJsonArray entries = history(s, subject);
    if (entries.isEmpty()) {
        return Outcome::skipped(Checks::tr("The snapshot has no history for this image."));
    }
    // The classic builder writes "<shell> #(nop) INSTRUCTION" for metadata steps and "<shell> command" for RUN, where
    // <shell> is /bin/sh -c or what SHELL set; BuildKit writes the instruction itself. docker commit writes the
    // container's command line as it was, so an entry that looks like none of these was committed.
    QStringList shells{QStringLiteral("/bin/sh -c")};
    for (const QJsonValue& v : entries) {
        const QString createdBy = v.toObject().value(QStringLiteral("CreatedBy")).toString();
        const qsizetype nop = createdBy.indexOf(QLatin1String("#(nop)"));
        if (nop > 0) {
            const QString shell = createdBy.left(nop).trimmed();
            if (!shells.contains(shell)) {
                shells.append(shell);
            }
        }
    }
    static const QRegularExpression buildArgs(QStringLiteral("^\\|\\d+ "));
    static const QStringList tools{QStringLiteral("bazel build"), QStringLiteral("jib-"), QStringLiteral("apko")};
    QStringList commits;
    bool imported = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString createdBy = entry.value(QStringLiteral("CreatedBy")).toString().trimmed();
        const QString comment = entry.value(QStringLiteral("Comment")).toString();
        if (createdBy.isEmpty()) {
            imported = imported || comment.startsWith(QLatin1String("Imported from"));
            continue;
        }
        const bool built =
            comment.startsWith(QLatin1String("buildkit")) || createdBy.contains(QLatin1String("#(nop)")) ||
            buildArgs.match(createdBy).hasMatch() ||
            isDockerfileInstruction(createdBy.section(QLatin1Char(' '), 0, 0)) ||
            std::any_of(shells.begin(),
                        shells.end(),
                        [&](const QString& shell) { return createdBy.startsWith(shell + QLatin1Char(' ')); }) ||
            std::any_of(tools.begin(), tools.end(), [&](const QString& tool) { return createdBy.startsWith(tool); });
        if (built) {
            continue;
        }
        const QString step = Checks::tr("layer %1 of %2: '%3'")
                                 .arg(entries.size() - i)
                                 .arg(entries.size())
                                 .arg(elided(redacted(createdBy), 80));
        commits.append(comment.isEmpty() ? step
                                         : Checks::tr("%1 with the message '%2'").arg(step, elided(comment, 60)));
    }
    // The last layer of docker commit keeps the container's config, with the image its container was started from
    // as it was named (local/app:1); the classic builder names the parent by id (sha256:…) and BuildKit leaves it
    // empty. This tells a committed "/bin/sh -c …" from a RUN step.
    const QJsonObject containerConfig = subject.data.value(QStringLiteral("ContainerConfig")).toObject();
    const QString from = containerConfig.value(QStringLiteral("Image")).toString();
    static const QRegularExpression imageId(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    if (commits.isEmpty() && !from.isEmpty() && !imageId.match(from).hasMatch() &&
        !subject.data.value(QStringLiteral("Container")).toString().isEmpty()) {
        const QString createdBy = entries.first().toObject().value(QStringLiteral("CreatedBy")).toString().trimmed();
        commits.append(Checks::tr("layer %1 of %2: '%3'")
                           .arg(entries.size())
                           .arg(entries.size())
                           .arg(elided(redacted(createdBy), 80)));
    }
    if (!commits.isEmpty()) {
        return Outcome::fail(Checks::tr("Made with docker commit (%1): what changed in that layer cannot be audited.")
                                 .arg(commits.join(QStringLiteral("; "))));
    }
    return Outcome::pass(
        imported ? Checks::tr("Every history entry (%n) comes from a build or a docker import.",
                              nullptr,
                              int(entries.size()))
                 : Checks::tr("Every history entry (%n) comes from a build.", nullptr, int(entries.size())));
}

Outcome addUrl(const Snapshot& s, const Subject& subject)
{
    const QJsonArray entries = history(s, subject);
    if (entries.isEmpty()) {
        return Outcome::skipped(Checks::tr("The snapshot has no history for this image."));
    }
    // BuildKit keeps the instruction ("ADD https://… /dst # buildkit"); the classic builder records a downloaded URL
    // by the bare hash of its content ("#(nop) ADD 1db9…7695 in /dst"), local files as file:, dir: or multi:.
    static const QRegularExpression buildkit(QStringLiteral("^ADD\\s.*(\\b(https?|ftp)://|\\bgit@)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression classic(QStringLiteral("#\\(nop\\)\\s+ADD\\s+[0-9a-f]{64}\\s+in\\s"));
    QStringList found;
    for (const QJsonValue& v : entries) {
        const QString createdBy = v.toObject().value(QStringLiteral("CreatedBy")).toString().trimmed();
        if (buildkit.match(createdBy).hasMatch() || classic.match(createdBy).hasMatch()) {
            found.append(QLatin1Char('\'') + elided(redacted(createdBy), 160) + QLatin1Char('\''));
        }
    }
    if (!found.isEmpty()) {
        return Outcome::fail(Checks::tr("ADD from a URL: %1. What was downloaded is not checked against a hash.")
                                 .arg(found.join(QStringLiteral("; "))));
    }
    return Outcome::pass(
        Checks::tr("No ADD of a remote URL in the image's history (%n entries).", nullptr, int(entries.size())));
}

Outcome envSecrets(const Snapshot&, const Subject& subject)
{
    const QStringList env = jsonStrings(config(subject).value(QStringLiteral("Env")));
    QStringList secret;
    for (const QString& entry : env) {
        const QString name = entry.section(QLatin1Char('='), 0, 0);
        const QString value = entry.section(QLatin1Char('='), 1);
        if (isSecretEnv(name, value)) {
            secret.append(name); // the name only, never the value
        }
    }
    if (!secret.isEmpty()) {
        return Outcome::fail(Checks::tr("Config.Env sets %1 (values not shown): anyone who can pull the image reads "
                                        "them with docker inspect.")
                                 .arg(listed(secret)));
    }
    if (env.isEmpty()) {
        return Outcome::pass(Checks::tr("Config.Env is empty."));
    }
    return Outcome::pass(Checks::tr("No variable in Config.Env (%n set) has a secret-looking name with a value.",
                                    nullptr,
                                    int(env.size())));
}

Outcome signedImage(const Snapshot& s, const Subject& subject)
{
    const ImageTrustFact* trust = s.imageAnalysis.trustFor(subject.id);
    if (!trust) {
        return Outcome::skipped(notCollected());
    }
    switch (trust->state) {
    case ImageTrustFact::State::Untagged:
        return Outcome::skipped(Checks::tr("Untagged image: there is no name to look up trust data for."));
    case ImageTrustFact::State::Local:
        return Outcome::skipped(Checks::tr("Built or imported on this host (no RepoDigests): no registry holds "
                                           "signatures for it. Sign it when you push it (docker trust sign)."));
    case ImageTrustFact::State::NotInstalled:
        return Outcome::skipped(DockerTrust::installHint()); // worded in the current language, not the collector's
    case ImageTrustFact::State::Failed:
        return Outcome::error(trust->reason);
    case ImageTrustFact::State::Checked:
        break;
    }
    const QStringList digests = jsonStrings(subject.data.value(QStringLiteral("RepoDigests")));
    QStringList signedRefs;
    QStringList problems;
    QStringList noData;
    for (const ImageTrustRecord& r : trust->records) {
        switch (r.state) {
        case ImageTrustRecord::State::Signed: {
            QString local;
            for (const QString& d : digests) {
                if (imageref::repository(d) == imageref::repository(r.reference)) {
                    local = imageref::digest(d).section(QLatin1Char(':'), -1);
                }
            }
            if (!local.isEmpty() && local != r.signedDigest) {
                problems.append(Checks::tr("%1 is signed for digest %2…, but this image has %3…: it was not pulled "
                                           "with content trust, or the tag moved since")
                                    .arg(r.reference, shortDigest(r.signedDigest), shortDigest(local)));
            } else {
                signedRefs.append(Checks::tr("%1 signed by %2 (digest %3…)")
                                      .arg(r.reference, listed(r.signers), shortDigest(r.signedDigest)));
            }
            break;
        }
        case ImageTrustRecord::State::Unsigned:
            problems.append(
                Checks::tr("%1: the repository has trust data, but this tag is not signed").arg(r.reference));
            break;
        case ImageTrustRecord::State::NoData:
            noData.append(r.detail.isEmpty() ? r.reference : Checks::tr("%1 (%2)").arg(r.reference, elided(r.detail)));
            break;
        }
    }
    if (!problems.isEmpty()) {
        return Outcome::fail(problems.join(QStringLiteral("; ")) + QLatin1Char('.'));
    }
    if (!signedRefs.isEmpty()) {
        return Outcome::pass(signedRefs.join(QStringLiteral("; ")) + QLatin1Char('.'));
    }
    return Outcome::skipped(Checks::tr("No trust data for %1: either the tag is not signed or no notary server could "
                                       "be reached, and docker trust inspect cannot tell which.")
                                .arg(noData.join(QStringLiteral("; "))));
}

// Scans: skipped / error outcomes for a scan that did not produce a report, nullopt when it did.
std::optional<Outcome> scanUnavailable(const ImageScanFact* scan)
{
    if (!scan) {
        return Outcome::skipped(notCollected());
    }
    // Worded here rather than taken from the fact, so that they follow the current language.
    switch (scan->state) {
    case ImageScanFact::State::Disabled:
        return Outcome::skipped(Checks::tr("Not scanned: --no-scan."));
    case ImageScanFact::State::NotInstalled:
        return Outcome::skipped(scan->tool == QLatin1String("dockle") ? Dockle::installHint() : Trivy::installHint());
    case ImageScanFact::State::Failed:
        return Outcome::error(scan->reason);
    case ImageScanFact::State::Done:
        break;
    }
    return std::nullopt;
}

int severityRank(const QString& severity)
{
    static const QStringList order{QStringLiteral("CRITICAL"),
                                   QStringLiteral("FATAL"),
                                   QStringLiteral("HIGH"),
                                   QStringLiteral("MEDIUM"),
                                   QStringLiteral("WARN"),
                                   QStringLiteral("LOW"),
                                   QStringLiteral("INFO"),
                                   QStringLiteral("UNKNOWN")};
    const qsizetype i = order.indexOf(severity);
    return i < 0 ? int(order.size()) : int(i);
}

// "2 CRITICAL, 4 MEDIUM", worst first.
QString countsText(const QList<ScanFinding>& findings)
{
    QMap<int, std::pair<QString, int>> counts;
    for (const ScanFinding& f : findings) {
        auto& slot = counts[severityRank(f.severity)];
        slot.first = f.severity;
        ++slot.second;
    }
    QStringList parts;
    for (const auto& [severity, count] : counts) {
        parts.append(QStringLiteral("%1 %2").arg(count).arg(severity));
    }
    return listed(parts);
}

QList<ScanFinding> ofKind(const QList<ScanFinding>& findings, const QString& kind)
{
    QList<ScanFinding> out;
    for (const ScanFinding& f : findings) {
        if (f.kind == kind) {
            out.append(f);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ScanFinding& a, const ScanFinding& b) {
        return severityRank(a.severity) < severityRank(b.severity);
    });
    return out;
}

bool anyAtLeastHigh(const QList<ScanFinding>& findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const ScanFinding& f) {
        return severityRank(f.severity) <= severityRank(QStringLiteral("HIGH"));
    });
}

Outcome vulnerabilities(const Snapshot& s, const Subject& subject)
{
    const ImageScanFact* scan = s.imageAnalysis.scan(subject.id, QStringLiteral("trivy"));
    if (const std::optional<Outcome> unavailable = scanUnavailable(scan)) {
        return *unavailable;
    }
    const QList<ScanFinding> vulns = ofKind(scan->findings, QStringLiteral("vulnerability"));
    const QList<ScanFinding> secrets = ofKind(scan->findings, QStringLiteral("secret"));
    const QList<ScanFinding> misconfigs = ofKind(scan->findings, QStringLiteral("misconfiguration"));
    if (vulns.isEmpty() && secrets.isEmpty() && misconfigs.isEmpty()) {
        return Outcome::pass(Checks::tr("trivy %1 found no known vulnerability.").arg(scan->toolVersion));
    }
    QStringList parts;
    if (!vulns.isEmpty()) {
        const int fixable =
            int(std::count_if(vulns.begin(), vulns.end(), [](const ScanFinding& f) { return !f.fixed.isEmpty(); }));
        QStringList worst;
        for (qsizetype i = 0; i < vulns.size() && i < 3; ++i) {
            const ScanFinding& v = vulns.at(i);
            worst.append(
                v.fixed.isEmpty()
                    ? Checks::tr("%1 %2 in %3 %4, no fix yet").arg(v.severity, v.id, v.package, v.installed)
                    : Checks::tr("%1 %2 in %3 %4, fixed in %5").arg(v.severity, v.id, v.package, v.installed, v.fixed));
        }
        parts.append(Checks::tr("%n vulnerabilities (%1; %2 with a fixed version): %3", nullptr, int(vulns.size()))
                         .arg(countsText(vulns))
                         .arg(fixable)
                         .arg(listed(worst)));
    }
    if (!secrets.isEmpty()) {
        QStringList where;
        for (const ScanFinding& f : secrets) {
            where.append(Checks::tr("%1 %2 in %3").arg(f.severity, f.id, f.package));
        }
        parts.append(Checks::tr("%n secret(s) in files (values not shown): %1", nullptr, int(secrets.size()))
                         .arg(listed(where)));
    }
    if (!misconfigs.isEmpty()) {
        parts.append(
            Checks::tr("%n misconfiguration(s) (%1)", nullptr, int(misconfigs.size())).arg(countsText(misconfigs)));
    }
    const QString evidence = Checks::tr("trivy %1: %2.").arg(scan->toolVersion, parts.join(QStringLiteral("; ")));
    if (anyAtLeastHigh(vulns) || anyAtLeastHigh(secrets)) {
        return Outcome::fail(evidence);
    }
    return Outcome::warn(evidence);
}

Outcome lint(const Snapshot& s, const Subject& subject)
{
    const ImageScanFact* scan = s.imageAnalysis.scan(subject.id, QStringLiteral("dockle"));
    if (const std::optional<Outcome> unavailable = scanUnavailable(scan)) {
        return *unavailable;
    }
    QList<ScanFinding> raised;
    for (const ScanFinding& f : ofKind(scan->findings, QStringLiteral("checkpoint"))) {
        if (f.severity == QLatin1String("FATAL") || f.severity == QLatin1String("WARN") ||
            f.severity == QLatin1String("INFO")) {
            raised.append(f);
        }
    }
    if (raised.isEmpty()) {
        return Outcome::pass(Checks::tr("dockle %1 raised no checkpoint.").arg(scan->toolVersion));
    }
    QStringList worst;
    for (const ScanFinding& f : raised) {
        if (f.severity == raised.first().severity && worst.size() < 5) {
            worst.append(QStringLiteral("%1 %2").arg(f.id, f.title));
        }
    }
    const QString evidence = Checks::tr("dockle %1: %2. %3: %4.")
                                 .arg(scan->toolVersion, countsText(raised), raised.first().severity, listed(worst));
    if (raised.first().severity == QLatin1String("FATAL")) {
        return Outcome::fail(evidence);
    }
    if (raised.first().severity == QLatin1String("WARN")) {
        return Outcome::warn(evidence);
    }
    return Outcome::pass(evidence);
}

// --- minimal image ----------------------------------------------------------------------------------------------

// Found executables of these kinds: "/bin/sh → /bin/busybox".
QStringList foundOfKinds(const ImageProbeFact& probe, std::initializer_list<imageprobe::Kind> kinds)
{
    QStringList out;
    for (const ImageFileFact& f : probe.found) {
        const std::optional<imageprobe::Kind> kind = imageprobe::kindOf(f.path.section(QLatin1Char('/'), -1));
        if (kind && std::find(kinds.begin(), kinds.end(), *kind) != kinds.end()) {
            out.append(f.resolved == f.path ? f.path : QStringLiteral("%1 → %2").arg(f.path, f.resolved));
        }
    }
    return out;
}

// The probe of the image, or the outcome when there is none to judge by.
std::optional<Outcome> probeUnavailable(const Snapshot& s, const Subject& subject, const ImageProbeFact** probe)
{
    if (isWindows(subject)) {
        return Outcome::skipped(Checks::tr("Windows image: Escut looks for Linux shells and tools only."));
    }
    *probe = s.imageAnalysis.probe(subject.id);
    if (!*probe) {
        return Outcome::skipped(notCollected());
    }
    if (!(*probe)->error.isEmpty()) {
        return Outcome::error((*probe)->error);
    }
    return std::nullopt;
}

// "(30 paths checked in /bin)", or that the image has none of the directories.
QString checkedText(const ImageProbeFact& probe)
{
    if (probe.directories.isEmpty()) {
        return Checks::tr("the image has none of /bin, /usr/bin, /sbin, /usr/sbin, /usr/local/bin");
    }
    return Checks::tr("%n path(s) checked in %1", nullptr, probe.pathsChecked).arg(listed(probe.directories));
}

Outcome distroless(const Snapshot& s, const Subject& subject)
{
    const ImageProbeFact* probe = nullptr;
    if (const std::optional<Outcome> unavailable = probeUnavailable(s, subject, &probe)) {
        return *unavailable;
    }
    const QStringList shells = foundOfKinds(*probe, {imageprobe::Kind::Shell});
    const QStringList managers = foundOfKinds(*probe, {imageprobe::Kind::PackageManager});
    if (!shells.isEmpty() || !managers.isEmpty()) {
        return Outcome::fail(Checks::tr("Shells: %1. Package managers: %2. An intruder can run commands and install "
                                        "tools with them.")
                                 .arg(shells.isEmpty() ? Checks::tr("none") : listed(shells),
                                      managers.isEmpty() ? Checks::tr("none") : listed(managers)));
    }
    return Outcome::pass(Checks::tr("No shell and no package manager (%1).").arg(checkedText(*probe)));
}

Outcome noCompiler(const Snapshot& s, const Subject& subject)
{
    const ImageProbeFact* probe = nullptr;
    if (const std::optional<Outcome> unavailable = probeUnavailable(s, subject, &probe)) {
        return *unavailable;
    }
    const QStringList compilers = foundOfKinds(*probe, {imageprobe::Kind::Compiler});
    if (!compilers.isEmpty()) {
        return Outcome::fail(Checks::tr("Compilers in the image: %1. Build in one stage and copy only the result into "
                                        "the final one.")
                                 .arg(listed(compilers)));
    }
    return Outcome::pass(Checks::tr("No compiler (%1).").arg(checkedText(*probe)));
}

// At most this many files named in the evidence; the count says how many there are.
constexpr int SetuidFilesShown = 5;

Outcome setuidFiles(const Snapshot& s, const Subject& subject)
{
    if (isWindows(subject)) {
        return Outcome::skipped(Checks::tr("Windows image: setuid and setgid are Linux file permissions."));
    }
    const ImageProbeFact* probe = s.imageAnalysis.probe(subject.id);
    if (!probe) {
        return Outcome::skipped(notCollected());
    }
    if (!probe->error.isEmpty()) {
        return Outcome::error(probe->error);
    }
    const ImageSetuidFact& scan = probe->setuid;
    if (scan.total > 0) {
        QStringList shown;
        for (const SetuidFile& f : scan.files.first(std::min<qsizetype>(SetuidFilesShown, scan.files.size()))) {
            const QString bits = (f.mode & 06000U) == 06000U ? Checks::tr("setuid and setgid")
                                 : (f.mode & 04000U) != 0    ? Checks::tr("setuid")
                                                             : Checks::tr("setgid");
            shown.append(Checks::tr("%1 (%2, mode %3, owner %4:%5)")
                             .arg(elided(f.path, 100), bits, modeText(f.mode))
                             .arg(f.uid)
                             .arg(f.gid));
        }
        QString evidence = Checks::tr("%n setuid or setgid file(s) in the image: %1",
                                      nullptr,
                                      int(std::min<qint64>(scan.total, INT_MAX)))
                               .arg(listed(shown));
        if (scan.total > shown.size()) {
            evidence += QLatin1Char(' ') +
                        Checks::tr("and %n more.", nullptr, int(std::min<qint64>(scan.total - shown.size(), INT_MAX)));
        } else {
            evidence += QLatin1Char('.');
        }
        if (scan.state != ImageSetuidFact::State::Done) {
            evidence += QLatin1Char(' ') +
                        Checks::tr("The scan did not read the whole image, so there may be more: %1").arg(scan.reason);
        }
        return Outcome::warn(evidence);
    }
    switch (scan.state) {
    case ImageSetuidFact::State::NotScanned:
        return Outcome::skipped(
            Checks::tr("This image's probe was made before Escut looked for setuid and setgid files "
                       "(an older snapshot): audit again to scan the image."));
    case ImageSetuidFact::State::Failed:
    case ImageSetuidFact::State::Incomplete:
        return Outcome::skipped(scan.reason);
    case ImageSetuidFact::State::Done:
        break;
    }
    return Outcome::pass(Checks::tr("No setuid or setgid file among the image's %n file(s) and directories.",
                                    nullptr,
                                    int(std::min<qint64>(scan.entries, INT_MAX))));
}

Outcome userNonRoot(const Snapshot& s, const Subject& subject)
{
    const QString user = config(subject).value(QStringLiteral("User")).toString();
    const ImageProbeFact* probe = s.imageAnalysis.probe(subject.id);
    if (!isRootUser(user, probe ? probe->rootNames : QStringList())) {
        return Outcome::pass(Checks::tr("Config.User is %1.").arg(user));
    }
    return Outcome::fail(Checks::tr("Config.User is %1: containers of this image run as root unless started with -u.")
                             .arg(user.isEmpty() ? Checks::tr("not set, so root") : user));
}

Outcome healthcheck(const Snapshot&, const Subject& subject)
{
    const QStringList test =
        jsonStrings(config(subject).value(QStringLiteral("Healthcheck")).toObject().value(QStringLiteral("Test")));
    if (test.isEmpty()) {
        return Outcome::fail(Checks::tr("The image has no HEALTHCHECK (Config.Healthcheck is not set)."));
    }
    if (test.first() == QLatin1String("NONE")) {
        return Outcome::fail(Checks::tr("HEALTHCHECK NONE turns off the base image's health check."));
    }
    return Outcome::pass(Checks::tr("HEALTHCHECK %1.").arg(elided(redacted(test.join(QLatin1Char(' '))), 100)));
}

} // namespace

void addImageChecks(QList<CheckDef>& out)
{
    out.append({
        {"image.signed",
         Layer::SupplyChain,
         Scope::Image,
         Severity::Medium,
         "4.5 4.12",
         "seed 002; seed 000 §1",
         QT_TRANSLATE_NOOP("Checks", "The image is signed (Docker Content Trust)"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 002: with DOCKER_CONTENT_TRUST=1 Docker checks that the digest of a pulled image "
                           "matches the one its publisher signed with Notary, so nobody changed it on the way. An "
                           "unsigned tag, or a local image whose digest differs from the signed one, gives no such "
                           "guarantee."),
         QT_TRANSLATE_NOOP("Checks",
                           "Pull with DOCKER_CONTENT_TRUST=1 (docker pull then fails for unsigned tags); sign your own "
                           "images with docker trust sign when you push them."),
         "",
         signedImage},
        {"image.pinned",
         Layer::SupplyChain,
         Scope::Image,
         Severity::Medium,
         "",
         "seed 002; seed 000 §1",
         QT_TRANSLATE_NOOP("Checks", "Image versions are pinned"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 002: not naming the version is bad practice. 'latest', or no tag at all, brings "
                           "whatever was pushed last: a rebuild or a restart on another host can run different code, "
                           "and a scan today says nothing about tomorrow's image. A digest (name@sha256:…) pins the "
                           "exact bytes."),
         QT_TRANSLATE_NOOP("Checks",
                           "Use a version tag (nginx:1.25.3), or better the digest (nginx@sha256:…), in FROM lines, "
                           "docker run and Compose; remove 'latest' tags you do not need."),
         "",
         pinned},
        {"image.trusted-source",
         Layer::SupplyChain,
         Scope::Image,
         Severity::High,
         "4.2",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "The image comes from a trusted source"),
         QT_TRANSLATE_NOOP(
             "Checks",
             "Seed 002: an image of unknown origin can carry malware; trust only Docker's official "
             "images and trusted sources such as Google Cloud or Microsoft Azure, and prefer images whose "
             "Dockerfile you can read. Escut compares where each image was pulled from (RepoDigests) with "
             "the trusted sources: by default docker.io/library, mcr.microsoft.com, gcr.io/distroless, "
             "gcr.io/google-containers and registry.k8s.io. A local tag proves nothing: an image with no registry "
             "digest is never trusted by its name alone."),
         QT_TRANSLATE_NOOP("Checks",
                           "Replace the image with an official one or build it yourself from a Dockerfile you have "
                           "read. If the source is one you trust, add it to trustedSources in "
                           "~/.config/escut/escut.conf or pass --trusted-source."),
         "",
         trustedSource},
        {"image.committed",
         Layer::SupplyChain,
         Scope::Image,
         Severity::Medium,
         "",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "The image was built, not made with docker commit"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 002: docker commit makes an image out of a container's changes, and its use is "
                           "discouraged because nobody can audit it: there is no Dockerfile saying what changed, and "
                           "the layer can hold anything the container wrote, secrets and shell history included."),
         QT_TRANSLATE_NOOP("Checks",
                           "Write the change as Dockerfile instructions and build the image (docker build); keep the "
                           "Dockerfile under version control."),
         "",
         committed},
        {"image.add-url",
         Layer::SupplyChain,
         Scope::Image,
         Severity::Medium,
         "4.9",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "No ADD from a URL"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 002: ADD can copy from a URL, unlike COPY. Whatever the server sends at build time "
                           "goes into the image unchecked, and the layer cannot be cached."),
         QT_TRANSLATE_NOOP("Checks",
                           "Download in a RUN step with curl or wget and check the file's SHA-256 before using it (or "
                           "ADD --checksum=sha256:… with BuildKit); use COPY for local files."),
         "",
         addUrl},
        {"image.vulnerabilities",
         Layer::SupplyChain,
         Scope::Image,
         Severity::High,
         "4.4",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "No known high or critical vulnerabilities (trivy)"),
         QT_TRANSLATE_NOOP(
             "Checks",
             "Seed 002 recommends passive vulnerability scanning with trivy: packages with known CVEs are "
             "the easiest way into a container. Escut runs trivy image on every image and fails on HIGH "
             "or CRITICAL vulnerabilities or on secrets left in files."),
         QT_TRANSLATE_NOOP("Checks",
                           "Rebuild on an updated base image (docker build --pull), upgrade the packages trivy lists "
                           "to their fixed versions, and remove files with secrets."),
         "",
         vulnerabilities},
        {"image.lint",
         Layer::SupplyChain,
         Scope::Image,
         Severity::Medium,
         "",
         "dockle",
         QT_TRANSLATE_NOOP("Checks", "The image passes dockle's best-practice checks"),
         QT_TRANSLATE_NOOP("Checks",
                           "dockle checks an image against the CIS Docker Benchmark and its own rules: root user, "
                           "secrets in ENV or files, ADD, setuid files, package caches, empty passwords, duplicate "
                           "UIDs. FATAL findings fail this check and WARN findings warn."),
         QT_TRANSLATE_NOOP("Checks",
                           "Fix what dockle lists (dockle IMAGE shows every alert), rebuild and audit again."),
         "",
         lint},
        {"image.env-secrets",
         Layer::SupplyChain,
         Scope::Image,
         Severity::High,
         "4.10",
         "seed 000 §5",
         QT_TRANSLATE_NOOP("Checks", "No secrets in the image's environment"),
         QT_TRANSLATE_NOOP(
             "Checks",
             "ENV values are part of the image: docker inspect and docker history show them to anyone "
             "who can pull it, and every container of the image inherits them. Seed 000 §5: secrets go in "
             "Docker secrets, not in the environment."),
         QT_TRANSLATE_NOOP("Checks",
                           "Remove the ENV lines with secrets, rebuild, and pass the values at run time as Docker "
                           "secrets (/run/secrets/NAME, NAME_FILE variables)."),
         "",
         envSecrets},
        {"image.distroless",
         Layer::MinimalImage,
         Scope::Image,
         Severity::Medium,
         "4.3",
         "seed 000 §3",
         QT_TRANSLATE_NOOP("Checks", "No shell and no package manager in the image (distroless)"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 000 §3: distroless images have no shell and no debugging tools, which shrinks the "
                           "attack surface: an intruder cannot docker exec a shell or install tools with apt or apk. "
                           "Escut looks at the image's files without running it (a stopped container and Docker's "
                           "archive API)."),
         QT_TRANSLATE_NOOP("Checks",
                           "Build the final stage FROM a distroless or scratch image (gcr.io/distroless/static, "
                           "cgr.dev/chainguard/static) and copy only the program and what it needs into it."),
         "",
         distroless},
        {"image.no-compiler",
         Layer::MinimalImage,
         Scope::Image,
         Severity::Medium,
         "4.3",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "No compiler in the image"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 002: a compiler in the image adds attack surface, because an intruder could build "
                           "programs inside the container. Compile in a builder stage and copy only the binary (the "
                           "seed's whoami-multistage example)."),
         QT_TRANSLATE_NOOP("Checks",
                           "Use a multi-stage build: FROM golang AS builder … then FROM a minimal image with COPY "
                           "--from=builder of the result only."),
         "",
         noCompiler},
        {"image.setuid",
         Layer::MinimalImage,
         Scope::Image,
         Severity::Medium,
         "4.8",
         "",
         QT_TRANSLATE_NOOP("Checks", "No setuid or setgid files in the image"),
         QT_TRANSLATE_NOOP("Checks",
                           "CIS 4.8: a program with the setuid or setgid permission runs with the rights of the user "
                           "or group that owns it, usually root, whoever starts it; a flaw in any of them lets a "
                           "process in the container raise its privileges. Few services need one. Escut reads the "
                           "permissions of every file in the image without running it (a stopped container and "
                           "Docker's archive API); directories are not counted, as their setgid bit only passes "
                           "their group on to new files."),
         QT_TRANSLATE_NOOP("Checks",
                           "Keep the setuid and setgid permissions only on programs the service needs: near the end "
                           "of the Dockerfile, RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + and rebuild. "
                           "Starting containers with --security-opt no-new-privileges also stops the permissions "
                           "from raising privileges."),
         "",
         setuidFiles},
        {"image.user-nonroot",
         Layer::MinimalImage,
         Scope::Image,
         Severity::Medium,
         "4.1",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "The image's default user is not root"),
         QT_TRANSLATE_NOOP("Checks",
                           "Without USER in the Dockerfile every container of the image runs as root unless whoever "
                           "starts it remembers -u. A non-root default makes the safe choice the easy one."),
         QT_TRANSLATE_NOOP("Checks",
                           "Add a user in the Dockerfile and switch to it: RUN useradd -r -u 10001 app, then USER "
                           "10001 (or USER 65534 in scratch and distroless images)."),
         "",
         userNonRoot},
        {"image.healthcheck",
         Layer::MinimalImage,
         Scope::Image,
         Severity::Low,
         "4.6",
         "",
         QT_TRANSLATE_NOOP("Checks", "The image has a HEALTHCHECK"),
         QT_TRANSLATE_NOOP("Checks",
                           "A HEALTHCHECK lets Docker tell a running but broken service from a healthy one, so "
                           "restart policies and orchestrators can react, and an image that carries it gives the check "
                           "to every container made from it."),
         QT_TRANSLATE_NOOP("Checks",
                           "Add HEALTHCHECK CMD … to the Dockerfile (in distroless images, a small probe binary of the "
                           "service itself), or set --health-cmd / healthcheck: where the container is started."),
         "",
         healthcheck},
    });
}

} // namespace escut
