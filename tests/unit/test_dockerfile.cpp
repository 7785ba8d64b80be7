// SPDX-License-Identifier: GPL-3.0-or-later
// The Dockerfile parser (core/facts/Dockerfile): continuations, the escape directive, exec and shell forms,
// multi-stage builds, ARG before FROM, heredocs and line numbers; and its speed on a large file.
#include "core/facts/Dockerfile.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace escut;

class TestDockerfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void continuationsAndComments();
    void escapeDirective();
    void directivesOnlyAtTheTop();
    void execAndShellForms();
    void flags();
    void multiStage();
    void argBeforeFrom();
    void buildArgsOverrideDefaults();
    void substitution_data();
    void substitution();
    void heredocs();
    void lineNumbersWithCrLf();
    void problems();
    void imageReferences_data();
    void imageReferences();
    void factRoundTrip();
    void largeFileIsFast();
};

void TestDockerfile::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestDockerfile::continuationsAndComments()
{
    const Dockerfile df = Dockerfile::parse(QStringLiteral("# a comment\n"
                                                           "FROM debian:12\n"
                                                           "\n"
                                                           "RUN apt-get update \\\n"
                                                           "# a comment inside the continuation\n"
                                                           "\n"
                                                           "    && apt-get install -y curl \\  \n"
                                                           "    && rm -rf /var/lib/apt/lists/*\n"
                                                           "  # indented comment\n"
                                                           "USER 1000\n"));
    QCOMPARE(df.instructions.size(), 3);
    const DockerfileInstruction& run = df.instructions.at(1);
    QCOMPARE(run.keyword, QStringLiteral("RUN"));
    QCOMPARE(run.line, 4);
    QCOMPARE(run.endLine, 8);
    QCOMPARE(run.arguments.simplified(),
             QStringLiteral("apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*"));
    QVERIFY(!run.arguments.contains(QLatin1Char('#')));
    QCOMPARE(df.instructions.at(2).keyword, QStringLiteral("USER"));
    QCOMPARE(df.instructions.at(2).line, 10);
    QVERIFY(df.problems.isEmpty());
}

void TestDockerfile::escapeDirective()
{
    // Windows-style Dockerfile: ` continues lines and \ is an ordinary character in paths.
    const Dockerfile df = Dockerfile::parse(QStringLiteral("# escape=`\n"
                                                           "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                                                           "COPY testfile.txt c:\\\n"
                                                           "RUN dir c:\\ `\n"
                                                           "    /s\n"));
    QCOMPARE(df.escape, QLatin1Char('`'));
    QCOMPARE(df.instructions.size(), 3);
    QCOMPARE(df.instructions.at(1).words, (QStringList{QStringLiteral("testfile.txt"), QStringLiteral("c:\\")}));
    QCOMPARE(df.instructions.at(2).arguments.simplified(), QStringLiteral("dir c:\\ /s"));
    QCOMPARE(df.instructions.at(2).line, 4);

    // With the default escape, the same COPY line would continue onto the next one.
    const Dockerfile plain = Dockerfile::parse(QStringLiteral("FROM x:1\nCOPY a c:\\\nRUN b\n"));
    QCOMPARE(plain.instructions.size(), 2);
}

void TestDockerfile::directivesOnlyAtTheTop()
{
    // After a comment, "# escape=`" is a comment like any other.
    const Dockerfile df = Dockerfile::parse(QStringLiteral("# hello\n# escape=`\nFROM x:1\n"));
    QCOMPARE(df.escape, QLatin1Char('\\'));
    const Dockerfile syntax = Dockerfile::parse(QStringLiteral("# syntax=docker/dockerfile:1\n# escape=`\nFROM x:1\n"));
    QCOMPARE(syntax.escape, QLatin1Char('`'));
}

void TestDockerfile::execAndShellForms()
{
    const Dockerfile df = Dockerfile::parse(QStringLiteral("FROM x:1\n"
                                                           "CMD [\"/app\", \"--port\", \"80\"]\n"
                                                           "ENTRYPOINT /bin/sh -c 'exec app'\n"
                                                           "RUN [\"not json\"\n"
                                                           "COPY [\"a b.txt\", \"/dst/\"]\n"
                                                           "COPY \"c d.txt\" /dst2/\n"));
    const DockerfileInstruction& cmd = df.instructions.at(1);
    QVERIFY(cmd.execForm);
    QCOMPARE(cmd.words, (QStringList{QStringLiteral("/app"), QStringLiteral("--port"), QStringLiteral("80")}));
    const DockerfileInstruction& entry = df.instructions.at(2);
    QVERIFY(!entry.execForm);
    QCOMPARE(entry.words.last(), QStringLiteral("exec app"));
    QVERIFY(!df.instructions.at(3).execForm); // invalid JSON falls back to the shell form, as Docker does
    QCOMPARE(df.instructions.at(4).words.first(), QStringLiteral("a b.txt"));
    QCOMPARE(df.instructions.at(5).words.first(), QStringLiteral("c d.txt"));
}

