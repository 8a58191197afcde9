// The fairness bootstrap (core/fairness/Bootstrap, Sampling): our own portable distributions,
// deterministic intervals for a seed whatever the thread count, coverage of the point estimates,
// and the time 1,000 resamples of 100,000 rows take.

#include "fairness/FairnessReport.h"
#include "fairness/Sampling.h"

#include <QMutex>
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

struct Synthetic
{
    std::vector<double> p;
    std::vector<int8_t> y;
    std::vector<int32_t> a;
    std::vector<int32_t> b;

    PredictionView view() const
    {
        return PredictionView{p,
                              y,
                              {{"a", a, {"alpha", "beta", "gamma"}, "alpha"},
                               {"b", b, {"w", "x", "y", "z"}, {}}}};
    }
};

/** Group alpha selects far more than beta and gamma: a disparity well away from zero. */
Synthetic synthetic(size_t n, quint64 seed)
{
    std::mt19937_64 g(seed);
    Synthetic s;
    for (size_t i = 0; i < n; ++i) {
        const auto a = int32_t(g() % 3);
        const double p = std::round(std::min(1.0, uniform(g) * (1.0 - 0.3 * a)) * 1000.0) / 1000.0;
        s.p.push_back(p);
        s.y.push_back(uniform(g) < 0.1 + 0.7 * p ? 1 : 0);
        s.a.push_back(a);
        s.b.push_back(int32_t(g() % 4));
    }
    return s;
}

bool sameInterval(const Interval &x, const Interval &y)
{
    const auto same = [](double u, double v) { return u == v || (std::isnan(u) && std::isnan(v)); };
    return same(x.lower, y.lower) && same(x.upper, y.upper) && x.undefined == y.undefined;
}

bool sameIntervals(const AttributeIntervals &x, const AttributeIntervals &y)
{
    bool same = x.groups.size() == y.groups.size();
    for (size_t g = 0; same && g < x.groups.size(); ++g) {
        for (int m = 0; m < kGroupMetricCount; ++m)
            same = same && sameInterval(x.groups[g][size_t(m)], y.groups[g][size_t(m)]);
    }
    for (int m = 0; m < kGroupMetricCount; ++m)
        same = same && sameInterval(x.overall[size_t(m)], y.overall[size_t(m)]);
    for (int d = 0; d < kDisparityCount; ++d)
        same = same && sameInterval(x.disparities[size_t(d)], y.disparities[size_t(d)]);
    for (int d = 0; d < kSignedDisparityCount; ++d)
        same = same && sameInterval(x.aif360[size_t(d)], y.aif360[size_t(d)]);
    return same;
}

Result<FairnessReport> withBootstrap(
    const PredictionView &view, quint64 seed, int threads, int resamples = 200, bool auc = true)
{
    FairnessOptions options;
    options.bootstrap = BootstrapOptions{resamples, seed, 0.95, threads, auc};
    return FairnessReport::compute(view, options);
}

} // namespace

class TestFairnessBootstrap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binomialMoments_data();
    void binomialMoments();
    void multinomialSumsToN();
    void uniformBelowIsUniform();
    void streamsAreFixed();
    void percentileIsNumpys();
    void deterministicForASeedAndAnyThreadCount();
    void rowOrderDoesNotMatter();
    void intervalsContainThePointEstimates();
    void tinyGroupsAreUndefinedInSomeResamples();
    void badOptionsAndCancel();
};

void TestFairnessBootstrap::binomialMoments_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("p");
    // clang-format off
    QTest::newRow("inversion, tiny")   << qint64(5)       << 0.3;
    QTest::newRow("inversion, rare")   << qint64(100)     << 0.05;
    QTest::newRow("btrs, fair")        << qint64(1000)    << 0.5;
    QTest::newRow("btrs, skewed")      << qint64(100000)  << 0.02;
    QTest::newRow("mirrored, p > 1/2") << qint64(50)      << 0.9;
    QTest::newRow("btrs, large n")     << qint64(1000000) << 0.3;
    QTest::newRow("border n p = 10")   << qint64(20)      << 0.5;
    // clang-format on
}

