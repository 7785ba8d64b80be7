// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/privileged/Journal.h"

#include "core/privileged/DaemonPeer.h"
#include "core/privileged/SafeFs.h"
#include "core/util/JsonUtil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace escut
{

using namespace safefs;

namespace
{

QString newTransactionId()
{
    return QStringLiteral("%1-%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")))
        .arg(QRandomGenerator::system()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

bool validTransactionId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$"));
    return pattern.match(id).hasMatch() && !id.contains(QLatin1String(".."));
}

// The journal's own directory, walked like everything else, created private when missing.
Result<Dir> journalDirectory(const QString& sub, bool create)
{
    const Result<Tree> tree = Tree::open(QStringLiteral("/"));
    if (!tree) {
        return tree.error();
    }
    const QString base = QDir::cleanPath(Journal::directory());
    return tree.value().parentOf(base + QLatin1Char('/') + sub + QStringLiteral("/manifest.json"), create);
}

VoidResult saveManifest(const Dir& dir, const Transaction& tx)
{
    return writeFile(dir,
                     QStringLiteral("manifest.json"),
                     QJsonDocument(tx.toJson()).toJson(QJsonDocument::Indented),
                     0600,
                     ::geteuid(),
                     ::getegid());
}

// One lock per target for the whole transaction, taken in path order (so two transactions never wait on each other
// in a cycle); an error as soon as another apply or rollback holds one.
Result<std::vector<Lock>> lockAll(QStringList keys)
{
    keys.sort();
    keys.removeDuplicates();
    std::vector<Lock> locks;
    for (const QString& key : keys) {
        Result<Lock> lock = Lock::acquire(Journal::directory() + QStringLiteral("/locks"), key);
        if (!lock) {
            return lock.error();
        }
        locks.push_back(std::move(lock.value()));
    }
    return locks;
}

QByteArray attributesHash(const Info& info)
{
    return fileStateHash(info.exists, QByteArray(), info.mode, info.uid, info.gid);
}

// A file of the plan, with its directory held open for the whole transaction.
struct Target
{
    Dir dir;
    QString name;
};

Result<Target> openTarget(const Tree& tree, const QString& path, bool createDirs)
{
    Result<Dir> dir = tree.parentOf(path, createDirs);
    if (!dir) {
        return dir.error();
    }
    return Target{std::move(dir.value()), leafName(path)};
}

// The state of a target now: content for regular files, attributes for everything (never following a link).
struct Now
{
    Info info;
    QByteArray content;
};

Result<Now> stateOf(const Target& t, bool contentNeeded)
{
    const Result<Info> entry = statEntry(t.dir, t.name);
    if (!entry) {
        return entry.error();
    }
    Now now;
    now.info = entry.value();
    if (!now.info.exists) {
        return now;
    }
    if (now.info.type == S_IFLNK) {
        return makeError(Error::Code::PermissionDenied,
                         Journal::tr("%1 is a symbolic link: refused, nothing was followed.")
                             .arg(t.dir.path() + QLatin1Char('/') + t.name));
    }
    if (contentNeeded || now.info.type == S_IFREG) {
        const Result<Content> c = readFile(t.dir, t.name);
        if (!c) {
            return c.error();
        }
        now.info = c.value().info;
        now.content = c.value().data;
    }
    return now;
}

QByteArray hashOf(const Now& now, FileChange::Kind kind)
{
    return kind == FileChange::Kind::Permissions
               ? attributesHash(now.info)
               : fileStateHash(now.info.exists, now.content, now.info.mode, now.info.uid, now.info.gid);
}

QString displayPath(const Tree& tree, const QString& path)
{
    return tree.hostPath(path);
}

} // namespace

