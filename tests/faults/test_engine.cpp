// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: a hostile Docker Engine never makes escut-cli crash, hang or grow without bound. Each case runs the real
// escut-cli against tests/faults/fake_dockerd.py with one misbehaviour and checks the exit code, the wall time against
// a bound derived from --timeout, the peak RSS, that no raw control character reaches the terminal and that a failed
// audit leaves no -o file behind.
#include "tests/faults/FaultHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace escut::test;

namespace
{

// The ids fake_dockerd.py gives its containers: web, db, cache, worker.
QString containerId(int n)
{
    return QStringLiteral("%1").arg(n, 2, 16, QLatin1Char('0')).repeated(32);
}

} // namespace

class TestEngineFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hangAfterHeaders();
    void slowBody();
    void endlessChunkedBody();
    void hugeBodies();
    void garbageInsteadOfHttp();
    void resetDuringInspect();
    void daemonRestartsDuringAudit();
    void listedContainerVanished();
    void controlCharactersInNamesAndErrors();
    void controlCharactersInFatalError();
    void cleanupTestCase();

private:
    struct Audit
    {
        CliRun run;
        QString reportPath;
        QJsonObject report; // empty when no report was written
        QString daemonLog;
    };
    // Audits the fake daemon in `scenario` (JSON report to -o unless args say otherwise) and records the case's row.
    // existingReport: the content of an -o file from an earlier audit, written before this one.
    Audit audit(const QString& name,
                const QString& scenario,
                const QStringList& extraArgs,
                double boundSeconds,
                const QByteArray& existingReport = {});
    // Every issue of the report as "collector: message detail".
    static QStringList issues(const QJsonObject& report);
    static QStringList containerNames(const QJsonObject& report);

    QTemporaryDir m_dir{QStringLiteral("/tmp/escut-faults-XXXXXX")};
    QList<CaseRow> m_rows;
};

void TestEngineFaults::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY2(!cliPath().isEmpty(), "ESCUT_CLI is not set");
    QVERIFY(m_dir.isValid());
    QVERIFY2(runProcess(QStringLiteral("python3"), {QStringLiteral("--version")}).exitCode == 0, "python3 is needed");
}

TestEngineFaults::Audit TestEngineFaults::audit(const QString& name,
                                                const QString& scenario,
                                                const QStringList& extraArgs,
                                                double boundSeconds,
                                                const QByteArray& existingReport)
{
    Audit a;
    const QString dir = m_dir.path() + QLatin1Char('/') + name;
    QDir().mkpath(dir + QStringLiteral("/cache"));
    FakeDaemon daemon(dir, scenario);
    if (!daemon.ready()) {
        qWarning("fake daemon did not start: %s", qPrintable(daemon.log()));
        return a;
    }
    a.reportPath = dir + QStringLiteral("/report.json");
    if (!existingReport.isEmpty()) {
        QFile earlier(a.reportPath);
        if (!earlier.open(QIODevice::WriteOnly) || earlier.write(existingReport) != existingReport.size()) {
            return a;
        }
    }
    QStringList args{QStringLiteral("audit"),
                     QStringLiteral("--host"),
                     daemon.url(),
                     QStringLiteral("--no-history"),
                     QStringLiteral("--fail-on"),
                     QStringLiteral("none"),
                     QStringLiteral("--only"),
                     QStringLiteral("daemon,container")};
    if (!extraArgs.contains(QStringLiteral("--format"))) {
        args << QStringLiteral("--format") << QStringLiteral("json") << QStringLiteral("-o") << a.reportPath;
    }
    if (!extraArgs.contains(QStringLiteral("--timeout"))) {
        args << QStringLiteral("--timeout") << QStringLiteral("2");
    }
    args += extraArgs;
    // The hard limit only stops a hung escut-cli so that the test can report it; the bound is what is asserted.
    a.run = runMeasured(cliPath(),
                        args,
                        {QStringLiteral("XDG_CACHE_HOME=") + dir + QStringLiteral("/cache"),
                         QStringLiteral("NO_COLOR=1"),
                         QStringLiteral("DOCKER_HOST=")},
                        dir,
                        int(boundSeconds * 1000) + 30000);
    a.daemonLog = daemon.log();
    QFile report(a.reportPath);
    if (report.open(QIODevice::ReadOnly)) {
        a.report = QJsonDocument::fromJson(report.readAll()).object();
    }
    m_rows.append({name, a.run.exitCode, a.run.seconds, a.run.peakRssKb / 1024, boundSeconds});
    qInfo("%s: exit %d, %.2f s (bound %.0f s), peak RSS %lld MB",
          qPrintable(name),
          a.run.exitCode,
          a.run.seconds,
          boundSeconds,
          a.run.peakRssKb / 1024);
    return a;
}

QStringList TestEngineFaults::issues(const QJsonObject& report)
{
    QStringList list;
    for (const QJsonValue& v : report.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject o = v.toObject();
        list.append(QStringLiteral("%1: %2 %3")
                        .arg(o.value(QStringLiteral("collector")).toString(),
                             o.value(QStringLiteral("message")).toString(),
                             o.value(QStringLiteral("detail")).toString()));
    }
    return list;
}

