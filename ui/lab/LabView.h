// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/Endpoint.h"
#include "core/lab/LabEngine.h"
#include "core/lab/Scenario.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace escut
{

// The Lab page: choose a scenario → read its story and goals → Start (creates the lab's resources) → the
// checklist of goals fails → fix by hand or with the remediation wizard → "Check my work" audits again and ticks
// the goals → hints → Reset. Docker work runs on worker threads; the GUI thread never waits for it.
class LabView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(LabView)

public:
    explicit LabView(QWidget* parent = nullptr);
    ~LabView() override;

    void setEndpoint(const EndpointRequest& endpoint);
    // The lab state directory (lab roots and progress); tests pass a temporary one.
    void setStateDir(const QString& dir);
    void selectScenario(const QString& id);
    [[nodiscard]] QString currentScenarioId() const;
    [[nodiscard]] bool isBusy() const;

    // What a worker hands back to the GUI thread.
    struct Task
    {
        QString error;
        std::optional<LabCheckResult> result;
    };

Q_SIGNALS:
    void busyChanged(bool busy);
    void checked(bool allPassed);
    // Emitted after the wizard applied fixes; the main window may audit again.
    void fixesApplied();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadScenarios();
    void showScenario();
    void showResult();
    void updateButtons();
    void setBusy(bool busy, const QString& message = {});
    void startLab();
    void checkLab();
    void resetLab();
    void showNextHint();
    void openWizard();
    void exportProgress();
    // Runs work on a worker thread with a fresh engine; done runs on the GUI thread unless the view is gone.
    void runTask(std::function<Task(LabEngine&)> work, std::function<void(const Task&)> done);
    [[nodiscard]] const Scenario* current() const;
    [[nodiscard]] QString language() const;

    QList<Scenario> m_scenarios;
    QString m_loadError;
    EndpointRequest m_endpoint;
    QString m_stateDir;
    std::optional<LabCheckResult> m_result;
    QString m_resultLab;
    QString m_status;
    bool m_statusIsError = false;
    int m_hintsShown = 0;
    bool m_busy = false;

    QListWidget* m_list = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_section = nullptr;
    QTextBrowser* m_story = nullptr;
    QLabel* m_goalsCaption = nullptr;
    QTreeWidget* m_goals = nullptr;
    QLabel* m_hints = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_hint = nullptr;
    QPushButton* m_fix = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace escut