void TestFairnessBootstrap::binomialMoments()
{
    QFETCH(qint64, n);
    QFETCH(double, p);
    std::mt19937_64 g(12345);
    constexpr int kDraws = 40000;
    double sum = 0.0;
    double sumSq = 0.0;
    for (int i = 0; i < kDraws; ++i) {
        const qint64 x = sampling::binomial(g, n, p);
        QVERIFY(x >= 0 && x <= n);
        sum += double(x);
        sumSq += double(x) * double(x);
    }
    const double mean = sum / kDraws;
    const double variance = sumSq / kDraws - mean * mean;
    const double expectedVariance = double(n) * p * (1.0 - p);
    const double standardError = std::sqrt(expectedVariance / kDraws);
    QVERIFY2(std::fabs(mean - double(n) * p) < 5.0 * standardError,
             qPrintable(QString("mean %1, expected %2").arg(mean).arg(double(n) * p)));
    QVERIFY2(std::fabs(variance / expectedVariance - 1.0) < 0.05,
             qPrintable(QString("variance %1, expected %2").arg(variance).arg(expectedVariance)));
    // The edges.
    QCOMPARE(sampling::binomial(g, n, 0.0), qint64(0));
    QCOMPARE(sampling::binomial(g, n, 1.0), n);
    QCOMPARE(sampling::binomial(g, 0, p), qint64(0));
}

void TestFairnessBootstrap::multinomialSumsToN()
{
    std::mt19937_64 g(3);
    const std::vector<qint64> weights{5, 0, 100, 1, 37, 0, 857};
    std::vector<qint64> out(weights.size());
    std::vector<double> total(weights.size(), 0.0);
    for (int i = 0; i < 2000; ++i) {
        sampling::multinomial(g, 1000, weights, out);
        QCOMPARE(std::accumulate(out.begin(), out.end(), qint64(0)), qint64(1000));
        QCOMPARE(out[1], qint64(0));
        QCOMPARE(out[5], qint64(0));
        for (size_t c = 0; c < out.size(); ++c)
            total[c] += double(out[c]);
    }
    for (size_t c = 0; c < out.size(); ++c) // means within 2 % of n w / W
        QVERIFY(std::fabs(total[c] / 2000.0 - double(weights[c]))
                <= 0.02 * double(weights[c]) + 0.2);
    const std::vector<qint64> none(3, 0);
    std::vector<qint64> zeros(3, 7);
    sampling::multinomial(g, 10, none, zeros);
    QCOMPARE(zeros, std::vector<qint64>(3, 0));
}

void TestFairnessBootstrap::uniformBelowIsUniform()
{
    std::mt19937_64 g(4);
    std::vector<int> counts(7, 0);
    for (int i = 0; i < 70000; ++i)
        ++counts[size_t(sampling::uniformBelow(g, 7))];
    for (int c : counts)
        QVERIFY(std::abs(c - 10000) < 500);
    QCOMPARE(sampling::uniformBelow(g, 1), quint64(0));
    for (int i = 0; i < 1000; ++i) {
        const double u = sampling::uniformOpen(g);
        QVERIFY(u > 0.0 && u < 1.0);
    }
}

void TestFairnessBootstrap::streamsAreFixed()
{
    // Golden values: any change to the generators or distributions breaks reproducibility of
    // stored intervals, on this machine or another (mt19937_64's output is standard).
    std::mt19937_64 g = sampling::resampleGenerator(42, 7);
    std::mt19937_64 h = sampling::resampleGenerator(42, 7);
    QCOMPARE(g(), h());
    std::vector<qint64> draws;
    for (int i = 0; i < 4; ++i)
        draws.push_back(sampling::binomial(g, 1000, 0.3));
    draws.push_back(sampling::binomial(g, 12, 0.2));
    draws.push_back(qint64(sampling::uniformBelow(g, 1000000)));
    sampling::IndexSampler index(g);
    draws.push_back(qint64(index.below(3)));
    draws.push_back(qint64(index.below(100000)));
    draws.push_back(qint64(index.below(4000000000u)));
    QCOMPARE(draws, (std::vector<qint64>{277, 296, 282, 289, 1, 595289, 1, 45408, 2929051075}));
    QVERIFY(sampling::resampleGenerator(42, 8)() != sampling::resampleGenerator(42, 7)());
    QVERIFY(sampling::resampleGenerator(43, 7)() != sampling::resampleGenerator(42, 7)());
}