QStringList TestEngineFaults::containerNames(const QJsonObject& report)
{
    QSet<QString> names;
    for (const QJsonValue& v : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject subject = v.toObject().value(QStringLiteral("subject")).toObject();
        if (subject.value(QStringLiteral("kind")).toString() == QLatin1String("container")) {
            names.insert(subject.value(QStringLiteral("name")).toString());
        }
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

// Shared by every case: bounded in time and memory, nothing raw on the terminal.
#define VERIFY_BOUNDED(a, boundSeconds, rssMb)                                                                         \
    do {                                                                                                               \
        QVERIFY2((a).run.started, "escut-cli did not start");                                                          \
        QVERIFY2(!(a).run.killedByHarness, qPrintable((a).run.describe()));                                            \
        QVERIFY2((a).run.signal == 0, qPrintable((a).run.describe()));                                                 \
        QVERIFY2((a).run.seconds < (boundSeconds), qPrintable((a).run.describe()));                                    \
        QVERIFY2((a).run.peakRssKb < qint64(rssMb) * 1024, qPrintable((a).run.describe()));                            \
        QVERIFY2(!hasRawControl((a).run.out), qPrintable((a).run.describe()));                                         \
        QVERIFY2(!hasRawControl((a).run.err), qPrintable((a).run.describe()));                                         \
    } while (false)

// The daemon sends the headers of /info and then nothing: the request times out after --timeout, and without /info
// there is no audit (exit 2), and no report file.
void TestEngineFaults::hangAfterHeaders()
{
    const Audit a = audit(QStringLiteral("hang-after-headers"), QStringLiteral("hang-headers"), {}, 12);
    VERIFY_BOUNDED(a, 12, 256);
    QCOMPARE(a.run.exitCode, 2);
    static const QRegularExpression timedOut(
        QStringLiteral("did not answer /v[0-9.]+/info within the request timeout of 2 s"));
    QVERIFY2(timedOut.match(QString::fromUtf8(a.run.err)).hasMatch(), qPrintable(a.run.describe()));
    QVERIFY2(!QFileInfo::exists(a.reportPath), "a failed audit left its -o file behind");
}

// One container's inspect trickles a byte every 100 ms: --timeout bounds the whole request, not the idle time, so
// that container is an issue after 2 s and the other three are audited.
void TestEngineFaults::slowBody()
{
    const Audit a = audit(QStringLiteral("slow-body"), QStringLiteral("slow-body"), {}, 12);
    VERIFY_BOUNDED(a, 12, 256);
    QCOMPARE(a.run.exitCode, 0);
    const QString all = issues(a.report).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("within the request timeout of 2 s")) && all.contains(containerId(2)),
             qPrintable(all + a.run.describe()));
    QCOMPARE(containerNames(a.report),
             QStringList({QStringLiteral("cache"), QStringLiteral("web"), QStringLiteral("worker")}));
}

// /containers/json never ends (chunked): stopped at the 64 MiB response limit, long before --timeout 30; the audit
// goes on without containers and says why.
void TestEngineFaults::endlessChunkedBody()
{
    const Audit a = audit(QStringLiteral("endless-chunked"),
                          QStringLiteral("endless-chunked"),
                          {QStringLiteral("--timeout"), QStringLiteral("30")},
                          20);
    // One 64 MiB body over the ~30 MB of an idle escut-cli.
    VERIFY_BOUNDED(a, 20, 200);
    QCOMPARE(a.run.exitCode, 0);
    const QString all = issues(a.report).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("sent more than 64 MiB for")) &&
                 all.contains(QStringLiteral("/containers/json")),
             qPrintable(all + a.run.describe()));
    QCOMPARE(a.report.value(QStringLiteral("daemon")).toObject().value(QStringLiteral("containers")).toInt(-1), 0);
}

// Eight containers whose inspect bodies are 300 MB each (four with Content-Length, four chunked), all at once: each
// stops at the 64 MiB response limit and all together at the 256 MiB in-flight limit, so the process stays far below
// 8 x 300 MB.
void TestEngineFaults::hugeBodies()
{
    const Audit a = audit(QStringLiteral("300MB-bodies"),
                          QStringLiteral("big-body"),
                          {QStringLiteral("--timeout"), QStringLiteral("30")},
                          30);
    // At most 256 MiB in flight over the ~30 MB of an idle escut-cli (before 7af388f: 490-560 MB).
    VERIFY_BOUNDED(a, 30, 400);
    QCOMPARE(a.run.exitCode, 0);
    const QStringList list = issues(a.report);
    QCOMPARE(list.size(), 8);
    for (const QString& issue : list) {
        QVERIFY2(issue.contains(QStringLiteral("MiB")), qPrintable(issue));
    }
    QCOMPARE(a.report.value(QStringLiteral("daemon")).toObject().value(QStringLiteral("containers")).toInt(-1), 0);
}

