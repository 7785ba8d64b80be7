// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/ContainerProcesses.h"

#include "core/docker/DockerClient.h"
#include "core/facts/Snapshot.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace escut
{

namespace
{

constexpr qsizetype IdLength = 64;
constexpr qsizetype MaxCgroupBytes = 8192;
constexpr qsizetype MaxCmdlineBytes = 4096;
constexpr int MaxTopProcesses = 10000;

// At most max bytes of a /proc file (they are not regular files: their size is 0 until read). Empty when the process
// has gone or the file cannot be read.
QByteArray readProcFile(const QByteArray& path, qsizetype max)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) {
        return {};
    }
    QByteArray out(max, Qt::Uninitialized);
    qsizetype used = 0;
    while (used < max) {
        const ssize_t n = ::read(fd, out.data() + used, static_cast<size_t>(max - used));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        used += n;
    }
    ::close(fd);
    out.truncate(used);
    return out;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

// The container ids (runs of exactly 64 lower-case hex digits) a /proc/PID/cgroup text names that ids holds.
int containerOf(const QByteArray& cgroup, const QHash<QByteArray, int>& ids)
{
    qsizetype i = 0;
    const qsizetype n = cgroup.size();
    while (i < n) {
        if (!isHex(cgroup.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && isHex(cgroup.at(j))) {
            ++j;
        }
        if (j - i == IdLength) {
            if (const auto it = ids.constFind(cgroup.mid(i, IdLength)); it != ids.cend()) {
                return it.value();
            }
        }
        i = j;
    }
    return -1;
}

QString cleanName(QString name)
{
    // Names are shown in reports: printable, short.
    name.removeIf([](QChar c) { return !c.isPrint(); });
    return name.left(ProcessFacts::MaxNameLength);
}

void addProgram(ContainerProcessFact& fact, QSet<QString>& seen, const QString& raw)
{
    const QString name = cleanName(raw);
    if (name.isEmpty() || seen.contains(name)) {
        return;
    }
    if (seen.size() >= ProcessFacts::MaxPrograms) {
        fact.truncated = true;
        return;
    }
    seen.insert(name);
}

void finish(ContainerProcessFact& fact, const QSet<QString>& seen)
{
    fact.programs = QStringList(seen.cbegin(), seen.cend());
    fact.programs.sort();
}

} // namespace

const ContainerProcessFact* ProcessFacts::of(const QString& containerId) const
{
    for (const ContainerProcessFact& f : containers) {
        if (f.containerId == containerId) {
            return &f;
        }
    }
    return nullptr;
}

void ProcessFacts::update(const QString& containerId, const ContainerProcessFact& fact)
{
    containers.removeIf([&containerId](const ContainerProcessFact& f) { return f.containerId == containerId; });
    if (!fact.source.isEmpty()) {
        containers.append(fact);
    }
}

QJsonObject ProcessFacts::toJson() const
{
    QJsonArray list;
    for (const ContainerProcessFact& f : containers) {
        QJsonObject o{{QStringLiteral("id"), f.containerId},
                      {QStringLiteral("source"), f.source},
                      {QStringLiteral("programs"), QJsonArray::fromStringList(f.programs)},
                      {QStringLiteral("processes"), f.processes}};
        if (f.truncated) {
            o.insert(QStringLiteral("truncated"), true);
        }
        if (!f.error.isEmpty()) {
            o.insert(QStringLiteral("error"), f.error);
        }
        list.append(o);
    }
    QJsonObject o{{QStringLiteral("collected"), collected}, {QStringLiteral("containers"), list}};
    if (!reason.isEmpty()) {
        o.insert(QStringLiteral("reason"), reason);
    }
    return o;
}

ProcessFacts ProcessFacts::fromJson(const QJsonObject& json)
{
    ProcessFacts facts;
    facts.collected = json.value(QStringLiteral("collected")).toBool();
    facts.reason = json.value(QStringLiteral("reason")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("containers")).toArray()) {
        const QJsonObject o = v.toObject();
        ContainerProcessFact f;
        f.containerId = o.value(QStringLiteral("id")).toString();
        f.source = o.value(QStringLiteral("source")).toString();
        QSet<QString> seen;
        for (const QJsonValue& p : o.value(QStringLiteral("programs")).toArray()) {
            addProgram(f, seen, p.toString());
        }
        finish(f, seen);
        f.processes = o.value(QStringLiteral("processes")).toInt();
        f.truncated = f.truncated || o.value(QStringLiteral("truncated")).toBool();
        f.error = o.value(QStringLiteral("error")).toString();
        facts.containers.append(f);
    }
    return facts;
}

