// Explainer: SHAP grouped by spec feature with its probability view, the receipt, LIME next to
// SHAP (agreement), what-if and the global importance, on a model of the demo leads.
// TreeShap, Lime and Counterfactual have their own tests: this one checks how they are combined.

#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"
#include "explain/Explainer.h"
#include "explain/ExplanationReport.h"
#include "model/Scorer.h"
#include "model/Trainer.h"

#include "TestPaths.h"

#include <QBuffer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace mizan;

namespace {

Dataset demo(int rows, quint64 seed)
{
    QByteArray csv = DemoLeads::csv({rows, seed});
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    LoadOptions options;
    options.target = TargetPolicy::Required;
    auto data
        = DatasetLoader::read(buffer, QStringLiteral("demo-leads.csv"), DemoLeads::spec(), options);
    Q_ASSERT(data.has_value());
    return std::move(*data);
}

/** A ShapExplanation whose spec features have the given contributions (feature i: values[i]). */
ShapExplanation shapOf(const std::vector<double> &values)
{
    ShapExplanation s;
    for (size_t f = 0; f < values.size(); ++f)
        s.features.push_back(FeatureAttribution{int(f), values[f], 0.0});
    return s;
}

/** A LimeExplanation with weights for the given (feature, weight) pairs. */
LimeExplanation limeOf(const std::vector<std::pair<int, double>> &weights)
{
    LimeExplanation l;
    for (const auto &[feature, weight] : weights)
        l.weights.push_back(LimeWeight{feature, QStringLiteral("f%1").arg(feature), weight});
    return l;
}

double contributionOf(const ShapExplanation &s, int feature)
{
    for (const FeatureAttribution &a : s.features) {
        if (a.feature == feature)
            return a.contribution;
    }
    return std::nan("");
}

bool sameLime(const LimeExplanation &a, const LimeExplanation &b)
{
    if (a.weights.size() != b.weights.size() || a.intercept != b.intercept || a.score != b.score
        || a.localPrediction != b.localPrediction || a.seed != b.seed)
        return false;
    for (size_t i = 0; i < a.weights.size(); ++i) {
        if (a.weights[i].feature != b.weights[i].feature
            || a.weights[i].weight != b.weights[i].weight
            || a.weights[i].condition != b.weights[i].condition)
            return false;
    }
    return true;
}

} // namespace

class TestExplainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shapIsAdditivePerFeature();
    void probabilityViewTelescopes();
    void marginAgreesWithTheScorer();
    void receiptNamesModelInputAndMethod_data();
    void receiptNamesModelInputAndMethod();
    void limeIsReproducibleAndComparedWithShap();
    void agreementOnHandBuiltExplanations_data();
    void agreementOnHandBuiltExplanations();
    void whatIfIsExplainingTheEditedLead();
    void globalImportanceIsTheMeanAbsoluteShap();
    void globalSampleIsSeededSortedAndInRange();
    void cancelAndBadInput();
    void reportSaysOnlyWhatWasComputed();
    void xgboostCrossCheckAgrees();

private:
    std::optional<ModelBundle> m_bundle;
    std::shared_ptr<const Explainer> m_explainer;
    Dataset m_leads; ///< unseen leads of the same generator
};

void TestExplainer::initTestCase()
{
    TrainConfig config;
    config.params.rounds = 60;
    config.params.maxDepth = 4;
    config.params.eta = 0.2;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("none");
    config.name = QStringLiteral("demo test model");
    auto bundle = Trainer::train(demo(3000, 11), config);
    MIZAN_VERIFY_OK(bundle);
    m_bundle = std::move(*bundle);
    auto explainer = Explainer::create(*m_bundle);
    MIZAN_VERIFY_OK(explainer);
    m_explainer = *explainer;
    QVERIFY(m_explainer->space().hasTrainingStats());
    QCOMPARE(m_explainer->space().featureCount(), 10);
    m_leads = demo(300, 12);
}

