// SPDX-License-Identifier: GPL-3.0-or-later
// Runs escut-cli against the real dockerd that scripts/escut test starts, with containers it creates itself
// (label escut.test=1) and removes afterwards.
#include "tests/common/TestUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using escut::test::runProcess;

class TestCliAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void containerStatuses_data();
    void containerStatuses();
    void textOutputGroupsBySubject();
    void snapshotGivesIdenticalFindings();
    void unreachableDaemon();
    void permissionDenied();
    void failOnThreshold();
    void usageLineNamesTheCommand();
    void dumbTerminalGetsNoEscapes();
    void snapshotAuditReadsComposeFiles();

private:
    QJsonObject findingsFor(const QString& name) const;
    QString m_tag;
    QString m_hardened;
    QString m_weak;
    QJsonObject m_report;
};

void TestCliAudit::initTestCase()
{
    QVERIFY2(QFile::exists(escut::test::cliPath()), "ESCUT_CLI must point at escut-cli");
    const auto version =
        runProcess(QStringLiteral("docker"),
                   {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
    QVERIFY2(version.exitCode == 0,
             "No Docker daemon reachable: run the tests with 'scripts/escut test', which starts one");
    m_tag = QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    m_hardened = QStringLiteral("escut-test-hardened-") + m_tag;
    m_weak = QStringLiteral("escut-test-weak-") + m_tag;
    const QStringList label{QStringLiteral("--label"),
                            QStringLiteral("escut.test=1"),
                            QStringLiteral("--label"),
                            QStringLiteral("escut.test.run=") + m_tag};
    const QStringList hardened =
        QStringList{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), m_hardened} + label +
        QStringList{QStringLiteral("-u"),
                    QStringLiteral("1000"),
                    QStringLiteral("--cap-drop"),
                    QStringLiteral("ALL"),
                    QStringLiteral("--read-only"),
                    QStringLiteral("--security-opt"),
                    QStringLiteral("no-new-privileges"),
                    QStringLiteral("--memory"),
                    QStringLiteral("64m"),
                    QStringLiteral("--cpus"),
                    QStringLiteral("0.5"),
                    QStringLiteral("--pids-limit"),
                    QStringLiteral("64"),
                    QStringLiteral("--restart"),
                    QStringLiteral("on-failure:3"),
                    QStringLiteral("--ulimit"),
                    QStringLiteral("nofile=512:512"),
                    QStringLiteral("local/busybox:1"),
                    QStringLiteral("sleep"),
                    QStringLiteral("600")};
    const auto h = runProcess(QStringLiteral("docker"), hardened);
    QVERIFY2(h.exitCode == 0, h.err.constData());
    const QStringList weak =
        QStringList{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), m_weak} + label +
        QStringList{QStringLiteral("-u"),
                    QStringLiteral("0"),
                    QStringLiteral("--cap-add"),
                    QStringLiteral("SYS_ADMIN"),
                    QStringLiteral("-v"),
                    QStringLiteral("/var/run/docker.sock:/var/run/docker.sock"),
                    QStringLiteral("--network"),
                    QStringLiteral("host"),
                    QStringLiteral("local/busybox:1"),
                    QStringLiteral("sleep"),
                    QStringLiteral("600")};
    const auto w = runProcess(QStringLiteral("docker"), weak);
    QVERIFY2(w.exitCode == 0, w.err.constData());

    const auto audit = runProcess(escut::test::cliPath(),
                                  {QStringLiteral("audit"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("json"),
                                   QStringLiteral("--fail-on"),
                                   QStringLiteral("none")});
    QVERIFY2(audit.exitCode == 0, audit.err.constData());
    QJsonParseError error;
    m_report = QJsonDocument::fromJson(audit.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
}

void TestCliAudit::cleanupTestCase()
{
    escut::test::removeContainersLabelled(QStringLiteral("escut.test.run=") + m_tag);
}

// {checkId: status} of one container in the report.
QJsonObject TestCliAudit::findingsFor(const QString& name) const
{
    QJsonObject statuses;
    for (const QJsonValue& v : m_report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        const QJsonObject subject = f.value(QStringLiteral("subject")).toObject();
        if (subject.value(QStringLiteral("name")).toString() == name) {
            statuses.insert(f.value(QStringLiteral("id")).toString(), f.value(QStringLiteral("status")));
        }
    }
    return statuses;
}

void TestCliAudit::containerStatuses_data()
{
    QTest::addColumn<bool>("hardened");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");
    const QStringList checks{QStringLiteral("user-nonroot"),
                             QStringLiteral("capabilities"),
                             QStringLiteral("docker-socket"),
                             QStringLiteral("namespaces"),
                             QStringLiteral("read-only"),
                             QStringLiteral("memory"),
                             QStringLiteral("cpus"),
                             QStringLiteral("pids"),
                             QStringLiteral("no-new-privileges"),
                             QStringLiteral("restart-policy"),
                             QStringLiteral("ulimits")};
    for (const QString& c : checks) {
        const QString id = QStringLiteral("container.") + c;
        QTest::newRow(qPrintable(QStringLiteral("hardened ") + c)) << true << id << QStringLiteral("pass");
        const QString weakStatus =
            c == QLatin1String("restart-policy") ? QStringLiteral("warn") : QStringLiteral("fail");
        QTest::newRow(qPrintable(QStringLiteral("weak ") + c)) << false << id << weakStatus;
    }
}

void TestCliAudit::containerStatuses()
{
    QFETCH(bool, hardened);
    QFETCH(QString, check);
    QFETCH(QString, status);
    const QJsonObject statuses = findingsFor(hardened ? m_hardened : m_weak);
    QVERIFY2(!statuses.isEmpty(), "the container is missing from the report");
    QVERIFY2(statuses.contains(check), qPrintable(check));
    QCOMPARE(statuses.value(check).toString(), status);
}

void TestCliAudit::textOutputGroupsBySubject()
{
    const auto text = runProcess(escut::test::cliPath(),
                                 {QStringLiteral("audit"),
                                  QStringLiteral("--only"),
                                  QStringLiteral("container"),
                                  QStringLiteral("--fail-on"),
                                  QStringLiteral("none")});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY(out.contains(m_weak));
    QVERIFY2(!out.contains(QLatin1String("\x1b[")), "no colours when stdout is not a TTY");
    QVERIFY(out.contains(QLatin1String("container.docker-socket")));
}

void TestCliAudit::snapshotGivesIdenticalFindings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snap.json"));
    const auto snap = runProcess(escut::test::cliPath(), {QStringLiteral("snapshot"), QStringLiteral("-o"), path});
    QVERIFY2(snap.exitCode == 0, snap.err.constData());
    const auto fromSnapshot = runProcess(escut::test::cliPath(),
                                         {QStringLiteral("audit"),
                                          QStringLiteral("--snapshot"),
                                          path,
                                          QStringLiteral("--format"),
                                          QStringLiteral("json"),
                                          QStringLiteral("--fail-on"),
                                          QStringLiteral("none")});
    QVERIFY2(fromSnapshot.exitCode == 0, fromSnapshot.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(fromSnapshot.out).object();
    // The live audit of initTestCase and the snapshot's: our containers give the same findings, field for field.
    for (const QString& name : {m_hardened, m_weak}) {
        QJsonArray live;
        QJsonArray saved;
        for (const auto& [source, target] :
             {std::pair<const QJsonObject*, QJsonArray*>{&m_report, &live}, std::pair{&report, &saved}}) {
            for (const QJsonValue& v : source->value(QStringLiteral("findings")).toArray()) {
                QJsonObject f = v.toObject();
                if (f.value(QStringLiteral("subject")).toObject().value(QStringLiteral("name")).toString() != name) {
                    continue;
                }
                // The exec checks name the daemon's event log they read "since" its oldest event: dockerd keeps its
                // latest 256, so the window moves between the two collections whenever other tests (ctest -j2)
                // create containers. Their status is compared; the window's time is not a fact of our containers.
                if (f.value(QStringLiteral("id")).toString().startsWith(QLatin1String("container.exec-"))) {
                    f.remove(QStringLiteral("evidence"));
                }
                target->append(f);
            }
        }
        QVERIFY(!live.isEmpty());
        QCOMPARE(saved, live);
    }
}

void TestCliAudit::unreachableDaemon()
{
    const auto r =
        runProcess(escut::test::cliPath(),
                   {QStringLiteral("audit"), QStringLiteral("--host"), QStringLiteral("unix:///nonexistent.sock")});
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QLatin1String("/nonexistent.sock")), r.err.constData());
    QVERIFY2(err.contains(QLatin1String("does not exist")), r.err.constData());
    QVERIFY(r.out.isEmpty());

    const auto ca = runProcess(escut::test::cliPath(),
                               {QStringLiteral("audit"),
                                QStringLiteral("--lang"),
                                QStringLiteral("ca"),
                                QStringLiteral("--host"),
                                QStringLiteral("unix:///nonexistent.sock")});
    QCOMPARE(ca.exitCode, 2);
    QVERIFY2(!QString::fromUtf8(ca.err).contains(QLatin1String("does not exist")),
             "the error is translated with --lang ca");
}

