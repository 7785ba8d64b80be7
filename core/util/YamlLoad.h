// SPDX-License-Identifier: GPL-3.0-or-later
// YAML from outside (Compose files) loaded with limits: a file size, a nesting depth and a number of nodes counted
// as aliases expand, so that a merge key that refers to itself or an alias bomb is a clear error, never a crash,
// a hang or gigabytes of memory in whatever walks the document next.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>

#include <yaml-cpp/yaml.h>

namespace escut::yaml
{

struct Limits
{
    qsizetype maxBytes = 4 * 1024 * 1024; // the file
    int maxDepth = 64;                    // nesting, aliases and merge keys followed
    qsizetype maxNodes = 200000;          // nodes, each alias counted again wherever it is used
};

// Parses text and walks the result once within the limits. Errors: not valid YAML (with line and column), a NUL
// byte, or a limit passed (naming it). yaml-cpp's exceptions never leave this function.
[[nodiscard]] Result<YAML::Node> load(const QByteArray& text, const Limits& limits = {});

} // namespace escut::yaml
