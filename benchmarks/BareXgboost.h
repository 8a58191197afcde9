#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <vector>

namespace mizan::bench {

/** @brief Seconds spent by one bare run, split where the DMatrix is ready. */
struct BareTimes
{
    double create = 0;  ///< XGDMatrixCreateFromMat_omp
    double predict = 0; ///< XGBoosterPredictFromDMatrix plus copying the result out
    double total() const { return create + predict; }
};

/**
 * @brief The baseline Mizan's Scorer is measured against: XGBoost's C API called directly on a
 * matrix that is already encoded. Outside core, so it may include xgboost/c_api.h (inside core
 * only model/Booster.cpp does). Owns its booster; not thread-safe; errors carry XGBGetLastError().
 */
class BareXgboost
{
public:
    BareXgboost() = default;
    ~BareXgboost();
    BareXgboost(BareXgboost &&other) noexcept;
    BareXgboost &operator=(BareXgboost &&other) noexcept;
    BareXgboost(const BareXgboost &) = delete;
    BareXgboost &operator=(const BareXgboost &) = delete;

    /** @brief Loads XGBoost JSON model bytes and sets `nthread`. */
    static Result<BareXgboost> load(const QByteArray &modelJson, int threads);

    /**
     * @brief Builds a fresh DMatrix from the dense row-major `matrix` (NaN = missing) with
     * XGDMatrixCreateFromMat_omp, predicts margins (output type 1) into `margins` and frees the
     * DMatrix after the clock stopped. A fresh DMatrix each run keeps XGBoost's prediction cache
     * from answering a repeated run.
     */
    Result<BareTimes> run(const std::vector<float> &matrix,
                          qint64 rows,
                          int width,
                          std::vector<float> &margins) const;

    /**
     * @brief For context: XGBoosterPredictFromDense (in-place, no DMatrix) on the whole matrix,
     * the call Mizan's Scorer makes chunk by chunk. Returns the seconds, margins in `margins`.
     */
    Result<double> runInplace(const std::vector<float> &matrix,
                              qint64 rows,
                              int width,
                              std::vector<float> &margins) const;

private:
    void *m_booster = nullptr;
    int m_threads = 1;
};

} // namespace mizan::bench
