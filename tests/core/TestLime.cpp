#include "data/DatasetLoader.h"
#include "explain/Lime.h"
#include "model/NativePredictor.h"
#include "model/Scorer.h"
#include "model/Trainer.h"

#include "TestPaths.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <ctime>
#include <memory>

using namespace mizan;

namespace {

/**
 * A lead file with known structure: positive mostly iff x1 > 50, tier "gold" pushes up; x2, x3
 * (some missing) and colour are noise.
 */
Dataset structuredDataset(int rows)
{
    auto spec = DatasetSpec::fromJson(R"({"format": "mizan.dataset-spec/1", "name": "lime",
        "target": {"column": "y", "positive": ["1"]},
        "features": [{"column": "x1", "type": "numeric"}, {"column": "x2", "type": "numeric"},
                     {"column": "x3", "type": "numeric"}, {"column": "tier", "type": "categorical"},
                     {"column": "colour", "type": "categorical"}]})",
                                      "lime.json");
    Q_ASSERT(spec.has_value());
    static const char *tiers[] = {"bronze", "silver", "gold"};
    static const char *colours[] = {"red", "green", "blue"};
    quint64 state = 42;
    const auto next = [&state](unsigned range) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(state >> 33) % range;
    };
    QByteArray csv = "x1,x2,x3,tier,colour,y\n";
    for (int i = 0; i < rows; ++i) {
        const unsigned x1 = next(100), x2 = next(10), x3 = next(50), tier = next(3);
        const double z = (double(x1) - 50.0) / 8.0 + (tier == 2 ? 2.5 : 0.0) - 1.0
                         + (double(next(1000)) / 1000.0 - 0.5);
        csv += QByteArray::number(x1) + ',' + QByteArray::number(x2) + ','
               + (i % 11 == 4 ? QByteArray() : QByteArray::number(x3)) + ',' + tiers[tier] + ','
               + colours[next(3)] + ',' + (z > 0 ? '1' : '0') + '\n';
    }
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, "lime.csv", *spec);
    Q_ASSERT(data.has_value());
    return std::move(*data);
}

BatchPredictor predictorOf(const ModelBundle &bundle)
{
    auto native = std::make_shared<const NativePredictor>(*bundle.model);
    return [native](const float *rows, qint64 count, int width, double *out) {
        std::vector<float> margins(static_cast<size_t>(count));
        native->predictMargins(rows, count, width, margins.data());
        for (qint64 i = 0; i < count; ++i)
            out[i] = sigmoid(margins[static_cast<size_t>(i)]);
    };
}

Lead leadOf(const FeatureSpace &space, const QStringList &values)
{
    Lead lead;
    for (int f = 0; f < space.featureCount(); ++f)
        lead.push_back(*space.parseValue(f, values.at(f)));
    return lead;
}

const LimeWeight *weightOf(const LimeExplanation &e, int feature)
{
    for (const LimeWeight &w : e.weights) {
        if (w.feature == feature)
            return &w;
    }
    return nullptr;
}

bool identical(const LimeExplanation &a, const LimeExplanation &b)
{
    if (a.weights.size() != b.weights.size() || a.intercept != b.intercept || a.score != b.score
        || a.localPrediction != b.localPrediction || a.modelPrediction != b.modelPrediction)
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

class TestLime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameResult();
    void findsTheModelsStructure();
    void recoversAModelLinearInTheBins();
    void samplesFollowTheTrainingDistribution();
    void normalQuantileIsExact();
    void degenerateFeatures();
    void ridgeMatchesClosedForm();
    void ridgeWithoutPenaltyIsExactOnLinearData();
    void kernelWidthAndLocalPrediction();
    void conditionsAreWordedAsLime();
    void json();
    void errors();
    void timing();

private:
    std::optional<ModelBundle> m_bundle;
    std::optional<FeatureSpace> m_space;
    BatchPredictor m_predict;
};

void TestLime::initTestCase()
{
    TrainConfig config;
    config.params.rounds = 40;
    config.params.maxDepth = 3;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("none");
    auto bundle = Trainer::train(structuredDataset(3000), config);
    MIZAN_VERIFY_OK(bundle);
    m_bundle = std::move(*bundle);
    auto space = FeatureSpace::fromBundle(*m_bundle);
    MIZAN_VERIFY_OK(space);
    QVERIFY(space->hasTrainingStats());
    m_space = std::move(*space);
    m_predict = predictorOf(*m_bundle);
}

