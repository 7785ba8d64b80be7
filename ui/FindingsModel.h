// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"

#include <QAbstractTableModel>

namespace escut
{

// Findings as a flat table: one row per check × subject.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY(FindingsModel)

public:
    enum Column {
        StatusColumn,
        SeverityColumn,
        LayerColumn,
        SubjectColumn,
        CheckColumn,
        EvidenceColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(QList<Finding> findings);
    [[nodiscard]] const Finding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Finding> m_findings;
};

} // namespace escut
