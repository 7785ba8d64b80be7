// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log parser of the exec history (core/facts/ExecHistory: execlog): auditd's text, read from a host whose
// audit log anyone who can run a command there writes into. An input's first byte chooses: even, the whole rest is a
// log (odd bit 1: its first line is skipped, as for a tail); odd, the rest split at NUL bytes is one argv for
// execlog::dockerExec.
#include "FuzzInput.h"

#include "core/facts/ExecHistory.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace escut;
    const fuzz::Dispatch d = fuzz::dispatch(data, size, 4);
    switch (d.which) {
    case 0:
    case 2: {
        const AuditLogExecs parsed = execlog::parseAuditLog(d.rest, d.which == 2);
        for (const AuditExec& e : parsed.execs) {
            if (e.container.size() > 256 || e.user.size() > 256 || e.entrypoint.size() > 128) {
                std::abort(); // the bounds the snapshot relies on
            }
        }
        break;
    }
    case 1:
    case 3:
        (void)execlog::dockerExec(d.rest.split('\0'));
        break;
    default:
        break;
    }
    return 0;
}
