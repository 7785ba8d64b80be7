// SPDX-License-Identifier: GPL-3.0-or-later
// The fixes that need the daemon: fix.run-command as a plan (commands, optional recreation) and the local image
// digests fix.dockerfile pins FROM lines with.
#include "core/docker/DockerClient.h"
#include "core/docker/Endpoint.h"
#include "core/remediation/Remediation.h"
#include "core/remediation/RunCommand.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QUrl>

namespace escut
{

QString composeFullOutputPath(const FixContext& context); // ComposeFix.cpp

namespace
{

Result<DockerClient*> connect(std::unique_ptr<DockerClient>& holder, const QString& socketPath)
{
    const Result<Endpoint> endpoint =
        EndpointResolver::fromHostUrl(QStringLiteral("unix://") + socketPath, ResolverEnvironment::system());
    if (!endpoint) {
        return endpoint.error();
    }
    holder = std::make_unique<DockerClient>(endpoint.value());
    if (const VoidResult negotiated = holder->negotiate(); !negotiated) {
        return negotiated.error();
    }
    return holder.get();
}

// What the hardened twin is made from (its configuration, not its changing state such as health probes).
QByteArray containerDefinition(const QJsonObject& inspect)
{
    QJsonObject o;
    for (const char* key : {"Id", "Name", "Image", "Config", "HostConfig", "Mounts"}) {
        o.insert(QLatin1String(key), inspect.value(QLatin1String(key)));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Result<Plan> planRunCommand(const FixContext& context)
{
    if (context.container.isEmpty()) {
        return makeError(Error::Code::InvalidArgument,
                         Remediation::tr("fix.run-command works on one container: choose it (--container NAME)."));
    }
    std::unique_ptr<DockerClient> holder;
    const Result<DockerClient*> client = connect(holder, context.socketPath);
    if (!client) {
        return client.error();
    }
    const Result<QJsonDocument> inspect = client.value()->getJson(
        QStringLiteral("/containers/%1/json").arg(QString::fromUtf8(QUrl::toPercentEncoding(context.container))));
    if (!inspect) {
        return inspect.error();
    }
    Plan plan;
    plan.fixId = QStringLiteral("fix.run-command");
    plan.checkIds = Remediation::findFix(plan.fixId)->checkIds;
    plan.idempotent = false;
    plan.container = inspect.value().object();
    // The container as it was previewed: recreating refuses when it changed since.
    plan.addInput(PlanInput::Kind::Container,
                  plan.container.value(QStringLiteral("Id")).toString(),
                  containerDefinition(plan.container));
    const HardenedRun run = RunCommand::harden(plan.container);
    plan.commands.append(run.dockerRun);
    plan.notes.append(Remediation::tr("The same as a Compose service:\n%1").arg(QString::fromUtf8(run.composeService)));
    plan.notes.append(run.notes);
    plan.warnings.append(run.warnings);
    plan.notes.append(Remediation::tr("Applying recreates the container: docker stop (%n second(s) of grace), "
                                      "rename it aside, run the hardened twin under its name; the old one comes back "
                                      "if the new one does not stay up.",
                                      nullptr,
                                      context.stopTimeout));
    return plan;
}

Result<QString> Remediation::recreateContainer(const Plan& plan, const FixContext& context)
{
    if (plan.container.isEmpty()) {
        return makeError(Error::Code::InvalidArgument, tr("This plan has no container to recreate."));
    }
    std::unique_ptr<DockerClient> holder;
    const Result<DockerClient*> client = connect(holder, context.socketPath);
    if (!client) {
        return client.error();
    }
    const QString id = plan.container.value(QStringLiteral("Id")).toString();
    const Result<QJsonDocument> now = client.value()->getJson(QStringLiteral("/containers/%1/json").arg(id));
    for (const PlanInput& input : plan.inputs) {
        if (input.kind == PlanInput::Kind::Container &&
            (!now || QCryptographicHash::hash(containerDefinition(now.value().object()), QCryptographicHash::Sha256)
                             .toHex() != input.hash)) {
            return makeError(Error::Code::Generic,
                             tr("%1 changed after the preview: nothing was applied. Preview the fix again.")
                                 .arg(plan.container.value(QStringLiteral("Name")).toString()));
        }
    }
    RecreateOptions options;
    options.stopTimeout = context.stopTimeout;
    options.socketPath = context.socketPath;
    return RunCommand::recreate(plan.container, RunCommand::harden(plan.container), options);
}

QMap<QString, QString> Remediation::localImageDigests(const QString& socketPath)
{
    QMap<QString, QString> digests;
    std::unique_ptr<DockerClient> holder;
    const Result<DockerClient*> client = connect(holder, socketPath);
    if (!client) {
        return digests;
    }
    const Result<QJsonDocument> images = client.value()->getJson(QStringLiteral("/images/json"));
    if (!images) {
        return digests;
    }
    for (const QJsonValue& image : images.value().array()) {
        const QJsonArray repoDigests = image.toObject().value(QStringLiteral("RepoDigests")).toArray();
        if (repoDigests.isEmpty()) {
            continue;
        }
        for (const QJsonValue& tag : image.toObject().value(QStringLiteral("RepoTags")).toArray()) {
            digests.insert(tag.toString(), repoDigests.first().toString().section(QLatin1Char('@'), 1));
        }
    }
    return digests;
}

QString Remediation::helperPath()
{
    // Beside the running program (a build tree, or /usr/bin next to /usr/libexec's helper), else the installed one.
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/escut-fix-helper");
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    return QStringLiteral(ESCUT_HELPER_INSTALLED_PATH);
}

QStringList Remediation::helperArguments(const QString& helperPath, const QString& planFile, const Plan& plan)
{
    return {helperPath,
            QStringLiteral("apply"),
            QStringLiteral("--digest"),
            plan.digest(),
            QStringLiteral("--format"),
            QStringLiteral("json"),
            planFile};
}

} // namespace escut
