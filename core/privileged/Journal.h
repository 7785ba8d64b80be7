// SPDX-License-Identifier: GPL-3.0-or-later
// Applying a plan and rolling it back, as transactions in a journal, through the safe file layer only. This is the
// code escut-fix-helper runs as root, and escut-cli runs under sudo or for the user's own files: one path.
#pragma once

#include "core/privileged/Plan.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace escut
{

// One applied plan, as recorded in the journal.
struct Transaction
{
    QString id;
    QDateTime time;
    QString root;
    QStringList fixIds;
    QString state;  // "applying", "applied", "rolled-back", "failed"
    QString digest; // the plan's digest (what was previewed)
    uint invokerUid = 0;
    int hashVersion = 2; // 1: afterHash covers content only (journals of earlier versions)
    struct File
    {
        QString path;
        int kind = 0;
        bool existed = false;
        QString backup; // file name inside the transaction directory
        uint mode = 0;
        uint uid = 0;
        uint gid = 0;
        QByteArray afterHash;
        QString blockBegin;
        QString blockEnd;
    };
    QList<File> files;
    // fix.run-command: a container recreated hardened; its old twin is kept aside (no file is touched).
    struct Container
    {
        QString socketPath;
        QString name;
        QString aside;
        QString oldId;
        QString newId;
        bool wasRunning = false;
    };
    std::optional<Container> container;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Transaction fromJson(const QJsonObject& json);
    // A journal entry's manifest.json (manifest is its path, for errors), and the transaction id it must carry.
    [[nodiscard]] static Result<Transaction>
    fromManifest(const QByteArray& data, const QString& manifest, const QString& transactionId);
};

struct ApplyOptions
{
    int failAtStep = -1; // test seam: simulate a write failure at this change index
    uint invokerUid = 0; // who asked (pkexec's PKEXEC_UID, sudo's SUDO_UID, else the real uid)
};

class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Remediation)

public:
    // $ESCUT_STATE_DIR/journal, else the application data directory (root's own when run as root).
    [[nodiscard]] static QString directory();

    // Applies every change or none, exactly as planned. Refuses, touching nothing, when an input or a file the plan
    // changes is not what it was at the preview, when another apply holds a target, or when a path crosses a
    // symlink or names something other than a regular file. A failure restores what was already written.
    [[nodiscard]] static Result<Transaction> apply(const Plan& plan, const ApplyOptions& options = {});

    // Restores the files of a transaction byte for byte (mode and owner too). Refuses, touching nothing, when a
    // file changed after the apply, unless force; even with force it never follows a link or writes anything but a
    // regular file. A shell block is removed alone when the rest of the file changed.
    [[nodiscard]] static Result<Transaction> rollback(const QString& transactionId, bool force = false);

    // Records a transaction that touched no file (a recreated container), as applied, under a new id.
    [[nodiscard]] static Result<Transaction> record(Transaction tx);
    // Marks a recorded transaction rolled back (after its caller undid it).
    [[nodiscard]] static VoidResult markRolledBack(const QString& transactionId);

    [[nodiscard]] static Result<Transaction> load(const QString& transactionId);
    [[nodiscard]] static Result<QList<Transaction>> list();

    // Verifies the plan's inputs against the host now (files through the safe layer, the daemon's argv through the
    // socket's peer). Container inputs are the caller's to check.
    [[nodiscard]] static VoidResult checkInputs(const Plan& plan);
};

// Removes the lines from begin to end (inclusive), and the empty line written before them.
QByteArray withoutShellBlock(const QByteArray& content, const QString& begin, const QString& end);

} // namespace escut
