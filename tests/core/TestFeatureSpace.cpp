// FeatureSpace: the model's inputs seen as the spec's features. Encoding a lead must match the
// Encoder bit for bit, parsing and display must round-trip, and the training statistics (with
// LIME's quartile bins) must be read back from the bundle's summary as they were written.

#include "data/DatasetLoader.h"
#include "explain/FeatureSpace.h"
#include "model/Trainer.h"

#include "SyntheticLeads.h"
#include "TestPaths.h"

#include <QBuffer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

using namespace mizan;

namespace {

constexpr int kTrainingRows = 600;

/** The bits of a float, so that NaN compares as the encoder wrote it. */
quint32 bitsOf(float v)
{
    return std::bit_cast<quint32>(v);
}

/** Synthetic leads plus rows with categories the model never saw and values missing. */
Dataset leadsWithUnseenValues()
{
    QByteArray csv = test::syntheticCsv(300, 77);
    csv += "U1,4,12,space,carrier pigeon,GCC,no\n";
    csv += "U2,,,,,Asia,no\n";
    csv += "U3,29,0,tech,telegram,Europe,yes\n";
    csv += "U4,1e3,-5,quarry,web,GCC,no\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, QStringLiteral("unseen.csv"), test::syntheticSpec());
    Q_ASSERT(data.has_value());
    return std::move(*data);
}

} // namespace

class TestFeatureSpace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void featuresFollowTheSpecAndTheEncoder();
    void encodeMatchesTheEncoderBitForBit();
    void leadFromDatasetErrors();
    void parseValue_data();
    void parseValue();
    void displayValueRoundTrips();
    void inputHashIsStableAndSensitive();
    void trainingStatisticsFromTheSummary();
    void binOfFollowsSearchsortedLeft();
    void bundleWithoutSummaryHasNoStats();
    void sensitiveFeaturesAreImmutable();

private:
    std::optional<ModelBundle> m_bundle;
    std::optional<FeatureSpace> m_space;
    Dataset m_training;
};

void TestFeatureSpace::initTestCase()
{
    m_training = test::syntheticDataset(kTrainingRows);
    TrainConfig config;
    config.params.rounds = 15;
    config.params.maxDepth = 3;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("none");
    auto bundle = Trainer::train(m_training, config);
    MIZAN_VERIFY_OK(bundle);
    m_bundle = std::move(*bundle);
    auto space = FeatureSpace::fromBundle(*m_bundle);
    MIZAN_VERIFY_OK(space);
    m_space = std::move(*space);
}

void TestFeatureSpace::featuresFollowTheSpecAndTheEncoder()
{
    const FeatureSpace &space = *m_space;
    const DatasetSpec &spec = m_bundle->spec;
    QCOMPARE(space.featureCount(), int(spec.features.size()));
    for (size_t f = 0; f < spec.features.size(); ++f) {
        const FeatureInfo &info = space.features()[f];
        QCOMPARE(info.column, spec.features[f].column);
        QCOMPARE(info.type, spec.features[f].type);
        QCOMPARE(info.immutable, spec.features[f].immutable);
        QCOMPARE(space.indexOf(info.column), int(f));
    }
    QCOMPARE(space.indexOf(QStringLiteral("region")), -1); // sensitive, not a feature
    QCOMPARE(space.indexOf(QStringLiteral("nope")), -1);

    const std::vector<EncodedFeature> &inputs = m_bundle->encoder.features();
    QCOMPARE(space.inputCount(), int(inputs.size()));
    QCOMPARE(space.inputNames(), m_bundle->encoder.featureNames());
    std::vector<int> seen(inputs.size(), 0);
    for (size_t i = 0; i < inputs.size(); ++i) {
        const int feature = space.featureOfInput(int(i));
        QVERIFY(feature >= 0 && feature < space.featureCount());
        QCOMPARE(space.features()[size_t(feature)].column, inputs[i].column);
    }
    for (int f = 0; f < space.featureCount(); ++f) {
        const FeatureInfo &info = space.features()[size_t(f)];
        QVERIFY(!info.inputs.empty());
        QStringList encoderCategories; // this feature's categories in the encoder's input order
        for (size_t i = 0; i < inputs.size(); ++i) {
            if (inputs[i].column == info.column && inputs[i].type == FeatureType::Categorical)
                encoderCategories.append(inputs[i].category);
        }
        for (int input : info.inputs) {
            QCOMPARE(space.featureOfInput(input), f);
            ++seen[size_t(input)];
        }
        if (info.type == FeatureType::Numeric) {
            QCOMPARE(info.inputs.size(), size_t(1));
            QVERIFY(info.categories.isEmpty());
        } else {
            QCOMPARE(info.categories, encoderCategories);
            QCOMPARE(qsizetype(info.inputs.size()), info.categories.size());
            for (size_t c = 0; c < info.inputs.size(); ++c)
                QCOMPARE(inputs[size_t(info.inputs[c])].category, info.categories.at(qsizetype(c)));
        }
    }
    for (int count : seen)
        QCOMPARE(count, 1); // every model input belongs to exactly one feature
    // The synthetic data's five sectors and three channels were all seen in training.
    QCOMPARE(space.features()[size_t(space.indexOf(QStringLiteral("sector")))].categories.size(),
             qsizetype(5));
    QCOMPARE(space.features()[size_t(space.indexOf(QStringLiteral("channel")))].categories.size(),
             qsizetype(3));
}

