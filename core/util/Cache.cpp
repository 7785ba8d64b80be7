// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Cache.h"

#include "core/util/FileWrite.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace escut
{

Cache::Cache(QString area)
    : m_area(std::move(area))
{}

QString Cache::root()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/escut");
}

QString Cache::directory() const
{
    return root() + QLatin1Char('/') + m_area;
}

QString Cache::pathFor(const QString& key) const
{
    // Keys are image ids ("sha256:<hex>"): keep only characters that are safe in a file name.
    QString name = key;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return directory() + QLatin1Char('/') + name + QStringLiteral(".json");
}

std::optional<QJsonObject> Cache::read(const QString& key) const
{
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024) {
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        return std::nullopt;
    }
    return doc.object();
}

void Cache::write(const QString& key, const QJsonObject& entry) const
{
    if (!QDir().mkpath(directory())) {
        return;
    }
    QFile::setPermissions(directory(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    (void)writeFile(pathFor(key), QJsonDocument(entry).toJson(QJsonDocument::Compact));
}

} // namespace escut
