// SPDX-License-Identifier: GPL-3.0-or-later
// The types a snapshot file must have where Escut reads it. A snapshot is input from outside (a colleague's bug report,
// a file anyone could have edited): a number where the checks read a string would turn into an empty string and a
// different verdict, so a wrong type is an error naming the field, never a silent default.
#pragma once

#include "core/util/Result.h"

#include <QJsonObject>

namespace escut
{

// Ok, or a ParseError "<field>: expected <type>, found <type>" with the JSON path of the first bad field
// (containers[3].Config.Env[1]). Fields that are absent are fine; Docker's own documents may also hold null where
// they leave a list empty.
[[nodiscard]] VoidResult validateSnapshotJson(const QJsonObject& snapshot);

} // namespace escut
