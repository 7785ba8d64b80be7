// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatusStyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <vector>

namespace escut::style
{

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor statusColor(Status status, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case Status::Pass:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case Status::Warn:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case Status::Fail:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Status::Info:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case Status::Skipped:
        return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    case Status::Error:
        return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
    }
    return palette.color(QPalette::Text);
}

QColor severityColor(Severity severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Critical:
        return dark ? QColor(0xe5, 0x73, 0x73) : QColor(0x8e, 0x24, 0xaa);
    case Severity::High:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Severity::Medium:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xef, 0x6c, 0x00);
    case Severity::Low:
        return dark ? QColor(0xff, 0xf1, 0x76) : QColor(0xf9, 0xa8, 0x25);
    case Severity::Info:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    }
    return palette.color(QPalette::Text);
}

QColor scoreColor(int score, const QPalette& palette)
{
    const bool dark = isDark(palette);
    if (score < 0) {
        return dark ? QColor(0x42, 0x42, 0x42) : QColor(0xe0, 0xe0, 0xe0);
    }
    // Red below 50, orange to yellow up to 80, green only near the top: a 60 must not look "fine".
    const int v = qBound(0, score, 100);
    const int hue = v < 50 ? v * 25 / 50 : (v < 80 ? 25 + (v - 50) * 30 / 30 : 55 + (v - 80) * 65 / 20);
    return dark ? QColor::fromHsl(hue, 150, 70) : QColor::fromHsl(hue, 170, 175);
}

QColor textOn(const QColor& background)
{
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.55 ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xfa, 0xfa, 0xfa);
}

namespace
{

QPixmap paintBadge(Status status, const QColor& color, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1, 1, size - 2, size - 2);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(r);
    QPen pen(textOn(color), qMax(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal s = size;
    switch (status) {
    case Status::Pass: {
        QPainterPath path;
        path.moveTo(s * 0.28, s * 0.52);
        path.lineTo(s * 0.44, s * 0.68);
        path.lineTo(s * 0.72, s * 0.34);
        p.drawPath(path);
        break;
    }
    case Status::Fail:
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case Status::Warn:
        p.drawLine(QPointF(s * 0.5, s * 0.25), QPointF(s * 0.5, s * 0.56));
        p.drawPoint(QPointF(s * 0.5, s * 0.74));
        break;
    case Status::Info:
        p.drawPoint(QPointF(s * 0.5, s * 0.28));
        p.drawLine(QPointF(s * 0.5, s * 0.45), QPointF(s * 0.5, s * 0.74));
        break;
    case Status::Skipped:
        p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    case Status::Error: {
        QFont font;
        font.setPixelSize(qRound(s * 0.7));
        font.setBold(true);
        p.setFont(font);
        p.drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon statusIcon(Status status, const QPalette& palette)
{
    const QColor color = statusColor(status, palette);
    static QHash<QPair<int, QRgb>, QIcon> cache; // a handful of entries: statuses × palettes seen
    const QPair<int, QRgb> key(static_cast<int>(status), color.rgba());
    if (const auto it = cache.constFind(key); it != cache.cend()) {
        return *it;
    }
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        icon.addPixmap(paintBadge(status, color, size, 1.0));
        icon.addPixmap(paintBadge(status, color, size, 2.0));
    }
    cache.insert(key, icon);
    return icon;
}

int statusRank(Status status)
{
    switch (status) {
    case Status::Fail:
        return 0;
    case Status::Error:
        return 1;
    case Status::Warn:
        return 2;
    case Status::Skipped:
        return 3;
    case Status::Info:
        return 4;
    case Status::Pass:
        return 5;
    }
    return 6;
}

int urgency(const Finding& finding)
{
    return statusRank(finding.status) * 10 + (4 - static_cast<int>(finding.check->severity));
}

QList<Finding> mostUrgent(std::vector<const Finding*> findings, qsizetype n)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding* a, const Finding* b) {
        return urgency(*a) < urgency(*b);
    });
    QList<Finding> out;
    out.reserve(std::min<qsizetype>(n, qsizetype(findings.size())));
    for (qsizetype i = 0; i < n && i < qsizetype(findings.size()); ++i) {
        out.append(*findings.at(std::size_t(i)));
    }
    return out;
}

QList<Finding> mostUrgent(const QList<Finding>& findings, qsizetype n, const std::function<bool(const Finding&)>& keep)
{
    std::vector<const Finding*> kept;
    for (const Finding& f : findings) {
        if (keep(f)) {
            kept.push_back(&f);
        }
    }
    return mostUrgent(std::move(kept), n);
}

QString plainToolTip(const QString& untrusted)
{
    QString escaped = untrusted.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<qt>") + escaped + QStringLiteral("</qt>");
}

void paintWrappedItem(QPainter* painter, QStyleOptionViewItem option, int padding, Qt::Alignment alignment)
{
    const QString text = option.text;
    option.text.clear();
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
    painter->save();
    painter->setPen(
        option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(option.rect.adjusted(padding, padding, -padding, -padding), Qt::TextWordWrap | alignment, text);
    painter->restore();
}

} // namespace escut::style
