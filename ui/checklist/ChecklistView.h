// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace escut
{

class ChecklistModel;

// A checklist: status icon, title, evidence, severity and CIS id per check, rationale and remediation one click
// away, and a "Fix…" button for checks that have a fix (shown only when fixes can be applied to this machine).
// The same component serves the container, host, daemon, images and Compose views.
class ChecklistView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(ChecklistView)

public:
    explicit ChecklistView(QWidget* parent = nullptr);

    // title is untrusted (a container name): shown as plain text.
    void setFindings(const QString& title, QList<Finding> findings);
    void setEmptyText(const QString& text);
    void setSubjectColumnVisible(bool visible);
    // Fixes change this machine's files: offer them only for a local, live audit.
    void setFixesAvailable(bool available);
    [[nodiscard]] ChecklistModel* model() const;
    [[nodiscard]] QTreeView* treeView() const;

Q_SIGNALS:
    void fixRequested(const QStringList& fixIds, const QString& scope);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void updateFixButton();
    void updateSummary();

    ChecklistModel* m_model;
    QLabel* m_title;
    QLabel* m_summary;
    QTreeView* m_tree;
    QPushButton* m_fix;
    QString m_emptyText;
    bool m_fixesAvailable = false;
};

} // namespace escut
