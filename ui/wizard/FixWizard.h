// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"
#include "core/remediation/Remediation.h"

#include <QHash>
#include <QWizard>

class QLabel;
class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace escut
{

// Guided remediation: choose fixes → preview every diff → apply (backup, journal) → verification, with a
// Rollback button. Planning and applying run on worker threads; the GUI never runs as root: steps that need root
// go through pkexec escut-cli.
class FixWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY(FixWizard)

public:
    enum PageId {
        ChoosePage,
        PreviewPage,
        ApplyPage,
    };

    FixWizard(FixContext context,
              const QList<Finding>& findings,
              const QStringList& preselected,
              QWidget* parent = nullptr);
    ~FixWizard() override;

    [[nodiscard]] QStringList selectedFixes() const;
    [[nodiscard]] QStringList appliedTransactions() const;

    // The escut-cli used for root-only steps through pkexec (next to the running escut by default).
    void setCliPath(const QString& path);

Q_SIGNALS:
    void previewReady();
    void applyFinished(bool ok);

protected:
    void initializePage(int id) override;

private:
    void startPreview();
    void startApply();
    void rollbackAll();
    void applyScope();

    class StatePage;
    FixContext m_context;
    QList<Plan> m_plans;
    QStringList m_transactions;
    QString m_cliPath;
    bool m_previewDone = false;
    bool m_applyDone = false;
    QTreeWidget* m_fixList;
    QComboBox* m_scope;
    QHash<const QTreeWidgetItem*, QString> m_fixTitles;
    QPlainTextEdit* m_preview;
    QPlainTextEdit* m_log;
    QProgressBar* m_progress;
    QPushButton* m_rollback;
    QLabel* m_summary;
};

} // namespace escut
