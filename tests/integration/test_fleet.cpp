// SPDX-License-Identifier: GPL-3.0-or-later
// A fleet run over two real daemons (the shared one and a private dockerd started here, in its own network
// namespace) plus an unreachable endpoint; and the exporter serving their metrics on /metrics.
#include "tests/common/TestUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

using escut::test::runProcess;

class TestFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fleetOfTwoDaemonsAndOneUnreachable();
    void reportPerEndpointInOutputDir();
    void prometheusHasEndpointLabels();
    void badHostsFileIsAUsageError();
    void exporterServesMetrics();

private:
    escut::test::ProcessResult cli(const QStringList& args);
    QString m_dir;
    QString m_socket;
    QString m_hosts;
    QString m_shared = QStringLiteral("unix:///var/run/docker.sock");
    QProcess m_dockerd;
};

void TestFleet::initTestCase()
{
    if (::geteuid() != 0) {
        QSKIP("starting a private dockerd needs root (scripts/escut test runs as root in CI)");
    }
    QVERIFY2(runProcess(QStringLiteral("docker"), {QStringLiteral("version")}).exitCode == 0,
             "No Docker daemon reachable at /var/run/docker.sock: run the tests with 'scripts/escut test'");
    m_dir = QStringLiteral("/tmp/escut-fleet-%1").arg(QCoreApplication::applicationPid());
    QDir(m_dir).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir));
    qputenv("ESCUT_STATE_DIR", (m_dir + QStringLiteral("/state")).toUtf8());
    m_socket = m_dir + QStringLiteral("/docker.sock");
    QFile config(m_dir + QStringLiteral("/daemon.json"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("{\n  \"icc\": false,\n  \"live-restore\": true\n}\n");
    config.close();
    m_dockerd.setProcessChannelMode(QProcess::MergedChannels);
    m_dockerd.setStandardOutputFile(m_dir + QStringLiteral("/dockerd.log"));
    const QString command =
        QStringLiteral("ip link set lo up && exec dockerd --config-file %1/daemon.json -H unix://%2 "
                       "--data-root %1/data --exec-root %1/exec --pidfile %1/dockerd.pid")
            .arg(m_dir, m_socket);
    m_dockerd.start(QStringLiteral("unshare"),
                    {QStringLiteral("--net"), QStringLiteral("sh"), QStringLiteral("-c"), command});
    QVERIFY(m_dockerd.waitForStarted(10000));
    bool up = false;
    for (int i = 0; i < 60 && !up; ++i) {
        up = runProcess(QStringLiteral("docker"),
                        {QStringLiteral("-H"), QStringLiteral("unix://") + m_socket, QStringLiteral("version")},
                        5000)
                 .exitCode == 0;
        if (!up) {
            QTest::qWait(500);
        }
    }
    QVERIFY2(up, "the private dockerd did not start (see dockerd.log)");
    m_hosts = m_dir + QStringLiteral("/hosts");
    QFile hosts(m_hosts);
    QVERIFY(hosts.open(QIODevice::WriteOnly));
    hosts.write(QStringLiteral("# two daemons and one that is not there\n%1\nunix://%2\nunix://%3/absent.sock\n")
                    .arg(m_shared, m_socket, m_dir)
                    .toUtf8());
    hosts.close();
}

void TestFleet::cleanupTestCase()
{
    if (m_dockerd.state() != QProcess::NotRunning) {
        m_dockerd.terminate();
        if (!m_dockerd.waitForFinished(30000)) {
            m_dockerd.kill();
            m_dockerd.waitForFinished(5000);
        }
    }
    if (!m_dir.isEmpty()) {
        QDir(m_dir).removeRecursively();
    }
}

escut::test::ProcessResult TestFleet::cli(const QStringList& args)
{
    return runProcess(escut::test::cliPath(), args);
}

void TestFleet::fleetOfTwoDaemonsAndOneUnreachable()
{
    QElapsedTimer timer;
    timer.start();
    const auto r = cli({QStringLiteral("audit"),
                        QStringLiteral("--hosts"),
                        m_hosts,
                        QStringLiteral("--format"),
                        QStringLiteral("json"),
                        QStringLiteral("--fail-on"),
                        QStringLiteral("none")});
    qInfo("fleet audit of two daemons and one unreachable endpoint: %lld ms", timer.elapsed());
    QCOMPARE(r.exitCode, 2); // an endpoint was unreachable; the others were still audited
    QVERIFY(r.err.contains("absent.sock could not be audited"));
    const QJsonObject fleet = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(fleet.value(QStringLiteral("kind")).toString(), QStringLiteral("fleet"));
    const QJsonArray endpoints = fleet.value(QStringLiteral("endpoints")).toArray();
    QCOMPARE(endpoints.size(), 3);
    QStringList liveRestore; // the private daemon's daemon.json turns live-restore on
    for (int i = 0; i < 2; ++i) {
        const QJsonObject e = endpoints.at(i).toObject();
        QVERIFY2(e.value(QStringLiteral("reachable")).toBool(),
                 qPrintable(e.value(QStringLiteral("error")).toString()));
        const QJsonObject report = e.value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("schema")).toInt(), 2);
        QVERIFY(!report.value(QStringLiteral("findings")).toArray().isEmpty());
        for (const QJsonValue& f : report.value(QStringLiteral("findings")).toArray()) {
            if (f.toObject().value(QStringLiteral("id")).toString() == QLatin1String("daemon.live-restore")) {
                liveRestore.append(f.toObject().value(QStringLiteral("evidence")).toString());
            }
        }
        qInfo("%s: %lld ms",
              qPrintable(e.value(QStringLiteral("endpoint")).toString()),
              qint64(e.value(QStringLiteral("durationMs")).toInteger()));
    }
    QCOMPARE(endpoints.at(1).toObject().value(QStringLiteral("endpoint")).toString(),
             QStringLiteral("unix://") + m_socket);
    QCOMPARE(liveRestore.size(), 2);
    QVERIFY2(liveRestore.at(1).contains(QLatin1String("true")), qPrintable(liveRestore.at(1)));
    QVERIFY2(liveRestore.at(0) != liveRestore.at(1), "the two reports are of two different daemons");
    const QJsonObject absent = endpoints.at(2).toObject();
    QVERIFY(!absent.value(QStringLiteral("reachable")).toBool());
    QVERIFY(absent.value(QStringLiteral("error")).toString().contains(QLatin1String("does not exist")));
    const QJsonObject aggregate = fleet.value(QStringLiteral("aggregate")).toObject();
    QCOMPARE(aggregate.value(QStringLiteral("reachable")).toInt(), 2);
    QCOMPARE(aggregate.value(QStringLiteral("unreachable")).toInt(), 1);
    // Each endpoint went into the history under its own name.
    const auto history = cli({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json")});
    QString endpointsSeen;
    for (const QJsonValue& a :
         QJsonDocument::fromJson(history.out).object().value(QStringLiteral("audits")).toArray()) {
        endpointsSeen += a.toObject().value(QStringLiteral("endpoint")).toString() + QLatin1Char(' ');
    }
    QVERIFY2(endpointsSeen.contains(m_socket) && endpointsSeen.contains(m_shared), qPrintable(endpointsSeen));
}

void TestFleet::reportPerEndpointInOutputDir()
{
    const QString out = m_dir + QStringLiteral("/reports");
    const auto r = cli({QStringLiteral("audit"),
                        QStringLiteral("--host"),
                        m_shared,
                        QStringLiteral("--host"),
                        QStringLiteral("unix://") + m_socket,
                        QStringLiteral("--format"),
                        QStringLiteral("html"),
                        QStringLiteral("--output-dir"),
                        out,
                        QStringLiteral("--fail-on"),
                        QStringLiteral("none"),
                        QStringLiteral("--no-history")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 3);
    QVERIFY(files.contains(QStringLiteral("fleet.html")));
    QFile aggregate(out + QStringLiteral("/fleet.html"));
    QVERIFY(aggregate.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(aggregate.readAll());
    QVERIFY(html.contains(m_socket));
    QCOMPARE(int(html.count(QStringLiteral("<svg "))), 4); // two charts per endpoint
    // -o beside --output-dir is refused: the aggregate is always DIR/fleet.<ext>, never somewhere else.
    const auto both = cli({QStringLiteral("audit"),
                           QStringLiteral("--hosts"),
                           m_hosts,
                           QStringLiteral("--output-dir"),
                           out,
                           QStringLiteral("-o"),
                           m_dir + QStringLiteral("/elsewhere.json"),
                           QStringLiteral("--no-history")});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains("--output-dir"), both.err.constData());
    QVERIFY(!QFile::exists(m_dir + QStringLiteral("/elsewhere.json")));
    // SARIF: one run per endpoint, valid against the schema.
    const auto sarif = cli({QStringLiteral("audit"),
                            QStringLiteral("--hosts"),
                            m_hosts,
                            QStringLiteral("--format"),
                            QStringLiteral("sarif"),
                            QStringLiteral("-o"),
                            m_dir + QStringLiteral("/fleet.sarif"),
                            QStringLiteral("--no-history")});
    QCOMPARE(sarif.exitCode, 2);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    const auto v = runProcess(python,
                              {escut::test::sourceDir() + QStringLiteral("/tests/tools/validate_json.py"),
                               escut::test::sourceDir() + QStringLiteral("/tests/data/sarif/sarif-schema-2.1.0.json"),
                               m_dir + QStringLiteral("/fleet.sarif")});
    QVERIFY2(v.exitCode == 0, (v.out + v.err).constData());
}

void TestFleet::prometheusHasEndpointLabels()
{
    const auto r = cli({QStringLiteral("audit"),
                        QStringLiteral("--hosts"),
                        m_hosts,
                        QStringLiteral("--format"),
                        QStringLiteral("prometheus"),
                        QStringLiteral("--no-history")});
    QCOMPARE(r.exitCode, 2);
    QProcess promtool;
    promtool.start(QStringLiteral("promtool"), {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY2(promtool.waitForStarted(), "promtool (Debian package prometheus) is needed");
    promtool.write(r.out);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(30000));
    QVERIFY2(promtool.exitCode() == 0, promtool.readAll().constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QStringLiteral("escut_up{endpoint=\"%1\"} 1").arg(m_shared)));
    QVERIFY(text.contains(QStringLiteral("escut_up{endpoint=\"unix://%1\"} 1").arg(m_socket)));
    QVERIFY(text.contains(QStringLiteral("escut_up{endpoint=\"unix://%1/absent.sock\"} 0").arg(m_dir)));
    QVERIFY(text.contains(QStringLiteral("escut_score{endpoint=\"unix://%1\",layer=\"daemon\"}").arg(m_socket)));
}

void TestFleet::badHostsFileIsAUsageError()
{
    QFile bad(m_dir + QStringLiteral("/bad-hosts"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("tcp://10.0.0.1:2376 tlsverfy\n");
    bad.close();
    const auto r = cli({QStringLiteral("audit"), QStringLiteral("--hosts"), bad.fileName()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("line 1: unknown option 'tlsverfy'"), r.err.constData());
    const auto missing = cli({QStringLiteral("audit"), QStringLiteral("--hosts"), m_dir + QStringLiteral("/none")});
    QCOMPARE(missing.exitCode, 2);
}

void TestFleet::exporterServesMetrics()
{
    QProcess exporter;
    exporter.start(escut::test::cliPath(),
                   {QStringLiteral("exporter"),
                    QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--interval"),
                    QStringLiteral("2s"),
                    QStringLiteral("--host"),
                    m_shared,
                    QStringLiteral("--host"),
                    QStringLiteral("unix://") + m_socket,
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
    auto get = [&](const QByteArray& path) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port.captured(1).toInt()));
        if (!socket.waitForConnected(5000)) {
            return QByteArray();
        }
        socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QByteArray reply;
        while (socket.waitForReadyRead(5000)) {
            reply += socket.readAll();
        }
        return reply;
    };
    QByteArray reply;
    for (int i = 0; i < 60 && !reply.startsWith("HTTP/1.1 200"); ++i) {
        reply = get("/metrics");
        if (!reply.startsWith("HTTP/1.1 200")) {
            QTest::qWait(500);
        }
    }
    QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.constData());
    QVERIFY(reply.contains("Content-Type: text/plain; version=0.0.4"));
    const QByteArray body = reply.mid(reply.indexOf("\r\n\r\n") + 4);
    QVERIFY(body.contains(QStringLiteral("escut_up{endpoint=\"unix://%1\"} 1").arg(m_socket).toUtf8()));
    QVERIFY(body.contains("escut_exporter_audits_total 1") || body.contains("escut_exporter_audits_total 2") ||
            body.contains("escut_exporter_audits_total 3"));
    QProcess promtool;
    promtool.start(QStringLiteral("promtool"), {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(promtool.waitForStarted());
    promtool.write(body);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(30000));
    QVERIFY2(promtool.exitCode() == 0, promtool.readAll().constData());
    // It keeps auditing: the counter goes up.
    QTRY_VERIFY_WITH_TIMEOUT(!get("/metrics").contains("escut_exporter_audits_total 1\n"), 15000);
    QVERIFY(get("/nothing").startsWith("HTTP/1.1 404"));
    exporter.terminate();
    QVERIFY(exporter.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestFleet)
#include "test_fleet.moc"
