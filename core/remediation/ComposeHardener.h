// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace escut
{

struct ComposeHardenOptions
{
    bool override = false;     // write only the additions, as an override file; the original stays untouched
    bool bindLoopback = false; // full mode: publish ports on 127.0.0.1 only (the user agreed)
    bool runsc = false;        // add runtime: runsc (gVisor)
    QString memory = QStringLiteral("512m");
    QString cpus = QStringLiteral("1.0");
    int pids = 200;
    bool moveSecrets = false; // full mode: literal secret-looking variables become Docker secrets (NAME_FILE)
    // Service → capabilities to add back after cap_drop ALL, chosen by the user; services not named get the
    // documented table (suggestedCapabilities). A service that already has cap_add keeps it.
    QMap<QString, QStringList> capAdd;
};

// A secret moved out of the Compose file: written next to it with mode 0600, never printed.
struct ComposeSecretFile
{
    QString relativePath; // ./secrets/<service>_<key>.txt
    QByteArray value;
};

struct ComposeHardenResult
{
    QByteArray text;
    QStringList notes;    // translated
    QStringList warnings; // translated; secret-looking variables are named, never their values
    QStringList services;
    QList<ComposeSecretFile> secretFiles;
};

// Hardens every service of a Compose file: no-new-privileges, cap_drop ALL (adding back what well-known images
// need), read_only with tmpfs, resource limits, optional loopback ports and runsc. Keeps every key the user had.
class ComposeHardener
{
    Q_DECLARE_TR_FUNCTIONS(ComposeHardener)

public:
    [[nodiscard]] static Result<ComposeHardenResult> harden(const QByteArray& original,
                                                            const ComposeHardenOptions& options);

    // Per service: what harden adds back after cap_drop ALL without a choice (the documented table), or the
    // service's own cap_add when it has one. Empty for a file that does not parse.
    [[nodiscard]] static QMap<QString, QStringList> suggestedCapabilities(const QByteArray& original);

    // The services that already set cap_add (harden keeps theirs).
    [[nodiscard]] static QStringList servicesWithCapAdd(const QByteArray& original);

    // The files merged and normalised by the Compose CLI (config), for re-auditing an override pair.
    // Blocking: call from the CLI or a worker thread.
    [[nodiscard]] static Result<QByteArray> mergedConfig(const QStringList& files);

    // docker-compose (or docker compose) config -q on these files; an empty string when valid, else the message.
    // Blocking: call from the CLI or a worker thread.
    [[nodiscard]] static Result<QString> validate(const QStringList& files);
};

} // namespace escut
