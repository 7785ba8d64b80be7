// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportUtil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace escut
{

QString findingKey(const Finding& finding)
{
    return QString::fromLatin1(finding.check->id) + QLatin1Char('|') + scopeId(finding.subject.scope) +
           QLatin1Char('|') + finding.subject.name;
}

QString findingFingerprint(const Finding& finding)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(findingKey(finding).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString endpointLabel(const Endpoint& endpoint)
{
    if (!endpoint.contextName.isEmpty()) {
        return endpoint.contextName;
    }
    if (!endpoint.url.isEmpty()) {
        return endpoint.url;
    }
    return endpoint.displayName();
}

QString fileUri(const QString& path)
{
    // Every byte outside RFC 3986's unreserved set is percent-encoded (space, '#', '%', ':', non-ASCII as UTF-8), so
    // "a b#c%d/compose.yml" stays one path and a first segment "x:y" is not read as a scheme.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString relative = QDir::current().relativeFilePath(absolute);
    if (relative != QLatin1String("..") && !relative.startsWith(QLatin1String("../")) &&
        !QDir::isAbsolutePath(relative)) {
        return QString::fromUtf8(QUrl::toPercentEncoding(relative, "/"));
    }
    return QStringLiteral("file://") + QString::fromUtf8(QUrl::toPercentEncoding(absolute, "/"));
}

bool isFileSubject(const Finding& finding)
{
    return finding.subject.scope == Scope::Compose || finding.subject.scope == Scope::Dockerfile;
}

QString paint(const QString& text, const char* code, bool color)
{
    if (!color) {
        return text;
    }
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text);
}

} // namespace escut
