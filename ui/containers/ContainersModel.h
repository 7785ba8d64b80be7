// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPalette>

namespace escut
{

// One row per container: name, image, state, score and counts of its container-scoped findings. Rows are
// plain data (no widget per row), so thousands stay smooth; one container can be replaced in place.
class ContainersModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY(ContainersModel)

public:
    enum Column {
        NameColumn,
        ImageColumn,
        StateColumn,
        ScoreColumn,
        FailColumn,
        WarnColumn,
        PassColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,
        FailCountRole,
        WarnCountRole,
        WorstFailedSeverityRole, // int Severity of the worst failed check, -1 when none failed
    };

    struct Row
    {
        QString id;
        QString name;
        QString image;
        QString state;
        int score = -1;
        int fail = 0;
        int warn = 0;
        int pass = 0;
        int worstFailed = -1;
    };

    explicit ContainersModel(QObject* parent = nullptr);

    // Everything the Containers view shows for one audit, computed without touching any widget or model, so
    // that the dashboard builds it on the audit's worker thread and the GUI thread only swaps it in.
    struct Prepared
    {
        QList<Row> rows;
        QHash<QString, QList<Finding>> findingsById; // container id → its findings
    };
    // inspects: GET /containers/{id}/json objects; findings: any findings (only container-scoped ones count).
    [[nodiscard]] static Prepared prepare(const QList<QJsonObject>& inspects, const QList<Finding>& findings);
    void setRows(QList<Row> rows);
    // Inserts or replaces one container's row; returns its row.
    int upsertContainer(const QJsonObject& inspect, const QList<Finding>& findings);
    void removeContainer(const QString& id);
    [[nodiscard]] int rowOf(const QString& id) const;
    [[nodiscard]] const Row* rowAt(int row) const;
    void setPalette(const QPalette& palette);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    [[nodiscard]] static Row makeRow(const QJsonObject& inspect, const QList<Finding>& findings);

private:
    void reindex();

    QList<Row> m_rows;
    QHash<QString, int> m_byId;
    QPalette m_palette;
};

} // namespace escut