void TestExplainer::shapIsAdditivePerFeature()
{
    const FeatureSpace &space = m_explainer->space();
    for (qint64 row = 0; row < 120; ++row) {
        const Lead lead = *space.leadFromDataset(m_leads, row);
        const ShapExplanation e = m_explainer->shap(lead);
        QCOMPARE(e.inputContributions.size(), size_t(space.inputCount()));
        QCOMPARE(e.features.size(), size_t(space.featureCount()));
        std::set<int> features;
        double sum = e.expectedValue;
        for (size_t k = 0; k < e.features.size(); ++k) {
            const FeatureAttribution &a = e.features[k];
            features.insert(a.feature);
            sum += a.contribution;
            // A feature's share is the sum of its inputs' (one-hot inputs apart).
            double inputs = 0.0;
            for (int input : space.features()[size_t(a.feature)].inputs)
                inputs += e.inputContributions[size_t(input)];
            QVERIFY2(std::abs(inputs - a.contribution) <= 1e-12,
                     qPrintable(QStringLiteral("row %1 feature %2").arg(row).arg(a.feature)));
            if (k > 0) // largest |contribution| first
                QVERIFY(std::abs(e.features[k - 1].contribution) >= std::abs(a.contribution));
        }
        QCOMPARE(int(features.size()), space.featureCount()); // each feature exactly once
        QVERIFY2(std::abs(sum - e.margin) < 1e-9,
                 qPrintable(QStringLiteral("row %1: %2 vs %3").arg(row).arg(sum).arg(e.margin)));
        double inputSum = e.expectedValue;
        for (double c : e.inputContributions)
            inputSum += c;
        QVERIFY(std::abs(inputSum - e.margin) < 1e-9);
    }
}

void TestExplainer::probabilityViewTelescopes()
{
    const FeatureSpace &space = m_explainer->space();
    for (qint64 row = 0; row < 120; ++row) {
        const Lead lead = *space.leadFromDataset(m_leads, row);
        const ShapExplanation e = m_explainer->shap(lead);
        QCOMPARE(e.baseProbability, sigmoid(e.expectedValue));
        QCOMPARE(e.probability, sigmoid(e.margin));
        QVERIFY(std::abs(e.probability - m_explainer->probability(lead)) < 1e-6);
        double deltas = 0.0, running = e.expectedValue;
        for (const FeatureAttribution &a : e.features) {
            deltas += a.probabilityDelta;
            // Each delta has the sign of its contribution (the sigmoid is increasing).
            QVERIFY(a.probabilityDelta * a.contribution >= 0.0);
            QVERIFY(std::abs(a.probabilityDelta
                             - (sigmoid(running + a.contribution) - sigmoid(running)))
                    < 1e-15);
            running += a.contribution;
        }
        QVERIFY2(std::abs(deltas - (e.probability - e.baseProbability)) < 1e-12,
                 qPrintable(QStringLiteral("row %1: %2 vs %3")
                                .arg(row)
                                .arg(deltas, 0, 'g', 17)
                                .arg(e.probability - e.baseProbability, 0, 'g', 17)));
    }
}

void TestExplainer::marginAgreesWithTheScorer()
{
    const auto scores = Scorer::create(*m_bundle)->score(m_leads);
    MIZAN_VERIFY_OK(scores);
    const FeatureSpace &space = m_explainer->space();
    for (qint64 row = 0; row < m_leads.rowCount(); ++row) {
        const ShapExplanation e = m_explainer->shap(*space.leadFromDataset(m_leads, row));
        QVERIFY2(std::abs(e.margin - double(scores->margins[size_t(row)])) < 1e-5,
                 qPrintable(QStringLiteral("row %1").arg(row)));
    }
}

void TestExplainer::receiptNamesModelInputAndMethod_data()
{
    QTest::addColumn<bool>("lime");
    QTest::addColumn<bool>("counterfactuals");
    QTest::addColumn<QString>("method");
    // clang-format off
    QTest::newRow("shap")             << false << false << "treeshap";
    QTest::newRow("lime")             << true  << false << "treeshap+lime";
    QTest::newRow("counterfactuals")  << false << true  << "treeshap+counterfactuals";
    QTest::newRow("all")              << true  << true  << "treeshap+lime+counterfactuals";
    // clang-format on
}

