// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/History.h"

#include "core/report/JsonText.h"
#include "core/report/ReportUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace escut
{

namespace
{

// Schema migrations, applied in order; migration i brings user_version from i to i + 1. Never edit one that
// shipped: add another.
const QList<QStringList> s_migrations{
    // 1: audits, their layer scores and findings.
    {QStringLiteral("CREATE TABLE audits (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, "
                    "endpoint TEXT NOT NULL, tool_version TEXT NOT NULL, duration_ms INTEGER NOT NULL, "
                    "score INTEGER, pass INTEGER NOT NULL, warn INTEGER NOT NULL, fail INTEGER NOT NULL, "
                    "info INTEGER NOT NULL, skipped INTEGER NOT NULL, error INTEGER NOT NULL)"),
     QStringLiteral("CREATE TABLE layer_scores (audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE, "
                    "layer TEXT NOT NULL, score INTEGER, pass INTEGER NOT NULL, warn INTEGER NOT NULL, "
                    "fail INTEGER NOT NULL, info INTEGER NOT NULL, skipped INTEGER NOT NULL, error INTEGER NOT NULL, "
                    "PRIMARY KEY (audit_id, layer))"),
     QStringLiteral("CREATE TABLE findings (audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE, "
                    "key TEXT NOT NULL, check_id TEXT NOT NULL, layer TEXT NOT NULL, severity TEXT NOT NULL, "
                    "subject_kind TEXT NOT NULL, subject_name TEXT NOT NULL, status TEXT NOT NULL, "
                    "evidence TEXT NOT NULL, line INTEGER NOT NULL DEFAULT 0)")},
    // 2: settings (retention) and the indexes that history/diff queries use.
    {QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
     QStringLiteral("CREATE INDEX findings_audit ON findings (audit_id)"),
     QStringLiteral("CREATE INDEX audits_time ON audits (time)")},
    // 3: an audit's findings in one row (FindingRowsEncoding), written in one statement instead of one per finding;
    // audits stored before keep theirs in `findings`, which is still read.
    {QStringLiteral("CREATE TABLE finding_sets (audit_id INTEGER PRIMARY KEY REFERENCES audits(id) ON DELETE "
                    "CASCADE, encoding TEXT NOT NULL, count INTEGER NOT NULL, data BLOB NOT NULL)")},
};

// finding_sets.data: zlib (qCompress) of a JSON array with one array per finding:
// [key, check_id, layer, severity, subject_kind, subject_name, status, evidence, line].
const QLatin1StringView FindingRowsEncoding("json-rows+zlib/1");

QByteArray encodeFindings(const QList<Finding>& findings)
{
    using jsontext::appendRaw;
    using jsontext::appendString;
    using jsontext::appendStringContent;
    QByteArray json;
    json.reserve(64 + findings.size() * 200);
    appendRaw(json, "[");
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding& f = findings.at(i);
        appendRaw(json, i ? ",[\"" : "[\"");
        // findingKey(f), written in place.
        const QLatin1StringView checkId(f.check->id);
        const QString scope = scopeId(f.subject.scope);
        appendStringContent(json, checkId);
        appendRaw(json, "|");
        appendStringContent(json, scope);
        appendRaw(json, "|");
        appendStringContent(json, f.subject.name);
        appendRaw(json, "\",");
        appendString(json, checkId);
        appendRaw(json, ",");
        appendString(json, layerId(f.check->layer));
        appendRaw(json, ",");
        appendString(json, severityId(f.check->severity));
        appendRaw(json, ",");
        appendString(json, scope);
        appendRaw(json, ",");
        appendString(json, f.subject.name);
        appendRaw(json, ",");
        appendString(json, statusId(f.status));
        appendRaw(json, ",");
        appendString(json, f.evidence);
        appendRaw(json, ",");
        appendRaw(json, QByteArray::number(f.line));
        appendRaw(json, "]");
    }
    appendRaw(json, "]");
    return qCompress(json, 1); // level 1: several times faster than the default, and text compresses well anyway
}

// One stored finding from its nine columns, in the order of FindingRowsEncoding and of the findings table;
// `at(i)` is a QVariant (SQL row) or a QJsonValue (encoded row).
template <typename At> HistoryFinding findingFromColumns(const At& at)
{
    HistoryFinding f;
    f.key = at(0).toString();
    f.checkId = at(1).toString();
    f.layer = at(2).toString();
    f.severity = at(3).toString();
    f.subjectKind = at(4).toString();
    f.subjectName = at(5).toString();
    f.status = at(6).toString();
    f.evidence = at(7).toString();
    f.line = at(8).toInt();
    return f;
}

std::optional<QList<HistoryFinding>> decodeFindings(const QByteArray& data)
{
    const QByteArray json = qUncompress(data);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        return std::nullopt;
    }
    QList<HistoryFinding> out;
    out.reserve(doc.array().size());
    for (const QJsonValue& row : doc.array()) {
        const QJsonArray r = row.toArray();
        if (r.size() != 9) {
            return std::nullopt;
        }
        out.append(findingFromColumns([&r](int i) { return r.at(i); }));
    }
    return out;
}

