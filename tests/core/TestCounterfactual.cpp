#include "data/DatasetLoader.h"
#include "explain/Counterfactual.h"
#include "model/NativePredictor.h"
#include "model/Scorer.h"
#include "model/Trainer.h"

#include "TestPaths.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <atomic>
#include <cmath>
#include <memory>
#include <set>

using namespace mizan;

namespace {

const char *const kSectors[] = {"tech", "trade", "food", "media"};
const char *const kNationalities[] = {"A", "B", "C"};

/** age and nationality are immutable; with `allImmutable` every feature is. */
DatasetSpec leadSpec(bool allImmutable)
{
    QByteArray json = R"({
        "format": "mizan.dataset-spec/1", "name": "counterfactual",
        "id": "lead_id",
        "target": {"column": "converted", "positive": ["yes"]},
        "features": [
            {"column": "age", "type": "numeric", "immutable": true},
            {"column": "employees", "type": "numeric"@},
            {"column": "visits", "type": "numeric"@},
            {"column": "sector", "type": "categorical"@},
            {"column": "nationality", "type": "categorical", "immutable": true}
        ]
    })";
    json.replace("@", allImmutable ? R"(, "immutable": true)" : "");
    auto spec = DatasetSpec::fromJson(json, "counterfactual.spec.json");
    Q_ASSERT(spec.has_value());
    return *spec;
}

/**
 * Leads with a known structure: conversion when age >= 40 (1.5), employees >= 100 (2.0),
 * visits >= 10 (1.0), sector tech (1.5) and nationality B (1.0) plus noise in [0, 1) reach 3.
 * With `ageOnly` the outcome is age >= 40 and nothing else.
 */
Dataset leads(int rows, quint64 salt, bool ageOnly = false, bool allImmutable = false)
{
    QByteArray csv = "lead_id,age,employees,visits,sector,nationality,converted\n";
    quint64 state = 0x9e3779b97f4a7c15ULL ^ salt;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(state >> 33);
    };
    for (int i = 0; i < rows; ++i) {
        const unsigned age = 20 + next() % 50, employees = 1 + next() % 300;
        const unsigned visits = next() % 21, sector = next() % 4, nationality = next() % 3;
        const double noise = (next() % 1000) / 1000.0;
        const double score = ageOnly ? (age >= 40 ? 10.0 : 0.0)
                                     : (age >= 40 ? 1.5 : 0.0) + (employees >= 100 ? 2.0 : 0.0)
                                           + (visits >= 10 ? 1.0 : 0.0) + (sector == 0 ? 1.5 : 0.0)
                                           + (nationality == 1 ? 1.0 : 0.0) + noise;
        csv += "L" + QByteArray::number(i) + ',' + QByteArray::number(age) + ','
               + QByteArray::number(employees) + ',' + QByteArray::number(visits) + ','
               + kSectors[sector] + ',' + kNationalities[nationality] + ','
               + (score >= 3.0 ? "yes" : "no") + '\n';
    }
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, "leads.csv", leadSpec(allImmutable));
    Q_ASSERT(data.has_value());
    return std::move(*data);
}

ModelBundle train(const Dataset &data, int rounds, int depth)
{
    TrainConfig config;
    config.params.rounds = rounds;
    config.params.maxDepth = depth;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("none");
    auto bundle = Trainer::train(data, config);
    Q_ASSERT(bundle.has_value());
    return std::move(*bundle);
}

/** Probabilities from the native trees; counts the rows it was asked for. */
BatchPredictor predictorOf(const XgbModel &model,
                           std::shared_ptr<std::atomic<qint64>> rows = nullptr)
{
    auto native = std::make_shared<const NativePredictor>(model);
    return [native, rows](const float *in, qint64 count, int width, double *out) {
        std::vector<float> margins(static_cast<size_t>(count));
        native->predictMargins(in, count, width, margins.data());
        for (qint64 i = 0; i < count; ++i)
            out[i] = sigmoid(margins[size_t(i)]);
        if (rows)
            *rows += count;
    };
}

/** A model, its feature space and predictor. */
struct Fixture
{
    ModelBundle bundle;
    FeatureSpace space;
    BatchPredictor predict;

    explicit Fixture(ModelBundle b)
        : bundle(std::move(b))
        , space(*FeatureSpace::fromBundle(bundle))
        , predict(predictorOf(*bundle.model))
    {}

