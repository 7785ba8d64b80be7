// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "ui/FindingsModel.h"
#include "ui/wizard/FixWizard.h"
#include "ui/wizard/JournalDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace escut
{

MainWindow::MainWindow(Options options, QWidget* parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_model(new FindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_statusEndpoint(new QLabel(this))
{
    setWindowTitle(tr("Escut — Docker security"));
    setObjectName(QStringLiteral("mainWindow"));

    auto* toolbar = addToolBar(tr("Audit"));
    toolbar->setObjectName(QStringLiteral("auditToolBar"));
    m_auditAction = toolbar->addAction(tr("Audit now"), this, &MainWindow::startAudit);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setShortcut(QKeySequence::Refresh);
    m_cancelAction = toolbar->addAction(tr("Cancel"), this, &MainWindow::cancelAudit);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setEnabled(false);
    toolbar->addSeparator();
    m_fixAction = toolbar->addAction(tr("Fix…"), this, &MainWindow::openFixWizard);
    m_fixAction->setObjectName(QStringLiteral("fixAction"));
    m_fixAction->setToolTip(tr("Preview and apply fixes for the selected findings; every change can be rolled back."));
    m_journalAction = toolbar->addAction(tr("Applied fixes…"), this, &MainWindow::openJournal);
    m_journalAction->setObjectName(QStringLiteral("journalAction"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FindingsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("findingsTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::StatusColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(FindingsModel::StatusColumn, 70);
    m_table->setColumnWidth(FindingsModel::SeverityColumn, 80);
    m_table->setColumnWidth(FindingsModel::LayerColumn, 150);
    m_table->setColumnWidth(FindingsModel::SubjectColumn, 140);
    m_table->setColumnWidth(FindingsModel::CheckColumn, 300);

    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter findings (status, subject, check, evidence)…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_banner->setObjectName(QStringLiteral("bannerLabel"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 8px; "
                                           "border: 1px solid #ffb74d; border-radius: 4px; }"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_progress->setObjectName(QStringLiteral("auditProgressBar"));
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_statusEndpoint, 1);
    statusBar()->addPermanentWidget(m_progress);
    resize(1200, 760);

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::openFixWizard()
{
    QStringList preselected;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const Finding* f = m_model->findingAt(m_proxy->mapToSource(index).row()); f && *f->check->fixId) {
            preselected.append(QString::fromLatin1(f->check->fixId));
        }
    }
    QList<Finding> findings;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        findings.append(*m_model->findingAt(row));
    }
    auto* wizard = new FixWizard(FixContext(), findings, preselected, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &FixWizard::applyFinished, this, &MainWindow::startAudit);
    wizard->open();
}

void MainWindow::openJournal()
{
    auto* dialog = new JournalDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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

MainWindow::~MainWindow()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
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
    m_auditAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_statusEndpoint->setText(tr("Auditing…"));

    const bool demo = m_options.demo;
    AuditOptions options = m_options.audit;
    if (demo) {
        options.snapshotPath = demoSnapshotPath();
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    QPointer<MainWindow> self(this);
    // Progress arrives on a worker thread: hop to the GUI thread, and only while the window lives.
    ProgressCallback progress = [self](int done, int total, const QString& stage) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total, stage] {
                if (self) {
                    self->onProgress(done, total, stage);
                }
            },
            Qt::QueuedConnection);
    };
    auto* watcher = new QFutureWatcher<Result<AuditResult>>(this);
    connect(watcher, &QFutureWatcher<Result<AuditResult>>::finished, this, [this, watcher, demo] {
        watcher->deleteLater();
        onAuditDone(watcher->result(), demo);
    });
    watcher->setFuture(
        QtConcurrent::run([options, progress, cancel] { return Auditor::run(options, progress, cancel.get()); }));
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
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 %v/%m").arg(stage));
    m_statusEndpoint->setText(stage);
}

void MainWindow::onAuditDone(Result<AuditResult> result, bool demo)
{
    m_running = false;
    m_auditAction->setEnabled(true);
    m_cancelAction->setEnabled(false);
    m_progress->setVisible(false);

    if (result) {
        if (!demo) {
            m_banner->setVisible(false);
        }
        showResult(result.value(), demo);
        Q_EMIT auditFinished(true);
        return;
    }
    const Error& error = result.error();
    if (error.code == Error::Code::Cancelled) {
        m_statusEndpoint->setText(tr("Audit cancelled."));
        Q_EMIT auditFinished(false);
        return;
    }
    if (!demo && m_options.audit.snapshotPath.isEmpty()) {
        // No daemon: say why, and show the bundled demo so the window is never empty.
        m_banner->setText(tr("<b>No Docker daemon reachable.</b> %1<br>Showing the bundled demo snapshot instead; "
                             "press Audit now to try again.")
                              .arg(error.message.toHtmlEscaped()));
        m_banner->setToolTip(error.detail);
        m_banner->setVisible(true);
        m_options.demo = true;
        startAudit();
        m_options.demo = false;
        return;
    }
    m_banner->setText(tr("<b>The audit failed.</b> %1").arg(error.fullText().toHtmlEscaped()));
    m_banner->setVisible(true);
    m_statusEndpoint->setText(tr("Audit failed."));
    Q_EMIT auditFinished(false);
}

void MainWindow::showResult(const AuditResult& result, bool demo)
{
    m_model->setFindings(result.findings);
    // Fixes change this machine's files: only offer them when the findings describe this machine.
    const bool local = !demo && result.snapshot.endpoint.isLocal() && result.snapshot.hostFactsCollected;
    m_fixAction->setEnabled(local);
    m_fixAction->setToolTip(
        local ? tr("Preview and apply fixes for the selected findings; every change can be rolled back.")
              : tr("Fixes apply to this machine's files: audit the local Docker daemon first."));
    const Snapshot& s = result.snapshot;
    const LayerScore& overall = result.score.overall;
    QString text = tr("<h2>Score %1/100</h2>").arg(overall.score() < 0 ? 0 : overall.score());
    text += tr("%n finding(s) failed", nullptr, overall.fail) + QStringLiteral(" · ") +
            tr("%n warning(s)", nullptr, overall.warn) + QStringLiteral(" · ") +
            tr("%n check(s) passed", nullptr, overall.pass) + QStringLiteral(" · ") +
            tr("%n skipped", nullptr, overall.skipped);
    QStringList layers;
    for (auto it = result.score.layers.cbegin(); it != result.score.layers.cend(); ++it) {
        const int score = it.value().score();
        layers.append(tr("%1: %2").arg(layerName(it.key()).toHtmlEscaped(),
                                       score < 0 ? tr("not scored") : QString::number(score)));
    }
    text += QStringLiteral("<br>") + layers.join(QStringLiteral(" · "));
    m_summary->setText(text);
    const QString where = demo ? tr("Demo snapshot (no live daemon)") : s.endpoint.displayName();
    m_statusEndpoint->setText(
        tr("%1 · Docker %2 · %n container(s) · audited %3", nullptr, static_cast<int>(s.containers.size()))
            .arg(where,
                 s.version.value(QStringLiteral("Version")).toString(),
                 QLocale().toString(s.collectedAt.toLocalTime(), QLocale::ShortFormat)));
}

} // namespace escut
