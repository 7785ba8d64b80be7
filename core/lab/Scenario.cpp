// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lab/Scenario.h"

#include "core/checks/Catalogue.h"
#include "core/util/JsonUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace escut
{

namespace
{

const QStringList& solutionSteps()
{
    static const QStringList steps{QStringLiteral("writeFile"),
                                   QStringLiteral("removeFile"),
                                   QStringLiteral("fix"),
                                   QStringLiteral("buildImage"),
                                   QStringLiteral("replaceContainer"),
                                   QStringLiteral("removeContainer"),
                                   QStringLiteral("filesystem"),
                                   QStringLiteral("fscryptDir"),
                                   QStringLiteral("copyDir")};
    return steps;
}

std::optional<LabGoal::Kind> goalKind(const QString& name)
{
    static const QMap<QString, LabGoal::Kind> kinds{{QStringLiteral("daemon"), LabGoal::Kind::Daemon},
                                                    {QStringLiteral("host"), LabGoal::Kind::Host},
                                                    {QStringLiteral("container"), LabGoal::Kind::Container},
                                                    {QStringLiteral("image"), LabGoal::Kind::Image},
                                                    {QStringLiteral("compose"), LabGoal::Kind::Compose},
                                                    {QStringLiteral("dockerfile"), LabGoal::Kind::Dockerfile}};
    const auto it = kinds.constFind(name);
    if (it == kinds.cend()) {
        return std::nullopt;
    }
    return *it;
}

QStringList roles(const QJsonObject& resources, const QString& kind)
{
    QStringList out;
    for (const QJsonValue& v : resources.value(kind).toArray()) {
        out.append(v.toObject().value(QStringLiteral("role")).toString());
    }
    return out;
}

bool isRelativeLabPath(const QString& path)
{
    return !path.isEmpty() && !QDir::isAbsolutePath(path) && !QDir::cleanPath(path).startsWith(QLatin1String(".."));
}

} // namespace

QString LabText::in(const QString& language) const
{
    if (language.startsWith(QLatin1String("ca")) && !ca.isEmpty()) {
        return ca;
    }
    if (language.startsWith(QLatin1String("es")) && !es.isEmpty()) {
        return es;
    }
    return en;
}

bool LabText::complete() const
{
    return !ca.trimmed().isEmpty() && !es.trimmed().isEmpty() && !en.trimmed().isEmpty();
}

QJsonObject LabText::toJson() const
{
    return {{QStringLiteral("ca"), ca}, {QStringLiteral("es"), es}, {QStringLiteral("en"), en}};
}

LabText LabText::fromJson(const QJsonValue& value)
{
    // A text is {"ca": ..., "es": ..., "en": ...}; a long text may be an array of lines per language.
    const auto text = [](const QJsonValue& v) {
        if (v.isArray()) {
            QStringList lines;
            for (const QJsonValue& line : v.toArray()) {
                lines.append(line.toString());
            }
            return lines.join(QLatin1Char('\n'));
        }
        return v.toString();
    };
    const QJsonObject o = value.toObject();
    return {text(o.value(QStringLiteral("ca"))),
            text(o.value(QStringLiteral("es"))),
            text(o.value(QStringLiteral("en")))};
}

Scope LabGoal::scopeOf(Kind kind)
{
    switch (kind) {
    case Kind::Daemon:
        return Scope::Daemon;
    case Kind::Host:
        return Scope::Host;
    case Kind::Container:
        return Scope::Container;
    case Kind::Image:
        return Scope::Image;
    case Kind::Compose:
        return Scope::Compose;
    case Kind::Dockerfile:
        return Scope::Dockerfile;
    }
    return Scope::Daemon;
}

QJsonObject Scenario::toJson(const QString& language) const
{
    QJsonArray goalArray;
    for (const LabGoal& g : goals) {
        QJsonObject o{{QStringLiteral("check"), g.check}, {QStringLiteral("subject"), g.subjectSpec}};
        if (const CheckDef* def = findCheck(g.check)) {
            o.insert(QStringLiteral("title"), def->trTitle());
        }
        goalArray.append(o);
    }
    QJsonArray hintArray;
    for (const LabText& h : hints) {
        hintArray.append(h.in(language));
    }
    QJsonObject needsJson;
    if (!needs.runtimes.isEmpty()) {
        needsJson.insert(QStringLiteral("runtimes"), QJsonArray::fromStringList(needs.runtimes));
    }
    if (!needs.tools.isEmpty()) {
        needsJson.insert(QStringLiteral("tools"), QJsonArray::fromStringList(needs.tools));
    }
    if (!needs.kernel.isEmpty()) {
        needsJson.insert(QStringLiteral("kernel"), QJsonArray::fromStringList(needs.kernel));
    }
    if (needs.root) {
        needsJson.insert(QStringLiteral("root"), true);
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("seed"), seed},
            {QStringLiteral("section"), section.in(language)},
            {QStringLiteral("title"), title.in(language)},
            {QStringLiteral("titles"), title.toJson()},
            {QStringLiteral("story"), story.in(language)},
            {QStringLiteral("hints"), hintArray},
            {QStringLiteral("goals"), goalArray},
            {QStringLiteral("requires"), needsJson}};
}

