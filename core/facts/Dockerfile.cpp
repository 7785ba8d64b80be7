// SPDX-License-Identifier: GPL-3.0-or-later
// A Dockerfile parser that follows BuildKit's frontend (moby/buildkit frontend/dockerfile/parser): parser directives,
// comments, line continuations with the escape character, heredocs, exec and shell forms, multi-stage builds and
// global ARGs substituted in FROM. Pure: no I/O.
#include "core/facts/Dockerfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace escut
{

namespace
{

const QStringList& knownKeywords()
{
    static const QStringList s_keywords{
        QStringLiteral("FROM"),
        QStringLiteral("RUN"),
        QStringLiteral("CMD"),
        QStringLiteral("LABEL"),
        QStringLiteral("MAINTAINER"),
        QStringLiteral("EXPOSE"),
        QStringLiteral("ENV"),
        QStringLiteral("ADD"),
        QStringLiteral("COPY"),
        QStringLiteral("ENTRYPOINT"),
        QStringLiteral("VOLUME"),
        QStringLiteral("USER"),
        QStringLiteral("WORKDIR"),
        QStringLiteral("ARG"),
        QStringLiteral("ONBUILD"),
        QStringLiteral("STOPSIGNAL"),
        QStringLiteral("HEALTHCHECK"),
        QStringLiteral("SHELL"),
    };
    return s_keywords;
}

bool isComment(const QString& line)
{
    return line.trimmed().startsWith(QLatin1Char('#'));
}

// Words of a shell-form argument string; quotes group words and are removed.
QStringList splitWords(const QString& text, QChar escape)
{
    QStringList words;
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == escape && quote == QLatin1Char('"') && i + 1 < text.size()) {
                current += text.at(++i);
            } else {
                current += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord) {
                words.append(current);
                current.clear();
                inWord = false;
            }
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == escape && i + 1 < text.size()) {
            current += text.at(++i);
        } else {
            current += c;
        }
    }
    if (inWord) {
        words.append(current);
    }
    return words;
}

} // namespace

QString DockerfileInstruction::flag(const QString& name) const
{
    const QString prefix = QStringLiteral("--") + name + QLatin1Char('=');
    for (const QString& f : flags) {
        if (f.startsWith(prefix, Qt::CaseInsensitive)) {
            return f.mid(prefix.size());
        }
        if (f.compare(QStringLiteral("--") + name, Qt::CaseInsensitive) == 0) {
            return QStringLiteral("true");
        }
    }
    return {};
}

QString Dockerfile::substitute(const QString& text, const QMap<QString, QString>& vars, QChar escape, bool* unresolved)
{
    QString out;
    out.reserve(text.size());
    const auto isNameStart = [](QChar c) {
        return c.isLetter() || c == QLatin1Char('_');
    };
    const auto isNameChar = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == escape && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('$')) {
            out += QLatin1Char('$');
            ++i;
            continue;
        }
        if (c != QLatin1Char('$') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('{')) {
            // Find the matching brace (defaults may hold ${OTHER}).
            qsizetype depth = 1;
            qsizetype j = i + 2;
            for (; j < text.size() && depth > 0; ++j) {
                if (text.at(j) == QLatin1Char('{')) {
                    ++depth;
                } else if (text.at(j) == QLatin1Char('}')) {
                    --depth;
                }
            }
            if (depth > 0) { // unterminated: keep the text
                out += text.mid(i);
                break;
            }
            const QString body = text.mid(i + 2, j - i - 3);
            i = j - 1;
            qsizetype n = 0;
            while (n < body.size() && isNameChar(body.at(n))) {
                ++n;
            }
            const QString name = body.left(n);
            const QString op = body.mid(n);
            const bool set = vars.contains(name);
            const QString value = vars.value(name);
            const auto word = [&](qsizetype skip) {
                return substitute(op.mid(skip), vars, escape, unresolved);
            };
            if (op.startsWith(QLatin1String(":-"))) {
                out += value.isEmpty() ? word(2) : value;
            } else if (op.startsWith(QLatin1Char('-'))) {
                out += set ? value : word(1);
            } else if (op.startsWith(QLatin1String(":+"))) {
                out += value.isEmpty() ? QString() : word(2);
            } else if (op.startsWith(QLatin1Char('+'))) {
                out += set ? word(1) : QString();
            } else {
                if (!set && unresolved) {
                    *unresolved = true;
                }
                out += value;
            }
            continue;
        }
        if (isNameStart(text.at(i + 1))) {
            qsizetype j = i + 1;
            while (j < text.size() && isNameChar(text.at(j))) {
                ++j;
            }
            const QString name = text.mid(i + 1, j - i - 1);
            if (!vars.contains(name) && unresolved) {
                *unresolved = true;
            }
            out += vars.value(name);
            i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}

