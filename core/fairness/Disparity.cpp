#include "fairness/Disparity.h"

#include <cmath>
#include <limits>

namespace mizan {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/** The smaller of the defined values (NaN when neither is). */
double minDefined(double a, double b)
{
    if (std::isnan(a))
        return b;
    if (std::isnan(b))
        return a;
    return std::min(a, b);
}

double maxDefined(double a, double b)
{
    if (std::isnan(a))
        return b;
    if (std::isnan(b))
        return a;
    return std::max(a, b);
}

double meanDefined(double a, double b)
{
    if (std::isnan(a))
        return b;
    if (std::isnan(b))
        return a;
    return (a + b) / 2.0;
}

} // namespace

MetricSpread MetricSpread::of(std::span<const double> groups, double overall)
{
    MetricSpread s;
    s.groupMin = kNaN;
    s.groupMax = kNaN;
    s.differenceToOverall = kNaN;
    s.ratioToOverall = kNaN;
    for (double v : groups) {
        if (std::isnan(v))
            continue;
        s.groupMin = minDefined(s.groupMin, v);
        s.groupMax = maxDefined(s.groupMax, v);
        s.differenceToOverall = maxDefined(s.differenceToOverall, std::fabs(v - overall));
        double r = v / overall; // fairlearn: by_group / overall, folded below 1
        if (r > 1.0)
            r = 1.0 / r;
        s.ratioToOverall = minDefined(s.ratioToOverall, r);
    }
    s.differenceBetweenGroups = s.groupMax - s.groupMin;
    s.ratioBetweenGroups = s.groupMin / s.groupMax; // 0 / 0 = NaN, as in pandas
    return s;
}

QString disparityKey(Disparity d)
{
    static const char *const kKeys[kDisparityCount] = {
        "demographic_parity_difference",
        "demographic_parity_ratio",
        "equalized_odds_difference",
        "equalized_odds_ratio",
        "equalized_odds_difference_mean",
        "equalized_odds_ratio_mean",
        "equal_opportunity_difference",
        "equal_opportunity_ratio",
        "demographic_parity_difference_to_overall",
        "demographic_parity_ratio_to_overall",
        "equalized_odds_difference_to_overall",
        "equalized_odds_ratio_to_overall",
        "equalized_odds_difference_mean_to_overall",
        "equalized_odds_ratio_mean_to_overall",
        "equal_opportunity_difference_to_overall",
        "equal_opportunity_ratio_to_overall",
    };
    const int i = static_cast<int>(d);
    return i >= 0 && i < kDisparityCount ? QString::fromLatin1(kKeys[i]) : QString();
}

QString signedDisparityKey(SignedDisparity d)
{
    switch (d) {
    case SignedDisparity::DisparateImpact:
        return QStringLiteral("disparate_impact");
    case SignedDisparity::StatisticalParityDifference:
        return QStringLiteral("statistical_parity_difference");
    case SignedDisparity::AverageOddsDifference:
        return QStringLiteral("average_odds_difference");
    case SignedDisparity::EqualOpportunityDifference:
        return QStringLiteral("equal_opportunity_difference");
    }
    return {};
}

namespace {
QString aifPrefix()
{
    return QStringLiteral("aif360_signed.");
}
} // namespace

QString disparityName(const DisparityName &d)
{
    if (d.aif360)
        return aifPrefix() + signedDisparityKey(SignedDisparity(d.index));
    return disparityKey(Disparity(d.index));
}

QStringList disparityNames()
{
    QStringList names;
    for (int i = 0; i < kDisparityCount; ++i)
        names.append(disparityName(DisparityName{false, i}));
    for (int i = 0; i < kSignedDisparityCount; ++i)
        names.append(disparityName(DisparityName{true, i}));
    return names;
}

std::optional<DisparityName> disparityFromName(const QString &name)
{
    for (int i = 0; i < kDisparityCount; ++i) {
        if (disparityName(DisparityName{false, i}) == name)
            return DisparityName{false, i};
    }
    for (int i = 0; i < kSignedDisparityCount; ++i) {
        if (disparityName(DisparityName{true, i}) == name)
            return DisparityName{true, i};
    }
    return std::nullopt;
}

