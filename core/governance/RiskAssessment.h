#pragma once

#include "common/Result.h"
#include "fairness/BiasPolicy.h"
#include "governance/GovernancePolicy.h"
#include "governance/ScoreProfile.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace mizan {

class Dataset;

/** @brief Population stability index of `actual` against `expected` (10 bins at its deciles). */
double populationStabilityIndex(std::span<const double> expected, std::span<const double> actual);

/** @brief What the assessment looks at, gathered by the workspace (pure values). */
struct RiskInputs
{
    qint64 modelId = 0;
    QJsonObject candidateMetrics; ///< the bundle's {"train", "test"} metrics
    std::optional<qint64> deployedId;
    QJsonObject deployedMetrics;

    // The reference lead set (optional): both versions scored on it.
    qint64 referenceLeadSet = 0;
    QString referenceName;
    qint64 referenceRows = 0;
    std::optional<double> candidateAuc; ///< on the reference set, when it has outcomes
    std::optional<double> deployedAuc;
    std::vector<double> candidateScores;
    std::vector<double> deployedScores;
    std::vector<std::pair<QString, double>> missingRates; ///< per spec feature
    std::vector<std::pair<QString, double>> featureAucs;  ///< single-feature ROC AUC, max(a, 1-a)
    std::optional<double> positiveRate;
    QStringList candidateTop; ///< top-5 features by mean |SHAP| on the reference set
    QStringList deployedTop;

    bool fairnessReported = false;
    std::vector<BiasAlert> fairnessAlerts; ///< the candidate's latest report's verdicts

    QString fileProblem; ///< empty: validated and its hashes match
    bool revalidationDue = false;
    qint64 revalidateByMs = 0;

    /** @brief Missing rates, class balance and single-feature AUCs of a lead set. */
    void describeData(const Dataset &data, const QStringList &features);
};

/** @brief One transparent rule: what it looked at, what it found, and its points. */
struct RiskRule
{
    QString id; ///< "performance", "fairness", ... (docs/governance/risk-assessment.md)
    QString title;
    QString status;  ///< "pass", "warn", "fail", "info" (no evidence to judge by)
    int points = 0;  ///< fail 3, warn 1
    QString finding; ///< in words, with the figures
    QJsonObject toJson() const;
};

/** @brief A policy gate on a candidate. A gate without evidence does not pass. */
struct GateResult
{
    QString id; ///< "min_roc_auc", "min_dp_ratio", "max_auc_drop", "max_psi"
    QString title;
    bool evaluated = false;
    bool passed = false;
    double value = 0;
    double limit = 0;
    QString text;
    QJsonObject toJson() const;
};

/** @brief The rule-based risk assessment of one model version: rules, gates, score, level. */
struct RiskAssessment
{
    static constexpr const char *kFormat = "mizan.risk-assessment/1";

    qint64 modelId = 0;
    qint64 createdMs = 0;
    QString createdBy;
    qint64 referenceLeadSet = 0;
    std::optional<qint64> deployedId;
    std::vector<RiskRule> rules;
    std::vector<GateResult> gates;
    int score = 0;
    QString level;           ///< "low", "medium", "high"
    QStringList topFeatures; ///< by mean |SHAP| on the reference lead set, when it was given
    QStringList deployedTopFeatures;
    /** @brief How the candidate and the deployed version score the reference lead set. */
    std::optional<ScoreProfile> candidateProfile;
    std::optional<ScoreProfile> deployedProfile;
    GovernancePolicy policy;

    QStringList failingGates() const;
    QJsonObject toJson() const;
    static Result<RiskAssessment> fromJson(const QJsonObject &object, const QString &source);
    QString toMarkdown() const;
};

/** @brief Applies the rules and gates of `policy` to `inputs`. Pure and deterministic. */
RiskAssessment assessRisk(const RiskInputs &inputs, const GovernancePolicy &policy);

/** @brief "Low", "Medium", "High" for a level id (translated). */
QString riskLevelDisplayName(const QString &level);

} // namespace mizan
