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
    // A Compose subject may be "file.yml#service": the file part is the artifact.
    const QString file = path.section(QLatin1Char('#'), 0, 0);
    const QString relative = QDir::current().relativeFilePath(QFileInfo(file).absoluteFilePath());
    if (!relative.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(relative)) {
        return QString::fromUtf8(QUrl::toPercentEncoding(relative, "/"));
    }
    return QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()).toString(QUrl::FullyEncoded);
}

bool isFileSubject(const Finding& finding)
{
    return finding.subject.scope == Scope::Compose || finding.subject.scope == Scope::Dockerfile;
}

} // namespace escut
