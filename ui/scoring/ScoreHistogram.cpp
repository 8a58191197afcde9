#include "scoring/ScoreHistogram.h"

#include <QAreaSeries>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace mizan {

namespace {

const QColor kBandColors[] = {QColor(0x4C, 0x9A, 0x6A),
                              QColor(0xE0, 0xA1, 0x26),
                              QColor(0xC8, 0x4B, 0x3C),
                              QColor(0x8E, 0x44, 0xAD)};

QColor colorOf(int band, int bands)
{
    const int index = bands <= 1 ? 0 : band * 2 / std::max(1, bands - 1);
    return kBandColors[std::clamp(index, 0, 3)];
}

/** `from` moved `amount` (0..1) of the way towards `to`. */
QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto channel = [amount](double a, double b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())),
                            float(channel(from.greenF(), to.greenF())),
                            float(channel(from.blueF(), to.blueF())));
}

} // namespace

ScoreHistogram::ScoreHistogram(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("scoreHistogram"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    // Square and flat, filled from the palette (applyPalette), like the widgets around it.
    chart()->setBackgroundRoundness(0);
    chart()->setDropShadowEnabled(false);
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->setPlotAreaBackgroundVisible(true);
    rebuild();
}

ScoreHistogram::~ScoreHistogram() = default;

void ScoreHistogram::setScores(std::span<const double> probabilities, const RiskBands &bands)
{
    m_bands = bands;
    m_counts.assign(kBins, 0);
    for (double p : probabilities)
        ++m_counts[static_cast<size_t>(std::clamp(static_cast<int>(p * kBins), 0, kBins - 1))];
    rebuild();
}

void ScoreHistogram::clear()
{
    m_counts.clear();
    rebuild();
}

void ScoreHistogram::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    switch (event->type()) {
    case QEvent::LayoutDirectionChange:
        rebuild();
        break;
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
        applyPalette();
        break;
    default:
        break;
    }
}

void ScoreHistogram::applyPalette()
{
    // Qt Charts keeps its own theme (light by default): every colour of the chart is taken from
    // the widget's palette instead, so it follows Settings > Appearance.
    const QPalette &p = palette();
    const QColor window = p.color(QPalette::Window);
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::WindowText);
    const bool dark = base.lightnessF() < 0.5;
    QChart *c = chart();
    c->setBackgroundBrush(window);
    c->setPlotAreaBackgroundBrush(base);
    c->setPlotAreaBackgroundPen(QPen(mix(base, text, 0.35), 1));
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePen(QPen(mix(base, text, 0.55), 1));
        axis->setGridLinePen(QPen(mix(base, text, 0.15), 1));
    }
    // The bands keep their hues; on a dark palette a little lighter, so that the darkest
    // (purple) stands out from the plot area, with a lighter rim instead of a darker one.
    const int bands = static_cast<int>(m_bands.labels.size());
    int band = 0;
    for (QAbstractSeries *series : c->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            const QColor color = colorOf(band++, bands);
            area->setColor(dark ? color.lighter(120) : color);
            area->setBorderColor(dark ? color.lighter(150) : color.darker(130));
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) { // a band cut-off
            QPen pen(mix(base, text, 0.8));
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(1.5);
            line->setPen(pen);
        }
    }
}

void ScoreHistogram::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // releases it: ours to delete (found by LeakSanitizer)
        delete axis;
    }

    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto *x = new QValueAxis;
    x->setRange(0.0, 1.0);
    x->setTickCount(11);
    x->setLabelFormat(QStringLiteral("%.1f"));
    x->setTitleText(tr("Probability of conversion"));
    x->setReverse(rtl); // charts read right to left in Arabic
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Leads"));
    c->addAxis(x, rtl ? Qt::AlignBottom : Qt::AlignBottom);
    c->addAxis(y, rtl ? Qt::AlignRight : Qt::AlignLeft);

    const qint64 highest = m_counts.empty() ? 0
                                            : *std::max_element(m_counts.begin(), m_counts.end());
    y->setRange(0, std::max<qint64>(highest + highest / 10, 1));
    y->applyNiceNumbers();
    // Whole leads only: a range below 5 gets one tick per lead ("0, 0, 0, 1" was shown before).
    if (y->max() < 5)
        y->setTickCount(std::max(2, static_cast<int>(y->max()) + 1));
    if (m_counts.empty()) {
        c->setTitle(tr("No scores yet"));
        applyPalette();
        return;
    }
    c->setTitle(QString());

    // One stepped area per band, so the colours follow the cut-offs.
    const int bands = static_cast<int>(m_bands.labels.size());
    const double width = 1.0 / kBins;
    for (int band = 0; band < bands; ++band) {
        const double from = band == 0 ? 0.0 : m_bands.cutoffs[static_cast<size_t>(band - 1)];
        const double to = band == bands - 1 ? 1.0 : m_bands.cutoffs[static_cast<size_t>(band)];
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        for (int bin = 0; bin < kBins; ++bin) {
            const double left = std::max(bin * width, from);
            const double right = std::min((bin + 1) * width, to);
            if (right <= left)
                continue;
            const auto count = static_cast<double>(m_counts[static_cast<size_t>(bin)]);
            upper->append(left, count);
            upper->append(right, count);
            lower->append(left, 0);
            lower->append(right, 0);
        }
        auto *area = new QAreaSeries(upper, lower);
        // An area series does not own its lines: they go with it (found by LeakSanitizer).
        upper->setParent(area);
        lower->setParent(area);
        area->setName(m_bands.labels.value(band));
        c->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }
    for (double cutoff : m_bands.cutoffs) {
        auto *line = new QLineSeries;
        line->append(cutoff, 0);
        line->append(cutoff, double(y->max()));
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        c->legend()->markers(line).value(0)->setVisible(false);
    }
    applyPalette(); // colours last: adding series and axes applies the chart theme's
}

} // namespace mizan
