#pragma once

#include <QtGlobal>

#include <functional>

namespace mizan {

/**
 * @brief The model as a black box for perturbation methods: probabilities of the positive class
 * for `count` model-input rows (row-major, `width` floats each, NaN = missing) into `out`.
 * Must be thread-safe (const) and deterministic.
 */
using BatchPredictor = std::function<void(const float *rows, qint64 count, int width, double *out)>;

} // namespace mizan
