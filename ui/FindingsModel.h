// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"

#include <QAbstractTableModel>
#include <QPalette>

#include <optional>
#include <vector>

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
        LayerRole = Qt::UserRole + 1, // int Layer
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(QList<Finding> findings);
    [[nodiscard]] const QList<Finding>& findings() const;
    void setPalette(const QPalette& palette);
    // Texts come from the translator at display time: tell the views to repaint.
    void retranslate();
    [[nodiscard]] const Finding* findingAt(int row) const;
    // The model keeps its rows sorted itself (stable; numbers for status, severity and layer, case-insensitive
    // text for the rest), also across setFindings(): a sort proxy over 20 000 findings would cost the GUI thread
    // far more, since it compares through QModelIndex and QVariant.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const;
    [[nodiscard]] Qt::SortOrder sortOrder() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // The order of rows that sorts `findings` by the current column and order.
    [[nodiscard]] std::vector<qsizetype> sortedOrder(const QList<Finding>& findings) const;

    QList<Finding> m_findings;
    QPalette m_palette;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace escut