Result<Scenario> ScenarioLibrary::parse(const QByteArray& json, const QString& source)
{
    JsonTextError parseError;
    const QJsonDocument doc = jsonFromText(json, &parseError, {JsonMaxBytesHandWritten, JsonMaxDepth});
    if (!doc.isObject()) {
        return makeError(Error::Code::ParseError,
                         tr("%1 is not a lab scenario: %2.").arg(source, parseError.errorString()),
                         QStringLiteral("offset %1").arg(parseError.offset));
    }
    const QJsonObject o = doc.object();
    Scenario s;
    s.source = source;
    s.id = o.value(QStringLiteral("id")).toString();
    s.seed = o.value(QStringLiteral("seed")).toString();
    s.section = LabText::fromJson(o.value(QStringLiteral("section")));
    s.title = LabText::fromJson(o.value(QStringLiteral("title")));
    s.story = LabText::fromJson(o.value(QStringLiteral("story")));
    for (const QJsonValue& h : o.value(QStringLiteral("hints")).toArray()) {
        s.hints.append(LabText::fromJson(h));
    }
    for (const QJsonValue& v : o.value(QStringLiteral("goals")).toArray()) {
        const QJsonObject g = v.toObject();
        LabGoal goal;
        goal.check = g.value(QStringLiteral("check")).toString();
        goal.subjectSpec = g.value(QStringLiteral("subject")).toString();
        const QString kind = goal.subjectSpec.section(QLatin1Char(':'), 0, 0);
        goal.target = goal.subjectSpec.section(QLatin1Char(':'), 1);
        const auto k = goalKind(kind);
        if (!k) {
            return makeError(Error::Code::ParseError,
                             tr("%1: goal %2 has an unknown subject '%3' (daemon, host, container:ROLE, image:ROLE, "
                                "compose:PATH or dockerfile:PATH).")
                                 .arg(source, goal.check, goal.subjectSpec));
        }
        goal.kind = *k;
        // A goal on a check this build does not have could never be met: the lab would be impossible to finish.
        if (!findCheck(goal.check)) {
            return makeError(Error::Code::ParseError,
                             tr("%1: goal %2 (subject '%3') names a check that is not in Escut's catalogue.")
                                 .arg(source, goal.check, goal.subjectSpec));
        }
        s.goals.append(goal);
    }
    const QJsonObject needs = o.value(QStringLiteral("requires")).toObject();
    for (const QJsonValue& v : needs.value(QStringLiteral("runtimes")).toArray()) {
        s.needs.runtimes.append(v.toString());
    }
    for (const QJsonValue& v : needs.value(QStringLiteral("tools")).toArray()) {
        s.needs.tools.append(v.toString());
    }
    for (const QJsonValue& v : needs.value(QStringLiteral("kernel")).toArray()) {
        s.needs.kernel.append(v.toString());
    }
    s.needs.root = needs.value(QStringLiteral("root")).toBool();
    s.needs.install = LabText::fromJson(needs.value(QStringLiteral("install")));
    s.resources = o.value(QStringLiteral("resources")).toObject();
    s.activeProbes = o.value(QStringLiteral("audit")).toObject().value(QStringLiteral("active")).toBool();
    s.solution = o.value(QStringLiteral("solution")).toArray();
    return s;
}

