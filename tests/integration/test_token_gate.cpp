// SPDX-License-Identifier: GPL-3.0-or-later
// fix.token-gate on the real dockerd: the generated entrypoint lets the container start only with the right
// Docker secret (seed 000 §6: "Provar arrencar contenidor sense token").
#include "tests/common/TestUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using escut::test::runProcess;

class TestTokenGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void gateRefusesWithoutTheRightToken();
    void rollbackRemovesTheGeneratedFiles();

private:
    QTemporaryDir m_state;
    QTemporaryDir m_project;
    QString m_image;
    escut::test::ProcessResult m_apply;
};

void TestTokenGate::initTestCase()
{
    qputenv("ESCUT_STATE_DIR", m_state.path().toUtf8());
    m_image = QStringLiteral("local/escut-test-gate:%1").arg(QCoreApplication::applicationPid());
    m_apply = runProcess(escut::test::cliPath(),
                         {QStringLiteral("fix"),
                          QStringLiteral("apply"),
                          QStringLiteral("fix.token-gate"),
                          QStringLiteral("--dir"),
                          m_project.path(),
                          QStringLiteral("--yes")});
    QVERIFY2(m_apply.exitCode == 0, m_apply.err.constData());
}

void TestTokenGate::cleanupTestCase()
{
    runProcess(QStringLiteral("docker"), {QStringLiteral("rmi"), QStringLiteral("-f"), m_image});
}

void TestTokenGate::gateRefusesWithoutTheRightToken()
{
    QFile tokenFile(m_project.filePath(QStringLiteral("token.txt")));
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));
    const QByteArray token = tokenFile.readAll();
    QCOMPARE(token.size(), 64);
    QVERIFY2(!m_apply.out.contains(token) && !m_apply.err.contains(token), "the token must never be printed");
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(tokenFile.fileName()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);

    // The user's Dockerfile with the generated lines.
    QFile dockerfile(m_project.filePath(QStringLiteral("Dockerfile")));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    QFile snippet(m_project.filePath(QStringLiteral("Dockerfile.token-gate")));
    QVERIFY(snippet.open(QIODevice::ReadOnly));
    dockerfile.write("FROM local/busybox:1\n" + snippet.readAll() + "CMD [\"echo\", \"service started\"]\n");
    dockerfile.close();
    const auto build = runProcess(QStringLiteral("docker"),
                                  {QStringLiteral("build"),
                                   QStringLiteral("-q"),
                                   QStringLiteral("--label"),
                                   QStringLiteral("escut.test=1"),
                                   QStringLiteral("-t"),
                                   m_image,
                                   m_project.path()});
    QVERIFY2(build.exitCode == 0, build.err.constData());

    const auto run = [&](const QString& secret) {
        QStringList args{QStringLiteral("run"),
                         QStringLiteral("--rm"),
                         QStringLiteral("--network"),
                         QStringLiteral("none"),
                         QStringLiteral("--label"),
                         QStringLiteral("escut.test=1")};
        if (!secret.isEmpty()) {
            args << QStringLiteral("-v") << secret + QStringLiteral(":/run/secrets/token:ro");
        }
        return runProcess(QStringLiteral("docker"), args << m_image);
    };
    const auto none = run({});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains("no secret"));

    QTemporaryDir other;
    QFile wrong(other.filePath(QStringLiteral("wrong.txt")));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(QByteArray(token).replace(0, 1, token.startsWith('0') ? "1" : "0"));
    wrong.close();
    const auto bad = run(wrong.fileName());
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("invalid token"));

    const auto good = run(tokenFile.fileName());
    QVERIFY2(good.exitCode == 0, good.err.constData());
    QCOMPARE(good.out.trimmed(), QByteArray("service started"));
}

void TestTokenGate::rollbackRemovesTheGeneratedFiles()
{
    const auto journal = runProcess(
        escut::test::cliPath(),
        {QStringLiteral("fix"), QStringLiteral("journal"), QStringLiteral("--format"), QStringLiteral("json")});
    const QString id =
        QJsonDocument::fromJson(journal.out).array().last().toObject().value(QStringLiteral("id")).toString();
    const auto rollback = runProcess(escut::test::cliPath(), {QStringLiteral("fix"), QStringLiteral("rollback"), id});
    QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
    for (const char* name : {"token.txt", "entrypoint.sh", "Dockerfile.token-gate", "docker-compose.token-gate.yml"}) {
        QVERIFY2(!QFile::exists(m_project.filePath(QLatin1String(name))), name);
    }
    QVERIFY(QFile::exists(m_project.filePath(QStringLiteral("Dockerfile")))); // the user's own file stays
}

QTEST_GUILESS_MAIN(TestTokenGate)
#include "test_token_gate.moc"
