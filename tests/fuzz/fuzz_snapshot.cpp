// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot loader (Snapshot::parse, as load() and escut-cli audit --snapshot use it), and what the checks read
// from a loaded snapshot first: daemon.json, the command line, the JSON round trip.
#include "FuzzInput.h"

#include "core/facts/Snapshot.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace escut;
    const Result<Snapshot> loaded = Snapshot::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!loaded) {
        return 0;
    }
    const Snapshot& s = loaded.value();
    (void)s.daemonConfig();
    (void)s.commandLineFlag(QStringLiteral("--icc"));
    (void)s.commandLineFlagValues(QStringLiteral("--default-ulimit"));
    (void)s.file(QStringLiteral("docker.sock"));
    const Result<Snapshot> again = Snapshot::fromJson(s.toJson());
    if (again) {
        (void)s.sameFacts(again.value());
    }
    return 0;
}
