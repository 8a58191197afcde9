#include "explain/Lime.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Lime)
};

constexpr qint64 kMaxSamples = 1000000;
constexpr qint64 kBatchRows = 512;

// ---- Seeded randomness, the same on every machine ----------------------------------------------
// std::mt19937_64's output is fixed by the standard; the distributions below are our own
// (std::normal_distribution and friends are implementation-defined).

/** A uniform double in [0, 1) from the top 53 bits of one draw. */
double uniform(std::mt19937_64 &generator)
{
    return static_cast<double>(generator() >> 11) * 0x1.0p-53;
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x * 0.70710678118654752440);
}

/**
 * scipy's truncnorm over one quartile bin: the normal (mean, std + 1e-11) restricted to
 * [lower, upper], drawn by the inverse CDF. A bin above the mean is drawn mirrored, so both
 * bounds sit in the lower tail where Phi keeps its precision.
 */
struct BinSampler
{
    double mean = 0.0;
    double scale = 1.0;
    double lower = 0.0;
    double upper = 0.0;
    double pLow = 0.0;  ///< Phi of the near bound (mirrored when `mirror`)
    double pHigh = 0.0; ///< Phi of the far bound
    bool mirror = false;
    bool degenerate = false; ///< no spread to draw from: the mean clamped to the bin

    explicit BinSampler(const QuartileBin &bin)
        : mean(bin.mean)
        , scale(bin.std + 1e-11)
        , lower(bin.lower)
        , upper(bin.upper)
    {
        double a = (lower - mean) / scale;
        double b = (upper - mean) / scale;
        mirror = a > 0.0;
        if (mirror)
            std::tie(a, b) = std::pair(-b, -a);
        pLow = normalCdf(a);
        pHigh = normalCdf(b);
        degenerate = !(upper > lower) || !(pHigh > pLow) || !std::isfinite(mean);
    }

    double draw(double u) const
    {
        if (degenerate)
            return std::clamp(mean, lower, upper);
        const double z = normalQuantile(pLow + (pHigh - pLow) * u);
        const double value = mean + scale * (mirror ? -z : z);
        return std::isnan(value) ? std::clamp(mean, lower, upper) : std::clamp(value, lower, upper);
    }
};

/**
 * One feature as lime samples it: the values it takes (numeric: quartile bins, the last one
 * "missing"; categorical: -1 for missing, then the categories), chosen by inverse CDF over the
 * training frequencies as numpy's choice does (the first value whose cumulative share exceeds u).
 */
struct SampledFeature
{
    bool numeric = false;
    std::vector<double> cdf;
    std::vector<BinSampler> bins; ///< numeric: one per quartile bin
    int own = 0;                  ///< the index of the lead's value
    bool constant = false;        ///< no training frequency at all: always the lead's value

    int draw(std::mt19937_64 &generator) const
    {
        if (constant)
            return own;
        const double u = uniform(generator);
        // Few values (quartile bins, most categoricals): count without branches, which a
        // binary search on random draws mispredicts; the same index as upper_bound.
        if (cdf.size() <= 16) {
            int index = 0;
            for (const double share : cdf)
                index += share <= u ? 1 : 0;
            return index;
        }
        return static_cast<int>(std::upper_bound(cdf.begin(), cdf.end(), u) - cdf.begin());
    }
};

std::vector<double> cumulativeShares(const std::vector<qint64> &counts, bool &empty)
{
    std::vector<double> cdf(counts.size());
    qint64 total = 0;
    for (qint64 c : counts)
        total += std::max<qint64>(c, 0);
    empty = total == 0;
    qint64 running = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        running += std::max<qint64>(counts[i], 0);
        cdf[i] = empty ? 1.0 : static_cast<double>(running) / static_cast<double>(total);
    }
    return cdf;
}

