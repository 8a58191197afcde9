#pragma once

#include "common/Result.h"
#include "data/CsvReader.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mizan {

enum class FeatureType { Numeric, Categorical };

struct FeatureSpec
{
    QString column;
    FeatureType type = FeatureType::Numeric;
    bool immutable = false;                ///< counterfactuals may not change it
    std::optional<QStringList> categories; ///< fixed categories instead of the training data's

    bool operator==(const FeatureSpec &) const = default;
};

/** @brief A sensitive attribute: a categorical column, or a numeric one binned by edges. */
struct SensitiveSpec
{
    QString column;
    QString name;              ///< display name; defaults to the column
    std::vector<double> edges; ///< empty for a categorical attribute
    QStringList labels;        ///< edges.size() + 1 labels when binned
    QString privileged;        ///< reference group for AIF360's signed metrics (may be empty)

    bool isBinned() const { return !edges.empty(); }
    /** @brief The group of value x: the first i with x < edges[i], else the last; -1 for NaN (missing). */
    int binOf(double x) const;
    /** @brief As the spec file writes it. */
    QJsonObject toJson() const;

    bool operator==(const SensitiveSpec &) const = default;
};

struct PiiSpec
{
    QString column;
    QString kind; ///< name, email, phone, emirates_id, passport, iban, address, text

    bool operator==(const PiiSpec &) const = default;
};

struct TargetSpec
{
    QString column;
    QStringList positive;
    QString stripSuffix; ///< removed from target values before matching (Adult's "50K.")

    bool operator==(const TargetSpec &) const = default;
};

struct CsvSpec
{
    char delimiter = ',';
    bool header = true;
    int skipLines = 0;
    bool trim = false;
    QStringList missing{QString()}; ///< values that mean "missing"; the empty field always does

    CsvOptions toOptions() const;

    bool operator==(const CsvSpec &) const = default;
};

/**
 * @brief A `mizan.dataset-spec/1` document: how a lead file is read and what each column is.
 *
 * Parsing validates everything and reports the first problem with the key's path
 * (`features[2].type`). A spec that parsed is internally consistent: feature, target, id,
 * sensitive and PII columns are distinct where they must be, binned attributes have one label
 * more than edges, edges ascend.
 */
struct DatasetSpec
{
    QString name;
    CsvSpec csv;
    QStringList columns; ///< column names when the file has no header
    QString id;          ///< empty: the 0-based data row index is the id
    std::optional<TargetSpec> target;
    std::vector<FeatureSpec> features;
    std::vector<SensitiveSpec> sensitive;
    std::vector<PiiSpec> pii;
    QStringList ignore;
    QString purpose;
    QString legalBasis; ///< one of legalBases(); both required when the spec names PII columns

    /** @brief The legal bases of GDPR Art. 6(1) and the PDPL, as spelled in a spec. */
    static const QStringList &legalBases();

    static constexpr const char *kFormat = "mizan.dataset-spec/1";

    /** @brief Parses and validates; `source` names the file in error messages. */
    static Result<DatasetSpec> fromJson(const QByteArray &json, const QString &source);
    static Result<DatasetSpec> fromJsonObject(const QJsonObject &object, const QString &source);
    static Result<DatasetSpec> load(const QString &path);

    QJsonObject toJson() const;

    const FeatureSpec *feature(const QString &column) const;
    bool operator==(const DatasetSpec &) const = default;
};

QString featureTypeName(FeatureType type);

} // namespace mizan