void TestDockerfile::flags()
{
    const Dockerfile df = Dockerfile::parse(QStringLiteral("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
                                                           "RUN --mount=type=cache,target=/root/.cache go build\n"
                                                           "FROM scratch\n"
                                                           "COPY --from=build --chown=10:10 /app /app\n"));
    QCOMPARE(df.stages.at(0).platform, QStringLiteral("$BUILDPLATFORM"));
    QCOMPARE(df.stages.at(0).image, QStringLiteral("golang:1.22"));
    QCOMPARE(df.instructions.at(1).flag(QStringLiteral("mount")), QStringLiteral("type=cache,target=/root/.cache"));
    QCOMPARE(df.instructions.at(1).arguments, QStringLiteral("go build"));
    const DockerfileInstruction& copy = df.instructions.at(3);
    QCOMPARE(copy.flag(QStringLiteral("from")), QStringLiteral("build"));
    QCOMPARE(copy.flag(QStringLiteral("chown")), QStringLiteral("10:10"));
    QCOMPARE(copy.words, (QStringList{QStringLiteral("/app"), QStringLiteral("/app")}));
}

void TestDockerfile::multiStage()
{
    const Dockerfile df = Dockerfile::parse(QStringLiteral("FROM golang:1.22 AS Build\n"
                                                           "RUN go build -o /app\n"
                                                           "FROM build as test\n"
                                                           "RUN go test\n"
                                                           "FROM gcr.io/distroless/static:nonroot\n"
                                                           "COPY --from=0 /app /app\n"));
    QCOMPARE(df.stages.size(), 3);
    QCOMPARE(df.stages.at(0).name, QStringLiteral("build")); // stage names are case-insensitive
    QCOMPARE(df.stages.at(1).parent, 0);
    QCOMPARE(df.stages.at(1).name, QStringLiteral("test"));
    QCOMPARE(df.stages.at(2).parent, -1);
    QCOMPARE(df.stages.at(2).line, 5);
    QCOMPARE(df.finalStage()->index, 2);
    QCOMPARE(df.finalStage(QStringLiteral("TEST"))->index, 1);
    QCOMPARE(df.finalStage(QStringLiteral("nope"))->index, 2);
    QCOMPARE(df.lineage(df.stages.at(1)).size(), 2);
    QCOMPARE(df.stage(QStringLiteral("0"), 2)->name, QStringLiteral("build"));
    QVERIFY(!df.stage(QStringLiteral("alpine:3.19"), 2));
    QVERIFY(!df.stage(QStringLiteral("test"), 1)); // only earlier stages
    QCOMPARE(df.stages.at(2).instructions, (QList<int>{4, 5}));
    QCOMPARE(df.instructions.at(5).stage, 2);
}

void TestDockerfile::argBeforeFrom()
{
    const Dockerfile df = Dockerfile::parse(QStringLiteral("ARG REGISTRY=docker.io\n"
                                                           "ARG BASE=${REGISTRY}/library/alpine\n"
                                                           "ARG TAG=\"3.19\" UNUSED\n"
                                                           "ARG NODEFAULT\n"
                                                           "FROM ${BASE}:$TAG AS base\n"
                                                           "FROM $NODEFAULT\n"
                                                           "FROM debian:${DEBIAN:-12}-slim\n"));
    QCOMPARE(df.globalArgs.value(QStringLiteral("BASE")), QStringLiteral("docker.io/library/alpine"));
    QCOMPARE(df.stages.at(0).rawImage, QStringLiteral("${BASE}:$TAG"));
    QCOMPARE(df.stages.at(0).image, QStringLiteral("docker.io/library/alpine:3.19"));
    QVERIFY(!df.stages.at(0).unresolved);
    QVERIFY(df.stages.at(1).unresolved);
    QCOMPARE(df.stages.at(2).image, QStringLiteral("debian:12-slim"));
    QVERIFY(!df.stages.at(2).unresolved);
    QVERIFY(df.problems.size() == 1); // FROM $NODEFAULT gives no image
}

