#pragma once

#include "common/Result.h"
#include "security/Permissions.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace mizan {

/** @brief Registry states of ARCHITECTURE.md "Models". */
enum class ModelState { Draft, Submitted, Approved, Rejected, Deployed, Retired };

QString modelStateId(ModelState state); ///< "submitted": database, CLI, audit
std::optional<ModelState> modelStateFromId(const QString &id);
QString modelStateDisplayName(ModelState state);

/** @brief What can happen to a model version; each is one signed event. */
enum class ModelAction { Register, Submit, Approve, Reject, Deploy, Rollback, Retire };

QString modelActionId(ModelAction action); ///< "approve"; the audit action is "model.approve"
std::optional<ModelAction> modelActionFromId(const QString &id);

/**
 * @brief One governance decision on one model version, signed by the person who made it.
 *
 * The payload is canonical JSON ("mizan.model-event/1") holding everything the decision rests
 * on: who (name and role at the time), when, which version (id, model and bundle hashes),
 * the comment or justification, details (risk level, revalidation date, gate overrides) and the
 * hash of the event before it, so the events form one chain over the whole registry. The
 * signature is Ed25519 by the actor's personal key: someone who holds the database key but not
 * that person's password cannot make, change or reorder an event.
 */
struct ModelEvent
{
    static constexpr const char *kFormat = "mizan.model-event/1";

    qint64 number = 0; ///< 1, 2, ... over the whole registry
    qint64 modelId = 0;
    QByteArray modelSha256;  ///< hex
    QByteArray bundleSha256; ///< hex
    ModelAction action = ModelAction::Register;
    QString actor;
    QString role; ///< roleId() at the time
    qint64 timeMs = 0;
    QString comment;
    QJsonObject details;
    QByteArray previousHash; ///< hex SHA-256 of the previous event (payload and signature)
    QString workspaceId;

    QByteArray signature; ///< 64 bytes

    QByteArray payload() const; ///< the canonical bytes that are signed
    /** @brief hex SHA-256 of payload || signature: what the next event names as previous. */
    QByteArray hash() const;
    static Result<ModelEvent> fromPayload(const QByteArray &payload,
                                          const QByteArray &signature,
                                          const QString &source);
    QJsonObject toJson() const; ///< for people and exports: payload fields + signature (hex)
};

/** @brief One approval in force on a version. */
struct ModelApproval
{
    QString approver;
    qint64 timeMs = 0;
    qint64 revalidateByMs = 0;
    QString riskLevel; ///< "low", "medium", "high" when it was approved
    QString comment;
    QStringList overriddenGates; ///< gates that failed and were overridden, with a reason
    QString overrideReason;
    qint64 event = 0;
};

/** @brief A version's state as its signed history makes it. */
struct ModelRecord
{
    qint64 modelId = 0;
    QByteArray modelSha256;
    QByteArray bundleSha256;
    ModelState state = ModelState::Draft;
    QStringList authors; ///< registered (imported or trained) or submitted it: never approve it
    QString registeredBy;
    qint64 registeredMs = 0;
    QString submittedBy;
    qint64 submittedMs = 0;
    QString justification;
    QString submittedRisk;                ///< the risk level assessed at submission
    std::vector<ModelApproval> approvals; ///< in force (the round that approved it)
    std::vector<ModelApproval> pending;   ///< the round under way (submitted, or revalidation)
    QString rejectedBy;
    QString rejectComment;
    qint64 revalidateByMs = 0; ///< 0 until approved
    bool everDeployed = false;
    std::vector<qint64> events;

    /** @brief Approvals the pending round needs: two when any of them assessed it as high risk. */
    int approvalsNeeded() const;
    bool revalidationDue(qint64 nowMs) const
    {
        return revalidateByMs > 0 && nowMs > revalidateByMs;
    }
};

/** @brief One period during which a version was the deployed one. */
struct DeploymentPeriod
{
    qint64 modelId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0; ///< 0 while still deployed
    QString deployedBy;
    ModelAction how = ModelAction::Deploy; ///< Deploy or Rollback
    QString reason;
};

/**
 * @brief The registry rebuilt from its signed events: states, approvals and the deployment
 * timeline. Pure: reading and writing the events is the workspace's job.
 */
class ModelRegistry
{
public:
    /** @brief The signing key of `user` that was valid at `timeMs` (empty if none). */
    using KeyLookup = std::function<QList<QByteArray>(const QString &user, qint64 timeMs)>;

    /**
     * @brief Replays `events` in order: every signature, the chain, each transition's rules
     * (the actor's role holds the permission, four eyes, deploy only approved and revalidated
     * versions) are checked; the first one that fails is an ErrorCode::Integrity error naming the
     * event. `workspaceId` must match every event's.
     */
    static Result<ModelRegistry> replay(const std::vector<ModelEvent> &events,
                                        const QString &workspaceId,
                                        const KeyLookup &keys);

    /**
     * @brief Whether `event` (not yet signed) may follow the history: the same rules replay
     * checks, as a message for the person who tried. InvalidInput or PermissionDenied.
     */
    Result<> check(const ModelEvent &event) const;
    /** @brief Applies a checked event (replay and the workspace after writing it). */
    void apply(const ModelEvent &event);

    const std::map<qint64, ModelRecord> &records() const { return m_records; }
    const ModelRecord *record(qint64 modelId) const;
    std::optional<qint64> deployed() const;
    const std::vector<DeploymentPeriod> &timeline() const { return m_timeline; }
    /** @brief The version deployed at `timeMs`, if any. */
    std::optional<qint64> deployedAt(qint64 timeMs) const;
    QByteArray lastHash() const { return m_lastHash; }
    qint64 lastNumber() const { return m_lastNumber; }

private:
    std::map<qint64, ModelRecord> m_records;
    std::vector<DeploymentPeriod> m_timeline;
    QByteArray m_lastHash;
    qint64 m_lastNumber = 0;
};

} // namespace mizan
