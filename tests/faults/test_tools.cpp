// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: a hostile local tool never makes escut-cli crash, hang, grow without bound or leave processes behind. Each
// case puts shell-script fakes first on PATH (ToolRunner resolves tools there) and audits a healthy fake daemon
// (tests/faults/fake_dockerd.py) with the real escut-cli.
#include "tests/faults/FaultHarness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace escut::test;

namespace
{

// Answers of a healthy host for the storage probes: / on an ext4 partition, and that partition's block devices.
const QByteArray s_findmnt = "echo '{\"filesystems\": [{\"target\": \"/\", \"source\": \"/dev/vda1\", \"fstype\": "
                             "\"ext4\"}]}'\n";
const QByteArray s_lsblkCrypt = "echo '{\"blockdevices\": [{\"name\": \"cryptroot\", \"type\": \"crypt\", \"fstype\": "
                                "\"ext4\", \"children\": [{\"name\": \"vda1\", \"type\": \"part\", \"fstype\": "
                                "\"crypto_LUKS\"}]}]}'\n";

} // namespace

class TestToolFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannerHangs();
    void scannerHangsOnVersion();
    void scannerFloodsOutput();
    void scannerPrintsInvalidJson();
    void hostToolHangs();
    void hostToolKilledBySigkill();
    void hostToolSegfaults();
    void cryptsetupSegfaults();
    void hostToolLeavesChildHoldingPipe();
    void cleanupTestCase();

private:
    struct Audit
    {
        CliRun run;
        QString reportText; // the JSON report, empty when none was written
        QList<pid_t> leftovers;
    };
    // Audits a healthy fake daemon with the given fakes (name -> script body) first on PATH. marker: a word in the
    // command line of every process the fakes start, to find those that outlived escut-cli.
    Audit audit(const QString& name,
                const QMap<QString, QByteArray>& fakes,
                const QStringList& extraArgs,
                double boundSeconds,
                const QByteArray& marker = {});

    QTemporaryDir m_dir{QStringLiteral("/tmp/escut-faults-XXXXXX")};
    QList<CaseRow> m_rows;
};

void TestToolFaults::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY2(!cliPath().isEmpty(), "ESCUT_CLI is not set");
    QVERIFY(m_dir.isValid());
    QVERIFY2(runProcess(QStringLiteral("python3"), {QStringLiteral("--version")}).exitCode == 0, "python3 is needed");
}

