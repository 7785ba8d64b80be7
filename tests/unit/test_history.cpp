// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite audit history: record, list, diff, retention, migrations, and what happens when the database is
// damaged or locked (a clear error, and the audit itself goes on).
#include "tests/common/TestUtil.h"

#include "core/audit/History.h"
#include "core/report/ReportUtil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace escut;

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordAndList();
    void diffBetweenAudits();
    void sinceAndEndpointFilters();
    void retentionDropsOldAudits();
    void migratesOldSchema();
    void migratesSchema2();
    void findingsRoundTrip();
    void refusesNewerSchema();
    void damagedDatabase();
    void lockedDatabase();
    void cliKeepsAuditingWithBrokenHistory();
    void cliHistoryAndDiff();

private:
    AuditResult demo(bool withoutWeb = false) const;
    static bool writeAsSchema2(QSqlDatabase& db, const AuditResult& result, const QString& endpoint);
    QString dbPath(const QString& name) const
    {
        return m_dir.filePath(name + QStringLiteral(".sqlite"));
    }
    QTemporaryDir m_dir;
    Snapshot m_snapshot;
};

void TestHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<Snapshot> s = Snapshot::load(test::sourceDir() + QStringLiteral("/resources/demo/snapshot.json"));
    QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().fullText()));
    m_snapshot = s.value();
}

AuditResult TestHistory::demo(bool withoutWeb) const
{
    Snapshot s = m_snapshot;
    if (withoutWeb) {
        // The reckless container is gone: its problems are "fixed" in the next audit.
        for (qsizetype i = 0; i < s.containers.size(); ++i) {
            if (s.containers.at(i).value(QStringLiteral("Name")).toString() == QLatin1String("/ci-runner")) {
                s.containers.removeAt(i);
                break;
            }
        }
        s.collectedAt = s.collectedAt.addSecs(3600);
    }
    return Auditor::evaluate(s, {});
}

void TestHistory::recordAndList()
{
    HistoryStore store(dbPath(QStringLiteral("list")));
    const AuditResult r = demo();
    QElapsedTimer timer;
    timer.start();
    const Result<qint64> id = store.record(r, QStringLiteral("unix:///var/run/docker.sock"));
    qInfo("history write of %lld findings: %lld ms", qint64(r.findings.size()), timer.elapsed());
    QVERIFY2(id.ok(), id ? "" : qPrintable(id.error().fullText()));
    const Result<QList<HistoryAudit>> audits = store.audits();
    QVERIFY(audits.ok());
    QCOMPARE(audits.value().size(), 1);
    const HistoryAudit& a = audits.value().first();
    QCOMPARE(a.id, id.value());
    QCOMPARE(a.overallScore, r.score.overall.score());
    QCOMPARE(a.overall.fail, r.score.overall.fail);
    QCOMPARE(a.time, r.snapshot.collectedAt.toUTC());
    QCOMPARE(a.layerScores.value(QStringLiteral("container")), r.score.layers.value(Layer::Container).score());
    const Result<QList<HistoryFinding>> findings = store.findings(a.id);
    QVERIFY(findings.ok());
    QCOMPARE(findings.value().size(), r.findings.size());
    QCOMPARE(findings.value().first().checkId, QString::fromLatin1(r.findings.first().check->id));
}

void TestHistory::diffBetweenAudits()
{
    HistoryStore store(dbPath(QStringLiteral("diff")));
    const Result<qint64> a = store.record(demo(), QStringLiteral("e"));
    const Result<qint64> b = store.record(demo(true), QStringLiteral("e"));
    QVERIFY(a.ok() && b.ok());
    const HistoryDiff d = diffFindings(store.findings(a.value()).value(), store.findings(b.value()).value());
    QVERIFY(d.added.isEmpty());
    QVERIFY(!d.fixed.isEmpty());
    QVERIFY(!d.unchanged.isEmpty());
    for (const HistoryFinding& f : d.fixed) {
        QVERIFY2(f.subjectName == QLatin1String("ci-runner") || f.subjectKind != QLatin1String("container"),
                 qPrintable(f.subjectName));
    }
    bool privilegedFixed = false;
    for (const HistoryFinding& f : d.fixed) {
        privilegedFixed |= f.checkId == QLatin1String("container.docker-socket");
    }
    QVERIFY(privilegedFixed);
    // The other way round the same findings are new.
    const HistoryDiff back = diffFindings(store.findings(b.value()).value(), store.findings(a.value()).value());
    QCOMPARE(back.added.size(), d.fixed.size());
    QCOMPARE(back.unchanged.size(), d.unchanged.size());
}