Result<SampledFeature> samplerFor(const FeatureInfo &info, const FeatureValue &value)
{
    SampledFeature feature;
    std::vector<qint64> counts;
    if (info.type == FeatureType::Numeric) {
        if (info.bins.empty())
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("The model bundle's training summary has no quartile bins for '%1' "
                               "(it was written by an older version); retrain the model to "
                               "explain it with LIME.")
                            .arg(info.column));
        feature.numeric = true;
        for (const QuartileBin &bin : info.bins) {
            counts.push_back(bin.count);
            feature.bins.emplace_back(bin);
        }
        counts.push_back(info.missing);
        feature.own = std::isnan(value.number) ? static_cast<int>(info.bins.size())
                                               : std::min(info.binOf(value.number),
                                                          static_cast<int>(info.bins.size()) - 1);
    } else {
        counts.push_back(info.missing);
        counts.insert(counts.end(), info.categoryCounts.begin(), info.categoryCounts.end());
        counts.resize(static_cast<size_t>(info.categories.size()) + 1, 0);
        feature.own = value.category + 1;
    }
    feature.cdf = cumulativeShares(counts, feature.constant);
    return feature;
}

QString conditionOf(const FeatureInfo &info, const FeatureValue &value)
{
    const auto number = [](double v) { return QString::number(v, 'f', 2); };
    if (info.type == FeatureType::Categorical) {
        if (value.category < 0)
            return Tr::tr("%1 is missing or unseen").arg(info.column);
        return info.column + QLatin1Char('=') + info.categories.at(value.category);
    }
    if (std::isnan(value.number))
        return Tr::tr("%1 is missing").arg(info.column);
    const int bin = std::min(info.binOf(value.number), static_cast<int>(info.edges.size()));
    const auto edge = [&](int i) { return number(info.edges[static_cast<size_t>(i)]); };
    if (bin == 0)
        return info.column + QStringLiteral(" <= ") + edge(0);
    if (bin == static_cast<int>(info.edges.size()))
        return info.column + QStringLiteral(" > ") + edge(bin - 1);
    return edge(bin - 1) + QStringLiteral(" < ") + info.column + QStringLiteral(" <= ") + edge(bin);
}

// ---- Weighted ridge regression (sklearn's Ridge with sample_weight) ----------------------------

/** The weighted, centred second moments of a design matrix and its target. */
struct Moments
{
    int cols = 0;
    double weightSum = 0.0;
    std::vector<double> meanX;
    double meanY = 0.0;
    std::vector<double> xx;  ///< cols x cols: sum w (x_j - mean_j)(x_k - mean_k)
    std::vector<double> xy;  ///< sum w (x_j - mean_j)(y - meanY)
    std::vector<double> raw; ///< sum w x_j^2: tells a constant column from rounding noise
    double yy = 0.0;         ///< sum w (y - meanY)^2
};

/**
 * The moments of x (`value(i, j)` is x[i][j]) from sums over the non-zero values of each row, a
 * few per row in LIME's 0/1 design: centred sums are sum w x_j x_k - W m_j m_k (exact for a
 * column of ones); y's spread takes a second pass.
 */
