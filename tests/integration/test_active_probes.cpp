// SPDX-License-Identifier: GPL-3.0-or-later
// The active probes on the real dockerd (seed 000: "docker exec should fail", "start without token"): a busybox
// container (exec works, starts without a token), an image made of one static binary (no shell, refuses to run
// without its arguments) and a token-gated image made by fix.token-gate. Every container and image made here carries
// escut.test.dockerfile=<pid>; the probes' own containers carry escut.probe and must be gone afterwards.
#include "tests/common/TestUtil.h"

#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/docker/DockerClient.h"
#include "core/facts/ActiveProber.h"
#include "core/facts/Snapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using escut::test::runProcess;
using namespace escut;

class TestActiveProbes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void probes_data();
    void probes();
    void probeContainersAreRemovedAfterATimeout();
    void nothingLabelledIsLeft();

private:
    QString startContainer(const QString& name, const QStringList& args);
    QJsonObject inspect(const QString& id);
    QStringList probeLeftovers() const;

    QString m_label;
    QString m_noShellImage;
    QString m_gateImage;
    QTemporaryDir m_work;
    QTemporaryDir m_state;
    QMap<QString, QString> m_ids; // name → container id
    std::unique_ptr<DockerClient> m_client;
    Snapshot m_snapshot;
    qint64 m_probeMs = 0;
};