void TestCliAudit::permissionDenied()
{
    if (::geteuid() != 0) {
        QSKIP("needs root to run escut-cli as an unprivileged user (setpriv)");
    }
    // A copy of the binary that user nobody can execute wherever the build tree lives.
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString copy = dir.filePath(QStringLiteral("escut-cli"));
    QVERIFY(QFile::copy(escut::test::cliPath(), copy));
    QFile::setPermissions(copy,
                          QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                              QFileDevice::ExeOther);
    const auto r = runProcess(QStringLiteral("setpriv"),
                              {QStringLiteral("--reuid=65534"),
                               QStringLiteral("--regid=65534"),
                               QStringLiteral("--clear-groups"),
                               copy,
                               QStringLiteral("audit")});
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QLatin1String("docker")) && err.contains(QLatin1String("group")), r.err.constData());
    QVERIFY2(err.contains(QLatin1String("root")), r.err.constData());
}

void TestCliAudit::failOnThreshold()
{
    // The weak container has a critical failure (docker.sock mounted): the default --fail-on high exits 1.
    const auto r = runProcess(escut::test::cliPath(),
                              {QStringLiteral("audit"),
                               QStringLiteral("--only"),
                               QStringLiteral("container"),
                               QStringLiteral("--format"),
                               QStringLiteral("json"),
                               QStringLiteral("-o"),
                               QStringLiteral("/dev/null")});
    QCOMPARE(r.exitCode, 1);
    const auto none = runProcess(escut::test::cliPath(),
                                 {QStringLiteral("audit"),
                                  QStringLiteral("--only"),
                                  QStringLiteral("container"),
                                  QStringLiteral("--fail-on"),
                                  QStringLiteral("none"),
                                  QStringLiteral("-o"),
                                  QStringLiteral("/dev/null")});
    QCOMPARE(none.exitCode, 0);
}

