// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace escut
{

// The Fixes view: every transaction of the journal, with rollback.
class JournalDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(JournalDialog)

public:
    explicit JournalDialog(QWidget* parent = nullptr);

public Q_SLOTS:
    void reload();
    void rollbackSelected();

private:
    QTableWidget* m_table;
    QPushButton* m_rollback;
    QLabel* m_status;
};

} // namespace escut
