// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"

#include <QAbstractItemModel>
#include <QPalette>

namespace escut
{

// The checklist of one subject (a container) or of one scope (host, daemon, images, Compose): one top-level row
// per finding, most urgent first, each with two child rows (why it matters, how to fix) that the view expands.
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY(ChecklistModel)

public:
    enum Column {
        StatusColumn,
        CheckColumn,
        SubjectColumn,
        EvidenceColumn,
        SeverityColumn,
        CisColumn,
        ColumnCount,
    };
    enum Role {
        FixIdRole = Qt::UserRole + 1,
        CheckIdRole,
        StatusIdRole,
    };

    explicit ChecklistModel(QObject* parent = nullptr);

    void setFindings(QList<Finding> findings);
    [[nodiscard]] const QList<Finding>& findings() const;
    [[nodiscard]] const Finding* findingAt(const QModelIndex& index) const;
    void setPalette(const QPalette& palette);
    // Texts come from the translator at display time: tell the views to repaint.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<Finding> m_findings;
    QPalette m_palette;
};

} // namespace escut
