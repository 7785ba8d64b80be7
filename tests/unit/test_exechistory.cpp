// SPDX-License-Identifier: GPL-3.0-or-later
// The exec history (core/facts/ExecHistory): the audit log parser on auditd's formats and on hostile text, the JSON
// round trip, and the rows of container.exec-privileged (CIS 5.23) and container.exec-root (5.24).
#include "core/checks/Catalogue.h"
#include "core/checks/Finding.h"
#include "core/facts/ExecHistory.h"
#include "core/facts/Snapshot.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace escut;

class TestExecHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auditLog_data();
    void auditLog();
    void auditLogTimeAndCounts();
    void auditLogHostileInput_data();
    void auditLogHostileInput();
    void roundTrip();
    void checks_data();
    void checks();
};

namespace
{

constexpr const char* ContainerId = "0f913219d818eaa07a3e520714dfb9ce2c66817ae03a463ef9fc548bb775fa26";

QByteArray hex(const QByteArray& text)
{
    return text.toHex().toUpper();
}

// "docker" "exec" ... as one EXECVE record.
QByteArray execve(const QList<QByteArray>& args, const QByteArray& id = "1796690977.965:4242")
{
    QByteArray line = "type=EXECVE msg=audit(" + id + "): argc=" + QByteArray::number(args.size());
    for (qsizetype i = 0; i < args.size(); ++i) {
        line += " a" + QByteArray::number(i) + "=\"" + args.at(i) + "\"";
    }
    return line + "\n";
}

QString shown(const QList<AuditExec>& execs)
{
    QStringList out;
    for (const AuditExec& e : execs) {
        out.append(
            QStringLiteral("%1|%2|%3|%4")
                .arg(e.container, e.user, e.privileged ? QStringLiteral("P") : QStringLiteral("-"), e.entrypoint));
    }
    return out.join(QLatin1Char(';'));
}

} // namespace

