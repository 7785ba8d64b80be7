// SPDX-License-Identifier: GPL-3.0-or-later
// ssh:// endpoints for real: a private sshd on 127.0.0.1 (its own host key, a client key, both in a temporary
// directory), the docker CLI's `docker system dial-stdio` on both ends, and the shared dockerd behind it. Audits with
// --host, DOCKER_HOST and a Docker context, a fleet with an ssh, a unix and an unreachable ssh endpoint, the clear
// errors (refused, unknown host key, no docker CLI, a host that never answers) and no process left behind.
#include "tests/common/TestUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using escut::test::ProcessResult;

class TestSshEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void auditWithHostFlag();
    void auditWithDockerHostAndContext();
    void fleetWithSshUnixAndUnreachable();
    void exporterOverSsh();
    void clearErrors();
    void silentHostTimesOut();

private:
    ProcessResult cli(const QStringList& args, const QMap<QString, QString>& extraEnv = {}, int timeoutMs = 120000);
    QString url() const;
    // A port nobody listens on for the whole test: bound by the test and never listened on, so connections are
    // refused and no other program can take it meanwhile. 0 when no socket could be bound.
    quint16 holdClosedPort();
    // Starts the private sshd on a free port; tries another one when the port was taken before sshd bound it.
    bool startSshd(const QString& sshd, const QString& dir);
    // Processes of ours still running: the docker CLIs and ssh clients of this test's ports, and sshd's sessions.
    QStringList leftovers() const;
    void verifyNothingLeft();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
    quint16 m_closedPort = 0;
    int m_closedPortSocket = -1;
    QString m_sshdLog;
    QString m_tag;
    QString m_image;
    QStringList m_containers;
    QString m_path; // PATH for escut-cli: the ssh wrapper first
};

