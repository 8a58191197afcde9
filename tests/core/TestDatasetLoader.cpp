#include "data/DatasetLoader.h"
#include "data/ValueParsing.h"

#include "ChunkedDevice.h"
#include "TestPaths.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace mizan;

namespace {

DatasetSpec leadSpec()
{
    auto spec = DatasetSpec::fromJson(R"({
        "format": "mizan.dataset-spec/1", "name": "leads",
        "csv": {"delimiter": ",", "trim": true, "missing": ["", "?", "NA"]},
        "id": "lead_id",
        "target": {"column": "converted", "positive": ["yes"], "strip_suffix": "."},
        "features": [
            {"column": "visits", "type": "numeric"},
            {"column": "sector", "type": "categorical"}
        ],
        "sensitive": [{"column": "region"}],
        "pii": [{"column": "email", "kind": "email"}],
        "purpose": "lead conversion scoring", "legal_basis": "public task"
    })",
                                      "leads.spec.json");
    Q_ASSERT(spec.has_value());
    return *spec;
}

Result<Dataset> load(const QByteArray &csv,
                     const DatasetSpec &spec,
                     TargetPolicy target = TargetPolicy::IfPresent)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    LoadOptions options;
    options.target = target;
    return DatasetLoader::read(buffer, "leads.csv", spec, options);
}

} // namespace

class TestDatasetLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedColumns();
    void unusedColumnsAreNotStored();
    void optionalColumnsMayBeAbsent();
    void badInput_data();
    void badInput();
    void numbersAsPythonReadsThem();
    void arabicIndicDigits();
    void unexpectedTargetValuesAreReported();
    void binaryGarbageLoadsNothing();
    void targetRequiredForTraining();
    void noHeaderUsesSpecColumns();
    void bankMarketingLoads();
    void adultLoads();
};

