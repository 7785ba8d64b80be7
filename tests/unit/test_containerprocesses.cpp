// SPDX-License-Identifier: GPL-3.0-or-later
// ContainerProcesses (CIS 5.7): a fake /proc tree with processes of two containers, the host and a hostile one, and
// the daemon's /top answers of dockerd and Podman.
#include "core/facts/ContainerProcesses.h"
#include "core/facts/Snapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;

class TestContainerProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void programName_data();
    void programName();
    void fromProc();
    void mainProcessNotVisible();
    void unreadableProc();
    void boundedPrograms();
    void parseTop();
    void roundTrip();
};

namespace
{

const QString idA = QString(64, u'a');
const QString idB = QStringLiteral("0123456789abcdef").repeated(4);

QJsonObject container(const QString& id, bool running, qint64 pid)
{
    return QJsonObject{
        {QStringLiteral("Id"), id},
        {QStringLiteral("State"), QJsonObject{{QStringLiteral("Running"), running}, {QStringLiteral("Pid"), pid}}}};
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// A process of the fake /proc: its cgroup file, comm and cmdline (argv joined by NULs).
void process(const QString& proc, int pid, const QByteArray& cgroup, const QByteArray& comm, const QByteArray& cmdline)
{
    const QString dir = proc + u'/' + QString::number(pid);
    writeFile(dir + QStringLiteral("/cgroup"), cgroup);
    writeFile(dir + QStringLiteral("/comm"), comm + '\n');
    writeFile(dir + QStringLiteral("/cmdline"), cmdline);
}

} // namespace

void TestContainerProcesses::programName_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("program");
    QTest::newRow("path and args") << QStringLiteral("/usr/sbin/sshd -D") << QStringLiteral("sshd");
    QTest::newRow("sshd title") << QStringLiteral("sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups")
                                << QStringLiteral("sshd");
    QTest::newRow("session title") << QStringLiteral("sshd: root@pts/0") << QStringLiteral("sshd");
    QTest::newRow("renamed with exec -a") << QStringLiteral("sshd") << QStringLiteral("sshd");
    QTest::newRow("plain") << QStringLiteral("sleep 300") << QStringLiteral("sleep");
    QTest::newRow("leading spaces") << QStringLiteral("  nginx: master process") << QStringLiteral("nginx");
    QTest::newRow("empty") << QString() << QString();
}

void TestContainerProcesses::programName()
{
    QFETCH(QString, command);
    QFETCH(QString, program);
    QCOMPARE(ContainerProcesses::programName(command), program);
}

void TestContainerProcesses::fromProc()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString proc = dir.path();
    // cgroup v1 (docker's cgroupfs driver) for A, cgroup v2 with systemd's scope for B.
    const QByteArray cgroupA = "9:pids:/docker/" + idA.toLatin1() + "\n0::/docker/" + idA.toLatin1() + "\n";
    const QByteArray cgroupB = "0::/system.slice/docker-" + idB.toLatin1() + ".scope\n";
    process(proc, 100, cgroupA, "busybox", QByteArray("sshd\0-D\0", 8)); // exec -a sshd busybox ...
    process(proc,
            101,
            cgroupA,
            "sleep",
            QByteArray("sleep\0"
                       "300\0",
                       10));
    process(proc, 200, cgroupB, "nginx", QByteArray("nginx: master process nginx\0", 28));
    process(proc, 201, cgroupB, "nginx", QByteArray("nginx: worker process\0", 22));
    process(proc, 1, "0::/init.scope\n", "systemd", QByteArray("/sbin/init\0", 11));
    // A host process whose cgroup names a container id in a longer run of hex digits: not that container's.
    process(proc, 300, "0::/x/" + idA.toLatin1() + "ff\n", "sshd", QByteArray("sshd\0", 5));
    writeFile(proc + QStringLiteral("/self/cgroup"), cgroupA); // not a pid
    writeFile(proc + QStringLiteral("/0123/cgroup"), cgroupA); // not a pid either (leading zero)

    const QList<ContainerProcessFact> facts = ContainerProcesses::fromProc(
        proc,
        {container(idA, true, 100), container(idB, true, 200), container(QString(64, u'c'), false, 0)});
    QCOMPARE(facts.size(), 2); // the stopped one is left out
    QCOMPARE(facts.at(0).containerId, idA);
    QCOMPARE(facts.at(0).source, QStringLiteral("proc"));
    QCOMPARE(facts.at(0).error, QString());
    QCOMPARE(facts.at(0).processes, 2);
    QCOMPARE(facts.at(0).programs,
             (QStringList{QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("sshd")}));
    QCOMPARE(facts.at(1).containerId, idB);
    QCOMPARE(facts.at(1).processes, 2);
    QCOMPARE(facts.at(1).programs, QStringList{QStringLiteral("nginx")});
}

