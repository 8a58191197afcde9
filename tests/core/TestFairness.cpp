// Properties and edge cases of the fairness engine (core/fairness): group metrics, fairlearn's
// disparities and AIF360's signed forms, the input checks and the grouping helpers.

#include "data/Dataset.h"
#include "fairness/FairnessReport.h"
#include "model/Metrics.h"

#include "TestPaths.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace mizan;

namespace {

double uniform(std::mt19937_64 &g)
{
    return double(g() >> 11) * 0x1.0p-53;
}

/** Rows with three groups in `a` (different base and selection rates) and four in `b`. */
struct Synthetic
{
    std::vector<double> p;
    std::vector<int8_t> y;
    std::vector<int32_t> a;
    std::vector<int32_t> b;
    QStringList aGroups{"alpha", "beta", "gamma"};
    QStringList bGroups{"w", "x", "y", "z"};

    PredictionView view() const
    {
        return PredictionView{p, y, {{"a", a, aGroups, "alpha"}, {"b", b, bGroups, {}}}};
    }
};

Synthetic synthetic(size_t n, quint64 seed, int decimals = 3)
{
    std::mt19937_64 g(seed);
    Synthetic s;
    const double scale = std::pow(10.0, decimals);
    for (size_t i = 0; i < n; ++i) {
        const auto a = int32_t(g() % 3);
        const auto b = int32_t(g() % 4);
        const double latent = uniform(g) * (0.6 + 0.2 * a) + 0.05 * b;
        const double p = std::clamp(std::round(latent * scale) / scale, 0.0, 1.0);
        s.p.push_back(p);
        s.y.push_back(uniform(g) < 0.2 + 0.6 * p ? 1 : 0);
        s.a.push_back(a);
        s.b.push_back(b);
    }
    return s;
}

const double kNaN = std::numeric_limits<double>::quiet_NaN();

bool same(double x, double y)
{
    return x == y || (std::isnan(x) && std::isnan(y));
}

} // namespace

class TestFairness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputedExample();
    void ratesAreInRange();
    void aucAgreesWithModelMetrics();
    void permutingRowsChangesNothing();
    void renamingAndReorderingGroupsChangesNothing();
    void conventions();
    void zeroOverZeroRatioIsUndefined();
    void emptyMissingAndUnknown();
    void missingGroupIsComparedWithNobody();
    void smallGroupsAreFlagged();
    void jsonHasStableKeys();
    void badInput_data();
    void badInput();
    void groupingFromDataset();
};

