// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <yaml-cpp/yaml.h>

namespace escut::yamlutil
{

// A string scalar that is emitted double-quoted: "22:22" must never become the YAML 1.1 number 1342, nor "600" an int.
YAML::Node quoted(const std::string& text);

// Emits node keeping quoted scalars (tag "!", as yaml-cpp marks quoted input and quoted()) quoted.
void emit(YAML::Emitter& out, const YAML::Node& node);

} // namespace escut::yamlutil
