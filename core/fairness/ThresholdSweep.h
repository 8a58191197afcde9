#pragma once

#include "fairness/GroupMetrics.h"

#include <QJsonObject>

namespace mizan {

/**
 * @brief Confusion counts per group of one attribute as the decision threshold moves: row i of
 * `counts` holds the groups' counts at thresholds[i] (positive: p >= threshold), in the order of
 * `groups` (the attribute's present groups, as in the report).
 */
struct ThresholdSweep
{
    QString attribute;
    QStringList groups;
    std::vector<bool> missing;                    ///< per group: the missing-value group
    std::vector<double> thresholds;               ///< as requested (not re-ordered)
    std::vector<std::vector<GroupCounts>> counts; ///< [threshold][group]
    std::vector<GroupCounts> overall;             ///< [threshold]

    /** @brief The metric of group g at threshold index t (a rate metric, not RocAuc). */
    double rate(size_t t, size_t g, GroupMetric metric) const;
    /**
     * @brief {"attribute", "thresholds": [...], "by_group": {name: {metric: [one value per
     * threshold]}}, "overall": {...}} for the rate metrics plus "count" and
     * "predicted_positives" arrays.
     */
    QJsonObject toJson() const;
};

/** @brief 101 thresholds 0, 0.01, ..., 1 (i / 100). */
std::vector<double> defaultSweepThresholds();

/**
 * @brief The threshold sweep of attribute `attribute` of `ranked`: one walk down the ranked rows
 * for all thresholds (sorted once, descending), so the cost is O(rows + thresholds x groups),
 * not one pass per threshold. Empty `thresholds` means defaultSweepThresholds(). Errors
 * (InvalidInput): a threshold that is not a number in [0, 1], more than 100,000 thresholds, an
 * attribute index out of range. The counts at t equal the report's at threshold t.
 */
Result<ThresholdSweep> sweepThresholds(const RankedPredictions &ranked,
                                       int attribute,
                                       std::span<const double> thresholds = {});

/** @brief The error for a threshold outside [0, 1] (shared by every fairness entry point). */
Result<> checkThreshold(double threshold);

} // namespace mizan
