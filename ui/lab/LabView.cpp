// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lab/LabView.h"

#include "translations/Translations.h"

#include "core/checks/Catalogue.h"
#include "core/lab/LabProgress.h"
#include "core/util/FileWrite.h"
#include "ui/BackgroundPool.h"
#include "ui/StatusStyle.h"
#include "ui/wizard/FixWizard.h"

#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace escut
{

namespace
{

enum GoalColumn {
    StatusColumn,
    GoalColumn,
    SubjectColumn,
    EvidenceColumn,
};

// The scenario list's items, wrapped to the list's width by the delegate itself: QListView's own word wrap measured
// some titles (a Catalan one) on one line and then drew them elided over two.
class WrappedItemDelegate : public QStyledItemDelegate
{
public:
    explicit WrappedItemDelegate(QListView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int width = textWidth();
        const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000),
                                                             Qt::TextWordWrap,
                                                             index.data(Qt::DisplayRole).toString());
        return {width + 2 * Padding, bounds.height() + 2 * Padding};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        style::paintWrappedItem(painter, opt, Padding, Qt::AlignLeft | Qt::AlignVCenter);
    }

private:
    static constexpr int Padding = 4;

    [[nodiscard]] int textWidth() const
    {
        return qMax(80, m_view->viewport()->width() - 2 * m_view->spacing() - 2 * Padding);
    }

    QListView* m_view;
};

} // namespace

LabView::LabView(QWidget* parent)
    : QWidget(parent)
    , m_stateDir(LabEngine::defaultStateDir())
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_section(new QLabel(this))
    , m_story(new QTextBrowser(this))
    , m_goalsCaption(new QLabel(this))
    , m_goals(new QTreeWidget(this))
    , m_hints(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_start(new QPushButton(this))
    , m_check(new QPushButton(this))
    , m_hint(new QPushButton(this))
    , m_fix(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("labView"));
    m_list->setObjectName(QStringLiteral("labListWidget"));
    m_title->setObjectName(QStringLiteral("labTitleLabel"));
    m_section->setObjectName(QStringLiteral("labSectionLabel"));
    m_story->setObjectName(QStringLiteral("labStoryBrowser"));
    m_goalsCaption->setObjectName(QStringLiteral("labGoalsLabel"));
    m_goals->setObjectName(QStringLiteral("labGoalsTreeWidget"));
    m_hints->setObjectName(QStringLiteral("labHintsLabel"));
    m_statusLabel->setObjectName(QStringLiteral("labStatusLabel"));
    m_progress->setObjectName(QStringLiteral("labProgressBar"));
    m_start->setObjectName(QStringLiteral("labStartButton"));
    m_check->setObjectName(QStringLiteral("labCheckButton"));
    m_hint->setObjectName(QStringLiteral("labHintButton"));
    m_fix->setObjectName(QStringLiteral("labFixButton"));
    m_reset->setObjectName(QStringLiteral("labResetButton"));
    m_export->setObjectName(QStringLiteral("labExportButton"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel* label : {m_title, m_section, m_goalsCaption, m_hints, m_statusLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_goalsCaption->setBuddy(m_goals);
    m_story->setOpenLinks(false);
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setItemDelegate(new WrappedItemDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust); // a new width wraps the titles again
    m_goals->setRootIsDecorated(false);
    m_goals->setColumnCount(4);
    m_goals->setWordWrap(true);
    m_goals->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_goals->header()->setSectionResizeMode(GoalColumn, QHeaderView::Interactive);
    m_goals->header()->setStretchLastSection(true);
    m_goals->setColumnWidth(GoalColumn, 260);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_start, m_check, m_hint, m_fix, m_reset}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    auto* detail = new QWidget(this);
    auto* right = new QVBoxLayout(detail);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_title);
    right->addWidget(m_section);
    right->addWidget(m_story, 1);
    right->addLayout(buttons);
    right->addWidget(m_progress);
    right->addWidget(m_statusLabel);
    right->addWidget(m_goalsCaption);
    right->addWidget(m_goals, 3);
    right->addWidget(m_hints);

    auto* leftBox = new QWidget(this);
    auto* left = new QVBoxLayout(leftBox);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_list, 1);
    left->addWidget(m_export);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(leftBox);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 760});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_result.reset();
        m_status.clear();
        m_hintsShown = 0;
        showScenario();
    });
    connect(m_start, &QPushButton::clicked, this, &LabView::startLab);
    connect(m_check, &QPushButton::clicked, this, &LabView::checkLab);
    connect(m_reset, &QPushButton::clicked, this, &LabView::resetLab);
    connect(m_hint, &QPushButton::clicked, this, &LabView::showNextHint);
    connect(m_fix, &QPushButton::clicked, this, &LabView::openWizard);
    connect(m_export, &QPushButton::clicked, this, &LabView::exportProgress);

    loadScenarios();
    retranslateUi();
}

