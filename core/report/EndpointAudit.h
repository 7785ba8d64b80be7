// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Auditor.h"

#include <QString>

#include <optional>

namespace escut
{

// One endpoint's audit in a fleet run: the result, or why there is none.
struct EndpointAudit
{
    QString endpoint; // as the user named it (URL or context name); the `endpoint` label
    std::optional<AuditResult> result;
    QString error;         // translated, when result is empty
    qint64 durationMs = 0; // collect + evaluate, or time until the failure
};

} // namespace escut
