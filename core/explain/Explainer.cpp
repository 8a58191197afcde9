#include "explain/Explainer.h"

#include "data/Encoder.h"
#include "model/Booster.h"
#include "model/Scorer.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Explainer)
};

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString engineName()
{
    return QStringLiteral("%1 (Mizan %2)")
        .arg(QLatin1StringView(TreeShap::kEngineVersion), QStringLiteral(MIZAN_VERSION));
}

/** Ranks (1-based, ties averaged) of the values. */
std::vector<double> ranks(const std::vector<double> &values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> rank(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        for (size_t k = i; k <= j; ++k)
            rank[order[k]] = double(i + j) / 2.0 + 1.0;
        i = j + 1;
    }
    return rank;
}

} // namespace

QJsonObject ExplanationReceipt::toJson() const
{
    QJsonObject o{{QStringLiteral("model"), model},
                  {QStringLiteral("model_version"), modelVersion},
                  {QStringLiteral("model_sha256"), QString::fromLatin1(modelSha256)},
                  {QStringLiteral("input_sha256"), QString::fromLatin1(inputSha256)},
                  {QStringLiteral("method"), method},
                  {QStringLiteral("engine"), engine},
                  {QStringLiteral("additivity_residual"), additivityResidual},
                  {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)}};
    // A number while JSON holds it exactly (as LIME's own "seed"), else its decimal text.
    constexpr quint64 kExactInJson = quint64(1) << 53;
    o.insert(QStringLiteral("seed"),
             !seed                   ? QJsonValue(QJsonValue::Null)
             : *seed <= kExactInJson ? QJsonValue(static_cast<qint64>(*seed))
                                     : QJsonValue(QString::number(*seed)));
    return o;
}

QJsonObject ShapExplanation::toJson(const FeatureSpace &space, const Lead &lead) const
{
    QJsonArray features;
    for (const FeatureAttribution &a : this->features) {
        const FeatureInfo &info = space.features()[static_cast<size_t>(a.feature)];
        features.append(
            QJsonObject{{QStringLiteral("feature"), info.column},
                        {QStringLiteral("value"),
                         a.feature < static_cast<int>(lead.size())
                             ? QJsonValue(space.displayValue(a.feature,
                                                             lead[static_cast<size_t>(a.feature)]))
                             : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("contribution"), a.contribution},
                        {QStringLiteral("probability_delta"), a.probabilityDelta}});
    }
    QJsonObject inputs;
    const QStringList names = space.inputNames();
    for (size_t i = 0; i < inputContributions.size(); ++i)
        inputs.insert(names.value(static_cast<qsizetype>(i)), inputContributions[i]);
    return QJsonObject{{QStringLiteral("method"), QStringLiteral("treeshap")},
                       {QStringLiteral("expected_value"), expectedValue},
                       {QStringLiteral("margin"), margin},
                       {QStringLiteral("base_probability"), baseProbability},
                       {QStringLiteral("probability"), probability},
                       {QStringLiteral("probability_view"),
                        QStringLiteral("each probability_delta is the change in probability when "
                                       "the features are added in the order listed; the log-odds "
                                       "contributions are exact and do not depend on order")},
                       {QStringLiteral("features"), features},
                       {QStringLiteral("inputs"), inputs}};
}

QJsonObject MethodAgreement::toJson() const
{
    return QJsonObject{{QStringLiteral("compared"), compared},
                       {QStringLiteral("rank_correlation"), rankCorrelation},
                       {QStringLiteral("sign_agreement"), signAgreement},
                       {QStringLiteral("agrees"), agrees()}};
}

QJsonObject LeadExplanation::toJson(const FeatureSpace &space) const
{
    QJsonObject o{{QStringLiteral("lead"), space.leadToJson(lead)},
                  {QStringLiteral("shap"), shap.toJson(space, lead)},
                  {QStringLiteral("receipt"), receipt.toJson()}};
    if (lime)
        o.insert(QStringLiteral("lime"), lime->toJson(space));
    if (agreement)
        o.insert(QStringLiteral("agreement"), agreement->toJson());
    if (receipt.method.contains(QStringLiteral("counterfactual"))) {
        QJsonArray list;
        for (const Counterfactual &c : counterfactuals)
            list.append(c.toJson(space));
        o.insert(QStringLiteral("counterfactuals"), list);
    }
    return o;
}

