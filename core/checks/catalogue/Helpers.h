// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Check.h"
#include "core/facts/Snapshot.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <optional>

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

// An environment variable name that looks like it holds a secret (PASSWORD, TOKEN, API_KEY, ...). NAME_FILE
// variables point at a secret file and do not count. Shared by compose.secrets, container.secrets and
// image.env-secrets so that all three agree.
bool looksLikeSecretName(const QString& name);

// A Config.User value that means root: empty, "0", "root", with or without a group ("0:0", "root:wheel").
bool isRootUser(const QString& user);

} // namespace checkhelpers
} // namespace escut
