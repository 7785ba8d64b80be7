// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remediation/Remediation.h"

#include "core/checks/Catalogue.h"
#include "core/facts/HostProbe.h"
#include "core/privileged/PlanPolicy.h"
#include "core/privileged/SafeFs.h"

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
    const Result<Transaction> tx = Journal::load(transactionId);
    if (tx && tx.value().container && tx.value().state != QLatin1String("rolled-back")) {
        if (const VoidResult restored = restoreContainer(tx.value()); !restored) {
            return restored.error();
        }
        if (const VoidResult marked = Journal::markRolledBack(tx.value().id); !marked) {
            return marked.error();
        }
        return Journal::load(transactionId);
    }
    return Journal::rollback(transactionId, force);
}

const QList<FixInfo>& Remediation::fixes()
{
    static const QList<FixInfo> s_fixes = [] {
        QList<FixInfo> out;
        for (const FixOperation* op : FixOperation::all()) {
            out.append({op->id(), op->title(), op->checkIds()});
        }
        return out;
    }();
    return s_fixes;
}

const FixInfo* Remediation::findFix(const QString& id)
{
    for (const FixInfo& f : fixes()) {
        if (id == QLatin1String(f.id)) {
            return &f;
        }
    }
    return nullptr;
}

Result<Plan> Remediation::plan(const QString& fixId, const FixContext& context)
{
    const FixOperation* op = FixOperation::find(fixId);
    if (!op) {
        QStringList ids;
        for (const FixOperation* f : FixOperation::all()) {
            ids.append(QString::fromLatin1(f->id()));
        }
        return makeError(Error::Code::InvalidArgument,
                         tr("Unknown fix '%1'; the fixes are: %2.").arg(fixId, ids.join(QStringLiteral(", "))));
    }
    // Every path stays under the root: absolute, with no "." or ".." component (validate() checks the inputs').
    for (const QString& path : {context.root, context.homeDir}) {
        if (!path.isEmpty() && path != QLatin1String("/")) {
            if (const Result<QStringList> parts = safefs::components(path); !parts) {
                return parts.error();
            }
        }
    }
    const Result<FixInputs> inputs = op->validate(context.inputs);
    if (!inputs) {
        return inputs.error();
    }
    FixContext checked = context;
    checked.inputs = inputs.value();
    Result<Plan> planned = op->plan(checked);
    if (!planned) {
        return planned;
    }
    Plan plan = std::move(planned).value();
    plan.root = context.root.isEmpty() ? QStringLiteral("/") : context.root;
    plan.socketPath = context.socketPath;
    return plan;
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
    if (const QString shellFile = context.inputs.value(QStringLiteral("shell-file")); !shellFile.isEmpty()) {
        hostOptions.extraShellFiles.append(shellFile);
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
