// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Secrets.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace escut::secrets
{

namespace
{

QString marker()
{
    return QString::fromLatin1(Marker);
}

// Credentials of a known format. Group "password" is the part of a URL's user:password@ to hide; for the other
// formats the whole match is the secret.
const QRegularExpression& formats()
{
    static const QRegularExpression re(
        QStringLiteral("[a-z][a-z0-9+.-]*://[^/@\\s:]*:(?<password>[^/@\\s]+)@"             // user:password@ in a URL
                       "|-----BEGIN [A-Z ]*PRIVATE KEY-----"                                // PEM private key
                       "|\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"                                     // AWS access key id
                       "|\\bgh[pousr]_[A-Za-z0-9]{36,}"                                     // GitHub token
                       "|\\bglpat-[A-Za-z0-9_-]{20,}"                                       // GitLab token
                       "|\\bxox[abposr]-[A-Za-z0-9-]{10,}"                                  // Slack token
                       "|\\bAIza[0-9A-Za-z_-]{35}"                                          // Google API key
                       "|\\bsk_live_[0-9A-Za-z]{20,}"                                       // Stripe secret key
                       "|\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+"), // JWT
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// NAME=value, NAME: value, "name": "value", --name=value inside text. The name must start a word; the value is a
// quoted string or runs to the next blank or separator.
const QRegularExpression& assignment()
{
    static const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9_.$])([\"']?)([A-Za-z_][A-Za-z0-9_.-]*)\\1"
                                                      "(=|:(?!//))[ \\t]*"
                                                      "(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^ \\t\\r\\n,;'\"}\\]]+)"));
    return re;
}

// A value that must stay: empty, a variable reference ($X, ${X}), YAML's null (not a value at all), already redacted.
bool keepValue(QStringView value)
{
    return value.isEmpty() || value.startsWith(u'$') || value == QLatin1String(Marker) || value == u"null" ||
           value == u"Null" || value == u"NULL" || value == u"~";
}

// A quoted value keeps its quotes; the text between them becomes the marker.
QString redactedValue(QStringView value)
{
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front()) {
        const QStringView inner = value.sliced(1, value.size() - 2);
        return keepValue(inner) ? value.toString() : value.front() + marker() + value.back();
    }
    return keepValue(value) ? value.toString() : marker();
}

// Replace the spans [start, end) given by fn for each match of re, left to right.
template <typename Fn> QString replaceMatches(const QString& text, const QRegularExpression& re, Fn fn)
{
    QString out;
    qsizetype last = 0;
    bool matched = false;
    for (QRegularExpressionMatchIterator it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += fn(m);
        last = m.capturedEnd();
        matched = true;
    }
    if (!matched) {
        return text;
    }
    out += QStringView(text).sliced(last);
    return out;
}

QString redactFormats(const QString& text)
{
    return replaceMatches(text, formats(), [](const QRegularExpressionMatch& m) {
        if (m.capturedLength(u"password") > 0) {
            const QString whole = m.captured(0);
            const qsizetype at = m.capturedStart(u"password") - m.capturedStart();
            return whole.left(at) + marker() + whole.mid(at + m.capturedLength(u"password"));
        }
        return marker();
    });
}

QString redactAssignments(const QString& text)
{
    return replaceMatches(text, assignment(), [](const QRegularExpressionMatch& m) {
        if (!looksLikeSecretName(m.captured(2))) {
            return m.captured(0);
        }
        const QString whole = m.captured(0);
        const qsizetype at = m.capturedStart(4) - m.capturedStart();
        return whole.left(at) + redactedValue(m.capturedView(4));
    });
}

// Bytes as Latin-1: every byte is one character and comes back as the same byte, UTF-8 or not.
QStringList latin1Lines(const QByteArray& text)
{
    return QString::fromLatin1(text).split(u'\n');
}

QByteArray joinLatin1(const QStringList& lines)
{
    return lines.join(u'\n').toLatin1();
}

qsizetype indentOf(const QString& line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t')) {
        ++i;
    }
    return i;
}

// The end of a plain YAML scalar: before " #" (a comment) and trailing blanks.
qsizetype plainScalarEnd(const QString& rest)
{
    qsizetype end = rest.size();
    for (qsizetype i = 1; i < rest.size(); ++i) {
        if (rest.at(i) == u'#' && (rest.at(i - 1) == u' ' || rest.at(i - 1) == u'\t')) {
            end = i;
            break;
        }
    }
    while (end > 0 && (rest.at(end - 1) == u' ' || rest.at(end - 1) == u'\t' || rest.at(end - 1) == u'\r')) {
        --end;
    }
    return end;
}

// The length of the quoted string at the start of rest, quotes included; 0 when it does not close on this line.
qsizetype quotedLength(const QString& rest)
{
    const QChar quote = rest.at(0);
    for (qsizetype i = 1; i < rest.size(); ++i) {
        if (quote == u'"' && rest.at(i) == u'\\') {
            ++i;
        } else if (rest.at(i) == quote) {
            if (quote == u'\'' && i + 1 < rest.size() && rest.at(i + 1) == u'\'') {
                ++i; // '' inside a single-quoted YAML scalar
                continue;
            }
            return i + 1;
        }
    }
    return 0;
}

} // namespace

