#pragma once

#include "explain/Explainer.h"

#include <QWidget>

#include <vector>

namespace mizan {

/** @brief One row of the waterfall, in the unit shown (log-odds or probability). */
struct WaterfallBar
{
    int feature = -1;   ///< index into FeatureSpace::features(); -1 for "N other features"
    int otherCount = 0; ///< how many features the "other" row sums
    QString name;       ///< the feature's column, or "N other features"
    QString value;      ///< the lead's value as the user reads it ("" for the other row)
    double contribution = 0.0;
    double start = 0.0; ///< where the bar starts (the previous row's end, or E[f(X)])
    double end = 0.0;   ///< start + contribution
};

/**
 * @brief The SHAP waterfall of one lead, drawn as the shap library's waterfall plot: one row per
 * feature by |contribution|, largest at the top, the ten largest and one row summing the others;
 * each bar an arrow starting where the row below ended, from E[f(X)] on the bottom axis to f(x)
 * at the top; red when it raises the score, blue when it lowers it; "value = feature" labels.
 *
 * The log-odds view is exact and order-free; the probability view stacks the order-dependent
 * probability changes from the base probability to the lead's probability, and says so.
 * Mirrors in right-to-left layouts (labels on the right, the axis growing to the left).
 */
class WaterfallChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaterfallChart)

public:
    static constexpr int kMaxFeatures = 10;

    explicit WaterfallChart(QWidget *parent = nullptr);
    ~WaterfallChart() override;

    void setExplanation(const ShapExplanation &shap, const FeatureSpace &space, const Lead &lead);
    void clear();
    bool isEmpty() const { return m_bars.empty(); }

    void setProbabilityView(bool probability);
    bool probabilityView() const { return m_probability; }

    /** @brief The rows from the top (largest |contribution|) down; the "other" row is last. */
    const std::vector<WaterfallBar> &bars() const { return m_bars; }
    /** @brief E[f(X)] (bottom axis) and f(x) (top) in the unit shown. */
    double baseValue() const
    {
        return m_probability ? m_shap.baseProbability : m_shap.expectedValue;
    }
    double outputValue() const { return m_probability ? m_shap.probability : m_shap.margin; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    ShapExplanation m_shap;
    std::vector<QString> m_names;  ///< per spec feature
    std::vector<QString> m_values; ///< per spec feature, the lead's value as read
    bool m_probability = false;
    std::vector<WaterfallBar> m_bars;
};

} // namespace mizan
