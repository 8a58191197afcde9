#include "model/Booster.h"

#include "TestPaths.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace mizan;

namespace {

/** y = 1 when x0 + x1 > 1, on a small grid; enough for XGBoost to learn something. */
struct Toy
{
    std::vector<float> x;
    std::vector<float> y;
    qint64 rows = 0;
};

Toy toy()
{
    Toy t;
    for (int i = 0; i < 20; ++i) {
        for (int j = 0; j < 20; ++j) {
            const float a = float(i) / 19.0f;
            const float b = (j % 7 == 0) ? std::nanf("") : float(j) / 19.0f;
            t.x.push_back(a);
            t.x.push_back(b);
            t.y.push_back(a + (std::isnan(b) ? 0.5f : b) > 1.0f ? 1.0f : 0.0f);
            ++t.rows;
        }
    }
    return t;
}

} // namespace

class TestBooster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainsPredictsAndRoundTrips();
    void errorsCarryXgboostsMessage();
    void reportsItsVersion();
};

void TestBooster::trainsPredictsAndRoundTrips()
{
    const Toy t = toy();
    auto matrix = DMatrix::fromDense(t.x.data(), t.rows, 2, 1);
    MIZAN_VERIFY_OK(matrix);
    QVERIFY(matrix->setLabels(t.y).has_value());
    const DMatrix *cache[] = {&*matrix};
    auto booster = Booster::create(cache);
    MIZAN_VERIFY_OK(booster);
    for (const auto &[k, v] :
         std::vector<std::pair<QString, QString>>{{"objective", "binary:logistic"},
                                                  {"nthread", "1"},
                                                  {"max_depth", "3"},
                                                  {"seed", "0"}})
        QVERIFY(booster->setParam(k, v).has_value());
    for (int i = 0; i < 12; ++i)
        QVERIFY(booster->updateOneIter(i, *matrix).has_value());
    QCOMPARE(*booster->boostedRounds(), 12);
    QCOMPARE(*booster->featureCount(), qint64(2));
    QVERIFY(booster->setFeatureNames({"a", "b"}).has_value());
    QCOMPARE(*booster->featureNames(), (QStringList{"a", "b"}));

    // Prediction through a DMatrix and in place from the dense matrix agree exactly.
    const auto viaMatrix = booster->predict(*matrix, true);
    MIZAN_VERIFY_OK(viaMatrix);
    std::vector<float> inPlace(size_t(t.rows));
    QVERIFY(booster->predictDense(t.x.data(), t.rows, 2, true, inPlace.data()).has_value());
    QCOMPARE(inPlace, *viaMatrix);
    const auto probabilities = booster->predict(*matrix, false);
    for (size_t i = 0; i < inPlace.size(); ++i)
        QVERIFY(std::fabs((*probabilities)[i] - 1.0 / (1.0 + std::exp(-double(inPlace[i])))) < 1e-6);

    // JSON round trip keeps the predictions; a slice keeps the first rounds.
    const auto json = booster->saveJson();
    MIZAN_VERIFY_OK(json);
    QVERIFY(json->startsWith("{"));
    auto loaded = Booster::fromJson(*json, 1);
    MIZAN_VERIFY_OK(loaded);
    QCOMPARE(*loaded->predict(*matrix, true), *viaMatrix);
    auto sliced = booster->slice(0, 5);
    MIZAN_VERIFY_OK(sliced);
    QCOMPARE(*sliced->boostedRounds(), 5);
    QVERIFY(*sliced->predict(*matrix, true) != *viaMatrix);

    const DMatrix *evalOn[] = {&*matrix};
    const auto eval = booster->evalOneIter(11, evalOn, {"train"});
    MIZAN_VERIFY_OK(eval);
    QVERIFY2(eval->startsWith("[11]\ttrain-"), qPrintable(*eval));
}

void TestBooster::errorsCarryXgboostsMessage()
{
    const auto garbage = Booster::fromJson("{\"learner\": 7}", 1);
    QVERIFY(!garbage.has_value());
    QCOMPARE(garbage.error().code, ErrorCode::Model);
    QVERIFY(garbage.error().message.startsWith("XGBoost could not load the model"));
    QVERIFY(!garbage.error().detail.isEmpty());
    QVERIFY2(!garbage.error().message.contains('\n'), qPrintable(garbage.error().message));
    QVERIFY(!garbage.error().message.contains("Stack trace"));

    const Toy t = toy();
    auto matrix = DMatrix::fromDense(t.x.data(), t.rows, 2, 1);
    const std::vector<float> tooFew(3, 1.0f);
    const auto labels = matrix->setLabels(tooFew);
    // XGBoost accepts the call but refuses to train on mismatched labels.
    const DMatrix *cache[] = {&*matrix};
    auto booster = Booster::create(cache);
    QVERIFY(booster->setParam("objective", "binary:logistic").has_value());
    const auto trained = labels.has_value() ? booster->updateOneIter(0, *matrix) : labels;
    QVERIFY(!trained.has_value());
    QCOMPARE(trained.error().code, ErrorCode::Model);
    QVERIFY2(trained.error().message.contains("label", Qt::CaseInsensitive),
             qPrintable(trained.error().message));
}

void TestBooster::reportsItsVersion()
{
    QVERIFY(Booster::libraryVersion().startsWith("1.7."));
}

QTEST_GUILESS_MAIN(TestBooster)
#include "TestBooster.moc"
