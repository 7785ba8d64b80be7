// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace escut
{

// A small on-disk cache of JSON entries under $XDG_CACHE_HOME/escut/<area>/ (~/.cache/escut/...), for results that
// depend only on their key (an image id is a content hash) and are expensive to recompute: image probes and scans.
// Losing it costs time, never correctness; failures to write are ignored.
class Cache
{
public:
    explicit Cache(QString area);

    [[nodiscard]] QString directory() const;
    [[nodiscard]] std::optional<QJsonObject> read(const QString& key) const;
    void write(const QString& key, const QJsonObject& entry) const;

    // $XDG_CACHE_HOME/escut (~/.cache/escut).
    [[nodiscard]] static QString root();

private:
    [[nodiscard]] QString pathFor(const QString& key) const;
    QString m_area;
};

} // namespace escut
