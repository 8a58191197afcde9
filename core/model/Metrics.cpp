#include "model/Metrics.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mizan {

namespace {

/** Indices of rows with a known label, sorted by descending score. */
std::vector<size_t> rankedKnown(std::span<const double> scores, std::span<const int8_t> labels)
{
    std::vector<size_t> order;
    order.reserve(scores.size());
    for (size_t i = 0; i < scores.size(); ++i) {
        if (labels[i] >= 0 && std::isfinite(scores[i])) // a NaN has no rank
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&scores](size_t a, size_t b) {
        return scores[a] > scores[b];
    });
    return order;
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue finiteJson(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace

double ConfusionMatrix::accuracy() const
{
    return total() == 0 ? 0.0 : double(truePositives + trueNegatives) / double(total());
}

double ConfusionMatrix::precision() const
{
    const qint64 predicted = truePositives + falsePositives;
    return predicted == 0 ? 0.0 : double(truePositives) / double(predicted);
}

double ConfusionMatrix::recall() const
{
    const qint64 actual = truePositives + falseNegatives;
    return actual == 0 ? 0.0 : double(truePositives) / double(actual);
}

double ConfusionMatrix::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

std::optional<double> rocAuc(std::span<const double> scores, std::span<const int8_t> labels)
{
    const std::vector<size_t> order = rankedKnown(scores, labels);
    // Walk groups of tied scores; each positive-negative pair counts 1, a tie counts 1/2.
    double pairs = 0.0;
    double positivesAbove = 0.0;
    qint64 positives = 0;
    qint64 negatives = 0;
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        qint64 groupPositives = 0;
        qint64 groupNegatives = 0;
        while (j < order.size() && scores[order[j]] == scores[order[i]]) {
            (labels[order[j]] == 1 ? groupPositives : groupNegatives) += 1;
            ++j;
        }
        pairs += double(groupNegatives) * (positivesAbove + 0.5 * double(groupPositives));
        positivesAbove += double(groupPositives);
        positives += groupPositives;
        negatives += groupNegatives;
        i = j;
    }
    if (positives == 0 || negatives == 0)
        return std::nullopt;
    return pairs / (double(positives) * double(negatives));
}

std::vector<std::pair<double, double>> rocCurve(std::span<const double> scores,
                                                std::span<const int8_t> labels,
                                                int maxPoints)
{
    const std::vector<size_t> order = rankedKnown(scores, labels);
    const auto positives = static_cast<qint64>(
        std::count_if(order.begin(), order.end(), [&](size_t i) { return labels[i] == 1; }));
    const auto negatives = static_cast<qint64>(order.size()) - positives;
    if (positives == 0 || negatives == 0)
        return {};
    std::vector<std::pair<double, double>> all{{0.0, 0.0}};
    qint64 tp = 0;
    qint64 fp = 0;
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]]) {
            (labels[order[j]] == 1 ? tp : fp) += 1;
            ++j;
        }
        all.emplace_back(double(fp) / double(negatives), double(tp) / double(positives));
        i = j;
    }
    const size_t limit = size_t(std::max(maxPoints, 2));
    if (all.size() <= limit)
        return all;
    // Thin evenly, keeping both ends.
    std::vector<std::pair<double, double>> thinned;
    thinned.reserve(limit);
    for (size_t k = 0; k < limit; ++k)
        thinned.push_back(all[k * (all.size() - 1) / (limit - 1)]);
    return thinned;
}

std::optional<double> averagePrecision(std::span<const double> scores,
                                       std::span<const int8_t> labels)
{
    const std::vector<size_t> order = rankedKnown(scores, labels);
    const auto positives = static_cast<qint64>(
        std::count_if(order.begin(), order.end(), [&](size_t i) { return labels[i] == 1; }));
    if (positives == 0)
        return std::nullopt;
    // AP = sum over distinct thresholds of (R_n - R_{n-1}) * P_n.
    double ap = 0.0;
    double previousRecall = 0.0;
    qint64 tp = 0;
    qint64 seen = 0;
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]]) {
            tp += labels[order[j]] == 1 ? 1 : 0;
            ++seen;
            ++j;
        }
        const double recall = double(tp) / double(positives);
        const double precision = double(tp) / double(seen);
        ap += (recall - previousRecall) * precision;
        previousRecall = recall;
        i = j;
    }
    return ap;
}