DisparityValues computeDisparities(std::span<const GroupCounts> groups, const GroupCounts &overall)
{
    constexpr size_t kMaxStack = 64;
    std::array<double, kMaxStack> stack{};
    std::vector<double> heap;
    const auto spreadOf = [&](GroupMetric metric) {
        std::span<double> values;
        if (groups.size() <= kMaxStack) {
            values = std::span<double>(stack.data(), groups.size());
        } else {
            heap.resize(groups.size());
            values = heap;
        }
        for (size_t g = 0; g < groups.size(); ++g)
            values[g] = rateOf(groups[g], metric);
        return MetricSpread::of(values, rateOf(overall, metric));
    };
    const MetricSpread sr = spreadOf(GroupMetric::SelectionRate);
    const MetricSpread tpr = spreadOf(GroupMetric::TruePositiveRate);
    const MetricSpread fpr = spreadOf(GroupMetric::FalsePositiveRate);
    DisparityValues v{};
    const auto set = [&v](Disparity d, double x) { v[size_t(d)] = x; };
    set(Disparity::DemographicParityDifference, sr.differenceBetweenGroups);
    set(Disparity::DemographicParityRatio, sr.ratioBetweenGroups);
    set(Disparity::EqualizedOddsDifference,
        maxDefined(tpr.differenceBetweenGroups, fpr.differenceBetweenGroups));
    set(Disparity::EqualizedOddsRatio, minDefined(tpr.ratioBetweenGroups, fpr.ratioBetweenGroups));
    set(Disparity::EqualizedOddsDifferenceMean,
        meanDefined(tpr.differenceBetweenGroups, fpr.differenceBetweenGroups));
    set(Disparity::EqualizedOddsRatioMean,
        meanDefined(tpr.ratioBetweenGroups, fpr.ratioBetweenGroups));
    set(Disparity::EqualOpportunityDifference, tpr.differenceBetweenGroups);
    set(Disparity::EqualOpportunityRatio, tpr.ratioBetweenGroups);
    set(Disparity::DemographicParityDifferenceToOverall, sr.differenceToOverall);
    set(Disparity::DemographicParityRatioToOverall, sr.ratioToOverall);
    set(Disparity::EqualizedOddsDifferenceToOverall,
        maxDefined(tpr.differenceToOverall, fpr.differenceToOverall));
    set(Disparity::EqualizedOddsRatioToOverall, minDefined(tpr.ratioToOverall, fpr.ratioToOverall));
    set(Disparity::EqualizedOddsDifferenceMeanToOverall,
        meanDefined(tpr.differenceToOverall, fpr.differenceToOverall));
    set(Disparity::EqualizedOddsRatioMeanToOverall,
        meanDefined(tpr.ratioToOverall, fpr.ratioToOverall));
    set(Disparity::EqualOpportunityDifferenceToOverall, tpr.differenceToOverall);
    set(Disparity::EqualOpportunityRatioToOverall, tpr.ratioToOverall);
    return v;
}

SignedValues computeSignedDisparities(std::span<const GroupCounts> groups,
                                      int privileged,
                                      const std::vector<bool> &excluded)
{
    SignedValues v;
    v.fill(kNaN);
    if (privileged < 0 || size_t(privileged) >= groups.size())
        return v;
    const GroupCounts &p = groups[size_t(privileged)];
    GroupCounts u;
    for (size_t g = 0; g < groups.size(); ++g) {
        if (int(g) != privileged && !(g < excluded.size() && excluded[g]))
            u += groups[g];
    }
    if (p.count() == 0 || u.count() == 0)
        return v;
    const double srP = rateOf(p, GroupMetric::SelectionRate);
    const double srU = rateOf(u, GroupMetric::SelectionRate);
    const double tprDiff = rateOf(u, GroupMetric::TruePositiveRate)
                           - rateOf(p, GroupMetric::TruePositiveRate);
    const double fprDiff = rateOf(u, GroupMetric::FalsePositiveRate)
                           - rateOf(p, GroupMetric::FalsePositiveRate);
    v[size_t(SignedDisparity::DisparateImpact)] = srP == 0.0 ? kNaN : srU / srP;
    v[size_t(SignedDisparity::StatisticalParityDifference)] = srU - srP;
    v[size_t(SignedDisparity::AverageOddsDifference)] = 0.5 * (fprDiff + tprDiff);
    v[size_t(SignedDisparity::EqualOpportunityDifference)] = tprDiff;
    return v;
}

AttributeDisparities AttributeDisparities::compute(const AttributeMetrics &metrics)
{
    AttributeDisparities d;
    // The "(missing)" group is reported with its own metrics but compared with nobody: fairlearn
    // has no such group (0.15 refuses missing values, older releases dropped them), and three
    // rows without a value must not decide a ratio between the real groups.
    std::vector<size_t> compared;
    for (size_t g = 0; g < metrics.groups.size(); ++g) {
        if (!metrics.groups[g].missing)
            compared.push_back(g);
    }
    for (int m = 0; m < kGroupMetricCount; ++m) {
        const std::vector<double> all = metrics.values(GroupMetric(m));
        std::vector<double> values;
        values.reserve(compared.size());
        for (size_t g : compared)
            values.push_back(all[g]);
        d.spreads[size_t(m)] = MetricSpread::of(values, metrics.overall.value(GroupMetric(m)));
    }
    const std::vector<GroupCounts> counts = metrics.counts();
    std::vector<GroupCounts> comparedCounts;
    comparedCounts.reserve(compared.size());
    for (size_t g : compared)
        comparedCounts.push_back(counts[g]);
    d.values = computeDisparities(comparedCounts, metrics.overall.counts);
    if (metrics.privilegedIndex >= 0) {
        std::vector<bool> excluded(metrics.groups.size(), false);
        for (size_t g = 0; g < metrics.groups.size(); ++g)
            excluded[g] = metrics.groups[g].missing;
        SignedDisparities s;
        s.privileged = metrics.privileged;
        s.privilegedCounts = counts[size_t(metrics.privilegedIndex)];
        for (size_t g = 0; g < counts.size(); ++g) {
            if (int(g) != metrics.privilegedIndex && !excluded[g])
                s.unprivilegedCounts += counts[g];
        }
        s.values = computeSignedDisparities(counts, metrics.privilegedIndex, excluded);
        d.aif360 = s;
    }
    return d;
}

} // namespace mizan
