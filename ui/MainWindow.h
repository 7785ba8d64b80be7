// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Auditor.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace escut
{

class FindingsModel;

// The window: runs an audit on a worker thread and lists its findings. Falls back to the bundled demo
// snapshot when no Docker daemon is reachable.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY(MainWindow)

public:
    struct Options
    {
        AuditOptions audit;
        bool demo = false; // start with the demo snapshot
    };

    explicit MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The demo snapshot bundled in the resources.
    static QString demoSnapshotPath();

public Q_SLOTS:
    void startAudit();
    void cancelAudit();
    // Brings the window to the front (a second launch of escut asks for it).
    void raiseAndActivate();
    // Opens the remediation wizard, with the fixes of the selected findings ticked.
    void openFixWizard();
    void openJournal();

protected:
    void closeEvent(QCloseEvent* event) override;

Q_SIGNALS:
    void auditFinished(bool ok);

private:
    void showResult(const AuditResult& result, bool demo);
    void onAuditDone(Result<AuditResult> result, bool demo);
    void onProgress(int done, int total, const QString& stage);

    Options m_options;
    FindingsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_banner;
    QLineEdit* m_filter;
    QProgressBar* m_progress;
    QLabel* m_statusEndpoint;
    QAction* m_auditAction;
    QAction* m_cancelAction;
    QAction* m_fixAction;
    QAction* m_journalAction;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace escut
