#pragma once

#include "governance/GovernancePolicy.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace mizan {

/**
 * @brief How a version's scores turned out on the leads whose actual outcome (converted or not)
 * is known: one scoring run, or all of them pooled.
 */
struct OutcomeSlice
{
    qint64 runId = 0; ///< 0 for the pooled figures
    qint64 leadSetId = 0;
    qint64 scoredMs = 0;
    qint64 rows = 0;      ///< leads scored
    qint64 matched = 0;   ///< of them, with a known outcome
    qint64 positives = 0; ///< converted
    std::optional<double> rocAuc;
    double meanPredicted = 0; ///< calibration in the large: mean score ...
    double observedRate = 0;  ///< ... against the share that converted
    double brier = 0;
    std::optional<double> lowestDpRatio; ///< demographic parity ratio at 0.5, lowest attribute
    QString dpAttribute;

    /** @brief From the scores and outcomes (0/1; -1 unknown) of the scored rows. */
    static OutcomeSlice compute(std::span<const double> scores, std::span<const int8_t> outcomes);
    QJsonObject toJson() const;
};

/** @brief A drop beyond the governance policy, for the risk officer. */
struct OutcomeAlert
{
    QString kind;     ///< "auc_drop", "dp_ratio"
    qint64 runId = 0; ///< 0: over every run
    double value = 0;
    double limit = 0;
    QString text;
    QJsonObject toJson() const;
};

/** @brief Realised performance of one version over time against what was approved. */
struct OutcomeReport
{
    static constexpr qint64 kMinimumOutcomes = 30; ///< fewer known outcomes raise no alert

    qint64 modelId = 0;
    bool approved = false;             ///< false: never approved (the baseline is then today's)
    std::optional<double> approvedAuc; ///< what the approval rested on
    QString approvedAucSource;         ///< in words: which assessment or split
    std::vector<OutcomeSlice> runs;    ///< oldest first
    OutcomeSlice overall;
    std::vector<OutcomeAlert> alerts;

    QJsonObject toJson() const;
};

/**
 * @brief The alerts of `report` under `policy`: realised ROC AUC more than max_outcome_auc_drop
 * below the approved one (pooled, with at least kMinimumOutcomes outcomes of both classes), and
 * a run whose realised demographic parity ratio is below min_dp_ratio (when that gate is on).
 * Pure and deterministic.
 */
std::vector<OutcomeAlert> judgeOutcomes(const OutcomeReport &report, const GovernancePolicy &policy);

} // namespace mizan
