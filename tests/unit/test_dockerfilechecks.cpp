// SPDX-License-Identifier: GPL-3.0-or-later
// dockerfile.*, container.secrets, the active-probe checks (container.exec-shell, container.token-gate) and the
// Compose additions (service lines, extends, profiles, build contexts), each with failing and passing subjects.
#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/facts/DockerfileCollector.h"
#include "core/facts/Snapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;

class TestDockerfileChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dockerfile_data();
    void dockerfile();
    void dockerfileFactProblems();
    void secrets_data();
    void secrets();
    void probes_data();
    void probes();
    void composeLines();
    void composeExtendsAndProfiles();
    void collectorReadsBuildContexts();
    void snapshotRoundTrip();
};

namespace
{

QString dataPath(const QString& relative)
{
    const QString root = qEnvironmentVariable("ESCUT_SOURCE_DIR");
    if (!root.isEmpty()) {
        return root + QStringLiteral("/tests/data/") + relative;
    }
    return QFINDTESTDATA(QStringLiteral("../data/") + relative);
}

Outcome evaluateOne(const Snapshot& snapshot, const QString& check)
{
    const CheckDef* def = findCheck(check);
    Q_ASSERT(def);
    const QList<Subject> subjects = subjectsFor(snapshot, def->scope);
    Q_ASSERT(subjects.size() == 1);
    return def->evaluate(snapshot, subjects.first());
}

Snapshot withDockerfile(const QString& text, const QString& target = {})
{
    Snapshot s;
    DockerfileFact f;
    f.path = QStringLiteral("/srv/app/Dockerfile");
    f.origins = {QStringLiteral("--dockerfile")};
    f.text = text.toUtf8();
    f.target = target;
    s.dockerfiles.append(f);
    return s;
}

Snapshot withContainer(const QByteArray& containerJson, const QByteArray& probesJson = {})
{
    Snapshot s;
    s.containers.append(QJsonDocument::fromJson(containerJson).object());
    Q_ASSERT(!s.containers.first().isEmpty());
    if (!probesJson.isEmpty()) {
        s.probes = ActiveProbeFacts::fromJson(QJsonDocument::fromJson(probesJson).object());
    }
    return s;
}

} // namespace

