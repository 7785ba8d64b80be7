// SPDX-License-Identifier: GPL-3.0-or-later
// The CIS Docker Benchmark v1.6.0 table (core/checks/CisBenchmark.cpp) against the catalogue: every recommendation is
// covered by a check or explained, every id a check names exists; the golden text of `escut-cli cis`
// (tests/data/cis/cis-1.6.0.txt, ESCUT_UPDATE_GOLDEN=1 rewrites it); and the benchmark view of an audit in
// docker-bench-security's text and JSON shapes.
#include "core/audit/Auditor.h"
#include "core/checks/Catalogue.h"
#include "core/checks/CisBenchmark.h"
#include "core/report/CisReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace escut;

class TestCis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void benchmarkIsComplete();
    void everyRecommendationIsCoveredOrExplained();
    void everyCheckNamesKnownRecommendations();
    void idsMovedInVersion160_data();
    void idsMovedInVersion160();
    void golden();
    void selection();
    void shortList();
    void benchmarkText();
    void dbsJson();
    void hostileNamesStayOnTheirLine();
};

namespace
{

QString dataPath(const QString& relative)
{
    const QString root = qEnvironmentVariable("ESCUT_SOURCE_DIR");
    if (!root.isEmpty()) {
        return root + QStringLiteral("/tests/data/") + relative;
    }
    return QFINDTESTDATA(QStringLiteral("../data/") + relative);
}

AuditResult auditOf(const QString& snapshot)
{
    Result<Snapshot> s = Snapshot::load(dataPath(snapshot));
    if (!s) {
        qFatal("cannot load %s", qPrintable(snapshot));
    }
    return Auditor::evaluate(s.value(), {});
}

} // namespace

void TestCis::benchmarkIsComplete()
{
    // v1.6.0: 117 recommendations in sections 1 to 7 (docker-bench-security 1.6.0 lists the same ids).
    QMap<QString, int> perSection;
    int automated = 0;
    QSet<QString> ids;
    for (const CisItem& item : cis::items()) {
        const QString id = QString::fromLatin1(item.id);
        QVERIFY2(!ids.contains(id), item.id);
        ids.insert(id);
        QVERIFY2(!QString::fromLatin1(item.title).isEmpty(), item.id);
        QVERIFY2(!QString::fromLatin1(item.title).contains(QLatin1String("(Automated)")), item.id);
        if (item.kind == Cis::Section) {
            continue;
        }
        ++perSection[cis::sectionOf(id)];
        automated += item.kind == Cis::Automated ? 1 : 0;
    }
    const QMap<QString, int> expected{{QStringLiteral("1"), 20},
                                      {QStringLiteral("2"), 18},
                                      {QStringLiteral("3"), 24},
                                      {QStringLiteral("4"), 12},
                                      {QStringLiteral("5"), 32},
                                      {QStringLiteral("6"), 2},
                                      {QStringLiteral("7"), 9}};
    QCOMPARE(perSection, expected);
    QCOMPARE(automated, 90);
    // Benchmark order: each id comes after the one before it.
    QString previous;
    for (const CisItem& item : cis::items()) {
        const QString id = QString::fromLatin1(item.id);
        if (!previous.isEmpty()) {
            QVERIFY2(cis::lessThan(previous, id), item.id);
        }
        previous = id;
    }
}

void TestCis::everyRecommendationIsCoveredOrExplained()
{
    QStringList neither;
    QStringList both;
    for (const CisItem& item : cis::items()) {
        if (item.kind == Cis::Section) {
            continue;
        }
        const bool covered = !cis::checksFor(QString::fromLatin1(item.id)).isEmpty();
        const bool explained = *item.notChecked;
        if (!covered && !explained) {
            neither.append(QString::fromLatin1(item.id));
        }
        if (covered && explained) {
            both.append(QString::fromLatin1(item.id)); // a stale reason: a check covers it now
        }
    }
    QVERIFY2(neither.isEmpty(), qPrintable(QStringLiteral("neither covered nor explained: ") + neither.join(u' ')));
    QVERIFY2(both.isEmpty(), qPrintable(QStringLiteral("covered, with a stale reason: ") + both.join(u' ')));
}