QString ContainerProcesses::programName(const QString& command)
{
    // The first word, up to a ':' that sshd's and postgres' process titles add ("sshd: root@pts/0").
    const QString trimmed = command.trimmed();
    const qsizetype space =
        std::find_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isSpace(); }) - trimmed.cbegin();
    QString first = trimmed.left(space);
    if (first.endsWith(u':')) {
        first.chop(1);
    }
    return first.section(u'/', -1);
}

QList<ContainerProcessFact> ContainerProcesses::fromProc(const QString& procRoot, const QList<QJsonObject>& inspects)
{
    QList<ContainerProcessFact> out;
    QList<qint64> mainPids;
    QList<bool> mainSeen;
    QList<QSet<QString>> names;
    QHash<QByteArray, int> index;
    for (const QJsonObject& c : inspects) {
        const QJsonObject state = c.value(QStringLiteral("State")).toObject();
        const QString id = c.value(QStringLiteral("Id")).toString();
        if (!state.value(QStringLiteral("Running")).toBool() || id.size() != IdLength) {
            continue;
        }
        ContainerProcessFact f;
        f.containerId = id;
        f.source = QStringLiteral("proc");
        index.insert(id.toLatin1(), static_cast<int>(out.size()));
        out.append(f);
        mainPids.append(state.value(QStringLiteral("Pid")).toInteger());
        mainSeen.append(false);
        names.append(QSet<QString>());
    }
    if (out.isEmpty()) {
        return out;
    }
    const QByteArray root = QFile::encodeName(procRoot);
    DIR* dir = ::opendir(root.constData());
    if (dir == nullptr) {
        const QString why = tr("%1 cannot be read: %2").arg(procRoot, QString::fromLocal8Bit(std::strerror(errno)));
        for (ContainerProcessFact& f : out) {
            f.error = why;
        }
        return out;
    }
    while (const dirent* entry = ::readdir(dir)) {
        const char* name = entry->d_name;
        if (name[0] < '1' || name[0] > '9' ||
            !std::all_of(name, name + std::strlen(name), [](char c) { return c >= '0' && c <= '9'; })) {
            continue;
        }
        const QByteArray base = root + '/' + name + '/';
        const int which = containerOf(readProcFile(base + "cgroup", MaxCgroupBytes), index);
        if (which < 0) {
            continue;
        }
        ContainerProcessFact& fact = out[which];
        ++fact.processes;
        if (QByteArray(name).toLongLong() == mainPids.at(which)) {
            mainSeen[which] = true;
        }
        addProgram(fact, names[which], QString::fromUtf8(readProcFile(base + "comm", 64)).trimmed());
        // argv[0] ends at the first NUL; sshd overwrites its whole argv with a title ("sshd: root@pts/0").
        QByteArray cmdline = readProcFile(base + "cmdline", MaxCmdlineBytes);
        if (const qsizetype nul = cmdline.indexOf('\0'); nul >= 0) {
            cmdline.truncate(nul);
        }
        addProgram(fact, names[which], programName(QString::fromUtf8(cmdline)));
    }
    ::closedir(dir);
    for (qsizetype i = 0; i < out.size(); ++i) {
        finish(out[i], names.at(i));
        if (!mainSeen.at(i)) {
            // Another pid namespace (a daemon in a container, hidepid=): what /proc shows cannot be trusted complete.
            out[i].error = tr("its main process (pid %1) is not visible in %2").arg(mainPids.at(i)).arg(procRoot);
            out[i].programs.clear();
            out[i].processes = 0;
            out[i].truncated = false;
        }
    }
    return out;
}

