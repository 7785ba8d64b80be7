// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "translations/Translations.h"

#include "core/checks/Catalogue.h"
#include "core/docker/DockerClient.h"
#include "core/util/ThreadPriority.h"
#include "ui/BackgroundPool.h"
#include "ui/FindingsFilterModel.h"
#include "ui/FindingsModel.h"
#include "ui/StatusStyle.h"
#include "ui/charts/ChartsView.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/containers/ContainersView.h"
#include "ui/diagram/LayerDiagram.h"
#include "ui/lab/LabView.h"
#include "ui/live/EventWatcher.h"
#include "ui/report/ExportDialog.h"
#include "ui/report/ReportExport.h"
#include "ui/wizard/FixWizard.h"
#include "ui/wizard/JournalDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <mutex>
#include <optional>

namespace escut
{

namespace
{

constexpr int UrgentCount = 3;
// The progress bar and status text change at most this often during an audit.
constexpr int ProgressIntervalMs = 100;

struct ViewRow
{
    MainWindow::View view;
    const char* id;
};

constexpr ViewRow s_views[] = {
    {MainWindow::View::Overview, "overview"},
    {MainWindow::View::Host, "host"},
    {MainWindow::View::Daemon, "daemon"},
    {MainWindow::View::Images, "images"},
    {MainWindow::View::Containers, "containers"},
    {MainWindow::View::Compose, "compose"},
    {MainWindow::View::History, "history"},
    {MainWindow::View::Fixes, "fixes"},
    {MainWindow::View::Lab, "lab"},
    {MainWindow::View::Settings, "settings"},
};

QString viewTitle(MainWindow::View view)
{
    switch (view) {
    case MainWindow::View::Overview:
        return MainWindow::tr("Overview");
    case MainWindow::View::Host:
        return MainWindow::tr("Host");
    case MainWindow::View::Daemon:
        return MainWindow::tr("Daemon");
    case MainWindow::View::Images:
        return MainWindow::tr("Images");
    case MainWindow::View::Containers:
        return MainWindow::tr("Containers");
    case MainWindow::View::Compose:
        return MainWindow::tr("Compose");
    case MainWindow::View::History:
        return MainWindow::tr("History");
    case MainWindow::View::Fixes:
        return MainWindow::tr("Fixes");
    case MainWindow::View::Lab:
        return MainWindow::tr("Lab");
    case MainWindow::View::Settings:
        return MainWindow::tr("Settings");
    }
    return {};
}

QList<Finding> findingsOfScopes(const QList<Finding>& findings, std::initializer_list<Scope> scopes)
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (std::find(scopes.begin(), scopes.end(), f.subject.scope) != scopes.end()) {
            out.append(f);
        }
    }
    return out;
}

// Docker context names from ~/.docker/contexts/meta/*/meta.json (small local files).
QStringList dockerContexts()
{
    QStringList names;
    const QString dir = QDir::homePath() + QStringLiteral("/.docker/contexts/meta");
    for (const QString& sub : QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(dir + QLatin1Char('/') + sub + QStringLiteral("/meta.json"));
        if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly)) {
            const QString name =
                QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("Name")).toString();
            if (!name.isEmpty()) {
                names.append(name);
            }
        }
    }
    names.sort();
    return names;
}

} // namespace

MainWindow::MainWindow(Options options, QWidget* parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingsFilterModel(this))
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_scoreCaption(new QLabel(this))
    , m_urgentTitle(new QLabel(this))
    , m_layerFilterLabel(new QLabel(this))
    , m_clearLayerButton(new QPushButton(this))
    , m_bannerBox(new QWidget(this))
    , m_banner(new QLabel(this))
    , m_connectButton(new QPushButton(this))
    , m_liveBanner(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_diagram(new LayerDiagram(this))
    , m_hostChecklist(new ChecklistView(this))
    , m_daemonChecklist(new ChecklistView(this))
    , m_imagesChecklist(new ChecklistView(this))
    , m_composeChecklist(new ChecklistView(this))
    , m_containers(new ContainersView(this))
    , m_charts(new ChartsView(this))
    , m_progress(new QProgressBar(this))
    , m_statusEndpoint(new QLabel(this))
    , m_statusVersion(new QLabel(this))
    , m_statusTime(new QLabel(this))
    , m_statusLive(new QLabel(this))
    , m_events(new EventWatcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_model->setPalette(palette());
    buildToolBar();

    // Banners: no daemon / demo (with Connect…), and lost live connection.
    m_banner->setObjectName(QStringLiteral("bannerLabel"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_connectButton->setObjectName(QStringLiteral("connectPushButton"));
    connect(m_connectButton, &QPushButton::clicked, this, &MainWindow::askForEndpoint);
    m_bannerBox->setObjectName(QStringLiteral("bannerWidget"));
    m_bannerBox->setAttribute(Qt::WA_StyledBackground);
    m_bannerBox->setStyleSheet(QStringLiteral("#bannerWidget { background: #fff4e5; border: 1px solid #ffb74d; "
                                              "border-radius: 4px; } #bannerWidget QLabel { color: #663c00; }"));
    auto* bannerLayout = new QHBoxLayout(m_bannerBox);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_connectButton);
    m_bannerBox->setVisible(false);
    m_liveBanner->setObjectName(QStringLiteral("liveBannerLabel"));
    m_liveBanner->setTextFormat(Qt::PlainText);
    m_liveBanner->setWordWrap(true);
    m_liveBanner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 6px; "
                                               "border: 1px solid #f44336; border-radius: 4px; }"));
    m_liveBanner->setVisible(false);

    // Navigation and pages, in View order.
    m_nav->setObjectName(QStringLiteral("navigationListWidget"));
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nav->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_nav->setFixedWidth(170);
    m_nav->setSpacing(3);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_hostChecklist->setObjectName(QStringLiteral("hostChecklistView"));
    m_daemonChecklist->setObjectName(QStringLiteral("daemonChecklistView"));
    m_imagesChecklist->setObjectName(QStringLiteral("imagesChecklistView"));
    m_imagesChecklist->setSubjectColumnVisible(true);
    m_composeChecklist->setObjectName(QStringLiteral("composeChecklistView"));
    m_composeChecklist->setSubjectColumnVisible(true);
    for (const ViewRow& row : s_views) {
        QWidget* page = nullptr;
        switch (row.view) {
        case View::Overview:
            page = buildOverview();
            break;
        case View::Host:
            page = m_hostChecklist;
            break;
        case View::Daemon:
            page = m_daemonChecklist;
            break;
        case View::Images:
            page = m_imagesChecklist;
            break;
        case View::Containers:
            page = m_containers;
            break;
        case View::Compose:
            page = m_composeChecklist;
            break;
        case View::History:
            page = new QWidget(this);
            page->setObjectName(QStringLiteral("historyWidget"));
            (new QVBoxLayout(page))->addWidget(m_charts);
            page->layout()->setContentsMargins(0, 0, 0, 0);
            break;
        case View::Fixes:
            page = buildFixesPage();
            break;
        case View::Lab:
            page = buildLabPage();
            break;
        case View::Settings:
            page = buildSettingsPage();
            break;
        }
        m_pages->addWidget(page);
        auto* item = new QListWidgetItem(m_nav);
        item->setData(Qt::UserRole, QString::fromLatin1(row.id));
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (static_cast<View>(row) == View::Fixes && m_journal) {
            m_journal->reload();
        }
    });
    m_nav->setCurrentRow(0);
    for (ChecklistView* checklist : {m_hostChecklist, m_daemonChecklist, m_imagesChecklist, m_composeChecklist}) {
        connect(checklist, &ChecklistView::fixRequested, this, &MainWindow::openFixWizardFor);
    }
    connect(m_containers, &ContainersView::fixRequested, this, &MainWindow::openFixWizardFor);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->addWidget(m_bannerBox);
    outer->addWidget(m_liveBanner);
    auto* body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    m_progress->setObjectName(QStringLiteral("auditProgressBar"));
    m_progress->setMaximumWidth(260);
    m_progress->setVisible(false);
    for (QLabel* label : {m_statusEndpoint, m_statusVersion, m_statusTime, m_statusLive}) {
        label->setTextFormat(Qt::PlainText);
    }
    m_statusEndpoint->setObjectName(QStringLiteral("statusEndpointLabel"));
    m_statusVersion->setObjectName(QStringLiteral("statusVersionLabel"));
    m_statusTime->setObjectName(QStringLiteral("statusTimeLabel"));
    m_statusLive->setObjectName(QStringLiteral("statusLiveLabel"));
    statusBar()->addWidget(m_statusEndpoint, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_statusVersion);
    statusBar()->addPermanentWidget(m_statusTime);
    statusBar()->addPermanentWidget(m_statusLive);

    connect(m_events, &EventWatcher::containerChanged, this, &MainWindow::onContainerEvent);
    connect(m_events, &EventWatcher::connectionChanged, this, &MainWindow::onLiveChanged);

    retranslateUi();
    resize(1280, 800);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_events->stop();
}

