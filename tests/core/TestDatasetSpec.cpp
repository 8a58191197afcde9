#include "data/DatasetSpec.h"

#include "TestPaths.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace mizan;

namespace {

QByteArray minimal(const QByteArray &extra = {})
{
    return R"({"format": "mizan.dataset-spec/1", "name": "t",
               "features": [{"column": "age", "type": "numeric"}])"
           + extra + "}";
}

} // namespace

class TestDatasetSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheArchitectureExample();
    void defaults();
    void roundTripsThroughJson();
    void referenceSpecsParse();
    void binOfFollowsEdges();
    void errorsNameTheKey_data();
    void errorsNameTheKey();
    void missingFileIsAnIoError();
};

void TestDatasetSpec::parsesTheArchitectureExample()
{
    const QByteArray json = R"({
      "format": "mizan.dataset-spec/1",
      "name": "bank-marketing",
      "csv": {"delimiter": ";", "header": false, "skip_lines": 0, "trim": true,
              "missing": ["", "?"]},
      "columns": ["lead_id", "age", "job", "marital", "email", "duration", "y"],
      "id": "lead_id",
      "target": {"column": "y", "positive": ["yes"], "strip_suffix": "."},
      "features": [
        {"column": "age", "type": "numeric", "immutable": true},
        {"column": "job", "type": "categorical"}
      ],
      "sensitive": [
        {"column": "age", "name": "age_group", "edges": [25, 61], "labels": ["<25", "25-60", ">60"],
         "privileged": "25-60"},
        {"column": "marital"}
      ],
      "pii": [{"column": "email", "kind": "email"}],
      "ignore": ["duration"],
      "purpose": "lead conversion scoring", "legal_basis": "public task"
    })";
    const auto spec = DatasetSpec::fromJson(json, "spec.json");
    MIZAN_VERIFY_OK(spec);
    QCOMPARE(spec->name, QString("bank-marketing"));
    QCOMPARE(spec->csv.delimiter, ';');
    QCOMPARE(spec->csv.header, false);
    QCOMPARE(spec->csv.trim, true);
    QCOMPARE(spec->csv.missing, (QStringList{"", "?"}));
    QCOMPARE(spec->columns.size(), 7);
    QCOMPARE(spec->id, QString("lead_id"));
    QVERIFY(spec->target.has_value());
    QCOMPARE(spec->target->positive, QStringList{"yes"});
    QCOMPARE(spec->target->stripSuffix, QString("."));
    QCOMPARE(spec->features.size(), size_t(2));
    QCOMPARE(spec->features[0].type, FeatureType::Numeric);
    QVERIFY(spec->features[0].immutable);
    QCOMPARE(spec->features[1].type, FeatureType::Categorical);
    QCOMPARE(spec->sensitive.size(), size_t(2));
    QCOMPARE(spec->sensitive[0].name, QString("age_group"));
    QCOMPARE(spec->sensitive[0].edges, (std::vector<double>{25, 61}));
    QCOMPARE(spec->sensitive[0].privileged, QString("25-60"));
    QCOMPARE(spec->sensitive[1].name, QString("marital")); // defaults to the column
    QVERIFY(!spec->sensitive[1].isBinned());
    QCOMPARE(spec->pii.size(), size_t(1));
    QCOMPARE(spec->pii[0].kind, QString("email"));
    QCOMPARE(spec->ignore, QStringList{"duration"});
    QCOMPARE(spec->purpose, QString("lead conversion scoring"));
    QCOMPARE(spec->legalBasis, QString("public task"));
}

void TestDatasetSpec::defaults()
{
    const auto spec = DatasetSpec::fromJson(minimal(), "s.json");
    MIZAN_VERIFY_OK(spec);
    QCOMPARE(spec->csv.delimiter, ',');
    QVERIFY(spec->csv.header);
    QCOMPARE(spec->csv.skipLines, 0);
    QVERIFY(!spec->csv.trim);
    QCOMPARE(spec->csv.missing, QStringList{""});
    QVERIFY(spec->id.isEmpty());
    QVERIFY(!spec->target.has_value());
}

void TestDatasetSpec::roundTripsThroughJson()
{
    const auto spec = DatasetSpec::load(test::dataFile("bank-marketing.spec.json"));
    MIZAN_VERIFY_OK(spec);
    const QByteArray json = QJsonDocument(spec->toJson()).toJson();
    const auto again = DatasetSpec::fromJson(json, "again.json");
    MIZAN_VERIFY_OK(again);
    QVERIFY(*again == *spec);
}