void TestFeatureSpace::encodeMatchesTheEncoderBitForBit()
{
    const FeatureSpace &space = *m_space;
    const int width = space.inputCount();
    for (const Dataset &data : {m_training, leadsWithUnseenValues()}) {
        const auto bound = m_bundle->encoder.bind(data);
        MIZAN_VERIFY_OK(bound);
        QCOMPARE(bound->featureCount(), width);
        std::vector<float> expected(static_cast<size_t>(width)),
            actual(static_cast<size_t>(width), 123.0f);
        int missingNumbers = 0, unseenOrMissingCategories = 0;
        for (qint64 row = 0; row < data.rowCount(); ++row) {
            bound->encodeRow(row, expected.data());
            const auto lead = space.leadFromDataset(data, row);
            MIZAN_VERIFY_OK(lead);
            QCOMPARE(lead->size(), size_t(space.featureCount()));
            space.encode(*lead, actual.data());
            for (int i = 0; i < width; ++i)
                QVERIFY2(bitsOf(actual[size_t(i)]) == bitsOf(expected[size_t(i)]),
                         qPrintable(QStringLiteral("row %1 input %2: %3 vs %4")
                                        .arg(row)
                                        .arg(space.inputNames().at(i))
                                        .arg(actual[size_t(i)])
                                        .arg(expected[size_t(i)])));
            for (int f = 0; f < space.featureCount(); ++f) {
                const FeatureInfo &info = space.features()[size_t(f)];
                const FeatureValue &v = (*lead)[size_t(f)];
                if (info.type == FeatureType::Numeric) {
                    QCOMPARE(v.category, -1);
                    if (std::isnan(v.number)) {
                        ++missingNumbers;
                        QVERIFY(std::isnan(actual[size_t(info.inputs[0])]));
                    }
                } else if (v.category < 0) {
                    ++unseenOrMissingCategories;
                    for (int input : info.inputs)
                        QCOMPARE(actual[size_t(input)], 0.0f);
                }
            }
        }
        QVERIFY(missingNumbers > 0);
        QVERIFY(unseenOrMissingCategories > 0);
    }

    // The hand-written rows: unseen categories are all zeros, missing numbers NaN.
    const Dataset unseen = leadsWithUnseenValues();
    const qint64 first = unseen.rowCount() - 4;
    const int sector = space.indexOf(QStringLiteral("sector"));
    const int channel = space.indexOf(QStringLiteral("channel"));
    const int visits = space.indexOf(QStringLiteral("visits"));
    const int minutes = space.indexOf(QStringLiteral("minutes"));
    const Lead u1 = *space.leadFromDataset(unseen, first);
    QCOMPARE(u1[size_t(sector)].category, -1);
    QCOMPARE(u1[size_t(channel)].category, -1);
    QCOMPARE(u1[size_t(visits)].number, 4.0);
    const Lead u2 = *space.leadFromDataset(unseen, first + 1);
    QVERIFY(std::isnan(u2[size_t(visits)].number));
    QVERIFY(std::isnan(u2[size_t(minutes)].number));
    std::vector<float> row(static_cast<size_t>(width));
    space.encode(u2, row.data());
    for (int i = 0; i < width; ++i) {
        if (space.features()[size_t(space.featureOfInput(i))].type == FeatureType::Numeric)
            QVERIFY(std::isnan(row[size_t(i)]));
        else
            QCOMPARE(row[size_t(i)], 0.0f);
    }
    const Lead u3 = *space.leadFromDataset(unseen, first + 2);
    const FeatureInfo &sectorInfo = space.features()[size_t(sector)];
    QCOMPARE(u3[size_t(sector)].category,
             int(sectorInfo.categories.indexOf(QStringLiteral("tech"))));
    QCOMPARE(u3[size_t(channel)].category, -1);
    const Lead u4 = *space.leadFromDataset(unseen, first + 3);
    QCOMPARE(u4[size_t(visits)].number, 1000.0);
    QCOMPARE(u4[size_t(minutes)].number, -5.0);
}

