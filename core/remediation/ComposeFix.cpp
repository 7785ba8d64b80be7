// SPDX-License-Identifier: GPL-3.0-or-later
// fix.compose-harden as a plan: the hardened Compose file (full, or an override next to the original) and the
// secret files moved out of it, validated by the Compose CLI before anything is written.
#include "core/remediation/Remediation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace escut
{

QString composeOverridePath(const QString& file)
{
    const QFileInfo info(file);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".escut.yml");
}

QString composeFullOutputPath(const FixContext& context)
{
    if (!context.composeOutput.isEmpty()) {
        return QFileInfo(context.composeOutput).absoluteFilePath();
    }
    const QFileInfo info(context.composeFile);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".hardened.yml");
}

Result<Plan> planComposeHarden(const FixContext& context)
{
    Plan plan;
    plan.fixId = QStringLiteral("fix.compose-harden");
    plan.checkIds = Remediation::findFix(plan.fixId)->checkIds;
    plan.idempotent = false; // a generator: planning again regenerates the same output
    if (context.composeFile.isEmpty() || !QDir::isAbsolutePath(context.composeFile)) {
        return makeError(Error::Code::InvalidArgument,
                         Remediation::tr("fix.compose-harden needs the Compose file as an absolute path (--compose "
                                         "FILE)."));
    }
    const QString file = QDir::cleanPath(context.composeFile);
    QFile input(context.hostPath(file));
    if (!input.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::IoError, Remediation::tr("Cannot read %1: %2.").arg(file, input.errorString()));
    }
    const QByteArray original = input.readAll();
    const ComposeHardenOptions& options = context.compose;
    Result<ComposeHardenResult> hardened = ComposeHardener::harden(original, options);
    if (!hardened) {
        return hardened.error();
    }
    const QString outPath = options.override ? composeOverridePath(file) : composeFullOutputPath(context);
    if (outPath == file) {
        return makeError(Error::Code::InvalidArgument,
                         Remediation::tr("Refusing to overwrite the original %1: choose another output file or use "
                                         "an override file.")
                             .arg(file));
    }
    plan.warnings = hardened.value().warnings;
    plan.notes = hardened.value().notes;

    // Validate with the Compose CLI from the file's own directory (relative build contexts and env files).
    const QString hostFile = context.hostPath(file);
    QTemporaryFile candidate(QFileInfo(hostFile).absolutePath() + QStringLiteral("/.escut-XXXXXX.yml"));
    if (!candidate.open() || candidate.write(hardened.value().text) != hardened.value().text.size()) {
        return makeError(Error::Code::IoError,
                         Remediation::tr("Cannot write a temporary file next to %1 to validate the result.").arg(file));
    }
    candidate.flush();
    const Result<QString> verdict = ComposeHardener::validate(
        options.override ? QStringList{hostFile, candidate.fileName()} : QStringList{candidate.fileName()});
    if (!verdict) {
        plan.warnings.append(verdict.error().message);
    } else if (!verdict.value().isEmpty()) {
        return makeError(
            Error::Code::ToolFailed,
            Remediation::tr("The Compose CLI rejects the hardened file, nothing was written: %1").arg(verdict.value()));
    } else {
        plan.notes.append(Remediation::tr("The Compose CLI validates the result."));
    }

    Result<FileChange> output = currentFile(outPath, context.hostPath(outPath));
    if (!output) {
        return output.error();
    }
    output.value().after = hardened.value().text;
    if (!output.value().beforeExists) {
        output.value().targetMode = 0644;
    }
    plan.changes.append(output.value());
    for (const ComposeSecretFile& secret : hardened.value().secretFiles) {
        const QString path = QDir::cleanPath(QFileInfo(file).absolutePath() + QLatin1Char('/') + secret.relativePath);
        Result<FileChange> secretChange = currentFile(path, context.hostPath(path));
        if (!secretChange) {
            return secretChange.error();
        }
        secretChange.value().after = secret.value;
        secretChange.value().targetMode = 0600;
        secretChange.value().secret = true;
        plan.changes.append(secretChange.value());
    }
    plan.verifyComposeFiles = options.override ? QStringList{file, outPath} : QStringList{outPath};
    if (options.override) {
        plan.notes.append(Remediation::tr("%1 stays untouched; start the project with: docker-compose -f %1 -f %2 up")
                              .arg(QFileInfo(file).fileName(), QFileInfo(outPath).fileName()));
    } else {
        plan.notes.append(
            Remediation::tr("The hardened file is %1; comments of the original are not carried over.").arg(outPath));
    }
    return plan;
}

} // namespace escut
