// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/ExecHistory.h"

#include "core/docker/DockerClient.h"
#include "core/facts/Snapshot.h"
#include "core/util/FileRead.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent>

#include <algorithm>

namespace escut
{

namespace
{

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue& value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

void insertIf(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty()) {
        o.insert(QLatin1String(key), value);
    }
}

} // namespace

QJsonObject ExecRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("source"), source},
                  {QStringLiteral("container"), container},
                  {QStringLiteral("time"), timeText(time)},
                  {QStringLiteral("known"), known},
                  {QStringLiteral("privileged"), privileged},
                  {QStringLiteral("user"), user},
                  {QStringLiteral("entrypoint"), entrypoint}};
    insertIf(o, "execId", execId);
    insertIf(o, "origin", origin);
    return o;
}

ExecRecord ExecRecord::fromJson(const QJsonObject& o)
{
    ExecRecord r;
    r.source = o.value(QStringLiteral("source")).toString();
    r.container = o.value(QStringLiteral("container")).toString();
    r.execId = o.value(QStringLiteral("execId")).toString();
    r.time = timeFrom(o.value(QStringLiteral("time")));
    r.known = o.value(QStringLiteral("known")).toBool(true);
    r.privileged = o.value(QStringLiteral("privileged")).toBool();
    r.user = o.value(QStringLiteral("user")).toString();
    r.entrypoint = o.value(QStringLiteral("entrypoint")).toString();
    r.origin = o.value(QStringLiteral("origin")).toString();
    return r;
}

QJsonObject ExecSource::toJson() const
{
    QJsonObject o{{QStringLiteral("source"), source},
                  {QStringLiteral("read"), read},
                  {QStringLiteral("records"), records}};
    insertIf(o, "since", timeText(since));
    insertIf(o, "path", path);
    insertIf(o, "error", error);
    if (notInspected > 0) {
        o.insert(QStringLiteral("notInspected"), notInspected);
    }
    if (cut) {
        o.insert(QStringLiteral("cut"), true);
    }
    return o;
}

ExecSource ExecSource::fromJson(const QJsonObject& o)
{
    ExecSource s;
    s.source = o.value(QStringLiteral("source")).toString();
    s.read = o.value(QStringLiteral("read")).toBool();
    s.since = timeFrom(o.value(QStringLiteral("since")));
    s.path = o.value(QStringLiteral("path")).toString();
    s.error = o.value(QStringLiteral("error")).toString();
    s.records = o.value(QStringLiteral("records")).toInt();
    s.notInspected = o.value(QStringLiteral("notInspected")).toInt();
    s.cut = o.value(QStringLiteral("cut")).toBool();
    return s;
}

const ExecSource* ExecHistory::source(const QString& name) const
{
    for (const ExecSource& s : sources) {
        if (s.source == name) {
            return &s;
        }
    }
    return nullptr;
}

bool ExecHistory::anySourceRead() const
{
    return std::any_of(sources.cbegin(), sources.cend(), [](const ExecSource& s) { return s.read; });
}

QJsonObject ExecHistory::toJson() const
{
    QJsonArray sourceArray;
    for (const ExecSource& s : sources) {
        sourceArray.append(s.toJson());
    }
    QJsonArray execArray;
    for (const ExecRecord& r : execs) {
        execArray.append(r.toJson());
    }
    return {{QStringLiteral("collected"), collected},
            {QStringLiteral("sources"), sourceArray},
            {QStringLiteral("execs"), execArray}};
}

ExecHistory ExecHistory::fromJson(const QJsonObject& o)
{
    ExecHistory h;
    h.collected = o.value(QStringLiteral("collected")).toBool();
    for (const QJsonValue& v : o.value(QStringLiteral("sources")).toArray()) {
        h.sources.append(ExecSource::fromJson(v.toObject()));
    }
    for (const QJsonValue& v : o.value(QStringLiteral("execs")).toArray()) {
        h.execs.append(ExecRecord::fromJson(v.toObject()));
    }
    return h;
}

