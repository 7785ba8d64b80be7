// SPDX-License-Identifier: GPL-3.0-or-later
// The docker exec commands a daemon still remembers (CIS Docker Benchmark 5.23 and 5.24): read from the daemon's
// event log and GET /exec/{id}/json, and on a local endpoint from the host's audit log. Only what the checks need is
// kept: never an exec's arguments (`mysql -pSECRET`), only its program's file name.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QThreadPool;

namespace escut
{

class DockerClient;
class Snapshot;

// One exec, as one source saw it.
struct ExecRecord
{
    QString source;    // "events" (the daemon's event log and exec inspect) or "audit" (the host's audit log)
    QString container; // events: the container's full id; audit: as docker's command line named it (name or id)
    QString execId;    // events only
    QDateTime time;    // UTC: the exec_create event, or the audit record of the docker command
    // events: GET /exec/{id}/json answered; false when the daemon no longer knows the exec (404) or the bound on
    // inspections left it out, and then privileged and user are unknown.
    bool known = true;
    bool privileged = false;
    QString user;       // as given to docker exec (--user), "" when not given
    QString entrypoint; // the program's file name alone ("sh" for /bin/sh); never its arguments
    // "" for an exec someone ran; "healthcheck" for the container's HEALTHCHECK (dockerd runs it as an exec);
    // "escut-probe" for the exec of Escut's own --active probe (sh -c true). The checks judge only the first kind.
    QString origin;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ExecRecord fromJson(const QJsonObject& json);
    bool operator==(const ExecRecord&) const = default;
};

// Where the exec history was read from, or why it could not be.
struct ExecSource
{
    QString source; // "events" or "audit"
    bool read = false;
    QDateTime since; // the oldest moment it covers: the oldest event the daemon still holds, the oldest audit record
    QString path;    // audit: the log file
    QString error;   // translated: why it was not read ("not on this host", the daemon's or the system's message)
    int records = 0; // events: the events the daemon held; audit: the docker commands the log recorded
    int notInspected = 0; // events: execs left uninspected by the bound (MaxInspections)
    bool cut = false;     // audit: only the log's last MaxAuditBytes were read

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ExecSource fromJson(const QJsonObject& json);
    bool operator==(const ExecSource&) const = default;
};

struct ExecHistory
{
    bool collected = false; // false: not gathered (an older snapshot, or the audit left the containers out)
    QList<ExecSource> sources;
    QList<ExecRecord> execs;

    [[nodiscard]] const ExecSource* source(const QString& name) const;
    [[nodiscard]] bool anySourceRead() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ExecHistory fromJson(const QJsonObject& json);
    bool operator==(const ExecHistory&) const = default;
};

// One `docker exec` that the audit log recorded (EXECVE records).
struct AuditExec
{
    QDateTime time;
    QString container; // as named on the command line
    QString user;      // --user as given, "" when not given
    bool privileged = false;
    QString entrypoint; // file name only
    bool operator==(const AuditExec&) const = default;
};

struct AuditLogExecs
{
    QList<AuditExec> execs;
    QDateTime oldest;       // the oldest record read (any type); invalid when none
    int dockerCommands = 0; // EXECVE events whose program is docker (any subcommand)
    int longLines = 0;      // lines over MaxAuditLine, skipped
};

namespace execlog
{

// Bounds for hostile input: an audit log line longer than this is skipped; at most this many arguments of one command
// and this many bytes of one argument are kept (docker's options, the container and the program come first).
constexpr qsizetype MaxAuditLine = 64 * 1024;
constexpr int MaxArguments = 64;
constexpr qsizetype MaxArgumentBytes = 4096;

// The `docker exec` commands in audit log text (auditd's format: type=EXECVE msg=audit(SECONDS.MS:SERIAL): argc=N
// a0="docker" a1=... ; arguments in quotes, or in hex when they hold spaces, quotes or control characters; a long
// argument as aN_len=L aN[0]=... aN[1]=...; one command over several EXECVE records of the same audit(...) id).
// The first line is skipped when skipFirstLine (a tail that starts inside a line).
[[nodiscard]] AuditLogExecs parseAuditLog(const QByteArray& text, bool skipFirstLine = false);

// argv of one command: the docker exec it runs, or nullopt when it is not one (another program or subcommand, an
// option docker exec does not have, too few arguments, a global option that names another daemon).
[[nodiscard]] std::optional<AuditExec> dockerExec(const QList<QByteArray>& argv);

// The file name of a program path, at most 128 characters: what an ExecRecord keeps of it.
[[nodiscard]] QString programName(const QString& path);

} // namespace execlog

struct ExecHistoryOptions
{
    // The daemon's event log, when the caller already read all of it (GET /events?since=1&until=...): not asked again.
    std::optional<QByteArray> eventLog;
    qint64 untilNs = 0;                       // the daemon's clock when the audit began (GET /info SystemTime)
    std::shared_ptr<const Snapshot> previous; // exec ids it inspected are not inspected again
    bool local = false;                       // the host's audit log is this daemon's host
    QString hostRoot = QStringLiteral("/");
    QString auditLogPath = QStringLiteral("/var/log/audit/audit.log");
    const std::atomic<bool>* cancel = nullptr;
};

class ExecHistoryCollector
{
public:
    // dockerd keeps its latest 256 events of every kind in memory (moby daemon/events, eventsLimit): an exec is in
    // the log until 256 newer events push it out, or the daemon restarts.
    static constexpr int DaemonEventsKept = 256;
    static constexpr int MaxInspections = 256;               // GET /exec/{id}/json per audit
    static constexpr qint64 MaxAuditBytes = 4 * 1024 * 1024; // the audit log's tail that is read

    // Fills snapshot.execHistory from the daemon (one /events request unless options.eventLog has it, and the
    // inspections) and, on a local endpoint, the audit log. snapshot.containers must be collected already (they tell
    // a HEALTHCHECK's exec from one a person ran).
    static void collect(Snapshot& snapshot, DockerClient& client, QThreadPool& pool, const ExecHistoryOptions& options);
};

} // namespace escut
