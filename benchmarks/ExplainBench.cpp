#include "ExplainBench.h"

#include "BenchSupport.h"

#include "data/DatasetLoader.h"
#include "explain/Explainer.h"
#include "model/Booster.h"
#include "model/Trainer.h"
#include "model/TrainingSummary.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mizan::bench {

namespace {

double percentile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return percentileSorted(values, q);
}

Result<ModelBundle> trainBank(const Dataset &data, int depth, int rounds, double eta, int threads)
{
    TrainConfig config;
    config.params.maxDepth = depth;
    config.params.rounds = rounds;
    config.params.eta = eta;
    config.params.nthread = threads;
    config.params.treeMethod = QStringLiteral("hist");
    MIZAN_TRY(split, SplitSpec::parse(QStringLiteral("mod:5:4")));
    config.split = split;
    config.name = QStringLiteral("bench-d%1-t%2").arg(depth).arg(rounds);
    return Trainer::train(data, config);
}

/** LIME on a model trained as the reference bank model (depth 4, 100 rounds, eta 0.1). */
Result<> limeSection(const ExplainBenchConfig &config, const Dataset &data)
{
    QElapsedTimer timer;
    MIZAN_TRY(small, trainBank(data, 4, 100, 0.1, 1));
    MIZAN_TRY(limeExplainer, Explainer::create(small));
    ExplainOptions lime;
    lime.lime = true;
    std::vector<double> limeMs, fullMs, ownMs, modelMs;
    for (int i = 0; i < config.limeLeads; ++i) {
        MIZAN_TRY(lead, limeExplainer->space().leadFromDataset(data, (i * 101) % data.rowCount()));
        lime.limeOptions.seed = quint64(i);
        timer.restart();
        MIZAN_TRY(e,
                  explainLime(limeExplainer->space(),
                              lead,
                              limeExplainer->predictor(),
                              lime.limeOptions));
        limeMs.push_back(secondsSince(timer) * 1e3);
        // The same with a model that costs nothing: LIME's own share of the time.
        const BatchPredictor constant = [](const float *, qint64 count, int, double *out) {
            std::fill(out, out + count, 0.5);
        };
        timer.restart();
        MIZAN_TRY(own, explainLime(limeExplainer->space(), lead, constant, lime.limeOptions));
        ownMs.push_back(secondsSince(timer) * 1e3);
        // And the model alone on 5,000 different rows of the data (identical rows would flatter
        // it: every tree walk would take the branches it took the row before).
        const auto inputs = size_t(limeExplainer->space().inputCount());
        std::vector<float> encoded(size_t(5000) * inputs);
        for (int r = 0; r < 5000; ++r) {
            MIZAN_TRY(row,
                      limeExplainer->space().leadFromDataset(data,
                                                             (i * 101 + r * 7) % data.rowCount()));
            limeExplainer->space().encode(row, encoded.data() + size_t(r) * inputs);
        }
        std::vector<double> probabilities(5000);
        timer.restart();
        limeExplainer->predictor()(encoded.data(),
                                   5000,
                                   limeExplainer->space().inputCount(),
                                   probabilities.data());
        modelMs.push_back(secondsSince(timer) * 1e3);
        ExplainOptions all = lime;
        all.counterfactuals = true;
        timer.restart();
        MIZAN_TRY(full, limeExplainer->explain(lead, all));
        fullMs.push_back(secondsSince(timer) * 1e3);
    }
    const double limeMean = std::accumulate(limeMs.begin(), limeMs.end(), 0.0)
                            / double(limeMs.size());
    say(QStringLiteral("LIME, 5,000 samples, %1 leads, 1 thread: mean %2 ms, p50 %3 ms, p95 %4 ms "
                       "(Python lime: about 17 ms on the bank model)")
            .arg(config.limeLeads)
            .arg(fixed(limeMean, 2),
                 fixed(percentile(limeMs, 50), 2),
                 fixed(percentile(limeMs, 95), 2)));
    say(QStringLiteral(
            "  of which LIME itself (a model that costs nothing) p50 %1 ms; the model on "
            "5,000 rows p50 %2 ms")
            .arg(fixed(percentile(ownMs, 50), 2), fixed(percentile(modelMs, 50), 2)));
    say(QStringLiteral("SHAP + LIME + counterfactuals for one lead: p50 %1 ms, p95 %2 ms")
            .arg(fixed(percentile(fullMs, 50), 1), fixed(percentile(fullMs, 95), 1)));
    return {};
}

} // namespace