BinaryMetrics BinaryMetrics::compute(std::span<const double> probabilities,
                                     std::span<const int8_t> labels,
                                     double threshold)
{
    BinaryMetrics m;
    m.threshold = threshold;
    m.rocAuc = mizan::rocAuc(probabilities, labels);
    m.prAuc = averagePrecision(probabilities, labels);
    constexpr int kBins = 10;
    std::vector<double> binSum(kBins, 0.0);
    std::vector<qint64> binPositives(kBins, 0);
    m.calibration.resize(kBins);
    double logLoss = 0.0;
    double brier = 0.0;
    for (size_t i = 0; i < probabilities.size(); ++i) {
        if (labels[i] < 0)
            continue;
        const double p = probabilities[i];
        const bool actual = labels[i] == 1;
        const bool predicted = p >= threshold;
        ++m.count;
        m.positives += actual ? 1 : 0;
        if (actual && predicted)
            ++m.confusion.truePositives;
        else if (!actual && predicted)
            ++m.confusion.falsePositives;
        else if (actual)
            ++m.confusion.falseNegatives;
        else
            ++m.confusion.trueNegatives;
        const double clipped = std::clamp(p, 1e-15, 1.0 - 1e-15);
        logLoss -= actual ? std::log(clipped) : std::log(1.0 - clipped);
        brier += (p - (actual ? 1.0 : 0.0)) * (p - (actual ? 1.0 : 0.0));
        const int bin = std::clamp(static_cast<int>(p * kBins), 0, kBins - 1);
        ++m.calibration[size_t(bin)].count;
        binSum[size_t(bin)] += p;
        binPositives[size_t(bin)] += actual ? 1 : 0;
    }
    m.logLoss = m.count ? logLoss / double(m.count) : std::nan("");
    m.brier = m.count ? brier / double(m.count) : std::nan("");
    for (int b = 0; b < kBins; ++b) {
        CalibrationBin &bin = m.calibration[size_t(b)];
        bin.lower = double(b) / kBins;
        bin.upper = double(b + 1) / kBins;
        bin.meanPredicted = bin.count ? binSum[size_t(b)] / double(bin.count) : std::nan("");
        bin.observedRate = bin.count ? double(binPositives[size_t(b)]) / double(bin.count)
                                     : std::nan("");
    }
    return m;
}

QJsonObject BinaryMetrics::toJson() const
{
    QJsonArray bins;
    for (const CalibrationBin &b : calibration) {
        bins.append(QJsonObject{{QStringLiteral("lower"), b.lower},
                                {QStringLiteral("upper"), b.upper},
                                {QStringLiteral("count"), b.count},
                                {QStringLiteral("mean_predicted"), finiteJson(b.meanPredicted)},
                                {QStringLiteral("observed_rate"), finiteJson(b.observedRate)}});
    }
    return QJsonObject{
        {QStringLiteral("count"), count},
        {QStringLiteral("positives"), positives},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("roc_auc"), optionalJson(rocAuc)},
        {QStringLiteral("pr_auc"), optionalJson(prAuc)},
        {QStringLiteral("log_loss"), finiteJson(logLoss)},
        {QStringLiteral("brier"), finiteJson(brier)},
        {QStringLiteral("accuracy"), confusion.accuracy()},
        {QStringLiteral("precision"), confusion.precision()},
        {QStringLiteral("recall"), confusion.recall()},
        {QStringLiteral("f1"), confusion.f1()},
        {QStringLiteral("confusion"),
         QJsonObject{{QStringLiteral("tp"), confusion.truePositives},
                     {QStringLiteral("fp"), confusion.falsePositives},
                     {QStringLiteral("tn"), confusion.trueNegatives},
                     {QStringLiteral("fn"), confusion.falseNegatives}}},
        {QStringLiteral("calibration"), bins},
    };
}

} // namespace mizan
