#pragma once

#include "fairness/GroupMetrics.h"

#include <array>
#include <span>

namespace mizan {

/**
 * @brief fairlearn's aggregates of one metric over groups (MetricFrame's group_min, group_max,
 * difference and ratio, between groups and to overall).
 *
 * NaN values (an undefined AUC) are skipped as pandas skips them; a value is NaN when nothing is
 * left. A ratio 0 / 0 is NaN, as in fairlearn (all groups at 0: no disparity can be measured);
 * x / 0 for x > 0 cannot happen for rates, and follows pandas (inf, folded to 0) for the AUC.
 * The to-overall ratio folds each m_g / overall above 1 to its inverse, as fairlearn does.
 */
struct MetricSpread
{
    double groupMin = 0.0;
    double groupMax = 0.0;
    double differenceBetweenGroups = 0.0; ///< max - min
    double ratioBetweenGroups = 0.0;      ///< min / max
    double differenceToOverall = 0.0;     ///< max_g |m_g - overall|
    double ratioToOverall = 0.0;          ///< min_g min(m_g / overall, overall / m_g)

    static MetricSpread of(std::span<const double> groups, double overall);
};

/**
 * @brief The fairlearn disparity scalars, with fairlearn's names as JSON keys.
 *
 * Equalized odds aggregates the TPR and FPR disparities: "worst_case" (fairlearn's default: the
 * larger difference, the smaller ratio) and "mean" (the keys ending in "_mean"). Where one of
 * the two ratios is 0 / 0 (undefined), worst case and mean use the other; fairlearn's Python
 * `min()` would return NaN or the other depending on which one it is (we do not copy that
 * order dependence). Each comes between groups and `_to_overall`.
 */
enum class Disparity {
    DemographicParityDifference,
    DemographicParityRatio,
    EqualizedOddsDifference,
    EqualizedOddsRatio,
    EqualizedOddsDifferenceMean,
    EqualizedOddsRatioMean,
    EqualOpportunityDifference,
    EqualOpportunityRatio,
    DemographicParityDifferenceToOverall,
    DemographicParityRatioToOverall,
    EqualizedOddsDifferenceToOverall,
    EqualizedOddsRatioToOverall,
    EqualizedOddsDifferenceMeanToOverall,
    EqualizedOddsRatioMeanToOverall,
    EqualOpportunityDifferenceToOverall,
    EqualOpportunityRatioToOverall,
};
inline constexpr int kDisparityCount = 16;

/**
 * @brief AIF360's signed privileged-versus-unprivileged metrics (its own definitions): the
 * unprivileged side is every row whose (known) group differs from the privileged group, pooled.
 * disparate_impact = SR_u / SR_p (NaN when SR_p is 0), statistical_parity_difference =
 * SR_u - SR_p, average_odds_difference = ((FPR_u - FPR_p) + (TPR_u - TPR_p)) / 2,
 * equal_opportunity_difference = TPR_u - TPR_p. Rates follow fairlearn's 0.0 conventions.
 */
enum class SignedDisparity {
    DisparateImpact,
    StatisticalParityDifference,
    AverageOddsDifference,
    EqualOpportunityDifference,
};
inline constexpr int kSignedDisparityCount = 4;

/** @brief The JSON key ("demographic_parity_ratio_to_overall", ...). */
QString disparityKey(Disparity d);
/** @brief The JSON key inside the "aif360_signed" block ("disparate_impact", ...). */
QString signedDisparityKey(SignedDisparity d);
/**
 * @brief A metric name as a bias policy uses it: a fairlearn key, or "aif360_signed." followed
 * by an AIF360 key.
 */
struct DisparityName
{
    bool aif360 = false;
    int index = 0; ///< a Disparity or a SignedDisparity
};
/** @brief The metric a policy names; nothing when the name is unknown. */
std::optional<DisparityName> disparityFromName(const QString &name);
QString disparityName(const DisparityName &d);
/** @brief Every name disparityFromName() accepts, fairlearn's first. */
QStringList disparityNames();

using DisparityValues = std::array<double, kDisparityCount>;
using SignedValues = std::array<double, kSignedDisparityCount>;

/** @brief The fairlearn disparities of groups (each with count > 0) against `overall`. */
DisparityValues computeDisparities(std::span<const GroupCounts> groups, const GroupCounts &overall);

/**
 * @brief AIF360's signed metrics with group `privileged` against the pooled others, leaving out
 * the groups `excluded` flags (the missing group). NaN everywhere when either side is empty.
 */
SignedValues computeSignedDisparities(std::span<const GroupCounts> groups,
                                      int privileged,
                                      const std::vector<bool> &excluded);

/** @brief The AIF360 block of one attribute: which group is privileged and the values. */
struct SignedDisparities
{
    QString privileged;
    GroupCounts privilegedCounts;
    GroupCounts unprivilegedCounts;
    SignedValues values{};
};

/** @brief The fairlearn spreads and disparities plus the AIF360 block of one attribute. */
struct AttributeDisparities
{
    std::array<MetricSpread, kGroupMetricCount> spreads{};
    DisparityValues values{};
    std::optional<SignedDisparities> aif360; ///< only with a privileged group that has rows

    static AttributeDisparities compute(const AttributeMetrics &metrics);
};

} // namespace mizan
