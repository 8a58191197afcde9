#pragma once

#include "explain/Explainer.h"

#include <QColor>
#include <QWidget>

#include <vector>

namespace mizan {

/**
 * @brief Model-level importance: mean |SHAP| per feature as horizontal bars, most important at
 * the top (shap's summary bar plot). Mirrors in right-to-left layouts.
 */
class ImportanceChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportanceChart)

public:
    static constexpr int kMaxFeatures = 20;

    explicit ImportanceChart(QWidget *parent = nullptr);
    ~ImportanceChart() override;

    void setImportance(const GlobalExplanation &global);
    void clear();
    /** @brief The rows drawn, top to bottom: feature column and mean |SHAP|. */
    const std::vector<std::pair<QString, double>> &rows() const { return m_rows; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<std::pair<QString, double>> m_rows;
};

/**
 * @brief shap's beeswarm: per feature (most important at the top) a row of the sampled leads'
 * SHAP values, piled up vertically where they are dense, each point coloured by the rank of its
 * feature value within the sample from blue (low) to red (high); grey for categorical features
 * and missing values. Mirrors in right-to-left layouts.
 */
class BeeswarmChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeeswarmChart)

public:
    static constexpr int kMaxFeatures = 12;

    struct Point
    {
        double shap = 0.0;
        double offset = 0.0; ///< vertical, in [-0.4, 0.4] of a row
        QColor colour;
    };
    struct Row
    {
        QString feature;
        std::vector<Point> points;
    };

    explicit BeeswarmChart(QWidget *parent = nullptr);
    ~BeeswarmChart() override;

    /** @brief `categorical` per spec feature (as GlobalExplanation::features). */
    void setSample(const GlobalExplanation &global, const std::vector<bool> &categorical);
    void clear();
    const std::vector<Row> &rows() const { return m_rows; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<Row> m_rows;
    double m_lo = 0.0, m_hi = 0.0;
};

} // namespace mizan
