#include "governance/ScoreProfile.h"
#include "model/Metrics.h"

#include "OracleCsv.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace mizan;

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rocAuc_data();
    void rocAuc();
    void averagePrecision_data();
    void averagePrecision();
    void oneClassHasNoAuc();
    void confusionAndRates();
    void logLossAndBrier();
    void calibrationBins();
    void unknownLabelsAreLeftOut();
    void agreesWithTheReferenceMetrics();
    void rocCurveAreaIsTheAuc();
    void scoreProfileRoundTrips();
};

void TestMetrics::rocAuc_data()
{
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<std::vector<int8_t>>("labels");
    QTest::addColumn<double>("expected");
    // clang-format off
    QTest::newRow("sklearn doc")  << std::vector<double>{0.1, 0.4, 0.35, 0.8} << std::vector<int8_t>{0, 0, 1, 1} << 0.75;
    QTest::newRow("perfect")      << std::vector<double>{0.1, 0.2, 0.8, 0.9}  << std::vector<int8_t>{0, 0, 1, 1} << 1.0;
    QTest::newRow("inverted")     << std::vector<double>{0.9, 0.8, 0.2, 0.1}  << std::vector<int8_t>{0, 0, 1, 1} << 0.0;
    QTest::newRow("all tied")     << std::vector<double>{0.5, 0.5, 0.5, 0.5}  << std::vector<int8_t>{0, 1, 0, 1} << 0.5;
    QTest::newRow("partial tie")  << std::vector<double>{0.2, 0.6, 0.6, 0.9}  << std::vector<int8_t>{0, 0, 1, 1} << 0.875;
    // clang-format on
}

void TestMetrics::rocAuc()
{
    QFETCH(std::vector<double>, scores);
    QFETCH(std::vector<int8_t>, labels);
    QFETCH(double, expected);
    const auto auc = mizan::rocAuc(scores, labels);
    QVERIFY(auc.has_value());
    QCOMPARE(*auc, expected);
}

void TestMetrics::averagePrecision_data()
{
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<std::vector<int8_t>>("labels");
    QTest::addColumn<double>("expected");
    // clang-format off
    QTest::newRow("sklearn doc") << std::vector<double>{0.1, 0.4, 0.35, 0.8} << std::vector<int8_t>{0, 0, 1, 1} << 5.0 / 6.0;
    QTest::newRow("all tied")    << std::vector<double>{0.5, 0.5, 0.5, 0.5}  << std::vector<int8_t>{0, 1, 0, 1} << 0.5;
    QTest::newRow("perfect")     << std::vector<double>{0.1, 0.9, 0.8}       << std::vector<int8_t>{0, 1, 1}    << 1.0;
    // clang-format on
}

void TestMetrics::averagePrecision()
{
    QFETCH(std::vector<double>, scores);
    QFETCH(std::vector<int8_t>, labels);
    QFETCH(double, expected);
    const auto ap = mizan::averagePrecision(scores, labels);
    QVERIFY(ap.has_value());
    QVERIFY(std::fabs(*ap - expected) < 1e-12);
}

void TestMetrics::oneClassHasNoAuc()
{
    const std::vector<double> scores{0.1, 0.2};
    const std::vector<int8_t> positives{1, 1};
    const std::vector<int8_t> negatives{0, 0};
    QVERIFY(!mizan::rocAuc(scores, positives).has_value());
    QVERIFY(!mizan::rocAuc(scores, negatives).has_value());
    QVERIFY(!mizan::averagePrecision(scores, negatives).has_value());
    const BinaryMetrics m = BinaryMetrics::compute(scores, negatives);
    QVERIFY(QJsonDocument(m.toJson()).object()["roc_auc"].isNull());
}

