// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Score.h"

#include <QDateTime>
#include <QWidget>

class QChartView;
class QLabel;

namespace escut
{

// Qt Charts: score over time (line, this session's audits), score per layer (bars) and failed/warned findings by
// severity (donut). Rebuilt from the stored data on every change, language and palette switch included.
class ChartsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(ChartsView)

public:
    struct Point
    {
        QDateTime time;
        int score = -1;
    };

    explicit ChartsView(QWidget* parent = nullptr);

    void setResult(const ScoreCard& score, const QList<Finding>& findings);
    void addAuditPoint(const QDateTime& time, int score);
    [[nodiscard]] const QList<Point>& points() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void rebuildLine();
    void rebuildBars();
    void rebuildDonut();

    QChartView* m_line;
    QChartView* m_bars;
    QChartView* m_donut;
    QLabel* m_note;
    ScoreCard m_score;
    QMap<Severity, int> m_bySeverity;
    QList<Point> m_points;
};

} // namespace escut
