// Threshold sweep and fairlearn's ThresholdOptimizer (core/fairness/ThresholdSweep,
// ThresholdOptimizer): the sweep agrees with the report at every threshold; the optimizer's
// rules are checked by hand on a small case and by their promises on random data.

#include "fairness/FairnessReport.h"
#include "fairness/ThresholdSweep.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <random>

using namespace mizan;

namespace {

double uniform(std::mt19937_64 &g)
{
    return double(g() >> 11) * 0x1.0p-53;
}

struct Synthetic
{
    std::vector<double> p;
    std::vector<int8_t> y;
    std::vector<int32_t> a;

    PredictionView view() const
    {
        return PredictionView{p, y, {{"a", a, {"alpha", "beta", "gamma", "delta"}, {}}}};
    }
};

Synthetic synthetic(size_t n, quint64 seed)
{
    std::mt19937_64 g(seed);
    Synthetic s;
    for (size_t i = 0; i < n; ++i) {
        const auto a = int32_t(g() % 4);
        const double p = std::round(uniform(g) * (0.5 + 0.15 * a) * 200.0) / 200.0;
        s.p.push_back(p);
        s.y.push_back(uniform(g) < 0.05 + 0.8 * p ? 1 : 0);
        s.a.push_back(g() % 50 == 0 ? -1 : a); // a few missing values: their own group
    }
    return s;
}

/** The small case worked by hand in the comments below. */
struct HandCase
{
    std::vector<double> p{0.9, 0.7, 0.4, 0.2, 0.8, 0.6, 0.3, 0.1};
    std::vector<int8_t> y{1, 1, 0, 0, 1, 0, 1, 0};
    std::vector<int32_t> g{0, 0, 0, 0, 1, 1, 1, 1};

    PredictionView view() const { return PredictionView{p, y, {{"g", g, {"A", "B"}, {}}}}; }
};

} // namespace

class TestFairnessThresholds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sweepEqualsTheReportAtEachThreshold();
    void sweepKeepsTheRequestedOrder();
    void sweepRejectsBadThresholds();
    void demographicParityByHand();
    void equalizedOddsByHand();
    void optimizerKeepsItsPromises_data();
    void optimizerKeepsItsPromises();
    void optimizerNeedsBothClasses();
    void reportCarriesOptimizerRuns();
};

void TestFairnessThresholds::sweepEqualsTheReportAtEachThreshold()
{
    const Synthetic data = synthetic(5000, 1);
    const auto ranked = RankedPredictions::prepare(data.view());
    QVERIFY(ranked.has_value());
    const auto sweep = sweepThresholds(*ranked, 0);
    QVERIFY(sweep.has_value());
    QCOMPARE(sweep->thresholds.size(), size_t(101));
    for (size_t t = 0; t < sweep->thresholds.size(); t += 7) {
        FairnessOptions options;
        options.threshold = sweep->thresholds[t];
        const auto report = FairnessReport::compute(*ranked, options);
        QVERIFY(report.has_value());
        const AttributeMetrics &m = report->attributes[0].metrics;
        QCOMPARE(sweep->groups.size(), qsizetype(m.groups.size()));
        for (size_t g = 0; g < m.groups.size(); ++g) {
            QCOMPARE(sweep->counts[t][g], m.groups[g].counts);
            QCOMPARE(sweep->rate(t, g, GroupMetric::TruePositiveRate),
                     m.groups[g].value(GroupMetric::TruePositiveRate));
        }
        QCOMPARE(sweep->overall[t], m.overall.counts);
    }
    // Every row is positive at 0, none above the largest probability.
    QCOMPARE(sweep->overall[0].predictedPositives(), ranked->knownCount());
    QCOMPARE(sweep->groups.last(), missingGroupName());
}

void TestFairnessThresholds::sweepKeepsTheRequestedOrder()
{
    const HandCase data;
    const auto ranked = RankedPredictions::prepare(data.view());
    QVERIFY(ranked.has_value());
    const std::vector<double> thresholds{0.5, 0.1, 0.9, 0.5, 1.0, 0.0};
    const auto sweep = sweepThresholds(*ranked, 0, thresholds);
    QVERIFY(sweep.has_value());
    QCOMPARE(sweep->thresholds, thresholds);
    const std::vector<qint64> expected{4, 8, 1, 4, 0, 8}; // p >= t, over all 8 rows
    for (size_t t = 0; t < thresholds.size(); ++t)
        QCOMPARE(sweep->overall[t].predictedPositives(), expected[t]);
    const QJsonObject json = sweep->toJson();
    QCOMPARE(json["thresholds"].toArray().size(), qsizetype(6));
    const QJsonArray sr = json["by_group"].toObject()["B"].toObject()["selection_rate"].toArray();
    QCOMPARE(sr.size(), qsizetype(6));
    QCOMPARE(sr[0].toDouble(), 0.5); // B: 0.8 and 0.6 at 0.5
}

