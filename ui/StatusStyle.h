// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStyleOptionViewItem>

#include <functional>
#include <vector>

class QPainter;

namespace escut
{

// Colours and icons shared by the diagram, the checklists and the charts. Everything is painted (vector), so it
// stays crisp at any device pixel ratio and follows the light or dark palette.
namespace style
{

// True when the palette's window colour is dark.
[[nodiscard]] bool isDark(const QPalette& palette);
[[nodiscard]] QColor statusColor(Status status, const QPalette& palette);
[[nodiscard]] QColor severityColor(Severity severity, const QPalette& palette);
// Red → amber → green for 0..100; grey for -1 (not scored).
[[nodiscard]] QColor scoreColor(int score, const QPalette& palette);
// Black or white, whichever reads better on background.
[[nodiscard]] QColor textOn(const QColor& background);
// A round status badge (✗ fail, ! warn, ✓ pass, i info, – skipped, ? error), painted at every standard size
// once per status and colour (item views ask for it on every row). GUI thread only.
[[nodiscard]] QIcon statusIcon(Status status, const QPalette& palette);
// Most urgent first: fail, error, warn, skipped, info, pass.
[[nodiscard]] int statusRank(Status status);
// Sort key for "most urgent": status, then severity (lower is more urgent).
[[nodiscard]] int urgency(const Finding& finding);
// The n most urgent of these findings, most urgent first and ties in their given order; sorts the pointers,
// never copies of every finding.
[[nodiscard]] QList<Finding> mostUrgent(std::vector<const Finding*> findings, qsizetype n);
// The same over the findings that `keep` accepts.
[[nodiscard]] QList<Finding>
mostUrgent(const QList<Finding>& findings, qsizetype n, const std::function<bool(const Finding&)>& keep);
// Untrusted text for a tooltip or any rich-text context: escaped and wrapped so Qt never renders its markup.
[[nodiscard]] QString plainToolTip(const QString& untrusted);

// An item view's item (option already initialised for its index) with its text wrapped inside its rectangle less
// padding on each side, as plain text: drawText with a QString never interprets markup.
void paintWrappedItem(QPainter* painter, QStyleOptionViewItem option, int padding, Qt::Alignment alignment);

} // namespace style
} // namespace escut
