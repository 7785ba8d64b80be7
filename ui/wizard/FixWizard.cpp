// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/FixWizard.h"

#include "core/tools/ToolRunner.h"
#include "core/util/Keychain.h"
#include "ui/BackgroundPool.h"
#include "ui/wizard/FixInputsPage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>
#include <unistd.h>

namespace escut
{

// A page whose "complete" state comes from the wizard (async work finished or not).
class FixWizard::StatePage : public QWizardPage
{
public:
    StatePage(std::function<bool()> complete, QWidget* parent)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    {}
    bool isComplete() const override
    {
        return m_complete();
    }
    void refresh()
    {
        Q_EMIT completeChanged();
    }

private:
    std::function<bool()> m_complete;
};

struct FixWizard::Outcome
{
    QString fixId;
    bool ok = false;
    bool asRoot = false;
    QString transaction;
    QString message;
    QList<Finding> verification;
};

namespace
{

// What the scope combo box filters on: containers by name, Compose findings by file (the project), the rest by
// subject name.
} // namespace

QString FixWizard::scopeKey(const Finding& f)
{
    if (f.subject.scope == Scope::Compose) {
        return QStringLiteral("compose:") + f.subject.filePath();
    }
    if (f.subject.scope == Scope::Container) {
        return QStringLiteral("container:") + f.subject.name;
    }
    return QStringLiteral("subject:") + f.subject.name;
}

FixWizard::FixWizard(FixContext context,
                     const QList<Finding>& findings,
                     const QStringList& preselected,
                     QWidget* parent)
    : QWizard(parent)
    , m_context(std::move(context))
    , m_helperPath(Remediation::helperPath())
    , m_fixList(new QTreeWidget)
    , m_scope(new QComboBox)
    , m_inputs(new FixInputsPage(this))
    , m_preview(new QPlainTextEdit)
    , m_log(new QPlainTextEdit)
    , m_progress(new QProgressBar)
    , m_verification(new QTreeWidget)
    , m_rollback(new QPushButton(tr("Roll back")))
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("fixWizard"));
    setWindowTitle(tr("Fix findings"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    resize(860, 620);

    // 1. Choose: every fix, with the failing findings it addresses.
    auto* choose = new StatePage([this] { return !selectedFixes().isEmpty(); }, this);
    choose->setTitle(tr("Choose the fixes"));
    choose->setSubTitle(tr("Each fix is previewed as a diff before anything is written, and can be rolled back."));
    // Each fix, with the findings it addresses under it (by layer, most severe first), filtered by scope.
    m_fixList->setObjectName(QStringLiteral("fixTreeWidget"));
    m_fixList->setHeaderHidden(true);
    m_fixList->setRootIsDecorated(true);
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_scope->addItem(tr("All findings"), QString());
    QMap<QString, QString> scopes; // key → label, sorted by key: compose projects, containers, the rest
    QStringList containers;
    QStringList composeFiles;
    for (const Finding& f : findings) {
        if (f.status != Status::Fail && f.status != Status::Warn) {
            continue;
        }
        const QString key = scopeKey(f);
        if (f.subject.scope == Scope::Compose) {
            const QString file = key.mid(8);
            scopes.insert(key, tr("Compose project %1").arg(file));
            if (!composeFiles.contains(file)) {
                composeFiles.append(file);
            }
        } else if (f.subject.scope == Scope::Container) {
            scopes.insert(key, tr("Container %1").arg(f.subject.name));
            if (!containers.contains(f.subject.name)) {
                containers.append(f.subject.name);
            }
        } else {
            scopes.insert(key, f.subject.name);
        }
    }
    for (auto it = scopes.cbegin(); it != scopes.cend(); ++it) {
        m_scope->addItem(it.value(), it.key());
    }
    containers.sort();
    m_inputs->setContainers(containers);
    m_inputs->setComposeFiles(composeFiles);
    m_inputs->setHomeDir(m_context.homeDir.isEmpty() ? QDir::homePath() : m_context.homeDir);
    for (const FixInfo& fix : Remediation::fixes()) {
        auto* item = new QTreeWidgetItem(m_fixList);
        item->setData(0, Qt::UserRole, QString::fromLatin1(fix.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, preselected.contains(QString::fromLatin1(fix.id)) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(0, fix.checkIds.join(QStringLiteral(", ")));
        QList<const Finding*> addressed;
        for (const Finding& f : findings) {
            if ((f.status == Status::Fail || f.status == Status::Warn) &&
                fix.checkIds.contains(QString::fromLatin1(f.check->id))) {
                addressed.append(&f);
            }
        }
        std::sort(addressed.begin(), addressed.end(), [](const Finding* a, const Finding* b) {
            if (a->check->layer != b->check->layer) {
                return a->check->layer < b->check->layer;
            }
            return a->check->severity > b->check->severity;
        });
        for (const Finding* f : addressed) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0,
                           tr("%1 · %2 · %3: %4")
                               .arg(layerName(f->check->layer),
                                    severityName(f->check->severity),
                                    f->subject.name,
                                    f->check->trTitle()));
            child->setData(0, Qt::UserRole, scopeKey(*f));
            child->setToolTip(0, f->evidence);
        }
        m_fixTitles.insert(item,
                           QCoreApplication::translate("Remediation", fix.title) +
                               QStringLiteral(" (%1)").arg(QString::fromLatin1(fix.id)));
    }
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FixWizard::applyScope);
    applyScope();
    m_fixList->expandAll();
    connect(m_fixList, &QTreeWidget::itemChanged, choose, &StatePage::refresh);
    auto* chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(m_scope);
    chooseLayout->addWidget(m_fixList);
    setPage(ChoosePage, choose);

    // 2. What the chosen fixes work on (shown only when one of them needs to know).
    connect(m_fixList, &QTreeWidget::itemChanged, this, [this] { m_inputs->setFixes(selectedFixes()); });
    m_inputs->setFixes(selectedFixes());
    setPage(InputsPage, m_inputs);

    // 2. Preview: the exact diffs, what needs root or a restart.
    auto* preview = new StatePage([this] { return m_previewDone && !m_plans.isEmpty(); }, this);
    preview->setTitle(tr("Preview the changes"));
    preview->setSubTitle(tr("Nothing has been written yet. Originals are backed up in the journal before any change."));
    m_preview->setObjectName(QStringLiteral("previewTextEdit"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->addWidget(m_preview);
    // Leaving the preview applies: the button says so.
    preview->setButtonText(QWizard::NextButton, tr("&Apply"));
    connect(this, &FixWizard::previewReady, preview, &StatePage::refresh);
    setPage(PreviewPage, preview);

    // 4. Apply, with progress.
    auto* apply = new StatePage([this] { return m_applyDone; }, this);
    apply->setTitle(tr("Apply"));
    apply->setSubTitle(tr("Each fix is one transaction in the journal; a failed step puts its files back."));
    apply->setCommitPage(true);
    m_progress->setObjectName(QStringLiteral("applyProgressBar"));
    m_log->setObjectName(QStringLiteral("applyLogTextEdit"));
    m_log->setReadOnly(true);
    auto* applyLayout = new QVBoxLayout(apply);
    applyLayout->addWidget(m_progress);
    applyLayout->addWidget(m_log, 1);
    connect(this, &FixWizard::applyFinished, apply, &StatePage::refresh);
    setPage(ApplyPage, apply);

    // 5. Verification results and summary, with the Rollback button.
    auto* result = new QWizardPage(this);
    result->setTitle(tr("Verification and summary"));
    result->setSubTitle(tr("The checks each fix targets, evaluated again on the files as they are now."));
    result->setFinalPage(true);
    m_verification->setObjectName(QStringLiteral("verificationTreeWidget"));
    m_verification->setColumnCount(2);
    m_verification->setHeaderLabels({tr("Check"), tr("Result")});
    m_verification->header()->setStretchLastSection(false);
    m_verification->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_verification->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_rollback->setObjectName(QStringLiteral("rollbackPushButton"));
    m_rollback->setEnabled(false);
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        m_rollback->setEnabled(false);
        m_rollbackQueue.clear();
        for (auto it = m_applied.crbegin(); it != m_applied.crend(); ++it) {
            m_rollbackQueue.append(it->transaction);
        }
        rollbackStep();
    });
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->addWidget(m_verification, 1);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_rollback, 0, Qt::AlignRight);
    setPage(ResultPage, result);
}