LabView::~LabView() = default;

void LabView::setEndpoint(const EndpointRequest& endpoint)
{
    m_endpoint = endpoint;
}

void LabView::setStateDir(const QString& dir)
{
    m_stateDir = dir;
    loadScenarios();
}

void LabView::selectScenario(const QString& id)
{
    for (int i = 0; i < m_scenarios.size(); ++i) {
        if (m_scenarios.at(i).id == id) {
            m_list->setCurrentRow(i);
        }
    }
}

QString LabView::currentScenarioId() const
{
    const Scenario* s = current();
    return s ? s->id : QString();
}

bool LabView::isBusy() const
{
    return m_busy;
}

const Scenario* LabView::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_scenarios.size() ? &m_scenarios.at(row) : nullptr;
}

QString LabView::language() const
{
    return currentLanguage();
}

void LabView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LabView::loadScenarios()
{
    const QString selected = currentScenarioId();
    Result<QList<Scenario>> all = ScenarioLibrary::builtIn();
    m_scenarios = all ? all.value() : QList<Scenario>();
    m_loadError = all ? QString() : all.error().fullText();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_scenarios.size(); ++i) {
        m_list->addItem(QString());
    }
    int row = 0;
    for (int i = 0; i < m_scenarios.size(); ++i) {
        if (m_scenarios.at(i).id == selected) {
            row = i;
        }
    }
    if (!m_scenarios.isEmpty()) {
        m_list->setCurrentRow(row);
    }
    retranslateUi();
}

void LabView::retranslateUi()
{
    m_start->setText(tr("&Start"));
    m_check->setText(tr("&Check my work"));
    m_hint->setText(tr("Show a &hint"));
    m_fix->setText(tr("Open the &fix wizard…"));
    m_reset->setText(tr("&Reset"));
    m_export->setText(tr("E&xport progress…"));
    m_start->setToolTip(tr("Create the lab's deliberately insecure resources (labelled escut.lab=ID)."));
    m_reset->setToolTip(tr("Remove everything this lab created; nothing without its label is touched."));
    m_goalsCaption->setText(tr("&Goals"));
    m_goals->setHeaderLabels({tr("Status"), tr("Goal"), tr("Subject"), tr("Evidence")});
    m_goals->setAccessibleName(tr("Lab goals"));
    m_list->setAccessibleName(tr("Lab scenarios"));
    m_story->setAccessibleName(tr("Story"));

    LabProgress progress(m_stateDir, LabProgress::defaultStudent());
    (void)progress.load();
    const QString lang = language();
    for (int i = 0; i < m_scenarios.size() && i < m_list->count(); ++i) {
        const Scenario& s = m_scenarios.at(i);
        QListWidgetItem* item = m_list->item(i);
        item->setText((progress.completed(s.id) ? QStringLiteral("✓ ") : QString()) + s.title.in(lang));
        item->setToolTip(tr("Seed %1: %2").arg(s.seed, s.section.in(lang)));
    }
    showScenario();
}

void LabView::showScenario()
{
    const Scenario* s = current();
    if (!s) {
        m_title->setText(m_loadError.isEmpty() ? tr("No lab selected") : m_loadError);
        m_section->clear();
        m_story->clear();
        m_goals->clear();
        m_hints->clear();
        updateButtons();
        return;
    }
    const QString lang = language();
    const LabEngine engine(m_endpoint, m_stateDir);
    m_title->setText(s->title.in(lang));
    m_section->setText(tr("Seed %1 · %2").arg(s->seed, s->section.in(lang)));
    m_story->setPlainText(engine.expand(*s, s->story.in(lang)));
    QStringList hints;
    for (int i = 0; i < m_hintsShown && i < s->hints.size(); ++i) {
        hints.append(tr("Hint %1: %2").arg(i + 1).arg(engine.expand(*s, s->hints.at(i).in(lang))));
    }
    m_hints->setText(hints.join(QLatin1Char('\n')));
    m_hints->setVisible(!hints.isEmpty());
    showResult();
}

