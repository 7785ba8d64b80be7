// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/YamlLoad.h"

#include <QCoreApplication>

namespace escut::yaml
{

namespace
{

enum class Walk { Ok, TooDeep, TooMany };

// Counts every node as it would be reached by code that follows aliases (an alias used ten times counts ten times);
// a node that contains itself is reached again and again until the depth limit stops it.
Walk walk(const YAML::Node& node, int depth, qsizetype& nodes, const Limits& limits)
{
    if (depth > limits.maxDepth) {
        return Walk::TooDeep;
    }
    if (++nodes > limits.maxNodes) {
        return Walk::TooMany;
    }
    if (node.IsMap()) {
        for (const auto& kv : node) {
            for (const YAML::Node& child : {kv.first, kv.second}) {
                if (const Walk w = walk(child, depth + 1, nodes, limits); w != Walk::Ok) {
                    return w;
                }
            }
        }
    } else if (node.IsSequence()) {
        for (const YAML::Node& child : node) {
            if (const Walk w = walk(child, depth + 1, nodes, limits); w != Walk::Ok) {
                return w;
            }
        }
    }
    return Walk::Ok;
}

} // namespace

Result<YAML::Node> load(const QByteArray& text, const Limits& limits)
{
    if (text.size() > limits.maxBytes) {
        return makeError(Error::Code::ParseError,
                         QCoreApplication::translate("YamlLoad", "The file is larger than %1 MiB: refused.")
                             .arg(limits.maxBytes / (1024 * 1024)));
    }
    if (text.contains('\0')) {
        return makeError(
            Error::Code::ParseError,
            QCoreApplication::translate("YamlLoad", "The file contains a NUL byte: it is not a text file."));
    }
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
        qsizetype nodes = 0;
        switch (walk(root, 0, nodes, limits)) {
        case Walk::TooDeep:
            return makeError(Error::Code::ParseError,
                             QCoreApplication::translate(
                                 "YamlLoad",
                                 "The document nests deeper than %1 levels (or an alias or merge key refers to "
                                 "itself): refused.")
                                 .arg(limits.maxDepth));
        case Walk::TooMany:
            return makeError(Error::Code::ParseError,
                             QCoreApplication::translate(
                                 "YamlLoad",
                                 "The document expands to more than %1 nodes once its aliases are followed: refused.")
                                 .arg(limits.maxNodes));
        case Walk::Ok:
            break;
        }
    } catch (const YAML::Exception& e) {
        return makeError(Error::Code::ParseError,
                         QCoreApplication::translate("YamlLoad", "Not valid YAML (line %1, column %2): %3")
                             .arg(e.mark.line + 1)
                             .arg(e.mark.column + 1)
                             .arg(QString::fromStdString(e.msg)));
    } catch (const std::exception& e) {
        return makeError(
            Error::Code::ParseError,
            QCoreApplication::translate("YamlLoad", "The YAML could not be read: %1").arg(QString::fromUtf8(e.what())));
    }
    return root;
}

} // namespace escut::yaml