void TestExplainer::receiptNamesModelInputAndMethod()
{
    QFETCH(bool, lime);
    QFETCH(bool, counterfactuals);
    QFETCH(QString, method);
    const FeatureSpace &space = m_explainer->space();
    const Lead lead = *space.leadFromDataset(m_leads, 4);
    ExplainOptions options;
    options.lime = lime;
    options.counterfactuals = counterfactuals;
    options.limeOptions.samples = 1500;
    options.limeOptions.seed = 987654321;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto e = m_explainer->explain(lead, options);
    MIZAN_VERIFY_OK(e);
    const ExplanationReceipt &r = e->receipt;
    QCOMPARE(r.model, m_bundle->name);
    QCOMPARE(r.modelSha256, m_bundle->modelSha256);
    QCOMPARE(r.inputSha256, space.inputSha256(lead));
    QCOMPARE(r.method, method);
    QCOMPARE(r.seed.has_value(), lime);
    if (lime)
        QCOMPARE(*r.seed, quint64(987654321));
    QVERIFY(r.engine.contains(QLatin1String(TreeShap::kEngineVersion)));
    QVERIFY2(r.additivityResidual >= 0.0 && r.additivityResidual < 1e-9,
             qPrintable(QString::number(r.additivityResidual)));
    QVERIFY(r.created.isValid() && r.created.timeSpec() == Qt::UTC
            && r.created >= before.addSecs(-1));
    QVERIFY(e->lead == lead);
    QCOMPARE(e->lime.has_value(), lime);
    QCOMPARE(e->agreement.has_value(), lime);
    if (!counterfactuals)
        QVERIFY(e->counterfactuals.empty());
    // SHAP inside explain() is shap().
    const ShapExplanation alone = m_explainer->shap(lead);
    QCOMPARE(e->shap.inputContributions, alone.inputContributions);
    QCOMPARE(e->shap.margin, alone.margin);

    // The JSON says the same.
    const QJsonObject json = e->toJson(space);
    const QJsonObject receipt = json["receipt"].toObject();
    QCOMPARE(receipt["method"].toString(), method);
    QCOMPARE(receipt["model_sha256"].toString(), QString::fromLatin1(m_bundle->modelSha256));
    QCOMPARE(receipt["input_sha256"].toString(), QString::fromLatin1(r.inputSha256));
    QCOMPARE(receipt["seed"].isNull(), !lime);
    if (lime)
        QCOMPARE(receipt["seed"].toInteger(), 987654321);
    QCOMPARE(json.contains("lime"), lime);
    QCOMPARE(json.contains("agreement"), lime);
    QCOMPARE(json.contains("counterfactuals"), counterfactuals);
    QCOMPARE(json["lead"].toObject(), space.leadToJson(lead));
    const QJsonArray features = json["shap"].toObject()["features"].toArray();
    QCOMPARE(features.size(), space.featureCount());
    double sum = json["shap"].toObject()["expected_value"].toDouble();
    for (const QJsonValue &f : features)
        sum += f.toObject()["contribution"].toDouble();
    QVERIFY(std::abs(sum - json["shap"].toObject()["margin"].toDouble()) < 1e-9);
}

