// SPDX-License-Identifier: GPL-3.0-or-later
// daemon.json as fix.daemon-json reads and rewrites it: nlohmann's ordered_json keeps the user's key order. No I/O.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace escut::daemonjson
{

// The settings in text (path names the file in errors); empty text is an empty object. Errors, never exceptions: a
// NUL byte, nesting deeper than JsonMaxDepth, text that is not JSON (a number out of range such as 1e400 included),
// or a document that is not an object.
[[nodiscard]] Result<nlohmann::ordered_json> parse(const QByteArray& text, const QString& path);

// config as the fix writes it: indented as before is (2 spaces when it says nothing), with a final newline. An error
// when it cannot be written (a string that is not UTF-8).
[[nodiscard]] Result<QByteArray>
dump(const nlohmann::ordered_json& config, const QByteArray& before, const QString& path);

} // namespace escut::daemonjson
