#include "fairness/FairnessInput.h"

#include "data/Dataset.h"
#include "data/DatasetSpec.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <map>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Fairness)
};

constexpr qint64 kMaxRows = std::numeric_limits<int32_t>::max();

Error tooManyGroups(const QString &name)
{
    return withField(makeError(ErrorCode::LimitExceeded,
                               Tr::tr("The attribute '%1' has more than %2 groups.")
                                   .arg(name)
                                   .arg(kMaxGroups)),
                     name);
}

/** Codes for the distinct values of `values` (sorted by `less`), -1 where `missing`. */
template<typename T, typename Missing, typename Name>
Result<SensitiveGrouping> groupDistinct(const QString &name,
                                        const std::vector<T> &values,
                                        Missing missing,
                                        Name nameOf)
{
    std::map<T, int32_t> distinct;
    for (const T &v : values) {
        if (!missing(v))
            distinct.emplace(v, 0);
        if (static_cast<qsizetype>(distinct.size()) > kMaxGroups)
            return fail(tooManyGroups(name));
    }
    SensitiveGrouping g;
    g.name = name;
    int32_t next = 0;
    for (auto &[value, code] : distinct) {
        code = next++;
        g.groups.append(nameOf(value));
    }
    g.codes.reserve(values.size());
    for (const T &v : values)
        g.codes.push_back(missing(v) ? -1 : distinct.at(v));
    return g;
}

/**
 * Sorts `rows` by descending probability, ties in row order. An LSD radix sort (three 11-bit
 * passes) on 32-bit keys: the probability rounded to float, which keeps the order (rounding is
 * monotone) but may merge close values; runs of equal keys are then put in exact order.
 */
void rankByProbability(std::span<const double> probabilities,
                       std::vector<uint32_t> &keys,
                       std::vector<uint32_t> &rows)
{
    constexpr int kBits = 11;
    constexpr int kPasses = 3;
    constexpr size_t kBuckets = size_t(1) << kBits;
    const size_t n = keys.size();
    std::vector<std::array<uint32_t, kBuckets>> histogram(kPasses);
    for (auto &h : histogram)
        h.fill(0);
    for (uint32_t k : keys) {
        for (int p = 0; p < kPasses; ++p)
            ++histogram[size_t(p)][(k >> (p * kBits)) & (kBuckets - 1)];
    }
    std::vector<uint32_t> keysOut(n);
    std::vector<uint32_t> rowsOut(n);
    for (int p = 0; p < kPasses; ++p) {
        std::array<uint32_t, kBuckets> &h = histogram[size_t(p)];
        if (std::find(h.begin(), h.end(), uint32_t(n)) != h.end())
            continue; // every key has the same digit: nothing moves
        uint32_t sum = 0;
        for (uint32_t &c : h) {
            const uint32_t count = c;
            c = sum;
            sum += count;
        }
        const int shift = p * kBits;
        for (size_t i = 0; i < n; ++i) {
            const uint32_t to = h[(keys[i] >> shift) & (kBuckets - 1)]++;
            keysOut[to] = keys[i];
            rowsOut[to] = rows[i];
        }
        keys.swap(keysOut);
        rows.swap(rowsOut);
    }
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && keys[j] == keys[i])
            ++j;
        if (j - i > 1) {
            std::sort(rows.begin() + ptrdiff_t(i),
                      rows.begin() + ptrdiff_t(j),
                      [probabilities](uint32_t a, uint32_t b) {
                          return probabilities[a] > probabilities[b]
                                 || (probabilities[a] == probabilities[b] && a < b);
                      });
        }
        i = j;
    }
}

} // namespace

QString missingGroupName()
{
    return QStringLiteral("(missing)");
}

