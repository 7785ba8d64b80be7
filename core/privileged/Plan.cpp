// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/privileged/Plan.h"

#include "core/privileged/TextDiff.h"
#include "core/util/JsonUtil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace escut
{

FileState readFileState(const QString& hostPath)
{
    FileState s;
    struct stat st = {};
    if (::stat(QFile::encodeName(hostPath).constData(), &st) != 0) {
        if (errno != ENOENT) {
            s.error = QString::fromLocal8Bit(std::strerror(errno));
        }
        return s;
    }
    s.exists = true;
    s.regular = S_ISREG(st.st_mode);
    s.mode = st.st_mode & 07777;
    s.uid = st.st_uid;
    s.gid = st.st_gid;
    if (s.regular) {
        QFile f(hostPath);
        if (!f.open(QIODevice::ReadOnly)) {
            s.error = f.errorString();
            return s;
        }
        s.content = f.readAll();
    }
    return s;
}

Result<FileChange> currentFile(const QString& path, const QString& hostPath)
{
    const FileState state = readFileState(hostPath);
    if (!state.error.isEmpty()) {
        return makeError(Error::Code::IoError,
                         QCoreApplication::translate("Remediation", "Cannot read %1 (%2): run the fix as root.")
                             .arg(path, state.error));
    }
    FileChange c;
    c.path = path;
    c.beforeExists = state.exists;
    c.before = state.content;
    c.after = state.content;
    c.beforeMode = state.mode;
    c.beforeUid = state.uid;
    c.beforeGid = state.gid;
    const bool root = ::geteuid() == 0;
    c.needsRoot =
        !root && (state.exists ? state.uid != ::geteuid()
                               : ::access(QFile::encodeName(QFileInfo(hostPath).path()).constData(), W_OK) != 0);
    return c;
}

QByteArray stateHash(bool exists, const QByteArray& content)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(exists ? QByteArrayView("present:") : QByteArrayView("absent:"));
    hash.addData(content);
    return hash.result().toHex();
}

QString FileChange::diff() const
{
    const auto octal = [](uint mode) {
        return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
    };
    QString out;
    if (secret) {
        out = QCoreApplication::translate("Remediation",
                                          "%1: a secret of %n byte(s), written with mode 0600 and never shown",
                                          nullptr,
                                          int(after.size()))
                  .arg(path) +
              QLatin1Char('\n');
    } else if (kind != Kind::Permissions) {
        out = unifiedDiff(path, before, beforeExists, after);
    }
    if (beforeExists && targetMode && *targetMode != beforeMode) {
        out += QCoreApplication::translate("Remediation", "mode of %1: %2 → %3")
                   .arg(path, octal(beforeMode), octal(*targetMode)) +
               QLatin1Char('\n');
    }
    if ((targetUid && *targetUid != beforeUid) || (targetGid && *targetGid != beforeGid)) {
        out += QCoreApplication::translate("Remediation", "owner of %1: %2:%3 → %4:%5")
                   .arg(path)
                   .arg(beforeUid)
                   .arg(beforeGid)
                   .arg(targetUid.value_or(beforeUid))
                   .arg(targetGid.value_or(beforeGid)) +
               QLatin1Char('\n');
    }
    return out;
}

bool Plan::needsRoot() const
{
    return std::any_of(changes.cbegin(), changes.cend(), [](const FileChange& c) { return c.needsRoot; });
}

QString Plan::preview() const
{
    QString out;
    for (const FileChange& c : changes) {
        if (c.needsRoot) {
            out += QCoreApplication::translate("Remediation", "Needs root: %1").arg(c.path) + QLatin1Char('\n');
        }
        out += c.diff();
    }
    for (const QString& command : commands) {
        out += QCoreApplication::translate("Remediation", "Command: %1").arg(command) + QLatin1Char('\n');
    }
    for (const QString& w : warnings) {
        out += QCoreApplication::translate("Remediation", "Warning: %1").arg(w) + QLatin1Char('\n');
    }
    for (const QString& n : notes) {
        out += QCoreApplication::translate("Remediation", "Note: %1").arg(n) + QLatin1Char('\n');
    }
    return out;
}

QString Plan::stateDigest() const
{
    return digest();
}

