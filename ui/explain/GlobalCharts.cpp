#include "explain/GlobalCharts.h"

#include "explain/ExplainStyle.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mizan {

namespace {

void drawAligned(QPainter &p, const QRectF &rect, Qt::Alignment align, const QString &text)
{
    QTextOption option(align);
    option.setTextDirection(Qt::LeftToRight); // column names and numbers
    option.setWrapMode(QTextOption::NoWrap);
    p.drawText(rect, text, option);
}

/** Fractional ranks in [0, 1] of the finite values (ties share their mean rank); NaN stays. */
std::vector<double> valueRanks(const std::vector<double> &values)
{
    std::vector<size_t> index;
    for (size_t i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            index.push_back(i);
    std::stable_sort(index.begin(), index.end(), [&](size_t a, size_t b) {
        return values[a] < values[b];
    });
    std::vector<double> ranks(values.size(), std::nan(""));
    const double last = std::max<double>(1.0, double(index.size()) - 1.0);
    for (size_t i = 0; i < index.size();) {
        size_t j = i;
        while (j + 1 < index.size() && values[index[j + 1]] == values[index[i]])
            ++j;
        const double rank = (double(i) + double(j)) / 2.0 / last;
        for (size_t k = i; k <= j; ++k)
            ranks[index[k]] = index.size() == 1 ? 0.5 : rank;
        i = j + 1;
    }
    return ranks;
}

} // namespace

// ---- ImportanceChart ----

ImportanceChart::ImportanceChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("importanceChart"));
    setAccessibleName(tr("Feature importance (mean |SHAP|)"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

ImportanceChart::~ImportanceChart() = default;

QSize ImportanceChart::sizeHint() const
{
    return {420, 380};
}

void ImportanceChart::setImportance(const GlobalExplanation &global)
{
    m_rows.clear();
    for (const int f : global.order) {
        if (int(m_rows.size()) >= kMaxFeatures)
            break;
        m_rows.emplace_back(global.features.value(f), global.meanAbs.at(size_t(f)));
    }
    QStringList summary;
    for (const auto &[name, value] : m_rows)
        summary.append(tr("%1: %2").arg(name, explainstyle::number(value, 3)));
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    update();
}

void ImportanceChart::clear()
{
    m_rows.clear();
    update();
}

void ImportanceChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (m_rows.empty())
        return;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QFontMetricsF fm(font());
    const double lineH = fm.height(), margin = 8;
    const int n = int(m_rows.size());
    const double bottom = lineH * 3;
    const double rowH = std::clamp((height() - margin - bottom) / n, lineH * 1.1, lineH * 3.0);
    double labelW = 0, valueW = 0, top = 0;
    for (const auto &[name, value] : m_rows) {
        labelW = std::max(labelW, fm.horizontalAdvance(name));
        valueW = std::max(valueW, fm.horizontalAdvance(explainstyle::number(value, 3)));
        top = std::max(top, value);
    }
    labelW = std::min(labelW, width() * 0.4);
    valueW += 8;
    top = std::max(top, 1e-12);
    const double near = margin + labelW + 10, far = width() - margin - valueW;
    const double a = rtl ? width() - near : near, b = rtl ? width() - far : far;
    const auto xOf = [&](double v) { return a + v / top * (b - a); };
    const QColor text = palette().color(QPalette::Text);
    for (int i = 0; i < n; ++i) {
        const auto &[name, value] = m_rows[size_t(i)];
        const double y = margin + rowH * (i + 0.5);
        p.setPen(Qt::NoPen);
        p.setBrush(explainstyle::negative());
        const double half = std::min(rowH * 0.33, lineH * 0.7);
        p.drawRect(QRectF(QPointF(std::min(a, xOf(value)), y - half),
                          QPointF(std::max(a, xOf(value)), y + half)));
        p.setPen(explainstyle::negative());
        const double end = xOf(value);
        drawAligned(p,
                    rtl ? QRectF(end - valueW, y - lineH, valueW - 3, 2 * lineH)
                        : QRectF(end + 3, y - lineH, valueW, 2 * lineH),
                    (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                    explainstyle::number(value, 3));
        p.setPen(text);
        drawAligned(p,
                    QRectF(rtl ? width() - margin - labelW : margin, y - lineH, labelW, 2 * lineH),
                    (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                    fm.elidedText(name, Qt::ElideRight, labelW));
    }
    const double axisY = margin + rowH * n + 2;
    p.setPen(QPen(text, 1));
    p.drawLine(QPointF(std::min(a, b), axisY), QPointF(std::max(a, b), axisY));
    p.setPen(explainstyle::muted());
    p.drawText(QRectF(margin, axisY + 4, width() - 2 * margin, lineH * 1.5),
               Qt::AlignHCenter | Qt::AlignTop,
               tr("mean(|SHAP value|), average impact on the log-odds"));
}

// ---- BeeswarmChart ----

BeeswarmChart::BeeswarmChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("beeswarmChart"));
    setAccessibleName(tr("SHAP beeswarm"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

BeeswarmChart::~BeeswarmChart() = default;

QSize BeeswarmChart::sizeHint() const
{
    return {560, 420};
}

void BeeswarmChart::clear()
{
    m_rows.clear();
    update();
}

void BeeswarmChart::setSample(const GlobalExplanation &global, const std::vector<bool> &categorical)
{
    m_rows.clear();
    const qint64 features = global.features.size();
    const qint64 samples = global.sampleRows;
    m_lo = 0.0;
    m_hi = 0.0;
    for (const int f : global.order) {
        if (int(m_rows.size()) >= kMaxFeatures)
            break;
        Row row;
        row.feature = global.features.value(f);
        std::vector<double> shap(static_cast<size_t>(samples)),
            values(static_cast<size_t>(samples));
        for (qint64 i = 0; i < samples; ++i) {
            shap[size_t(i)] = global.sampleShap[size_t(i * features + f)];
            values[size_t(i)] = global.sampleValues[size_t(i * features + f)];
        }
        const bool isCategorical = size_t(f) < categorical.size() && categorical[size_t(f)];
        const std::vector<double> ranks = isCategorical
                                              ? std::vector<double>(size_t(samples), std::nan(""))
                                              : valueRanks(values);
        // shap's beeswarm: 100 bins over the row's range; points in a bin alternate up and down.
        const auto [minIt, maxIt] = std::minmax_element(shap.begin(), shap.end());
        const double lo = samples ? *minIt : 0.0, hi = samples ? *maxIt : 0.0;
        std::vector<int> bin(static_cast<size_t>(samples));
        for (qint64 i = 0; i < samples; ++i)
            bin[size_t(i)] = int(std::lround(100.0 * (shap[size_t(i)] - lo) / (hi - lo + 1e-8)));
        std::vector<size_t> order(static_cast<size_t>(samples));
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
            return bin[x] < bin[y];
        });
        std::vector<double> ys(static_cast<size_t>(samples), 0.0);
        int layer = 0, lastBin = -1;
        double most = 0.0;
        for (const size_t i : order) {
            if (bin[i] != lastBin)
                layer = 0;
            ys[i] = std::ceil(layer / 2.0) * ((layer % 2) * 2 - 1);
            most = std::max(most, std::abs(ys[i]));
            ++layer;
            lastBin = bin[i];
        }
        for (qint64 i = 0; i < samples; ++i) {
            Point point;
            point.shap = shap[size_t(i)];
            point.offset = ys[size_t(i)] * 0.4 / (most + 1.0);
            const double rank = ranks[size_t(i)];
            point.colour = std::isnan(rank) ? QColor(0x77, 0x77, 0x77)
                                            : explainstyle::rankColour(rank);
            row.points.push_back(point);
        }
        m_lo = std::min(m_lo, lo);
        m_hi = std::max(m_hi, hi);
        m_rows.push_back(std::move(row));
    }
    setAccessibleDescription(tr("%n sampled leads", "", int(samples)));
    update();
}

void BeeswarmChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (m_rows.empty())
        return;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QFontMetricsF fm(font());
    const double lineH = fm.height(), margin = 8;
    const int n = int(m_rows.size());
    const double bottom = lineH * 3.5;
    const double rowH = std::clamp((height() - margin - bottom) / n, lineH * 1.2, lineH * 4.5);
    double labelW = 0;
    for (const Row &row : m_rows)
        labelW = std::max(labelW, fm.horizontalAdvance(row.feature));
    labelW = std::min(labelW, width() * 0.35);
    const double legendW = fm.horizontalAdvance(tr("Feature value")) + 24;
    const double near = margin + labelW + 12, far = width() - margin - legendW - 8;
    const double a = rtl ? width() - near : near, b = rtl ? width() - far : far;
    const double pad = std::max((m_hi - m_lo) * 0.04, 1e-6);
    const double lo = m_lo - pad, hi = m_hi + pad;
    const auto xOf = [&](double v) { return a + (v - lo) / (hi - lo) * (b - a); };
    const QColor text = palette().color(QPalette::Text);
    const double plotBottom = margin + rowH * n;

    p.setPen(QPen(explainstyle::gridLine(), 1));
    p.drawLine(QPointF(xOf(0.0), margin), QPointF(xOf(0.0), plotBottom));
    const double radius = std::clamp(rowH * 0.07, 1.6, 3.0);
    for (int r = 0; r < n; ++r) {
        const Row &row = m_rows[size_t(r)];
        const double y = margin + rowH * (r + 0.5);
        p.setPen(QPen(explainstyle::gridLine(), 1, Qt::DotLine));
        p.drawLine(QPointF(std::min(a, b), y), QPointF(std::max(a, b), y));
        p.setPen(Qt::NoPen);
        for (const Point &point : row.points) {
            QColor c = point.colour;
            c.setAlphaF(0.85f);
            p.setBrush(c);
            p.drawEllipse(QPointF(xOf(point.shap), y + point.offset * rowH), radius, radius);
        }
        p.setPen(text);
        drawAligned(p,
                    QRectF(rtl ? width() - margin - labelW : margin, y - lineH, labelW, 2 * lineH),
                    (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                    fm.elidedText(row.feature, Qt::ElideRight, labelW));
    }
    // The axis with its ticks and title.
    p.setPen(QPen(text, 1));
    p.drawLine(QPointF(std::min(a, b), plotBottom), QPointF(std::max(a, b), plotBottom));
    int decimals = 0;
    const double tickW = fm.horizontalAdvance(QStringLiteral("−0.00")) + 14;
    const int wanted = std::clamp(int(std::abs(b - a) / tickW), 2, 8);
    for (const double t : explainstyle::niceTicks(lo, hi, wanted, &decimals)) {
        const double x = xOf(t);
        p.drawLine(QPointF(x, plotBottom), QPointF(x, plotBottom + 4));
        drawAligned(p,
                    QRectF(x - tickW / 2, plotBottom + 5, tickW, lineH),
                    Qt::AlignHCenter | Qt::AlignTop,
                    explainstyle::number(t, decimals));
    }
    p.setPen(explainstyle::muted());
    p.drawText(QRectF(std::min(a, b), plotBottom + lineH + 8, std::abs(b - a), lineH * 1.4),
               Qt::AlignHCenter | Qt::AlignTop,
               tr("SHAP value (impact on the model's output, log-odds)"));

    // The colour bar: feature value from low (blue) to high (red).
    const double barX = rtl ? margin + 4 : width() - margin - 12;
    const double barTop = margin + lineH * 1.2, barBottom = plotBottom - lineH * 1.2;
    QLinearGradient gradient(QPointF(0, barBottom), QPointF(0, barTop));
    gradient.setColorAt(0.0, explainstyle::rankColour(0.0));
    gradient.setColorAt(1.0, explainstyle::rankColour(1.0));
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawRect(QRectF(barX, barTop, 8, barBottom - barTop));
    p.setPen(text);
    const double labelX = rtl ? barX : barX + 8 - legendW;
    p.drawText(QRectF(labelX, margin, legendW, lineH),
               Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight),
               tr("High"));
    p.drawText(QRectF(labelX, barBottom + 2, legendW, lineH),
               Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight),
               tr("Low"));
    p.save();
    p.translate(rtl ? barX + 8 + lineH : barX - 4, (barTop + barBottom) / 2);
    p.rotate(-90);
    p.drawText(QRectF(-(barBottom - barTop) / 2, -lineH, barBottom - barTop, lineH),
               Qt::AlignCenter,
               tr("Feature value"));
    p.restore();
}

} // namespace mizan
