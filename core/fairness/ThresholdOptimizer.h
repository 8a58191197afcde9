#pragma once

#include "fairness/GroupMetrics.h"

#include <QJsonObject>

namespace mizan {

/** @brief The constraint fairlearn's ThresholdOptimizer enforces. */
enum class FairnessConstraint {
    DemographicParity, ///< "demographic_parity": equal selection rates
    EqualizedOdds,     ///< "equalized_odds": equal true and false positive rates
};
QString constraintKey(FairnessConstraint constraint);
std::optional<FairnessConstraint> constraintFromKey(const QString &key);

struct ThresholdOptimizerOptions
{
    int gridSize = 1000; ///< fairlearn's grid_size: 10 .. 100,000
    bool flip = false;   ///< fairlearn's flip: also consider "score < t" rules
};

/**
 * @brief fairlearn's ThresholdOperation: predicts positive when the probability is above
 * (`greater`) or below the threshold, strictly. The threshold may be +-infinity (JSON: "inf",
 * "-inf"): "> inf" selects nobody, "> -inf" everybody.
 */
struct ThresholdOperation
{
    bool greater = true;
    double threshold = 0.0;

    bool selects(double probability) const
    {
        return greater ? probability > threshold : probability < threshold;
    }
    QJsonObject toJson() const;
};

/**
 * @brief One group's randomised decision rule: with probability p0 apply operation0, else
 * operation1; then (equalized odds only) with probability pIgnore replace the decision by a
 * positive one drawn with probability predictionConstant. The expected rates are what the rule
 * gives on the data it was fitted on.
 */
struct GroupThresholdRule
{
    QString group;
    bool missing = false;
    qint64 count = 0;
    qint64 positives = 0;
    ThresholdOperation operation0;
    double p0 = 1.0;
    ThresholdOperation operation1;
    double p1 = 0.0;
    double pIgnore = 0.0;
    double predictionConstant = 0.0;
    double selectionRate = 0.0;
    double truePositiveRate = 0.0;
    double falsePositiveRate = 0.0;
    double accuracy = 0.0;

    /** @brief Whether the rule needs a random draw (a mixture, or pIgnore > 0). */
    bool randomised() const;
    QJsonObject toJson() const;
};

/** @brief Per-group thresholds meeting a constraint, as reported (never applied). */
struct ThresholdOptimizerResult
{
    QString attribute;
    FairnessConstraint constraint = FairnessConstraint::DemographicParity;
    ThresholdOptimizerOptions options;
    double constraintValue = 0.0;  ///< the common selection rate (DP) or false positive rate (EO)
    double truePositiveRate = 0.0; ///< EO: the common true positive rate
    double objective = 0.0;        ///< fairlearn's optimum of the accuracy on its grid
    double accuracy = 0.0;         ///< expected accuracy of the rules on the data
    double violation = 0.0; ///< DP: spread of expected selection rates; EO: max(TPR, FPR spread)
    double baselineThreshold = 0.5; ///< the single threshold compared against
    double baselineAccuracy = 0.0;
    double baselineViolation = 0.0; ///< the same constraint's violation at the baseline
    std::vector<GroupThresholdRule> groups;

    QJsonObject toJson() const;
};

/**
 * @brief fairlearn's ThresholdOptimizer (objective "accuracy_score", prefit) on the ranked
 * predictions of attribute `attribute`, made deterministic: per group, the candidate rules are
 * "p > t" for t midway between consecutive distinct probabilities (and +-infinity), their
 * (x, y) points sorted and reduced to the upper convex hull (Andrew's monotone chain), the hull
 * interpolated on the grid i / gridSize. Demographic parity: x = selection rate, y = accuracy;
 * the grid point maximising the group-size-weighted accuracy (first on ties) gives each group a
 * mix of two hull rules. Equalized odds: x = FPR, y = TPR; the lowest ROC hull at each x is
 * what all groups can reach; the grid point maximising accuracy (rounded to 15 decimals, first
 * on ties) gives each group its mix plus pIgnore. Errors (InvalidInput): a group with only one
 * class (fairlearn's "degenerate labels"), options out of range, a bad attribute index or
 * baseline threshold.
 */
Result<ThresholdOptimizerResult> optimizeThresholds(const RankedPredictions &ranked,
                                                    int attribute,
                                                    FairnessConstraint constraint,
                                                    const ThresholdOptimizerOptions &options = {},
                                                    double baselineThreshold = 0.5);

} // namespace mizan
