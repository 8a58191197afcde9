// Oracle tests against ../shared/reference/adult: UCI Adult read with its spec files (no
// header, ", " separators, '?' missing, a junk first line and trailing dots in the test file).

#include "data/DatasetLoader.h"
#include "data/Encoder.h"
#include "model/Metrics.h"
#include "model/ModelBundle.h"
#include "model/Scorer.h"
#include "model/Trainer.h"

#include "OracleCsv.h"
#include "ShapAdditivity.h"
#include "TestPaths.h"

#include <QTest>

#include <cmath>

using namespace mizan;

class TestAdultOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void categoriesMatchTheReference();
    void encodingReproducesTheReferenceMatrix();
    void importedModelReproducesPredictions();
    void trainingReproducesTheReferenceAuc();

private:
    std::optional<DatasetSpec> m_trainSpec;
    std::optional<Dataset> m_train;
    std::optional<Dataset> m_test;
    std::optional<ModelBundle> m_bundle;
};

void TestAdultOracle::initTestCase()
{
    MIZAN_REQUIRE_SHARED();
    auto trainSpec = DatasetSpec::load(test::sharedFile("reference/adult/spec.json"));
    auto testSpec = DatasetSpec::load(test::sharedFile("reference/adult/spec_test.json"));
    QVERIFY(trainSpec.has_value() && testSpec.has_value());
    m_trainSpec = *trainSpec;
    auto train = DatasetLoader::load(test::sharedFile("data/adult/adult.data"), *trainSpec);
    auto testData = DatasetLoader::load(test::sharedFile("data/adult/adult.test"), *testSpec);
    MIZAN_VERIFY_OK(train);
    MIZAN_VERIFY_OK(testData);
    QCOMPARE(train->rowCount(), qint64(32561));
    QCOMPARE(testData->rowCount(), qint64(16281));
    m_train = std::move(*train);
    m_test = std::move(*testData);
    auto bundle = ModelBundle::importXgboostFile(test::sharedFile("reference/adult/model.json"),
                                                 *trainSpec);
    MIZAN_VERIFY_OK(bundle);
    m_bundle = std::move(*bundle);
}

void TestAdultOracle::categoriesMatchTheReference()
{
    // Categories frozen from adult.data (sorted, '?' excluded) are the model's 81 features.
    const auto encoder = Encoder::fit(*m_trainSpec, *m_train);
    QVERIFY(encoder.has_value());
    QCOMPARE(encoder->featureNames(), m_bundle->encoder.featureNames());
    QCOMPARE(encoder->featureCount(), 81);
}

void TestAdultOracle::encodingReproducesTheReferenceMatrix()
{
    const test::NumericTable x = test::readNumericCsv(
        test::sharedFile("reference/adult/X_test_first100.csv"));
    QCOMPARE(x.rows.size(), size_t(100));
    QCOMPARE(x.header.last(), QString("row_index"));
    QCOMPARE(m_bundle->encoder.featureNames(), x.header.mid(0, 81));
    const auto bound = m_bundle->encoder.bind(*m_test);
    QVERIFY(bound.has_value());
    std::vector<float> row(81);
    for (size_t i = 0; i < 100; ++i) {
        QCOMPARE(x.rows[i][81], double(i)); // row_index
        bound->encodeRow(qint64(i), row.data());
        for (size_t c = 0; c < 81; ++c) {
            if (row[c] != static_cast<float>(x.rows[i][c]))
                QFAIL(qPrintable(QString("row %1, %2: %3 != %4")
                                     .arg(i)
                                     .arg(x.header[int(c)])
                                     .arg(row[c])
                                     .arg(x.rows[i][c])));
        }
    }
}

void TestAdultOracle::importedModelReproducesPredictions()
{
    const auto scores = Scorer::create(*m_bundle)->score(*m_test);
    MIZAN_VERIFY_OK(scores);
    const auto xgboost
        = Scorer::create(*m_bundle, ScoreOptions{2, 32768, ScoreEngine::XGBoost})->score(*m_test);
    MIZAN_VERIFY_OK(xgboost);
    QCOMPARE(scores->margins, xgboost->margins); // native and XGBoost, bit for bit
    const test::NumericTable expected = test::readNumericCsv(
        test::sharedFile("reference/adult/predictions_test.csv"));
    QCOMPARE(expected.rows.size(), size_t(16281));
    const int y = expected.column("y_true");
    const int m = expected.column("margin");
    const int p = expected.column("prob");
    double worstMargin = 0;
    double worstProbability = 0;
    for (size_t i = 0; i < expected.rows.size(); ++i) {
        QCOMPARE(double(m_test->labels[i]), expected.rows[i][size_t(y)]);
        worstMargin = std::max(worstMargin,
                               std::fabs(scores->margins[i] - expected.rows[i][size_t(m)]));
        worstProbability = std::max(worstProbability,
                                    std::fabs(scores->probabilities[i]
                                              - expected.rows[i][size_t(p)]));
    }
    qInfo("worst |margin diff| %.3g, worst |probability diff| %.3g", worstMargin, worstProbability);
    QVERIFY(worstMargin <= 1e-5);
    QVERIFY(worstProbability <= 1e-6);
    // Native TreeSHAP is additive on every one of the 16,281 test rows.
    test::checkShapAdditivity(*m_bundle, *m_test, expected);
}

void TestAdultOracle::trainingReproducesTheReferenceAuc()
{
    // Train on adult.data with the reference parameters, then score adult.test.
    TrainConfig config;
    config.split = *SplitSpec::parse("none");
    config.params.maxDepth = 5;
    config.params.eta = 0.1;
    config.params.rounds = 150;
    config.params.nthread = 1;
    config.params.treeMethod = "exact";
    const auto bundle = Trainer::train(*m_train, config);
    MIZAN_VERIFY_OK(bundle);
    const auto scores = Scorer::create(*bundle)->score(*m_test);
    QVERIFY(scores.has_value());
    const auto auc = rocAuc(scores->probabilities, m_test->labels);
    QVERIFY(auc.has_value());
    qInfo("adult test AUC %.9f (reference 0.927654)", *auc);
    QVERIFY(std::fabs(*auc - 0.927654) < 1e-4);
}

QTEST_GUILESS_MAIN(TestAdultOracle)
#include "TestAdultOracle.moc"
