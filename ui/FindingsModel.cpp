// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FindingsModel.h"

#include <QBrush>
#include <QColor>

namespace escut
{

namespace
{

QColor statusColor(Status status)
{
    switch (status) {
    case Status::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::Warn:
        return QColor(0xb2, 0x6a, 0x00);
    case Status::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case Status::Info:
        return QColor(0x15, 0x65, 0xc0);
    case Status::Skipped:
    case Status::Error:
        return QColor(0x6a, 0x1b, 0x9a);
    }
    return {};
}

// Most urgent first when sorting by status.
int statusRank(Status status)
{
    switch (status) {
    case Status::Fail:
        return 0;
    case Status::Error:
        return 1;
    case Status::Warn:
        return 2;
    case Status::Skipped:
        return 3;
    case Status::Info:
        return 4;
    case Status::Pass:
        return 5;
    }
    return 6;
}

} // namespace

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
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
            return statusRank(f->status) * 10 + (4 - static_cast<int>(f->check->severity));
        case SeverityColumn:
            return -static_cast<int>(f->check->severity);
        case LayerColumn:
            return static_cast<int>(f->check->layer);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        return QBrush(statusColor(f->status));
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1 (%2)\n\n%3\n\nFix: %4")
            .arg(f->check->trTitle(),
                 QString::fromLatin1(f->check->id),
                 f->check->trRationale(),
                 f->check->trRemediation());
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