QByteArray fileStateHash(bool exists, const QByteArray& content, uint mode, uint uid, uint gid)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(stateHash(exists, content));
    if (exists) {
        hash.addData(QStringLiteral(" %1 %2 %3").arg(mode, 0, 8).arg(uid).arg(gid).toLatin1());
    }
    return hash.result().toHex();
}

QString inputKindName(PlanInput::Kind kind)
{
    switch (kind) {
    case PlanInput::Kind::File:
        return QStringLiteral("file");
    case PlanInput::Kind::DaemonArgv:
        return QStringLiteral("daemon-argv");
    case PlanInput::Kind::Container:
        return QStringLiteral("container");
    }
    return QString();
}

void Plan::addFileInput(const QString& path, const QString& hostPath)
{
    const FileState state = readFileState(hostPath);
    PlanInput input;
    input.kind = PlanInput::Kind::File;
    input.path = path;
    input.hash = fileStateHash(state.exists, state.content, state.mode, state.uid, state.gid);
    inputs.removeIf([&](const PlanInput& i) { return i.kind == input.kind && i.path == path; });
    inputs.append(input);
}

void Plan::addInput(PlanInput::Kind kind, const QString& path, const QByteArray& content)
{
    inputs.removeIf([&](const PlanInput& i) { return i.kind == kind && i.path == path; });
    inputs.append({kind, path, QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()});
}

namespace
{

QString kindName(FileChange::Kind kind)
{
    switch (kind) {
    case FileChange::Kind::Write:
        return QStringLiteral("write");
    case FileChange::Kind::Permissions:
        return QStringLiteral("permissions");
    case FileChange::Kind::ShellBlock:
        return QStringLiteral("shell-block");
    }
    return QString();
}

// Strict readers: a plan file with a missing field or a wrong type is refused, naming the field.
struct Reader
{
    QString error;

    QJsonValue take(const QJsonObject& o, const QString& key, QJsonValue::Type type, const QString& where)
    {
        const QJsonValue v = o.value(key);
        if (error.isEmpty() && v.type() != type) {
            error =
                QCoreApplication::translate("Remediation", "the plan file's field %1 is missing or of the wrong type")
                    .arg(where + QLatin1Char('.') + key);
        }
        return v;
    }
    QString string(const QJsonObject& o, const QString& key, const QString& where)
    {
        return take(o, key, QJsonValue::String, where).toString();
    }
    bool boolean(const QJsonObject& o, const QString& key, const QString& where)
    {
        return take(o, key, QJsonValue::Bool, where).toBool();
    }
    QJsonArray array(const QJsonObject& o, const QString& key, const QString& where)
    {
        return take(o, key, QJsonValue::Array, where).toArray();
    }
    QStringList strings(const QJsonObject& o, const QString& key, const QString& where)
    {
        QStringList out;
        for (const QJsonValue& v : array(o, key, where)) {
            if (!v.isString() && error.isEmpty()) {
                error = QCoreApplication::translate("Remediation",
                                                    "the plan file's field %1 is missing or of the wrong type")
                            .arg(where + QLatin1Char('.') + key);
            }
            out.append(v.toString());
        }
        return out;
    }
    uint number(const QJsonObject& o, const QString& key, const QString& where, uint max)
    {
        const double d = take(o, key, QJsonValue::Double, where).toDouble();
        // In this order: converting a double outside an integer type's range is undefined behaviour.
        const bool inRange = d >= 0 && d <= max && d == double(qint64(d));
        if (!inRange && error.isEmpty()) {
            error = QCoreApplication::translate("Remediation", "the plan file's field %1 is out of range")
                        .arg(where + QLatin1Char('.') + key);
        }
        return inRange ? uint(d) : 0;
    }
    std::optional<uint> optionalNumber(const QJsonObject& o, const QString& key, const QString& where, uint max)
    {
        if (!o.contains(key) || o.value(key).isNull()) {
            return std::nullopt;
        }
        return number(o, key, where, max);
    }
    QByteArray base64(const QJsonObject& o, const QString& key, const QString& where)
    {
        const QByteArray text = string(o, key, where).toLatin1();
        auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded && error.isEmpty()) {
            error = QCoreApplication::translate("Remediation", "the plan file's field %1 is not base64")
                        .arg(where + QLatin1Char('.') + key);
        }
        return *decoded;
    }
};

} // namespace