QByteArray withoutShellBlock(const QByteArray& content, const QString& begin, const QString& end)
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
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("time"), time.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("root"), root},
                  {QStringLiteral("fixes"), QJsonArray::fromStringList(fixIds)},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("digest"), digest},
                  {QStringLiteral("invokerUid"), qint64(invokerUid)},
                  {QStringLiteral("hashVersion"), hashVersion},
                  {QStringLiteral("files"), fileArray}};
    if (container) {
        o.insert(QStringLiteral("container"),
                 QJsonObject{{QStringLiteral("socketPath"), container->socketPath},
                             {QStringLiteral("name"), container->name},
                             {QStringLiteral("aside"), container->aside},
                             {QStringLiteral("oldId"), container->oldId},
                             {QStringLiteral("newId"), container->newId},
                             {QStringLiteral("wasRunning"), container->wasRunning}});
    }
    return o;
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
    tx.digest = o.value(QStringLiteral("digest")).toString();
    tx.invokerUid = uint(o.value(QStringLiteral("invokerUid")).toInteger());
    tx.hashVersion = o.value(QStringLiteral("hashVersion")).toInt(1);
    if (o.value(QStringLiteral("container")).isObject()) {
        const QJsonObject c = o.value(QStringLiteral("container")).toObject();
        tx.container = Container{c.value(QStringLiteral("socketPath")).toString(),
                                 c.value(QStringLiteral("name")).toString(),
                                 c.value(QStringLiteral("aside")).toString(),
                                 c.value(QStringLiteral("oldId")).toString(),
                                 c.value(QStringLiteral("newId")).toString(),
                                 c.value(QStringLiteral("wasRunning")).toBool()};
    }
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

QString Journal::directory()
{
    const QString state = qEnvironmentVariable("ESCUT_STATE_DIR");
    const QString base =
        state.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : state;
    return base + QStringLiteral("/journal");
}

VoidResult Journal::checkInputs(const Plan& plan)
{
    const Result<Tree> tree = Tree::open(plan.root);
    if (!tree) {
        return tree.error();
    }
    for (const PlanInput& input : plan.inputs) {
        QByteArray now;
        if (input.kind == PlanInput::Kind::File) {
            Result<Target> t = openTarget(tree.value(), input.path, false);
            if (!t && t.error().code == Error::Code::NotFound) {
                now = fileStateHash(false, {}, 0, 0, 0);
            } else if (!t) {
                return t.error();
            } else {
                const Result<Now> state = stateOf(t.value(), true);
                if (!state) {
                    return state.error();
                }
                now = fileStateHash(state.value().info.exists,
                                    state.value().content,
                                    state.value().info.mode,
                                    state.value().info.uid,
                                    state.value().info.gid);
            }
        } else if (input.kind == PlanInput::Kind::DaemonArgv) {
            const Result<DaemonPeer> peer = DaemonPeer::identify(input.path);
            const QByteArray argv = peer ? peer.value().argv.join(QChar(0)).toUtf8() : QByteArray();
            now = QCryptographicHash::hash(argv, QCryptographicHash::Sha256).toHex();
        } else {
            continue; // containers: checked by the caller against the daemon
        }
        if (now != input.hash) {
            return makeError(Error::Code::Generic,
                             tr("%1 changed after the preview: nothing was applied. Preview the fix again.")
                                 .arg(input.kind == PlanInput::Kind::DaemonArgv
                                          ? tr("The command line of the daemon behind %1").arg(input.path)
                                          : displayPath(tree.value(), input.path)));
        }
    }
    return Ok{};
}

