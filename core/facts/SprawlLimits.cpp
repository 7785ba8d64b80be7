// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/SprawlLimits.h"

#include <QFileInfo>
#include <QSettings>

namespace escut
{

namespace
{

// A limit from the settings: a whole number from 0 to MaxLimit; anything else leaves the default and says why.
void readLimit(const QSettings& settings, const QString& key, int& limit, bool& found, QStringList& problems)
{
    if (!settings.contains(key)) {
        return;
    }
    const QString text = settings.value(key).toString().trimmed();
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > SprawlLimits::MaxLimit) {
        problems.append(SprawlLimitsText::tr("%1 is not a number from 0 to %2 (\"%3\"): the default, %4, applies.")
                            .arg(key)
                            .arg(SprawlLimits::MaxLimit)
                            .arg(text.left(40))
                            .arg(limit));
        return;
    }
    limit = static_cast<int>(value);
    found = true;
}

} // namespace

SprawlLimits SprawlLimits::read(const QString& settingsPath)
{
    SprawlLimits limits;
    if (settingsPath.isEmpty() || !QFileInfo(settingsPath).isFile()) {
        return limits;
    }
    const QSettings settings(settingsPath, QSettings::IniFormat);
    bool found = false;
    QStringList problems;
    readLimit(settings, QStringLiteral("sprawl/maxUnusedImages"), limits.maxUnusedImages, found, problems);
    readLimit(settings, QStringLiteral("sprawl/maxStoppedContainers"), limits.maxStoppedContainers, found, problems);
    if (found) {
        limits.origin = settingsPath;
    }
    limits.problem = problems.join(u' ');
    return limits;
}

QJsonObject SprawlLimits::toJson() const
{
    QJsonObject o{{QStringLiteral("maxUnusedImages"), maxUnusedImages},
                  {QStringLiteral("maxStoppedContainers"), maxStoppedContainers},
                  {QStringLiteral("origin"), origin}};
    if (!problem.isEmpty()) {
        o.insert(QStringLiteral("problem"), problem);
    }
    return o;
}

SprawlLimits SprawlLimits::fromJson(const QJsonObject& json)
{
    SprawlLimits limits;
    const auto limit = [&json](const char* key, int fallback) {
        const double value = json.value(QLatin1String(key)).toDouble(fallback);
        return value >= 0 && value <= MaxLimit ? static_cast<int>(value) : fallback;
    };
    limits.maxUnusedImages = limit("maxUnusedImages", DefaultMaxUnusedImages);
    limits.maxStoppedContainers = limit("maxStoppedContainers", DefaultMaxStoppedContainers);
    limits.origin = json.value(QStringLiteral("origin")).toString(QStringLiteral("default"));
    limits.problem = json.value(QStringLiteral("problem")).toString();
    return limits;
}

} // namespace escut
