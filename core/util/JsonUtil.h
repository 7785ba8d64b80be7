// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace escut
{

// A JSON array of strings as a QStringList (anything that is not an array gives an empty list).
[[nodiscard]] inline QStringList jsonStrings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        out.append(v.toString());
    }
    return out;
}

// The text of each element of a top-level JSON array, without parsing them: a large list can then be parsed
// element by element, on several threads. Brackets and strings (with their escapes) are matched, not validated:
// nullopt when the text is not an array at that level (an unclosed string or bracket, text after the array, an
// empty element); the caller's parse of each element finds any other error.
[[nodiscard]] std::optional<QList<QByteArrayView>> jsonArrayElements(QByteArrayView text);

// Limits for JSON from outside, as escut::yaml::Limits for YAML: nesting (no Docker, tool or Escut document comes
// near it; a recursive parser or walker never sees more), and the size of a file written by hand (daemon.json, lab
// scenarios) or by a machine (the daemon's answers, snapshots, scanner reports: as ClientOptions::maxResponseBytes).
constexpr int JsonMaxDepth = 64;
constexpr qsizetype JsonMaxBytesHandWritten = 4 * 1024 * 1024;
constexpr qsizetype JsonMaxBytes = 256 * 1024 * 1024;

struct JsonLimits
{
    qsizetype maxBytes = JsonMaxBytes;
    int maxDepth = JsonMaxDepth;
};

// Whether JSON text nests at most max arrays and objects deep (strings and their escapes skipped), without parsing it.
[[nodiscard]] bool jsonNestingWithin(QByteArrayView text, int max = JsonMaxDepth);

// What jsonFromText says went wrong; the same fields as QJsonParseError, so a reader switches by its type alone.
struct JsonTextError
{
    QJsonParseError::ParseError error = QJsonParseError::NoError;
    qsizetype offset = 0; // in bytes
    QString message;      // a limit passed (translated); empty for Qt's own errors
    [[nodiscard]] QString errorString() const;
};

// QJsonDocument::fromJson for text from outside: also an error for a raw NUL byte (JSON has none; Qt takes one inside
// a string), nesting deeper than limits.maxDepth and text longer than limits.maxBytes. Numbers out of a double's
// range (1e400) are Qt's own error.
[[nodiscard]] QJsonDocument jsonFromText(QByteArrayView text, JsonTextError* error, const JsonLimits& limits = {});

} // namespace escut
