#include "model/TrainingSummary.h"

#include "SyntheticLeads.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace mizan;

class TestTrainingSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentilesAsNumpy();
    void summarisesOnlyTheGivenRows();
};

void TestTrainingSummary::percentilesAsNumpy()
{
    // numpy.percentile([1, 2, 3, 4], q) = 1.75, 2.5, 3.25; of one value, that value.
    const std::vector<double> v{1, 2, 3, 4};
    QCOMPARE(percentileSorted(v, 25), 1.75);
    QCOMPARE(percentileSorted(v, 50), 2.5);
    QCOMPARE(percentileSorted(v, 75), 3.25);
    QCOMPARE(percentileSorted(v, 0), 1.0);
    QCOMPARE(percentileSorted(v, 100), 4.0);
    QCOMPARE(percentileSorted(std::vector<double>{5}, 25), 5.0);
    QVERIFY(std::isnan(percentileSorted(std::vector<double>{}, 50)));
}

void TestTrainingSummary::summarisesOnlyTheGivenRows()
{
    const Dataset data = test::syntheticDataset(300);
    const std::vector<qint64> rows{0, 1, 2, 3};
    const QJsonObject summary = summariseTraining(data, rows);
    QCOMPARE(summary["rows"].toInt(), 4);
    const QJsonArray features = summary["features"].toArray();
    QCOMPARE(features.size(), 4);
    const QJsonObject minutes = features[1].toObject();
    QCOMPARE(minutes["column"].toString(), QString("minutes"));
    std::vector<double> values;
    for (qint64 r : rows)
        values.push_back(data.column("minutes")->numbers[size_t(r)]);
    std::sort(values.begin(), values.end());
    QCOMPARE(minutes["min"].toDouble(), values.front());
    QCOMPARE(minutes["max"].toDouble(), values.back());
    QCOMPARE(minutes["median"].toDouble(), percentileSorted(values, 50));
    const QJsonObject channel = features[3].toObject();
    qint64 counted = 0;
    for (const QJsonValue &c : channel["categories"].toArray())
        counted += c.toObject()["count"].toInteger();
    QCOMPARE(counted + channel["missing"].toInteger(), qint64(4));
    // No row-level values: only aggregates.
    QVERIFY(!summary.contains("rows_data"));
}

QTEST_GUILESS_MAIN(TestTrainingSummary)
#include "TestTrainingSummary.moc"