void TestExplainer::limeIsReproducibleAndComparedWithShap()
{
    const FeatureSpace &space = m_explainer->space();
    ExplainOptions options;
    options.lime = true;
    options.limeOptions.samples = 2000;
    options.limeOptions.seed = 42;
    for (qint64 row : {0, 9, 33}) {
        const Lead lead = *space.leadFromDataset(m_leads, row);
        const auto a = m_explainer->explain(lead, options);
        const auto b = m_explainer->explain(lead, options);
        MIZAN_VERIFY_OK(a);
        MIZAN_VERIFY_OK(b);
        QVERIFY(a->lime && b->lime);
        QVERIFY(sameLime(*a->lime, *b->lime));
        // A second explainer of the same bundle gives the same explanation too.
        const auto other = Explainer::create(*m_bundle);
        MIZAN_VERIFY_OK(other);
        const auto c = (*other)->explain(lead, options);
        MIZAN_VERIFY_OK(c);
        QVERIFY(sameLime(*a->lime, *c->lime));
        QCOMPARE(a->lime->seed, quint64(42));
        QVERIFY(!a->lime->weights.empty());
        // The agreement is computed over LIME's features, all of which SHAP has.
        QVERIFY(a->agreement);
        const MethodAgreement again = Explainer::agreement(a->shap, *a->lime);
        QCOMPARE(a->agreement->compared, int(a->lime->weights.size()));
        QCOMPARE(a->agreement->compared, again.compared);
        QCOMPARE(a->agreement->rankCorrelation, again.rankCorrelation);
        QCOMPARE(a->agreement->signAgreement, again.signAgreement);
        QVERIFY(a->agreement->rankCorrelation >= -1.0 - 1e-12
                && a->agreement->rankCorrelation <= 1.0 + 1e-12);
        QVERIFY(a->agreement->signAgreement >= 0.0 && a->agreement->signAgreement <= 1.0);
    }
    // Another seed samples differently.
    const Lead lead = *space.leadFromDataset(m_leads, 0);
    const auto a = m_explainer->explain(lead, options);
    options.limeOptions.seed = 43;
    const auto d = m_explainer->explain(lead, options);
    MIZAN_VERIFY_OK(d);
    QVERIFY(!sameLime(*a->lime, *d->lime));
    QCOMPARE(d->receipt.seed, std::optional<quint64>(43));
}

void TestExplainer::agreementOnHandBuiltExplanations_data()
{
    using Weights = std::vector<std::pair<int, double>>;
    QTest::addColumn<std::vector<double>>("shap");
    QTest::addColumn<Weights>("lime");
    QTest::addColumn<int>("compared");
    QTest::addColumn<double>("rank");
    QTest::addColumn<double>("sign");
    QTest::addColumn<bool>("agrees");
    const std::vector<double> shap{3.0, -2.0, 1.0, 0.5};
    // clang-format off
    QTest::newRow("same ranks")   << shap << Weights{{0, 0.3}, {1, -0.2}, {2, 0.1}, {3, 0.05}} << 4 << 1.0  << 1.0  << true;
    QTest::newRow("lime order")   << shap << Weights{{3, 0.05}, {0, 0.3}, {2, 0.1}, {1, -0.2}} << 4 << 1.0  << 1.0  << true;
    QTest::newRow("reversed")     << shap << Weights{{0, 0.05}, {1, -0.1}, {2, 0.2}, {3, 0.3}} << 4 << -1.0 << 1.0  << false;
    QTest::newRow("sign flip")    << shap << Weights{{0, -0.3}, {1, -0.2}, {2, 0.1}, {3, 0.05}} << 4 << 1.0 << 0.75 << false;
    QTest::newRow("all flipped")  << shap << Weights{{0, -0.3}, {1, 0.2}, {2, -0.1}, {3, -0.05}} << 4 << 1.0 << 0.0 << false;
    // Ranks of |SHAP| 3, 2, 1 against |LIME| 3, 1, 2: d = 0, 1, 1 -> 1 - 6 * 2 / 24 = 0.5.
    QTest::newRow("partial")      << shap << Weights{{0, 0.3}, {1, -0.1}, {2, 0.2}} << 3 << 0.5 << 1.0 << true;
    // Ties get averaged ranks: |SHAP| 2, 2, 1 -> 2.5, 2.5, 1 against 3, 2, 1: sqrt(3) / 2.
    QTest::newRow("tie")          << std::vector<double>{2.0, -2.0, 1.0} << Weights{{0, 0.3}, {1, -0.2}, {2, 0.1}} << 3 << std::sqrt(3.0) / 2.0 << 1.0 << true;
    QTest::newRow("one feature")  << shap << Weights{{2, -0.4}} << 1 << 1.0 << 0.0 << false;
    QTest::newRow("unknown only") << shap << Weights{{7, 0.4}} << 0 << 0.0 << 0.0 << false;
    QTest::newRow("unknown one")  << shap << Weights{{7, 0.4}, {0, 0.3}, {1, -0.2}} << 2 << 1.0 << 1.0 << true;
    // clang-format on
}