void TestLime::sameSeedSameResult()
{
    const Lead lead = leadOf(*m_space, {"80", "3", "", "silver", "red"});
    LimeOptions options;
    options.seed = 7;
    const auto a = explainLime(*m_space, lead, m_predict, options);
    const auto b = explainLime(*m_space, lead, m_predict, options);
    MIZAN_VERIFY_OK(a);
    MIZAN_VERIFY_OK(b);
    QVERIFY(identical(*a, *b));
    QCOMPARE(a->seed, quint64(7));
    QCOMPARE(a->samples, 5000);
    options.seed = 8;
    const auto c = explainLime(*m_space, lead, m_predict, options);
    MIZAN_VERIFY_OK(c);
    QVERIFY(!identical(*a, *c));
    QCOMPARE(c->modelPrediction, a->modelPrediction); // row 0 is the lead itself
    QVERIFY(std::abs(c->weights[0].weight - a->weights[0].weight) < 0.05);

    // Pinned: the sampler (generator, choice, truncated normal) must not drift between versions,
    // or an explanation's receipt (method, seed) no longer reproduces it. A smooth model of the
    // sampled values, so the values and not only the bins count.
    const FeatureInfo &x1 = m_space->features()[0];
    const FeatureInfo &x2 = m_space->features()[1];
    const FeatureInfo &tier = m_space->features()[3];
    const int goldInput = tier.inputs[size_t(tier.categories.indexOf("gold"))];
    const BatchPredictor smooth = [&](const float *rows, qint64 count, int width, double *out) {
        for (qint64 i = 0; i < count; ++i) {
            const float *row = rows + i * width;
            const double v2 = std::isnan(row[x2.inputs[0]]) ? 0.0 : row[x2.inputs[0]];
            out[i] = 0.5 / (1.0 + std::exp(-(row[x1.inputs[0]] - 50.0) / 10.0)) + 0.02 * v2
                     + 0.1 * row[goldInput];
        }
    };
    options.seed = 2024;
    options.samples = 1000;
    const auto pinned = explainLime(*m_space, lead, smooth, options);
    MIZAN_VERIFY_OK(pinned);
    QCOMPARE(pinned->weights[0].feature, 0);
    QCOMPARE(pinned->weights[1].feature, 3);
    QVERIFY(std::abs(pinned->intercept - 0.31293858421531384) < 1e-9);
    QVERIFY(std::abs(pinned->score - 0.49189931151839694) < 1e-9);
    QVERIFY(std::abs(pinned->weights[0].weight - 0.3197497249961973) < 1e-9);
    QVERIFY(std::abs(pinned->weights[1].weight + 0.042383257737138323) < 1e-9);
}

void TestLime::findsTheModelsStructure()
{
    const int x1 = m_space->indexOf("x1"), tier = m_space->indexOf("tier");
    LimeOptions options;
    options.numFeatures = 5; // every feature, by forward selection
    for (const bool high : {true, false}) {
        const Lead lead = high ? leadOf(*m_space, {"85", "4", "30", "gold", "green"})
                               : leadOf(*m_space, {"12", "4", "30", "bronze", "green"});
        const auto e = explainLime(*m_space, lead, m_predict, options);
        MIZAN_VERIFY_OK(e);
        QCOMPARE(e->weights.size(), size_t(5));
        QCOMPARE(e->weights[0].feature, x1);
        QCOMPARE(e->weights[1].feature, tier);
        const double sign = high ? 1.0 : -1.0;
        QVERIFY2(sign * e->weights[0].weight > 0.2,
                 qPrintable(QString::number(e->weights[0].weight)));
        QVERIFY2(sign * e->weights[1].weight > 0.05,
                 qPrintable(QString::number(e->weights[1].weight)));
        for (size_t i = 2; i < e->weights.size(); ++i)
            QVERIFY2(std::abs(e->weights[i].weight) < 0.1 * std::abs(e->weights[0].weight),
                     qPrintable(e->weights[i].condition));
        QCOMPARE(e->weights[1].condition, high ? QString("tier=gold") : QString("tier=bronze"));
        QVERIFY(high ? e->modelPrediction > 0.8 : e->modelPrediction < 0.2);
        QVERIFY2(e->score > 0.3 && e->score <= 1.0, qPrintable(QString::number(e->score)));
    }
}