QJsonObject Plan::executable() const
{
    QJsonArray inputArray;
    for (const PlanInput& i : inputs) {
        inputArray.append(QJsonObject{{QStringLiteral("kind"), inputKindName(i.kind)},
                                      {QStringLiteral("path"), i.path},
                                      {QStringLiteral("hash"), QString::fromLatin1(i.hash)}});
    }
    QJsonArray changeArray;
    for (const FileChange& c : changes) {
        QJsonObject o{{QStringLiteral("kind"), kindName(c.kind)},
                      {QStringLiteral("path"), c.path},
                      {QStringLiteral("beforeExists"), c.beforeExists},
                      {QStringLiteral("before"), QString::fromLatin1(c.before.toBase64())},
                      {QStringLiteral("beforeMode"), double(c.beforeMode)},
                      {QStringLiteral("beforeUid"), double(c.beforeUid)},
                      {QStringLiteral("beforeGid"), double(c.beforeGid)},
                      {QStringLiteral("after"), QString::fromLatin1(c.after.toBase64())},
                      {QStringLiteral("needsRoot"), c.needsRoot},
                      {QStringLiteral("secret"), c.secret},
                      {QStringLiteral("blockBegin"), c.blockBegin},
                      {QStringLiteral("blockEnd"), c.blockEnd}};
        o.insert(QStringLiteral("targetMode"), c.targetMode ? QJsonValue(double(*c.targetMode)) : QJsonValue());
        o.insert(QStringLiteral("targetUid"), c.targetUid ? QJsonValue(double(*c.targetUid)) : QJsonValue());
        o.insert(QStringLiteral("targetGid"), c.targetGid ? QJsonValue(double(*c.targetGid)) : QJsonValue());
        changeArray.append(o);
    }
    return QJsonObject{{QStringLiteral("format"), 1},
                       {QStringLiteral("fix"), fixId},
                       {QStringLiteral("root"), root},
                       {QStringLiteral("socket"), socketPath},
                       {QStringLiteral("scopeDir"), scopeDir},
                       {QStringLiteral("checks"), QJsonArray::fromStringList(checkIds)},
                       {QStringLiteral("inputs"), inputArray},
                       {QStringLiteral("changes"), changeArray},
                       {QStringLiteral("commands"), QJsonArray::fromStringList(commands)}};
}

