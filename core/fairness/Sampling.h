#pragma once

#include <QtGlobal>

#include <random>
#include <span>

namespace mizan::sampling {

/**
 * @brief Seeded randomness that gives the same numbers on every machine and standard library:
 * std::mt19937_64's output is fixed by the C++ standard, and every distribution here is our own
 * (std::uniform_int_distribution, std::binomial_distribution and friends are not portable).
 * All functions are pure apart from advancing the generator passed in.
 */

/** @brief The generator of resample `index` of a job seeded with `seed`: independent of which
 * thread draws it, so results do not depend on the thread count. */
std::mt19937_64 resampleGenerator(quint64 seed, quint64 index);

/** @brief A uniform integer in [0, n) (Lemire's multiply-and-reject; exact); n > 0. */
quint64 uniformBelow(std::mt19937_64 &generator, quint64 n);

/**
 * @brief Uniform indices in [0, n) for 0 < n < 2^32, two per 64-bit draw: Lemire's
 * multiply-and-reject on each 32-bit half (low half first). Exact; the bootstrap's row draws.
 */
class IndexSampler
{
public:
    explicit IndexSampler(std::mt19937_64 &generator)
        : m_generator(generator)
    {}

    quint32 below(quint32 n)
    {
        quint64 m = quint64(next()) * n;
        auto low = static_cast<quint32>(m);
        if (low < n) {
            const quint32 t = (0u - n) % n; // 2^32 mod n: the biased low values
            while (low < t) {
                m = quint64(next()) * n;
                low = static_cast<quint32>(m);
            }
        }
        return static_cast<quint32>(m >> 32);
    }

private:
    quint32 next()
    {
        if (m_hasHalf) {
            m_hasHalf = false;
            return m_half;
        }
        const quint64 x = m_generator();
        m_half = static_cast<quint32>(x >> 32);
        m_hasHalf = true;
        return static_cast<quint32>(x);
    }

    std::mt19937_64 &m_generator;
    quint32 m_half = 0;
    bool m_hasHalf = false;
};

/** @brief A uniform double in the open interval (0, 1), 53 random bits. */
double uniformOpen(std::mt19937_64 &generator);

/**
 * @brief A Binomial(n, p) variate: inversion by geometric waiting times when n * min(p, 1 - p)
 * < 10, else Hoermann's BTRS transformed rejection with squeeze (1993). Exact in distribution;
 * n < 0 or p <= 0 gives 0, p >= 1 gives n.
 */
qint64 binomial(std::mt19937_64 &generator, qint64 n, double p);

/**
 * @brief A Multinomial(n, weights / sum(weights)) variate into `out` (same size as weights), by
 * conditional binomials in index order. Weights are non-negative counts; all zero gives zeros.
 */
void multinomial(std::mt19937_64 &generator,
                 qint64 n,
                 std::span<const qint64> weights,
                 std::span<qint64> out);

/**
 * @brief numpy's default ("linear") percentile of ascending `sorted` values at q in [0, 1]:
 * v[lo] + (v[lo + 1] - v[lo]) x frac at position q x (size - 1). NaN for no values.
 */
double percentile(std::span<const double> sorted, double q);

} // namespace mizan::sampling
