// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Auditor.h"
#include "core/report/ReportFormat.h"
#include "ui/containers/ContainersModel.h"

#include <QHash>
#include <QMainWindow>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QWidget;

namespace escut
{

class ChartsView;
class ChecklistView;
class ContainersView;
class EventWatcher;
class FindingsFilterModel;
class FindingsModel;
class JournalDialog;
class LabView;
class LayerDiagram;

// The dashboard: navigation (Overview, Host, Daemon, Images, Containers, Compose, History, Fixes, Lab, Settings),
// audits on a worker thread with progress and Cancel, the layered diagram, checklists, charts, live updates from
// Docker events, and the bundled demo snapshot when no daemon is reachable.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY(MainWindow)

public:
    struct Options
    {
        AuditOptions audit;
        bool demo = false;      // start with the demo snapshot
        bool liveEvents = true; // follow /events after a live audit
    };

    enum class View {
        Overview,
        Host,
        Daemon,
        Images,
        Containers,
        Compose,
        History,
        Fixes,
        Lab,
        Settings,
    };

    explicit MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The demo snapshot bundled in the resources.
    static QString demoSnapshotPath();
    // "overview", "containers", ... (the English ids of --view); nullopt when unknown.
    [[nodiscard]] static std::optional<View> viewFromName(const QString& name);
    [[nodiscard]] static QStringList viewNames();

    [[nodiscard]] View currentView() const;
    [[nodiscard]] bool hasResult() const;
    [[nodiscard]] const AuditResult& result() const;
    [[nodiscard]] bool resultIsDemo() const; // the bundled demo, not an audit worth keeping in the history

public Q_SLOTS:
    void startAudit();
    void cancelAudit();
    // Brings the window to the front (a second launch of escut asks for it).
    void raiseAndActivate();
    // Opens the remediation wizard, with the fixes of the selected findings ticked.
    void openFixWizard();
    void openFixWizardFor(const QStringList& fixIds, const QString& scope = QString());
    void openJournal();
    // Export report…: the dialog (format, language, file), then exportReport().
    void openExportDialog();
    // Writes the audit shown as a report in format and language (ca, es, en) to path: rendered and written on a
    // worker thread, atomically, replacing an existing file (the dialog asks first). Ends with reportExported().
    void exportReport(const QString& path, ReportFormat format, const QString& language);
    // The History view's stored history (score over time from the history database), when there is one: it
    // becomes the first tab of the History view, next to this session's charts. The window takes ownership.
    void setHistoryView(QWidget* view);
    void setCurrentView(View view);
    // Switches the language at run time (ca, es, en): translators, then every widget retranslates itself.
    void setLanguage(const QString& language);
    // Shows only the findings of one layer on the Overview (what a click on the diagram does).
    void filterByLayer(Layer layer);
    void clearLayerFilter();
    // Live updates: a container's fresh inspect object (re-evaluated here with the pure checks), or its removal.
    void applyContainerInspect(const QJsonObject& inspect);
    void removeContainer(const QString& id);
    // Uses another endpoint (URL or Docker context name; empty: automatic) and audits it.
    void connectTo(const QString& endpoint);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

Q_SIGNALS:
    void auditFinished(bool ok);
    // A live container update has been applied to the models and the diagram.
    void containerUpdated(const QString& id);
    // An export has ended: ok with the status bar's "saved" message, or not with the error that was shown.
    void reportExported(bool ok, const QString& path, const QString& message);

private:
    QWidget* buildOverview();
    QWidget* buildFixesPage();
    QWidget* buildLabPage();
    QWidget* buildSettingsPage();
    void buildToolBar();
    void retranslateUi();
    // containers: the Containers view's rows for this result when the audit's worker built them. viewsCurrent: the
    // views already show these findings (a re-audit that found the same facts), so only the time and score history
    // are updated.
    void showResult(const AuditResult& result,
                    bool demo,
                    std::shared_ptr<const ContainersModel::Prepared> containers = {},
                    bool viewsCurrent = false);
    void refreshViews(std::shared_ptr<const ContainersModel::Prepared> containers = {});
    void onAuditDone(Result<AuditResult> result,
                     bool demo,
                     std::shared_ptr<const ContainersModel::Prepared> containers = {});
    void onProgress(int done, int total, const QString& stage);
    void onContainerEvent(const QString& id, const QString& action);
    void onLiveChanged(bool live, const QString& message);
    void reevaluateForLanguage();
    void updateStatusBar();
    void updateUrgent();
    void fillEndpointCombo();
    void askForEndpoint();
    [[nodiscard]] bool fixesAvailable() const;
    void updateExportAction();
    [[nodiscard]] QString defaultExportPath(ReportFormat format) const;