QJsonObject GlobalExplanation::toJson(int beeswarmRows) const
{
    QJsonArray importance;
    for (int f : order)
        importance.append(
            QJsonObject{{QStringLiteral("feature"), features.value(f)},
                        {QStringLiteral("mean_abs_shap"), meanAbs[static_cast<size_t>(f)]}});
    QJsonObject o{{QStringLiteral("rows"), rows},
                  {QStringLiteral("importance"), importance},
                  {QStringLiteral("receipt"), receipt.toJson()}};
    if (beeswarmRows > 0) {
        const auto columns = static_cast<int>(features.size());
        QJsonArray points;
        for (qint64 r = 0; r < std::min<qint64>(beeswarmRows, sampleRows); ++r) {
            QJsonArray shapRow, valueRow;
            for (int f = 0; f < columns; ++f) {
                shapRow.append(sampleShap[static_cast<size_t>(r * columns + f)]);
                valueRow.append(finiteOrNull(sampleValues[static_cast<size_t>(r * columns + f)]));
            }
            points.append(QJsonObject{{QStringLiteral("row"), sampleIndex[static_cast<size_t>(r)]},
                                      {QStringLiteral("shap"), shapRow},
                                      {QStringLiteral("values"), valueRow}});
        }
        o.insert(QStringLiteral("sample"), points);
    }
    return o;
}

Result<std::shared_ptr<const Explainer>> Explainer::create(const ModelBundle &bundle)
{
    try {
        return createUnguarded(bundle);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("%1: the model is too large to explain in memory").arg(bundle.name));
    }
}

Result<std::shared_ptr<const Explainer>> Explainer::createUnguarded(const ModelBundle &bundle)
{
    if (!bundle.model)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1: the model bundle holds no parsed model").arg(bundle.name));
    auto explainer = std::make_shared<Explainer>();
    explainer->m_bundle = bundle;
    MIZAN_TRY(space, FeatureSpace::fromBundle(bundle));
    explainer->m_space = std::move(space);
    explainer->m_shap = std::make_shared<const TreeShap>(*bundle.model);
    explainer->m_predictor = std::make_shared<const NativePredictor>(*bundle.model);
    return std::shared_ptr<const Explainer>(std::move(explainer));
}

BatchPredictor Explainer::predictor() const
{
    return [predictor = m_predictor](const float *rows, qint64 count, int width, double *out) {
        std::vector<float> margins(static_cast<size_t>(count));
        predictor->predictMargins(rows, count, width, margins.data());
        for (qint64 i = 0; i < count; ++i)
            out[i] = sigmoid(double(margins[static_cast<size_t>(i)]));
    };
}

double Explainer::probability(const Lead &lead) const
{
    std::vector<float> row(static_cast<size_t>(m_space.inputCount()));
    m_space.encode(lead, row.data());
    double p = 0.0;
    predictor()(row.data(), 1, m_space.inputCount(), &p);
    return p;
}

ShapExplanation Explainer::shap(const Lead &lead) const
{
    const int inputs = m_space.inputCount();
    std::vector<float> row(static_cast<size_t>(inputs));
    m_space.encode(lead, row.data());
    std::vector<double> phi(static_cast<size_t>(inputs) + 1);
    m_shap->contributionsOfRow(row.data(), phi.data());
    ShapExplanation e;
    e.expectedValue = phi.back();
    e.margin = m_shap->margin(row.data());
    e.inputContributions.assign(phi.begin(), phi.end() - 1);
    std::vector<double> grouped(static_cast<size_t>(m_space.featureCount()), 0.0);
    for (int i = 0; i < inputs; ++i)
        grouped[static_cast<size_t>(m_space.featureOfInput(i))] += phi[static_cast<size_t>(i)];
    for (int f = 0; f < m_space.featureCount(); ++f)
        e.features.push_back(FeatureAttribution{f, grouped[static_cast<size_t>(f)], 0.0});
    std::stable_sort(e.features.begin(), e.features.end(), [](const auto &a, const auto &b) {
        return std::abs(a.contribution) > std::abs(b.contribution);
    });
    e.baseProbability = sigmoid(e.expectedValue);
    e.probability = sigmoid(e.margin);
    double running = e.expectedValue;
    for (FeatureAttribution &a : e.features) {
        a.probabilityDelta = sigmoid(running + a.contribution) - sigmoid(running);
        running += a.contribution;
    }
    return e;
}