void TestDockerfileChecks::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestDockerfileChecks::dockerfile_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<int>("line");
    const auto row = [](const char* name,
                        const char* check,
                        const char* text,
                        const char* status,
                        const char* evidence,
                        int line,
                        const char* target = "") {
        QTest::newRow(name) << QString::fromLatin1(check) << QString::fromUtf8(text) << QString::fromLatin1(target)
                            << QString::fromLatin1(status) << QString::fromUtf8(evidence) << line;
    };
    // dockerfile.user
    row("no user", "dockerfile.user", "FROM alpine:3.19\nRUN true\n", "fail", "sets no USER", 1);
    row("user root", "dockerfile.user", "FROM alpine:3.19\nUSER app\nUSER root:root\n", "fail", "is root", 3);
    row("user 0", "dockerfile.user", "FROM alpine:3.19\nUSER 0\n", "fail", "root", 2);
    row("user app", "dockerfile.user", "FROM alpine:3.19\nRUN adduser -D app\nUSER app\n", "pass", "USER app", 3);
    row("user in build stage only",
        "dockerfile.user",
        "FROM alpine:3.19 AS build\nUSER 1000\nFROM alpine:3.19\nCOPY --from=build /a /a\n",
        "fail",
        "sets no USER",
        3);
    row("user inherited from stage",
        "dockerfile.user",
        "FROM alpine:3.19 AS base\nUSER 1000\nFROM base\nCMD [\"x\"]\n",
        "pass",
        "1000",
        2);
    row("user from arg",
        "dockerfile.user",
        "FROM alpine:3.19\nARG UID=10001\nUSER ${UID}:${UID}\n",
        "pass",
        "10001:10001",
        3);
    row("user from global arg",
        "dockerfile.user",
        "ARG UID=0\nFROM alpine:3.19\nARG UID\nUSER $UID\n",
        "fail",
        "root",
        4);
    row("user unresolved", "dockerfile.user", "FROM alpine:3.19\nUSER $NOPE\n", "warn", "no default", 2);
    row("user target stage",
        "dockerfile.user",
        "FROM alpine:3.19 AS dev\nRUN true\nFROM alpine:3.19 AS prod\nUSER 1000\n",
        "fail",
        "dev",
        1,
        "dev");
    // dockerfile.add
    row("add url", "dockerfile.add", "FROM a:1\nADD https://example.com/x.sh /x.sh\n", "fail", "no checksum", 2);
    row("add checksum",
        "dockerfile.add",
        "FROM a:1\nADD --checksum=sha256:abc https://example.com/x.sh /x.sh\n",
        "warn",
        "--checksum",
        2);
    row("add archive", "dockerfile.add", "FROM a:1\nADD rootfs.tar.gz /\n", "warn", "unpacks", 2);
    row("add local after continuation",
        "dockerfile.add",
        "FROM a:1\nRUN x \\\n  && y\nADD rootfs.tar.gz /\nADD . /src\n",
        "fail",
        "line 5: ADD . copies local files",
        5);
    row("add git", "dockerfile.add", "FROM a:1\nADD git@github.com:moby/buildkit.git /src\n", "fail", "downloads", 2);
    row("copy only", "dockerfile.add", "FROM a:1\nCOPY . /src\n", "pass", "No ADD", 0);

    // dockerfile.update-alone (CIS 4.7)
    row("update alone",
        "dockerfile.update-alone",
        "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n",
        "warn",
        "line 2: apt-get update with no install",
        2);
    row("update with options alone",
        "dockerfile.update-alone",
        "FROM debian:12\nRUN apt-get -qq update && echo done\n",
        "warn",
        "apt-get -qq update",
        2);
    row("update and install",
        "dockerfile.update-alone",
        "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl\n",
        "pass",
        "No package index update",
        0);
    row("apk update then add",
        "dockerfile.update-alone",
        "FROM alpine:3\nRUN apk update && apk add curl\n",
        "pass",
        "No package index update",
        0);
    row("apk update alone", "dockerfile.update-alone", "FROM alpine:3\nRUN apk update\n", "warn", "apk update", 2);
    row("dnf makecache alone",
        "dockerfile.update-alone",
        "FROM fedora:40\nRUN dnf makecache\nRUN dnf install -y git\n",
        "warn",
        "dnf makecache",
        2);
    row("update with an apt -o option",
        "dockerfile.update-alone",
        "FROM debian:12\nRUN apt-get -o Acquire::Retries=3 update\nRUN apt-get install -y curl\n",
        "warn",
        "apt-get -o Acquire::Retries=3 update",
        2);
    // A hostile RUN with thousands of options before update: the evidence shows the start of it, not all of it.
    const QByteArray manyOptions = "FROM debian:12\nRUN apt-get" + QByteArray(" -o x").repeated(20000) + " update\n";
    row("update after many options",
        "dockerfile.update-alone",
        manyOptions.constData(),
        "warn",
        "apt-get -o x -o x",
        2);
    row("install only",
        "dockerfile.update-alone",
        "FROM alpine:3\nRUN apk add --no-cache curl\n",
        "pass",
        "No package index update",
        0);
    // dockerfile.pinned-base
    row("untagged", "dockerfile.pinned-base", "FROM debian\n", "fail", "no tag", 1);
    row("latest second stage",
        "dockerfile.pinned-base",
        "FROM golang:1.22 AS build\nFROM alpine:latest\n",
        "fail",
        "line 2: alpine:latest is latest",
        2);
    row("latest from arg",
        "dockerfile.pinned-base",
        "ARG TAG=latest\nFROM node:${TAG}\n",
        "fail",
        "node:${TAG} (node:latest)",
        2);
    row("arg without default", "dockerfile.pinned-base", "ARG BASE\nFROM $BASE\n", "warn", "no default", 2);
    row("copy from image",
        "dockerfile.pinned-base",
        "FROM alpine:3.19\nCOPY --from=nginx /etc/nginx /etc/nginx\n",
        "fail",
        "line 2: nginx",
        2);
    row("tags", "dockerfile.pinned-base", "FROM golang:1.22 AS b\nFROM b\nFROM scratch\n", "pass", "golang:1.22", 0);
    row("digest",
        "dockerfile.pinned-base",
        "FROM --platform=linux/amd64 alpine:3.19@sha256:abc AS x\nFROM scratch\nCOPY --from=x / /\n",
        "pass",
        "pinned by digest",
        0);
    row("escape directive",
        "dockerfile.pinned-base",
        "# escape=`\nFROM mcr.microsoft.com/windows/servercore `\n  AS base\n",
        "fail",
        "no tag",
        2);
    row("scratch only", "dockerfile.pinned-base", "FROM scratch\nCOPY app /\n", "pass", "scratch", 0);
    // dockerfile.multistage
    row("golang final", "dockerfile.multistage", "FROM golang:1.22\nRUN go build -o /app\n", "fail", "golang:1.22", 1);
    row("apt gcc final",
        "dockerfile.multistage",
        "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends gcc=4:12.2.0-3 make\n",
        "fail",
        "apt-get installs gcc",
        2);
    row("apk virtual removed",
        "dockerfile.multistage",
        "FROM alpine:3.19\nRUN apk add --virtual .deps build-base && make && apk del .deps\n",
        "pass",
        "No compiler",
        0);
    row("heredoc build-essential",
        "dockerfile.multistage",
        "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y build-essential\nEOF\nUSER 1\n",
        "fail",
        "build-essential",
        2);
    row("inherits toolchain",
        "dockerfile.multistage",
        "FROM rust:1.77 AS build\nRUN cargo build --release\nFROM build AS final\nCMD [\"/app\"]\n",
        "fail",
        "rust:1.77",
        1);
    row("multi-stage",
        "dockerfile.multistage",
        "FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static\nCOPY --from=build /app "
        "/app\n",
        "pass",
        "copies its artefacts from build (line 4)",
        4);
    row("jdk", "dockerfile.multistage", "FROM eclipse-temurin:21-jdk\n", "fail", "eclipse-temurin", 1);
    row("jre", "dockerfile.multistage", "FROM eclipse-temurin:21-jre\n", "pass", "No compiler", 0);
    row("dotnet sdk", "dockerfile.multistage", "FROM mcr.microsoft.com/dotnet/sdk:8.0\n", "fail", "dotnet/sdk", 1);
}

