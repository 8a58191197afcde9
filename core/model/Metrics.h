#pragma once

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace mizan {

struct ConfusionMatrix
{
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 trueNegatives = 0;
    qint64 falseNegatives = 0;

    qint64 total() const { return truePositives + falsePositives + trueNegatives + falseNegatives; }
    double accuracy() const;
    double precision()
        const; ///< 0 when nothing is predicted positive (as scikit-learn's zero_division=0)
    double recall() const; ///< 0 when there are no positives
    double f1() const;
};

struct CalibrationBin
{
    double lower = 0;
    double upper = 0;
    qint64 count = 0;
    double meanPredicted = 0; ///< NaN for an empty bin
    double observedRate = 0;  ///< NaN for an empty bin
};

/**
 * @brief The binary-classification figures a model is judged by, computed from probabilities
 * and 0/1 labels (rows with an unknown label, -1, are left out).
 *
 * Conventions (ARCHITECTURE.md): positive when probability >= threshold; ROC AUC averages ties
 * (the Mann-Whitney statistic); PR AUC is average precision as scikit-learn computes it; log loss
 * clips probabilities to [1e-15, 1 - 1e-15]; calibration uses 10 equal-width bins. AUCs are empty
 * when only one class is present.
 */
struct BinaryMetrics
{
    qint64 count = 0;
    qint64 positives = 0;
    double threshold = 0.5;
    std::optional<double> rocAuc;
    std::optional<double> prAuc;
    double logLoss = 0;
    double brier = 0;
    ConfusionMatrix confusion;
    std::vector<CalibrationBin> calibration;

    static BinaryMetrics compute(std::span<const double> probabilities,
                                 std::span<const int8_t> labels,
                                 double threshold = 0.5);
    QJsonObject toJson() const;
};

/** @brief ROC AUC with ties averaged; empty without both classes. */
std::optional<double> rocAuc(std::span<const double> scores, std::span<const int8_t> labels);
/**
 * @brief The ROC curve as (false positive rate, true positive rate) points from (0, 0) to (1, 1),
 * one per distinct score (ties move diagonally), thinned to about `maxPoints`; empty without both
 * classes. Rows with an unknown label (-1) are left out.
 */
std::vector<std::pair<double, double>> rocCurve(std::span<const double> scores,
                                                std::span<const int8_t> labels,
                                                int maxPoints = 200);
/** @brief Average precision (scikit-learn's average_precision_score); empty without positives. */
std::optional<double> averagePrecision(std::span<const double> scores,
                                       std::span<const int8_t> labels);

} // namespace mizan
