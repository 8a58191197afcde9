#include "model/TrainingSummary.h"

#include "SyntheticLeads.h"

#include <QBuffer>
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
    void quartileEdgesAndBins();
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

void TestTrainingSummary::quartileEdgesAndBins()
{
    // visits (one missing): sorted 1 1 1 1 1 2 3 6 10. numpy.percentile: q1 = v[2] = 1,
    // median = v[4] = 1, q3 = v[6] = 3, so LIME's edges are the distinct [1, 3] and the bins
    // (x <= 1], (1, 3], (3, ...) hold {1 x5}, {2, 3}, {6, 10}: means 1, 2.5, 8 and population
    // standard deviations 0, 0.5, 2. minutes is constant (7): one edge, an empty upper bin.
    const int visits[] = {3, 1, 10, 1, -1, 6, 1, 2, 1, 1};
    QByteArray csv = "lead_id,visits,minutes,sector,channel,region,converted\n";
    for (int i = 0; i < int(std::size(visits)); ++i)
        csv += "L" + QByteArray::number(i) + ','
               + (visits[i] < 0 ? QByteArray() : QByteArray::number(visits[i])) + ",7,tech,web,GCC,"
               + (i % 2 ? "yes" : "no") + '\n';
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto data = DatasetLoader::read(buffer, "tiny.csv", test::syntheticSpec());
    QVERIFY(data.has_value());
    std::vector<qint64> rows(std::size(visits));
    for (size_t r = 0; r < rows.size(); ++r)
        rows[r] = qint64(r);
    const QJsonObject summary = summariseTraining(*data, rows);
    const QJsonArray features = summary["features"].toArray();
    const QJsonObject v = features[0].toObject();
    QCOMPARE(v["column"].toString(), QString("visits"));
    QCOMPARE(v["count"].toInteger(), qint64(9));
    QCOMPARE(v["missing"].toInteger(), qint64(1));
    QCOMPARE(v["q1"].toDouble(), 1.0);
    QCOMPARE(v["median"].toDouble(), 1.0);
    QCOMPARE(v["q3"].toDouble(), 3.0);
    QCOMPARE(v["edges"].toArray(), (QJsonArray{1.0, 3.0}));
    const QJsonArray bins = v["bins"].toArray();
    QCOMPARE(bins.size(), 3);
    const struct
    {
        qint64 count;
        double mean;
        double std;
    } expected[] = {{5, 1.0, 0.0}, {2, 2.5, 0.5}, {2, 8.0, 2.0}};
    for (qsizetype b = 0; b < bins.size(); ++b) {
        const QJsonObject bin = bins[b].toObject();
        QCOMPARE(bin["count"].toInteger(), expected[b].count);
        QCOMPARE(bin["mean"].toDouble(), expected[b].mean);
        QCOMPARE(bin["std"].toDouble(), expected[b].std);
    }

    const QJsonObject m = features[1].toObject();
    QCOMPARE(m["column"].toString(), QString("minutes"));
    QCOMPARE(m["edges"].toArray(), (QJsonArray{7.0}));
    const QJsonArray constant = m["bins"].toArray();
    QCOMPARE(constant.size(), 2);
    QCOMPARE(constant[0].toObject()["count"].toInteger(), qint64(10));
    QCOMPARE(constant[0].toObject()["mean"].toDouble(), 7.0);
    QCOMPARE(constant[0].toObject()["std"].toDouble(), 0.0);
    QCOMPARE(constant[1].toObject()["count"].toInteger(), qint64(0));
    // Categorical features carry no quartiles.
    QVERIFY(!features[2].toObject().contains("edges"));
    QVERIFY(!features[2].toObject().contains("bins"));
}

QTEST_GUILESS_MAIN(TestTrainingSummary)
#include "TestTrainingSummary.moc"
