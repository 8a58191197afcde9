#pragma once

#include "common/Result.h"
#include "data/DatasetSpec.h"
#include "data/Encoder.h"
#include "data/Split.h"
#include "model/RiskBands.h"
#include "model/TrainParams.h"
#include "model/XgbModel.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace mizan {

/**
 * @brief A `mizan.model-bundle/1` file: everything needed to score, explain and govern one
 * model version. The XGBoost model JSON is embedded as a string, with its SHA-256; the dataset
 * spec, the frozen encoder, the training parameters and split, metrics, a training summary and
 * the SHA-256 of the training data travel with it (lineage).
 *
 * Loading treats the file as untrusted: the embedded model is validated (XgbModel::parse), its
 * hash must match (else ErrorCode::Integrity), and the encoder must agree with the model's
 * feature count and names. A value type; share it read-only across threads.
 */
struct ModelBundle
{
    static constexpr const char *kFormat = "mizan.model-bundle/1";
    static constexpr qint64 kMaxBytes = qint64(512) << 20;

    QString name;
    QString origin = QStringLiteral("trained"); ///< "trained" here or "imported"
    QDateTime created;                          ///< UTC
    QString createdBy;
    QString xgboostVersion;
    QString mizanVersion;
    QByteArray modelJson;         ///< the XGBoost model in Mizan's canonical JSON form
    QByteArray modelSha256;       ///< hex SHA-256 of modelJson
    QByteArray sourceModelSha256; ///< hex SHA-256 of the imported file as it was; empty if trained
    DatasetSpec spec;
    Encoder encoder;
    std::optional<TrainParams> params;
    std::optional<SplitSpec> split;
    RiskBands bands;
    QJsonObject metrics;         ///< {"train": {...}, "test": {...}} as BinaryMetrics::toJson
    QJsonObject trainingSummary; ///< summariseTraining()
    QJsonObject training;        ///< rows, rounds, best iteration, seconds
    QJsonValue fairnessSummary = QJsonValue(QJsonValue::Null);
    QByteArray trainingDataSha256; ///< hex SHA-256 of the training file; empty when imported
    QString trainingDataName;

    /** @brief The parsed, validated trees (filled by load/fromJson/import). */
    std::shared_ptr<const XgbModel> model;

    static Result<ModelBundle> load(const QString &path);
    static Result<ModelBundle> fromJson(const QByteArray &json, const QString &source);
    QByteArray toJson() const;
    /**
     * @brief SHA-256 (hex) of the canonical JSON of a bundle object without its bundle_sha256:
     * the seal toJson() writes and fromJson() checks (ErrorCode::Integrity when it differs).
     */
    static QByteArray sealOf(QJsonObject object);
    /** @brief Writes atomically (QSaveFile), mode 0600. */
    Result<> save(const QString &path) const;

    /**
     * @brief Wraps an external XGBoost JSON model: validated, its feature names matched to the
     * spec (or, without names, the spec's listed categories in canonical order).
     */
    static Result<ModelBundle> importXgboost(const QByteArray &modelJson,
                                             const QString &source,
                                             const DatasetSpec &spec);
    static Result<ModelBundle> importXgboostFile(const QString &path, const DatasetSpec &spec);

    enum class ModelForm {
        Canonicalize,    ///< an XGBoost file (imported or just trained): rewrite it canonically
        MustBeCanonical, ///< from a bundle: it must already be what Mizan writes
    };
    /**
     * @brief Validates XGBoost model JSON against the encoder and stores its canonical form
     * (XgbModel::toXgboostJson), its hash and the parsed trees (numbered as in that form).
     */
    Result<> setModel(const QByteArray &json, const QString &source, ModelForm form);
};

} // namespace mizan