QStringList ScenarioLibrary::validate(const Scenario& s)
{
    QStringList problems;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,40}$"));
    if (!idPattern.match(s.id).hasMatch()) {
        problems.append(tr("id '%1' must be lower case letters, digits and dashes").arg(s.id));
    }
    if (s.seed != QLatin1String("000") && s.seed != QLatin1String("002")) {
        problems.append(tr("seed must be \"000\" or \"002\""));
    }
    const QList<std::pair<QString, const LabText*>> texts{{QStringLiteral("section"), &s.section},
                                                          {QStringLiteral("title"), &s.title},
                                                          {QStringLiteral("story"), &s.story}};
    for (const auto& [name, text] : texts) {
        if (!text->complete()) {
            problems.append(tr("%1 needs ca, es and en").arg(name));
        }
    }
    if (s.hints.isEmpty()) {
        problems.append(tr("a scenario needs at least one hint"));
    }
    for (qsizetype i = 0; i < s.hints.size(); ++i) {
        if (!s.hints.at(i).complete()) {
            problems.append(tr("hint %1 needs ca, es and en").arg(i + 1));
        }
    }
    for (const QString& feature : s.needs.kernel) {
        if (!kernelFeatures().contains(feature)) {
            problems.append(
                tr("unknown kernel requirement '%1' (%2)").arg(feature, kernelFeatures().join(QStringLiteral(", "))));
        }
    }
    if (!s.needs.runtimes.isEmpty() || !s.needs.tools.isEmpty() || !s.needs.kernel.isEmpty() || s.needs.root) {
        if (!s.needs.install.complete()) {
            problems.append(tr("requires.install needs ca, es and en"));
        }
    }
    if (s.goals.isEmpty()) {
        problems.append(tr("a scenario needs at least one goal"));
    }
    const QStringList containers = roles(s.resources, QStringLiteral("containers"));
    const QStringList images = roles(s.resources, QStringLiteral("images"));
    QSet<QString> files;
    for (const QJsonValue& v : s.resources.value(QStringLiteral("files")).toArray()) {
        const QString path = v.toObject().value(QStringLiteral("path")).toString();
        if (!isRelativeLabPath(path)) {
            problems.append(tr("file '%1' must be a relative path inside the lab root").arg(path));
        }
        files.insert(QDir::cleanPath(path));
    }
    // Lab filesystems (a loop-mounted image) and the solution's own: image and mount point inside the lab root, and
    // only on a host that allows loop mounts.
    QJsonArray filesystems = s.resources.value(QStringLiteral("filesystems")).toArray();
    for (const QJsonValue& v : s.solution) {
        if (v.toObject().value(QStringLiteral("do")).toString() == QLatin1String("filesystem")) {
            filesystems.append(v);
        }
    }
    for (const QJsonValue& v : filesystems) {
        const QJsonObject fs = v.toObject();
        for (const char* key : {"path", "image"}) {
            const QString path = fs.value(QLatin1String(key)).toString();
            if (!isRelativeLabPath(path)) {
                problems.append(
                    tr("filesystem %1 '%2' must be a relative path inside the lab root").arg(QLatin1String(key), path));
            }
        }
        const int size = fs.value(QStringLiteral("sizeMiB")).toInt(32);
        if (size < 8 || size > 1024) {
            problems.append(tr("filesystem '%1': sizeMiB must be between 8 and 1024")
                                .arg(fs.value(QStringLiteral("path")).toString()));
        }
        if (!s.needs.root || !s.needs.kernel.contains(QStringLiteral("loop"))) {
            problems.append(tr("filesystem '%1' needs requires.root and requires.kernel \"loop\"")
                                .arg(fs.value(QStringLiteral("path")).toString()));
        }
    }
    for (const QJsonValue& v : s.solution) {
        const QJsonObject step = v.toObject();
        const QString what = step.value(QStringLiteral("do")).toString();
        QStringList keys;
        if (what == QLatin1String("fscryptDir")) {
            keys = {QStringLiteral("path"), QStringLiteral("key")};
            if (!s.needs.kernel.contains(QStringLiteral("ext4-encryption")) ||
                !s.needs.tools.contains(QStringLiteral("fscrypt"))) {
                problems.append(
                    tr("fscryptDir needs requires.kernel \"ext4-encryption\" and requires.tools \"fscrypt\""));
            }
        } else if (what == QLatin1String("copyDir")) {
            keys = {QStringLiteral("from"), QStringLiteral("to")};
        }
        for (const QString& key : keys) {
            if (!isRelativeLabPath(step.value(key).toString())) {
                problems.append(tr("%1 %2 '%3' must be a relative path inside the lab root")
                                    .arg(what, key, step.value(key).toString()));
            }
        }
    }
    for (const LabGoal& g : s.goals) {
        const CheckDef* def = findCheck(g.check);
        if (def && def->scope != LabGoal::scopeOf(g.kind)) {
            problems.append(
                tr("goal %1 is a %2 check but its subject is '%3'").arg(g.check, scopeId(def->scope), g.subjectSpec));
        }
        if (g.kind == LabGoal::Kind::Container && !containers.contains(g.target)) {
            problems.append(tr("goal %1: no container with role '%2'").arg(g.check, g.target));
        }
        if (g.kind == LabGoal::Kind::Image && !images.contains(g.target)) {
            problems.append(tr("goal %1: no image with role '%2'").arg(g.check, g.target));
        }
        if ((g.kind == LabGoal::Kind::Compose || g.kind == LabGoal::Kind::Dockerfile) &&
            !files.contains(QDir::cleanPath(g.target.section(QLatin1Char('#'), 0, 0)))) {
            problems.append(tr("goal %1: the lab creates no file '%2'").arg(g.check, g.target));
        }
    }
    for (const QJsonValue& v : s.resources.value(QStringLiteral("images")).toArray()) {
        const QJsonObject image = v.toObject();
        if (!image.contains(QStringLiteral("dockerfile")) && !image.contains(QStringLiteral("commit")) &&
            !image.contains(QStringLiteral("context"))) {
            problems.append(tr("image '%1' needs a dockerfile, a context or a commit")
                                .arg(image.value(QStringLiteral("role")).toString()));
        }
    }
    for (const QJsonValue& v : s.resources.value(QStringLiteral("containers")).toArray()) {
        const QJsonObject c = v.toObject();
        if (!c.value(QStringLiteral("create")).isObject()) {
            problems.append(tr("container '%1' needs a create object").arg(c.value(QStringLiteral("role")).toString()));
        }
    }
    if (s.solution.isEmpty()) {
        problems.append(tr("a scenario needs a reference solution"));
    }
    for (const QJsonValue& v : s.solution) {
        const QString step = v.toObject().value(QStringLiteral("do")).toString();
        if (!solutionSteps().contains(step)) {
            problems.append(tr("unknown solution step '%1'").arg(step));
        }
    }
    return problems;
}

Result<QList<Scenario>> ScenarioLibrary::builtIn()
{
    QDir dir(QStringLiteral(":/labs"));
    QList<Scenario> out;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(Error::Code::IoError, tr("Cannot read the lab scenario %1.").arg(name));
        }
        Result<Scenario> s = parse(file.readAll(), name);
        if (!s) {
            return s.error();
        }
        out.append(std::move(s).value());
    }
    if (out.isEmpty()) {
        return makeError(Error::Code::NotFound, tr("No lab scenarios are built into this Escut."));
    }
    return out;
}

const QStringList& ScenarioLibrary::kernelFeatures()
{
    static const QStringList features{QStringLiteral("loop"), QStringLiteral("ext4-encryption")};
    return features;
}

Result<Scenario> ScenarioLibrary::find(const QString& id)
{
    Result<QList<Scenario>> all = builtIn();
    if (!all) {
        return all.error();
    }
    QStringList ids;
    for (const Scenario& s : all.value()) {
        if (s.id == id) {
            return s;
        }
        ids.append(s.id);
    }
    return makeError(Error::Code::NotFound, tr("No lab '%1'. Labs: %2.").arg(id, ids.join(QStringLiteral(", "))));
}

} // namespace escut
