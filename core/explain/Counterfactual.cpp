#include "explain/Counterfactual.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <new>
#include <numeric>
#include <tuple>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Counterfactual)
};

constexpr qint64 kBatchRows = 1024;     ///< rows per predict() call; cancel is polled between
constexpr int kMaxBeamWidth = 64;       ///< states expanded per level at most
constexpr int kStatesPerFeatureSet = 2; ///< beam states that change the same features
constexpr int kMinimiseRounds = 8;      ///< shrinking steps per suggestion at most
constexpr double kInf = std::numeric_limits<double>::infinity();

/** One value an actionable feature may take, and the cost of moving the lead's value there. */
struct Candidate
{
    int feature = -1;
    FeatureValue value;
    double cost = 0.0;
};

/** A set of candidates, at most one per feature, ascending (candidates are in feature order). */
struct Trial
{
    std::vector<int> picks;
    double cost = 0.0;
    double probability = std::numeric_limits<double>::quiet_NaN();
};

double scaleOf(const FeatureInfo &info)
{
    const double iqr = info.q3 - info.q1;
    if (std::isfinite(iqr) && iqr > 0.0)
        return iqr;
    if (std::isfinite(info.std) && info.std > 0.0)
        return info.std;
    return 1.0;
}

bool looksIntegral(const FeatureInfo &info)
{
    for (const double v : {info.min, info.q1, info.median, info.q3, info.max}) {
        if (std::floor(v) != v)
            return false;
    }
    return true;
}

/**
 * The point of [lo, hi] nearest `target` on the coarsest decimal grid (10^coarsest, then finer)
 * that has a point in the interval, so that suggestions read "12" rather than "12.99999905".
 */
double roundIn(double lo, double hi, double target, int coarsest)
{
    target = std::clamp(target, lo, hi);
    for (int e = coarsest; e >= coarsest - 8; --e) {
        // k * 10^e, computed as k * p or k / p so that a decimal is its nearest double.
        const double p = std::pow(10.0, std::abs(e));
        const auto toGrid = [&](double x) { return e >= 0 ? x / p : x * p; };
        const auto fromGrid = [&](double k) { return e >= 0 ? k * p : k / p; };
        const double kLo = std::ceil(toGrid(lo));
        const double kHi = std::floor(toGrid(hi));
        if (!(std::abs(kLo) < 1e15 && std::abs(kHi) < 1e15))
            break; // finer grids only get larger
        if (kLo > kHi)
            continue;
        const double v = fromGrid(std::clamp(std::round(toGrid(target)), kLo, kHi));
        if (v >= lo && v <= hi)
            return v;
    }
    return target;
}

class Search
{
public:
    Search(const FeatureSpace &space,
           const XgbModel &model,
           const BatchPredictor &predict,
           const Lead &lead,
           const CounterfactualOptions &options,
           const JobControl &job)
        : m_space(space)
        , m_model(model)
        , m_predict(predict)
        , m_lead(lead)
        , m_options(options)
        , m_job(job)
        , m_scratch(lead)
        , m_width(space.inputCount())
    {}

    Result<std::vector<Counterfactual>> run();

private:
    void collectCandidates();
    void addNumeric(int feature, const std::vector<double> &thresholds);
    Result<> evaluate(std::vector<Trial> &trials);
    bool crosses(double p) const { return m_below ? p < m_threshold : p >= m_threshold; }
    double gapOf(double p) const;
    double costOf(const std::vector<int> &picks) const;
    std::vector<int> featuresOf(const Trial &trial) const;
    std::vector<Trial> selectBeam(const std::vector<Trial> &pool, int width) const;
    Result<Trial> minimise(Trial trial);
    void addSolution(const Trial &trial);
    std::vector<const Trial *> diverseSolutions(size_t count) const;