void TestFairnessBootstrap::percentileIsNumpys()
{
    const std::vector<double> four{1, 2, 3, 4};
    QCOMPARE(sampling::percentile(four, 0.25), 1.75); // numpy.percentile([1,2,3,4], 25)
    QCOMPARE(sampling::percentile(four, 0.0), 1.0);
    QCOMPARE(sampling::percentile(four, 1.0), 4.0);
    std::vector<double> hundred(100);
    std::iota(hundred.begin(), hundred.end(), 0.0);
    QCOMPARE(sampling::percentile(hundred, 0.975), 96.525);
    QCOMPARE(sampling::percentile(std::vector<double>{10}, 0.3), 10.0);
    QVERIFY(std::isnan(sampling::percentile(std::vector<double>{}, 0.5)));
}

void TestFairnessBootstrap::deterministicForASeedAndAnyThreadCount()
{
    const Synthetic data = synthetic(3000, 1);
    const auto one = withBootstrap(data.view(), 7, 1);
    const auto two = withBootstrap(data.view(), 7, 2);
    const auto three = withBootstrap(data.view(), 7, 3);
    const auto again = withBootstrap(data.view(), 7, 2);
    const auto other = withBootstrap(data.view(), 8, 2);
    QVERIFY(one && two && three && again && other);
    for (size_t a = 0; a < 2; ++a) {
        const AttributeIntervals &reference = *one->attributes[a].intervals;
        QVERIFY(sameIntervals(*two->attributes[a].intervals, reference));
        QVERIFY(sameIntervals(*three->attributes[a].intervals, reference));
        QVERIFY(sameIntervals(*again->attributes[a].intervals, reference));
        QVERIFY(!sameIntervals(*other->attributes[a].intervals, reference));
    }
    QCOMPARE(two->toJson(), one->toJson());
    // An attribute's intervals do not depend on which other attributes are present.
    PredictionView alone = data.view();
    alone.attributes.erase(alone.attributes.begin());
    const auto onlyB = withBootstrap(alone, 7, 2);
    QVERIFY(onlyB.has_value());
    QVERIFY(sameIntervals(*onlyB->attributes[0].intervals, *one->attributes[1].intervals));
    const QJsonObject settings = one->toJson()["bootstrap"].toObject();
    QCOMPARE(settings["seed"].toInteger(), qint64(7));
    QCOMPARE(settings["resamples"].toInt(), 200);
}

void TestFairnessBootstrap::rowOrderDoesNotMatter()
{
    const Synthetic data = synthetic(2000, 2);
    Synthetic reversed = data;
    std::reverse(reversed.p.begin(), reversed.p.end());
    std::reverse(reversed.y.begin(), reversed.y.end());
    std::reverse(reversed.a.begin(), reversed.a.end());
    std::reverse(reversed.b.begin(), reversed.b.end());
    const auto one = withBootstrap(data.view(), 11, 2);
    const auto two = withBootstrap(reversed.view(), 11, 2);
    QVERIFY(one && two);
    QCOMPARE(two->toJson(), one->toJson());
}

