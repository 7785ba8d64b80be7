// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/Trivy.h"

#include "core/tools/ScanSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace escut
{

Result<QList<ScanFinding>> Trivy::parse(const QByteArray& json)
{
    const Result<QJsonDocument> doc = scansupport::parseJson(QStringLiteral("trivy"), json);
    if (!doc) {
        return doc.error();
    }
    const QJsonObject root = doc->object();
    if (!doc->isObject() || root.value(QStringLiteral("SchemaVersion")).toInt() != 2) {
        return makeError(Error::Code::ParseError,
                         tr("trivy printed JSON that is not a scan report of schema version 2 (trivy 0.20 or "
                            "newer); update trivy."),
                         QString::fromUtf8(json.left(200)));
    }
    QList<ScanFinding> out;
    for (const QJsonValue& resultValue : root.value(QStringLiteral("Results")).toArray()) {
        const QJsonObject result = resultValue.toObject();
        const QString target = result.value(QStringLiteral("Target")).toString();
        for (const QJsonValue& v : result.value(QStringLiteral("Vulnerabilities")).toArray()) {
            const QJsonObject vuln = v.toObject();
            ScanFinding f;
            f.kind = QStringLiteral("vulnerability");
            f.id = vuln.value(QStringLiteral("VulnerabilityID")).toString();
            f.severity = vuln.value(QStringLiteral("Severity")).toString(QStringLiteral("UNKNOWN"));
            f.package = vuln.value(QStringLiteral("PkgName")).toString();
            f.installed = vuln.value(QStringLiteral("InstalledVersion")).toString();
            f.fixed = vuln.value(QStringLiteral("FixedVersion")).toString();
            f.title = vuln.value(QStringLiteral("Title")).toString();
            out.append(f);
        }
        for (const QJsonValue& v : result.value(QStringLiteral("Secrets")).toArray()) {
            const QJsonObject secret = v.toObject();
            ScanFinding f;
            f.kind = QStringLiteral("secret");
            f.id = secret.value(QStringLiteral("RuleID")).toString();
            f.severity = secret.value(QStringLiteral("Severity")).toString(QStringLiteral("UNKNOWN"));
            f.package = target; // the file; the matched text is never kept
            f.title = secret.value(QStringLiteral("Title")).toString();
            out.append(f);
        }
        for (const QJsonValue& v : result.value(QStringLiteral("Misconfigurations")).toArray()) {
            const QJsonObject misconf = v.toObject();
            if (misconf.value(QStringLiteral("Status")).toString() != QLatin1String("FAIL")) {
                continue;
            }
            ScanFinding f;
            f.kind = QStringLiteral("misconfiguration");
            f.id = misconf.value(QStringLiteral("ID")).toString();
            f.severity = misconf.value(QStringLiteral("Severity")).toString(QStringLiteral("UNKNOWN"));
            f.package = target;
            f.title = misconf.value(QStringLiteral("Title")).toString();
            out.append(f);
        }
    }
    return out;
}

Result<QString> Trivy::version(const ToolOptions& options)
{
    // "Version: 0.50.1" on the first line (older releases print "Version: v0.19.2").
    static const QRegularExpression pattern(QStringLiteral("Version:\\s*v?(\\S+)"));
    return scansupport::toolVersion(QStringLiteral("trivy"), pattern, options);
}

Result<QList<ScanFinding>> Trivy::scan(const QString& image, const ToolOptions& options)
{
    const Result<QByteArray> out = scansupport::runForOutput(
        QStringLiteral("trivy"),
        {QStringLiteral("image"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--quiet"), image},
        options);
    if (!out) {
        return out.error();
    }
    return parse(out.value());
}

QString Trivy::installHint()
{
    return tr("trivy is not installed: install it from Aqua Security's Debian repository "
              "(https://aquasecurity.github.io/trivy-repo/deb, package trivy) or a release from "
              "https://github.com/aquasecurity/trivy/releases, then audit again.");
}

} // namespace escut