    const FeatureSpace &m_space;
    const XgbModel &m_model;
    const BatchPredictor &m_predict;
    const Lead &m_lead;
    const CounterfactualOptions &m_options;
    const JobControl &m_job;
    Lead m_scratch;
    int m_width = 0;
    std::vector<Candidate> m_candidates;
    std::vector<std::pair<int, int>> m_range; ///< per feature: its candidates [first, last)
    std::vector<float> m_rows;
    std::vector<double> m_probabilities;
    qint64 m_used = 0;
    double m_threshold = 0.5;
    bool m_below = false; ///< the target: below the threshold (else at or above it)
    double m_gap0 = kInf;
    std::map<std::vector<int>, Trial> m_solutions; ///< by changed features: the cheapest
};

double Search::gapOf(double p) const
{
    if (std::isnan(p))
        return kInf;
    const auto logit = [](double q) {
        q = std::clamp(q, 1e-15, 1.0 - 1e-15);
        return std::log(q / (1.0 - q));
    };
    return m_below ? logit(p) - logit(m_threshold) : logit(m_threshold) - logit(p);
}

double Search::costOf(const std::vector<int> &picks) const
{
    double cost = 0.0;
    for (const int c : picks)
        cost += m_candidates[static_cast<size_t>(c)].cost;
    return cost;
}

std::vector<int> Search::featuresOf(const Trial &trial) const
{
    std::vector<int> features;
    features.reserve(trial.picks.size());
    for (const int c : trial.picks)
        features.push_back(m_candidates[static_cast<size_t>(c)].feature);
    return features;
}

void Search::collectCandidates()
{
    // The split thresholds of every model input: the only places where the score can change.
    std::vector<std::vector<double>> thresholds(static_cast<size_t>(m_width));
    for (const XgbTree &tree : m_model.trees) {
        for (int n = 0; n < tree.nodeCount(); ++n) {
            const int input = tree.feature[static_cast<size_t>(n)];
            if (!tree.isLeaf(n) && input >= 0 && input < m_width)
                thresholds[static_cast<size_t>(input)].push_back(tree.value[static_cast<size_t>(n)]);
        }
    }
    const std::vector<FeatureInfo> &features = m_space.features();
    m_range.assign(features.size(), {0, 0});
    for (size_t f = 0; f < features.size(); ++f) {
        const FeatureInfo &info = features[f];
        const auto first = static_cast<int>(m_candidates.size());
        if (!info.immutable && info.type == FeatureType::Numeric) {
            std::vector<double> splits;
            for (const int input : info.inputs)
                splits.insert(splits.end(),
                              thresholds[static_cast<size_t>(input)].begin(),
                              thresholds[static_cast<size_t>(input)].end());
            std::sort(splits.begin(), splits.end());
            splits.erase(std::unique(splits.begin(), splits.end()), splits.end());
            addNumeric(static_cast<int>(f), splits);
        } else if (!info.immutable) {
            // A change of category moves two inputs: the old one's and the new one's.
            const int current = m_lead[f].category;
            const auto splitOn = [&](int category) {
                return category >= 0 && category < static_cast<int>(info.inputs.size())
                       && !thresholds[static_cast<size_t>(info.inputs[static_cast<size_t>(category)])]
                               .empty();
            };
            for (int c = 0; c < static_cast<int>(info.inputs.size()); ++c) {
                const bool seen = !info.hasStats
                                  || (static_cast<size_t>(c) < info.categoryCounts.size()
                                      && info.categoryCounts[static_cast<size_t>(c)] > 0);
                if (c == current || !seen || !(splitOn(c) || splitOn(current)))
                    continue;
                FeatureValue value;
                value.category = c;
                m_candidates.push_back(Candidate{static_cast<int>(f), value, 1.0});
            }
        }
        m_range[f] = {first, static_cast<int>(m_candidates.size())};
    }
}