Result<Transaction> Journal::apply(const Plan& plan, const ApplyOptions& options)
{
    if (plan.changes.isEmpty()) {
        return makeError(Error::Code::InvalidArgument, tr("Nothing to do: %1 is already applied.").arg(plan.fixId));
    }
    const Result<Tree> opened = Tree::open(plan.root);
    if (!opened) {
        return opened.error();
    }
    const Tree& tree = opened.value();

    // 1. One apply at a time per file, for the whole transaction.
    QStringList keys;
    for (const FileChange& c : plan.changes) {
        keys.append(tree.hostPath(c.path));
    }
    Result<std::vector<Lock>> locks = lockAll(keys);
    if (!locks) {
        return locks.error();
    }

    // 2. Refuse a stale preview: every input, and every file to change, must be what the preview saw.
    if (const VoidResult inputs = checkInputs(plan); !inputs) {
        return inputs.error();
    }
    std::vector<Target> targets;
    QList<Now> before;
    for (const FileChange& c : plan.changes) {
        Result<Target> t = openTarget(tree, c.path, !c.beforeExists);
        if (!t) {
            return t.error();
        }
        const Result<Now> now = stateOf(t.value(), c.kind != FileChange::Kind::Permissions);
        if (!now) {
            return now.error();
        }
        const Info& i = now.value().info;
        const bool same =
            c.kind == FileChange::Kind::Permissions
                ? i.exists == c.beforeExists && i.mode == c.beforeMode && i.uid == c.beforeUid && i.gid == c.beforeGid
                : hashOf(now.value(), c.kind) ==
                      (c.beforeExists ? fileStateHash(true, c.before, c.beforeMode, c.beforeUid, c.beforeGid)
                                      : fileStateHash(false, {}, 0, 0, 0));
        if (!same) {
            return makeError(Error::Code::Generic,
                             tr("%1 changed after the preview: nothing was applied. Preview the fix again.")
                                 .arg(tree.hostPath(c.path)));
        }
        if (c.kind != FileChange::Kind::Permissions && i.exists && i.type != S_IFREG) {
            return makeError(Error::Code::PermissionDenied,
                             tr("%1 is not a regular file: refused.").arg(tree.hostPath(c.path)));
        }
        targets.push_back(std::move(t.value()));
        before.append(now.value());
    }

    Transaction tx;
    tx.id = newTransactionId();
    tx.time = QDateTime::currentDateTimeUtc();
    tx.root = plan.root;
    tx.fixIds = {plan.fixId};
    tx.state = QStringLiteral("applying");
    tx.digest = plan.digest();
    tx.invokerUid = options.invokerUid;
    Result<Dir> txDir = journalDirectory(tx.id, true);
    if (!txDir) {
        return makeError(Error::Code::IoError,
                         tr("Cannot create the journal directory %1.").arg(directory() + QLatin1Char('/') + tx.id),
                         txDir.error().message);
    }

    // 3. Back up everything first, and record it, so that even a crash half-way can be rolled back.
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
            if (const VoidResult saved =
                    writeFile(txDir.value(), f.backup, before.at(i).content, 0600, ::geteuid(), ::getegid());
                !saved) {
                return saved.error();
            }
        }
        tx.files.append(f);
    }
    if (const VoidResult saved = saveManifest(txDir.value(), tx); !saved) {
        return saved.error();
    }

    // 4. Apply in order; on the first failure put back what was done, in reverse.
    const auto restore = [&](qsizetype upTo) {
        for (qsizetype j = upTo; j >= 0; --j) {
            const Transaction::File& f = tx.files.at(j);
            const Target& t = targets.at(size_t(j));
            if (!f.existed) {
                (void)removeFile(t.dir, t.name);
            } else if (static_cast<FileChange::Kind>(f.kind) == FileChange::Kind::Permissions) {
                (void)setAttributes(t.dir, t.name, f.mode, f.uid, f.gid);
            } else {
                (void)writeFile(t.dir, t.name, before.at(j).content, f.mode, f.uid, f.gid);
            }
        }
    };
    for (qsizetype i = 0; i < plan.changes.size(); ++i) {
        const FileChange& c = plan.changes.at(i);
        const Target& t = targets.at(size_t(i));
        VoidResult step = Ok{};
        if (i == options.failAtStep) {
            step = makeError(Error::Code::IoError, tr("Simulated write failure on %1.").arg(c.path));
        } else if (c.kind == FileChange::Kind::Permissions) {
            step = setAttributes(t.dir,
                                 t.name,
                                 c.targetMode.value_or(c.beforeMode),
                                 c.targetUid.value_or(c.beforeUid),
                                 c.targetGid.value_or(c.beforeGid));
        } else {
            // A new file belongs to the owner of the directory it is created in (a user's project stays theirs).
            const uint mode = c.targetMode.value_or(c.beforeExists ? c.beforeMode : 0644);
            const uint uid = c.targetUid.value_or(c.beforeExists ? c.beforeUid : t.dir.info().uid);
            const uint gid = c.targetGid.value_or(c.beforeExists ? c.beforeGid : t.dir.info().gid);
            step = writeFile(t.dir,
                             t.name,
                             c.after,
                             mode,
                             ::geteuid() == 0 ? uid : ::geteuid(),
                             ::geteuid() == 0 ? gid : ::getegid());
            if (step && c.path.endsWith(QLatin1String(".json"))) {
                QJsonParseError error;
                QJsonDocument::fromJson(c.after, &error);
                if (error.error != QJsonParseError::NoError) {
                    step = makeError(Error::Code::ParseError, tr("%1 is not valid JSON after the change.").arg(c.path));
                }
            }
        }
        if (!step) {
            restore(i);
            tx.state = QStringLiteral("failed");
            (void)saveManifest(txDir.value(), tx);
            Error e = step.error();
            e.message = tr("The fix failed and every file was put back: %1").arg(e.message);
            return e;
        }
        const Result<Now> after = stateOf(t, c.kind != FileChange::Kind::Permissions);
        tx.files[i].afterHash = after ? hashOf(after.value(), c.kind) : QByteArray();
    }
    tx.state = QStringLiteral("applied");
    if (const VoidResult saved = saveManifest(txDir.value(), tx); !saved) {
        return saved.error();
    }
    return tx;
}