void TestDockerfile::buildArgsOverrideDefaults()
{
    const Dockerfile df = Dockerfile::parse(
        QStringLiteral("ARG GO_VERSION=1.21\nARG NONE\nFROM golang:${GO_VERSION}\n"
                       "FROM alpine:$NONE\n"),
        {{QStringLiteral("GO_VERSION"), QStringLiteral("1.22")}, {QStringLiteral("NONE"), QStringLiteral("3.19")}});
    QCOMPARE(df.stages.at(0).image, QStringLiteral("golang:1.22"));
    QCOMPARE(df.stages.at(1).image, QStringLiteral("alpine:3.19"));
}

void TestDockerfile::substitution_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("unresolved");
    QTest::newRow("plain") << QStringLiteral("$A/${A}") << QStringLiteral("a/a") << false;
    QTest::newRow("unset") << QStringLiteral("x${MISSING}y") << QStringLiteral("xy") << true;
    QTest::newRow(":- unset") << QStringLiteral("${MISSING:-d}") << QStringLiteral("d") << false;
    QTest::newRow(":- empty") << QStringLiteral("${EMPTY:-d}") << QStringLiteral("d") << false;
    QTest::newRow("- empty") << QStringLiteral("${EMPTY-d}") << QString() << false;
    QTest::newRow(":+ set") << QStringLiteral("${A:+yes}") << QStringLiteral("yes") << false;
    QTest::newRow(":+ unset") << QStringLiteral("${MISSING:+yes}") << QString() << false;
    QTest::newRow("nested default") << QStringLiteral("${MISSING:-${A}}") << QStringLiteral("a") << false;
    QTest::newRow("escaped") << QStringLiteral("\\$A") << QStringLiteral("$A") << false;
    QTest::newRow("lone dollar") << QStringLiteral("cost $5") << QStringLiteral("cost $5") << false;
}

void TestDockerfile::substitution()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(bool, unresolved);
    bool gotUnresolved = false;
    const QMap<QString, QString> vars{{QStringLiteral("A"), QStringLiteral("a")}, {QStringLiteral("EMPTY"), {}}};
    QCOMPARE(Dockerfile::substitute(text, vars, QLatin1Char('\\'), &gotUnresolved), expected);
    QCOMPARE(gotUnresolved, unresolved);
}

void TestDockerfile::heredocs()
{
    const Dockerfile df = Dockerfile::parse(QStringLiteral("# syntax=docker/dockerfile:1\n"
                                                           "FROM debian:12\n"
                                                           "RUN <<EOF\n"
                                                           "apt-get update\n"
                                                           "ADD is not an instruction here\n"
                                                           "EOF\n"
                                                           "COPY <<-\"CONF\" <<'TWO' /etc/\n"
                                                           "\tkey=value\n"
                                                           "\tCONF\n"
                                                           "second\n"
                                                           "TWO\n"
                                                           "RUN echo $((1<<2)) && cat <<< here\n"
                                                           "USER app\n"));
    QCOMPARE(df.instructions.size(), 5);
    const DockerfileInstruction& run = df.instructions.at(1);
    QCOMPARE(run.heredocs, QStringList{QStringLiteral("apt-get update\nADD is not an instruction here")});
    QCOMPARE(run.line, 3);
    QCOMPARE(run.endLine, 6);
    const DockerfileInstruction& copy = df.instructions.at(2);
    QCOMPARE(copy.heredocs, (QStringList{QStringLiteral("key=value"), QStringLiteral("second")}));
    QCOMPARE(copy.line, 7);
    QVERIFY(df.instructions.at(3).heredocs.isEmpty()); // << in arithmetic and <<< are not heredocs
    QCOMPARE(df.instructions.at(4).keyword, QStringLiteral("USER"));
    QCOMPARE(df.instructions.at(4).line, 13);
    QVERIFY(df.problems.isEmpty());

    const Dockerfile open = Dockerfile::parse(QStringLiteral("FROM x:1\nRUN <<EOF\necho\n"));
    QCOMPARE(open.problems.size(), 1);
    QVERIFY(open.problems.first().message.contains(QLatin1String("EOF")));
}

