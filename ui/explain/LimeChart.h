#pragma once

#include "explain/Lime.h"

#include <QWidget>

namespace mizan {

/**
 * @brief LIME's local linear model of one lead as horizontal bars: each chosen feature's weight
 * with its condition ("website_visits <= 5.00"), largest |weight| at the top, red when it raises
 * the probability and blue when it lowers it (the waterfall's colours), from a zero line.
 * Mirrors in right-to-left layouts.
 */
class LimeChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimeChart)

public:
    explicit LimeChart(QWidget *parent = nullptr);
    ~LimeChart() override;

    void setWeights(const std::vector<LimeWeight> &weights);
    void clear();
    const std::vector<LimeWeight> &weights() const { return m_weights; }
    /** @brief Shown instead of bars when there is nothing to draw ("computing…", an error). */
    void setPlaceholder(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<LimeWeight> m_weights;
    QString m_placeholder;
};

} // namespace mizan
