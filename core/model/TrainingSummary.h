#pragma once

#include "data/Dataset.h"

#include <QJsonObject>

#include <span>

namespace mizan {

/**
 * @brief Per-feature statistics of the training rows, kept in the model bundle: LIME's
 * discretisation, counterfactual ranges and drift checks need them after the data is gone.
 *
 * Numeric: count, missing, min, q1, median, q3, max, mean, std (quartiles by linear
 * interpolation, as numpy.percentile). Categorical: count, missing and the frequency of every
 * category. The JSON holds no row-level values.
 */
QJsonObject summariseTraining(const Dataset &data, std::span<const qint64> rows);

/** @brief numpy.percentile's default (linear) on sorted values; q in [0, 100]. */
double percentileSorted(std::span<const double> sorted, double q);

} // namespace mizan
