#include "FairnessBench.h"

#include "BenchSupport.h"

#include "data/DatasetLoader.h"
#include "fairness/Bootstrap.h"
#include "fairness/FairnessData.h"
#include "model/ModelBundle.h"
#include "model/Scorer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace mizan::bench {

namespace {

/** The bank leads repeated to `rows`, scored by the reference model, with three attributes. */
Result<FairnessData> predictions(const FairnessBenchConfig &config,
                                 const Dataset &data,
                                 const ModelBundle &bundle,
                                 qint64 rows)
{
    std::vector<qint64> order(static_cast<size_t>(rows));
    for (qint64 i = 0; i < rows; ++i)
        order[static_cast<size_t>(i)] = i % data.rowCount();
    Dataset big = data.subset(order);
    QElapsedTimer timer;
    timer.start();
    ScoreOptions options;
    options.nthread = config.threads;
    MIZAN_TRY(scorer, Scorer::create(bundle, options));
    MIZAN_TRY(scores, scorer.score(big));
    say(QStringLiteral("  scored %1 leads in %2 s (not part of the report's time)")
            .arg(rows)
            .arg(fixed(secondsSince(timer), 2)));
    return FairnessData::build(big,
                               std::move(scores.probabilities),
                               {QStringLiteral("age_group"),
                                QStringLiteral("marital"),
                                QStringLiteral("education")});
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

Result<> benchFairness(const FairnessBenchConfig &config)
{
    say(QStringLiteral("== 7. Fairness (bootstrap threads: %1) ==").arg(config.threads));
    MIZAN_TRY(spec, DatasetSpec::load(config.specPath));
    // A third sensitive attribute for the benchmark: education (8 groups).
    SensitiveSpec education;
    education.column = QStringLiteral("education");
    spec.sensitive.push_back(education);
    LoadOptions load;
    load.target = TargetPolicy::Required;
    MIZAN_TRY(data, DatasetLoader::load(config.csvPath, spec, load));
    MIZAN_TRY(bundle, ModelBundle::importXgboostFile(config.modelPath, spec));

    MIZAN_TRY(million, predictions(config, data, bundle, config.reportRows));
    const PredictionView view = million.view();
    std::vector<double> seconds;
    qint64 groups = 0;
    for (int run = 0; run < config.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        MIZAN_TRY(report, FairnessReport::compute(view));
        seconds.push_back(secondsSince(timer));
        groups = 0;
        for (const AttributeReport &a : report.attributes)
            groups += qint64(a.metrics.groups.size());
    }
    say(QStringLiteral("full report, %1 predictions x 3 attributes (%2 groups; counts, 9 metrics "
                       "with ROC AUC per group, 16 fairlearn + 4 AIF360 disparities each):")
            .arg(config.reportRows)
            .arg(groups));
    say(QStringLiteral("  Mizan            best %1 s, median %2 s  (goal: 0.2 s; fairlearn's "
                       "MetricFrame: about 1.2 s for 100,000 rows)")
            .arg(fixed(*std::min_element(seconds.begin(), seconds.end()), 3),
                 fixed(median(seconds), 3)));

    MIZAN_TRY(hundred, predictions(config, data, bundle, config.bootstrapRows));
    MIZAN_TRY(ranked, RankedPredictions::prepare(hundred.view()));
    const std::vector<AttributeMetrics> metrics = computeGroupMetrics(ranked, 0.5);
    for (const bool auc : {false, true}) {
        BootstrapOptions options;
        options.resamples = config.resamples;
        options.seed = 1;
        options.threads = config.threads;
        options.rocAuc = auc;
        QElapsedTimer timer;
        timer.start();
        MIZAN_TRY(intervals, bootstrapIntervals(ranked, metrics, 0.5, options));
        const double s = secondsSince(timer);
        say(QStringLiteral("bootstrap, %1 resamples of %2 rows x 3 attributes, %3: %4 s")
                .arg(config.resamples)
                .arg(config.bootstrapRows)
                .arg(auc ? QStringLiteral("rates, disparities and ROC AUC")
                         : QStringLiteral("rates and disparities"))
                .arg(fixed(s, 3)));
    }
    return {};
}

} // namespace mizan::bench