bool looksLikeSecretName(const QString& name)
{
    // Whole words anywhere in the name; camelCase names (dbPassword) match the long words as substrings.
    static const QRegularExpression substring(
        QStringLiteral("PASSWORD|PASSWD|SECRET|CREDENTIAL|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList secretWords{QStringLiteral("TOKEN"),
                                         QStringLiteral("PASS"),
                                         QStringLiteral("PWD"),
                                         QStringLiteral("AUTH"),
                                         QStringLiteral("APIKEY"),
                                         QStringLiteral("PASSPHRASE")};
    // The last word says what the variable holds: a length, a path, a switch, not the secret itself.
    static const QStringList describingWords{
        QStringLiteral("FILE"),      QStringLiteral("PATH"),       QStringLiteral("DIR"),
        QStringLiteral("LENGTH"),    QStringLiteral("LEN"),        QStringLiteral("MIN"),
        QStringLiteral("MAX"),       QStringLiteral("POLICY"),     QStringLiteral("TTL"),
        QStringLiteral("EXPIRY"),    QStringLiteral("EXPIRES"),    QStringLiteral("TIMEOUT"),
        QStringLiteral("ENABLED"),   QStringLiteral("DISABLED"),   QStringLiteral("REQUIRED"),
        QStringLiteral("ENABLE"),    QStringLiteral("LIFETIME"),   QStringLiteral("HEADER"),
        QStringLiteral("ALGORITHM"), QStringLiteral("TYPE"),       QStringLiteral("METHOD"),
        QStringLiteral("MODE"),      QStringLiteral("COUNT"),      QStringLiteral("ROUNDS"),
        QStringLiteral("VERSION"),   QStringLiteral("PARALLELISM")};
    QString upper = name.toUpper();
    upper.replace(QLatin1Char('.'), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    const QStringList words = upper.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    if (words.isEmpty() || describingWords.contains(words.last())) {
        return false;
    }
    return substring.match(name).hasMatch() ||
           std::any_of(words.begin(), words.end(), [](const QString& w) { return secretWords.contains(w); });
}

bool looksLikeSecretValue(const QString& value)
{
    if (value.contains(QLatin1String(Marker))) {
        return true; // a snapshot's redacted value was a secret when it was collected
    }
    // Every format is at least 20 characters long: most values (ports, paths, flags) end here, cheaply.
    return value.size() >= 20 && formats().match(value).hasMatch();
}

bool isSecretEnv(const QString& name, const QString& value)
{
    return !value.isEmpty() && (looksLikeSecretName(name) || looksLikeSecretValue(value));
}

QString redactText(const QString& text)
{
    return redactAssignments(redactFormats(text));
}

QString redactEnvEntry(const QString& entry)
{
    const qsizetype eq = entry.indexOf(u'=');
    if (eq < 0) {
        return entry;
    }
    const QString name = entry.left(eq);
    const QString value = entry.mid(eq + 1);
    if (value == QLatin1String(Marker) || !isSecretEnv(name, value)) {
        return entry;
    }
    return name + u'=' + marker();
}

QStringList redactArguments(const QStringList& arguments)
{
    static const QRegularExpression flag(QStringLiteral("^-{1,2}([A-Za-z][A-Za-z0-9_.-]*)$"));
    QStringList out;
    out.reserve(arguments.size());
    bool nextIsSecret = false;
    for (const QString& argument : arguments) {
        if (nextIsSecret && !argument.startsWith(u'-') && !keepValue(argument)) {
            out.append(marker());
            nextIsSecret = false;
            continue;
        }
        const QRegularExpressionMatch m = flag.match(argument);
        nextIsSecret = m.hasMatch() && looksLikeSecretName(m.captured(1));
        out.append(redactText(argument));
    }
    return out;
}

QByteArray redactYaml(const QByteArray& text)
{
    // KEY: value, "key": "value", - KEY=value, KEY=value; group 4 is the rest of the line after the separator.
    static const QRegularExpression entry(QStringLiteral("^([ \\t]*(?:-[ \\t]+)?)([\"']?)([A-Za-z_][A-Za-z0-9_.-]*)"
                                                         "\\2(=|:(?=[ \\t]|$))[ \\t]*(.*)$"));
    static const QRegularExpression blockIndicator(QStringLiteral("^[|>][-+0-9]*[ \\t]*(#.*)?\\r?$"));
    QStringList lines = latin1Lines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString& line = lines[i];
        const QRegularExpressionMatch m = entry.match(line);
        if (m.hasMatch() && looksLikeSecretName(m.captured(3))) {
            const qsizetype restAt = m.capturedStart(5);
            const QString rest = m.captured(5);
            if (blockIndicator.match(rest).hasMatch()) {
                // A block scalar: its lines are the ones indented deeper than the key; each keeps its indentation.
                const qsizetype keyIndent = indentOf(line);
                for (qsizetype j = i + 1; j < lines.size(); ++j) {
                    const QString& next = lines.at(j);
                    const qsizetype indent = indentOf(next);
                    if (indent == next.size() || (indent == next.size() - 1 && next.endsWith(u'\r'))) {
                        continue; // blank lines belong to the scalar
                    }
                    if (indent <= keyIndent) {
                        break;
                    }
                    lines[j] = next.left(indent) + marker() + (next.endsWith(u'\r') ? QStringLiteral("\r") : QString());
                    i = j;
                }
                continue;
            }
            if (!rest.isEmpty() && !rest.startsWith(u'{') && !rest.startsWith(u'[') && !rest.startsWith(u'*') &&
                !rest.startsWith(u'#')) {
                qsizetype valueLength = 0;
                if (rest.startsWith(u'"') || rest.startsWith(u'\'')) {
                    valueLength = quotedLength(rest);
                } else {
                    valueLength = plainScalarEnd(rest);
                }
                const QStringView value = QStringView(rest).left(valueLength);
                if (valueLength > 0) { // redactedValue() keeps null, ~, $VAR and the marker
                    line = line.left(restAt) + redactedValue(value) + rest.mid(valueLength);
                }
            }
        }
        line = redactText(line);
    }
    return joinLatin1(lines);
}

QByteArray redactDockerfile(const QByteArray& text)
{
    // ENV NAME value (the old form: the rest of the line is the value); the NAME=value form is left to redactText.
    static const QRegularExpression legacy(
        QStringLiteral("^([ \\t]*(?:ENV|ARG)[ \\t]+)([A-Za-z_][A-Za-z0-9_.-]*)([ \\t]+)([^= \\t].*?)(\\r?)$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList lines = latin1Lines(text);
    for (QString& line : lines) {
        const QRegularExpressionMatch m = legacy.match(line);
        if (m.hasMatch() && looksLikeSecretName(m.captured(2)) && !keepValue(m.capturedView(4)) &&
            !m.captured(4).endsWith(u'\\')) {
            line = m.captured(1) + m.captured(2) + m.captured(3) + marker() + m.captured(5);
            continue;
        }
        line = redactText(line);
    }
    return joinLatin1(lines);
}

QJsonObject redactInspect(const QJsonObject& inspect)
{
    const auto strings = [](const QJsonValue& v) {
        QStringList out;
        for (const QJsonValue& s : v.toArray()) {
            out.append(s.toString());
        }
        return out;
    };
    const auto redactConfig = [&](QJsonObject config) {
        if (config.value(QStringLiteral("Env")).isArray()) {
            QJsonArray env;
            for (const QJsonValue& v : config.value(QStringLiteral("Env")).toArray()) {
                env.append(redactEnvEntry(v.toString()));
            }
            config.insert(QStringLiteral("Env"), env);
        }
        for (const QString& key : {QStringLiteral("Cmd"), QStringLiteral("Entrypoint")}) {
            if (config.value(key).isArray()) {
                config.insert(key, QJsonArray::fromStringList(redactArguments(strings(config.value(key)))));
            }
        }
        if (config.value(QStringLiteral("Healthcheck")).isObject()) {
            QJsonObject health = config.value(QStringLiteral("Healthcheck")).toObject();
            if (health.value(QStringLiteral("Test")).isArray()) {
                health.insert(
                    QStringLiteral("Test"),
                    QJsonArray::fromStringList(redactArguments(strings(health.value(QStringLiteral("Test"))))));
                config.insert(QStringLiteral("Healthcheck"), health);
            }
        }
        if (config.value(QStringLiteral("Labels")).isObject()) {
            QJsonObject labels = config.value(QStringLiteral("Labels")).toObject();
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                const QString value = it.value().toString();
                if (isSecretEnv(it.key(), value) && value != QLatin1String(Marker)) {
                    it.value() = marker();
                } else if (it.value().isString()) {
                    it.value() = redactText(value);
                }
            }
            config.insert(QStringLiteral("Labels"), labels);
        }
        return config;
    };
    QJsonObject out = inspect;
    for (const QString& key : {QStringLiteral("Config"), QStringLiteral("ContainerConfig")}) {
        if (out.value(key).isObject()) {
            out.insert(key, redactConfig(out.value(key).toObject()));
        }
    }
    if (out.value(QStringLiteral("Args")).isArray()) {
        // The container's command line without Path: "--password" may be the argument before the secret.
        QStringList line = strings(out.value(QStringLiteral("Args")));
        line.prepend(out.value(QStringLiteral("Path")).toString());
        line = redactArguments(line);
        line.removeFirst();
        out.insert(QStringLiteral("Args"), QJsonArray::fromStringList(line));
    }
    return out;
}

} // namespace escut::secrets
