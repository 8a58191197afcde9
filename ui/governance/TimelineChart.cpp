#include "governance/TimelineChart.h"

#include "governance/ApprovalStyle.h"

#include <QPainter>

#include <algorithm>

namespace mizan {

namespace {
QColor laneColour(size_t lane)
{
    static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4),
                                     QColor(0x2c, 0xa0, 0x2c),
                                     QColor(0x94, 0x67, 0xbd),
                                     QColor(0xff, 0x7f, 0x0e),
                                     QColor(0x17, 0xbe, 0xcf),
                                     QColor(0x8c, 0x56, 0x4b)};
    return colours[lane % std::size(colours)];
}
} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::setTimeline(std::vector<DeploymentPeriod> periods, qint64 nowMs)
{
    m_periods = std::move(periods);
    m_nowMs = nowMs;
    m_lanes.clear();
    for (const DeploymentPeriod &p : m_periods) {
        if (std::find(m_lanes.begin(), m_lanes.end(), p.modelId) == m_lanes.end())
            m_lanes.push_back(p.modelId);
    }
    setAccessibleDescription(tr("%n deployment period(s)", nullptr, int(m_periods.size())));
    updateGeometry();
    update();
}

QSize TimelineChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {480, int(std::max<size_t>(m_lanes.size(), 1)) * (line + 10) + 3 * line + 12};
}

QSize TimelineChart::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

void TimelineChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    QRect area = rect().adjusted(8, 6, -8, -6);
    if (m_periods.empty()) {
        painter.setPen(pal.placeholderText().color());
        painter.drawText(area, Qt::AlignCenter, tr("No version has been deployed yet."));
        return;
    }
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("#0000")) + 8;
    QRect plot = rtl ? area.adjusted(0, 0, -labelWidth, -2 * line)
                     : area.adjusted(labelWidth, 0, 0, -2 * line);
    qint64 start = m_periods.front().fromMs;
    qint64 end = std::max(m_nowMs, start + 1);
    for (const DeploymentPeriod &p : m_periods)
        end = std::max(end, p.toMs);
    const auto xOf = [&](qint64 ms) {
        const double f = double(ms - start) / double(end - start);
        return rtl ? plot.right() - f * plot.width() : plot.left() + f * plot.width();
    };
    const int laneHeight = line + 10;
    for (size_t lane = 0; lane < m_lanes.size(); ++lane) {
        const int y = plot.top() + int(lane) * laneHeight;
        painter.setPen(pal.text().color());
        const QRect label = rtl ? QRect(plot.right() + 4, y, labelWidth - 4, laneHeight)
                                : QRect(area.left(), y, labelWidth - 4, laneHeight);
        painter.drawText(label,
                         Qt::AlignVCenter | (rtl ? Qt::AlignLeft : Qt::AlignRight),
                         tr("#%1").arg(m_lanes[lane]));
        for (const DeploymentPeriod &p : m_periods) {
            if (p.modelId != m_lanes[lane])
                continue;
            const double x1 = xOf(p.fromMs);
            const double x2 = xOf(p.toMs > 0 ? p.toMs : end);
            QRectF bar(std::min(x1, x2), y + 4, std::max(3.0, std::abs(x2 - x1)), laneHeight - 8);
            painter.setPen(Qt::NoPen);
            painter.setBrush(laneColour(lane));
            painter.drawRoundedRect(bar, 3, 3);
            if (p.how == ModelAction::Rollback) {
                painter.setBrush(QBrush(Qt::white, Qt::BDiagPattern));
                painter.drawRoundedRect(bar, 3, 3);
            }
            if (p.toMs == 0 && bar.width() > fm.horizontalAdvance(tr("deployed")) + 8) {
                painter.setPen(pal.text().color());
                painter.drawText(bar.adjusted(4, 0, -4, 0),
                                 Qt::AlignVCenter | (rtl ? Qt::AlignLeft : Qt::AlignRight),
                                 tr("deployed"));
            }
        }
    }
    // Time axis: the first deployment, now.
    const int axisY = plot.top() + int(m_lanes.size()) * laneHeight + 2;
    painter.setPen(pal.mid().color());
    painter.drawLine(QPointF(xOf(start), axisY), QPointF(xOf(end), axisY));
    painter.setPen(pal.text().color());
    const QString from = approvalstyle::dateText(start);
    const QString to = approvalstyle::dateText(end);
    const QRect axis(plot.left(), axisY + 2, plot.width(), line);
    painter.drawText(axis, Qt::AlignVCenter | Qt::AlignLeft, rtl ? to : from);
    painter.drawText(axis, Qt::AlignVCenter | Qt::AlignRight, rtl ? from : to);
    painter.setPen(pal.placeholderText().color());
    painter.drawText(QRect(plot.left(), axisY + line + 2, plot.width(), line),
                     Qt::AlignCenter,
                     tr("Hatched: redeployed by a rollback"));
}

} // namespace mizan