void Search::addNumeric(int feature, const std::vector<double> &thresholds)
{
    const FeatureInfo &info = m_space.features()[static_cast<size_t>(feature)];
    if (!info.hasStats || info.count <= 0 || !std::isfinite(info.min) || !std::isfinite(info.max)
        || info.min > info.max || thresholds.empty())
        return;
    const double x0 = m_lead[static_cast<size_t>(feature)].number;
    const bool missing = std::isnan(x0);
    const double seen = static_cast<float>(x0); // the model compares the value as a float
    const double scale = scaleOf(info);
    const double median = std::clamp(info.median, info.min, info.max);
    const int coarsest = looksIntegral(info)
                             ? 0
                             : std::clamp(static_cast<int>(std::floor(std::log10(scale))) - 2,
                                          -30,
                                          30);
    // The score is constant on [lo, hi]: offer its point nearest the lead's value.
    const auto addInterval = [&](double lo, double hi) {
        if (!(lo <= hi))
            return;
        double target = median;
        if (!missing) {
            if (seen >= lo && seen <= hi)
                return; // the lead's own interval: the same score
            target = seen < lo ? lo : hi;
        }
        FeatureValue value;
        value.number = roundIn(lo, hi, target, coarsest);
        // A missing (or infinite) number is measured from the median, plus 1 for supplying it.
        const double cost = std::isfinite(x0) ? std::abs(value.number - x0) / scale
                                              : 1.0 + std::abs(value.number - median) / scale;
        m_candidates.push_back(Candidate{feature, value, cost});
    };
    // XGBoost goes left when x < t: t itself goes right, the float just below t goes left.
    double lo = info.min;
    for (const double t : thresholds) {
        if (!(t > info.min))
            continue;
        if (t > info.max)
            break;
        addInterval(lo,
                    std::nextafter(static_cast<float>(t), -std::numeric_limits<float>::infinity()));
        lo = t;
    }
    addInterval(lo, info.max);
}

Result<> Search::evaluate(std::vector<Trial> &trials)
{
    const qint64 room = std::max<qint64>(0, m_options.maxEvaluations - m_used);
    if (static_cast<qint64>(trials.size()) > room)
        trials.resize(static_cast<size_t>(room));
    const auto total = static_cast<qint64>(trials.size());
    for (qint64 first = 0; first < total; first += kBatchRows) {
        if (m_job.cancelled())
            return fail(ErrorCode::Cancelled,
                        Tr::tr("The search for counterfactuals was cancelled."));
        const qint64 count = std::min(kBatchRows, total - first);
        m_rows.resize(static_cast<size_t>(count * m_width));
        m_probabilities.assign(static_cast<size_t>(count), std::numeric_limits<double>::quiet_NaN());
        for (qint64 r = 0; r < count; ++r) {
            const Trial &trial = trials[static_cast<size_t>(first + r)];
            for (const int c : trial.picks) {
                const Candidate &candidate = m_candidates[static_cast<size_t>(c)];
                m_scratch[static_cast<size_t>(candidate.feature)] = candidate.value;
            }
            m_space.encode(m_scratch, m_rows.data() + r * m_width);
            for (const int c : trial.picks) {
                const auto f = static_cast<size_t>(m_candidates[static_cast<size_t>(c)].feature);
                m_scratch[f] = m_lead[f];
            }
        }
        m_predict(m_rows.data(), count, m_width, m_probabilities.data());
        for (qint64 r = 0; r < count; ++r)
            trials[static_cast<size_t>(first + r)].probability
                = m_probabilities[static_cast<size_t>(r)];
        m_used += count;
        m_job.report(m_used, m_options.maxEvaluations);
    }
    return {};
}

/**
 * The states to expand: alternately the closest to crossing and the best progress per unit of
 * cost (a big costly jump and a cheap small step both deserve a look), at most
 * kStatesPerFeatureSet per set of changed features so the beam stays diverse.
 */
