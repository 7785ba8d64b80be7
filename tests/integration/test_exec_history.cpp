// SPDX-License-Identifier: GPL-3.0-or-later
// CIS 5.23 and 5.24 on the real dockerd: a busybox container that someone ran docker exec --privileged (it fails to
// start here, "unable to apply caps", but the daemon records it) and docker exec -u root in, and one without execs.
// The collector reads the daemon's event log and inspects the execs; the checks fail and warn on the first container
// and pass on the second; the snapshot never holds an exec's arguments. Every container carries
// escut.test.exec=<pid>.
#include "tests/common/TestUtil.h"

#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/docker/DockerClient.h"
#include "core/facts/Collector.h"
#include "core/facts/Snapshot.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTest>

using escut::test::runProcess;
using namespace escut;

class TestExecHistoryIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void findings_data();
    void findings();
    void execsAreRecordedWithoutArguments();
    void reauditReusesTheInspections();
    void nothingLabelledIsLeft();

private:
    QString startContainer(const QString& name, const QStringList& args);
    Result<Snapshot> collect(std::shared_ptr<const Snapshot> previous = {});

    QString m_label;
    QString m_secret;
    QMap<QString, QString> m_ids; // "execs", "quiet" → container id
    std::unique_ptr<DockerClient> m_client;
    std::shared_ptr<const Snapshot> m_snapshot;
};

QString TestExecHistoryIntegration::startContainer(const QString& name, const QStringList& args)
{
    const QString fullName = QStringLiteral("escut-test-exec-%1-%2").arg(name).arg(QCoreApplication::applicationPid());
    const auto run = runProcess(QStringLiteral("docker"),
                                QStringList{QStringLiteral("run"),
                                            QStringLiteral("-d"),
                                            QStringLiteral("--name"),
                                            fullName,
                                            QStringLiteral("--label"),
                                            m_label} +
                                    args);
    if (run.exitCode != 0) {
        qWarning("docker run %s: %s", qPrintable(name), run.err.constData());
        return {};
    }
    return QString::fromUtf8(run.out).trimmed();
}

Result<Snapshot> TestExecHistoryIntegration::collect(std::shared_ptr<const Snapshot> previous)
{
    CollectOptions options;
    options.images = false;
    options.hostFacts = false;
    options.previous = std::move(previous);
    return Collector::collect(*m_client, options);
}

void TestExecHistoryIntegration::initTestCase()
{
    m_label = QStringLiteral("escut.test.exec=%1").arg(QCoreApplication::applicationPid());
    m_secret = QStringLiteral("escut-secret-%1").arg(QCoreApplication::applicationPid());
    escut::test::removeContainersLabelled(m_label);
    const QStringList sleeper{QStringLiteral("local/busybox:1"), QStringLiteral("sleep"), QStringLiteral("600")};
    m_ids.insert(QStringLiteral("execs"), startContainer(QStringLiteral("execs"), sleeper));
    m_ids.insert(QStringLiteral("quiet"), startContainer(QStringLiteral("quiet"), sleeper));
    QVERIFY(!m_ids.value(QStringLiteral("execs")).isEmpty() && !m_ids.value(QStringLiteral("quiet")).isEmpty());

    const QString target = m_ids.value(QStringLiteral("execs"));
    // The kernel of this VM refuses the capabilities: the exec fails to start, and is recorded all the same.
    const auto privileged =
        runProcess(QStringLiteral("docker"),
                   {QStringLiteral("exec"), QStringLiteral("--privileged"), target, QStringLiteral("id")});
    QVERIFY(privileged.started);
    const auto root = runProcess(QStringLiteral("docker"),
                                 {QStringLiteral("exec"),
                                  QStringLiteral("-u"),
                                  QStringLiteral("root"),
                                  target,
                                  QStringLiteral("echo"),
                                  m_secret});
    QVERIFY2(root.exitCode == 0, root.err.constData());

    Result<Endpoint> endpoint = EndpointResolver::resolve({}, ResolverEnvironment::system());
    QVERIFY(endpoint.ok());
    m_client = std::make_unique<DockerClient>(endpoint.value());
    QVERIFY(m_client->negotiate().ok());
    Result<Snapshot> snapshot = collect();
    QVERIFY2(snapshot.ok(), snapshot.ok() ? "" : qPrintable(snapshot.error().message));
    m_snapshot = std::make_shared<const Snapshot>(std::move(snapshot).value());
}

void TestExecHistoryIntegration::cleanupTestCase()
{
    escut::test::removeContainersLabelled(m_label);
}