void bindCounts(QSqlQuery& q, const LayerScore& s)
{
    q.addBindValue(s.pass);
    q.addBindValue(s.warn);
    q.addBindValue(s.fail);
    q.addBindValue(s.info);
    q.addBindValue(s.skipped);
    q.addBindValue(s.error);
}

LayerScore readCounts(const QSqlQuery& q, int first)
{
    LayerScore s;
    s.pass = q.value(first).toInt();
    s.warn = q.value(first + 1).toInt();
    s.fail = q.value(first + 2).toInt();
    s.info = q.value(first + 3).toInt();
    s.skipped = q.value(first + 4).toInt();
    s.error = q.value(first + 5).toInt();
    return s;
}

QJsonObject countsJson(const LayerScore& s, int score)
{
    return QJsonObject{{QStringLiteral("score"), score < 0 ? QJsonValue() : QJsonValue(score)},
                       {QStringLiteral("pass"), s.pass},
                       {QStringLiteral("warn"), s.warn},
                       {QStringLiteral("fail"), s.fail},
                       {QStringLiteral("info"), s.info},
                       {QStringLiteral("skipped"), s.skipped},
                       {QStringLiteral("error"), s.error}};
}

} // namespace

QJsonObject HistoryAudit::toJson() const
{
    QJsonObject layers;
    for (auto it = layerCounts.cbegin(); it != layerCounts.cend(); ++it) {
        layers.insert(it.key(), countsJson(it.value(), layerScores.value(it.key(), -1)));
    }
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("time"), time.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("toolVersion"), toolVersion},
                       {QStringLiteral("durationMs"), durationMs},
                       {QStringLiteral("scores"),
                        QJsonObject{{QStringLiteral("overall"), countsJson(overall, overallScore)},
                                    {QStringLiteral("layers"), layers}}}};
}

bool HistoryFinding::isProblem() const
{
    return status == QLatin1String("fail") || status == QLatin1String("warn");
}

QJsonObject HistoryFinding::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), checkId},
                  {QStringLiteral("layer"), layer},
                  {QStringLiteral("severity"), severity},
                  {QStringLiteral("subject"),
                   QJsonObject{{QStringLiteral("kind"), subjectKind}, {QStringLiteral("name"), subjectName}}},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("evidence"), evidence},
                  {QStringLiteral("fingerprint"), key}};
    if (line > 0) {
        o.insert(QStringLiteral("line"), line);
    }
    return o;
}

HistoryDiff diffFindings(const QList<HistoryFinding>& older, const QList<HistoryFinding>& newer)
{
    QSet<QString> olderProblems;
    for (const HistoryFinding& f : older) {
        if (f.isProblem()) {
            olderProblems.insert(f.key);
        }
    }
    QSet<QString> newerProblems;
    HistoryDiff diff;
    for (const HistoryFinding& f : newer) {
        if (!f.isProblem()) {
            continue;
        }
        newerProblems.insert(f.key);
        (olderProblems.contains(f.key) ? diff.unchanged : diff.added).append(f);
    }
    for (const HistoryFinding& f : older) {
        if (f.isProblem() && !newerProblems.contains(f.key)) {
            diff.fixed.append(f);
        }
    }
    return diff;
}

