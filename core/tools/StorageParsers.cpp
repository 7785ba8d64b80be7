// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/StorageParsers.h"

#include "core/util/JsonUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace escut
{

namespace
{

Result<QJsonObject> jsonObject(const QByteArray& json, const QString& tool)
{
    JsonTextError error;
    const QJsonDocument doc = jsonFromText(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(Error::Code::ParseError,
                         StorageParsers::tr("%1 printed something that is not the JSON it should print.").arg(tool),
                         error.errorString());
    }
    return doc.object();
}

void flattenDevices(const QJsonArray& nodes, QList<StorageFact::Device>& out)
{
    for (const QJsonValue& v : nodes) {
        const QJsonObject node = v.toObject();
        out.append({node.value(QStringLiteral("name")).toString(),
                    node.value(QStringLiteral("type")).toString(),
                    node.value(QStringLiteral("fstype")).toString()});
        flattenDevices(node.value(QStringLiteral("children")).toArray(), out);
    }
}

// "key:   value" lines of cryptsetup's reports, keys lower-cased.
QMap<QString, QString> keyValues(const QByteArray& text)
{
    QMap<QString, QString> out;
    for (const QString& raw : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const int colon = raw.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            continue;
        }
        const QString key = raw.left(colon).trimmed().toLower();
        if (!out.contains(key)) {
            out.insert(key, raw.mid(colon + 1).trimmed());
        }
    }
    return out;
}

} // namespace

Result<StorageParsers::Mount> StorageParsers::findmnt(const QByteArray& json)
{
    const Result<QJsonObject> doc = jsonObject(json, QStringLiteral("findmnt"));
    if (!doc) {
        return doc.error();
    }
    const QJsonArray filesystems = doc.value().value(QStringLiteral("filesystems")).toArray();
    if (filesystems.isEmpty()) {
        return makeError(Error::Code::ParseError, tr("findmnt listed no filesystem."));
    }
    const QJsonObject fs = filesystems.first().toObject();
    return Mount{fs.value(QStringLiteral("target")).toString(),
                 fs.value(QStringLiteral("source")).toString(),
                 fs.value(QStringLiteral("fstype")).toString(),
                 fs.value(QStringLiteral("options")).toString()};
}

Result<QList<StorageFact::Device>> StorageParsers::lsblk(const QByteArray& json)
{
    const Result<QJsonObject> doc = jsonObject(json, QStringLiteral("lsblk"));
    if (!doc) {
        return doc.error();
    }
    if (!doc.value().value(QStringLiteral("blockdevices")).isArray()) {
        return makeError(Error::Code::ParseError, tr("lsblk printed no \"blockdevices\" list."));
    }
    QList<StorageFact::Device> out;
    flattenDevices(doc.value().value(QStringLiteral("blockdevices")).toArray(), out);
    return out;
}

