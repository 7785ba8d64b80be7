// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Check.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace escut
{

class FindingsModel;

// The findings table's filter: free text over every column, and optionally one layer (a click on the diagram).
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY(FindingsFilterModel)

public:
    explicit FindingsFilterModel(QObject* parent = nullptr);

    void setLayer(std::optional<Layer> layer);
    [[nodiscard]] std::optional<Layer> layer() const;

    void setSourceModel(QAbstractItemModel* model) override;
    // Over a FindingsModel, sorting is the source model's (which stays sorted across new audits); this proxy
    // only filters and keeps the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<Layer> m_layer;
    FindingsModel* m_findings = nullptr; // the source model when it is a FindingsModel
};

} // namespace escut
