// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagram/LayerDiagram.h"

#include "ui/StatusStyle.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QToolTip>

#include <algorithm>
#include <vector>

namespace escut
{

namespace
{

constexpr int BandHeight = 46; // minimum; bands grow with the widget up to MaxBandHeight
constexpr int MaxBandHeight = 60;
constexpr int BandGap = 4;
constexpr int Inset = 14; // each inner layer is inset this much on both sides
constexpr int WorstInToolTip = 5;

// Screen readers see the diagram as a list with one item per band: name, one-line description (score, counts,
// caption), position, focus, and a "press" action that lists the layer's findings.
class BandAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    BandAccessible(LayerDiagram* diagram, int index)
        : m_diagram(diagram)
        , m_index(index)
    {}

    bool isValid() const override
    {
        return m_diagram;
    }
    QObject* object() const override
    {
        return nullptr;
    }
    QWindow* window() const override
    {
        return m_diagram ? m_diagram->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface* parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_diagram);
    }
    QAccessibleInterface* child(int) const override
    {
        return nullptr;
    }
    int childCount() const override
    {
        return 0;
    }
    int indexOfChild(const QAccessibleInterface*) const override
    {
        return -1;
    }
    QAccessibleInterface* childAt(int, int) const override
    {
        return nullptr;
    }
    QAccessibleInterface* focusChild() const override
    {
        return nullptr;
    }
    QString text(QAccessible::Text t) const override
    {
        if (!m_diagram) {
            return {};
        }
        const Layer layer = m_diagram->layers().value(m_index);
        switch (t) {
        case QAccessible::Name:
            return layerName(layer);
        case QAccessible::Description:
            return m_diagram->bandDescription(layer);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString&) override
    {}
    QRect rect() const override
    {
        if (!m_diagram) {
            return {};
        }
        const QRect r = m_diagram->bandRect(m_diagram->layers().value(m_index));
        return {m_diagram->mapToGlobal(r.topLeft()), r.size()};
    }
    QAccessible::Role role() const override
    {
        return QAccessible::ListItem;
    }
    QAccessible::State state() const override
    {
        QAccessible::State st;
        st.focusable = true;
        st.selectable = true;
        const bool current = m_diagram && m_diagram->layers().value(m_index) == m_diagram->currentLayer();
        st.selected = current;
        st.focused = current && m_diagram->hasFocus();
        return st;
    }
    void* interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
    }
    QStringList actionNames() const override
    {
        return {pressAction()};
    }
    void doAction(const QString& name) override
    {
        if (m_diagram && name == pressAction()) {
            m_diagram->activateLayer(m_diagram->layers().value(m_index));
        }
    }
    QStringList keyBindingsForAction(const QString&) const override
    {
        return {};
    }

private:
    QPointer<LayerDiagram> m_diagram;
    int m_index;
};

class LayerDiagramAccessible : public QAccessibleWidget
{
public:
    explicit LayerDiagramAccessible(QWidget* widget)
        : QAccessibleWidget(widget, QAccessible::List)
    {}
    ~LayerDiagramAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_children)) {
            QAccessible::deleteAccessibleInterface(id);
        }
    }
    int childCount() const override
    {
        return static_cast<int>(diagram()->layers().size());
    }
    QAccessibleInterface* child(int index) const override
    {
        if (index < 0 || index >= childCount()) {
            return nullptr;
        }
        if (!m_children.contains(index)) {
            m_children.insert(index, QAccessible::registerAccessibleInterface(new BandAccessible(diagram(), index)));
        }
        return QAccessible::accessibleInterface(m_children.value(index));
    }
    int indexOfChild(const QAccessibleInterface* child) const override
    {
        for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
            if (QAccessible::accessibleInterface(it.value()) == child) {
                return it.key();
            }
        }
        return -1;
    }
    QAccessibleInterface* childAt(int x, int y) const override
    {
        const QPoint local = diagram()->mapFromGlobal(QPoint(x, y));
        const QList<Layer> layers = diagram()->layers();
        for (int i = 0; i < layers.size(); ++i) {
            if (diagram()->bandRect(layers.at(i)).contains(local)) {
                return child(i);
            }
        }
        return nullptr;
    }
    QAccessibleInterface* focusChild() const override
    {
        return diagram()->hasFocus() ? child(static_cast<int>(diagram()->layers().indexOf(diagram()->currentLayer())))
                                     : nullptr;
    }

private:
    LayerDiagram* diagram() const
    {
        return static_cast<LayerDiagram*>(widget());
    }
    mutable QHash<int, QAccessible::Id> m_children;
};

QAccessibleInterface* accessibleFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("escut::LayerDiagram") && object && object->isWidgetType()) {
        return new LayerDiagramAccessible(static_cast<QWidget*>(object));
    }
    return nullptr;
}

} // namespace

