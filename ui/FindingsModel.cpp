// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FindingsModel.h"

#include "ui/StatusStyle.h"

#include <QBrush>
#include <QColor>

namespace escut
{

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
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
    if (role == SortRole) {
        switch (index.column()) {
        case StatusColumn:
            // Most urgent first: status, then severity.
            return style::urgency(*f);
        case SeverityColumn:
            return -static_cast<int>(f->check->severity);
        case LayerColumn:
            return static_cast<int>(f->check->layer);
        default:
            return data(index, Qt::DisplayRole);
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