ContainerProcessFact ContainerProcesses::parseTop(const QJsonObject& top, const QString& containerId)
{
    ContainerProcessFact fact;
    fact.containerId = containerId;
    fact.source = QStringLiteral("top");
    const QJsonArray titles = top.value(QStringLiteral("Titles")).toArray();
    qsizetype column = -1;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const QString title = titles.at(i).toString();
        if (title == QLatin1String("CMD") || title == QLatin1String("COMMAND")) {
            column = i;
        }
    }
    if (column < 0) {
        fact.error = tr("the daemon's process list has no command column");
        return fact;
    }
    QSet<QString> seen;
    const QJsonArray processes = top.value(QStringLiteral("Processes")).toArray();
    for (qsizetype i = 0; i < processes.size() && i < MaxTopProcesses; ++i) {
        const QJsonArray row = processes.at(i).toArray();
        if (column < row.size()) {
            ++fact.processes;
            addProgram(fact, seen, programName(row.at(column).toString().left(MaxCmdlineBytes)));
        }
    }
    fact.truncated = fact.truncated || processes.size() > MaxTopProcesses;
    finish(fact, seen);
    return fact;
}

ContainerProcessFact ContainerProcesses::fromTop(DockerClient& client, const QString& containerId)
{
    const Result<QJsonDocument> top = client.getJson(QStringLiteral("/containers/%1/top").arg(containerId));
    if (!top) {
        ContainerProcessFact fact;
        fact.containerId = containerId;
        fact.source = QStringLiteral("top");
        fact.error = tr("the daemon did not list its processes: %1").arg(top.error().message);
        return fact;
    }
    return parseTop(top.value().object(), containerId);
}

bool ContainerProcesses::procUsable(const Snapshot& snapshot)
{
    return snapshot.endpoint.isLocal() && !snapshot.daemonCommandLine.isEmpty();
}

ContainerProcessFact ContainerProcesses::forContainer(DockerClient& client, const QJsonObject& inspect, bool useProc)
{
    const QString id = inspect.value(QStringLiteral("Id")).toString();
    if (!inspect.value(QStringLiteral("State")).toObject().value(QStringLiteral("Running")).toBool()) {
        ContainerProcessFact none;
        none.containerId = id;
        return none;
    }
    if (useProc) {
        const QList<ContainerProcessFact> read = fromProc(QStringLiteral("/proc"), {inspect});
        if (!read.isEmpty() && read.first().error.isEmpty()) {
            return read.first();
        }
    }
    return fromTop(client, id);
}

ProcessFacts ContainerProcesses::collect(DockerClient& client,
                                         QThreadPool* pool,
                                         const QList<QJsonObject>& inspects,
                                         bool useProc,
                                         const std::atomic<bool>* cancel)
{
    ProcessFacts facts;
    facts.collected = true;
    QStringList ask; // the containers the daemon is asked about
    if (useProc) {
        facts.containers = fromProc(QStringLiteral("/proc"), inspects);
        for (const ContainerProcessFact& f : std::as_const(facts.containers)) {
            if (!f.error.isEmpty()) {
                ask.append(f.containerId);
            }
        }
    } else {
        for (const QJsonObject& c : inspects) {
            if (c.value(QStringLiteral("State")).toObject().value(QStringLiteral("Running")).toBool()) {
                ContainerProcessFact f;
                f.containerId = c.value(QStringLiteral("Id")).toString();
                facts.containers.append(f);
                ask.append(f.containerId);
            }
        }
    }
    if (ask.isEmpty()) {
        return facts;
    }
    const QList<ContainerProcessFact> answers =
        QtConcurrent::blockingMapped(pool, ask, [&client, cancel](const QString& id) {
            if (cancel != nullptr && cancel->load()) {
                ContainerProcessFact f;
                f.containerId = id;
                f.error = tr("cancelled");
                return f;
            }
            return fromTop(client, id);
        });
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < facts.containers.size(); ++i) {
        position.insert(facts.containers.at(i).containerId, i);
    }
    for (const ContainerProcessFact& answer : answers) {
        facts.containers[position.value(answer.containerId)] = answer;
    }
    return facts;
}

} // namespace escut