void TestDatasetSpec::referenceSpecsParse()
{
    MIZAN_REQUIRE_SHARED();
    const auto adult = DatasetSpec::load(test::sharedFile("reference/adult/spec.json"));
    MIZAN_VERIFY_OK(adult);
    QVERIFY(!adult->csv.header);
    QCOMPARE(adult->columns.size(), 15);
    QCOMPARE(adult->target->stripSuffix, QString(".")); // given as csv.strip_suffix
    QCOMPARE(adult->target->positive, QStringList{">50K"});
    const auto test = DatasetSpec::load(test::sharedFile("reference/adult/spec_test.json"));
    MIZAN_VERIFY_OK(test);
    QCOMPARE(test->csv.skipLines, 1);
    QVERIFY(test->features == adult->features);
}

void TestDatasetSpec::binOfFollowsEdges()
{
    SensitiveSpec s;
    s.edges = {25, 61};
    QCOMPARE(s.binOf(-1), 0);
    QCOMPARE(s.binOf(24.999), 0);
    QCOMPARE(s.binOf(25), 1);
    QCOMPARE(s.binOf(60.5), 1);
    QCOMPARE(s.binOf(61), 2);
    QCOMPARE(s.binOf(99), 2);
    QCOMPARE(s.binOf(std::nan("")), -1); // a missing value belongs to no group
}

