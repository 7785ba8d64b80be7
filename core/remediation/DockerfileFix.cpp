// SPDX-License-Identifier: GPL-3.0-or-later
// fix.dockerfile (seed 002, images): ADD → COPY for local sources, a USER in the final stage, and base images pinned
// by digest where the digest is known locally. Comments, continuations and every other line are kept as they are.
#include "core/remediation/Remediation.h"

#include <QRegularExpression>

namespace escut
{

Result<Plan> planDockerfile(const FixContext& context)
{
    Plan plan;
    plan.fixId = QStringLiteral("fix.dockerfile");
    plan.checkIds = Remediation::findFix(plan.fixId)->checkIds;
    if (context.dockerfile.isEmpty()) {
        return makeError(Error::Code::InvalidArgument,
                         Remediation::tr("fix.dockerfile needs the Dockerfile: --dockerfile FILE."));
    }
    Result<FileChange> file = currentFile(context.dockerfile, context.hostPath(context.dockerfile));
    if (!file) {
        return file.error();
    }
    if (!file.value().beforeExists) {
        return makeError(Error::Code::NotFound, Remediation::tr("%1 does not exist.").arg(context.dockerfile));
    }
    FileChange change = file.value();
    QStringList lines = QString::fromUtf8(change.before).split(QLatin1Char('\n'));

    static const QRegularExpression from(QStringLiteral("^\\s*FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)(.*)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression add(QStringLiteral("^(\\s*)ADD(\\s+)(.*)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression user(QStringLiteral("^\\s*USER\\s+(\\S+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression run(QStringLiteral("^\\s*(ENTRYPOINT|CMD)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression archive(QStringLiteral("\\.(tar|tgz|tar\\.gz|tar\\.bz2|tar\\.xz|txz)$"),
                                            QRegularExpression::CaseInsensitiveOption);

    int lastFrom = -1;
    QStringList stageNames;
    for (int i = 0; i < lines.size(); ++i) {
        if (const QRegularExpressionMatch m = from.match(lines.at(i)); m.hasMatch()) {
            lastFrom = i;
            const QString image = m.captured(1);
            const QString rest = m.captured(2);
            static const QRegularExpression alias(QStringLiteral("\\bAS\\s+(\\S+)"),
                                                  QRegularExpression::CaseInsensitiveOption);
            if (const QRegularExpressionMatch a = alias.match(rest); a.hasMatch()) {
                stageNames.append(a.captured(1));
            }
            if (image.contains(QLatin1Char('@')) || stageNames.contains(image) || image.startsWith(QLatin1Char('$')) ||
                image == QLatin1String("scratch")) {
                continue;
            }
            const QString digest = context.imageDigests.value(image);
            if (!digest.isEmpty()) {
                lines[i] = QString(lines.at(i))
                               .replace(image, image.section(QLatin1Char(':'), 0, 0) + QLatin1Char('@') + digest);
            } else {
                plan.warnings.append(
                    Remediation::tr("FROM %1 is not pinned by digest and its digest is not known here: "
                                    "docker pull %1, then use the digest from docker inspect --format "
                                    "'{{index .RepoDigests 0}}'.")
                        .arg(image));
            }
        } else if (const QRegularExpressionMatch am = add.match(lines.at(i)); am.hasMatch()) {
            const QString args = am.captured(3);
            const QString first = args.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).value(0);
            if (args.contains(QLatin1String("://"))) {
                plan.warnings.append(
                    Remediation::tr("Line %1 downloads with ADD from a URL: fetch it with curl and check "
                                    "its SHA-256 in a RUN step (or use ADD --checksum).")
                        .arg(i + 1));
            } else if (archive.match(first).hasMatch()) {
                plan.notes.append(Remediation::tr("Line %1 keeps ADD: it unpacks the archive %2, which COPY would not.")
                                      .arg(i + 1)
                                      .arg(first));
            } else {
                lines[i] = am.captured(1) + QStringLiteral("COPY") + am.captured(2) + args;
            }
        }
    }
    // The final stage must not run as root.
    bool hasUser = false;
    int insertAt = int(lines.size());
    for (int i = qMax(0, lastFrom); i < lines.size(); ++i) {
        if (const QRegularExpressionMatch m = user.match(lines.at(i)); m.hasMatch()) {
            const QString who = m.captured(1).section(QLatin1Char(':'), 0, 0);
            hasUser = who != QLatin1String("root") && who != QLatin1String("0");
        }
        if (run.match(lines.at(i)).hasMatch() && insertAt == lines.size()) {
            insertAt = i;
        }
    }
    if (!hasUser && lastFrom >= 0) {
        lines.insert(insertAt, QStringLiteral("USER 65534:65534"));
        plan.notes.append(Remediation::tr("USER 65534:65534 (nobody) was added to the final stage; use the image's own "
                                          "unprivileged user if it has one."));
    }
    change.after = lines.join(QLatin1Char('\n')).toUtf8();
    if (change.after != change.before) {
        plan.changes.append(change);
    }
    return plan;
}

} // namespace escut