void TestCis::everyCheckNamesKnownRecommendations()
{
    for (const CheckDef& def : catalogue()) {
        QStringList seen;
        for (const QString& id : def.cis()) {
            const CisItem* item = cis::item(id);
            QVERIFY2(item, qPrintable(QStringLiteral("%1 names %2").arg(QLatin1String(def.id), id)));
            QVERIFY2(item->kind != Cis::Section,
                     qPrintable(QStringLiteral("%1 names a heading").arg(QLatin1String(def.id))));
            QVERIFY2(!seen.contains(id), def.id);
            seen.append(id);
        }
        QStringList sorted = seen;
        std::sort(sorted.begin(), sorted.end(), cis::lessThan);
        QVERIFY2(sorted == seen, qPrintable(QStringLiteral("%1: ids out of order").arg(QLatin1String(def.id))));
    }
}

void TestCis::idsMovedInVersion160_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QStringList>("ids");
    // The container items moved by one in v1.6.0 (5.1 is swarm mode); section 2 and 3 as v1.6.0 numbers them.
    const auto row = [](const char* check, QStringList ids) {
        QTest::newRow(check) << QString::fromLatin1(check) << ids;
    };
    row("container.privileged", {QStringLiteral("5.5")});
    row("container.capabilities", {QStringLiteral("5.4")});
    row("container.sensitive-mounts", {QStringLiteral("5.6")});
    row("container.memory", {QStringLiteral("5.11")});
    row("container.cpus", {QStringLiteral("5.12")});
    row("container.read-only", {QStringLiteral("5.13")});
    row("container.ports-bind", {QStringLiteral("5.14")});
    row("container.restart-policy", {QStringLiteral("5.15")});
    row("container.ulimits", {QStringLiteral("5.19")});
    row("container.seccomp", {QStringLiteral("5.22")});
    row("container.no-new-privileges", {QStringLiteral("5.26")});
    row("container.health", {QStringLiteral("5.27")});
    row("container.pids", {QStringLiteral("5.29")});
    row("container.docker-socket", {QStringLiteral("5.32")});
    row("container.namespaces",
        {QStringLiteral("5.10"),
         QStringLiteral("5.16"),
         QStringLiteral("5.17"),
         QStringLiteral("5.21"),
         QStringLiteral("5.31")});
    row("container.apparmor", {QStringLiteral("5.2"), QStringLiteral("5.3")});
    row("daemon.no-new-privileges", {QStringLiteral("2.14")});
    row("daemon.live-restore", {QStringLiteral("2.15")});
    row("daemon.userland-proxy-off", {QStringLiteral("2.16")});
    row("daemon.socket-perms", {QStringLiteral("3.15"), QStringLiteral("3.16")});
    row("host.firewall", {QStringLiteral("2.4")});
}

void TestCis::idsMovedInVersion160()
{
    QFETCH(QString, check);
    QFETCH(QStringList, ids);
    const CheckDef* def = findCheck(check);
    QVERIFY(def);
    QCOMPARE(def->cis(), ids);
    for (const QString& id : ids) {
        QVERIFY(cis::checksFor(id).contains(def));
    }
}

void TestCis::golden()
{
    const QString path = dataPath(QStringLiteral("cis/cis-1.6.0.txt"));
    const QByteArray text = cisTableText(ReportOptions{}).toUtf8();
    if (qEnvironmentVariableIsSet("ESCUT_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text);
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray golden = f.readAll();
    if (golden != text) {
        const QList<QByteArray> a = golden.split('\n');
        const QList<QByteArray> b = text.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            if (a.value(i) != b.value(i)) {
                QFAIL(qPrintable(QStringLiteral("line %1 differs: golden '%2', now '%3' (the coverage changed: "
                                                "review, then ESCUT_UPDATE_GOLDEN=1 rewrites %4)")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(b.value(i)), path)));
            }
        }
    }
    // The summary line counts what the items say.
    const QJsonObject json = cisTableJson();
    QCOMPARE(json.value(QStringLiteral("recommendations")).toInt(), 117);
    QVERIFY(text.startsWith(QStringLiteral("CIS Docker Benchmark v1.6.0: 117 recommendations, %1 covered")
                                .arg(json.value(QStringLiteral("covered")).toInt())
                                .toUtf8()));
}

