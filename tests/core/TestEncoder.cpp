#include "data/DatasetLoader.h"
#include "data/Encoder.h"

#include "TestPaths.h"
#include <QBuffer>
#include <QJsonArray>

#include <QTest>

#include <cmath>

using namespace mizan;

namespace {

DatasetSpec spec()
{
    auto s = DatasetSpec::fromJson(R"({
        "format": "mizan.dataset-spec/1", "name": "e",
        "features": [
            {"column": "sector", "type": "categorical"},
            {"column": "visits", "type": "numeric"},
            {"column": "size", "type": "categorical"},
            {"column": "days", "type": "numeric"}
        ]
    })",
                                   "e.json");
    Q_ASSERT(s.has_value());
    return *s;
}

Dataset load(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, "e.csv", spec());
    Q_ASSERT(data.has_value());
    return std::move(*data);
}

std::vector<float> encode(const Encoder &encoder, const Dataset &data)
{
    auto bound = encoder.bind(data);
    Q_ASSERT(bound.has_value());
    std::vector<float> out(size_t(data.rowCount() * encoder.featureCount()), -1.0f);
    bound->encodeRows(0, data.rowCount(), out.data());
    return out;
}

} // namespace

class TestEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalOrderAndSortedCategories();
    void encodesOneHotAndMissing();
    void unseenCategoriesAreAllZeros();
    void fitUsesOnlyTheGivenRows();
    void specCategoriesWin();
    void matchesExternalFeatureNames();
    void mismatchListsTheNames();
    void refusesAmbiguousNames();
    void jsonRoundTrip();
    void jsonMustMatchTheSpec();
    void bindRefusesWrongColumnKind();
};

void TestEncoder::canonicalOrderAndSortedCategories()
{
    const Dataset data = load("sector,visits,size,days\nzeta,1,L,3\nAlpha,2,S,4\nbeta,3,M,5\n");
    const auto encoder = Encoder::fit(spec(), data);
    QVERIFY(encoder.has_value());
    // numeric in spec order, then categorical blocks in spec order, categories in byte order
    QCOMPARE(encoder->featureNames(),
             (QStringList{"visits",
                          "days",
                          "sector=Alpha",
                          "sector=beta",
                          "sector=zeta",
                          "size=L",
                          "size=M",
                          "size=S"}));
}

void TestEncoder::encodesOneHotAndMissing()
{
    const Dataset data = load("sector,visits,size,days\nb,1.5,S,\na,,,7\n");
    const auto encoder = Encoder::fit(spec(), data);
    QVERIFY(encoder.has_value());
    const std::vector<float> out = encode(*encoder, data);
    // visits, days, sector=a, sector=b, size=S
    QCOMPARE(out[0], 1.5f);
    QVERIFY(std::isnan(out[1]));
    QCOMPARE(out[2], 0.0f);
    QCOMPARE(out[3], 1.0f);
    QCOMPARE(out[4], 1.0f);
    QVERIFY(std::isnan(out[5]));
    QCOMPARE(out[6], 7.0f);
    QCOMPARE(out[7], 1.0f);
    QCOMPARE(out[8], 0.0f);
    QCOMPARE(out[9], 0.0f); // missing size: all zeros
}

void TestEncoder::unseenCategoriesAreAllZeros()
{
    const auto encoder = Encoder::fit(spec(), load("sector,visits,size,days\na,1,S,1\nb,1,M,1\n"));
    QVERIFY(encoder.has_value());
    const Dataset other = load("sector,visits,size,days\nc,2,M,2\nb,3,XL,3\n");
    const std::vector<float> out = encode(*encoder, other);
    const int w = encoder->featureCount();
    QCOMPARE(w, 6);
    // row 0: sector c unseen -> sector block zeros; size M -> one
    QCOMPARE(std::vector<float>(out.begin(), out.begin() + w),
             (std::vector<float>{2, 2, 0, 0, 1, 0}));
    QCOMPARE(std::vector<float>(out.begin() + w, out.end()), (std::vector<float>{3, 3, 0, 1, 0, 0}));
}

void TestEncoder::fitUsesOnlyTheGivenRows()
{
    const Dataset data = load("sector,visits,size,days\na,1,S,1\nb,1,M,1\nc,1,L,1\n");
    const std::vector<qint64> rows{0, 2};
    const auto encoder = Encoder::fit(spec(), data, rows);
    QVERIFY(encoder.has_value());
    QCOMPARE(encoder->featureNames(),
             (QStringList{"visits", "days", "sector=a", "sector=c", "size=L", "size=S"}));
}

void TestEncoder::specCategoriesWin()
{
    DatasetSpec s = spec();
    s.features[0].categories = QStringList{"z", "a"};
    const auto encoder = Encoder::fit(s, load("sector,visits,size,days\nb,1,S,1\n"));
    QVERIFY(encoder.has_value());
    QCOMPARE(encoder->featureNames(),
             (QStringList{"visits", "days", "sector=z", "sector=a", "size=S"}));
}

