// Oracle tests for the fairness engine against ../shared/reference: fairlearn's MetricFrame
// results on Bank Marketing (bank_mod5/fairness.json) and fairlearn plus AIF360 on UCI Adult
// (adult/fairness.json). Every number in the reference files is compared, not a chosen few.

#include "data/DatasetLoader.h"
#include "data/Split.h"
#include "fairness/FairnessReport.h"
#include "model/Metrics.h"
#include "model/ModelBundle.h"
#include "model/Scorer.h"

#include "OracleCsv.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace mizan;

namespace {

constexpr double kTolerance = 1e-9;

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/** Walks `expected` and checks that `actual` has every value in it (numbers within kTolerance). */
struct JsonComparison
{
    QStringList skipKeys; ///< prose keys whose wording differs on purpose ("definition")
    double worst = 0.0;
    int numbers = 0;
    QStringList problems;

    void compare(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
    {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                problems.append(path + QStringLiteral(": missing object"));
                return;
            }
            const QJsonObject e = expected.toObject();
            const QJsonObject a = actual.toObject();
            for (auto it = e.begin(); it != e.end(); ++it) {
                if (skipKeys.contains(it.key()))
                    continue;
                if (!a.contains(it.key())) {
                    problems.append(path + QLatin1Char('.') + it.key()
                                    + QStringLiteral(": missing"));
                    continue;
                }
                compare(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key());
            }
        } else if (expected.isArray()) {
            // groups_order: the same groups (ours keep the spec's order for binned attributes).
            QStringList e = expected.toVariant().toStringList();
            QStringList a = actual.toVariant().toStringList();
            e.sort();
            a.sort();
            if (e != a)
                problems.append(path + QStringLiteral(": ") + e.join(u',') + QStringLiteral(" != ")
                                + a.join(u','));
        } else if (expected.isDouble()) {
            ++numbers;
            if (!actual.isDouble()) {
                problems.append(path + QStringLiteral(": not a number"));
                return;
            }
            const double diff = std::fabs(expected.toDouble() - actual.toDouble());
            worst = std::max(worst, diff);
            if (!(diff <= kTolerance))
                problems.append(QStringLiteral("%1: %2 != %3")
                                    .arg(path)
                                    .arg(actual.toDouble(), 0, 'g', 17)
                                    .arg(expected.toDouble(), 0, 'g', 17));
        } else if (expected.isString() || expected.isBool()) {
            if (expected != actual)
                problems.append(path + QStringLiteral(": ") + expected.toVariant().toString()
                                + QStringLiteral(" != ") + actual.toVariant().toString());
        }
    }
};

/** The numbers anywhere in `v`: what a complete comparison must have compared. */
int countNumbers(const QJsonValue &v)
{
    if (v.isDouble())
        return 1;
    int n = 0;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            n += countNumbers(it.value());
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            n += countNumbers(e);
    }
    return n;
}

} // namespace

class TestFairnessOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bankReproducesFairlearn();
    void adultReproducesFairlearnAndAif360();
};

void TestFairnessOracle::initTestCase()
{
    MIZAN_REQUIRE_SHARED();
}

void TestFairnessOracle::bankReproducesFairlearn()
{
    const auto spec = DatasetSpec::load(test::dataFile("bank-marketing.spec.json"));
    MIZAN_VERIFY_OK(spec);
    LoadOptions options;
    options.target = TargetPolicy::Required;
    const auto data = DatasetLoader::load(test::sharedFile(
                                              "data/bank-marketing/bank-additional-full.csv"),
                                          *spec,
                                          options);
    MIZAN_VERIFY_OK(data);
    const SplitRows split = splitRows(*SplitSpec::parse("mod:5:4"), data->rowCount());
    const Dataset testPart = data->subset(split.test);
    QCOMPARE(testPart.rowCount(), qint64(8237));

    const test::NumericTable predictions = test::readNumericCsv(
        test::sharedFile("reference/bank_mod5/predictions_all_test.csv"));
    QCOMPARE(predictions.rows.size(), size_t(8237));
    const int rowIndex = predictions.column("row_index");
    const int prob = predictions.column("prob");
    const int yTrue = predictions.column("y_true");
    std::vector<double> probabilities;
    for (size_t i = 0; i < predictions.rows.size(); ++i) {
        QCOMPARE(qint64(predictions.rows[i][size_t(rowIndex)]), split.test[i]);
        QCOMPARE(double(testPart.labels[i]), predictions.rows[i][size_t(yTrue)]);
        probabilities.push_back(predictions.rows[i][size_t(prob)]);
    }
    const auto age = groupByName(testPart, "age_group");
    const auto marital = groupByName(testPart, "marital");
    MIZAN_VERIFY_OK(age);
    MIZAN_VERIFY_OK(marital);
    QCOMPARE(age->groups, QStringList({"<25", "25-60", ">60"}));

    PredictionView view{probabilities, testPart.labels, {age->view(), marital->view()}};
    const auto report = FairnessReport::compute(view);
    MIZAN_VERIFY_OK(report);
    const QJsonObject ours = report->toJson();
    const QJsonObject reference = readJson(test::sharedFile("reference/bank_mod5/fairness.json"));
    QVERIFY(reference.contains("sensitive_features"));

    JsonComparison cmp;
    cmp.compare(reference["threshold"], ours["threshold"], "threshold");
    cmp.compare(reference["positive_label"], ours["positive_label"], "positive_label");
    cmp.compare(reference["sensitive_features"], ours["sensitive_features"], "sensitive_features");
    qInfo("bank: %d reference numbers compared, largest deviation %.3g", cmp.numbers, cmp.worst);
    QVERIFY2(cmp.problems.isEmpty(), qPrintable(cmp.problems.join(u'\n')));
    QCOMPARE(cmp.numbers, countNumbers(reference)); // every number in the file

    // The zero-ratio case: marital 'unknown' selects nobody, so the ratios are exactly 0.
    const AttributeReport *m = report->attribute("marital");
    QVERIFY(m);
    QCOMPARE(m->metrics.group("unknown")->counts.predictedPositives(), qint64(0));
    QCOMPARE(m->disparity(Disparity::DemographicParityRatio), 0.0);
    QCOMPARE(m->disparity(Disparity::EqualizedOddsRatioToOverall), 0.0);
    // Bank's spec names privileged groups: the AIF360 forms are there, signed as documented.
    QVERIFY(m->disparities.aif360.has_value());
    QCOMPARE(m->disparities.aif360->privileged, QString("married"));
    QVERIFY(m->metrics.group("unknown")->small); // 21 members
}

