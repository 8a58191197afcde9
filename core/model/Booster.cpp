#include "model/Booster.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <xgboost/c_api.h>

#include <cstring>
#include <mutex>

namespace mizan {

namespace {

/**
 * XGBoost's message, first line only and without its "[time] file:line: " prefix; the whole
 * text (with XGBoost's stack trace) goes into the error's detail.
 */
Error xgbError(const char *what)
{
    const QString full = QString::fromUtf8(XGBGetLastError()).trimmed();
    QString reason = full.section(u'\n', 0, 0).trimmed();
    static const QRegularExpression prefix(QStringLiteral(R"(^\[[0-9:]+\]\s+\S+:\d+:\s*)"));
    reason.remove(prefix);
    return makeError(ErrorCode::Model,
                     QCoreApplication::translate("mizan::Booster", "XGBoost could not %1: %2")
                         .arg(QLatin1String(what), reason),
                     full);
}

#define XGB_CHECK(call, what) \
    do { \
        if ((call) != 0) \
            return std::unexpected(xgbError(what)); \
    } while (false)

void quietXgboost()
{
    static std::once_flag once;
    std::call_once(once, [] { XGBSetGlobalConfig(R"({"verbosity": 0})"); });
}

QByteArray arrayInterface(const void *data, qint64 rows, int columns)
{
    return QByteArrayLiteral(R"({"data": [)")
           + QByteArray::number(static_cast<qulonglong>(reinterpret_cast<quintptr>(data)))
           + QByteArrayLiteral(R"(, true], "shape": [)") + QByteArray::number(rows) + ", "
           + QByteArray::number(columns)
           + QByteArrayLiteral(R"(], "strides": null, "typestr": "<f4", "version": 3})");
}

/** XGBoost's prediction types: 0 value, 1 margin, 2 contributions (SHAP). */
QByteArray predictConfig(int type, bool inplace)
{
    QByteArray config = QByteArrayLiteral(R"({"type": )") + QByteArray::number(type)
                        + QByteArrayLiteral(R"(, "training": false, "iteration_begin": 0, )"
                                            R"("iteration_end": 0, "strict_shape": false)");
    if (inplace)
        config += QByteArrayLiteral(R"(, "missing": NaN, "cache_id": 0)");
    return config + '}';
}

/** UTF-8 copies of strings and a C array pointing into them, alive as long as the object. */
struct CStrings
{
    explicit CStrings(const QStringList &strings)
    {
        utf8.reserve(static_cast<size_t>(strings.size()));
        for (const QString &s : strings)
            utf8.push_back(s.toUtf8());
        for (const QByteArray &s : utf8)
            pointers.push_back(s.constData());
    }
    std::vector<QByteArray> utf8;
    std::vector<const char *> pointers;
};

} // namespace

DMatrix::~DMatrix()
{
    if (m_handle)
        XGDMatrixFree(m_handle);
}

DMatrix &DMatrix::operator=(DMatrix &&other) noexcept
{
    if (this != &other) {
        if (m_handle)
            XGDMatrixFree(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

Result<DMatrix> DMatrix::fromDense(const float *data, qint64 rows, int columns, int nthread)
{
    quietXgboost();
    DMatrix matrix;
    XGB_CHECK(XGDMatrixCreateFromMat_omp(data,
                                         static_cast<bst_ulong>(rows),
                                         static_cast<bst_ulong>(columns),
                                         std::numeric_limits<float>::quiet_NaN(),
                                         &matrix.m_handle,
                                         nthread),
              "build a data matrix");
    return matrix;
}

Result<> DMatrix::setLabels(std::span<const float> labels)
{
    XGB_CHECK(XGDMatrixSetFloatInfo(m_handle,
                                    "label",
                                    labels.data(),
                                    static_cast<bst_ulong>(labels.size())),
              "set the labels");
    return {};
}

Result<> DMatrix::setFeatureNames(const QStringList &names)
{
    CStrings strings(names);
    XGB_CHECK(XGDMatrixSetStrFeatureInfo(m_handle,
                                         "feature_name",
                                         strings.pointers.data(),
                                         static_cast<bst_ulong>(names.size())),
              "set the feature names");
    return {};
}

Booster::~Booster()
{
    if (m_handle)
        XGBoosterFree(m_handle);
}

Booster &Booster::operator=(Booster &&other) noexcept
{
    if (this != &other) {
        if (m_handle)
            XGBoosterFree(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

Result<Booster> Booster::create(std::span<const DMatrix *const> cache)
{
    quietXgboost();
    std::vector<DMatrixHandle> handles;
    for (const DMatrix *m : cache)
        handles.push_back(m->handle());
    Booster booster;
    XGB_CHECK(XGBoosterCreate(handles.data(),
                              static_cast<bst_ulong>(handles.size()),
                              &booster.m_handle),
              "create a booster");
    return booster;
}

Result<Booster> Booster::fromJson(const QByteArray &json, int nthread)
{
    quietXgboost();
    Booster booster;
    XGB_CHECK(XGBoosterCreate(nullptr, 0, &booster.m_handle), "create a booster");
    XGB_CHECK(XGBoosterLoadModelFromBuffer(booster.m_handle,
                                           json.constData(),
                                           static_cast<bst_ulong>(json.size())),
              "load the model");
    MIZAN_CHECK(booster.setParam(QStringLiteral("nthread"), QString::number(nthread)));
    return booster;
}

Result<> Booster::setParam(const QString &name, const QString &value)
{
    XGB_CHECK(XGBoosterSetParam(m_handle, name.toUtf8().constData(), value.toUtf8().constData()),
              "set a training parameter");
    return {};
}

Result<> Booster::updateOneIter(int iteration, const DMatrix &train)
{
    XGB_CHECK(XGBoosterUpdateOneIter(m_handle, iteration, train.handle()), "train a round");
    return {};
}

Result<QString> Booster::evalOneIter(int iteration,
                                     std::span<const DMatrix *const> matrices,
                                     const QStringList &names)
{
    std::vector<DMatrixHandle> handles;
    std::vector<QByteArray> utf8;
    std::vector<const char *> pointers;
    for (const DMatrix *m : matrices)
        handles.push_back(m->handle());
    for (const QString &name : names)
        utf8.push_back(name.toUtf8());
    for (const QByteArray &name : utf8)
        pointers.push_back(name.constData());
    const char *out = nullptr;
    XGB_CHECK(XGBoosterEvalOneIter(m_handle,
                                   iteration,
                                   handles.data(),
                                   pointers.data(),
                                   static_cast<bst_ulong>(handles.size()),
                                   &out),
              "evaluate a round");
    return QString::fromUtf8(out);
}

Result<QByteArray> Booster::saveJson() const
{
    bst_ulong length = 0;
    const char *data = nullptr;
    XGB_CHECK(XGBoosterSaveModelToBuffer(m_handle, R"({"format": "json"})", &length, &data),
              "save the model");
    return QByteArray(data, static_cast<qsizetype>(length)); // copy: the buffer is reused
}

Result<Booster> Booster::slice(int begin, int end) const
{
    Booster out;
    XGB_CHECK(XGBoosterSlice(m_handle, begin, end, 1, &out.m_handle), "slice the model");
    return out;
}

Result<int> Booster::boostedRounds() const
{
    int rounds = 0;
    XGB_CHECK(XGBoosterBoostedRounds(m_handle, &rounds), "count the rounds");
    return rounds;
}

Result<qint64> Booster::featureCount() const
{
    bst_ulong count = 0;
    XGB_CHECK(XGBoosterGetNumFeature(m_handle, &count), "count the features");
    return static_cast<qint64>(count);
}

Result<QStringList> Booster::featureNames() const
{
    bst_ulong count = 0;
    const char **names = nullptr;
    XGB_CHECK(XGBoosterGetStrFeatureInfo(m_handle, "feature_name", &count, &names),
              "read the feature names");
    QStringList list;
    for (bst_ulong i = 0; i < count; ++i)
        list.append(QString::fromUtf8(names[i]));
    return list;
}

Result<> Booster::setFeatureNames(const QStringList &names)
{
    CStrings strings(names);
    CStrings types(QStringList(names.size(), QStringLiteral("float")));
    XGB_CHECK(XGBoosterSetStrFeatureInfo(m_handle,
                                         "feature_name",
                                         strings.pointers.data(),
                                         static_cast<bst_ulong>(names.size())),
              "set the feature names");
    XGB_CHECK(XGBoosterSetStrFeatureInfo(m_handle,
                                         "feature_type",
                                         types.pointers.data(),
                                         static_cast<bst_ulong>(names.size())),
              "set the feature types");
    return {};
}

Result<std::vector<float>> Booster::predict(const DMatrix &data, bool margin) const
{
    const bst_ulong *shape = nullptr;
    bst_ulong dim = 0;
    const float *result = nullptr;
    const QByteArray config = predictConfig(margin ? 1 : 0, false);
    XGB_CHECK(XGBoosterPredictFromDMatrix(m_handle,
                                          data.handle(),
                                          config.constData(),
                                          &shape,
                                          &dim,
                                          &result),
              "predict");
    bst_ulong size = 1;
    for (bst_ulong i = 0; i < dim; ++i)
        size *= shape[i];
    return std::vector<float>(result, result + size); // copy at once: XGBoost reuses the buffer
}

Result<std::vector<double>> Booster::predictContributions(const DMatrix &data) const
{
    const bst_ulong *shape = nullptr;
    bst_ulong dim = 0;
    const float *result = nullptr;
    const QByteArray config = predictConfig(2, false);
    XGB_CHECK(XGBoosterPredictFromDMatrix(m_handle,
                                          data.handle(),
                                          config.constData(),
                                          &shape,
                                          &dim,
                                          &result),
              "predict contributions");
    bst_ulong size = 1;
    for (bst_ulong i = 0; i < dim; ++i)
        size *= shape[i];
    return std::vector<double>(result, result + size); // copy at once: XGBoost reuses the buffer
}

Result<> Booster::predictDense(
    const float *data, qint64 rows, int columns, bool margin, float *out) const
{
    if (rows == 0)
        return {};
    const bst_ulong *shape = nullptr;
    bst_ulong dim = 0;
    const float *result = nullptr;
    const QByteArray values = arrayInterface(data, rows, columns);
    const QByteArray config = predictConfig(margin ? 1 : 0, true);
    XGB_CHECK(XGBoosterPredictFromDense(
                  m_handle, values.constData(), config.constData(), nullptr, &shape, &dim, &result),
              "predict");
    bst_ulong size = 1;
    for (bst_ulong i = 0; i < dim; ++i)
        size *= shape[i];
    if (size != static_cast<bst_ulong>(rows))
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("mizan::Booster",
                                                "XGBoost returned %1 predictions for %2 rows")
                        .arg(size)
                        .arg(rows));
    std::memcpy(out, result, sizeof(float) * static_cast<size_t>(rows));
    return {};
}

QString Booster::libraryVersion()
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace mizan
