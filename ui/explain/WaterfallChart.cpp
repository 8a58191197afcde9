#include "explain/WaterfallChart.h"

#include "explain/ExplainStyle.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace mizan {

namespace {

/** Draws text with left-to-right shaping wherever it is placed (numbers, formulas, columns). */
void drawLtr(QPainter &p, const QRectF &rect, Qt::Alignment align, const QString &text)
{
    QTextOption option(align);
    option.setTextDirection(Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    p.drawText(rect, text, option);
}

/** Draws translated text in its own direction (Arabic right to left, English left to right). */
void drawNatural(QPainter &p, const QRectF &rect, Qt::Alignment align, const QString &text)
{
    QTextOption option(align);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    p.drawText(rect, text, option);
}

/** An arrow-ended bar from x0 to x1 (the point at x1), as shap's FancyArrow draws it. */
QPolygonF arrow(double x0, double x1, double y, double height, double head)
{
    const double dir = x1 >= x0 ? 1.0 : -1.0;
    const double neck = x1 - dir * std::min(head, std::abs(x1 - x0));
    const double top = y - height / 2, bottom = y + height / 2;
    return QPolygonF({QPointF(x0, top),
                      QPointF(neck, top),
                      QPointF(x1, y),
                      QPointF(neck, bottom),
                      QPointF(x0, bottom)});
}

} // namespace

WaterfallChart::WaterfallChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("waterfallChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("SHAP waterfall"));
}

WaterfallChart::~WaterfallChart() = default;

QSize WaterfallChart::sizeHint() const
{
    return {640, 460};
}

QSize WaterfallChart::minimumSizeHint() const
{
    return {360, 260};
}

void WaterfallChart::setExplanation(const ShapExplanation &shap,
                                    const FeatureSpace &space,
                                    const Lead &lead)
{
    m_shap = shap;
    m_names.clear();
    m_values.clear();
    for (int f = 0; f < space.featureCount(); ++f) {
        const FeatureInfo &info = space.features()[static_cast<size_t>(f)];
        m_names.push_back(info.column);
        const FeatureValue value = f < int(lead.size()) ? lead[size_t(f)] : FeatureValue();
        QString text;
        if (info.type == FeatureType::Numeric)
            text = std::isnan(value.number) ? QString() : explainstyle::shortValue(value.number);
        else
            text = space.displayValue(f, value);
        m_values.push_back(text.isEmpty() ? tr("missing") : text);
    }
    rebuild();
}

void WaterfallChart::clear()
{
    m_shap = {};
    m_names.clear();
    m_values.clear();
    m_bars.clear();
    setAccessibleDescription(QString());
    update();
}

void WaterfallChart::setProbabilityView(bool probability)
{
    if (probability == m_probability)
        return;
    m_probability = probability;
    rebuild();
}

void WaterfallChart::rebuild()
{
    m_bars.clear();
    const std::vector<FeatureAttribution> &features = m_shap.features;
    if (features.empty()) {
        update();
        return;
    }
    const size_t shown = std::min<size_t>(features.size(), size_t(kMaxFeatures));
    const auto amount = [this](const FeatureAttribution &a) {
        return m_probability ? a.probabilityDelta : a.contribution;
    };
    for (size_t i = 0; i < shown; ++i) {
        const FeatureAttribution &a = features[i];
        WaterfallBar bar;
        bar.feature = a.feature;
        bar.name = m_names.at(size_t(a.feature));
        bar.value = m_values.at(size_t(a.feature));
        bar.contribution = amount(a);
        m_bars.push_back(bar);
    }
    if (features.size() > shown) {
        WaterfallBar other;
        other.otherCount = int(features.size() - shown);
        other.name = tr("%n other features", "", other.otherCount);
        for (size_t i = shown; i < features.size(); ++i)
            other.contribution += amount(features[i]);
        m_bars.push_back(other);
    }
    // Cumulative from E[f(X)] at the bottom row up to f(x) at the top, as shap stacks them.
    double running = baseValue();
    for (auto bar = m_bars.rbegin(); bar != m_bars.rend(); ++bar) {
        bar->start = running;
        running += bar->contribution;
        bar->end = running;
    }
    QStringList summary;
    for (const WaterfallBar &bar : m_bars)
        summary.append(tr("%1: %2").arg(bar.name, explainstyle::signedNumber(bar.contribution, 3)));
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    update();
}

void WaterfallChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void WaterfallChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QColor text = palette().color(QPalette::Text);
    const QColor grey = explainstyle::muted();
    if (m_bars.empty()) {
        p.setPen(grey);
        p.drawText(rect(), Qt::AlignCenter, tr("Choose a lead and press Explain."));
        return;
    }
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QFontMetricsF fm(font());
    const double lineH = fm.height();
    const double margin = 10;
    const int decimals = m_probability ? 3 : 2;