template<typename Value>
Moments momentsOf(qint64 rows, int cols, Value value, const double *y, const double *w)
{
    Moments m;
    m.cols = cols;
    const auto n = static_cast<size_t>(cols);
    std::vector<double> products(n * n, 0.0); // lower triangle: sum w x_j x_k
    std::vector<double> sums(n, 0.0);         // sum w x_j
    std::vector<double> withY(n, 0.0);        // sum w x_j y
    std::vector<size_t> index(n);
    std::vector<double> nonZero(n);
    double weightedY = 0.0;
    for (qint64 i = 0; i < rows; ++i) {
        size_t count = 0;
        for (size_t j = 0; j < n; ++j) {
            const double v = value(i, j);
            index.data()[count] = j;
            nonZero.data()[count] = v;
            count += v != 0.0 ? 1 : 0;
        }
        const double wy = w[i] * y[i];
        m.weightSum += w[i];
        weightedY += wy;
        for (size_t a = 0; a < count; ++a) {
            const size_t j = index.data()[a];
            const double wx = w[i] * nonZero.data()[a];
            sums.data()[j] += wx;
            withY.data()[j] += wx * y[i];
            double *line = products.data() + j * n;
            for (size_t b = 0; b <= a; ++b)
                line[index.data()[b]] += wx * nonZero.data()[b];
        }
    }
    m.meanY = weightedY / m.weightSum;
    m.meanX.resize(n);
    m.raw.resize(n);
    m.xy.resize(n);
    m.xx.assign(n * n, 0.0);
    for (size_t j = 0; j < n; ++j) {
        m.raw[j] = products[j * n + j];
        m.meanX[j] = sums[j] / m.weightSum;
        m.xy[j] = withY[j] - m.weightSum * m.meanX[j] * m.meanY;
    }
    for (size_t j = 0; j < n; ++j) {
        for (size_t k = 0; k <= j; ++k)
            m.xx[j * n + k] = m.xx[k * n + j] = products[j * n + k]
                                                - m.weightSum * m.meanX[j] * m.meanX[k];
    }
    for (qint64 i = 0; i < rows; ++i)
        m.yy += w[i] * (y[i] - m.meanY) * (y[i] - m.meanY);
    return m;
}

/** sklearn's r2_score from the residual and total weighted sums of squares. */
double rSquared(double residual, double total)
{
    if (total != 0.0)
        return 1.0 - residual / total;
    return residual == 0.0 ? 1.0 : 0.0;
}

/**
 * Ridge on the columns `subset`: (Xc' W Xc + alpha I) b = Xc' W yc by Cholesky. A pivot that
 * vanishes (a constant column, or one that earlier columns explain) drops its column: its
 * coefficient is 0, which still solves the normal equations. `score` is R^2 from the moments.
 */
RidgeFit fitSubset(const Moments &m, const std::vector<int> &subset, double alpha)
{
    const size_t k = subset.size();
    const auto n = static_cast<size_t>(m.cols);
    std::vector<double> l(k * k, 0.0);
    std::vector<double> rhs(k);
    std::vector<bool> dropped(k, false);
    for (size_t j = 0; j < k; ++j) {
        const auto sj = static_cast<size_t>(subset[j]);
        rhs[j] = m.xy[sj];
        const double diagonal = m.xx[sj * n + sj];
        const double floor = std::max(1e-10 * diagonal, 1e-12 * m.raw[sj]);
        for (size_t i = j; i < k; ++i) {
            const auto si = static_cast<size_t>(subset[i]);
            double sum = m.xx[si * n + sj] + (i == j ? alpha : 0.0);
            for (size_t p = 0; p < j; ++p)
                sum -= l[i * k + p] * l[j * k + p];
            if (i == j) {
                dropped[j] = !(sum > floor) || !(sum > 0.0);
                if (dropped[j])
                    break;
                l[j * k + j] = std::sqrt(sum);
            } else {
                l[i * k + j] = sum / l[j * k + j];
            }
        }
    }
    for (size_t j = 0; j < k; ++j) { // L z = rhs
        if (dropped[j]) {
            rhs[j] = 0.0;
            continue;
        }
        for (size_t p = 0; p < j; ++p)
            rhs[j] -= l[j * k + p] * rhs[p];
        rhs[j] /= l[j * k + j];
    }
    for (size_t j = k; j-- > 0;) { // L' b = z
        if (dropped[j])
            continue;
        for (size_t i = j + 1; i < k; ++i)
            rhs[j] -= l[i * k + j] * rhs[i];
        rhs[j] /= l[j * k + j];
    }
    RidgeFit fit;
    fit.coef = std::move(rhs);
    fit.intercept = m.meanY;
    double residual = m.yy;
    for (size_t j = 0; j < k; ++j) {
        const auto sj = static_cast<size_t>(subset[j]);
        fit.intercept -= m.meanX[sj] * fit.coef[j];
        residual -= 2.0 * fit.coef[j] * m.xy[sj];
        for (size_t i = 0; i < k; ++i)
            residual += fit.coef[j] * fit.coef[i] * m.xx[sj * n + static_cast<size_t>(subset[i])];
    }
    fit.score = rSquared(std::max(residual, 0.0), m.yy);
    return fit;
}