void TestContainerProcesses::mainProcessNotVisible()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    process(dir.path(), 55, "0::/docker/" + idA.toLatin1() + "\n", "sleep", QByteArray("sleep\0", 6));
    // State.Pid 100 is not there: /proc shows another pid namespace, or hides processes (hidepid=).
    const QList<ContainerProcessFact> facts = ContainerProcesses::fromProc(dir.path(), {container(idA, true, 100)});
    QCOMPARE(facts.size(), 1);
    QVERIFY(facts.at(0).error.contains(QStringLiteral("pid 100")));
    QVERIFY(facts.at(0).programs.isEmpty());
}

void TestContainerProcesses::unreadableProc()
{
    const QList<ContainerProcessFact> facts =
        ContainerProcesses::fromProc(QStringLiteral("/nonexistent/proc"), {container(idA, true, 1)});
    QCOMPARE(facts.size(), 1);
    QVERIFY2(facts.at(0).error.contains(QStringLiteral("/nonexistent/proc")), qPrintable(facts.at(0).error));
}

void TestContainerProcesses::boundedPrograms()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray cgroup = "0::/docker/" + idA.toLatin1() + "\n";
    for (int pid = 100; pid < 100 + ProcessFacts::MaxPrograms + 10; ++pid) {
        // Hostile names: control characters and a terminal escape are dropped, long names cut.
        const QByteArray name = "p" + QByteArray::number(pid) + "\x1b[31m" + QByteArray(200, 'x');
        process(dir.path(), pid, cgroup, "comm" + QByteArray::number(pid), name + '\0');
    }
    const QList<ContainerProcessFact> facts = ContainerProcesses::fromProc(dir.path(), {container(idA, true, 100)});
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.at(0).programs.size(), ProcessFacts::MaxPrograms);
    QVERIFY(facts.at(0).truncated);
    QCOMPARE(facts.at(0).processes, ProcessFacts::MaxPrograms + 10);
    for (const QString& p : facts.at(0).programs) {
        QVERIFY(p.size() <= ProcessFacts::MaxNameLength);
        QVERIFY2(!p.contains(QChar(0x1b)), qPrintable(p));
    }
}

void TestContainerProcesses::parseTop()
{
    // dockerd 20.10 (ps -ef) and Podman 4.3 answers.
    const QJsonObject docker = QJsonDocument::fromJson(R"({"Processes":[
        ["root","18335","18239","1","00:48","?","00:00:00","sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups"],
        ["root","18400","18335","0","00:49","?","00:00:00","/bin/sh"]],
        "Titles":["UID","PID","PPID","C","STIME","TTY","TIME","CMD"]})")
                                   .object();
    const ContainerProcessFact d = ContainerProcesses::parseTop(docker, idA);
    QCOMPARE(d.source, QStringLiteral("top"));
    QCOMPARE(d.processes, 2);
    QCOMPARE(d.programs, (QStringList{QStringLiteral("sh"), QStringLiteral("sshd")}));
    const QJsonObject podman = QJsonDocument::fromJson(R"({"Processes":[
        ["root","1","0","0.000","5m","?","0s","sleep 1000"]],
        "Titles":["USER","PID","PPID","%CPU","ELAPSED","TTY","TIME","COMMAND"]})")
                                   .object();
    QCOMPARE(ContainerProcesses::parseTop(podman, idA).programs, QStringList{QStringLiteral("sleep")});
    const ContainerProcessFact odd =
        ContainerProcesses::parseTop(QJsonDocument::fromJson(R"({"Titles":["PID"],"Processes":[["1"]]})").object(),
                                     idA);
    QVERIFY(!odd.error.isEmpty());
    QVERIFY(odd.programs.isEmpty());
}

void TestContainerProcesses::roundTrip()
{
    Snapshot s;
    s.processes.collected = true;
    ContainerProcessFact f;
    f.containerId = idA;
    f.source = QStringLiteral("proc");
    f.programs = {QStringLiteral("nginx"), QStringLiteral("sshd")};
    f.processes = 4;
    ContainerProcessFact g;
    g.containerId = idB;
    g.source = QStringLiteral("top");
    g.error = QStringLiteral("the daemon did not list its processes: HTTP 500");
    s.processes.containers = {f, g};
    const auto back = Snapshot::fromJson(s.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value().processes, s.processes);
    // Older snapshots have no processes: not collected.
    QJsonObject old = s.toJson();
    old.remove(QStringLiteral("processes"));
    QVERIFY(!Snapshot::fromJson(old).value().processes.collected);
}

QTEST_GUILESS_MAIN(TestContainerProcesses)
#include "test_containerprocesses.moc"