void TestFeatureSpace::leadFromDatasetErrors()
{
    const FeatureSpace &space = *m_space;
    for (qint64 row : {qint64(-1), m_training.rowCount(), qint64(1) << 40}) {
        const auto lead = space.leadFromDataset(m_training, row);
        QVERIFY(!lead);
        QCOMPARE(lead.error().code, ErrorCode::InvalidInput);
        QVERIFY2(lead.error().message.contains(QString::number(row)),
                 qPrintable(lead.error().message));
    }
    // The same file read without the channel column: the error names it.
    DatasetSpec spec = test::syntheticSpec();
    spec.features.pop_back();
    QByteArray csv = test::syntheticCsv(10);
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const auto partial = DatasetLoader::read(buffer, QStringLiteral("partial.csv"), spec);
    MIZAN_VERIFY_OK(partial);
    const auto lead = space.leadFromDataset(*partial, 0);
    QVERIFY(!lead);
    QCOMPARE(lead.error().field, QStringLiteral("channel"));
    QVERIFY2(lead.error().message.contains(QLatin1String("'channel'")),
             qPrintable(lead.error().message));
}

void TestFeatureSpace::parseValue_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("number");    // NaN: missing
    QTest::addColumn<QString>("category"); // "": missing
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // clang-format off
    QTest::newRow("number")            << "visits"  << "12"        << true  << 12.0  << "";
    QTest::newRow("decimal")           << "minutes" << " 7.25 "    << true  << 7.25  << "";
    QTest::newRow("negative exponent") << "minutes" << "-1.5e2"    << true  << -150.0 << "";
    QTest::newRow("empty is missing")  << "visits"  << ""          << true  << nan   << "";
    QTest::newRow("blank is missing")  << "visits"  << "   "       << true  << nan   << "";
    QTest::newRow("not a number")      << "visits"  << "lots"      << false << nan   << "";
    QTest::newRow("infinite")          << "minutes" << "inf"       << false << nan   << "";
    QTest::newRow("comma decimal")     << "minutes" << "7,5"       << false << nan   << "";
    QTest::newRow("category")          << "sector"  << "tech"      << true  << nan   << "tech";
    QTest::newRow("category trimmed")  << "channel" << " event "   << true  << nan   << "event";
    QTest::newRow("empty category")    << "sector"  << ""          << true  << nan   << "";
    QTest::newRow("unknown category")  << "sector"  << "space"     << false << nan   << "";
    QTest::newRow("case matters")      << "channel" << "Web"       << false << nan   << "";
    // clang-format on
}

void TestFeatureSpace::parseValue()
{
    QFETCH(QString, column);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, number);
    QFETCH(QString, category);
    const FeatureSpace &space = *m_space;
    const int feature = space.indexOf(column);
    QVERIFY(feature >= 0);
    const auto value = space.parseValue(feature, text);
    QCOMPARE(value.has_value(), ok);
    if (!ok) {
        QCOMPARE(value.error().code, ErrorCode::InvalidInput);
        QCOMPARE(value.error().field, column);
        QVERIFY2(value.error().message.contains(column), qPrintable(value.error().message));
        QVERIFY2(value.error().message.contains(text.trimmed()), qPrintable(value.error().message));
        return;
    }
    const FeatureInfo &info = space.features()[size_t(feature)];
    if (std::isnan(number))
        QVERIFY(std::isnan(value->number));
    else
        QCOMPARE(value->number, number);
    QCOMPARE(value->category, category.isEmpty() ? -1 : int(info.categories.indexOf(category)));
    if (!category.isEmpty())
        QVERIFY(value->category >= 0);
}