/** lime's LimeBase.forward_selection: greedily add the column that best raises R^2 (alpha 0). */
std::vector<int> forwardSelection(const Moments &m, int wanted)
{
    std::vector<int> used;
    std::vector<bool> taken(static_cast<size_t>(m.cols), false);
    for (int step = 0; step < std::min(wanted, m.cols); ++step) {
        double best = -1e8;
        int chosen = 0;
        used.push_back(0);
        for (int f = 0; f < m.cols; ++f) {
            if (taken[static_cast<size_t>(f)])
                continue;
            used.back() = f;
            const double score = fitSubset(m, used, 0.0).score;
            if (score > best) {
                best = score;
                chosen = f;
            }
        }
        used.back() = chosen;
        taken[static_cast<size_t>(chosen)] = true;
    }
    return used;
}

/** lime's 'highest_weights': the largest |coef| of a ridge (alpha 0.01) on every column. */
std::vector<int> highestWeights(const Moments &m, int wanted)
{
    std::vector<int> all(static_cast<size_t>(m.cols));
    std::iota(all.begin(), all.end(), 0);
    const RidgeFit fit = fitSubset(m, all, 0.01);
    std::stable_sort(all.begin(), all.end(), [&](int a, int b) {
        return std::abs(fit.coef[static_cast<size_t>(a)])
               > std::abs(fit.coef[static_cast<size_t>(b)]);
    });
    all.resize(static_cast<size_t>(std::min(wanted, m.cols)));
    return all;
}