void TestCis::selection()
{
    const CisSelection all;
    QVERIFY(all.selects(QStringLiteral("5.10")));
    const CisSelection section5{{QStringLiteral("5")}, {QStringLiteral("5.7")}};
    QVERIFY(section5.selects(QStringLiteral("5.10")));
    QVERIFY(!section5.selects(QStringLiteral("5.7")));
    QVERIFY(!section5.selects(QStringLiteral("2.1")));
    const CisSelection heading{{QStringLiteral("1.1")}, {}};
    QVERIFY(heading.selects(QStringLiteral("1.1.18")));
    QVERIFY(!heading.selects(QStringLiteral("1.2.1")));
    // "5.1" is the recommendation 5.1 and nothing under it: 5.10 is not below 5.1.
    const CisSelection one{{QStringLiteral("5.1")}, {}};
    QVERIFY(one.selects(QStringLiteral("5.1")));
    QVERIFY(!one.selects(QStringLiteral("5.10")));
    QCOMPARE(unknownCisPattern({QStringLiteral("5"), QStringLiteral("2.18")}), QString());
    QCOMPARE(unknownCisPattern({QStringLiteral("5.33")}), QStringLiteral("5.33"));
    QCOMPARE(unknownCisPattern({QStringLiteral("8")}), QStringLiteral("8")); // section 8 is not part of v1.6.0's 1-7
}

void TestCis::shortList()
{
    const auto ids = [](const char* text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '));
    };
    QCOMPARE(cis::shortList({}), QString());
    QCOMPARE(cis::shortList(ids("5.5")), QStringLiteral("5.5"));
    QCOMPARE(cis::shortList(ids("3.15 3.16")), QStringLiteral("3.15, 3.16")); // two stay two
    QCOMPARE(cis::shortList(ids("3.9 3.10 3.11 3.12 3.13 3.14")), QStringLiteral("3.9\u20133.14"));
    QCOMPARE(cis::shortList(ids("5.10 5.16 5.17 5.21 5.31")), QStringLiteral("5.10, 5.16, 5.17, 5.21, 5.31"));
    QCOMPARE(cis::shortList(ids("3.5 3.6 3.17 3.18")), QStringLiteral("3.5, 3.6, 3.17, 3.18"));
    QCOMPARE(cis::shortList(findCheck(QStringLiteral("host.audit-rules"))->cis()), QStringLiteral("1.1.3\u20131.1.18"));
    // 1.2.1 does not follow 1.1.18, nor 2.1 1.9: only the last number counts, under the same prefix.
    QCOMPARE(cis::shortList(ids("1.1.17 1.1.18 1.2.1")), QStringLiteral("1.1.17, 1.1.18, 1.2.1"));
    QCOMPARE(cis::shortList(ids("1.9 2.10 2.11")), QStringLiteral("1.9, 2.10, 2.11"));
}

void TestCis::benchmarkText()
{
    // The hardened and the weak container of the integration test on a real dockerd.
    const AuditResult audit = auditOf(QStringLiteral("snapshots/integration-hardened-weak.json"));
    const QString text = cisBenchmarkText(audit, ReportOptions{}, CisSelection{{QStringLiteral("5")}, {}});
    QVERIFY2(text.contains(QLatin1String("[INFO] 5 - Container Runtime\n")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("[WARN] 5.32 - Ensure that the Docker socket is not mounted inside any "
                                        "containers (Automated)\n")));
    QVERIFY(text.contains(QLatin1String("[WARN]      * escut-weak: ")));
    QVERIFY(text.contains(QLatin1String("[PASS] 5.5 - Ensure that privileged containers are not used (Automated)\n")));
    QVERIFY(text.contains(QLatin1String("[NOTE] 5.7 - Ensure sshd is not run within containers (Automated)\n")));
    QVERIFY(!text.contains(QLatin1String(" 2.1 - ")));
    // CIS order: 5.9 before 5.10.
    QVERIFY(text.indexOf(QLatin1String("] 5.9 - ")) < text.indexOf(QLatin1String("] 5.10 - ")));
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("^\\[(PASS|WARN|INFO|NOTE)\\] 5\\.[0-9]+ - "),
                                           QRegularExpression::MultilineOption)),
             32);
    QVERIFY(text.contains(QLatin1String("[INFO] Checks: 32\n")));
    // Excluded recommendations and sections disappear; their headings too when nothing is left under them.
    const QString some =
        cisBenchmarkText(audit, ReportOptions{}, CisSelection{{QStringLiteral("1.1"), QStringLiteral("5.32")}, {}});
    QVERIFY(some.contains(QLatin1String("[INFO] 1 - Host Configuration\n")));
    QVERIFY(some.contains(QLatin1String("[INFO] 1.1 - Linux Hosts Specific Configuration\n")));
    QVERIFY(!some.contains(QLatin1String("1.2 - General Configuration")));
    QVERIFY(some.contains(QLatin1String("] 5.32 - ")));
    QVERIFY(!some.contains(QLatin1String("] 5.31 - ")));
}

