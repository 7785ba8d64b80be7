// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remediation/Remediation.h"

#include "core/checks/Catalogue.h"
#include "core/facts/HostProbe.h"
#include "core/util/FileWrite.h"

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

namespace
{

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Mode and owner, as root can; a non-root user can only keep its own files' owner.
VoidResult setAttributes(const QString& hostPath, uint mode, uint uid, uint gid)
{
    const QByteArray path = QFile::encodeName(hostPath);
    struct stat st
    {
    };
    if (::stat(path.constData(), &st) == 0 && (st.st_uid != uid || st.st_gid != gid)) {
        if (::chown(path.constData(), uid, gid) != 0) {
            return makeError(Error::Code::PermissionDenied,
                             Remediation::tr("Cannot change the owner of %1 (%2): run the fix as root, for example "
                                             "with sudo or pkexec.")
                                 .arg(hostPath, errnoText()));
        }
    }
    if (::chmod(path.constData(), mode) != 0) {
        return makeError(Error::Code::PermissionDenied,
                         Remediation::tr("Cannot change the mode of %1 (%2).").arg(hostPath, errnoText()));
    }
    return Ok{};
}

// Extended attributes of a file: the SELinux label (security.selinux), POSIX ACLs, user.* attributes.
QList<std::pair<QByteArray, QByteArray>> extendedAttributes(const QByteArray& path)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    const ssize_t size = ::listxattr(path.constData(), nullptr, 0);
    if (size <= 0) {
        return out;
    }
    QByteArray names(size, '\0');
    if (::listxattr(path.constData(), names.data(), size_t(names.size())) != size) {
        return out;
    }
    for (const QByteArray& name : names.split('\0')) {
        if (name.isEmpty()) {
            continue;
        }
        const ssize_t length = ::getxattr(path.constData(), name.constData(), nullptr, 0);
        if (length < 0) {
            continue;
        }
        QByteArray value(length, '\0');
        if (::getxattr(path.constData(), name.constData(), value.data(), size_t(value.size())) == length) {
            out.append({name, value});
        }
    }
    return out;
}

// Writes content atomically and gives the file the wanted mode and owner. The atomic write makes a new inode, so
// the old one's extended attributes (the SELinux label among them) are copied over.
VoidResult writeWithAttributes(const QString& hostPath, const QByteArray& content, uint mode, uint uid, uint gid)
{
    const QByteArray path = QFile::encodeName(hostPath);
    const QList<std::pair<QByteArray, QByteArray>> attributes = extendedAttributes(path);
    if (const VoidResult written = writeFile(hostPath, content); !written) {
        return written;
    }
    for (const auto& [name, value] : attributes) {
        if (::setxattr(path.constData(), name.constData(), value.constData(), size_t(value.size()), 0) != 0) {
            return makeError(Error::Code::PermissionDenied,
                             Remediation::tr("Cannot keep the attribute %1 of %2 (%3).")
                                 .arg(QString::fromLatin1(name), hostPath, errnoText()));
        }
    }
    return setAttributes(hostPath, mode, uid, gid);
}

QString newTransactionId()
{
    return QStringLiteral("%1-%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")))
        .arg(QRandomGenerator::system()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

VoidResult saveManifest(const QString& dir, const Transaction& tx)
{
    return writeFile(dir + QStringLiteral("/manifest.json"),
                     QJsonDocument(tx.toJson()).toJson(QJsonDocument::Indented));
}

Result<Transaction> loadManifest(const QString& dir)
{
    QFile f(dir + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(
            Error::Code::NotFound,
            Remediation::tr("No transaction %1 in the journal (%2).").arg(QDir(dir).dirName(), f.fileName()));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(
            Error::Code::ParseError,
            Remediation::tr("The journal entry %1 is damaged: %2.").arg(f.fileName(), error.errorString()));
    }
    return Transaction::fromJson(doc.object());
}

// Removes the lines from blockBegin to blockEnd (inclusive), and the empty line written before them.
QByteArray withoutBlock(const QByteArray& content, const QString& begin, const QString& end)
{
    QList<QByteArray> lines = content.split('\n');
    const QByteArray b = begin.toUtf8();
    const QByteArray e = end.toUtf8();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i) != b) {
            continue;
        }
        qsizetype j = i;
        while (j < lines.size() && lines.at(j) != e) {
            ++j;
        }
        if (j == lines.size()) {
            break;
        }
        qsizetype from = i;
        if (from > 0 && lines.at(from - 1).isEmpty()) {
            --from;
        }
        lines.remove(from, j - from + 1);
        break;
    }
    return lines.join('\n');
}