Result<LimeExplanation> explainUnguarded(const FeatureSpace &space,
                                         const Lead &lead,
                                         const BatchPredictor &predict,
                                         const LimeOptions &options)
{
    const std::vector<FeatureInfo> &features = space.features();
    const int featureCount = space.featureCount();
    std::vector<SampledFeature> sampled;
    sampled.reserve(features.size());
    for (size_t f = 0; f < features.size(); ++f) {
        MIZAN_TRY(feature, samplerFor(features[f], lead[f]));
        sampled.push_back(std::move(feature));
    }

    // Sample row-major: row 0 is the lead itself; every other row draws each feature's bin or
    // category by training frequency, then a numeric value inside the drawn bin. The binary row
    // says which features kept the lead's own bin or category.
    const qint64 rows = options.samples;
    const auto cols = static_cast<size_t>(featureCount);
    const int width = space.inputCount();
    std::vector<uint8_t> binary(static_cast<size_t>(rows) * cols, 1);
    std::vector<double> labels(static_cast<size_t>(rows));
    std::vector<float> batch(static_cast<size_t>(std::min(rows, kBatchRows)) * size_t(width));
    std::mt19937_64 generator(options.seed);
    Lead sample = lead;
    for (qint64 first = 0; first < rows; first += kBatchRows) {
        const qint64 count = std::min(kBatchRows, rows - first);
        for (qint64 r = 0; r < count; ++r) {
            const qint64 row = first + r;
            if (row > 0) {
                uint8_t *bits = binary.data() + static_cast<size_t>(row) * cols;
                FeatureValue *values = sample.data();
                for (const SampledFeature &feature : sampled) {
                    const int value = feature.draw(generator);
                    *bits++ = value == feature.own ? 1 : 0;
                    if (!feature.numeric)
                        values->category = value - 1;
                    else if (value == static_cast<int>(feature.bins.size()))
                        values->number = std::numeric_limits<double>::quiet_NaN();
                    else
                        values->number = feature.bins.data()[value].draw(uniform(generator));
                    ++values;
                }
            }
            space.encode(row == 0 ? lead : sample, batch.data() + r * width);
        }
        predict(batch.data(), count, width, labels.data() + first);
    }
    for (double p : labels) {
        if (!std::isfinite(p))
            return fail(ErrorCode::Model,
                        Tr::tr("The model returned no probability for a LIME sample."));
    }

    // Kernel weights: the distance to row 0 (all ones) is the square root of the zeros in a row.
    const double kernelWidth = options.kernelWidth > 0.0 ? options.kernelWidth
                                                         : 0.75 * std::sqrt(double(featureCount));
    std::vector<double> kernel(cols + 1);
    for (size_t zeros = 0; zeros <= cols; ++zeros)
        kernel[zeros] = std::sqrt(std::exp(-double(zeros) / (kernelWidth * kernelWidth)));
    std::vector<double> weights(static_cast<size_t>(rows));
    for (qint64 i = 0; i < rows; ++i) {
        const uint8_t *bits = binary.data() + static_cast<size_t>(i) * cols;
        weights[static_cast<size_t>(i)] = kernel[cols - std::accumulate(bits, bits + cols, 0u)];
    }
    const auto bit = [&binary, cols](qint64 i, size_t j) {
        return double(binary.data()[static_cast<size_t>(i) * cols + j]);
    };
    const Moments moments = momentsOf(rows, featureCount, bit, labels.data(), weights.data());

    LimeOptions::Selection selection = options.selection;
    if (selection == LimeOptions::Selection::Auto)
        selection = options.numFeatures <= 6 ? LimeOptions::Selection::ForwardSelection
                                             : LimeOptions::Selection::HighestWeights;
    std::vector<int> used;
    if (selection == LimeOptions::Selection::ForwardSelection) {
        used = forwardSelection(moments, options.numFeatures);
    } else if (selection == LimeOptions::Selection::HighestWeights) {
        used = highestWeights(moments, options.numFeatures);
    } else {
        used.resize(cols);
        std::iota(used.begin(), used.end(), 0);
    }

    const RidgeFit fit = fitSubset(moments, used, 1.0);
    LimeExplanation explanation;
    explanation.intercept = fit.intercept;
    explanation.localPrediction = fit.intercept;
    for (double c : fit.coef)
        explanation.localPrediction += c;
    // The score as sklearn computes it, on the samples (not from the moments).
    double residual = 0.0;
    double total = 0.0;
    for (qint64 i = 0; i < rows; ++i) {
        const uint8_t *bits = binary.data() + static_cast<size_t>(i) * cols;
        double predicted = fit.intercept;
        for (size_t j = 0; j < used.size(); ++j)
            predicted += fit.coef[j] * bits[static_cast<size_t>(used[j])];
        const double y = labels[static_cast<size_t>(i)];
        const double w = weights[static_cast<size_t>(i)];
        residual += w * (y - predicted) * (y - predicted);
        total += w * (y - moments.meanY) * (y - moments.meanY);
    }
    explanation.score = rSquared(residual, total);
    for (size_t j = 0; j < used.size(); ++j) {
        const auto f = static_cast<size_t>(used[j]);
        explanation.weights.push_back(
            LimeWeight{used[j], conditionOf(features[f], lead[f]), fit.coef[j]});
    }
    std::stable_sort(explanation.weights.begin(),
                     explanation.weights.end(),
                     [](const LimeWeight &a, const LimeWeight &b) {
                         return std::abs(a.weight) > std::abs(b.weight);
                     });
    explanation.modelPrediction = labels[0];
    explanation.seed = options.seed;
    explanation.samples = options.samples;
    explanation.kernelWidth = kernelWidth;
    return explanation;
}

} // namespace

