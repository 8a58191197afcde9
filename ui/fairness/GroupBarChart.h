#pragma once

#include "fairness/FairnessReport.h"

#include <QColor>
#include <QWidget>

#include <vector>

namespace mizan {

/**
 * @brief One metric of one attribute as a horizontal bar per group on a fixed 0–1 axis, the
 * overall level drawn across as a dashed line, bootstrap intervals as whiskers. Small groups are
 * hatched and their values grey: read with caution. Each group keeps its colour from the
 * threshold-sweep chart. Custom-painted (no QtCharts); mirrors in right-to-left layouts.
 */
class GroupBarChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupBarChart)

public:
    struct Bar
    {
        QString label;
        double value = 0.0; ///< NaN: undefined (drawn as "n/a")
        double lower = 0.0; ///< NaN when there is no interval
        double upper = 0.0;
        bool small = false;
        bool privileged = false;
        QColor colour;
    };

    explicit GroupBarChart(QWidget *parent = nullptr);
    ~GroupBarChart() override;

    void setAttribute(const AttributeReport &report, GroupMetric metric);
    void clear();
    const std::vector<Bar> &bars() const { return m_bars; }
    double overall() const { return m_overall; }
    GroupMetric metric() const { return m_metric; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::vector<Bar> m_bars;
    double m_overall = 0.0;
    GroupMetric m_metric = GroupMetric::SelectionRate;
    bool m_intervals = false;
};

} // namespace mizan
