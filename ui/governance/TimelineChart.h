#pragma once

#include "governance/ModelRegistry.h"

#include <QWidget>

#include <vector>

namespace mizan {

/**
 * @brief The deployment timeline: one lane per version that was ever deployed, a bar for each
 * period it scored leads (to now while it still does), rollbacks marked with a hatched bar.
 * Time runs left to right (right to left in right-to-left layouts). Custom-painted.
 */
class TimelineChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)

public:
    explicit TimelineChart(QWidget *parent = nullptr);
    ~TimelineChart() override;

    void setTimeline(std::vector<DeploymentPeriod> periods, qint64 nowMs);
    const std::vector<DeploymentPeriod> &periods() const { return m_periods; }
    /** @brief The versions in lane order (first deployed first). */
    const std::vector<qint64> &lanes() const { return m_lanes; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<DeploymentPeriod> m_periods;
    std::vector<qint64> m_lanes;
    qint64 m_nowMs = 0;
};

} // namespace mizan