VoidResult restoreFile(const QString& txDir, const QString& hostPath, const Transaction::File& f)
{
    if (!f.existed) {
        if (QFile::exists(hostPath) && !QFile::remove(hostPath)) {
            return makeError(Error::Code::IoError,
                             Remediation::tr("Cannot remove %1, which the fix created.").arg(hostPath));
        }
        return Ok{};
    }
    if (static_cast<FileChange::Kind>(f.kind) == FileChange::Kind::Permissions) {
        return setAttributes(hostPath, f.mode, f.uid, f.gid);
    }
    QFile backup(txDir + QLatin1Char('/') + f.backup);
    if (!backup.open(QIODevice::ReadOnly)) {
        return makeError(
            Error::Code::IoError,
            Remediation::tr("The backup %1 is missing: %2 cannot be restored.").arg(backup.fileName(), hostPath));
    }
    return writeWithAttributes(hostPath, backup.readAll(), f.mode, f.uid, f.gid);
}

} // namespace

QString FixContext::hostPath(const QString& path) const
{
    if (root.isEmpty() || root == QLatin1String("/")) {
        return path;
    }
    return QDir::cleanPath(root + QLatin1Char('/') + path);
}

QJsonObject Transaction::toJson() const
{
    QJsonArray fileArray;
    for (const File& f : files) {
        fileArray.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("kind"), f.kind},
                                     {QStringLiteral("existed"), f.existed},
                                     {QStringLiteral("backup"), f.backup},
                                     {QStringLiteral("mode"), QStringLiteral("%1").arg(f.mode, 4, 8, QLatin1Char('0'))},
                                     {QStringLiteral("uid"), qint64(f.uid)},
                                     {QStringLiteral("gid"), qint64(f.gid)},
                                     {QStringLiteral("afterHash"), QString::fromLatin1(f.afterHash)},
                                     {QStringLiteral("blockBegin"), f.blockBegin},
                                     {QStringLiteral("blockEnd"), f.blockEnd}});
    }
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("time"), time.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("root"), root},
                       {QStringLiteral("fixes"), QJsonArray::fromStringList(fixIds)},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("files"), fileArray}};
}

Transaction Transaction::fromJson(const QJsonObject& o)
{
    Transaction tx;
    tx.id = o.value(QStringLiteral("id")).toString();
    tx.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
    tx.root = o.value(QStringLiteral("root")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("fixes")).toArray()) {
        tx.fixIds.append(v.toString());
    }
    tx.state = o.value(QStringLiteral("state")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        File file;
        file.path = f.value(QStringLiteral("path")).toString();
        file.kind = f.value(QStringLiteral("kind")).toInt();
        file.existed = f.value(QStringLiteral("existed")).toBool();
        file.backup = f.value(QStringLiteral("backup")).toString();
        file.mode = f.value(QStringLiteral("mode")).toString().toUInt(nullptr, 8);
        file.uid = uint(f.value(QStringLiteral("uid")).toInteger());
        file.gid = uint(f.value(QStringLiteral("gid")).toInteger());
        file.afterHash = f.value(QStringLiteral("afterHash")).toString().toLatin1();
        file.blockBegin = f.value(QStringLiteral("blockBegin")).toString();
        file.blockEnd = f.value(QStringLiteral("blockEnd")).toString();
        tx.files.append(file);
    }
    return tx;
}

