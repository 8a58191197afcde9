#include "fairness/Bootstrap.h"

#include "data/Split.h"
#include "fairness/Sampling.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Fairness)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kCells = 4; // per group: TP, FP, TN, FN
constexpr int kMaxResamples = 100000;

/** FNV-1a over the UTF-16 code units: stable everywhere (qHash is seeded, CPU-dependent). */
quint64 stableHash(const QString &s)
{
    quint64 h = 0xCBF29CE484222325ull;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 0x100000001B3ull;
    }
    return h;
}

GroupCounts countsOf(const qint64 *cells)
{
    return GroupCounts{cells[0], cells[1], cells[2], cells[3]};
}

/**
 * What one attribute's resamples need; built once, read by every worker. For the AUC, the rows
 * are laid out slot by slot, and within a slot cell by cell in the order TP, FN, FP, TN, each
 * cell in rank order: a cell's draws are uniform over a contiguous range, and a slot's positives
 * (TP then FN) and negatives (FP then TN) are each contiguous and in rank order.
 */
struct AttributeSample
{
    int slotCount = 0;
    quint64 stream = 0;
    int privileged = -1;
    std::vector<bool> missing;
    std::vector<qint64> cellWeights; ///< kCells per slot, GroupCounts order: TP, FP, TN, FN
    std::vector<uint32_t> cellStart; ///< per slot and cell (GroupCounts order): layout start
    std::vector<uint32_t> slotStart; ///< per slot, and one past the end: layout range
    /// Per layout index of a negative: how many of its slot's positives rank above it (lo) and
    /// above or tied with it (hi). Static, so a resample's AUC is a weighted sum without branches.
    std::vector<uint32_t> lo;
    std::vector<uint32_t> hi;
    std::vector<uint32_t> positives; ///< layout indices of all positives, in rank order
    std::vector<uint32_t> negatives; ///< layout indices of all negatives, in rank order
    std::vector<uint32_t> overallLo; ///< as lo and hi, per entry of `negatives`, over all rows
    std::vector<uint32_t> overallHi;

    int statCount() const
    {
        return (slotCount + 1) * kGroupMetricCount + kDisparityCount + kSignedDisparityCount;
    }
    int overallStat() const { return slotCount * kGroupMetricCount; }
    int disparityStat() const { return (slotCount + 1) * kGroupMetricCount; }
    int signedStat() const { return disparityStat() + kDisparityCount; }
};

void rates(const GroupCounts &c, double *out)
{
    for (int m = 0; m < kRateMetricCount; ++m)
        out[m] = rateOf(c, GroupMetric(m));
}

/**
 * The weighted Mann-Whitney AUC: positive weights through `positive(i)` in rank order, negatives
 * through `negative(j)` with lo[j] and hi[j] (positives ranked above, above or tied). Twice the
 * pair count is sum_j w_j (P[lo_j] + P[hi_j]) with P the prefix sums of positive weights.
 * NaN without weight on both sides.
 */
template<typename Positive, typename Negative>
double weightedAuc(size_t positives,
                   Positive positive,
                   size_t negatives,
                   Negative negative,
                   const uint32_t *lo,
                   const uint32_t *hi,
                   std::vector<uint32_t> &prefix)
{
    prefix.resize(positives + 1);
    uint32_t sum = 0;
    prefix[0] = 0;
    for (size_t i = 0; i < positives; ++i) {
        sum += positive(i);
        prefix[i + 1] = sum;
    }
    const uint32_t *p = prefix.data();
    quint64 twicePairs = 0;
    quint64 negativeWeight = 0;
    for (size_t j = 0; j < negatives; ++j) {
        const uint32_t w = negative(j);
        twicePairs += quint64(w) * (quint64(p[lo[j]]) + quint64(p[hi[j]]));
        negativeWeight += w;
    }
    if (sum == 0 || negativeWeight == 0)
        return kNaN;
    return double(twicePairs) / (2.0 * double(sum) * double(negativeWeight));
}

/** lo and hi (see AttributeSample) of negatives against positives, both as rank-ordered blocks. */
void ranksAbove(const std::vector<uint32_t> &positiveBlocks,
                const std::vector<uint32_t> &negativeBlocks,
                uint32_t *lo,
                uint32_t *hi)
{
    size_t below = 0;
    size_t tied = 0;
    for (size_t j = 0; j < negativeBlocks.size(); ++j) {
        const uint32_t b = negativeBlocks[j];
        while (below < positiveBlocks.size() && positiveBlocks[below] < b)
            ++below;
        tied = std::max(tied, below);
        while (tied < positiveBlocks.size() && positiveBlocks[tied] == b)
            ++tied;
        lo[j] = uint32_t(below);
        hi[j] = uint32_t(tied);
    }
}