FixWizard::~FixWizard()
{
    m_pkexecCancel->store(true); // a pkexec still waiting is stopped; its answer has nowhere to go
}

void FixWizard::runPkexec(const QStringList& arguments, std::function<void(const PkexecRun&)> then)
{
    auto* watcher = new QFutureWatcher<PkexecRun>(this);
    connect(watcher, &QFutureWatcher<PkexecRun>::finished, this, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [arguments, cancel = m_pkexecCancel] {
        ToolOptions options;
        options.timeoutMs = 15 * 60 * 1000;   // the password prompt, then the helper's apply or rollback
        options.maxOutputBytes = 1024 * 1024; // the helper answers in one JSON line
        options.cancel = cancel.get();
        const Result<ToolOutput> result = ToolRunner::run(QStringLiteral("pkexec"), arguments, options);
        PkexecRun run;
        if (!result) {
            run.failure = result.error().fullText();
            return run;
        }
        run.exitCode = result.value().exitCode;
        run.out = result.value().out;
        run.err = result.value().err;
        // pkexec: 126 when the user dismissed the dialog or is not allowed, 127 when no agent could ask.
        if (run.exitCode == 126 || run.exitCode == 127) {
            run.failure = tr("Not authorised (pkexec exit %1): nothing was changed. %2")
                              .arg(run.exitCode)
                              .arg(QString::fromUtf8(run.err).trimmed());
        }
        return run;
    }));
}