Result<> benchExplain(const ExplainBenchConfig &config)
{
    say(QStringLiteral("== 6. Explanations (threads: %1, same for Mizan and XGBoost) ==")
            .arg(config.threads));
    MIZAN_TRY(spec, DatasetSpec::load(config.specPath));
    LoadOptions options;
    options.target = TargetPolicy::Required;
    MIZAN_TRY(data, DatasetLoader::load(config.csvPath, spec, options));

    QElapsedTimer timer;
    timer.start();
    MIZAN_TRY(big, trainBank(data, config.depth, config.trees, 0.1, config.threads));
    say(QStringLiteral("trained %1 trees of depth %2 on %3 rows in %4 s")
            .arg(big.model->trees.size())
            .arg(config.depth)
            .arg(data.rowCount())
            .arg(fixed(secondsSince(timer), 1)));

    // 100,000 leads: the bank rows, cyclically.
    MIZAN_TRY(bound, big.encoder.bind(data));
    const int width = bound.featureCount();
    std::vector<qint64> rows(static_cast<size_t>(config.shapRows));
    for (qint64 i = 0; i < config.shapRows; ++i)
        rows[static_cast<size_t>(i)] = i % data.rowCount();
    std::vector<float> x(static_cast<size_t>(config.shapRows * width));
    bound.encodeRows(rows, x.data());

    MIZAN_TRY(explainer, Explainer::create(big));
    const qint64 columns = width + 1;
    std::vector<double> native(static_cast<size_t>(config.shapRows * columns));
    double nativeBest = 1e300;
    for (int run = 0; run < config.runs; ++run) {
        timer.restart();
        MIZAN_CHECK(explainer->treeShap().contributions(x.data(),
                                                        config.shapRows,
                                                        width,
                                                        native.data(),
                                                        config.threads));
        nativeBest = std::min(nativeBest, secondsSince(timer));
    }
    MIZAN_TRY(booster, Booster::fromJson(big.modelJson, config.threads));
    timer.restart();
    MIZAN_TRY(matrix, DMatrix::fromDense(x.data(), config.shapRows, width, config.threads));
    const double matrixSeconds = secondsSince(timer);
    double xgbBest = 1e300;
    std::vector<double> reference;
    for (int run = 0; run < 1; ++run) { // minutes per run: once is enough to see the ratio
        timer.restart();
        MIZAN_TRY(contribs, booster.predictContributions(matrix));
        xgbBest = std::min(xgbBest, secondsSince(timer));
        reference = std::move(contribs);
    }
    double worst = 0.0;
    for (size_t i = 0; i < native.size() && i < reference.size(); ++i)
        worst = std::max(worst, std::abs(native[i] - reference[i]));
    say(QStringLiteral("TreeSHAP, %1 leads x %2 inputs, %3 trees depth %4:")
            .arg(config.shapRows)
            .arg(width)
            .arg(config.trees)
            .arg(config.depth));
    say(QStringLiteral("  Mizan native     %1 s  (%2 leads/s)")
            .arg(fixed(nativeBest, 3), fixed(double(config.shapRows) / nativeBest, 0)));
    say(QStringLiteral("  XGBoost 1.7.4    %1 s  (%2 leads/s; pred_contribs, DMatrix built "
                       "beforehand in %3 s)")
            .arg(fixed(xgbBest, 3),
                 fixed(double(config.shapRows) / xgbBest, 0),
                 fixed(matrixSeconds, 3)));
    say(QStringLiteral("  ratio            %1x faster (goal: at least 5x, aim 10x); largest "
                       "difference %2")
            .arg(fixed(xgbBest / nativeBest, 1))
            .arg(worst, 0, 'g', 3));

    // One lead at a time, as the Explain tab asks: encode, TreeSHAP, probability view, receipt.
    std::vector<double> latencies;
    for (int i = 0; i < config.leads; ++i) {
        MIZAN_TRY(lead, explainer->space().leadFromDataset(data, (i * 37) % data.rowCount()));
        timer.restart();
        MIZAN_TRY(e, explainer->explain(lead));
        latencies.push_back(secondsSince(timer) * 1e6);
        if (e.receipt.additivityResidual > 1e-6)
            return fail(ErrorCode::Internal, QStringLiteral("additivity broken"));
    }
    say(QStringLiteral("one-lead SHAP explanation (%1 leads): p50 %2 us, p95 %3 us")
            .arg(config.leads)
            .arg(fixed(percentile(latencies, 50), 0), fixed(percentile(latencies, 95), 0)));

    return limeSection(config, data);
}

Result<> benchLime(const ExplainBenchConfig &config)
{
    say(QStringLiteral("== 6b. LIME (1 thread) =="));
    MIZAN_TRY(spec, DatasetSpec::load(config.specPath));
    LoadOptions options;
    options.target = TargetPolicy::Required;
    MIZAN_TRY(data, DatasetLoader::load(config.csvPath, spec, options));
    return limeSection(config, data);
}

} // namespace mizan::bench
