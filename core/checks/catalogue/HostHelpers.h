// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/HostFacts.h"
#include "core/facts/Snapshot.h"

#include <QString>

namespace escut::hostchecks
{

// Why the host facts cannot be used on this snapshot (remote endpoint, not collected), or empty when they can.
QString hostFactsUnavailable(const Snapshot& snapshot);

// A translated reason for a probe that did not answer, with how to make it answer.
QString probeReason(const Probe& probe);

// Whether a path sits on encrypted storage, and the evidence either way (container.encrypted-volumes,
// host.encrypted-docker-root).
struct Encryption
{
    enum class State {
        Encrypted,
        Plain,
        Unknown,
        Memory, // tmpfs/ramfs: nothing is at rest on a disk
    };
    State state = State::Unknown;
    QString evidence;
};
Encryption encryptionOf(const StorageFact& fact);

} // namespace escut::hostchecks
