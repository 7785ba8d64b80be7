// SPDX-License-Identifier: GPL-3.0-or-later
// How many unused images and stopped containers a host may keep before CIS 6.1 and 6.2 warn of sprawl: the settings
// file's [sprawl] maxUnusedImages and maxStoppedContainers, else the defaults (25 each: docker-bench-security warns
// above 25 containers). Kept in the snapshot, so that evaluating it again gives the same verdicts.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace escut
{

struct SprawlLimits
{
    static constexpr int DefaultMaxUnusedImages = 25;
    static constexpr int DefaultMaxStoppedContainers = 25;
    static constexpr int MaxLimit = 1000000;

    int maxUnusedImages = DefaultMaxUnusedImages;
    int maxStoppedContainers = DefaultMaxStoppedContainers;
    QString origin = QStringLiteral("default"); // "default", or the settings file a limit came from
    QString problem; // translated: a value in the settings that was not a number from 0 to MaxLimit (ignored)

    // Reads settingsPath (an INI file; ImageCollector::settingsFile() for the user's).
    [[nodiscard]] static SprawlLimits read(const QString& settingsPath);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static SprawlLimits fromJson(const QJsonObject& json);
    bool operator==(const SprawlLimits&) const = default;
};

class SprawlLimitsText
{
    Q_DECLARE_TR_FUNCTIONS(SprawlLimits)
};

} // namespace escut