void TestFeatureSpace::displayValueRoundTrips()
{
    const FeatureSpace &space = *m_space;
    const int visits = space.indexOf(QStringLiteral("visits"));
    const int sector = space.indexOf(QStringLiteral("sector"));
    QCOMPARE(space.displayValue(visits, FeatureValue{12.5, -1}), QStringLiteral("12.5"));
    QCOMPARE(space.displayValue(visits, FeatureValue{-3.0, -1}), QStringLiteral("-3"));
    QCOMPARE(space.displayValue(visits, FeatureValue{}), QString());
    QCOMPARE(space.displayValue(sector, FeatureValue{}), QString());
    const FeatureInfo &info = space.features()[size_t(sector)];
    for (int c = 0; c < int(info.categories.size()); ++c)
        QCOMPARE(space.displayValue(sector, FeatureValue{std::nan(""), c}), info.categories.at(c));
    QCOMPARE(space.displayValue(sector, FeatureValue{std::nan(""), int(info.categories.size())}),
             QString());
    // What is displayed parses back to the very same number (the what-if editor starts from
    // the displayed text: an untouched value must not become an edit), however many digits.
    for (double number :
         {123456789012.0, 0.1 + 0.2, 1234.5678901234, -9.87654321012e-7, 1e21, 2.0 / 3.0}) {
        const QString shown = space.displayValue(visits, FeatureValue{number, -1});
        const auto parsed = space.parseValue(visits, shown);
        MIZAN_VERIFY_OK(parsed);
        QVERIFY2(parsed->number == number,
                 qPrintable(QStringLiteral("%1 shown as %2 parses as %3")
                                .arg(number, 0, 'g', 17)
                                .arg(shown)
                                .arg(parsed->number, 0, 'g', 17)));
    }
    // What is displayed parses back to the same value, for every lead of the training data.
    for (qint64 row = 0; row < m_training.rowCount(); row += 3) {
        const Lead lead = *space.leadFromDataset(m_training, row);
        for (int f = 0; f < space.featureCount(); ++f) {
            const QString shown = space.displayValue(f, lead[size_t(f)]);
            const auto parsed = space.parseValue(f, shown);
            MIZAN_VERIFY_OK(parsed);
            QVERIFY2(*parsed == lead[size_t(f)],
                     qPrintable(QStringLiteral("row %1, %2 = '%3'").arg(row).arg(f).arg(shown)));
        }
    }
    // leadToJson: numbers as numbers, categories as text, null for missing.
    const Lead missing(size_t(space.featureCount()));
    const QJsonObject json = space.leadToJson(missing);
    QCOMPARE(json.size(), space.featureCount());
    for (const FeatureInfo &f : space.features())
        QVERIFY(json.value(f.column).isNull());
    Lead lead = missing;
    lead[size_t(visits)].number = 3;
    lead[size_t(sector)].category = 0;
    const QJsonObject filled = space.leadToJson(lead);
    QCOMPARE(filled.value(QStringLiteral("visits")).toDouble(), 3.0);
    QCOMPARE(filled.value(QStringLiteral("sector")).toString(), info.categories.at(0));
}

void TestFeatureSpace::inputHashIsStableAndSensitive()
{
    const FeatureSpace &space = *m_space;
    const Lead a = *space.leadFromDataset(m_training, 10);
    Lead b; // the same lead built value by value
    for (int f = 0; f < space.featureCount(); ++f)
        b.push_back(*space.parseValue(f, space.displayValue(f, a[size_t(f)])));
    const QByteArray hash = space.inputSha256(a);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                 .match(QString::fromLatin1(hash))
                 .hasMatch(),
             hash.constData());
    QCOMPARE(space.inputSha256(b), hash);
    QCOMPARE(space.inputSha256(a), hash); // stable across calls
    // One value changed, each feature in turn: a different hash each time.
    QSet<QByteArray> hashes{hash};
    for (int f = 0; f < space.featureCount(); ++f) {
        Lead changed = a;
        FeatureValue &v = changed[size_t(f)];
        if (space.features()[size_t(f)].type == FeatureType::Numeric)
            v.number = std::isnan(v.number) ? 1.0 : v.number + 0.5;
        else
            v.category = v.category == 0 ? 1 : 0;
        hashes.insert(space.inputSha256(changed));
        Lead missing = a;
        missing[size_t(f)] = FeatureValue{};
        if (!(missing[size_t(f)] == a[size_t(f)]))
            hashes.insert(space.inputSha256(missing));
    }
    int expected = 1 + space.featureCount();
    for (int f = 0; f < space.featureCount(); ++f)
        expected += a[size_t(f)] == FeatureValue{} ? 0 : 1;
    QCOMPARE(int(hashes.size()), expected);
    // Missing is not zero.
    Lead zero(size_t(space.featureCount())), none(size_t(space.featureCount()));
    zero[0].number = 0.0;
    QVERIFY(space.inputSha256(zero) != space.inputSha256(none));
}

