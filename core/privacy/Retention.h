#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace mizan {

/**
 * @brief How long each data class is kept (ARCHITECTURE.md "Privacy"), in days, with the
 * authority's plan as defaults: training data (lead sets) 2 years, predictions 1 year, known
 * outcomes 2 years, operational records 90 days, and the audit log at least 6 years, which no
 * policy can undercut.
 */
struct RetentionPolicy
{
    static constexpr int kMinAuditDays = 6 * 365;
    static constexpr int kMaxDays = 100 * 365;

    int leadsDays = 2 * 365;       ///< lead sets (training and scoring data) from their import
    int predictionsDays = 365;     ///< predictions (and human decisions on them) from scoring
    int outcomesDays = 2 * 365;    ///< known outcomes from their observation
    int explanationsDays = 365;    ///< explanations: not stored (receipts live in the audit log)
    int exportsDays = 90;          ///< files written out: outside the workspace (register: audit)
    int auditDays = kMinAuditDays; ///< the audit log; never below kMinAuditDays

    QJsonObject toJson() const;
    /** @brief Parses and checks; errors name the field ("audit_days"). */
    static Result<RetentionPolicy> fromJson(const QJsonObject &json);
    Result<> validate() const;
};

/** @brief One thing a retention run deletes (or would delete). */
struct RetentionItem
{
    QString dataClass; ///< "leads", "predictions", "outcomes"
    QString target;    ///< "leadset:N", "run:N", "outcomes:before:<ms>"
    QString what;      ///< a line for people: "lead set 3 (enquiries), 2,000 rows"
    qint64 createdMs = 0;
    qint64 rows = 0;
    qint64 heldBy = 0; ///< the legal hold that keeps it (0: it goes)
    QJsonObject toJson() const;
    friend bool operator==(const RetentionItem &, const RetentionItem &) = default;
};

/** @brief What a retention run removes now, what a hold keeps, and the classes not stored. */
struct RetentionPlan
{
    RetentionPolicy policy;
    qint64 nowMs = 0;
    bool applied = false;             ///< false: a dry run
    std::vector<RetentionItem> items; ///< due; those with heldBy != 0 stay
    qint64 auditEntriesPastRetention = 0;
    QStringList notes; ///< per class without stored data, and the audit log's state
    std::vector<RetentionItem> removed() const;
    QJsonObject toJson() const;
};

} // namespace mizan
