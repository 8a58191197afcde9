#include "fairness/ThresholdOptimizer.h"

#include "fairness/Disparity.h"
#include "fairness/ThresholdSweep.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Fairness)
};

constexpr double kInf = std::numeric_limits<double>::infinity();

/** A candidate rule of one group: its point on the trade-off plane and its counts. */
struct Point
{
    double x = 0.0;
    double y = 0.0;
    ThresholdOperation operation;
    double truePositives = 0.0;
    double falsePositives = 0.0;
};

/** One group's rows of known label, highest probability first. */
struct GroupRows
{
    std::vector<double> scores;
    std::vector<uint8_t> positive;
    qint64 positives = 0;
    qint64 negatives = 0;
    qint64 count() const { return positives + negatives; }
};

/** fairlearn's _calculate_tradeoff_points, then the stable (x, y) sort. */
std::vector<Point> tradeoffPoints(const GroupRows &g, FairnessConstraint constraint, bool flip)
{
    const double n = double(g.count());
    const double nPos = double(g.positives);
    const double nNeg = double(g.negatives);
    std::vector<Point> points;
    const auto add = [&](double fp, double tp, ThresholdOperation op) {
        Point p;
        p.operation = op;
        p.truePositives = tp;
        p.falsePositives = fp;
        if (constraint == FairnessConstraint::DemographicParity) {
            p.x = (tp + fp) / n;
            p.y = (tp + (nNeg - fp)) / n;
        } else {
            p.x = fp / nNeg;
            p.y = tp / nPos;
        }
        points.push_back(p);
    };
    qint64 selectedNeg = 0;
    qint64 selectedPos = 0;
    size_t i = 0;
    bool first = true;
    while (first || i < g.scores.size()) {
        double threshold = kInf;
        if (!first) {
            const double s = g.scores[i];
            while (i < g.scores.size() && g.scores[i] == s) {
                (g.positive[i] ? selectedPos : selectedNeg) += 1;
                ++i;
            }
            threshold = (s + (i < g.scores.size() ? g.scores[i] : -kInf)) / 2.0;
        }
        first = false;
        add(double(selectedNeg), double(selectedPos), ThresholdOperation{true, threshold});
        if (flip) {
            add(nNeg - double(selectedNeg),
                nPos - double(selectedPos),
                ThresholdOperation{false, threshold});
        }
    }
    std::stable_sort(points.begin(), points.end(), [](const Point &a, const Point &b) {
        return a.x < b.x || (a.x == b.x && a.y < b.y);
    });
    return points;
}

/** fairlearn's _filter_points_to_get_convex_hull: the upper hull, collinear points dropped. */
std::vector<Point> upperHull(const std::vector<Point> &sorted)
{
    std::vector<Point> hull;
    for (const Point &r2 : sorted) {
        while (hull.size() >= 2) {
            const Point &r1 = hull[hull.size() - 1];
            const Point &r0 = hull[hull.size() - 2];
            if ((r1.y - r0.y) * (r2.x - r0.x) <= (r2.y - r0.y) * (r1.x - r0.x))
                hull.pop_back();
            else
                break;
        }
        hull.push_back(r2);
    }
    return hull;
}

/** The hull at one grid value: interpolation between hull[index] and hull[index + 1]. */
struct Interpolated
{
    size_t index = 0;
    double p0 = 1.0;
    double p1 = 0.0;
    double y = 0.0;
};

/** fairlearn's _interpolate_curve over the whole grid (its searchsorted convention). */
std::vector<Interpolated> interpolate(const std::vector<Point> &hull,
                                      const std::vector<double> &grid)
{
    std::vector<Interpolated> out(grid.size());
    for (size_t i = 0; i < grid.size(); ++i) {
        const double g = grid[i];
        // searchsorted(side="right") - 1: the last hull x <= g.
        const auto upper = std::upper_bound(hull.begin(),
                                            hull.end(),
                                            g,
                                            [](double v, const Point &p) { return v < p.x; });
        auto index = static_cast<size_t>(std::max<ptrdiff_t>(upper - hull.begin() - 1, 0));
        if (i > 0 && index > 0 && g == hull[index].x)
            --index;
        index = std::min(index, hull.size() - 2);
        Interpolated &r = out[i];
        r.index = index;
        r.p0 = (hull[index + 1].x - g) / (hull[index + 1].x - hull[index].x);
        r.p1 = 1.0 - r.p0;
        r.y = r.p0 * hull[index].y + r.p1 * hull[index + 1].y;
    }
    return out;
}

