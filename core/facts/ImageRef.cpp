// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/ImageRef.h"

#include <QRegularExpression>
#include <QStringList>

namespace escut
{

namespace imageref
{

namespace
{

// Index of the ':' that starts the tag, or -1.
qsizetype tagColon(const QString& nameAndTag)
{
    const qsizetype colon = nameAndTag.lastIndexOf(QLatin1Char(':'));
    const qsizetype slash = nameAndTag.lastIndexOf(QLatin1Char('/'));
    return colon > slash ? colon : -1;
}

bool isRegistry(const QString& component)
{
    return component.contains(QLatin1Char('.')) || component.contains(QLatin1Char(':')) ||
           component == QLatin1String("localhost");
}

QString qualify(QString path)
{
    path = path.toLower();
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return {};
    }
    if (!isRegistry(parts.first())) {
        parts.prepend(QStringLiteral("docker.io"));
    } else if (parts.first() == QLatin1String("index.docker.io") ||
               parts.first() == QLatin1String("registry-1.docker.io")) {
        parts.first() = QStringLiteral("docker.io");
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace

QString digest(const QString& reference)
{
    const qsizetype at = reference.indexOf(QLatin1Char('@'));
    return at < 0 ? QString() : reference.mid(at + 1);
}

QString tag(const QString& reference)
{
    const QString nameAndTag = reference.section(QLatin1Char('@'), 0, 0);
    const qsizetype colon = tagColon(nameAndTag);
    return colon < 0 ? QString() : nameAndTag.mid(colon + 1);
}

QString repository(const QString& reference)
{
    const QString nameAndTag = reference.section(QLatin1Char('@'), 0, 0);
    const qsizetype colon = tagColon(nameAndTag);
    return colon < 0 ? nameAndTag : nameAndTag.left(colon);
}

QString normalisedRepository(const QString& reference)
{
    QString repo = qualify(repository(reference));
    // Official images live under library/ on Docker Hub: "nginx" is docker.io/library/nginx.
    if (repo.startsWith(QLatin1String("docker.io/")) && repo.count(QLatin1Char('/')) == 1) {
        repo.insert(10, QStringLiteral("library/"));
    }
    return repo;
}

QString normalisedSource(const QString& entry)
{
    QString e = entry.trimmed();
    while (e.endsWith(QLatin1Char('*')) || e.endsWith(QLatin1Char('/'))) {
        e.chop(1);
    }
    return qualify(e);
}

bool isUnder(const QString& normalisedRepo, const QString& normalisedSource)
{
    if (normalisedSource.isEmpty()) {
        return false;
    }
    return normalisedRepo == normalisedSource || normalisedRepo.startsWith(normalisedSource + QLatin1Char('/'));
}

bool isImageId(const QString& reference, const QString& imageId)
{
    static const QRegularExpression hex(QStringLiteral("^(sha256:)?[0-9a-f]{12,64}$"));
    if (!hex.match(reference).hasMatch()) {
        return false;
    }
    const QString bare = reference.startsWith(QLatin1String("sha256:")) ? reference.mid(7) : reference;
    const QString id = imageId.startsWith(QLatin1String("sha256:")) ? imageId.mid(7) : imageId;
    return id.startsWith(bare);
}

QString name(const QString& reference)
{
    return repository(reference);
}

} // namespace imageref

} // namespace escut
