// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/Dockle.h"

#include "core/tools/ScanSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace escut
{

Result<QList<ScanFinding>> Dockle::parse(const QByteArray& json)
{
    const Result<QJsonDocument> doc = scansupport::parseJson(QStringLiteral("dockle"), json);
    if (!doc) {
        return doc.error();
    }
    const QJsonObject root = doc->object();
    if (!doc->isObject() || !root.value(QStringLiteral("summary")).isObject()) {
        return makeError(Error::Code::ParseError,
                         tr("dockle printed JSON without a \"summary\": it is not a dockle JSON report."),
                         QString::fromUtf8(json.left(200)));
    }
    QList<ScanFinding> out;
    for (const QJsonValue& v : root.value(QStringLiteral("details")).toArray()) {
        const QJsonObject detail = v.toObject();
        ScanFinding f;
        f.kind = QStringLiteral("checkpoint");
        f.id = detail.value(QStringLiteral("code")).toString();
        f.severity = detail.value(QStringLiteral("level")).toString();
        f.title = detail.value(QStringLiteral("title")).toString();
        f.alerts = static_cast<int>(detail.value(QStringLiteral("alerts")).toArray().size());
        out.append(f);
    }
    return out;
}

Result<QString> Dockle::version(const ToolOptions& options)
{
    // "dockle version 0.4.14"
    static const QRegularExpression pattern(QStringLiteral("version\\s+v?(\\S+)"));
    return scansupport::toolVersion(QStringLiteral("dockle"), pattern, options);
}

Result<QList<ScanFinding>> Dockle::scan(const QString& image, const ToolOptions& options)
{
    const Result<QByteArray> out =
        scansupport::runForOutput(QStringLiteral("dockle"),
                                  {QStringLiteral("--format"), QStringLiteral("json"), image},
                                  options);
    if (!out) {
        return out.error();
    }
    return parse(out.value());
}

QString Dockle::installHint()
{
    return tr("dockle is not installed: install the .deb of a release from "
              "https://github.com/goodwithtech/dockle/releases (apt-get install ./dockle_*.deb), then audit again.");
}

} // namespace escut