namespace
{

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

quint16 TestSshEndpoint::holdClosedPort()
{
    m_closedPortSocket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_closedPortSocket < 0) {
        return 0;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0; // the kernel picks a free port
    socklen_t length = sizeof(address);
    if (::bind(m_closedPortSocket, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
        ::getsockname(m_closedPortSocket, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        return 0;
    }
    return ntohs(address.sin_port);
}

bool TestSshEndpoint::startSshd(const QString& sshd, const QString& d)
{
    // sshd cannot be given port 0 or a socket, so a free port is picked and sshd's own "Server listening" line
    // confirms it got it; when another program took the port in between, sshd exits and the next port is tried.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QTcpServer picker;
        if (!picker.listen(QHostAddress::LocalHost, 0)) {
            return false;
        }
        m_port = picker.serverPort();
        picker.close();
        const QByteArray config = QStringLiteral("Port %1\n"
                                                 "ListenAddress 127.0.0.1\n"
                                                 "HostKey %2/host_key\n"
                                                 "AuthorizedKeysFile %2/authorized_keys\n"
                                                 "PermitRootLogin prohibit-password\n"
                                                 "PasswordAuthentication no\n"
                                                 "KbdInteractiveAuthentication no\n"
                                                 "StrictModes no\n"
                                                 "UsePAM no\n"
                                                 "PidFile none\n")
                                      .arg(m_port)
                                      .arg(d)
                                      .toUtf8();
        if (!writeText(d + QStringLiteral("/sshd_config"), config)) {
            return false;
        }
        const QString log = d + QStringLiteral("/sshd-%1.log").arg(attempt);
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.setStandardOutputFile(log);
        m_sshd.start(
            sshd,
            {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), d + QStringLiteral("/sshd_config")});
        if (!m_sshd.waitForStarted(10000)) {
            return false;
        }
        const QByteArray listening = QStringLiteral("Server listening on 127.0.0.1 port %1.").arg(m_port).toUtf8();
        if (QTest::qWaitFor([&] { return m_sshd.state() == QProcess::NotRunning || readAll(log).contains(listening); },
                            30000) &&
            m_sshd.state() == QProcess::Running) {
            m_sshdLog = log;
            return true;
        }
        qWarning("sshd did not start on port %u: %s", unsigned(m_port), readAll(log).constData());
        m_sshd.kill();
        m_sshd.waitForFinished(5000);
    }
    return false;
}

QString TestSshEndpoint::url() const
{
    return QStringLiteral("ssh://root@127.0.0.1:%1").arg(m_port);
}

void TestSshEndpoint::initTestCase()
{
    QVERIFY2(QFile::exists(escut::test::cliPath()), "ESCUT_CLI must point at escut-cli");
    if (::geteuid() != 0) {
        QSKIP("a private sshd that logs in as root needs root (scripts/escut test runs as root in CI)");
    }
    const QString sshd = QStandardPaths::findExecutable(QStringLiteral("sshd"), {QStringLiteral("/usr/sbin")});
    const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (sshd.isEmpty() || ssh.isEmpty() || keygen.isEmpty()) {
        QSKIP("sshd, ssh or ssh-keygen is not installed (packages openssh-server, openssh-client)");
    }
    if (QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty()) {
        QSKIP("the docker CLI is not installed (package docker.io): ssh:// endpoints go through it");
    }
    QVERIFY2(escut::test::runProcess(QStringLiteral("docker"), {QStringLiteral("version")}).exitCode == 0,
             "No Docker daemon reachable at /var/run/docker.sock: run the tests with 'scripts/escut test'");
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/escut-ssh-test-XXXXXX"));
    QVERIFY(m_dir->isValid());
    const QString d = m_dir->path();
    // sshd refuses to start without its privilege separation directory (normally made by the service unit).
    QVERIFY(QDir().mkpath(QStringLiteral("/run/sshd")));
    for (const char* key : {"host_key", "client_key"}) {
        const auto k = escut::test::runProcess(keygen,
                                               {QStringLiteral("-q"),
                                                QStringLiteral("-t"),
                                                QStringLiteral("ed25519"),
                                                QStringLiteral("-N"),
                                                QString(),
                                                QStringLiteral("-C"),
                                                QStringLiteral("escut-test"),
                                                QStringLiteral("-f"),
                                                d + QLatin1Char('/') + QLatin1String(key)});
        QVERIFY2(k.exitCode == 0, k.err.constData());
    }
    QVERIFY(writeText(d + QStringLiteral("/authorized_keys"), readAll(d + QStringLiteral("/client_key.pub"))));
    m_closedPort = holdClosedPort();
    QVERIFY2(m_closedPort != 0, strerror(errno));
    QVERIFY2(startSshd(sshd, d), "the private sshd did not start (see the warnings above)");
    QVERIFY(m_port != m_closedPort);
    bool up = false;
    for (int i = 0; i < 50 && !up; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        up = probe.waitForConnected(200) && probe.waitForReadyRead(2000) && probe.readAll().startsWith("SSH-");
        if (!up) {
            QTest::qWait(100);
        }
    }
    QVERIFY2(up, readAll(m_sshdLog).constData());

    // The client side. ssh reads ~/.ssh/config from the passwd entry's home, not from $HOME, and the docker CLI runs
    // plain `ssh` from PATH with options of its own only: a wrapper first on PATH points it at this test's config.
    const QList<QByteArray> hostKey = readAll(d + QStringLiteral("/host_key.pub")).split(' ');
    QVERIFY(hostKey.size() >= 2);
    QVERIFY(
        writeText(d + QStringLiteral("/known_hosts"),
                  QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8() + hostKey.at(0) + ' ' + hostKey.at(1) + '\n'));
    QVERIFY(writeText(d + QStringLiteral("/ssh_config"),
                      QStringLiteral("Host *\n"
                                     "  IdentityFile %1/client_key\n"
                                     "  IdentitiesOnly yes\n"
                                     "  UserKnownHostsFile %1/known_hosts\n"
                                     "  GlobalKnownHostsFile /dev/null\n"
                                     "  StrictHostKeyChecking yes\n")
                          .arg(d)
                          .toUtf8()));
    QVERIFY(QDir().mkpath(d + QStringLiteral("/bin")));
    QVERIFY(escut::test::writeExecutable(d + QStringLiteral("/bin/ssh"),
                                         QStringLiteral("exec %1 -F %2/ssh_config \"$@\"\n").arg(ssh, d).toUtf8()));
    m_path = d + QStringLiteral("/bin:") + qEnvironmentVariable("PATH");

    // Two containers of our own, from an image of our own (busybox only).
    m_tag = QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    m_image = QStringLiteral("escut-test-ssh:") + m_tag;
    const QString rootfs = d + QStringLiteral("/rootfs");
    QVERIFY(QDir().mkpath(rootfs + QStringLiteral("/bin")));
    QVERIFY(QFile::copy(QStringLiteral("/bin/busybox"), rootfs + QStringLiteral("/bin/busybox")));
    QVERIFY(QFile::link(QStringLiteral("busybox"), rootfs + QStringLiteral("/bin/sleep")));
    QVERIFY(QFile::link(QStringLiteral("busybox"), rootfs + QStringLiteral("/bin/sh")));
    QProcess tar;
    QProcess import;
    tar.setStandardOutputProcess(&import);
    tar.start(QStringLiteral("tar"), {QStringLiteral("-C"), rootfs, QStringLiteral("-c"), QStringLiteral(".")});
    import.start(QStringLiteral("docker"),
                 {QStringLiteral("import"),
                  QStringLiteral("-c"),
                  QStringLiteral("LABEL escut.test=ssh"),
                  QStringLiteral("-"),
                  m_image});
    QVERIFY(tar.waitForFinished(30000) && import.waitForFinished(60000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    for (int i = 0; i < 2; ++i) {
        const QString name = QStringLiteral("escut-test-ssh-%1-%2").arg(i).arg(m_tag);
        const auto run = escut::test::runProcess(QStringLiteral("docker"),
                                                 {QStringLiteral("run"),
                                                  QStringLiteral("-d"),
                                                  QStringLiteral("--name"),
                                                  name,
                                                  QStringLiteral("--label"),
                                                  QStringLiteral("escut.test=ssh"),
                                                  QStringLiteral("--label"),
                                                  QStringLiteral("escut.test.run=") + m_tag,
                                                  m_image,
                                                  QStringLiteral("sleep"),
                                                  QStringLiteral("600")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        m_containers.append(name);
    }
}

void TestSshEndpoint::cleanupTestCase()
{
    if (!m_tag.isEmpty()) {
        escut::test::removeContainersLabelled(QStringLiteral("escut.test.run=") + m_tag);
        escut::test::runProcess(QStringLiteral("docker"), {QStringLiteral("rmi"), m_image});
    }
    if (m_sshd.state() != QProcess::NotRunning) {
        m_sshd.terminate();
        if (!m_sshd.waitForFinished(10000)) {
            m_sshd.kill();
            m_sshd.waitForFinished(5000);
        }
    }
    if (m_closedPortSocket >= 0) {
        ::close(m_closedPortSocket);
    }
}

ProcessResult TestSshEndpoint::cli(const QStringList& args, const QMap<QString, QString>& extraEnv, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), m_path);
    env.insert(QStringLiteral("ESCUT_STATE_DIR"), m_dir->path() + QStringLiteral("/state"));
    env.remove(QStringLiteral("DOCKER_HOST"));
    env.remove(QStringLiteral("DOCKER_CONTEXT"));
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it) {
        env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    p.start(escut::test::cliPath(), args);
    ProcessResult r;
    r.started = p.waitForStarted(10000);
    if (r.started && !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList TestSshEndpoint::leftovers() const
{
    QStringList found;
    for (const QString& port : {QString::number(m_port), QString::number(m_closedPort)}) {
        // The docker CLIs (… -H ssh://root@127.0.0.1:PORT system dial-stdio) and their ssh (… -p PORT …).
        for (const QString& pattern : {QStringLiteral("ssh://[a-z]*@[a-z0-9.]*:%1 system dial-stdio").arg(port),
                                       QStringLiteral("ssh .*-p %1 .*dial-stdio").arg(port)}) {
            // pgrep: 0 found, 1 none; anything else (a bad pattern, no /proc) is a failure line of its own.
            found += escut::test::listOutput(QStringLiteral("pgrep"),
                                             {QStringLiteral("-a"), QStringLiteral("-f"), pattern},
                                             {0, 1});
        }
    }
    // sshd's sessions (and the remote `docker system dial-stdio` under them) are children of our sshd.
    found += escut::test::listOutput(QStringLiteral("pgrep"),
                                     {QStringLiteral("-a"), QStringLiteral("-P"), QString::number(m_sshd.processId())},
                                     {0, 1});
    return found;
}

void TestSshEndpoint::verifyNothingLeft()
{
    // The local children are reaped before escut-cli exits; sshd notices a closed session a moment later.
    QStringList left = leftovers();
    for (int i = 0; i < 50 && !left.isEmpty(); ++i) {
        QTest::qWait(100);
        left = leftovers();
    }
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
}

void TestSshEndpoint::auditWithHostFlag()
{
    QElapsedTimer timer;
    timer.start();
    const auto r = cli({QStringLiteral("audit"),
                        QStringLiteral("--host"),
                        url(),
                        QStringLiteral("--only"),
                        QStringLiteral("daemon,container"),
                        QStringLiteral("--format"),
                        QStringLiteral("json"),
                        QStringLiteral("--fail-on"),
                        QStringLiteral("none"),
                        QStringLiteral("--no-history")});
    qInfo("audit over ssh: %lld ms", timer.elapsed());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    const QJsonObject endpoint = report.value(QStringLiteral("endpoint")).toObject();
    QCOMPARE(endpoint.value(QStringLiteral("kind")).toString(), QStringLiteral("ssh"));
    QCOMPARE(endpoint.value(QStringLiteral("url")).toString(), url());
    QCOMPARE(endpoint.value(QStringLiteral("user")).toString(), QStringLiteral("root"));
    QCOMPARE(endpoint.value(QStringLiteral("port")).toInt(), int(m_port));
    QSet<QString> subjects;
    QString tlsEvidence;
    QString socketPermsStatus;
    for (const QJsonValue& v : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        subjects.insert(f.value(QStringLiteral("subject")).toObject().value(QStringLiteral("name")).toString());
        if (f.value(QStringLiteral("id")).toString() == QLatin1String("daemon.tls")) {
            tlsEvidence = f.value(QStringLiteral("evidence")).toString();
        }
        if (f.value(QStringLiteral("id")).toString() == QLatin1String("daemon.socket-perms")) {
            socketPermsStatus = f.value(QStringLiteral("status")).toString();
        }
    }
    for (const QString& name : m_containers) {
        QVERIFY2(subjects.contains(name) || subjects.contains(QLatin1Char('/') + name), qPrintable(name));
    }
    QVERIFY2(tlsEvidence.contains(QLatin1String("through ssh")), qPrintable(tlsEvidence));
    // The host's files are not this machine's: not read, as for tcp://.
    QCOMPARE(socketPermsStatus, QStringLiteral("skipped"));
    verifyNothingLeft();

    // The same daemon through its socket, for the record (the numbers go into the log).
    timer.restart();
    const auto local = cli({QStringLiteral("audit"),
                            QStringLiteral("--host"),
                            QStringLiteral("unix:///var/run/docker.sock"),
                            QStringLiteral("--only"),
                            QStringLiteral("daemon,container"),
                            QStringLiteral("--format"),
                            QStringLiteral("json"),
                            QStringLiteral("--fail-on"),
                            QStringLiteral("none"),
                            QStringLiteral("--no-history")});
    qInfo("audit over the unix socket: %lld ms", timer.elapsed());
    QVERIFY2(local.exitCode == 0, local.err.constData());
}

void TestSshEndpoint::auditWithDockerHostAndContext()
{
    const auto env = cli({QStringLiteral("audit"),
                          QStringLiteral("--only"),
                          QStringLiteral("daemon"),
                          QStringLiteral("--format"),
                          QStringLiteral("json"),
                          QStringLiteral("--fail-on"),
                          QStringLiteral("none"),
                          QStringLiteral("--no-history")},
                         {{QStringLiteral("DOCKER_HOST"), url()}});
    QVERIFY2(env.exitCode == 0, env.err.constData());
    const QJsonObject fromEnv = QJsonDocument::fromJson(env.out).object().value(QStringLiteral("endpoint")).toObject();
    QCOMPARE(fromEnv.value(QStringLiteral("kind")).toString(), QStringLiteral("ssh"));
    QCOMPARE(fromEnv.value(QStringLiteral("source")).toString(), QStringLiteral("environment"));

    // A context made by the docker CLI itself.
    const QString config = m_dir->path() + QStringLiteral("/docker-config");
    QProcess create;
    QProcessEnvironment createEnv = QProcessEnvironment::systemEnvironment();
    createEnv.insert(QStringLiteral("DOCKER_CONFIG"), config);
    create.setProcessEnvironment(createEnv);
    create.start(QStringLiteral("docker"),
                 {QStringLiteral("context"),
                  QStringLiteral("create"),
                  QStringLiteral("escut-ssh"),
                  QStringLiteral("--docker"),
                  QStringLiteral("host=") + url()});
    QVERIFY(create.waitForFinished(30000));
    QVERIFY2(create.exitCode() == 0, create.readAllStandardError().constData());
    const auto context = cli({QStringLiteral("audit"),
                              QStringLiteral("--context"),
                              QStringLiteral("escut-ssh"),
                              QStringLiteral("--only"),
                              QStringLiteral("daemon"),
                              QStringLiteral("--format"),
                              QStringLiteral("json"),
                              QStringLiteral("--fail-on"),
                              QStringLiteral("none"),
                              QStringLiteral("--no-history")},
                             {{QStringLiteral("DOCKER_CONFIG"), config}});
    QVERIFY2(context.exitCode == 0, context.err.constData());
    const QJsonObject fromContext =
        QJsonDocument::fromJson(context.out).object().value(QStringLiteral("endpoint")).toObject();
    QCOMPARE(fromContext.value(QStringLiteral("kind")).toString(), QStringLiteral("ssh"));
    QCOMPARE(fromContext.value(QStringLiteral("context")).toString(), QStringLiteral("escut-ssh"));
    QCOMPARE(fromContext.value(QStringLiteral("url")).toString(), url());
    verifyNothingLeft();
}

void TestSshEndpoint::fleetWithSshUnixAndUnreachable()
{
    const QString unreachable = QStringLiteral("ssh://root@127.0.0.1:%1").arg(m_closedPort);
    const QString hosts = m_dir->path() + QStringLiteral("/hosts");
    QVERIFY(writeText(hosts,
                      QStringLiteral("# the shared daemon twice, and a port nobody listens on\n%1\n"
                                     "unix:///var/run/docker.sock\n%2\n")
                          .arg(url(), unreachable)
                          .toUtf8()));
    QElapsedTimer timer;
    timer.start();
    const auto r = cli({QStringLiteral("audit"),
                        QStringLiteral("--hosts"),
                        hosts,
                        QStringLiteral("--parallel"),
                        QStringLiteral("3"),
                        QStringLiteral("--only"),
                        QStringLiteral("daemon,container"),
                        QStringLiteral("--format"),
                        QStringLiteral("json"),
                        QStringLiteral("--fail-on"),
                        QStringLiteral("none"),
                        QStringLiteral("--no-history")});
    qInfo("fleet of ssh, unix and an unreachable ssh endpoint: %lld ms", timer.elapsed());
    QCOMPARE(r.exitCode, 2); // the fleet contract: an endpoint could not be audited, the others were
    const QJsonObject fleet = QJsonDocument::fromJson(r.out).object();
    const QJsonArray endpoints = fleet.value(QStringLiteral("endpoints")).toArray();
    QCOMPARE(endpoints.size(), 3);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject e = endpoints.at(i).toObject();
        QVERIFY2(e.value(QStringLiteral("reachable")).toBool(),
                 qPrintable(e.value(QStringLiteral("error")).toString()));
        QVERIFY(!e.value(QStringLiteral("report")).toObject().value(QStringLiteral("findings")).toArray().isEmpty());
    }
    QCOMPARE(endpoints.at(0).toObject().value(QStringLiteral("endpoint")).toString(), url());
    const QJsonObject bad = endpoints.at(2).toObject();
    QVERIFY(!bad.value(QStringLiteral("reachable")).toBool());
    const QString error = bad.value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QLatin1String("connection refused")) && error.contains(unreachable), qPrintable(error));
    QVERIFY2(r.err.contains(unreachable.toUtf8()), r.err.constData());
    const QJsonObject aggregate = fleet.value(QStringLiteral("aggregate")).toObject();
    QCOMPARE(aggregate.value(QStringLiteral("reachable")).toInt(), 2);
    QCOMPARE(aggregate.value(QStringLiteral("unreachable")).toInt(), 1);

    // ssh:// lines take no TLS options: a usage error that names the line.
    QVERIFY(writeText(hosts, QStringLiteral("%1 tlsverify\n").arg(url()).toUtf8()));
    const auto usage = cli({QStringLiteral("audit"), QStringLiteral("--hosts"), hosts});
    QVERIFY2(usage.err.contains("line 1") && usage.err.contains("ssh://"), usage.err.constData());
    QVERIFY(usage.exitCode != 0 && usage.exitCode != 1);
    verifyNothingLeft();
}

void TestSshEndpoint::exporterOverSsh()
{
    QProcess exporter;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), m_path);
    exporter.setProcessEnvironment(env);
    exporter.start(escut::test::cliPath(),
                   {QStringLiteral("exporter"),
                    QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--interval"),
                    QStringLiteral("1h"),
                    QStringLiteral("--host"),
                    url(),
                    QStringLiteral("--no-history")});
    QVERIFY(exporter.waitForStarted(10000));
    QByteArray banner;
    QRegularExpressionMatch port;
    for (int i = 0; i < 100 && !port.hasMatch(); ++i) {
        exporter.waitForReadyRead(100);
        banner += exporter.readAllStandardError();
        port = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/metrics")).match(QString::fromUtf8(banner));
    }
    QVERIFY2(port.hasMatch(), banner.constData());
    const QByteArray up = QStringLiteral("escut_up{endpoint=\"%1\"} 1").arg(url()).toUtf8();
    QByteArray body;
    for (int i = 0; i < 60 && !body.contains(up); ++i) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port.captured(1).toInt()));
        if (socket.waitForConnected(5000)) {
            socket.write("GET /metrics HTTP/1.1\r\nHost: localhost\r\n\r\n");
            body.clear();
            while (socket.waitForReadyRead(5000)) {
                body += socket.readAll();
            }
        }
        if (!body.contains(up)) {
            QTest::qWait(500);
        }
    }
    QVERIFY2(body.contains(up), body.constData());
    exporter.terminate();
    QVERIFY(exporter.waitForFinished(10000));
    verifyNothingLeft();
}