void TestExplainer::agreementOnHandBuiltExplanations()
{
    using Weights = std::vector<std::pair<int, double>>;
    QFETCH(std::vector<double>, shap);
    QFETCH(Weights, lime);
    QFETCH(int, compared);
    QFETCH(double, rank);
    QFETCH(double, sign);
    QFETCH(bool, agrees);
    const MethodAgreement a = Explainer::agreement(shapOf(shap), limeOf(lime));
    QCOMPARE(a.compared, compared);
    QVERIFY2(std::abs(a.rankCorrelation - rank) < 1e-12,
             qPrintable(QString::number(a.rankCorrelation)));
    QVERIFY2(std::abs(a.signAgreement - sign) < 1e-12, qPrintable(QString::number(a.signAgreement)));
    QCOMPARE(a.agrees(), agrees);
    const QJsonObject json = a.toJson();
    QCOMPARE(json["compared"].toInt(), compared);
    QCOMPARE(json["agrees"].toBool(), agrees);
}

void TestExplainer::whatIfIsExplainingTheEditedLead()
{
    const FeatureSpace &space = m_explainer->space();
    const qint64 row = 7;
    const Lead lead = *space.leadFromDataset(m_leads, row);
    const ShapExplanation original = m_explainer->shap(lead);
    for (int rank = 0; rank < 3; ++rank) { // the three strongest drivers, one at a time
        const int f = original.features[size_t(rank)].feature;
        const FeatureInfo &info = space.features()[size_t(f)];
        QString text; // what the user types in the what-if editor
        if (info.type == FeatureType::Numeric)
            text = QString::number(lead[size_t(f)].number <= info.median ? info.max : info.min);
        else
            text = info.categories.at((lead[size_t(f)].category + 1) % info.categories.size());
        const auto value = space.parseValue(f, text);
        MIZAN_VERIFY_OK(value);
        Lead edited = lead;
        edited[size_t(f)] = *value;

        // The same lead, edited in the data instead.
        Dataset data = m_leads;
        Column &column = data.columns[size_t(data.columnIndex(info.column))];
        if (info.type == FeatureType::Numeric) {
            column.numbers[size_t(row)] = value->number;
        } else {
            qsizetype code = column.dictionary.indexOf(text);
            if (code < 0) {
                column.dictionary.append(text);
                code = column.dictionary.size() - 1;
            }
            column.codes[size_t(row)] = int32_t(code);
        }
        const Lead fromData = *space.leadFromDataset(data, row);
        QVERIFY(fromData == edited);

        const auto whatIf = m_explainer->explain(edited);
        const auto direct = m_explainer->explain(fromData);
        MIZAN_VERIFY_OK(whatIf);
        MIZAN_VERIFY_OK(direct);
        QCOMPARE(whatIf->shap.inputContributions, direct->shap.inputContributions);
        QCOMPARE(whatIf->shap.margin, direct->shap.margin);
        QCOMPARE(whatIf->receipt.inputSha256, direct->receipt.inputSha256);
        QVERIFY(whatIf->receipt.inputSha256 != space.inputSha256(lead));
        QVERIFY2(whatIf->shap.margin != original.margin,
                 qPrintable(QStringLiteral("%1 = %2 left the margin").arg(info.column, text)));
        QVERIFY(contributionOf(whatIf->shap, f) != contributionOf(original, f));
        // The scorer sees the edited lead the same way.
        const auto scores = Scorer::create(*m_bundle)->score(data);
        MIZAN_VERIFY_OK(scores);
        QVERIFY(std::abs(double(scores->margins[size_t(row)]) - whatIf->shap.margin) < 1e-5);
        QVERIFY(whatIf->receipt.additivityResidual < 1e-9);
    }
}

