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

void FindingsFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_findings = qobject_cast<FindingsModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void FindingsFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_findings) {
        m_findings->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_layer) {
        const Finding* f = m_findings ? m_findings->findingAt(sourceRow) : nullptr;
        const int layer = f ? static_cast<int>(f->check->layer)
                            : sourceModel()->index(sourceRow, 0, sourceParent).data(FindingsModel::LayerRole).toInt();
        if (layer != static_cast<int>(*m_layer)) {
            return false;
        }
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace escut