void TestSshEndpoint::clearErrors()
{
    const QStringList audit{QStringLiteral("audit"),
                            QStringLiteral("--only"),
                            QStringLiteral("daemon"),
                            QStringLiteral("--format"),
                            QStringLiteral("json"),
                            QStringLiteral("--no-history"),
                            QStringLiteral("--host")};
    // Nobody listens.
    const auto refused = cli(audit + QStringList{QStringLiteral("ssh://root@127.0.0.1:%1").arg(m_closedPort)});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("connection refused"), refused.err.constData());
    // The same sshd under a name whose host key is not in known_hosts: refused, never accepted on the fly.
    const auto unknownKey = cli(audit + QStringList{QStringLiteral("ssh://root@localhost:%1").arg(m_port)});
    QCOMPARE(unknownKey.exitCode, 2);
    QVERIFY2(unknownKey.err.contains("does not trust the host key") &&
                 unknownKey.err.contains(QStringLiteral("ssh -p %1 root@localhost").arg(m_port).toUtf8()),
             unknownKey.err.constData());
    // A user whose key sshd does not know: refused without a password prompt (the test would hang on one).
    const auto denied = cli(audit + QStringList{QStringLiteral("ssh://nobody@127.0.0.1:%1").arg(m_port)});
    QCOMPARE(denied.exitCode, 2);
    QVERIFY2(denied.err.contains("refused the login") && denied.err.contains("Permission denied"),
             denied.err.constData());
    // No docker CLI on this machine.
    const QString empty = m_dir->path() + QStringLiteral("/empty-bin");
    QVERIFY(QDir().mkpath(empty));
    const auto noCli = cli(audit + QStringList{url()}, {{QStringLiteral("PATH"), empty}});
    QCOMPARE(noCli.exitCode, 2);
    QVERIFY2(noCli.err.contains("needs the docker CLI") && noCli.err.contains("docker.io"), noCli.err.constData());
    verifyNothingLeft();
}