// The audit log parser. Every loop walks its input once, every value is bounded: hostile text costs linear time.
namespace execlog
{

namespace
{

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

// An argument's value as auditd writes it: "text" in quotes, or hex digits (text with a space, a quote or a control
// character); "(null)" or anything else is kept as written.
QByteArray argumentValue(QByteArrayView raw)
{
    if (raw.size() >= 2 && raw.front() == '"' && raw.back() == '"') {
        return raw.sliced(1, raw.size() - 2).toByteArray();
    }
    if (raw.isEmpty() || raw.size() % 2 != 0 || !std::all_of(raw.begin(), raw.end(), isHexDigit)) {
        return raw.toByteArray();
    }
    QByteArray out;
    out.reserve(raw.size() / 2);
    for (qsizetype i = 0; i + 1 < raw.size(); i += 2) {
        out.append(char(hexValue(raw.at(i)) * 16 + hexValue(raw.at(i + 1))));
    }
    return out;
}

// "123" → 123; nullopt for anything else or more than 9 digits.
std::optional<int> smallNumber(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 9 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    int n = 0;
    for (char c : text) {
        n = n * 10 + (c - '0');
    }
    return n;
}

struct Command
{
    QDateTime time;
    QList<QByteArray> argv;
};

void setArgument(Command& command, int index, const QByteArray& value, bool append)
{
    // Arguments come in order (a0 a1 ..., aN[0] aN[1] ...): one that leaves a gap is not auditd's, and skipped.
    if (index < 0 || index >= MaxArguments || index > command.argv.size()) {
        return;
    }
    if (command.argv.size() == index) {
        command.argv.append(QByteArray());
    }
    QByteArray& arg = command.argv[index];
    if (!append) {
        arg.clear();
    }
    arg.append(value.left(MaxArgumentBytes - arg.size()));
}

// "aN", "aN[i]" (one piece of a long argument); aN_len and others are not arguments.
void readField(Command& command, QByteArrayView key, QByteArrayView raw)
{
    if (key.size() < 2 || key.front() != 'a') {
        return;
    }
    const qsizetype bracket = key.indexOf('[');
    const QByteArrayView number = bracket < 0 ? key.sliced(1) : key.sliced(1, bracket - 1);
    if (bracket >= 0 && !key.endsWith(']')) {
        return;
    }
    if (const std::optional<int> index = smallNumber(number)) {
        setArgument(command, *index, argumentValue(raw), bracket >= 0);
    }
}

// The key=value fields after "): " of one EXECVE line; a quoted value ends at its closing quote.
void readFields(Command& command, QByteArrayView fields)
{
    qsizetype i = 0;
    const qsizetype n = fields.size();
    while (i < n) {
        while (i < n && fields.at(i) == ' ') {
            ++i;
        }
        const qsizetype keyStart = i;
        while (i < n && fields.at(i) != '=' && fields.at(i) != ' ') {
            ++i;
        }
        if (i >= n || fields.at(i) != '=') {
            continue;
        }
        const QByteArrayView key = fields.sliced(keyStart, i - keyStart);
        const qsizetype valueStart = ++i;
        if (i < n && fields.at(i) == '"') {
            const qsizetype close = fields.indexOf('"', i + 1);
            i = close < 0 ? n : close + 1;
        } else {
            while (i < n && fields.at(i) != ' ') {
                ++i;
            }
        }
        readField(command, key, fields.sliced(valueStart, i - valueStart));
    }
}

// "msg=audit(1700000000.123:456): " → the time and the id "1700000000.123:456"; the offset after ": ".
struct AuditId
{
    QByteArrayView id;
    QDateTime time;
    qsizetype rest = -1;
};

AuditId auditId(QByteArrayView line)
{
    static constexpr QByteArrayView Marker("msg=audit(");
    const qsizetype start = line.indexOf(Marker);
    if (start < 0) {
        return {};
    }
    const qsizetype open = start + Marker.size();
    const qsizetype close = line.indexOf(')', open);
    if (close < 0 || close - open > 40) {
        return {};
    }
    AuditId out;
    out.id = line.sliced(open, close - open);
    const qsizetype colon = out.id.indexOf(':');
    const QByteArrayView stamp = colon < 0 ? out.id : out.id.first(colon);
    const qsizetype dot = stamp.indexOf('.');
    const QByteArrayView seconds = dot < 0 ? stamp : stamp.first(dot);
    const QByteArrayView millis = dot < 0 ? QByteArrayView() : stamp.sliced(dot + 1);
    if (seconds.size() <= 12 && !seconds.isEmpty() &&
        std::all_of(seconds.begin(), seconds.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const qint64 s = seconds.toByteArray().toLongLong();
        const int ms = millis.size() == 3 ? smallNumber(millis).value_or(0) : 0;
        out.time = QDateTime::fromMSecsSinceEpoch(s * 1000 + ms, Qt::UTC);
    }
    out.rest = close + 1;
    if (out.rest < line.size() && line.at(out.rest) == ':') {
        ++out.rest;
    }
    return out;
}

// "type=EXECVE" as the line's first field, after an optional "node=NAME " (auditd's name_format).
bool isExecve(QByteArrayView line)
{
    if (line.startsWith("node=")) {
        const qsizetype space = line.indexOf(' ');
        line = space < 0 ? QByteArrayView() : line.sliced(space + 1);
    }
    return line.startsWith("type=EXECVE ");
}

QString argText(const QByteArray& arg)
{
    return QString::fromUtf8(arg);
}

} // namespace

QString programName(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return (slash < 0 ? path : path.mid(slash + 1)).left(128);
}

std::optional<AuditExec> dockerExec(const QList<QByteArray>& argv)
{
    const qsizetype n = argv.size();
    if (n < 2 || programName(argText(argv.at(0))) != QLatin1String("docker")) {
        return std::nullopt;
    }
    qsizetype i = 1;
    // docker's global options. -H/--host and -c/--context may name another daemon: such a command is not judged.
    static const QSet<QByteArray> globalValue{"--config", "-l", "--log-level", "--tlscacert", "--tlscert", "--tlskey"};
    static const QSet<QByteArray> globalBool{"-D", "--debug", "--tls", "--tlsverify"};
    while (i < n && argv.at(i).startsWith('-')) {
        const QByteArray& a = argv.at(i);
        const QByteArray name = a.left(a.indexOf('=') < 0 ? a.size() : a.indexOf('='));
        if (globalBool.contains(name) || (a.contains('=') && globalValue.contains(name))) {
            ++i;
        } else if (globalValue.contains(a)) {
            i += 2;
        } else {
            return std::nullopt; // -H, --context, --help, --version, or one docker does not know
        }
    }
    if (i < n && argv.at(i) == "container") {
        ++i;
    }
    if (i >= n || argv.at(i) != "exec") {
        return std::nullopt;
    }
    ++i;
    AuditExec exec;
    // docker exec's options (pflag: "--user=root", "--user root", "-u root", "-uroot", "-u=root", "-itu root").
    const auto boolValue = [](QByteArrayView v) -> std::optional<bool> {
        if (v == "1" || v == "t" || v == "T" || v == "true" || v == "TRUE" || v == "True") {
            return true;
        }
        if (v == "0" || v == "f" || v == "F" || v == "false" || v == "FALSE" || v == "False") {
            return false;
        }
        return std::nullopt;
    };
    static const QSet<QByteArray> longBool{"detach", "interactive", "tty", "privileged"};
    static const QSet<QByteArray> longValue{"detach-keys", "env", "env-file", "workdir", "user"};
    while (i < n && argv.at(i).startsWith('-') && argv.at(i) != "-") {
        const QByteArray a = argv.at(i++);
        if (a == "--") {
            break;
        }
        if (a.startsWith("--")) {
            const qsizetype eq = a.indexOf('=');
            const QByteArray name = a.mid(2, eq < 0 ? -1 : eq - 2);
            std::optional<QByteArray> value = eq < 0 ? std::nullopt : std::optional<QByteArray>(a.mid(eq + 1));
            if (longBool.contains(name)) {
                const std::optional<bool> b = value ? boolValue(*value) : std::optional<bool>(true);
                if (!b) {
                    return std::nullopt; // docker refuses the command
                }
                if (name == "privileged") {
                    exec.privileged = *b;
                }
            } else if (longValue.contains(name)) {
                if (!value) {
                    if (i >= n) {
                        return std::nullopt;
                    }
                    value = argv.at(i++);
                }
                if (name == "user") {
                    exec.user = argText(*value);
                }
            } else {
                return std::nullopt;
            }
            continue;
        }
        // A group of short options: d, i and t alone; e, u and w take the rest of the group or the next argument.
        for (qsizetype k = 1; k < a.size(); ++k) {
            const char c = a.at(k);
            if (c == 'd' || c == 'i' || c == 't') {
                continue;
            }
            if (c != 'e' && c != 'u' && c != 'w') {
                return std::nullopt;
            }
            QByteArray value;
            if (k + 1 < a.size()) {
                value = a.mid(k + 1 + (a.at(k + 1) == '=' ? 1 : 0));
            } else if (i < n) {
                value = argv.at(i++);
            } else {
                return std::nullopt;
            }
            if (c == 'u') {
                exec.user = argText(value);
            }
            break;
        }
    }
    if (i + 1 >= n) {
        return std::nullopt; // docker exec needs a container and a command
    }
    exec.container = argText(argv.at(i)).left(256);
    exec.entrypoint = programName(argText(argv.at(i + 1)));
    exec.user = exec.user.left(256);
    return exec;
}

AuditLogExecs parseAuditLog(const QByteArray& text, bool skipFirstLine)
{
    AuditLogExecs out;
    QHash<QByteArray, qsizetype> index; // audit id → commands
    QList<Command> commands;
    qsizetype pos = 0;
    if (skipFirstLine) {
        const qsizetype nl = text.indexOf('\n');
        pos = nl < 0 ? text.size() : nl + 1;
    }
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0) {
            end = text.size();
        }
        const QByteArrayView line = QByteArrayView(text).sliced(pos, end - pos);
        pos = end + 1;
        if (line.size() > MaxAuditLine) {
            ++out.longLines;
            continue;
        }
        const AuditId id = auditId(line);
        if (id.rest < 0) {
            continue;
        }
        if (id.time.isValid() && (!out.oldest.isValid() || id.time < out.oldest)) {
            out.oldest = id.time;
        }
        if (!isExecve(line)) {
            continue;
        }
        const QByteArray key = id.id.toByteArray();
        if (const auto it = index.constFind(key); it != index.cend()) {
            readFields(commands[*it], line.sliced(id.rest)); // the next record of a long command
            continue;
        }
        // A command's first record has a0: only docker's are kept, so other programs cost no memory.
        Command command{id.time, {}};
        readFields(command, line.sliced(id.rest));
        if (!command.argv.isEmpty() && programName(argText(command.argv.at(0))) == QLatin1String("docker")) {
            index.insert(key, commands.size());
            commands.append(std::move(command));
        }
    }
    for (const Command& command : commands) {
        ++out.dockerCommands;
        if (std::optional<AuditExec> exec = dockerExec(command.argv)) {
            exec->time = command.time;
            out.execs.append(*exec);
        }
    }
    return out;
}

} // namespace execlog

