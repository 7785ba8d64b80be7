// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remediation/Remediation.h"

#include "core/checks/Catalogue.h"
#include "core/facts/HostProbe.h"
#include "core/privileged/PlanPolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace escut
{

QString FixContext::hostPath(const QString& path) const
{
    if (root.isEmpty() || root == QLatin1String("/")) {
        return path;
    }
    return QDir::cleanPath(root + QLatin1Char('/') + path);
}

QString Remediation::journalDir()
{
    return Journal::directory();
}

Result<Transaction> Remediation::apply(const Plan& plan, const FixContext& context, const ApplyOptions& options)
{
    if (plan.changes.isEmpty()) {
        return makeError(Error::Code::InvalidArgument, tr("Nothing to do: %1 is already applied.").arg(plan.fixId));
    }
    Plan rooted = plan;
    rooted.root = context.root.isEmpty() ? QStringLiteral("/") : context.root;
    ApplyOptions o = options;
    if (o.invokerUid == 0) {
        o.invokerUid = Invoker::current().uid;
    }
    return Journal::apply(rooted, o);
}

Result<Transaction> Remediation::rollback(const QString& transactionId, bool force)
{
    return Journal::rollback(transactionId, force);
}

Result<QList<Transaction>> Remediation::journal()
{
    return Journal::list();
}

QList<Finding> Remediation::verify(const Plan& plan, const FixContext& context)
{
    Snapshot snapshot;
    snapshot.endpoint.socketPath = context.socketPath;
    snapshot.endpoint.url = QStringLiteral("unix://") + context.socketPath;
    HostProbe(context.root).collect(snapshot);
    // Host checks of the fixes (host.content-trust-env) read the shell start files the fix wrote.
    HostCollectOptions hostOptions;
    hostOptions.root = context.root;
    hostOptions.homeDir = context.homeDir;
    if (!context.shellFile.isEmpty()) {
        hostOptions.extraShellFiles.append(context.shellFile);
    }
    snapshot.host.collected = true;
    snapshot.host.contentTrust = HostFactsCollector(hostOptions).contentTrust();
    QList<Finding> out;
    // fix.compose-harden: the compose.* checks on the hardened project (an override pair as the Compose CLI merges
    // it), one finding per service.
    if (!plan.verifyComposeFiles.isEmpty()) {
        ComposeFileFact fact;
        fact.path = plan.verifyComposeFiles.last();
        if (plan.verifyComposeFiles.size() == 1) {
            QFile file(context.hostPath(fact.path));
            if (file.open(QIODevice::ReadOnly)) {
                fact.text = file.readAll();
            } else {
                fact.error = file.errorString();
            }
        } else {
            QStringList files;
            for (const QString& f : plan.verifyComposeFiles) {
                files.append(context.hostPath(f));
            }
            const Result<QByteArray> merged = ComposeHardener::mergedConfig(files);
            fact.text = merged ? merged.value() : QByteArray();
            fact.error = merged ? QString() : merged.error().message;
        }
        snapshot.composeFiles.append(fact);
    }
    const QList<Subject> compose = subjectsFor(snapshot, Scope::Compose);
    for (const QString& id : plan.checkIds) {
        const CheckDef* def = findCheck(id);
        if (def && def->scope == Scope::Compose) {
            for (const Subject& subject : compose) {
                out.append(evaluateCheck(*def, snapshot, subject));
            }
        }
        if (!def || (def->scope != Scope::Daemon && def->scope != Scope::Host)) {
            continue;
        }
        out.append(evaluateCheck(*def, snapshot, subjectsFor(snapshot, def->scope).first()));
    }
    return out;
}

} // namespace escut
