#include "fairness/FairnessReport.h"

#include "fairness/ThresholdSweep.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Fairness)
};

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject conventions()
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    return QJsonObject{
        {s("decision"), s("positive when probability >= threshold")},
        {s("rates"),
         s("fairlearn's: TPR and FNR are 0.0 for a group without actual positives, FPR and TNR "
           "0.0 for a group without actual negatives, precision 0.0 without predicted "
           "positives")},
        {s("roc_auc"),
         s("Mann-Whitney with half credit for ties (scikit-learn's roc_auc_score); null for a "
           "group with only one class")},
        {s("difference"),
         s("between groups: max - min; to overall: max over groups of |m_g - overall|")},
        {s("ratio"),
         s("between groups: min / max; to overall: min over groups of min(m_g / overall, "
           "overall / m_g); 0 / 0 is undefined (null), as fairlearn's NaN")},
        {s("equalized_odds"),
         s("worst case: max of the TPR and FPR differences, min of their ratios; _mean: their "
           "mean; an undefined ratio is left out")},
        {s("groups"),
         s("groups without rows of known label are left out; rows with a missing value form the "
           "group '(missing)'; rows with an unknown label are left out of everything")},
        {s("aif360_signed"),
         s("AIF360's definitions: unprivileged = every row whose known group differs from the "
           "privileged one; signed unprivileged minus (or over) privileged")},
    };
}

QJsonObject metricsOf(const std::array<MetricSpread, kGroupMetricCount> &spreads,
                      double MetricSpread::*field)
{
    QJsonObject o;
    for (int m = 0; m < kGroupMetricCount; ++m)
        o.insert(groupMetricKey(GroupMetric(m)), number(spreads[size_t(m)].*field));
    return o;
}

/** The attribute's warnings (translated), in a stable order. */
QStringList warningsOf(const AttributeReport &r, const SmallGroupRule &rule)
{
    QStringList w;
    const AttributeMetrics &m = r.metrics;
    for (const GroupMetrics &g : m.groups) {
        if (g.small) {
            w.append(Tr::tr("Group '%1' of '%2' has %3 members and %4 actual positives: fewer than "
                            "%5 members or %6 positives, too few for confident numbers.")
                         .arg(g.name, m.attribute)
                         .arg(g.counts.count())
                         .arg(g.counts.positives())
                         .arg(rule.minCount)
                         .arg(rule.minPositives));
        }
        if (std::isnan(g.rocAuc)) {
            w.append(Tr::tr("Group '%1' of '%2' has only one class: its ROC AUC is undefined.")
                         .arg(g.name, m.attribute));
        }
        if (g.missing) {
            w.append(Tr::tr("%1 rows have no value for '%2'; they form the group \"%3\".")
                         .arg(g.counts.count())
                         .arg(m.attribute, g.name));
        }
    }
    if (!m.emptyGroups.isEmpty()) {
        w.append(Tr::tr("The groups %1 of '%2' have no rows with a known label and are left out.")
                     .arg(m.emptyGroups.join(QStringLiteral(", ")), m.attribute));
    }
    if (m.groups.size() == 1) {
        w.append(Tr::tr("'%1' has a single group: there is nothing to compare.").arg(m.attribute));
    }
    if (!m.privileged.isEmpty() && m.privilegedIndex < 0) {
        w.append(Tr::tr("The privileged group '%1' of '%2' has no rows with a known label; "
                        "AIF360's signed metrics are left out.")
                     .arg(m.privileged, m.attribute));
    } else if (r.disparities.aif360 && r.disparities.aif360->unprivilegedCounts.count() == 0) {
        w.append(Tr::tr("Only the privileged group of '%1' has rows; AIF360's signed metrics are "
                        "undefined.")
                     .arg(m.attribute));
    }
    for (int d = 0; d < kDisparityCount; ++d) {
        if (std::isnan(r.disparities.values[size_t(d)])) {
            w.append(Tr::tr("%1 of '%2' is undefined (0 / 0: every group is at 0).")
                         .arg(disparityKey(Disparity(d)), m.attribute));
        }
    }
    for (const OptimizerOutcome &o : r.optimizer) {
        if (!o.result)
            w.append(o.error);
    }
    return w;
}

} // namespace

QStringList AttributeReport::smallGroups() const
{
    QStringList names;
    for (const GroupMetrics &g : metrics.groups) {
        if (g.small)
            names.append(g.name);
    }
    return names;
}