void TestFairnessOracle::adultReproducesFairlearnAndAif360()
{
    const auto trainSpec = DatasetSpec::load(test::sharedFile("reference/adult/spec.json"));
    const auto testSpec = DatasetSpec::load(test::sharedFile("reference/adult/spec_test.json"));
    MIZAN_VERIFY_OK(trainSpec);
    MIZAN_VERIFY_OK(testSpec);
    const auto testData = DatasetLoader::load(test::sharedFile("data/adult/adult.test"), *testSpec);
    MIZAN_VERIFY_OK(testData);
    const auto bundle = ModelBundle::importXgboostFile(test::sharedFile(
                                                           "reference/adult/model.json"),
                                                       *trainSpec);
    MIZAN_VERIFY_OK(bundle);
    const auto scorer = Scorer::create(*bundle);
    MIZAN_VERIFY_OK(scorer);
    const auto scores = scorer->score(*testData);
    MIZAN_VERIFY_OK(scores);

    auto sex = groupByName(*testData, "sex");
    auto race = groupByName(*testData, "race");
    const auto age = groupByName(*testData, "age_group");
    MIZAN_VERIFY_OK(sex);
    MIZAN_VERIFY_OK(race);
    MIZAN_VERIFY_OK(age);
    // spec_test.json names no privileged group; the reference's AIF360 run used Male and White.
    sex->privileged = "Male";
    race->privileged = "White";
    const auto sexRace = intersectGroups(sex->view(), race->view());
    MIZAN_VERIFY_OK(sexRace);
    QCOMPARE(sexRace->name, QString("sex|race"));

    PredictionView view{scores->probabilities,
                        testData->labels,
                        {sex->view(), race->view(), age->view(), sexRace->view()}};
    const auto report = FairnessReport::compute(view);
    MIZAN_VERIFY_OK(report);
    const QJsonObject ours = report->toJson();
    const QJsonObject features = ours["sensitive_features"].toObject();
    const QJsonObject reference = readJson(test::sharedFile("reference/adult/fairness.json"));
    QVERIFY(reference.contains("fairlearn"));

    JsonComparison cmp;
    cmp.skipKeys = QStringList{"definition"};
    cmp.compare(reference["threshold"], ours["threshold"], "threshold");
    cmp.compare(reference["test_rows"], ours["rows"], "test_rows");
    cmp.compare(reference["test_auc"],
                features["sex"].toObject()["overall"].toObject()["roc_auc"],
                "test_auc");
    cmp.compare(reference["fairlearn"], features, "fairlearn");
    const QJsonObject aif = reference["aif360_signed"].toObject();
    for (auto it = aif.begin(); it != aif.end(); ++it) {
        cmp.compare(it.value(),
                    features[it.key()].toObject()["aif360_signed"],
                    "aif360_signed." + it.key());
    }
    // The one number that is no fairness metric: log loss, from our probabilities (which agree
    // with XGBoost's to 1e-6, so the log loss agrees to about that).
    const BinaryMetrics binary = BinaryMetrics::compute(scores->probabilities, testData->labels);
    const double logLossDiff = std::fabs(binary.logLoss - reference["test_logloss"].toDouble());
    qInfo("adult: %d reference numbers compared, largest deviation %.3g; log loss off by %.3g",
          cmp.numbers + 1,
          cmp.worst,
          logLossDiff);
    QVERIFY2(cmp.problems.isEmpty(), qPrintable(cmp.problems.join(u'\n')));
    QCOMPARE(cmp.numbers + 1, countNumbers(reference)); // every number in the file, + log loss
    QVERIFY(logLossDiff < 1e-6);

    // Equalized odds ratio 0: '<25' has no false positives at all.
    const AttributeReport *ageReport = report->attribute("age_group");
    QVERIFY(ageReport);
    QCOMPARE(ageReport->disparity(Disparity::EqualizedOddsRatio), 0.0);
    QCOMPARE(report->attribute("sex|race")->metrics.groups.size(), size_t(10));
}

QTEST_GUILESS_MAIN(TestFairnessOracle)
#include "TestFairnessOracle.moc"