    // Vertical layout: "f(x) = …" on top; rows; the axis, its ticks, "E[f(X)] = …", a caption.
    const double topY = margin + lineH * 1.6;
    const double bottomArea = lineH * 4.4 + margin;
    const int n = int(m_bars.size());
    const double rowH = std::clamp((height() - topY - bottomArea) / n, lineH * 1.2, lineH * 2.6);
    const double barH = rowH * 0.72;
    const double axisY = topY + rowH * n;

    // Horizontal layout: the label column beside the plot, room for labels beside the bars.
    const QString equals = QStringLiteral(" = ");
    double labelW = 0;
    for (const WaterfallBar &bar : m_bars) {
        const double w = bar.feature < 0 ? fm.horizontalAdvance(bar.name)
                                         : fm.horizontalAdvance(bar.value + equals + bar.name);
        labelW = std::max(labelW, w);
    }
    labelW = std::min(labelW, width() * 0.42);
    double valueW = 0;
    for (const WaterfallBar &bar : m_bars)
        valueW = std::max(valueW,
                          fm.horizontalAdvance(
                              explainstyle::signedNumber(bar.contribution, decimals)));
    valueW += 8;
    const double plotNear = margin + labelW + 12 + valueW; // nearest the labels
    const double plotFar = width() - margin - valueW;
    // plotA is where the axis starts (low values), plotB where it ends: mirrored in RTL.
    const double plotA = rtl ? width() - plotNear : plotNear;
    const double plotB = rtl ? width() - plotFar : plotFar;

    double lo = std::min(baseValue(), outputValue()), hi = std::max(baseValue(), outputValue());
    for (const WaterfallBar &bar : m_bars) {
        lo = std::min({lo, bar.start, bar.end});
        hi = std::max({hi, bar.start, bar.end});
    }
    const double pad = std::max((hi - lo) * 0.03, 1e-6);
    lo -= pad;
    hi += pad;
    const auto xOf = [&](double v) { return plotA + (v - lo) / (hi - lo) * (plotB - plotA); };
    const auto yOf = [&](int row) { return topY + rowH * (row + 0.5); };
    const double spanLeft = std::min(plotA, plotB), spanRight = std::max(plotA, plotB);

    // Behind the bars: the row guides, the connectors, the E[f(X)] and f(x) lines.
    QPen dotted(explainstyle::gridLine(), 1, Qt::DotLine);
    p.setPen(dotted);
    for (int i = 0; i < n; ++i)
        p.drawLine(QPointF(spanLeft, yOf(i)), QPointF(spanRight, yOf(i)));
    QPen dashed(QColor(0xbb, 0xbb, 0xbb), 1, Qt::DashLine);
    p.setPen(dashed);
    for (int i = 0; i + 1 < n; ++i) {
        const double x = xOf(m_bars[size_t(i)].start);
        p.drawLine(QPointF(x, yOf(i + 1) + barH / 2), QPointF(x, yOf(i) - barH / 2));
    }
    p.drawLine(QPointF(xOf(baseValue()), axisY), QPointF(xOf(baseValue()), yOf(n - 1) - barH / 2));
    p.drawLine(QPointF(xOf(outputValue()), topY - 2),
               QPointF(xOf(outputValue()), yOf(0) + barH / 2));

