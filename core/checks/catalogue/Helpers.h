// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Check.h"
#include "core/facts/Snapshot.h"
#include "core/util/Secrets.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <optional>
#include <utility>

namespace escut
{

// Translation context "Checks" for evidence written by the evaluators.
class Checks
{
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

namespace checkhelpers
{

// "name=seccomp,profile=default" style entries of GET /info SecurityOptions.
bool daemonHasSecurityOption(const Snapshot& snapshot, const QString& name);

// A daemon setting from a valid daemon.json (nullopt when absent or the file is not valid JSON).
std::optional<QJsonValue> configValue(const Snapshot& snapshot, const QString& key);

// Compact JSON text of a value for evidence: true, "info", ["a","b"].
QString jsonText(const QJsonValue& value);

// 0640-style octal text.
QString modeText(uint mode);

// Truthy value of a dockerd flag (--icc=false → false); nullopt when the flag is absent.
std::optional<bool> flagBool(const Snapshot& snapshot, const QString& flag);

// Why host-file checks cannot run on this snapshot, or empty when they can.
QString hostFilesUnavailableReason(const Snapshot& snapshot);

// The daemon.json keys dockerd accepts (from the dockerd reference plus 20.10-era keys).
const QStringList& knownDaemonConfigKeys();

// The dockerd command-line flags that set this daemon.json key ("default-ulimits" → --default-ulimits,
// --default-ulimit); dockerd refuses to start when one of them is also given on its command line.
QStringList daemonFlagsForConfigKey(const QString& key);

// What looks like a secret (core/util/Secrets): shared by compose.secrets, container.secrets, image.env-secrets and
// the snapshot's redaction, so that all of them agree.
using secrets::isSecretEnv;
using secrets::looksLikeSecretName;
using secrets::looksLikeSecretValue;

// A Config.User value that means root: empty, "root", or a uid that Docker reads as 0 ("0", "00", "+0"), with or
// without a group ("0:0", "root:wheel"); also any name in rootNames (the image's /etc/passwd entries with uid 0).
bool isRootUser(const QString& user, const QStringList& rootNames = {});

// strconv.ParseBool as dockerd and the Docker CLI read booleans: 1, t, T, TRUE, true, True and their false forms;
// nullopt for anything else.
std::optional<bool> parseGoBool(const QString& text);

// A host address that means every interface: empty, 0.0.0.0, ::, [::], ::0, 0:0:0:0:0:0:0:0.
bool isAnyAddress(const QString& address);

// A --security-opt entry split as dockerd does: "key=value", the deprecated "key:value", and the bare
// "no-new-privileges" (true).
std::pair<QString, QString> splitSecurityOpt(const QString& option);

// The effective no-new-privileges of these security options, nullopt when none of them sets it.
std::optional<bool> noNewPrivilegesOption(const QStringList& options);

// Text from an image or a file for evidence: white space simplified, at most max characters (an ellipsis ends a cut).
QString elided(QString text, qsizetype max = 120);

// Skipped: this endpoint's GET /info has no such field (Podman, an old API, a partial snapshot); a check says so
// rather than assume a default. field is the path in /info: "Driver", "Swarm.Cluster.Spec.CAConfig.NodeCertExpiry".
Outcome notInInfo(const QString& field);

// One -p binding as HostConfig.PortBindings records it (also for a container that never started).
struct PortBinding
{
    QString hostIp;                      // "" (every interface), "127.0.0.1", "::"
    QString hostPort;                    // "" when Docker picks one
    QString containerPort;               // "80/tcp"
    [[nodiscard]] QString shown() const; // 0.0.0.0:8080->80/tcp
};
QList<PortBinding> portBindings(const QJsonObject& hostConfig);

// A container on the host network publishes nothing: container.ports-bind, privileged-ports and published-ports say
// so in the same words; nullopt for any other network mode.
std::optional<Outcome> hostNetworkPorts(const QJsonObject& hostConfig);

// A host path as the kernel reaches it: cleaned, and /var/run as the /run it links to on current distributions.
QString hostPathKey(const QString& path);

// path is directory or lies below it.
bool isUnderPath(const QString& path, const QString& directory);

// The well-known runtime sockets (Docker, containerd, Podman, CRI-O), as hostPathKey paths.
const QStringList& wellKnownRuntimeSockets();

// The runtime socket a host path brings into a container: the socket itself (by its file name) or a directory above
// one of sockets (-v /var/run:/host-run); empty when none.
QString runtimeSocketReached(const QString& hostPath, const QStringList& sockets);

} // namespace checkhelpers
} // namespace escut