HistoryStore::HistoryStore(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("escut-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::defaultPath()
{
    const QString state = qEnvironmentVariable("ESCUT_STATE_DIR");
    const QString base =
        state.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : state;
    return base + QStringLiteral("/history.sqlite");
}

Error HistoryStore::sqlError(const QString& detail) const
{
    const QString lower = detail.toLower();
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy"))) {
        return makeError(Error::Code::IoError,
                         tr("The history database %1 is locked by another program; this audit was not stored "
                            "(try again when the other Escut has finished).")
                             .arg(m_path),
                         detail);
    }
    if (lower.contains(QLatin1String("not a database")) || lower.contains(QLatin1String("malformed")) ||
        lower.contains(QLatin1String("corrupt"))) {
        return makeError(
            Error::Code::ParseError,
            tr("The history database %1 is damaged; move it aside and Escut starts a new one.").arg(m_path),
            detail);
    }
    return makeError(Error::Code::IoError, tr("The history database %1 cannot be used.").arg(m_path), detail);
}

VoidResult HistoryStore::open()
{
    if (m_open) {
        return Ok{};
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        return makeError(Error::Code::IoError,
                         tr("Cannot create the directory of the history database %1.").arg(m_path));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        return makeError(Error::Code::ToolNotInstalled,
                         tr("The SQLite driver of Qt is missing (install libqt6sql6-sqlite); audits are not stored."));
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        return sqlError(db.lastError().text());
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        return sqlError(pragma.lastError().text());
    }
    m_open = true;
    if (VoidResult migrated = migrate(); !migrated) {
        m_open = false;
        db.close();
        return migrated;
    }
    return Ok{};
}

VoidResult HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return sqlError(q.lastError().text());
    }
    const int version = q.value(0).toInt();
    if (version > SchemaVersion) {
        return makeError(Error::Code::InvalidArgument,
                         tr("The history database %1 was written by a newer Escut (schema %2, this one knows %3).")
                             .arg(m_path)
                             .arg(version)
                             .arg(SchemaVersion));
    }
    for (int v = version; v < SchemaVersion; ++v) {
        if (!db.transaction()) {
            return sqlError(db.lastError().text());
        }
        for (const QString& statement : s_migrations.at(v)) {
            QSqlQuery step(db);
            if (!step.exec(statement)) {
                const QString detail = step.lastError().text();
                db.rollback();
                return sqlError(detail);
            }
        }
        QSqlQuery bump(db);
        if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !db.commit()) {
            const QString detail = bump.lastError().text() + db.lastError().text();
            db.rollback();
            return sqlError(detail);
        }
    }
    return Ok{};
}