std::vector<Trial> Search::selectBeam(const std::vector<Trial> &pool, int width) const
{
    std::vector<size_t> byGap(pool.size());
    std::iota(byGap.begin(), byGap.end(), size_t(0));
    std::vector<double> gap(pool.size()), rate(pool.size());
    std::vector<size_t> byRate;
    for (size_t i = 0; i < pool.size(); ++i) {
        gap[i] = gapOf(pool[i].probability);
        const double gain = m_gap0 - gap[i];
        rate[i] = gain / std::max(pool[i].cost, 1e-12);
        if (std::isfinite(gain) && gain > 0.0)
            byRate.push_back(i);
    }
    std::sort(byGap.begin(), byGap.end(), [&](size_t a, size_t b) {
        return std::tie(gap[a], pool[a].cost, a) < std::tie(gap[b], pool[b].cost, b);
    });
    std::sort(byRate.begin(), byRate.end(), [&](size_t a, size_t b) {
        return rate[a] != rate[b] ? rate[a] > rate[b] : a < b;
    });
    std::vector<Trial> beam;
    std::vector<char> taken(pool.size(), 0);
    std::map<std::vector<int>, int> perSet;
    size_t next[2] = {0, 0};
    const std::vector<size_t> *orders[2] = {&byGap, &byRate};
    while (static_cast<int>(beam.size()) < width
           && (next[0] < byGap.size() || next[1] < byRate.size())) {
        for (int o = 0; o < 2 && static_cast<int>(beam.size()) < width; ++o) {
            const std::vector<size_t> &order = *orders[o];
            while (next[o] < order.size()) {
                const size_t i = order[next[o]++];
                if (taken[i])
                    continue;
                int &count = perSet[featuresOf(pool[i])];
                if (count >= kStatesPerFeatureSet)
                    continue;
                ++count;
                taken[i] = 1;
                beam.push_back(pool[i]);
                break;
            }
        }
    }
    return beam;
}

/** Shrinks a crossing trial: cheaper values of its features, fewer changes, while it crosses. */
Result<Trial> Search::minimise(Trial trial)
{
    for (int round = 0; round < kMinimiseRounds; ++round) {
        std::vector<Trial> alternatives;
        for (size_t i = 0; i < trial.picks.size(); ++i) {
            const Candidate &current = m_candidates[static_cast<size_t>(trial.picks[i])];
            if (trial.picks.size() > 1) {
                Trial fewer;
                fewer.picks = trial.picks;
                fewer.picks.erase(fewer.picks.begin() + static_cast<std::ptrdiff_t>(i));
                fewer.cost = costOf(fewer.picks);
                alternatives.push_back(std::move(fewer));
            }
            const auto [first, last] = m_range[static_cast<size_t>(current.feature)];
            for (int c = first; c < last; ++c) {
                if (!(m_candidates[static_cast<size_t>(c)].cost < current.cost))
                    continue;
                Trial closer;
                closer.picks = trial.picks;
                closer.picks[i] = c;
                closer.cost = costOf(closer.picks);
                alternatives.push_back(std::move(closer));
            }
        }
        MIZAN_CHECK(evaluate(alternatives));
        const Trial *best = nullptr;
        for (const Trial &t : alternatives) {
            if (crosses(t.probability)
                && (!best || t.cost < best->cost
                    || (t.cost == best->cost && t.picks.size() < best->picks.size())))
                best = &t;
        }
        if (!best || !(best->cost < trial.cost || best->picks.size() < trial.picks.size()))
            break;
        trial = *best;
    }
    return trial;
}

void Search::addSolution(const Trial &trial)
{
    auto [it, inserted] = m_solutions.try_emplace(featuresOf(trial), trial);
    if (!inserted && trial.cost < it->second.cost)
        it->second = trial;
}