namespace
{

struct EventExec
{
    QString container;
    QString execId;
    QDateTime time;
};

struct Inspected
{
    bool ok = false;
    bool gone = false; // 404
    bool privileged = false;
    QString user;
    QString entrypoint;
    QStringList arguments; // only to tell a HEALTHCHECK or Escut's probe; never kept
};

// The command dockerd runs for the container's HEALTHCHECK (moby daemon/health.go): CMD runs Test[1:], CMD-SHELL runs
// Test[1:] under the container's shell (/bin/sh -c by default); empty when it has none.
QStringList healthcheckCommand(const QJsonObject& container)
{
    const QJsonObject config = container.value(QStringLiteral("Config")).toObject();
    QStringList test;
    for (const QJsonValue& v :
         config.value(QStringLiteral("Healthcheck")).toObject().value(QStringLiteral("Test")).toArray()) {
        test.append(v.toString());
    }
    if (test.size() < 2 || (test.first() != QLatin1String("CMD") && test.first() != QLatin1String("CMD-SHELL"))) {
        return {};
    }
    QStringList command;
    if (test.first() == QLatin1String("CMD-SHELL")) {
        for (const QJsonValue& v : config.value(QStringLiteral("Shell")).toArray()) {
            command.append(v.toString());
        }
        if (command.isEmpty()) {
            command = {QStringLiteral("/bin/sh"), QStringLiteral("-c")};
        }
    }
    return command + test.mid(1);
}

QString origin(const Inspected& exec, const QJsonObject* container)
{
    const QStringList run = QStringList{exec.entrypoint} + exec.arguments;
    if (!exec.privileged && exec.user.isEmpty() &&
        run == QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("true")}) {
        return QStringLiteral("escut-probe"); // core/facts/ActiveProber: execProbe
    }
    if (container && !exec.privileged &&
        exec.user == container->value(QStringLiteral("Config")).toObject().value(QStringLiteral("User")).toString()) {
        const QStringList health = healthcheckCommand(*container);
        if (!health.isEmpty() && run == health) {
            return QStringLiteral("healthcheck");
        }
    }
    return {};
}

