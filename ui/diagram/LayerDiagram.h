// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/Score.h"

#include <QWidget>

namespace escut
{

// The layered-security diagram: one band per layer, outermost (host) at the top, each inset a little more than
// the one around it. A band is coloured by the layer's score and shows its pass/fail counts and caption. Hover
// shows the worst findings, click or Enter activates the layer (the window filters the findings by it).
// Painted with QPainter only, so it is crisp at any DPI and follows the palette.
class LayerDiagram : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(LayerDiagram)

public:
    explicit LayerDiagram(QWidget* parent = nullptr);

    void setResult(const ScoreCard& score, const QList<Finding>& findings);
    [[nodiscard]] QList<Layer> layers() const;
    [[nodiscard]] QRect bandRect(Layer layer) const;
    [[nodiscard]] Layer currentLayer() const;
    void setCurrentLayer(Layer layer);
    // The text a screen reader gets for one band (also the band's visible text, in one line).
    [[nodiscard]] QString bandDescription(Layer layer) const;
    // The tooltip of one band: layer, caption and its worst findings, escaped.
    [[nodiscard]] QString bandToolTip(Layer layer) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    // Makes layer current and reports it, as a click or Enter does (also the accessible "press" action).
    void activateLayer(Layer layer);

Q_SIGNALS:
    void layerActivated(Layer layer);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] int bandAt(const QPoint& pos) const;
    void updateAccessibility();

    ScoreCard m_score;
    QMap<Layer, QList<Finding>> m_worst; // the most urgent failed/warned findings per layer, for the tooltip
    QMap<Layer, qsizetype> m_worstCount; // how many failed/warned findings each layer has
    int m_current = 0;
    int m_hover = -1;
};

} // namespace escut