double round15(double v)
{
    return std::nearbyint(v * 1e15) / 1e15; // numpy.around(v, 15)
}

QJsonValue thresholdJson(double t)
{
    if (std::isinf(t))
        return t > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return t;
}

} // namespace

QString constraintKey(FairnessConstraint constraint)
{
    return constraint == FairnessConstraint::DemographicParity
               ? QStringLiteral("demographic_parity")
               : QStringLiteral("equalized_odds");
}

std::optional<FairnessConstraint> constraintFromKey(const QString &key)
{
    for (FairnessConstraint c :
         {FairnessConstraint::DemographicParity, FairnessConstraint::EqualizedOdds}) {
        if (constraintKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QJsonObject ThresholdOperation::toJson() const
{
    return QJsonObject{{QStringLiteral("operator"),
                        greater ? QStringLiteral(">") : QStringLiteral("<")},
                       {QStringLiteral("threshold"), thresholdJson(threshold)}};
}

bool GroupThresholdRule::randomised() const
{
    return (p0 > 0.0 && p1 > 0.0) || pIgnore > 0.0;
}

QJsonObject GroupThresholdRule::toJson() const
{
    QJsonObject o{
        {QStringLiteral("count"), count},
        {QStringLiteral("actual_positives"), positives},
        {QStringLiteral("operation0"), operation0.toJson()},
        {QStringLiteral("p0"), p0},
        {QStringLiteral("operation1"), operation1.toJson()},
        {QStringLiteral("p1"), p1},
        {QStringLiteral("randomised"), randomised()},
        {QStringLiteral("selection_rate"), selectionRate},
        {QStringLiteral("true_positive_rate"), truePositiveRate},
        {QStringLiteral("false_positive_rate"), falsePositiveRate},
        {QStringLiteral("accuracy"), accuracy},
    };
    if (pIgnore != 0.0 || predictionConstant != 0.0) {
        o.insert(QStringLiteral("p_ignore"), pIgnore);
        o.insert(QStringLiteral("prediction_constant"), predictionConstant);
    }
    if (missing)
        o.insert(QStringLiteral("missing"), true);
    return o;
}

QJsonObject ThresholdOptimizerResult::toJson() const
{
    QJsonObject byGroup;
    for (const GroupThresholdRule &g : groups)
        byGroup.insert(g.group, g.toJson());
    QJsonObject o{
        {QStringLiteral("constraint"), constraintKey(constraint)},
        {QStringLiteral("objective"), QStringLiteral("accuracy_score")},
        {QStringLiteral("grid_size"), options.gridSize},
        {QStringLiteral("flip"), options.flip},
        {QStringLiteral("objective_value"), objective},
        {QStringLiteral("expected_accuracy"), accuracy},
        {QStringLiteral("constraint_violation"), violation},
        {QStringLiteral("baseline"),
         QJsonObject{{QStringLiteral("threshold"), baselineThreshold},
                     {QStringLiteral("accuracy"), baselineAccuracy},
                     {QStringLiteral("constraint_violation"), baselineViolation}}},
        {QStringLiteral("by_group"), byGroup},
        {QStringLiteral("applied"), false},
    };
    if (constraint == FairnessConstraint::DemographicParity) {
        o.insert(QStringLiteral("selection_rate"), constraintValue);
    } else {
        o.insert(QStringLiteral("false_positive_rate"), constraintValue);
        o.insert(QStringLiteral("true_positive_rate"), truePositiveRate);
    }
    return o;
}

Result<ThresholdOptimizerResult> optimizeThresholds(const RankedPredictions &ranked,
                                                    int attribute,
                                                    FairnessConstraint constraint,
                                                    const ThresholdOptimizerOptions &options,
                                                    double baselineThreshold)
{
    if (attribute < 0 || attribute >= ranked.attributeCount())
        return fail(ErrorCode::InvalidInput, Tr::tr("There is no attribute %1.").arg(attribute));
    if (options.gridSize < 10 || options.gridSize > 100000)
        return fail(ErrorCode::InvalidInput, Tr::tr("The grid size must be 10 to 100,000."));
    MIZAN_CHECK(checkThreshold(baselineThreshold));
    const PresentGroups &present = ranked.groups(attribute);
    const auto groupCount = size_t(present.slotCount());
    // Every group's curve on the grid is kept: bound the memory (16 M points, 512 MB).
    if (groupCount * (size_t(options.gridSize) + 1) > (size_t(16) << 20))
        return fail(withField(makeError(ErrorCode::LimitExceeded,
                                        Tr::tr("A grid of %1 points for %2 groups is too large; "
                                               "use a smaller grid or fewer groups.")
                                            .arg(options.gridSize)
                                            .arg(groupCount)),
                              QStringLiteral("grid_size")));
    std::vector<GroupRows> rows(groupCount);
    const std::span<const uint32_t> order = ranked.order();
    const std::span<const double> sorted = ranked.sortedProbabilities();
    const std::span<const uint16_t> slotAt = ranked.sortedSlots(attribute);
    for (size_t i = 0; i < order.size(); ++i) {
        GroupRows &g = rows[slotAt[i]];
        const bool positive = ranked.sortedPositives()[i] != 0;
        g.scores.push_back(sorted[i]);
        g.positive.push_back(positive ? 1 : 0);
        (positive ? g.positives : g.negatives) += 1;
    }
    for (size_t s = 0; s < groupCount; ++s) {
        if (rows[s].positives == 0 || rows[s].negatives == 0) {
            return fail(withField(makeError(ErrorCode::InvalidInput,
                                            Tr::tr("The group '%1' of '%2' has only one class, so "
                                                   "no threshold can be optimised for it.")
                                                .arg(present.names[qsizetype(s)],
                                                     ranked.attribute(attribute).name)),
                                  ranked.attribute(attribute).name));
        }
    }
    std::vector<double> grid(size_t(options.gridSize) + 1);
    const double step = 1.0 / double(options.gridSize);
    for (size_t i = 0; i < grid.size(); ++i)
        grid[i] = double(i) * step;
    grid.back() = 1.0;

    std::vector<std::vector<Point>> hulls(groupCount);
    std::vector<std::vector<Interpolated>> curves(groupCount);
    for (size_t s = 0; s < groupCount; ++s) {
        hulls[s] = upperHull(tradeoffPoints(rows[s], constraint, options.flip));
        curves[s] = interpolate(hulls[s], grid);
    }
    const double n = double(ranked.knownCount());
    size_t best = 0;
    double bestY = 0.0;
    if (constraint == FairnessConstraint::DemographicParity) {
        // Weighted sum in pandas' groupby order (sorted names), so ties break as fairlearn's.
        std::vector<size_t> byName(groupCount);
        std::iota(byName.begin(), byName.end(), size_t(0));
        std::sort(byName.begin(), byName.end(), [&present](size_t a, size_t b) {
            return present.names[qsizetype(a)] < present.names[qsizetype(b)];
        });
        std::vector<double> total(grid.size(), 0.0);
        for (size_t s : byName) {
            const double weight = double(rows[s].count()) / n;
            for (size_t i = 0; i < grid.size(); ++i)
                total[i] += weight * curves[s][i].y;
        }
        best = size_t(std::max_element(total.begin(), total.end()) - total.begin());
        bestY = total[best];
    } else {
        double nPos = 0.0;
        for (const GroupRows &g : rows)
            nPos += double(g.positives);
        const double nNeg = n - nPos;
        std::vector<double> objective(grid.size());
        for (size_t i = 0; i < grid.size(); ++i) {
            double yMin = curves[0][i].y;
            for (size_t s = 1; s < groupCount; ++s)
                yMin = std::min(yMin, curves[s][i].y);
            const double tp = nPos * yMin;
            const double tn = nNeg * (1.0 - grid[i]);
            const double fp = nNeg * grid[i];
            const double fn = nPos * (1.0 - yMin);
            objective[i] = round15((tp + tn) / (tp + tn + fp + fn));
        }
        best = size_t(std::max_element(objective.begin(), objective.end()) - objective.begin());
        bestY = objective[best];
    }

    ThresholdOptimizerResult result;
    result.attribute = ranked.attribute(attribute).name;
    result.constraint = constraint;
    result.options = options;
    result.constraintValue = grid[best];
    result.objective = bestY;
    result.baselineThreshold = baselineThreshold;
    if (constraint == FairnessConstraint::EqualizedOdds) {
        result.truePositiveRate = curves[0][best].y;
        for (size_t s = 1; s < groupCount; ++s)
            result.truePositiveRate = std::min(result.truePositiveRate, curves[s][best].y);
    }
    double correct = 0.0;
    std::vector<GroupCounts> baseline(groupCount);
    for (size_t s = 0; s < groupCount; ++s) {
        const GroupRows &g = rows[s];
        const Interpolated &at = curves[s][best];
        const Point &a = hulls[s][at.index];
        const Point &b = hulls[s][at.index + 1];
        GroupThresholdRule rule;
        rule.group = present.names[qsizetype(s)];
        rule.missing = present.isMissingSlot(int(s));
        rule.count = g.count();
        rule.positives = g.positives;
        rule.operation0 = a.operation;
        rule.p0 = at.p0;
        rule.operation1 = b.operation;
        rule.p1 = at.p1;
        double tp = at.p0 * a.truePositives + at.p1 * b.truePositives;
        double fp = at.p0 * a.falsePositives + at.p1 * b.falsePositives;
        if (constraint == FairnessConstraint::EqualizedOdds) {
            // Move the group's ROC point towards the diagonal until its TPR is the common one.
            rule.predictionConstant = grid[best];
            rule.pIgnore = at.y == grid[best]
                               ? 0.0
                               : (at.y - result.truePositiveRate) / (at.y - grid[best]);
            tp = (1.0 - rule.pIgnore) * tp + rule.pIgnore * grid[best] * double(g.positives);
            fp = (1.0 - rule.pIgnore) * fp + rule.pIgnore * grid[best] * double(g.negatives);
        }
        rule.selectionRate = (tp + fp) / double(g.count());
        rule.truePositiveRate = tp / double(g.positives);
        rule.falsePositiveRate = fp / double(g.negatives);
        rule.accuracy = (tp + double(g.negatives) - fp) / double(g.count());
        correct += tp + double(g.negatives) - fp;
        result.groups.push_back(rule);
        for (size_t i = 0; i < g.scores.size(); ++i) {
            const bool predicted = g.scores[i] >= baselineThreshold;
            if (g.positive[i])
                ++(predicted ? baseline[s].truePositives : baseline[s].falseNegatives);
            else
                ++(predicted ? baseline[s].falsePositives : baseline[s].trueNegatives);
        }
    }
    result.accuracy = correct / n;
    const auto spread = [&result](double GroupThresholdRule::*rate) {
        double lo = kInf;
        double hi = -kInf;
        for (const GroupThresholdRule &g : result.groups) {
            lo = std::min(lo, g.*rate);
            hi = std::max(hi, g.*rate);
        }
        return hi - lo;
    };
    GroupCounts all;
    for (const GroupCounts &c : baseline)
        all += c;
    result.baselineAccuracy = rateOf(all, GroupMetric::Accuracy);
    const DisparityValues base = computeDisparities(baseline, all);
    if (constraint == FairnessConstraint::DemographicParity) {
        result.violation = spread(&GroupThresholdRule::selectionRate);
        result.baselineViolation = base[size_t(Disparity::DemographicParityDifference)];
    } else {
        result.violation = std::max(spread(&GroupThresholdRule::truePositiveRate),
                                    spread(&GroupThresholdRule::falsePositiveRate));
        result.baselineViolation = base[size_t(Disparity::EqualizedOddsDifference)];
    }
    return result;
}

} // namespace mizan