void TestExecHistory::auditLog_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // container|user|privileged|program; ...

    QTest::newRow("plain") << execve({"docker", "exec", "-it", "web", "sh"}) << "web||-|sh";
    QTest::newRow("privileged") << execve({"docker", "exec", "--privileged", "web", "/bin/sh"}) << "web||P|sh";
    QTest::newRow("privileged=false") << execve({"docker", "exec", "--privileged=false", "web", "id"}) << "web||-|id";
    QTest::newRow("privileged=bogus refused by docker")
        << execve({"docker", "exec", "--privileged=maybe", "web", "id"}) << "";
    QTest::newRow("-u root") << execve({"docker", "exec", "-u", "root", "web", "id"}) << "web|root|-|id";
    QTest::newRow("--user=root") << execve({"docker", "exec", "--user=root", "web", "id"}) << "web|root|-|id";
    QTest::newRow("--user 0:0") << execve({"docker", "exec", "--user", "0:0", "web", "id"}) << "web|0:0|-|id";
    QTest::newRow("-uroot") << execve({"docker", "exec", "-uroot", "web", "id"}) << "web|root|-|id";
    QTest::newRow("-u=0") << execve({"docker", "exec", "-u=0", "web", "id"}) << "web|0|-|id";
    QTest::newRow("-itu root") << execve({"docker", "exec", "-itu", "root", "web", "id"}) << "web|root|-|id";
    QTest::newRow("env and workdir values are not the container")
        << execve({"docker", "exec", "-e", "A=1", "-w", "/tmp", "--env-file", "f", "web", "id"}) << "web||-|id";
    QTest::newRow("after --") << execve({"docker", "exec", "--", "web", "id", "-u", "root"}) << "web||-|id";
    QTest::newRow("container exec, full path")
        << execve({"/usr/bin/docker", "container", "exec", "--privileged", "-u", "0", "web", "/usr/bin/id"})
        << "web|0|P|id";
    QTest::newRow("global --debug and --config")
        << execve({"docker", "-D", "--config", "/root/.docker", "exec", "--privileged", "web", "id"}) << "web||P|id";
    QTest::newRow("-H names another daemon") << execve({"docker", "-H", "tcp://h:2375", "exec", "web", "id"}) << "";
    QTest::newRow("docker run is not exec") << execve({"docker", "run", "--privileged", "busybox"}) << "";
    QTest::newRow("unknown option") << execve({"docker", "exec", "--bogus", "web", "id"}) << "";
    QTest::newRow("no command") << execve({"docker", "exec", "-u", "root", "web"}) << "";
    QTest::newRow("not docker") << execve({"/usr/bin/dockerx", "exec", "--privileged", "web", "id"}) << "";
    QTest::newRow("sudo docker: a0 is sudo") << execve({"sudo", "docker", "exec", "--privileged", "web", "id"}) << "";

    // Arguments with a space or a quote are hex, without quotes; the secret argument is never kept.
    QByteArray line =
        "type=EXECVE msg=audit(1796690977.965:77): argc=6 a0=\"docker\" a1=\"exec\" a2=" + hex("--user=root") +
        " a3=\"db\" a4=" + hex("/usr/bin/my sql") + " a5=" + hex("-p\"SECRET\"") + "\n";
    QTest::newRow("hex arguments") << line << "db|root|-|my sql";

    // One command over two EXECVE records (auditd splits long commands), with another event's record between them.
    QByteArray split = "type=SYSCALL msg=audit(1796690980.001:90): arch=c000003e syscall=59 success=yes exit=0 "
                       "comm=\"docker\" exe=\"/usr/bin/docker\" key=\"docker\"\n"
                       "type=EXECVE msg=audit(1796690980.001:90): argc=6 a0=\"docker\" a1=\"exec\" a2=\"-u\"\n" +
                       execve({"ls", "-l"}, "1796690980.002:91") +
                       "type=EXECVE msg=audit(1796690980.001:90): a3=\"root\" a4=\"web\" a5=\"id\"\n"
                       "type=PROCTITLE msg=audit(1796690980.001:90): proctitle=646F636B6572\n";
    QTest::newRow("multi-record") << split << "web|root|-|id";

    // A long argument in pieces: aN_len=L aN[0]=... aN[1]=...
    const QByteArray pieces = "type=EXECVE msg=audit(1796690981.000:95): argc=5 a0=\"docker\" a1=\"exec\" "
                              "a2_len=12 a2[0]=\"--privi\" a2[1]=" +
                              hex("leged") + " a3=\"web\" a4=\"sh\"\n";
    QTest::newRow("argument in pieces") << pieces << "web||P|sh";

    QTest::newRow("node= prefix") << "node=host1 " + execve({"docker", "exec", "--privileged", "web", "sh"})
                                  << "web||P|sh";
    QTest::newRow("two commands, log order")
        << execve({"docker", "exec", "-u", "0", "a", "sh"}, "1796690990.000:1") +
               execve({"docker", "exec", "--privileged", "b", "id"}, "1796690991.000:2")
        << "a|0|-|sh;b||P|id";
    QTest::newRow("truncated last line") << execve({"docker", "exec", "--privileged", "web", "id"}) +
                                                "type=EXECVE msg=audit(1796690999.000:9): argc=5 a0=\"docker\" "
                                                "a1=\"exec\" a2=\"--privil"
                                         << "web||P|id";
    QTest::newRow("line over the limit is skipped")
        << QByteArray(execve({"docker", "exec", "--privileged", "huge", "id"}).chopped(1) + " a5=\"" +
                      QByteArray(execlog::MaxAuditLine, 'x') + "\"\n") +
               execve({"docker", "exec", "-u", "root", "small", "id"})
        << "small|root|-|id";
    QTest::newRow("gap in the arguments") << QByteArray("type=EXECVE msg=audit(1.000:1): argc=3 a0=\"docker\" "
                                                        "a1=\"exec\" a3=\"--privileged\" a4=\"web\" a5=\"id\"\n")
                                          << "";
    QTest::newRow("not an EXECVE record")
        << QByteArray("type=USER_CMD msg=audit(1.000:1): a0=\"docker\" a1=\"exec\" a2=\"web\" a3=\"id\"\n") << "";
}

void TestExecHistory::auditLog()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QCOMPARE(shown(execlog::parseAuditLog(text).execs), expected);
}

void TestExecHistory::auditLogTimeAndCounts()
{
    const QByteArray text = "garbage that starts inside a line a0=\"docker\"\n"
                            "type=SYSCALL msg=audit(1796690970.500:1): syscall=59\n" +
                            execve({"docker", "ps"}, "1796690975.000:2") +
                            execve({"docker", "exec", "--privileged", "web", "id"}, "1796690977.965:3") +
                            execve({"cat", "/etc/passwd"}, "1796690978.000:4");
    const AuditLogExecs parsed = execlog::parseAuditLog(text, true);
    QCOMPARE(parsed.dockerCommands, 2);
    QCOMPARE(parsed.oldest, QDateTime::fromMSecsSinceEpoch(1796690970500LL, Qt::UTC));
    QCOMPARE(parsed.execs.size(), 1);
    QCOMPARE(parsed.execs.first().time, QDateTime::fromMSecsSinceEpoch(1796690977965LL, Qt::UTC));
    QCOMPARE(parsed.longLines, 0);
}