void TestExplainer::globalImportanceIsTheMeanAbsoluteShap()
{
    const FeatureSpace &space = m_explainer->space();
    GlobalOptions options;
    options.sampleRows = 40;
    options.seed = 5;
    options.chunkRows = 64;
    options.nthread = 1;
    QList<std::pair<qint64, qint64>> progress;
    const auto g = m_explainer->global(m_leads,
                                       options,
                                       JobControl{[&](qint64 done, qint64 total) {
                                                      progress.append({done, total});
                                                  },
                                                  nullptr});
    MIZAN_VERIFY_OK(g);
    const qint64 rows = m_leads.rowCount();
    QCOMPARE(g->rows, rows);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), (std::pair<qint64, qint64>{rows, rows}));
    QStringList columns;
    for (const FeatureInfo &info : space.features())
        columns.append(info.column);
    QCOMPARE(g->features, columns);

    // Row by row with shap().
    std::vector<double> sumAbs(size_t(space.featureCount()), 0.0);
    std::vector<std::vector<double>> perRow;
    for (qint64 row = 0; row < rows; ++row) {
        const ShapExplanation e = m_explainer->shap(*space.leadFromDataset(m_leads, row));
        std::vector<double> byFeature(size_t(space.featureCount()));
        for (const FeatureAttribution &a : e.features)
            byFeature[size_t(a.feature)] = a.contribution;
        for (size_t f = 0; f < byFeature.size(); ++f)
            sumAbs[f] += std::abs(byFeature[f]);
        perRow.push_back(std::move(byFeature));
    }
    QCOMPARE(g->meanAbs.size(), size_t(space.featureCount()));
    for (size_t f = 0; f < sumAbs.size(); ++f)
        QVERIFY2(std::abs(g->meanAbs[f] - sumAbs[f] / double(rows)) < 1e-9,
                 qPrintable(columns.at(qsizetype(f))));

    // Order: a permutation, by mean |SHAP| descending.
    std::vector<int> sorted = g->order;
    std::sort(sorted.begin(), sorted.end());
    for (int f = 0; f < space.featureCount(); ++f)
        QCOMPARE(sorted[size_t(f)], f);
    for (size_t k = 1; k < g->order.size(); ++k)
        QVERIFY(g->meanAbs[size_t(g->order[k - 1])] >= g->meanAbs[size_t(g->order[k])]);
    QVERIFY(g->meanAbs[size_t(g->order.front())] > 0.0);

    // The sampled rows' SHAP values and feature values are those of their rows.
    const auto columnsCount = size_t(space.featureCount());
    for (size_t k = 0; k < g->sampleIndex.size(); ++k) {
        const qint64 row = g->sampleIndex[k];
        const Lead lead = *space.leadFromDataset(m_leads, row);
        for (size_t f = 0; f < columnsCount; ++f) {
            QVERIFY(std::abs(g->sampleShap[k * columnsCount + f] - perRow[size_t(row)][f]) < 1e-9);
            const double value = g->sampleValues[k * columnsCount + f];
            if (space.features()[f].type == FeatureType::Numeric)
                QVERIFY(value == lead[f].number
                        || (std::isnan(value) && std::isnan(lead[f].number)));
            else if (lead[f].category < 0)
                QVERIFY(std::isnan(value));
            else
                QCOMPARE(value, double(lead[f].category));
        }
    }

    // Chunking and threads do not change the result.
    for (const auto &[chunk, threads] : {std::pair{qint64(7), 1}, std::pair{qint64(100000), 2}}) {
        GlobalOptions other = options;
        other.chunkRows = chunk;
        other.nthread = threads;
        const auto h = m_explainer->global(m_leads, other);
        MIZAN_VERIFY_OK(h);
        QCOMPARE(h->meanAbs, g->meanAbs);
        QCOMPARE(h->order, g->order);
        QCOMPARE(h->sampleIndex, g->sampleIndex);
        QCOMPARE(h->sampleShap, g->sampleShap);
    }

    // The receipt and the JSON.
    QCOMPARE(g->receipt.method, QStringLiteral("treeshap-global"));
    QCOMPARE(g->receipt.modelSha256, m_bundle->modelSha256);
    QCOMPARE(g->receipt.inputSha256, m_leads.sha256);
    QCOMPARE(g->receipt.seed, std::optional<quint64>(5));
    const QJsonObject json = g->toJson(3);
    const QJsonArray importance = json["importance"].toArray();
    QCOMPARE(importance.size(), space.featureCount());
    for (qsizetype k = 0; k < importance.size(); ++k) {
        const QJsonObject item = importance[k].toObject();
        QCOMPARE(item["feature"].toString(), columns.at(g->order[size_t(k)]));
        QCOMPARE(item["mean_abs_shap"].toDouble(), g->meanAbs[size_t(g->order[size_t(k)])]);
    }
    QCOMPARE(json["sample"].toArray().size(), 3);
    QVERIFY(!g->toJson().contains("sample"));
}

