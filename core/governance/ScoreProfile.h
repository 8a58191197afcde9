#pragma once

#include "common/Result.h"
#include "model/Metrics.h"

#include <QJsonObject>

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace mizan {

/**
 * @brief How one model version scores a reference lead set, compactly enough to store with its
 * risk assessment: the score distribution, and with outcomes the ROC curve and calibration.
 * The approval queue draws the candidate's and the deployed version's side by side.
 */
struct ScoreProfile
{
    static constexpr int kBins = 20; ///< equal-width score bins on [0, 1]

    qint64 rows = 0;
    std::vector<double> distribution; ///< share of rows per score bin (sums to 1)
    double meanScore = 0;
    std::optional<double> rocAuc;               ///< with outcomes
    std::vector<std::pair<double, double>> roc; ///< (FPR, TPR), with outcomes
    std::vector<CalibrationBin> calibration;    ///< 10 bins, with outcomes

    /** @brief From scores and 0/1 labels (-1 unknown; `labels` may be empty: no outcomes). */
    static ScoreProfile compute(std::span<const double> scores, std::span<const int8_t> labels);
    QJsonObject toJson() const;
    static Result<ScoreProfile> fromJson(const QJsonObject &object, const QString &source);
};

/** @brief Calibration bins from BinaryMetrics::toJson's "calibration" array. */
std::vector<CalibrationBin> calibrationFromJson(const QJsonValue &bins);

} // namespace mizan