void TestSshEndpoint::silentHostTimesOut()
{
    // Accepts TCP connections (the kernel does, from the backlog) and never says a word: ssh waits for a banner
    // that never comes, and the ssh connect timeout (15 s) ends the wait.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QElapsedTimer timer;
    timer.start();
    const auto r = cli({QStringLiteral("audit"),
                        QStringLiteral("--host"),
                        QStringLiteral("ssh://root@127.0.0.1:%1").arg(silent.serverPort()),
                        QStringLiteral("--only"),
                        QStringLiteral("daemon"),
                        QStringLiteral("--format"),
                        QStringLiteral("json"),
                        QStringLiteral("--no-history")},
                       {},
                       60000);
    const qint64 elapsed = timer.elapsed();
    qInfo("silent ssh host: gave up after %lld ms", elapsed);
    QCOMPARE(r.exitCode, 2);
    // The message names the connect timeout that ended the wait (the time itself is logged above, not asserted).
    QVERIFY2(r.err.contains("did not reach the Docker daemon within 15 s"), r.err.constData());
    const QStringList left =
        escut::test::listOutput(QStringLiteral("pgrep"),
                                {QStringLiteral("-a"),
                                 QStringLiteral("-f"),
                                 QStringLiteral("(:%1 system dial-stdio|-p %1 )").arg(silent.serverPort())},
                                {0, 1});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    verifyNothingLeft();
}

QTEST_GUILESS_MAIN(TestSshEndpoint)
#include "test_ssh_endpoint.moc"