void TestLime::recoversAModelLinearInTheBins()
{
    // p = 0.3 + 0.2 [x1 in the lead's (top) bin] + 0.1 [tier = gold]: exactly linear in LIME's
    // binary features, so LIME must find these two, their weights and an R^2 of about 1.
    const FeatureInfo &x1 = m_space->features()[size_t(m_space->indexOf("x1"))];
    const FeatureInfo &tier = m_space->features()[size_t(m_space->indexOf("tier"))];
    const int x1Input = x1.inputs[0];
    const int goldInput = tier.inputs[size_t(tier.categories.indexOf("gold"))];
    const double q3 = x1.edges.back();
    const BatchPredictor linear = [=](const float *rows, qint64 count, int width, double *out) {
        for (qint64 i = 0; i < count; ++i) {
            const float *row = rows + i * width;
            out[i] = 0.3 + 0.2 * (double(row[x1Input]) > q3 ? 1 : 0) + 0.1 * row[goldInput];
        }
    };
    const Lead lead = leadOf(*m_space, {"90", "4", "", "gold", "blue"});
    for (const auto selection : {LimeOptions::Selection::ForwardSelection,
                                 LimeOptions::Selection::HighestWeights,
                                 LimeOptions::Selection::None}) {
        LimeOptions options;
        options.numFeatures = 2;
        options.selection = selection;
        const auto e = explainLime(*m_space, lead, linear, options);
        MIZAN_VERIFY_OK(e);
        QCOMPARE(e->weights.size(), size_t(selection == LimeOptions::Selection::None ? 5 : 2));
        QCOMPARE(e->weights[0].feature, m_space->indexOf("x1"));
        QCOMPARE(e->weights[1].feature, m_space->indexOf("tier"));
        QVERIFY2(std::abs(e->weights[0].weight - 0.2) < 2e-3,
                 qPrintable(QString::number(e->weights[0].weight, 'g', 17)));
        QVERIFY2(std::abs(e->weights[1].weight - 0.1) < 2e-3,
                 qPrintable(QString::number(e->weights[1].weight, 'g', 17)));
        for (size_t i = 2; i < e->weights.size(); ++i)
            QVERIFY(std::abs(e->weights[i].weight) < 1e-3);
        QVERIFY2(std::abs(e->intercept - 0.3) < 2e-3, qPrintable(QString::number(e->intercept)));
        QVERIFY2(e->score > 0.9999 && e->score <= 1.0, qPrintable(QString::number(e->score)));
        QCOMPARE(e->modelPrediction, 0.6);
        QVERIFY(std::abs(e->localPrediction - 0.6) < 1e-3);
    }
}

