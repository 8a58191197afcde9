#pragma once

#include "common/Result.h"
#include "data/Dataset.h"
#include "model/ModelBundle.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <limits>
#include <vector>

namespace mizan {

/**
 * @brief One spec feature's value for one lead, before encoding: a number (NaN when missing) or
 * a category index into FeatureInfo::categories (-1 when missing or not seen in training).
 */
struct FeatureValue
{
    double number = std::numeric_limits<double>::quiet_NaN();
    int category = -1;

    bool operator==(const FeatureValue &other) const
    {
        return category == other.category
               && (number == other.number || (std::isnan(number) && std::isnan(other.number)));
    }
};

/** @brief A lead in spec-feature space: one value per FeatureSpace::features(), in spec order. */
using Lead = std::vector<FeatureValue>;

/**
 * @brief The training distribution of one numeric feature split at its quartiles as LIME's
 * QuartileDiscretizer does: the distinct values among q1, median and q3 are the edges; a value
 * x falls in the first bin i with x <= edges[i] (numpy.searchsorted, side left), else the last.
 */
struct QuartileBin
{
    double lower = 0.0; ///< training minimum for the first bin, else the previous edge
    double upper = 0.0; ///< the edge, or the training maximum for the last bin
    qint64 count = 0;   ///< training rows in the bin
    double mean = 0.0;  ///< of those rows (LIME samples a truncated normal around it)
    double std = 0.0;   ///< population standard deviation of those rows
};

/** @brief What the model knows about one spec feature. */
struct FeatureInfo
{
    QString column;
    FeatureType type = FeatureType::Numeric;
    bool immutable = false;  ///< marked immutable, or sensitive, in the spec: never changed
    QStringList categories;  ///< categorical: the encoder's categories, in input order
    std::vector<int> inputs; ///< model inputs: one for numeric, one per category

    // Training statistics from the bundle's training summary (hasStats false when absent).
    bool hasStats = false;
    qint64 count = 0;   ///< non-missing training values
    qint64 missing = 0; ///< missing training values
    double min = 0.0, q1 = 0.0, median = 0.0, q3 = 0.0, max = 0.0, mean = 0.0, std = 0.0;
    std::vector<qint64> categoryCounts; ///< categorical: training count of each category
    std::vector<double> edges;          ///< numeric: distinct quartiles (LIME's bin edges)
    std::vector<QuartileBin> bins;      ///< numeric: edges.size() + 1 bins; empty when unknown

    /** @brief The quartile bin of x (x must not be NaN). */
    int binOf(double x) const;
};

/**
 * @brief The model's inputs seen as the spec's features: the space where LIME perturbs, where
 * counterfactuals search and where the what-if panel edits. Built from a model bundle (its
 * encoder and training summary); encodes a Lead into the model's input row exactly as the
 * Encoder encodes a Dataset row. Immutable; share it read-only across threads.
 */
class FeatureSpace
{
public:
    static Result<FeatureSpace> fromBundle(const ModelBundle &bundle);

    const std::vector<FeatureInfo> &features() const { return m_features; }
    int featureCount() const { return static_cast<int>(m_features.size()); }
    int inputCount() const { return m_inputCount; }
    QStringList inputNames() const { return m_inputNames; }
    /** @brief The spec feature a model input comes from. */
    int featureOfInput(int input) const { return m_featureOfInput[static_cast<size_t>(input)]; }
    int indexOf(const QString &column) const;
    /** @brief True when the bundle carried training statistics for every feature. */
    bool hasTrainingStats() const { return m_hasStats; }

    /** @brief The model input row of a lead (inputCount() floats; NaN for a missing number). */
    void encode(const Lead &lead, float *out) const;
    /** @brief The lead at `row` of `data`; a feature column absent from the data is an error. */
    Result<Lead> leadFromDataset(const Dataset &data, qint64 row) const;

    /** @brief A value as the user reads it ("" for missing, the category's text). */
    QString displayValue(int feature, const FeatureValue &value) const;
    /** @brief Parses user input for one feature ("" = missing); an unknown category is an error. */
    Result<FeatureValue> parseValue(int feature, const QString &text) const;
    /** @brief {"column": value, ...} with numbers as JSON numbers and null for missing. */
    QJsonObject leadToJson(const Lead &lead) const;
    /** @brief Hex SHA-256 of the canonical JSON of leadToJson(): the receipt's input hash. */
    QByteArray inputSha256(const Lead &lead) const;

private:
    std::vector<FeatureInfo> m_features;
    std::vector<int> m_featureOfInput;
    QStringList m_inputNames;
    int m_inputCount = 0;
    bool m_hasStats = false;
};

} // namespace mizan
