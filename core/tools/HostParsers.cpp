// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/HostParsers.h"

#include "core/util/JsonUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace escut
{

namespace
{

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Breadth-first walk of the chains reachable from the start chains through jumps and gotos.
QSet<QString> reachable(const QStringList& start, const QMap<QString, QStringList>& jumps)
{
    QSet<QString> seen(start.begin(), start.end());
    QStringList queue = start;
    while (!queue.isEmpty()) {
        const QString chain = queue.takeFirst();
        for (const QString& next : jumps.value(chain)) {
            if (!seen.contains(next)) {
                seen.insert(next);
                queue.append(next);
            }
        }
    }
    return seen;
}

} // namespace

QList<UpdatesFact::Package> HostParsers::aptSimulation(const QByteArray& text)
{
    // Inst zstd [1.5.4+dfsg2-5] (1.5.4+dfsg2-5+deb12u1 Debian-Security:12/oldstable-security [amd64])
    static const QRegularExpression inst(QStringLiteral("^Inst (\\S+)(?: \\[[^\\]]*\\])? \\((\\S+) ([^\\[]*)"));
    QList<UpdatesFact::Package> out;
    for (const QString& line : lines(text)) {
        const QRegularExpressionMatch m = inst.match(line);
        if (!m.hasMatch()) {
            continue;
        }
        UpdatesFact::Package p;
        p.name = m.captured(1);
        p.version = m.captured(2);
        for (const QString& origin : m.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (origin.trimmed().section(QLatin1Char('/'), -1).endsWith(QLatin1String("-security"))) {
                p.security = true;
            }
        }
        out.append(p);
    }
    return out;
}

QList<UpdatesFact::Package> HostParsers::dnfCheckUpdate(const QByteArray& text, const QByteArray& securityList)
{
    QSet<QString> security;
    // ALSA-2024:1234 Important/Sec. openssl-libs-1:3.0.7-25.el9.x86_64
    for (const QString& line : lines(securityList)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() >= 3 && fields.at(1).contains(QLatin1String("Sec"))) {
            security.insert(fields.at(2));
        }
    }
    QList<UpdatesFact::Package> out;
    for (const QString& line : lines(text)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() != 3 || !fields.at(0).contains(QLatin1Char('.')) ||
            line.startsWith(QLatin1String("Obsoleting"))) {
            continue;
        }
        UpdatesFact::Package p;
        p.name = fields.at(0).section(QLatin1Char('.'), 0, -2);
        p.version = fields.at(1);
        const QString arch = fields.at(0).section(QLatin1Char('.'), -1);
        // updateinfo names are NAME-[EPOCH:]VERSION.ARCH; check-update versions carry the epoch too.
        const QString version =
            p.version.contains(QLatin1Char(':')) ? p.version.section(QLatin1Char(':'), 1) : p.version;
        p.security = security.contains(p.name + QLatin1Char('-') + p.version + QLatin1Char('.') + arch) ||
                     security.contains(p.name + QLatin1Char('-') + version + QLatin1Char('.') + arch);
        out.append(p);
    }
    return out;
}

QList<UpdatesFact::Package> HostParsers::zypperUpdates(const QByteArray& xml, const QByteArray& securityXml)
{
    const auto read = [](const QByteArray& data, const QString& kind) {
        QList<UpdatesFact::Package> out;
        QXmlStreamReader reader(data);
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("update") &&
                reader.attributes().value(QLatin1String("kind")) == kind) {
                out.append({reader.attributes().value(QLatin1String("name")).toString(),
                            reader.attributes().value(QLatin1String("edition")).toString(),
                            kind == QLatin1String("patch")});
            }
        }
        return out;
    };
    QList<UpdatesFact::Package> out = read(xml, QStringLiteral("package"));
    out.append(read(securityXml, QStringLiteral("patch")));
    return out;
}

QStringList HostParsers::auditWatchedPaths(const QStringList& rules)
{
    QStringList out;
    for (const QString& rule : rules) {
        const QStringList words = rule.simplified().split(QLatin1Char(' '));
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            if (words.at(i) == QLatin1String("-w")) {
                out.append(words.at(i + 1));
            } else if (words.at(i) == QLatin1String("-F") && (words.at(i + 1).startsWith(QLatin1String("path=")) ||
                                                              words.at(i + 1).startsWith(QLatin1String("dir=")))) {
                out.append(words.at(i + 1).section(QLatin1Char('='), 1));
            }
        }
    }
    out.removeDuplicates();
    return out;
}