void TestDockerfileChecks::dockerfile()
{
    QFETCH(QString, check);
    QFETCH(QString, text);
    QFETCH(QString, target);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    QFETCH(int, line);
    const Outcome o = evaluateOne(withDockerfile(text, target), check);
    QVERIFY2(statusId(o.status) == status,
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(o.status), o.evidence)));
    QVERIFY2(o.evidence.contains(evidence), qPrintable(o.evidence));
    QCOMPARE(o.line, line);
    if (o.status != Status::Pass) {
        // Findings carry the line to reports.
        const QList<Finding> findings = evaluate(withDockerfile(text, target));
        const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) {
            return QLatin1String(f.check->id) == check;
        });
        QVERIFY(it != findings.end());
        QCOMPARE(it->line, line);
        QCOMPARE(it->toJson().value(QStringLiteral("line")).toInt(), line);
    }
}

void TestDockerfileChecks::dockerfileFactProblems()
{
    Snapshot s = withDockerfile({});
    s.dockerfiles[0].error = QStringLiteral("Cannot read /srv/app/Dockerfile: No such file or directory.");
    QCOMPARE(evaluateOne(s, QStringLiteral("dockerfile.user")).status, Status::Error);
    s.dockerfiles[0].error.clear();
    s.dockerfiles[0].remote = true;
    s.dockerfiles[0].path = QStringLiteral("https://github.com/moby/moby.git");
    const Outcome remote = evaluateOne(s, QStringLiteral("dockerfile.add"));
    QCOMPARE(remote.status, Status::Skipped);
    QVERIFY(remote.evidence.contains(QLatin1String("remote")));
    QCOMPARE(evaluateOne(withDockerfile(QStringLiteral("# empty\n")), QStringLiteral("dockerfile.multistage")).status,
             Status::Error);
}

void TestDockerfileChecks::secrets_data()
{
    QTest::addColumn<QByteArray>("container");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("env value") << QByteArray(R"({"Id": "a", "Config": {"Env": ["API_TOKEN=s3cr3t-value", "A=1"]}})")
                               << QStringLiteral("fail") << QStringLiteral("API_TOKEN");
    QTest::newRow("env and secrets") << QByteArray(R"({"Id": "a", "Config": {"Env": ["DB_PASSWORD=s3cr3t-value"]},
                          "Mounts": [{"Type": "bind", "Source": "/srv/s/db.txt", "Destination": "/run/secrets/db"}]})")
                                     << QStringLiteral("fail") << QStringLiteral("/run/secrets: db");
    QTest::newRow("compose secret")
        << QByteArray(R"({"Id": "a", "Config": {"Env": ["DB_PASSWORD_FILE=/run/secrets/db", "DB_PASSWORD="]},
                          "Mounts": [{"Type": "bind", "Source": "/srv/s/db.txt", "Destination": "/run/secrets/db"}]})")
        << QStringLiteral("pass") << QStringLiteral("db");
    QTest::newRow("swarm-style mount")
        << QByteArray(R"({"Id": "a", "HostConfig": {"Mounts": [{"Type": "bind", "Target": "/run/secrets/token"}]}})")
        << QStringLiteral("pass") << QStringLiteral("token");
    QTest::newRow("nothing") << QByteArray(R"({"Id": "a", "Config": {"Env": ["PATH=/bin"]}})") << QStringLiteral("pass")
                             << QStringLiteral("No secret-looking");
}

