// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/DockerfileCollector.h"

#include "core/facts/Snapshot.h"
#include "core/util/FileRead.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace escut
{

namespace
{

constexpr qint64 MaxDockerfileBytes = 1024 * 1024;

QString underRoot(const QString& hostRoot, const QString& path)
{
    return hostRoot == QLatin1String("/") || !QDir::isAbsolutePath(path)
               ? path
               : QDir::cleanPath(hostRoot + QLatin1Char('/') + path);
}

void readInto(DockerfileFact& fact, const QString& hostRoot)
{
    // The path may come from a Compose file's build: section: a fifo there must not hang the audit.
    Result<QByteArray> text = readRegularFile(underRoot(hostRoot, fact.path), MaxDockerfileBytes);
    if (text) {
        fact.text = std::move(text).value();
    } else if (text.error().code == Error::Code::ResponseTooLarge) {
        fact.error = QCoreApplication::translate("Collector", "%1 is larger than 1 MiB.").arg(fact.path);
    } else {
        fact.error =
            QCoreApplication::translate("Collector", "Cannot read %1: %2.").arg(fact.path, text.error().message);
    }
}

// A build context that is not a local directory: git repositories and URLs (Compose and docker build accept both).
bool isRemoteContext(const QString& context)
{
    static const QRegularExpression remote(QStringLiteral("^([a-z][a-z0-9+.-]*://|git@)|\\.git(#.*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return remote.match(context).hasMatch();
}

QMap<QString, QString> buildArgs(const QJsonValue& args)
{
    // Values with ${...} come from the environment of whoever runs Compose: leave those to the ARG default.
    QMap<QString, QString> out;
    const auto add = [&](const QString& key, const QJsonValue& value) {
        if (value.isString() && !value.toString().contains(QLatin1Char('$'))) {
            out.insert(key, value.toString());
        }
    };
    const QJsonObject map = args.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        add(it.key(), it.value());
    }
    for (const QJsonValue& item : args.toArray()) {
        const QString s = item.toString();
        if (s.contains(QLatin1Char('='))) {
            add(s.section(QLatin1Char('='), 0, 0), s.section(QLatin1Char('='), 1));
        }
    }
    return out;
}

void addFact(QList<DockerfileFact>& facts, DockerfileFact fact, const QString& origin, const QString& hostRoot)
{
    for (DockerfileFact& existing : facts) {
        if (existing.path == fact.path && existing.target == fact.target && existing.buildArgs == fact.buildArgs) {
            if (!existing.origins.contains(origin)) {
                existing.origins.append(origin);
            }
            return;
        }
    }
    fact.origins.append(origin);
    if (!fact.remote && fact.text.isEmpty() && fact.error.isEmpty()) {
        readInto(fact, hostRoot);
    }
    facts.append(fact);
}

} // namespace

void DockerfileCollector::addFiles(Snapshot& snapshot, const QStringList& dockerfiles, const QString& hostRoot)
{
    for (const QString& path : dockerfiles) {
        DockerfileFact fact;
        fact.path = path;
        addFact(snapshot.dockerfiles, fact, QStringLiteral("--dockerfile"), hostRoot);
    }
}

void DockerfileCollector::collect(Snapshot& snapshot, const QStringList& dockerfiles, const QString& hostRoot)
{
    addFiles(snapshot, dockerfiles, hostRoot);
    QStringList composeFiles;
    for (const ComposeFileFact& compose : std::as_const(snapshot.composeFiles)) {
        composeFiles.append(compose.path);
    }
    addComposeBuilds(snapshot, composeFiles, hostRoot);
}

void DockerfileCollector::addComposeBuilds(Snapshot& snapshot, const QStringList& composeFiles, const QString& hostRoot)
{
    for (const ComposeFileFact& compose : std::as_const(snapshot.composeFiles)) {
        if (!compose.error.isEmpty() || !composeFiles.contains(compose.path)) {
            continue;
        }
        const Result<QJsonObject> doc = composeToJson(compose.text);
        if (!doc) {
            continue; // the compose.* checks report the parse error
        }
        const QString composeDir = QFileInfo(compose.path).path();
        const QJsonObject services = doc->value(QStringLiteral("services")).toObject();
        for (auto it = services.begin(); it != services.end(); ++it) {
            const QJsonValue build = it.value().toObject().value(QStringLiteral("build"));
            if (!build.isString() && !build.isObject()) {
                continue;
            }
            const QJsonObject spec = build.isObject() ? build.toObject() : QJsonObject();
            const QString context = build.isString()
                                        ? build.toString()
                                        : spec.value(QStringLiteral("context")).toString(QStringLiteral("."));
            const QString origin = QStringLiteral("compose:%1#%2").arg(compose.path, it.key());
            DockerfileFact fact;
            fact.target = spec.value(QStringLiteral("target")).toString();
            fact.buildArgs = buildArgs(spec.value(QStringLiteral("args")));
            if (spec.contains(QStringLiteral("dockerfile_inline"))) {
                fact.path = compose.path + QLatin1Char('#') + it.key();
                fact.text = spec.value(QStringLiteral("dockerfile_inline")).toString().toUtf8();
            } else if (isRemoteContext(context)) {
                fact.path = context;
                fact.remote = true;
            } else {
                const QString contextDir =
                    QDir::isAbsolutePath(context) ? context : QDir::cleanPath(composeDir + QLatin1Char('/') + context);
                const QString dockerfile =
                    spec.value(QStringLiteral("dockerfile")).toString(QStringLiteral("Dockerfile"));
                fact.path = QDir::isAbsolutePath(dockerfile)
                                ? dockerfile
                                : QDir::cleanPath(contextDir + QLatin1Char('/') + dockerfile);
            }
            addFact(snapshot.dockerfiles, fact, origin, hostRoot);
        }
    }
}

} // namespace escut