FirewallFact HostParsers::iptablesRules(const QByteArray& text)
{
    FirewallFact fact;
    fact.backend = QStringLiteral("iptables");
    QMap<QString, QStringList> jumps;
    QMap<QString, int> filtering;
    for (const QString& line : lines(text)) {
        const QStringList w = line.simplified().split(QLatin1Char(' '));
        if (w.size() >= 3 && w.at(0) == QLatin1String("-P") && w.at(1) == QLatin1String("INPUT")) {
            fact.inputPolicy = w.at(2);
        } else if (w.size() >= 2 && w.at(0) == QLatin1String("-N")) {
            fact.tables.append(w.at(1));
            if (w.at(1) == QLatin1String("DOCKER-USER")) {
                fact.dockerUserChain = true;
            }
        } else if (w.size() >= 2 && w.at(0) == QLatin1String("-A")) {
            const QString chain = w.at(1);
            const qsizetype j = std::max(w.lastIndexOf(QStringLiteral("-j")), w.lastIndexOf(QStringLiteral("-g")));
            const QString target = j >= 0 && j + 1 < w.size() ? w.at(j + 1) : QString();
            if (chain == QLatin1String("DOCKER-USER") && !(w.size() == 4 && target == QLatin1String("RETURN"))) {
                ++fact.dockerUserRules;
            }
            if (target == QLatin1String("DROP") || target == QLatin1String("REJECT")) {
                ++filtering[chain];
            } else if (!target.isEmpty() && target != QLatin1String("ACCEPT") && target != QLatin1String("RETURN") &&
                       target != QLatin1String("LOG")) {
                jumps[chain].append(target);
            }
        }
    }
    for (const QString& chain : reachable({QStringLiteral("INPUT")}, jumps)) {
        fact.inputFilterRules += filtering.value(chain);
    }
    return fact;
}

Result<FirewallFact> HostParsers::nftRuleset(const QByteArray& json)
{
    JsonTextError error;
    const QJsonDocument doc = jsonFromText(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.object().value(QStringLiteral("nftables")).isArray()) {
        return makeError(Error::Code::ParseError, tr("nft printed no JSON ruleset."), error.errorString());
    }
    FirewallFact fact;
    fact.backend = QStringLiteral("nft");
    QStringList inputChains;
    QMap<QString, QStringList> jumps;
    QMap<QString, int> filtering;
    const auto key = [](const QJsonObject& o, const QString& chainKey) {
        return o.value(QStringLiteral("family")).toString() + QLatin1Char(' ') +
               o.value(QStringLiteral("table")).toString() + QLatin1Char(' ') + o.value(chainKey).toString();
    };
    for (const QJsonValue& v : doc.object().value(QStringLiteral("nftables")).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.contains(QStringLiteral("table"))) {
            const QJsonObject t = item.value(QStringLiteral("table")).toObject();
            fact.tables.append(t.value(QStringLiteral("family")).toString() + QLatin1Char(' ') +
                               t.value(QStringLiteral("name")).toString());
        } else if (item.contains(QStringLiteral("chain"))) {
            const QJsonObject c = item.value(QStringLiteral("chain")).toObject();
            if (c.value(QStringLiteral("name")).toString() == QLatin1String("DOCKER-USER")) {
                fact.dockerUserChain = true;
            }
            if (c.value(QStringLiteral("hook")).toString() == QLatin1String("input") &&
                c.value(QStringLiteral("type")).toString() == QLatin1String("filter")) {
                inputChains.append(key(c, QStringLiteral("name")));
                const QString policy = c.value(QStringLiteral("policy")).toString();
                // Several input chains: the strictest policy decides (a drop anywhere drops).
                if (fact.inputPolicy.isEmpty() || policy == QLatin1String("drop")) {
                    fact.inputPolicy = policy;
                }
            }
        } else if (item.contains(QStringLiteral("rule"))) {
            const QJsonObject r = item.value(QStringLiteral("rule")).toObject();
            const QString chain = key(r, QStringLiteral("chain"));
            bool onlyReturn = true;
            for (const QJsonValue& e : r.value(QStringLiteral("expr")).toArray()) {
                const QJsonObject expr = e.toObject();
                if (expr.contains(QStringLiteral("drop")) || expr.contains(QStringLiteral("reject"))) {
                    ++filtering[chain];
                }
                for (const char* verb : {"jump", "goto"}) {
                    const QString target =
                        expr.value(QString::fromLatin1(verb)).toObject().value(QStringLiteral("target")).toString();
                    if (!target.isEmpty()) {
                        jumps[chain].append(r.value(QStringLiteral("family")).toString() + QLatin1Char(' ') +
                                            r.value(QStringLiteral("table")).toString() + QLatin1Char(' ') + target);
                    }
                }
                if (!expr.contains(QStringLiteral("counter")) && !expr.contains(QStringLiteral("return"))) {
                    onlyReturn = false;
                }
            }
            if (r.value(QStringLiteral("chain")).toString() == QLatin1String("DOCKER-USER") && !onlyReturn) {
                ++fact.dockerUserRules;
            }
        }
    }
    for (const QString& chain : reachable(inputChains, jumps)) {
        fact.inputFilterRules += filtering.value(chain);
    }
    return fact;
}