void TestLime::samplesFollowTheTrainingDistribution()
{
    // Record what LIME asks the model about: numeric draws stay in the training range with
    // each quartile bin as frequent as in training; missing values and categories likewise.
    const FeatureInfo &x1 = m_space->features()[size_t(m_space->indexOf("x1"))];
    const FeatureInfo &x3 = m_space->features()[size_t(m_space->indexOf("x3"))];
    const FeatureInfo &tier = m_space->features()[size_t(m_space->indexOf("tier"))];
    auto seen = std::make_shared<std::vector<std::vector<float>>>();
    const BatchPredictor record = [=](const float *rows, qint64 count, int width, double *out) {
        for (qint64 i = 0; i < count; ++i) {
            seen->emplace_back(rows + i * width, rows + (i + 1) * width);
            out[i] = 0.5;
        }
    };
    LimeOptions options;
    options.samples = 20000;
    const auto e
        = explainLime(*m_space, leadOf(*m_space, {"50", "1", "2", "gold", "red"}), record, options);
    MIZAN_VERIFY_OK(e);
    QCOMPARE(seen->size(), size_t(20000));
    QCOMPARE(e->score, 1.0); // constant labels: sklearn's r2_score says 1
    std::vector<double> bins(x1.bins.size(), 0.0);
    double missing = 0.0, gold = 0.0;
    for (size_t i = 1; i < seen->size(); ++i) {
        const std::vector<float> &row = (*seen)[i];
        const double v = row[size_t(x1.inputs[0])];
        QVERIFY(v >= float(x1.min) && v <= float(x1.max));
        bins[size_t(x1.binOf(v))] += 1.0 / 19999.0;
        missing += std::isnan(row[size_t(x3.inputs[0])]) ? 1.0 / 19999.0 : 0.0;
        gold += row[size_t(tier.inputs[size_t(tier.categories.indexOf("gold"))])] / 19999.0;
    }
    for (size_t b = 0; b < bins.size(); ++b)
        QVERIFY2(std::abs(bins[b] - double(x1.bins[b].count) / double(x1.count)) < 0.015,
                 qPrintable(QString::number(bins[b])));
    QVERIFY(std::abs(missing - double(x3.missing) / double(x3.count + x3.missing)) < 0.01);
    const double goldShare = double(tier.categoryCounts[size_t(tier.categories.indexOf("gold"))])
                             / double(tier.count + tier.missing);
    QVERIFY(std::abs(gold - goldShare) < 0.015);

    // Inside a bin the draws follow the normal (bin mean, bin std) truncated to the bin, as
    // scipy's truncnorm: their mean is mu + s (phi(a) - phi(b)) / (Phi(b) - Phi(a)).
    const auto phi = [](double z) { return std::exp(-0.5 * z * z) / std::sqrt(2.0 * M_PI); };
    const auto cdf = [](double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); };
    for (size_t b = 0; b < x1.bins.size(); ++b) {
        const QuartileBin &bin = x1.bins[b];
        double sum = 0.0, squares = 0.0, n = 0.0;
        for (size_t i = 1; i < seen->size(); ++i) {
            const double v = (*seen)[i][size_t(x1.inputs[0])];
            if (x1.binOf(v) != int(b))
                continue;
            sum += v;
            squares += v * v;
            n += 1.0;
        }
        const double a = (bin.lower - bin.mean) / bin.std;
        const double z = (bin.upper - bin.mean) / bin.std;
        const double expected = bin.mean + bin.std * (phi(a) - phi(z)) / (cdf(z) - cdf(a));
        const double spread = std::sqrt(std::max(squares / n - (sum / n) * (sum / n), 0.0));
        QVERIFY(n > 1000.0);
        QVERIFY2(std::abs(sum / n - expected) < 4.0 * spread / std::sqrt(n) + 1e-6,
                 qPrintable(QStringLiteral("bin %1: mean %2, truncated normal %3")
                                .arg(b)
                                .arg(sum / n)
                                .arg(expected)));
    }
}

void TestLime::normalQuantileIsExact()
{
    // Phi(Phi^-1(p)) = p to a few ulps of the tail probability, over 300 decades of the lower
    // tail and the whole upper half (where 1 - p is exact).
    const auto lowerTail = [](double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); };
    for (double p = 1e-300; p < 0.5; p *= 1.37) {
        const double x = normalQuantile(p);
        QVERIFY2(std::abs(lowerTail(x) - p) <= 1e-13 * p * std::max(1.0, x * x / 10.0),
                 qPrintable(QStringLiteral("p %1: x %2").arg(p).arg(x, 0, 'g', 17)));
        const double q = 1.0 - p; // exact for p >= 2^-53 only; beyond, q rounds to 1
        if (q < 1.0)
            QCOMPARE(normalQuantile(q), -normalQuantile(1.0 - q));
    }
    for (double p = 0.5; p < 1.0; p += 0.0137) {
        const double x = normalQuantile(p);
        QVERIFY2(std::abs(lowerTail(-x) - (1.0 - p)) <= 1e-14,
                 qPrintable(QStringLiteral("p %1: x %2").arg(p).arg(x, 0, 'g', 17)));
    }
    QCOMPARE(normalQuantile(0.5), 0.0);
    QVERIFY(std::abs(normalQuantile(0.975) - 1.959963984540054) < 1e-15);
    QVERIFY(std::abs(normalQuantile(1e-10) + 6.361340902404056) < 1e-14);
    QCOMPARE(normalQuantile(0.0), -std::numeric_limits<double>::infinity());
    QCOMPARE(normalQuantile(1.0), std::numeric_limits<double>::infinity());
    QCOMPARE(normalQuantile(std::nan("")), -std::numeric_limits<double>::infinity());
}

