#pragma once

#include "common/Result.h"

#include <QString>

#include <vector>

namespace mizan {

/**
 * @brief A reproducible division of rows into a training and a test (or validation) part.
 *
 * Text forms (the CLI's `--split`): `mod:K:R` (rows whose 0-based index % K == R are test),
 * `random:F:SEED` (a seeded random fraction F, the same on every machine), `tail:F` (the last
 * fraction F in file order), `none`.
 */
struct SplitSpec
{
    enum class Kind { None, Modulo, Random, Tail };
    Kind kind = Kind::None;
    int modulus = 0;
    int remainder = 0;
    double fraction = 0.0;
    quint64 seed = 0;

    static Result<SplitSpec> parse(const QString &text);
    QString toString() const;
    bool operator==(const SplitSpec &) const = default;
};

struct SplitRows
{
    std::vector<qint64> train;
    std::vector<qint64> test;
};

/** @brief Splits the rows `0..rowCount-1` (both parts ascending). */
SplitRows splitRows(const SplitSpec &split, qint64 rowCount);
/** @brief Splits a list of rows by position in the list (for a validation part of the training rows). */
SplitRows splitRows(const SplitSpec &split, const std::vector<qint64> &rows);

/** @brief SplitMix64: a small, well-mixed, platform-independent generator step. */
quint64 splitMix64(quint64 x);

} // namespace mizan