void TestExecHistory::auditLogHostileInput_data()
{
    QTest::addColumn<QByteArray>("text");
    const qsizetype size = 4 * 1024 * 1024;
    QTest::newRow("one huge line") << QByteArray(size, 'a');
    QTest::newRow("quotes without end") << QByteArray("type=EXECVE msg=audit(1.1:1): a0=\"docker") +
                                               QByteArray(size, '"');
    QByteArray many;
    while (many.size() < size) {
        many += "type=EXECVE msg=audit(1.000:" + QByteArray::number(many.size()) +
                "): argc=63 a0=\"docker\" a1=\"exec\" a2=\"-u\" a3=\"root\"\n";
    }
    QTest::newRow("many docker commands") << many;
    QByteArray fields = "type=EXECVE msg=audit(1.000:1): a0=\"docker\"";
    while (fields.size() < execlog::MaxAuditLine - 16) {
        fields += " a1[0]=" + hex("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }
    QTest::newRow("one argument in thousands of pieces") << fields + "\n";
    QTest::newRow("equals signs") << QByteArray(size, '=');
    QTest::newRow("audit markers") << QByteArray("msg=audit(").repeated(size / 10);
}

void TestExecHistory::auditLogHostileInput()
{
    QFETCH(QByteArray, text);
    QElapsedTimer timer;
    timer.start();
    const AuditLogExecs parsed = execlog::parseAuditLog(text);
    // Linear: 4 MiB takes milliseconds; a quadratic scan would take minutes.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    for (const AuditExec& e : parsed.execs) {
        QVERIFY(e.container.size() <= 256 && e.user.size() <= 256 && e.entrypoint.size() <= 128);
    }
}

void TestExecHistory::roundTrip()
{
    Snapshot s;
    s.execHistory.collected = true;
    s.execHistory.sources.append({QStringLiteral("events"),
                                  true,
                                  QDateTime::fromMSecsSinceEpoch(1796690977965LL, Qt::UTC),
                                  {},
                                  {},
                                  256,
                                  3,
                                  false});
    s.execHistory.sources.append({QStringLiteral("audit"),
                                  false,
                                  {},
                                  QStringLiteral("/var/log/audit/audit.log"),
                                  QStringLiteral("gone"),
                                  0,
                                  0,
                                  true});
    s.execHistory.execs.append({QStringLiteral("events"),
                                QString::fromLatin1(ContainerId),
                                QStringLiteral("e729ea1f"),
                                QDateTime::fromMSecsSinceEpoch(1796690978000LL, Qt::UTC),
                                true,
                                true,
                                QStringLiteral("0:0"),
                                QStringLiteral("sh"),
                                QStringLiteral("healthcheck")});
    s.execHistory.execs.append({QStringLiteral("audit"),
                                QStringLiteral("web"),
                                {},
                                QDateTime::fromMSecsSinceEpoch(1796690979000LL, Qt::UTC),
                                false,
                                false,
                                {},
                                QStringLiteral("id"),
                                {}});
    const QJsonObject json = s.toJson();
    const QJsonDocument text = QJsonDocument::fromJson(QJsonDocument(json).toJson());
    const Result<Snapshot> back = Snapshot::fromJson(text.object());
    QVERIFY(back.ok());
    QVERIFY(back.value().execHistory == s.execHistory);
    QCOMPARE(back.value().toJson(), json);
    QVERIFY(back.value().sameFacts(s));
    Snapshot other = back.value();
    other.execHistory.execs.last().privileged = true;
    QVERIFY(!other.sameFacts(s));
    // The schema refuses a wrong type in it.
    QJsonObject bad = json;
    QJsonObject history = bad.value(QStringLiteral("execHistory")).toObject();
    history.insert(QStringLiteral("collected"), QStringLiteral("yes"));
    bad.insert(QStringLiteral("execHistory"), history);
    QVERIFY(!Snapshot::fromJson(bad).ok());
    // An older snapshot has none, and says so.
    QVERIFY(json.contains(QStringLiteral("execHistory")));
    Snapshot none;
    QVERIFY(!none.toJson().contains(QStringLiteral("execHistory")));
    QVERIFY(!Snapshot::fromJson(none.toJson()).value().execHistory.collected);
}

void TestExecHistory::checks_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("containerUser");
    QTest::addColumn<QString>("history"); // "" none collected; sources and execs as JSON
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence"); // a part of the evidence

    const QString events =
        QStringLiteral(R"({"source":"events","read":true,"since":"2026-12-07T10:00:00.000Z","records":256})");
    const QString eventsFew = QStringLiteral(R"({"source":"events","read":true,"records":12})");
    const QString noEvents = QStringLiteral(R"({"source":"events","read":false,"error":"connection refused"})");
    const QString noAudit =
        QStringLiteral(R"({"source":"audit","read":false,"path":"/var/log/audit/audit.log","error":"not local"})");
    const QString audit = QStringLiteral(R"({"source":"audit","read":true,"path":"/var/log/audit/audit.log",)"
                                         R"("since":"2026-12-07T09:00:00.000Z","records":3})");
    const QString auditEmpty =
        QStringLiteral(R"({"source":"audit","read":true,"path":"/var/log/audit/audit.log","records":0})");
    const auto history = [](const QStringList& sources, const QStringList& execs) {
        return QStringLiteral(R"({"collected":true,"sources":[%1],"execs":[%2]})")
            .arg(sources.join(QLatin1Char(',')), execs.join(QLatin1Char(',')));
    };
    const QString id = QString::fromLatin1(ContainerId);
    const auto exec = [&id](const char* fields, const char* container = "") {
        return QStringLiteral(R"({"source":"events","container":"%1","execId":"x","time":"2026-12-07T11:00:00.000Z",)"
                              R"("known":true,"entrypoint":"sh",%2})")
            .arg(*container ? QString::fromUtf8(container) : id, QString::fromUtf8(fields));
    };
    const auto auditExec = [](const char* container, const char* fields, const char* time) {
        return QStringLiteral(R"({"source":"audit","container":"%1","time":"%2","entrypoint":"mysql",%3})")
            .arg(QString::fromUtf8(container), QString::fromUtf8(time), QString::fromUtf8(fields));
    };
    const QString priv = exec(R"("privileged":true,"user":"")");
    const QString plain = exec(R"("privileged":false,"user":"")");
    const QString asRoot = exec(R"("privileged":false,"user":"0:0")");
    const QString asApp = exec(R"("privileged":false,"user":"app")");

    QTest::newRow("privileged: not collected") << "container.exec-privileged"
                                               << "app"
                                               << ""
                                               << "skipped"
                                               << "no exec history";
    QTest::newRow("privileged: no source readable") << "container.exec-privileged"
                                                    << "app" << history({noEvents, noAudit}, {}) << "skipped"
                                                    << "connection refused";
    QTest::newRow("privileged: audit log without docker is no source")
        << "container.exec-privileged"
        << "app" << history({noEvents, auditEmpty}, {}) << "skipped"
        << "records no docker command";
    QTest::newRow("privileged: none") << "container.exec-privileged"
                                      << "app" << history({events, noAudit}, {plain}) << "pass"
                                      << "event log since 2026-12-07T10:00:00Z";
    QTest::newRow("privileged: none, short log") << "container.exec-privileged"
                                                 << "app" << history({eventsFew, noAudit}, {}) << "pass"
                                                 << "since the daemon started (12 event";
    QTest::newRow("privileged: one") << "container.exec-privileged"
                                     << "app" << history({events, noAudit}, {priv}) << "fail"
                                     << "sh at 2026-12-07T11:00:00Z (daemon event log)";
    QTest::newRow("privileged: another container's")
        << "container.exec-privileged"
        << "app" << history({events, noAudit}, {exec(R"("privileged":true)", "ff")}) << "pass"
        << "No docker exec --privileged";
    QTest::newRow("privileged: a healthcheck is not judged")
        << "container.exec-privileged"
        << "app" << history({events, noAudit}, {exec(R"("privileged":true,"origin":"healthcheck")")}) << "pass"
        << "";
    QTest::newRow("privileged: forgotten exec")
        << "container.exec-privileged"
        << "app" << history({events, noAudit}, {exec(R"("known":false)")}) << "pass"
        << "1 exec(s) the daemon no longer knows";
    QTest::newRow("privileged: audit log by name")
        << "container.exec-privileged"
        << "app" << history({noEvents, audit}, {auditExec("web", R"("privileged":true)", "2026-12-07T12:00:00.000Z")})
        << "fail"
        << "mysql at 2026-12-07T12:00:00Z (audit log)";
    QTest::newRow("privileged: audit log by id prefix")
        << "container.exec-privileged"
        << "app"
        << history({noEvents, audit}, {auditExec("0f913219", R"("privileged":true)", "2026-12-07T12:00:00.000Z")})
        << "fail"
        << "mysql";
    QTest::newRow("privileged: audit log, an earlier container of that name")
        << "container.exec-privileged"
        << "app" << history({noEvents, audit}, {auditExec("web", R"("privileged":true)", "2026-12-01T12:00:00.000Z")})
        << "pass"
        << "audit log /var/log/audit/audit.log since 2026-12-07T09:00:00Z";

    QTest::newRow("root: not collected") << "container.exec-root"
                                         << "app"
                                         << ""
                                         << "skipped"
                                         << "no exec history";
    QTest::newRow("root: no source readable") << "container.exec-root"
                                              << "app" << history({noEvents, noAudit}, {}) << "skipped"
                                              << "not local";
    QTest::newRow("root: none") << "container.exec-root"
                                << "app" << history({events, noAudit}, {asApp}) << "pass"
                                << "No docker exec ran as root";
    QTest::newRow("root: --user 0:0") << "container.exec-root"
                                      << "app" << history({events, noAudit}, {asRoot}) << "warn"
                                      << "with --user 0:0";
    QTest::newRow("root: no --user in a root container") << "container.exec-root"
                                                         << "" << history({events, noAudit}, {plain}) << "warn"
                                                         << "without --user, so as the container's user, root";
    QTest::newRow("root: no --user in a non-root container") << "container.exec-root"
                                                             << "app" << history({events, noAudit}, {plain}) << "pass"
                                                             << "";
    QTest::newRow("root: --user app in a root container") << "container.exec-root"
                                                          << "root" << history({events, noAudit}, {asApp}) << "pass"
                                                          << "";
    QTest::newRow("root: Escut's probe is not judged")
        << "container.exec-root"
        << "" << history({events, noAudit}, {exec(R"("user":"","origin":"escut-probe")")}) << "pass"
        << "";
    QTest::newRow("root: audit log --user=root")
        << "container.exec-root"
        << "app" << history({noEvents, audit}, {auditExec("web", R"("user":"root")", "2026-12-07T12:00:00.000Z")})
        << "warn"
        << "mysql at 2026-12-07T12:00:00Z with --user root (audit log)";
    QStringList many;
    for (int i = 0; i < 8; ++i) {
        many.append(asRoot);
    }
    QTest::newRow("root: bounded evidence") << "container.exec-root"
                                            << "app" << history({events, noAudit}, many) << "warn"
                                            << "and 3 more";
}