// Phi^-1(p) by Wichura's AS241 (PPND16, Applied Statistics 37, 1988): about 1e-16 relative, and
// in the central region (0.075 < p < 0.925) one rational function with no logarithm or
// exponential, which made it three times faster than a refined approximation here.
double normalQuantile(double p)
{
    if (!(p > 0.0))
        return -std::numeric_limits<double>::infinity();
    if (!(p < 1.0))
        return std::numeric_limits<double>::infinity();
    const auto ratio = [](const double(&num)[8], const double(&den)[8], double r) {
        double n = num[7];
        double d = den[7];
        for (int i = 6; i >= 0; --i) {
            n = n * r + num[i];
            d = d * r + den[i];
        }
        return n / d;
    };
    static constexpr double a[8] = {3.3871328727963666080e0,
                                    1.3314166789178437745e+2,
                                    1.9715909503065514427e+3,
                                    1.3731693765509461125e+4,
                                    4.5921953931549871457e+4,
                                    6.7265770927008700853e+4,
                                    3.3430575583588128105e+4,
                                    2.5090809287301226727e+3};
    static constexpr double b[8] = {1.0,
                                    4.2313330701600911252e+1,
                                    6.8718700749205790830e+2,
                                    5.3941960214247511077e+3,
                                    2.1213794301586595867e+4,
                                    3.9307895800092710610e+4,
                                    2.8729085735721942674e+4,
                                    5.2264952788528545610e+3};
    static constexpr double c[8] = {1.42343711074968357734e0,
                                    4.63033784615654529590e0,
                                    5.76949722146069140550e0,
                                    3.64784832476320460504e0,
                                    1.27045825245236838258e0,
                                    2.41780725177450611770e-1,
                                    2.27238449892691845833e-2,
                                    7.74545014278341407640e-4};
    static constexpr double d[8] = {1.0,
                                    2.05319162663775882187e0,
                                    1.67638483018380384940e0,
                                    6.89767334985100004550e-1,
                                    1.48103976427480074590e-1,
                                    1.51986665636164571966e-2,
                                    5.47593808499534494600e-4,
                                    1.05075007164441684324e-9};
    static constexpr double e[8] = {6.65790464350110377720e0,
                                    5.46378491116411436990e0,
                                    1.78482653991729133580e0,
                                    2.96560571828504891230e-1,
                                    2.65321895265761230930e-2,
                                    1.24266094738807843860e-3,
                                    2.71155556874348757815e-5,
                                    2.01033439929228813265e-7};
    static constexpr double f[8] = {1.0,
                                    5.99832206555887937690e-1,
                                    1.36929880922735805310e-1,
                                    1.48753612908506148525e-2,
                                    7.86869131145613259100e-4,
                                    1.84631831751005468180e-5,
                                    1.42151175831644588870e-7,
                                    2.04426310338993978564e-15};
    const double q = p - 0.5;
    if (std::abs(q) <= 0.425)
        return q * ratio(a, b, 0.180625 - q * q);
    // The tail: r from the smaller of p and 1 - p.
    const double r = std::sqrt(-std::log(q < 0.0 ? p : 1.0 - p));
    const double x = r <= 5.0 ? ratio(c, d, r - 1.6) : ratio(e, f, r - 5.0);
    return q < 0.0 ? -x : x;
}