void MainWindow::buildToolBar()
{
    auto* toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("auditToolBar"));
    toolbar->setMovable(false);
    m_auditAction = toolbar->addAction(QString(), this, &MainWindow::startAudit);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setShortcut(QKeySequence::Refresh);
    m_cancelAction = toolbar->addAction(QString(), this, &MainWindow::cancelAudit);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setEnabled(false);
    toolbar->addSeparator();
    m_fixAction = toolbar->addAction(QString(), this, &MainWindow::openFixWizard);
    m_fixAction->setObjectName(QStringLiteral("fixAction"));
    m_journalAction = toolbar->addAction(QString(), this, &MainWindow::openJournal);
    m_journalAction->setObjectName(QStringLiteral("journalAction"));
    m_exportAction = toolbar->addAction(QString(), this, &MainWindow::openExportDialog);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    toolbar->addSeparator();

    m_endpointLabel = new QLabel(toolbar);
    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    toolbar->addWidget(m_endpointLabel);
    m_endpointCombo = new QComboBox(toolbar);
    m_endpointCombo->setObjectName(QStringLiteral("endpointComboBox"));
    m_endpointCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_endpointLabel->setBuddy(m_endpointCombo);
    toolbar->addWidget(m_endpointCombo);
    connect(m_endpointCombo, &QComboBox::activated, this, [this](int index) {
        const QVariant data = m_endpointCombo->itemData(index);
        if (!data.isValid()) {
            askForEndpoint(); // "Other…"
            return;
        }
        connectTo(data.toString());
    });

    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_languageLabel = new QLabel(toolbar);
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    toolbar->addWidget(m_languageLabel);
    m_languageCombo = new QComboBox(toolbar);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageLabel->setBuddy(m_languageCombo);
    // Each language in its own name, so anyone can find theirs.
    m_languageCombo->addItem(QStringLiteral("Català"), QStringLiteral("ca"));
    m_languageCombo->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(currentLanguage()));
    connect(m_languageCombo, &QComboBox::activated, this, [this](int index) {
        setLanguage(m_languageCombo->itemData(index).toString());
    });
    toolbar->addWidget(m_languageCombo);
}

QWidget* MainWindow::buildOverview()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("overviewWidget"));
    connect(m_diagram, &LayerDiagram::layerActivated, this, &MainWindow::filterByLayer);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText); // only numbers and our own translated words
    m_scoreCaption->setObjectName(QStringLiteral("scoreCaptionLabel"));
    m_scoreCaption->setTextFormat(Qt::PlainText);
    m_scoreCaption->setWordWrap(true);
    m_urgentTitle->setObjectName(QStringLiteral("urgentTitleLabel"));
    m_urgentTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_urgentTitle->font();
    bold.setBold(true);
    m_urgentTitle->setFont(bold);

    auto* right = new QWidget(page);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_scoreCaption);
    rightLayout->addSpacing(6);
    rightLayout->addWidget(m_urgentTitle);
    for (int i = 0; i < UrgentCount; ++i) {
        auto* icon = new QLabel(right);
        icon->setObjectName(QStringLiteral("urgent%1IconLabel").arg(i));
        icon->setFixedSize(20, 20);
        icon->setAlignment(Qt::AlignTop);
        auto* label = new QLabel(right);
        label->setObjectName(QStringLiteral("urgent%1Label").arg(i));
        label->setTextFormat(Qt::PlainText); // titles with container names
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto* fix = new QPushButton(right);
        fix->setObjectName(QStringLiteral("urgent%1FixPushButton").arg(i));
        fix->setVisible(false);
        connect(fix, &QPushButton::clicked, this, [this, fix] {
            openFixWizardFor({fix->property("fixId").toString()});
        });
        auto* row = new QHBoxLayout;
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        row->addWidget(fix, 0, Qt::AlignTop);
        rightLayout->addLayout(row);
        m_urgentIcons.append(icon);
        m_urgentLabels.append(label);
        m_urgentFixButtons.append(fix);
    }
    rightLayout->addSpacing(6);

    m_layerFilterLabel->setObjectName(QStringLiteral("layerFilterLabel"));
    m_layerFilterLabel->setTextFormat(Qt::PlainText);
    m_clearLayerButton->setObjectName(QStringLiteral("clearLayerPushButton"));
    connect(m_clearLayerButton, &QPushButton::clicked, this, &MainWindow::clearLayerFilter);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_layerFilterLabel);
    filterRow->addWidget(m_clearLayerButton);
    rightLayout->addLayout(filterRow);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("findingsTableView"));
    m_table->setParent(right);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::StatusColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(FindingsModel::StatusColumn, 90);
    m_table->setColumnWidth(FindingsModel::SeverityColumn, 70);
    m_table->setColumnWidth(FindingsModel::LayerColumn, 120);
    m_table->setColumnWidth(FindingsModel::SubjectColumn, 110);
    m_table->setColumnWidth(FindingsModel::CheckColumn, 260);
    rightLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("overviewSplitter"));
    splitter->addWidget(m_diagram);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setCollapsible(0, false);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    return page;
}

