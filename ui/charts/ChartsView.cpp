// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/ChartsView.h"

#include "ui/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace escut
{

namespace
{

QChartView* makeView(QWidget* parent, const QString& objectName)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// Reset a chart for a rebuild, in the theme of the current palette.
QChart* resetChart(QChartView* view, const QPalette& palette, const QString& title)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTheme(style::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

} // namespace

ChartsView::ChartsView(QWidget* parent)
    : QWidget(parent)
    , m_line(makeView(this, QStringLiteral("scoreOverTimeChartView")))
    , m_bars(makeView(this, QStringLiteral("layerScoresChartView")))
    , m_donut(makeView(this, QStringLiteral("severityChartView")))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("chartsView"));
    m_note->setObjectName(QStringLiteral("chartsNoteLabel"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_note, 0, 0, 1, 2);
    layout->addWidget(m_line, 1, 0, 1, 2);
    layout->addWidget(m_bars, 2, 0);
    layout->addWidget(m_donut, 2, 1);
    layout->setRowStretch(1, 2);
    layout->setRowStretch(2, 3);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    rebuild();
}

void ChartsView::setResult(const ScoreCard& score, const QList<Finding>& findings)
{
    m_score = score;
    m_bySeverity.clear();
    for (const Finding& f : findings) {
        if (f.status == Status::Fail || f.status == Status::Warn) {
            ++m_bySeverity[f.check->severity];
        }
    }
    rebuildBars();
    rebuildDonut();
}

void ChartsView::addAuditPoint(const QDateTime& time, int score)
{
    m_points.append({time, score});
    rebuildLine();
}

const QList<ChartsView::Point>& ChartsView::points() const
{
    return m_points;
}

void ChartsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

void ChartsView::rebuild()
{
    m_note->setText(tr("Scores of the audits run since Escut started; the per-layer bars and the severity donut show "
                       "the latest audit."));
    rebuildLine();
    rebuildBars();
    rebuildDonut();
}

void ChartsView::rebuildLine()
{
    QChart* chart = resetChart(m_line, palette(), tr("Overall score over time"));
    chart->legend()->hide();
    auto* line = new QLineSeries;
    auto* dots = new QScatterSeries;
    dots->setMarkerSize(8);
    line->setName(tr("Overall score"));
    QDateTime first;
    QDateTime last;
    for (const Point& p : m_points) {
        if (p.score < 0) {
            continue;
        }
        const qreal x = static_cast<qreal>(p.time.toMSecsSinceEpoch());
        line->append(x, p.score);
        dots->append(x, p.score);
        first = first.isValid() ? first : p.time;
        last = p.time;
    }
    chart->addSeries(line);
    chart->addSeries(dots);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm:ss"));
    x->setTickCount(5);
    x->setTitleText(tr("Time of the audit"));
    if (first.isValid()) {
        // A single audit still gets a readable axis around it.
        x->setRange(first.addSecs(-60), last.addSecs(60));
    }
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Score"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ChartsView::rebuildBars()
{
    QChart* chart = resetChart(m_bars, palette(), tr("Score per layer"));
    chart->legend()->hide();
    auto* set = new QBarSet(tr("Score"));
    QStringList categories;
    // Horizontal bars read their labels; categories go bottom-up, so list the innermost layer first.
    QList<Layer> layers = allLayers();
    std::reverse(layers.begin(), layers.end());
    for (Layer layer : layers) {
        const int score = m_score.layers.value(layer).score();
        *set << qMax(0, score);
        categories << layerName(layer);
    }
    set->setColor(style::statusColor(Status::Info, palette()));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(false);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignLeft);
    chart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
}

void ChartsView::rebuildDonut()
{
    QChart* chart = resetChart(m_donut, palette(), tr("Failed and warned checks by severity"));
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
        const int n = m_bySeverity.value(s);
        if (n == 0) {
            continue;
        }
        QPieSlice* slice = series->append(tr("%1: %2").arg(severityName(s)).arg(n), n);
        slice->setColor(style::severityColor(s, palette()));
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
}

} // namespace escut
