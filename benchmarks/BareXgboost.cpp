#include "BareXgboost.h"

#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QString>

#include <xgboost/c_api.h>

#include <limits>
#include <memory>
#include <utility>

namespace mizan::bench {

namespace {

struct DMatrixFree
{
    void operator()(void *handle) const { XGDMatrixFree(handle); }
};

Result<> xgbCheck(int rc, const char *what)
{
    if (rc == 0)
        return {};
    return fail(ErrorCode::Model,
                QStringLiteral("bare XGBoost could not %1: %2")
                    .arg(QLatin1String(what), QString::fromUtf8(XGBGetLastError())));
}

Result<> copyMargins(const bst_ulong *shape,
                     bst_ulong dim,
                     const float *result,
                     qint64 rows,
                     std::vector<float> &margins)
{
    bst_ulong size = 1;
    for (bst_ulong i = 0; i < dim; ++i)
        size *= shape[i];
    if (size != static_cast<bst_ulong>(rows))
        return fail(ErrorCode::Internal,
                    QStringLiteral("bare XGBoost returned %1 predictions for %2 rows")
                        .arg(size)
                        .arg(rows));
    margins.assign(result, result + rows); // copy before the next call reuses the buffer
    return {};
}

} // namespace

BareXgboost::~BareXgboost()
{
    if (m_booster)
        XGBoosterFree(m_booster);
}

BareXgboost::BareXgboost(BareXgboost &&other) noexcept
    : m_booster(std::exchange(other.m_booster, nullptr))
    , m_threads(other.m_threads)
{}

BareXgboost &BareXgboost::operator=(BareXgboost &&other) noexcept
{
    if (this != &other) {
        if (m_booster)
            XGBoosterFree(m_booster);
        m_booster = std::exchange(other.m_booster, nullptr);
        m_threads = other.m_threads;
    }
    return *this;
}

Result<BareXgboost> BareXgboost::load(const QByteArray &modelJson, int threads)
{
    BareXgboost bare;
    bare.m_threads = threads;
    MIZAN_CHECK(xgbCheck(XGBoosterCreate(nullptr, 0, &bare.m_booster), "create a booster"));
    MIZAN_CHECK(xgbCheck(XGBoosterLoadModelFromBuffer(bare.m_booster,
                                                      modelJson.constData(),
                                                      static_cast<bst_ulong>(modelJson.size())),
                         "load the model"));
    MIZAN_CHECK(xgbCheck(XGBoosterSetParam(bare.m_booster,
                                           "nthread",
                                           QByteArray::number(threads).constData()),
                         "set nthread"));
    return bare;
}

Result<BareTimes> BareXgboost::run(const std::vector<float> &matrix,
                                   qint64 rows,
                                   int width,
                                   std::vector<float> &margins) const
{
    QElapsedTimer timer;
    timer.start();
    DMatrixHandle handle = nullptr;
    MIZAN_CHECK(xgbCheck(XGDMatrixCreateFromMat_omp(matrix.data(),
                                                    static_cast<bst_ulong>(rows),
                                                    static_cast<bst_ulong>(width),
                                                    std::numeric_limits<float>::quiet_NaN(),
                                                    &handle,
                                                    m_threads),
                         "build the DMatrix"));
    const std::unique_ptr<void, DMatrixFree> dmatrix(handle);
    BareTimes times;
    times.create = secondsSince(timer);
    timer.restart();
    const char *config = R"({"type": 1, "training": false, "iteration_begin": 0, )"
                         R"("iteration_end": 0, "strict_shape": false})";
    const bst_ulong *shape = nullptr;
    bst_ulong dim = 0;
    const float *result = nullptr;
    MIZAN_CHECK(
        xgbCheck(XGBoosterPredictFromDMatrix(m_booster, handle, config, &shape, &dim, &result),
                 "predict"));
    MIZAN_CHECK(copyMargins(shape, dim, result, rows, margins));
    times.predict = secondsSince(timer);
    return times;
}

Result<double> BareXgboost::runInplace(const std::vector<float> &matrix,
                                       qint64 rows,
                                       int width,
                                       std::vector<float> &margins) const
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray array
        = QByteArrayLiteral(R"({"data": [)")
          + QByteArray::number(static_cast<qulonglong>(reinterpret_cast<quintptr>(matrix.data())))
          + QByteArrayLiteral(R"(, true], "shape": [)") + QByteArray::number(rows) + ", "
          + QByteArray::number(width)
          + QByteArrayLiteral(R"(], "strides": null, "typestr": "<f4", "version": 3})");
    const char *config = R"({"type": 1, "training": false, "iteration_begin": 0, )"
                         R"("iteration_end": 0, "strict_shape": false, "missing": NaN, )"
                         R"("cache_id": 0})";
    const bst_ulong *shape = nullptr;
    bst_ulong dim = 0;
    const float *result = nullptr;
    MIZAN_CHECK(xgbCheck(XGBoosterPredictFromDense(
                             m_booster, array.constData(), config, nullptr, &shape, &dim, &result),
                         "predict in place"));
    MIZAN_CHECK(copyMargins(shape, dim, result, rows, margins));
    return secondsSince(timer);
}

} // namespace mizan::bench
