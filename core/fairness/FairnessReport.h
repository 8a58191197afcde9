#pragma once

#include "fairness/Bootstrap.h"
#include "fairness/Disparity.h"
#include "fairness/GroupMetrics.h"
#include "fairness/ThresholdOptimizer.h"

#include <QJsonObject>

#include <optional>

namespace mizan {

struct FairnessOptions
{
    double threshold = 0.5; ///< positive when probability >= threshold; in [0, 1]
    SmallGroupRule smallGroups;
    std::optional<BootstrapOptions> bootstrap; ///< none: no intervals
    std::vector<FairnessConstraint> optimizer; ///< ThresholdOptimizer runs to report (none by default)
    ThresholdOptimizerOptions optimizerOptions;
};

/** @brief One ThresholdOptimizer run: its result, or why there is none (e.g. a one-class group). */
struct OptimizerOutcome
{
    FairnessConstraint constraint = FairnessConstraint::DemographicParity;
    std::optional<ThresholdOptimizerResult> result;
    QString error;
};

/** @brief Everything the report says about one sensitive attribute (or intersection). */
struct AttributeReport
{
    AttributeMetrics metrics;
    AttributeDisparities disparities;
    std::optional<AttributeIntervals> intervals;
    std::vector<OptimizerOutcome> optimizer;
    QStringList warnings; ///< translated: small, empty and missing groups, undefined metrics

    const QString &name() const { return metrics.attribute; }
    double disparity(Disparity d) const { return disparities.values[size_t(d)]; }
    /** @brief The names of the groups the SmallGroupRule flags. */
    QStringList smallGroups() const;
    QJsonObject toJson() const;
};

/**
 * @brief A fairness report on predictions: per attribute the group metrics, fairlearn's spreads
 * and disparities (between groups and to overall), AIF360's signed forms when a privileged group
 * is known, optional bootstrap intervals and ThresholdOptimizer runs, and warnings. A plain value
 * type; computing it touches no storage and may run on any thread.
 */
struct FairnessReport
{
    double threshold = 0.5;
    qint64 rows = 0;          ///< rows given
    qint64 rowsUsed = 0;      ///< rows with a known label
    qint64 unknownLabels = 0; ///< rows left out: label -1
    SmallGroupRule smallGroups;
    std::optional<BootstrapOptions> bootstrap; ///< the settings the intervals were drawn with
    std::vector<AttributeReport> attributes;
    QStringList warnings; ///< report-wide (rows left out)

    /**
     * @brief Computes the report: one validation pass, one sort and one pass over the rows for all
     * attributes (counts at the threshold and AUC), then the bootstrap and optimizer runs that
     * `options` asks for. Blocks the caller (the bootstrap uses a private thread pool); cancel
     * and progress through `job`. Errors: bad input (RankedPredictions::prepare), a threshold
     * outside [0, 1], bad bootstrap options (InvalidInput), Cancelled. A ThresholdOptimizer run
     * that fails is recorded in its OptimizerOutcome, not as an error of the report.
     */
    static Result<FairnessReport> compute(const PredictionView &view,
                                          const FairnessOptions &options = {},
                                          const JobControl &job = {});
    /** @brief As above on predictions ranked already (several reports, one sort). */
    static Result<FairnessReport> compute(const RankedPredictions &ranked,
                                          const FairnessOptions &options = {},
                                          const JobControl &job = {});

    const AttributeReport *attribute(const QString &name) const;
    /**
     * @brief The report as JSON with fairlearn's key names ("sensitive_features" -> name ->
     * "by_group", "overall", "group_min", ..., "demographic_parity_difference", ...,
     * "aif360_signed"); an undefined value (NaN) is null.
     */
    QJsonObject toJson() const;
};

} // namespace mizan
