// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Auditor.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace escut
{

// One stored audit: when, which endpoint, the scores.
struct HistoryAudit
{
    qint64 id = 0;
    QDateTime time; // UTC, when the facts were collected
    QString endpoint;
    QString toolVersion;
    qint64 durationMs = 0;
    LayerScore overall;
    int overallScore = -1;                 // -1: nothing scored
    QMap<QString, int> layerScores;        // layer id -> 0..100, -1 when not scored
    QMap<QString, LayerScore> layerCounts; // layer id -> counts (earned/possible are not stored)

    [[nodiscard]] QJsonObject toJson() const;
};

// One stored finding, keyed like the reports' fingerprints (check id, subject kind, subject name).
struct HistoryFinding
{
    QString key;
    QString checkId;
    QString layer;
    QString severity;
    QString subjectKind;
    QString subjectName;
    QString status;
    QString evidence; // in the language of that audit
    int line = 0;

    [[nodiscard]] bool isProblem() const; // fail or warn
    [[nodiscard]] QJsonObject toJson() const;
};

// What changed between two audits: problems (fail/warn) that appeared, that went away, that stayed.
struct HistoryDiff
{
    QList<HistoryFinding> added;
    QList<HistoryFinding> fixed; // the finding as it was in the older audit
    QList<HistoryFinding> unchanged;
};
[[nodiscard]] HistoryDiff diffFindings(const QList<HistoryFinding>& older, const QList<HistoryFinding>& newer);

// Audit history in SQLite (Qt Sql): $ESCUT_STATE_DIR/history.sqlite, else the app data dir. Versioned schema
// (PRAGMA user_version, migrated forward on open). A damaged or locked database is an Error with a clear
// message; callers go on with the audit. One instance per thread.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
    Q_DISABLE_COPY(HistoryStore)

public:
    static constexpr int SchemaVersion = 3;
    static constexpr int DefaultRetentionDays = 365;

    explicit HistoryStore(QString path = defaultPath());
    ~HistoryStore();

    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString path() const
    {
        return m_path;
    }

    // Opens (creating the file and its directory) and migrates. Called by every other function when needed.
    [[nodiscard]] VoidResult open();

    // Stores one audit with its findings, then drops audits older than the retention. Returns the audit id.
    [[nodiscard]] Result<qint64> record(const AuditResult& result, const QString& endpoint);

    // Newest first.
    [[nodiscard]] Result<QList<HistoryAudit>>
    audits(const QDateTime& since = {}, const QString& endpoint = {}, int limit = 0);
    [[nodiscard]] Result<HistoryAudit> audit(qint64 id);
    [[nodiscard]] Result<QList<HistoryFinding>> findings(qint64 auditId);

    // Audits older than this many days are dropped on every record(); 0 keeps everything.
    [[nodiscard]] Result<int> retentionDays();
    [[nodiscard]] VoidResult setRetentionDays(int days);
    // Drops audits older than the retention now; returns how many.
    [[nodiscard]] Result<int> prune();

private:
    [[nodiscard]] VoidResult migrate();
    [[nodiscard]] Error sqlError(const QString& detail) const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace escut