QString TestActiveProbes::startContainer(const QString& name, const QStringList& args)
{
    const QString fullName = QStringLiteral("escut-test-probe-%1-%2").arg(name).arg(QCoreApplication::applicationPid());
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

QJsonObject TestActiveProbes::inspect(const QString& id)
{
    return m_client->getJson(QStringLiteral("/containers/%1/json").arg(id)).value().object();
}

QStringList TestActiveProbes::probeLeftovers() const
{
    QStringList ids;
    for (const QString& id : m_ids) {
        // A failing docker ps is a line of its own: no answer is not "no leftovers".
        ids += escut::test::listOutput(QStringLiteral("docker"),
                                       {QStringLiteral("ps"),
                                        QStringLiteral("-aq"),
                                        QStringLiteral("--filter"),
                                        QStringLiteral("label=escut.probe.source=") + id});
    }
    return ids;
}

void TestActiveProbes::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    const auto version = runProcess(QStringLiteral("docker"), {QStringLiteral("version")});
    QVERIFY2(version.exitCode == 0, "No Docker daemon reachable: run the tests with 'scripts/escut test'");
    const qint64 pid = QCoreApplication::applicationPid();
    m_label = QStringLiteral("escut.test.dockerfile=%1").arg(pid);

    // An image with no shell: one static binary that exits 3 unless told to wait (like a service that refuses to
    // start without its configuration).
    QFile source(m_work.filePath(QStringLiteral("app.c")));
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write("#include <unistd.h>\n#include <string.h>\n"
                 "int main(int argc, char** argv) { if (argc > 1 && strcmp(argv[1], \"serve\") == 0) { "
                 "for (;;) pause(); } return 3; }\n");
    source.close();
    QDir(m_work.path()).mkpath(QStringLiteral("rootfs"));
    const auto gcc = runProcess(QStringLiteral("gcc"),
                                {QStringLiteral("-static"),
                                 QStringLiteral("-O2"),
                                 QStringLiteral("-o"),
                                 m_work.filePath(QStringLiteral("rootfs/app")),
                                 source.fileName()});
    QVERIFY2(gcc.exitCode == 0, gcc.err.constData());
    m_noShellImage = QStringLiteral("escut-test-dockerfile/noshell:%1").arg(pid);
    {
        QProcess tar;
        QProcess import;
        tar.setStandardOutputProcess(&import);
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("-C"),
                   m_work.filePath(QStringLiteral("rootfs")),
                   QStringLiteral("-c"),
                   QStringLiteral(".")});
        import.start(QStringLiteral("docker"),
                     {QStringLiteral("import"),
                      QStringLiteral("-c"),
                      QStringLiteral("ENTRYPOINT [\"/app\"]"),
                      QStringLiteral("-c"),
                      QStringLiteral("LABEL ") + m_label,
                      QStringLiteral("-"),
                      m_noShellImage});
        QVERIFY(tar.waitForFinished(60000));
        QVERIFY(import.waitForFinished(60000));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    }

    // A token-gated image from fix.token-gate (seed 000 §6), as tests/integration/test_token_gate.cpp builds it.
    qputenv("ESCUT_STATE_DIR", m_state.path().toUtf8());
    const QString project = m_work.filePath(QStringLiteral("gate"));
    QDir().mkpath(project);
    const auto apply = runProcess(escut::test::cliPath(),
                                  {QStringLiteral("fix"),
                                   QStringLiteral("apply"),
                                   QStringLiteral("fix.token-gate"),
                                   QStringLiteral("--dir"),
                                   project,
                                   QStringLiteral("--yes")});
    QVERIFY2(apply.exitCode == 0, apply.err.constData());
    QFile snippet(project + QStringLiteral("/Dockerfile.token-gate"));
    QVERIFY(snippet.open(QIODevice::ReadOnly));
    QFile dockerfile(project + QStringLiteral("/Dockerfile"));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write("FROM local/busybox:1\n" + snippet.readAll() + "CMD [\"sleep\", \"3600\"]\n");
    dockerfile.close();
    m_gateImage = QStringLiteral("escut-test-dockerfile/gate:%1").arg(pid);
    const auto build = runProcess(QStringLiteral("docker"),
                                  {QStringLiteral("build"),
                                   QStringLiteral("-q"),
                                   QStringLiteral("--label"),
                                   m_label,
                                   QStringLiteral("-t"),
                                   m_gateImage,
                                   project});
    QVERIFY2(build.exitCode == 0, build.err.constData());

    m_ids.insert(QStringLiteral("busybox"),
                 startContainer(QStringLiteral("busybox"),
                                {QStringLiteral("local/busybox:1"), QStringLiteral("sleep"), QStringLiteral("3600")}));
    m_ids.insert(QStringLiteral("noshell"),
                 startContainer(QStringLiteral("noshell"), {m_noShellImage, QStringLiteral("serve")}));
    m_ids.insert(
        QStringLiteral("gate"),
        startContainer(
            QStringLiteral("gate"),
            {QStringLiteral("-v"), project + QStringLiteral("/token.txt:/run/secrets/token:ro"), m_gateImage}));
    m_ids.insert(
        QStringLiteral("refuses"),
        startContainer(QStringLiteral("refuses"), {QStringLiteral("--restart"), QStringLiteral("no"), m_noShellImage}));
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    }

    Result<Endpoint> endpoint = EndpointResolver::resolve({}, ResolverEnvironment::system());
    QVERIFY(endpoint.ok());
    m_client = std::make_unique<DockerClient>(endpoint.value());
    QVERIFY(m_client->negotiate().ok());
    QTRY_VERIFY_WITH_TIMEOUT(inspect(m_ids.value(QStringLiteral("gate")))
                                 .value(QStringLiteral("State"))
                                 .toObject()
                                 .value(QStringLiteral("Running"))
                                 .toBool(),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(!inspect(m_ids.value(QStringLiteral("refuses")))
                                  .value(QStringLiteral("State"))
                                  .toObject()
                                  .value(QStringLiteral("Running"))
                                  .toBool(),
                             10000);

    // The probes over these containers only (never the other containers of the shared daemon).
    for (const QString& id : std::as_const(m_ids)) {
        m_snapshot.containers.append(inspect(id));
    }
    const QList<QJsonObject> inspectedBefore = m_snapshot.containers;
    QElapsedTimer timer;
    timer.start();
    ActiveProber::run(*m_client, m_snapshot);
    m_probeMs = timer.elapsed();
    qInfo("probes of %lld containers took %lld ms", qint64(m_snapshot.containers.size()), m_probeMs);
    for (const ExecProbeFact& f : std::as_const(m_snapshot.probes.exec)) {
        qInfo("exec %s: exit %d, %lld ms", qPrintable(m_ids.key(f.containerId)), f.exitCode, f.ms);
    }
    for (const RunProbeFact& f : std::as_const(m_snapshot.probes.run)) {
        qInfo("run %s: exit %d%s, %lld ms",
              qPrintable(m_ids.key(f.containerId)),
              f.exitCode,
              f.timedOut ? " (killed)" : "",
              f.ms);
    }
    // Probes never modify existing containers.
    for (const QJsonObject& before : inspectedBefore) {
        const QJsonObject after = inspect(before.value(QStringLiteral("Id")).toString());
        QCOMPARE(after.value(QStringLiteral("Config")), before.value(QStringLiteral("Config")));
        QCOMPARE(after.value(QStringLiteral("HostConfig")), before.value(QStringLiteral("HostConfig")));
        QCOMPARE(after.value(QStringLiteral("State")).toObject().value(QStringLiteral("StartedAt")),
                 before.value(QStringLiteral("State")).toObject().value(QStringLiteral("StartedAt")));
    }
}