void TestDockerfileChecks::secrets()
{
    QFETCH(QByteArray, container);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    const Outcome o = evaluateOne(withContainer(container), QStringLiteral("container.secrets"));
    QVERIFY2(statusId(o.status) == status, qPrintable(o.evidence));
    QVERIFY2(o.evidence.contains(evidence), qPrintable(o.evidence));
    QVERIFY2(!o.evidence.contains(QLatin1String("s3cr3t")), "a secret's value must never be in the evidence");
}

void TestDockerfileChecks::probes_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QByteArray>("probes");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    const auto row = [](const char* name, const char* check, const char* probes, const char* status, const char* ev) {
        QTest::newRow(name) << QString::fromLatin1(check) << QByteArray(probes) << QString::fromLatin1(status)
                            << QString::fromLatin1(ev);
    };
    row("exec off", "container.exec-shell", "", "skipped", "active probe: run with --active");
    row("exec not probed", "container.exec-shell", R"({"enabled": true})", "skipped", "not probed");
    row("exec not running",
        "container.exec-shell",
        R"({"enabled": true, "exec": [{"containerId": "a", "running": false}]})",
        "skipped",
        "not running");
    row("exec succeeds",
        "container.exec-shell",
        R"({"enabled": true, "exec": [{"containerId": "a", "running": true, "started": true, "exitCode": 0, "ms": 12}]})",
        "fail",
        "succeeded");
    row("exec no shell",
        "container.exec-shell",
        R"({"enabled": true, "exec": [{"containerId": "a", "running": true, "started": false, "exitCode": 126,
            "httpStatus": 400, "error": "executable file not found in $PATH"}]})",
        "pass",
        "exit code 126");
    row("exec hangs",
        "container.exec-shell",
        R"({"enabled": true, "exec": [{"containerId": "a", "running": true, "started": true, "exitCode": -1, "timedOut": true, "ms": 10000}]})",
        "fail",
        "still running");
    row("exec error",
        "container.exec-shell",
        R"({"enabled": true, "exec": [{"containerId": "a", "running": true, "error": "connection reset"}]})",
        "error",
        "connection reset");
    row("gate off", "container.token-gate", R"({"enabled": false})", "skipped", "--active");
    row("gate refuses",
        "container.token-gate",
        R"({"enabled": true, "run": [{"containerId": "a", "started": true, "exitCode": 1, "limitSeconds": 10, "ms": 250}]})",
        "pass",
        "exit code 1");
    row("gate still running",
        "container.token-gate",
        R"({"enabled": true, "run": [{"containerId": "a", "started": true, "exitCode": 137, "timedOut": true, "limitSeconds": 10, "ms": 10050}]})",
        "fail",
        "after 10 s");
    row("gate exits 0",
        "container.token-gate",
        R"({"enabled": true, "run": [{"containerId": "a", "started": true, "exitCode": 0, "limitSeconds": 10, "ms": 40}]})",
        "fail",
        "code 0");
    row("gate cannot start",
        "container.token-gate",
        R"({"enabled": true, "run": [{"containerId": "a", "started": false, "error": "exec: \"/app\": permission denied"}]})",
        "warn",
        "permission denied");
}

void TestDockerfileChecks::probes()
{
    QFETCH(QString, check);
    QFETCH(QByteArray, probes);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    const Outcome o =
        evaluateOne(withContainer(R"({"Id": "a", "Name": "/web", "State": {"Running": true}})", probes), check);
    QVERIFY2(statusId(o.status) == status,
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(o.status), o.evidence)));
    QVERIFY2(o.evidence.contains(evidence), qPrintable(o.evidence));
}