void TestLime::degenerateFeatures()
{
    // A constant number, a one-category column and a value never seen in training: the bins
    // without spread, the all-ones and all-zeros binary columns must not break the fit.
    auto spec = DatasetSpec::fromJson(R"({"format": "mizan.dataset-spec/1", "name": "flat",
        "target": {"column": "y", "positive": ["1"]},
        "features": [{"column": "x", "type": "numeric"}, {"column": "c", "type": "numeric"},
                     {"column": "k", "type": "categorical"}]})",
                                      "flat.json");
    QVERIFY(spec.has_value());
    QByteArray csv = "x,c,k,y\n";
    for (int i = 0; i < 400; ++i)
        csv += QByteArray::number(i % 40) + ",7,only," + (i % 40 > 18 ? '1' : '0') + '\n';
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const auto data = DatasetLoader::read(buffer, "flat.csv", *spec);
    MIZAN_VERIFY_OK(data);
    TrainConfig config;
    config.params.rounds = 10;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("none");
    const auto bundle = Trainer::train(*data, config);
    MIZAN_VERIFY_OK(bundle);
    const auto space = FeatureSpace::fromBundle(*bundle);
    MIZAN_VERIFY_OK(space);
    for (const QString &c : {QString("7"), QString("12"), QString()}) {
        LimeOptions options;
        options.selection = LimeOptions::Selection::None;
        options.samples = 500;
        const auto e
            = explainLime(*space, leadOf(*space, {"30", c, "only"}), predictorOf(*bundle), options);
        MIZAN_VERIFY_OK(e);
        QCOMPARE(e->weights.size(), size_t(3));
        QCOMPARE(e->weights[0].feature, 0);
        QVERIFY(e->weights[0].weight > 0.3);
        for (const LimeWeight &w : e->weights)
            QVERIFY2(std::isfinite(w.weight), qPrintable(w.condition));
        QVERIFY(std::abs(weightOf(*e, 2)->weight) < 1e-9); // always "k=only"
        QVERIFY(std::isfinite(e->score) && e->score <= 1.0);
        for (const auto selection :
             {LimeOptions::Selection::ForwardSelection, LimeOptions::Selection::HighestWeights}) {
            options.selection = selection;
            options.numFeatures = 1;
            const auto one = explainLime(*space,
                                         leadOf(*space, {"30", c, "only"}),
                                         predictorOf(*bundle),
                                         options);
            MIZAN_VERIFY_OK(one);
            QCOMPARE(one->weights.size(), size_t(1));
            QCOMPARE(one->weights[0].feature, 0);
        }
    }
}

void TestLime::ridgeMatchesClosedForm()
{
    // One column: b = Sxy / (Sxx + alpha) on weighted-centred data, intercept = ybar - xbar b.
    const std::vector<double> x{0, 1, 2, 3, 4}, y{1, 3, 2, 5, 4}, w{1, 2, 1, 0.5, 1};
    const double sw = 5.5;
    double xbar = 0, ybar = 0;
    for (size_t i = 0; i < 5; ++i) {
        xbar += w[i] * x[i] / sw;
        ybar += w[i] * y[i] / sw;
    }
    double sxx = 0, sxy = 0, syy = 0;
    for (size_t i = 0; i < 5; ++i) {
        sxx += w[i] * (x[i] - xbar) * (x[i] - xbar);
        sxy += w[i] * (x[i] - xbar) * (y[i] - ybar);
        syy += w[i] * (y[i] - ybar) * (y[i] - ybar);
    }
    const double b = sxy / (sxx + 1.0), c = ybar - xbar * b;
    double sse = 0;
    for (size_t i = 0; i < 5; ++i)
        sse += w[i] * (y[i] - c - b * x[i]) * (y[i] - c - b * x[i]);
    const auto fit = fitWeightedRidge(x, 1, y, w, 1.0);
    MIZAN_VERIFY_OK(fit);
    QVERIFY(std::abs(fit->coef[0] - b) < 1e-12);
    QVERIFY(std::abs(fit->intercept - c) < 1e-12);
    QVERIFY(std::abs(fit->score - (1 - sse / syy)) < 1e-12);

    // Two columns against Cramer's rule; values worked out by hand: with w = 1, x1 = {0,1,0,1},
    // x2 = {0,0,1,1}, y = {1,2,4,4}, alpha = 1: Xc'Xc = I, Xc'yc = (0.5, 2.5), so b = (0.25, 1.25),
    // intercept = 2.75 - 0.5 (0.25 + 1.25) = 2.
    const auto two = fitWeightedRidge({0, 0, 1, 0, 0, 1, 1, 1}, 2, {1, 2, 4, 4}, {1, 1, 1, 1}, 1.0);
    MIZAN_VERIFY_OK(two);
    QVERIFY(std::abs(two->coef[0] - 0.25) < 1e-14);
    QVERIFY(std::abs(two->coef[1] - 1.25) < 1e-14);
    QVERIFY(std::abs(two->intercept - 2.0) < 1e-14);
    // residuals y - 2 - 0.25 x1 - 1.25 x2 = (-1, -0.25, 0.75, 0.5); SST = 6.75
    QVERIFY(std::abs(two->score - (1 - (1 + 0.0625 + 0.5625 + 0.25) / 6.75)) < 1e-14);

    QVERIFY(!fitWeightedRidge({1, 2}, 1, {1, 2, 3}, {1, 1, 1}, 1).has_value());
    QVERIFY(!fitWeightedRidge({1, 2}, 1, {1, 2}, {0, 0}, 1).has_value());
    QVERIFY(!fitWeightedRidge({1, 2}, 1, {1, 2}, {1, 1}, -1).has_value());
}