// Not HTTP at all (binary bytes and terminal escapes) on /_ping: not a Docker daemon, exit 2, the bytes never reach
// the terminal raw.
void TestEngineFaults::garbageInsteadOfHttp()
{
    const Audit a = audit(QStringLiteral("garbage"), QStringLiteral("garbage"), {}, 12, "an earlier report\n");
    VERIFY_BOUNDED(a, 12, 256);
    QCOMPARE(a.run.exitCode, 2);
    QVERIFY2(a.run.err.startsWith("escut-cli: ") && a.run.err.contains("did not answer in HTTP"),
             qPrintable(a.run.describe()));
    // The -o file of an earlier audit is neither truncated nor replaced.
    QFile earlier(a.reportPath);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("an earlier report\n"));
}

// The connection breaks in the middle of one container's inspect: that container is an issue saying so, the others
// are audited.
void TestEngineFaults::resetDuringInspect()
{
    const Audit a = audit(QStringLiteral("reset-inspect"), QStringLiteral("reset-inspect"), {}, 12);
    VERIFY_BOUNDED(a, 12, 256);
    QCOMPARE(a.run.exitCode, 0);
    const QString all = issues(a.report).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("broke off")) && all.contains(containerId(2)),
             qPrintable(all + a.run.describe()));
    QCOMPARE(containerNames(a.report),
             QStringList({QStringLiteral("cache"), QStringLiteral("web"), QStringLiteral("worker")}));
}

// The daemon restarts (every connection dropped, the socket gone for 1.5 s) after listing its containers: the audit
// finishes, and every listed container is either audited or named in an issue.
void TestEngineFaults::daemonRestartsDuringAudit()
{
    const Audit a = audit(QStringLiteral("daemon-restart"), QStringLiteral("restart"), {}, 12);
    VERIFY_BOUNDED(a, 12, 256);
    QVERIFY2(a.daemonLog.contains(QStringLiteral("restarting")), qPrintable(a.daemonLog));
    QCOMPARE(a.run.exitCode, 0);
    const QString all = issues(a.report).join(QLatin1Char('\n'));
    const QStringList audited = containerNames(a.report);
    const QStringList names{QStringLiteral("web"),
                            QStringLiteral("db"),
                            QStringLiteral("cache"),
                            QStringLiteral("worker")};
    QVERIFY2(!all.isEmpty(), qPrintable(a.run.describe()));
    for (int i = 1; i <= 4; ++i) {
        QVERIFY2(audited.contains(names.at(i - 1)) || all.contains(containerId(i)),
                 qPrintable(names.at(i - 1) + QStringLiteral(" is neither audited nor an issue:\n") + all));
    }
}

// /containers/json lists a container whose inspect is 404 (removed in between): it is skipped, not an error.
void TestEngineFaults::listedContainerVanished()
{
    const Audit a = audit(QStringLiteral("vanished-404"), QStringLiteral("vanished"), {}, 12);
    VERIFY_BOUNDED(a, 12, 256);
    QCOMPARE(a.run.exitCode, 0);
    QCOMPARE(issues(a.report), QStringList());
    QCOMPARE(containerNames(a.report),
             QStringList({QStringLiteral("db"), QStringLiteral("web"), QStringLiteral("worker")}));
}

// ESC, BEL, CSI and a bidi override in a container name, a label and a daemon error message: the text report shows
// them as escapes, never raw.
void TestEngineFaults::controlCharactersInNamesAndErrors()
{
    const Audit a = audit(QStringLiteral("control-chars"),
                          QStringLiteral("control-chars"),
                          {QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--verbose")},
                          12);
    VERIFY_BOUNDED(a, 12, 256);
    QCOMPARE(a.run.exitCode, 0);
    QVERIFY2(a.run.out.contains("evil\\x1b]0;pwned\\x07"), qPrintable(a.run.describe()));
    QVERIFY2(a.run.out.contains("inspect failed\\x1b[2J"), qPrintable(a.run.describe()));
}

// The same bytes in the error that ends the audit (/_ping answers 500): stderr shows them escaped, exit 2.
void TestEngineFaults::controlCharactersInFatalError()
{
    const Audit a = audit(QStringLiteral("control-chars-fatal"), QStringLiteral("ping-error-esc"), {}, 12);
    VERIFY_BOUNDED(a, 12, 256);
    QCOMPARE(a.run.exitCode, 2);
    QVERIFY2(a.run.err.contains("answered /_ping with HTTP 500: it does not look like a Docker daemon") &&
                 a.run.err.contains("daemon broke"),
             qPrintable(a.run.describe()));
    QVERIFY2(!QFileInfo::exists(a.reportPath), "a failed audit left its -o file behind");
}

void TestEngineFaults::cleanupTestCase()
{
    const QString table = tableOf(m_rows);
    qInfo("\n%s", qPrintable(table));
    QFile out(QStringLiteral("faults_engine.md"));
    if (out.open(QIODevice::WriteOnly)) {
        out.write(table.toUtf8());
    }
}

QTEST_GUILESS_MAIN(TestEngineFaults)
#include "test_engine.moc"