void TestFairnessBootstrap::intervalsContainThePointEstimates()
{
    const Synthetic data = synthetic(20000, 3);
    const auto report = withBootstrap(data.view(), 5, 0, 500);
    QVERIFY(report.has_value());
    for (const AttributeReport &r : report->attributes) {
        const AttributeIntervals &iv = *r.intervals;
        for (size_t g = 0; g < r.metrics.groups.size(); ++g) {
            for (int m = 0; m < kGroupMetricCount; ++m) {
                const double v = r.metrics.groups[g].value(GroupMetric(m));
                QVERIFY2(iv.groups[g][size_t(m)].contains(v),
                         qPrintable(r.name() + " " + r.metrics.groups[g].name + " "
                                    + groupMetricKey(GroupMetric(m))));
                QVERIFY(iv.groups[g][size_t(m)].upper - iv.groups[g][size_t(m)].lower < 0.1);
            }
        }
        for (int m = 0; m < kGroupMetricCount; ++m)
            QVERIFY(iv.overall[size_t(m)].contains(r.metrics.overall.value(GroupMetric(m))));
    }
    // Attribute a has a real disparity: its fairlearn scalars and AIF360 forms are covered.
    const AttributeReport &a = report->attributes[0];
    for (Disparity d : {Disparity::DemographicParityDifference,
                        Disparity::DemographicParityRatio,
                        Disparity::EqualizedOddsDifference,
                        Disparity::EqualizedOddsRatio,
                        Disparity::DemographicParityDifferenceToOverall,
                        Disparity::DemographicParityRatioToOverall}) {
        QVERIFY2(a.intervals->disparities[size_t(d)].contains(a.disparity(d)),
                 qPrintable(disparityKey(d)));
    }
    for (int k = 0; k < kSignedDisparityCount; ++k)
        QVERIFY(a.intervals->aif360[size_t(k)].contains(a.disparities.aif360->values[size_t(k)]));
    const QJsonObject json = a.toJson()["intervals"].toObject();
    QVERIFY(json["by_group"]
                .toObject()["beta"]
                .toObject()["selection_rate"]
                .toObject()["lower"]
                .isDouble());
    QVERIFY(
        json["disparities"].toObject()["demographic_parity_ratio"].toObject()["upper"].isDouble());
    QVERIFY(json["aif360_signed"].toObject()["disparate_impact"].toObject()["lower"].isDouble());
}

void TestFairnessBootstrap::tinyGroupsAreUndefinedInSomeResamples()
{
    Synthetic data = synthetic(400, 4);
    data.a[0] = 2; // keep gamma alive, then make a one-row group: beta
    for (int32_t &c : data.a) {
        if (c == 1)
            c = 0;
    }
    data.a[5] = 1;
    const auto report = withBootstrap(data.view(), 1, 2, 300);
    QVERIFY(report.has_value());
    const AttributeReport &a = report->attributes[0];
    const GroupMetrics *beta = a.metrics.group("beta");
    QVERIFY(beta && beta->small);
    const size_t index = size_t(beta - a.metrics.groups.data());
    // Left out of about (1 - 1/n)^n = 37 % of the resamples; its AUC is never defined.
    const Interval &sr = a.intervals->groups[index][size_t(GroupMetric::SelectionRate)];
    QVERIFY(sr.undefined > 60 && sr.undefined < 160);
    QCOMPARE(a.intervals->groups[index][size_t(GroupMetric::RocAuc)].undefined, 300);
    QVERIFY(!a.intervals->groups[index][size_t(GroupMetric::RocAuc)].isDefined());
    QVERIFY(a.toJson()["intervals"]
                .toObject()["by_group"]
                .toObject()["beta"]
                .toObject()["roc_auc"]
                .toObject()["lower"]
                .isNull());
}

void TestFairnessBootstrap::badOptionsAndCancel()
{
    const Synthetic data = synthetic(100, 5);
    FairnessOptions options;
    options.bootstrap = BootstrapOptions{0, 1, 0.95, 1, true};
    QCOMPARE(FairnessReport::compute(data.view(), options).error().code, ErrorCode::InvalidInput);
    options.bootstrap = BootstrapOptions{100, 1, 1.0, 1, true};
    QCOMPARE(FairnessReport::compute(data.view(), options).error().code, ErrorCode::InvalidInput);
    options.bootstrap = BootstrapOptions{100, 1, 0.9, -1, true};
    QCOMPARE(FairnessReport::compute(data.view(), options).error().code, ErrorCode::InvalidInput);
    CancelToken cancel;
    cancel.cancel();
    options.bootstrap = BootstrapOptions{100, 1, 0.9, 2, true};
    const auto cancelled = FairnessReport::compute(data.view(), options, JobControl{{}, &cancel});
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    // Progress reaches the total.
    qint64 last = 0;
    qint64 total = 0;
    const auto progress = [&](qint64 done, qint64 all) {
        static QMutex mutex;
        QMutexLocker lock(&mutex);
        last = std::max(last, done);
        total = all;
    };
    options.bootstrap = BootstrapOptions{100, 1, 0.9, 2, false};
    QVERIFY(FairnessReport::compute(data.view(), options, JobControl{progress, nullptr}));
    QCOMPARE(total, qint64(200));
    QCOMPARE(last, qint64(200));
}

QTEST_GUILESS_MAIN(TestFairnessBootstrap)
#include "TestFairnessBootstrap.moc"