void TestLime::ridgeWithoutPenaltyIsExactOnLinearData()
{
    // y = 2 + 3 x1 - 1.5 x2 exactly; x3 repeats x1 and x4 is constant: both get 0 (least squares).
    std::vector<double> x, y, w;
    for (int i = 0; i < 50; ++i) {
        const double x1 = std::sin(i * 1.3) * 4, x2 = (i * 7 % 11) - 5.0;
        x.insert(x.end(), {x1, x2, x1, 3.0});
        y.push_back(2 + 3 * x1 - 1.5 * x2);
        w.push_back(0.4 + (i % 5) * 0.15);
    }
    const auto fit = fitWeightedRidge(x, 4, y, w, 0.0);
    MIZAN_VERIFY_OK(fit);
    QVERIFY2(std::abs(fit->coef[0] + fit->coef[2] - 3) < 1e-10,
             qPrintable(QString::number(fit->coef[0])));
    QVERIFY(std::abs(fit->coef[1] + 1.5) < 1e-10);
    QVERIFY(std::abs(fit->coef[3]) < 1e-10);
    QVERIFY(std::abs(fit->intercept - 2) < 1e-9);
    QVERIFY(std::abs(fit->score - 1) < 1e-12);
    // a constant target is explained perfectly (sklearn's r2_score: 1)
    const auto flat = fitWeightedRidge(x, 4, std::vector<double>(50, 0.25), w, 0.0);
    MIZAN_VERIFY_OK(flat);
    QCOMPARE(flat->score, 1.0);
    QVERIFY(std::abs(flat->intercept - 0.25) < 1e-12);
}

void TestLime::kernelWidthAndLocalPrediction()
{
    const Lead lead = leadOf(*m_space, {"40", "9", "10", "silver", "blue"});
    LimeOptions options;
    options.numFeatures = 3;
    const auto e = explainLime(*m_space, lead, m_predict, options);
    MIZAN_VERIFY_OK(e);
    QCOMPARE(e->kernelWidth, 0.75 * std::sqrt(5.0));
    QCOMPARE(e->weights.size(), size_t(3));
    double sum = e->intercept;
    for (const LimeWeight &w : e->weights)
        sum += w.weight;
    QVERIFY(std::abs(e->localPrediction - sum) < 1e-12);
    QVERIFY(e->score <= 1.0);
    for (size_t i = 1; i < e->weights.size(); ++i)
        QVERIFY(std::abs(e->weights[i - 1].weight) >= std::abs(e->weights[i].weight));
    options.kernelWidth = 0.5;
    const auto narrow = explainLime(*m_space, lead, m_predict, options);
    MIZAN_VERIFY_OK(narrow);
    QCOMPARE(narrow->kernelWidth, 0.5);
    QVERIFY(!identical(*e, *narrow));
    options.numFeatures = 8; // more than there are: highest_weights gives them all
    const auto all = explainLime(*m_space, lead, m_predict, options);
    MIZAN_VERIFY_OK(all);
    QCOMPARE(all->weights.size(), size_t(5));
}