void TestMetrics::confusionAndRates()
{
    // threshold 0.5, a lead is positive when p >= 0.5
    const std::vector<double> p{0.9, 0.5, 0.49, 0.2, 0.7, 0.1};
    const std::vector<int8_t> y{1, 0, 1, 0, 1, 0};
    const BinaryMetrics m = BinaryMetrics::compute(p, y, 0.5);
    QCOMPARE(m.confusion.truePositives, qint64(2));
    QCOMPARE(m.confusion.falsePositives, qint64(1));
    QCOMPARE(m.confusion.falseNegatives, qint64(1));
    QCOMPARE(m.confusion.trueNegatives, qint64(2));
    QCOMPARE(m.confusion.accuracy(), 4.0 / 6.0);
    QCOMPARE(m.confusion.precision(), 2.0 / 3.0);
    QCOMPARE(m.confusion.recall(), 2.0 / 3.0);
    QCOMPARE(m.confusion.f1(), 2.0 / 3.0);
    QCOMPARE(m.count, qint64(6));
    QCOMPARE(m.positives, qint64(3));
    ConfusionMatrix none;
    QCOMPARE(none.precision(), 0.0);
    QCOMPARE(none.f1(), 0.0);
}

void TestMetrics::logLossAndBrier()
{
    const std::vector<double> p{0.8, 0.3, 0.0};
    const std::vector<int8_t> y{1, 0, 1};
    const BinaryMetrics m = BinaryMetrics::compute(p, y);
    const double expectedLogLoss = -(std::log(0.8) + std::log(0.7) + std::log(1e-15)) / 3.0;
    QVERIFY(std::fabs(m.logLoss - expectedLogLoss) < 1e-12); // p = 0 clipped, not infinite
    QVERIFY(std::fabs(m.brier - (0.04 + 0.09 + 1.0) / 3.0) < 1e-12);
}

void TestMetrics::calibrationBins()
{
    const std::vector<double> p{0.05, 0.15, 0.18, 0.95, 1.0};
    const std::vector<int8_t> y{0, 1, 0, 1, 1};
    const BinaryMetrics m = BinaryMetrics::compute(p, y);
    QCOMPARE(m.calibration.size(), size_t(10));
    QCOMPARE(m.calibration[0].count, qint64(1));
    QCOMPARE(m.calibration[1].count, qint64(2));
    QVERIFY(std::fabs(m.calibration[1].meanPredicted - 0.165) < 1e-12);
    QCOMPARE(m.calibration[1].observedRate, 0.5);
    QCOMPARE(m.calibration[9].count, qint64(2)); // 1.0 falls in the last bin
    QVERIFY(std::isnan(m.calibration[5].meanPredicted));
    QCOMPARE(m.calibration[5].lower, 0.5);
    QCOMPARE(m.calibration[5].upper, 0.6);
}

void TestMetrics::unknownLabelsAreLeftOut()
{
    const std::vector<double> p{0.9, 0.1, 0.5};
    const std::vector<int8_t> y{1, 0, -1};
    const BinaryMetrics m = BinaryMetrics::compute(p, y);
    QCOMPARE(m.count, qint64(2));
    QCOMPARE(*m.rocAuc, 1.0);
}

void TestMetrics::agreesWithTheReferenceMetrics()
{
    MIZAN_REQUIRE_SHARED();
    const test::NumericTable table = test::readNumericCsv(
        test::sharedFile("reference/bank_mod5/predictions_all_test.csv"));
    const int yColumn = table.column("y_true");
    const int pColumn = table.column("prob");
    QVERIFY(yColumn >= 0 && pColumn >= 0);
    std::vector<double> p;
    std::vector<int8_t> y;
    for (const auto &row : table.rows) {
        p.push_back(row[size_t(pColumn)]);
        y.push_back(static_cast<int8_t>(row[size_t(yColumn)]));
    }
    QCOMPARE(p.size(), size_t(8237));
    const BinaryMetrics m = BinaryMetrics::compute(p, y, 0.5);
    // metrics.json: test_auc 0.7849948808985011, test_logloss 0.2788480433323516,
    // accuracy 0.8992351584314677, 355 predicted positive. Probabilities in the CSV carry 9
    // significant digits, hence the tolerances.
    QVERIFY2(std::fabs(*m.rocAuc - 0.7849948808985011) < 1e-6,
             qPrintable(QString::number(*m.rocAuc, 'g', 17)));
    QVERIFY2(std::fabs(m.logLoss - 0.2788480433323516) < 1e-7,
             qPrintable(QString::number(m.logLoss, 'g', 17)));
    QCOMPARE(m.confusion.accuracy(), 0.8992351584314677);
    QCOMPARE(m.confusion.truePositives + m.confusion.falsePositives, qint64(355));
}

