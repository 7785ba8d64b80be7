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
    // The link itself when path is a symbolic link (type "symlink"), never what it leads to.
    [[nodiscard]] FileFact lstat(const QString& role, const QString& path) const;
    // A systemd unit ("docker.service") as systemd finds it: the first of /etc/systemd/system, /lib/systemd/system
    // and /usr/lib/systemd/system that has it; the /lib one, absent, when none has.
    [[nodiscard]] FileFact systemdUnit(const QString& unit) const;
    // The registry certificate directory (role "certs.d") and the regular files and links directly inside each of
    // its registry directories (role "registry-cert"), at most MaxRegistries directories and MaxRegistryFiles entries
    // in each, in name order. Nothing is followed: a linked certs.d, registry directory or file is recorded as the
    // link. truncated is set when a bound left entries out.
    [[nodiscard]] QList<FileFact> registryCertificates(const QString& certsDir, bool* truncated = nullptr) const;
    // Fills notAfter (or certError) of a certificate file's fact from its PEM certificates.
    void readCertificateExpiry(FileFact& fact) const;
    [[nodiscard]] DaemonConfigFact readDaemonConfig(const QString& path, const QString& origin) const;

    // argv of the dockerd serving socketPath (or the only dockerd) from /proc; empty when not visible.
    [[nodiscard]] QStringList dockerdCommandLine(const QString& socketPath) const;

    // Fills daemonCommandLine, daemonConfigFact and files of snapshot for a local daemon.
    void collect(Snapshot& snapshot) const;

    static constexpr qint64 MaxConfigBytes = 4 * 1024 * 1024;
    static constexpr qint64 MaxCertificateBytes = 1024 * 1024;
    static constexpr int MaxRegistries = 64;
    static constexpr int MaxRegistryFiles = 16;

private:
    [[nodiscard]] QString hostPath(const QString& path) const;
    [[nodiscard]] FileFact statAt(const QString& role, const QString& path, bool follow) const;
    QString m_root;
};

} // namespace escut
