// SPDX-License-Identifier: GPL-3.0-or-later
// escut-cli audit --dockerfile and --active: the dockerfile.* findings with their lines, from a saved snapshot (no
// daemon needed), and the active probes skipped unless asked for.
#include "tests/common/TestUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using escut::test::runProcess;

class TestCliDockerfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dockerfileFindingsPointAtLines();
    void activeProbesAreSkippedByDefault();
    void activeNeedsALiveDaemon();
    void helpListsTheFlags();

private:
    QJsonArray audit(const QStringList& extra, int expectedExit);
    QTemporaryDir m_dir;
    QString m_snapshot;
    QString m_dockerfile;
};

void TestCliDockerfile::initTestCase()
{
    QVERIFY2(QFile::exists(escut::test::cliPath()), "ESCUT_CLI must point at escut-cli");
    m_snapshot = escut::test::sourceDir() + QStringLiteral("/tests/data/snapshots/integration-hardened-weak.json");
    QVERIFY(QFile::exists(m_snapshot));
    m_dockerfile = m_dir.filePath(QStringLiteral("Dockerfile"));
    QFile f(m_dockerfile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# syntax=docker/dockerfile:1\n"
            "ARG BASE=debian\n"
            "FROM ${BASE} AS build\n"
            "RUN apt-get update && \\\n"
            "    apt-get install -y gcc\n"
            "ADD https://example.com/tool.tar.gz /opt/\n"
            "FROM build\n"
            "CMD [\"/opt/tool\"]\n");
}

QJsonArray TestCliDockerfile::audit(const QStringList& extra, int expectedExit)
{
    const auto r = runProcess(escut::test::cliPath(),
                              QStringList{QStringLiteral("audit"),
                                          QStringLiteral("--snapshot"),
                                          m_snapshot,
                                          QStringLiteral("--format"),
                                          QStringLiteral("json"),
                                          QStringLiteral("--lang"),
                                          QStringLiteral("en"),
                                          QStringLiteral("--fail-on"),
                                          QStringLiteral("none")} +
                                  extra);
    if (r.exitCode != expectedExit) {
        qWarning("exit %d: %s", r.exitCode, r.err.constData());
        return {};
    }
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray();
}

void TestCliDockerfile::dockerfileFindingsPointAtLines()
{
    const QJsonArray findings =
        audit({QStringLiteral("--dockerfile"), m_dockerfile, QStringLiteral("--only"), QStringLiteral("supply-chain")},
              0);
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue& v : findings) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("scope")).toString() == QLatin1String("dockerfile")) {
            byId.insert(f.value(QStringLiteral("id")).toString(), f);
            QCOMPARE(f.value(QStringLiteral("subject")).toObject().value(QStringLiteral("name")).toString(),
                     m_dockerfile);
        }
    }
    QCOMPARE(byId.size(), 5);
    const auto expect = [&](const char* id, const char* status, int line, const char* evidence) {
        const QJsonObject f = byId.value(QLatin1String(id));
        QCOMPARE(f.value(QStringLiteral("status")).toString(), QLatin1String(status));
        QCOMPARE(f.value(QStringLiteral("line")).toInt(), line);
        QVERIFY2(f.value(QStringLiteral("evidence")).toString().contains(QLatin1String(evidence)),
                 qPrintable(f.value(QStringLiteral("evidence")).toString()));
    };
    expect("dockerfile.user", "fail", 7, "sets no USER");
    expect("dockerfile.add", "fail", 6, "tool.tar.gz");
    expect("dockerfile.pinned-base", "fail", 3, "${BASE} (debian)");
    expect("dockerfile.multistage", "fail", 4, "apt-get installs gcc");
    expect("dockerfile.update-alone", "pass", 0, "No package index update"); // update && install: one RUN
}

void TestCliDockerfile::activeProbesAreSkippedByDefault()
{
    const QJsonArray findings = audit({QStringLiteral("--only"), QStringLiteral("container,secrets")}, 0);
    int skipped = 0;
    for (const QJsonValue& v : findings) {
        const QJsonObject f = v.toObject();
        const QString id = f.value(QStringLiteral("id")).toString();
        if (id == QLatin1String("container.exec-shell") || id == QLatin1String("container.token-gate")) {
            QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
            QVERIFY(f.value(QStringLiteral("evidence"))
                        .toString()
                        .contains(QLatin1String("active probe: run with --active")));
            ++skipped;
        }
    }
    QVERIFY(skipped >= 2);
}

void TestCliDockerfile::activeNeedsALiveDaemon()
{
    const auto r =
        runProcess(escut::test::cliPath(),
                   {QStringLiteral("audit"), QStringLiteral("--snapshot"), m_snapshot, QStringLiteral("--active")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--active"), r.err.constData());
}

void TestCliDockerfile::helpListsTheFlags()
{
    const auto r = runProcess(escut::test::cliPath(), {QStringLiteral("audit"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--dockerfile <FILE>"));
    QVERIFY(r.out.contains("--active"));
}

QTEST_GUILESS_MAIN(TestCliDockerfile)
#include "test_cli_dockerfile.moc"
