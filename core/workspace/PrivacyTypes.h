#pragma once

// What the privacy services of the Workspace facade take and return (WorkspacePrivacy.cpp,
// WorkspaceOversight.cpp, WorkspaceSubjectAccess.cpp).

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace mizan {

/** @brief How a read shows the personal-data columns of a lead set. */
enum class PiiView {
    None,   ///< personal-data columns left empty (scoring, fairness, explanations)
    Masked, ///< shown masked (every role without leads.view_pii)
    Clear,  ///< shown as imported (leads.view_pii)
};

/** @brief One stored row of a lead set: where a subject's data sits. */
struct LeadRow
{
    qint64 leadSet = 0;
    qint64 row = 0;
    friend bool operator==(const LeadRow &, const LeadRow &) = default;
};

/**
 * @brief A data subject found by a search: their reference (the lead id, or
 * "leadset:N/row:M" in a lead set without an id column), the rows that hold their data and
 * what identifies them, masked unless the searcher holds leads.view_pii.
 */
struct SubjectMatch
{
    QString ref;
    std::vector<LeadRow> rows;
    QString display; ///< e.g. "A. M. · a***@e***.ae", or the reference alone
    bool erased = false;
    QJsonObject toJson() const;
};

/** @brief A legal hold on a lead set ("leadset:N") or a model version ("model:N"). */
struct LegalHold
{
    qint64 id = 0;
    QString target;
    QString reason;
    qint64 placedMs = 0;
    QString placedBy;
    qint64 liftedMs = 0; ///< 0 while in force
    QString liftedBy;
    QString liftReason;
    bool active() const { return liftedMs == 0; }
    QJsonObject toJson() const;
};

/** @brief What an erasure did; its tombstone in the erasure register is `id`. */
struct ErasureReceipt
{
    qint64 id = 0;
    qint64 erasedMs = 0;
    QString erasedBy;
    QString request;           ///< the request's reference, scrubbed of personal data
    std::vector<LeadRow> rows; ///< anonymised rows (they stay, with nothing personal in them)
    qint64 keysDestroyed = 0;  ///< subject keys shredded
    qint64 piiRecords = 0;     ///< sealed personal-data records deleted
    qint64 predictions = 0;    ///< predictions deleted (policy "delete") or kept anonymous
    bool predictionsDeleted = false;
    qint64 outcomes = 0;      ///< known outcomes deleted
    qint64 decisions = 0;     ///< human decisions deleted
    qint64 appeals = 0;       ///< appeals deleted
    qint64 copiesRemoved = 0; ///< migration safety copies (.vN.bak) removed from the folder
    QJsonObject toJson() const;
    static std::optional<ErasureReceipt> fromJson(const QJsonObject &json);
};

/** @brief How erasure treats records that depend on an erased subject (retention.manage). */
struct PrivacyPolicy
{
    bool deletePredictions = false; ///< else predictions stay, tied to the anonymised row
    QJsonObject toJson() const;
    static std::optional<PrivacyPolicy> fromJson(const QJsonObject &json);
};

/** @brief A human decision that departs from the model's (leads.override). */
struct HumanDecision
{
    qint64 id = 0;
    LeadRow lead;
    qint64 runId = 0;
    double probability = 0.0;
    QString modelDecision; ///< "positive" or "negative" at the model's threshold
    QString decision;      ///< the human's: the other one
    QString reason;        ///< sealed under the subject's key at rest
    qint64 decidedMs = 0;
    QString decidedBy;
    qint64 appeal = 0; ///< the appeal it settled, if any
    QJsonObject toJson() const;
};

/** @brief A subject's appeal against a decision, routed to a reviewer (an analyst). */
struct Appeal
{
    qint64 id = 0;
    LeadRow lead;
    QString statement; ///< sealed under the subject's key at rest
    qint64 receivedMs = 0;
    QString recordedBy;
    QString reviewer;
    QString state = QStringLiteral("open"); ///< "open", "upheld", "overturned"
    qint64 resolvedMs = 0;
    QString resolvedBy;
    QString resolution; ///< sealed under the subject's key at rest
    QJsonObject toJson() const;
};

/** @brief One thing in a lineage graph: a data set, a model version, a scoring run, an export. */
struct LineageNode
{
    QString kind; ///< "leadset", "model", "run", "export"
    QString id;   ///< "leadset:3", "model:2", "run:7", "audit:123" (the export's audit entry)
    QString label;
    QString sha256; ///< the data set's, the model's, or the run's input hash
    qint64 timeMs = 0;
    QString by;
    QString state; ///< "removed by retention", a model's state, ...
    QJsonObject toJson() const;
};

/** @brief An edge: `from` fed `to` ("trained", "scored", "produced", "exported"). */
struct LineageEdge
{
    QString from;
    QString to;
    QString relation;
    QJsonObject toJson() const;
};

/** @brief Where data went: data set (hash) -> model versions -> predictions -> exports. */
struct LineageReport
{
    QString root; ///< "leadset:N" or "model:N"
    std::vector<LineageNode> nodes;
    std::vector<LineageEdge> edges;
    QJsonObject toJson() const;
    /** @brief An indented text tree from the root, for people and the CLI. */
    QString toText() const;
};

} // namespace mizan