QString Plan::digest() const
{
    // QJsonObject keeps its keys sorted: the compact document is canonical.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(executable()).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QByteArray Plan::toFile() const
{
    const QJsonObject preview{{QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                              {QStringLiteral("restartKeys"), QJsonArray::fromStringList(restartKeys)},
                              {QStringLiteral("reloadKeys"), QJsonArray::fromStringList(reloadKeys)},
                              {QStringLiteral("verifyComposeFiles"), QJsonArray::fromStringList(verifyComposeFiles)},
                              {QStringLiteral("idempotent"), idempotent}};
    return QJsonDocument(QJsonObject{{QStringLiteral("plan"), executable()},
                                     {QStringLiteral("digest"), digest()},
                                     {QStringLiteral("preview"), preview}})
        .toJson(QJsonDocument::Indented);
}

Result<Plan> Plan::fromFile(const QByteArray& data)
{
    const auto bad = [](const QString& why) {
        return makeError(Error::Code::ParseError,
                         QCoreApplication::translate("Remediation", "Not a valid plan file: %1.").arg(why));
    };
    if (data.size() > 64 * 1024 * 1024) {
        return bad(QCoreApplication::translate("Remediation", "larger than 64 MiB"));
    }
    JsonTextError parseError;
    const QJsonDocument doc = jsonFromText(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return bad(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                : QStringLiteral("not a JSON object"));
    }
    Reader r;
    const QJsonObject top = doc.object();
    const QJsonObject e = r.take(top, QStringLiteral("plan"), QJsonValue::Object, QStringLiteral("$")).toObject();
    const QJsonObject p = top.value(QStringLiteral("preview")).toObject();
    Plan plan;
    const QString where = QStringLiteral("$.plan");
    if (r.number(e, QStringLiteral("format"), where, 1) != 1 && r.error.isEmpty()) {
        return bad(QStringLiteral("unknown format"));
    }
    plan.fixId = r.string(e, QStringLiteral("fix"), where);
    plan.root = r.string(e, QStringLiteral("root"), where);
    plan.socketPath = r.string(e, QStringLiteral("socket"), where);
    plan.scopeDir = r.string(e, QStringLiteral("scopeDir"), where);
    plan.checkIds = r.strings(e, QStringLiteral("checks"), where);
    plan.commands = r.strings(e, QStringLiteral("commands"), where);
    const QJsonArray inputArray = r.array(e, QStringLiteral("inputs"), where);
    for (qsizetype i = 0; i < inputArray.size() && r.error.isEmpty(); ++i) {
        const QString at = QStringLiteral("%1.inputs[%2]").arg(where).arg(i);
        const QJsonObject o = inputArray.at(i).toObject();
        PlanInput input;
        const QString kind = r.string(o, QStringLiteral("kind"), at);
        if (kind == QLatin1String("file")) {
            input.kind = PlanInput::Kind::File;
        } else if (kind == QLatin1String("daemon-argv")) {
            input.kind = PlanInput::Kind::DaemonArgv;
        } else if (kind == QLatin1String("container")) {
            input.kind = PlanInput::Kind::Container;
        } else if (r.error.isEmpty()) {
            r.error = QStringLiteral("%1.kind: unknown input kind").arg(at);
        }
        input.path = r.string(o, QStringLiteral("path"), at);
        input.hash = r.string(o, QStringLiteral("hash"), at).toLatin1();
        plan.inputs.append(input);
    }
    const QJsonArray changeArray = r.array(e, QStringLiteral("changes"), where);
    for (qsizetype i = 0; i < changeArray.size() && r.error.isEmpty(); ++i) {
        const QString at = QStringLiteral("%1.changes[%2]").arg(where).arg(i);
        const QJsonObject o = changeArray.at(i).toObject();
        FileChange c;
        const QString kind = r.string(o, QStringLiteral("kind"), at);
        if (kind == QLatin1String("write")) {
            c.kind = FileChange::Kind::Write;
        } else if (kind == QLatin1String("permissions")) {
            c.kind = FileChange::Kind::Permissions;
        } else if (kind == QLatin1String("shell-block")) {
            c.kind = FileChange::Kind::ShellBlock;
        } else if (r.error.isEmpty()) {
            r.error = QStringLiteral("%1.kind: unknown change kind").arg(at);
        }
        c.path = r.string(o, QStringLiteral("path"), at);
        c.beforeExists = r.boolean(o, QStringLiteral("beforeExists"), at);
        c.before = r.base64(o, QStringLiteral("before"), at);
        c.beforeMode = r.number(o, QStringLiteral("beforeMode"), at, 07777);
        c.beforeUid = r.number(o, QStringLiteral("beforeUid"), at, 0xfffffffe);
        c.beforeGid = r.number(o, QStringLiteral("beforeGid"), at, 0xfffffffe);
        c.after = r.base64(o, QStringLiteral("after"), at);
        c.needsRoot = r.boolean(o, QStringLiteral("needsRoot"), at);
        c.secret = r.boolean(o, QStringLiteral("secret"), at);
        c.blockBegin = r.string(o, QStringLiteral("blockBegin"), at);
        c.blockEnd = r.string(o, QStringLiteral("blockEnd"), at);
        c.targetMode = r.optionalNumber(o, QStringLiteral("targetMode"), at, 07777);
        c.targetUid = r.optionalNumber(o, QStringLiteral("targetUid"), at, 0xfffffffe);
        c.targetGid = r.optionalNumber(o, QStringLiteral("targetGid"), at, 0xfffffffe);
        plan.changes.append(c);
    }
    if (!r.error.isEmpty()) {
        return bad(r.error);
    }
    const QString recorded = top.value(QStringLiteral("digest")).toString();
    if (recorded != plan.digest()) {
        return bad(QCoreApplication::translate("Remediation", "its digest does not match its content"));
    }
    const auto list = [&](const char* key) {
        QStringList out;
        for (const QJsonValue& v : p.value(QLatin1String(key)).toArray()) {
            out.append(v.toString());
        }
        return out;
    };
    plan.notes = list("notes");
    plan.warnings = list("warnings");
    plan.restartKeys = list("restartKeys");
    plan.reloadKeys = list("reloadKeys");
    plan.verifyComposeFiles = list("verifyComposeFiles");
    plan.idempotent = p.value(QStringLiteral("idempotent")).toBool(true);
    return plan;
}

} // namespace escut
