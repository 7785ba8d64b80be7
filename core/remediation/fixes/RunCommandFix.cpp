// SPDX-License-Identifier: GPL-3.0-or-later
// fix.run-command: the hardened docker run command and Compose service of a container, computed from its inspect
// data; applying recreates it as a journal transaction that rollback undoes.
#include "core/remediation/Remediation.h"
#include "core/remediation/RunCommand.h"
#include "core/remediation/fixes/FixOperation.h"

namespace escut
{

namespace
{

class RunCommandFix final : public FixOperation
{
public:
    const char* id() const override
    {
        return "fix.run-command";
    }
    const char* title() const override
    {
        return QT_TRANSLATE_NOOP("Remediation",
                                 "Show the hardened docker run command and Compose service of a container");
    }
    QStringList checkIds() const override
    {
        return {QStringLiteral("container.user-nonroot"),
                QStringLiteral("container.capabilities"),
                QStringLiteral("container.no-new-privileges"),
                QStringLiteral("container.read-only"),
                QStringLiteral("container.memory"),
                QStringLiteral("container.cpus"),
                QStringLiteral("container.pids"),
                QStringLiteral("container.docker-socket"),
                QStringLiteral("container.namespaces"),
                QStringLiteral("container.ports-bind"),
                QStringLiteral("container.restart-policy")};
    }
    const QList<FixInput>& inputs() const override
    {
        static const QList<FixInput> s_inputs{
            {.key = "container",
             .kind = FixInput::Kind::Container,
             .option = "container",
             .valueName = QT_TRANSLATE_NOOP("FixInput", "NAME"),
             .label = QT_TRANSLATE_NOOP("FixInput", "Container:"),
             .help = QT_TRANSLATE_NOOP("FixInput", "The container (name or id)."),
             .required = true},
            // The command line's apply always recreates; the wizard asks.
            {.key = "recreate",
             .kind = FixInput::Kind::Flag,
             .option = "",
             .valueName = "",
             .label = QT_TRANSLATE_NOOP("FixInput", "Recreate the container hardened (the old one is kept, stopped)"),
             .help = QT_TRANSLATE_NOOP("FixInput",
                                       "Applying replaces the container by its hardened twin; rolling back brings the "
                                       "old one back.")},
            {.key = "stop-timeout",
             .kind = FixInput::Kind::Number,
             .option = "stop-timeout",
             .valueName = QT_TRANSLATE_NOOP("FixInput", "SECONDS"),
             .label = QT_TRANSLATE_NOOP("FixInput", "Grace period to stop it (s):"),
             .help = QT_TRANSLATE_NOOP("FixInput", "Seconds the old container gets to stop (default 10)."),
             .defaultValue = "10",
             .onlyWith = "recreate",
             .minimum = 0,
             .maximum = 600},
        };
        return s_inputs;
    }
    bool writesFiles() const override
    {
        return false;
    }
    Result<Plan> plan(const FixContext& context) const override;
};

Result<Plan> RunCommandFix::plan(const FixContext& context) const
{
    const Result<QJsonObject> inspect =
        Remediation::inspectContainer(context.socketPath, context.inputs.value(QStringLiteral("container")));
    if (!inspect) {
        return inspect.error();
    }
    Plan plan;
    plan.fixId = QString::fromLatin1(id());
    plan.checkIds = checkIds();
    plan.idempotent = false;
    plan.container = inspect.value();
    // The container as it was previewed: recreating refuses when it changed since.
    plan.addInput(PlanInput::Kind::Container,
                  plan.container.value(QStringLiteral("Id")).toString(),
                  Remediation::containerDefinition(plan.container));
    const HardenedRun run = RunCommand::harden(plan.container);
    plan.commands.append(run.dockerRun);
    plan.notes.append(Remediation::tr("The same as a Compose service:\n%1").arg(QString::fromUtf8(run.composeService)));
    plan.notes.append(run.notes);
    plan.warnings.append(run.warnings);
    plan.notes.append(Remediation::tr("Applying recreates the container: docker stop (%n second(s) of grace), "
                                      "rename it aside, run the hardened twin under its name; the old one comes back "
                                      "if the new one does not stay up, and rolling back brings it back later.",
                                      nullptr,
                                      context.inputs.number(QStringLiteral("stop-timeout"), 10)));
    return plan;
}

} // namespace

const FixOperation& runCommandFix()
{
    static const RunCommandFix s_fix;
    return s_fix;
}

} // namespace escut
