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

/** Phi^-1(p): Acklam's rational approximation refined by one Halley step (~1e-15 relative). */
double normalQuantile(double p)
{
    if (!(p > 0.0))
        return -std::numeric_limits<double>::infinity();
    if (!(p < 1.0))
        return std::numeric_limits<double>::infinity();
    static constexpr double a[] = {-3.969683028665376e+01,
                                   2.209460984245205e+02,
                                   -2.759285104469687e+02,
                                   1.383577518672690e+02,
                                   -3.066479806614716e+01,
                                   2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01,
                                   1.615858368580409e+02,
                                   -1.556989798598866e+02,
                                   6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03,
                                   -3.223964580411365e-01,
                                   -2.400758277161838e+00,
                                   -2.549732539343734e+00,
                                   4.374664141464968e+00,
                                   2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03,
                                   3.224671290700398e-01,
                                   2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425;
    const auto tail = [&](double q) {
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
               / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    };
    double x = 0.0;
    if (p < low) {
        x = tail(std::sqrt(-2.0 * std::log(p)));
    } else if (p <= 1.0 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        x = -tail(std::sqrt(-2.0 * std::log1p(-p)));
    }
    if (std::abs(x) < 37.0) { // beyond, exp(x^2 / 2) overflows; Acklam alone is good there
        const double e = normalCdf(x) - p;
        const double u = e * 2.50662827463100050242 * std::exp(0.5 * x * x);
        x -= u / (1.0 + 0.5 * x * u);
    }
    return x;
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