QWidget* MainWindow::buildFixesPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("fixesWidget"));
    m_fixesIntro = new QLabel(page);
    m_fixesIntro->setTextFormat(Qt::PlainText);
    m_fixesIntro->setWordWrap(true);
    m_openWizardButton = new QPushButton(page);
    m_openWizardButton->setObjectName(QStringLiteral("openWizardPushButton"));
    connect(m_openWizardButton, &QPushButton::clicked, this, [this] { openFixWizardFor({}); });
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    row->addWidget(m_fixesIntro, 1);
    row->addWidget(m_openWizardButton);
    layout->addLayout(row);
    // The applied-fixes journal, embedded (it is also a dialog of its own).
    m_journal = new JournalDialog(page);
    m_journal->setWindowFlags(Qt::Widget);
    // Embedded, it has nothing to close: hide Close, and stay visible if Escape rejects it anyway.
    for (auto* box : m_journal->findChildren<QDialogButtonBox*>()) {
        if (QPushButton* close = box->button(QDialogButtonBox::Close)) {
            close->hide();
        }
    }
    connect(m_journal, &QDialog::finished, m_journal, [journal = m_journal] { journal->setVisible(true); });
    layout->addWidget(m_journal, 1);
    return page;
}

QWidget* MainWindow::buildLabPage()
{
    m_lab = new LabView(this);
    m_lab->setEndpoint(m_options.audit.endpoint);
    return m_lab;
}

QWidget* MainWindow::buildSettingsPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("settingsWidget"));
    m_settingsLanguageLabel = new QLabel(page);
    m_settingsLanguage = new QComboBox(page);
    m_settingsLanguage->setObjectName(QStringLiteral("settingsLanguageComboBox"));
    m_settingsLanguage->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_settingsLanguage->addItem(QStringLiteral("Català"), QStringLiteral("ca"));
    m_settingsLanguage->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_settingsLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_settingsLanguage->setCurrentIndex(m_settingsLanguage->findData(currentLanguage()));
    m_settingsLanguageLabel->setBuddy(m_settingsLanguage);
    connect(m_settingsLanguage, &QComboBox::activated, this, [this](int index) {
        setLanguage(m_settingsLanguage->itemData(index).toString());
    });
    m_settingsEndpointLabel = new QLabel(page);
    m_settingsEndpoint = new QLineEdit(page);
    m_settingsEndpoint->setObjectName(QStringLiteral("settingsEndpointLineEdit"));
    m_settingsEndpoint->setText(!m_options.audit.endpoint.host.isEmpty() ? m_options.audit.endpoint.host
                                                                         : m_options.audit.endpoint.context);
    m_settingsEndpointLabel->setBuddy(m_settingsEndpoint);
    m_settingsApply = new QPushButton(page);
    m_settingsApply->setObjectName(QStringLiteral("settingsApplyPushButton"));
    connect(m_settingsApply, &QPushButton::clicked, this, [this] { connectTo(m_settingsEndpoint->text().trimmed()); });
    connect(m_settingsEndpoint, &QLineEdit::returnPressed, m_settingsApply, &QPushButton::click);
    m_settingsHelp = new QLabel(page);
    m_settingsHelp->setTextFormat(Qt::PlainText);
    m_settingsHelp->setWordWrap(true);
    auto* endpointRow = new QHBoxLayout;
    endpointRow->addWidget(m_settingsEndpoint, 1);
    endpointRow->addWidget(m_settingsApply);
    auto* form = new QFormLayout;
    form->addRow(m_settingsLanguageLabel, m_settingsLanguage);
    form->addRow(m_settingsEndpointLabel, endpointRow);
    m_settingsActive = new QCheckBox(page);
    m_settingsActive->setObjectName(QStringLiteral("settingsActiveProbesCheckBox"));
    m_settingsActiveWarning = new QLabel(page);
    m_settingsActiveWarning->setObjectName(QStringLiteral("settingsActiveProbesWarningLabel"));
    m_settingsActiveWarning->setTextFormat(Qt::PlainText);
    m_settingsActiveWarning->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_settingsHelp);
    layout->addSpacing(12);
    layout->addWidget(m_settingsActive);
    layout->addWidget(m_settingsActiveWarning);
    layout->addStretch(1);
    return page;
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Escut — Docker security"));
    if (auto* toolbar = findChild<QToolBar*>(QStringLiteral("auditToolBar"))) {
        toolbar->setWindowTitle(tr("Audit"));
    }
    m_auditAction->setText(tr("Audit now"));
    m_auditAction->setToolTip(tr("Collect the facts again and re-run every check (F5)."));
    m_cancelAction->setText(tr("Cancel"));
    m_cancelAction->setToolTip(tr("Stop the audit that is running."));
    m_fixAction->setText(tr("Fix…"));
    m_journalAction->setText(tr("Applied fixes…"));
    m_exportAction->setText(tr("Export report…"));
    m_exportAction->setToolTip(tr("Save this audit as a report: HTML, PDF, JSON, SARIF, JUnit XML or Prometheus text "
                                  "(%1).")
                                   .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_endpointLabel->setText(tr("&Endpoint:"));
    m_languageLabel->setText(tr("&Language:"));
    m_endpointCombo->setToolTip(tr("The Docker daemon to audit: automatic (DOCKER_HOST, the current context, the "
                                   "default socket), a Docker context, or another URL."));
    fillEndpointCombo();
    for (int i = 0; i < m_nav->count(); ++i) {
        m_nav->item(i)->setText(viewTitle(static_cast<View>(i)));
    }
    m_nav->setAccessibleName(tr("Views"));
    if (m_historyTabs) {
        m_historyTabs->setTabText(0, tr("Stored history"));
        m_historyTabs->setTabText(1, tr("This session"));
    }
    m_connectButton->setText(tr("Connect…"));
    m_connectButton->setToolTip(tr("Audit a Docker daemon: give its URL or a Docker context name."));
    m_urgentTitle->setText(tr("Most urgent findings"));
    for (QPushButton* fix : m_urgentFixButtons) {
        fix->setText(tr("Fix…"));
    }
    m_clearLayerButton->setText(tr("Show all layers"));
    m_filter->setPlaceholderText(tr("Filter findings (status, subject, check, evidence)…"));
    m_table->setAccessibleName(tr("Findings"));
    m_hostChecklist->setEmptyText(tr("No host checks in this audit."));
    m_daemonChecklist->setEmptyText(tr("No daemon checks in this audit."));
    m_imagesChecklist->setEmptyText(tr("No image checks in this audit."));
    m_composeChecklist->setEmptyText(tr("No Compose file was found or given, so no Compose checks ran."));
    m_fixesIntro->setText(tr("Every fix is a transaction: preview the exact change, apply it with a backup, and roll "
                             "it back later. These are the fixes applied on this machine."));
    m_openWizardButton->setText(tr("Open the remediation wizard…"));
    m_settingsLanguageLabel->setText(tr("Lan&guage:"));
    m_settingsEndpointLabel->setText(tr("Docker e&ndpoint:"));
    m_settingsEndpoint->setPlaceholderText(tr("Automatic (DOCKER_HOST, current context, default socket)"));
    m_settingsApply->setText(tr("Connect and audit"));
    m_settingsActive->setText(tr("Active probes: run commands in containers"));
    m_settingsActiveWarning->setText(tr("Warning: the next audits run sh -c true in every running container and start "
                                        "each image once more without secrets (removed afterwards)."));
    // URLs are arguments: they are examples to type, never to translate.
    m_settingsHelp->setText(tr("The endpoint is a URL (%1, %2, %3) or a Docker context name. Leave it empty to pick "
                               "it automatically. The window remembers the language and the endpoint.")
                                .arg(QStringLiteral("unix:///var/run/docker.sock"),
                                     QStringLiteral("tcp://host:2376"),
                                     QStringLiteral("ssh://user@host")));
    if (m_hasResult) {
        refreshViews();
    } else {
        m_summary->setText(tr("<h2>No audit yet</h2>"));
        m_scoreCaption->clear();
        updateUrgent();
        updateStatusBar();
        clearLayerFilter();
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Evidence is worded when the checks run: run them again (pure, on the snapshot we have) once the
        // translators have settled.
        if (m_hasResult) {
            QTimer::singleShot(0, this, &MainWindow::reevaluateForLanguage);
        }
    } else if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString& language)
{
    if (language == currentLanguage() || !installTranslations(language)) {
        return;
    }
    QSettings().setValue(QStringLiteral("language"), language);
    for (QComboBox* combo : {m_languageCombo, m_settingsLanguage}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(language));
    }
}

