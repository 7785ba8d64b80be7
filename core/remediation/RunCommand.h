// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace escut
{

// fix.run-command: the hardened equivalent of a running container, as a `docker run` command and as a Compose
// service, computed from its inspect data. Pure; secret-looking variables are passed by name, never by value.
struct HardenedRun
{
    QString dockerRun;
    QStringList runArguments; // the same command as an argument list, after "docker" (for recreation, no shell)
    QStringList secretNames;  // variables passed by name: recreation copies their values through the environment
    QByteArray composeService;
    QStringList notes;    // translated
    QStringList warnings; // translated
};

struct RecreateOptions
{
    int stopTimeout = 10; // seconds docker stop grants the old container before SIGKILL
    QString socketPath;   // the daemon (DOCKER_HOST=unix://…); empty: the docker CLI's default
};

// What a recreation did, so that it can be undone: the old container was renamed aside and kept.
struct RecreatedContainer
{
    QString name;  // the container's name, now the hardened twin's
    QString aside; // the old container's name now
    QString oldId;
    QString newId;
    bool wasRunning = false;
    QString message; // translated
};

class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    [[nodiscard]] static HardenedRun harden(const QJsonObject& inspect);
    [[nodiscard]] static QString shellQuote(const QString& word);

    // Replaces the container by its hardened twin with the docker CLI: stop, rename the old one aside, run the new one
    // under the old name, and put the old one back if the new one is not running after a few seconds. The old
    // container is kept (stopped, renamed) so the change can be undone. Blocking: CLI or worker thread only.
    [[nodiscard]] static Result<RecreatedContainer>
    recreate(const QJsonObject& inspect, const HardenedRun& run, const RecreateOptions& options = {});

    // Undoes a recreation: removes the twin (only if it is still the one created), gives the old container its name
    // back and starts it if it was running. Blocking.
    [[nodiscard]] static VoidResult restore(const RecreatedContainer& swap, const QString& socketPath);
};

} // namespace escut
