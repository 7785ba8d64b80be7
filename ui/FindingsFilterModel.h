// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Check.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace escut
{

// The findings table's filter: free text over every column, and optionally one layer (a click on the diagram).
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY(FindingsFilterModel)

public:
    explicit FindingsFilterModel(QObject* parent = nullptr);

    void setLayer(std::optional<Layer> layer);
    [[nodiscard]] std::optional<Layer> layer() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<Layer> m_layer;
};

} // namespace escut
