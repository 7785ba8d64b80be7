// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/Finding.h"
#include "core/remediation/Remediation.h"

#include <QHash>
#include <QJsonObject>
#include <QWizard>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace escut
{

class FixInputsPage;

// Guided remediation: scope and fixes → what they work on (files, directory, container) → preview every diff and
// command → apply with progress (backup, journal) → verification and summary, with a Rollback button. Planning and
// applying run on worker threads; the GUI never runs as root: steps that need root go through pkexec escut-cli.
class FixWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY(FixWizard)

public:
    enum PageId {
        ChoosePage,
        InputsPage,
        PreviewPage,
        ApplyPage,
        ResultPage,
    };

    FixWizard(FixContext context,
              const QList<Finding>& findings,
              const QStringList& preselected,
              QWidget* parent = nullptr);
    ~FixWizard() override;

    [[nodiscard]] QStringList selectedFixes() const;
    [[nodiscard]] QStringList appliedTransactions() const;

    // The escut-fix-helper used for root-only steps through pkexec (Remediation::helperPath() by default).
    void setHelperPath(const QString& path);

    // The subject a finding belongs to, as the scope list names it ("container:NAME", "compose:FILE", …).
    [[nodiscard]] static QString scopeKey(const Finding& finding);
    // Opened from a check: show that subject's findings and point the fixes' inputs at it.
    void preselectScope(const QString& key);

    // Test seam: send every plan through pkexec escut-fix-helper as if it needed root, even when running as root.
    void setEscalateAll(bool escalate);

    [[nodiscard]] int nextId() const override;

Q_SIGNALS:
    void previewReady();
    void applyFinished(bool ok);

protected:
    void initializePage(int id) override;

private:
    struct Outcome;
    struct Applied
    {
        QString transaction;
        bool asRoot = false; // applied through pkexec: rolled back the same way
    };

    void startPreview();
    void startApply();
    void applyStep(qsizetype index);
    void applyThroughPkexec(const Plan& plan, qsizetype index);
    // What `pkexec ARGS` did: its exit code and output, or why it did not run to its end.
    struct PkexecRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QString failure; // not started, timed out, crashed, cancelled, or pkexec refused (126/127); empty otherwise
    };
    // pkexec ARGS through ToolRunner (allow-list, output cap, the whole process tree stopped at the limit or on
    // cancel), on a worker; then(run) on the GUI thread. An authentication prompt may wait, so the limit is long.
    void runPkexec(const QStringList& arguments, std::function<void(const PkexecRun&)> then);
    void record(const Outcome& outcome, qsizetype index);
    void finishApply();
    void rollbackStep();
    void applyScope();
    [[nodiscard]] bool escalates(const Plan& plan) const;
    [[nodiscard]] FixContext plannedContext(const QString& fixId) const;
    [[nodiscard]] bool recreates(const Plan& plan) const;

    class StatePage;
    FixContext m_context;
    QList<Plan> m_plans;
    QList<Applied> m_applied;
    QStringList m_rollbackQueue;
    // The helper's --format json answer: its last line of output, as an object (empty when it is not one).
    static QJsonObject helperAnswer(const QByteArray& output);
    QString m_helperPath;
    std::shared_ptr<std::atomic<bool>> m_pkexecCancel = std::make_shared<std::atomic<bool>>(false);
    bool m_escalateAll = false;
    bool m_previewDone = false;
    bool m_applyDone = false;
    bool m_allOk = true;
    QTreeWidget* m_fixList;
    QComboBox* m_scope;
    FixInputsPage* m_inputs;
    QHash<const QTreeWidgetItem*, QString> m_fixTitles;
    QPlainTextEdit* m_preview;
    QPlainTextEdit* m_log;
    QProgressBar* m_progress;
    QTreeWidget* m_verification;
    QPushButton* m_rollback;
    QLabel* m_summary;
};

} // namespace escut
