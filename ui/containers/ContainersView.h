// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"
#include "ui/containers/ContainersModel.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace escut
{

class ChecklistView;
class ContainersModel;

// Containers: a sortable, filterable table (by name or image, by status, by severity) and, for the selected
// container, its checklist.
class ContainersView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(ContainersView)

public:
    explicit ContainersView(QWidget* parent = nullptr);

    void setContainers(const QList<QJsonObject>& inspects, const QList<Finding>& findings);
    // The same from ContainersModel::prepare(), which may have run on another thread.
    void setPrepared(ContainersModel::Prepared prepared);
    // Live update of one container: its inspect object and its re-evaluated findings.
    void updateContainer(const QJsonObject& inspect, const QList<Finding>& findings);
    void removeContainer(const QString& id);
    void setFixesAvailable(bool available);

    void selectContainer(const QString& id);
    [[nodiscard]] QString currentContainerId() const;
    [[nodiscard]] ContainersModel* model() const;
    [[nodiscard]] QSortFilterProxyModel* proxy() const;
    [[nodiscard]] ChecklistView* checklist() const;

Q_SIGNALS:
    void fixRequested(const QStringList& fixIds, const QString& scope);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showChecklist();
    void applyFilters();
    void updateCount();

    ContainersModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QComboBox* m_severity;
    QLabel* m_count;
    QTableView* m_table;
    ChecklistView* m_checklist;
    QHash<QString, QList<Finding>> m_findings; // container id → its findings
};

} // namespace escut