void LabView::showResult()
{
    const Scenario* s = current();
    m_goals->clear();
    if (!s) {
        return;
    }
    const bool haveResult = m_result && m_resultLab == s->id;
    for (int i = 0; i < s->goals.size(); ++i) {
        const LabGoal& g = s->goals.at(i);
        auto* item = new QTreeWidgetItem(m_goals);
        const CheckDef* def = findCheck(g.check);
        QString title = def ? def->trTitle() : g.check;
        if (haveResult && i < m_result->goals.size()) {
            const LabGoalResult& r = m_result->goals.at(i);
            item->setIcon(StatusColumn, style::statusIcon(r.status, palette()));
            item->setText(StatusColumn, r.passed() ? tr("Done") : statusName(r.status));
            item->setText(SubjectColumn, r.subject);
            item->setToolTip(SubjectColumn, style::plainToolTip(r.subject));
            item->setText(EvidenceColumn, r.evidence);
            item->setToolTip(EvidenceColumn, style::plainToolTip(r.evidence));
            if (!r.fixId.isEmpty() && !r.passed()) {
                title += QStringLiteral("  ") + tr("(fix: %1)").arg(r.fixId);
            }
        } else {
            item->setText(StatusColumn, tr("Not checked"));
            item->setText(SubjectColumn, g.subjectSpec);
        }
        item->setText(GoalColumn, title);
        item->setToolTip(GoalColumn, style::plainToolTip(def ? def->trRationale() : g.check));
        item->setData(GoalColumn, Qt::UserRole, g.check);
    }
    QString status = m_status;
    if (status.isEmpty() && haveResult) {
        status = m_result->allPassed() ? tr("Well done: every goal passes. Reset the lab when you have finished.")
                                       : tr("%1 of %2 goals pass. Fix the rest and check again.")
                                             .arg(m_result->passedCount())
                                             .arg(m_result->goals.size());
    }
    m_statusLabel->setText(status);
    m_statusLabel->setStyleSheet(m_statusIsError ? QStringLiteral("color: #b00020;") : QString());
    updateButtons();
}

void LabView::updateButtons()
{
    const Scenario* s = current();
    const bool idle = !m_busy && s;
    m_start->setEnabled(idle);
    m_check->setEnabled(idle);
    m_reset->setEnabled(idle);
    m_hint->setEnabled(idle && m_hintsShown < s->hints.size());
    bool fixable = false;
    if (idle && m_result && m_resultLab == s->id) {
        for (const LabGoalResult& g : m_result->goals) {
            fixable = fixable || (!g.passed() && !g.fixId.isEmpty());
        }
    }
    m_fix->setEnabled(fixable);
    m_list->setEnabled(!m_busy);
    m_export->setEnabled(!m_busy);
}

void LabView::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy) {
        m_status = message;
        m_statusIsError = false;
        m_statusLabel->setText(message);
        m_statusLabel->setStyleSheet(QString());
    }
    updateButtons();
    Q_EMIT busyChanged(busy);
}

void LabView::runTask(std::function<Task(LabEngine&)> work, std::function<void(const Task&)> done)
{
    auto* watcher = new QFutureWatcher<Task>(this);
    connect(watcher, &QFutureWatcher<Task>::finished, this, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    const EndpointRequest endpoint = m_endpoint;
    const QString dir = m_stateDir;
    const QString lang = language();
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [work, endpoint, dir, lang] {
        LabEngine engine(endpoint, dir);
        engine.setLanguage(lang);
        return work(engine);
    }));
}

namespace
{

LabView::Task checkAndRecord(LabEngine& engine, const Scenario& s)
{
    LabView::Task task;
    Result<LabCheckResult> r = engine.check(s);
    if (!r) {
        task.error = r.error().fullText();
        return task;
    }
    LabProgress progress(engine.stateDir(), LabProgress::defaultStudent());
    if (progress.load()) {
        progress.recordCheck(s, r.value());
        (void)progress.save();
    }
    task.result = r.value();
    return task;
}

} // namespace

void LabView::startLab()
{
    const Scenario* current = this->current();
    if (!current || m_busy) {
        return;
    }
    const Scenario s = *current;
    m_hintsShown = 0;
    setBusy(true, tr("Creating the resources of %1…").arg(s.id));
    runTask(
        [s](LabEngine& engine) {
            Task task;
            if (VoidResult started = engine.start(s); !started) {
                task.error = started.error().fullText();
                return task;
            }
            LabProgress progress(engine.stateDir(), LabProgress::defaultStudent());
            if (progress.load()) {
                progress.recordStart(s);
                (void)progress.save();
            }
            task = checkAndRecord(engine, s);
            return task;
        },
        [this, s](const Task& task) {
            setBusy(false);
            m_resultLab = s.id;
            m_result = task.result;
            m_statusIsError = !task.error.isEmpty();
            m_status = task.error.isEmpty()
                           ? tr("The lab is running: these goals fail for now. Fix them and press Check my work.")
                           : task.error;
            showScenario();
            if (task.result) {
                Q_EMIT checked(task.result->allPassed());
            }
        });
}