void TestActiveProbes::cleanupTestCase()
{
    escut::test::removeContainersLabelled(m_label);
    runProcess(QStringLiteral("docker"), {QStringLiteral("rmi"), QStringLiteral("-f"), m_noShellImage, m_gateImage});
}

void TestActiveProbes::probes_data()
{
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    const auto row = [](const char* c, const char* check, const char* status, const char* ev) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(c), QLatin1String(check))))
            << QString::fromLatin1(c) << QString::fromLatin1(check) << QString::fromLatin1(status)
            << QString::fromLatin1(ev);
    };
    row("busybox", "container.exec-shell", "fail", "succeeded");
    row("noshell", "container.exec-shell", "pass", "exit code 126");
    row("gate", "container.exec-shell", "fail", "succeeded");
    row("refuses", "container.exec-shell", "skipped", "not running");
    row("busybox", "container.token-gate", "fail", "still running after 10 s");
    row("noshell", "container.token-gate", "fail", "still running after 10 s");
    row("gate", "container.token-gate", "pass", "exit code 1");
    row("refuses", "container.token-gate", "pass", "exit code 3");
}

void TestActiveProbes::probes()
{
    QFETCH(QString, container);
    QFETCH(QString, check);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    const CheckDef* def = findCheck(check);
    QVERIFY(def);
    const QString id = m_ids.value(container);
    const QList<Subject> subjects = subjectsFor(m_snapshot, Scope::Container);
    const auto it = std::find_if(subjects.begin(), subjects.end(), [&](const Subject& s) { return s.id == id; });
    QVERIFY(it != subjects.end());
    const Outcome o = def->evaluate(m_snapshot, *it);
    QVERIFY2(statusId(o.status) == status,
             qPrintable(QStringLiteral("got %1: %2").arg(statusId(o.status), o.evidence)));
    QVERIFY2(o.evidence.contains(evidence), qPrintable(o.evidence));

    // A saved snapshot replays the probes: same outcome with no daemon.
    const Snapshot replay = Snapshot::fromJson(m_snapshot.toJson()).value();
    QCOMPARE(def->evaluate(replay, *it).status, o.status);
}

void TestActiveProbes::probeContainersAreRemovedAfterATimeout()
{
    // busybox sleep and the no-shell "serve" were still running at the limit: killed, removed, and the run
    // probes ran concurrently (the whole set took about one limit, not one per container).
    QVERIFY(m_snapshot.probes.runFor(m_ids.value(QStringLiteral("busybox")))->timedOut);
    // Concurrent, by comparing durations with each other rather than with a clock budget: one after the other, the
    // whole set takes at least the sum of the probes' own times; side by side, less.
    qint64 sum = 0;
    int timedOut = 0;
    for (const RunProbeFact& f : std::as_const(m_snapshot.probes.run)) {
        sum += f.ms;
        timedOut += f.timedOut ? 1 : 0;
    }
    QVERIFY2(timedOut >= 2, "two probes at the limit are needed to see them overlap");
    QVERIFY2(m_probeMs < sum,
             qPrintable(QStringLiteral("the probes took %1 ms together, %2 ms one by one").arg(m_probeMs).arg(sum)));
    QVERIFY2(probeLeftovers().isEmpty(), qPrintable(probeLeftovers().join(u' ')));

    // A short limit on one probe: still no leftover once it returns.
    ProbeOptions quick;
    quick.limitMs = 500;
    const RunProbeFact f = ActiveProber::runProbe(*m_client, inspect(m_ids.value(QStringLiteral("busybox"))), quick);
    QVERIFY(f.started);
    QVERIFY(f.timedOut);
    QCOMPARE(f.limitSeconds, 1);
    QVERIFY2(probeLeftovers().isEmpty(), qPrintable(probeLeftovers().join(u' ')));
}

void TestActiveProbes::nothingLabelledIsLeft()
{
    const auto ps = runProcess(QStringLiteral("docker"),
                               {QStringLiteral("ps"),
                                QStringLiteral("-a"),
                                QStringLiteral("--filter"),
                                QStringLiteral("label=escut.probe"),
                                QStringLiteral("--format"),
                                QStringLiteral("{{.Label \"escut.probe.source\"}}")});
    QVERIFY2(ps.exitCode == 0, ps.err.constData()); // no answer is not "nothing left"
    for (const QString& source : QString::fromUtf8(ps.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QVERIFY2(!m_ids.values().contains(source), qPrintable(source));
    }
}

QTEST_GUILESS_MAIN(TestActiveProbes)
#include "test_active_probes.moc"