void TestLime::conditionsAreWordedAsLime()
{
    const FeatureInfo &x1 = m_space->features()[size_t(m_space->indexOf("x1"))];
    QCOMPARE(x1.edges.size(), size_t(3));
    const auto edge = [&](int i) { return QString::number(x1.edges[size_t(i)], 'f', 2); };
    LimeOptions options;
    options.selection = LimeOptions::Selection::None;
    options.samples = 200;
    const struct
    {
        QString x1;
        QString expected;
    } cases[] = {{"0", "x1 <= " + edge(0)},
                 {"50", edge(0) + " < x1 <= " + edge(1)},
                 {"70", edge(1) + " < x1 <= " + edge(2)},
                 {"99", "x1 > " + edge(2)}};
    for (const auto &c : cases) {
        const auto e = explainLime(*m_space,
                                   leadOf(*m_space, {c.x1, "", "7", "", "red"}),
                                   m_predict,
                                   options);
        MIZAN_VERIFY_OK(e);
        QCOMPARE(weightOf(*e, 0)->condition, c.expected);
        QCOMPARE(weightOf(*e, 1)->condition, QString("x2 is missing"));
        QCOMPARE(weightOf(*e, 3)->condition, QString("tier is missing or unseen"));
        QCOMPARE(weightOf(*e, 4)->condition, QString("colour=red"));
    }
}

void TestLime::json()
{
    LimeOptions options;
    options.seed = (quint64(1) << 60) + 3;
    options.samples = 300;
    options.numFeatures = 2;
    const auto e = explainLime(*m_space,
                               leadOf(*m_space, {"85", "1", "1", "gold", "red"}),
                               m_predict,
                               options);
    MIZAN_VERIFY_OK(e);
    const QJsonObject o = e->toJson(*m_space);
    QCOMPARE(o["method"].toString(), QString("lime"));
    QCOMPARE(o["seed"].toString(), QString::number((quint64(1) << 60) + 3));
    QCOMPARE(o["samples"].toInt(), 300);
    QCOMPARE(o["kernel_width"].toDouble(), e->kernelWidth);
    QCOMPARE(o["intercept"].toDouble(), e->intercept);
    QCOMPARE(o["local_prediction"].toDouble(), e->localPrediction);
    QCOMPARE(o["score"].toDouble(), e->score);
    QCOMPARE(o["model_prediction"].toDouble(), e->modelPrediction);
    const QJsonArray weights = o["weights"].toArray();
    QCOMPARE(weights.size(), 2);
    QCOMPARE(weights[0].toObject()["feature"].toString(), QString("x1"));
    QCOMPARE(weights[0].toObject()["condition"].toString(), e->weights[0].condition);
    QCOMPARE(weights[0].toObject()["weight"].toDouble(), e->weights[0].weight);
    LimeExplanation copy = *e;
    copy.seed = 12;
    QCOMPARE(copy.toJson(*m_space)["seed"].toInteger(), qint64(12));
}

void TestLime::errors()
{
    const Lead lead = leadOf(*m_space, {"85", "1", "1", "gold", "red"});
    const auto expectError = [&](const FeatureSpace &space,
                                 const Lead &l,
                                 const LimeOptions &o,
                                 ErrorCode code,
                                 const char *words,
                                 const BatchPredictor &p) {
        const auto r = explainLime(space, l, p, o);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(QLatin1StringView(words)),
                 qPrintable(r.error().message));
    };
    ModelBundle bare = *m_bundle;
    bare.trainingSummary = {};
    const auto bareSpace = FeatureSpace::fromBundle(bare);
    MIZAN_VERIFY_OK(bareSpace);
    expectError(*bareSpace, lead, {}, ErrorCode::InvalidInput, "training summary", m_predict);

    ModelBundle old = *m_bundle; // a summary written before the quartile bins existed
    QJsonArray features = old.trainingSummary["features"].toArray();
    for (qsizetype i = 0; i < features.size(); ++i) {
        QJsonObject f = features[i].toObject();
        f.remove("edges");
        f.remove("bins");
        features[i] = f;
    }
    old.trainingSummary["features"] = features;
    expectError(*FeatureSpace::fromBundle(old),
                lead,
                {},
                ErrorCode::InvalidInput,
                "quartile bins",
                m_predict);

    expectError(*m_space,
                Lead(lead.begin(), lead.end() - 1),
                {},
                ErrorCode::InvalidInput,
                "4 feature values",
                m_predict);
    Lead wrong = lead;
    wrong[3].category = 3;
    expectError(*m_space, wrong, {}, ErrorCode::InvalidInput, "tier", m_predict);
    LimeOptions o;
    for (const int samples : {-5, 0, 1, 1000001}) {
        o.samples = samples;
        expectError(*m_space, lead, o, ErrorCode::InvalidInput, "samples", m_predict);
    }
    o = {};
    o.numFeatures = 0;
    expectError(*m_space, lead, o, ErrorCode::InvalidInput, "feature", m_predict);
    for (const double width : {-1.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
        o = {};
        o.kernelWidth = width;
        expectError(*m_space, lead, o, ErrorCode::InvalidInput, "kernel width", m_predict);
    }
    const BatchPredictor broken = [](const float *, qint64 count, int, double *out) {
        std::fill(out, out + count, std::nan(""));
    };
    expectError(*m_space, lead, {}, ErrorCode::Model, "probability", broken);
    expectError(*m_space, lead, {}, ErrorCode::Internal, "model", BatchPredictor());
    o = {};
    o.samples = 2; // the smallest sample still explains
    MIZAN_VERIFY_OK(explainLime(*m_space, lead, m_predict, o));
}

