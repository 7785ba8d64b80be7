// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"
#include "core/privileged/Journal.h"
#include "core/privileged/Plan.h"
#include "core/remediation/ComposeHardener.h"
#include "core/remediation/fixes/FixOperation.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace escut
{

// Where the fixes look (a lab or a test passes a directory that stands for "/") and what the user chose for them.
// Everything a particular fix needs is one of its declared inputs (fixes/FixOperation.h), never a field here.
struct FixContext
{
    QString root = QStringLiteral("/");
    QString socketPath = QStringLiteral("/var/run/docker.sock"); // the daemon whose files are fixed (--host unix://…)
    QString homeDir;                     // the invoking user's home (fix.content-trust-env's default start file)
    QMap<QString, QString> imageDigests; // image reference → sha256 digest known locally (fix.dockerfile pins FROM)
    FixInputs inputs;                    // by input key, as declared by the fix

    [[nodiscard]] QString hostPath(const QString& path) const;
};

struct FixInfo
{
    const char* id;
    const char* title; // QT_TRANSLATE_NOOP("Remediation", ...)
    QStringList checkIds;
};

// Reversible remediation: plan → preview → apply (backup, atomic write, journal) → verify → rollback.
class Remediation
{
    Q_DECLARE_TR_FUNCTIONS(Remediation)

public:
    static const QList<FixInfo>& fixes();
    static const FixInfo* findFix(const QString& id);

    // Pure with respect to the host: reads files, writes nothing.
    [[nodiscard]] static Result<Plan> plan(const QString& fixId, const FixContext& context);

    // The journal lives in $ESCUT_STATE_DIR/journal, else the application data directory (Journal::directory).
    [[nodiscard]] static QString journalDir();

    // Applies exactly this plan through the journal (Journal::apply): every change or none, under the context's
    // root; refuses when an input or a target changed since the plan was made.
    [[nodiscard]] static Result<Transaction>
    apply(const Plan& plan, const FixContext& context, const ApplyOptions& options = {});

    // Restores the files of a transaction byte for byte (Journal::rollback).
    [[nodiscard]] static Result<Transaction> rollback(const QString& transactionId, bool force = false);

    [[nodiscard]] static Result<QList<Transaction>> journal();

    // The plan's targeted checks, re-evaluated on the host's files as they are now (the running daemon picks up
    // daemon.json changes only after a reload or restart). Checks that need other facts are left out.
    [[nodiscard]] static QList<Finding> verify(const Plan& plan, const FixContext& context);

    // fix.run-command: replaces the plan's container by its hardened twin (RunCommand::recreate) on the context's
    // daemon, giving the old one the stop-timeout input's seconds to stop. Blocking: CLI or worker thread only.
    // The transaction is in the journal (Transaction::container); rollback() brings the old container back.
    [[nodiscard]] static Result<Transaction> recreateContainer(const Plan& plan, const FixContext& context);
    // Undoes a recreation recorded by recreateContainer (rollback() calls it). Blocking.
    [[nodiscard]] static VoidResult restoreContainer(const Transaction& tx);

    // A container's inspect data from the daemon at socketPath; what of it a recreation is made from (hashed into
    // the plan, so that the apply refuses when the container changed after the preview). Blocking.
    [[nodiscard]] static Result<QJsonObject> inspectContainer(const QString& socketPath, const QString& nameOrId);
    [[nodiscard]] static QByteArray containerDefinition(const QJsonObject& inspect);

    // Image reference → digest of the images the daemon at socketPath already has (no registry is asked), for
    // fix.dockerfile. Empty when the daemon cannot be reached. Blocking.
    [[nodiscard]] static QMap<QString, QString> localImageDigests(const QString& socketPath);

    // escut-fix-helper: beside the running program (a build tree), else where the package installs it.
    [[nodiscard]] static QString helperPath();
    // The helper's command line (after pkexec) that applies exactly the plan saved at planFile (Plan::toFile), and
    // refuses anything else: the digest is on the command line, which the authentication prompt shows.
    [[nodiscard]] static QStringList
    helperArguments(const QString& helperPath, const QString& planFile, const Plan& plan);
};

} // namespace escut