void TestFairness::handComputedExample()
{
    // Group A: 4 rows, group B: 5 rows; threshold 0.5.
    const std::vector<double> p{0.9, 0.8, 0.3, 0.2, 0.6, 0.4, 0.7, 0.1, 0.55};
    const std::vector<int8_t> y{1, 0, 1, 0, 1, 1, 0, 0, 0};
    const std::vector<int32_t> g{0, 0, 0, 0, 1, 1, 1, 1, 1};
    const PredictionView view{p, y, {{"grp", g, {"A", "B"}, "A"}}};
    const auto report = FairnessReport::compute(view);
    QVERIFY(report.has_value());
    const AttributeReport &r = report->attributes[0];
    const GroupMetrics &a = *r.metrics.group("A");
    const GroupMetrics &b = *r.metrics.group("B");
    // A: TP 1 (0.9), FP 1 (0.8), FN 1 (0.3), TN 1 (0.2). B: TP 1 (0.6), FN 1 (0.4), FP 2 (0.7, 0.55), TN 1.
    QCOMPARE(a.counts, (GroupCounts{1, 1, 1, 1}));
    QCOMPARE(b.counts, (GroupCounts{1, 2, 1, 1}));
    QCOMPARE(a.value(GroupMetric::SelectionRate), 0.5);
    QCOMPARE(b.value(GroupMetric::SelectionRate), 0.6);
    QCOMPARE(b.value(GroupMetric::FalsePositiveRate), 2.0 / 3.0);
    QCOMPARE(b.value(GroupMetric::Precision), 1.0 / 3.0);
    QCOMPARE(a.rocAuc, 0.75); // pairs (0.9,0.8) (0.9,0.2) (0.3,0.2) right, (0.3,0.8) wrong
    QCOMPARE(b.rocAuc, 0.5);  // 0.6 beats 0.1, 0.55; 0.4 beats 0.1; loses 2 to 0.7 and one more
    QCOMPARE(r.disparity(Disparity::DemographicParityDifference), 0.6 - 0.5);
    QCOMPARE(r.disparity(Disparity::DemographicParityRatio), 0.5 / 0.6);
    // TPR 0.5 and 0.5; FPR 0.5 and 2/3.
    QCOMPARE(r.disparity(Disparity::EqualizedOddsDifference), 2.0 / 3.0 - 0.5);
    QCOMPARE(r.disparity(Disparity::EqualizedOddsRatio), 0.5 / (2.0 / 3.0));
    QCOMPARE(r.disparity(Disparity::EqualizedOddsDifferenceMean), (0.0 + (2.0 / 3.0 - 0.5)) / 2.0);
    QCOMPARE(r.disparity(Disparity::EqualizedOddsRatioMean), (1.0 + 0.5 / (2.0 / 3.0)) / 2.0);
    QCOMPARE(r.disparity(Disparity::EqualOpportunityDifference), 0.0);
    // Overall: SR 5/9, FPR 3/5, TPR 2/4.
    const double sr = 5.0 / 9.0;
    QCOMPARE(r.disparity(Disparity::DemographicParityDifferenceToOverall), sr - 0.5);
    QCOMPARE(r.disparity(Disparity::DemographicParityRatioToOverall), 0.5 / sr);
    QCOMPARE(r.disparity(Disparity::EqualizedOddsDifferenceToOverall), std::fabs(0.5 - 0.6));
    // AIF360, A privileged: B over A.
    QVERIFY(r.disparities.aif360.has_value());
    const SignedValues &s = r.disparities.aif360->values;
    QCOMPARE(s[size_t(SignedDisparity::DisparateImpact)], 0.6 / 0.5);
    QCOMPARE(s[size_t(SignedDisparity::StatisticalParityDifference)], 0.6 - 0.5);
    QCOMPARE(s[size_t(SignedDisparity::AverageOddsDifference)], 0.5 * ((2.0 / 3.0 - 0.5) + 0.0));
    QCOMPARE(s[size_t(SignedDisparity::EqualOpportunityDifference)], 0.0);
}

void TestFairness::ratesAreInRange()
{
    const Synthetic data = synthetic(5000, 1);
    for (double t : {0.0, 0.25, 0.5, 0.9, 1.0}) {
        FairnessOptions options;
        options.threshold = t;
        const auto report = FairnessReport::compute(data.view(), options);
        QVERIFY(report.has_value());
        for (const AttributeReport &r : report->attributes) {
            std::vector<GroupMetrics> all = r.metrics.groups;
            all.push_back(r.metrics.overall);
            for (const GroupMetrics &g : all) {
                for (int m = 0; m < kGroupMetricCount; ++m) {
                    const double v = g.value(GroupMetric(m));
                    QVERIFY2(v >= 0.0 && v <= 1.0, qPrintable(groupMetricKey(GroupMetric(m))));
                }
            }
            for (int d = 0; d < kDisparityCount; ++d) {
                const double v = r.disparities.values[size_t(d)];
                QVERIFY(std::isnan(v) || (v >= 0.0 && v <= 1.0));
            }
            // Ratios and differences are symmetric in the groups: min / max and max - min.
            const MetricSpread &sr = r.disparities.spreads[int(GroupMetric::SelectionRate)];
            QVERIFY(sr.groupMin <= sr.groupMax);
        }
    }
}