void TestLime::timing()
{
    // 20 features (10 numeric, 10 categorical), 5,000 samples: lime's Python takes ~17 ms.
    QByteArray specJson = R"({"format": "mizan.dataset-spec/1", "name": "wide",
        "target": {"column": "y", "positive": ["1"]}, "features": [)";
    QByteArray csv;
    for (int f = 0; f < 20; ++f) {
        specJson += QByteArray(f ? "," : "") + "{\"column\": \"f" + QByteArray::number(f)
                    + "\", \"type\": \"" + (f < 10 ? "numeric" : "categorical") + "\"}";
        csv += "f" + QByteArray::number(f) + ',';
    }
    specJson += "]}";
    csv += "y\n";
    quint64 state = 3;
    const auto next = [&state](unsigned range) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(state >> 33) % range;
    };
    for (int i = 0; i < 3000; ++i) {
        double z = 0;
        for (int f = 0; f < 20; ++f) {
            const unsigned v = next(f < 10 ? 1000 : 6);
            z += f < 10 ? (double(v) / 1000.0 - 0.5) * (10 - f) : (v == 0 ? 1.0 : 0.0);
            csv += (f < 10 ? QByteArray::number(v) : "c" + QByteArray::number(v)) + ',';
        }
        csv += z + double(next(100)) / 50.0 > 2.5 ? "1\n" : "0\n";
    }
    const auto spec = DatasetSpec::fromJson(specJson, "wide.json");
    MIZAN_VERIFY_OK(spec);
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const auto data = DatasetLoader::read(buffer, "wide.csv", *spec);
    MIZAN_VERIFY_OK(data);
    TrainConfig config;
    config.params.rounds = 100;
    config.params.maxDepth = 4;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("none");
    const auto bundle = Trainer::train(*data, config);
    MIZAN_VERIFY_OK(bundle);
    const auto space = FeatureSpace::fromBundle(*bundle);
    MIZAN_VERIFY_OK(space);
    // The model's own cost (5,000 predictions) apart: LIME with a model that costs nothing.
    const BatchPredictor trivial = [](const float *rows, qint64 count, int width, double *out) {
        for (qint64 i = 0; i < count; ++i)
            out[i] = rows[i * width] > 500.0f ? 0.7 : 0.2;
    };
    for (const bool model : {false, true}) {
        const BatchPredictor predict = model ? predictorOf(*bundle) : trivial;
        for (const int numFeatures : {6, 10}) {
            LimeOptions options;
            options.numFeatures = numFeatures;
            constexpr int kRuns = 20;
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            for (int run = 0; run < kRuns; ++run) {
                options.seed = quint64(run);
                const auto lead = space->leadFromDataset(*data, run);
                MIZAN_VERIFY_OK(lead);
                const auto e = explainLime(*space, *lead, predict, options);
                MIZAN_VERIFY_OK(e);
                QCOMPARE(e->weights.size(), size_t(numFeatures));
                QVERIFY(e->score <= 1.0);
            }
            qInfo("LIME, 20 features, 5000 samples, %s, %d features chosen: %.2f ms per "
                  "explanation (%.2f ms CPU)",
                  model ? "100 trees" : "no model",
                  numFeatures,
                  double(timer.nsecsElapsed()) / 1e6 / kRuns,
                  double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC / kRuns);
        }
    }
}

QTEST_GUILESS_MAIN(TestLime)
#include "TestLime.moc"
