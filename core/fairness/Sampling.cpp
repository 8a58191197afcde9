#include "fairness/Sampling.h"

#include "data/Split.h"

#include <cmath>
#include <limits>

namespace mizan::sampling {

namespace {

__extension__ using Uint128 = unsigned __int128;

/**
 * log(k!) - [log(sqrt(2 pi)) + (k + 1/2) log(k + 1) - (k + 1)]: the Stirling tail BTRS needs;
 * tabulated to k = 9, then its series.
 */
double stirlingTail(double k)
{
    static constexpr double kTail[] = {0.08106146679532733,
                                       0.04134069595540946,
                                       0.027677925684997717,
                                       0.020790672103765395,
                                       0.016644691189820815,
                                       0.013876128823072875,
                                       0.011896709945893313,
                                       0.010411265261971892,
                                       0.009255462182707674,
                                       0.008330563433357696};
    if (k <= 9.0)
        return kTail[static_cast<int>(k)];
    const double kp1sq = (k + 1.0) * (k + 1.0);
    return (1.0 / 12.0 - (1.0 / 360.0 - 1.0 / 1260.0 / kp1sq) / kp1sq) / (k + 1.0);
}

/** Successes among n trials counted by geometric waiting times: about n p + 1 draws. */
qint64 binomialInversion(std::mt19937_64 &generator, qint64 n, double p)
{
    const double logQ = std::log1p(-p);
    qint64 successes = 0;
    double trials = 0.0;
    for (;;) {
        trials += std::ceil(std::log(uniformOpen(generator)) / logQ);
        if (trials > double(n))
            return successes;
        ++successes;
    }
}

/** Hoermann's BTRS for n p >= 10 and p <= 1/2. */
qint64 binomialBtrs(std::mt19937_64 &generator, qint64 count, double p)
{
    const double n = double(count);
    const double spq = std::sqrt(n * p * (1.0 - p));
    const double b = 1.15 + 2.53 * spq;
    const double a = -0.0873 + 0.0248 * b + 0.01 * p;
    const double c = n * p + 0.5;
    const double vr = 0.92 - 4.2 / b;
    const double r = p / (1.0 - p);
    const double alpha = (2.83 + 5.1 / b) * spq;
    const double m = std::floor((n + 1.0) * p);
    for (;;) {
        const double u = uniformOpen(generator) - 0.5;
        double v = uniformOpen(generator);
        const double us = 0.5 - std::fabs(u);
        const double k = std::floor((2.0 * a / us + b) * u + c);
        if (k < 0.0 || k > n)
            continue;
        if (us >= 0.07 && v <= vr)
            return static_cast<qint64>(k);
        v = std::log(v * alpha / (a / (us * us) + b));
        const double bound = (m + 0.5) * std::log((m + 1.0) / (r * (n - m + 1.0)))
                             + (n + 1.0) * std::log((n - m + 1.0) / (n - k + 1.0))
                             + (k + 0.5) * std::log(r * (n - k + 1.0) / (k + 1.0)) + stirlingTail(m)
                             + stirlingTail(n - m) - stirlingTail(k) - stirlingTail(n - k);
        if (v <= bound)
            return static_cast<qint64>(k);
    }
}

} // namespace

std::mt19937_64 resampleGenerator(quint64 seed, quint64 index)
{
    return std::mt19937_64(mizan::splitMix64(mizan::splitMix64(seed) ^ mizan::splitMix64(~index)));
}

quint64 uniformBelow(std::mt19937_64 &generator, quint64 n)
{
    Uint128 m = Uint128(generator()) * n;
    auto low = static_cast<quint64>(m);
    if (low < n) {
        const quint64 t = (0 - n) % n; // 2^64 mod n: the biased low values
        while (low < t) {
            m = Uint128(generator()) * n;
            low = static_cast<quint64>(m);
        }
    }
    return static_cast<quint64>(m >> 64);
}

double uniformOpen(std::mt19937_64 &generator)
{
    return (static_cast<double>(generator() >> 11) + 0.5) * 0x1.0p-53;
}

qint64 binomial(std::mt19937_64 &generator, qint64 n, double p)
{
    if (n <= 0 || !(p > 0.0))
        return 0;
    if (p >= 1.0)
        return n;
    if (p > 0.5)
        return n - binomial(generator, n, 1.0 - p);
    if (double(n) * p < 10.0)
        return binomialInversion(generator, n, p);
    return binomialBtrs(generator, n, p);
}

void multinomial(std::mt19937_64 &generator,
                 qint64 n,
                 std::span<const qint64> weights,
                 std::span<qint64> out)
{
    qint64 remainingWeight = 0;
    for (qint64 w : weights)
        remainingWeight += w;
    qint64 remaining = n;
    for (size_t i = 0; i < weights.size(); ++i) {
        if (remaining == 0 || remainingWeight == 0) {
            out[i] = 0;
            continue;
        }
        const qint64 x = weights[i] >= remainingWeight
                             ? remaining
                             : binomial(generator,
                                        remaining,
                                        double(weights[i]) / double(remainingWeight));
        out[i] = x;
        remaining -= x;
        remainingWeight -= weights[i];
    }
}

double percentile(std::span<const double> sorted, double q)
{
    if (sorted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double position = q * double(sorted.size() - 1);
    const auto lo = static_cast<size_t>(std::floor(position));
    if (lo + 1 >= sorted.size())
        return sorted.back();
    const double fraction = position - double(lo);
    return sorted[lo] + (sorted[lo + 1] - sorted[lo]) * fraction;
}

} // namespace mizan::sampling