QJsonObject AttributeReport::toJson() const
{
    QJsonObject o;
    QJsonArray order;
    QJsonObject byGroup;
    for (const GroupMetrics &g : metrics.groups) {
        order.append(g.name);
        byGroup.insert(g.name, g.toJson());
    }
    o.insert(QStringLiteral("groups_order"), order);
    o.insert(QStringLiteral("by_group"), byGroup);
    QJsonObject overall = metrics.overall.toJson();
    overall.remove(QStringLiteral("small_group"));
    o.insert(QStringLiteral("overall"), overall);
    const auto &s = disparities.spreads;
    o.insert(QStringLiteral("group_min"), metricsOf(s, &MetricSpread::groupMin));
    o.insert(QStringLiteral("group_max"), metricsOf(s, &MetricSpread::groupMax));
    o.insert(QStringLiteral("difference_between_groups"),
             metricsOf(s, &MetricSpread::differenceBetweenGroups));
    o.insert(QStringLiteral("ratio_between_groups"),
             metricsOf(s, &MetricSpread::ratioBetweenGroups));
    o.insert(QStringLiteral("difference_to_overall"),
             metricsOf(s, &MetricSpread::differenceToOverall));
    o.insert(QStringLiteral("ratio_to_overall"), metricsOf(s, &MetricSpread::ratioToOverall));
    for (int d = 0; d < kDisparityCount; ++d)
        o.insert(disparityKey(Disparity(d)), number(disparities.values[size_t(d)]));
    if (disparities.aif360) {
        const SignedDisparities &a = *disparities.aif360;
        QJsonObject signedJson{
            {QStringLiteral("privileged"), a.privileged},
            {QStringLiteral("privileged_count"), a.privilegedCounts.count()},
            {QStringLiteral("unprivileged_count"), a.unprivilegedCounts.count()},
            {QStringLiteral("definition"),
             QStringLiteral("unprivileged = every row whose (known) group differs from the "
                            "privileged value; signed unprivileged minus (or over) privileged")},
        };
        for (int k = 0; k < kSignedDisparityCount; ++k)
            signedJson.insert(signedDisparityKey(SignedDisparity(k)), number(a.values[size_t(k)]));
        o.insert(QStringLiteral("aif360_signed"), signedJson);
    } else if (!metrics.privileged.isEmpty()) {
        o.insert(QStringLiteral("aif360_signed"),
                 QJsonObject{{QStringLiteral("privileged"), metrics.privileged},
                             {QStringLiteral("error"),
                              QStringLiteral("no rows in the privileged group")}});
    }
    o.insert(QStringLiteral("empty_groups"), QJsonArray::fromStringList(metrics.emptyGroups));
    o.insert(QStringLiteral("small_groups"), QJsonArray::fromStringList(smallGroups()));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    if (intervals)
        o.insert(QStringLiteral("intervals"),
                 intervals->toJson(metrics, disparities.aif360.has_value()));
    if (!optimizer.empty()) {
        QJsonObject runs;
        for (const OptimizerOutcome &run : optimizer) {
            runs.insert(constraintKey(run.constraint),
                        run.result ? run.result->toJson()
                                   : QJsonObject{{QStringLiteral("error"), run.error}});
        }
        o.insert(QStringLiteral("threshold_optimizer"), runs);
    }
    return o;
}

Result<FairnessReport> FairnessReport::compute(const PredictionView &view,
                                               const FairnessOptions &options,
                                               const JobControl &job)
{
    MIZAN_CHECK(checkThreshold(options.threshold));
    MIZAN_TRY(ranked, RankedPredictions::prepare(view, job));
    return compute(ranked, options, job);
}

Result<FairnessReport> FairnessReport::compute(const RankedPredictions &ranked,
                                               const FairnessOptions &options,
                                               const JobControl &job)
{
    MIZAN_CHECK(checkThreshold(options.threshold));
    if (options.smallGroups.minCount < 0 || options.smallGroups.minPositives < 0)
        return fail(ErrorCode::InvalidInput, Tr::tr("The small-group limits must not be negative."));
    FairnessReport report;
    report.threshold = options.threshold;
    report.rows = ranked.rowCount();
    report.rowsUsed = ranked.knownCount();
    report.unknownLabels = ranked.unknownLabelCount();
    report.smallGroups = options.smallGroups;
    if (report.unknownLabels > 0) {
        report.warnings.append(Tr::tr("%1 of %2 rows have no known label and are left out.")
                                   .arg(report.unknownLabels)
                                   .arg(report.rows));
    }
    std::vector<AttributeMetrics> metrics = computeGroupMetrics(ranked,
                                                                options.threshold,
                                                                options.smallGroups);
    std::optional<BootstrapResult> intervals;
    if (options.bootstrap) {
        MIZAN_TRY(drawn,
                  bootstrapIntervals(ranked, metrics, options.threshold, *options.bootstrap, job));
        intervals = std::move(drawn);
        report.bootstrap = options.bootstrap;
    }
    for (size_t a = 0; a < metrics.size(); ++a) {
        if (job.cancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("The fairness report was cancelled."));
        AttributeReport r;
        r.metrics = std::move(metrics[a]);
        r.disparities = AttributeDisparities::compute(r.metrics);
        if (intervals)
            r.intervals = std::move(intervals->attributes[a]);
        for (FairnessConstraint c : options.optimizer) {
            OptimizerOutcome run;
            run.constraint = c;
            auto result
                = optimizeThresholds(ranked, int(a), c, options.optimizerOptions, options.threshold);
            if (result)
                run.result = std::move(*result);
            else
                run.error = result.error().message;
            r.optimizer.push_back(std::move(run));
        }
        r.warnings = warningsOf(r, options.smallGroups);
        report.attributes.push_back(std::move(r));
    }
    return report;
}

const AttributeReport *FairnessReport::attribute(const QString &name) const
{
    for (const AttributeReport &a : attributes) {
        if (a.name() == name)
            return &a;
    }
    return nullptr;
}

QJsonObject FairnessReport::toJson() const
{
    QJsonObject features;
    for (const AttributeReport &a : attributes)
        features.insert(a.name(), a.toJson());
    QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("mizan.fairness-report/1")},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("positive_label"), 1},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("rows_used"), rowsUsed},
        {QStringLiteral("unknown_labels"), unknownLabels},
        {QStringLiteral("small_group_rule"),
         QJsonObject{{QStringLiteral("min_count"), smallGroups.minCount},
                     {QStringLiteral("min_positives"), smallGroups.minPositives}}},
        {QStringLiteral("conventions"), conventions()},
        {QStringLiteral("sensitive_features"), features},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
    if (bootstrap) {
        BootstrapResult settings;
        settings.options = *bootstrap;
        o.insert(QStringLiteral("bootstrap"), settings.settingsJson());
    }
    return o;
}

} // namespace mizan