    // The bars, their values and their labels.
    const double head = std::max(4.0, barH * 0.35);
    for (int i = 0; i < n; ++i) {
        const WaterfallBar &bar = m_bars[size_t(i)];
        const double y = yOf(i);
        const double x0 = xOf(bar.start), x1 = xOf(bar.end);
        const QColor colour = bar.contribution >= 0 ? explainstyle::positive()
                                                    : explainstyle::negative();
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPolygon(arrow(x0, x1, y, barH, head));
        const QString label = explainstyle::signedNumber(bar.contribution, decimals);
        const double labelWidth = fm.horizontalAdvance(label);
        const double length = std::abs(x1 - x0);
        if (labelWidth + head + 6 <= length) {
            const double dir = x1 >= x0 ? 1.0 : -1.0;
            const double centre = (x0 + x1 - dir * head) / 2;
            p.setPen(Qt::white);
            drawLtr(p,
                    QRectF(centre - labelWidth, y - lineH, 2 * labelWidth, 2 * lineH),
                    Qt::AlignCenter,
                    label);
        } else {
            // Beside the point, in the bar's colour, as shap does when the text does not fit.
            const bool right = x1 >= x0;
            const double at = x1 + (right ? 4 : -4);
            p.setPen(colour);
            drawLtr(p,
                    right ? QRectF(at, y - lineH, valueW, 2 * lineH)
                          : QRectF(at - valueW, y - lineH, valueW, 2 * lineH),
                    (right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                    label);
        }

        // "value = feature": the feature beside the plot in the text colour, the value grey.
        const double edge = rtl ? width() - margin - labelW : margin + labelW; // beside the plot
        const QRectF row(rtl ? edge : margin, y - lineH, labelW, 2 * lineH);
        if (bar.feature < 0) {
            p.setPen(text);
            drawNatural(p,
                        row,
                        (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter
                            | Qt::AlignAbsolute,
                        fm.elidedText(bar.name, Qt::ElideRight, labelW));
            continue;
        }
        const QString valuePart = rtl ? equals + bar.value : bar.value + equals;
        const double valueWidth = std::min(fm.horizontalAdvance(valuePart), labelW * 0.5);
        const QString name = fm.elidedText(bar.name, Qt::ElideRight, labelW - valueWidth);
        const double nameWidth = fm.horizontalAdvance(name);
        const QString shownValue = fm.elidedText(valuePart, Qt::ElideMiddle, labelW - nameWidth);
        p.setPen(text);
        if (rtl) {
            drawLtr(p,
                    QRectF(edge, y - lineH, nameWidth, 2 * lineH),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    name);
            p.setPen(grey);
            drawLtr(p,
                    QRectF(edge + nameWidth, y - lineH, labelW - nameWidth, 2 * lineH),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    shownValue);
        } else {
            drawLtr(p,
                    QRectF(edge - nameWidth, y - lineH, nameWidth, 2 * lineH),
                    Qt::AlignRight | Qt::AlignVCenter,
                    name);
            p.setPen(grey);
            drawLtr(p,
                    QRectF(margin, y - lineH, labelW - nameWidth, 2 * lineH),
                    Qt::AlignRight | Qt::AlignVCenter,
                    shownValue);
        }
    }

    // The bottom axis with its ticks, then E[f(X)] below it; f(x) above the top row.
    p.setPen(QPen(text, 1));
    p.drawLine(QPointF(spanLeft, axisY), QPointF(spanRight, axisY));
    int tickDecimals = 0;
    const double tickW = fm.horizontalAdvance(QStringLiteral("−0.000")) + 12;
    const int wanted = std::max(2, int((spanRight - spanLeft) / tickW));
    for (const double t : explainstyle::niceTicks(lo, hi, std::min(wanted, 8), &tickDecimals)) {
        const double x = xOf(t);
        p.setPen(QPen(text, 1));
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        drawLtr(p,
                QRectF(x - tickW / 2, axisY + 5, tickW, lineH),
                Qt::AlignHCenter | Qt::AlignTop,
                explainstyle::number(t, tickDecimals));
    }
    const auto formula = [&](double x, double y, const QString &symbol, double value) {
        const QString rest = QStringLiteral(" = ") + explainstyle::number(value, 3);
        const double w1 = fm.horizontalAdvance(symbol), w2 = fm.horizontalAdvance(rest);
        const double left = std::clamp(x - (w1 + w2) / 2, margin, width() - margin - w1 - w2);
        p.setPen(text);
        drawLtr(p, QRectF(left, y, w1, lineH), Qt::AlignLeft | Qt::AlignTop, symbol);
        p.setPen(grey);
        drawLtr(p, QRectF(left + w1, y, w2, lineH), Qt::AlignLeft | Qt::AlignTop, rest);
        p.setPen(QPen(text, 1));
    };
    const double xBase = xOf(baseValue()), xOut = xOf(outputValue());
    p.setPen(QPen(text, 1));
    p.drawLine(QPointF(xBase, axisY), QPointF(xBase, axisY + lineH + 8));
    formula(xBase, axisY + lineH + 8, QStringLiteral("E[f(X)]"), baseValue());
    formula(xOut, topY - 4 - lineH, QStringLiteral("f(x)"), outputValue());

    // What the axis is: log-odds, or the order-dependent probability view.
    // Italic only where the script has it: Arabic fonts have no italic face and Qt would draw
    // boxes for the synthesised one.
    QFont small = font();
    small.setItalic(layoutDirection() == Qt::LeftToRight);
    p.setFont(small);
    p.setPen(grey);
    const QString caption = m_probability
                                ? tr("probability view: contributions depend on the order shown")
                                : tr("log-odds (SHAP values add up exactly)");
    drawNatural(p,
                QRectF(margin, axisY + 2 * lineH + 14, width() - 2 * margin, lineH * 1.4),
                (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter | Qt::AlignAbsolute,
                caption);
}

} // namespace mizan