void MainWindow::reevaluateForLanguage()
{
    if (!m_hasResult || m_running) {
        return;
    }
    const int generation = ++m_evaluationGeneration;
    m_reevaluating = true;
    const QString language = currentLanguage();
    const Snapshot snapshot = m_result.snapshot;
    const QSet<Layer> only = m_options.audit.only;
    auto* watcher = new QFutureWatcher<AuditResult>(this);
    connect(watcher, &QFutureWatcher<AuditResult>::finished, this, [this, watcher, generation, language] {
        watcher->deleteLater();
        if (generation != m_evaluationGeneration || m_running) {
            return;
        }
        m_reevaluating = false;
        const AuditResult fresh = watcher->result();
        m_result.findings = fresh.findings;
        m_result.score = fresh.score;
        m_resultLanguage = language;
        m_findingsExact = true;
        ++m_findingsVersion;
        refreshViews();
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [snapshot, only] {
        lowerCurrentThreadPriority(); // the GUI thread stays ahead of the evaluation
        return Auditor::evaluate(snapshot, only);
    }));
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_pages->currentIndex());
}

void MainWindow::setCurrentView(View view)
{
    m_nav->setCurrentRow(static_cast<int>(view));
}

std::optional<MainWindow::View> MainWindow::viewFromName(const QString& name)
{
    for (const ViewRow& row : s_views) {
        if (name.compare(QLatin1String(row.id), Qt::CaseInsensitive) == 0) {
            return row.view;
        }
    }
    return std::nullopt;
}

QStringList MainWindow::viewNames()
{
    QStringList names;
    for (const ViewRow& row : s_views) {
        names.append(QString::fromLatin1(row.id));
    }
    return names;
}

bool MainWindow::hasResult() const
{
    return m_hasResult;
}

bool MainWindow::resultIsDemo() const
{
    return m_resultIsDemo;
}

const AuditResult& MainWindow::result() const
{
    return m_result;
}

void MainWindow::fillEndpointCombo()
{
    const QSignalBlocker blocker(m_endpointCombo);
    m_endpointCombo->clear();
    m_endpointCombo->addItem(tr("Automatic"), QString());
    for (const QString& context : dockerContexts()) {
        m_endpointCombo->addItem(tr("Context: %1").arg(context), context);
    }
    const EndpointRequest& request = m_options.audit.endpoint;
    const QString current = !request.host.isEmpty() ? request.host : request.context;
    if (!current.isEmpty() && m_endpointCombo->findData(current) < 0) {
        m_endpointCombo->addItem(current, current);
    }
    m_endpointCombo->addItem(tr("Other…"));
    m_endpointCombo->setCurrentIndex(qMax(0, m_endpointCombo->findData(current)));
}

void MainWindow::askForEndpoint()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("endpointInputDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Connect to a Docker daemon"));
    dialog->setLabelText(tr("Endpoint URL (%1, %2, %3) or Docker context name; empty for automatic:")
                             .arg(QStringLiteral("unix:///var/run/docker.sock"),
                                  QStringLiteral("tcp://host:2376"),
                                  QStringLiteral("ssh://user@host")));
    const EndpointRequest& request = m_options.audit.endpoint;
    dialog->setTextValue(!request.host.isEmpty() ? request.host : request.context);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) { connectTo(text.trimmed()); });
    connect(dialog, &QDialog::rejected, this, &MainWindow::fillEndpointCombo);
    dialog->open();
}

