// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/StoredHistoryView.h"

#include "ui/BackgroundPool.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace escut
{

namespace
{

constexpr int MaxAudits = 200;
// Rows shown per group of "what changed": a fleet host's thousands of unchanged findings are not read one by one.
constexpr qsizetype MaxChangesPerGroup = 500;

StoredHistoryView::Data load(const QString& path, const std::optional<std::pair<AuditResult, QString>>& toRecord)
{
    StoredHistoryView::Data data;
    HistoryStore store(path); // this worker's own connection
    if (toRecord) {
        if (const Result<qint64> id = store.record(toRecord->first, toRecord->second); !id) {
            data.error = id.error().message;
            return data;
        }
    }
    Result<QList<HistoryAudit>> audits = store.audits({}, {}, MaxAudits);
    if (!audits) {
        data.error = audits.error().message;
        return data;
    }
    data.audits = audits.value();
    if (data.audits.isEmpty()) {
        return data;
    }
    const HistoryAudit& latest = data.audits.first();
    for (qsizetype i = 1; i < data.audits.size(); ++i) {
        if (data.audits.at(i).endpoint != latest.endpoint) {
            continue;
        }
        const Result<QList<HistoryFinding>> older = store.findings(data.audits.at(i).id);
        const Result<QList<HistoryFinding>> newer = store.findings(latest.id);
        if (older && newer) {
            data.changes = diffFindings(older.value(), newer.value());
            data.hasChanges = true;
        }
        break;
    }
    return data;
}

} // namespace

StoredHistoryView::StoredHistoryView(QString databasePath, QWidget* parent)
    : QWidget(parent)
    , m_path(std::move(databasePath))
    , m_chart(new QChartView(new QChart, this))
    , m_status(new QLabel(this))
    , m_changesTitle(new QLabel(this))
    , m_changes(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("storedHistoryView"));
    m_chart->setObjectName(QStringLiteral("storedHistoryChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_status->setObjectName(QStringLiteral("storedHistoryStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_changesTitle->setTextFormat(Qt::PlainText);
    m_changes->setObjectName(QStringLiteral("historyChangesTreeWidget"));
    m_changes->setColumnCount(4);
    m_changes->setRootIsDecorated(true);
    // Not ResizeToContents: measuring thousands of rows on every audit would stall the GUI thread.
    m_changes->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_changes->header()->setStretchLastSection(true);
    m_changes->setUniformRowHeights(true);
    m_changes->setColumnWidth(0, 90);
    m_changes->setColumnWidth(1, 90);
    m_changes->setColumnWidth(2, 360);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_changesTitle);
    layout->addWidget(m_changes, 2);
    connect(&m_watcher, &QFutureWatcher<Data>::finished, this, [this] {
        show(m_watcher.result());
        if (m_pendingReload) {
            m_pendingReload = false;
            reload();
        }
    });
    retranslate();
    reload();
}

void StoredHistoryView::record(const AuditResult& result, const QString& endpoint)
{
    if (m_watcher.isRunning()) {
        // One worker at a time; the audit is stored by its own worker right after.
        QFutureWatcher<Data>* extra = new QFutureWatcher<Data>(this);
        connect(extra, &QFutureWatcher<Data>::finished, this, [this, extra] {
            extra->deleteLater();
            show(extra->result());
        });
        extra->setFuture(QtConcurrent::run(backgroundPool(), load, m_path, std::optional(std::pair{result, endpoint})));
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), load, m_path, std::optional(std::pair{result, endpoint})));
}

void StoredHistoryView::reload()
{
    if (m_watcher.isRunning()) {
        m_pendingReload = true;
        return;
    }
    m_watcher.setFuture(
        QtConcurrent::run(backgroundPool(), load, m_path, std::optional<std::pair<AuditResult, QString>>()));
}

void StoredHistoryView::show(const Data& data)
{
    m_data = data;
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(tr("Score over time, per layer"));
    if (!data.audits.isEmpty()) {
        auto* x = new QDateTimeAxis(chart);
        x->setFormat(QStringLiteral("dd/MM HH:mm"));
        auto* y = new QValueAxis(chart);
        y->setRange(0, 100);
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        auto addSeries = [&](const QString& name, auto score) {
            auto* series = new QLineSeries(chart);
            series->setName(name);
            for (auto it = data.audits.crbegin(); it != data.audits.crend(); ++it) {
                const int s = score(*it);
                if (s >= 0) {
                    series->append(double(it->time.toMSecsSinceEpoch()), s);
                }
            }
            if (series->count() == 0) {
                delete series;
                return;
            }
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        };
        addSeries(tr("Overall"), [](const HistoryAudit& a) { return a.overallScore; });
        for (const Layer layer : allLayers()) {
            const QString id = layerId(layer);
            addSeries(layerName(layer), [id](const HistoryAudit& a) { return a.layerScores.value(id, -1); });
        }
        x->setRange(data.audits.last().time.toLocalTime(), data.audits.first().time.toLocalTime().addSecs(60));
    }
    m_changes->clear();
    if (data.hasChanges) {
        const std::pair<QString, const QList<HistoryFinding>*> groups[] = {
            {tr("New (%n)", nullptr, int(data.changes.added.size())), &data.changes.added},
            {tr("Fixed (%n)", nullptr, int(data.changes.fixed.size())), &data.changes.fixed},
            {tr("Unchanged (%n)", nullptr, int(data.changes.unchanged.size())), &data.changes.unchanged}};
        for (const auto& [title, findings] : groups) {
            auto* group = new QTreeWidgetItem(m_changes, QStringList{title});
            group->setFirstColumnSpanned(true);
            for (qsizetype i = 0; i < findings->size(); ++i) {
                if (i == MaxChangesPerGroup) {
                    auto* more = new QTreeWidgetItem(group,
                                                     QStringList{tr("…and %n more: escut-cli diff lists them all.",
                                                                    nullptr,
                                                                    int(findings->size() - MaxChangesPerGroup))});
                    more->setFirstColumnSpanned(true);
                    break;
                }
                const HistoryFinding& f = findings->at(i);
                const auto status = statusFromId(f.status);
                const auto severity = severityFromId(f.severity);
                new QTreeWidgetItem(group,
                                    QStringList{status ? statusName(*status) : f.status,
                                                severity ? severityName(*severity) : f.severity,
                                                f.checkId + QStringLiteral("  ") + f.subjectName,
                                                f.evidence});
            }
            group->setExpanded(findings != &data.changes.unchanged);
        }
    }
    retranslate();
    Q_EMIT loaded();
}

void StoredHistoryView::retranslate()
{
    m_changes->setHeaderLabels({tr("Status"), tr("Severity"), tr("Check and subject"), tr("Evidence")});
    m_changesTitle->setText(tr("What changed since the audit before"));
    if (!m_data.error.isEmpty()) {
        m_status->setText(tr("The stored history is not available: %1").arg(m_data.error));
    } else if (m_data.audits.isEmpty()) {
        m_status->setText(tr("No audits stored yet: every audit of a daemon is kept in %1.").arg(m_path));
    } else {
        m_status->setText(tr("%n stored audit(s), the latest of %1.", nullptr, int(m_data.audits.size()))
                              .arg(m_data.audits.first().endpoint));
    }
    if (!m_data.hasChanges && m_data.error.isEmpty()) {
        m_changesTitle->setText(tr("What changed since the audit before: nothing to compare yet."));
    }
}

void StoredHistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        show(m_data);
    }
    QWidget::changeEvent(event);
}

} // namespace escut