/** Cheapest first; a set that contains a chosen set's features only to fill the places left. */
std::vector<const Trial *> Search::diverseSolutions(size_t count) const
{
    std::vector<std::pair<const std::vector<int> *, const Trial *>> sorted;
    for (const auto &[features, trial] : m_solutions)
        sorted.emplace_back(&features, &trial);
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        if (a.second->cost != b.second->cost)
            return a.second->cost < b.second->cost;
        if (a.first->size() != b.first->size())
            return a.first->size() < b.first->size();
        return *a.first < *b.first;
    });
    std::vector<size_t> chosen, skipped;
    for (size_t i = 0; i < sorted.size() && chosen.size() < count; ++i) {
        const bool containsChosen = std::any_of(chosen.begin(), chosen.end(), [&](size_t c) {
            return std::includes(sorted[i].first->begin(),
                                 sorted[i].first->end(),
                                 sorted[c].first->begin(),
                                 sorted[c].first->end());
        });
        (containsChosen ? skipped : chosen).push_back(i);
    }
    for (size_t i = 0; i < skipped.size() && chosen.size() < count; ++i)
        chosen.push_back(skipped[i]);
    std::sort(chosen.begin(), chosen.end());
    std::vector<const Trial *> out;
    for (const size_t i : chosen)
        out.push_back(sorted[i].second);
    return out;
}

Result<std::vector<Counterfactual>> Search::run()
{
    m_threshold = m_options.threshold;
    const auto wanted = static_cast<size_t>(m_options.maxSuggestions);
    std::vector<Trial> base(1);
    MIZAN_CHECK(evaluate(base));
    m_below = base[0].probability >= m_threshold;
    m_gap0 = gapOf(base[0].probability);
    collectCandidates();
    const auto candidateCount = static_cast<qint64>(m_candidates.size());

    // One change: exact, every candidate of every feature.
    std::vector<Trial> frontier(m_candidates.size());
    for (size_t c = 0; c < m_candidates.size(); ++c) {
        frontier[c].picks = {static_cast<int>(c)};
        frontier[c].cost = m_candidates[c].cost;
    }
    MIZAN_CHECK(evaluate(frontier));
    std::erase_if(frontier, [&](const Trial &t) {
        if (crosses(t.probability))
            addSolution(t);
        return crosses(t.probability);
    });

    // More changes: a beam search, one more feature per level.
    for (int level = 2; level <= m_options.maxChanges && !frontier.empty(); ++level) {
        const qint64 room = m_options.maxEvaluations - m_used;
        const qint64 levelsLeft = m_options.maxChanges - level + 1;
        const auto width = static_cast<int>(
            std::clamp<qint64>(room * 3 / 4 / std::max<qint64>(1, levelsLeft * candidateCount),
                               1,
                               kMaxBeamWidth));
        const std::vector<Trial> beam = selectBeam(frontier, width);
        // No use growing a state that already costs more than the suggestions found.
        const std::vector<const Trial *> found = diverseSolutions(wanted);
        const double bound = found.size() == wanted ? found.back()->cost : kInf;
        std::vector<Trial> children;
        for (const Trial &state : beam) {
            const std::vector<int> features = featuresOf(state);
            for (int c = 0; c < static_cast<int>(m_candidates.size()); ++c) {
                const Candidate &candidate = m_candidates[static_cast<size_t>(c)];
                if (std::binary_search(features.begin(), features.end(), candidate.feature)
                    || !(state.cost + candidate.cost < bound))
                    continue;
                Trial child;
                child.picks = state.picks;
                child.picks.insert(std::upper_bound(child.picks.begin(), child.picks.end(), c), c);
                child.cost = costOf(child.picks);
                children.push_back(std::move(child));
            }
        }
        std::sort(children.begin(), children.end(), [](const Trial &a, const Trial &b) {
            return std::tie(a.cost, a.picks) < std::tie(b.cost, b.picks);
        });
        children.erase(std::unique(children.begin(),
                                   children.end(),
                                   [](const Trial &a, const Trial &b) {
                                       return a.picks == b.picks;
                                   }),
                       children.end());
        MIZAN_CHECK(evaluate(children)); // cheapest first: the budget cuts the dear ones
        std::vector<Trial> crossing;
        frontier.clear();
        for (Trial &child : children)
            (crosses(child.probability) ? crossing : frontier).push_back(std::move(child));
        // Shrink the cheapest crossing set of each feature set (they are sorted by cost).
        std::map<std::vector<int>, bool> seen;
        size_t shrunk = 0;
        for (const Trial &t : crossing) {
            if (shrunk >= std::max<size_t>(8, 3 * wanted))
                break;
            if (!seen.try_emplace(featuresOf(t), true).second)
                continue;
            ++shrunk;
            MIZAN_TRY(small, minimise(t));
            addSolution(small);
        }
    }

    std::vector<Counterfactual> out;
    for (const Trial *trial : diverseSolutions(wanted)) {
        Counterfactual cf;
        cf.probability = trial->probability;
        cf.cost = trial->cost;
        for (const int c : trial->picks) {
            const Candidate &candidate = m_candidates[static_cast<size_t>(c)];
            cf.changes.push_back(FeatureChange{candidate.feature,
                                               m_lead[static_cast<size_t>(candidate.feature)],
                                               candidate.value});
        }
        out.push_back(std::move(cf));
    }
    return out;
}

} // namespace

