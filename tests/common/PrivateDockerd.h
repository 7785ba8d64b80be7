// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A private dockerd for tests that must configure a daemon: its own config file (dir/daemon.json), socket, data
// and exec roots and network namespace, so the machine's shared daemon is never touched. Needs root.
#include "tests/common/TestUtil.h"

#include <QProcess>
#include <QTest>

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

} // namespace escut::test