    double probability(const Lead &lead) const
    {
        std::vector<float> row(size_t(space.inputCount()));
        space.encode(lead, row.data());
        double p = 0.0;
        predict(row.data(), 1, space.inputCount(), &p);
        return p;
    }

    Lead lead(const QStringList &values) const
    {
        Lead out;
        for (int f = 0; f < values.size(); ++f)
            out.push_back(*space.parseValue(f, values[f]));
        return out;
    }

    Result<std::vector<Counterfactual>> find(const Lead &lead,
                                             const CounterfactualOptions &options = {}) const
    {
        return findCounterfactuals(space, *bundle.model, predict, lead, options);
    }

    /** The first broken promise of a result, or "" when every suggestion keeps them all. */
    QString violation(const Lead &lead,
                      const std::vector<Counterfactual> &results,
                      const CounterfactualOptions &options = {}) const
    {
        const bool below = probability(lead) >= options.threshold;
        const auto crosses = [&](double p) {
            return below ? p < options.threshold : p >= options.threshold;
        };
        if (results.size() > size_t(options.maxSuggestions))
            return "too many suggestions";
        std::set<std::vector<int>> sets;
        double previousCost = -1.0;
        for (const Counterfactual &cf : results) {
            if (cf.changes.empty() || cf.changes.size() > size_t(options.maxChanges))
                return "wrong number of changes";
            Lead changed = lead;
            std::vector<int> features;
            double cost = 0.0;
            for (const FeatureChange &c : cf.changes) {
                const FeatureInfo &info = space.features()[size_t(c.feature)];
                if (info.immutable)
                    return "changes the immutable " + info.column;
                if (!(c.from == lead[size_t(c.feature)]) || c.from == c.to)
                    return "wrong 'from' of " + info.column;
                if (!features.empty() && c.feature <= features.back())
                    return "features not distinct and ordered";
                features.push_back(c.feature);
                const double scale = info.q3 > info.q1 ? info.q3 - info.q1 : info.std;
                if (info.type == FeatureType::Numeric) {
                    if (!(c.to.number >= info.min && c.to.number <= info.max))
                        return info.column + " outside the training range";
                    cost += !std::isfinite(c.from.number)
                                ? 1.0 + std::abs(c.to.number - info.median) / scale
                                : std::abs(c.to.number - c.from.number) / scale;
                } else {
                    if (c.to.category < 0 || c.to.category >= info.categories.size()
                        || info.categoryCounts[size_t(c.to.category)] <= 0)
                        return info.column + " takes an unseen category";
                    cost += 1.0;
                }
                changed[size_t(c.feature)] = c.to;
            }
            const double p = probability(changed);
            if (!crosses(p) || std::abs(p - cf.probability) > 1e-12)
                return QString("does not cross: %1").arg(p);
            if (std::abs(cost - cf.cost) > 1e-9 || cf.cost < previousCost)
                return "cost wrong or not sorted";
            previousCost = cf.cost;
            if (!sets.insert(features).second)
                return "two suggestions change the same features";
            for (const FeatureChange &c : cf.changes) { // every change is needed
                Lead fewer = changed;
                fewer[size_t(c.feature)] = c.from;
                if (crosses(probability(fewer)))
                    return "an unneeded change of " + space.features()[size_t(c.feature)].column;
            }
        }
        return {};
    }

    QStringList columnsOf(const Counterfactual &cf) const
    {
        QStringList columns;
        for (const FeatureChange &c : cf.changes)
            columns.append(space.features()[size_t(c.feature)].column);
        return columns;
    }
};

} // namespace

class TestCounterfactual : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void suggestionsCrossAndKeepTheRules();
    void changesTheActionableDrivers();
    void positiveLeadIsMovedBelow();
    void missingNumberCanBeSupplied();
    void unreachableLeadGivesAnEmptyList();
    void optionsBoundTheSearch();
    void badInputIsAnError();
    void fastOnALargerModel();
    void bankMarketingLeads();

private:
    std::unique_ptr<Fixture> m_fx;
};

void TestCounterfactual::initTestCase()
{
    m_fx = std::make_unique<Fixture>(train(leads(4000, 1), 60, 3));
    QVERIFY(m_fx->space.hasTrainingStats());
    QCOMPARE(m_fx->space.featureCount(), 5);
}

