#pragma once

#include "fairness/FairnessReport.h"

#include <QJsonObject>

namespace mizan {

enum class PolicyOperator { AtLeast, AtMost, Above, Below }; ///< ">=", "<=", ">", "<"
QString operatorSymbol(PolicyOperator op);
std::optional<PolicyOperator> operatorFromSymbol(const QString &symbol);

/**
 * @brief One limit: `metric` (a name from disparityNames(), e.g. "demographic_parity_ratio" or
 * "aif360_signed.disparate_impact") `op` `limit`, for one attribute or (empty) every attribute
 * of the report.
 */
struct PolicyRule
{
    QString metric;
    PolicyOperator op = PolicyOperator::AtLeast;
    double limit = 0.0;
    QString attribute;

    bool operator==(const PolicyRule &) const = default;
};

enum class AlertStatus { Pass, Fail, Undefined }; ///< JSON "pass", "fail", "undefined"

/**
 * @brief The outcome of one rule on one attribute. `value` is NaN when the metric is undefined
 * (a 0 / 0 ratio, no privileged group, an attribute absent from the report): status Undefined.
 * `text` is translated, for people; the other fields are for programs.
 */
struct BiasAlert
{
    QString attribute;
    QString metric;
    PolicyOperator op = PolicyOperator::AtLeast;
    double limit = 0.0;
    double value = 0.0;
    AlertStatus status = AlertStatus::Undefined;
    std::optional<Interval> interval; ///< the bootstrap interval of the value, when drawn
    QStringList smallGroups;          ///< flagged groups of the attribute: read with caution
    QString text;

    bool passed() const { return status == AlertStatus::Pass; }
    QJsonObject toJson() const;
    static Result<BiasAlert> fromJson(const QJsonObject &object, const QString &source);
    bool operator==(const BiasAlert &other) const;
};

/**
 * @brief Configurable limits on fairness metrics and their evaluation on a report: a value type
 * the workspace stores ("mizan.bias-policy/1" JSON) and audits. Evaluation is pure.
 */
struct BiasPolicy
{
    QString name;
    std::vector<PolicyRule> rules;

    static constexpr const char *kFormat = "mizan.bias-policy/1";

    /** @brief demographic_parity_ratio >= 0.8 (the four-fifths rule), equalized_odds_difference <= 0.1. */
    static BiasPolicy defaults();
    /**
     * @brief Parses and validates {"format", "name", "rules": [{"metric", "op", "limit",
     * "attribute"?}]}; an unknown key, metric or operator or a non-finite limit is an
     * InvalidInput Error naming `source` and the key's path.
     */
    static Result<BiasPolicy> fromJson(const QJsonObject &object, const QString &source);
    QJsonObject toJson() const;

    /** @brief One alert per rule and attribute it applies to, in rule then report order. */
    std::vector<BiasAlert> evaluate(const FairnessReport &report) const;

    bool operator==(const BiasPolicy &) const = default;
};

QString alertStatusKey(AlertStatus status);

} // namespace mizan
