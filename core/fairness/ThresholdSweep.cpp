#include "fairness/ThresholdSweep.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <numeric>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Fairness)
};

constexpr size_t kMaxThresholds = 100000;
} // namespace

Result<> checkThreshold(double threshold)
{
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The decision threshold %1 is not a number in [0, 1].").arg(threshold));
    }
    return {};
}

std::vector<double> defaultSweepThresholds()
{
    std::vector<double> t(101);
    for (int i = 0; i <= 100; ++i)
        t[size_t(i)] = double(i) / 100.0;
    return t;
}

double ThresholdSweep::rate(size_t t, size_t g, GroupMetric metric) const
{
    return rateOf(counts[t][g], metric);
}

QJsonObject ThresholdSweep::toJson() const
{
    const auto series = [this](const auto &countsAt) {
        QJsonObject o;
        QJsonArray count;
        QJsonArray predicted;
        for (size_t t = 0; t < thresholds.size(); ++t) {
            count.append(countsAt(t).count());
            predicted.append(countsAt(t).predictedPositives());
        }
        o.insert(QStringLiteral("count"), count);
        o.insert(QStringLiteral("predicted_positives"), predicted);
        for (int m = 0; m < kRateMetricCount; ++m) {
            QJsonArray values;
            for (size_t t = 0; t < thresholds.size(); ++t)
                values.append(rateOf(countsAt(t), GroupMetric(m)));
            o.insert(groupMetricKey(GroupMetric(m)), values);
        }
        return o;
    };
    QJsonObject byGroup;
    for (size_t g = 0; g < size_t(groups.size()); ++g)
        byGroup.insert(groups[qsizetype(g)],
                       series([this, g](size_t t) -> const GroupCounts & { return counts[t][g]; }));
    QJsonArray t;
    for (double x : thresholds)
        t.append(x);
    return QJsonObject{
        {QStringLiteral("attribute"), attribute},
        {QStringLiteral("thresholds"), t},
        {QStringLiteral("by_group"), byGroup},
        {QStringLiteral("overall"),
         series([this](size_t i) -> const GroupCounts & { return overall[i]; })},
    };
}

Result<ThresholdSweep> sweepThresholds(const RankedPredictions &ranked,
                                       int attribute,
                                       std::span<const double> thresholds)
{
    if (attribute < 0 || attribute >= ranked.attributeCount())
        return fail(ErrorCode::InvalidInput, Tr::tr("There is no attribute %1.").arg(attribute));
    std::vector<double> wanted = thresholds.empty()
                                     ? defaultSweepThresholds()
                                     : std::vector<double>(thresholds.begin(), thresholds.end());
    if (wanted.size() > kMaxThresholds) {
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("A threshold sweep takes at most %1 thresholds.").arg(kMaxThresholds));
    }
    for (double t : wanted)
        MIZAN_CHECK(checkThreshold(t));
    const PresentGroups &groups = ranked.groups(attribute);
    const size_t groupCount = size_t(groups.slotCount());
    // Counts per threshold and group: bound the memory (16 M cells, 512 MB).
    if ((groupCount + 1) * wanted.size() > (size_t(16) << 20))
        return fail(withField(makeError(ErrorCode::LimitExceeded,
                                        Tr::tr("A sweep of %1 thresholds over %2 groups is too "
                                               "large; use fewer thresholds or fewer groups.")
                                            .arg(wanted.size())
                                            .arg(groupCount)),
                              QStringLiteral("thresholds")));
    ThresholdSweep sweep;
    sweep.attribute = ranked.attribute(attribute).name;
    sweep.groups = groups.names;
    for (int s = 0; s < groups.slotCount(); ++s)
        sweep.missing.push_back(groups.isMissingSlot(s));
    sweep.thresholds = wanted;
    sweep.counts.assign(wanted.size(), std::vector<GroupCounts>(groupCount));
    sweep.overall.assign(wanted.size(), GroupCounts{});

    // Positives and negatives per slot; every row starts predicted negative.
    std::vector<qint64> positives(groupCount, 0);
    std::vector<qint64> negatives(groupCount, 0);
    const std::span<const double> sorted = ranked.sortedProbabilities();
    const std::span<const uint8_t> positive = ranked.sortedPositives();
    const std::span<const uint16_t> slotAt = ranked.sortedSlots(attribute);
    for (size_t i = 0; i < sorted.size(); ++i)
        (positive[i] ? positives : negatives)[slotAt[i]] += 1;
    // Thresholds from high to low; the walk moves rows with p >= t into "predicted positive".
    std::vector<size_t> byThreshold(wanted.size());
    std::iota(byThreshold.begin(), byThreshold.end(), size_t(0));
    std::stable_sort(byThreshold.begin(), byThreshold.end(), [&wanted](size_t a, size_t b) {
        return wanted[a] > wanted[b];
    });
    std::vector<qint64> tp(groupCount, 0);
    std::vector<qint64> fp(groupCount, 0);
    size_t next = 0;
    for (size_t k : byThreshold) {
        const double t = wanted[k];
        for (; next < sorted.size() && sorted[next] >= t; ++next)
            (positive[next] ? tp : fp)[slotAt[next]] += 1;
        GroupCounts all;
        for (size_t s = 0; s < groupCount; ++s) {
            GroupCounts &c = sweep.counts[k][s];
            c.truePositives = tp[s];
            c.falsePositives = fp[s];
            c.falseNegatives = positives[s] - tp[s];
            c.trueNegatives = negatives[s] - fp[s];
            all += c;
        }
        sweep.overall[k] = all;
    }
    return sweep;
}

} // namespace mizan
