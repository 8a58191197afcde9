#include "governance/CurveChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace mizan {

CurveChart::CurveChart(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

CurveChart::~CurveChart() = default;

void CurveChart::setTitles(const QString &title, const QString &xTitle, const QString &yTitle)
{
    m_title = title;
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    setAccessibleName(title);
    update();
}

void CurveChart::setDiagonal(bool diagonal)
{
    m_diagonal = diagonal;
    update();
}

void CurveChart::setSeries(std::vector<Series> series)
{
    m_series = std::move(series);
    m_yMax = 1.0;
    if (!m_diagonal) {
        // Distributions: the scale follows the tallest bar, rounded up to a tenth.
        double top = 0;
        for (const Series &s : m_series)
            for (const auto &p : s.points)
                top = std::max(top, p.second);
        m_yMax = top > 0 ? std::min(1.0, std::ceil(top * 10.0 + 1e-9) / 10.0) : 1.0;
    }
    update();
}

void CurveChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void CurveChart::clear()
{
    m_series.clear();
    update();
}

QSize CurveChart::sizeHint() const
{
    return {320, 260};
}

QSize CurveChart::minimumSizeHint() const
{
    return {200, 170};
}

void CurveChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QFontMetrics fm(font());
    const int line = fm.height();
    const bool rtl = layoutDirection() == Qt::RightToLeft;

    QRect area = rect().adjusted(8, 4, -8, -4);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.text().color());
    painter.drawText(area.adjusted(0, 0, 0, -(area.height() - line)), Qt::AlignCenter, m_title);
    painter.setFont(font());

    // Legend under the title.
    int legendY = area.top() + line + 2;
    int x = rtl ? area.right() : area.left() + 4;
    for (const Series &s : m_series) {
        const int w = fm.horizontalAdvance(s.label) + 26;
        const QRect box = rtl ? QRect(x - w, legendY, w, line) : QRect(x, legendY, w, line);
        QPen pen(s.colour, 2, s.dashed ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        const int y = box.center().y();
        if (rtl)
            painter.drawLine(box.right() - 18, y, box.right() - 2, y);
        else
            painter.drawLine(box.left() + 2, y, box.left() + 18, y);
        painter.setPen(pal.text().color());
        painter.drawText(box.adjusted(rtl ? 0 : 22, 0, rtl ? -22 : 0, 0),
                         Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft),
                         s.label);
        x += rtl ? -(w + 10) : w + 10;
    }

    const QLocale locale;
    const int yLabelWidth = fm.horizontalAdvance(locale.toString(0.5, 'f', 1)) + 6;
    QRect plot = area.adjusted(0, 2 * line + 8, 0, -2 * line - 4);
    plot = rtl ? plot.adjusted(6, 0, -(yLabelWidth + line), 0)
               : plot.adjusted(yLabelWidth + line, 0, -6, 0);
    if (plot.width() < 40 || plot.height() < 40)
        return;

    const auto toPoint = [&](double px, double py) {
        const double fx = rtl ? 1.0 - px : px;
        return QPointF(plot.left() + fx * plot.width(),
                       plot.bottom() - std::clamp(py / m_yMax, 0.0, 1.0) * plot.height());
    };

    // Grid and axes.
    QColor grid = pal.mid().color();
    grid.setAlpha(90);
    for (int i = 0; i <= 4; ++i) {
        const double v = i / 4.0;
        painter.setPen(QPen(grid, 1));
        painter.drawLine(toPoint(v, 0), toPoint(v, m_yMax));
        painter.drawLine(toPoint(0, v * m_yMax), toPoint(1, v * m_yMax));
        painter.setPen(pal.text().color());
        const QPointF xp = toPoint(v, 0);
        painter.drawText(QRectF(xp.x() - 30, plot.bottom() + 2, 60, line),
                         Qt::AlignHCenter | Qt::AlignTop,
                         locale.toString(v, 'f', 2));
        const QPointF yp = toPoint(rtl ? 1 : 0, v * m_yMax);
        const QRectF yBox
            = rtl ? QRectF(plot.right() + 4, yp.y() - line / 2.0, yLabelWidth, line)
                  : QRectF(plot.left() - yLabelWidth - 4, yp.y() - line / 2.0, yLabelWidth, line);
        painter.drawText(yBox,
                         Qt::AlignVCenter | (rtl ? Qt::AlignLeft : Qt::AlignRight),
                         locale.toString(v * m_yMax, 'f', 2));
    }
    painter.setPen(QPen(pal.text().color(), 1));
    painter.drawRect(plot);
    painter.drawText(QRect(plot.left(), plot.bottom() + line + 2, plot.width(), line),
                     Qt::AlignCenter,
                     m_xTitle);
    painter.save();
    const int yTitleX = rtl ? plot.right() + yLabelWidth + line / 2 + 4
                            : plot.left() - yLabelWidth - line / 2 - 4;
    painter.translate(yTitleX, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-plot.height() / 2, -line / 2, plot.height(), line),
                     Qt::AlignCenter,
                     m_yTitle);
    painter.restore();

    if (m_diagonal) {
        painter.setPen(QPen(pal.mid().color(), 1, Qt::DotLine));
        painter.drawLine(toPoint(0, 0), toPoint(1, 1));
    }
    if (m_series.empty() || std::all_of(m_series.begin(), m_series.end(), [](const Series &s) {
            return s.points.empty();
        })) {
        painter.setPen(pal.placeholderText().color());
        painter.drawText(plot.adjusted(8, 8, -8, -8),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         m_emptyText);
        return;
    }
    painter.setClipRect(plot.adjusted(-2, -2, 2, 2));
    for (const Series &s : m_series) {
        if (s.points.empty())
            continue;
        QPainterPath path;
        if (s.steps) {
            const double width = 1.0 / double(s.points.size());
            path.moveTo(toPoint(0, 0));
            for (size_t i = 0; i < s.points.size(); ++i) {
                path.lineTo(toPoint(double(i) * width, s.points[i].second));
                path.lineTo(toPoint(double(i + 1) * width, s.points[i].second));
            }
            path.lineTo(toPoint(1, 0));
        } else {
            path.moveTo(toPoint(s.points.front().first, s.points.front().second));
            for (size_t i = 1; i < s.points.size(); ++i)
                path.lineTo(toPoint(s.points[i].first, s.points[i].second));
        }
        painter.setPen(QPen(s.colour, 2, s.dashed ? Qt::DashLine : Qt::SolidLine));
        painter.drawPath(path);
        if (!s.steps && s.points.size() <= 12) {
            painter.setBrush(s.colour);
            for (const auto &p : s.points)
                painter.drawEllipse(toPoint(p.first, p.second), 3, 3);
            painter.setBrush(Qt::NoBrush);
        }
    }
}

} // namespace mizan