void MainWindow::connectTo(const QString& endpoint)
{
    EndpointRequest& request = m_options.audit.endpoint;
    if (endpoint.contains(QStringLiteral("://"))) {
        request.host = endpoint;
        request.context.clear();
    } else {
        request.host.clear();
        request.context = endpoint;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("endpoint/host"), request.host);
    settings.setValue(QStringLiteral("endpoint/context"), request.context);
    m_options.demo = false;
    m_options.audit.snapshotPath.clear();
    m_settingsEndpoint->setText(endpoint);
    m_lab->setEndpoint(request);
    fillEndpointCombo();
    m_events->stop();
    startAudit();
}

void MainWindow::openFixWizard()
{
    QStringList preselected;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const Finding* f = m_model->findingAt(m_proxy->mapToSource(index).row()); f && *f->check->fixId) {
            preselected.append(QString::fromLatin1(f->check->fixId));
        }
    }
    openFixWizardFor(preselected);
}

void MainWindow::openFixWizardFor(const QStringList& fixIds, const QString& scope)
{
    // Fixes change this machine's files: never from the demo, a stored snapshot or a remote daemon's findings,
    // whichever button asked (the toolbar's Fix…, a checklist, the Fixes view, the lab).
    if (!fixesAvailable()) {
        statusBar()->showMessage(tr("Fixes are offered only for an audit of this machine's own daemon; this one is "
                                    "a demo, a stored snapshot or a remote daemon."),
                                 10000);
        return;
    }
    FixContext context;
    // Fix the daemon that was audited, not whatever /var/run/docker.sock is.
    if (m_hasResult && m_result.snapshot.endpoint.isLocal() && !m_result.snapshot.endpoint.socketPath.isEmpty()) {
        context.socketPath = m_result.snapshot.endpoint.socketPath;
    }
    auto* wizard = new FixWizard(context, m_model->findings(), fixIds, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!scope.isEmpty()) {
        wizard->preselectScope(scope);
    }
    connect(wizard, &FixWizard::applyFinished, this, &MainWindow::startAudit);
    wizard->open();
}

void MainWindow::setHistoryView(QWidget* view)
{
    QWidget* page = m_pages->widget(static_cast<int>(View::History));
    auto* layout = static_cast<QVBoxLayout*>(page->layout());
    if (m_historyTabs) {
        delete m_historyTabs->widget(0);
    } else {
        m_historyTabs = new QTabWidget(page);
        m_historyTabs->setObjectName(QStringLiteral("historyTabWidget"));
        layout->removeWidget(m_charts);
        m_historyTabs->addTab(m_charts, QString());
        layout->addWidget(m_historyTabs);
    }
    m_historyTabs->insertTab(0, view, QString());
    m_historyTabs->setCurrentIndex(0);
    retranslateUi();
}

void MainWindow::openJournal()
{
    auto* dialog = new JournalDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateExportAction()
{
    m_exportAction->setEnabled(m_hasResult && !m_running && !m_exporting);
}

QString MainWindow::defaultExportPath(ReportFormat format) const
{
    QString directory = QSettings().value(QStringLiteral("export/directory")).toString();
    if (directory.isEmpty()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    if (directory.isEmpty()) {
        directory = QDir::homePath();
    }
    const QDate day = m_result.snapshot.collectedAt.isValid() ? m_result.snapshot.collectedAt.toLocalTime().date()
                                                              : QDate::currentDate();
    // File names stay in English and ASCII, like the CLI's fleet.<ext>: they end up in scripts and mail.
    return QDir(directory).filePath(
        QStringLiteral("escut-report-%1.%2").arg(day.toString(Qt::ISODate), reportFormatSuffix(format)));
}

void MainWindow::openExportDialog()
{
    if (!m_exportAction->isEnabled()) {
        return;
    }
    const std::optional<ReportFormat> remembered =
        reportFormatFromId(QSettings().value(QStringLiteral("export/format")).toString());
    const ReportFormat format =
        remembered && ExportDialog::formats().contains(*remembered) ? *remembered : ReportFormat::Html;
    auto* dialog = new ExportDialog(defaultExportPath(format), format, currentLanguage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog,
            &ExportDialog::exportRequested,
            this,
            [this](const QString& path, ReportFormat chosen, const QString& language) {
                QSettings settings;
                settings.setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
                settings.setValue(QStringLiteral("export/format"), reportFormatId(chosen));
                exportReport(path, chosen, language);
            });
    dialog->open();
}

void MainWindow::exportReport(const QString& path, ReportFormat format, const QString& language)
{
    if (!m_hasResult || m_running || m_exporting) {
        const QString message = m_running     ? tr("An audit is running: export once it has finished.")
                                : m_exporting ? tr("A report is being exported: wait until it is written.")
                                              : tr("There is no audit to export yet.");
        statusBar()->showMessage(message, 10000);
        Q_EMIT reportExported(false, path, message);
        return;
    }
    m_exporting = true;
    updateExportAction();
    statusBar()->showMessage(tr("Exporting the report to %1…").arg(QDir::toNativeSeparators(path)));

    ReportExportRequest request;
    request.result = m_result;
    request.resultLanguage = m_reevaluating ? QString() : m_resultLanguage;
    request.only = m_options.audit.only;
    request.format = format;
    request.language = language;
    request.path = path;
    auto* watcher = new QFutureWatcher<Result<ReportExportDone>>(this);
    connect(watcher, &QFutureWatcher<Result<ReportExportDone>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_exporting = false;
        updateExportAction();
        const Result<ReportExportDone> done = watcher->result();
        if (done) {
            const QString message =
                tr("Report saved: %1 (%2)")
                    .arg(QDir::toNativeSeparators(done->path), QLocale().formattedDataSize(done->bytes));
            statusBar()->showMessage(message, 15000);
            Q_EMIT reportExported(true, done->path, message);
            return;
        }
        const QString message = tr("The report could not be exported. %1").arg(done.error().fullText());
        statusBar()->showMessage(message, 15000);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export report"), message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportErrorMessageBox"));
        box->setTextFormat(Qt::PlainText); // paths come from the user
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT reportExported(false, path, message);
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [request] {
        lowerCurrentThreadPriority(); // a PDF of a large fleet takes a while: the window stays responsive
        return ReportExport::run(request);
    }));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::raiseAndActivate()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

QString MainWindow::demoSnapshotPath()
{
    return QStringLiteral(":/demo/snapshot.json");
}