Result<std::vector<double>> Explainer::xgboostContributions(const Lead &lead) const
{
    std::vector<float> row(static_cast<size_t>(m_space.inputCount()));
    m_space.encode(lead, row.data());
    MIZAN_TRY(booster, Booster::fromJson(m_bundle.modelJson, 1));
    MIZAN_TRY(matrix, DMatrix::fromDense(row.data(), 1, m_space.inputCount(), 1));
    return booster.predictContributions(matrix);
}

MethodAgreement Explainer::agreement(const ShapExplanation &shap, const LimeExplanation &lime)
{
    MethodAgreement a;
    std::vector<double> shapMagnitude, limeMagnitude;
    int sameSign = 0;
    for (const LimeWeight &w : lime.weights) {
        const auto found = std::find_if(shap.features.begin(),
                                        shap.features.end(),
                                        [&](const FeatureAttribution &s) {
                                            return s.feature == w.feature;
                                        });
        if (found == shap.features.end())
            continue;
        shapMagnitude.push_back(std::abs(found->contribution));
        limeMagnitude.push_back(std::abs(w.weight));
        if ((found->contribution > 0) == (w.weight > 0))
            ++sameSign;
    }
    a.compared = static_cast<int>(shapMagnitude.size());
    if (a.compared == 0)
        return a;
    a.signAgreement = double(sameSign) / double(a.compared);
    if (a.compared < 2) {
        a.rankCorrelation = 1.0;
        return a;
    }
    const std::vector<double> rs = ranks(shapMagnitude), rl = ranks(limeMagnitude);
    const double mean = (double(a.compared) + 1.0) / 2.0;
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (size_t i = 0; i < rs.size(); ++i) {
        sxy += (rs[i] - mean) * (rl[i] - mean);
        sxx += (rs[i] - mean) * (rs[i] - mean);
        syy += (rl[i] - mean) * (rl[i] - mean);
    }
    a.rankCorrelation = sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 1.0;
    return a;
}

Result<LeadExplanation> Explainer::explain(const Lead &lead,
                                           const ExplainOptions &options,
                                           const JobControl &job) const
{
    if (static_cast<int>(lead.size()) != m_space.featureCount())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("the lead has %1 features, the model %2")
                        .arg(lead.size())
                        .arg(m_space.featureCount()));
    LeadExplanation e;
    e.lead = lead;
    e.shap = shap(lead);
    QStringList methods{QStringLiteral("treeshap")};
    if (options.lime) {
        MIZAN_TRY(lime, explainLime(m_space, lead, predictor(), options.limeOptions));
        e.agreement = agreement(e.shap, lime);
        e.lime = std::move(lime);
        e.receipt.seed = options.limeOptions.seed;
        methods.append(QStringLiteral("lime"));
    }
    if (options.counterfactuals) {
        MIZAN_TRY(found,
                  findCounterfactuals(m_space,
                                      *m_bundle.model,
                                      predictor(),
                                      lead,
                                      options.counterfactualOptions,
                                      job));
        e.counterfactuals = std::move(found);
        methods.append(QStringLiteral("counterfactuals"));
    }
    // The residual against the margin as the model itself computes it (XgbModel::margin, a
    // separate walk of the trees), not against TreeShap's own bookkeeping.
    double sum = e.shap.expectedValue;
    for (double c : e.shap.inputContributions)
        sum += c;
    std::vector<float> row(static_cast<size_t>(m_space.inputCount()));
    m_space.encode(lead, row.data());
    const double modelMargin = m_bundle.model->margin(row.data());
    e.receipt.model = m_bundle.name;
    e.receipt.modelVersion = m_bundle.created.toUTC().toString(Qt::ISODate);
    e.receipt.modelSha256 = m_bundle.modelSha256;
    e.receipt.inputSha256 = m_space.inputSha256(lead);
    e.receipt.method = methods.join(u'+');
    e.receipt.engine = engineName();
    e.receipt.additivityResidual = std::abs(sum - modelMargin);
    e.receipt.created = QDateTime::currentDateTimeUtc();
    return e;
}

