#pragma once

#include "fairness/ThresholdSweep.h"

#include <QColor>
#include <QWidget>

#include <optional>
#include <vector>

namespace mizan {

/**
 * @brief A rate metric per group as the decision threshold moves from 0 to 1 (one line per
 * group, the overall line dashed), with the current threshold marked and each group's value
 * there dotted. Small groups are drawn dashed. Group colours match the bar chart's.
 * Custom-painted; mirrors in right-to-left layouts (the threshold axis runs right to left).
 */
class SweepChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepChart)

public:
    struct Line
    {
        QString label;
        QColor colour;
        bool small = false;
        std::vector<double> values; ///< one per threshold
    };

    explicit SweepChart(QWidget *parent = nullptr);
    ~SweepChart() override;

    /** @brief `small` per group of the sweep (the report's flags), may be empty. */
    void setSweep(const ThresholdSweep &sweep, GroupMetric metric, const std::vector<bool> &small);
    /** @brief Moves the marker only (no recomputation). */
    void setThreshold(double threshold);
    void clear();

    const std::vector<Line> &lines() const { return m_lines; }
    const Line &overallLine() const { return m_overall; }
    const std::vector<double> &thresholds() const { return m_thresholds; }
    double threshold() const { return m_threshold; }
    GroupMetric metric() const { return m_metric; }
    /** @brief The index of the sweep threshold nearest to the marker; nothing when empty. */
    std::optional<size_t> markerIndex() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::vector<double> m_thresholds;
    std::vector<Line> m_lines;
    Line m_overall;
    GroupMetric m_metric = GroupMetric::SelectionRate;
    double m_threshold = 0.5;
};

} // namespace mizan