void MainWindow::startAudit()
{
    if (m_running) {
        return;
    }
    m_running = true;
    ++m_evaluationGeneration;  // a pending language re-evaluation is superseded
    m_pendingInspects.clear(); // and so are live re-inspections
    m_reevaluating = false;
    m_auditLanguage = currentLanguage();
    m_auditAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    updateExportAction();
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Auditing…"));
    m_statusEndpoint->setText(tr("Auditing…"));

    const bool demo = m_options.demo;
    AuditOptions options = m_options.audit;
    options.active = m_settingsActive && m_settingsActive->isChecked();
    if (demo) {
        options.snapshotPath = demoSnapshotPath();
    }
    if (!demo && m_hasResult && m_resultIsLive) {
        // Audit now again: what the daemon logged no event for since the last audit is not inspected again.
        options.previous = std::make_shared<const Snapshot>(m_result.snapshot);
        if (m_findingsExact && m_resultLanguage == m_auditLanguage) {
            options.previousFindings = m_result.findings;
        }
    }
    m_auditFindingsVersion = m_findingsVersion;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    QPointer<MainWindow> self(this);
    // Progress arrives on worker threads, once per container and image: keep only the latest and hop to the GUI
    // thread at most every ProgressIntervalMs (one queued call per step of a 1000-container audit stalled it), and
    // only while the window lives.
    struct LatestProgress
    {
        std::mutex mutex;
        int done = 0;
        int total = 0;
        QString stage;
        bool posted = false;
        QElapsedTimer sincePost;
    };
    auto latest = std::make_shared<LatestProgress>();
    ProgressCallback progress = [self, latest](int done, int total, const QString& stage) {
        {
            const std::lock_guard lock(latest->mutex);
            latest->done = done;
            latest->total = total;
            latest->stage = stage;
            if (latest->posted) {
                return;
            }
            latest->posted = true;
            const qint64 elapsed = latest->sincePost.isValid() ? latest->sincePost.elapsed() : ProgressIntervalMs;
            latest->sincePost.start();
            const int delay = int(std::max<qint64>(0, ProgressIntervalMs - elapsed));
            QMetaObject::invokeMethod(
                self.data(),
                [self, latest, delay] {
                    QTimer::singleShot(delay, self.data(), [self, latest] {
                        int latestDone = 0;
                        int latestTotal = 0;
                        QString latestStage;
                        {
                            const std::lock_guard guard(latest->mutex);
                            latest->posted = false;
                            latestDone = latest->done;
                            latestTotal = latest->total;
                            latestStage = latest->stage;
                        }
                        if (self) {
                            self->onProgress(latestDone, latestTotal, latestStage);
                        }
                    });
                },
                Qt::QueuedConnection);
        }
    };
    // The worker also builds the Containers view's rows, so that the GUI thread only swaps them in.
    struct Done
    {
        Result<AuditResult> result;
        std::shared_ptr<const ContainersModel::Prepared> containers;
    };
    auto* watcher = new QFutureWatcher<Done>(this);
    connect(watcher, &QFutureWatcher<Done>::finished, this, [this, watcher, demo] {
        watcher->deleteLater();
        const Done done = watcher->result();
        onAuditDone(done.result, demo, done.containers);
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [options, progress, cancel] {
        // The audit's threads (and the tools it runs) inherit this: on two cores, ten busy collectors at the GUI
        // thread's priority held a paint of the window up for 70 ms.
        lowerCurrentThreadPriority();
        Done done{Auditor::run(options, progress, cancel.get()), nullptr};
        // Kept findings need no new rows: the view shows them already (else refreshViews builds them).
        if (done.result && !done.result.value().findingsReused) {
            done.containers = std::make_shared<const ContainersModel::Prepared>(
                ContainersModel::prepare(done.result.value().snapshot.containers, done.result.value().findings));
        }
        return done;
    }));
}

void MainWindow::cancelAudit()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_cancelAction->setEnabled(false);
}