void TestHistory::sinceAndEndpointFilters()
{
    HistoryStore store(dbPath(QStringLiteral("filters")));
    QVERIFY(store.record(demo(), QStringLiteral("one")).ok());
    QVERIFY(store.record(demo(true), QStringLiteral("two")).ok());
    QCOMPARE(store.audits({}, QStringLiteral("two")).value().size(), 1);
    QCOMPARE(store.audits(m_snapshot.collectedAt.addSecs(60)).value().size(), 1);
    QCOMPARE(store.audits({}, {}, 1).value().first().endpoint, QStringLiteral("two")); // newest first
}

void TestHistory::retentionDropsOldAudits()
{
    HistoryStore store(dbPath(QStringLiteral("retention")));
    QCOMPARE(store.retentionDays().value(), HistoryStore::DefaultRetentionDays);
    AuditResult old = demo();
    old.snapshot.collectedAt = QDateTime::currentDateTimeUtc().addDays(-10);
    QVERIFY(store.record(old, QStringLiteral("e")).ok());
    AuditResult recent = demo();
    recent.snapshot.collectedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(store.record(recent, QStringLiteral("e")).ok());
    QCOMPARE(store.audits().value().size(), 2);
    QVERIFY(store.setRetentionDays(7).ok());
    QCOMPARE(store.prune().value(), 1);
    QCOMPARE(store.audits().value().size(), 1);
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
    raw.setDatabaseName(store.path());
    QVERIFY(raw.open());
    QSqlQuery q(raw);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM finding_sets")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // the findings went with their audit
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
}