LayerDiagram::LayerDiagram(QWidget* parent)
    : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(accessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setObjectName(QStringLiteral("layerDiagram"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateAccessibility();
}

void LayerDiagram::setResult(const ScoreCard& score, const QList<Finding>& findings)
{
    m_score = score;
    m_worst.clear();
    m_worstCount.clear();
    // One pass over every finding, then the few most urgent of each layer (pointers sorted, not findings).
    QMap<Layer, std::vector<const Finding*>> byLayer;
    for (const Finding& f : findings) {
        if (f.status == Status::Fail || f.status == Status::Warn || f.status == Status::Error) {
            byLayer[f.check->layer].push_back(&f);
        }
    }
    for (auto it = byLayer.begin(); it != byLayer.end(); ++it) {
        m_worstCount.insert(it.key(), qsizetype(it.value().size()));
        m_worst.insert(it.key(), style::mostUrgent(std::move(it.value()), WorstInToolTip));
    }
    updateAccessibility();
    update();
}

QList<Layer> LayerDiagram::layers() const
{
    return allLayers();
}

QRect LayerDiagram::bandRect(Layer layer) const
{
    const int i = static_cast<int>(layers().indexOf(layer));
    if (i < 0) {
        return {};
    }
    const int n = static_cast<int>(layers().size());
    const int band = qBound(BandHeight, (height() - 8) / qMax(1, n) - BandGap, MaxBandHeight);
    const int inset = i * Inset / 2;
    return QRect(4 + inset, 4 + i * (band + BandGap), width() - 8 - 2 * inset, band);
}

Layer LayerDiagram::currentLayer() const
{
    return layers().value(m_current, Layer::Host);
}

void LayerDiagram::setCurrentLayer(Layer layer)
{
    const int i = static_cast<int>(layers().indexOf(layer));
    if (i >= 0 && i != m_current) {
        m_current = i;
        updateAccessibility();
        update();
    }
}

QString LayerDiagram::bandDescription(Layer layer) const
{
    const LayerScore s = m_score.layers.value(layer);
    const QString score = s.score() < 0 ? tr("not scored") : tr("score %1 of 100").arg(s.score());
    return tr("%1: %2. %3 failed, %4 warnings, %5 passed. %6")
        .arg(layerName(layer), score)
        .arg(s.fail)
        .arg(s.warn)
        .arg(s.pass)
        .arg(layerCaption(layer));
}

QString LayerDiagram::bandToolTip(Layer layer) const
{
    QString html = QStringLiteral("<b>%1</b><br><i>%2</i>")
                       .arg(layerName(layer).toHtmlEscaped(), layerCaption(layer).toHtmlEscaped());
    const QList<Finding> worst = m_worst.value(layer);
    const qsizetype count = m_worstCount.value(layer);
    if (worst.isEmpty()) {
        html += QStringLiteral("<br>") + tr("No failed checks in this layer.").toHtmlEscaped();
    } else {
        html += QStringLiteral("<br>") + tr("Worst findings:").toHtmlEscaped() + QStringLiteral("<ul>");
        for (int i = 0; i < static_cast<int>(worst.size()); ++i) {
            const Finding& f = worst.at(i);
            html += QStringLiteral("<li>") +
                    tr("%1 — %2 (%3)")
                        .arg(f.check->trTitle(), f.subject.name, severityName(f.check->severity))
                        .toHtmlEscaped() +
                    QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
        if (count > WorstInToolTip) {
            html += tr("…and %n more.", nullptr, static_cast<int>(count) - WorstInToolTip).toHtmlEscaped();
        }
    }
    html += QStringLiteral("<br>") + tr("Click to list this layer's findings.").toHtmlEscaped();
    return QStringLiteral("<qt>") + html + QStringLiteral("</qt>");
}

QSize LayerDiagram::sizeHint() const
{
    const int n = static_cast<int>(layers().size());
    return {560, 8 + n * (BandHeight + BandGap)};
}

QSize LayerDiagram::minimumSizeHint() const
{
    return {360, sizeHint().height()};
}

int LayerDiagram::bandAt(const QPoint& pos) const
{
    const QList<Layer> all = layers();
    for (int i = 0; i < all.size(); ++i) {
        if (bandRect(all.at(i)).contains(pos)) {
            return i;
        }
    }
    return -1;
}

void LayerDiagram::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QList<Layer> all = layers();
    QFont titleFont = font();
    titleFont.setBold(true);
    QFont smallFont = font();
    smallFont.setPointSizeF(font().pointSizeF() * 0.9);

    for (int i = 0; i < all.size(); ++i) {
        const Layer layer = all.at(i);
        const QRectF r = QRectF(bandRect(layer)).adjusted(0.5, 0.5, -0.5, -0.5);
        const LayerScore s = m_score.layers.value(layer);
        QColor fill = style::scoreColor(s.score(), pal);
        if (i == m_hover) {
            fill = style::isDark(pal) ? fill.lighter(115) : fill.darker(106);
        }
        const QColor ink = style::textOn(fill);
        QPainterPath path;
        path.addRoundedRect(r, 8, 8);
        p.fillPath(path, fill);
        const bool current = i == m_current;
        p.setPen(QPen(current && hasFocus() ? pal.color(QPalette::Highlight) : fill.darker(130), current ? 2.5 : 1));
        p.drawPath(path);

        // Right: score and counts; left: name and caption, elided to what is left.
        const QRectF inner = r.adjusted(12, 3, -12, -3);
        p.setFont(titleFont);
        const QString scoreText = s.score() < 0 ? tr("n/a") : QString::number(s.score());
        const QFontMetricsF tfm(titleFont);
        const qreal scoreWidth = tfm.horizontalAdvance(QStringLiteral("100")) + 4;
        QRectF scoreRect(inner.right() - scoreWidth, inner.top(), scoreWidth, inner.height());
        p.setPen(ink);
        p.drawText(scoreRect, Qt::AlignRight | Qt::AlignVCenter, scoreText);

        p.setFont(smallFont);
        const QString counts = tr("✗ %1   ! %2   ✓ %3").arg(s.fail).arg(s.warn).arg(s.pass);
        const QFontMetricsF sfm(smallFont);
        const qreal countsWidth = sfm.horizontalAdvance(counts) + 8;
        QRectF countsRect(scoreRect.left() - countsWidth - 8, inner.top(), countsWidth, inner.height());
        p.drawText(countsRect, Qt::AlignRight | Qt::AlignVCenter, counts);

        const qreal textWidth = countsRect.left() - inner.left() - 8;
        const QRectF nameRect(inner.left(), inner.top(), textWidth, inner.height() / 2);
        const QRectF captionRect(inner.left(), inner.top() + inner.height() / 2, textWidth, inner.height() / 2);
        p.setFont(titleFont);
        p.drawText(nameRect,
                   Qt::AlignLeft | Qt::AlignBottom,
                   tfm.elidedText(layerName(layer), Qt::ElideRight, textWidth));
        p.setFont(smallFont);
        p.drawText(captionRect,
                   Qt::AlignLeft | Qt::AlignTop,
                   sfm.elidedText(layerCaption(layer), Qt::ElideRight, textWidth));
    }
}

void LayerDiagram::mousePressEvent(QMouseEvent* event)
{
    const int i = bandAt(event->position().toPoint());
    if (i < 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    activateLayer(layers().at(i));
}

void LayerDiagram::activateLayer(Layer layer)
{
    setCurrentLayer(layer);
    Q_EMIT layerActivated(currentLayer());
}

void LayerDiagram::mouseMoveEvent(QMouseEvent* event)
{
    const int i = bandAt(event->position().toPoint());
    if (i != m_hover) {
        m_hover = i;
        setCursor(i >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void LayerDiagram::leaveEvent(QEvent* event)
{
    m_hover = -1;
    update();
    QWidget::leaveEvent(event);
}

void LayerDiagram::keyPressEvent(QKeyEvent* event)
{
    const int n = static_cast<int>(layers().size());
    switch (event->key()) {
    case Qt::Key_Up:
        m_current = qMax(0, m_current - 1);
        break;
    case Qt::Key_Down:
        m_current = qMin(n - 1, m_current + 1);
        break;
    case Qt::Key_Home:
        m_current = 0;
        break;
    case Qt::Key_End:
        m_current = n - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT layerActivated(currentLayer());
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    updateAccessibility();
    update();
}

bool LayerDiagram::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = bandAt(help->pos());
        if (i >= 0) {
            const Layer layer = layers().at(i);
            QToolTip::showText(help->globalPos(), bandToolTip(layer), this, bandRect(layer));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        update();
    }
    return QWidget::event(event);
}

void LayerDiagram::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        updateAccessibility();
        update();
    }
    QWidget::changeEvent(event);
}

void LayerDiagram::updateAccessibility()
{
    setAccessibleName(tr("Security layers"));
    setAccessibleDescription(
        tr("Use the arrow keys to move between layers and Enter to list a layer's findings. Current: %1")
            .arg(bandDescription(currentLayer())));
    if (QAccessible::isActive()) {
        QAccessibleEvent ev(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&ev);
        if (hasFocus()) {
            // The band that has the keyboard is where a screen reader should be.
            QAccessibleEvent focus(this, QAccessible::Focus);
            focus.setChild(m_current);
            QAccessible::updateAccessibility(&focus);
        }
    }
}

} // namespace escut
