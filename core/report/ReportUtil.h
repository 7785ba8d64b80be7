// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Auditor.h"

#include <QString>

namespace escut
{

// Stable identity of a finding across audits: check id, subject kind and subject name (not the container id,
// which changes when a container is recreated; not the evidence, which is worded in the report's language).
// Reports (SARIF partialFingerprints), the history database and `escut-cli diff` share it.
[[nodiscard]] QString findingKey(const Finding& finding);
[[nodiscard]] QString findingFingerprint(const Finding& finding); // hex SHA-256 of findingKey

// The endpoint as a machine label, never translated: the context name when one was chosen, else the URL.
[[nodiscard]] QString endpointLabel(const Endpoint& endpoint);

// A subject's file (Subject::filePath(), not the "#service" id) as a URI: relative to the working directory when inside
// it, else file:///…; percent-encoded.
[[nodiscard]] QString fileUri(const QString& path);

// Findings whose subject is a file (Compose, Dockerfile).
[[nodiscard]] bool isFileSubject(const Finding& finding);

// text in an ANSI SGR colour (code "1;31", "32") when color is true (a terminal that wants it); text as is otherwise.
[[nodiscard]] QString paint(const QString& text, const char* code, bool color);

} // namespace escut