void TestFairnessThresholds::sweepRejectsBadThresholds()
{
    const HandCase data;
    const auto ranked = RankedPredictions::prepare(data.view());
    QVERIFY(ranked.has_value());
    for (double bad : {-0.01, 1.01, std::nan("")}) {
        const std::vector<double> t{0.5, bad};
        const auto sweep = sweepThresholds(*ranked, 0, t);
        QVERIFY(!sweep.has_value());
        QCOMPARE(sweep.error().code, ErrorCode::InvalidInput);
    }
    QVERIFY(!sweepThresholds(*ranked, 3).has_value());
}

void TestFairnessThresholds::demographicParityByHand()
{
    // A: 0.9+ 0.7+ 0.4- 0.2-. Its (selection rate, accuracy) hull is (0, .5) (.5, 1) (1, .5).
    // B: 0.8+ 0.6- 0.3+ 0.1-. Hull (0, .5) (.25, .75) (.75, .75) (1, .5).
    // Half the rows each: the weighted accuracy peaks at selection rate .5 with .875. There A
    // takes "p > 0.55" outright; B mixes "p > 0.7" and "p > 0.2" half and half.
    const HandCase data;
    const auto ranked = RankedPredictions::prepare(data.view());
    QVERIFY(ranked.has_value());
    const auto dp = optimizeThresholds(*ranked, 0, FairnessConstraint::DemographicParity);
    QVERIFY(dp.has_value());
    QCOMPARE(dp->constraintValue, 0.5);
    QCOMPARE(dp->objective, 0.875);
    QCOMPARE(dp->accuracy, 0.875);
    const GroupThresholdRule &a = dp->groups[0];
    QCOMPARE(a.p0, 0.0);
    QCOMPARE(a.p1, 1.0);
    QVERIFY(a.operation1.greater);
    QCOMPARE(a.operation1.threshold, (0.7 + 0.4) / 2);
    QVERIFY(!a.randomised());
    const GroupThresholdRule &b = dp->groups[1];
    QCOMPARE(b.p0, 0.5);
    QCOMPARE(b.p1, 0.5);
    QCOMPARE(b.operation0.threshold, (0.8 + 0.6) / 2);
    QCOMPARE(b.operation1.threshold, (0.3 + 0.1) / 2);
    QVERIFY(b.randomised());
    QCOMPARE(a.selectionRate, 0.5);
    QCOMPARE(b.selectionRate, 0.5);
    QCOMPARE(dp->violation, 0.0);
    // Against one threshold of 0.5: accuracy (4 + 2) / 8, selection rates .5 and .5.
    QCOMPARE(dp->baselineAccuracy, 0.75);
    QCOMPARE(dp->baselineViolation, 0.0);
    const QJsonObject json = dp->toJson();
    QCOMPARE(json["constraint"].toString(), QString("demographic_parity"));
    QCOMPARE(json["applied"].toBool(), false);
    QCOMPARE(
        json["by_group"].toObject()["B"].toObject()["operation0"].toObject()["operator"].toString(),
        QString(">"));
}

void TestFairnessThresholds::equalizedOddsByHand()
{
    // ROC hulls: A (0, 0) (0, 1) (1, 1); B (0, 0) (0, .5) (.5, 1) (1, 1). The lower hull is B's;
    // accuracy (y_min + 1 - x) / 2 is .75 for every x in [0, .5] (rounded to 15 decimals), so
    // the first grid point wins: FPR 0, TPR .5. B takes "p > 0.7"; A takes "p > 0.55" but
    // half the time says 0 instead (p_ignore .5, constant 0).
    const HandCase data;
    const auto ranked = RankedPredictions::prepare(data.view());
    QVERIFY(ranked.has_value());
    const auto eo = optimizeThresholds(*ranked, 0, FairnessConstraint::EqualizedOdds);
    QVERIFY(eo.has_value());
    QCOMPARE(eo->constraintValue, 0.0);
    QCOMPARE(eo->truePositiveRate, 0.5);
    QCOMPARE(eo->objective, 0.75);
    QCOMPARE(eo->accuracy, 0.75);
    const GroupThresholdRule &a = eo->groups[0];
    QCOMPARE(a.pIgnore, 0.5);
    QCOMPARE(a.predictionConstant, 0.0);
    QCOMPARE(a.p0, 1.0);
    QCOMPARE(a.operation0.threshold, (0.7 + 0.4) / 2);
    QVERIFY(a.randomised());
    const GroupThresholdRule &b = eo->groups[1];
    QCOMPARE(b.pIgnore, 0.0);
    QCOMPARE(b.p0, 1.0);
    QCOMPARE(b.operation0.threshold, (0.8 + 0.6) / 2);
    for (const GroupThresholdRule &g : eo->groups) {
        QCOMPARE(g.truePositiveRate, 0.5);
        QCOMPARE(g.falsePositiveRate, 0.0);
    }
    QCOMPARE(eo->violation, 0.0);
    QCOMPARE(eo->baselineViolation, 0.5); // TPR 1 vs .5, FPR 0 vs .5 at 0.5
    // Thresholds at +-infinity are written as strings.
    const QJsonObject op1
        = eo->toJson()["by_group"].toObject()["A"].toObject()["operation1"].toObject();
    QCOMPARE(op1["threshold"].toString(), QString("-inf"));
}