ExecSource readDaemon(Snapshot& snapshot,
                      DockerClient& client,
                      QThreadPool& pool,
                      const ExecHistoryOptions& options,
                      QList<ExecRecord>& records)
{
    ExecSource source;
    source.source = QStringLiteral("events");
    QByteArray log;
    if (options.eventLog) {
        log = *options.eventLog;
    } else if (options.untilNs <= 0) {
        // Without the daemon's clock an end for the request cannot be given, and without one the daemon never ends it.
        source.error = QCoreApplication::translate(
            "ExecHistory",
            "The daemon does not report its clock (GET /info SystemTime), which reading its event log "
            "needs.");
        return source;
    } else {
        // since=1: every event the daemon still holds, up to the audit's start; then the daemon closes the stream.
        const Result<HttpResponse> response =
            client.request(DockerClient::Method::Get,
                           QStringLiteral("/events?since=1&until=%1.%2")
                               .arg(options.untilNs / 1000000000)
                               .arg(options.untilNs % 1000000000, 9, 10, QLatin1Char('0')));
        if (!response) {
            source.error = response.error().message;
            return source;
        }
        log = response->body;
    }
    source.read = true;
    qint64 oldestNs = 0;
    QList<EventExec> events;
    QSet<QString> seen;
    for (const QByteArray& line : log.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.isEmpty()) {
            continue;
        }
        ++source.records;
        const qint64 ns = qint64(event.value(QStringLiteral("timeNano")).toDouble());
        if (ns > 0 && (oldestNs == 0 || ns < oldestNs)) {
            oldestNs = ns;
        }
        // The action is "exec_create: PROGRAM ARGUMENTS": only its start is read, the arguments are never kept.
        if (event.value(QStringLiteral("Type")).toString() != QLatin1String("container") ||
            !event.value(QStringLiteral("Action")).toString().startsWith(QLatin1String("exec_create"))) {
            continue;
        }
        const QJsonObject actor = event.value(QStringLiteral("Actor")).toObject();
        const QString execId =
            actor.value(QStringLiteral("Attributes")).toObject().value(QStringLiteral("execID")).toString();
        if (execId.isEmpty() || seen.contains(execId)) {
            continue;
        }
        seen.insert(execId);
        events.append({actor.value(QStringLiteral("ID")).toString(),
                       execId,
                       QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC)});
    }
    if (oldestNs > 0) {
        source.since = QDateTime::fromMSecsSinceEpoch(oldestNs / 1000000, Qt::UTC);
    }

    // What the previous audit inspected is not asked again: an exec's settings never change, and one the daemon had
    // forgotten stays forgotten.
    QHash<QString, ExecRecord> known;
    if (options.previous) {
        for (const ExecRecord& r : options.previous->execHistory.execs) {
            if (r.source == QLatin1String("events") && !r.execId.isEmpty()) {
                known.insert(r.execId, r);
            }
        }
    }
    QList<EventExec> toInspect;
    for (auto it = events.crbegin(); it != events.crend(); ++it) { // the newest first
        if (!known.contains(it->execId)) {
            toInspect.append(*it);
        }
    }
    if (toInspect.size() > ExecHistoryCollector::MaxInspections) {
        source.notInspected = int(toInspect.size() - ExecHistoryCollector::MaxInspections);
        toInspect.resize(ExecHistoryCollector::MaxInspections);
    }
    const std::atomic<bool>* cancel = options.cancel;
    const QList<Inspected> inspected =
        QtConcurrent::blockingMapped<QList<Inspected>>(&pool, toInspect, [&client, cancel](const EventExec& e) {
            Inspected out;
            if (cancel && cancel->load()) {
                return out;
            }
            const Result<QJsonDocument> doc = client.getJson(
                QStringLiteral("/exec/%1/json").arg(QString::fromLatin1(QUrl::toPercentEncoding(e.execId))));
            if (!doc) {
                out.gone = doc.error().httpStatus == 404;
                return out;
            }
            const QJsonObject process = doc->object().value(QStringLiteral("ProcessConfig")).toObject();
            out.ok = true;
            out.privileged = process.value(QStringLiteral("privileged")).toBool();
            out.user = process.value(QStringLiteral("user")).toString().left(256);
            out.entrypoint = process.value(QStringLiteral("entrypoint")).toString();
            for (const QJsonValue& v : process.value(QStringLiteral("arguments")).toArray()) {
                out.arguments.append(v.toString());
            }
            return out;
        });
    QHash<QString, const QJsonObject*> containers;
    for (const QJsonObject& c : snapshot.containers) {
        containers.insert(c.value(QStringLiteral("Id")).toString(), &c);
    }
    QHash<QString, ExecRecord> fresh;
    for (qsizetype i = 0; i < inspected.size(); ++i) {
        const EventExec& e = toInspect.at(i);
        const Inspected& x = inspected.at(i);
        if (!x.ok && !x.gone) {
            ++source.notInspected; // a timeout or another error: asked again next time
            continue;
        }
        ExecRecord r;
        r.source = source.source;
        r.container = e.container;
        r.execId = e.execId;
        r.time = e.time;
        r.known = x.ok;
        r.privileged = x.privileged;
        r.user = x.user;
        r.entrypoint = execlog::programName(x.entrypoint);
        r.origin = x.ok ? origin(x, containers.value(e.container)) : QString();
        fresh.insert(e.execId, r);
    }
    for (const EventExec& e : events) { // the log's order, oldest first
        if (const auto k = known.constFind(e.execId); k != known.cend()) {
            records.append(*k);
        } else if (const auto f = fresh.constFind(e.execId); f != fresh.cend()) {
            records.append(*f);
        }
    }
    return source;
}