void TestFeatureSpace::trainingStatisticsFromTheSummary()
{
    const FeatureSpace &space = *m_space;
    QVERIFY(space.hasTrainingStats());
    for (const FeatureInfo &info : space.features()) {
        QVERIFY2(info.hasStats, qPrintable(info.column));
        const Column *column = m_training.column(info.column);
        QVERIFY(column);
        qint64 missing = 0;
        for (qint64 r = 0; r < m_training.rowCount(); ++r)
            missing += column->isMissing(r) ? 1 : 0;
        QCOMPARE(info.missing, missing);
        QCOMPARE(info.count + info.missing, qint64(kTrainingRows));
        if (info.type == FeatureType::Categorical) {
            QCOMPARE(info.categoryCounts.size(), size_t(info.categories.size()));
            qint64 total = 0;
            for (size_t c = 0; c < info.categoryCounts.size(); ++c) {
                qint64 counted = 0;
                for (qint64 r = 0; r < m_training.rowCount(); ++r)
                    counted += column->displayValue(r) == info.categories.at(qsizetype(c)) ? 1 : 0;
                QCOMPARE(info.categoryCounts[c], counted);
                total += counted;
            }
            QCOMPARE(total, info.count);
            QVERIFY(info.edges.empty() && info.bins.empty());
            continue;
        }
        QVERIFY2(info.min <= info.q1 && info.q1 <= info.median && info.median <= info.q3
                     && info.q3 <= info.max,
                 qPrintable(info.column));
        QVERIFY(info.min <= info.mean && info.mean <= info.max);
        QVERIFY(info.std >= 0.0);
        QVERIFY(!info.edges.empty() && info.edges.size() <= 3);
        for (size_t e = 1; e < info.edges.size(); ++e)
            QVERIFY(info.edges[e - 1] < info.edges[e]); // distinct and increasing
        QCOMPARE(info.edges.front(), info.q1);
        QCOMPARE(info.edges.back(), info.q3);
        QCOMPARE(info.bins.size(), info.edges.size() + 1);
        QCOMPARE(info.bins.front().lower, info.min);
        QCOMPARE(info.bins.back().upper, info.max);
        qint64 binned = 0;
        for (size_t b = 0; b < info.bins.size(); ++b) {
            const QuartileBin &bin = info.bins[b];
            binned += bin.count;
            QVERIFY(bin.lower <= bin.upper);
            if (b > 0)
                QCOMPARE(bin.lower, info.bins[b - 1].upper);
            if (bin.count > 0) {
                QVERIFY2(bin.mean >= bin.lower && bin.mean <= bin.upper,
                         qPrintable(QStringLiteral("%1 bin %2: mean %3 outside [%4, %5]")
                                        .arg(info.column)
                                        .arg(b)
                                        .arg(bin.mean)
                                        .arg(bin.lower)
                                        .arg(bin.upper)));
                QVERIFY(bin.std >= 0.0 && bin.std <= (bin.upper - bin.lower) / 2.0 + 1e-12);
            }
        }
        QCOMPARE(binned, info.count);
        // The training values fall into the bins binOf() gives them, in the stored counts.
        std::vector<qint64> recount(info.bins.size(), 0);
        for (qint64 r = 0; r < m_training.rowCount(); ++r) {
            const double v = column->numbers[size_t(r)];
            if (!std::isnan(v))
                ++recount[size_t(info.binOf(v))];
        }
        for (size_t b = 0; b < info.bins.size(); ++b)
            QCOMPARE(recount[b], info.bins[b].count);
    }
}

void TestFeatureSpace::binOfFollowsSearchsortedLeft()
{
    // numpy.searchsorted([1, 2, 3], x, side='left'): an edge goes to the lower bin.
    FeatureInfo info;
    info.edges = {1.0, 2.0, 3.0};
    QCOMPARE(info.binOf(-100.0), 0);
    QCOMPARE(info.binOf(0.999), 0);
    QCOMPARE(info.binOf(1.0), 0);
    QCOMPARE(info.binOf(std::nextafter(1.0, 2.0)), 1);
    QCOMPARE(info.binOf(1.5), 1);
    QCOMPARE(info.binOf(2.0), 1);
    QCOMPARE(info.binOf(2.5), 2);
    QCOMPARE(info.binOf(3.0), 2);
    QCOMPARE(info.binOf(std::nextafter(3.0, 4.0)), 3);
    QCOMPARE(info.binOf(1e300), 3);
    FeatureInfo one; // a feature whose quartiles are all equal: one edge, two bins
    one.edges = {5.0};
    QCOMPARE(one.binOf(5.0), 0);
    QCOMPARE(one.binOf(5.5), 1);

    // On the model's own features: every edge lands in the bin below it.
    for (const FeatureInfo &f : m_space->features()) {
        for (size_t e = 0; e < f.edges.size(); ++e) {
            QCOMPARE(f.binOf(f.edges[e]), int(e));
            QCOMPARE(f.binOf(std::nextafter(f.edges[e], 1e300)), int(e) + 1);
        }
    }
}

