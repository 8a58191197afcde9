// Oracle tests against ../shared/reference/bank_mod5: what XGBoost 1.7.4 and pandas compute on
// the UCI Bank Marketing data (see ../shared/reference/README.md).

#include "data/DatasetLoader.h"
#include "data/Encoder.h"
#include "model/ModelBundle.h"
#include "model/Scorer.h"
#include "model/Trainer.h"

#include "OracleCsv.h"
#include "ShapAdditivity.h"
#include "TestPaths.h"

#include <QTest>

#include <cmath>

using namespace mizan;

class TestBankOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encodingReproducesTheReferenceMatrix();
    void importedModelReproducesPredictions();
    void trainingReproducesTheReferenceAuc();

private:
    std::optional<DatasetSpec> m_spec;
    std::optional<Dataset> m_data;
    SplitRows m_split;
};

void TestBankOracle::initTestCase()
{
    MIZAN_REQUIRE_SHARED();
    auto spec = DatasetSpec::load(test::dataFile("bank-marketing.spec.json"));
    MIZAN_VERIFY_OK(spec);
    m_spec = *spec;
    LoadOptions options;
    options.target = TargetPolicy::Required;
    auto data = DatasetLoader::load(test::sharedFile(
                                        "data/bank-marketing/bank-additional-full.csv"),
                                    *spec,
                                    options);
    MIZAN_VERIFY_OK(data);
    m_data = std::move(*data);
    m_split = splitRows(*SplitSpec::parse("mod:5:4"), m_data->rowCount());
    QCOMPARE(m_split.test.size(), size_t(8237));
}

void TestBankOracle::encodingReproducesTheReferenceMatrix()
{
    const test::NumericTable x = test::readNumericCsv(
        test::sharedFile("reference/bank_mod5/X_test_first1000.csv"));
    QCOMPARE(x.rows.size(), size_t(1000));
    const auto encoder = Encoder::fit(*m_spec, *m_data, m_split.train);
    QVERIFY(encoder.has_value());
    QCOMPARE(encoder->featureNames(), x.header.mid(1)); // same 62 names, same order
    const auto bound = encoder->bind(*m_data);
    QVERIFY(bound.has_value());
    std::vector<float> row(62);
    for (size_t i = 0; i < x.rows.size(); ++i) {
        const qint64 dataRow = m_split.test[i];
        QCOMPARE(qint64(x.rows[i][0]), dataRow); // row_index
        bound->encodeRow(dataRow, row.data());
        for (size_t c = 0; c < 62; ++c) {
            const double expected = x.rows[i][c + 1];
            if (row[c] != static_cast<float>(expected))
                QFAIL(qPrintable(QString("row %1, %2: %3 != %4")
                                     .arg(dataRow)
                                     .arg(x.header[int(c) + 1])
                                     .arg(row[c])
                                     .arg(expected)));
        }
        // The numeric columns hold exactly the file's values (before XGBoost's float32).
        QCOMPARE(m_data->column("euribor3m")->numbers[size_t(dataRow)],
                 x.rows[i][size_t(x.column("euribor3m"))]);
    }
}

void TestBankOracle::importedModelReproducesPredictions()
{
    const auto bundle = ModelBundle::importXgboostFile(test::sharedFile(
                                                           "reference/bank_mod5/model.json"),
                                                       *m_spec);
    MIZAN_VERIFY_OK(bundle);
    const Dataset testPart = m_data->subset(m_split.test);
    const auto scores = Scorer::create(*bundle, ScoreOptions{2, 5000})->score(testPart);
    MIZAN_VERIFY_OK(scores);
    // The native engine and XGBoost's own prediction agree bit for bit.
    const auto xgboost
        = Scorer::create(*bundle, ScoreOptions{2, 5000, ScoreEngine::XGBoost})->score(testPart);
    MIZAN_VERIFY_OK(xgboost);
    QCOMPARE(scores->margins, xgboost->margins);
    const test::NumericTable expected = test::readNumericCsv(
        test::sharedFile("reference/bank_mod5/predictions_all_test.csv"));
    QCOMPARE(expected.rows.size(), size_t(8237));
    const int m = expected.column("margin");
    const int p = expected.column("prob");
    const int label = expected.column("pred_label");
    double worstMargin = 0;
    double worstProbability = 0;
    for (size_t i = 0; i < expected.rows.size(); ++i) {
        QCOMPARE(qint64(expected.rows[i][0]), m_split.test[i]);
        worstMargin = std::max(worstMargin,
                               std::fabs(scores->margins[i] - expected.rows[i][size_t(m)]));
        worstProbability = std::max(worstProbability,
                                    std::fabs(scores->probabilities[i]
                                              - expected.rows[i][size_t(p)]));
        QCOMPARE(scores->probabilities[i] >= 0.5 ? 1.0 : 0.0, expected.rows[i][size_t(label)]);
    }
    qInfo("worst |margin diff| %.3g, worst |probability diff| %.3g", worstMargin, worstProbability);
    QVERIFY(worstMargin <= 1e-5);
    QVERIFY(worstProbability <= 1e-6);
    // Native TreeSHAP is additive on every one of the 8,237 test rows.
    test::checkShapAdditivity(*bundle, testPart, expected);
}

void TestBankOracle::trainingReproducesTheReferenceAuc()
{
    TrainConfig config;
    config.split = *SplitSpec::parse("mod:5:4");
    config.params.maxDepth = 4;
    config.params.eta = 0.1;
    config.params.rounds = 100;
    config.params.seed = 0;
    config.params.nthread = 1;
    config.params.treeMethod = "exact";
    config.params.baseScore = 0.5;
    const auto bundle = Trainer::train(*m_data, config);
    MIZAN_VERIFY_OK(bundle);
    const double auc = bundle->metrics["test"].toObject()["roc_auc"].toDouble();
    const double logLoss = bundle->metrics["test"].toObject()["log_loss"].toDouble();
    qInfo("test AUC %.9f (reference 0.784995), log loss %.9f", auc, logLoss);
    QVERIFY(std::fabs(auc - 0.7849948808985011) < 1e-4);
    QVERIFY(std::fabs(logLoss - 0.2788480433323516) < 1e-4);
    QCOMPARE(bundle->metrics["test"].toObject()["count"].toInt(), 8237);
}

QTEST_GUILESS_MAIN(TestBankOracle)
#include "TestBankOracle.moc"
