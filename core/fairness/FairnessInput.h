#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace mizan {

class Dataset;
struct SensitiveSpec;

/**
 * @brief One sensitive attribute over the rows of a PredictionView: a group code per row.
 *
 * Non-owning: `codes` points into memory the caller keeps alive while the view is used.
 * `codes[i]` indexes `groups` (the group names); -1 marks a missing value. Rows with a missing
 * value form a group of their own, named missingGroupName(), listed after the named groups; it
 * is never privileged and never part of AIF360's unprivileged side. `privileged` names the
 * reference group for AIF360's signed metrics (empty: those are not computed).
 */
struct AttributeView
{
    QString name;
    std::span<const int32_t> codes;
    QStringList groups;
    QString privileged;
};

/**
 * @brief The predictions a fairness report is computed on, without copying them.
 *
 * `probabilities[i]` is the model's probability for row i (finite, in [0, 1]); `labels[i]` is 1
 * (positive), 0 (negative) or -1 (unknown: the row is left out of every metric and counted).
 * Every attribute has one code per row. The spans must outlive every use of the view.
 */
struct PredictionView
{
    std::span<const double> probabilities;
    std::span<const int8_t> labels;
    std::vector<AttributeView> attributes;
};

/** @brief An owning attribute: the group codes of every row, with the group names. */
struct SensitiveGrouping
{
    QString name;
    std::vector<int32_t> codes;
    QStringList groups;
    QString privileged;

    /** @brief A view over this grouping; valid while the grouping lives and is not modified. */
    AttributeView view() const { return AttributeView{name, codes, groups, privileged}; }
};

/** @brief The name of the group of rows whose attribute value is missing: "(missing)". */
QString missingGroupName();

/** @brief The most groups one attribute (or intersection) may have. */
inline constexpr qsizetype kMaxGroups = 10000; // slots (with the missing group) fit 16 bits

/**
 * @brief The groups of a sensitive attribute of `data`, as its spec describes it.
 *
 * Binned (numeric) attributes use SensitiveSpec::binOf and the spec's labels, in spec order.
 * Categorical attributes use the column's values, sorted (byte order, as the encoder sorts
 * categories). A numeric or text column without edges is grouped by its distinct values.
 * The name is the spec's name, the privileged group the spec's. Errors (InvalidInput): the
 * column is absent or a binned attribute's column is not numeric; LimitExceeded beyond
 * kMaxGroups groups.
 */
Result<SensitiveGrouping> groupSensitive(const Dataset &data, const SensitiveSpec &spec);

/**
 * @brief The intersection of two attributes: groups "a|b" for every pair of groups, first
 * attribute major, named "A|B". A row is missing when either value is missing. The privileged
 * group is "pa|pb" when both attributes name one (AIF360's privileged = both privileged).
 * Errors: mismatched lengths (InvalidInput), too many groups (LimitExceeded).
 */
Result<SensitiveGrouping> intersectGroups(const AttributeView &first, const AttributeView &second);

/**
 * @brief The attribute named `name` in data.spec.sensitive, or the intersection "A|B" of two of
 * them. Errors (InvalidInput) name the unknown attribute and list the known ones.
 */
Result<SensitiveGrouping> groupByName(const Dataset &data, const QString &name);

/**
 * @brief The groups of one attribute that have at least one row with a known label, in the
 * order of AttributeView::groups, then the missing group when present. A "slot" is an index
 * into this list.
 */
struct PresentGroups
{
    QStringList names;
    std::vector<int32_t> codeOfSlot; ///< the attribute's code of each slot; -1 for the missing group
    std::vector<int32_t> slotOfCode; ///< by code + 1 (so index 0 is "missing"); -1 when absent
    std::vector<qint64> rowsPerSlot; ///< rows with a known label
    QStringList emptyGroups;         ///< named groups without a row with a known label
    int privilegedSlot = -1;         ///< slot of AttributeView::privileged, -1 when absent

    int slotCount() const { return static_cast<int>(names.size()); }
    int slotOf(int32_t code) const { return slotOfCode[static_cast<size_t>(code + 1)]; }
    bool isMissingSlot(int slot) const { return codeOfSlot[static_cast<size_t>(slot)] < 0; }
};

/**
 * @brief Validated predictions with the rows of known label ranked by descending probability:
 * the one sort every fairness computation (AUC, threshold sweep, threshold optimizer) shares.
 *
 * prepare() checks everything once: equal lengths, finite probabilities in [0, 1], labels in
 * {-1, 0, 1}, codes in range, unique non-empty attribute names with at least one group, at least
 * one row with a known label and at most 2^31 - 1 rows. Each problem is an InvalidInput Error
 * that names the row or attribute (`field`); nothing is thrown. The sort is a radix sort on the
 * probabilities rounded to float, then exact within equal keys; tied rows keep their row order.
 * Keeps the view (non-owning: its data must outlive this object) plus the order, the sorted
 * probabilities and labels and each attribute's slots in that order (13 + 2 x attributes bytes
 * per row). Immutable after prepare(), so it may be shared read-only across threads.
 */
class RankedPredictions
{
public:
    static Result<RankedPredictions> prepare(const PredictionView &view, const JobControl &job = {});

    const PredictionView &view() const { return m_view; }
    /** @brief Rows with a known label, highest probability first. */
    std::span<const uint32_t> order() const { return m_order; }
    /** @brief The probability of order()[i], so scans need not reach into the view. */
    std::span<const double> sortedProbabilities() const { return m_sorted; }
    qint64 rowCount() const { return static_cast<qint64>(m_view.probabilities.size()); }
    qint64 knownCount() const { return static_cast<qint64>(m_order.size()); }
    qint64 unknownLabelCount() const { return rowCount() - knownCount(); }
    int attributeCount() const { return static_cast<int>(m_groups.size()); }
    const AttributeView &attribute(int a) const
    {
        return m_view.attributes[static_cast<size_t>(a)];
    }
    const PresentGroups &groups(int a) const { return m_groups[static_cast<size_t>(a)]; }
    /** @brief The index of the attribute named `name`, -1 when there is none. */
    int attributeIndex(const QString &name) const;
    /** @brief The slot of row `row` in attribute `a`. */
    int slotOfRow(int a, uint32_t row) const
    {
        return m_groups[static_cast<size_t>(a)].slotOf(
            m_view.attributes[static_cast<size_t>(a)].codes[row]);
    }
    /** @brief The slot of order()[i] in attribute `a`, for every i: scans stay sequential. */
    std::span<const uint16_t> sortedSlots(int a) const { return m_slots[static_cast<size_t>(a)]; }
    /** @brief 1 where order()[i] is a positive, 0 where a negative. */
    std::span<const uint8_t> sortedPositives() const { return m_positive; }

private:
    PredictionView m_view;
    std::vector<uint32_t> m_order;
    std::vector<double> m_sorted;
    std::vector<uint8_t> m_positive;
    std::vector<std::vector<uint16_t>> m_slots;
    std::vector<PresentGroups> m_groups;
};

} // namespace mizan