void TestDatasetLoader::typedColumns()
{
    const QByteArray csv = "lead_id,visits,sector,region,email,converted,notes\n"
                           "L1, 3 ,trade,GCC,a@b.ae,yes,x\n"
                           "L2,?,logistics,Europe,,no.,y\n"
                           "\n"
                           "L3,+7.5,NA,GCC,c@d.ae,yes.,z\n"
                           "L4,1e2,trade,?,,no,w\n";
    const auto data = load(csv, leadSpec());
    MIZAN_VERIFY_OK(data);
    QCOMPARE(data->rowCount(), qint64(4));
    const Column *visits = data->column("visits");
    QVERIFY(visits && visits->kind == ColumnKind::Numeric);
    QCOMPARE(visits->numbers[0], 3.0);
    QVERIFY(std::isnan(visits->numbers[1]));
    QCOMPARE(visits->numbers[2], 7.5);
    QCOMPARE(visits->numbers[3], 100.0);
    const Column *sector = data->column("sector");
    QVERIFY(sector && sector->kind == ColumnKind::Categorical);
    QCOMPARE(sector->dictionary, (QStringList{"trade", "logistics"}));
    QCOMPARE(sector->codes, (std::vector<int32_t>{0, 1, -1, 0}));
    QCOMPARE(sector->displayValue(2), QString());
    const Column *region = data->column("region");
    QVERIFY(region && region->kind == ColumnKind::Categorical);
    QCOMPARE(region->codes[3], -1);
    const Column *email = data->column("email");
    QVERIFY(email && email->kind == ColumnKind::Text);
    QCOMPARE(email->texts[0], QString("a@b.ae"));
    QVERIFY(email->isMissing(1));
    QCOMPARE(data->labels, (std::vector<int8_t>{1, 0, 1, 0})); // "no." and "yes." stripped
    QCOMPARE(data->ids, (std::vector<QString>{"L1", "L2", "L3", "L4"}));
    QCOMPARE(data->idOf(2), QString("L3"));
    QCOMPARE(data->sha256, QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
    QVERIFY(data->warnings.isEmpty());
}

void TestDatasetLoader::unusedColumnsAreNotStored()
{
    const auto data = load("lead_id,visits,sector,region,email,converted,notes\nL1,1,a,b,c,yes,n\n",
                           leadSpec());
    QVERIFY(data.has_value());
    QVERIFY(!data->column("notes"));
    QCOMPARE(data->columns.size(), size_t(5)); // visits, sector, id, region, email
}

void TestDatasetLoader::optionalColumnsMayBeAbsent()
{
    // Leads to score: no outcome, no sensitive and no personal-data column.
    const auto data = load("lead_id,visits,sector\nL1,1,a\n", leadSpec());
    MIZAN_VERIFY_OK(data);
    QVERIFY(!data->hasLabels());
    QCOMPARE(data->warnings.size(), 3);
    QVERIFY(data->warnings.join(' ').contains("converted"));
}

void TestDatasetLoader::badInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("contains");
    const QByteArray header = "lead_id,visits,sector,converted\n";
    // clang-format off
    QTest::newRow("text in numeric")     << header + "L1,1,a,yes\nL2,many,b,no\n"     << qint64(3) << QString("column 'visits': expected a number, found 'many'");
    QTest::newRow("two signs")           << header + "L1,+-5,a,yes\n"                << qint64(2) << QString("expected a number, found '+-5'");
    QTest::newRow("beyond float")        << header + "L1,1e39,a,yes\n"               << qint64(2) << QString("too large for a model input");
    QTest::newRow("infinite number")     << header + "L1,inf,a,yes\n"                 << qint64(2) << QString("column 'visits'");
    QTest::newRow("ragged short")        << header + "L1,1,a,yes\nL2,2,b\n"           << qint64(3) << QString("expected 4 fields");
    QTest::newRow("ragged long")         << header + "L1,1,a,yes,extra\n"            << qint64(2) << QString("found 5");
    QTest::newRow("unbalanced quotes")   << header + "L1,1,\"a,yes\nL2,2,b,no\n"      << qint64(2) << QString("never closed");
    QTest::newRow("missing feature col") << QByteArray("lead_id,sector,converted\nL1,a,yes\n") << qint64(1) << QString("the feature column 'visits' is missing");
    QTest::newRow("missing id col")      << QByteArray("visits,sector\n1,a\n")         << qint64(1) << QString("the id column 'lead_id' is missing");
    QTest::newRow("duplicate id")        << header + "L1,1,a,yes\nL1,2,b,no\n"        << qint64(3) << QString("already appeared on line 2");
    QTest::newRow("empty id")            << header + ",1,a,yes\n"                     << qint64(2) << QString("the id is empty");
    QTest::newRow("invalid utf8")        << header + "L1,1,\xff\xfe,yes\n"            << qint64(2) << QString("not valid UTF-8");
    QTest::newRow("duplicate header")    << QByteArray("lead_id,visits,visits,sector\n") << qint64(1) << QString("appears twice");
    QTest::newRow("empty file")          << QByteArray()                               << qint64(0) << QString("holds no header");
    QTest::newRow("header only")         << header                                     << qint64(0) << QString("no data rows");
    // clang-format on
}

void TestDatasetLoader::badInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(qint64, line);
    QFETCH(QString, contains);
    const auto data = load(csv, leadSpec());
    QVERIFY(!data.has_value());
    QVERIFY2(data.error().message.contains(contains), qPrintable(data.error().message));
    QVERIFY2(data.error().message.startsWith("leads.csv"), qPrintable(data.error().message));
    QCOMPARE(data.error().line, line);
}

void TestDatasetLoader::numbersAsPythonReadsThem()
{
    const auto data = load("lead_id,visits,sector,converted\nL1,1e-400,a,yes\nL2,-2.5e-3,a,no\n"
                           "L3,+.5,a,no\nL4,12345678901234567890,a,no\n",
                           leadSpec());
    MIZAN_VERIFY_OK(data);
    const std::vector<double> &v = data->column("visits")->numbers;
    QCOMPARE(v[0], 0.0); // underflow reads as zero
    QCOMPARE(v[1], -0.0025);
    QCOMPARE(v[2], 0.5);
    QCOMPARE(v[3], 12345678901234567890.0); // beyond the fast path: the general parser
}

