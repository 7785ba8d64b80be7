// SPDX-License-Identifier: GPL-3.0-or-later
// escut-cli compose harden over a corpus of real-world-shaped Compose files (anchors, extends, profiles,
// interpolation, long syntax, build contexts, secrets, configs), validated by the Compose CLI.
#include "tests/common/TestUtil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using escut::test::runProcess;

class TestComposeHarden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpus_data();
    void corpus();
    void invalidYamlIsRefused();
    void secretsMoveOutOfTheFile();

private:
    QTemporaryDir m_state;
};

void TestComposeHarden::initTestCase()
{
    qputenv("ESCUT_STATE_DIR", m_state.path().toUtf8());
    QVERIFY2(runProcess(QStringLiteral("docker-compose"), {QStringLiteral("version")}).exitCode == 0,
             "docker-compose is needed to validate Compose files (scripts/escut test installs it)");
}

void TestComposeHarden::corpus_data()
{
    QTest::addColumn<QString>("file");
    QDirIterator it(escut::test::sourceDir() + QStringLiteral("/tests/data/compose"), {QStringLiteral("*.yml")});
    QStringList files;
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort();
    QVERIFY(files.size() >= 10);
    for (const QString& f : files) {
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
}

void TestComposeHarden::corpus()
{
    QFETCH(QString, file);
    QTemporaryDir project;
    const QString compose = project.filePath(QStringLiteral("docker-compose.yml"));
    QVERIFY(QFile::copy(file, compose));
    // What the files refer to: build contexts and secret/config files.
    QDir(project.path()).mkpath(QStringLiteral("app"));
    QDir(project.path()).mkpath(QStringLiteral("site"));
    for (const char* name : {"token.txt", "haproxy.cfg", "tls.key", "app/Dockerfile.prod", "Dockerfile"}) {
        QFile touch(project.filePath(QLatin1String(name)));
        QVERIFY(touch.open(QIODevice::WriteOnly));
    }
    QFile original(compose);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    // Override: the original stays byte for byte; the pair validates; every service gets the hardening.
    const auto harden = runProcess(escut::test::cliPath(),
                                   {QStringLiteral("compose"),
                                    QStringLiteral("harden"),
                                    compose,
                                    QStringLiteral("--override"),
                                    QStringLiteral("--yes")});
    QVERIFY2(harden.exitCode == 0, harden.err.constData());
    QVERIFY(harden.err.contains("validates"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    original.close();
    const QString override = project.filePath(QStringLiteral("docker-compose.escut.yml"));
    QVERIFY(QFile::exists(override));
    const auto merged = runProcess(QStringLiteral("docker-compose"),
                                   {QStringLiteral("--project-directory"),
                                    project.path(),
                                    QStringLiteral("-f"),
                                    compose,
                                    QStringLiteral("-f"),
                                    override,
                                    QStringLiteral("--profile"),
                                    QStringLiteral("full"),
                                    QStringLiteral("--profile"),
                                    QStringLiteral("debug"),
                                    QStringLiteral("config")});
    QVERIFY2(merged.exitCode == 0, merged.err.constData());
    const int services = int(merged.out.count("\n  ") - merged.out.count("\n   "));
    QVERIFY(services > 0);
    QVERIFY2(merged.out.count("no-new-privileges:true") >= 1, merged.out.constData());
    QVERIFY(merged.out.contains("- ALL"));

    // Full file: valid on its own, keeps the user's keys.
    const QString full = project.filePath(QStringLiteral("hardened.yml"));
    const auto fullRun = runProcess(escut::test::cliPath(),
                                    {QStringLiteral("compose"),
                                     QStringLiteral("harden"),
                                     compose,
                                     QStringLiteral("-o"),
                                     full,
                                     QStringLiteral("--bind-loopback"),
                                     QStringLiteral("--yes")});
    QVERIFY2(fullRun.exitCode == 0, fullRun.err.constData());
    const auto fullConfig =
        runProcess(QStringLiteral("docker-compose"), {QStringLiteral("-f"), full, QStringLiteral("config")});
    QVERIFY2(fullConfig.exitCode == 0, fullConfig.err.constData());
    const auto originalConfig =
        runProcess(QStringLiteral("docker-compose"), {QStringLiteral("-f"), compose, QStringLiteral("config")});
    QVERIFY2(originalConfig.exitCode == 0, originalConfig.err.constData());
    // Every key the original's normalised form has, the hardened file's has at least as often.
    int compared = 0;
    for (const QByteArray& kept : {QByteArray("image:"),
                                   QByteArray("environment:"),
                                   QByteArray("depends_on:"),
                                   QByteArray("secrets:"),
                                   QByteArray("configs:"),
                                   QByteArray("healthcheck:"),
                                   QByteArray("build:"),
                                   QByteArray("extends"),
                                   QByteArray("volumes:")}) {
        const qsizetype inOriginal = originalConfig.out.count(kept);
        QVERIFY2(fullConfig.out.count(kept) >= inOriginal,
                 qPrintable(QStringLiteral("%1: %2 in the original, %3 in the hardened file")
                                .arg(QString::fromLatin1(kept))
                                .arg(inOriginal)
                                .arg(fullConfig.out.count(kept))));
        compared += inOriginal > 0 ? 1 : 0;
    }
    QVERIFY2(compared > 0, originalConfig.out.constData()); // every service has an image or a build at least
    QVERIFY2(!fullConfig.out.contains("published: 1342"), "22:22 must stay a port mapping, not a base-60 number");

    // Re-audited, the hardened file has fewer failed compose.* findings than the original.
    const auto failures = [](const QString& path) {
        const auto audit = runProcess(escut::test::cliPath(),
                                      {QStringLiteral("audit"),
                                       QStringLiteral("--only"),
                                       QStringLiteral("compose"),
                                       QStringLiteral("--compose"),
                                       path,
                                       QStringLiteral("--format"),
                                       QStringLiteral("json"),
                                       QStringLiteral("--fail-on"),
                                       QStringLiteral("none")});
        int failed = 0;
        for (const QJsonValue& f :
             QJsonDocument::fromJson(audit.out).object().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = f.toObject();
            failed += finding.value(QStringLiteral("subject"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString()
                                  .startsWith(path) &&
                              finding.value(QStringLiteral("status")).toString() == QLatin1String("fail")
                          ? 1
                          : 0;
        }
        return failed;
    };
    const int failedBefore = failures(compose);
    const int failedAfter = failures(full);
    QVERIFY2(failedBefore > 0, "every file of the corpus has something to harden");
    QVERIFY2(failedAfter < failedBefore,
             qPrintable(QStringLiteral("%1 failures before, %2 after").arg(failedBefore).arg(failedAfter)));

    // Both writes are in the journal and roll back: the generated files go away.
    const auto journal = runProcess(
        escut::test::cliPath(),
        {QStringLiteral("fix"), QStringLiteral("journal"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray transactions = QJsonDocument::fromJson(journal.out).array();
    QVERIFY(transactions.size() >= 2);
    for (int i = int(transactions.size()) - 1; i >= int(transactions.size()) - 2; --i) {
        const auto r = runProcess(escut::test::cliPath(),
                                  {QStringLiteral("fix"),
                                   QStringLiteral("rollback"),
                                   transactions.at(i).toObject().value(QStringLiteral("id")).toString()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QVERIFY(!QFile::exists(override));
    QVERIFY(!QFile::exists(full));
}

void TestComposeHarden::invalidYamlIsRefused()
{
    QTemporaryDir project;
    const QString compose = project.filePath(QStringLiteral("docker-compose.yml"));
    QFile f(compose);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("services:\n  a:\n    image: [unclosed\n");
    f.close();
    const auto r = runProcess(escut::test::cliPath(),
                              {QStringLiteral("compose"),
                               QStringLiteral("harden"),
                               compose,
                               QStringLiteral("--override"),
                               QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("line"));
    QVERIFY(!QFile::exists(project.filePath(QStringLiteral("docker-compose.escut.yml"))));
}

void TestComposeHarden::secretsMoveOutOfTheFile()
{
    QTemporaryDir project;
    const QString compose = project.filePath(QStringLiteral("docker-compose.yml"));
    QVERIFY(QFile::copy(escut::test::sourceDir() + QStringLiteral("/tests/data/compose/01-wordpress-v3.yml"), compose));
    const QString full = project.filePath(QStringLiteral("hardened.yml"));
    const auto r = runProcess(escut::test::cliPath(),
                              {QStringLiteral("compose"),
                               QStringLiteral("harden"),
                               compose,
                               QStringLiteral("-o"),
                               full,
                               QStringLiteral("--move-secrets"),
                               QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const QByteArray& value : {QByteArray("somewordpress"), QByteArray(": wordpress\n      MYSQL_PASSWORD")}) {
        QVERIFY2(!r.out.contains(value) && !r.err.contains(value), "a secret value was printed");
    }
    QFile secret(project.filePath(QStringLiteral("secrets/db_mysql_root_password.txt")));
    QVERIFY(secret.open(QIODevice::ReadOnly));
    QCOMPARE(secret.readAll(), QByteArray("somewordpress"));
    QCOMPARE(secret.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QFile hardened(full);
    QVERIFY(hardened.open(QIODevice::ReadOnly));
    const QByteArray text = hardened.readAll();
    QVERIFY(!text.contains("somewordpress"));
    QVERIFY(text.contains("MYSQL_ROOT_PASSWORD_FILE"));
    QCOMPARE(runProcess(QStringLiteral("docker-compose"),
                        {QStringLiteral("-f"), full, QStringLiteral("config"), QStringLiteral("-q")})
                 .exitCode,
             0);
    const auto audit = runProcess(escut::test::cliPath(),
                                  {QStringLiteral("audit"),
                                   QStringLiteral("--only"),
                                   QStringLiteral("secrets"),
                                   QStringLiteral("--compose"),
                                   full,
                                   QStringLiteral("--format"),
                                   QStringLiteral("json"),
                                   QStringLiteral("--fail-on"),
                                   QStringLiteral("none")});
    // The findings of the hardened file (the daemon's own containers, if any, are audited too and do not count).
    int failed = 0;
    int ofFile = 0;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(audit.out).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("subject")).toObject().value(QStringLiteral("kind")) != QLatin1String("compose")) {
            continue;
        }
        ++ofFile;
        failed += f.value(QStringLiteral("status")).toString() == QLatin1String("fail") ? 1 : 0;
    }
    QVERIFY(ofFile > 0);
    QCOMPARE(failed, 0);
}

QTEST_GUILESS_MAIN(TestComposeHarden)
#include "test_compose_harden.moc"
