#include "fairness/GroupBarChart.h"

#include "fairness/FairnessStyle.h"

#include "explain/ExplainStyle.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace mizan {

namespace fs = fairnessstyle;

GroupBarChart::GroupBarChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("groupBarChart"));
    setAccessibleName(tr("Metric by group"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

GroupBarChart::~GroupBarChart() = default;

QSize GroupBarChart::sizeHint() const
{
    return {460, 300};
}

QSize GroupBarChart::minimumSizeHint() const
{
    const double lineH = QFontMetricsF(font()).height();
    return {240, int(lineH * (5.5 + 1.3 * double(std::max<size_t>(m_bars.size(), 2))))};
}

void GroupBarChart::setAttribute(const AttributeReport &report, GroupMetric metric)
{
    m_metric = metric;
    m_bars.clear();
    const AttributeMetrics &m = report.metrics;
    m_intervals = report.intervals.has_value();
    for (size_t g = 0; g < m.groups.size(); ++g) {
        const GroupMetrics &group = m.groups[g];
        Bar bar;
        bar.label = fs::groupLabel(group.name, group.missing);
        bar.value = group.value(metric);
        bar.lower = bar.upper = std::nan("");
        if (report.intervals && g < report.intervals->groups.size()) {
            const Interval &i = report.intervals->groups[g][size_t(metric)];
            bar.lower = i.lower;
            bar.upper = i.upper;
        }
        bar.small = group.small;
        bar.privileged = int(g) == m.privilegedIndex;
        bar.colour = fs::groupColour(int(g));
        m_bars.push_back(bar);
    }
    m_overall = m.overall.value(metric);
    QStringList summary;
    for (const Bar &bar : m_bars)
        summary.append(tr("%1: %2").arg(bar.label, fs::number(bar.value)));
    setAccessibleDescription(tr("%1 by group of %2 (overall %3): %4")
                                 .arg(fs::metricLabel(metric),
                                      report.name(),
                                      fs::number(m_overall),
                                      summary.join(QStringLiteral("; "))));
    updateGeometry();
    update();
}

void GroupBarChart::clear()
{
    m_bars.clear();
    updateGeometry();
    update();
}

void GroupBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void GroupBarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QColor text = palette().color(QPalette::Text);
    const QFontMetricsF fm(font());
    const double lineH = fm.height(), margin = 8, w = width();
    if (m_bars.empty()) {
        p.setPen(explainstyle::muted());
        p.drawText(rect(), Qt::AlignCenter, tr("Compute a report to see the groups."));
        return;
    }
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    // Geometry in left-to-right terms; mx() and mr() mirror it for right-to-left layouts.
    const auto mx = [&](double x) { return rtl ? w - x : x; };
    const auto mr = [&](const QRectF &r) {
        return rtl ? QRectF(w - r.right(), r.top(), r.width(), r.height()) : r;
    };
    const auto near = [rtl] { return rtl ? Qt::AlignRight : Qt::AlignLeft; };
    const auto far = [rtl] { return rtl ? Qt::AlignLeft : Qt::AlignRight; };

    double labelW = 0;
    for (const Bar &bar : m_bars)
        labelW = std::max(labelW, fm.horizontalAdvance(bar.label));
    labelW = std::min(labelW + 4, w * 0.35);
    const double valueW = fm.horizontalAdvance(fs::number(0.888) + QStringLiteral("  "));
    const double x0 = margin + labelW + 8, x1 = std::max(x0 + 40, w - margin - valueW);
    const auto xOf = [&](double v) { return x0 + std::clamp(v, 0.0, 1.0) * (x1 - x0); };
    const double top = margin + lineH * 1.4;
    const double bottom = height() - margin - lineH * 2.8;
    const int n = int(m_bars.size());
    const double rowH = std::max((bottom - top) / n, lineH * 1.1);
    const double half = std::min(rowH * 0.32, lineH * 0.6);

    // Grid and axis: 0 to 1 in steps of 0.2.
    for (int i = 0; i <= 5; ++i) {
        const double x = xOf(i / 5.0);
        p.setPen(QPen(explainstyle::gridLine(), 1, i == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(mx(x), top), QPointF(mx(x), bottom));
        p.setPen(explainstyle::muted());
        fs::drawText(p,
                     mr(QRectF(x - 30, bottom + 2, 60, lineH)),
                     Qt::AlignHCenter | Qt::AlignTop,
                     fs::number(i / 5.0, 1),
                     true);
    }

    for (int i = 0; i < n; ++i) {
        const Bar &bar = m_bars[size_t(i)];
        const double y = top + rowH * (i + 0.5);
        // The group's name beside the plot.
        QFont font = p.font();
        font.setBold(bar.privileged);
        p.setFont(font);
        p.setPen(bar.small ? fs::cautionText() : text);
        fs::drawText(p,
                     mr(QRectF(margin, y - lineH, labelW, 2 * lineH)),
                     far() | Qt::AlignVCenter,
                     QFontMetricsF(font).elidedText(bar.label, Qt::ElideRight, labelW));
        font.setBold(false);
        p.setFont(font);
        double end = xOf(0);
        if (std::isnan(bar.value)) {
            p.setPen(fs::cautionText());
            fs::drawText(p,
                         mr(QRectF(end + 4, y - lineH, 80, 2 * lineH)),
                         near() | Qt::AlignVCenter,
                         fs::number(bar.value));
            continue;
        }
        const QRectF body(xOf(0), y - half, std::max(1.0, xOf(bar.value) - xOf(0)), 2 * half);
        if (bar.small) {
            QColor light = bar.colour;
            light.setAlpha(50);
            p.fillRect(mr(body), light);
            p.setBrush(QBrush(bar.colour, Qt::BDiagPattern));
            p.setPen(QPen(bar.colour, 1, Qt::DashLine));
        } else {
            p.setBrush(bar.colour);
            p.setPen(Qt::NoPen);
        }
        p.drawRect(mr(body));
        end = body.right();
        if (!std::isnan(bar.lower) && !std::isnan(bar.upper)) {
            const double a = xOf(bar.lower), b = xOf(bar.upper), cap = half * 0.6;
            p.setPen(QPen(text, 1.3));
            p.drawLine(QPointF(mx(a), y), QPointF(mx(b), y));
            p.drawLine(QPointF(mx(a), y - cap), QPointF(mx(a), y + cap));
            p.drawLine(QPointF(mx(b), y - cap), QPointF(mx(b), y + cap));
            end = std::max(end, b);
        }
        QFont valueFont = p.font();
        valueFont.setItalic(bar.small);
        p.setFont(valueFont);
        p.setPen(bar.small ? fs::cautionText() : text);
        fs::drawText(p,
                     mr(QRectF(end + 4, y - lineH, valueW, 2 * lineH)),
                     near() | Qt::AlignVCenter,
                     fs::number(bar.value),
                     true);
        valueFont.setItalic(false);
        p.setFont(valueFont);
    }

    // The overall level across every row, labelled above the plot.
    if (!std::isnan(m_overall)) {
        const double x = xOf(m_overall);
        p.setPen(QPen(fs::overallColour(), 1.6, Qt::DashLine));
        p.drawLine(QPointF(mx(x), top - 3), QPointF(mx(x), bottom));
        p.setPen(fs::overallColour());
        const QString label = tr("overall %1").arg(fs::number(m_overall));
        const double labelWidth = fm.horizontalAdvance(label) + 6;
        const double left = std::clamp(x - labelWidth / 2,
                                       x0,
                                       std::max(x0, w - margin - labelWidth));
        fs::drawText(p, mr(QRectF(left, margin, labelWidth, lineH)), Qt::AlignHCenter, label);
    }

    // Caption: the metric, and what hatching and whiskers mean.
    QStringList notes{fs::metricLabel(m_metric)};
    if (std::any_of(m_bars.begin(), m_bars.end(), [](const Bar &b) { return b.small; }))
        notes.append(tr("hatched: small group, read with caution"));
    if (m_intervals)
        notes.append(tr("whiskers: bootstrap interval"));
    p.setPen(explainstyle::muted());
    fs::drawText(p,
                 QRectF(margin, height() - margin - lineH * 1.3, w - 2 * margin, lineH * 1.3),
                 Qt::AlignHCenter | Qt::AlignVCenter,
                 fm.elidedText(notes.join(QStringLiteral(" · ")), Qt::ElideRight, w - 2 * margin));
}

} // namespace mizan
