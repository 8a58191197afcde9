#include "fairness/SweepChart.h"

#include "fairness/FairnessStyle.h"

#include "explain/ExplainStyle.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace mizan {

namespace fs = fairnessstyle;

SweepChart::SweepChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sweepChart"));
    setAccessibleName(tr("Metric by group as the threshold moves"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

SweepChart::~SweepChart() = default;

QSize SweepChart::sizeHint() const
{
    return {460, 300};
}

QSize SweepChart::minimumSizeHint() const
{
    return {260, 200};
}

void SweepChart::setSweep(const ThresholdSweep &sweep,
                          GroupMetric metric,
                          const std::vector<bool> &small)
{
    m_metric = metric;
    m_thresholds = sweep.thresholds;
    m_lines.clear();
    for (size_t g = 0; g < size_t(sweep.groups.size()); ++g) {
        Line line;
        line.label = fs::groupLabel(sweep.groups[qsizetype(g)],
                                    g < sweep.missing.size() && sweep.missing[g]);
        line.colour = fs::groupColour(int(g));
        line.small = g < small.size() && small[g];
        for (size_t t = 0; t < m_thresholds.size(); ++t)
            line.values.push_back(sweep.rate(t, g, metric));
        m_lines.push_back(std::move(line));
    }
    m_overall = Line{tr("Overall"), fs::overallColour(), false, {}};
    for (size_t t = 0; t < m_thresholds.size(); ++t)
        m_overall.values.push_back(rateOf(sweep.overall[t], metric));
    setAccessibleDescription(tr("%1 of each group of %2 for thresholds from 0 to 1")
                                 .arg(fs::metricLabel(metric), sweep.attribute));
    update();
}

void SweepChart::setThreshold(double threshold)
{
    m_threshold = threshold;
    update();
}

void SweepChart::clear()
{
    m_thresholds.clear();
    m_lines.clear();
    m_overall = {};
    update();
}

std::optional<size_t> SweepChart::markerIndex() const
{
    if (m_thresholds.empty())
        return std::nullopt;
    size_t best = 0;
    for (size_t t = 1; t < m_thresholds.size(); ++t) {
        if (std::abs(m_thresholds[t] - m_threshold) < std::abs(m_thresholds[best] - m_threshold))
            best = t;
    }
    return best;
}

void SweepChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void SweepChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetricsF fm(font());
    const double lineH = fm.height(), margin = 8, w = width();
    if (m_thresholds.empty()) {
        p.setPen(explainstyle::muted());
        p.drawText(rect(), Qt::AlignCenter, tr("Compute a report to see the threshold sweep."));
        return;
    }
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const auto mx = [&](double x) { return rtl ? w - x : x; };
    const auto mr = [&](const QRectF &r) {
        return rtl ? QRectF(w - r.right(), r.top(), r.width(), r.height()) : r;
    };

    // The legend on top: a swatch and a name per line, wrapping; at most three lines of it.
    std::vector<const Line *> all{&m_overall};
    for (const Line &line : m_lines)
        all.push_back(&line);
    double lx = margin, ly = margin;
    int legendLines = 1, hidden = 0;
    const double moreW = fm.horizontalAdvance(tr("+%n more", "", 999)) + 8;
    for (const Line *line : all) {
        const double itemW = 22 + fm.horizontalAdvance(line->label) + 14;
        // The last line keeps room for "+k more".
        const double room = w - margin - (legendLines == 3 ? moreW : 0.0);
        if (hidden > 0 || (lx + itemW > room && lx > margin)) {
            if (legendLines == 3) {
                ++hidden;
                continue;
            }
            lx = margin;
            ly += lineH * 1.2;
            ++legendLines;
        }
        const double y = ly + lineH / 2;
        p.setPen(QPen(line->colour,
                      line == &m_overall ? 2.2 : 2,
                      line->small || line == &m_overall ? Qt::DashLine : Qt::SolidLine));
        p.drawLine(QPointF(mx(lx), y), QPointF(mx(lx + 16), y));
        p.setPen(line->small ? fs::cautionText() : palette().color(QPalette::Text));
        fs::drawText(p,
                     mr(QRectF(lx + 20, ly, itemW - 20, lineH)),
                     (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                     line->label);
        lx += itemW;
    }
    if (hidden > 0) {
        p.setPen(explainstyle::muted());
        fs::drawText(p,
                     mr(QRectF(w - margin - moreW, ly, moreW, lineH)),
                     (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                     tr("+%n more", "", hidden));
    }

    const double axisW = fm.horizontalAdvance(fs::number(0.75, 2)) + 8;
    const double x0 = margin + axisW, x1 = w - margin - 6;
    const double top = ly + lineH * 2.5, bottom = height() - margin - lineH * 2.6;
    if (bottom - top < lineH * 2)
        return;
    const auto xOf = [&](double t) { return mx(x0 + std::clamp(t, 0.0, 1.0) * (x1 - x0)); };
    const auto yOf = [&](double v) { return bottom - std::clamp(v, 0.0, 1.0) * (bottom - top); };

    // Grid: rates every 0.25, thresholds every 0.1 (labelled every 0.2).
    for (int i = 0; i <= 4; ++i) {
        const double y = yOf(i / 4.0);
        p.setPen(QPen(explainstyle::gridLine(), 1, i == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(xOf(0), y), QPointF(xOf(1), y));
        p.setPen(explainstyle::muted());
        fs::drawText(p,
                     mr(QRectF(margin, y - lineH / 2, axisW - 6, lineH)),
                     (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                     fs::number(i / 4.0, 2),
                     true);
    }
    for (int i = 0; i <= 10; ++i) {
        const double x = xOf(i / 10.0);
        p.setPen(QPen(explainstyle::gridLine(), 1, i == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
        if (i % 2 == 0) {
            p.setPen(explainstyle::muted());
            fs::drawText(p,
                         QRectF(x - 25, bottom + 2, 50, lineH),
                         Qt::AlignHCenter | Qt::AlignTop,
                         fs::number(i / 10.0, 1),
                         true);
        }
    }
    p.setPen(explainstyle::muted());
    fs::drawText(p,
                 QRectF(margin, bottom + lineH + 2, w - 2 * margin, lineH),
                 Qt::AlignHCenter | Qt::AlignTop,
                 tr("%1 by decision threshold").arg(fs::metricLabel(m_metric)));

    // The lines: groups first, the overall on top.
    const auto drawLine = [&](const Line &line, double widthPx, Qt::PenStyle style) {
        QPainterPath path;
        for (size_t t = 0; t < m_thresholds.size() && t < line.values.size(); ++t) {
            const QPointF point(xOf(m_thresholds[t]), yOf(line.values[t]));
            if (t == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(line.colour, widthPx, style));
        p.drawPath(path);
    };
    for (const Line &line : m_lines)
        drawLine(line, 1.8, line.small ? Qt::DashLine : Qt::SolidLine);
    drawLine(m_overall, 2.4, Qt::DashLine);

    // The current threshold, and each line's value there.
    const double tx = xOf(m_threshold);
    p.setPen(QPen(QColor(0xb7, 0x1c, 0x1c), 1.5));
    p.drawLine(QPointF(tx, top - 4), QPointF(tx, bottom));
    const QString label = tr("threshold %1").arg(fs::number(m_threshold, 2));
    const double labelW = fm.horizontalAdvance(label) + 8;
    const double lx0 = std::clamp(tx - labelW / 2, margin, std::max(margin, w - margin - labelW));
    fs::drawText(p, QRectF(lx0, top - lineH - 4, labelW, lineH), Qt::AlignHCenter, label);
    if (const std::optional<size_t> t = markerIndex()) {
        for (const Line *line : all) {
            if (*t >= line->values.size())
                continue;
            p.setPen(QPen(palette().color(QPalette::Base), 1));
            p.setBrush(line->colour);
            p.drawEllipse(QPointF(tx, yOf(line->values[*t])), 3.5, 3.5);
        }
    }
}

} // namespace mizan