void TestExplainer::globalSampleIsSeededSortedAndInRange()
{
    const qint64 rows = m_leads.rowCount();
    const auto sampleOf = [&](qint64 wanted, quint64 seed) {
        GlobalOptions options;
        options.sampleRows = wanted;
        options.seed = seed;
        options.nthread = 1;
        auto g = m_explainer->global(m_leads, options);
        Q_ASSERT(g.has_value());
        return *g;
    };
    for (quint64 seed : {quint64(0), quint64(1), quint64(2026), ~quint64(0)}) {
        const GlobalExplanation a = sampleOf(50, seed);
        const GlobalExplanation b = sampleOf(50, seed);
        QCOMPARE(a.sampleIndex, b.sampleIndex);
        QCOMPARE(a.sampleShap, b.sampleShap);
        QCOMPARE(a.sampleRows, qint64(50));
        QCOMPARE(a.sampleIndex.size(), size_t(50));
        QCOMPARE(a.sampleShap.size(), size_t(50 * 10));
        QCOMPARE(a.sampleValues.size(), size_t(50 * 10));
        for (size_t k = 0; k < a.sampleIndex.size(); ++k) {
            QVERIFY(a.sampleIndex[k] >= 0 && a.sampleIndex[k] < rows);
            if (k > 0)
                QVERIFY(a.sampleIndex[k - 1] < a.sampleIndex[k]); // sorted, no repeats
        }
    }
    QVERIFY(sampleOf(50, 1).sampleIndex != sampleOf(50, 2).sampleIndex);
    // The sample spreads over the file rather than taking its start.
    const GlobalExplanation spread = sampleOf(50, 3);
    QVERIFY(spread.sampleIndex.back() > rows / 2);
    // More than the file: every row, in order. None: no points.
    const GlobalExplanation all = sampleOf(rows + 100, 4);
    QCOMPARE(all.sampleRows, rows);
    for (qint64 r = 0; r < rows; ++r)
        QCOMPARE(all.sampleIndex[size_t(r)], r);
    const GlobalExplanation none = sampleOf(0, 4);
    QCOMPARE(none.sampleRows, qint64(0));
    QVERIFY(none.sampleIndex.empty() && none.sampleShap.empty());
    QCOMPARE(none.meanAbs, all.meanAbs); // the importance does not depend on the sample
}

void TestExplainer::cancelAndBadInput()
{
    const FeatureSpace &space = m_explainer->space();
    CancelToken token;
    token.cancel();
    const auto g = m_explainer->global(m_leads, {}, JobControl{{}, &token});
    QVERIFY(!g);
    QCOMPARE(g.error().code, ErrorCode::Cancelled);
    ExplainOptions withCounterfactuals;
    withCounterfactuals.counterfactuals = true;
    const Lead lead = *space.leadFromDataset(m_leads, 2);
    const auto cancelled = m_explainer->explain(lead, withCounterfactuals, JobControl{{}, &token});
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);

    for (size_t size : {size_t(0), size_t(9), size_t(11)}) {
        Lead wrong = lead;
        wrong.resize(size);
        const auto e = m_explainer->explain(wrong);
        QVERIFY(!e);
        QCOMPARE(e.error().code, ErrorCode::InvalidInput);
        QVERIFY2(e.error().message.contains(QString::number(size)), qPrintable(e.error().message));
    }
    ExplainOptions lime;
    lime.lime = true;
    lime.limeOptions.samples = 1; // below LIME's minimum
    const auto fewSamples = m_explainer->explain(lead, lime);
    QVERIFY(!fewSamples);
    QCOMPARE(fewSamples.error().code, ErrorCode::InvalidInput);

    // A file without one of the model's columns cannot be explained globally.
    DatasetSpec spec = DemoLeads::spec();
    spec.features.erase(spec.features.begin()); // website_visits
    QByteArray csv = DemoLeads::csv({50, 1});
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const auto partial = DatasetLoader::read(buffer, QStringLiteral("partial.csv"), spec);
    MIZAN_VERIFY_OK(partial);
    const auto missingColumn = m_explainer->global(*partial);
    QVERIFY(!missingColumn);
    QVERIFY2(missingColumn.error().message.contains(QLatin1String("website_visits")),
             qPrintable(missingColumn.error().message));

    // A bundle without parsed trees has no explainer.
    ModelBundle empty = *m_bundle;
    empty.model.reset();
    const auto none = Explainer::create(empty);
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::InvalidInput);
}