QJsonObject Counterfactual::toJson(const FeatureSpace &space) const
{
    QJsonArray list;
    for (const FeatureChange &change : changes) {
        if (change.feature < 0 || change.feature >= space.featureCount())
            continue;
        const FeatureInfo &info = space.features()[static_cast<size_t>(change.feature)];
        const bool missing = info.type == FeatureType::Numeric ? std::isnan(change.from.number)
                                                               : change.from.category < 0;
        QJsonObject o;
        o.insert(QStringLiteral("feature"), info.column);
        o.insert(QStringLiteral("from"),
                 missing ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(space.displayValue(change.feature, change.from)));
        o.insert(QStringLiteral("to"), space.displayValue(change.feature, change.to));
        list.append(o);
    }
    QJsonObject object;
    object.insert(QStringLiteral("probability"), probability);
    object.insert(QStringLiteral("cost"), cost);
    object.insert(QStringLiteral("changes"), list);
    return object;
}

Result<std::vector<Counterfactual>> findCounterfactuals(const FeatureSpace &space,
                                                        const XgbModel &model,
                                                        const BatchPredictor &predict,
                                                        const Lead &lead,
                                                        const CounterfactualOptions &options,
                                                        const JobControl &job)
{
    if (static_cast<qint64>(lead.size()) != space.featureCount())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The lead has %1 values; the model has %2 features.")
                        .arg(lead.size())
                        .arg(space.featureCount()));
    if (!(options.threshold > 0.0 && options.threshold < 1.0))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The decision threshold must lie between 0 and 1; it is %1.")
                        .arg(options.threshold));
    if (options.maxSuggestions < 1 || options.maxChanges < 1 || options.maxEvaluations < 1)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("Counterfactuals need at least one suggestion, one change per "
                           "suggestion and one model evaluation."));
    if (model.featureCount != space.inputCount() || !predict)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The model does not match its feature space (%1 inputs, %2 expected).")
                        .arg(model.featureCount)
                        .arg(space.inputCount()));
    for (size_t f = 0; f < lead.size(); ++f) {
        const FeatureInfo &info = space.features()[f];
        if (info.type == FeatureType::Categorical
            && (lead[f].category < -1 || lead[f].category >= info.categories.size()))
            return fail(withField(makeError(ErrorCode::InvalidInput,
                                            Tr::tr("The value of '%1' is not one of its "
                                                   "categories.")
                                                .arg(info.column)),
                                  info.column));
    }
    try {
        return Search(space, model, predict, lead, options, job).run();
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("The search for counterfactuals ran out of memory."));
    } catch (const std::exception &e) {
        return fail(ErrorCode::Internal,
                    Tr::tr("The search for counterfactuals failed: %1")
                        .arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace mizan
