// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/checklist/ChecklistView.h"

#include "ui/StatusStyle.h"
#include "ui/checklist/ChecklistModel.h"
#include "ui/wizard/FixWizard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace escut
{

namespace
{

// Detail rows (rationale, remediation) span the whole row and wrap to the view's width.
class DetailDelegate : public QStyledItemDelegate
{
public:
    explicit DetailDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!index.parent().isValid()) {
            QSize size = QStyledItemDelegate::sizeHint(option, index);
            size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
            return size;
        }
        // A spanned child row starts one indentation in; paint() keeps 4 px on each side.
        const int width = qMax(120, m_view->viewport()->width() - m_view->indentation() - 8);
        const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000),
                                                             Qt::TextWordWrap,
                                                             index.data(Qt::DisplayRole).toString());
        return {width, bounds.height() + 8};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!index.parent().isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        style::paintWrappedItem(painter, opt, 4, Qt::AlignLeft | Qt::AlignTop);
    }

private:
    QTreeView* m_view;
};

} // namespace

ChecklistView::ChecklistView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ChecklistModel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_fix(new QPushButton(this))
{
    setObjectName(QStringLiteral("checklistView"));
    m_model->setPalette(palette());
    m_title->setObjectName(QStringLiteral("checklistTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("checklistSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_fix->setObjectName(QStringLiteral("checklistFixPushButton"));
    m_fix->setVisible(false);

    m_tree->setObjectName(QStringLiteral("checklistTreeView"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new DetailDelegate(m_tree));
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(ChecklistModel::EvidenceColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(ChecklistModel::StatusColumn, 110);
    m_tree->setColumnWidth(ChecklistModel::CheckColumn, 300);
    m_tree->setColumnWidth(ChecklistModel::SubjectColumn, 150);
    m_tree->setColumnWidth(ChecklistModel::SeverityColumn, 80);
    // Wide enough for a range or two ids ("3.19–3.22", "5.10, 5.16"); the tooltip lists them all.
    m_tree->setColumnWidth(ChecklistModel::CisColumn,
                           m_tree->fontMetrics().horizontalAdvance(QStringLiteral("3.19\u20133.22")) + 16);
    m_tree->setColumnHidden(ChecklistModel::SubjectColumn, true);
    m_tree->viewport()->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            for (int child = 0; child < m_model->rowCount(m_model->index(row, 0)); ++child) {
                m_tree->setFirstColumnSpanned(child, m_model->index(row, 0), true);
            }
        }
        // The most urgent check opens with its rationale and remediation showing.
        if (m_model->rowCount() > 0) {
            m_tree->expand(m_model->index(0, 0));
        }
        updateFixButton();
        updateSummary();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChecklistView::updateFixButton);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        QStringList ids;
        QString scope; // the subject of the first selected finding: the wizard opens on it
        for (const QModelIndex& index : m_tree->selectionModel()->selectedRows()) {
            const Finding* f = m_model->findingAt(index);
            if (f && *f->check->fixId && !ids.contains(QString::fromLatin1(f->check->fixId))) {
                ids.append(QString::fromLatin1(f->check->fixId));
                if (scope.isEmpty()) {
                    scope = FixWizard::scopeKey(*f);
                }
            }
        }
        if (!ids.isEmpty()) {
            Q_EMIT fixRequested(ids, scope);
        }
    });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_summary, 1);
    header->addWidget(m_fix);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tree, 1);
    retranslateUi();
}

void ChecklistView::setFindings(const QString& title, QList<Finding> findings)
{
    m_title->setText(title);
    m_model->setFindings(std::move(findings));
}

void ChecklistView::setEmptyText(const QString& text)
{
    m_emptyText = text;
    updateSummary();
}

void ChecklistView::setSubjectColumnVisible(bool visible)
{
    m_tree->setColumnHidden(ChecklistModel::SubjectColumn, !visible);
}

void ChecklistView::setFixesAvailable(bool available)
{
    m_fixesAvailable = available;
    updateFixButton();
}

ChecklistModel* ChecklistView::model() const
{
    return m_model;
}

QTreeView* ChecklistView::treeView() const
{
    return m_tree;
}

void ChecklistView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
    }
    QWidget::changeEvent(event);
}

bool ChecklistView::eventFilter(QObject* watched, QEvent* event)
{
    // Wrapped detail rows change height with the width.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        m_tree->doItemsLayout();
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistView::retranslateUi()
{
    m_fix->setText(tr("Fix…"));
    m_fix->setToolTip(tr("Preview the change for the selected check, apply it with a backup, and roll it back "
                         "later if needed."));
    m_tree->setAccessibleName(tr("Checklist"));
    m_model->retranslate();
    updateSummary();
}

void ChecklistView::updateFixButton()
{
    bool any = false;
    for (const QModelIndex& index : m_tree->selectionModel()->selectedRows()) {
        const Finding* f = m_model->findingAt(index);
        any = any || (f && *f->check->fixId && f->status != Status::Pass);
    }
    // Hidden, not disabled, when there is nothing it could do.
    m_fix->setVisible(m_fixesAvailable && any);
}

void ChecklistView::updateSummary()
{
    const QList<Finding>& all = m_model->findings();
    if (all.isEmpty()) {
        m_summary->setText(m_emptyText);
        return;
    }
    int fail = 0;
    int warn = 0;
    int pass = 0;
    for (const Finding& f : all) {
        fail += f.status == Status::Fail ? 1 : 0;
        warn += f.status == Status::Warn ? 1 : 0;
        pass += f.status == Status::Pass ? 1 : 0;
    }
    m_summary->setText(tr("%1 failed · %2 warnings · %3 passed · %n check(s)", nullptr, static_cast<int>(all.size()))
                           .arg(fail)
                           .arg(warn)
                           .arg(pass));
}

} // namespace escut
