// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/containers/ContainersView.h"

#include "ui/checklist/ChecklistView.h"
#include "ui/containers/ContainersModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace escut
{

namespace
{

enum StatusFilter {
    AnyStatus,
    WithFailures,
    WithWarnings,
    AllPassing,
};

class ContainersFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCriteria(const QString& text, int status, int minSeverity)
    {
        m_text = text;
        m_status = status;
        m_minSeverity = minSeverity;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QAbstractItemModel* m = sourceModel();
        const QModelIndex name = m->index(sourceRow, ContainersModel::NameColumn, sourceParent);
        if (!m_text.isEmpty() && !name.data().toString().contains(m_text, Qt::CaseInsensitive) &&
            !m->index(sourceRow, ContainersModel::ImageColumn, sourceParent)
                 .data()
                 .toString()
                 .contains(m_text, Qt::CaseInsensitive)) {
            return false;
        }
        const int fail = name.data(ContainersModel::FailCountRole).toInt();
        const int warn = name.data(ContainersModel::WarnCountRole).toInt();
        switch (m_status) {
        case WithFailures:
            if (fail == 0) {
                return false;
            }
            break;
        case WithWarnings:
            if (warn == 0) {
                return false;
            }
            break;
        case AllPassing:
            if (fail + warn > 0) {
                return false;
            }
            break;
        default:
            break;
        }
        return m_minSeverity < 0 || name.data(ContainersModel::WorstFailedSeverityRole).toInt() >= m_minSeverity;
    }

private:
    QString m_text;
    int m_status = AnyStatus;
    int m_minSeverity = -1;
};

} // namespace

ContainersView::ContainersView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ContainersModel(this))
    , m_proxy(new ContainersFilter(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_checklist(new ChecklistView(this))
{
    setObjectName(QStringLiteral("containersView"));
    m_model->setPalette(palette());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContainersModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_filter->setObjectName(QStringLiteral("containersFilterLineEdit"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("containersStatusComboBox"));
    m_severity->setObjectName(QStringLiteral("containersSeverityComboBox"));
    m_count->setObjectName(QStringLiteral("containersCountLabel"));
    m_count->setTextFormat(Qt::PlainText);
    for (int i = 0; i < 4; ++i) {
        m_status->addItem(QString(), i);
    }
    m_severity->addItem(QString(), -1);
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low}) {
        m_severity->addItem(QString(), static_cast<int>(s));
    }

    m_table->setObjectName(QStringLiteral("containersTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContainersModel::ScoreColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 1000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ContainersModel::ImageColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ContainersModel::NameColumn, 200);
    m_table->setColumnWidth(ContainersModel::StateColumn, 90);
    for (int c = ContainersModel::ScoreColumn; c < ContainersModel::ColumnCount; ++c) {
        m_table->setColumnWidth(c, 95);
    }

    connect(m_filter, &QLineEdit::textChanged, this, &ContainersView::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ContainersView::applyFilters);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ContainersView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContainersView::showChecklist);
    connect(m_checklist, &ChecklistView::fixRequested, this, &ContainersView::fixRequested);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_severity);
    filters->addWidget(m_count);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("containersSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_checklist);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    retranslateUi();
}

void ContainersView::setContainers(const QList<QJsonObject>& inspects, const QList<Finding>& findings)
{
    setPrepared(ContainersModel::prepare(inspects, findings));
}

void ContainersView::setPrepared(ContainersModel::Prepared prepared)
{
    const QString current = currentContainerId();
    m_findings = std::move(prepared.findingsById);
    m_model->setRows(std::move(prepared.rows));
    updateCount(); // the proxy filtered and sorted the new rows on the model's reset
    // Keep the selection across audits; otherwise open the worst container's checklist.
    if (!current.isEmpty() && m_model->rowOf(current) >= 0) {
        selectContainer(current);
    } else if (m_proxy->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        showChecklist();
    }
}

void ContainersView::updateContainer(const QJsonObject& inspect, const QList<Finding>& findings)
{
    const QString id = inspect.value(QStringLiteral("Id")).toString();
    m_findings.insert(id, findings);
    m_model->upsertContainer(inspect, findings);
    updateCount(); // the proxy re-filters and re-sorts just that row (dynamic sort and filter)
    if (id == currentContainerId()) {
        showChecklist();
    }
}

void ContainersView::removeContainer(const QString& id)
{
    m_findings.remove(id);
    m_model->removeContainer(id);
    updateCount();
}

void ContainersView::setFixesAvailable(bool available)
{
    m_checklist->setFixesAvailable(available);
}

void ContainersView::selectContainer(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

QString ContainersView::currentContainerId() const
{
    return m_table->selectionModel()->currentIndex().data(ContainersModel::IdRole).toString();
}

ContainersModel* ContainersView::model() const
{
    return m_model;
}

QSortFilterProxyModel* ContainersView::proxy() const
{
    return m_proxy;
}

ChecklistView* ContainersView::checklist() const
{
    return m_checklist;
}

void ContainersView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
    }
    QWidget::changeEvent(event);
}

void ContainersView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter containers by name or image…"));
    m_status->setItemText(AnyStatus, tr("Any status"));
    m_status->setItemText(WithFailures, tr("With failed checks"));
    m_status->setItemText(WithWarnings, tr("With warnings"));
    m_status->setItemText(AllPassing, tr("Nothing failed"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_severity->setItemText(0, tr("Any severity"));
    m_severity->setItemText(1, tr("Critical failures"));
    m_severity->setItemText(2, tr("High or critical failures"));
    m_severity->setItemText(3, tr("Medium or worse failures"));
    m_severity->setItemText(4, tr("Low or worse failures"));
    m_severity->setAccessibleName(tr("Filter by severity of failed checks"));
    m_table->setAccessibleName(tr("Containers"));
    m_checklist->setEmptyText(tr("Select a container to see its checklist."));
    m_model->retranslate();
    applyFilters();
    showChecklist();
}

void ContainersView::applyFilters()
{
    static_cast<ContainersFilter*>(m_proxy)->setCriteria(m_filter->text(),
                                                         m_status->currentData().toInt(),
                                                         m_severity->currentData().toInt());
    updateCount();
}

void ContainersView::updateCount()
{
    m_count->setText(tr("%1 of %n container(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void ContainersView::showChecklist()
{
    const QString id = currentContainerId();
    const ContainersModel::Row* row = m_model->rowAt(m_model->rowOf(id));
    if (!row) {
        m_checklist->setFindings(QString(), {});
        return;
    }
    m_checklist->setFindings(tr("Checklist: %1").arg(row->name), m_findings.value(id));
}

} // namespace escut
