// SPDX-License-Identifier: GPL-3.0-or-later
// The programs that run inside each running container (CIS 5.7: no sshd in a container). Read without entering the
// container: on a local endpoint whose daemon Escut can see in /proc, from /proc itself (a process belongs to the
// container whose id its cgroup names); elsewhere, and for a container whose main process /proc does not show, from
// the daemon's read-only GET /containers/{id}/top (dockerd runs ps for each, so it is the slower way).
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

class QThreadPool;

namespace escut
{

class DockerClient;
class Snapshot;

struct ContainerProcessFact
{
    QString containerId;
    QString source;         // "proc" or "top"
    QStringList programs;   // sorted, unique: each process's name (comm) and the base name of its argv[0]
    int processes = 0;      // how many processes were seen
    bool truncated = false; // more programs than MaxPrograms: only the first ones are kept
    QString error;          // translated: why they could not be read; programs is empty then

    bool operator==(const ContainerProcessFact&) const = default;
};

struct ProcessFacts
{
    static constexpr int MaxPrograms = 64;
    static constexpr int MaxNameLength = 64;

    bool collected = false;
    QString reason; // translated: why they were not collected (containers left out, a snapshot of an older version)
    QList<ContainerProcessFact> containers; // the running containers, in the snapshot's order

    [[nodiscard]] const ContainerProcessFact* of(const QString& containerId) const;
    // Replaces the container's entry with fact (a live update), or removes it when fact has no source (not running).
    void update(const QString& containerId, const ContainerProcessFact& fact);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ProcessFacts fromJson(const QJsonObject& json);
    bool operator==(const ProcessFacts&) const = default;
};

class ContainerProcesses
{
    Q_DECLARE_TR_FUNCTIONS(ContainerProcesses)

public:
    // Reads procRoot (normally /proc) for the running containers among inspects. A container whose main process
    // (State.Pid) is not found there, or not in the container's cgroup, gets an error naming why; the caller asks the
    // daemon for those.
    [[nodiscard]] static QList<ContainerProcessFact> fromProc(const QString& procRoot,
                                                              const QList<QJsonObject>& inspects);
    // GET /containers/{id}/top for one container.
    [[nodiscard]] static ContainerProcessFact fromTop(DockerClient& client, const QString& containerId);
    // The programs of a /top answer (Titles and Processes; the command column is CMD for dockerd, COMMAND for Podman).
    [[nodiscard]] static ContainerProcessFact parseTop(const QJsonObject& top, const QString& containerId);
    // The program a command line starts with: "/usr/sbin/sshd -D" and "sshd: /usr/sbin/sshd [listener]" give sshd.
    [[nodiscard]] static QString programName(const QString& command);

    // Whether the processes of the snapshot's containers are read from /proc: a local endpoint whose daemon Escut
    // sees there (its argv was read).
    [[nodiscard]] static bool procUsable(const Snapshot& snapshot);
    // One container's (a live update): from /proc when useProc and its main process is there, else from the daemon;
    // an empty fact (no source) when it is not running.
    [[nodiscard]] static ContainerProcessFact
    forContainer(DockerClient& client, const QJsonObject& inspect, bool useProc);

    // Everything: /proc when useProc (a local endpoint whose daemon is visible), the daemon for the rest, a few at
    // a time on pool.
    [[nodiscard]] static ProcessFacts collect(DockerClient& client,
                                              QThreadPool* pool,
                                              const QList<QJsonObject>& inspects,
                                              bool useProc,
                                              const std::atomic<bool>* cancel);
};

} // namespace escut
