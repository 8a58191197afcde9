#include "model/Trainer.h"

#include "SyntheticLeads.h"

#include "TestPaths.h"
#include <QBuffer>
#include <QJsonArray>

#include <QTest>

using namespace mizan;

namespace {

TrainConfig smallConfig()
{
    TrainConfig config;
    config.params.rounds = 30;
    config.params.maxDepth = 3;
    config.params.nthread = 2;
    config.split = *SplitSpec::parse(QStringLiteral("random:0.25:1"));
    return config;
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainsAUsefulModel();
    void isDeterministic();
    void earlyStoppingStopsAndTrims();
    void earlyStoppingNeedsBothOutcomesInValidation();
    void refusesAnOversizedOneHotMatrix();
    void refusesUnlabelledOrOneClassData();
    void refusesBadParameters();
    void cancelAndProgress();
};

void TestTrainer::trainsAUsefulModel()
{
    const Dataset data = test::syntheticDataset(3000);
    const auto bundle = Trainer::train(data, smallConfig());
    MIZAN_VERIFY_OK(bundle);
    QCOMPARE(bundle->origin, QString("trained"));
    QCOMPARE(bundle->encoder.featureCount(), 2 + 5 + 3);
    QCOMPARE(bundle->model->trees.size(), size_t(30));
    QCOMPARE(bundle->model->featureNames, bundle->encoder.featureNames());
    QCOMPARE(bundle->trainingDataSha256, data.sha256);
    QCOMPARE(bundle->training["rows_test"].toInteger(), qint64(750));
    QCOMPARE(bundle->training["rows_train"].toInteger(), qint64(2250));
    const double testAuc = bundle->metrics["test"].toObject()["roc_auc"].toDouble();
    const double trainAuc = bundle->metrics["train"].toObject()["roc_auc"].toDouble();
    QVERIFY2(testAuc > 0.8 && testAuc <= 1.0, qPrintable(QString::number(testAuc)));
    QVERIFY(trainAuc >= testAuc - 0.05);
    // training summary: quartiles of a numeric feature, frequencies of a categorical one
    const QJsonArray features = bundle->trainingSummary["features"].toArray();
    QCOMPARE(features.size(), 4);
    const QJsonObject visits = features[0].toObject();
    QVERIFY(visits["missing"].toInteger() > 0);
    QVERIFY(visits["q1"].toDouble() <= visits["median"].toDouble());
    QVERIFY(visits["median"].toDouble() <= visits["q3"].toDouble());
    QCOMPARE(visits["min"].toDouble(), 0.0);
    QCOMPARE(visits["max"].toDouble(), 29.0);
    const QJsonArray sectors = features[2].toObject()["categories"].toArray();
    QCOMPARE(sectors.size(), 5);
    QCOMPARE(sectors[0].toObject()["value"].toString(), QString("food"));
}

void TestTrainer::isDeterministic()
{
    const Dataset data = test::syntheticDataset(1500);
    const auto a = Trainer::train(data, smallConfig());
    const auto b = Trainer::train(data, smallConfig());
    QVERIFY(a.has_value() && b.has_value());
    QCOMPARE(a->modelSha256, b->modelSha256);
    TrainConfig other = smallConfig();
    other.params.seed = 99;
    other.params.subsample = 0.7;
    const auto c = Trainer::train(data, other);
    QVERIFY(c.has_value());
    QVERIFY(c->modelSha256 != a->modelSha256);
}

void TestTrainer::earlyStoppingStopsAndTrims()
{
    const Dataset data = test::syntheticDataset(2000);
    TrainConfig config = smallConfig();
    config.params.rounds = 400;
    config.params.eta = 0.5;
    config.params.maxDepth = 6;
    config.params.earlyStoppingRounds = 5;
    const auto bundle = Trainer::train(data, config);
    MIZAN_VERIFY_OK(bundle);
    const int run = bundle->training["rounds_run"].toInt();
    const int best = bundle->training["best_iteration"].toInt();
    QVERIFY2(run < 400, qPrintable(QString::number(run)));
    QCOMPARE(run, best + 1 + 5);
    QCOMPARE(bundle->model->trees.size(), size_t(best + 1)); // trimmed to the best round
    QVERIFY(bundle->training["rows_validation"].toInteger() > 0);
}

void TestTrainer::earlyStoppingNeedsBothOutcomesInValidation()
{
    // 2 positives in 200 rows: a 5 % validation part of them holds none.
    Dataset data = test::syntheticDataset(200);
    std::fill(data.labels.begin(), data.labels.end(), int8_t(0));
    data.labels[0] = data.labels[1] = 1;
    TrainConfig config = smallConfig();
    config.split = *SplitSpec::parse("none");
    config.validation = *SplitSpec::parse("tail:0.05");
    config.params.earlyStoppingRounds = 3;
    const auto r = Trainer::train(data, config);
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains("validation part"), qPrintable(r.error().message));
}

