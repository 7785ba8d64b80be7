// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FindingsFilterModel.h"

#include "ui/FindingsModel.h"

namespace escut
{

FindingsFilterModel::FindingsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(FindingsModel::SortRole);
}

void FindingsFilterModel::setLayer(std::optional<Layer> layer)
{
    m_layer = layer;
    invalidateFilter();
}

std::optional<Layer> FindingsFilterModel::layer() const
{
    return m_layer;
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_layer) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(FindingsModel::LayerRole).toInt() != static_cast<int>(*m_layer)) {
            return false;
        }
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace escut
