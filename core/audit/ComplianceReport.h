#pragma once

#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace mizan {

/**
 * @brief The compliance report for a period (ARCHITECTURE.md "Audit log", issue "audit"):
 * actions by type and by user, denials, model approvals and rejections, fairness alerts,
 * erasures, backups and restores, and the verification status with the signed checkpoint it
 * rests on. Built in one pass over the period's entries; rendered as JSON and CSV here, as PDF
 * by the Audit tab.
 */
struct ComplianceReport
{
    /** @brief At most this many entries are listed per section; the counts stay exact. */
    static constexpr qsizetype kListLimit = 500;

    struct Section
    {
        qint64 count = 0;
        std::vector<AuditEntry> entries; ///< the first kListLimit, oldest first
    };

    QString origin;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString generatedBy;
    qint64 generatedMs = 0;
    qint64 entries = 0;
    QMap<QString, qint64> byAction;              ///< action -> count
    QMap<QString, QMap<QString, qint64>> byUser; ///< actor -> action -> count
    QMap<QString, qint64> byOutcome;             ///< ok, denied, failed, ...
    Section denials;
    Section approvals; ///< model.approve and model.reject
    Section fairnessAlerts;
    Section erasures;
    Section backups; ///< backup.* and restore
    AuditVerifyReport verification;
    std::optional<StoredCheckpoint> checkpoint; ///< the newest checkpoint the verification covers

    /** @brief Adds one entry of the period to the counts and sections. */
    void add(const AuditEntry &entry);

    QJsonObject toJson() const;
    /** @brief One table, "section,item,detail,value", formula-safe cells. */
    QByteArray toCsv() const;
};

} // namespace mizan