void TestFairness::aucAgreesWithModelMetrics()
{
    const Synthetic data = synthetic(3000, 2, 2); // two decimals: many ties
    const auto report = FairnessReport::compute(data.view());
    QVERIFY(report.has_value());
    const AttributeReport &r = report->attributes[0];
    for (int32_t code = 0; code < 3; ++code) {
        std::vector<double> p;
        std::vector<int8_t> y;
        for (size_t i = 0; i < data.p.size(); ++i) {
            if (data.a[i] == code) {
                p.push_back(data.p[i]);
                y.push_back(data.y[i]);
            }
        }
        const auto expected = rocAuc(p, y);
        QVERIFY(expected.has_value());
        QVERIFY(std::fabs(r.metrics.group(data.aGroups[code])->rocAuc - *expected) < 1e-12);
    }
    QVERIFY(std::fabs(r.metrics.overall.rocAuc - *rocAuc(data.p, data.y)) < 1e-12);
}

void TestFairness::permutingRowsChangesNothing()
{
    const Synthetic data = synthetic(4000, 3, 2);
    Synthetic shuffled = data;
    std::vector<size_t> order(data.p.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::shuffle(order.begin(), order.end(), std::mt19937_64(99));
    for (size_t i = 0; i < order.size(); ++i) {
        shuffled.p[i] = data.p[order[i]];
        shuffled.y[i] = data.y[order[i]];
        shuffled.a[i] = data.a[order[i]];
        shuffled.b[i] = data.b[order[i]];
    }
    const auto one = FairnessReport::compute(data.view());
    const auto two = FairnessReport::compute(shuffled.view());
    QVERIFY(one.has_value() && two.has_value());
    QCOMPARE(two->toJson(), one->toJson());
}

void TestFairness::renamingAndReorderingGroupsChangesNothing()
{
    const Synthetic data = synthetic(4000, 4);
    // New code c' = 2 - c, new names prefixed: gamma is code 0 now.
    Synthetic renamed = data;
    for (int32_t &c : renamed.a)
        c = 2 - c;
    renamed.aGroups = QStringList{"G:gamma", "G:beta", "G:alpha"};
    PredictionView view = renamed.view();
    view.attributes[0].privileged = "G:alpha";
    const auto one = FairnessReport::compute(data.view());
    const auto two = FairnessReport::compute(view);
    QVERIFY(one.has_value() && two.has_value());
    const AttributeReport &r1 = one->attributes[0];
    const AttributeReport &r2 = two->attributes[0];
    for (const GroupMetrics &g : r1.metrics.groups) {
        const GroupMetrics *h = r2.metrics.group("G:" + g.name);
        QVERIFY(h);
        QCOMPARE(h->counts, g.counts);
        QVERIFY(same(h->rocAuc, g.rocAuc));
    }
    for (int d = 0; d < kDisparityCount; ++d)
        QVERIFY(same(r1.disparities.values[size_t(d)], r2.disparities.values[size_t(d)]));
    QCOMPARE(r2.disparities.aif360->values, r1.disparities.aif360->values);
}

void TestFairness::conventions()
{
    // P has no actual positives, N no actual negatives, Z no predicted positives.
    const std::vector<double> p{0.9, 0.1, 0.8, 0.2, 0.3, 0.4, 0.6, 0.2};
    const std::vector<int8_t> y{0, 0, 1, 1, 1, 0, 1, 0};
    const std::vector<int32_t> g{0, 0, 1, 1, 2, 2, 3, 3};
    const PredictionView view{p, y, {{"g", g, {"P", "N", "Z", "Q"}, {}}}};
    const auto report = FairnessReport::compute(view);
    QVERIFY(report.has_value());
    const AttributeMetrics &m = report->attributes[0].metrics;
    const GroupMetrics &noPositives = *m.group("P");
    QCOMPARE(noPositives.value(GroupMetric::TruePositiveRate), 0.0);
    QCOMPARE(noPositives.value(GroupMetric::FalseNegativeRate), 0.0);
    QVERIFY(std::isnan(noPositives.rocAuc)); // one class: undefined, never 0.5
    const GroupMetrics &noNegatives = *m.group("N");
    QCOMPARE(noNegatives.value(GroupMetric::FalsePositiveRate), 0.0);
    QCOMPARE(noNegatives.value(GroupMetric::TrueNegativeRate), 0.0);
    const GroupMetrics &nonePredicted = *m.group("Z");
    QCOMPARE(nonePredicted.value(GroupMetric::Precision), 0.0);
    QCOMPARE(nonePredicted.value(GroupMetric::SelectionRate), 0.0);
    // The JSON says null and why.
    const QJsonObject json = noPositives.toJson();
    QVERIFY(json["roc_auc"].isNull());
    QCOMPARE(json["roc_auc_undefined"].toString(), QString("only one class"));
    // AUC spreads skip the undefined groups, as pandas skips NaN.
    const MetricSpread &auc = report->attributes[0].disparities.spreads[int(GroupMetric::RocAuc)];
    QVERIFY(!std::isnan(auc.groupMin));
}

void TestFairness::zeroOverZeroRatioIsUndefined()
{
    // Nobody is selected: every selection rate is 0, so min / max is 0 / 0.
    const std::vector<double> p{0.1, 0.2, 0.3, 0.1};
    const std::vector<int8_t> y{1, 0, 1, 0};
    const std::vector<int32_t> g{0, 0, 1, 1};
    const auto report = FairnessReport::compute(PredictionView{p, y, {{"g", g, {"A", "B"}, "A"}}});
    QVERIFY(report.has_value());
    const AttributeReport &r = report->attributes[0];
    QVERIFY(std::isnan(r.disparity(Disparity::DemographicParityRatio)));
    QVERIFY(std::isnan(r.disparity(Disparity::DemographicParityRatioToOverall)));
    QCOMPARE(r.disparity(Disparity::DemographicParityDifference), 0.0);
    // TPR and FPR are 0 everywhere too: both ratios undefined, so the EO ratios are.
    QVERIFY(std::isnan(r.disparity(Disparity::EqualizedOddsRatio)));
    QVERIFY(std::isnan(r.disparity(Disparity::EqualizedOddsRatioMean)));
    QVERIFY(std::isnan(r.disparities.aif360->values[size_t(SignedDisparity::DisparateImpact)]));
    const QJsonObject json = r.toJson();
    QVERIFY(json["demographic_parity_ratio"].isNull());
    QVERIFY(json["aif360_signed"].toObject()["disparate_impact"].isNull());
    QVERIFY(!r.warnings.isEmpty());

    // One ratio undefined, the other defined: the worst case is the defined one.
    const std::vector<double> p2{0.9, 0.2, 0.8, 0.3};
    const std::vector<int8_t> y2{0, 1, 0, 1}; // TPR 0 in both groups; FPR 1 in both
    const auto second = FairnessReport::compute(PredictionView{p2, y2, {{"g", g, {"A", "B"}, {}}}});
    QVERIFY(second.has_value());
    QCOMPARE(second->attributes[0].disparity(Disparity::EqualizedOddsRatio), 1.0);
    QCOMPARE(second->attributes[0].disparity(Disparity::EqualizedOddsRatioMean), 1.0);
}

void TestFairness::emptyMissingAndUnknown()
{
    const std::vector<double> p{0.9, 0.1, 0.8, 0.2, 0.7, 0.3, 0.6, 0.4};
    const std::vector<int8_t> y{1, 0, 1, 0, 1, 0, -1, -1};
    // "B" has no rows; "C" only rows of unknown label; two rows have no value.
    const std::vector<int32_t> g{0, 0, 0, 0, -1, -1, 2, 2};
    const auto report = FairnessReport::compute(
        PredictionView{p, y, {{"g", g, {"A", "B", "C"}, "A"}}});
    QVERIFY(report.has_value());
    QCOMPARE(report->rows, qint64(8));
    QCOMPARE(report->rowsUsed, qint64(6));
    QCOMPARE(report->unknownLabels, qint64(2));
    const AttributeReport &r = report->attributes[0];
    QCOMPARE(r.metrics.emptyGroups, QStringList({"B", "C"}));
    QCOMPARE(r.metrics.groups.size(), size_t(2));
    QCOMPARE(r.metrics.groups[1].name, missingGroupName());
    QVERIFY(r.metrics.groups[1].missing);
    QCOMPARE(r.metrics.overall.counts.count(), qint64(6));
    // The missing group is neither privileged nor unprivileged: AIF360 has nothing to compare.
    QVERIFY(r.disparities.aif360.has_value());
    QCOMPARE(r.disparities.aif360->unprivilegedCounts.count(), qint64(0));
    QVERIFY(std::isnan(r.disparities.aif360->values[0]));
    // A privileged group without rows: no AIF360 block, a warning instead.
    const auto absent = FairnessReport::compute(
        PredictionView{p, y, {{"g", g, {"A", "B", "C"}, "B"}}});
    QVERIFY(absent.has_value());
    QVERIFY(!absent->attributes[0].disparities.aif360.has_value());
    QVERIFY(absent->attributes[0].warnings.join(' ').contains("'B'"));
    QCOMPARE(report->warnings.size(), qsizetype(1)); // the two unknown labels
}

void TestFairness::missingGroupIsComparedWithNobody()
{
    // Groups A and B select half their rows each; three rows without a value select nobody.
    // They get their own metrics, but decide no disparity: the ratio stays 1, as without them.
    std::vector<double> p;
    std::vector<int8_t> y;
    std::vector<int32_t> code;
    for (int i = 0; i < 1000; ++i) {
        p.push_back(i % 2 ? 0.9 : 0.1);
        y.push_back(int8_t(i % 3 == 0));
        code.push_back(i < 500 ? 0 : 1);
    }
    for (int i = 0; i < 3; ++i) {
        p.push_back(0.2);
        y.push_back(1);
        code.push_back(-1);
    }
    const QStringList groups{"A", "B"};
    const PredictionView view{p, y, {{"g", code, groups, "A"}}};
    const auto report = FairnessReport::compute(view);
    QVERIFY(report.has_value());
    const AttributeReport &a = report->attributes[0];
    QCOMPARE(a.metrics.groups.size(), size_t(3));
    QVERIFY(a.metrics.groups[2].missing);
    QCOMPARE(a.metrics.groups[2].value(GroupMetric::SelectionRate), 0.0);
    QCOMPARE(a.disparity(Disparity::DemographicParityRatio), 1.0);
    QCOMPARE(a.disparity(Disparity::DemographicParityDifference), 0.0);
    QVERIFY(a.disparity(Disparity::DemographicParityRatioToOverall) > 0.99);
    // With bootstrap intervals the resampled disparities leave it out too.
    FairnessOptions options;
    options.bootstrap = BootstrapOptions{};
    options.bootstrap->resamples = 50;
    options.bootstrap->rocAuc = false;
    const auto withIntervals = FairnessReport::compute(view, options);
    QVERIFY(withIntervals.has_value());
    const QJsonObject json = withIntervals->toJson();
    QVERIFY(!json.isEmpty());
}

void TestFairness::smallGroupsAreFlagged()
{
    const Synthetic data = synthetic(2000, 5);
    FairnessOptions options;
    options.smallGroups.minCount = 700; // groups have about 667 rows
    const auto report = FairnessReport::compute(data.view(), options);
    QVERIFY(report.has_value());
    for (const GroupMetrics &g : report->attributes[0].metrics.groups)
        QCOMPARE(g.small, g.counts.count() < 700);
    QVERIFY(!report->attributes[0].smallGroups().isEmpty());
    const QJsonObject json = report->toJson();
    QCOMPARE(json["small_group_rule"].toObject()["min_count"].toInt(), 700);
    // The default rule: 30 members, 5 positives.
    const std::vector<double> p(40, 0.7);
    std::vector<int8_t> y(40, 0);
    y[0] = y[1] = y[2] = y[3] = 1; // 4 positives: small although 40 members
    const std::vector<int32_t> g(40, 0);
    const auto few = FairnessReport::compute(PredictionView{p, y, {{"g", g, {"A"}, {}}}});
    QVERIFY(few.has_value());
    QVERIFY(few->attributes[0].metrics.groups[0].small);
}

void TestFairness::jsonHasStableKeys()
{
    const Synthetic data = synthetic(1000, 6);
    const auto report = FairnessReport::compute(data.view());
    QVERIFY(report.has_value());
    const QJsonObject json = report->toJson();
    QCOMPARE(json["format"].toString(), QString("mizan.fairness-report/1"));
    const QJsonObject a = json["sensitive_features"].toObject()["a"].toObject();
    for (const char *key : {"groups_order",
                            "by_group",
                            "overall",
                            "group_min",
                            "group_max",
                            "difference_between_groups",
                            "ratio_between_groups",
                            "difference_to_overall",
                            "ratio_to_overall",
                            "aif360_signed",
                            "demographic_parity_difference",
                            "demographic_parity_ratio",
                            "equalized_odds_difference",
                            "equalized_odds_ratio",
                            "equalized_odds_difference_mean",
                            "equal_opportunity_difference",
                            "demographic_parity_ratio_to_overall",
                            "equalized_odds_difference_to_overall",
                            "warnings",
                            "small_groups"})
        QVERIFY2(a.contains(QLatin1String(key)), key);
    const QJsonObject alpha = a["by_group"].toObject()["alpha"].toObject();
    for (int m = 0; m < kGroupMetricCount; ++m)
        QVERIFY(alpha[groupMetricKey(GroupMetric(m))].isDouble());
    QCOMPARE(a["aif360_signed"].toObject()["privileged"].toString(), QString("alpha"));
    QVERIFY(!json["sensitive_features"].toObject()["b"].toObject().contains("aif360_signed"));
}

void TestFairness::badInput_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("mentions");
    // clang-format off
    QTest::newRow("fewer labels")          << 0 << "labels";
    QTest::newRow("fewer codes")           << 1 << "rows";
    QTest::newRow("NaN probability")       << 2 << "row 1";
    QTest::newRow("probability above 1")   << 3 << "row 2";
    QTest::newRow("label 2")               << 4 << "row 0";
    QTest::newRow("threshold below 0")     << 5 << "threshold";
    QTest::newRow("threshold above 1")     << 6 << "threshold";
    QTest::newRow("threshold NaN")         << 7 << "threshold";
    QTest::newRow("attribute, no groups")  << 8 << "no groups";
    QTest::newRow("code out of range")     << 9 << "group code";
    QTest::newRow("no attributes")         << 10 << "attribute";
    QTest::newRow("attribute twice")       << 11 << "twice";
    QTest::newRow("no known label")        << 12 << "label";
    QTest::newRow("group named twice")     << 13 << "twice";
    QTest::newRow("infinite probability")  << 14 << "row 0";
    // clang-format on
}