Result<HostParsers::AppArmorCounts> HostParsers::aaStatus(const QByteArray& json)
{
    JsonTextError error;
    const QJsonDocument doc = jsonFromText(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.object().value(QStringLiteral("profiles")).isObject()) {
        return makeError(Error::Code::ParseError, tr("aa-status printed no JSON profile list."), error.errorString());
    }
    AppArmorCounts counts;
    const QJsonObject profiles = doc.object().value(QStringLiteral("profiles")).toObject();
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        if (it.value().toString() == QLatin1String("enforce")) {
            ++counts.enforce;
        } else if (it.value().toString() == QLatin1String("complain")) {
            ++counts.complain;
        }
    }
    return counts;
}

DockerGroupFact HostParsers::dockerGroup(const QByteArray& groupFile, const QByteArray& passwdFile)
{
    DockerGroupFact fact;
    QString dockerGid;
    QSet<QString> adminGids;
    for (const QString& line : lines(groupFile)) {
        const QStringList f = line.split(QLatin1Char(':'));
        if (f.size() < 4 || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList members = f.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (f.at(0) == QLatin1String("docker")) {
            fact.groupExists = true;
            dockerGid = f.at(2);
            fact.members.append(members);
        } else if (f.at(0) == QLatin1String("sudo") || f.at(0) == QLatin1String("wheel") ||
                   f.at(0) == QLatin1String("admin")) {
            adminGids.insert(f.at(2));
            fact.administrators.append(members);
        }
    }
    for (const QString& line : lines(passwdFile)) {
        const QStringList f = line.split(QLatin1Char(':'));
        if (f.size() < 4 || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (!dockerGid.isEmpty() && f.at(3) == dockerGid) {
            fact.members.append(f.at(0));
        }
        if (f.at(2) == QLatin1String("0") || adminGids.contains(f.at(3))) {
            fact.administrators.append(f.at(0));
        }
    }
    fact.members.removeDuplicates();
    fact.administrators.removeDuplicates();
    fact.members.sort();
    fact.administrators.sort();
    return fact;
}

ContentTrustFact::File HostParsers::contentTrustAssignment(const QString& path, const QByteArray& text)
{
    // export DOCKER_CONTENT_TRUST=1, DOCKER_CONTENT_TRUST="1", declare -x ..., setenv (csh) is not a start file here.
    static const QRegularExpression assign(
        QStringLiteral("^\\s*(export\\s+|declare\\s+-x\\s+)?DOCKER_CONTENT_TRUST=[\"']?([^\"'\\s;]*)[\"']?"));
    static const QRegularExpression exportLater(QStringLiteral("^\\s*export\\s+(.*\\s)?DOCKER_CONTENT_TRUST(\\s|;|$)"));
    ContentTrustFact::File file;
    file.path = path;
    file.exists = true;
    const QStringList all = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QRegularExpressionMatch m = assign.match(all.at(i));
        if (m.hasMatch()) {
            file.value = m.captured(2);
            file.line = int(i + 1);
            // /etc/environment has no export: pam_env exports every line.
            file.exported = !m.captured(1).isEmpty() || path.endsWith(QLatin1String("/environment"));
        } else if (exportLater.match(all.at(i)).hasMatch() && file.line > 0) {
            file.exported = true;
        }
    }
    return file;
}

} // namespace escut
