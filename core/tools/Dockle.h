// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/ImageAnalysis.h"
#include "core/tools/ToolRunner.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace escut
{

// dockle (goodwithtech): `dockle --format json IMAGE`. Every entry of "details" becomes a ScanFinding of kind
// "checkpoint" with its code, level and title and the number of alerts (the alert texts are not kept: they quote
// history lines that may hold credentials).
class Dockle
{
    Q_DECLARE_TR_FUNCTIONS(Dockle)

public:
    static constexpr int ScanTimeoutMs = 180000;

    [[nodiscard]] static Result<QList<ScanFinding>> parse(const QByteArray& json);
    [[nodiscard]] static Result<QString> version(const ToolOptions& options = {});
    [[nodiscard]] static Result<QList<ScanFinding>> scan(const QString& image, const ToolOptions& options);
    [[nodiscard]] static QString installHint();
};

} // namespace escut
