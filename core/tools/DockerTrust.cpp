// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/DockerTrust.h"

#include "core/tools/ScanSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace escut
{

namespace
{

QStringList names(const QJsonValue& list)
{
    QStringList out;
    for (const QJsonValue& v : list.toArray()) {
        out.append(v.isObject() ? v.toObject().value(QStringLiteral("Name")).toString() : v.toString());
    }
    return out;
}

} // namespace

Result<QList<TrustRepository>> DockerTrust::parse(const QByteArray& json)
{
    const Result<QJsonDocument> doc = scansupport::parseJson(QStringLiteral("docker trust inspect"), json);
    if (!doc) {
        return doc.error();
    }
    if (!doc->isArray()) {
        return makeError(Error::Code::ParseError,
                         tr("docker trust inspect printed JSON that is not a list of repositories."),
                         QString::fromUtf8(json.left(200)));
    }
    QList<TrustRepository> out;
    for (const QJsonValue& v : doc->array()) {
        const QJsonObject repo = v.toObject();
        TrustRepository r;
        r.name = repo.value(QStringLiteral("Name")).toString();
        for (const QJsonValue& t : repo.value(QStringLiteral("SignedTags")).toArray()) {
            const QJsonObject tag = t.toObject();
            r.signedTags.append({tag.value(QStringLiteral("SignedTag")).toString(),
                                 tag.value(QStringLiteral("Digest")).toString(),
                                 names(tag.value(QStringLiteral("Signers")))});
        }
        r.signers = names(repo.value(QStringLiteral("Signers")));
        r.adminKeys = names(repo.value(QStringLiteral("AdministrativeKeys")));
        out.append(r);
    }
    return out;
}

ImageTrustRecord
DockerTrust::recordFor(const QString& reference, const QList<TrustRepository>& repositories, const QString& stderrText)
{
    ImageTrustRecord record;
    record.reference = reference;
    record.detail = stderrText.trimmed().left(500);
    const QString repository = imageref::repository(reference);
    QString tag = imageref::tag(reference);
    if (tag.isEmpty()) {
        tag = QStringLiteral("latest");
    }
    for (const TrustRepository& repo : repositories) {
        if (repo.name != reference && repo.name != repository && imageref::repository(repo.name) != repository) {
            continue;
        }
        record.state = ImageTrustRecord::State::Unsigned; // the repository has trust data
        for (const TrustRepository::SignedTag& signedTag : repo.signedTags) {
            if (signedTag.tag == tag) {
                record.state = ImageTrustRecord::State::Signed;
                record.signedDigest = signedTag.digest;
                record.signers = signedTag.signers;
                return record;
            }
        }
        return record;
    }
    record.state = ImageTrustRecord::State::NoData;
    return record;
}

Result<ImageTrustRecord> DockerTrust::inspect(const QString& reference, const ToolOptions& options)
{
    ToolOptions o = options;
    o.timeoutMs = qMin(o.timeoutMs, TimeoutMs);
    const Result<ToolOutput> run =
        ToolRunner::run(QStringLiteral("docker"), {QStringLiteral("trust"), QStringLiteral("inspect"), reference}, o);
    if (!run) {
        return run.error();
    }
    // With no trust data, or no notary server to ask, docker prints [] and "no signatures or cannot access ..."
    // and exits with 1: that is an answer, not a failure.
    if (run->out.trimmed().isEmpty()) {
        return makeError(Error::Code::ToolFailed,
                         tr("docker trust inspect %1 failed with exit code %2.").arg(reference).arg(run->exitCode),
                         run->diagnostic());
    }
    const Result<QList<TrustRepository>> parsed = parse(run->out);
    if (!parsed) {
        return parsed.error();
    }
    return recordFor(reference, parsed.value(), QString::fromUtf8(run->err));
}

QString DockerTrust::installHint()
{
    return tr("The docker CLI is not installed, so Escut cannot read Docker Content Trust data (docker trust "
              "inspect); install it with: apt-get install docker.io");
}

} // namespace escut
