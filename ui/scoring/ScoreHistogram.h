#pragma once

#include "model/RiskBands.h"

#include <QChartView>

#include <span>
#include <vector>

class QChart;

namespace mizan {

/**
 * @brief The distribution of scores: a histogram of probabilities in bins of 0.02, each band in
 * its own colour, with the band cut-offs drawn as dashed lines. Mirrors for right-to-left
 * layouts and takes its colours from the widget's palette (light or dark, Settings >
 * Appearance), following it when it changes. Fed with plain numbers; never reads the store.
 */
class ScoreHistogram final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreHistogram)

public:
    static constexpr int kBins = 50;

    explicit ScoreHistogram(QWidget *parent = nullptr);
    ~ScoreHistogram() override;

    void setScores(std::span<const double> probabilities, const RiskBands &bands);
    void clear();

    /** @brief Leads per bin of the last setScores (for tests and the accessible summary). */
    const std::vector<qint64> &counts() const { return m_counts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    /** @brief Background, plot area, axes, grid, legend, title and bands from palette(). */
    void applyPalette();

    std::vector<qint64> m_counts;
    RiskBands m_bands;
};

} // namespace mizan