void TestCounterfactual::suggestionsCrossAndKeepTheRules()
{
    const Dataset data = leads(80, 7);
    int withSuggestions = 0, movedDown = 0;
    for (qint64 row = 0; row < data.rowCount(); ++row) {
        const Lead lead = *m_fx->space.leadFromDataset(data, row);
        const auto results = m_fx->find(lead);
        MIZAN_VERIFY_OK(results);
        const QString broken = m_fx->violation(lead, *results);
        QVERIFY2(broken.isEmpty(), qPrintable(QString("row %1: %2").arg(row).arg(broken)));
        withSuggestions += results->empty() ? 0 : 1;
        movedDown += !results->empty() && m_fx->probability(lead) >= 0.5 ? 1 : 0;
    }
    // Every lead here can cross with at most three actionable changes.
    QVERIFY2(withSuggestions >= 76, qPrintable(QString::number(withSuggestions)));
    QVERIFY(movedDown > 5);
}

void TestCounterfactual::changesTheActionableDrivers()
{
    // Older: employees >= 100 or sector tech alone converts; age and nationality never move.
    const Lead older = m_fx->lead({"45", "20", "2", "food", "A"});
    QVERIFY(m_fx->probability(older) < 0.5);
    const auto results = m_fx->find(older);
    MIZAN_VERIFY_OK(results);
    QCOMPARE(m_fx->violation(older, *results), QString());
    QList<QStringList> sets;
    for (const Counterfactual &cf : *results)
        sets.append(m_fx->columnsOf(cf));
    QVERIFY2(sets.contains(QStringList{"employees"}), qPrintable(QString::number(sets.size())));
    QVERIFY(sets.contains(QStringList{"sector"}));
    for (const Counterfactual &cf : *results) {
        const FeatureChange &c = cf.changes.front();
        if (m_fx->columnsOf(cf) == QStringList{"employees"}) {
            QVERIFY2(c.to.number >= 90 && c.to.number <= 110,
                     qPrintable(QString::number(c.to.number)));
            QCOMPARE(c.to.number, std::floor(c.to.number)); // an integral feature stays integral
        }
        if (m_fx->columnsOf(cf) == QStringList{"sector"})
            QCOMPARE(m_fx->space.displayValue(c.feature, c.to), QString("tech"));
    }

    // Younger: no single change is enough; two drivers must move, never age.
    const Lead younger = m_fx->lead({"30", "20", "2", "food", "A"});
    const auto pairs = m_fx->find(younger);
    MIZAN_VERIFY_OK(pairs);
    QCOMPARE(m_fx->violation(younger, *pairs), QString());
    QCOMPARE(pairs->size(), size_t(3));
    bool employees = false;
    for (const Counterfactual &cf : *pairs) {
        QVERIFY(cf.changes.size() >= 2);
        QVERIFY(!m_fx->columnsOf(cf).contains("age"));
        QVERIFY(!m_fx->columnsOf(cf).contains("nationality"));
        employees = employees || m_fx->columnsOf(cf).contains("employees");
    }
    QVERIFY(employees);

    const QJsonObject json = results->front().toJson(m_fx->space);
    QVERIFY(json["probability"].toDouble() >= 0.5);
    QCOMPARE(json["cost"].toDouble(), results->front().cost);
    const QJsonObject change = json["changes"].toArray().at(0).toObject();
    QVERIFY(change["feature"].toString() == "employees" || change["feature"].toString() == "sector");
    QVERIFY(change["from"].toString() == "20" || change["from"].toString() == "food");
    QVERIFY(!change["to"].toString().isEmpty());
}

void TestCounterfactual::positiveLeadIsMovedBelow()
{
    // employees >= 100 and tech: dropping tech converts no more; dropping employees neither.
    const Lead lead = m_fx->lead({"30", "200", "2", "tech", "A"});
    QVERIFY(m_fx->probability(lead) >= 0.5);
    const auto results = m_fx->find(lead);
    MIZAN_VERIFY_OK(results);
    QCOMPARE(m_fx->violation(lead, *results), QString());
    QVERIFY(!results->empty());
    bool sector = false;
    for (const Counterfactual &cf : *results) {
        QVERIFY(cf.probability < 0.5);
        sector = sector || m_fx->columnsOf(cf) == QStringList{"sector"};
    }
    QVERIFY(sector);
    // The same lead against a higher threshold is already below it: moved up instead.
    CounterfactualOptions high;
    high.threshold = std::min(0.999, m_fx->probability(lead) + 0.001);
    const auto up = m_fx->find(lead, high);
    MIZAN_VERIFY_OK(up);
    QCOMPARE(m_fx->violation(lead, *up, high), QString());
    for (const Counterfactual &cf : *up)
        QVERIFY(cf.probability >= high.threshold);
}