void TestMetrics::rocCurveAreaIsTheAuc()
{
    // A noisy but informative scorer with ties (scores rounded to 2 decimals) and unknown labels.
    std::vector<double> scores;
    std::vector<int8_t> labels;
    quint32 state = 12345;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return double(state >> 8) / double(1u << 24);
    };
    for (int i = 0; i < 5000; ++i) {
        const int8_t label = next() < 0.3 ? 1 : 0;
        const double score = std::round((0.35 * label + 0.65 * next()) * 100.0) / 100.0;
        scores.push_back(score);
        labels.push_back(i % 97 == 0 ? int8_t(-1) : label);
    }
    const auto full = mizan::rocCurve(scores, labels, 100000);
    QVERIFY(full.size() > 50);
    QCOMPARE(full.front(), std::make_pair(0.0, 0.0));
    QCOMPARE(full.back(), std::make_pair(1.0, 1.0));
    double area = 0;
    for (size_t i = 1; i < full.size(); ++i) {
        QVERIFY(full[i].first >= full[i - 1].first && full[i].second >= full[i - 1].second);
        area += (full[i].first - full[i - 1].first) * (full[i].second + full[i - 1].second) / 2;
    }
    // Ties average to half a pair: the trapezoid area is exactly the Mann-Whitney AUC.
    QVERIFY(std::abs(area - *mizan::rocAuc(scores, labels)) < 1e-12);
    const auto thinned = mizan::rocCurve(scores, labels, 20);
    QCOMPARE(thinned.size(), size_t(20));
    QCOMPARE(thinned.back(), std::make_pair(1.0, 1.0));
    QVERIFY(mizan::rocCurve(scores, std::vector<int8_t>(scores.size(), 0)).empty());
}

void TestMetrics::scoreProfileRoundTrips()
{
    const std::vector<double> scores{0.01, 0.2, 0.2, 0.51, 0.8, 0.99, 1.0, 0.0};
    const std::vector<int8_t> labels{0, 0, 1, 0, 1, 1, 1, 0};
    const mizan::ScoreProfile p = mizan::ScoreProfile::compute(scores, labels);
    QCOMPARE(p.rows, qint64(8));
    QCOMPARE(p.distribution.size(), size_t(mizan::ScoreProfile::kBins));
    double total = 0;
    for (double share : p.distribution)
        total += share;
    QVERIFY(std::abs(total - 1.0) < 1e-12);
    QCOMPARE(p.distribution.back(), 2.0 / 8); // 0.99 and 1.0 share the top bin
    QVERIFY(p.rocAuc && std::abs(*p.rocAuc - *mizan::rocAuc(scores, labels)) < 1e-15);
    QCOMPARE(p.calibration.size(), size_t(10));
    auto back = mizan::ScoreProfile::fromJson(p.toJson(), QStringLiteral("test"));
    QVERIFY(back);
    QCOMPARE(back->distribution, p.distribution);
    QCOMPARE(back->roc, p.roc);
    QCOMPARE(back->calibration.size(), p.calibration.size());
    QCOMPARE(back->calibration[9].count, p.calibration[9].count);
    // Without outcomes: a distribution only.
    const mizan::ScoreProfile unlabelled = mizan::ScoreProfile::compute(scores, {});
    QVERIFY(!unlabelled.rocAuc && unlabelled.roc.empty());
    // A damaged profile is refused, naming its source.
    QJsonObject bad = p.toJson();
    bad.insert(QStringLiteral("distribution"), QJsonArray{1});
    auto refused = mizan::ScoreProfile::fromJson(bad, QStringLiteral("assessment 7"));
    QVERIFY(!refused && refused.error().message.contains(QStringLiteral("assessment 7")));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
