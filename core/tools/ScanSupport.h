// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tools/ToolRunner.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace escut::scansupport
{

// The version a tool prints for --version, taken from the first match of pattern's first group.
[[nodiscard]] Result<QString>
toolVersion(const QString& tool, const QRegularExpression& pattern, const ToolOptions& options);

// Runs tool and returns its standard output; an error with its diagnostic when it printed nothing and failed.
[[nodiscard]] Result<QByteArray>
runForOutput(const QString& tool, const QStringList& arguments, const ToolOptions& options);

// Parses a JSON document, with the tool's name in the error.
[[nodiscard]] Result<QJsonDocument> parseJson(const QString& tool, const QByteArray& data);

} // namespace escut::scansupport