Dockerfile Dockerfile::parse(const QString& text, const QMap<QString, QString>& buildArgs)
{
    Dockerfile df;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines) {
        if (l.endsWith(QLatin1Char('\r'))) {
            l.chop(1);
        }
    }
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xFEFF))) {
        lines.first().remove(0, 1);
    }

    // Parser directives: only at the very top, before any comment, blank line or instruction.
    static const QRegularExpression directive(QStringLiteral("^#\\s*([A-Za-z][A-Za-z0-9]*)\\s*=\\s*(.*?)\\s*$"));
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = directive.match(lines.at(i).trimmed());
        if (!m.hasMatch()) {
            break;
        }
        const QString key = m.captured(1).toLower();
        if (key == QLatin1String("escape")) {
            const QString value = m.captured(2);
            if (value == QLatin1String("`") || value == QLatin1String("\\")) {
                df.escape = value.at(0);
            } else {
                df.problems.append(
                    {int(i + 1),
                     QCoreApplication::translate("Dockerfile", "invalid escape character %1: use \\ or `").arg(value)});
            }
        } else if (key != QLatin1String("syntax") && key != QLatin1String("check")) {
            break; // an unknown directive is a comment and ends the directives
        }
    }

    static const QRegularExpression heredocMarker(
        QStringLiteral("(?<!<)<<(?!<)(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2"));
    QMap<QString, QString> globals;
    for (; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty() || isComment(lines.at(i))) {
            continue;
        }
        DockerfileInstruction ins;
        ins.line = int(i + 1);
        // Join continuation lines; comment and blank lines inside a continuation are skipped, as BuildKit does.
        QString logical;
        QString current = lines.at(i);
        for (;;) {
            QString stripped = current;
            while (!stripped.isEmpty() && stripped.back().isSpace()) {
                stripped.chop(1);
            }
            if (!stripped.endsWith(df.escape)) {
                logical += current;
                break;
            }
            stripped.chop(1);
            logical += stripped;
            ++i;
            while (i < lines.size() && (isComment(lines.at(i)) || lines.at(i).trimmed().isEmpty())) {
                ++i;
            }
            if (i >= lines.size()) {
                break;
            }
            current = lines.at(i);
        }
        ins.endLine = int(qMin(i, lines.size() - 1) + 1);

        logical = logical.trimmed();
        static const QRegularExpression whitespace(QStringLiteral("\\s"));
        const qsizetype space = logical.indexOf(whitespace);
        ins.keyword = (space < 0 ? logical : logical.left(space)).toUpper();
        QString args = space < 0 ? QString() : logical.mid(space).trimmed();

        // Heredocs (RUN, COPY, ADD): the documents follow the instruction, each up to its terminator line.
        if (ins.keyword == QLatin1String("RUN") || ins.keyword == QLatin1String("COPY") ||
            ins.keyword == QLatin1String("ADD")) {
            auto it = heredocMarker.globalMatch(args);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const bool stripTabs = !m.captured(1).isEmpty();
                const QString terminator = m.captured(3);
                QStringList body;
                bool closed = false;
                while (++i < lines.size()) {
                    QString l = lines.at(i);
                    if (stripTabs) {
                        while (l.startsWith(QLatin1Char('\t'))) {
                            l.remove(0, 1);
                        }
                    }
                    if (l == terminator) {
                        closed = true;
                        break;
                    }
                    body.append(l);
                }
                if (!closed) {
                    df.problems.append(
                        {ins.line,
                         QCoreApplication::translate("Dockerfile", "the heredoc %1 is never closed").arg(terminator)});
                    i = lines.size() - 1;
                }
                ins.heredocs.append(body.join(QLatin1Char('\n')));
                ins.endLine = int(qMin(i, lines.size() - 1) + 1);
            }
        }

        // Leading --flags.
        if (ins.keyword == QLatin1String("FROM") || ins.keyword == QLatin1String("RUN") ||
            ins.keyword == QLatin1String("COPY") || ins.keyword == QLatin1String("ADD") ||
            ins.keyword == QLatin1String("HEALTHCHECK")) {
            while (args.startsWith(QLatin1String("--"))) {
                const qsizetype end = args.indexOf(whitespace);
                ins.flags.append(end < 0 ? args : args.left(end));
                args = end < 0 ? QString() : args.mid(end).trimmed();
            }
        }
        ins.arguments = args;

        // Exec (JSON) form.
        if (args.startsWith(QLatin1Char('['))) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(args.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError && doc.isArray()) {
                QStringList words;
                bool allStrings = true;
                for (const QJsonValue& v : doc.array()) {
                    allStrings = allStrings && v.isString();
                    words.append(v.toString());
                }
                if (allStrings) {
                    ins.execForm = true;
                    ins.words = words;
                }
            }
        }
        if (!ins.execForm) {
            ins.words = splitWords(args, df.escape);
        }

        if (!knownKeywords().contains(ins.keyword)) {
            df.problems.append(
                {ins.line, QCoreApplication::translate("Dockerfile", "unknown instruction %1").arg(ins.keyword)});
        }

        const int index = int(df.instructions.size());
        if (ins.keyword == QLatin1String("FROM")) {
            DockerfileStage stage;
            stage.index = int(df.stages.size());
            stage.line = ins.line;
            stage.platform = ins.flag(QStringLiteral("platform"));
            stage.rawImage = ins.words.value(0);
            stage.image = substitute(stage.rawImage, globals, df.escape, &stage.unresolved);
            if (ins.words.size() >= 3 && ins.words.at(1).compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0) {
                stage.name = ins.words.at(2).toLower();
            }
            if (stage.image.isEmpty()) {
                df.problems.append({ins.line, QCoreApplication::translate("Dockerfile", "FROM without an image")});
            }
            for (const DockerfileStage& earlier : std::as_const(df.stages)) {
                if (!earlier.name.isEmpty() && earlier.name == stage.image.toLower()) {
                    stage.parent = earlier.index;
                }
            }
            df.stages.append(stage);
        } else if (df.stages.isEmpty()) {
            if (ins.keyword == QLatin1String("ARG")) {
                for (const QString& word : std::as_const(ins.words)) {
                    const qsizetype eq = word.indexOf(QLatin1Char('='));
                    const QString name = eq < 0 ? word : word.left(eq);
                    if (buildArgs.contains(name)) {
                        globals.insert(name, buildArgs.value(name));
                    } else if (eq >= 0) {
                        globals.insert(name, substitute(word.mid(eq + 1), globals, df.escape));
                    }
                }
            } else {
                df.problems.append(
                    {ins.line,
                     QCoreApplication::translate("Dockerfile", "%1 before the first FROM: only ARG may come first")
                         .arg(ins.keyword)});
            }
        }
        ins.stage = int(df.stages.size()) - 1;
        if (ins.stage >= 0) {
            df.stages[ins.stage].instructions.append(index);
        }
        df.instructions.append(ins);
    }
    if (df.stages.isEmpty()) {
        df.problems.append({0, QCoreApplication::translate("Dockerfile", "no FROM instruction")});
    }
    df.globalArgs = globals;
    return df;
}

