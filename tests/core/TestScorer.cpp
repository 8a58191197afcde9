#include "model/Scorer.h"
#include "model/Trainer.h"

#include "SyntheticLeads.h"

#include <QBuffer>

#include "TestPaths.h"

#include <QTest>

#include <cmath>

using namespace mizan;

class TestScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scoresAgreeWithTheTrees();
    void chunkingAndThreadsDoNotChangeScores();
    void bandsFollowCutoffs();
    void unseenDataScores();
    void missingFeatureColumnIsAnError();
    void cancelAndProgress();
    void enginesAgreeBitForBit_data();
    void enginesAgreeBitForBit();

private:
    std::optional<ModelBundle> m_bundle;
};

void TestScorer::initTestCase()
{
    TrainConfig config;
    config.params.rounds = 25;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("none");
    auto bundle = Trainer::train(test::syntheticDataset(1000), config);
    MIZAN_VERIFY_OK(bundle);
    m_bundle = std::move(*bundle);
}

void TestScorer::scoresAgreeWithTheTrees()
{
    const Dataset data = test::syntheticDataset(700, 5);
    const auto scorer = Scorer::create(*m_bundle);
    QVERIFY(scorer.has_value());
    const auto scores = scorer->score(data);
    MIZAN_VERIFY_OK(scores);
    QCOMPARE(scores->size(), qint64(700));
    QCOMPARE(scores->modelSha256, m_bundle->modelSha256);
    QCOMPARE(scores->inputSha256, data.sha256);
    const auto bound = m_bundle->encoder.bind(data);
    QVERIFY(bound.has_value());
    std::vector<float> row(size_t(bound->featureCount()));
    for (qint64 i = 0; i < data.rowCount(); ++i) {
        bound->encodeRow(i, row.data());
        const double native = m_bundle->model->margin(row.data());
        const auto r = size_t(i);
        QVERIFY2(std::fabs(native - scores->margins[r]) < 1e-5, qPrintable(QString::number(i)));
        QCOMPARE(scores->probabilities[r], sigmoid(scores->margins[r]));
        QVERIFY(scores->probabilities[r] > 0.0 && scores->probabilities[r] < 1.0);
    }
}

void TestScorer::chunkingAndThreadsDoNotChangeScores()
{
    const Dataset data = test::syntheticDataset(5000, 9);
    const auto reference = Scorer::create(*m_bundle, ScoreOptions{1, 100000})->score(data);
    QVERIFY(reference.has_value());
    for (const ScoreOptions options :
         {ScoreOptions{2, 7}, ScoreOptions{2, 4096}, ScoreOptions{3, 1000}}) {
        const auto scores = Scorer::create(*m_bundle, options)->score(data);
        QVERIFY(scores.has_value());
        QCOMPARE(scores->margins, reference->margins);
        QCOMPARE(scores->bands, reference->bands);
    }
}

void TestScorer::bandsFollowCutoffs()
{
    ModelBundle bundle = *m_bundle;
    bundle.bands = *RiskBands::parse("0.3,0.6");
    const Dataset data = test::syntheticDataset(400, 3);
    const auto scores = Scorer::create(bundle)->score(data);
    QVERIFY(scores.has_value());
    std::array<int, 3> seen{};
    for (qint64 i = 0; i < scores->size(); ++i) {
        const double p = scores->probabilities[size_t(i)];
        const int band = scores->bands[size_t(i)];
        QCOMPARE(band, p < 0.3 ? 0 : (p < 0.6 ? 1 : 2));
        ++seen[size_t(band)];
    }
    QVERIFY(seen[0] > 0 && seen[2] > 0);
    QCOMPARE(RiskBands().labelOf(0.5), QString("high"));
    QCOMPARE(RiskBands().labelOf(0.49), QString("medium"));
    QVERIFY(!RiskBands::parse("0.6,0.3").has_value());
    QVERIFY(!RiskBands::parse("0,0.5").has_value());
    QVERIFY(!RiskBands::parse("a").has_value());
}

void TestScorer::unseenDataScores()
{
    // A lead file with categories the model never saw and no outcome column still scores.
    QBuffer buffer;
    buffer.setData("lead_id,visits,minutes,sector,channel\nX1,3,10,space,carrier pigeon\nX2,,,,\n");
    buffer.open(QIODevice::ReadOnly);
    const auto data = DatasetLoader::read(buffer, "new.csv", test::syntheticSpec());
    MIZAN_VERIFY_OK(data);
    const auto scores = Scorer::create(*m_bundle)->score(*data);
    QVERIFY(scores.has_value());
    QCOMPARE(scores->size(), qint64(2));
    QVERIFY(std::isfinite(scores->margins[1]));
}

void TestScorer::missingFeatureColumnIsAnError()
{
    DatasetSpec spec = test::syntheticSpec();
    spec.features.pop_back(); // the file is read without the channel column
    QBuffer buffer;
    buffer.setData(test::syntheticCsv(10));
    buffer.open(QIODevice::ReadOnly);
    const auto data = DatasetLoader::read(buffer, "partial.csv", spec);
    QVERIFY(data.has_value());
    const auto scores = Scorer::create(*m_bundle)->score(*data);
    QVERIFY(!scores.has_value());
    QVERIFY2(scores.error().message.contains("'channel'"), qPrintable(scores.error().message));
}

void TestScorer::cancelAndProgress()
{
    const Dataset data = test::syntheticDataset(3000, 2);
    QList<qint64> done;
    const auto scores = Scorer::create(*m_bundle, ScoreOptions{2, 1000})
                            ->score(data,
                                    JobControl{[&](qint64 d, qint64 total) {
                                                   QCOMPARE(total, qint64(3000));
                                                   done.append(d);
                                               },
                                               nullptr});
    QVERIFY(scores.has_value());
    QCOMPARE(done, (QList<qint64>{0, 1000, 2000, 3000}));
    CancelToken token;
    token.cancel();
    const auto cancelled = Scorer::create(*m_bundle)->score(data, JobControl{{}, &token});
    QVERIFY(!cancelled.has_value());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
}

void TestScorer::enginesAgreeBitForBit_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<double>("baseScore");
    QTest::addColumn<QString>("method");
    // clang-format off
    QTest::newRow("shallow")    << 2 << 0.5 << "hist";
    QTest::newRow("deep exact") << 8 << 0.5 << "exact";
    QTest::newRow("base 0.3")   << 5 << 0.3 << "approx";
    // clang-format on
}

void TestScorer::enginesAgreeBitForBit()
{
    QFETCH(int, depth);
    QFETCH(double, baseScore);
    QFETCH(QString, method);
    TrainConfig config;
    config.params.rounds = 40;
    config.params.maxDepth = depth;
    config.params.baseScore = baseScore;
    config.params.treeMethod = method;
    config.params.nthread = 2;
    config.split = *SplitSpec::parse("none");
    const auto bundle = Trainer::train(test::syntheticDataset(2000, 11), config);
    MIZAN_VERIFY_OK(bundle);
    const Dataset data = test::syntheticDataset(3000, 12); // with missing values and unseen rows
    const auto native
        = Scorer::create(*bundle, ScoreOptions{2, 1000, ScoreEngine::Native})->score(data);
    const auto xgboost
        = Scorer::create(*bundle, ScoreOptions{2, 1000, ScoreEngine::XGBoost})->score(data);
    MIZAN_VERIFY_OK(native);
    MIZAN_VERIFY_OK(xgboost);
    QCOMPARE(native->margins, xgboost->margins);
    QCOMPARE(native->bands, xgboost->bands);
}

QTEST_GUILESS_MAIN(TestScorer)
#include "TestScorer.moc"