void TestTrainer::refusesAnOversizedOneHotMatrix()
{
    // A unique reference declared categorical: 40,000 rows x 40,000 inputs would need 6 GB.
    auto spec = DatasetSpec::fromJson(R"({"format": "mizan.dataset-spec/1", "name": "wide",
        "target": {"column": "y", "positive": ["1"]},
        "features": [{"column": "ref", "type": "categorical"}, {"column": "x", "type": "numeric"}]})",
                                      "wide.json");
    QVERIFY(spec.has_value());
    QByteArray csv = "ref,x,y\n";
    for (int i = 0; i < 40000; ++i)
        csv += "R" + QByteArray::number(i) + ',' + QByteArray::number(i % 13) + ','
               + (i % 3 ? '0' : '1') + '\n';
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const auto data = DatasetLoader::read(buffer, "wide.csv", *spec);
    MIZAN_VERIFY_OK(data);
    TrainConfig config = smallConfig();
    config.split = *SplitSpec::parse("none");
    const auto r = Trainer::train(*data, config);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::LimitExceeded);
    QVERIFY2(r.error().message.contains("'ref'") && r.error().message.contains("40000"),
             qPrintable(r.error().message));
}

void TestTrainer::refusesUnlabelledOrOneClassData()
{
    Dataset data = test::syntheticDataset(200);
    Dataset unlabelled = data;
    unlabelled.labels.clear();
    auto r = Trainer::train(unlabelled, smallConfig());
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.contains("outcomes"));

    Dataset oneClass = data;
    std::fill(oneClass.labels.begin(), oneClass.labels.end(), int8_t(0));
    r = Trainer::train(oneClass, smallConfig());
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.contains("only one outcome"));

    Dataset unknown = data;
    unknown.labels[5] = -1;
    r = Trainer::train(unknown, smallConfig());
    QVERIFY(!r.has_value());
}

void TestTrainer::refusesBadParameters()
{
    const Dataset data = test::syntheticDataset(200);
    TrainConfig config = smallConfig();
    config.params.eta = 0;
    const auto r = Trainer::train(data, config);
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.contains("eta"));
    TrainParams params;
    QVERIFY(!params.set("max_depth", "deep").has_value());
    QVERIFY(!params.set("colour", "1").has_value());
    QVERIFY(params.set("learning_rate", "0.05").has_value());
    QCOMPARE(params.eta, 0.05);
    const auto json = TrainParams::fromJson(params.toJson(), "p.json");
    MIZAN_VERIFY_OK(json);
    QVERIFY(*json == params);
}

void TestTrainer::cancelAndProgress()
{
    const Dataset data = test::syntheticDataset(500);
    QList<qint64> rounds;
    auto r = Trainer::train(data,
                            smallConfig(),
                            JobControl{[&](qint64 done, qint64 total) {
                                           QCOMPARE(total, qint64(30));
                                           rounds.append(done);
                                       },
                                       nullptr});
    QVERIFY(r.has_value());
    QCOMPARE(rounds.size(), 31);
    QCOMPARE(rounds.last(), qint64(30));
    CancelToken token;
    token.cancel();
    r = Trainer::train(data, smallConfig(), JobControl{{}, &token});
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "TestTrainer.moc"
