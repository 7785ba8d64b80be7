// SPDX-License-Identifier: GPL-3.0-or-later
// fix.dockerfile (seed 002, images): ADD → COPY for local sources, a USER in the final stage, and base images pinned
// by digest where the digest is known locally. The Dockerfile parser finds the instructions; comments, continuations
// and every other line are kept as they are.
#include "core/facts/Dockerfile.h"
#include "core/remediation/Remediation.h"
#include "core/remediation/fixes/FixOperation.h"

#include <QDir>
#include <QRegularExpression>

namespace escut
{

namespace
{

constexpr qsizetype MaxDockerfileBytes = 4 * 1024 * 1024;

class DockerfileFix final : public FixOperation
{
public:
    const char* id() const override
    {
        return "fix.dockerfile";
    }
    const char* title() const override
    {
        return QT_TRANSLATE_NOOP("Remediation",
                                 "Use COPY instead of ADD, add a USER and pin base images in a Dockerfile");
    }
    QStringList checkIds() const override
    {
        return {QStringLiteral("dockerfile.add"),
                QStringLiteral("dockerfile.user"),
                QStringLiteral("dockerfile.pinned-base")};
    }
    const QList<FixInput>& inputs() const override
    {
        static const QList<FixInput> s_inputs{
            {.key = "dockerfile",
             .kind = FixInput::Kind::File,
             .option = "dockerfile",
             .valueName = QT_TRANSLATE_NOOP("FixInput", "FILE"),
             .label = QT_TRANSLATE_NOOP("FixInput", "Dockerfile:"),
             .help = QT_TRANSLATE_NOOP("FixInput", "The Dockerfile to fix."),
             .required = true},
        };
        return s_inputs;
    }
    Result<Plan> plan(const FixContext& context) const override;
};

Result<Plan> DockerfileFix::plan(const FixContext& context) const
{
    Plan plan;
    plan.fixId = QString::fromLatin1(id());
    plan.checkIds = checkIds();
    const QString dockerfile = QDir::cleanPath(context.inputs.value(QStringLiteral("dockerfile")));
    // The Dockerfile is both what is read and what is written: the apply refuses if it changed since the preview.
    plan.addFileInput(dockerfile, context.hostPath(dockerfile));
    Result<FileChange> file = currentFile(dockerfile, context.hostPath(dockerfile));
    if (!file) {
        return file.error();
    }
    if (!file.value().beforeExists) {
        return makeError(Error::Code::NotFound, Remediation::tr("%1 does not exist.").arg(dockerfile));
    }
    FileChange change = file.value();
    // A Dockerfile is text: a NUL byte means a binary file (or the wrong path), which no edit may touch.
    if (const qsizetype nul = change.before.indexOf('\0'); nul >= 0) {
        return makeError(Error::Code::InvalidArgument,
                         Remediation::tr("%1 is not a text file (a NUL byte at offset %2): nothing was changed.")
                             .arg(dockerfile)
                             .arg(nul));
    }
    if (change.before.size() > MaxDockerfileBytes) {
        return makeError(Error::Code::InvalidArgument,
                         Remediation::tr("%1 is larger than %2 MiB, too large for a Dockerfile: nothing was changed.")
                             .arg(dockerfile)
                             .arg(MaxDockerfileBytes / (1024 * 1024)));
    }
    // Digests of the images the daemon already has, to pin FROM lines (no registry is asked).
    const QMap<QString, QString> digests =
        context.imageDigests.isEmpty() ? Remediation::localImageDigests(context.socketPath) : context.imageDigests;
    // Lines as Latin-1: one character per byte, so bytes that are not UTF-8 (a Latin-1 comment) come back unchanged.
    // The edits only touch ASCII (keywords, image references); line numbers are the parser's, as both split on '\n'.
    QStringList lines = QString::fromLatin1(change.before).split(QLatin1Char('\n'));
    // The parser knows where each instruction is (continuations, heredocs, comments, # escape=, ARG before FROM);
    // the edits below touch only the first line of an instruction and keep every other byte.
    const Dockerfile df = Dockerfile::parse(QString::fromUtf8(change.before));
    if (df.stages.isEmpty()) {
        return makeError(Error::Code::InvalidArgument,
                         Remediation::tr("%1 has no FROM instruction, so it is not a Dockerfile: nothing was changed.")
                             .arg(dockerfile));
    }
    static const QRegularExpression archive(QStringLiteral("\\.(tar|tgz|tar\\.gz|tar\\.bz2|tar\\.xz|txz)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression addKeyword(QStringLiteral("^(\\s*)ADD\\b"),
                                               QRegularExpression::CaseInsensitiveOption);

    for (const DockerfileStage& stage : df.stages) {
        if (stage.parent >= 0 || stage.image.compare(QLatin1String("scratch"), Qt::CaseInsensitive) == 0 ||
            !imageref::digest(stage.image).isEmpty()) {
            continue;
        }
        const QString digest = digests.value(stage.image);
        QString& line = lines[stage.line - 1];
        if (stage.rawImage == stage.image && !digest.isEmpty() && line.contains(stage.image)) {
            line.replace(line.indexOf(stage.image),
                         stage.image.size(),
                         imageref::name(stage.image) + QLatin1Char('@') + digest);
        } else {
            plan.warnings.append(Remediation::tr("FROM %1 is not pinned by digest and its digest is not known here: "
                                                 "docker pull %1, then use the digest from docker inspect --format "
                                                 "'{{index .RepoDigests 0}}'.")
                                     .arg(stage.image));
        }
    }
    for (const DockerfileInstruction& ins : df.instructions) {
        if (ins.keyword != QLatin1String("ADD")) {
            continue;
        }
        const QStringList sources = ins.heredocs.isEmpty() ? ins.words.mid(0, ins.words.size() - 1) : QStringList();
        if (std::any_of(sources.begin(), sources.end(), [](const QString& src) {
                return src.contains(QLatin1String("://"));
            })) {
            plan.warnings.append(Remediation::tr("Line %1 downloads with ADD from a URL: fetch it with curl and check "
                                                 "its SHA-256 in a RUN step (or use ADD --checksum).")
                                     .arg(ins.line));
        } else if (!sources.isEmpty() && std::all_of(sources.begin(), sources.end(), [](const QString& src) {
                       return archive.match(src).hasMatch();
                   })) {
            plan.notes.append(Remediation::tr("Line %1 keeps ADD: it unpacks the archive %2, which COPY would not.")
                                  .arg(ins.line)
                                  .arg(sources.join(QLatin1Char(' '))));
        } else {
            lines[ins.line - 1].replace(addKeyword, QStringLiteral("\\1COPY"));
        }
    }
    // The final stage must not run as root: USER carries over from the stages it is built FROM.
    if (const DockerfileStage* final = df.finalStage()) {
        // The last USER of the final stage and the stages it is built FROM decides.
        bool hasUser = false;
        QList<const DockerfileStage*> chain = df.lineage(*final);
        std::reverse(chain.begin(), chain.end());
        for (const DockerfileStage* stage : chain) {
            for (const int index : stage->instructions) {
                const DockerfileInstruction& ins = df.instruction(index);
                if (ins.keyword == QLatin1String("USER")) {
                    const QString who = ins.words.value(0).section(QLatin1Char(':'), 0, 0);
                    hasUser = !who.isEmpty() && who != QLatin1String("root") && who != QLatin1String("0");
                }
            }
        }
        if (!hasUser) {
            int insertAt = df.instruction(final->instructions.last()).endLine; // after the last instruction
            for (const int index : final->instructions) {
                const DockerfileInstruction& ins = df.instruction(index);
                if (ins.keyword == QLatin1String("ENTRYPOINT") || ins.keyword == QLatin1String("CMD")) {
                    insertAt = ins.line - 1;
                    break;
                }
            }
            lines.insert(insertAt, QStringLiteral("USER 65534:65534"));
            plan.notes.append(Remediation::tr("USER 65534:65534 (nobody) was added to the final stage; use the "
                                              "image's own unprivileged user if it has one."));
        }
    }
    change.after = lines.join(QLatin1Char('\n')).toLatin1();
    if (change.after != change.before) {
        plan.changes.append(change);
    }
    return plan;
}

} // namespace

const FixOperation& dockerfileFix()
{
    static const DockerfileFix s_fix;
    return s_fix;
}

} // namespace escut
