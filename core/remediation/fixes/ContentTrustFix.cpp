// SPDX-License-Identifier: GPL-3.0-or-later
// fix.content-trust-env (CIS 4.5): DOCKER_CONTENT_TRUST=1 exported from the user's shell start file, as a marked
// block that rollback removes.
#include "core/privileged/PlanPolicy.h"
#include "core/remediation/Remediation.h"
#include "core/remediation/fixes/FixOperation.h"

#include <QDir>
#include <QRegularExpression>

namespace escut
{

namespace
{

class ContentTrustFix final : public FixOperation
{
public:
    const char* id() const override
    {
        return "fix.content-trust-env";
    }
    const char* title() const override
    {
        return QT_TRANSLATE_NOOP("Remediation", "Export DOCKER_CONTENT_TRUST=1 in the shell start file");
    }
    QStringList checkIds() const override
    {
        return {QStringLiteral("host.content-trust-env")};
    }
    const QList<FixInput>& inputs() const override
    {
        static const QList<FixInput> s_inputs{
            {.key = "shell-file",
             .kind = FixInput::Kind::File,
             .option = "shell-file",
             .valueName = QT_TRANSLATE_NOOP("FixInput", "FILE"),
             .label = QT_TRANSLATE_NOOP("FixInput", "Shell start file:"),
             .help = QT_TRANSLATE_NOOP("FixInput", "The shell start file to edit (default ~/.bashrc).")},
        };
        return s_inputs;
    }
    Result<Plan> plan(const FixContext& context) const override;
};

Result<Plan> ContentTrustFix::plan(const FixContext& context) const
{
    Plan plan;
    plan.fixId = QString::fromLatin1(id());
    plan.checkIds = checkIds();
    const QString home = context.homeDir.isEmpty() ? QDir::homePath() : context.homeDir;
    const QString shellFile = context.inputs.value(QStringLiteral("shell-file"));
    const QString path = shellFile.isEmpty() ? home + QStringLiteral("/.bashrc") : shellFile;
    Result<FileChange> current = currentFile(path, context.hostPath(path));
    if (!current) {
        return current.error();
    }
    std::optional<FileChange> c = current.value();
    static const QRegularExpression exported(QStringLiteral("^\\s*export\\s+DOCKER_CONTENT_TRUST=[\"']?1[\"']?\\s*$"),
                                             QRegularExpression::MultilineOption);
    if (exported.match(QString::fromUtf8(c->before)).hasMatch()) {
        return plan; // already there
    }
    c->kind = FileChange::Kind::ShellBlock;
    c->blockBegin = PlanPolicy::contentTrustBegin();
    c->blockEnd = PlanPolicy::contentTrustEnd();
    QByteArray after = c->before;
    if (!after.isEmpty() && !after.endsWith('\n')) {
        after += '\n';
    }
    after += '\n' + PlanPolicy::contentTrustBlock();
    c->after = after;
    if (!c->beforeExists) {
        c->targetMode = 0644;
    }
    plan.changes.append(*c);
    plan.notes.append(
        Remediation::tr("New shells get DOCKER_CONTENT_TRUST=1; run 'source %1' in the open ones.").arg(path));
    return plan;
}

} // namespace

const FixOperation& contentTrustFix()
{
    static const ContentTrustFix s_fix;
    return s_fix;
}

} // namespace escut