void FixWizard::setHelperPath(const QString& path)
{
    m_helperPath = path;
}

QStringList FixWizard::selectedFixes() const
{
    QStringList ids;
    for (int i = 0; i < m_fixList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_fixList->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked) {
            ids.append(item->data(0, Qt::UserRole).toString());
        }
    }
    return ids;
}

QStringList FixWizard::appliedTransactions() const
{
    QStringList ids;
    for (const Applied& a : m_applied) {
        ids.append(a.transaction);
    }
    return ids;
}

void FixWizard::setEscalateAll(bool escalate)
{
    m_escalateAll = escalate;
}

int FixWizard::nextId() const
{
    if (currentId() == ChoosePage) {
        const QStringList ids = selectedFixes();
        const bool ask =
            std::any_of(ids.cbegin(), ids.cend(), [](const QString& id) { return FixInputsPage::needsInput(id); });
        return ask ? InputsPage : PreviewPage;
    }
    return QWizard::nextId();
}

void FixWizard::preselectScope(const QString& key)
{
    // Opened from a check: that subject's findings, and the fixes' inputs pointing at it.
    const int index = m_scope->findData(key);
    if (index >= 0) {
        m_scope->setCurrentIndex(index);
    }
    if (key.startsWith(QLatin1String("container:"))) {
        m_inputs->setValue(QStringLiteral("fix.run-command"), QStringLiteral("container"), key.mid(10));
    } else if (key.startsWith(QLatin1String("compose:"))) {
        m_inputs->setValue(QStringLiteral("fix.compose-harden"), QStringLiteral("compose"), key.mid(8));
    }
}

bool FixWizard::recreates(const Plan& plan) const
{
    return !plan.container.isEmpty() && m_inputs->inputsFor(plan.fixId).flag(QStringLiteral("recreate"));
}

FixContext FixWizard::plannedContext(const QString& fixId) const
{
    FixContext context = m_context;
    context.inputs = m_inputs->inputsFor(fixId);
    if (context.homeDir.isEmpty()) {
        context.homeDir = QDir::homePath();
    }
    return context;
}

bool FixWizard::escalates(const Plan& plan) const
{
    // Only file changes are escalated: a container is recreated with the user's own docker access.
    if (!plan.container.isEmpty()) {
        return false;
    }
    return m_escalateAll || (plan.needsRoot() && ::geteuid() != 0);
}

