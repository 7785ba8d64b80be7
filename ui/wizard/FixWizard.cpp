// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/FixWizard.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStandardPaths>
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

namespace
{

struct ApplyOutcome
{
    QString fixId;
    bool ok = false;
    QString transaction;
    QString message;
    QList<Finding> verification;
};

} // namespace

FixWizard::FixWizard(FixContext context,
                     const QList<Finding>& findings,
                     const QStringList& preselected,
                     QWidget* parent)
    : QWizard(parent)
    , m_context(std::move(context))
    , m_cliPath(QCoreApplication::applicationDirPath() + QStringLiteral("/escut-cli"))
    , m_fixList(new QTreeWidget)
    , m_scope(new QComboBox)
    , m_preview(new QPlainTextEdit)
    , m_log(new QPlainTextEdit)
    , m_progress(new QProgressBar)
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
    QStringList subjects;
    for (const Finding& f : findings) {
        if ((f.status == Status::Fail || f.status == Status::Warn) && !subjects.contains(f.subject.name)) {
            subjects.append(f.subject.name);
        }
    }
    subjects.sort();
    for (const QString& subject : subjects) {
        m_scope->addItem(subject, subject);
    }
    for (const FixInfo& fix : Remediation::fixes()) {
        if (qstrcmp(fix.id, "fix.run-command") == 0 || qstrcmp(fix.id, "fix.dockerfile") == 0 ||
            qstrcmp(fix.id, "fix.token-gate") == 0) {
            continue; // they need a container, a Dockerfile or a project directory: the CLI asks for them
        }
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
            child->setData(0, Qt::UserRole, f->subject.name);
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
    connect(this, &FixWizard::previewReady, preview, &StatePage::refresh);
    setPage(PreviewPage, preview);

    // 3. Apply, verify, and offer the rollback.
    auto* apply = new StatePage([this] { return m_applyDone; }, this);
    apply->setTitle(tr("Apply and verify"));
    apply->setFinalPage(true);
    m_progress->setObjectName(QStringLiteral("applyProgressBar"));
    m_log->setObjectName(QStringLiteral("applyLogTextEdit"));
    m_log->setReadOnly(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_rollback->setObjectName(QStringLiteral("rollbackPushButton"));
    m_rollback->setEnabled(false);
    connect(m_rollback, &QPushButton::clicked, this, &FixWizard::rollbackAll);
    auto* applyLayout = new QVBoxLayout(apply);
    applyLayout->addWidget(m_progress);
    applyLayout->addWidget(m_log, 1);
    applyLayout->addWidget(m_summary);
    applyLayout->addWidget(m_rollback, 0, Qt::AlignRight);
    connect(this, &FixWizard::applyFinished, apply, &StatePage::refresh);
    setPage(ApplyPage, apply);
}

FixWizard::~FixWizard() = default;

void FixWizard::setCliPath(const QString& path)
{
    m_cliPath = path;
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
    return m_transactions;
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
    const FixContext context = m_context;
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
            if (plan.needsRoot() && ::geteuid() != 0) {
                text += tr("This fix needs root: you will be asked for an administrator password (pkexec).") +
                        QLatin1Char('\n');
            }
            text += QLatin1Char('\n');
            m_plans.append(plan);
        }
        m_preview->setPlainText(text);
        m_previewDone = true;
        Q_EMIT previewReady();
    });
    watcher->setFuture(QtConcurrent::run([ids, context] {
        QList<Result<Plan>> out;
        for (const QString& id : ids) {
            out.append(Remediation::plan(id, context));
        }
        return out;
    }));
}