Result<GlobalExplanation> Explainer::global(const Dataset &data,
                                            const GlobalOptions &options,
                                            const JobControl &job) const
{
    MIZAN_TRY(bound, m_bundle.encoder.bind(data));
    const int inputs = m_space.inputCount();
    const int features = m_space.featureCount();
    const qint64 rows = data.rowCount();
    GlobalExplanation g;
    g.rows = rows;
    for (const FeatureInfo &info : m_space.features())
        g.features.append(info.column);
    // A seeded sample for the plots (Knuth's selection sampling: sorted, reproducible).
    std::mt19937_64 rng(options.seed);
    const qint64 wanted = std::min(options.sampleRows, rows);
    for (qint64 r = 0, left = wanted; r < rows && left > 0; ++r) {
        const double u = double(rng() >> 11) * 0x1.0p-53;
        if (u * double(rows - r) < double(left)) {
            g.sampleIndex.push_back(r);
            --left;
        }
    }
    g.sampleRows = static_cast<qint64>(g.sampleIndex.size());
    g.sampleShap.assign(static_cast<size_t>(g.sampleRows * features), 0.0);
    g.sampleValues.assign(static_cast<size_t>(g.sampleRows * features), 0.0);
    std::vector<double> sumAbs(static_cast<size_t>(features), 0.0);
    // At most ~64 MB of inputs and contributions per chunk, however wide the model.
    const qint64 rowBytes = qint64(inputs) * qint64(sizeof(float) + sizeof(double)) + 8;
    const qint64 chunk = std::clamp<qint64>((qint64(64) << 20) / rowBytes,
                                            1,
                                            std::max<qint64>(1, options.chunkRows));
    std::vector<float> x;
    std::vector<double> phi;
    size_t nextSample = 0;
    for (qint64 first = 0; first < rows; first += chunk) {
        const qint64 n = std::min(chunk, rows - first);
        x.resize(static_cast<size_t>(n * inputs));
        phi.resize(static_cast<size_t>(n * (inputs + 1)));
        bound.encodeRows(first, n, x.data());
        JobControl inner;
        inner.cancel = job.cancel;
        MIZAN_CHECK(m_shap->contributions(x.data(), n, inputs, phi.data(), options.nthread, inner));
        std::vector<double> grouped(static_cast<size_t>(features));
        for (qint64 r = 0; r < n; ++r) {
            std::fill(grouped.begin(), grouped.end(), 0.0);
            const double *p = phi.data() + r * (inputs + 1);
            for (int i = 0; i < inputs; ++i)
                grouped[static_cast<size_t>(m_space.featureOfInput(i))] += p[i];
            for (int f = 0; f < features; ++f)
                sumAbs[static_cast<size_t>(f)] += std::abs(grouped[static_cast<size_t>(f)]);
            if (nextSample < g.sampleIndex.size() && g.sampleIndex[nextSample] == first + r) {
                MIZAN_TRY(lead, m_space.leadFromDataset(data, first + r));
                for (int f = 0; f < features; ++f) {
                    const auto cell = static_cast<size_t>(qint64(nextSample) * features + f);
                    g.sampleShap[cell] = grouped[static_cast<size_t>(f)];
                    const FeatureValue &v = lead[static_cast<size_t>(f)];
                    g.sampleValues[cell] = m_space.features()[static_cast<size_t>(f)].type
                                                   == FeatureType::Numeric
                                               ? v.number
                                               : (v.category < 0 ? std::nan("")
                                                                 : double(v.category));
                }
                ++nextSample;
            }
        }
        job.report(first + n, rows);
    }
    g.meanAbs.resize(static_cast<size_t>(features));
    for (int f = 0; f < features; ++f)
        g.meanAbs[static_cast<size_t>(f)] = rows > 0 ? sumAbs[static_cast<size_t>(f)] / double(rows)
                                                     : 0.0;
    g.order.resize(static_cast<size_t>(features));
    std::iota(g.order.begin(), g.order.end(), 0);
    std::stable_sort(g.order.begin(), g.order.end(), [&](int a, int b) {
        return g.meanAbs[static_cast<size_t>(a)] > g.meanAbs[static_cast<size_t>(b)];
    });
    g.receipt.model = m_bundle.name;
    g.receipt.modelVersion = m_bundle.created.toUTC().toString(Qt::ISODate);
    g.receipt.modelSha256 = m_bundle.modelSha256;
    g.receipt.inputSha256 = data.sha256;
    g.receipt.method = QStringLiteral("treeshap-global");
    g.receipt.seed = options.seed;
    g.receipt.engine = engineName();
    g.receipt.created = QDateTime::currentDateTimeUtc();
    return g;
}

} // namespace mizan