Result<RidgeFit> fitWeightedRidge(const std::vector<double> &x,
                                  int cols,
                                  const std::vector<double> &y,
                                  const std::vector<double> &w,
                                  double alpha)
{
    const auto rows = static_cast<qint64>(y.size());
    if (cols < 1 || rows < 1 || w.size() != y.size()
        || x.size() != static_cast<size_t>(rows) * static_cast<size_t>(cols))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("A ridge fit needs rows x columns values and one target and one "
                           "weight per row."));
    if (!(alpha >= 0.0) || std::any_of(w.begin(), w.end(), [](double v) { return !(v >= 0.0); })
        || !(std::accumulate(w.begin(), w.end(), 0.0) > 0.0))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("A ridge fit needs alpha >= 0 and non-negative weights that do not "
                           "sum to 0."));
    const auto at = [&](qint64 i, size_t j) {
        return x[static_cast<size_t>(i) * static_cast<size_t>(cols) + j];
    };
    const Moments moments = momentsOf(rows, cols, at, y.data(), w.data());
    std::vector<int> all(static_cast<size_t>(cols));
    std::iota(all.begin(), all.end(), 0);
    RidgeFit fit = fitSubset(moments, all, alpha);
    double residual = 0.0;
    double total = 0.0;
    for (qint64 i = 0; i < rows; ++i) {
        double predicted = fit.intercept;
        for (int j = 0; j < cols; ++j)
            predicted += fit.coef[static_cast<size_t>(j)] * at(i, static_cast<size_t>(j));
        const auto r = static_cast<size_t>(i);
        residual += w[r] * (y[r] - predicted) * (y[r] - predicted);
        total += w[r] * (y[r] - moments.meanY) * (y[r] - moments.meanY);
    }
    fit.score = rSquared(residual, total);
    return fit;
}

Result<LimeExplanation> explainLime(const FeatureSpace &space,
                                    const Lead &lead,
                                    const BatchPredictor &predict,
                                    const LimeOptions &options)
{
    if (!space.hasTrainingStats())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The model bundle carries no training summary; LIME needs the "
                           "training distribution."));
    if (lead.size() != static_cast<size_t>(space.featureCount()))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The lead has %1 feature values; the model has %2 features.")
                        .arg(lead.size())
                        .arg(space.featureCount()));
    for (size_t f = 0; f < lead.size(); ++f) {
        const FeatureInfo &info = space.features()[f];
        if (info.type == FeatureType::Categorical
            && (lead[f].category < -1 || lead[f].category >= info.categories.size()))
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("The lead's value of '%1' is not one of its categories.")
                            .arg(info.column));
    }
    if (options.samples < 2 || options.samples > kMaxSamples)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("LIME needs 2 to %1 samples, not %2.")
                        .arg(kMaxSamples)
                        .arg(options.samples));
    if (options.numFeatures < 1)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("LIME needs at least one feature to explain with, not %1.")
                        .arg(options.numFeatures));
    if (!(options.kernelWidth >= 0.0) || !std::isfinite(options.kernelWidth))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The LIME kernel width must be a positive number (or 0 for the "
                           "default)."));
    if (!predict)
        return fail(ErrorCode::Internal, Tr::tr("LIME was given no model to explain."));
    try {
        return explainUnguarded(space, lead, predict, options);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::LimitExceeded, Tr::tr("LIME ran out of memory."));
    } catch (const std::exception &e) {
        return fail(ErrorCode::Internal,
                    Tr::tr("LIME failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

QJsonObject LimeExplanation::toJson(const FeatureSpace &space) const
{
    QJsonArray list;
    for (const LimeWeight &w : weights) {
        const QString column = w.feature >= 0 && w.feature < space.featureCount()
                                   ? space.features()[static_cast<size_t>(w.feature)].column
                                   : QString();
        list.append(QJsonObject{{QStringLiteral("feature"), column},
                                {QStringLiteral("condition"), w.condition},
                                {QStringLiteral("weight"), w.weight}});
    }
    constexpr quint64 kExactInJson = quint64(1) << 53;
    return QJsonObject{
        {QStringLiteral("method"), QStringLiteral("lime")},
        {QStringLiteral("seed"),
         seed <= kExactInJson ? QJsonValue(static_cast<qint64>(seed))
                              : QJsonValue(QString::number(seed))},
        {QStringLiteral("samples"), samples},
        {QStringLiteral("kernel_width"), kernelWidth},
        {QStringLiteral("intercept"), intercept},
        {QStringLiteral("local_prediction"), localPrediction},
        {QStringLiteral("score"), score},
        {QStringLiteral("model_prediction"), modelPrediction},
        {QStringLiteral("weights"), list},
    };
}

} // namespace mizan