void TestDockerfileChecks::composeLines()
{
    QFile file(dataPath(QStringLiteral("compose/01-wordpress-v3.yml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Snapshot s;
    s.composeFiles.append({QStringLiteral("/srv/wp/docker-compose.yml"), {}, file.readAll(), {}});
    const QList<Finding> findings = evaluate(s);
    QHash<QString, const Finding*> byKey;
    for (const Finding& f : findings) {
        byKey.insert(QLatin1String(f.check->id) + QLatin1Char('@') + f.subject.id.section(QLatin1Char('#'), 1), &f);
    }
    QCOMPARE(byKey.value(QStringLiteral("compose.ports-loopback@wordpress"))->status, Status::Warn);
    QCOMPARE(byKey.value(QStringLiteral("compose.ports-loopback@wordpress"))->line, 18); // ports:
    QCOMPARE(byKey.value(QStringLiteral("compose.user@db"))->line, 4);                   // the service
    QCOMPARE(byKey.value(QStringLiteral("compose.secrets@db"))->line, 9);                // environment:
    QCOMPARE(byKey.value(QStringLiteral("compose.pinned-images@wordpress"))->line, 17);  // image:
}

void TestDockerfileChecks::composeExtendsAndProfiles()
{
    QFile extendsFile(dataPath(QStringLiteral("compose/04-extends.yml")));
    QVERIFY(extendsFile.open(QIODevice::ReadOnly));
    Snapshot s;
    s.composeFiles.append({QStringLiteral("/srv/py/compose.yml"), {}, extendsFile.readAll(), {}});
    // extends: file: from another file that is read only for the resolution.
    s.composeFiles.append({QStringLiteral("/srv/other/compose.yml"),
                           {},
                           "services:\n  api:\n    extends:\n      file: ../common/base.yml\n      service: hardened\n"
                           "    image: local/api:2\n    cap_drop: [NET_RAW]\n",
                           {}});
    ComposeFileFact base{QStringLiteral("/srv/common/base.yml"),
                         {},
                         "services:\n  hardened:\n    image: local/base:1\n    read_only: true\n    cap_drop: [ALL]\n"
                         "    user: '1000'\n",
                         {}};
    base.referenced = true;
    s.composeFiles.append(base);
    const QList<Subject> subjects = subjectsFor(s, Scope::Compose);
    QCOMPARE(subjects.size(), 3); // base, web, api: the referenced file is not audited itself
    const CheckDef* pinned = findCheck(QStringLiteral("compose.pinned-images"));
    const CheckDef* readOnly = findCheck(QStringLiteral("compose.read-only"));
    const CheckDef* capDrop = findCheck(QStringLiteral("compose.cap-drop"));
    for (const Subject& subject : subjects) {
        if (subject.id.endsWith(QLatin1String("#web"))) {
            const Outcome o = pinned->evaluate(s, subject);
            QCOMPARE(o.status, Status::Pass); // the image comes from base
            QVERIFY(o.evidence.contains(QLatin1String("python:3.12-slim")));
        }
        if (subject.id.endsWith(QLatin1String("#api"))) {
            QCOMPARE(readOnly->evaluate(s, subject).status, Status::Pass);
            QVERIFY(capDrop->evaluate(s, subject).evidence.contains(QLatin1String("ALL")));        // sequences append
            QVERIFY(pinned->evaluate(s, subject).evidence.contains(QLatin1String("local/api:2"))); // own key wins
        }
    }

    // A missing extends target is an error for that service, not a pass.
    Snapshot broken;
    broken.composeFiles.append({QStringLiteral("/srv/x/compose.yml"),
                                {},
                                "services:\n  a:\n    extends:\n      file: gone.yml\n      service: b\n",
                                {}});
    QCOMPARE(evaluateOne(broken, QStringLiteral("compose.user")).status, Status::Error);

    // Services behind profiles are audited too: they are one --profile away from running.
    QFile profiles(dataPath(QStringLiteral("compose/05-profiles-spec.yml")));
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    Snapshot p;
    p.composeFiles.append({QStringLiteral("/srv/p/compose.yml"), {}, profiles.readAll(), {}});
    QCOMPARE(subjectsFor(p, Scope::Compose).size(), 3);
}

void TestDockerfileChecks::collectorReadsBuildContexts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("app"));
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("Dockerfile"), "FROM alpine:3.19\n");
    write(QStringLiteral("app/Dockerfile.prod"),
          "ARG GO_VERSION=1.21\nFROM golang:${GO_VERSION} AS build\nFROM build\n");
    write(QStringLiteral("extra.Dockerfile"), "FROM debian\n");
    Snapshot s;
    s.composeFiles.append({dir.filePath(QStringLiteral("compose.yml")),
                           {},
                           "services:\n"
                           "  short:\n    build: .\n"
                           "  again:\n    build: .\n"
                           "  long:\n    build:\n      context: ./app\n      dockerfile: Dockerfile.prod\n"
                           "      target: build\n      args:\n        GO_VERSION: '1.22'\n        FROM_ENV: ${X}\n"
                           "  inline:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM busybox\n"
                           "  remote:\n    build: https://github.com/docker/buildx.git#master\n"
                           "  missing:\n    build:\n      context: ./nope\n"
                           "  image:\n    image: nginx:1\n",
                           {}});
    DockerfileCollector::collect(s, {dir.filePath(QStringLiteral("extra.Dockerfile"))}, QStringLiteral("/"));
    QCOMPARE(s.dockerfiles.size(), 6);
    QCOMPARE(s.dockerfiles.at(0).origins, QStringList{QStringLiteral("--dockerfile")});
    QCOMPARE(s.dockerfiles.at(0).text, QByteArray("FROM debian\n"));
    const auto byOrigin = [&](const char* service) -> DockerfileFact {
        const QString origin =
            QStringLiteral("compose:%1#%2").arg(dir.filePath(QStringLiteral("compose.yml")), QLatin1String(service));
        for (const DockerfileFact& f : std::as_const(s.dockerfiles)) {
            if (f.origins.contains(origin)) {
                return f;
            }
        }
        return {};
    };
    const DockerfileFact shortSyntax = byOrigin("short");
    QCOMPARE(shortSyntax.path, dir.filePath(QStringLiteral("Dockerfile")));
    QCOMPARE(shortSyntax.text, QByteArray("FROM alpine:3.19\n"));
    QCOMPARE(shortSyntax.origins.size(), 2); // short and again share it
    const DockerfileFact longSyntax = byOrigin("long");
    QCOMPARE(longSyntax.path, dir.filePath(QStringLiteral("app/Dockerfile.prod")));
    QCOMPARE(longSyntax.target, QStringLiteral("build"));
    QCOMPARE(longSyntax.buildArgs, (QMap<QString, QString>{{QStringLiteral("GO_VERSION"), QStringLiteral("1.22")}}));
    QCOMPARE(byOrigin("inline").text, QByteArray("FROM busybox\n"));
    QVERIFY(byOrigin("remote").remote);
    QVERIFY(byOrigin("missing").error.contains(QLatin1String("Cannot read")));

    // The build args reach the parse: golang:1.22 is what the checks see.
    Snapshot one;
    one.dockerfiles.append(longSyntax);
    const Outcome o = evaluateOne(one, QStringLiteral("dockerfile.multistage"));
    QCOMPARE(o.status, Status::Fail);
    QVERIFY2(o.evidence.contains(QLatin1String("golang:1.22")), qPrintable(o.evidence));
    QCOMPARE(subjectsFor(one, Scope::Dockerfile).first().name, longSyntax.path + QStringLiteral("@target=build"));
}

void TestDockerfileChecks::snapshotRoundTrip()
{
    Snapshot s = withDockerfile(QStringLiteral("FROM a:1\n"));
    s.probes = ActiveProbeFacts::fromJson(QJsonDocument::fromJson(R"({"enabled": true,
        "exec": [{"containerId": "a", "running": true, "started": false, "exitCode": 126, "httpStatus": 400, "error": "x", "ms": 5}],
        "run": [{"containerId": "a", "image": "sha256:1", "started": true, "exitCode": 137, "timedOut": true, "limitSeconds": 10, "ms": 10001}]})")
                                              .object());
    s.composeFiles.append({QStringLiteral("/c.yml"), {}, "services: {}\n", {}});
    s.composeFiles.last().referenced = true;
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(s.toJson()).toJson()).object();
    const Snapshot back = Snapshot::fromJson(json).value();
    QCOMPARE(back.dockerfiles, s.dockerfiles);
    QCOMPARE(back.probes, s.probes);
    QVERIFY(back.composeFiles.last().referenced);
    QCOMPARE(back.toJson(), s.toJson());
}

QTEST_GUILESS_MAIN(TestDockerfileChecks)
#include "test_dockerfilechecks.moc"