TestToolFaults::Audit TestToolFaults::audit(const QString& name,
                                            const QMap<QString, QByteArray>& fakes,
                                            const QStringList& extraArgs,
                                            double boundSeconds,
                                            const QByteArray& marker)
{
    Audit a;
    const QString dir = m_dir.path() + QLatin1Char('/') + name;
    const QString bin = dir + QStringLiteral("/bin");
    QDir().mkpath(bin);
    QDir().mkpath(dir + QStringLiteral("/cache"));
    // The package manager's simulated upgrade takes seconds and is not what these cases are about.
    QMap<QString, QByteArray> all{{QStringLiteral("apt-get"), "exit 0\n"}};
    all.insert(fakes);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (!writeExecutable(bin + QLatin1Char('/') + it.key(), it.value())) {
            qWarning("cannot write %s", qPrintable(it.key()));
            return a;
        }
    }
    FakeDaemon daemon(dir, QStringLiteral("healthy"));
    if (!daemon.ready()) {
        qWarning("fake daemon did not start: %s", qPrintable(daemon.log()));
        return a;
    }
    const QString reportPath = dir + QStringLiteral("/report.json");
    const QStringList args = QStringList{QStringLiteral("audit"),
                                         QStringLiteral("--host"),
                                         daemon.url(),
                                         QStringLiteral("--no-history"),
                                         QStringLiteral("--fail-on"),
                                         QStringLiteral("none"),
                                         QStringLiteral("--timeout"),
                                         QStringLiteral("5"),
                                         QStringLiteral("--format"),
                                         QStringLiteral("json"),
                                         QStringLiteral("-o"),
                                         reportPath} +
                             extraArgs;
    a.run = runMeasured(cliPath(),
                        args,
                        {QStringLiteral("PATH=") + bin + QLatin1Char(':') + qEnvironmentVariable("PATH"),
                         QStringLiteral("XDG_CACHE_HOME=") + dir + QStringLiteral("/cache"),
                         QStringLiteral("NO_COLOR=1"),
                         QStringLiteral("DOCKER_HOST=")},
                        dir,
                        int(boundSeconds * 1000) + 30000);
    if (!marker.isEmpty()) {
        // A process killed a moment ago may take a few milliseconds to go; one still there after 3 s was left behind.
        QElapsedTimer settle;
        settle.start();
        while (!(a.leftovers = processesWith(marker)).isEmpty() && settle.elapsed() < 3000) {
            QTest::qWait(50);
        }
        for (const pid_t pid : a.leftovers) {
            ::kill(pid, SIGKILL); // started by this test's fakes
        }
    }
    QFile report(reportPath);
    if (report.open(QIODevice::ReadOnly)) {
        a.reportText = QString::fromUtf8(report.readAll());
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

#define VERIFY_BOUNDED(a, boundSeconds, rssMb)                                                                         \
    do {                                                                                                               \
        QVERIFY2((a).run.started, "escut-cli did not start");                                                          \
        QVERIFY2(!(a).run.killedByHarness, qPrintable((a).run.describe()));                                            \
        QVERIFY2((a).run.signal == 0, qPrintable((a).run.describe()));                                                 \
        QVERIFY2((a).run.seconds < (boundSeconds), qPrintable((a).run.describe()));                                    \
        QVERIFY2((a).run.peakRssKb < qint64(rssMb) * 1024, qPrintable((a).run.describe()));                            \
        QVERIFY2(!hasRawControl((a).run.out), qPrintable((a).run.describe()));                                         \
        QVERIFY2(!hasRawControl((a).run.err), qPrintable((a).run.describe()));                                         \
        QVERIFY2((a).leftovers.isEmpty(), "a fake tool's process outlived escut-cli");                                 \
    } while (false)

#define VERIFY_REPORT_SAYS(a, text)                                                                                    \
    QVERIFY2((a).reportText.contains(text),                                                                            \
             qPrintable(QStringLiteral("the report does not say \"%1\"\n%2\n%3")                                       \
                            .arg(text, (a).reportText.left(3000), (a).run.describe())))

// trivy hangs on its scan: stopped at --scan-timeout 3 with its child, and the scan is an error that says why.
void TestToolFaults::scannerHangs()
{
    const Audit a = audit(
        QStringLiteral("trivy-hangs"),
        {{QStringLiteral("trivy"), "case \"$1\" in --version) echo 'Version: 0.50.1';; *) sleep 987601;; esac\n"}},
        {QStringLiteral("--only"),
         QStringLiteral("supply-chain"),
         QStringLiteral("--scan-timeout"),
         QStringLiteral("3")},
        15,
        "987601");
    VERIFY_BOUNDED(a, 15, 256);
    QCOMPARE(a.run.exitCode, 0);
    VERIFY_REPORT_SAYS(a, QStringLiteral("--scan-timeout"));
}

// trivy hangs already on --version: that run counts against --scan-timeout too.
void TestToolFaults::scannerHangsOnVersion()
{
    const Audit a = audit(QStringLiteral("trivy-hangs-on-version"),
                          {{QStringLiteral("trivy"), "sleep 987602\n"}},
                          {QStringLiteral("--only"),
                           QStringLiteral("supply-chain"),
                           QStringLiteral("--scan-timeout"),
                           QStringLiteral("3")},
                          15,
                          "987602");
    VERIFY_BOUNDED(a, 15, 256);
    QCOMPARE(a.run.exitCode, 0);
    VERIFY_REPORT_SAYS(a, QStringLiteral("--scan-timeout"));
}

// trivy prints 100 MB: cut at the 64 MiB output cap, killed, and reported as too much output.
void TestToolFaults::scannerFloodsOutput()
{
    const Audit a = audit(QStringLiteral("trivy-100MB-output"),
                          {{QStringLiteral("trivy"),
                            "case \"$1\" in --version) echo 'Version: 0.50.1';; *) head -c 100000000 /dev/zero | "
                            "tr '\\000' x;; esac\n"}},
                          {QStringLiteral("--only"),
                           QStringLiteral("supply-chain"),
                           QStringLiteral("--scan-timeout"),
                           QStringLiteral("20")},
                          30);
    // The 64 MiB output cap over the ~30 MB of an idle escut-cli.
    VERIFY_BOUNDED(a, 30, 400);
    QCOMPARE(a.run.exitCode, 0);
    VERIFY_REPORT_SAYS(a, QStringLiteral("trivy printed more than Escut reads"));
}

// dockle prints something that is not JSON: the lint is an error naming the parse error.
void TestToolFaults::scannerPrintsInvalidJson()
{
    const Audit a = audit(QStringLiteral("dockle-invalid-json"),
                          {{QStringLiteral("dockle"),
                            "case \"$1\" in --version) echo 'dockle version 0.4.14';; *) printf '{\"summary\": "
                            "[1, 2,\\033[2J';; esac\n"}},
                          {QStringLiteral("--only"),
                           QStringLiteral("supply-chain"),
                           QStringLiteral("--scan-timeout"),
                           QStringLiteral("20")},
                          20);
    VERIFY_BOUNDED(a, 20, 256);
    QCOMPARE(a.run.exitCode, 0);
    VERIFY_REPORT_SAYS(a, QStringLiteral("dockle printed something that is not JSON"));
}

// findmnt hangs: stopped at the host tools' 10 s limit with its child; the storage facts say so.
void TestToolFaults::hostToolHangs()
{
    const Audit a = audit(QStringLiteral("findmnt-hangs"),
                          {{QStringLiteral("findmnt"), "sleep 987603\n"}},
                          {QStringLiteral("--only"), QStringLiteral("host,encryption")},
                          40,
                          "987603");
    VERIFY_BOUNDED(a, 40, 256);
    QCOMPARE(a.run.exitCode, 0);
    VERIFY_REPORT_SAYS(a, QStringLiteral("findmnt did not finish within 10 second"));
}

// lsblk is killed by SIGKILL: a failed probe that says it stopped, not a crash of escut-cli.
void TestToolFaults::hostToolKilledBySigkill()
{
    const Audit a = audit(QStringLiteral("lsblk-sigkill"),
                          {{QStringLiteral("findmnt"), s_findmnt}, {QStringLiteral("lsblk"), "kill -9 $$\n"}},
                          {QStringLiteral("--only"), QStringLiteral("host,encryption")},
                          20);
    VERIFY_BOUNDED(a, 20, 256);
    QCOMPARE(a.run.exitCode, 0);
    VERIFY_REPORT_SAYS(a, QStringLiteral("lsblk stopped unexpectedly"));
}

// findmnt dies of SIGSEGV: the same.
void TestToolFaults::hostToolSegfaults()
{
    const Audit a = audit(QStringLiteral("findmnt-sigsegv"),
                          {{QStringLiteral("findmnt"), "kill -SEGV $$\n"}},
                          {QStringLiteral("--only"), QStringLiteral("host,encryption")},
                          20);
    VERIFY_BOUNDED(a, 20, 256);
    QCOMPARE(a.run.exitCode, 0);
    VERIFY_REPORT_SAYS(a, QStringLiteral("findmnt stopped unexpectedly"));
}

// cryptsetup (run for the dm-crypt device under /) dies of SIGSEGV: the data root still counts as encrypted, as
// lsblk shows, with its cipher unknown.
void TestToolFaults::cryptsetupSegfaults()
{
    const Audit a = audit(QStringLiteral("cryptsetup-sigsegv"),
                          {{QStringLiteral("findmnt"), s_findmnt},
                           {QStringLiteral("lsblk"), s_lsblkCrypt},
                           {QStringLiteral("cryptsetup"), "kill -SEGV $$\n"}},
                          {QStringLiteral("--only"), QStringLiteral("host,encryption")},
                          20);
    VERIFY_BOUNDED(a, 20, 256);
    QCOMPARE(a.run.exitCode, 0);
    VERIFY_REPORT_SAYS(a, QStringLiteral("a dm-crypt device (lsblk -s: cryptroot); cipher unknown"));
}

// findmnt answers and exits, but leaves a child that holds its stdout open: escut-cli takes the answer, goes on at
// once, and the child does not outlive the audit.
void TestToolFaults::hostToolLeavesChildHoldingPipe()
{
    const Audit a = audit(QStringLiteral("findmnt-child-holds-pipe"),
                          {{QStringLiteral("findmnt"), "sleep 987604 &\n" + s_findmnt}},
                          {QStringLiteral("--only"), QStringLiteral("host,encryption")},
                          20,
                          "987604");
    VERIFY_BOUNDED(a, 20, 256);
    QCOMPARE(a.run.exitCode, 0);
}

void TestToolFaults::cleanupTestCase()
{
    const QString table = tableOf(m_rows);
    qInfo("\n%s", qPrintable(table));
    QFile out(QStringLiteral("faults_tools.md"));
    if (out.open(QIODevice::WriteOnly)) {
        out.write(table.toUtf8());
    }
}

QTEST_GUILESS_MAIN(TestToolFaults)
#include "test_tools.moc"