Result<SensitiveGrouping> groupSensitive(const Dataset &data, const SensitiveSpec &spec)
{
    const QString name = spec.name.isEmpty() ? spec.column : spec.name;
    const Column *column = data.column(spec.column);
    if (!column) {
        return fail(
            withField(makeError(ErrorCode::InvalidInput,
                                Tr::tr("The data has no sensitive column '%1'.").arg(spec.column)),
                      spec.column));
    }
    SensitiveGrouping g;
    if (spec.isBinned()) {
        if (column->kind != ColumnKind::Numeric) {
            return fail(withField(makeError(ErrorCode::InvalidInput,
                                            Tr::tr("The sensitive column '%1' is binned by edges "
                                                   "but does not hold numbers.")
                                                .arg(spec.column)),
                                  spec.column));
        }
        if (spec.labels.size() != static_cast<qsizetype>(spec.edges.size()) + 1) {
            return fail(withField(makeError(ErrorCode::InvalidInput,
                                            Tr::tr("The sensitive attribute '%1' needs one label "
                                                   "more than it has edges.")
                                                .arg(name)),
                                  name));
        }
        g.name = name;
        g.groups = spec.labels;
        g.codes.reserve(column->numbers.size());
        for (double x : column->numbers)
            g.codes.push_back(spec.binOf(x));
    } else if (column->kind == ColumnKind::Categorical) {
        if (column->dictionary.size() > kMaxGroups)
            return fail(tooManyGroups(name));
        // Sorted names; codes remapped from the dictionary's first-seen order.
        std::vector<int32_t> byName(static_cast<size_t>(column->dictionary.size()));
        for (size_t i = 0; i < byName.size(); ++i)
            byName[i] = static_cast<int32_t>(i);
        std::sort(byName.begin(), byName.end(), [column](int32_t a, int32_t b) {
            return column->dictionary[a] < column->dictionary[b];
        });
        std::vector<int32_t> remap(byName.size());
        for (size_t i = 0; i < byName.size(); ++i) {
            remap[static_cast<size_t>(byName[i])] = static_cast<int32_t>(i);
            g.groups.append(column->dictionary[byName[i]]);
        }
        g.name = name;
        g.codes.reserve(column->codes.size());
        for (int32_t c : column->codes)
            g.codes.push_back(c < 0 ? -1 : remap[static_cast<size_t>(c)]);
    } else if (column->kind == ColumnKind::Numeric) {
        MIZAN_TRY(distinct,
                  groupDistinct(
                      name,
                      column->numbers,
                      [](double v) { return std::isnan(v); },
                      // Shortest round-trip form ("0.1", not "0.10000000000000001"), so a
                      // privileged group can be named as people write it; -0 is 0.
                      [](double v) {
                          return QString::number(v == 0.0 ? 0.0 : v,
                                                 'g',
                                                 QLocale::FloatingPointShortest);
                      }));
        g = std::move(distinct);
    } else {
        MIZAN_TRY(distinct,
                  groupDistinct(
                      name,
                      column->texts,
                      [](const QString &v) { return v.isEmpty(); },
                      [](const QString &v) { return v; }));
        g = std::move(distinct);
    }
    g.privileged = spec.privileged;
    return g;
}

Result<SensitiveGrouping> intersectGroups(const AttributeView &first, const AttributeView &second)
{
    const QString name = first.name + QLatin1Char('|') + second.name;
    if (first.codes.size() != second.codes.size()) {
        return fail(withField(makeError(ErrorCode::InvalidInput,
                                        Tr::tr("The attributes '%1' and '%2' have different "
                                               "numbers of rows (%3 and %4).")
                                            .arg(first.name, second.name)
                                            .arg(first.codes.size())
                                            .arg(second.codes.size())),
                              name));
    }
    const qsizetype nb = second.groups.size();
    if (first.groups.size() * nb > kMaxGroups)
        return fail(tooManyGroups(name));
    SensitiveGrouping g;
    g.name = name;
    for (const QString &a : first.groups) {
        for (const QString &b : second.groups)
            g.groups.append(a + QLatin1Char('|') + b);
    }
    g.codes.resize(first.codes.size());
    for (size_t i = 0; i < g.codes.size(); ++i) {
        const int32_t a = first.codes[i];
        const int32_t b = second.codes[i];
        const bool valid = a >= 0 && b >= 0 && a < first.groups.size() && b < nb;
        g.codes[i] = valid ? static_cast<int32_t>(a * nb + b) : -1;
    }
    if (!first.privileged.isEmpty() && !second.privileged.isEmpty())
        g.privileged = first.privileged + QLatin1Char('|') + second.privileged;
    return g;
}

