#pragma once

#include "fairness/Disparity.h"

#include <QJsonObject>

#include <cmath>
#include <limits>

namespace mizan {

struct BootstrapOptions
{
    int resamples = 1000;     ///< 1 .. 100,000
    quint64 seed = 0;         ///< recorded with the results
    double confidence = 0.95; ///< in (0, 1): the percentile interval's coverage
    int threads = 0;          ///< 0: QThread::idealThreadCount(); results never depend on it
    bool rocAuc = true;       ///< AUC intervals too (these resample rows: O(rows) per resample)
};

/** @brief A percentile interval; NaN bounds when no resample defined the statistic. */
struct Interval
{
    double lower = std::numeric_limits<double>::quiet_NaN();
    double upper = std::numeric_limits<double>::quiet_NaN();
    int undefined = 0; ///< resamples in which the statistic was undefined (left out)

    bool isDefined() const { return !std::isnan(lower) && !std::isnan(upper); }
    bool contains(double x) const { return isDefined() && lower <= x && x <= upper; }
    /** @brief {"lower", "upper"} (null when undefined) and "undefined_resamples" when > 0. */
    QJsonObject toJson() const;
};

using MetricIntervals = std::array<Interval, kGroupMetricCount>;

/**
 * @brief The intervals of one attribute, in the order of its AttributeMetrics. `overall` comes
 * from this attribute's own resamples, so it may differ slightly between attributes.
 */
struct AttributeIntervals
{
    std::vector<MetricIntervals> groups;
    MetricIntervals overall;
    std::array<Interval, kDisparityCount> disparities;
    std::array<Interval, kSignedDisparityCount> aif360;

    /** @brief {"by_group": {name: {metric: interval}}, "overall", "disparities", "aif360_signed"}. */
    QJsonObject toJson(const AttributeMetrics &metrics, bool withAif360) const;
};

struct BootstrapResult
{
    BootstrapOptions options;
    std::vector<AttributeIntervals> attributes; ///< as RankedPredictions' attributes

    /** @brief {"method": "percentile", "resamples", "seed", "confidence", "roc_auc"}. */
    QJsonObject settingsJson() const;
};

/**
 * @brief Seeded percentile bootstrap intervals for every group metric, the overall metrics, the
 * fairlearn disparities and the AIF360 forms of each attribute of `ranked` at `threshold`.
 *
 * A resample draws the rows with replacement (the rows of known label). Since the rate metrics
 * only depend on each group's confusion counts, a resample draws those counts directly: one
 * multinomial over the (group, label, prediction) cells, an exact draw by conditional binomials
 * that costs nothing per row. With options.rocAuc, it then draws each cell's rows uniformly (the
 * same resample, row by row) and computes the AUC per group and overall: O(rows) per resample.
 * A group that a resample leaves empty is left out of that resample (its statistics count as
 * undefined, the disparities are over the others), as an empty group is left out of the report.
 *
 * Deterministic: resample i of attribute A uses a generator seeded from (seed, A's name, i), so
 * the result is the same on every machine, for any thread count and whatever other attributes
 * are present; it does not depend on row order. Runs on options.threads threads (a private pool)
 * and blocks the caller; progress counts resamples; cancel is checked between chunks. Errors:
 * InvalidInput for options out of range, Cancelled.
 */
Result<BootstrapResult> bootstrapIntervals(const RankedPredictions &ranked,
                                           const std::vector<AttributeMetrics> &metrics,
                                           double threshold,
                                           const BootstrapOptions &options,
                                           const JobControl &job = {});

} // namespace mizan