void FixWizard::startApply()
{
    m_applyDone = false;
    m_log->clear();
    m_progress->setRange(0, int(m_plans.size()));
    m_progress->setValue(0);
    QList<Plan> direct;
    QList<Plan> viaPkexec;
    for (const Plan& plan : std::as_const(m_plans)) {
        (plan.needsRoot() && ::geteuid() != 0 ? viaPkexec : direct).append(plan);
    }
    const FixContext context = m_context;
    auto* watcher = new QFutureWatcher<QList<ApplyOutcome>>(this);
    connect(watcher, &QFutureWatcher<QList<ApplyOutcome>>::finished, this, [this, watcher, viaPkexec] {
        watcher->deleteLater();
        bool allOk = true;
        for (const ApplyOutcome& o : watcher->result()) {
            m_progress->setValue(m_progress->value() + 1);
            allOk = allOk && o.ok;
            if (!o.ok) {
                m_log->appendPlainText(tr("%1 failed: %2").arg(o.fixId, o.message));
                continue;
            }
            m_transactions.append(o.transaction);
            m_log->appendPlainText(tr("%1 applied (transaction %2).").arg(o.fixId, o.transaction));
            for (const Finding& f : o.verification) {
                m_log->appendPlainText(
                    QStringLiteral("  [%1] %2").arg(statusName(f.status).toUpper(), f.check->trTitle()));
            }
        }
        // Root-only plans: one pkexec escut-cli call each, in order, never blocking this thread.
        auto remaining = std::make_shared<QList<Plan>>(viaPkexec);
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, remaining, next, allOk]() mutable {
            if (remaining->isEmpty()) {
                m_applyDone = true;
                m_rollback->setEnabled(!m_transactions.isEmpty());
                m_summary->setText(allOk ? tr("Done. Every change is in the journal; Roll back undoes them all.")
                                         : tr("Some fixes failed; their files were put back. The others are applied."));
                Q_EMIT applyFinished(allOk);
                return;
            }
            const Plan plan = remaining->takeFirst();
            auto* process = new QProcess(this);
            QStringList args{m_cliPath,
                             QStringLiteral("fix"),
                             QStringLiteral("apply"),
                             plan.fixId,
                             QStringLiteral("--yes"),
                             QStringLiteral("--lang"),
                             QStringLiteral("en"),
                             QStringLiteral("--root"),
                             m_context.root};
            connect(process, &QProcess::finished, this, [this, process, plan, next, &allOk](int code) {
                process->deleteLater();
                const QString out = QString::fromUtf8(process->readAllStandardOutput());
                static const QRegularExpression tx(QStringLiteral("transaction (\\S+);"));
                const QRegularExpressionMatch m = tx.match(out);
                m_progress->setValue(m_progress->value() + 1);
                if (code == 0 && m.hasMatch()) {
                    m_transactions.append(m.captured(1));
                    m_log->appendPlainText(tr("%1 applied as root (transaction %2).").arg(plan.fixId, m.captured(1)));
                } else {
                    allOk = false;
                    m_log->appendPlainText(
                        tr("%1 failed: %2")
                            .arg(plan.fixId, QString::fromUtf8(process->readAllStandardError()).trimmed()));
                }
                (*next)();
            });
            connect(process, &QProcess::errorOccurred, this, [this, process, plan, next](QProcess::ProcessError) {
                m_log->appendPlainText(
                    tr("%1 failed: pkexec is not available (%2).").arg(plan.fixId, process->errorString()));
                process->deleteLater();
                (*next)();
            });
            process->start(QStandardPaths::findExecutable(QStringLiteral("pkexec")), args);
        };
        (*next)();
    });
    watcher->setFuture(QtConcurrent::run([direct, context] {
        QList<ApplyOutcome> out;
        for (const Plan& plan : direct) {
            ApplyOutcome o;
            o.fixId = plan.fixId;
            const Result<Transaction> tx = Remediation::apply(plan, context);
            o.ok = tx.ok();
            if (tx) {
                o.transaction = tx.value().id;
                o.verification = Remediation::verify(plan, context);
            } else {
                o.message = tx.error().fullText();
            }
            out.append(o);
        }
        return out;
    }));
}

void FixWizard::rollbackAll()
{
    m_rollback->setEnabled(false);
    const QStringList transactions = m_transactions;
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        watcher->deleteLater();
        for (const QString& line : watcher->result()) {
            m_log->appendPlainText(line);
        }
        m_transactions.clear();
        m_summary->setText(tr("Rolled back: the files are as they were before."));
    });
    watcher->setFuture(QtConcurrent::run([transactions] {
        QStringList log;
        for (auto it = transactions.crbegin(); it != transactions.crend(); ++it) {
            const Result<Transaction> r = Remediation::rollback(*it);
            log.append(r ? tr("Transaction %1 rolled back.").arg(*it) : r.error().fullText());
        }
        return log;
    }));
}

} // namespace escut