/** One resample of one attribute: its statistics into `out`. */
void resample(const AttributeSample &s,
              bool withAuc,
              std::mt19937_64 &generator,
              std::vector<uint32_t> &weights,
              std::vector<uint32_t> &prefix,
              double *out)
{
    std::vector<qint64> drawn(s.cellWeights.size());
    qint64 total = 0;
    for (qint64 w : s.cellWeights)
        total += w;
    sampling::multinomial(generator, total, s.cellWeights, drawn);
    std::vector<GroupCounts> counts(static_cast<size_t>(s.slotCount));
    std::vector<GroupCounts> present;
    GroupCounts overall;
    for (int g = 0; g < s.slotCount; ++g) {
        counts[size_t(g)] = countsOf(drawn.data() + g * kCells);
        overall += counts[size_t(g)];
        double *stats = out + g * kGroupMetricCount;
        if (counts[size_t(g)].count() == 0) {
            std::fill(stats, stats + kGroupMetricCount, kNaN);
            continue;
        }
        if (!s.missing[size_t(g)]) // compared with nobody, as in AttributeDisparities::compute
            present.push_back(counts[size_t(g)]);
        rates(counts[size_t(g)], stats);
        stats[int(GroupMetric::RocAuc)] = kNaN;
    }
    rates(overall, out + s.overallStat());
    out[s.overallStat() + int(GroupMetric::RocAuc)] = kNaN;
    const DisparityValues d = computeDisparities(present, overall);
    std::copy(d.begin(), d.end(), out + s.disparityStat());
    const SignedValues sv = computeSignedDisparities(counts, s.privileged, s.missing);
    std::copy(sv.begin(), sv.end(), out + s.signedStat());
    if (!withAuc)
        return;
    // The same resample row by row: each cell's draws spread uniformly over the cell's rows.
    uint32_t *w = weights.data();
    sampling::IndexSampler index(generator);
    for (size_t c = 0; c < s.cellWeights.size(); ++c) {
        const auto size = quint32(s.cellWeights[c]);
        uint32_t *cell = w + s.cellStart[c];
        for (qint64 k = drawn[c]; k > 0; --k)
            ++cell[index.below(size)];
    }
    for (int g = 0; g < s.slotCount; ++g) {
        if (counts[size_t(g)].count() == 0)
            continue;
        const uint32_t first = s.slotStart[size_t(g)];
        const uint32_t split = s.cellStart[size_t(g) * kCells + 1]; // FP: the first negative
        const uint32_t last = s.slotStart[size_t(g) + 1];
        out[g * kGroupMetricCount + int(GroupMetric::RocAuc)] = weightedAuc(
            split - first,
            [w, first](size_t i) { return w[first + i]; },
            last - split,
            [w, split](size_t j) { return w[split + j]; },
            s.lo.data() + split,
            s.hi.data() + split,
            prefix);
    }
    const uint32_t *positives = s.positives.data();
    const uint32_t *negatives = s.negatives.data();
    out[s.overallStat() + int(GroupMetric::RocAuc)] = weightedAuc(
        s.positives.size(),
        [w, positives](size_t i) { return w[positives[i]]; },
        s.negatives.size(),
        [w, negatives](size_t j) { return w[negatives[j]]; },
        s.overallLo.data(),
        s.overallHi.data(),
        prefix);
    std::fill(weights.begin(), weights.end(), 0);
}

Interval intervalOf(std::vector<double> &values, double confidence)
{
    Interval interval;
    const auto defined = std::partition(values.begin(), values.end(), [](double v) {
        return !std::isnan(v);
    });
    interval.undefined = static_cast<int>(values.end() - defined);
    values.erase(defined, values.end());
    std::sort(values.begin(), values.end());
    const double tail = (1.0 - confidence) / 2.0;
    interval.lower = sampling::percentile(values, tail);
    interval.upper = sampling::percentile(values, 1.0 - tail);
    return interval;
}

} // namespace

QJsonObject Interval::toJson() const
{
    QJsonObject o{{QStringLiteral("lower"), isDefined() ? QJsonValue(lower) : QJsonValue()},
                  {QStringLiteral("upper"), isDefined() ? QJsonValue(upper) : QJsonValue()}};
    if (undefined > 0)
        o.insert(QStringLiteral("undefined_resamples"), undefined);
    return o;
}

