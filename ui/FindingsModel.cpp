// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FindingsModel.h"

#include "ui/StatusStyle.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <numeric>

namespace escut
{

namespace
{

// The number a column sorts by, for status (most urgent first: status, then severity), severity and layer.
std::optional<int> numericKey(const Finding& f, int column)
{
    switch (column) {
    case FindingsModel::StatusColumn:
        return style::urgency(f);
    case FindingsModel::SeverityColumn:
        return -static_cast<int>(f.check->severity);
    case FindingsModel::LayerColumn:
        return static_cast<int>(f.check->layer);
    default:
        return std::nullopt;
    }
}

} // namespace

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setFindings(QList<Finding> findings)
{
    if (m_sortColumn >= 0) {
        const std::vector<qsizetype> order = sortedOrder(findings);
        QList<Finding> sorted;
        sorted.reserve(findings.size());
        for (const qsizetype i : order) {
            sorted.append(std::move(findings[i]));
        }
        findings = std::move(sorted);
    }
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

std::vector<qsizetype> FindingsModel::sortedOrder(const QList<Finding>& findings) const
{
    std::vector<qsizetype> order(std::size_t(findings.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const auto numeric = [&] {
        std::vector<int> keys(order.size());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            keys[i] = numericKey(findings.at(qsizetype(i)), m_sortColumn).value_or(0);
        }
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return descending ? keys[std::size_t(b)] < keys[std::size_t(a)]
                              : keys[std::size_t(a)] < keys[std::size_t(b)];
        });
    };
    const auto text = [&](const auto& key) {
        QStringList keys;
        keys.reserve(findings.size());
        for (const Finding& f : findings) {
            keys.append(key(f));
        }
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const int c = QString::compare(keys.at(a), keys.at(b), Qt::CaseInsensitive);
            return descending ? c > 0 : c < 0;
        });
    };
    switch (m_sortColumn) {
    case StatusColumn:
    case SeverityColumn:
    case LayerColumn:
        numeric();
        break;
    case SubjectColumn:
        text([](const Finding& f) { return f.subject.name; });
        break;
    case CheckColumn:
        text([](const Finding& f) { return f.check->trTitle(); });
        break;
    case EvidenceColumn:
        text([](const Finding& f) { return f.evidence; });
        break;
    default:
        break;
    }
    return order;
}

void FindingsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    const std::vector<qsizetype> newOrder = sortedOrder(m_findings);
    std::vector<int> newRowOf(newOrder.size());
    QList<Finding> sorted;
    sorted.reserve(m_findings.size());
    for (std::size_t row = 0; row < newOrder.size(); ++row) {
        newRowOf[std::size_t(newOrder[row])] = int(row);
        sorted.append(std::move(m_findings[newOrder[row]]));
    }
    m_findings = std::move(sorted);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before) {
        after.append(index.isValid() && index.row() < int(newRowOf.size())
                         ? createIndex(newRowOf[std::size_t(index.row())], index.column())
                         : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int FindingsModel::sortColumn() const
{
    return m_sortColumn;
}

Qt::SortOrder FindingsModel::sortOrder() const
{
    return m_sortOrder;
}

const QList<Finding>& FindingsModel::findings() const
{
    return m_findings;
}

void FindingsModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    retranslate();
}

void FindingsModel::retranslate()
{
    if (!m_findings.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const Finding* FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    const Finding* f = findingAt(index.row());
    if (!f) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StatusColumn:
            return statusName(f->status);
        case SeverityColumn:
            return severityName(f->check->severity);
        case LayerColumn:
            return layerName(f->check->layer);
        case SubjectColumn:
            return f->subject.name;
        case CheckColumn:
            return f->check->trTitle();
        case EvidenceColumn:
            return f->evidence;
        default:
            return {};
        }
    }
    if (role == LayerRole) {
        return static_cast<int>(f->check->layer);
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        return style::statusIcon(f->status, m_palette);
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        return QBrush(style::statusColor(f->status, m_palette));
    }
    if (role == Qt::ToolTipRole) {
        // Subject names and evidence are untrusted: escaped, never rendered as markup.
        if (index.column() == SubjectColumn) {
            return style::plainToolTip(f->subject.name);
        }
        if (index.column() == EvidenceColumn) {
            return style::plainToolTip(f->evidence);
        }
        return style::plainToolTip(tr("%1 (%2)\n\n%3\n\nFix: %4")
                                       .arg(f->check->trTitle(),
                                            QString::fromLatin1(f->check->id),
                                            f->check->trRationale(),
                                            f->check->trRemediation()));
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case SeverityColumn:
        return tr("Severity");
    case LayerColumn:
        return tr("Layer");
    case SubjectColumn:
        return tr("Subject");
    case CheckColumn:
        return tr("Check");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace escut