void LabView::checkLab()
{
    const Scenario* current = this->current();
    if (!current || m_busy) {
        return;
    }
    const Scenario s = *current;
    setBusy(true, tr("Auditing the lab…"));
    runTask([s](LabEngine& engine) { return checkAndRecord(engine, s); },
            [this, s](const Task& task) {
                setBusy(false);
                m_statusIsError = !task.error.isEmpty();
                m_status = task.error;
                if (task.result) {
                    m_resultLab = s.id;
                    m_result = task.result;
                }
                retranslateUi(); // the ✓ of a completed lab
                if (task.result) {
                    Q_EMIT checked(task.result->allPassed());
                }
            });
}

void LabView::resetLab()
{
    const Scenario* current = this->current();
    if (!current || m_busy) {
        return;
    }
    const QString id = current->id;
    setBusy(true, tr("Removing everything labelled escut.lab=%1…").arg(id));
    runTask(
        [id](LabEngine& engine) {
            Task task;
            if (VoidResult r = engine.reset(id); !r) {
                task.error = r.error().fullText();
            } else {
                LabProgress progress(engine.stateDir(), LabProgress::defaultStudent());
                if (progress.load()) {
                    progress.recordReset(id);
                    (void)progress.save();
                }
            }
            return task;
        },
        [this, id](const Task& task) {
            setBusy(false);
            m_result.reset();
            m_hintsShown = 0;
            m_statusIsError = !task.error.isEmpty();
            m_status =
                task.error.isEmpty() ? tr("Lab %1 reset: nothing labelled escut.lab=%1 remains.").arg(id) : task.error;
            showScenario();
        });
}

void LabView::showNextHint()
{
    const Scenario* s = current();
    if (!s || m_hintsShown >= s->hints.size()) {
        return;
    }
    ++m_hintsShown;
    const Scenario copy = *s;
    const int index = m_hintsShown - 1;
    runTask(
        [copy, index](LabEngine& engine) {
            LabProgress progress(engine.stateDir(), LabProgress::defaultStudent());
            if (progress.load()) {
                progress.recordHint(copy, index);
                (void)progress.save();
            }
            return Task{};
        },
        [](const Task&) {});
    showScenario();
}

void LabView::openWizard()
{
    const Scenario* s = current();
    if (!s || !m_result || m_resultLab != s->id) {
        return;
    }
    const LabEngine engine(m_endpoint, m_stateDir);
    FixContext context;
    context.root = engine.labRoot(s->id); // the sandboxed files, never the real /etc
    QList<Finding> findings;
    QStringList fixIds;
    for (const LabGoalResult& g : m_result->goals) {
        const CheckDef* def = findCheck(g.goal.check);
        if (!def || g.passed()) {
            continue;
        }
        Finding f;
        f.check = def;
        f.subject.scope = def->scope;
        f.subject.name = g.subject;
        f.subject.id = g.subject;
        f.status = g.status;
        f.evidence = g.evidence;
        findings.append(f);
        if (!g.fixId.isEmpty() && !fixIds.contains(g.fixId)) {
            fixIds.append(g.fixId);
        }
    }
    auto* wizard = new FixWizard(context, findings, fixIds, this);
    wizard->setObjectName(QStringLiteral("labFixWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &FixWizard::applyFinished, this, [this] {
        Q_EMIT fixesApplied();
        checkLab();
    });
    wizard->open();
}

void LabView::exportProgress()
{
    auto* dialog = new QFileDialog(this, tr("Export lab progress"));
    dialog->setObjectName(QStringLiteral("labExportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("HTML page (*.html)"), tr("JSON (*.json)")});
    dialog->selectFile(QStringLiteral("escut-lab-%1.html").arg(LabProgress::defaultStudent()));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const QList<Scenario> scenarios = m_scenarios;
        const QString lang = language();
        runTask(
            [scenarios, lang, path](LabEngine& engine) {
                Task task;
                LabProgress progress(engine.stateDir(), LabProgress::defaultStudent());
                if (VoidResult loaded = progress.load(); !loaded) {
                    task.error = loaded.error().fullText();
                    return task;
                }
                const QByteArray data = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                            ? QJsonDocument(progress.exportJson(scenarios)).toJson()
                                            : progress.exportHtml(scenarios, lang).toUtf8();
                if (VoidResult written = writeFile(path, data); !written) {
                    task.error = written.error().fullText();
                }
                return task;
            },
            [this, path](const Task& task) {
                m_statusIsError = !task.error.isEmpty();
                m_status = task.error.isEmpty() ? tr("Progress exported to %1.").arg(path) : task.error;
                showResult();
            });
    });
    dialog->open();
}

} // namespace escut