void FixWizard::applyScope()
{
    // Only the findings of the chosen subject (container, Compose file, daemon) show, and are counted.
    const QString scope = m_scope->currentData().toString();
    const QSignalBlocker blocker(m_fixList);
    for (int i = 0; i < m_fixList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_fixList->topLevelItem(i);
        int shown = 0;
        for (int c = 0; c < item->childCount(); ++c) {
            const bool visible = scope.isEmpty() || item->child(c)->data(0, Qt::UserRole).toString() == scope;
            item->child(c)->setHidden(!visible);
            shown += visible ? 1 : 0;
        }
        item->setText(0, tr("%1 — addresses %n finding(s)", nullptr, shown).arg(m_fixTitles.value(item)));
    }
}

void FixWizard::initializePage(int id)
{
    if (id == PreviewPage) {
        startPreview();
    } else if (id == ApplyPage) {
        startApply();
    }
    QWizard::initializePage(id);
}

void FixWizard::startPreview()
{
    m_previewDone = false;
    m_plans.clear();
    m_preview->setPlainText(tr("Preparing the preview…"));
    const QStringList ids = selectedFixes();
    QList<FixContext> contexts;
    for (const QString& id : ids) {
        contexts.append(plannedContext(id));
    }
    auto* watcher = new QFutureWatcher<QList<Result<Plan>>>(this);
    connect(watcher, &QFutureWatcher<QList<Result<Plan>>>::finished, this, [this, watcher, ids] {
        watcher->deleteLater();
        QString text;
        const QList<Result<Plan>> plans = watcher->result();
        for (qsizetype i = 0; i < plans.size(); ++i) {
            text += QStringLiteral("━━ %1 ━━\n").arg(ids.at(i));
            if (!plans.at(i)) {
                text += tr("Cannot prepare this fix: %1").arg(plans.at(i).error().fullText()) + QStringLiteral("\n\n");
                continue;
            }
            const Plan& plan = plans.at(i).value();
            if (plan.isEmpty()) {
                text += tr("Nothing to change: the fix is already in place.") + QStringLiteral("\n\n");
                continue;
            }
            text += plan.preview();
            if (escalates(plan)) {
                text += tr("This fix needs root: you will be asked for an administrator password (pkexec). The "
                           "prompt names this plan's digest: %1")
                            .arg(plan.digest()) +
                        QLatin1Char('\n');
            }
            if (!plan.container.isEmpty() && !recreates(plan)) {
                text += tr("Shown only: tick \"Recreate the container\" on the previous page to apply it.") +
                        QLatin1Char('\n');
            }
            text += QLatin1Char('\n');
            m_plans.append(plan);
        }
        m_preview->setPlainText(text);
        m_previewDone = true;
        Q_EMIT previewReady();
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [ids, contexts] {
        QList<Result<Plan>> out;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            out.append(Remediation::plan(ids.at(i), contexts.at(i)));
        }
        return out;
    }));
}

void FixWizard::startApply()
{
    m_applyDone = false;
    m_allOk = true;
    m_log->clear();
    m_verification->clear();
    m_summary->clear();
    m_progress->setRange(0, int(m_plans.size()));
    m_progress->setValue(0);
    applyStep(0);
}

// One plan at a time, in order, each off the GUI thread (a worker, or a pkexec process).
void FixWizard::applyStep(qsizetype index)
{
    if (index >= m_plans.size()) {
        finishApply();
        return;
    }
    const Plan plan = m_plans.at(index);
    const FixContext context = plannedContext(plan.fixId);
    if (!plan.container.isEmpty() && !recreates(plan)) {
        m_log->appendPlainText(tr("%1: shown only, nothing was changed.").arg(plan.fixId));
        m_progress->setValue(int(index + 1));
        applyStep(index + 1);
        return;
    }
    m_log->appendPlainText(tr("%1: applying…").arg(plan.fixId));
    if (escalates(plan)) {
        applyThroughPkexec(plan, index);
        return;
    }
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, index] {
        watcher->deleteLater();
        record(watcher->result(), index);
        applyStep(index + 1);
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [plan, context] {
        Outcome o;
        o.fixId = plan.fixId;
        if (!plan.container.isEmpty()) {
            const Result<Transaction> recreated = Remediation::recreateContainer(plan, context);
            o.ok = recreated.ok();
            if (!recreated) {
                o.message = recreated.error().fullText();
                return o;
            }
            o.transaction = recreated.value().id;
            o.message =
                tr("%1 now runs hardened; the old container is kept, stopped, as %2 (Roll back brings it back).")
                    .arg(recreated.value().container->name, recreated.value().container->aside);
            return o;
        }
        const Result<Transaction> tx = Remediation::apply(plan, context);
        o.ok = tx.ok();
        if (!tx) {
            o.message = tx.error().fullText();
            return o;
        }
        o.transaction = tx.value().id;
        o.verification = Remediation::verify(plan, context);
        if (!plan.secretToken.isEmpty()) {
            const QString key = QStringLiteral("token-gate:%1/%2")
                                    .arg(context.inputs.value(QStringLiteral("dir")),
                                         context.inputs.value(QStringLiteral("secret-name")));
            const VoidResult stored = storeSecret(key, plan.secretToken);
            o.message = stored ? tr("The token is in the keychain as '%1'.").arg(key) : stored.error().message;
        }
        return o;
    }));
}

