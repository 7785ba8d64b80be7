// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/History.h"

#include <QFutureWatcher>
#include <QWidget>

class QChartView;
class QLabel;
class QTreeWidget;

namespace escut
{

// The History view's stored history: score over time per layer from the history database, and what changed
// since the audit before the latest one (new and fixed findings). Reads and writes run on worker threads.
class StoredHistoryView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(StoredHistoryView)

public:
    struct Data
    {
        QList<HistoryAudit> audits; // newest first
        HistoryDiff changes;        // latest audit vs the one before it, same endpoint
        bool hasChanges = false;
        QString error;
    };

    explicit StoredHistoryView(QString databasePath = HistoryStore::defaultPath(), QWidget* parent = nullptr);

    // Stores an audit (worker thread), then reloads.
    void record(const AuditResult& result, const QString& endpoint);
    void reload();
    [[nodiscard]] const Data& data() const
    {
        return m_data;
    }

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void show(const Data& data);
    void retranslate();

    QString m_path;
    QChartView* m_chart;
    QLabel* m_status;
    QLabel* m_changesTitle;
    QTreeWidget* m_changes;
    QFutureWatcher<Data> m_watcher;
    Data m_data;
    bool m_pendingReload = false;
};

} // namespace escut