void TestExecHistoryIntegration::findings_data()
{
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("privileged exec") << "execs"
                                     << "container.exec-privileged"
                                     << "fail"
                                     << "id at ";
    QTest::newRow("root exec") << "execs"
                               << "container.exec-root"
                               << "warn"
                               << "echo at ";
    // The privileged exec gave no --user in a container that runs as root: root too.
    QTest::newRow("root exec without --user") << "execs"
                                              << "container.exec-root"
                                              << "warn"
                                              << "without --user, so as the container's user, root";
    QTest::newRow("no privileged exec") << "quiet"
                                        << "container.exec-privileged"
                                        << "pass"
                                        << "the daemon's event log";
    QTest::newRow("no root exec") << "quiet"
                                  << "container.exec-root"
                                  << "pass"
                                  << "the daemon's event log";
}

void TestExecHistoryIntegration::findings()
{
    QFETCH(QString, container);
    QFETCH(QString, check);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    const QString id = m_ids.value(container);
    const auto inspect = std::find_if(m_snapshot->containers.cbegin(),
                                      m_snapshot->containers.cend(),
                                      [&id](const QJsonObject& c) { return c.value(QStringLiteral("Id")) == id; });
    QVERIFY(inspect != m_snapshot->containers.cend());
    const CheckDef* def = findCheck(check);
    QVERIFY(def);
    const Finding f = evaluateCheck(*def, *m_snapshot, Subject::container(*inspect));
    QVERIFY2(statusId(f.status) == status, qPrintable(statusId(f.status) + QStringLiteral(": ") + f.evidence));
    QVERIFY2(f.evidence.contains(evidence), qPrintable(f.evidence));
    QVERIFY2(!f.evidence.contains(m_secret), qPrintable(f.evidence));
}

void TestExecHistoryIntegration::execsAreRecordedWithoutArguments()
{
    const ExecSource* events = m_snapshot->execHistory.source(QStringLiteral("events"));
    QVERIFY(events && events->read);
    QVERIFY(events->records > 0 && events->records <= 256);
    QList<ExecRecord> mine;
    for (const ExecRecord& r : m_snapshot->execHistory.execs) {
        if (r.container == m_ids.value(QStringLiteral("execs"))) {
            mine.append(r);
        }
    }
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).entrypoint, QStringLiteral("id"));
    QVERIFY(mine.at(0).privileged && mine.at(0).known && mine.at(0).user.isEmpty());
    QCOMPARE(mine.at(1).entrypoint, QStringLiteral("echo"));
    QVERIFY(!mine.at(1).privileged && mine.at(1).known);
    QCOMPARE(mine.at(1).user, QStringLiteral("root"));
    // The event's action and the inspect both carry "echo <secret>": neither reaches the snapshot.
    QVERIFY(!QJsonDocument(m_snapshot->toJson()).toJson().contains(m_secret.toUtf8()));
}

void TestExecHistoryIntegration::reauditReusesTheInspections()
{
    // The re-audit reads the event log once more and takes the execs the previous snapshot inspected from it.
    Result<Snapshot> again = collect(m_snapshot);
    QVERIFY(again.ok());
    QList<ExecRecord> before;
    QList<ExecRecord> after;
    for (const ExecRecord& r : m_snapshot->execHistory.execs) {
        if (r.container == m_ids.value(QStringLiteral("execs"))) {
            before.append(r);
        }
    }
    for (const ExecRecord& r : again.value().execHistory.execs) {
        if (r.container == m_ids.value(QStringLiteral("execs"))) {
            after.append(r);
        }
    }
    QVERIFY(!before.isEmpty());
    QVERIFY(before == after);
    // A fake previous snapshot whose record says otherwise proves it was reused, not inspected again.
    Snapshot fake = *m_snapshot;
    for (ExecRecord& r : fake.execHistory.execs) {
        if (r.container == m_ids.value(QStringLiteral("execs"))) {
            r.entrypoint = QStringLiteral("reused");
        }
    }
    Result<Snapshot> third = collect(std::make_shared<const Snapshot>(fake));
    QVERIFY(third.ok());
    int reused = 0;
    for (const ExecRecord& r : third.value().execHistory.execs) {
        reused += r.container == m_ids.value(QStringLiteral("execs")) && r.entrypoint == QLatin1String("reused");
    }
    QCOMPARE(reused, 2);
}

void TestExecHistoryIntegration::nothingLabelledIsLeft()
{
    escut::test::removeContainersLabelled(m_label);
    const QStringList left = escut::test::listOutput(
        QStringLiteral("docker"),
        {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"), QStringLiteral("label=") + m_label});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestExecHistoryIntegration)
#include "test_exec_history.moc"