void TestExecHistory::checks()
{
    QFETCH(QString, check);
    QFETCH(QString, containerUser);
    QFETCH(QString, history);
    QFETCH(QString, status);
    QFETCH(QString, evidence);

    Snapshot s;
    if (!history.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(history.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + history));
        s.execHistory = ExecHistory::fromJson(doc.object());
    }
    const QJsonObject container{{QStringLiteral("Id"), QString::fromLatin1(ContainerId)},
                                {QStringLiteral("Name"), QStringLiteral("/web")},
                                {QStringLiteral("Created"), QStringLiteral("2026-12-07T08:00:00.123456789Z")},
                                {QStringLiteral("Image"), QStringLiteral("sha256:abc")},
                                {QStringLiteral("Config"), QJsonObject{{QStringLiteral("User"), containerUser}}},
                                {QStringLiteral("HostConfig"), QJsonObject{}}};
    s.containers.append(container);
    const CheckDef* def = findCheck(check);
    QVERIFY(def);
    const Finding f = evaluateCheck(*def, s, Subject::container(container));
    QCOMPARE(statusId(f.status), status);
    QVERIFY2(f.evidence.contains(evidence), qPrintable(f.evidence));
    QVERIFY2(f.evidence.size() < 1000, qPrintable(f.evidence));
}

QTEST_GUILESS_MAIN(TestExecHistory)
#include "test_exechistory.moc"