constexpr qsizetype MaxAuditExecs = 4096;

ExecSource readAuditLog(const ExecHistoryOptions& options, QList<ExecRecord>& records)
{
    ExecSource source;
    source.source = QStringLiteral("audit");
    source.path = options.auditLogPath;
    if (!options.local) {
        source.error = QCoreApplication::translate("ExecHistory",
                                                   "The audit log is on the Docker host; this endpoint is not local.");
        return source;
    }
    const QString path = options.hostRoot.isEmpty() || options.hostRoot == QLatin1String("/")
                             ? options.auditLogPath
                             : QDir::cleanPath(options.hostRoot + QLatin1Char('/') + options.auditLogPath);
    const Result<FileTail> tail = readRegularFileTail(path, ExecHistoryCollector::MaxAuditBytes);
    if (!tail) {
        source.error =
            tail.error().code == Error::Code::NotFound
                ? QCoreApplication::translate("ExecHistory",
                                              "It does not exist: auditd is not installed or does not log to it.")
                : tail.error().message;
        return source;
    }
    source.read = true;
    source.cut = tail->cut;
    const AuditLogExecs parsed = execlog::parseAuditLog(tail->data, tail->cut);
    source.since = parsed.oldest;
    source.records = parsed.dockerCommands;
    // The newest MaxAuditExecs: a snapshot stays small however busy the host.
    for (const AuditExec& e : parsed.execs.mid(std::max<qsizetype>(0, parsed.execs.size() - MaxAuditExecs))) {
        ExecRecord r;
        r.source = source.source;
        r.container = e.container;
        r.time = e.time;
        r.privileged = e.privileged;
        r.user = e.user;
        r.entrypoint = e.entrypoint;
        records.append(r);
    }
    return source;
}

} // namespace

void ExecHistoryCollector::collect(Snapshot& snapshot,
                                   DockerClient& client,
                                   QThreadPool& pool,
                                   const ExecHistoryOptions& options)
{
    ExecHistory history;
    history.collected = true;
    history.sources.append(readDaemon(snapshot, client, pool, options, history.execs));
    history.sources.append(readAuditLog(options, history.execs));
    snapshot.execHistory = std::move(history);
}

} // namespace escut