QJsonObject AttributeIntervals::toJson(const AttributeMetrics &metrics, bool withAif360) const
{
    const auto metricsJson = [](const MetricIntervals &m) {
        QJsonObject o;
        for (int k = 0; k < kGroupMetricCount; ++k)
            o.insert(groupMetricKey(GroupMetric(k)), m[size_t(k)].toJson());
        return o;
    };
    QJsonObject byGroup;
    for (size_t g = 0; g < groups.size() && g < metrics.groups.size(); ++g)
        byGroup.insert(metrics.groups[g].name, metricsJson(groups[g]));
    QJsonObject d;
    for (int k = 0; k < kDisparityCount; ++k)
        d.insert(disparityKey(Disparity(k)), disparities[size_t(k)].toJson());
    QJsonObject o{{QStringLiteral("by_group"), byGroup},
                  {QStringLiteral("overall"), metricsJson(overall)},
                  {QStringLiteral("disparities"), d}};
    if (withAif360) {
        QJsonObject a;
        for (int k = 0; k < kSignedDisparityCount; ++k)
            a.insert(signedDisparityKey(SignedDisparity(k)), aif360[size_t(k)].toJson());
        o.insert(QStringLiteral("aif360_signed"), a);
    }
    return o;
}

QJsonObject BootstrapResult::settingsJson() const
{
    constexpr quint64 kExactInJson = quint64(1) << 53;
    return QJsonObject{
        {QStringLiteral("method"), QStringLiteral("percentile")},
        {QStringLiteral("resamples"), options.resamples},
        {QStringLiteral("seed"),
         options.seed <= kExactInJson ? QJsonValue(static_cast<qint64>(options.seed))
                                      : QJsonValue(QString::number(options.seed))},
        {QStringLiteral("confidence"), options.confidence},
        {QStringLiteral("roc_auc"), options.rocAuc},
    };
}