Result<Transaction> Journal::load(const QString& transactionId)
{
    if (!validTransactionId(transactionId)) {
        return makeError(Error::Code::InvalidArgument, tr("'%1' is not a transaction id.").arg(transactionId));
    }
    Result<Dir> dir = journalDirectory(transactionId, false);
    const QString manifest = directory() + QLatin1Char('/') + transactionId + QStringLiteral("/manifest.json");
    if (!dir) {
        return makeError(Error::Code::NotFound,
                         tr("No transaction %1 in the journal (%2).").arg(transactionId, manifest));
    }
    const Result<Content> content = readFile(dir.value(), QStringLiteral("manifest.json"));
    if (!content || !content.value().info.exists) {
        return makeError(Error::Code::NotFound,
                         tr("No transaction %1 in the journal (%2).").arg(transactionId, manifest));
    }
    return Transaction::fromManifest(content.value().data, manifest, transactionId);
}

Result<Transaction>
Transaction::fromManifest(const QByteArray& data, const QString& manifest, const QString& transactionId)
{
    JsonTextError error;
    const QJsonDocument doc = jsonFromText(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(Error::Code::ParseError,
                         Journal::tr("The journal entry %1 is damaged: %2.").arg(manifest, error.errorString()));
    }
    Transaction tx = Transaction::fromJson(doc.object());
    if (tx.id != transactionId) {
        return makeError(Error::Code::ParseError,
                         Journal::tr("The journal entry %1 is damaged: %2.").arg(manifest, QStringLiteral("id")));
    }
    return tx;
}

