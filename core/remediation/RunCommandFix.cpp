// SPDX-License-Identifier: GPL-3.0-or-later
// The fixes that need the daemon: fix.run-command as a plan (commands, optional recreation) and the local image
// digests fix.dockerfile pins FROM lines with.
#include "core/docker/DockerClient.h"
#include "core/docker/Endpoint.h"
#include "core/remediation/Remediation.h"
#include "core/remediation/RunCommand.h"

#include <QDir>
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

QStringList Remediation::privilegedApplyArguments(const QString& cliPath, const Plan& plan, const FixContext& context)
{
    QStringList args{cliPath,
                     QStringLiteral("fix"),
                     QStringLiteral("apply"),
                     plan.fixId,
                     QStringLiteral("--yes"),
                     QStringLiteral("--lang"),
                     QStringLiteral("en"),
                     QStringLiteral("--root"),
                     context.root,
                     QStringLiteral("--host"),
                     QStringLiteral("unix://") + context.socketPath,
                     QStringLiteral("--expect-state"),
                     plan.stateDigest()};
    const auto add = [&args](const char* option, const QString& value) {
        args << QString::fromLatin1(option) << value;
    };
    // Under pkexec HOME is root's: the user's shell start file is passed explicitly.
    if (plan.fixId == QLatin1String("fix.content-trust-env")) {
        const QString home = context.homeDir.isEmpty() ? QDir::homePath() : context.homeDir;
        add("--shell-file", context.shellFile.isEmpty() ? home + QStringLiteral("/.bashrc") : context.shellFile);
    } else if (plan.fixId == QLatin1String("fix.daemon-json") && context.withUsernsRemap) {
        args << QStringLiteral("--with-userns-remap");
    } else if (plan.fixId == QLatin1String("fix.token-gate")) {
        add("--dir", context.projectDir);
        add("--secret-name", context.secretName);
        add("--service", context.service);
    } else if (plan.fixId == QLatin1String("fix.dockerfile")) {
        add("--dockerfile", context.dockerfile);
    } else if (plan.fixId == QLatin1String("fix.compose-harden")) {
        add("--compose", context.composeFile);
        if (context.compose.override) {
            args << QStringLiteral("--override");
        } else {
            add("--output", composeFullOutputPath(context));
        }
        if (context.compose.bindLoopback) {
            args << QStringLiteral("--bind-loopback");
        }
        if (context.compose.moveSecrets) {
            args << QStringLiteral("--move-secrets");
        }
        if (context.compose.runsc) {
            args << QStringLiteral("--runsc");
        }
        for (auto it = context.compose.capAdd.cbegin(); it != context.compose.capAdd.cend(); ++it) {
            add("--cap-add", it.key() + QLatin1Char('=') + it.value().join(QLatin1Char(',')));
        }
    } else if (plan.fixId == QLatin1String("fix.run-command")) {
        add("--container", context.container);
        add("--stop-timeout", QString::number(context.stopTimeout));
    }
    return args;
}

} // namespace escut