void TestFeatureSpace::bundleWithoutSummaryHasNoStats()
{
    ModelBundle bundle = *m_bundle;
    bundle.trainingSummary = QJsonObject();
    const auto space = FeatureSpace::fromBundle(bundle);
    MIZAN_VERIFY_OK(space);
    QVERIFY(!space->hasTrainingStats());
    QCOMPARE(space->featureCount(), m_space->featureCount());
    for (const FeatureInfo &info : space->features()) {
        QVERIFY(!info.hasStats);
        QVERIFY(info.bins.empty() && info.edges.empty());
    }
    // Encoding does not need the statistics.
    const Lead lead = *space->leadFromDataset(m_training, 5);
    std::vector<float> a(size_t(space->inputCount())), b(size_t(space -> inputCount()));
    space->encode(lead, a.data());
    m_space->encode(lead, b.data());
    QCOMPARE(std::memcmp(a.data(), b.data(), a.size() * sizeof(float)), 0);

    // One feature's entry removed: the others keep theirs, the space as a whole has none.
    ModelBundle partial = *m_bundle;
    QJsonArray entries = partial.trainingSummary.value(QStringLiteral("features")).toArray();
    QString dropped;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(QStringLiteral("column")).toString()
            == QLatin1String("minutes")) {
            dropped = QStringLiteral("minutes");
            entries.removeAt(i);
            break;
        }
    }
    QCOMPARE(dropped, QStringLiteral("minutes"));
    partial.trainingSummary.insert(QStringLiteral("features"), entries);
    const auto some = FeatureSpace::fromBundle(partial);
    MIZAN_VERIFY_OK(some);
    QVERIFY(!some->hasTrainingStats());
    for (const FeatureInfo &info : some->features())
        QCOMPARE(info.hasStats, info.column != dropped);

    // A summary written before the quartile bins: statistics, but no bins.
    ModelBundle older = *m_bundle;
    QJsonArray olderEntries = older.trainingSummary.value(QStringLiteral("features")).toArray();
    for (qsizetype i = 0; i < olderEntries.size(); ++i) {
        QJsonObject e = olderEntries.at(i).toObject();
        e.remove(QStringLiteral("edges"));
        e.remove(QStringLiteral("bins"));
        olderEntries.replace(i, e);
    }
    older.trainingSummary.insert(QStringLiteral("features"), olderEntries);
    const auto old = FeatureSpace::fromBundle(older);
    MIZAN_VERIFY_OK(old);
    for (const FeatureInfo &info : old->features()) {
        QVERIFY(info.hasStats);
        QVERIFY(info.bins.empty());
    }
}

void TestFeatureSpace::sensitiveFeaturesAreImmutable()
{
    // A feature that the spec lists as sensitive but forgot to mark immutable is still never
    // offered for change: counterfactuals must not say "be of another nationality".
    ModelBundle bundle = *m_bundle;
    int changed = -1;
    for (size_t f = 0; f < bundle.spec.features.size(); ++f) {
        FeatureSpec &feature = bundle.spec.features[f];
        if (feature.immutable)
            continue;
        SensitiveSpec sensitive;
        sensitive.column = feature.column;
        bundle.spec.sensitive.push_back(sensitive);
        changed = static_cast<int>(f);
        break;
    }
    QVERIFY(changed >= 0);
    const auto before = FeatureSpace::fromBundle(*m_bundle);
    const auto after = FeatureSpace::fromBundle(bundle);
    MIZAN_VERIFY_OK(before);
    MIZAN_VERIFY_OK(after);
    QVERIFY(!before->features()[size_t(changed)].immutable);
    QVERIFY(after->features()[size_t(changed)].immutable);
    for (int f = 0; f < after->featureCount(); ++f) {
        if (f != changed)
            QCOMPARE(after->features()[size_t(f)].immutable,
                     before->features()[size_t(f)].immutable);
    }
}

QTEST_GUILESS_MAIN(TestFeatureSpace)
#include "TestFeatureSpace.moc"
