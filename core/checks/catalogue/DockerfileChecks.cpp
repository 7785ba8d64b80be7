// SPDX-License-Identifier: GPL-3.0-or-later
// dockerfile.* checks (seed 000 §1 and §3, seed 002 images, CIS 4.1, 4.9) over the parsed Dockerfiles of the
// snapshot. Every finding that has a culprit points at its line.
#include "core/checks/Catalogue.h"
#include "core/checks/catalogue/Helpers.h"
#include "core/facts/Dockerfile.h"
#include "core/facts/ImageRef.h"
#include "core/util/JsonUtil.h"

#include <QRegularExpression>

namespace escut
{

namespace
{

struct Parsed
{
    DockerfileFact fact;
    Dockerfile file;
    const DockerfileStage* final = nullptr;
};

// The Dockerfile of a subject, or the outcome when it cannot be evaluated.
std::variant<Parsed, Outcome> parsed(const Subject& s)
{
    Parsed p;
    p.fact = DockerfileFact::fromJson(s.data);
    if (p.fact.remote) {
        return Outcome::skipped(
            Checks::tr("The build context %1 is remote: Escut reads only local Dockerfiles.").arg(p.fact.path));
    }
    if (!p.fact.error.isEmpty()) {
        return Outcome::error(p.fact.error);
    }
    p.file = Dockerfile::parse(QString::fromUtf8(p.fact.text), p.fact.buildArgs);
    p.final = p.file.finalStage(p.fact.target);
    if (!p.final) {
        return Outcome::error(Checks::tr("No FROM instruction: this is not a Dockerfile Docker can build."));
    }
    return p;
}

// Shell text of a RUN: its arguments (or exec words) and its heredoc bodies.
QString runText(const DockerfileInstruction& ins)
{
    QStringList parts{ins.execForm ? ins.words.join(QLatin1Char(' ')) : ins.arguments};
    parts += ins.heredocs;
    return parts.join(QLatin1Char('\n'));
}

// Outermost stage first: the base image, then every stage up to the final one (FROM build AS final).
QList<const DockerfileStage*> fromBase(const Dockerfile& file, const DockerfileStage& stage)
{
    QList<const DockerfileStage*> chain = file.lineage(stage);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

QString stageLabel(const DockerfileStage& s)
{
    return s.name.isEmpty() ? s.image : QStringLiteral("%1 AS %2").arg(s.image, s.name);
}

bool isUrl(const QString& source)
{
    static const QRegularExpression url(QStringLiteral("^([a-z][a-z0-9+.-]*://|git@)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url.match(source).hasMatch();
}

bool isArchive(const QString& source)
{
    static const QRegularExpression archive(QStringLiteral("\\.(tar|tgz|tbz2?|txz|tar\\.(gz|bz2|xz|zst|lz4))$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return archive.match(source).hasMatch();
}

// Keeps the worst outcome; on a tie the earliest line.
void worse(Outcome& current, const Outcome& candidate)
{
    const auto rank = [](Status s) {
        switch (s) {
        case Status::Fail:
            return 3;
        case Status::Warn:
            return 2;
        case Status::Pass:
            return 1;
        default:
            return 0;
        }
    };
    if (rank(candidate.status) > rank(current.status)) {
        current.status = candidate.status;
        current.line = candidate.line;
    }
}

QString joinedEvidence(QStringList items)
{
    constexpr qsizetype Shown = 6;
    if (items.size() > Shown) {
        const qsizetype more = items.size() - Shown;
        items = items.mid(0, Shown);
        items.append(Checks::tr("%n more", nullptr, int(more)));
    }
    return items.join(QStringLiteral("; "));
}

Outcome dockerfileUser(const Snapshot& snapshot, const Subject& s)
{
    auto p = parsed(s);
    if (auto* o = std::get_if<Outcome>(&p)) {
        return *o;
    }
    const Parsed& d = std::get<Parsed>(p);
    const DockerfileInstruction* last = nullptr;
    bool unresolved = false;
    QString user;
    // USER and ENV carry over from a stage to the stages built FROM it; an ARG lives in its own stage. A build
    // argument given to the build (--build-arg) replaces an ARG's default.
    QMap<QString, QString> env;
    for (const DockerfileStage* stage : fromBase(d.file, *d.final)) {
        QMap<QString, QString> vars = env;
        for (const int index : stage->instructions) {
            const DockerfileInstruction& ins = d.file.instruction(index);
            if (ins.keyword == QLatin1String("ARG") || ins.keyword == QLatin1String("ENV")) {
                for (const QString& word : ins.words) {
                    const QString name = word.section(QLatin1Char('='), 0, 0);
                    const bool isArg = ins.keyword == QLatin1String("ARG");
                    if (isArg && d.fact.buildArgs.contains(name)) {
                        vars.insert(name, d.fact.buildArgs.value(name));
                    } else if (word.contains(QLatin1Char('='))) {
                        vars.insert(name,
                                    Dockerfile::substitute(word.section(QLatin1Char('='), 1), vars, d.file.escape));
                        if (!isArg) {
                            env.insert(name, vars.value(name));
                        }
                    } else if (isArg) {
                        if (d.fact.buildArgs.contains(name)) {
                            vars.insert(name, d.fact.buildArgs.value(name));
                        } else if (d.file.globalArgs.contains(name)) {
                            vars.insert(name, d.file.globalArgs.value(name));
                        }
                    }
                }
            } else if (ins.keyword == QLatin1String("USER")) {
                last = &ins;
                unresolved = false;
                user = Dockerfile::substitute(ins.words.value(0), vars, d.file.escape, &unresolved);
            }
        }
    }
    if (!last) {
        // The base image's own USER applies. When the image is on this host its config says which; a tag such as
        // distroless's :nonroot only claims it.
        const QString base = fromBase(d.file, *d.final).first()->image;
        for (const ImageFact& image : snapshot.images) {
            const QStringList names = jsonStrings(image.inspect.value(QStringLiteral("RepoTags"))) +
                                      jsonStrings(image.inspect.value(QStringLiteral("RepoDigests")));
            if (!names.contains(base)) {
                continue;
            }
            const QString baseUser =
                image.inspect.value(QStringLiteral("Config")).toObject().value(QStringLiteral("User")).toString();
            const ImageProbeFact* probe =
                snapshot.imageAnalysis.probe(image.inspect.value(QStringLiteral("Id")).toString());
            if (!checkhelpers::isRootUser(baseUser, probe ? probe->rootNames : QStringList())) {
                return Outcome::pass(Checks::tr("The final stage sets no USER; its base image %1 on this host runs "
                                                "as %2 (Config.User).")
                                         .arg(base, baseUser))
                    .at(d.final->line);
            }
        }
        if (imageref::tag(base).contains(QLatin1String("nonroot"))) {
            return Outcome::warn(Checks::tr("The final stage (FROM %1, line %2) sets no USER: the base image's tag "
                                            "says it runs as a non-root user, which this host cannot confirm.")
                                     .arg(stageLabel(*d.final))
                                     .arg(d.final->line))
                .at(d.final->line);
        }
        return Outcome::fail(Checks::tr("The final stage (FROM %1, line %2) sets no USER: the container runs as the "
                                        "base image's user, root for most images.")
                                 .arg(stageLabel(*d.final))
                                 .arg(d.final->line))
            .at(d.final->line);
    }
    if (unresolved) {
        return Outcome::warn(Checks::tr("USER %1 (line %2) comes from a build argument with no default.")
                                 .arg(last->words.value(0))
                                 .arg(last->line))
            .at(last->line);
    }
    if (checkhelpers::isRootUser(user)) {
        return Outcome::fail(Checks::tr("USER %1 (line %2) is root.").arg(user).arg(last->line)).at(last->line);
    }
    return Outcome::pass(Checks::tr("USER %1 (line %2).").arg(user).arg(last->line)).at(last->line);
}

Outcome dockerfileAdd(const Snapshot&, const Subject& s)
{
    auto p = parsed(s);
    if (auto* o = std::get_if<Outcome>(&p)) {
        return *o;
    }
    const Parsed& d = std::get<Parsed>(p);
    Outcome result = Outcome::pass(QString());
    QStringList found;
    for (const DockerfileInstruction& ins : d.file.instructions) {
        if (ins.keyword != QLatin1String("ADD")) {
            continue;
        }
        const QStringList sources = ins.heredocs.isEmpty() ? ins.words.mid(0, ins.words.size() - 1) : QStringList();
        Outcome o = Outcome::fail({}).at(ins.line);
        QString what;
        if (std::any_of(sources.begin(), sources.end(), isUrl)) {
            const bool checksum = !ins.flag(QStringLiteral("checksum")).isEmpty();
            o.status = checksum ? Status::Warn : Status::Fail;
            what = checksum ? Checks::tr("line %1: ADD downloads %2, checked with --checksum")
                            : Checks::tr("line %1: ADD downloads %2 with no checksum");
        } else if (!sources.isEmpty() && std::all_of(sources.begin(), sources.end(), isArchive)) {
            o.status = Status::Warn;
            what = Checks::tr("line %1: ADD unpacks the archive %2");
        } else {
            what = Checks::tr("line %1: ADD %2 copies local files: use COPY");
        }
        found.append(what.arg(ins.line).arg(sources.isEmpty() ? QStringLiteral("<<heredoc") : sources.join(u' ')));
        worse(result, o);
    }
    if (found.isEmpty()) {
        return Outcome::pass(Checks::tr("No ADD: files come in with COPY."));
    }
    result.evidence = joinedEvidence(found) + QLatin1Char('.');
    return result;
}

// CIS 4.7: a package index update in a RUN of its own is cached by the builder, and a later install in another RUN
// installs from that stale index. An update that the same RUN follows with an install or upgrade is fine.
Outcome dockerfileUpdateAlone(const Snapshot&, const Subject& s)
{
    auto p = parsed(s);
    if (auto* o = std::get_if<Outcome>(&p)) {
        return *o;
    }
    const Parsed& d = std::get<Parsed>(p);
    static const QRegularExpression update(QStringLiteral(
        R"(\b(?:(?:apt-get|apt|aptitude)(?>\s+(?:-[oc]\s+[^-\s]\S*|-\S+))*\s+update|apk(?:\s+-\S+)*\s+update|)"
        R"((?:yum|dnf|microdnf)(?:\s+-\S+)*\s+(?:makecache|check-update)|zypper(?:\s+-\S+)*\s+(?:refresh|ref))\b)"));
    static const QRegularExpression install(
        QStringLiteral(R"(\b(?:(?:apt-get|apt|aptitude)\b.*\b(?:install|upgrade|dist-upgrade|full-upgrade)|)"
                       R"(apk\b.*\b(?:add|upgrade)|(?:yum|dnf|microdnf)\b.*\b(?:install|upgrade|update)|)"
                       R"(zypper\b.*\b(?:install|in|update|up|dist-upgrade|dup))\b)"));
    QStringList alone;
    int firstLine = 0;
    for (const DockerfileInstruction& ins : d.file.instructions) {
        if (ins.keyword != QLatin1String("RUN")) {
            continue;
        }
        const QString text = runText(ins);
        const QRegularExpressionMatch m = update.match(text);
        if (!m.hasMatch() || install.match(text, m.capturedEnd()).hasMatch()) {
            continue;
        }
        alone.append(Checks::tr("line %1: %2 with no install in the same RUN")
                         .arg(ins.line)
                         .arg(checkhelpers::elided(m.captured(0), 80)));
        firstLine = firstLine == 0 ? ins.line : firstLine;
    }
    if (alone.isEmpty()) {
        return Outcome::pass(Checks::tr("No package index update stands alone in a RUN."));
    }
    return Outcome::warn(joinedEvidence(alone) + QLatin1Char('.')).at(firstLine);
}

Outcome dockerfilePinnedBase(const Snapshot&, const Subject& s)
{
    auto p = parsed(s);
    if (auto* o = std::get_if<Outcome>(&p)) {
        return *o;
    }
    const Parsed& d = std::get<Parsed>(p);
    Outcome result = Outcome::pass(QString());
    QStringList bad;
    QStringList good;
    const auto consider = [&](const QString& image, const QString& raw, bool unresolved, int line) {
        if (image.compare(QLatin1String("scratch"), Qt::CaseInsensitive) == 0) {
            return;
        }
        const QString shown = raw == image ? image : QStringLiteral("%1 (%2)").arg(raw, image);
        if (unresolved) {
            bad.append(Checks::tr("line %1: %2 depends on a build argument with no default").arg(line).arg(raw));
            worse(result, Outcome::warn({}).at(line));
        } else if (!imageref::digest(image).isEmpty()) {
            good.append(Checks::tr("%1 pinned by digest (line %2)").arg(shown).arg(line));
        } else if (const QString tag = imageref::tag(image); tag.isEmpty() || tag == QLatin1String("latest")) {
            bad.append(tag.isEmpty() ? Checks::tr("line %1: %2 has no tag (latest)").arg(line).arg(shown)
                                     : Checks::tr("line %1: %2 is latest").arg(line).arg(shown));
            worse(result, Outcome::fail({}).at(line));
        } else {
            good.append(Checks::tr("%1 (line %2)").arg(shown).arg(line));
        }
    };
    for (const DockerfileStage& stage : d.file.stages) {
        if (stage.parent < 0) {
            consider(stage.image, stage.rawImage, stage.unresolved, stage.line);
        }
    }
    // COPY --from=image pulls an image too, unless it names a stage.
    for (const DockerfileInstruction& ins : d.file.instructions) {
        const QString from = ins.flag(QStringLiteral("from"));
        if (ins.keyword == QLatin1String("COPY") && !from.isEmpty() && !d.file.stage(from, ins.stage)) {
            bool unresolved = false;
            const QString image = Dockerfile::substitute(from, d.file.globalArgs, d.file.escape, &unresolved);
            consider(image, from, unresolved, ins.line);
        }
    }
    if (!bad.isEmpty()) {
        result.evidence = joinedEvidence(bad) + QLatin1Char('.');
        return result;
    }
    if (good.isEmpty()) {
        return Outcome::pass(Checks::tr("Built FROM scratch and earlier stages only."));
    }
    return Outcome::pass(Checks::tr("Every base image has a fixed version: %1.").arg(joinedEvidence(good)));
}

// What puts a compiler or build toolchain in a stage.
struct Toolchain
{
    int line = 0;
    QString what;
};

QList<Toolchain> toolchainsIn(const Dockerfile& file, const DockerfileStage& stage)
{
    QList<Toolchain> out;
    if (stage.parent < 0) {
        static const QRegularExpression baseImage(
            QStringLiteral("^(golang|rust|gcc|clang|maven|gradle|buildpack-deps|openjdk|swift|haskell|"
                           "dotnet/sdk|dotnet/core/sdk)$"));
        static const QRegularExpression jdk(QStringLiteral("^(eclipse-temurin|amazoncorretto|ibm-semeru-runtimes|"
                                                           "sapmachine)$"));
        const QString name = imageref::name(stage.image).toLower();
        const QString shortName = name.section(QLatin1Char('/'), name.startsWith(QLatin1String("mcr.")) ? 1 : -1);
        const QString lastTwo = name.section(QLatin1Char('/'), -2);
        const QString tag = imageref::tag(stage.image).toLower();
        if (baseImage.match(shortName).hasMatch() || baseImage.match(lastTwo).hasMatch() ||
            (jdk.match(shortName).hasMatch() && !tag.contains(QLatin1String("jre")))) {
            out.append({stage.line, Checks::tr("base image %1").arg(stage.image)});
        }
    }
    static const QRegularExpression install(QStringLiteral(
        "\\b(apt-get|apt|apk|yum|dnf|microdnf|zypper|tdnf)\\b[^;&|\\n]*?\\b(install|add)\\b([^;&|\\n]*)"));
    static const QRegularExpression package(QStringLiteral(
        "^(gcc(-\\d+)?|g\\+\\+(-\\d+)?|gcc-c\\+\\+|clang(-\\d+)?|build-essential|build-base|golang(-go)?|"
        "go|rustc|cargo|rust|default-jdk(-headless)?|openjdk-?\\d*(-jdk)?(-headless)?|java-[\\d.]+-"
        "openjdk-devel|maven|gradle)$"));
    static const QRegularExpression removal(
        QStringLiteral("\\b(apk\\s+del|apt-get\\s+(purge|remove|autoremove)|apt\\s+(purge|remove)|"
                       "(yum|dnf|microdnf|zypper)\\s+(remove|erase))\\b"));
    static const QRegularExpression compile(
        QStringLiteral("(^|[\\s;&|(])(gcc|g\\+\\+|clang|rustc|javac|mvn|go\\s+(build|install)|cargo\\s+(build|"
                       "install))(?=\\s|$)"));
    for (const int index : stage.instructions) {
        const DockerfileInstruction& ins = file.instruction(index);
        if (ins.keyword != QLatin1String("RUN")) {
            continue;
        }
        const QString text = runText(ins);
        const bool removesAgain = removal.match(text).hasMatch();
        auto it = install.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            for (const QString& word :
                 m.captured(3).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                const QString pkg = word.section(QLatin1Char('='), 0, 0); // gcc=4:12.2.0-3
                if (package.match(pkg).hasMatch() && !removesAgain) {
                    out.append({ins.line, Checks::tr("%1 installs %2").arg(m.captured(1), pkg)});
                }
            }
        }
        if (const QRegularExpressionMatch m = compile.match(text); m.hasMatch() && !removesAgain) {
            out.append({ins.line, Checks::tr("RUN %1 compiles in this stage").arg(m.captured(2).simplified())});
        }
    }
    return out;
}

Outcome dockerfileMultistage(const Snapshot&, const Subject& s)
{
    auto p = parsed(s);
    if (auto* o = std::get_if<Outcome>(&p)) {
        return *o;
    }
    const Parsed& d = std::get<Parsed>(p);
    QList<Toolchain> found;
    for (const DockerfileStage* stage : fromBase(d.file, *d.final)) {
        found += toolchainsIn(d.file, *stage);
    }
    if (!found.isEmpty()) {
        QStringList items;
        for (const Toolchain& t : found) {
            items.append(Checks::tr("line %1: %2").arg(t.line).arg(t.what));
        }
        return Outcome::fail(
                   Checks::tr("The final stage keeps a compiler or toolchain: %1.").arg(joinedEvidence(items)))
            .at(found.first().line);
    }
    QStringList copiedFrom;
    int copyLine = 0;
    for (const int index : d.final->instructions) {
        const DockerfileInstruction& ins = d.file.instruction(index);
        const QString from = ins.flag(QStringLiteral("from"));
        if (ins.keyword == QLatin1String("COPY") && !from.isEmpty()) {
            if (const DockerfileStage* source = d.file.stage(from, d.final->index)) {
                const QString name = source->name.isEmpty() ? QString::number(source->index) : source->name;
                if (!copiedFrom.contains(name)) {
                    copiedFrom.append(name);
                }
                copyLine = copyLine ? copyLine : ins.line;
            }
        }
    }
    if (!copiedFrom.isEmpty()) {
        return Outcome::pass(Checks::tr("Multi-stage build: the final stage (FROM %1) copies its artefacts from %2 "
                                        "(line %3) and keeps no toolchain.")
                                 .arg(stageLabel(*d.final), copiedFrom.join(QStringLiteral(", ")))
                                 .arg(copyLine))
            .at(copyLine);
    }
    return Outcome::pass(
        Checks::tr("No compiler or toolchain in the final stage (FROM %1).").arg(stageLabel(*d.final)));
}

} // namespace

void addDockerfileChecks(QList<CheckDef>& out)
{
    out.append({
        {"dockerfile.user",
         Layer::SupplyChain,
         Scope::Dockerfile,
         Severity::High,
         "4.1",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Dockerfile's final stage runs as a non-root user"),
         QT_TRANSLATE_NOOP("Checks",
                           "Without USER the image runs as root, the same uid 0 as the host's root: a process that "
                           "escapes the container, or writes to a mounted path, does so as root. Seed 002: create an "
                           "unprivileged user in the image."),
         QT_TRANSLATE_NOOP("Checks",
                           "Add RUN useradd (or adduser -D) and USER name, or USER 65534:65534, to the final stage, "
                           "after the steps that need root."),
         "fix.dockerfile",
         dockerfileUser},
        {"dockerfile.add",
         Layer::SupplyChain,
         Scope::Dockerfile,
         Severity::Medium,
         "4.9",
         "seed 002",
         QT_TRANSLATE_NOOP("Checks", "Dockerfile uses COPY instead of ADD"),
         QT_TRANSLATE_NOOP("Checks",
                           "ADD also downloads URLs (with no integrity check unless --checksum) and unpacks archives: "
                           "what ends up in the image is not what the build context holds. COPY copies exactly."),
         QT_TRANSLATE_NOOP("Checks",
                           "Use COPY for local files; download in a RUN step that checks a SHA-256 (or ADD "
                           "--checksum=sha256:...)."),
         "fix.dockerfile",
         dockerfileAdd},
        {"dockerfile.update-alone",
         Layer::SupplyChain,
         Scope::Dockerfile,
         Severity::Low,
         "4.7",
         "",
         QT_TRANSLATE_NOOP("Checks", "Package index updates are not alone in a RUN"),
         QT_TRANSLATE_NOOP("Checks",
                           "The builder caches each RUN: an apt-get update in a RUN of its own is kept from the first "
                           "build, and a later install in another RUN takes packages from that old index, missing "
                           "security fixes."),
         QT_TRANSLATE_NOOP("Checks",
                           "Update and install in the same RUN: RUN apt-get update && apt-get install -y PACKAGE "
                           "(or apk add --no-cache PACKAGE)."),
         "",
         dockerfileUpdateAlone},
        {"dockerfile.pinned-base",
         Layer::SupplyChain,
         Scope::Dockerfile,
         Severity::Medium,
         "",
         "seed 000 §1; seed 002",
         QT_TRANSLATE_NOOP("Checks", "Dockerfile base images have a fixed version"),
         QT_TRANSLATE_NOOP("Checks",
                           "FROM image or image:latest builds on whatever the registry serves that day: the build is "
                           "not reproducible and a compromised or broken upstream image enters silently. A digest "
                           "(image@sha256:...) pins exactly what was reviewed."),
         QT_TRANSLATE_NOOP("Checks", "Write FROM name:version, or better FROM name:version@sha256:digest."),
         "fix.dockerfile",
         dockerfilePinnedBase},
        {"dockerfile.multistage",
         Layer::SupplyChain,
         Scope::Dockerfile,
         Severity::Medium,
         "",
         "seed 000 §3",
         QT_TRANSLATE_NOOP("Checks", "No compiler is left in the final stage"),
         QT_TRANSLATE_NOOP("Checks",
                           "Seed 000 §3: a minimal image has no compiler. A toolchain (gcc, go, rustc, javac, "
                           "build-essential...) in the running image lets an attacker build tools inside the "
                           "container and makes the image bigger with more vulnerabilities. A multi-stage build "
                           "compiles in one stage and copies only the artefacts into the final one."),
         QT_TRANSLATE_NOOP("Checks",
                           "Build in a stage (FROM golang:1.22 AS build), then start the final stage from a small "
                           "base (distroless, alpine, scratch) and COPY --from=build only the binaries."),
         "",
         dockerfileMultistage},
    });
}

} // namespace escut