void MainWindow::onProgress(int done, int total, const QString& stage)
{
    if (!m_running) {
        return; // a late update after the audit ended
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    const QString format = tr("%1 %v/%m").arg(stage);
    if (m_progress->format() != format) {
        m_progress->setFormat(format);
    }
    if (m_statusEndpoint->text() != stage) {
        m_statusEndpoint->setText(stage); // a new text relayouts the status bar
    }
}

void MainWindow::onAuditDone(Result<AuditResult> result,
                             bool demo,
                             std::shared_ptr<const ContainersModel::Prepared> containers)
{
    m_running = false;
    m_auditAction->setEnabled(true);
    m_cancelAction->setEnabled(false);
    m_progress->setVisible(false);
    updateExportAction();

    if (result) {
        if (!demo) {
            m_demoReason.clear();
        }
        // The same facts as the result on screen, which no live event changed meanwhile: nothing to redraw.
        const bool viewsCurrent = result.value().findingsReused && m_hasResult && !demo && !m_resultIsDemo &&
                                  m_auditFindingsVersion == m_findingsVersion;
        showResult(result.value(), demo, std::move(containers), viewsCurrent);
        if (m_auditLanguage != currentLanguage()) {
            reevaluateForLanguage(); // the language changed while the checks ran
        }
        Q_EMIT auditFinished(true);
        return;
    }
    const Error& error = result.error();
    if (error.code == Error::Code::Cancelled) {
        updateStatusBar();
        m_statusEndpoint->setText(tr("Audit cancelled."));
        Q_EMIT auditFinished(false);
        return;
    }
    if (!demo && m_options.audit.snapshotPath.isEmpty()) {
        // No daemon: say why, and show the bundled demo so the window is never empty.
        m_demoReason = error.message;
        m_banner->setToolTip(style::plainToolTip(error.detail));
        m_options.demo = true;
        startAudit();
        m_options.demo = false;
        return;
    }
    m_banner->setText(tr("<b>The audit failed.</b> %1").arg(error.fullText().toHtmlEscaped()));
    m_bannerBox->setVisible(true);
    updateStatusBar();
    m_statusEndpoint->setText(tr("Audit failed."));
    Q_EMIT auditFinished(false);
}

void MainWindow::showResult(const AuditResult& result,
                            bool demo,
                            std::shared_ptr<const ContainersModel::Prepared> containers,
                            bool viewsCurrent)
{
    m_result = result;
    m_hasResult = true;
    m_resultIsDemo = demo;
    m_resultLanguage = m_auditLanguage;
    m_resultIsLive = !demo && m_options.audit.snapshotPath.isEmpty();
    m_findingsExact = true;
    ++m_findingsVersion;
    m_lastAudit = QDateTime::currentDateTime();
    m_charts->addAuditPoint(m_lastAudit, result.score.overall.score());
    if (!viewsCurrent) {
        refreshViews(std::move(containers));
    }
    updateExportAction();

    if (m_resultIsLive && m_options.liveEvents) {
        m_events->start(result.snapshot.endpoint);
    } else {
        m_events->stop();
        m_liveState = LiveState::None;
    }
    updateStatusBar();
}

bool MainWindow::fixesAvailable() const
{
    // Fixes change this machine's files: only offer them when the findings describe this machine.
    return m_hasResult && m_resultIsLive && m_result.snapshot.endpoint.isLocal() &&
           m_result.snapshot.hostFactsCollected;
}

void MainWindow::refreshViews(std::shared_ptr<const ContainersModel::Prepared> containers)
{
    const QList<Finding>& findings = m_result.findings;
    m_model->setFindings(findings);
    m_diagram->setResult(m_result.score, findings);
    m_charts->setResult(m_result.score, findings);
    const bool fixes = fixesAvailable();
    m_hostChecklist->setFindings(tr("Host"), findingsOfScopes(findings, {Scope::Host}));
    m_daemonChecklist->setFindings(tr("Daemon"), findingsOfScopes(findings, {Scope::Daemon}));
    m_imagesChecklist->setFindings(tr("Images"), findingsOfScopes(findings, {Scope::Image, Scope::Dockerfile}));
    m_composeChecklist->setFindings(tr("Compose"), findingsOfScopes(findings, {Scope::Compose}));
    for (ChecklistView* checklist : {m_hostChecklist, m_daemonChecklist, m_imagesChecklist, m_composeChecklist}) {
        checklist->setFixesAvailable(fixes);
    }
    m_containers->setFixesAvailable(fixes);
    if (containers) {
        m_containers->setPrepared(*containers);
    } else {
        m_containers->setContainers(m_result.snapshot.containers, findings);
    }

    m_fixAction->setEnabled(fixes);
    m_openWizardButton->setEnabled(fixes);
    m_fixAction->setToolTip(fixes ? tr("Preview and apply fixes for the selected findings; every change can be "
                                       "rolled back.")
                                  : tr("Fixes apply to this machine's files: audit the local Docker daemon first."));
    const LayerScore& overall = m_result.score.overall;
    QString text = tr("<h2>Score %1/100</h2>").arg(overall.score() < 0 ? 0 : overall.score());
    text += tr("%n finding(s) failed", nullptr, overall.fail) + QStringLiteral(" · ") +
            tr("%n warning(s)", nullptr, overall.warn) + QStringLiteral(" · ") +
            tr("%n check(s) passed", nullptr, overall.pass) + QStringLiteral(" · ") +
            tr("%n skipped", nullptr, overall.skipped);
    m_summary->setText(text);
    m_scoreCaption->setText(tr("Each band of the diagram is one layer, outermost first, coloured by its score. "
                               "Click a band to list its findings."));

    if (m_resultIsDemo) {
        m_banner->setText(
            m_demoReason.isEmpty()
                ? tr("<b>Demo mode.</b> These findings come from a bundled snapshot of an insecure workstation, not "
                     "from this machine.")
                : tr("<b>No Docker daemon reachable.</b> %1<br>Showing the bundled demo snapshot instead; press "
                     "Audit now to try again, or Connect… to choose another daemon.")
                      .arg(m_demoReason.toHtmlEscaped()));
        m_bannerBox->setVisible(true);
    } else {
        m_bannerBox->setVisible(false);
    }
    updateUrgent();
    updateStatusBar();
    if (const auto layer = m_proxy->layer()) {
        filterByLayer(*layer);
    } else {
        clearLayerFilter();
    }
}

void MainWindow::updateUrgent()
{
    QList<Finding> urgent;
    if (m_hasResult) {
        urgent = style::mostUrgent(m_result.findings, UrgentCount, [](const Finding& f) {
            return f.status == Status::Fail || f.status == Status::Error;
        });
    }
    const bool fixes = fixesAvailable();
    for (int i = 0; i < UrgentCount; ++i) {
        QLabel* label = m_urgentLabels.at(i);
        QPushButton* fix = m_urgentFixButtons.at(i);
        QLabel* icon = m_urgentIcons.at(i);
        if (i >= urgent.size()) {
            label->setText(i == 0 && m_hasResult ? tr("Nothing failed. Well done.") : QString());
            icon->clear();
            fix->setVisible(false);
            continue;
        }
        const Finding& f = urgent.at(i);
        icon->setPixmap(style::statusIcon(f.status, palette()).pixmap(QSize(18, 18), devicePixelRatioF()));
        // Titles say what a passing check looks like; the evidence says what was found.
        label->setText(tr("%1 — %2 (%3, %4)\n%5")
                           .arg(f.check->trTitle(),
                                f.subject.name,
                                statusName(f.status),
                                severityName(f.check->severity),
                                f.evidence));
        label->setToolTip(style::plainToolTip(f.evidence));
        fix->setProperty("fixId", QString::fromLatin1(f.check->fixId));
        fix->setVisible(fixes && *f.check->fixId);
    }
}

void MainWindow::updateStatusBar()
{
    if (!m_hasResult) {
        m_statusEndpoint->setText(tr("No audit yet."));
        m_statusVersion->clear();
        m_statusTime->clear();
        m_statusLive->clear();
        return;
    }
    const Snapshot& s = m_result.snapshot;
    if (m_resultIsDemo) {
        m_statusEndpoint->setText(tr("Demo snapshot (no live daemon)"));
    } else if (!m_resultIsLive) {
        m_statusEndpoint->setText(tr("Snapshot %1").arg(m_options.audit.snapshotPath));
    } else {
        m_statusEndpoint->setText(
            tr("%1 · %n container(s)", nullptr, static_cast<int>(s.containers.size())).arg(s.endpoint.displayName()));
    }
    m_statusVersion->setText(tr("Docker %1").arg(s.version.value(QStringLiteral("Version")).toString()));
    m_statusTime->setText(tr("Last audit: %1").arg(QLocale().toString(m_lastAudit, QLocale::ShortFormat)));
    switch (m_liveState) {
    case LiveState::Live:
        m_statusLive->setText(tr("● Live"));
        m_statusLive->setToolTip(tr("Following the daemon's events: container changes update the view at once."));
        break;
    case LiveState::Disconnected:
        m_statusLive->setText(tr("○ Disconnected"));
        m_statusLive->setToolTip(style::plainToolTip(m_liveMessage));
        break;
    case LiveState::None:
        m_statusLive->setText(m_resultIsLive ? tr("○ Not live") : tr("○ Offline snapshot"));
        m_statusLive->setToolTip(QString());
        break;
    }
    if (m_liveState == LiveState::Disconnected) {
        m_liveBanner->setText(tr("Lost the connection to the Docker daemon: %1 Reconnecting automatically; the "
                                 "findings may be out of date.")
                                  .arg(m_liveMessage));
        m_liveBanner->setVisible(true);
    } else {
        m_liveBanner->setVisible(false);
    }
}

void MainWindow::filterByLayer(Layer layer)
{
    m_proxy->setLayer(layer);
    m_diagram->setCurrentLayer(layer);
    m_layerFilterLabel->setText(tr("Layer: %1").arg(layerName(layer)));
    m_layerFilterLabel->setVisible(true);
    m_clearLayerButton->setVisible(true);
    if (currentView() != View::Overview) {
        setCurrentView(View::Overview);
    }
}

void MainWindow::clearLayerFilter()
{
    m_proxy->setLayer(std::nullopt);
    m_layerFilterLabel->setVisible(false);
    m_clearLayerButton->setVisible(false);
}

void MainWindow::onLiveChanged(bool live, const QString& message)
{
    const bool wasDisconnected = m_liveState == LiveState::Disconnected;
    m_liveState = live ? LiveState::Live : LiveState::Disconnected;
    m_liveMessage = message;
    updateStatusBar();
    // Events were missed while the daemon was away: audit again to catch up.
    if (live && wasDisconnected) {
        startAudit();
    }
}

void MainWindow::onContainerEvent(const QString& id, const QString& action)
{
    if (!m_hasResult || !m_resultIsLive || m_running) {
        return;
    }
    if (action == QLatin1String("destroy")) {
        m_pendingInspects.remove(id); // an inspect still on its way is stale now
        removeContainer(id);
        return;
    }
    // Re-collect that container only, off the GUI thread. Events come in bursts (create, start, ...): only the
    // answer to the latest request for a container is applied, whatever order the answers arrive in.
    const quint64 ticket = ++m_inspectTicket;
    m_pendingInspects.insert(id, ticket);
    const Endpoint endpoint = m_result.snapshot.endpoint;
    // The container's inspect and, when the audit read them, the programs it runs now (container.sshd).
    struct Inspected
    {
        Result<QJsonDocument> inspect = QJsonDocument();
        std::optional<ContainerProcessFact> processes;
    };
    const bool processes = m_result.snapshot.processes.collected;
    const bool useProc = ContainerProcesses::procUsable(m_result.snapshot);
    auto* watcher = new QFutureWatcher<Inspected>(this);
    connect(watcher, &QFutureWatcher<Inspected>::finished, this, [this, watcher, id, ticket] {
        watcher->deleteLater();
        if (m_pendingInspects.value(id) != ticket) {
            return;
        }
        m_pendingInspects.remove(id);
        const Inspected result = watcher->result();
        if (result.inspect) {
            if (result.processes) {
                m_result.snapshot.processes.update(result.processes->containerId, *result.processes);
            }
            applyContainerInspect(result.inspect->object());
        } else if (result.inspect.error().httpStatus == 404) {
            removeContainer(id);
        }
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [endpoint, id, processes, useProc]() -> Inspected {
        DockerClient client(endpoint);
        if (VoidResult negotiated = client.negotiate(); !negotiated) {
            return {negotiated.error(), std::nullopt};
        }
        Inspected out;
        out.inspect =
            client.getJson(QStringLiteral("/containers/%1/json").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))));
        if (out.inspect && processes) {
            ContainerProcessFact fact = ContainerProcesses::forContainer(client, out.inspect->object(), useProc);
            fact.containerId = out.inspect->object().value(QStringLiteral("Id")).toString();
            out.processes = fact;
        }
        return out;
    }));
}

