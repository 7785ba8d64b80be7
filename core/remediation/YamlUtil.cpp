// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remediation/YamlUtil.h"

namespace escut::yamlutil
{

YAML::Node quoted(const std::string& text)
{
    YAML::Node n(text);
    n.SetTag("!");
    return n;
}

void emit(YAML::Emitter& out, const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        out << YAML::BeginMap;
        for (const auto& kv : node) {
            out << YAML::Key;
            emit(out, kv.first);
            out << YAML::Value;
            emit(out, kv.second);
        }
        out << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        out << YAML::BeginSeq;
        for (const YAML::Node& item : node) {
            emit(out, item);
        }
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar:
        if (node.Tag() == "!") {
            out << YAML::DoubleQuoted << node.Scalar();
        } else {
            out << node.Scalar();
        }
        break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        out << YAML::Null;
        break;
    }
}

} // namespace escut::yamlutil