const DockerfileStage* Dockerfile::finalStage(const QString& target) const
{
    if (!target.isEmpty()) {
        for (const DockerfileStage& s : stages) {
            if (s.name == target.toLower()) {
                return &s;
            }
        }
    }
    return stages.isEmpty() ? nullptr : &stages.last();
}

const DockerfileStage* Dockerfile::stage(const QString& nameOrIndex, int before) const
{
    bool isNumber = false;
    const int n = nameOrIndex.toInt(&isNumber);
    if (isNumber) {
        return n >= 0 && n < before && n < stages.size() ? &stages.at(n) : nullptr;
    }
    for (const DockerfileStage& s : stages) {
        if (s.index < before && !s.name.isEmpty() && s.name == nameOrIndex.toLower()) {
            return &s;
        }
    }
    return nullptr;
}

QList<const DockerfileStage*> Dockerfile::lineage(const DockerfileStage& stage) const
{
    QList<const DockerfileStage*> out{&stage};
    int parent = stage.parent;
    while (parent >= 0 && out.size() <= stages.size()) {
        out.append(&stages.at(parent));
        parent = stages.at(parent).parent;
    }
    return out;
}

const DockerfileInstruction& Dockerfile::instruction(int index) const
{
    return instructions.at(index);
}

QJsonObject DockerfileFact::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path}};
    o.insert(QStringLiteral("origins"), QJsonArray::fromStringList(origins));
    if (!target.isEmpty()) {
        o.insert(QStringLiteral("target"), target);
    }
    if (!buildArgs.isEmpty()) {
        QJsonObject args;
        for (auto it = buildArgs.begin(); it != buildArgs.end(); ++it) {
            args.insert(it.key(), it.value());
        }
        o.insert(QStringLiteral("buildArgs"), args);
    }
    const QString asText = QString::fromUtf8(text);
    if (asText.toUtf8() == text) {
        o.insert(QStringLiteral("text"), asText);
    } else {
        o.insert(QStringLiteral("textBase64"), QString::fromLatin1(text.toBase64()));
    }
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
    }
    if (remote) {
        o.insert(QStringLiteral("remote"), true);
    }
    return o;
}

DockerfileFact DockerfileFact::fromJson(const QJsonObject& o)
{
    DockerfileFact f;
    f.path = o.value(QStringLiteral("path")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("origins")).toArray()) {
        f.origins.append(v.toString());
    }
    f.target = o.value(QStringLiteral("target")).toString();
    const QJsonObject args = o.value(QStringLiteral("buildArgs")).toObject();
    for (auto it = args.begin(); it != args.end(); ++it) {
        f.buildArgs.insert(it.key(), it.value().toString());
    }
    if (o.contains(QStringLiteral("textBase64"))) {
        f.text = QByteArray::fromBase64(o.value(QStringLiteral("textBase64")).toString().toLatin1());
    } else {
        f.text = o.value(QStringLiteral("text")).toString().toUtf8();
    }
    f.error = o.value(QStringLiteral("error")).toString();
    f.remote = o.value(QStringLiteral("remote")).toBool();
    return f;
}

} // namespace escut
