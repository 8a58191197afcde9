#include "scoring/ScoreHistogram.h"

#include <QAreaSeries>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
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

} // namespace

ScoreHistogram::ScoreHistogram(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("scoreHistogram"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
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
    if (event->type() == QEvent::LayoutDirectionChange)
        rebuild();
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
        const QColor color = colorOf(band, bands);
        area->setColor(color);
        area->setBorderColor(color.darker(130));
        c->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }
    for (double cutoff : m_bands.cutoffs) {
        auto *line = new QLineSeries;
        line->append(cutoff, 0);
        line->append(cutoff, double(y->max()));
        QPen pen(QColor(0x33, 0x33, 0x33));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        c->legend()->markers(line).value(0)->setVisible(false);
    }
}

} // namespace mizan