void TestCounterfactual::missingNumberCanBeSupplied()
{
    const Lead lead = m_fx->lead({"45", "", "2", "food", "A"});
    const auto results = m_fx->find(lead);
    MIZAN_VERIFY_OK(results);
    QCOMPARE(m_fx->violation(lead, *results), QString());
    QVERIFY(!results->empty());
    for (const Counterfactual &cf : *results) {
        const QJsonArray changes = cf.toJson(m_fx->space)["changes"].toArray();
        for (const QJsonValue &c : changes) {
            if (c["feature"].toString() == "employees") {
                QVERIFY(c["from"].isNull());
                QVERIFY(c["to"].toString().toDouble() > 0);
            }
        }
    }
}

void TestCounterfactual::unreachableLeadGivesAnEmptyList()
{
    // Only the immutable age decides: a young lead cannot cross.
    const Fixture ageOnly(train(leads(2000, 3, true), 20, 3));
    const Lead young = ageOnly.lead({"25", "150", "15", "tech", "B"});
    QVERIFY(ageOnly.probability(young) < 0.5);
    const auto none = ageOnly.find(young);
    MIZAN_VERIFY_OK(none);
    QCOMPARE(none->size(), size_t(0));
    // The old one is positive and cannot go below either.
    const auto alsoNone = ageOnly.find(ageOnly.lead({"60", "150", "15", "tech", "B"}));
    MIZAN_VERIFY_OK(alsoNone);
    QCOMPARE(alsoNone->size(), size_t(0));

    // Every feature immutable: nothing to change, for any lead.
    const Fixture frozen(train(leads(1000, 4, false, true), 20, 3));
    const Dataset data = leads(20, 5, false, true);
    for (qint64 row = 0; row < data.rowCount(); ++row) {
        const auto results = frozen.find(*frozen.space.leadFromDataset(data, row));
        MIZAN_VERIFY_OK(results);
        QVERIFY(results->empty());
    }
}

void TestCounterfactual::optionsBoundTheSearch()
{
    const Lead younger = m_fx->lead({"30", "20", "2", "food", "A"});
    const Lead older = m_fx->lead({"45", "20", "2", "food", "A"});
    CounterfactualOptions single;
    single.maxChanges = 1;
    const auto singles = m_fx->find(younger, single);
    MIZAN_VERIFY_OK(singles);
    QVERIFY(singles->empty()); // two changes are needed
    CounterfactualOptions one;
    one.maxSuggestions = 1;
    const auto best = m_fx->find(older, one);
    MIZAN_VERIFY_OK(best);
    QCOMPARE(best->size(), size_t(1));
    QCOMPARE(best->front().cost, m_fx->find(older)->front().cost);

    // The budget bounds the model evaluations; progress counts them.
    auto rows = std::make_shared<std::atomic<qint64>>(0);
    CounterfactualOptions tight;
    tight.maxEvaluations = 40;
    qint64 lastDone = -1;
    const JobControl progress{[&](qint64 done, qint64 total) {
                                  QCOMPARE(total, qint64(40));
                                  QVERIFY(done > lastDone && done <= total);
                                  lastDone = done;
                              },
                              nullptr};
    const auto cheap = findCounterfactuals(m_fx->space,
                                           *m_fx->bundle.model,
                                           predictorOf(*m_fx->bundle.model, rows),
                                           younger,
                                           tight,
                                           progress);
    MIZAN_VERIFY_OK(cheap);
    QCOMPARE(m_fx->violation(younger, *cheap, tight), QString());
    QCOMPARE(rows->load(), qint64(40));
    QCOMPARE(lastDone, qint64(40));

    CancelToken token;
    token.cancel();
    const auto cancelled = findCounterfactuals(m_fx->space,
                                               *m_fx->bundle.model,
                                               m_fx->predict,
                                               younger,
                                               {},
                                               JobControl{{}, &token});
    QVERIFY(!cancelled.has_value());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
}