void TestFairnessThresholds::optimizerKeepsItsPromises_data()
{
    QTest::addColumn<int>("constraint");
    QTest::addColumn<bool>("flip");
    QTest::addColumn<int>("grid");
    // clang-format off
    QTest::newRow("DP")            << int(FairnessConstraint::DemographicParity) << false << 1000;
    QTest::newRow("DP, flip")      << int(FairnessConstraint::DemographicParity) << true  << 1000;
    QTest::newRow("DP, coarse")    << int(FairnessConstraint::DemographicParity) << false << 10;
    QTest::newRow("EO")            << int(FairnessConstraint::EqualizedOdds)     << false << 1000;
    QTest::newRow("EO, flip")      << int(FairnessConstraint::EqualizedOdds)     << true  << 1000;
    // clang-format on
}

void TestFairnessThresholds::optimizerKeepsItsPromises()
{
    QFETCH(int, constraint);
    QFETCH(bool, flip);
    QFETCH(int, grid);
    const Synthetic data = synthetic(6000, 2);
    const auto ranked = RankedPredictions::prepare(data.view());
    QVERIFY(ranked.has_value());
    const auto c = FairnessConstraint(constraint);
    const auto run = optimizeThresholds(*ranked, 0, c, ThresholdOptimizerOptions{grid, flip});
    QVERIFY(run.has_value());
    QCOMPARE(run->groups.size(), size_t(5)); // four groups and the missing one
    // The constraint holds in expectation, and the grid optimum is the rules' accuracy.
    QVERIFY2(run->violation < 1e-9, qPrintable(QString::number(run->violation)));
    QVERIFY(std::fabs(run->objective - run->accuracy) < 1e-9);
    for (const GroupThresholdRule &g : run->groups) {
        QVERIFY(std::fabs(g.p0 + g.p1 - 1.0) < 1e-12);
        QVERIFY(g.p0 >= 0.0 && g.p1 >= 0.0 && g.pIgnore >= 0.0 && g.pIgnore <= 1.0);
        if (c == FairnessConstraint::DemographicParity)
            QVERIFY(std::fabs(g.selectionRate - run->constraintValue) < 1e-9);
        else
            QVERIFY(std::fabs(g.falsePositiveRate - run->constraintValue) < 1e-9);
    }
    // Fairness costs accuracy: never more than the best single threshold could have; and the
    // optimizer does at least as well as a constant rule.
    QVERIFY(run->accuracy <= 1.0);
    QVERIFY(run->accuracy >= 0.5 * std::min(run->baselineAccuracy, 1.0));
    // Deterministic.
    const auto again = optimizeThresholds(*ranked, 0, c, ThresholdOptimizerOptions{grid, flip});
    QCOMPARE(again->toJson(), run->toJson());
}

void TestFairnessThresholds::optimizerNeedsBothClasses()
{
    HandCase data;
    data.y[4] = 0;
    data.y[6] = 0; // group B has no positives now
    const auto ranked = RankedPredictions::prepare(data.view());
    QVERIFY(ranked.has_value());
    const auto run = optimizeThresholds(*ranked, 0, FairnessConstraint::EqualizedOdds);
    QVERIFY(!run.has_value());
    QCOMPARE(run.error().code, ErrorCode::InvalidInput);
    QVERIFY(run.error().message.contains("'B'"));
    QVERIFY(!optimizeThresholds(*ranked, 0, FairnessConstraint::DemographicParity, {5, false}));
    QVERIFY(!optimizeThresholds(*ranked, 0, FairnessConstraint::DemographicParity, {}, 2.0));
    // In a report, the failure is recorded, not fatal.
    FairnessOptions options;
    options.optimizer = {FairnessConstraint::DemographicParity};
    const auto report = FairnessReport::compute(*ranked, options);
    QVERIFY(report.has_value());
    QVERIFY(!report->attributes[0].optimizer[0].result.has_value());
    QVERIFY(report->attributes[0]
                .toJson()["threshold_optimizer"]
                .toObject()["demographic_parity"]
                .toObject()
                .contains("error"));
}

void TestFairnessThresholds::reportCarriesOptimizerRuns()
{
    const HandCase data;
    FairnessOptions options;
    options.optimizer = {FairnessConstraint::DemographicParity, FairnessConstraint::EqualizedOdds};
    const auto report = FairnessReport::compute(data.view(), options);
    QVERIFY(report.has_value());
    const QJsonObject runs = report->attributes[0].toJson()["threshold_optimizer"].toObject();
    QCOMPARE(runs["demographic_parity"].toObject()["objective_value"].toDouble(), 0.875);
    QCOMPARE(runs["equalized_odds"].toObject()["true_positive_rate"].toDouble(), 0.5);
    QCOMPARE(constraintFromKey("equalized_odds"), FairnessConstraint::EqualizedOdds);
    QVERIFY(!constraintFromKey("equal_odds").has_value());
}

QTEST_GUILESS_MAIN(TestFairnessThresholds)
#include "TestFairnessThresholds.moc"