void TestHistory::migratesOldSchema()
{
    const QString path = dbPath(QStringLiteral("v1"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        // Schema 1 as Escut 0.1 wrote it, with one audit in it.
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE audits (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, endpoint TEXT NOT NULL, "
            "tool_version TEXT NOT NULL, duration_ms INTEGER NOT NULL, score INTEGER, pass INTEGER NOT NULL, "
            "warn INTEGER NOT NULL, fail INTEGER NOT NULL, info INTEGER NOT NULL, skipped INTEGER NOT NULL, "
            "error INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE layer_scores (audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE, "
            "layer TEXT NOT NULL, score INTEGER, pass INTEGER NOT NULL, warn INTEGER NOT NULL, fail INTEGER NOT NULL, "
            "info INTEGER NOT NULL, skipped INTEGER NOT NULL, error INTEGER NOT NULL, PRIMARY KEY (audit_id, "
            "layer))")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE findings (audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE, key TEXT NOT "
            "NULL, check_id TEXT NOT NULL, layer TEXT NOT NULL, severity TEXT NOT NULL, subject_kind TEXT NOT NULL, "
            "subject_name TEXT NOT NULL, status TEXT NOT NULL, evidence TEXT NOT NULL, line INTEGER NOT NULL DEFAULT "
            "0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audits VALUES (1, '2026-11-01T00:00:00.000Z', 'old', '0.1.0', 5, "
                                      "50, 1, 0, 1, 0, 0, 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO findings VALUES (1, 'container.privileged|container|web', "
                                      "'container.privileged', 'container', 'critical', 'container', 'web', 'fail', "
                                      "'HostConfig.Privileged is true', 0)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    HistoryStore store(path);
    QVERIFY(store.open().ok());
    QCOMPARE(store.audits().value().size(), 1);
    QCOMPARE(store.audits().value().first().endpoint, QStringLiteral("old"));
    QVERIFY(store.setRetentionDays(0).ok()); // the settings table came with migration 2
    // An audit stored before schema 3 keeps its findings readable.
    const QList<HistoryFinding> old = store.findings(1).value();
    QCOMPARE(old.size(), 1);
    QCOMPARE(old.first().subjectName, QStringLiteral("web"));
    QCOMPARE(old.first().status, QStringLiteral("fail"));
    const Result<qint64> id = store.record(demo(), QStringLiteral("new"));
    QVERIFY(id.ok());
    QCOMPARE(store.audits().value().size(), 2);
    QCOMPARE(store.findings(id.value()).value().size(), demo().findings.size());
}

// One audit as Escut with schema 2 stored it (HistoryStore::record before 152cf43): the audit row, one row per layer
// score and one row per finding in `findings`, in one transaction.
bool TestHistory::writeAsSchema2(QSqlDatabase& db, const AuditResult& result, const QString& endpoint)
{
    const auto counts = [](QSqlQuery& q, const LayerScore& s) {
        for (int n : {s.pass, s.warn, s.fail, s.info, s.skipped, s.error}) {
            q.addBindValue(n);
        }
    };
    if (!db.transaction()) {
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audits (time, endpoint, tool_version, duration_ms, score, pass, warn, fail, "
                             "info, skipped, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(result.snapshot.collectedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(endpoint);
    q.addBindValue(QStringLiteral("0.2.0"));
    q.addBindValue(1234);
    const int overall = result.score.overall.score();
    q.addBindValue(overall < 0 ? QVariant() : QVariant(overall));
    counts(q, result.score.overall);
    if (!q.exec()) {
        return false;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery layer(db);
    layer.prepare(QStringLiteral("INSERT INTO layer_scores (audit_id, layer, score, pass, warn, fail, info, skipped, "
                                 "error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (auto it = result.score.layers.cbegin(); it != result.score.layers.cend(); ++it) {
        layer.addBindValue(id);
        layer.addBindValue(layerId(it.key()));
        const int score = it.value().score();
        layer.addBindValue(score < 0 ? QVariant() : QVariant(score));
        counts(layer, it.value());
        if (!layer.exec()) {
            return false;
        }
    }
    QSqlQuery finding(db);
    finding.prepare(QStringLiteral("INSERT INTO findings (audit_id, key, check_id, layer, severity, subject_kind, "
                                   "subject_name, status, evidence, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Finding& f : result.findings) {
        finding.addBindValue(id);
        finding.addBindValue(findingKey(f));
        finding.addBindValue(QString::fromLatin1(f.check->id));
        finding.addBindValue(layerId(f.check->layer));
        finding.addBindValue(severityId(f.check->severity));
        finding.addBindValue(scopeId(f.subject.scope));
        finding.addBindValue(f.subject.name);
        finding.addBindValue(statusId(f.status));
        finding.addBindValue(f.evidence);
        finding.addBindValue(f.line);
        if (!finding.exec()) {
            return false;
        }
    }
    return db.commit();
}

void TestHistory::migratesSchema2()
{
    // Two audits (the second without the reckless container) in a database exactly as schema 2 wrote it, with a
    // retention setting of its own; one finding carries text that needs care and a line number.
    AuditResult older = demo();
    QVERIFY(older.findings.size() > 2);
    older.findings[0].evidence = QString::fromUtf8("l\xC3\xADnia \"1\"\n\t</x> \xF0\x9F\x94\x92");
    older.findings[0].line = 7;
    const AuditResult newer = demo(true);
    const QString path = dbPath(QStringLiteral("v2"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const char* statement :
             {"CREATE TABLE audits (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, endpoint TEXT NOT NULL, "
              "tool_version TEXT NOT NULL, duration_ms INTEGER NOT NULL, score INTEGER, pass INTEGER NOT NULL, "
              "warn INTEGER NOT NULL, fail INTEGER NOT NULL, info INTEGER NOT NULL, skipped INTEGER NOT NULL, "
              "error INTEGER NOT NULL)",
              "CREATE TABLE layer_scores (audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE, layer "
              "TEXT NOT NULL, score INTEGER, pass INTEGER NOT NULL, warn INTEGER NOT NULL, fail INTEGER NOT NULL, "
              "info INTEGER NOT NULL, skipped INTEGER NOT NULL, error INTEGER NOT NULL, PRIMARY KEY (audit_id, "
              "layer))",
              "CREATE TABLE findings (audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE, key TEXT NOT "
              "NULL, check_id TEXT NOT NULL, layer TEXT NOT NULL, severity TEXT NOT NULL, subject_kind TEXT NOT NULL, "
              "subject_name TEXT NOT NULL, status TEXT NOT NULL, evidence TEXT NOT NULL, line INTEGER NOT NULL "
              "DEFAULT 0)",
              "PRAGMA user_version = 1",
              "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
              "CREATE INDEX findings_audit ON findings (audit_id)",
              "CREATE INDEX audits_time ON audits (time)",
              "PRAGMA user_version = 2",
              "INSERT INTO settings (key, value) VALUES ('retention_days', '0')"}) {
            QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
        }
        QVERIFY(writeAsSchema2(raw, older, QStringLiteral("unix:///var/run/docker.sock")));
        QVERIFY(writeAsSchema2(raw, newer, QStringLiteral("tcp://10.0.0.2:2376")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    qint64 newId = 0;
    {
        HistoryStore store(path);
        const VoidResult opened = store.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().fullText()));
        // The setting survived: 0 keeps everything (the default would be 365).
        QCOMPARE(store.retentionDays().value(), 0);
        const QList<HistoryAudit> audits = store.audits().value();
        QCOMPARE(audits.size(), qsizetype(2));
        const HistoryAudit& a = audits.at(1); // newest first
        const HistoryAudit& b = audits.at(0);
        QCOMPARE(a.id, qint64(1));
        QCOMPARE(b.id, qint64(2));
        QCOMPARE(a.endpoint, QStringLiteral("unix:///var/run/docker.sock"));
        QCOMPARE(b.endpoint, QStringLiteral("tcp://10.0.0.2:2376"));
        QCOMPARE(a.toolVersion, QStringLiteral("0.2.0"));
        QCOMPARE(a.durationMs, qint64(1234));
        QCOMPARE(a.time, older.snapshot.collectedAt.toUTC());
        QCOMPARE(b.time, newer.snapshot.collectedAt.toUTC());
        QCOMPARE(a.overallScore, older.score.overall.score());
        QCOMPARE(a.overall.fail, older.score.overall.fail);
        QCOMPARE(a.overall.pass, older.score.overall.pass);
        QCOMPARE(b.overall.fail, newer.score.overall.fail);
        QCOMPARE(a.layerScores.size(), older.score.layers.size());
        for (auto it = older.score.layers.cbegin(); it != older.score.layers.cend(); ++it) {
            QCOMPARE(a.layerScores.value(layerId(it.key()), -2), it.value().score());
            QCOMPARE(a.layerCounts.value(layerId(it.key())).warn, it.value().warn);
        }
        // Every finding of both old audits, in order, field by field.
        for (const auto& [id, result] : {std::pair{qint64(1), &std::as_const(older)}, std::pair{qint64(2), &newer}}) {
            const Result<QList<HistoryFinding>> back = store.findings(id);
            QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().fullText()));
            QCOMPARE(back.value().size(), result->findings.size());
            for (qsizetype i = 0; i < result->findings.size(); ++i) {
                const Finding& f = result->findings.at(i);
                const HistoryFinding& h = back.value().at(i);
                QCOMPARE(h.key, findingKey(f));
                QCOMPARE(h.checkId, QString::fromLatin1(f.check->id));
                QCOMPARE(h.layer, layerId(f.check->layer));
                QCOMPARE(h.severity, severityId(f.check->severity));
                QCOMPARE(h.subjectKind, scopeId(f.subject.scope));
                QCOMPARE(h.subjectName, f.subject.name);
                QCOMPARE(h.status, statusId(f.status));
                QCOMPARE(h.evidence, f.evidence);
                QCOMPARE(h.line, f.line);
            }
        }
        // The diff of the two old audits: the reckless container's findings are fixed.
        const HistoryDiff d = diffFindings(store.findings(1).value(), store.findings(2).value());
        QVERIFY(d.added.isEmpty());
        QVERIFY(!d.fixed.isEmpty());
        QVERIFY(std::all_of(d.fixed.cbegin(), d.fixed.cend(), [](const HistoryFinding& f) {
            return f.subjectName == QLatin1String("ci-runner") || f.subjectKind != QLatin1String("container");
        }));
        // A new audit after the migration goes into finding_sets, and diffs against an old one.
        const Result<qint64> id = store.record(older, QStringLiteral("unix:///var/run/docker.sock"));
        QVERIFY(id.ok());
        newId = id.value();
        QCOMPARE(newId, qint64(3));
        QCOMPARE(store.audits().value().size(), qsizetype(3)); // retention 0: nothing pruned
        const HistoryDiff same = diffFindings(store.findings(1).value(), store.findings(newId).value());
        QVERIFY(same.added.isEmpty());
        QVERIFY(same.fixed.isEmpty());
        QCOMPARE(same.unchanged.size(),
                 diffFindings(store.findings(newId).value(), store.findings(newId).value()).unchanged.size());
    }
    // On disk: schema 3, the old audits' findings still in their rows, the new one in one finding_sets row.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2-check"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), HistoryStore::SchemaVersion);
        QCOMPARE(HistoryStore::SchemaVersion, 3);
        QVERIFY(q.exec(QStringLiteral("SELECT audit_id, count(*) FROM findings GROUP BY audit_id ORDER BY audit_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1LL);
        QCOMPARE(q.value(1).toLongLong(), qlonglong(older.findings.size()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 2LL);
        QCOMPARE(q.value(1).toLongLong(), qlonglong(newer.findings.size()));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT audit_id, count FROM finding_sets")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qlonglong(newId));
        QCOMPARE(q.value(1).toLongLong(), qlonglong(older.findings.size()));
        QVERIFY(!q.next());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2-check"));
}

void TestHistory::findingsRoundTrip()
{
    // Every field of every finding comes back as it went in, hostile text included.
    AuditResult result = demo();
    QVERIFY(result.findings.size() > 2);
    result.findings[0].subject.name =
        QStringLiteral("a\"b\\c\n</script>") + QChar(0xd800) + QString::fromUtf8(" \xc3\xb1");
    result.findings[1].evidence = QString::fromUtf8("contrasenya \xF0\x9F\x94\x92\t[\"x\", 1]");
    result.findings[1].line = 42;
    HistoryStore store(dbPath(QStringLiteral("roundtrip")));
    const Result<qint64> id = store.record(result, QStringLiteral("unix:///var/run/docker.sock"));
    QVERIFY(id.ok());
    const Result<QList<HistoryFinding>> back = store.findings(id.value());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().fullText()));
    QCOMPARE(back.value().size(), result.findings.size());
    for (qsizetype i = 0; i < result.findings.size(); ++i) {
        const Finding& f = result.findings.at(i);
        const HistoryFinding& h = back.value().at(i);
        QCOMPARE(h.key, findingKey(f));
        QCOMPARE(h.checkId, QString::fromLatin1(f.check->id));
        QCOMPARE(h.layer, layerId(f.check->layer));
        QCOMPARE(h.severity, severityId(f.check->severity));
        QCOMPARE(h.subjectKind, scopeId(f.subject.scope));
        QCOMPARE(h.status, statusId(f.status));
        QCOMPARE(h.evidence, f.evidence);
        QCOMPARE(h.line, f.line);
        QCOMPARE(h.subjectName, f.subject.name); // an unpaired surrogate too: it is stored escaped
    }
}

void TestHistory::refusesNewerSchema()
{
    const QString path = dbPath(QStringLiteral("future"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    HistoryStore store(path);
    const VoidResult opened = store.open();
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QLatin1String("newer Escut")), qPrintable(opened.error().message));
}

void TestHistory::damagedDatabase()
{
    const QString path = dbPath(QStringLiteral("damaged"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    HistoryStore store(path);
    const Result<qint64> id = store.record(demo(), QStringLiteral("e"));
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, Error::Code::ParseError);
    QVERIFY2(id.error().message.contains(QLatin1String("damaged")), qPrintable(id.error().fullText()));
    QVERIFY(id.error().message.contains(path));
}

void TestHistory::lockedDatabase()
{
    const QString path = dbPath(QStringLiteral("locked"));
    HistoryStore store(path);
    QVERIFY(store.open().ok());
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    other.setDatabaseName(path);
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    // Returns (after the busy timeout) with an error, never waits forever (the test's own timeout would catch that).
    const Result<qint64> id = store.record(demo(), QStringLiteral("e"));
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(QLatin1String("locked")), qPrintable(id.error().fullText()));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(store.record(demo(), QStringLiteral("e")).ok()); // and works again once the lock is gone
    lock = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
}

void TestHistory::cliKeepsAuditingWithBrokenHistory()
{
    QTemporaryDir state;
    QFile f(state.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\x01'));
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ESCUT_STATE_DIR"), state.path());
    p.setProcessEnvironment(env);
    p.start(test::cliPath(),
            {QStringLiteral("audit"),
             QStringLiteral("--snapshot"),
             test::sourceDir() + QStringLiteral("/resources/demo/snapshot.json"),
             QStringLiteral("--format"),
             QStringLiteral("json"),
             QStringLiteral("--fail-on"),
             QStringLiteral("none")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QVERIFY(!report.value(QStringLiteral("findings")).toArray().isEmpty());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("damaged")), qPrintable(err));
}

void TestHistory::cliHistoryAndDiff()
{
    QTemporaryDir state;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ESCUT_STATE_DIR"), state.path());
    auto cli = [&](const QStringList& args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), args);
        p.waitForFinished(60000);
        return std::pair{p.exitCode(), p.readAllStandardOutput()};
    };
    // Two audits of saved snapshots: the second lost the reckless container.
    const QString first = m_dir.filePath(QStringLiteral("first.json"));
    const QString second = m_dir.filePath(QStringLiteral("second.json"));
    QVERIFY(demo().snapshot.save(first).ok());
    QVERIFY(demo(true).snapshot.save(second).ok());
    for (const QString& s : {first, second}) {
        QCOMPARE(cli({QStringLiteral("audit"),
                      QStringLiteral("--snapshot"),
                      s,
                      QStringLiteral("--fail-on"),
                      QStringLiteral("none"),
                      QStringLiteral("-o"),
                      QStringLiteral("/dev/null")})
                     .first,
                 0);
    }
    QCOMPARE(cli({QStringLiteral("audit"),
                  QStringLiteral("--snapshot"),
                  first,
                  QStringLiteral("--no-history"),
                  QStringLiteral("-o"),
                  QStringLiteral("/dev/null"),
                  QStringLiteral("--fail-on"),
                  QStringLiteral("none")})
                 .first,
             0);
    const auto [historyCode, historyOut] =
        cli({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(historyCode, 0);
    const QJsonArray audits = QJsonDocument::fromJson(historyOut).object().value(QStringLiteral("audits")).toArray();
    QCOMPARE(audits.size(), qsizetype(2)); // --no-history stored nothing
    const auto [diffCode, diffOut] = cli({QStringLiteral("diff"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(diffCode, 0); // nothing new
    const QJsonObject diff = QJsonDocument::fromJson(diffOut).object();
    QVERIFY(!diff.value(QStringLiteral("fixed")).toArray().isEmpty());
    QVERIFY(diff.value(QStringLiteral("new")).toArray().isEmpty());
    const QString a = QString::number(audits.at(0).toObject().value(QStringLiteral("id")).toInt());
    const QString b = QString::number(audits.at(1).toObject().value(QStringLiteral("id")).toInt());
    const auto [backCode, backOut] = cli({QStringLiteral("diff"), a, b});
    QCOMPARE(backCode, 1); // newest to oldest: the reckless container's findings are new
    QVERIFY(backOut.contains("container.docker-socket  ci-runner"));
    QCOMPARE(cli({QStringLiteral("diff"), QStringLiteral("999"), a}).first, 2);
    QVERIFY(cli({QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("not-a-date")}).first == 2);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "test_history.moc"