QString Remediation::journalDir()
{
    const QString state = qEnvironmentVariable("ESCUT_STATE_DIR");
    const QString base =
        state.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : state;
    return base + QStringLiteral("/journal");
}

Result<Transaction> Remediation::apply(const Plan& plan, const FixContext& context, const ApplyOptions& options)
{
    if (plan.isEmpty()) {
        return makeError(Error::Code::InvalidArgument, tr("Nothing to do: %1 is already applied.").arg(plan.fixId));
    }
    // 1. Refuse a stale preview: every file must still be what the preview showed.
    for (const FileChange& c : plan.changes) {
        const FileState now = readFileState(context.hostPath(c.path));
        if (!now.error.isEmpty()) {
            return makeError(Error::Code::IoError, tr("Cannot read %1: %2.").arg(c.path, now.error));
        }
        if (stateHash(now.exists, now.content) != stateHash(c.beforeExists, c.before) || now.mode != c.beforeMode ||
            now.uid != c.beforeUid || now.gid != c.beforeGid) {
            return makeError(
                Error::Code::Generic,
                tr("%1 changed after the preview: nothing was applied. Preview the fix again.").arg(c.path));
        }
    }

    Transaction tx;
    tx.id = newTransactionId();
    tx.time = QDateTime::currentDateTimeUtc();
    tx.root = context.root;
    tx.fixIds = {plan.fixId};
    tx.state = QStringLiteral("applying");
    const QString dir = journalDir() + QLatin1Char('/') + tx.id;
    if (!QDir().mkpath(dir)) {
        return makeError(Error::Code::IoError, tr("Cannot create the journal directory %1.").arg(dir));
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // 2. Back up everything first, and record it, so that even a crash half-way can be rolled back.
    for (qsizetype i = 0; i < plan.changes.size(); ++i) {
        const FileChange& c = plan.changes.at(i);
        Transaction::File f;
        f.path = c.path;
        f.kind = int(c.kind);
        f.existed = c.beforeExists;
        f.mode = c.beforeMode;
        f.uid = c.beforeUid;
        f.gid = c.beforeGid;
        f.blockBegin = c.blockBegin;
        f.blockEnd = c.blockEnd;
        if (c.beforeExists && c.kind != FileChange::Kind::Permissions) {
            f.backup = QStringLiteral("%1.orig").arg(i);
            if (const VoidResult saved = writeFile(dir + QLatin1Char('/') + f.backup, c.before); !saved) {
                return saved.error();
            }
        }
        tx.files.append(f);
    }
    if (const VoidResult saved = saveManifest(dir, tx); !saved) {
        return saved.error();
    }

    // 3. Apply in order; on the first failure put back what was done, in reverse.
    for (qsizetype i = 0; i < plan.changes.size(); ++i) {
        const FileChange& c = plan.changes.at(i);
        const QString hostPath = context.hostPath(c.path);
        VoidResult step = Ok{};
        if (i == options.failAtStep) {
            step = makeError(Error::Code::IoError, tr("Simulated write failure on %1.").arg(c.path));
        } else if (c.kind == FileChange::Kind::Permissions) {
            step = setAttributes(hostPath,
                                 c.targetMode.value_or(c.beforeMode),
                                 c.targetUid.value_or(c.beforeUid),
                                 c.targetGid.value_or(c.beforeGid));
        } else {
            if (!c.beforeExists) {
                QDir().mkpath(QFileInfo(hostPath).absolutePath()); // e.g. ./secrets for moved Compose secrets
            }
            const uint mode = c.targetMode.value_or(c.beforeExists ? c.beforeMode : 0644);
            step = writeWithAttributes(hostPath,
                                       c.after,
                                       mode,
                                       c.targetUid.value_or(c.beforeExists ? c.beforeUid : ::getuid()),
                                       c.targetGid.value_or(c.beforeExists ? c.beforeGid : ::getgid()));
            if (step && hostPath.endsWith(QLatin1String(".json"))) {
                QJsonParseError error;
                QJsonDocument::fromJson(readFileState(hostPath).content, &error);
                if (error.error != QJsonParseError::NoError) {
                    step = makeError(Error::Code::ParseError, tr("%1 is not valid JSON after the change.").arg(c.path));
                }
            }
        }
        if (!step) {
            for (qsizetype j = i; j >= 0; --j) {
                (void)restoreFile(dir, context.hostPath(tx.files.at(j).path), tx.files.at(j));
            }
            tx.state = QStringLiteral("failed");
            (void)saveManifest(dir, tx);
            Error e = step.error();
            e.message = tr("The fix failed and every file was put back: %1").arg(e.message);
            return e;
        }
        const FileState after = readFileState(hostPath);
        tx.files[i].afterHash = stateHash(after.exists, after.content);
    }
    tx.state = QStringLiteral("applied");
    if (const VoidResult saved = saveManifest(dir, tx); !saved) {
        return saved.error();
    }
    return tx;
}

Result<Transaction> Remediation::rollback(const QString& transactionId, bool force)
{
    if (transactionId.contains(QLatin1Char('/')) || transactionId.startsWith(QLatin1Char('.'))) {
        return makeError(Error::Code::InvalidArgument, tr("'%1' is not a transaction id.").arg(transactionId));
    }
    const QString dir = journalDir() + QLatin1Char('/') + transactionId;
    Result<Transaction> loaded = loadManifest(dir);
    if (!loaded) {
        return loaded;
    }
    Transaction tx = loaded.value();
    if (tx.state == QLatin1String("rolled-back")) {
        return makeError(Error::Code::InvalidArgument, tr("Transaction %1 was already rolled back.").arg(tx.id));
    }
    FixContext context;
    context.root = tx.root;

    // Check every file first: a refusal leaves everything as it is.
    QStringList changed;
    for (const Transaction::File& f : tx.files) {
        const FileState now = readFileState(context.hostPath(f.path));
        const bool shellBlock = static_cast<FileChange::Kind>(f.kind) == FileChange::Kind::ShellBlock;
        if (stateHash(now.exists, now.content) != f.afterHash && !shellBlock) {
            changed.append(f.path);
        }
    }
    if (!changed.isEmpty() && !force) {
        return makeError(Error::Code::Generic,
                         tr("These files changed after transaction %1 was applied: %2. Nothing was rolled back; "
                            "use --force to restore them anyway (the later changes are lost).")
                             .arg(tx.id, changed.join(QStringLiteral(", "))));
    }
    for (qsizetype i = tx.files.size() - 1; i >= 0; --i) {
        const Transaction::File& f = tx.files.at(i);
        const QString hostPath = context.hostPath(f.path);
        const FileState now = readFileState(hostPath);
        VoidResult step = Ok{};
        if (static_cast<FileChange::Kind>(f.kind) == FileChange::Kind::ShellBlock &&
            stateHash(now.exists, now.content) != f.afterHash) {
            // The user edited the file since: take out our block only, keep their edits.
            step = writeWithAttributes(hostPath,
                                       withoutBlock(now.content, f.blockBegin, f.blockEnd),
                                       now.mode,
                                       now.uid,
                                       now.gid);
        } else {
            step = restoreFile(dir, hostPath, f);
        }
        if (!step) {
            return step.error();
        }
    }
    tx.state = QStringLiteral("rolled-back");
    if (const VoidResult saved = saveManifest(dir, tx); !saved) {
        return saved.error();
    }
    return tx;
}

Result<QList<Transaction>> Remediation::journal()
{
    QList<Transaction> out;
    const QDir dir(journalDir());
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        Result<Transaction> tx = loadManifest(dir.filePath(name));
        if (tx) {
            out.append(tx.value());
        }
    }
    // Ids start with the UTC time to the millisecond, so name order is time order.
    return out;
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
