// SPDX-License-Identifier: GPL-3.0-or-later
// fix.compose-harden as a plan: the hardened Compose file (full, or an override next to the original) and the
// secret files moved out of it, validated by the Compose CLI before anything is written.
#include "core/remediation/Remediation.h"
#include "core/remediation/fixes/FixOperation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace escut
{

namespace
{

QString composeOverridePath(const QString& file)
{
    const QFileInfo info(file);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".escut.yml");
}

QString composeFullOutputPath(const QString& composeFile, const QString& output)
{
    if (!output.isEmpty()) {
        return QFileInfo(output).absoluteFilePath();
    }
    const QFileInfo info(composeFile);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".hardened.yml");
}

// The user's choices as the hardener takes them.
ComposeHardenOptions hardenOptions(const FixInputs& inputs)
{
    ComposeHardenOptions options;
    options.override = inputs.flag(QStringLiteral("override"));
    options.bindLoopback = inputs.flag(QStringLiteral("bind-loopback"));
    options.moveSecrets = inputs.flag(QStringLiteral("move-secrets"));
    options.runsc = inputs.flag(QStringLiteral("runsc"));
    for (const QString& value : inputs.values(QStringLiteral("cap-add"))) {
        QStringList caps;
        for (const QString& cap : value.section(QLatin1Char('='), 1)
                                      .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
            caps.append(cap.trimmed().toUpper());
        }
        options.capAdd.insert(value.section(QLatin1Char('='), 0, 0).trimmed(), caps);
    }
    return options;
}

class ComposeHardenFix final : public FixOperation
{
public:
    const char* id() const override
    {
        return "fix.compose-harden";
    }
    const char* title() const override
    {
        return QT_TRANSLATE_NOOP("Remediation",
                                 "Regenerate a Compose file hardened, or write an override file next to it");
    }
    QStringList checkIds() const override
    {
        return {QStringLiteral("compose.privileged"),
                QStringLiteral("compose.cap-drop"),
                QStringLiteral("compose.no-new-privileges"),
                QStringLiteral("compose.read-only"),
                QStringLiteral("compose.resources"),
                QStringLiteral("compose.ports-loopback"),
                QStringLiteral("compose.secrets")};
    }
    const QList<FixInput>& inputs() const override
    {
        static const QList<FixInput> s_inputs{
            {.key = "compose",
             .kind = FixInput::Kind::File,
             .option = "compose",
             .valueName = QT_TRANSLATE_NOOP("FixInput", "FILE"),
             .label = QT_TRANSLATE_NOOP("FixInput", "Compose file:"),
             .help = QT_TRANSLATE_NOOP("FixInput", "The Compose file to harden."),
             .required = true},
            {.key = "override",
             .kind = FixInput::Kind::Flag,
             .option = "override",
             .valueName = "",
             .label = QT_TRANSLATE_NOOP("FixInput", "Write an override file next to it (the original stays untouched)"),
             .help = QT_TRANSLATE_NOOP("FixInput",
                                       "Write only the additions to FILE.escut.yml next to FILE; FILE stays "
                                       "untouched."),
             .wizardDefault = "1"},
            {.key = "output",
             .kind = FixInput::Kind::File,
             .option = "output",
             .valueName = QT_TRANSLATE_NOOP("FixInput", "FILE"),
             .label = QT_TRANSLATE_NOOP("FixInput", "New file:"),
             .help =
                 QT_TRANSLATE_NOOP("FixInput", "The new full file (default FILE.hardened.yml next to the original)."),
             .notWith = "override"},
            {.key = "bind-loopback",
             .kind = FixInput::Kind::Flag,
             .option = "bind-loopback",
             .valueName = "",
             .label = QT_TRANSLATE_NOOP("FixInput", "Publish ports on 127.0.0.1 only (full file)"),
             .help = QT_TRANSLATE_NOOP("FixInput", "Publish the ports on 127.0.0.1 only (full file)."),
             .notWith = "override"},
            {.key = "move-secrets",
             .kind = FixInput::Kind::Flag,
             .option = "move-secrets",
             .valueName = "",
             .label = QT_TRANSLATE_NOOP("FixInput", "Move secret-looking variables to Docker secrets (full file)"),
             .help = QT_TRANSLATE_NOOP("FixInput",
                                       "Full file: move secret-looking variables to Docker secrets (NAME_FILE)."),
             .notWith = "override"},
            {.key = "runsc",
             .kind = FixInput::Kind::Flag,
             .option = "runsc",
             .valueName = "",
             .label = QT_TRANSLATE_NOOP("FixInput", "Run the services under gVisor (runtime: runsc)"),
             .help = QT_TRANSLATE_NOOP("FixInput", "Run the services under gVisor (runtime: runsc).")},
            {.key = "cap-add",
             .kind = FixInput::Kind::ServiceCapabilities,
             .option = "cap-add",
             .valueName = QT_TRANSLATE_NOOP("FixInput", "SERVICE=CAP,…"),
             .label = QT_TRANSLATE_NOOP("FixInput", "Capabilities to add back after cap_drop ALL"),
             .help = QT_TRANSLATE_NOOP("FixInput",
                                       "Capabilities SERVICE gets back after cap_drop ALL, instead of the documented "
                                       "table (repeatable; SERVICE= for none)."),
             .source = "compose"},
        };
        return s_inputs;
    }
    Result<Plan> plan(const FixContext& context) const override;
};

Result<Plan> ComposeHardenFix::plan(const FixContext& context) const
{
    Plan plan;
    plan.fixId = QString::fromLatin1(id());
    plan.checkIds = checkIds();
    plan.idempotent = false; // a generator: planning again regenerates the same output
    const QString file = QDir::cleanPath(context.inputs.value(QStringLiteral("compose")));
    // The input, as previewed: the apply refuses if it changed; the output stays beside it.
    plan.addFileInput(file, context.hostPath(file));
    plan.scopeDir = QFileInfo(file).path();
    QFile input(context.hostPath(file));
    if (!input.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::IoError, Remediation::tr("Cannot read %1: %2.").arg(file, input.errorString()));
    }
    const QByteArray original = input.readAll();
    const ComposeHardenOptions options = hardenOptions(context.inputs);
    Result<ComposeHardenResult> hardened = ComposeHardener::harden(original, options);
    if (!hardened) {
        return hardened.error();
    }
    const QString outPath = options.override
                                ? composeOverridePath(file)
                                : composeFullOutputPath(file, context.inputs.value(QStringLiteral("output")));
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

} // namespace

const FixOperation& composeHardenFix()
{
    static const ComposeHardenFix s_fix;
    return s_fix;
}

} // namespace escut
