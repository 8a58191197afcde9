#include "fairness/GroupMetrics.h"

#include <cmath>
#include <limits>

namespace mizan {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/** fairlearn's convention: a rate with an empty denominator is 0.0. */
double rate(qint64 numerator, qint64 denominator)
{
    return denominator == 0 ? 0.0 : double(numerator) / double(denominator);
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

GroupCounts &GroupCounts::operator+=(const GroupCounts &o)
{
    truePositives += o.truePositives;
    falsePositives += o.falsePositives;
    trueNegatives += o.trueNegatives;
    falseNegatives += o.falseNegatives;
    return *this;
}

QString groupMetricKey(GroupMetric metric)
{
    switch (metric) {
    case GroupMetric::SelectionRate:
        return QStringLiteral("selection_rate");
    case GroupMetric::BaseRate:
        return QStringLiteral("base_rate");
    case GroupMetric::TruePositiveRate:
        return QStringLiteral("true_positive_rate");
    case GroupMetric::FalsePositiveRate:
        return QStringLiteral("false_positive_rate");
    case GroupMetric::FalseNegativeRate:
        return QStringLiteral("false_negative_rate");
    case GroupMetric::TrueNegativeRate:
        return QStringLiteral("true_negative_rate");
    case GroupMetric::Precision:
        return QStringLiteral("precision");
    case GroupMetric::Accuracy:
        return QStringLiteral("accuracy");
    case GroupMetric::RocAuc:
        return QStringLiteral("roc_auc");
    }
    return {};
}

std::optional<GroupMetric> groupMetricFromKey(const QString &key)
{
    for (int m = 0; m < kGroupMetricCount; ++m) {
        if (groupMetricKey(GroupMetric(m)) == key)
            return GroupMetric(m);
    }
    return std::nullopt;
}

double rateOf(const GroupCounts &c, GroupMetric metric)
{
    switch (metric) {
    case GroupMetric::SelectionRate:
        return rate(c.predictedPositives(), c.count());
    case GroupMetric::BaseRate:
        return rate(c.positives(), c.count());
    case GroupMetric::TruePositiveRate:
        return rate(c.truePositives, c.positives());
    case GroupMetric::FalsePositiveRate:
        return rate(c.falsePositives, c.negatives());
    case GroupMetric::FalseNegativeRate:
        return rate(c.falseNegatives, c.positives());
    case GroupMetric::TrueNegativeRate:
        return rate(c.trueNegatives, c.negatives());
    case GroupMetric::Precision:
        return rate(c.truePositives, c.predictedPositives());
    case GroupMetric::Accuracy:
        return rate(c.truePositives + c.trueNegatives, c.count());
    case GroupMetric::RocAuc:
        return kNaN;
    }
    return kNaN;
}

double GroupMetrics::value(GroupMetric metric) const
{
    return metric == GroupMetric::RocAuc ? rocAuc : rateOf(counts, metric);
}

QJsonObject GroupMetrics::toJson() const
{
    QJsonObject o{
        {QStringLiteral("count"), counts.count()},
        {QStringLiteral("actual_positives"), counts.positives()},
        {QStringLiteral("predicted_positives"), counts.predictedPositives()},
        {QStringLiteral("true_positives"), counts.truePositives},
        {QStringLiteral("false_positives"), counts.falsePositives},
        {QStringLiteral("true_negatives"), counts.trueNegatives},
        {QStringLiteral("false_negatives"), counts.falseNegatives},
        {QStringLiteral("small_group"), small},
    };
    for (int m = 0; m < kGroupMetricCount; ++m)
        o.insert(groupMetricKey(GroupMetric(m)), finiteOrNull(value(GroupMetric(m))));
    if (std::isnan(rocAuc))
        o.insert(QStringLiteral("roc_auc_undefined"), QStringLiteral("only one class"));
    if (missing)
        o.insert(QStringLiteral("missing"), true);
    return o;
}

std::vector<double> AttributeMetrics::values(GroupMetric metric) const
{
    std::vector<double> v;
    v.reserve(groups.size());
    for (const GroupMetrics &g : groups)
        v.push_back(g.value(metric));
    return v;
}

std::vector<GroupCounts> AttributeMetrics::counts() const
{
    std::vector<GroupCounts> c;
    c.reserve(groups.size());
    for (const GroupMetrics &g : groups)
        c.push_back(g.counts);
    return c;
}

const GroupMetrics *AttributeMetrics::group(const QString &name) const
{
    for (const GroupMetrics &g : groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

void AucAccumulator::flush()
{
    m_twicePairs += quint64(m_blockNegatives) * quint64(2 * m_positives + m_blockPositives);
    m_positives += m_blockPositives;
    m_negatives += m_blockNegatives;
    m_blockPositives = 0;
    m_blockNegatives = 0;
}

double AucAccumulator::value()
{
    flush();
    m_block = -1;
    if (m_positives == 0 || m_negatives == 0)
        return kNaN;
    return double(m_twicePairs) / (2.0 * double(m_positives) * double(m_negatives));
}

std::vector<AttributeMetrics> computeGroupMetrics(const RankedPredictions &ranked,
                                                  double threshold,
                                                  const SmallGroupRule &rule)
{
    const int attributes = ranked.attributeCount();
    // Per attribute, per slot: counts and AUC; slot tables are flat and offset per attribute.
    std::vector<size_t> offset(size_t(attributes) + 1, 0);
    for (int a = 0; a < attributes; ++a)
        offset[size_t(a) + 1] = offset[size_t(a)] + size_t(ranked.groups(a).slotCount());
    std::vector<GroupCounts> counts(offset.back());
    std::vector<AucAccumulator> auc(offset.back());
    std::vector<const uint16_t *> slotsOf(static_cast<size_t>(attributes));
    for (int a = 0; a < attributes; ++a)
        slotsOf[size_t(a)] = ranked.sortedSlots(a).data();
    GroupCounts overall;
    AucAccumulator overallAuc;
    const std::span<const double> sorted = ranked.sortedProbabilities();
    const std::span<const uint8_t> positives = ranked.sortedPositives();
    qint64 block = 0;
    for (size_t i = 0; i < sorted.size(); ++i) {
        if (i > 0 && sorted[i] != sorted[i - 1])
            block = qint64(i);
        const bool positive = positives[i] != 0;
        const bool predicted = sorted[i] >= threshold;
        qint64 GroupCounts::*cell = positive ? (predicted ? &GroupCounts::truePositives
                                                          : &GroupCounts::falseNegatives)
                                             : (predicted ? &GroupCounts::falsePositives
                                                          : &GroupCounts::trueNegatives);
        ++(overall.*cell);
        overallAuc.add(block, positive);
        for (size_t a = 0; a < size_t(attributes); ++a) {
            const size_t slot = offset[a] + slotsOf[a][i];
            ++(counts[slot].*cell);
            auc[slot].add(block, positive);
        }
    }
    const auto finish = [&rule](GroupMetrics &g, const GroupCounts &c, AucAccumulator &acc) {
        g.counts = c;
        g.rocAuc = acc.value();
        g.small = c.count() < rule.minCount || c.positives() < rule.minPositives;
    };
    std::vector<AttributeMetrics> result(static_cast<size_t>(attributes));
    for (int a = 0; a < attributes; ++a) {
        const PresentGroups &groups = ranked.groups(a);
        AttributeMetrics &m = result[size_t(a)];
        m.attribute = ranked.attribute(a).name;
        m.privileged = ranked.attribute(a).privileged;
        m.privilegedIndex = groups.privilegedSlot;
        m.emptyGroups = groups.emptyGroups;
        m.groups.resize(size_t(groups.slotCount()));
        for (int s = 0; s < groups.slotCount(); ++s) {
            GroupMetrics &g = m.groups[size_t(s)];
            g.name = groups.names[s];
            g.missing = groups.isMissingSlot(s);
            finish(g, counts[offset[size_t(a)] + size_t(s)], auc[offset[size_t(a)] + size_t(s)]);
        }
        m.overall.name = QStringLiteral("overall");
        finish(m.overall, overall, overallAuc);
        m.overall.small = false;
    }
    return result;
}

} // namespace mizan
