#pragma once

#include "fairness/FairnessInput.h"

#include <QJsonObject>

#include <array>
#include <optional>

namespace mizan {

/** @brief Confusion counts of one group at a decision threshold (positive: p >= threshold). */
struct GroupCounts
{
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 trueNegatives = 0;
    qint64 falseNegatives = 0;

    qint64 count() const { return truePositives + falsePositives + trueNegatives + falseNegatives; }
    qint64 positives() const { return truePositives + falseNegatives; }
    qint64 negatives() const { return trueNegatives + falsePositives; }
    qint64 predictedPositives() const { return truePositives + falsePositives; }
    GroupCounts &operator+=(const GroupCounts &o);
    bool operator==(const GroupCounts &) const = default;
};

/**
 * @brief The per-group metrics, named as fairlearn and scikit-learn name them in JSON.
 *
 * Conventions (fairlearn's): a rate whose denominator is zero is 0.0 (TPR and FNR of a group
 * without positives, FPR and TNR of a group without negatives, precision without predicted
 * positives). ROC AUC is the Mann-Whitney statistic with half credit for ties (scikit-learn's
 * roc_auc_score) and undefined (NaN, JSON null) for a group with only one class.
 */
enum class GroupMetric {
    SelectionRate,     ///< "selection_rate": predicted positives / count
    BaseRate,          ///< "base_rate": actual positives / count
    TruePositiveRate,  ///< "true_positive_rate": TP / (TP + FN)
    FalsePositiveRate, ///< "false_positive_rate": FP / (FP + TN)
    FalseNegativeRate, ///< "false_negative_rate": FN / (TP + FN)
    TrueNegativeRate,  ///< "true_negative_rate": TN / (TN + FP)
    Precision,         ///< "precision": TP / (TP + FP)
    Accuracy,          ///< "accuracy": (TP + TN) / count
    RocAuc,            ///< "roc_auc": from the probabilities, not the threshold
};
inline constexpr int kGroupMetricCount = 9;
inline constexpr int kRateMetricCount = 8; ///< the metrics before RocAuc: functions of the counts

/** @brief The JSON key of a metric ("selection_rate", ...). */
QString groupMetricKey(GroupMetric metric);
/** @brief The metric with JSON key `key`, if any. */
std::optional<GroupMetric> groupMetricFromKey(const QString &key);
/** @brief A rate metric computed from counts; NaN for RocAuc (it needs the scores). */
double rateOf(const GroupCounts &counts, GroupMetric metric);

/** @brief When a group is too small for confident numbers. */
struct SmallGroupRule
{
    qint64 minCount = 30;    ///< fewer members than this: small
    qint64 minPositives = 5; ///< fewer actual positives than this: small
};

/** @brief One group's counts and metrics. */
struct GroupMetrics
{
    QString name;
    bool missing = false; ///< the group of rows whose attribute value is missing
    GroupCounts counts;
    double rocAuc = 0.0; ///< NaN when the group has only one class
    bool small = false;  ///< flagged by the SmallGroupRule: show with caution

    /** @brief The metric's value; NaN when undefined (only RocAuc can be). */
    double value(GroupMetric metric) const;
    /** @brief fairlearn's keys plus counts, "small_group" and "missing" (when true). */
    QJsonObject toJson() const;
};

/** @brief One attribute's groups (the present ones, PresentGroups order) and the overall row. */
struct AttributeMetrics
{
    QString attribute;
    QString privileged;               ///< the requested privileged group (may be absent)
    int privilegedIndex = -1;         ///< index into groups, -1 when absent or not requested
    std::vector<GroupMetrics> groups; ///< groups with at least one row of known label
    GroupMetrics overall;             ///< every row of known label
    QStringList emptyGroups;          ///< named groups without rows; left out of every metric

    /** @brief The values of one metric over the groups, in group order. */
    std::vector<double> values(GroupMetric metric) const;
    std::vector<GroupCounts> counts() const;
    const GroupMetrics *group(const QString &name) const;
};

/**
 * @brief Counts, rates and ROC AUC of every group of every attribute at `threshold`, in one
 * pass over the ranked rows (all attributes at once). The caller validated the threshold.
 * Thread-safe for distinct calls on the same RankedPredictions.
 */
std::vector<AttributeMetrics> computeGroupMetrics(const RankedPredictions &ranked,
                                                  double threshold,
                                                  const SmallGroupRule &rule = {});

/**
 * @brief Mann-Whitney accumulator for the ROC AUC over rows fed in descending score order, tied
 * rows sharing a block number; exact (integer pair counts, ties counted half).
 */
class AucAccumulator
{
public:
    void add(qint64 block, bool positive, qint64 weight = 1)
    {
        if (block != m_block) {
            flush();
            m_block = block;
        }
        (positive ? m_blockPositives : m_blockNegatives) += weight;
    }
    /** @brief The AUC so far, NaN without both classes. */
    double value();
    qint64 positives() const { return m_positives + m_blockPositives; }
    qint64 negatives() const { return m_negatives + m_blockNegatives; }

private:
    void flush();

    qint64 m_block = -1;
    qint64 m_blockPositives = 0;
    qint64 m_blockNegatives = 0;
    qint64 m_positives = 0; ///< before the current block
    qint64 m_negatives = 0;
    quint64 m_twicePairs = 0; ///< 2 x (pairs ranked right + half the tied ones)
};

} // namespace mizan