void TestDatasetSpec::errorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    // clang-format off
    QTest::newRow("not json")            << QByteArray("{\"format\": ")                              << QString("byte");
    QTest::newRow("not object")          << QByteArray("[1]")                                        << QString("object");
    QTest::newRow("unknown key")         << minimal(R"(, "colour": "red")")                         << QString("'colour'");
    QTest::newRow("wrong format")        << QByteArray(R"({"format": "other/1", "name": "t", "features": []})") << QString("'format'");
    QTest::newRow("no name")             << QByteArray(R"({"format": "mizan.dataset-spec/1", "features": [{"column": "a", "type": "numeric"}]})") << QString("'name'");
    QTest::newRow("no features")         << QByteArray(R"({"format": "mizan.dataset-spec/1", "name": "t", "features": []})") << QString("'features'");
    QTest::newRow("feature type")        << QByteArray(R"({"format": "mizan.dataset-spec/1", "name": "t", "features": [{"column": "a", "type": "text"}]})") << QString("'features[0].type'");
    QTest::newRow("feature unknown key") << QByteArray(R"({"format": "mizan.dataset-spec/1", "name": "t", "features": [{"column": "a", "type": "numeric", "min": 0}]})") << QString("'features[0].min'");
    QTest::newRow("duplicate feature")   << QByteArray(R"({"format": "mizan.dataset-spec/1", "name": "t", "features": [{"column": "a", "type": "numeric"}, {"column": "a", "type": "numeric"}]})") << QString("'features[1].column'");
    QTest::newRow("ambiguous one-hot")   << QByteArray(R"({"format": "mizan.dataset-spec/1", "name": "t", "features": [{"column": "a", "type": "categorical"}, {"column": "a=b", "type": "categorical"}]})") << QString("'features[1].column'");
    QTest::newRow("ambiguous numeric")   << QByteArray(R"({"format": "mizan.dataset-spec/1", "name": "t", "features": [{"column": "a=b", "type": "numeric"}, {"column": "a", "type": "categorical"}]})") << QString("'features[1].column'");
    QTest::newRow("numeric categories")  << QByteArray(R"({"format": "mizan.dataset-spec/1", "name": "t", "features": [{"column": "a", "type": "numeric", "categories": ["x"]}]})") << QString("'features[0].categories'");
    QTest::newRow("delimiter length")    << minimal(R"(, "csv": {"delimiter": ", "})")            << QString("'csv.delimiter'");
    QTest::newRow("csv unknown key")     << minimal(R"(, "csv": {"quote": "'"})")                  << QString("'csv.quote'");
    QTest::newRow("skip negative")       << minimal(R"(, "csv": {"skip_lines": -1})")              << QString("'csv.skip_lines'");
    QTest::newRow("header wrong type")   << minimal(R"(, "csv": {"header": "yes"})")               << QString("'csv.header'");
    QTest::newRow("no header no cols")   << minimal(R"(, "csv": {"header": false})")               << QString("'columns'");
    QTest::newRow("header and cols")     << minimal(R"(, "columns": ["age"])")                     << QString("'columns'");
    QTest::newRow("column not listed")   << minimal(R"(, "csv": {"header": false}, "columns": ["x"])") << QString("'features[0].column'");
    QTest::newRow("target is feature")   << minimal(R"(, "target": {"column": "age", "positive": ["1"]})") << QString("'target.column'");
    QTest::newRow("target no positive")  << minimal(R"(, "target": {"column": "y", "positive": []})") << QString("'target.positive'");
    QTest::newRow("suffix no target")    << minimal(R"(, "csv": {"strip_suffix": "."})")           << QString("'csv.strip_suffix'");
    QTest::newRow("id is feature")       << minimal(R"(, "id": "age")")                            << QString("'id'");
    QTest::newRow("labels count")        << minimal(R"(, "sensitive": [{"column": "age", "edges": [25, 61], "labels": ["a", "b"]}])") << QString("'sensitive[0].labels'");
    QTest::newRow("edges descend")       << minimal(R"(, "sensitive": [{"column": "age", "edges": [61, 25]}])") << QString("'sensitive[0].edges'");
    QTest::newRow("privileged unknown")  << minimal(R"(, "sensitive": [{"column": "age", "edges": [25], "labels": ["y", "o"], "privileged": "x"}])") << QString("'sensitive[0].privileged'");
    QTest::newRow("pii kind")            << minimal(R"(, "pii": [{"column": "email", "kind": "secret"}])") << QString("'pii[0].kind'");
    QTest::newRow("pii is feature")      << minimal(R"(, "pii": [{"column": "age", "kind": "text"}])") << QString("'pii[0].column'");
    QTest::newRow("nul delimiter")       << minimal(R"(, "csv": {"delimiter": "\u0000"})")        << QString("'csv.delimiter'");
    QTest::newRow("sensitive target")    << minimal(R"(, "target": {"column": "y", "positive": ["1"]}, "sensitive": [{"column": "y"}])") << QString("'sensitive[0].column'");
    QTest::newRow("sensitive id")        << minimal(R"(, "id": "lead", "sensitive": [{"column": "lead"}])") << QString("'sensitive[0].column'");
    QTest::newRow("pii ignored")         << minimal(R"(, "pii": [{"column": "email", "kind": "email"}], "ignore": ["email"])") << QString("'pii[0].column'");
    QTest::newRow("ignore used")         << minimal(R"(, "ignore": ["age"])")                      << QString("'ignore'");
    QTest::newRow("purpose type")        << minimal(R"(, "purpose": 3)")                           << QString("'purpose'");
    QTest::newRow("pii without purpose") << minimal(R"(, "pii": [{"column": "email", "kind": "email"}])") << QString("'purpose'");
    QTest::newRow("pii without basis")   << minimal(R"(, "pii": [{"column": "email", "kind": "email"}], "purpose": "scoring")") << QString("'legal_basis'");
    QTest::newRow("unknown basis")       << minimal(R"(, "legal_basis": "because")")              << QString("'legal_basis'");
    // clang-format on
}

void TestDatasetSpec::errorsNameTheKey()
{
    // '=' in a feature name is fine while no categorical feature's name and '=' begins another.
    QVERIFY(
        DatasetSpec::fromJson(
            R"({"format": "mizan.dataset-spec/1", "name": "t", "features": [{"column": "a", "type": "numeric"}, {"column": "a=b", "type": "categorical"}, {"column": "ab", "type": "categorical"}]})",
            "ok-spec.json")
            .has_value());
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    const auto spec = DatasetSpec::fromJson(json, "bad-spec.json");
    QVERIFY(!spec.has_value());
    QCOMPARE(spec.error().code, ErrorCode::InvalidInput);
    QVERIFY2(spec.error().message.startsWith("bad-spec.json: "), qPrintable(spec.error().message));
    QVERIFY2(spec.error().message.contains(key), qPrintable(spec.error().message));
}

void TestDatasetSpec::missingFileIsAnIoError()
{
    const auto spec = DatasetSpec::load("/nonexistent/spec.json");
    QVERIFY(!spec.has_value());
    QCOMPARE(spec.error().code, ErrorCode::Io);
    QVERIFY(spec.error().message.contains("/nonexistent/spec.json"));
}

QTEST_GUILESS_MAIN(TestDatasetSpec)
#include "TestDatasetSpec.moc"
