// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remediation/fixes/DaemonJsonText.h"

#include "core/remediation/Remediation.h"
#include "core/util/JsonUtil.h"

#include <QRegularExpression>

namespace escut::daemonjson
{

namespace
{

using ordered_json = nlohmann::ordered_json;

// The indentation the user's file already uses (2 spaces when unknown).
int indentOf(const QByteArray& text)
{
    static const QRegularExpression firstIndented(QStringLiteral("\\n( +)\\S"));
    const QRegularExpressionMatch m = firstIndented.match(QString::fromUtf8(text));
    return m.hasMatch() ? int(m.capturedLength(1)) : 2;
}

} // namespace

Result<ordered_json> parse(const QByteArray& text, const QString& path)
{
    if (text.trimmed().isEmpty()) {
        return ordered_json::object();
    }
    // A NUL byte or nesting past 64 levels is no daemon.json dockerd reads; both are refused before parsing.
    if (text.contains('\0') || !jsonNestingWithin(text, JsonMaxDepth)) {
        return makeError(Error::Code::ParseError,
                         Remediation::tr("%1 contains a NUL byte or nests deeper than 64 levels: it is not a "
                                         "daemon.json Escut will rewrite; it was left untouched.")
                             .arg(path));
    }
    ordered_json config;
    try {
        config = ordered_json::parse(text.constData(), text.constData() + text.size());
    } catch (const nlohmann::json::exception& e) { // parse_error, and out_of_range for numbers such as 1e400
        return makeError(Error::Code::ParseError,
                         Remediation::tr("%1 is not valid JSON (%2). Escut will not rewrite it: fix it by hand "
                                         "first; it was left untouched.")
                             .arg(path, QString::fromUtf8(e.what())));
    }
    if (!config.is_object()) {
        return makeError(
            Error::Code::ParseError,
            Remediation::tr("%1 is not a JSON object. Escut will not rewrite it; it was left untouched.").arg(path));
    }
    return config;
}

Result<QByteArray> dump(const ordered_json& config, const QByteArray& before, const QString& path)
{
    try {
        return QByteArray::fromStdString(config.dump(indentOf(before))) + '\n';
    } catch (const nlohmann::json::exception& e) {
        return makeError(Error::Code::ParseError,
                         Remediation::tr("%1 cannot be rewritten (%2); it was left untouched.")
                             .arg(path, QString::fromUtf8(e.what())));
    }
}

} // namespace escut::daemonjson