void TestDatasetLoader::arabicIndicDigits()
{
    // Typed in Arabic: Arabic-Indic and Eastern Arabic-Indic digits, the Arabic decimal separator
    // and the minus sign read as the numbers they show (Python's float() reads them too).
    const auto data = load(QStringLiteral("lead_id,visits,sector,converted\nL1,٣٫٥,a,yes\n"
                                          "L2,۱۲,a,no\nL3,−٤,a,no\nL4,٢e٣,a,no\nL5,7,a,no\n")
                               .toUtf8(),
                           leadSpec());
    MIZAN_VERIFY_OK(data);
    const std::vector<double> &v = data->column("visits")->numbers;
    QCOMPARE(v, (std::vector<double>{3.5, 12.0, -4.0, 2000.0, 7.0}));
    // Other scripts' characters are still not numbers, and the message shows what was found.
    const auto bad = load(QStringLiteral("lead_id,visits,sector,converted\nL1,٣x,a,yes\n"
                                         "L2,三,a,no\n")
                              .toUtf8(),
                          leadSpec());
    QVERIFY(!bad.has_value());
    QVERIFY2(bad.error().message.contains(QStringLiteral("expected a number, found '٣x'")),
             qPrintable(bad.error().message));
    QCOMPARE(bad.error().line, 2);
    std::string out;
    QVERIFY(!asciiDigits("12.5", out)); // nothing to rewrite: the fast path's business
    QVERIFY(!asciiDigits("\xd9", out)); // a cut sequence
    QVERIFY(asciiDigits("\xd9\xa9", out));
    QCOMPARE(out, std::string("9"));
}

void TestDatasetLoader::unexpectedTargetValuesAreReported()
{
    const auto data = load("lead_id,visits,sector,converted\nL1,1,a,yes\nL2,1,a,no\nL3,1,a,Yes\n"
                           "L4,1,a,no\n",
                           leadSpec());
    MIZAN_VERIFY_OK(data);
    QCOMPARE(data->labels, (std::vector<int8_t>{1, 0, 0, 0}));
    const QStringList about = data->warnings.filter("target column");
    QCOMPARE(about.size(), 1);
    QVERIFY2(about[0].contains("'Yes' (1 rows)"), qPrintable(about[0]));
    const auto clean = load("lead_id,visits,sector,converted\nL1,1,a,yes\nL2,1,a,no\n", leadSpec());
    QVERIFY(clean->warnings.filter("target column").isEmpty());
}

void TestDatasetLoader::binaryGarbageLoadsNothing()
{
    QRandomGenerator generator(42);
    for (int round = 0; round < 50; ++round) {
        QByteArray garbage(4096, Qt::Uninitialized);
        for (char &c : garbage)
            c = static_cast<char>(generator.bounded(256));
        const auto data = load("lead_id,visits,sector,converted\n" + garbage, leadSpec());
        QVERIFY(!data.has_value());
        QVERIFY(!data.error().message.isEmpty());
        QVERIFY(data.error().line >= 1);
    }
}

void TestDatasetLoader::targetRequiredForTraining()
{
    const auto absent = load("lead_id,visits,sector\nL1,1,a\n", leadSpec(), TargetPolicy::Required);
    QVERIFY(!absent.has_value());
    QVERIFY(absent.error().message.contains("the target column 'converted' is missing"));
    const auto empty = load("lead_id,visits,sector,converted\nL1,1,a,yes\nL2,2,b,?\n",
                            leadSpec(),
                            TargetPolicy::Required);
    QVERIFY(!empty.has_value());
    QCOMPARE(empty.error().line, qint64(3));
    QVERIFY(empty.error().message.contains("outcome"));
    const auto lenient = load("lead_id,visits,sector,converted\nL1,1,a,yes\nL2,2,b,?\n", leadSpec());
    QVERIFY(lenient.has_value());
    QCOMPARE(lenient->labels, (std::vector<int8_t>{1, -1}));
}