Result<BootstrapResult> bootstrapIntervals(const RankedPredictions &ranked,
                                           const std::vector<AttributeMetrics> &metrics,
                                           double threshold,
                                           const BootstrapOptions &options,
                                           const JobControl &job)
{
    if (options.resamples < 1 || options.resamples > kMaxResamples) {
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The number of bootstrap resamples must be between 1 and %1.")
                        .arg(kMaxResamples));
    }
    if (!(options.confidence > 0.0 && options.confidence < 1.0))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The confidence level must lie strictly between 0 and 1."));
    if (options.threads < 0 || options.threads > 1024)
        return fail(ErrorCode::InvalidInput, Tr::tr("The thread count must be 0 to 1024."));
    if (int(metrics.size()) != ranked.attributeCount())
        return fail(ErrorCode::Internal, Tr::tr("The metrics do not match the attributes."));
    // Every resample keeps every statistic for the percentiles: bound the memory (512 MB).
    qint64 statistics = 0;
    for (int a = 0; a < ranked.attributeCount(); ++a)
        statistics += (qint64(ranked.groups(a).slotCount()) + 1) * kGroupMetricCount
                      + kDisparityCount + kSignedDisparityCount;
    if (statistics * options.resamples > (qint64(64) << 20))
        return fail(withField(makeError(ErrorCode::LimitExceeded,
                                        Tr::tr("%1 bootstrap resamples of %2 statistics (groups "
                                               "x metrics) would need more than 512 MB; use "
                                               "fewer resamples or fewer groups.")
                                            .arg(options.resamples)
                                            .arg(statistics)),
                              QStringLiteral("bootstrap")));

    const std::span<const double> sorted = ranked.sortedProbabilities();
    const std::span<const uint8_t> positive = ranked.sortedPositives();
    const size_t rows = sorted.size();
    std::vector<AttributeSample> samples(metrics.size());
    for (int a = 0; a < ranked.attributeCount(); ++a) {
        AttributeSample &s = samples[size_t(a)];
        const AttributeMetrics &m = metrics[size_t(a)];
        s.slotCount = int(m.groups.size());
        s.stream = splitMix64(options.seed ^ stableHash(m.attribute));
        s.privileged = m.privilegedIndex;
        for (const GroupMetrics &g : m.groups) {
            s.missing.push_back(g.missing);
            const GroupCounts &c = g.counts;
            s.cellWeights
                .insert(s.cellWeights.end(),
                        {c.truePositives, c.falsePositives, c.trueNegatives, c.falseNegatives});
        }
        if (!options.rocAuc)
            continue;
        // Layout: per slot, cells TP, FN, FP, TN (cellWeights order is TP, FP, TN, FN).
        constexpr std::array<int, kCells> kLayoutOrder{0, 3, 1, 2};
        s.cellStart.resize(s.cellWeights.size());
        uint32_t next = 0;
        for (int g = 0; g < s.slotCount; ++g) {
            s.slotStart.push_back(next);
            for (int c : kLayoutOrder) {
                s.cellStart[size_t(g) * kCells + size_t(c)] = next;
                next += uint32_t(s.cellWeights[size_t(g) * kCells + size_t(c)]);
            }
        }
        s.slotStart.push_back(next);
        std::vector<uint32_t> fill(s.cellStart);
        std::vector<uint32_t> blockAt(rows);
        std::vector<uint32_t> overallPositiveBlocks;
        std::vector<uint32_t> overallNegativeBlocks;
        const std::span<const uint16_t> slotAt = ranked.sortedSlots(a);
        uint32_t block = 0;
        for (size_t i = 0; i < rows; ++i) {
            if (i > 0 && sorted[i] != sorted[i - 1])
                block = uint32_t(i);
            const bool isPositive = positive[i] != 0;
            const bool predicted = sorted[i] >= threshold;
            const int cell = isPositive ? (predicted ? 0 : 3) : (predicted ? 1 : 2);
            const uint32_t at = fill[size_t(slotAt[i]) * kCells + size_t(cell)]++;
            blockAt[at] = block;
            (isPositive ? s.positives : s.negatives).push_back(at);
            (isPositive ? overallPositiveBlocks : overallNegativeBlocks).push_back(block);
        }
        s.lo.resize(rows);
        s.hi.resize(rows);
        for (int g = 0; g < s.slotCount; ++g) {
            const uint32_t first = s.slotStart[size_t(g)];
            const uint32_t split = s.cellStart[size_t(g) * kCells + 1];
            const uint32_t last = s.slotStart[size_t(g) + 1];
            ranksAbove(std::vector<uint32_t>(blockAt.begin() + first, blockAt.begin() + split),
                       std::vector<uint32_t>(blockAt.begin() + split, blockAt.begin() + last),
                       s.lo.data() + split,
                       s.hi.data() + split);
        }
        s.overallLo.resize(s.negatives.size());
        s.overallHi.resize(s.negatives.size());
        ranksAbove(overallPositiveBlocks,
                   overallNegativeBlocks,
                   s.overallLo.data(),
                   s.overallHi.data());
    }

    // Work items: (attribute, first resample) chunks; each writes only its own rows of `values`.
    const int chunk = options.rocAuc ? 8 : 128;
    std::vector<std::vector<double>> values(samples.size());
    std::vector<std::pair<int, int>> items;
    for (size_t a = 0; a < samples.size(); ++a) {
        values[a].resize(size_t(options.resamples) * size_t(samples[a].statCount()));
        for (int first = 0; first < options.resamples; first += chunk)
            items.emplace_back(int(a), first);
    }
    std::atomic<qint64> done{0};
    std::atomic<bool> cancelled{false};
    const qint64 total = qint64(options.resamples) * qint64(samples.size());
    const auto run = [&](const std::pair<int, int> &item) {
        if (cancelled.load(std::memory_order_relaxed) || job.cancelled()) {
            cancelled.store(true);
            return;
        }
        const AttributeSample &s = samples[size_t(item.first)];
        std::vector<uint32_t> weights(options.rocAuc ? rows : 0, 0);
        std::vector<uint32_t> prefix;
        const int last = std::min(options.resamples, item.second + chunk);
        for (int r = item.second; r < last; ++r) {
            std::mt19937_64 generator = sampling::resampleGenerator(s.stream, quint64(r));
            double *out = values[size_t(item.first)].data() + size_t(r) * size_t(s.statCount());
            resample(s, options.rocAuc, generator, weights, prefix, out);
        }
        job.report(done.fetch_add(last - item.second) + (last - item.second), total);
    };
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    if (threads <= 1 || items.size() == 1) {
        for (const auto &item : items)
            run(item);
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        QtConcurrent::blockingMap(&pool, items, run);
    }
    if (cancelled.load() || job.cancelled())
        return fail(ErrorCode::Cancelled, Tr::tr("The bootstrap was cancelled."));

    BootstrapResult result;
    result.options = options;
    std::vector<double> column(static_cast<size_t>(options.resamples));
    for (size_t a = 0; a < samples.size(); ++a) {
        const AttributeSample &s = samples[a];
        const auto intervalAt = [&](int stat) {
            column.resize(size_t(options.resamples));
            for (int r = 0; r < options.resamples; ++r)
                column[size_t(r)] = values[a][size_t(r) * size_t(s.statCount()) + size_t(stat)];
            return intervalOf(column, options.confidence);
        };
        AttributeIntervals intervals;
        intervals.groups.resize(size_t(s.slotCount));
        for (int m = 0; m < kGroupMetricCount; ++m) {
            const bool skip = m == int(GroupMetric::RocAuc) && !options.rocAuc;
            for (int g = 0; g < s.slotCount; ++g) {
                if (!skip)
                    intervals.groups[size_t(g)][size_t(m)] = intervalAt(g * kGroupMetricCount + m);
            }
            if (!skip)
                intervals.overall[size_t(m)] = intervalAt(s.overallStat() + m);
        }
        for (int k = 0; k < kDisparityCount; ++k)
            intervals.disparities[size_t(k)] = intervalAt(s.disparityStat() + k);
        for (int k = 0; k < kSignedDisparityCount; ++k)
            intervals.aif360[size_t(k)] = intervalAt(s.signedStat() + k);
        result.attributes.push_back(std::move(intervals));
    }
    return result;
}

} // namespace mizan
