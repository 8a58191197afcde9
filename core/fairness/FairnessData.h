#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "fairness/BiasPolicy.h"
#include "fairness/FairnessInput.h"
#include "fairness/FairnessReport.h"
#include "fairness/ThresholdSweep.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace mizan {

class Dataset;

/**
 * @brief Scored, labelled predictions and their sensitive groupings, owned: what a fairness
 * report is computed from, and what the Fairness tab recomputes from as the threshold moves
 * (no storage, no scoring again). Row-level; only aggregates of it are ever shown.
 */
struct FairnessData
{
    std::vector<double> probabilities;
    std::vector<int8_t> labels; ///< 1, 0, or -1 (unknown: left out and counted)
    std::vector<SensitiveGrouping> groupings;

    /** @brief A non-owning view; valid while this object lives and is not modified. */
    PredictionView view() const;

    /**
     * @brief From a labelled data set and its probabilities (row-aligned). `attributes` are
     * names of the spec's sensitive attributes or "A|B" intersections; empty means every
     * sensitive attribute of the spec. `privileged` chooses AIF360's reference group per
     * attribute instead of the spec's `privileged`; an intersection's is "a|b" of its parts'.
     * Errors (InvalidInput): the data set has no outcome column, a length mismatch, an unknown
     * attribute (named, with the known ones), a spec without sensitive attributes, a privileged
     * group that is not one of the attribute's groups.
     */
    static Result<FairnessData> build(const Dataset &data,
                                      std::vector<double> probabilities,
                                      const QStringList &attributes,
                                      const QHash<QString, QString> &privileged = {});
};

/** @brief What a fairness report is asked for. */
struct FairnessQuery
{
    QStringList attributes;             ///< empty: every sensitive attribute of the spec
    QHash<QString, QString> privileged; ///< attribute -> AIF360's reference group (over the spec's)
    FairnessOptions options;
    bool sweeps = false; ///< a threshold sweep per attribute
};

/**
 * @brief Reads "sex=Male,race=White" (--privileged) into a map; errors name the bad item.
 */
Result<QHash<QString, QString>> parsePrivileged(const QString &text);

/**
 * @brief The attributes `--sensitive A,B --intersect` asks for: A and B, and with `intersect`
 * also "A|B" (exactly two names are needed for that). Errors name the option.
 */
Result<QStringList> fairnessAttributes(const QStringList &names, bool intersect);

/** @brief A fairness report with what comes with it: per-attribute sweeps and the policy's verdicts. */
struct FairnessResult
{
    QString modelName;
    QByteArray modelSha256; ///< hex
    QString dataName;
    QByteArray dataSha256; ///< hex
    std::shared_ptr<const FairnessData> data;
    FairnessReport report;
    std::vector<ThresholdSweep> sweeps; ///< one per attribute, in report order (when asked)
    BiasPolicy policy;
    std::vector<BiasAlert> alerts;

    /** @brief The alerts that did not pass (fail or undefined). */
    std::vector<BiasAlert> failedAlerts() const;
    /**
     * @brief {"format": "mizan.fairness-report/1", "model", "data", the report's keys
     * (threshold, sensitive_features, ...), "policy", "alerts", "sweeps" when computed}.
     */
    QJsonObject toJson() const;

    /**
     * @brief Ranks the predictions once, then the report, a sweep per attribute when `sweeps`,
     * and the policy's alerts. Blocks the caller; cancel and progress through `job`.
     */
    static Result<FairnessResult> compute(std::shared_ptr<const FairnessData> data,
                                          const FairnessOptions &options,
                                          const BiasPolicy &policy,
                                          bool sweeps,
                                          const JobControl &job = {});
};

/** @brief A policy verdict as the workspace keeps it: which model, which leads, who, when. */
struct StoredBiasAlert
{
    qint64 id = 0;
    qint64 modelId = 0;
    qint64 leadSetId = 0;
    qint64 createdMs = 0;
    QString createdBy;
    double threshold = 0.5;
    BiasAlert alert;
    QJsonObject toJson() const;
};

} // namespace mizan
