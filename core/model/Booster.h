#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <span>
#include <utility>
#include <vector>

namespace mizan {

/**
 * @brief An XGBoost DMatrix (RAII). Built from a dense row-major float matrix where NaN marks a
 * missing value and 0 is an ordinary value (as numpy/pandas input gives XGBoost).
 */
class DMatrix
{
public:
    DMatrix() = default;
    ~DMatrix();
    DMatrix(DMatrix &&other) noexcept
        : m_handle(std::exchange(other.m_handle, nullptr))
    {}
    DMatrix &operator=(DMatrix &&other) noexcept;
    DMatrix(const DMatrix &) = delete;
    DMatrix &operator=(const DMatrix &) = delete;

    static Result<DMatrix> fromDense(const float *data, qint64 rows, int columns, int nthread);
    Result<> setLabels(std::span<const float> labels);
    Result<> setFeatureNames(const QStringList &names);
    void *handle() const { return m_handle; }

private:
    void *m_handle = nullptr;
};

/**
 * @brief RAII over an XGBoost booster through its C API; the only code that includes
 * xgboost/c_api.h. Every failure becomes an Error carrying XGBGetLastError().
 *
 * Threading: prediction from several threads on one booster is safe (XGBoost >= 1.4, gbtree);
 * training and predicting on the same booster at the same time is not. Results are copied out
 * of XGBoost's reused buffers before returning. Model bytes are always JSON.
 */
class Booster
{
public:
    Booster() = default;
    ~Booster();
    Booster(Booster &&other) noexcept
        : m_handle(std::exchange(other.m_handle, nullptr))
    {}
    Booster &operator=(Booster &&other) noexcept;
    Booster(const Booster &) = delete;
    Booster &operator=(const Booster &) = delete;

    /** @brief A new booster for training, caching the given matrices. */
    static Result<Booster> create(std::span<const DMatrix *const> cache);
    /** @brief Loads XGBoost JSON model bytes (validate untrusted bytes with XgbModel first). */
    static Result<Booster> fromJson(const QByteArray &json, int nthread);

    Result<> setParam(const QString &name, const QString &value);
    Result<> updateOneIter(int iteration, const DMatrix &train);
    /** @brief Evaluation text for one round, e.g. "[3]\tvalid-auc:0.78"; names pair with matrices. */
    Result<QString> evalOneIter(int iteration,
                                std::span<const DMatrix *const> matrices,
                                const QStringList &names);
    Result<QByteArray> saveJson() const;
    /** @brief A booster with rounds [begin, end). */
    Result<Booster> slice(int begin, int end) const;
    Result<int> boostedRounds() const;
    Result<qint64> featureCount() const;
    Result<QStringList> featureNames() const;
    /** @brief Stores feature names (and type "float") in the model, as the Python package does. */
    Result<> setFeatureNames(const QStringList &names);

    /** @brief Predicts margins (or probabilities) for a DMatrix; a copy of XGBoost's buffer. */
    Result<std::vector<float>> predict(const DMatrix &data, bool margin) const;
    /**
     * @brief XGBoost's own TreeSHAP (pred_contribs): rows x (features + 1) values, the last the
     * bias; computed in float by XGBoost. The cross-check of the native TreeShap.
     */
    Result<std::vector<double>> predictContributions(const DMatrix &data) const;
    /**
     * @brief In-place prediction from a dense row-major matrix (no DMatrix built); writes `rows`
     * values to `out`. `nthread` threads of XGBoost's own pool.
     */
    Result<> predictDense(const float *data, qint64 rows, int columns, bool margin, float *out) const;

    /** @brief The XGBoost library version, e.g. "1.7.4". */
    static QString libraryVersion();

private:
    void *m_handle = nullptr;
};

} // namespace mizan
