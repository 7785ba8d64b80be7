// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/containers/ContainersModel.h"

#include "core/audit/Score.h"
#include "ui/StatusStyle.h"

#include <QBrush>
#include <QCoreApplication>
#include <QJsonObject>

namespace escut
{

namespace
{

// Docker's container states (State.Status), translated for display; unknown ones are shown as they came.
struct StateRow
{
    const char* id;
    const char* text;
};
constexpr StateRow s_states[] = {
    {"created", QT_TRANSLATE_NOOP("escut::ContainersModel", "created")},
    {"running", QT_TRANSLATE_NOOP("escut::ContainersModel", "running")},
    {"paused", QT_TRANSLATE_NOOP("escut::ContainersModel", "paused")},
    {"restarting", QT_TRANSLATE_NOOP("escut::ContainersModel", "restarting")},
    {"removing", QT_TRANSLATE_NOOP("escut::ContainersModel", "removing")},
    {"exited", QT_TRANSLATE_NOOP("escut::ContainersModel", "exited")},
    {"dead", QT_TRANSLATE_NOOP("escut::ContainersModel", "dead")},
};

QString stateName(const QString& state)
{
    for (const StateRow& row : s_states) {
        if (state == QLatin1String(row.id)) {
            return QCoreApplication::translate("escut::ContainersModel", row.text);
        }
    }
    return state;
}

} // namespace

ContainersModel::ContainersModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

ContainersModel::Row ContainersModel::makeRow(const QJsonObject& inspect, const QList<Finding>& findings)
{
    Row row;
    row.id = inspect.value(QStringLiteral("Id")).toString();
    row.name = inspect.value(QStringLiteral("Name")).toString();
    if (row.name.startsWith(QLatin1Char('/'))) {
        row.name.remove(0, 1);
    }
    row.image = inspect.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Image")).toString();
    row.state = inspect.value(QStringLiteral("State")).toObject().value(QStringLiteral("Status")).toString();
    QList<Finding> own;
    for (const Finding& f : findings) {
        if (f.subject.scope == Scope::Container && f.subject.id == row.id) {
            own.append(f);
            if (f.status == Status::Fail) {
                row.worstFailed = qMax(row.worstFailed, static_cast<int>(f.check->severity));
            }
        }
    }
    const LayerScore overall = ScoreCard::compute(own).overall;
    row.score = overall.score();
    row.fail = overall.fail;
    row.warn = overall.warn;
    row.pass = overall.pass;
    return row;
}

ContainersModel::Prepared ContainersModel::prepare(const QList<QJsonObject>& inspects, const QList<Finding>& findings)
{
    // Group once: O(findings + containers), not O(findings × containers).
    Prepared prepared;
    for (const Finding& f : findings) {
        if (f.subject.scope == Scope::Container) {
            prepared.findingsById[f.subject.id].append(f);
        }
    }
    prepared.rows.reserve(inspects.size());
    for (const QJsonObject& inspect : inspects) {
        prepared.rows.append(
            makeRow(inspect, prepared.findingsById.value(inspect.value(QStringLiteral("Id")).toString())));
    }
    return prepared;
}

void ContainersModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    reindex();
    endResetModel();
}

int ContainersModel::upsertContainer(const QJsonObject& inspect, const QList<Finding>& findings)
{
    Row row = makeRow(inspect, findings);
    const int existing = rowOf(row.id);
    if (existing >= 0) {
        m_rows[existing] = std::move(row);
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return existing;
    }
    const int at = static_cast<int>(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(std::move(row));
    m_byId.insert(m_rows.last().id, at);
    endInsertRows();
    return at;
}

void ContainersModel::removeContainer(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    reindex();
    endRemoveRows();
}

int ContainersModel::rowOf(const QString& id) const
{
    return m_byId.value(id, -1);
}

const ContainersModel::Row* ContainersModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ContainersModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    retranslate();
}

void ContainersModel::retranslate()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ContainersModel::reindex()
{
    m_byId.clear();
    m_byId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_byId.insert(m_rows.at(i).id, i);
    }
}

int ContainersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContainersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainersModel::data(const QModelIndex& index, int role) const
{
    const Row* r = rowAt(index.row());
    if (!r) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r->name;
        case ImageColumn:
            return r->image;
        case StateColumn:
            return stateName(r->state);
        case ScoreColumn:
            return r->score < 0 ? tr("n/a") : QString::number(r->score);
        case FailColumn:
            return r->fail;
        case WarnColumn:
            return r->warn;
        case PassColumn:
            return r->pass;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case ScoreColumn:
            return r->score;
        case FailColumn:
            return r->fail;
        case WarnColumn:
            return r->warn;
        case PassColumn:
            return r->pass;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::ToolTipRole:
        // Names and images are chosen by whoever created the container: never rendered as markup.
        if (index.column() == NameColumn || index.column() == ImageColumn) {
            return style::plainToolTip(tr("%1\nImage: %2\nID: %3").arg(r->name, r->image, r->id.left(12)));
        }
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ScoreColumn) {
            return QBrush(style::scoreColor(r->score, m_palette));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ScoreColumn) {
            return QBrush(style::textOn(style::scoreColor(r->score, m_palette)));
        }
        if (index.column() == FailColumn && r->fail > 0) {
            return QBrush(style::statusColor(Status::Fail, m_palette));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= ScoreColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        }
        return {};
    case IdRole:
        return r->id;
    case FailCountRole:
        return r->fail;
    case WarnCountRole:
        return r->warn;
    case WorstFailedSeverityRole:
        return r->worstFailed;
    default:
        return {};
    }
}

QVariant ContainersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Container");
    case ImageColumn:
        return tr("Image");
    case StateColumn:
        return tr("State");
    case ScoreColumn:
        return tr("Score");
    case FailColumn:
        return tr("Failed");
    case WarnColumn:
        return tr("Warnings");
    case PassColumn:
        return tr("Passed");
    default:
        return {};
    }
}

} // namespace escut