void TestExplainer::reportSaysOnlyWhatWasComputed()
{
    const FeatureSpace &space = m_explainer->space();
    const auto lead = space.leadFromDataset(m_leads, 5);
    MIZAN_VERIFY_OK(lead);
    ExplanationReportContext context;
    context.leadId = QStringLiteral("L-5");
    context.leadSet = QStringLiteral("unseen");
    context.preparedBy = QStringLiteral("nour");
    context.preparedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

    const auto shapOnly = m_explainer->explain(*lead);
    MIZAN_VERIFY_OK(shapOnly);
    const QString plain = explanationReportHtml(*shapOnly, space, ReportLanguage::English, context);
    QVERIFY(plain.contains(QStringLiteral("dir=\"ltr\"")));
    QVERIFY(plain.contains(QStringLiteral("L-5")));
    // Counterfactuals were not searched: the report must not claim that nothing would help.
    QVERIFY(!plain.contains(QStringLiteral("What would have changed the decision")));
    QVERIFY(!plain.contains(QStringLiteral("No change within")));
    // The strongest factor is named with its value, and every feature has a row.
    const FeatureAttribution &top = shapOnly->shap.features.front();
    QVERIFY(plain.contains(space.features()[size_t(top.feature)].column.toHtmlEscaped()));
    QVERIFY(plain.contains(QString::fromLatin1(shapOnly->receipt.inputSha256)));

    ExplainOptions all;
    all.lime = true;
    all.counterfactuals = true;
    all.limeOptions.seed = 20261126;
    const auto full = m_explainer->explain(*lead, all);
    MIZAN_VERIFY_OK(full);
    const QString english = explanationReportHtml(*full, space, ReportLanguage::English, context);
    QVERIFY(english.contains(QStringLiteral("What would have changed the decision")));
    QVERIFY(english.contains(QStringLiteral("20261126"))); // the seed in full, reproducible
    const QString arabic = explanationReportHtml(*full, space, ReportLanguage::Arabic, context);
    QVERIFY(arabic.contains(QStringLiteral("dir=\"rtl\"")));
    QVERIFY(arabic.contains(QStringLiteral("ما الذي كان سيغيّر القرار")));
    QVERIFY(!arabic.contains(QStringLiteral("What would have changed")));
    QVERIFY(arabic.contains(QStringLiteral("20261126")));
}

void TestExplainer::xgboostCrossCheckAgrees()
{
    // XGBoost's own pred_contribs, the user-facing cross-check, agrees with the native values.
    for (qint64 row : {0, 7, 42}) {
        const auto lead = m_explainer->space().leadFromDataset(m_leads, row);
        MIZAN_VERIFY_OK(lead);
        const ShapExplanation ours = m_explainer->shap(*lead);
        const auto theirs = m_explainer->xgboostContributions(*lead);
        MIZAN_VERIFY_OK(theirs);
        QCOMPARE(theirs->size(), ours.inputContributions.size() + 1);
        const double tolerance = 1e-5 + 1e-6 * std::abs(ours.margin);
        for (size_t i = 0; i < ours.inputContributions.size(); ++i)
            QVERIFY(std::abs((*theirs)[i] - ours.inputContributions[i]) <= tolerance);
        QVERIFY(std::abs(theirs->back() - ours.expectedValue) <= tolerance);
    }
}

QTEST_GUILESS_MAIN(TestExplainer)
#include "TestExplainer.moc"
