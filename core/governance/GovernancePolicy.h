#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

namespace mizan {

/**
 * @brief The risk officer's policy for model approval ("mizan.governance-policy/1"): the gates
 * a candidate must pass (a failing gate blocks approval unless overridden with a written
 * reason), the thresholds of the risk assessment's rules and of outcome monitoring, and the
 * revalidation period. A value type the workspace stores (meta 'governance_policy') and audits.
 */
struct GovernancePolicy
{
    static constexpr const char *kFormat = "mizan.governance-policy/1";

    // Gates.
    double minRocAuc = 0.70;  ///< the candidate's ROC AUC (reference lead set, else its test split)
    double minDpRatio = 0.80; ///< the lowest demographic parity ratio of its latest fairness report
    double maxAucDrop = 0.02; ///< ROC AUC below the deployed version's, on the reference lead set
    double maxPsi = 0.25;     ///< score drift between candidate and deployed on the reference set

    // Rule thresholds.
    double warnPsi = 0.10;         ///< drift worth a warning
    double maxMissingRate = 0.20;  ///< a feature missing more often is a data-quality warning
    double leakageAuc = 0.90;      ///< a single feature separating this well is a leakage suspect
    double minPositiveRate = 0.02; ///< class balance: fewer positives than this is a warning
    double minTopOverlap = 0.60;   ///< top-5 SHAP features shared with the deployed version
    int mediumFrom = 2;            ///< risk score from which the level is medium
    int highFrom = 6;              ///< and high (two approvals needed)

    // Revalidation and monitoring.
    int revalidationMonths = 12;     ///< 1..12: how long an approval lasts
    double maxOutcomeAucDrop = 0.05; ///< realised ROC AUC below the approved one raises an alert

    static GovernancePolicy defaults() { return {}; }
    QJsonObject toJson() const;
    static Result<GovernancePolicy> fromJson(const QJsonObject &object, const QString &source);
    Result<> validate() const;
    bool operator==(const GovernancePolicy &) const = default;
};

} // namespace mizan