void TestFairness::badInput()
{
    QFETCH(int, which);
    QFETCH(QString, mentions);
    std::vector<double> p{0.2, 0.4, 0.6, 0.8};
    std::vector<int8_t> y{0, 1, 0, 1};
    std::vector<int32_t> g{0, 1, 0, 1};
    const std::vector<int32_t> shortCodes{0, 1};
    const std::vector<int32_t> badCodes{0, 1, 5, 1};
    PredictionView view{p, y, {{"g", g, {"A", "B"}, {}}}};
    FairnessOptions options;
    switch (which) {
    case 0:
        view.labels = std::span<const int8_t>(y.data(), 3);
        break;
    case 1:
        view.attributes[0].codes = shortCodes;
        break;
    case 2:
        p[1] = kNaN;
        break;
    case 3:
        p[2] = 1.5;
        break;
    case 4:
        y[0] = 2;
        break;
    case 5:
        options.threshold = -0.1;
        break;
    case 6:
        options.threshold = 1.5;
        break;
    case 7:
        options.threshold = kNaN;
        break;
    case 8:
        view.attributes[0].groups.clear();
        break;
    case 9:
        view.attributes[0].codes = badCodes;
        break;
    case 10:
        view.attributes.clear();
        break;
    case 11:
        view.attributes.push_back(view.attributes[0]);
        break;
    case 12:
        std::fill(y.begin(), y.end(), int8_t(-1));
        break;
    case 13:
        view.attributes[0].groups = QStringList{"A", "A"};
        break;
    case 14:
        p[0] = std::numeric_limits<double>::infinity();
        break;
    }
    const auto report = FairnessReport::compute(view, options);
    QVERIFY(!report.has_value());
    QCOMPARE(report.error().code, ErrorCode::InvalidInput);
    QVERIFY2(report.error().message.contains(mentions), qPrintable(report.error().message));
}

