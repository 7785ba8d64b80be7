// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"

#include <QJsonObject>
#include <QMap>

namespace escut
{

// Counts and score of one layer (or of everything).
struct LayerScore
{
    int pass = 0;
    int warn = 0;
    int fail = 0;
    int info = 0;
    int skipped = 0;
    int error = 0;
    double earned = 0;   // weighted points obtained
    double possible = 0; // weighted points at stake
    // 0..100, or -1 when nothing in the layer was scored (all info/skipped/error).
    [[nodiscard]] int score() const;
    void add(const Finding& finding);
    [[nodiscard]] QJsonObject toJson() const;
};

// Scoring rules (documented in README): every pass/warn/fail finding puts its severity's weight at stake
// (critical 10, high 6, medium 3, low 1, info 0); a pass earns it all, a warn half, a fail nothing.
// info, skipped and error findings are not scored: they neither raise nor lower the score.
struct ScoreCard
{
    QMap<Layer, LayerScore> layers;
    LayerScore overall;

    [[nodiscard]] static ScoreCard compute(const QList<Finding>& findings);
    [[nodiscard]] static double weight(Severity severity);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace escut
