// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/checklist/ChecklistModel.h"

#include "core/checks/CisBenchmark.h"
#include "ui/StatusStyle.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace escut
{

namespace
{

// internalId: 0 for a finding row, finding row + 1 for its detail rows.
constexpr quintptr TopLevel = 0;
constexpr int DetailRows = 2; // rationale, remediation

} // namespace

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ChecklistModel::setFindings(QList<Finding> findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return style::urgency(a) < style::urgency(b);
    });
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

const QList<Finding>& ChecklistModel::findings() const
{
    return m_findings;
}

const Finding* ChecklistModel::findingAt(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return nullptr;
    }
    const int row = index.internalId() == TopLevel ? index.row() : static_cast<int>(index.internalId()) - 1;
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

void ChecklistModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    retranslate();
}

void ChecklistModel::retranslate()
{
    if (!m_findings.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        for (int row = 0; row < m_findings.size(); ++row) {
            const QModelIndex parentIndex = index(row, 0);
            Q_EMIT dataChanged(index(0, 0, parentIndex), index(DetailRows - 1, 0, parentIndex));
        }
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_findings.size() ? createIndex(row, column, TopLevel) : QModelIndex();
    }
    if (parent.internalId() != TopLevel || row >= DetailRows) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == TopLevel) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId()) - 1, 0, TopLevel);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_findings.size());
    }
    return parent.internalId() == TopLevel && parent.column() == 0 ? DetailRows : 0;
}

int ChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    const Finding* f = findingAt(index);
    if (!f) {
        return {};
    }
    if (index.internalId() != TopLevel) {
        // Detail rows: one sentence each, spanning the whole width.
        if (index.column() != 0) {
            return {};
        }
        const bool why = index.row() == 0;
        if (role == Qt::DisplayRole) {
            return why ? tr("Why it matters: %1").arg(f->check->trRationale())
                       : tr("How to fix it: %1").arg(f->check->trRemediation());
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusName(f->status);
        case CheckColumn:
            return f->check->trTitle();
        case SubjectColumn:
            return f->subject.name;
        case EvidenceColumn:
            return f->evidence;
        case SeverityColumn:
            return severityName(f->check->severity);
        case CisColumn:
            return cis::shortList(f->check->cis());
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            return style::statusIcon(f->status, m_palette);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            return QBrush(style::statusColor(f->status, m_palette));
        }
        if (index.column() == SeverityColumn) {
            return QBrush(style::severityColor(f->check->severity, m_palette));
        }
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn && f->status == Status::Fail) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        // Evidence and subject names come from whoever made the container: escaped, never rendered.
        switch (index.column()) {
        case EvidenceColumn:
            return style::plainToolTip(f->evidence);
        case SubjectColumn:
            return style::plainToolTip(f->subject.name);
        case CisColumn: // a check can cover several recommendations: the column shows the first ones
            return *f->check->cisIds
                       ? style::plainToolTip(tr("CIS Docker Benchmark v1.6.0: %1").arg(cis::shortList(f->check->cis())))
                       : QVariant();
        default:
            return style::plainToolTip(tr("%1 (%2)").arg(f->check->trTitle(), QString::fromLatin1(f->check->id)));
        }
    case FixIdRole:
        return QString::fromLatin1(f->check->fixId);
    case CheckIdRole:
        return QString::fromLatin1(f->check->id);
    case StatusIdRole:
        return statusId(f->status);
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CheckColumn:
        return tr("Check");
    case SubjectColumn:
        return tr("Subject");
    case EvidenceColumn:
        return tr("Evidence");
    case SeverityColumn:
        return tr("Severity");
    case CisColumn:
        return tr("CIS");
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace escut