void TestDockerfile::lineNumbersWithCrLf()
{
    const Dockerfile df = Dockerfile::parse(QStringLiteral("\xFEFF"
                                                           "FROM x:1\r\n\r\nRUN a \\\r\n  b\r\nUSER 1\r\n"));
    QCOMPARE(df.instructions.size(), 3);
    QCOMPARE(df.instructions.at(0).keyword, QStringLiteral("FROM"));
    QCOMPARE(df.instructions.at(1).line, 3);
    QCOMPARE(df.instructions.at(1).arguments.simplified(), QStringLiteral("a b"));
    QCOMPARE(df.instructions.at(2).line, 5);
    QCOMPARE(df.instructions.at(2).words, QStringList{QStringLiteral("1")});
}

void TestDockerfile::problems()
{
    const Dockerfile df = Dockerfile::parse(QStringLiteral("RUN echo\nFROM x:1\nFROBNICATE\n"));
    QCOMPARE(df.problems.size(), 2);
    QCOMPARE(df.problems.at(0).line, 1);
    QCOMPARE(df.problems.at(1).line, 3);
    QVERIFY(Dockerfile::parse(QStringLiteral("# nothing\n")).finalStage() == nullptr);
}

void TestDockerfile::imageReferences_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");
    QTest::newRow("plain") << QStringLiteral("alpine") << QStringLiteral("alpine") << QString() << QString();
    QTest::newRow("tag") << QStringLiteral("alpine:3.19") << QStringLiteral("alpine") << QStringLiteral("3.19")
                         << QString();
    QTest::newRow("registry port") << QStringLiteral("reg:5000/team/app") << QStringLiteral("reg:5000/team/app")
                                   << QString() << QString();
    QTest::newRow("registry port tag") << QStringLiteral("reg:5000/app:1") << QStringLiteral("reg:5000/app")
                                       << QStringLiteral("1") << QString();
    QTest::newRow("digest") << QStringLiteral("alpine:3.19@sha256:abc") << QStringLiteral("alpine")
                            << QStringLiteral("3.19") << QStringLiteral("sha256:abc");
}

void TestDockerfile::imageReferences()
{
    QFETCH(QString, reference);
    QFETCH(QString, name);
    QFETCH(QString, tag);
    QFETCH(QString, digest);
    QCOMPARE(imageref::name(reference), name);
    QCOMPARE(imageref::tag(reference), tag);
    QCOMPARE(imageref::digest(reference), digest);
}

void TestDockerfile::factRoundTrip()
{
    DockerfileFact fact;
    fact.path = QStringLiteral("/srv/app/Dockerfile");
    fact.origins = {QStringLiteral("--dockerfile"), QStringLiteral("compose:/srv/app/compose.yml#web")};
    fact.target = QStringLiteral("runtime");
    fact.buildArgs = {{QStringLiteral("GO_VERSION"), QStringLiteral("1.22")}};
    fact.text = "FROM x:1\n";
    QCOMPARE(DockerfileFact::fromJson(fact.toJson()), fact);
    fact.text = QByteArray("FROM x:1\n\xff\xfe", 11); // not UTF-8: kept byte for byte
    fact.error = QStringLiteral("e");
    fact.remote = true;
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(fact.toJson()).toJson()).object();
    QCOMPARE(DockerfileFact::fromJson(json), fact);
}

void TestDockerfile::largeFileIsFast()
{
    // 20 000 instructions (about 1 MiB, the collector's size limit), with continuations, stages and heredocs.
    QString text = QStringLiteral("ARG BASE=debian:12\n");
    for (int i = 0; i < 2000; ++i) {
        text += QStringLiteral("FROM ${BASE} AS s%1\n").arg(i);
        for (int j = 0; j < 3; ++j) {
            text += QStringLiteral("RUN apt-get update \\\n    && apt-get install -y pkg%1 \\\n    && true\n").arg(j);
        }
        text += QStringLiteral("COPY --from=s0 [\"/a\", \"/b\"]\nENV A=%1\nRUN <<EOF\necho %1\nEOF\nUSER 1000\n"
                               "# comment\nWORKDIR /w\n")
                    .arg(i);
    }
    QElapsedTimer timer;
    timer.start();
    const Dockerfile df = Dockerfile::parse(text);
    const qint64 ms = timer.elapsed();
    QCOMPARE(df.stages.size(), 2000);
    QCOMPARE(df.instructions.size(), 1 + 2000 * 9);
    QVERIFY(df.problems.isEmpty());
    qInfo("parsed %lld bytes, %lld instructions in %lld ms",
          qint64(text.toUtf8().size()),
          qint64(df.instructions.size()),
          ms); // reported, not asserted: a time budget belongs to tests/bench, not to a functional test
}

QTEST_GUILESS_MAIN(TestDockerfile)
#include "test_dockerfile.moc"
