// SPDX-License-Identifier: GPL-3.0-or-later
// What the fixes ask the daemon: a container's inspect data, its recreation as a journal transaction (and back), the
// local image digests fix.dockerfile pins FROM lines with; and where escut-fix-helper is.
#include "core/docker/DockerClient.h"
#include "core/docker/Endpoint.h"
#include "core/remediation/Remediation.h"
#include "core/remediation/RunCommand.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <unistd.h>

namespace escut
{

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

Result<QJsonObject> Remediation::inspectContainer(const QString& socketPath, const QString& nameOrId)
{
    std::unique_ptr<DockerClient> holder;
    const Result<DockerClient*> client = connect(holder, socketPath);
    if (!client) {
        return client.error();
    }
    const Result<QJsonDocument> inspect = client.value()->getJson(
        QStringLiteral("/containers/%1/json").arg(QString::fromUtf8(QUrl::toPercentEncoding(nameOrId))));
    if (!inspect) {
        return inspect.error();
    }
    return inspect.value().object();
}

QByteArray Remediation::containerDefinition(const QJsonObject& inspect)
{
    QJsonObject o;
    for (const char* key : {"Id", "Name", "Image", "Config", "HostConfig", "Mounts"}) {
        o.insert(QLatin1String(key), inspect.value(QLatin1String(key)));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Transaction> Remediation::recreateContainer(const Plan& plan, const FixContext& context)
{
    if (plan.container.isEmpty()) {
        return makeError(Error::Code::InvalidArgument, tr("This plan has no container to recreate."));
    }
    const QString id = plan.container.value(QStringLiteral("Id")).toString();
    const Result<QJsonObject> now = inspectContainer(context.socketPath, id);
    for (const PlanInput& input : plan.inputs) {
        if (input.kind == PlanInput::Kind::Container &&
            (!now || QCryptographicHash::hash(containerDefinition(now.value()), QCryptographicHash::Sha256).toHex() !=
                         input.hash)) {
            return makeError(Error::Code::Generic,
                             tr("%1 changed after the preview: nothing was applied. Preview the fix again.")
                                 .arg(plan.container.value(QStringLiteral("Name")).toString()));
        }
    }
    RecreateOptions options;
    options.stopTimeout = context.inputs.number(QStringLiteral("stop-timeout"), 10);
    options.socketPath = context.socketPath;
    const Result<RecreatedContainer> done =
        RunCommand::recreate(plan.container, RunCommand::harden(plan.container), options);
    if (!done) {
        return done.error();
    }
    // A transaction like every fix: rollback brings the old container back under its name.
    Transaction tx;
    tx.root = QStringLiteral("/");
    tx.fixIds = QStringList{plan.fixId};
    tx.digest = plan.digest();
    tx.invokerUid = ::getuid();
    tx.container = Transaction::Container{context.socketPath,
                                          done.value().name,
                                          done.value().aside,
                                          done.value().oldId,
                                          done.value().newId,
                                          done.value().wasRunning};
    Result<Transaction> recorded = Journal::record(tx);
    if (!recorded) {
        return makeError(
            Error::Code::IoError,
            tr("%1 The journal could not record it (%2): to go back by hand: docker rm -f %3 && docker "
               "rename %4 %3 && docker start %3")
                .arg(done.value().message, recorded.error().message, done.value().name, done.value().aside));
    }
    return recorded;
}

VoidResult Remediation::restoreContainer(const Transaction& tx)
{
    if (!tx.container) {
        return makeError(Error::Code::InvalidArgument, tr("Transaction %1 recreated no container.").arg(tx.id));
    }
    const Transaction::Container& c = *tx.container;
    RecreatedContainer swap;
    swap.name = c.name;
    swap.aside = c.aside;
    swap.oldId = c.oldId;
    swap.newId = c.newId;
    swap.wasRunning = c.wasRunning;
    return RunCommand::restore(swap, c.socketPath);
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
