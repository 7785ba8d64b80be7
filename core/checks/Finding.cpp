// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/Finding.h"

#include "core/checks/Catalogue.h"
#include "core/facts/Snapshot.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <iterator>
#include <map>
#include <vector>

namespace escut
{

namespace
{

// Below this many check × subject evaluations (a workstation), threads cost more than they save.
constexpr qsizetype ParallelThreshold = 2000;

} // namespace

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), QString::fromLatin1(check->id));
    o.insert(QStringLiteral("layer"), layerId(check->layer));
    o.insert(QStringLiteral("scope"), scopeId(check->scope));
    o.insert(QStringLiteral("subject"),
             QJsonObject{{QStringLiteral("kind"), scopeId(subject.scope)},
                         {QStringLiteral("id"), subject.id},
                         {QStringLiteral("name"), subject.name}});
    o.insert(QStringLiteral("status"), statusId(status));
    o.insert(QStringLiteral("severity"), severityId(check->severity));
    o.insert(QStringLiteral("cis"), QJsonArray::fromStringList(check->cis()));
    o.insert(QStringLiteral("title"), check->trTitle());
    o.insert(QStringLiteral("evidence"), evidence);
    if (line > 0) {
        o.insert(QStringLiteral("line"), line);
    }
    o.insert(QStringLiteral("remediation"), check->trRemediation());
    o.insert(QStringLiteral("fix"), *check->fixId ? QJsonValue(QString::fromLatin1(check->fixId)) : QJsonValue());
    return o;
}

QList<Subject> subjectsFor(const Snapshot& snapshot, Scope scope)
{
    QList<Subject> out;
    switch (scope) {
    case Scope::Daemon:
    case Scope::Host: {
        Subject s;
        s.scope = scope;
        s.id = snapshot.info.value(QStringLiteral("ID")).toString();
        s.name = scope == Scope::Daemon ? QStringLiteral("daemon") : QStringLiteral("host");
        out.append(s);
        break;
    }
    case Scope::Container:
        out.reserve(snapshot.containers.size());
        for (const QJsonObject& c : snapshot.containers) {
            out.append(Subject::container(c));
        }
        break;
    case Scope::Image:
        for (const ImageFact& i : snapshot.images) {
            Subject s;
            s.scope = Scope::Image;
            s.id = i.inspect.value(QStringLiteral("Id")).toString();
            const QJsonArray tags = i.inspect.value(QStringLiteral("RepoTags")).toArray();
            s.name = tags.isEmpty() ? s.id.left(19) : tags.first().toString();
            s.data = i.inspect;
            out.append(s);
        }
        break;
    case Scope::Compose:
        // One subject per service of every Compose file; the service's JSON (merge keys resolved) is the data.
        for (const ComposeFileFact& file : snapshot.composeFiles) {
            if (file.referenced) {
                continue; // read for extends: file: only
            }
            const Result<QJsonObject> doc = file.error.isEmpty()
                                                ? composeToJson(file.text)
                                                : Result<QJsonObject>(makeError(Error::Code::IoError, file.error));
            if (!doc) {
                Subject s;
                s.scope = Scope::Compose;
                s.id = file.path;
                s.name = file.path;
                s.file = file.path;
                s.data = QJsonObject{{QStringLiteral("x-escut-error"), doc.error().message}};
                out.append(s);
                continue;
            }
            const QJsonObject services = composeServices(file, snapshot.composeFiles).value();
            const QString version = doc.value().value(QStringLiteral("version")).toString();
            const QMap<QString, ComposeServiceLines> lines = composeServiceLines(file.text);
            for (auto it = services.begin(); it != services.end(); ++it) {
                Subject s;
                s.scope = Scope::Compose;
                s.id = file.path + QLatin1Char('#') + it.key();
                s.name = file.path + QLatin1Char(':') + it.key();
                s.file = file.path;
                s.data = it.value().toObject();
                s.data.insert(QStringLiteral("x-escut-version"), version);
                // Where the service and its own keys are, for findings that point at a line.
                const ComposeServiceLines& at = lines.value(it.key());
                QJsonObject keyLines;
                for (auto k = at.keys.begin(); k != at.keys.end(); ++k) {
                    keyLines.insert(k.key(), k.value());
                }
                s.data.insert(QStringLiteral("x-escut-line"), at.line);
                s.data.insert(QStringLiteral("x-escut-lines"), keyLines);
                out.append(s);
            }
        }
        break;
    case Scope::Dockerfile:
        // One subject per Dockerfile (and Compose build target); the fact is the data, parsed by the checks.
        for (const DockerfileFact& file : snapshot.dockerfiles) {
            Subject s;
            s.scope = Scope::Dockerfile;
            s.id = file.target.isEmpty() ? file.path : file.path + QStringLiteral("@target=") + file.target;
            s.name = s.id;
            s.file = file.path;
            // Written inline (build.dockerfile_inline): its path is "<compose file>#<service>", the file is the Compose
            // one.
            if (file.origins.contains(QStringLiteral("compose:") + file.path)) {
                for (const ComposeFileFact& compose : snapshot.composeFiles) {
                    if (file.path.startsWith(compose.path + QLatin1Char('#'))) {
                        s.file = compose.path;
                    }
                }
            }
            s.data = file.toJson();
            out.append(s);
        }
        break;
    }
    return out;
}

