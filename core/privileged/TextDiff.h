// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace escut
{

// Unified diff (3 lines of context) of two texts, with ---/+++ headers naming path; empty when equal.
// An absent file is shown as /dev/null.
QString unifiedDiff(const QString& path, const QByteArray& before, bool beforeExists, const QByteArray& after);

} // namespace escut
