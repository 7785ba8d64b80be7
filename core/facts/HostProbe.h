// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/Snapshot.h"

#include <QString>
#include <QStringList>

namespace escut
{

// Reads facts from the local host's files. Every path is looked up under root ("/" normally; a lab or test
// directory otherwise). Failures become facts (FileFact::error), never exceptions.
class HostProbe
{
public:
    explicit HostProbe(QString root = QStringLiteral("/"));

    [[nodiscard]] FileFact stat(const QString& role, const QString& path) const;
    [[nodiscard]] DaemonConfigFact readDaemonConfig(const QString& path, const QString& origin) const;

    // argv of the dockerd serving socketPath (or the only dockerd) from /proc; empty when not visible.
    [[nodiscard]] QStringList dockerdCommandLine(const QString& socketPath) const;

    // Fills daemonCommandLine, daemonConfigFact and files of snapshot for a local daemon.
    void collect(Snapshot& snapshot) const;

    static constexpr qint64 MaxConfigBytes = 4 * 1024 * 1024;

private:
    [[nodiscard]] QString hostPath(const QString& path) const;
    QString m_root;
};

} // namespace escut