Finding evaluateCheck(const CheckDef& def, const Snapshot& snapshot, const Subject& subject)
{
    const Outcome outcome = def.evaluate(snapshot, subject);
    Finding f;
    f.check = &def;
    // The finding names its subject; the inspect data stays with the snapshot.
    f.subject.scope = subject.scope;
    f.subject.id = subject.id;
    f.subject.name = subject.name;
    f.subject.file = subject.file;
    f.status = outcome.status;
    f.evidence = outcome.evidence;
    f.line = outcome.line;
    return f;
}

QList<Finding> evaluate(const Snapshot& snapshot, const EvaluateOptions& options)
{
    // The checks of one scope share its subjects. A slice is a run of subjects with every check of their scope, one
    // subject after another: a container's inspect (kilobytes, scattered over the heap) stays in the cache while all
    // its checks read it, instead of being fetched again from memory for each check (twice the time, at 1000
    // containers). A scope of a few subjects (the daemon) has a slice per check instead, so that its checks still run
    // side by side. Slices are filled independently and joined in the catalogue's order, each check's findings in the
    // order of its subjects.
    struct Group
    {
        QList<Subject> subjects;
        std::vector<const CheckDef*> checks;
        std::size_t firstSlice = 0; // its slices are contiguous
    };
    struct Slice
    {
        const Group* group;
        qsizetype from; // subjects
        qsizetype to;
        std::size_t firstCheck;               // of the group's checks
        std::size_t lastCheck;                // exclusive
        std::vector<QList<Finding>> findings; // per check, from firstCheck
    };
    constexpr qsizetype SliceSize = 16;
    std::map<int, Group> groups;                             // node-based: the slices point into it
    std::vector<std::pair<const Group*, std::size_t>> order; // each selected check: its group, its index there
    qsizetype total = 0;
    for (const CheckDef& def : catalogue()) {
        if (!options.only.isEmpty() && !options.only.contains(def.layer)) {
            continue;
        }
        const int key = static_cast<int>(def.scope);
        auto it = groups.find(key);
        if (it == groups.end()) {
            it = groups.emplace(key, Group{subjectsFor(snapshot, def.scope), {}}).first;
        }
        order.emplace_back(&it->second, it->second.checks.size());
        it->second.checks.push_back(&def);
        total += it->second.subjects.size();
    }
    std::vector<Slice> slices;
    for (auto& [key, group] : groups) {
        group.firstSlice = slices.size();
        if (group.subjects.size() < SliceSize) {
            for (std::size_t c = 0; c < group.checks.size(); ++c) {
                slices.push_back(Slice{&group, 0, group.subjects.size(), c, c + 1, {}});
            }
            continue;
        }
        for (qsizetype from = 0; from < group.subjects.size(); from += SliceSize) {
            slices.push_back(
                Slice{&group, from, std::min(group.subjects.size(), from + SliceSize), 0, group.checks.size(), {}});
        }
    }
    const auto run = [&snapshot](Slice& slice) {
        slice.findings.resize(slice.lastCheck - slice.firstCheck);
        for (QList<Finding>& list : slice.findings) {
            list.reserve(slice.to - slice.from);
        }
        for (qsizetype i = slice.from; i < slice.to; ++i) {
            const Subject& subject = slice.group->subjects.at(i);
            for (std::size_t c = slice.firstCheck; c < slice.lastCheck; ++c) {
                slice.findings[c - slice.firstCheck].append(evaluateCheck(*slice.group->checks[c], snapshot, subject));
            }
        }
    };
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    if (threads > 1 && total >= ParallelThreshold) {
        (void)snapshot.daemonConfig(); // parsed once here, so that the workers only read it
        static QThreadPool pool;       // its own threads: the global pool may be busy with the audit's collectors
        pool.setMaxThreadCount(threads);
        QtConcurrent::blockingMap(&pool, slices, run);
    } else {
        for (Slice& slice : slices) {
            run(slice);
        }
    }
    QList<Finding> findings;
    findings.reserve(total);
    for (const auto& [group, check] : order) {
        for (std::size_t i = group->firstSlice; i < slices.size() && slices[i].group == group; ++i) {
            if (check >= slices[i].firstCheck && check < slices[i].lastCheck) {
                QList<Finding>& part = slices[i].findings[check - slices[i].firstCheck];
                std::move(part.begin(), part.end(), std::back_inserter(findings));
            }
        }
    }
    return findings;
}

} // namespace escut