void TestCis::dbsJson()
{
    const AuditResult audit = auditOf(QStringLiteral("snapshots/integration-hardened-weak.json"));
    const QJsonObject log = dbsJsonReport(audit, CisSelection{}, 1700000100);
    QCOMPARE(log.value(QStringLiteral("dockerbenchsecurity")).toString(), QStringLiteral("1.6.0"));
    QCOMPARE(log.value(QStringLiteral("start")).toInteger(), audit.snapshot.collectedAt.toSecsSinceEpoch());
    QCOMPARE(log.value(QStringLiteral("end")).toInteger(), 1700000100);
    const QJsonArray tests = log.value(QStringLiteral("tests")).toArray();
    QCOMPARE(tests.size(), 7);
    int checks = 0;
    int score = 0;
    QStringList sections;
    for (const QJsonValue& t : tests) {
        const QJsonObject section = t.toObject();
        sections.append(section.value(QStringLiteral("id")).toString());
        QVERIFY(!section.value(QStringLiteral("desc")).toString().isEmpty());
        for (const QJsonValue& r : section.value(QStringLiteral("results")).toArray()) {
            const QJsonObject result = r.toObject();
            ++checks;
            const QString id = result.value(QStringLiteral("id")).toString();
            QCOMPARE(cis::sectionOf(id), sections.last());
            const QString status = result.value(QStringLiteral("result")).toString();
            QVERIFY2(
                QStringList(
                    {QStringLiteral("PASS"), QStringLiteral("WARN"), QStringLiteral("INFO"), QStringLiteral("NOTE")})
                    .contains(status),
                qPrintable(id));
            const CisItem* item = cis::item(id);
            QVERIFY(item);
            QVERIFY(
                result.value(QStringLiteral("desc"))
                    .toString()
                    .endsWith(item->kind == Cis::Automated ? QLatin1String("(Automated)") : QLatin1String("(Manual)")));
            if (item->kind == Cis::Automated && status == QLatin1String("PASS")) {
                ++score;
            } else if (item->kind == Cis::Automated && status == QLatin1String("WARN")) {
                --score;
            }
            if (result.contains(QStringLiteral("items"))) {
                QVERIFY(result.value(QStringLiteral("items")).isArray());
            }
        }
    }
    QCOMPARE(sections,
             QStringList({QStringLiteral("1"),
                          QStringLiteral("2"),
                          QStringLiteral("3"),
                          QStringLiteral("4"),
                          QStringLiteral("5"),
                          QStringLiteral("6"),
                          QStringLiteral("7")}));
    QCOMPARE(checks, 117);
    QCOMPARE(log.value(QStringLiteral("checks")).toInt(), 117);
    QCOMPARE(log.value(QStringLiteral("score")).toInt(), score);
}

void TestCis::hostileNamesStayOnTheirLine()
{
    AuditResult audit = auditOf(QStringLiteral("snapshots/integration-hardened-weak.json"));
    for (Finding& f : audit.findings) {
        if (f.subject.name == QLatin1String("escut-weak")) {
            f.subject.name = QStringLiteral("evil\n[PASS] 5.32 - forged\x1b[2J");
        }
    }
    const QString text = cisBenchmarkText(audit, ReportOptions{}, CisSelection{{QStringLiteral("5.32")}, {}});
    QVERIFY2(!text.contains(QLatin1String("\n[PASS] 5.32")), qPrintable(text));
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(text.contains(QLatin1String("evil\\n[PASS] 5.32 - forged")));
}

QTEST_GUILESS_MAIN(TestCis)
#include "test_cis.moc"
