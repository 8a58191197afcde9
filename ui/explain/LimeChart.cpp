#include "explain/LimeChart.h"

#include "explain/ExplainStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace mizan {

LimeChart::LimeChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("limeChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("LIME weights"));
}

LimeChart::~LimeChart() = default;

QSize LimeChart::sizeHint() const
{
    return {420, 220};
}

QSize LimeChart::minimumSizeHint() const
{
    const size_t rows = std::max<size_t>(4, m_weights.size());
    return {240, int(fontMetrics().height() * 1.1 * double(rows)) + 16};
}

void LimeChart::setWeights(const std::vector<LimeWeight> &weights)
{
    m_weights = weights;
    std::stable_sort(m_weights.begin(), m_weights.end(), [](const auto &a, const auto &b) {
        return std::abs(a.weight) > std::abs(b.weight);
    });
    m_placeholder.clear();
    QStringList summary;
    for (const LimeWeight &w : m_weights)
        summary.append(tr("%1: %2").arg(w.condition, explainstyle::signedNumber(w.weight, 3)));
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void LimeChart::clear()
{
    m_weights.clear();
    m_placeholder.clear();
    setAccessibleDescription(QString());
    update();
}

void LimeChart::setPlaceholder(const QString &text)
{
    m_weights.clear();
    m_placeholder = text;
    update();
}

void LimeChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QColor grey = explainstyle::muted();
    if (m_weights.empty()) {
        p.setPen(grey);
        p.drawText(rect().adjusted(8, 8, -8, -8),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder.isEmpty() ? tr("LIME appears here after Explain.") : m_placeholder);
        return;
    }
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QFontMetricsF fm(font());
    const double lineH = fm.height();
    const double margin = 8;
    const int n = int(m_weights.size());
    const double rowH = std::min((height() - 2 * margin) / n, lineH * 2.0); // all rows fit
    const double barH = rowH * 0.66;

    double labelW = 0, valueW = 0, extent = 0;
    for (const LimeWeight &w : m_weights) {
        labelW = std::max(labelW, fm.horizontalAdvance(w.condition));
        valueW = std::max(valueW, fm.horizontalAdvance(explainstyle::signedNumber(w.weight, 3)));
        extent = std::max(extent, std::abs(w.weight));
    }
    labelW = std::min(labelW, width() * 0.55);
    valueW += 6;
    extent = std::max(extent, 1e-9);
    const double near = margin + labelW + 10 + valueW, far = width() - margin - valueW;
    // Zero in the middle of the plot; positive weights towards the far side in LTR, mirrored.
    const double left = rtl ? width() - far : near, right = rtl ? width() - near : far;
    const double zero = (left + right) / 2, half = (right - left) / 2;
    const auto xOf = [&](double w) { return zero + (rtl ? -1 : 1) * w / extent * half; };

    p.setPen(QPen(explainstyle::gridLine(), 1));
    p.drawLine(QPointF(zero, margin), QPointF(zero, margin + rowH * n));
    for (int i = 0; i < n; ++i) {
        const LimeWeight &w = m_weights[size_t(i)];
        const double y = margin + rowH * (i + 0.5);
        const QColor colour = w.weight >= 0 ? explainstyle::positive() : explainstyle::negative();
        const double x = xOf(w.weight);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRect(QRectF(QPointF(std::min(zero, x), y - barH / 2),
                          QPointF(std::max(zero, x), y + barH / 2)));
        const bool towardsRight = x >= zero;
        QTextOption number((towardsRight ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
        number.setTextDirection(Qt::LeftToRight);
        p.setPen(colour);
        p.drawText(towardsRight ? QRectF(x + 3, y - lineH, valueW, 2 * lineH)
                                : QRectF(x - 3 - valueW, y - lineH, valueW, 2 * lineH),
                   explainstyle::signedNumber(w.weight, 3),
                   number);
        QTextOption label((rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
        label.setTextDirection(Qt::LeftToRight); // conditions are column names and numbers
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(rtl ? width() - margin - labelW : margin, y - lineH, labelW, 2 * lineH),
                   fm.elidedText(w.condition, Qt::ElideMiddle, labelW),
                   label);
    }
}

} // namespace mizan