void TestCliAudit::usageLineNamesTheCommand()
{
    // The usage line names the command as it is typed, not the path the binary was started from.
    for (const QStringList& command : {QStringList{QStringLiteral("audit")},
                                       QStringList{QStringLiteral("snapshot")},
                                       QStringList{QStringLiteral("history")},
                                       QStringList{QStringLiteral("lab")}}) {
        const auto r = runProcess(escut::test::cliPath(), command + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString first = QString::fromUtf8(r.out).section(QLatin1Char('\n'), 0, 0);
        const QString expected = QStringLiteral("Usage: escut-cli %1 [options]").arg(command.join(QLatin1Char(' ')));
        QVERIFY2(first.startsWith(expected), qPrintable(first)); // lab goes on with its positional "action"
    }
    // diff's two ids are optional, and go together.
    const auto diff = runProcess(escut::test::cliPath(), {QStringLiteral("diff"), QStringLiteral("--help")});
    QVERIFY2(diff.out.startsWith("Usage: escut-cli diff [options] [A B]\n"), diff.out.left(80).constData());
}

void TestCliAudit::dumbTerminalGetsNoEscapes()
{
    // On a terminal (script(1) gives the command a pseudo-terminal), colour is on for TERM=xterm and off for
    // TERM=dumb; NO_COLOR turns it off as well.
    const auto onTerminal = [](const QString& env) {
        const QString command = QStringLiteral("env %1 %2 checks").arg(env, escut::test::cliPath());
        return runProcess(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    };
    const auto xterm = onTerminal(QStringLiteral("TERM=xterm"));
    QCOMPARE(xterm.exitCode, 0);
    QVERIFY2(xterm.out.contains('\x1b'), "colour on a real terminal");
    for (const QString& env : {QStringLiteral("TERM=dumb"), QStringLiteral("TERM=xterm NO_COLOR=1")}) {
        const auto plain = onTerminal(env);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains("container.privileged"));
        QVERIFY2(!plain.out.contains('\x1b'), qPrintable(env));
    }
}

void TestCliAudit::snapshotAuditReadsComposeFiles()
{
    // --compose beside --snapshot is read and audited, as --dockerfile is.
    QTemporaryDir dir;
    const QString snapshot = dir.filePath(QStringLiteral("snap.json"));
    const auto snap = runProcess(escut::test::cliPath(), {QStringLiteral("snapshot"), QStringLiteral("-o"), snapshot});
    QVERIFY2(snap.exitCode == 0, snap.err.constData());
    const QString compose = dir.filePath(QStringLiteral("compose.yml"));
    QFile file(compose);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("services:\n  web:\n    image: nginx:1.25\n    privileged: true\n");
    file.close();
    const auto r = runProcess(escut::test::cliPath(),
                              {QStringLiteral("audit"),
                               QStringLiteral("--snapshot"),
                               snapshot,
                               QStringLiteral("--compose"),
                               compose,
                               QStringLiteral("--only"),
                               QStringLiteral("compose"),
                               QStringLiteral("--format"),
                               QStringLiteral("json"),
                               QStringLiteral("--fail-on"),
                               QStringLiteral("none")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    bool privileged = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("subject")).toObject().value(QStringLiteral("id")).toString() ==
                compose + QStringLiteral("#web") &&
            f.value(QStringLiteral("id")).toString() == QLatin1String("compose.privileged")) {
            privileged = f.value(QStringLiteral("status")).toString() == QLatin1String("fail");
        }
    }
    QVERIFY2(privileged, r.out.left(2000).constData());
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "test_cli_audit.moc"
