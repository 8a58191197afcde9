#pragma once

#include "data/Dataset.h"
#include "governance/ModelRegistry.h"
#include "governance/OutcomeMonitor.h"
#include "governance/RiskAssessment.h"
#include "model/ModelBundle.h"
#include "model/Scorer.h"
#include "security/Permissions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace mizan {

enum class GrantOutcome { Applied, PendingConfirmation };

struct UserInfo
{
    QString name;
    Role role = Role::Analyst;
    bool viewPii = false;   ///< the per-user leads.view_pii grant
    bool disabled = false;  ///< by an admin
    bool lockedOut = false; ///< after too many failed sign-ins
    bool pending = false;   ///< waits for a second admin's confirmation
    QString pendingGrant;   ///< the grant that waits ("role:risk_officer"), new or existing account
    int failedAttempts = 0;
    qint64 createdMs = 0;
    QString createdBy;
    qint64 lastLoginMs = 0;
    QJsonObject toJson() const;
};

struct GrantRecord
{
    QString user;
    QString grant; ///< "role:risk_officer" or "permission:leads.view_pii" / "revoke:..."
    QString requestedBy;
    qint64 requestedMs = 0;
    QString confirmedBy; ///< empty when no confirmation was needed or it is pending
    qint64 confirmedMs = 0;
    QString state; ///< "applied", "pending"
    QJsonObject toJson() const;
};

struct AccessReview
{
    qint64 generatedMs = 0;
    QString generatedBy;
    QString workspaceId;
    std::vector<UserInfo> users;
    std::vector<GrantRecord> grants;
    QJsonObject toJson() const;
    QString toText() const;
};

struct WorkspaceInfo
{
    QString directory;
    QString workspaceId;
    QString cipherVersion;
    int schemaVersion = 0;
    int keyGeneration = 0;
    int idleLockMinutes = 0;
    qint64 createdMs = 0;
    int users = 0;
    int slots = 0;
    qint64 auditEntries = 0;
    qint64 leadSets = 0;
    qint64 models = 0;
    QByteArray workspacePublicKey;
    QJsonObject toJson() const;
};

struct LeadSetInfo
{
    qint64 id = 0;
    QString name;
    QString sourceFile;
    QByteArray sha256; ///< hex, of the file as imported
    qint64 rows = 0;
    qint64 importedMs = 0;
    QString importedBy;
    QJsonObject toJson() const;
};

/**
 * @brief A lead set as a fairness report sees it: what it is, whether it has outcomes and
 * which attributes of its spec it can be judged on. Metadata only, so roles without
 * leads.view (admin, auditor) can choose what to report on.
 */
struct FairnessLeadSet
{
    LeadSetInfo info;
    bool labelled = false; ///< the spec has a target: there are outcomes to compare
    std::vector<SensitiveSpec> sensitive;
    QJsonObject toJson() const;
};

struct ModelInfo
{
    qint64 id = 0;
    QString name;
    QString origin;
    QByteArray modelSha256; ///< the model version: hex SHA-256 of the canonical model
    QByteArray bundleSha256;
    qint64 importedMs = 0;
    QString importedBy;
    QJsonObject toJson() const;
};

/** @brief A model version as the approval queue shows it: stored facts and signed state. */
struct ModelVersion
{
    ModelInfo info;
    ModelRecord record; ///< from the verified, signed registry
    QString riskLevel;  ///< of the latest assessment; empty when never assessed
    int riskScore = 0;
    qint64 assessedMs = 0;
    bool revalidationDue = false; ///< its approval has expired: deploy is blocked
    QJsonObject toJson() const;
};

/** @brief What a risk officer gives when approving. */
struct ApprovalRequest
{
    QString comment;             ///< mandatory
    qint64 revalidateByMs = 0;   ///< 0: the policy's revalidation period from now
    QString overrideReason;      ///< needed when a policy gate fails
    qint64 referenceLeadSet = 0; ///< assess on this lead set (0: the last assessment's)
};

struct ApprovalOutcome
{
    ModelState state = ModelState::Submitted;
    int approvals = 0; ///< in the round (the one that completed, or the one under way)
    int needed = 1;
    RiskAssessment assessment;
    qint64 event = 0;
};

/** @brief The version scoring uses: the deployed one, or a fallback when it fails its checks. */
struct DeployedModel
{
    qint64 modelId = 0;    ///< the version to score with
    qint64 intendedId = 0; ///< the deployed version
    bool fallback = false;
    QString problem; ///< why the deployed version was not used
};

/** @brief What an import of actual outcomes (conversions) did. */
struct OutcomeImport
{
    qint64 batch = 0;
    QString fileName;
    QByteArray sha256;                ///< hex, of the file
    qint64 rows = 0;                  ///< distinct leads in the file
    qint64 added = 0;                 ///< outcomes new to the workspace
    qint64 unchanged = 0;             ///< known already, with the same outcome
    qint64 matched = 0;               ///< of the new ones, leads stored in the workspace
    std::vector<OutcomeAlert> alerts; ///< raised on the deployed version by this import
    QString judgeProblem; ///< the outcomes are stored, but judging the deployed version failed
    QJsonObject toJson() const;
};

/** @brief An outcome alert as stored for the risk officers. */
struct StoredOutcomeAlert
{
    qint64 id = 0;
    qint64 modelId = 0;
    qint64 batch = 0;
    qint64 createdMs = 0;
    OutcomeAlert alert;
};

/** @brief Which version scored a stored prediction, and which was deployed then. */
struct PredictionProvenance
{
    qint64 runId = 0;
    qint64 modelId = 0;
    QByteArray modelSha256;
    qint64 scoredMs = 0;
    QString scoredBy;
    std::optional<qint64> deployedThen;
    QJsonObject toJson() const;
};

struct ScoringRunInfo
{
    qint64 id = 0;
    qint64 leadSetId = 0;
    qint64 modelId = 0;
    QByteArray modelSha256;
    QByteArray inputSha256;
    qint64 rows = 0;
    qint64 scoredMs = 0;
    QString scoredBy;
    QJsonObject toJson() const;
};

/** @brief What a scoring run worked on and produced, for a caller that shows it (the UI). */
struct ScoredLeads
{
    Dataset dataset;
    ModelBundle bundle;
    Scores scores;
};

struct StoredPrediction
{
    qint64 rowIndex = 0;
    QString leadId;
    double margin = 0;
    double probability = 0;
    QString band;
};

} // namespace mizan