Result<qint64> HistoryStore::record(const AuditResult& result, const QString& endpoint)
{
    if (VoidResult opened = open(); !opened) {
        return opened.error();
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        return sqlError(db.lastError().text());
    }
    auto failed = [&](const QSqlQuery& q) {
        const Error e = sqlError(q.lastError().text());
        db.rollback();
        return e;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audits (time, endpoint, tool_version, duration_ms, score, pass, warn, fail, "
                             "info, skipped, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime time =
        result.snapshot.collectedAt.isValid() ? result.snapshot.collectedAt.toUTC() : QDateTime::currentDateTimeUtc();
    q.addBindValue(time.toString(Qt::ISODateWithMs));
    q.addBindValue(endpoint);
    q.addBindValue(QStringLiteral(ESCUT_VERSION));
    q.addBindValue(result.collectMs + result.evaluateMs);
    const int overall = result.score.overall.score();
    q.addBindValue(overall < 0 ? QVariant() : QVariant(overall));
    bindCounts(q, result.score.overall);
    if (!q.exec()) {
        return failed(q);
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
        bindCounts(layer, it.value());
        if (!layer.exec()) {
            return failed(layer);
        }
    }
    QSqlQuery finding(db);
    finding.prepare(QStringLiteral("INSERT INTO finding_sets (audit_id, encoding, count, data) VALUES (?, ?, ?, ?)"));
    finding.addBindValue(id);
    finding.addBindValue(QString(FindingRowsEncoding));
    finding.addBindValue(result.findings.size());
    finding.addBindValue(encodeFindings(result.findings));
    if (!finding.exec()) {
        return failed(finding);
    }
    if (!db.commit()) {
        const Error e = sqlError(db.lastError().text());
        db.rollback();
        return e;
    }
    if (Result<int> pruned = prune(); !pruned) {
        return pruned.error();
    }
    return id;
}

Result<QList<HistoryAudit>> HistoryStore::audits(const QDateTime& since, const QString& endpoint, int limit)
{
    if (VoidResult opened = open(); !opened) {
        return opened.error();
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString sql = QStringLiteral("SELECT id, time, endpoint, tool_version, duration_ms, score, pass, warn, fail, info, "
                                 "skipped, error FROM audits WHERE time >= ?");
    if (!endpoint.isEmpty()) {
        sql += QStringLiteral(" AND endpoint = ?");
    }
    sql += QStringLiteral(" ORDER BY time DESC, id DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    }
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs)
                                   : QStringLiteral("0000")); // NULL never compares
    if (!endpoint.isEmpty()) {
        q.addBindValue(endpoint);
    }
    if (!q.exec()) {
        return sqlError(q.lastError().text());
    }
    QList<HistoryAudit> out;
    while (q.next()) {
        HistoryAudit a;
        a.id = q.value(0).toLongLong();
        a.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        a.time.setTimeSpec(Qt::UTC);
        a.endpoint = q.value(2).toString();
        a.toolVersion = q.value(3).toString();
        a.durationMs = q.value(4).toLongLong();
        a.overallScore = q.value(5).isNull() ? -1 : q.value(5).toInt();
        a.overall = readCounts(q, 6);
        out.append(a);
    }
    QSqlQuery layers(db);
    layers.prepare(QStringLiteral("SELECT layer, score, pass, warn, fail, info, skipped, error FROM layer_scores "
                                  "WHERE audit_id = ?"));
    for (HistoryAudit& a : out) {
        layers.addBindValue(a.id);
        if (!layers.exec()) {
            return sqlError(layers.lastError().text());
        }
        while (layers.next()) {
            const QString id = layers.value(0).toString();
            a.layerScores.insert(id, layers.value(1).isNull() ? -1 : layers.value(1).toInt());
            a.layerCounts.insert(id, readCounts(layers, 2));
        }
    }
    return out;
}

Result<HistoryAudit> HistoryStore::audit(qint64 id)
{
    Result<QList<HistoryAudit>> all = audits();
    if (!all) {
        return all.error();
    }
    for (const HistoryAudit& a : all.value()) {
        if (a.id == id) {
            return a;
        }
    }
    return makeError(Error::Code::NotFound,
                     tr("There is no audit %1 in the history (see 'escut-cli history').").arg(id));
}

Result<QList<HistoryFinding>> HistoryStore::findings(qint64 auditId)
{
    if (VoidResult opened = open(); !opened) {
        return opened.error();
    }
    QSqlQuery set(QSqlDatabase::database(m_connection, false));
    set.prepare(QStringLiteral("SELECT encoding, data FROM finding_sets WHERE audit_id = ?"));
    set.addBindValue(auditId);
    if (!set.exec()) {
        return sqlError(set.lastError().text());
    }
    if (set.next()) {
        const QString encoding = set.value(0).toString();
        std::optional<QList<HistoryFinding>> decoded;
        if (encoding == FindingRowsEncoding) {
            decoded = decodeFindings(set.value(1).toByteArray());
        }
        if (!decoded) {
            return makeError(
                Error::Code::ParseError,
                tr("The findings of audit %1 in the history database %2 cannot be read.").arg(auditId).arg(m_path),
                tr("Encoding: %1").arg(encoding));
        }
        return *decoded;
    }
    // Audits stored before schema 3: one row per finding.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT key, check_id, layer, severity, subject_kind, subject_name, status, evidence, "
                             "line FROM findings WHERE audit_id = ? ORDER BY rowid"));
    q.addBindValue(auditId);
    if (!q.exec()) {
        return sqlError(q.lastError().text());
    }
    QList<HistoryFinding> out;
    while (q.next()) {
        out.append(findingFromColumns([&q](int i) { return q.value(i); }));
    }
    return out;
}

Result<int> HistoryStore::retentionDays()
{
    if (VoidResult opened = open(); !opened) {
        return opened.error();
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'retention_days'"))) {
        return sqlError(q.lastError().text());
    }
    return q.next() ? q.value(0).toInt() : DefaultRetentionDays;
}

VoidResult HistoryStore::setRetentionDays(int days)
{
    if (VoidResult opened = open(); !opened) {
        return opened;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('retention_days', ?)"));
    q.addBindValue(QString::number(days));
    if (!q.exec()) {
        return sqlError(q.lastError().text());
    }
    return Ok{};
}

Result<int> HistoryStore::prune()
{
    const Result<int> days = retentionDays();
    if (!days) {
        return days.error();
    }
    if (days.value() <= 0) {
        return 0;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM audits WHERE time < ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-days.value()).toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        return sqlError(q.lastError().text());
    }
    return q.numRowsAffected();
}

} // namespace escut
