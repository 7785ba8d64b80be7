// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"

#include <QAbstractTableModel>
#include <QPalette>

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
        LayerRole, // int Layer
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(QList<Finding> findings);
    [[nodiscard]] const QList<Finding>& findings() const;
    void setPalette(const QPalette& palette);
    // Texts come from the translator at display time: tell the views to repaint.
    void retranslate();
    [[nodiscard]] const Finding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Finding> m_findings;
    QPalette m_palette;
};

} // namespace escut
