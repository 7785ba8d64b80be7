// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/JournalDialog.h"

#include "core/remediation/Remediation.h"
#include "ui/BackgroundPool.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace escut
{

JournalDialog::JournalDialog(QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_rollback(new QPushButton(tr("Roll back"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("journalDialog"));
    setWindowTitle(tr("Applied fixes"));
    resize(900, 420);
    m_table->setObjectName(QStringLiteral("journalTableWidget"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Transaction"), tr("Time"), tr("State"), tr("Fixes"), tr("Files")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_rollback->setObjectName(QStringLiteral("rollbackPushButton"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_rollback, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rollback, &QPushButton::clicked, this, &JournalDialog::rollbackSelected);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    reload();
}

void JournalDialog::reload()
{
    const Result<QList<Transaction>> journal = Remediation::journal();
    m_table->setRowCount(0);
    if (!journal) {
        m_status->setText(journal.error().fullText());
        return;
    }
    const QList<Transaction>& list = journal.value();
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Transaction& tx = list.at(list.size() - 1 - row); // newest first
        QStringList files;
        for (const Transaction::File& f : tx.files) {
            files.append(f.path);
        }
        const QStringList cells{tx.id,
                                QLocale().toString(tx.time.toLocalTime(), QLocale::ShortFormat),
                                tx.state,
                                tx.fixIds.join(QStringLiteral(", ")),
                                files.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(list.isEmpty()
                          ? tr("No fix has been applied yet (%1).").arg(Remediation::journalDir())
                          : tr("%n transaction(s) in %1.", nullptr, int(list.size())).arg(Remediation::journalDir()));
}

void JournalDialog::rollbackSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        m_status->setText(tr("Select a transaction to roll back."));
        return;
    }
    const QString id = m_table->item(selected.first()->row(), 0)->text();
    m_rollback->setEnabled(false);
    auto* watcher = new QFutureWatcher<Result<Transaction>>(this);
    connect(watcher, &QFutureWatcher<Result<Transaction>>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        m_rollback->setEnabled(true);
        const Result<Transaction> r = watcher->result();
        m_status->setText(r ? tr("Transaction %1 rolled back.").arg(id) : r.error().fullText());
        reload();
        if (r) {
            m_status->setText(tr("Transaction %1 rolled back.").arg(id));
        }
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [id] { return Remediation::rollback(id); }));
}

} // namespace escut