Result<SensitiveGrouping> groupByName(const Dataset &data, const QString &name)
{
    QStringList known;
    const auto find = [&](const QString &n) -> const SensitiveSpec * {
        for (const SensitiveSpec &s : data.spec.sensitive) {
            if ((s.name.isEmpty() ? s.column : s.name) == n)
                return &s;
        }
        return nullptr;
    };
    for (const SensitiveSpec &s : data.spec.sensitive)
        known.append(s.name.isEmpty() ? s.column : s.name);
    const QStringList parts = name.split(QLatin1Char('|'));
    for (const QString &part : parts) {
        if (parts.size() > 2 || !find(part)) {
            const QString list = known.isEmpty() ? Tr::tr("none")
                                                 : known.join(QStringLiteral(", "));
            return fail(withField(makeError(ErrorCode::InvalidInput,
                                            Tr::tr("'%1' is not a sensitive attribute of the spec "
                                                   "(known: %2; an intersection is \"A|B\").")
                                                .arg(name, list)),
                                  name));
        }
    }
    MIZAN_TRY(first, groupSensitive(data, *find(parts[0])));
    if (parts.size() == 1)
        return first;
    MIZAN_TRY(second, groupSensitive(data, *find(parts[1])));
    return intersectGroups(first.view(), second.view());
}

int RankedPredictions::attributeIndex(const QString &name) const
{
    for (size_t a = 0; a < m_view.attributes.size(); ++a) {
        if (m_view.attributes[a].name == name)
            return static_cast<int>(a);
    }
    return -1;
}

