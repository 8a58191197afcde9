#pragma once

#include "common/Result.h"
#include "data/Dataset.h"

#include <QJsonObject>
#include <QStringList>

#include <span>
#include <vector>

namespace mizan {

/** @brief One model input: a numeric column as it is, or one category of a categorical column. */
struct EncodedFeature
{
    QString name;   ///< `column` or `column=value`
    QString column; ///< the spec feature it comes from
    FeatureType type = FeatureType::Numeric;
    QString category; ///< for one-hot inputs

    bool operator==(const EncodedFeature &) const = default;
};

class BoundEncoder;

/**
 * @brief Turns a lead's spec features into the model's input vector: numeric features as they
 * are (missing = NaN), categorical features one-hot, one input per category frozen at training,
 * with unseen and missing values encoded as all zeros.
 *
 * The canonical order (trained here) is the numeric features in spec order, then each
 * categorical block in spec order with its categories in byte order. An imported model keeps its
 * own order, matched to the spec by name. Immutable value type; thread-safe to share.
 */
class Encoder
{
public:
    /** @brief Freezes categories from the given rows of `data` (all rows when `rows` is empty). */
    static Result<Encoder> fit(const DatasetSpec &spec,
                               const Dataset &data,
                               std::span<const qint64> rows = {});
    /**
     * @brief Matches an external model's feature names (`column` or `column=value`) to the spec.
     * A spec feature the model lacks, or a model name that matches no spec feature, is an error
     * listing the names.
     */
    static Result<Encoder> fromFeatureNames(const DatasetSpec &spec, const QStringList &names);
    /** @brief The canonical encoder from the spec alone: every categorical feature must list its categories. */
    static Result<Encoder> fromSpecCategories(const DatasetSpec &spec);
    static Result<Encoder> fromJson(const QJsonObject &json,
                                    const DatasetSpec &spec,
                                    const QString &source);

    QJsonObject toJson() const;
    int featureCount() const { return static_cast<int>(m_features.size()); }
    const std::vector<EncodedFeature> &features() const { return m_features; }
    QStringList featureNames() const;

    /** @brief Prepares encoding of `data`; fails if a feature column is absent or of the wrong kind. */
    Result<BoundEncoder> bind(const Dataset &data) const;

    bool operator==(const Encoder &) const = default;

private:
    std::vector<EncodedFeature> m_features;
};

/**
 * @brief An Encoder tied to one Dataset's columns and dictionaries. Holds pointers into the
 * dataset, which must outlive it. encodeRows is const and thread-safe, so chunks can be encoded
 * in parallel.
 */
class BoundEncoder
{
public:
    int featureCount() const { return m_featureCount; }
    /** @brief Writes `count` rows starting at `first` row-major into `out` (count * featureCount floats). */
    void encodeRows(qint64 first, qint64 count, float *out) const;
    /** @brief Writes the listed rows row-major into `out`. */
    void encodeRows(std::span<const qint64> rows, float *out) const;
    void encodeRow(qint64 row, float *out) const;

private:
    friend class Encoder;
    struct NumericInput
    {
        const double *values;
        int output;
    };
    struct CategoricalInput
    {
        const int32_t *codes;
        std::vector<int32_t> outputForCode; ///< dataset code -> model input, -1 when unseen
    };
    std::vector<NumericInput> m_numeric;
    std::vector<CategoricalInput> m_categorical;
    int m_featureCount = 0;
};

} // namespace mizan
