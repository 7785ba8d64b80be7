// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/Score.h"

#include <cmath>

namespace escut
{

double ScoreCard::weight(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return 10;
    case Severity::High:
        return 6;
    case Severity::Medium:
        return 3;
    case Severity::Low:
        return 1;
    case Severity::Info:
        return 0;
    }
    return 0;
}

int LayerScore::score() const
{
    if (possible <= 0) {
        return -1;
    }
    return static_cast<int>(std::lround(100.0 * earned / possible));
}

void LayerScore::add(const Finding& finding)
{
    const double w = ScoreCard::weight(finding.check->severity);
    switch (finding.status) {
    case Status::Pass:
        ++pass;
        earned += w;
        possible += w;
        break;
    case Status::Warn:
        ++warn;
        earned += w / 2;
        possible += w;
        break;
    case Status::Fail:
        ++fail;
        possible += w;
        break;
    case Status::Info:
        ++info;
        break;
    case Status::Skipped:
        ++skipped;
        break;
    case Status::Error:
        ++error;
        break;
    }
}

QJsonObject LayerScore::toJson() const
{
    const int s = score();
    return QJsonObject{{QStringLiteral("score"), s < 0 ? QJsonValue() : QJsonValue(s)},
                       {QStringLiteral("pass"), pass},
                       {QStringLiteral("warn"), warn},
                       {QStringLiteral("fail"), fail},
                       {QStringLiteral("info"), info},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("error"), error}};
}

ScoreCard ScoreCard::compute(const QList<Finding>& findings)
{
    ScoreCard card;
    for (const Finding& f : findings) {
        card.layers[f.check->layer].add(f);
        card.overall.add(f);
    }
    return card;
}

QJsonObject ScoreCard::toJson() const
{
    QJsonObject perLayer;
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        perLayer.insert(layerId(it.key()), it.value().toJson());
    }
    return QJsonObject{{QStringLiteral("overall"), overall.toJson()}, {QStringLiteral("layers"), perLayer}};
}

} // namespace escut