    Options m_options;
    AuditResult m_result;
    bool m_hasResult = false;
    bool m_resultIsDemo = false;
    bool m_resultIsLive = false; // from a daemon (not a snapshot file or the demo)
    QDateTime m_lastAudit;
    enum class LiveState {
        None,
        Live,
        Disconnected,
    } m_liveState = LiveState::None;
    QString m_liveMessage;
    QString m_demoReason;

    FindingsModel* m_model;
    FindingsFilterModel* m_proxy;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_scoreCaption;
    QLabel* m_urgentTitle;
    QList<QLabel*> m_urgentIcons;
    QList<QLabel*> m_urgentLabels;
    QList<QPushButton*> m_urgentFixButtons;
    QLabel* m_layerFilterLabel;
    QPushButton* m_clearLayerButton;
    QWidget* m_bannerBox;
    QLabel* m_banner;
    QPushButton* m_connectButton;
    QLabel* m_liveBanner;
    QLineEdit* m_filter;
    LayerDiagram* m_diagram;
    ChecklistView* m_hostChecklist;
    ChecklistView* m_daemonChecklist;
    ChecklistView* m_imagesChecklist;
    ChecklistView* m_composeChecklist;
    ContainersView* m_containers;
    ChartsView* m_charts;
    QTabWidget* m_historyTabs = nullptr;
    JournalDialog* m_journal = nullptr;
    QLabel* m_fixesIntro = nullptr;
    QPushButton* m_openWizardButton = nullptr;
    LabView* m_lab = nullptr;
    QLabel* m_settingsLanguageLabel = nullptr;
    QComboBox* m_settingsLanguage = nullptr;
    QLabel* m_settingsEndpointLabel = nullptr;
    QLineEdit* m_settingsEndpoint = nullptr;
    QPushButton* m_settingsApply = nullptr;
    QLabel* m_settingsHelp = nullptr;
    QCheckBox* m_settingsActive = nullptr; // active probes: off by default, never remembered
    QLabel* m_settingsActiveWarning = nullptr;
    QComboBox* m_endpointCombo = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QProgressBar* m_progress;
    QLabel* m_statusEndpoint;
    QLabel* m_statusVersion;
    QLabel* m_statusTime;
    QLabel* m_statusLive;
    QAction* m_auditAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_fixAction = nullptr;
    QAction* m_journalAction = nullptr;
    QAction* m_exportAction = nullptr;
    bool m_exporting = false;
    QString m_resultLanguage; // the language m_result's evidence is worded in; empty when mixed
    // m_result.findings are exactly what evaluating m_result.snapshot gives (not patched by live events), and how
    // often they changed: a re-audit may keep them only if they did not change while it ran.
    bool m_findingsExact = false;
    quint64 m_findingsVersion = 0;
    quint64 m_auditFindingsVersion = 0;
    QLabel* m_endpointLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    EventWatcher* m_events;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    int m_evaluationGeneration = 0;
    bool m_reevaluating = false;               // a re-evaluation for a new language is in flight
    QString m_auditLanguage;                   // the language the running audit words its evidence in
    QHash<QString, quint64> m_pendingInspects; // container id → latest re-inspection ticket
    quint64 m_inspectTicket = 0;
};

} // namespace escut