void TestDatasetLoader::noHeaderUsesSpecColumns()
{
    const auto spec = DatasetSpec::fromJson(R"({
        "format": "mizan.dataset-spec/1", "name": "h",
        "csv": {"header": false, "skip_lines": 1, "delimiter": "|"},
        "columns": ["a", "b", "y"],
        "target": {"column": "y", "positive": ["1"]},
        "features": [{"column": "a", "type": "numeric"}, {"column": "b", "type": "categorical"}]
    })",
                                            "h.json");
    QVERIFY(spec.has_value());
    const auto data = load("junk line, with commas\n1|x|1\n2|y|0\n", *spec);
    MIZAN_VERIFY_OK(data);
    QCOMPARE(data->rowCount(), qint64(2));
    QCOMPARE(data->labels, (std::vector<int8_t>{1, 0}));
    QCOMPARE(data->idOf(1), QString("1")); // no id column: the row index
    const auto ragged = load("junk\n1|x\n", *spec);
    QVERIFY(!ragged.has_value());
    QVERIFY(ragged.error().message.contains("spec's column list"));
    QCOMPARE(ragged.error().line, qint64(2));
}

void TestDatasetLoader::bankMarketingLoads()
{
    MIZAN_REQUIRE_SHARED();
    const auto spec = DatasetSpec::load(test::dataFile("bank-marketing.spec.json"));
    QVERIFY(spec.has_value());
    const auto data = DatasetLoader::load(test::sharedFile(
                                              "data/bank-marketing/bank-additional-full.csv"),
                                          *spec);
    MIZAN_VERIFY_OK(data);
    QCOMPARE(data->rowCount(), qint64(41188));
    QCOMPARE(data->sha256,
             QByteArray("74adfc578bf77a7ff4bb1ba4a9f8709d9e3c6907342959c2c8416847e0afb4d8"));
    QCOMPARE(std::count(data->labels.begin(), data->labels.end(), int8_t(1)), 4640);
    const Column *job = data->column("job");
    QVERIFY(job);
    QVERIFY(job->dictionary.contains("admin.")); // the label suffix rule never touches features
    QCOMPARE(job->dictionary.size(), 12);
    QVERIFY(!data->column("duration"));
}

void TestDatasetLoader::adultLoads()
{
    MIZAN_REQUIRE_SHARED();
    const auto trainSpec = DatasetSpec::load(test::sharedFile("reference/adult/spec.json"));
    const auto testSpec = DatasetSpec::load(test::sharedFile("reference/adult/spec_test.json"));
    QVERIFY(trainSpec.has_value() && testSpec.has_value());
    const auto train = DatasetLoader::load(test::sharedFile("data/adult/adult.data"), *trainSpec);
    MIZAN_VERIFY_OK(train);
    QCOMPARE(train->rowCount(), qint64(32561));
    const auto test = DatasetLoader::load(test::sharedFile("data/adult/adult.test"), *testSpec);
    MIZAN_VERIFY_OK(test);
    QCOMPARE(test->rowCount(), qint64(16281));
    // '?' is missing; labels end in '.' in the test file and are stripped.
    const Column *workclass = train->column("workclass");
    QVERIFY(!workclass->dictionary.contains("?"));
    QVERIFY(std::count(workclass->codes.begin(), workclass->codes.end(), -1) > 0);
    QCOMPARE(std::count(train->labels.begin(), train->labels.end(), int8_t(1)), 7841);
    QCOMPARE(std::count(test->labels.begin(), test->labels.end(), int8_t(1)), 3846);
    QVERIFY(test->column("sex") && test->column("race"));
    // The junk first line without skip_lines is reported, not misread.
    const auto wrong = DatasetLoader::load(test::sharedFile("data/adult/adult.test"), *trainSpec);
    QVERIFY(!wrong.has_value());
    QCOMPARE(wrong.error().line, qint64(1));
}

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "TestDatasetLoader.moc"