void TestEncoder::matchesExternalFeatureNames()
{
    const QStringList names{"size=big", "days", "sector=x=y", "visits", "sector=a"};
    const auto encoder = Encoder::fromFeatureNames(spec(), names);
    MIZAN_VERIFY_OK(encoder);
    QCOMPARE(encoder->featureNames(), names); // the model's own order is kept
    QCOMPARE(encoder->features()[2].category, QString("x=y"));
    const std::vector<float> out = encode(*encoder, load("sector,visits,size,days\nx=y,4,big,9\n"));
    QCOMPARE(out, (std::vector<float>{1, 9, 1, 4, 0}));
}

void TestEncoder::mismatchListsTheNames()
{
    const auto encoder = Encoder::fromFeatureNames(spec(),
                                                   {"visits", "sector=a", "colour=red", "size=S"});
    QVERIFY(!encoder.has_value());
    QVERIFY2(encoder.error().message.contains("colour=red"), qPrintable(encoder.error().message));
    QVERIFY2(encoder.error().message.contains("days"), qPrintable(encoder.error().message));
    const auto duplicate = Encoder::fromFeatureNames(spec(), {"visits", "visits"});
    QVERIFY(!duplicate.has_value());
}

void TestEncoder::refusesAmbiguousNames()
{
    // A spec made in code (the spec parser refuses these names already): "a" with the value
    // "b=c" and "a=b" with the value "c" would both be the model input "a=b=c".
    DatasetSpec s;
    s.name = "ambiguous";
    s.features = {FeatureSpec{"a", FeatureType::Categorical, false, QStringList{"b=c", "x"}},
                  FeatureSpec{"a=b", FeatureType::Categorical, false, QStringList{"c"}}};
    const auto fitted = Encoder::fromSpecCategories(s);
    QVERIFY(!fitted.has_value());
    QVERIFY2(fitted.error().message.contains("'a=b=c'"), qPrintable(fitted.error().message));
    QVERIFY2(fitted.error().message.contains("'a=b'"), qPrintable(fitted.error().message));
    QCOMPARE(fitted.error().field, QString("features"));
    // A model naming "a=b=c" cannot say which column it means.
    s.features[0].categories = QStringList{"x"};
    const auto imported = Encoder::fromFeatureNames(s, {"a=x", "a=b=c"});
    QVERIFY(!imported.has_value());
    QVERIFY2(imported.error().message.contains("'a=b=c'"), qPrintable(imported.error().message));
    // Without the clash the same names read fine.
    s.features.pop_back();
    s.features.push_back(FeatureSpec{"z=b", FeatureType::Categorical, false, QStringList{"c"}});
    const auto fine = Encoder::fromFeatureNames(s, {"a=x", "z=b=c"});
    MIZAN_VERIFY_OK(fine);
    QCOMPARE(fine->features()[1].column, QString("z=b"));
    QCOMPARE(fine->features()[1].category, QString("c"));
}

void TestEncoder::jsonRoundTrip()
{
    const auto encoder = Encoder::fit(spec(), load("sector,visits,size,days\nb,1,S,1\na,2,M,2\n"));
    QVERIFY(encoder.has_value());
    const auto again = Encoder::fromJson(encoder->toJson(), spec(), "b.json");
    MIZAN_VERIFY_OK(again);
    QVERIFY(*again == *encoder);
}

void TestEncoder::jsonMustMatchTheSpec()
{
    const auto encoder = Encoder::fit(spec(), load("sector,visits,size,days\nb,1,S,1\n"));
    QJsonObject json = encoder->toJson();
    QJsonArray features = json["features"].toArray();
    QJsonObject first = features[0].toObject();
    first["column"] = "unknown";
    features[0] = first;
    json["features"] = features;
    const auto bad = Encoder::fromJson(json, spec(), "b.json");
    QVERIFY(!bad.has_value());
    QVERIFY(bad.error().message.contains("encoder.features[0].column"));
}

void TestEncoder::bindRefusesWrongColumnKind()
{
    const auto encoder = Encoder::fromFeatureNames(spec(), {"visits", "days", "sector=a", "size=S"});
    QVERIFY(encoder.has_value());
    DatasetSpec swapped = spec();
    swapped.features[1].type = FeatureType::Categorical; // visits read as text
    QBuffer buffer;
    buffer.setData("sector,visits,size,days\na,1,S,1\n");
    buffer.open(QIODevice::ReadOnly);
    const auto data = DatasetLoader::read(buffer, "e.csv", swapped);
    QVERIFY(data.has_value());
    const auto bound = encoder->bind(*data);
    QVERIFY(!bound.has_value());
    QVERIFY(bound.error().message.contains("visits"));
}

QTEST_GUILESS_MAIN(TestEncoder)
#include "TestEncoder.moc"