Result<Transaction> Journal::rollback(const QString& transactionId, bool force)
{
    Result<Transaction> loaded = load(transactionId);
    if (!loaded) {
        return loaded;
    }
    Transaction tx = loaded.value();
    if (tx.state == QLatin1String("rolled-back")) {
        return makeError(Error::Code::InvalidArgument, tr("Transaction %1 was already rolled back.").arg(tx.id));
    }
    if (tx.container) {
        return makeError(Error::Code::InvalidArgument,
                         tr("Transaction %1 recreated a container and touched no file: roll it back with escut-cli "
                            "fix rollback %1, as a member of the docker group (no root needed).")
                             .arg(tx.id));
    }
    Result<Dir> txDir = journalDirectory(tx.id, false);
    if (!txDir) {
        return txDir.error();
    }
    const Result<Tree> opened = Tree::open(tx.root.isEmpty() ? QStringLiteral("/") : tx.root);
    if (!opened) {
        return opened.error();
    }
    const Tree& tree = opened.value();
    QStringList keys;
    for (const Transaction::File& f : tx.files) {
        keys.append(tree.hostPath(f.path));
    }
    Result<std::vector<Lock>> locks = lockAll(keys);
    if (!locks) {
        return locks.error();
    }

    // Open and check every file first: a refusal leaves everything as it is. Symlinks and non-regular files are
    // refused even with force.
    std::vector<Target> targets;
    QList<Now> nows;
    QStringList changed;
    for (const Transaction::File& f : tx.files) {
        const auto kind = static_cast<FileChange::Kind>(f.kind);
        Result<Target> t = openTarget(tree, f.path, false);
        if (!t) {
            return t.error();
        }
        const Result<Now> now = stateOf(t.value(), kind != FileChange::Kind::Permissions);
        if (!now) {
            return now.error();
        }
        const QByteArray hash =
            tx.hashVersion >= 2 ? hashOf(now.value(), kind) : stateHash(now.value().info.exists, now.value().content);
        if (hash != f.afterHash && kind != FileChange::Kind::ShellBlock) {
            changed.append(tree.hostPath(f.path));
        }
        targets.push_back(std::move(t.value()));
        nows.append(now.value());
    }
    if (!changed.isEmpty() && !force) {
        return makeError(Error::Code::Generic,
                         tr("These files changed after transaction %1 was applied: %2. Nothing was rolled back; "
                            "use --force to restore them anyway (the later changes are lost).")
                             .arg(tx.id, changed.join(QStringLiteral(", "))));
    }
    for (qsizetype i = tx.files.size() - 1; i >= 0; --i) {
        const Transaction::File& f = tx.files.at(i);
        const Target& t = targets.at(size_t(i));
        const Now& now = nows.at(i);
        const auto kind = static_cast<FileChange::Kind>(f.kind);
        VoidResult step = Ok{};
        if (kind == FileChange::Kind::ShellBlock && now.info.exists &&
            fileStateHash(true, now.content, now.info.mode, now.info.uid, now.info.gid) != f.afterHash) {
            // The user edited the file since: take out our block only, keep their edits.
            step = writeFile(t.dir,
                             t.name,
                             withoutShellBlock(now.content, f.blockBegin, f.blockEnd),
                             now.info.mode,
                             now.info.uid,
                             now.info.gid);
        } else if (!f.existed) {
            step = removeFile(t.dir, t.name);
        } else if (kind == FileChange::Kind::Permissions) {
            step = setAttributes(t.dir, t.name, f.mode, f.uid, f.gid);
        } else {
            const Result<Content> backup = readFile(txDir.value(), f.backup);
            if (!backup || !backup.value().info.exists) {
                return makeError(Error::Code::IoError,
                                 tr("The backup %1 is missing: %2 cannot be restored.")
                                     .arg(txDir.value().path() + QLatin1Char('/') + f.backup, tree.hostPath(f.path)));
            }
            step = writeFile(t.dir, t.name, backup.value().data, f.mode, f.uid, f.gid);
        }
        if (!step) {
            return step.error();
        }
    }
    tx.state = QStringLiteral("rolled-back");
    if (const VoidResult saved = saveManifest(txDir.value(), tx); !saved) {
        return saved.error();
    }
    return tx;
}

Result<Transaction> Journal::record(Transaction tx)
{
    tx.id = newTransactionId();
    tx.time = QDateTime::currentDateTimeUtc();
    tx.state = QStringLiteral("applied");
    Result<Dir> dir = journalDirectory(tx.id, true);
    if (!dir) {
        return dir.error();
    }
    if (const VoidResult saved = saveManifest(dir.value(), tx); !saved) {
        return saved.error();
    }
    return tx;
}

VoidResult Journal::markRolledBack(const QString& transactionId)
{
    Result<Transaction> tx = load(transactionId);
    if (!tx) {
        return tx.error();
    }
    Result<Dir> dir = journalDirectory(tx.value().id, false);
    if (!dir) {
        return dir.error();
    }
    tx.value().state = QStringLiteral("rolled-back");
    return saveManifest(dir.value(), tx.value());
}

Result<QList<Transaction>> Journal::list()
{
    QList<Transaction> out;
    const QDir dir(directory());
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name == QLatin1String("locks")) {
            continue;
        }
        Result<Transaction> tx = load(name);
        if (tx) {
            out.append(tx.value());
        }
    }
    // Ids start with the UTC time to the millisecond, so name order is time order.
    return out;
}

} // namespace escut