void TestFairness::groupingFromDataset()
{
    Dataset data;
    data.setRowCount(6);
    Column age;
    age.name = "age";
    age.kind = ColumnKind::Numeric;
    age.numbers = {18, 25, 60, 61, kNaN, 40};
    Column marital;
    marital.name = "marital";
    marital.kind = ColumnKind::Categorical;
    marital.dictionary = QStringList{"single", "married", "divorced"}; // first-seen order
    marital.codes = {0, 1, 2, -1, 1, 0};
    data.columns = {age, marital};
    SensitiveSpec ageSpec;
    ageSpec.column = "age";
    ageSpec.name = "age_group";
    ageSpec.edges = {25, 61};
    ageSpec.labels = QStringList{"<25", "25-60", ">60"};
    ageSpec.privileged = "25-60";
    SensitiveSpec maritalSpec;
    maritalSpec.column = "marital";
    maritalSpec.name = "marital";
    data.spec.sensitive = {ageSpec, maritalSpec};

    const auto ageGroups = groupSensitive(data, ageSpec);
    QVERIFY(ageGroups.has_value());
    QCOMPARE(ageGroups->codes, (std::vector<int32_t>{0, 1, 1, 2, -1, 1}));
    QCOMPARE(ageGroups->groups, ageSpec.labels);
    QCOMPARE(ageGroups->privileged, QString("25-60"));
    const auto maritalGroups = groupSensitive(data, maritalSpec);
    QVERIFY(maritalGroups.has_value());
    QCOMPARE(maritalGroups->groups, QStringList({"divorced", "married", "single"})); // sorted
    QCOMPARE(maritalGroups->codes, (std::vector<int32_t>{2, 1, 0, -1, 1, 2}));
    const auto both = groupByName(data, "age_group|marital");
    QVERIFY(both.has_value());
    QCOMPARE(both->groups.size(), qsizetype(9));
    QCOMPARE(both->groups[1], QString("<25|married"));
    QCOMPARE(both->codes[0], 2);  // <25|single
    QCOMPARE(both->codes[3], -1); // marital missing
    QCOMPARE(both->codes[4], -1); // age missing
    const auto unknown = groupByName(data, "gender");
    QVERIFY(!unknown.has_value());
    QVERIFY(unknown.error().message.contains("age_group, marital"));
    SensitiveSpec binnedText = maritalSpec;
    binnedText.edges = {1};
    binnedText.labels = QStringList{"lo", "hi"};
    QVERIFY(!groupSensitive(data, binnedText).has_value());
    SensitiveSpec absent;
    absent.column = "income";
    QVERIFY(!groupSensitive(data, absent).has_value());
    // A numeric column without edges: grouped by its distinct values.
    SensitiveSpec rawAge;
    rawAge.column = "age";
    const auto distinct = groupSensitive(data, rawAge);
    QVERIFY(distinct.has_value());
    QCOMPARE(distinct->groups, QStringList({"18", "25", "40", "60", "61"}));
}

QTEST_GUILESS_MAIN(TestFairness)
#include "TestFairness.moc"