// Root-only plans: the previewed plan, saved to a private file, goes to pkexec escut-fix-helper, which applies exactly
// it (its digest is on the command line the authentication prompt shows) and answers in JSON. The helper refuses when
// an input changed since this preview. The GUI itself never runs as root.
void FixWizard::applyThroughPkexec(const Plan& plan, qsizetype index)
{
    const FixContext context = plannedContext(plan.fixId);
    auto dir = std::make_shared<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/escut-plan-XXXXXX"));
    const QString planFile = dir->filePath(QStringLiteral("plan.json"));
    QFile file(planFile);
    const QString pkexec = ToolRunner::find(QStringLiteral("pkexec"));
    const QStringList helper = Remediation::helperArguments(m_helperPath, planFile, plan);
    if (!dir->isValid() || !file.open(QIODevice::WriteOnly) || file.write(plan.toFile()) < 0 || !file.flush()) {
        Outcome o;
        o.fixId = plan.fixId;
        o.message = tr("Cannot save the plan for the administrator step: %1").arg(file.errorString());
        record(o, index);
        applyStep(index + 1);
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.close();
    if (pkexec.isEmpty()) {
        Outcome o;
        o.fixId = plan.fixId;
        o.message = tr("pkexec is not installed: run 'sudo %1' in a terminal.").arg(helper.join(QLatin1Char(' ')));
        record(o, index);
        applyStep(index + 1);
        return;
    }
    runPkexec(helper, [this, plan, context, index, dir](const PkexecRun& run) {
        Outcome o;
        o.fixId = plan.fixId;
        o.asRoot = true;
        // The helper's answer is one JSON object on stdout; nothing else it prints is interpreted.
        const QJsonObject answer = helperAnswer(run.out);
        if (run.failure.isEmpty() && run.exitCode == 0 && answer.value(QStringLiteral("ok")).toBool() &&
            answer.value(QStringLiteral("digest")).toString() == plan.digest()) {
            o.ok = true;
            o.transaction = answer.value(QStringLiteral("transaction")).toString();
            // Verification reads the files: on a worker, like everything else that touches the disk.
            auto* watcher = new QFutureWatcher<QList<Finding>>(this);
            connect(watcher, &QFutureWatcher<QList<Finding>>::finished, this, [this, watcher, o, index]() mutable {
                watcher->deleteLater();
                o.verification = watcher->result();
                record(o, index);
                applyStep(index + 1);
            });
            watcher->setFuture(
                QtConcurrent::run(backgroundPool(), [plan, context] { return Remediation::verify(plan, context); }));
            return;
        }
        o.message = !run.failure.isEmpty()                     ? run.failure
                    : answer.contains(QStringLiteral("error")) ? answer.value(QStringLiteral("error")).toString()
                                                               : QString::fromUtf8(run.err).trimmed();
        record(o, index);
        applyStep(index + 1);
    });
}

QJsonObject FixWizard::helperAnswer(const QByteArray& output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    const QJsonDocument doc = QJsonDocument::fromJson(lines.value(lines.size() - 1));
    return doc.isObject() ? doc.object() : QJsonObject();
}

void FixWizard::record(const Outcome& o, qsizetype index)
{
    m_progress->setValue(int(index + 1));
    m_allOk = m_allOk && o.ok;
    auto* item = new QTreeWidgetItem(m_verification);
    item->setText(0, o.fixId);
    if (!o.ok) {
        m_log->appendPlainText(tr("%1 failed: %2").arg(o.fixId, o.message));
        item->setText(1, tr("failed"));
        item->setToolTip(0, o.message);
        return;
    }
    if (!o.transaction.isEmpty()) {
        m_applied.append({o.transaction, o.asRoot});
        m_log->appendPlainText(o.asRoot ? tr("%1 applied as root (transaction %2).").arg(o.fixId, o.transaction)
                                        : tr("%1 applied (transaction %2).").arg(o.fixId, o.transaction));
    }
    item->setText(1, o.transaction.isEmpty() ? tr("done") : o.transaction);
    if (!o.message.isEmpty()) {
        // What happened outside the journal (a recreated container: how to go back; the keychain).
        m_log->appendPlainText(o.message);
        auto* note = new QTreeWidgetItem(item);
        note->setText(0, o.message);
        note->setToolTip(0, o.message);
        note->setFirstColumnSpanned(true);
    }
    for (const Finding& f : o.verification) {
        const QString line = f.subject.scope == Scope::Compose
                                 ? tr("%1 (%2)").arg(f.check->trTitle(), f.subject.name.section(QLatin1Char(':'), -1))
                                 : f.check->trTitle();
        m_log->appendPlainText(QStringLiteral("  [%1] %2").arg(statusName(f.status).toUpper(), line));
        auto* check = new QTreeWidgetItem(item);
        check->setText(0, line);
        check->setText(1, statusName(f.status));
        check->setToolTip(0, f.evidence);
    }
    item->setExpanded(true);
}

void FixWizard::finishApply()
{
    m_applyDone = true;
    m_rollback->setEnabled(!m_applied.isEmpty());
    m_summary->setText(m_allOk ? tr("Done. Every change is in the journal; Roll back undoes them all.")
                               : tr("Some fixes failed; their files were put back. The others are applied."));
    Q_EMIT applyFinished(m_allOk);
}

// Newest first; a transaction applied through pkexec is rolled back through pkexec (root's journal holds it).
void FixWizard::rollbackStep()
{
    if (m_rollbackQueue.isEmpty()) {
        m_summary->setText(m_applied.isEmpty() ? tr("Rolled back: the files are as they were before.")
                                               : tr("Some transactions could not be rolled back; see the log."));
        m_rollback->setEnabled(!m_applied.isEmpty());
        return;
    }
    const QString id = m_rollbackQueue.takeFirst();
    const auto it =
        std::find_if(m_applied.cbegin(), m_applied.cend(), [&id](const Applied& a) { return a.transaction == id; });
    const bool asRoot = it != m_applied.cend() && it->asRoot;
    const auto done = [this, id](const QString& error) {
        if (error.isEmpty()) {
            m_applied.erase(std::remove_if(m_applied.begin(),
                                           m_applied.end(),
                                           [&id](const Applied& a) { return a.transaction == id; }),
                            m_applied.end());
            m_log->appendPlainText(tr("Transaction %1 rolled back.").arg(id));
        } else {
            m_log->appendPlainText(error);
        }
        rollbackStep();
    };
    const QString pkexec = ToolRunner::find(QStringLiteral("pkexec"));
    if (asRoot && !pkexec.isEmpty()) {
        runPkexec({m_helperPath, QStringLiteral("rollback"), QStringLiteral("--format"), QStringLiteral("json"), id},
                  [done, id](const PkexecRun& run) {
                      const QJsonObject answer = helperAnswer(run.out);
                      const bool ok = run.failure.isEmpty() && run.exitCode == 0 &&
                                      answer.value(QStringLiteral("ok")).toBool() &&
                                      answer.value(QStringLiteral("transaction")).toString() == id;
                      done(ok ? QString()
                           : !run.failure.isEmpty()
                               ? run.failure
                               : answer.value(QStringLiteral("error")).toString(QString::fromUtf8(run.err).trimmed()));
                  });
        return;
    }
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [id] {
        const Result<Transaction> r = Remediation::rollback(id);
        return r ? QString() : r.error().fullText();
    }));
}

} // namespace escut