void MainWindow::applyContainerInspect(const QJsonObject& inspect)
{
    if (!m_hasResult) {
        return;
    }
    const QString id = inspect.value(QStringLiteral("Id")).toString();
    if (id.isEmpty()) {
        return;
    }
    QList<QJsonObject>& containers = m_result.snapshot.containers;
    const auto it = std::find_if(containers.begin(), containers.end(), [&id](const QJsonObject& c) {
        return c.value(QStringLiteral("Id")).toString() == id;
    });
    if (it != containers.end()) {
        *it = inspect;
    } else {
        containers.append(inspect);
    }
    // Re-evaluate this container's checks only, with the pure evaluators.
    Subject subject;
    for (const Subject& s : subjectsFor(m_result.snapshot, Scope::Container)) {
        if (s.id == id) {
            subject = s;
        }
    }
    QList<Finding> fresh;
    const QSet<Layer>& only = m_options.audit.only;
    for (const CheckDef& def : catalogue()) {
        if (def.scope != Scope::Container || (!only.isEmpty() && !only.contains(def.layer))) {
            continue;
        }
        fresh.append(evaluateCheck(def, m_result.snapshot, subject));
    }
    QList<Finding>& findings = m_result.findings;
    findings.removeIf([&id](const Finding& f) { return f.subject.scope == Scope::Container && f.subject.id == id; });
    findings.append(fresh);
    if (m_resultLanguage != currentLanguage()) {
        m_resultLanguage.clear(); // worded in two languages now
    }
    m_findingsExact = false; // only this container's checks ran; the others did not see it change
    ++m_findingsVersion;
    m_result.score = ScoreCard::compute(findings);

    m_model->setFindings(findings);
    m_diagram->setResult(m_result.score, findings);
    m_charts->setResult(m_result.score, findings);
    m_containers->updateContainer(inspect, fresh);
    updateUrgent();
    updateStatusBar();
    if (m_reevaluating) {
        reevaluateForLanguage(); // the one in flight started from the old snapshot
    }
    Q_EMIT containerUpdated(id);
}

void MainWindow::removeContainer(const QString& id)
{
    if (!m_hasResult) {
        return;
    }
    m_result.snapshot.containers.removeIf(
        [&id](const QJsonObject& c) { return c.value(QStringLiteral("Id")).toString() == id; });
    m_result.snapshot.processes.update(id, ContainerProcessFact());
    m_result.findings.removeIf(
        [&id](const Finding& f) { return f.subject.scope == Scope::Container && f.subject.id == id; });
    m_findingsExact = false;
    ++m_findingsVersion;
    m_result.score = ScoreCard::compute(m_result.findings);
    m_model->setFindings(m_result.findings);
    m_diagram->setResult(m_result.score, m_result.findings);
    m_charts->setResult(m_result.score, m_result.findings);
    m_containers->removeContainer(id);
    updateUrgent();
    updateStatusBar();
    if (m_reevaluating) {
        reevaluateForLanguage(); // the one in flight started from the old snapshot
    }
    Q_EMIT containerUpdated(id);
}

} // namespace escut