void TestCounterfactual::badInputIsAnError()
{
    const Lead lead = m_fx->lead({"45", "20", "2", "food", "A"});
    const auto code = [&](const Lead &l, const CounterfactualOptions &options) {
        const auto r = m_fx->find(l, options);
        return r.has_value() ? -1 : int(r.error().code);
    };
    const int invalid = int(ErrorCode::InvalidInput);
    QCOMPARE(code(Lead(lead.begin(), lead.end() - 1), {}), invalid);
    QCOMPARE(code(Lead(), {}), invalid);
    for (const double threshold : {0.0, 1.0, -0.5, 1.5, std::nan("")}) {
        CounterfactualOptions options;
        options.threshold = threshold;
        QCOMPARE(code(lead, options), invalid);
    }
    CounterfactualOptions options;
    options.maxSuggestions = 0;
    QCOMPARE(code(lead, options), invalid);
    options = {};
    options.maxChanges = 0;
    QCOMPARE(code(lead, options), invalid);
    options = {};
    options.maxEvaluations = 0;
    QCOMPARE(code(lead, options), invalid);
    Lead unknown = lead;
    unknown[3].category = 99; // no such sector
    QCOMPARE(code(unknown, {}), invalid);
    unknown[3].category = -7;
    QCOMPARE(code(unknown, {}), invalid);
    // Out-of-range and infinite numbers are accepted and never crash.
    Lead odd = lead;
    odd[1].number = 1e300;
    odd[2].number = -std::numeric_limits<double>::infinity();
    const auto r = m_fx->find(odd);
    MIZAN_VERIFY_OK(r);
    QCOMPARE(m_fx->violation(odd, *r), QString());
    for (const Counterfactual &cf : *r)
        QVERIFY(std::isfinite(cf.cost));
}

namespace {

/** Searches 30 leads of `data`, checks every result and reports the time and evaluations. */
void searchAndTime(const Fixture &fx, const Dataset &data, const char *what)
{
    auto rows = std::make_shared<std::atomic<qint64>>(0);
    const BatchPredictor counted = predictorOf(*fx.bundle.model, rows);
    QElapsedTimer timer;
    qint64 slowest = 0, total = 0, found = 0;
    const qint64 leads = std::min<qint64>(30, data.rowCount());
    for (qint64 row = 0; row < leads; ++row) {
        const Lead lead = *fx.space.leadFromDataset(data, row * (data.rowCount() / leads));
        timer.start();
        const auto results = findCounterfactuals(fx.space, *fx.bundle.model, counted, lead);
        const qint64 ms = timer.elapsed();
        slowest = std::max(slowest, ms);
        total += ms;
        MIZAN_VERIFY_OK(results);
        const QString broken = fx.violation(lead, *results);
        QVERIFY2(broken.isEmpty(), qPrintable(QString("row %1: %2").arg(row).arg(broken)));
        found += qint64(results->size());
    }
    QVERIFY(rows->load() <= leads * CounterfactualOptions().maxEvaluations);
    qInfo("%s: %lld ms per search on average, %lld ms at most, %lld evaluations on average, "
          "%lld suggestions for %lld leads",
          what,
          total / leads,
          slowest,
          rows->load() / leads,
          found,
          leads);
}

} // namespace

void TestCounterfactual::fastOnALargerModel()
{
    const Fixture big(train(leads(3000, 8), 200, 6));
    QCOMPARE(big.bundle.model->trees.size(), size_t(200));
    searchAndTime(big, leads(30, 9), "synthetic, 200 trees of depth 6");
}

void TestCounterfactual::bankMarketingLeads()
{
    MIZAN_REQUIRE_SHARED();
    const auto spec = DatasetSpec::load(test::dataFile("bank-marketing.spec.json"));
    MIZAN_VERIFY_OK(spec);
    const auto data
        = DatasetLoader::load(test::sharedFile("data/bank-marketing/bank-additional.csv"), *spec);
    MIZAN_VERIFY_OK(data);
    const Fixture bank(train(*data, 200, 6));
    searchAndTime(bank, *data, "bank marketing, 200 trees of depth 6");
}

QTEST_GUILESS_MAIN(TestCounterfactual)
#include "TestCounterfactual.moc"