Result<RankedPredictions> RankedPredictions::prepare(const PredictionView &view,
                                                     const JobControl &job)
{
    const auto invalid = [](const QString &message, const QString &field = {}) {
        return fail(withField(makeError(ErrorCode::InvalidInput, message), field));
    };
    const size_t n = view.probabilities.size();
    if (view.labels.size() != n) {
        return invalid(
            Tr::tr("There are %1 probabilities but %2 labels.").arg(n).arg(view.labels.size()));
    }
    if (static_cast<qint64>(n) > kMaxRows) {
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("A fairness report takes at most %1 rows.").arg(kMaxRows));
    }
    if (view.attributes.empty())
        return invalid(Tr::tr("No sensitive attribute was given."));
    QSet<QString> names;
    for (const AttributeView &a : view.attributes) {
        if (a.name.isEmpty())
            return invalid(Tr::tr("A sensitive attribute has no name."));
        if (names.contains(a.name))
            return invalid(Tr::tr("The sensitive attribute '%1' is given twice.").arg(a.name),
                           a.name);
        names.insert(a.name);
        if (a.groups.isEmpty())
            return invalid(Tr::tr("The sensitive attribute '%1' has no groups.").arg(a.name),
                           a.name);
        if (a.groups.size() > kMaxGroups)
            return fail(tooManyGroups(a.name));
        if (a.codes.size() != n) {
            return invalid(Tr::tr("The sensitive attribute '%1' has %2 rows, the predictions %3.")
                               .arg(a.name)
                               .arg(a.codes.size())
                               .arg(n),
                           a.name);
        }
        const QSet<QString> distinct(a.groups.cbegin(), a.groups.cend());
        if (distinct.size() != a.groups.size() || distinct.contains(missingGroupName())) {
            return invalid(Tr::tr("The sensitive attribute '%1' names a group twice, or names "
                                  "one \"%2\".")
                               .arg(a.name, missingGroupName()),
                           a.name);
        }
    }
    RankedPredictions r;
    r.m_view = view;
    std::vector<uint32_t> keys;
    std::vector<uint32_t> rows;
    keys.reserve(n);
    rows.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const double p = view.probabilities[i];
        if (!(p >= 0.0 && p <= 1.0)) { // also catches NaN
            return invalid(
                Tr::tr("The probability of row %1 is %2, not a number in [0, 1].").arg(i).arg(p));
        }
        const int8_t y = view.labels[i];
        if (y < -1 || y > 1)
            return invalid(Tr::tr("The label of row %1 is %2, not 1, 0 or -1.").arg(i).arg(int(y)));
        if (y < 0)
            continue;
        // Non-negative floats order as their bits; complemented, the sort is descending.
        keys.push_back(~std::bit_cast<uint32_t>(static_cast<float>(p == 0.0 ? 0.0 : p)));
        rows.push_back(static_cast<uint32_t>(i));
    }
    if (keys.empty())
        return invalid(Tr::tr("No row has a known label."));
    for (const AttributeView &a : view.attributes) {
        PresentGroups g;
        const auto groupCount = static_cast<int32_t>(a.groups.size());
        std::vector<qint64> perCode(static_cast<size_t>(groupCount) + 1, 0);
        for (size_t i = 0; i < n; ++i) {
            const int32_t c = a.codes[i];
            if (c < -1 || c >= groupCount) {
                return invalid(Tr::tr("Row %1 has group code %2 for '%3', which has %4 groups.")
                                   .arg(i)
                                   .arg(c)
                                   .arg(a.name)
                                   .arg(groupCount),
                               a.name);
            }
            perCode[static_cast<size_t>(c + 1)] += view.labels[i] >= 0 ? 1 : 0;
        }
        g.slotOfCode.assign(perCode.size(), -1);
        const auto addSlot = [&g, &perCode](int32_t code, const QString &name) {
            g.slotOfCode[static_cast<size_t>(code + 1)] = static_cast<int32_t>(g.names.size());
            g.names.append(name);
            g.codeOfSlot.push_back(code);
            g.rowsPerSlot.push_back(perCode[static_cast<size_t>(code + 1)]);
        };
        for (int32_t c = 0; c < groupCount; ++c) {
            if (perCode[static_cast<size_t>(c + 1)] > 0)
                addSlot(c, a.groups[c]);
            else
                g.emptyGroups.append(a.groups[c]);
        }
        if (perCode[0] > 0)
            addSlot(-1, missingGroupName());
        g.privilegedSlot = a.privileged.isEmpty() ? -1 : int(g.names.indexOf(a.privileged));
        if (g.privilegedSlot >= 0 && g.isMissingSlot(g.privilegedSlot))
            g.privilegedSlot = -1;
        r.m_groups.push_back(std::move(g));
    }
    if (job.cancelled())
        return fail(ErrorCode::Cancelled, Tr::tr("The fairness report was cancelled."));
    rankByProbability(view.probabilities, keys, rows);
    keys = {};
    r.m_order = std::move(rows);
    r.m_sorted.resize(r.m_order.size());
    for (size_t i = 0; i < r.m_order.size(); ++i)
        r.m_sorted[i] = view.probabilities[r.m_order[i]];
    // Gather labels and slots into rank order once: every later scan is sequential.
    r.m_positive.resize(r.m_order.size());
    for (size_t i = 0; i < r.m_order.size(); ++i)
        r.m_positive[i] = view.labels[r.m_order[i]] == 1 ? 1 : 0;
    r.m_slots.resize(view.attributes.size());
    for (size_t a = 0; a < view.attributes.size(); ++a) {
        const int32_t *codes = view.attributes[a].codes.data();
        const int32_t *slotOfCode = r.m_groups[a].slotOfCode.data() + 1; // indexed by code
        std::vector<uint16_t> &slotsOfRank = r.m_slots[a];
        slotsOfRank.resize(r.m_order.size());
        for (size_t i = 0; i < r.m_order.size(); ++i)
            slotsOfRank[i] = static_cast<uint16_t>(slotOfCode[codes[r.m_order[i]]]);
    }
    return r;
}

} // namespace mizan
