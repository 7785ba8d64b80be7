// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A private dockerd for tests that must configure a daemon, count its containers or events, or stop it: its own
// config file (dir/daemon.json), unix socket, data and exec roots, pidfile and network namespace, so the machine's
// shared daemon is never touched. In its own network namespace (unshare --net) the daemon makes a docker0 bridge and
// iptables rules of its own there: the shared daemon's docker0 is left alone (never --bridge none, which deletes it;
// see PLATFORM-NOTES). Needs root.
#include "tests/common/TestUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <signal.h>

namespace escut::test
{

inline bool startPrivateDockerd(QProcess& dockerd, const QString& dir, const QString& socket)
{
    dockerd.setProcessChannelMode(QProcess::MergedChannels);
    dockerd.setStandardOutputFile(dir + QStringLiteral("/dockerd.log"), QIODevice::Append);
    // Its own network namespace: its docker0 and iptables rules never touch the machine's shared daemon.
    const QString command =
        QStringLiteral(
            "ip link set lo up && exec dockerd --config-file %1/daemon.json -H unix://%2 --data-root %1/data "
            "--exec-root %1/exec --pidfile %1/dockerd.pid")
            .arg(dir, socket);
    dockerd.start(QStringLiteral("unshare"),
                  {QStringLiteral("--net"), QStringLiteral("sh"), QStringLiteral("-c"), command});
    if (!dockerd.waitForStarted(10000)) {
        return false;
    }
    for (int i = 0; i < 60; ++i) {
        if (runProcess(QStringLiteral("docker"),
                       {QStringLiteral("-H"), QStringLiteral("unix://") + socket, QStringLiteral("version")},
                       5000)
                .exitCode == 0) {
            return true;
        }
        if (dockerd.state() == QProcess::NotRunning) {
            return false; // it exited at start: dir/dockerd.log says why
        }
        QTest::qWait(500);
    }
    return false;
}

inline void stopPrivateDockerd(QProcess& dockerd)
{
    if (dockerd.state() != QProcess::NotRunning) {
        dockerd.terminate();
        if (!dockerd.waitForFinished(30000)) {
            dockerd.kill();
            dockerd.waitForFinished(5000);
        }
    }
}

// One throwaway dockerd owned by a test binary, in /tmp/escut-<name>-<pid> (short: the socket path must fit in
// sun_path). start() it in initTestCase; the destructor stops it and removes everything it made.
class PrivateDockerd
{
    Q_DISABLE_COPY(PrivateDockerd)

public:
    explicit PrivateDockerd(const QString& name)
        : m_dir(QStringLiteral("/tmp/escut-%1-%2").arg(name).arg(QCoreApplication::applicationPid()))
        , m_socket(m_dir + QStringLiteral("/docker.sock"))
    {}

    ~PrivateDockerd()
    {
        stop();
        // A dockerd that was killed leaves its containerd behind: it belongs to this test, stop it too.
        QFile pidFile(m_dir + QStringLiteral("/exec/containerd/containerd.pid"));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const qint64 pid = pidFile.readAll().trimmed().toLongLong();
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (pid > 1 && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(m_dir.toUtf8())) {
                ::kill(pid_t(pid), SIGTERM);
                for (int i = 0; i < 100 && QFile::exists(QStringLiteral("/proc/%1").arg(pid)); ++i) {
                    QTest::qWait(100);
                }
            }
        }
        unmountAll();
        QDir(m_dir).removeRecursively();
    }

    // Creates the directory (emptied first) with daemonJson as the daemon's config file, and starts the daemon.
    [[nodiscard]] bool start(const QByteArray& daemonJson = "{}\n")
    {
        QDir(m_dir).removeRecursively();
        QFile config(m_dir + QStringLiteral("/daemon.json"));
        if (!QDir().mkpath(m_dir) || !config.open(QIODevice::WriteOnly) || config.write(daemonJson) < 0) {
            return false;
        }
        config.close();
        return restart();
    }

    // Starts the daemon again on the same socket, data and exec roots (after stop() or kill()).
    [[nodiscard]] bool restart()
    {
        return startPrivateDockerd(m_dockerd, m_dir, m_socket);
    }

    // SIGTERM, as systemctl stop does; waits for it to exit.
    void stop()
    {
        stopPrivateDockerd(m_dockerd);
    }

    // SIGKILL, as a crash: open connections are cut without an answer.
    void kill()
    {
        if (m_dockerd.state() != QProcess::NotRunning) {
            m_dockerd.kill();
            m_dockerd.waitForFinished(10000);
        }
    }

    [[nodiscard]] bool isRunning() const
    {
        return m_dockerd.state() != QProcess::NotRunning;
    }

    [[nodiscard]] QString host() const
    {
        return QStringLiteral("unix://") + m_socket;
    }

    [[nodiscard]] QString socket() const
    {
        return m_socket;
    }

    [[nodiscard]] QString dir() const
    {
        return m_dir;
    }

    // The docker CLI against this daemon.
    [[nodiscard]] ProcessResult docker(const QStringList& args, int timeoutMs = 120000) const
    {
        return runProcess(QStringLiteral("docker"), QStringList{QStringLiteral("-H"), host()} + args, timeoutMs);
    }

    // Copies an image from the daemon the environment names (the shared one: docker save) into this one (docker
    // load). False, with the reason in *error, when it did not arrive.
    [[nodiscard]] bool copyImage(const QString& image, QString* error = nullptr) const
    {
        QProcess save;
        QProcess load;
        save.setStandardOutputProcess(&load);
        save.start(QStringLiteral("docker"), {QStringLiteral("save"), image});
        load.start(QStringLiteral("docker"), {QStringLiteral("-H"), host(), QStringLiteral("load")});
        const bool finished = save.waitForFinished(120000) && load.waitForFinished(120000);
        const bool ok = finished && save.exitCode() == 0 && load.exitCode() == 0 &&
                        docker({QStringLiteral("image"), QStringLiteral("inspect"), image}).exitCode == 0;
        if (!ok && error) {
            *error = QString::fromUtf8(save.readAllStandardError() + load.readAllStandardError());
        }
        return ok;
    }

    // The daemon's own log (for a failure message).
    [[nodiscard]] QByteArray log() const
    {
        QFile f(m_dir + QStringLiteral("/dockerd.log"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().right(4000) : QByteArray();
    }

private:
    // dockerd mounts its data root on itself and network namespaces under its exec root, in the machine's mount
    // namespace; a daemon that was killed and started again stacks a second data-root mount. Unmount all of them
    // (deepest first), or removing the directory fails and the mounts stay.
    void unmountAll() const
    {
        for (int round = 0; round < 10; ++round) {
            const ProcessResult mounts =
                runProcess(QStringLiteral("findmnt"),
                           {QStringLiteral("-rn"), QStringLiteral("-o"), QStringLiteral("TARGET")});
            QStringList ours;
            for (const QString& target : QString::fromUtf8(mounts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (target == m_dir || target.startsWith(m_dir + QLatin1Char('/'))) {
                    ours.append(target);
                }
            }
            if (ours.isEmpty()) {
                return;
            }
            std::sort(ours.begin(), ours.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
            for (const QString& target : ours) {
                runProcess(QStringLiteral("umount"), {target});
            }
        }
    }

    QString m_dir;
    QString m_socket;
    QProcess m_dockerd;
};

} // namespace escut::test