Result<StorageParsers::CryptStatus> StorageParsers::cryptsetupStatus(const QByteArray& text, int exitCode)
{
    CryptStatus status;
    const QString all = QString::fromUtf8(text);
    static const QRegularExpression head(QStringLiteral("^(\\S+) is (active|inactive)( and is in use)?"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = head.match(all);
    if (!m.hasMatch()) {
        return makeError(Error::Code::ToolFailed,
                         tr("cryptsetup status gave no status (exit code %1).").arg(exitCode),
                         all.trimmed().left(300));
    }
    status.mapping = m.captured(1);
    status.active = m.captured(2) == QLatin1String("active");
    status.inUse = !m.captured(3).isEmpty();
    const QMap<QString, QString> values = keyValues(text);
    status.type = values.value(QStringLiteral("type"));
    status.cipher = values.value(QStringLiteral("cipher"));
    status.device = values.value(QStringLiteral("device"));
    static const QRegularExpression bits(QStringLiteral("^(\\d+)"));
    status.keyBits = bits.match(values.value(QStringLiteral("keysize"))).captured(1).toInt();
    return status;
}

Result<StorageParsers::LuksHeader> StorageParsers::luksDump(const QByteArray& text)
{
    const QString all = QString::fromUtf8(text);
    if (!all.startsWith(QLatin1String("LUKS header information"))) {
        return makeError(Error::Code::ParseError,
                         tr("cryptsetup luksDump printed no LUKS header."),
                         all.trimmed().left(300));
    }
    LuksHeader header;
    const QMap<QString, QString> values = keyValues(text);
    header.version = values.value(QStringLiteral("version")).toInt();
    header.uuid = values.value(QStringLiteral("uuid"));
    if (header.version == 1) {
        header.cipher = values.value(QStringLiteral("cipher name")) + QLatin1Char('-') +
                        values.value(QStringLiteral("cipher mode"));
        header.pbkdf = QStringLiteral("pbkdf2");
        header.keyslots = int(all.count(
            QRegularExpression(QStringLiteral("^Key Slot \\d+: ENABLED"), QRegularExpression::MultilineOption)));
    } else {
        header.cipher = values.value(QStringLiteral("cipher"));
        header.pbkdf = values.value(QStringLiteral("pbkdf"));
        // Key slots are "  N: luks2" lines between "Keyslots:" and "Tokens:".
        const int from = all.indexOf(QLatin1String("\nKeyslots:"));
        const int to = all.indexOf(QLatin1String("\nTokens:"), from);
        if (from >= 0) {
            const QString slots = all.mid(from, to < 0 ? -1 : to - from);
            header.keyslots = int(slots.count(
                QRegularExpression(QStringLiteral("^\\s+\\d+: luks2"), QRegularExpression::MultilineOption)));
        }
    }
    if (header.version == 0) {
        return makeError(Error::Code::ParseError, tr("cryptsetup luksDump printed no LUKS version."));
    }
    return header;
}

Result<StorageParsers::FscryptStatus> StorageParsers::fscryptStatus(const QByteArray& text, int exitCode)
{
    FscryptStatus status;
    const QString all = QString::fromUtf8(text);
    if (all.contains(QLatin1String("is encrypted with fscrypt."))) {
        status.encrypted = true;
        const QMap<QString, QString> values = keyValues(text);
        status.policy = values.value(QStringLiteral("policy"));
        status.options = values.value(QStringLiteral("options"));
        status.unlocked = values.value(QStringLiteral("unlocked")).startsWith(QLatin1String("Yes"));
        return status;
    }
    static const QRegularExpression error(QStringLiteral("\\[ERROR\\] fscrypt status: (.*)"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = error.match(all);
    if (m.hasMatch()) {
        // The message wraps over indented lines: join them.
        status.error = m.captured(1).simplified();
        const bool notEncrypted = status.error.contains(QLatin1String("not encrypted")) ||
                                  status.error.contains(QLatin1String("not setup")) ||
                                  status.error.contains(QLatin1String("does not support encryption")) ||
                                  status.error.contains(QLatin1String("not enabled"));
        if (notEncrypted) {
            return status;
        }
        // Without its global configuration fscrypt answers this for every directory, encrypted ones too (a
        // directory encrypted with FSCRYPT_CONF elsewhere, or by fscryptctl): it cannot tell, the kernel can (statx).
        if (status.error.contains(QLatin1String("doesn't exist")) && status.error.contains(QLatin1String(".conf"))) {
            return makeError(Error::Code::ToolFailed,
                             tr("fscrypt status cannot tell without its global configuration: %1").arg(status.error));
        }
        return makeError(Error::Code::ToolFailed, tr("fscrypt status failed: %1").arg(status.error));
    }
    if (exitCode == 0 && all.contains(QLatin1String(" filesystem \""))) {
        return status; // a mountpoint: the filesystem itself is not an encrypted directory
    }
    return makeError(Error::Code::ToolFailed,
                     tr("fscrypt status gave no answer (exit code %1).").arg(exitCode),
                     all.trimmed().left(300));
}

} // namespace escut
