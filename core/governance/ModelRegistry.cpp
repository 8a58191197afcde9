#include "governance/ModelRegistry.h"

#include "common/CanonicalJson.h"
#include "common/Crypto.h"
#include "common/JsonFields.h"
#include "common/Sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <limits>

#include <algorithm>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::ModelRegistry)
};

struct StateName
{
    ModelState state;
    const char *id;
};
constexpr StateName kStates[] = {{ModelState::Draft, "draft"},
                                 {ModelState::Submitted, "submitted"},
                                 {ModelState::Approved, "approved"},
                                 {ModelState::Rejected, "rejected"},
                                 {ModelState::Deployed, "deployed"},
                                 {ModelState::Retired, "retired"}};

struct ActionName
{
    ModelAction action;
    const char *id;
    Permission permission;
};
constexpr ActionName kActions[] = {{ModelAction::Register, "register", Permission::ModelsImport},
                                   {ModelAction::Submit, "submit", Permission::ModelsSubmit},
                                   {ModelAction::Approve, "approve", Permission::ModelsApprove},
                                   {ModelAction::Reject, "reject", Permission::ModelsReject},
                                   {ModelAction::Deploy, "deploy", Permission::ModelsDeploy},
                                   {ModelAction::Rollback, "rollback", Permission::ModelsRollback},
                                   {ModelAction::Retire, "retire", Permission::ModelsRetire}};

Permission permissionOf(ModelAction action)
{
    for (const ActionName &a : kActions) {
        if (a.action == action)
            return a.permission;
    }
    return Permission::ModelsView;
}

/** The latest a revalidation date may be: 12 months after the approval (the policy's maximum). */
qint64 latestRevalidation(qint64 approvedMs)
{
    return QDateTime::fromMSecsSinceEpoch(approvedMs, Qt::UTC).addMonths(12).toMSecsSinceEpoch();
}

QString pastTense(ModelAction action)
{
    switch (action) {
    case ModelAction::Register:
        return Tr::tr("registered");
    case ModelAction::Submit:
        return Tr::tr("submitted");
    case ModelAction::Approve:
        return Tr::tr("approved");
    case ModelAction::Reject:
        return Tr::tr("rejected");
    case ModelAction::Deploy:
        return Tr::tr("deployed");
    case ModelAction::Rollback:
        return Tr::tr("rolled back to");
    case ModelAction::Retire:
        return Tr::tr("retired");
    }
    return {};
}

Result<> refuse(const ModelEvent &event, ErrorCode code, const QString &why)
{
    Error e = makeError(code,
                        Tr::tr("Model %1 cannot be %2: %3")
                            .arg(event.modelId)
                            .arg(pastTense(event.action), why));
    e.field = modelActionId(event.action);
    return fail(e);
}
} // namespace

QString modelStateId(ModelState state)
{
    for (const StateName &s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.id);
    }
    return {};
}

std::optional<ModelState> modelStateFromId(const QString &id)
{
    for (const StateName &s : kStates) {
        if (id == QLatin1String(s.id))
            return s.state;
    }
    return std::nullopt;
}

QString modelStateDisplayName(ModelState state)
{
    switch (state) {
    case ModelState::Draft:
        return Tr::tr("Draft");
    case ModelState::Submitted:
        return Tr::tr("Submitted");
    case ModelState::Approved:
        return Tr::tr("Approved");
    case ModelState::Rejected:
        return Tr::tr("Rejected");
    case ModelState::Deployed:
        return Tr::tr("Deployed");
    case ModelState::Retired:
        return Tr::tr("Retired");
    }
    return {};
}

QString modelActionId(ModelAction action)
{
    for (const ActionName &a : kActions) {
        if (a.action == action)
            return QString::fromLatin1(a.id);
    }
    return {};
}

std::optional<ModelAction> modelActionFromId(const QString &id)
{
    for (const ActionName &a : kActions) {
        if (id == QLatin1String(a.id))
            return a.action;
    }
    return std::nullopt;
}

// ---- ModelEvent ----

QByteArray ModelEvent::payload() const
{
    const QJsonObject object{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                             {QStringLiteral("workspace"), workspaceId},
                             {QStringLiteral("number"), number},
                             {QStringLiteral("model"), modelId},
                             {QStringLiteral("model_sha256"), QString::fromLatin1(modelSha256)},
                             {QStringLiteral("bundle_sha256"), QString::fromLatin1(bundleSha256)},
                             {QStringLiteral("action"), modelActionId(action)},
                             {QStringLiteral("actor"), actor},
                             {QStringLiteral("role"), role},
                             {QStringLiteral("time_ms"), timeMs},
                             {QStringLiteral("comment"), comment},
                             {QStringLiteral("details"), details},
                             {QStringLiteral("previous"), QString::fromLatin1(previousHash)}};
    return canonicalJson(object, CanonicalNumbers::NonIntegersAsStrings);
}

QByteArray ModelEvent::hash() const
{
    return Sha256::hashHex(QByteArray(payload() + signature));
}

Result<ModelEvent> ModelEvent::fromPayload(const QByteArray &payload,
                                           const QByteArray &signature,
                                           const QString &source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (!doc.isObject())
        return fail(ErrorCode::Integrity,
                    Tr::tr("%1 is not a model event (%2).").arg(source, error.errorString()));
    const JsonFields f(doc.object(), source);
    MIZAN_CHECK(f.checkKeys({QStringLiteral("format"),
                             QStringLiteral("workspace"),
                             QStringLiteral("number"),
                             QStringLiteral("model"),
                             QStringLiteral("model_sha256"),
                             QStringLiteral("bundle_sha256"),
                             QStringLiteral("action"),
                             QStringLiteral("actor"),
                             QStringLiteral("role"),
                             QStringLiteral("time_ms"),
                             QStringLiteral("comment"),
                             QStringLiteral("details"),
                             QStringLiteral("previous")}));
    MIZAN_TRY(format, f.string(QStringLiteral("format")));
    if (format != QLatin1String(kFormat))
        return fail(ErrorCode::Integrity,
                    Tr::tr("%1 has the unknown format %2.").arg(source, format));
    ModelEvent e;
    MIZAN_TRY(workspace, f.string(QStringLiteral("workspace")));
    MIZAN_TRY(number, f.integer(QStringLiteral("number"), 1, std::numeric_limits<qint64>::max()));
    MIZAN_TRY(model, f.integer(QStringLiteral("model"), 1, std::numeric_limits<qint64>::max()));
    MIZAN_TRY(modelSha, f.string(QStringLiteral("model_sha256")));
    MIZAN_TRY(bundleSha, f.string(QStringLiteral("bundle_sha256")));
    MIZAN_TRY(actionId, f.string(QStringLiteral("action")));
    MIZAN_TRY(actor, f.string(QStringLiteral("actor")));
    MIZAN_TRY(role, f.string(QStringLiteral("role")));
    MIZAN_TRY(time, f.integer(QStringLiteral("time_ms"), 0, std::numeric_limits<qint64>::max()));
    MIZAN_TRY(comment, f.string(QStringLiteral("comment")));
    MIZAN_TRY(details, f.object(QStringLiteral("details")));
    MIZAN_TRY(previous, f.string(QStringLiteral("previous")));
    const auto action = modelActionFromId(actionId);
    if (!action)
        return fail(ErrorCode::Integrity,
                    Tr::tr("%1 has the unknown action %2.").arg(source, actionId));
    e.workspaceId = workspace;
    e.number = number;
    e.modelId = model;
    e.modelSha256 = modelSha.toLatin1();
    e.bundleSha256 = bundleSha.toLatin1();
    e.action = *action;
    e.actor = actor;
    e.role = role;
    e.timeMs = time;
    e.comment = comment;
    e.details = details.json();
    e.previousHash = previous.toLatin1();
    e.signature = signature;
    // Only the canonical form is accepted: one event has one byte string that was signed.
    if (e.payload() != payload)
        return fail(ErrorCode::Integrity, Tr::tr("%1 is not in canonical form.").arg(source));
    return e;
}

QJsonObject ModelEvent::toJson() const
{
    QJsonObject object = QJsonDocument::fromJson(payload()).object();
    object.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toHex()));
    object.insert(QStringLiteral("hash"), QString::fromLatin1(hash()));
    return object;
}

// ---- ModelRecord ----

int ModelRecord::approvalsNeeded() const
{
    if (submittedRisk == QLatin1String("high"))
        return 2;
    for (const ModelApproval &a : pending) {
        if (a.riskLevel == QLatin1String("high"))
            return 2;
    }
    return 1;
}

// ---- ModelRegistry ----

const ModelRecord *ModelRegistry::record(qint64 modelId) const
{
    const auto it = m_records.find(modelId);
    return it == m_records.end() ? nullptr : &it->second;
}

std::optional<qint64> ModelRegistry::deployed() const
{
    if (!m_timeline.empty() && m_timeline.back().toMs == 0)
        return m_timeline.back().modelId;
    return std::nullopt;
}

std::optional<qint64> ModelRegistry::deployedAt(qint64 timeMs) const
{
    for (const DeploymentPeriod &p : m_timeline) {
        if (p.fromMs <= timeMs && (p.toMs == 0 || timeMs < p.toMs))
            return p.modelId;
    }
    return std::nullopt;
}

Result<> ModelRegistry::check(const ModelEvent &event) const
{
    const auto role = roleFromId(event.role);
    if (!role || !isAllowed(*role, permissionOf(event.action)))
        return refuse(event,
                      ErrorCode::PermissionDenied,
                      Tr::tr("%1's role (%2) does not hold %3.")
                          .arg(event.actor, event.role, permissionId(permissionOf(event.action))));
    if (event.actor.isEmpty())
        return refuse(event, ErrorCode::InvalidInput, Tr::tr("nobody is named as acting."));
    const ModelRecord *r = record(event.modelId);
    if (event.action == ModelAction::Register) {
        if (r)
            return refuse(event, ErrorCode::InvalidInput, Tr::tr("it is registered already."));
        return {};
    }
    if (!r)
        return refuse(event, ErrorCode::InvalidInput, Tr::tr("it was never registered."));
    if (r->modelSha256 != event.modelSha256 || r->bundleSha256 != event.bundleSha256)
        return refuse(event,
                      ErrorCode::Integrity,
                      Tr::tr("the decision names other model bytes than were registered."));
    const QString state = modelStateDisplayName(r->state);
    const bool needsComment = event.action != ModelAction::Deploy;
    if (needsComment && event.comment.trimmed().isEmpty())
        return refuse(event,
                      ErrorCode::InvalidInput,
                      event.action == ModelAction::Submit
                          ? Tr::tr("a justification is required.")
                          : Tr::tr("a comment giving the reason is required."));
    const bool isAuthor = r->authors.contains(event.actor);
    switch (event.action) {
    case ModelAction::Register:
        break;
    case ModelAction::Submit:
        if (r->state != ModelState::Draft)
            return refuse(event,
                          ErrorCode::InvalidInput,
                          Tr::tr("it is %1, not a draft.").arg(state));
        break;
    case ModelAction::Approve: {
        if (r->state != ModelState::Submitted && r->state != ModelState::Approved
            && r->state != ModelState::Deployed)
            return refuse(event,
                          ErrorCode::InvalidInput,
                          Tr::tr("it is %1; only a submitted version (or an approved one being "
                                 "revalidated) can be approved.")
                              .arg(state));
        if (isAuthor)
            return refuse(event,
                          ErrorCode::PermissionDenied,
                          Tr::tr("%1 trained, imported or submitted it; four eyes: somebody else "
                                 "must approve it.")
                              .arg(event.actor));
        for (const ModelApproval &a : r->pending) {
            if (a.approver == event.actor)
                return refuse(event,
                              ErrorCode::PermissionDenied,
                              Tr::tr("%1 has approved it already; the second approval must come "
                                     "from a different risk officer.")
                                  .arg(event.actor));
        }
        const qint64 until = event.details.value(QStringLiteral("revalidate_by_ms")).toInteger();
        if (until <= event.timeMs || until > latestRevalidation(event.timeMs))
            return refuse(event,
                          ErrorCode::InvalidInput,
                          Tr::tr("the revalidation date must be after the approval and at most "
                                 "12 months after it."));
        const QJsonArray overridden
            = event.details.value(QStringLiteral("overridden_gates")).toArray();
        if (!overridden.isEmpty()
            && event.details.value(QStringLiteral("override_reason")).toString().trimmed().isEmpty())
            return refuse(event,
                          ErrorCode::InvalidInput,
                          Tr::tr("overriding a failing policy gate needs a written reason."));
        break;
    }
    case ModelAction::Reject:
        if (r->state != ModelState::Submitted)
            return refuse(event,
                          ErrorCode::InvalidInput,
                          Tr::tr("it is %1, not submitted.").arg(state));
        if (isAuthor)
            return refuse(event,
                          ErrorCode::PermissionDenied,
                          Tr::tr("%1 trained, imported or submitted it; four eyes: somebody else "
                                 "must decide on it.")
                              .arg(event.actor));
        break;
    case ModelAction::Deploy:
    case ModelAction::Rollback:
        if (r->state != ModelState::Approved)
            return refuse(event,
                          ErrorCode::InvalidInput,
                          r->state == ModelState::Deployed
                              ? Tr::tr("it is deployed already.")
                              : Tr::tr("it is %1; only an approved version can be deployed.")
                                    .arg(state));
        if (r->revalidationDue(event.timeMs))
            return refuse(event,
                          ErrorCode::InvalidInput,
                          Tr::tr("its approval expired on %1; it must be approved again first.")
                              .arg(QDateTime::fromMSecsSinceEpoch(r->revalidateByMs, Qt::UTC)
                                       .toString(Qt::ISODate)));
        if (event.action == ModelAction::Rollback) {
            if (!deployed())
                return refuse(event,
                              ErrorCode::InvalidInput,
                              Tr::tr("no version is deployed, so there is nothing to roll back."));
            if (!r->everDeployed)
                return refuse(event,
                              ErrorCode::InvalidInput,
                              Tr::tr("it was never deployed; roll back only to an earlier "
                                     "deployed version (deploy it instead)."));
        }
        break;
    case ModelAction::Retire:
        if (r->state == ModelState::Deployed)
            return refuse(event,
                          ErrorCode::InvalidInput,
                          Tr::tr("it is deployed; deploy or roll back to another version first."));
        if (r->state == ModelState::Retired)
            return refuse(event, ErrorCode::InvalidInput, Tr::tr("it is retired already."));
        break;
    }
    return {};
}

void ModelRegistry::apply(const ModelEvent &event)
{
    m_lastNumber = event.number;
    m_lastHash = event.hash();
    if (event.action == ModelAction::Register) {
        ModelRecord r;
        r.modelId = event.modelId;
        r.modelSha256 = event.modelSha256;
        r.bundleSha256 = event.bundleSha256;
        r.authors = {event.actor};
        const QString createdBy = event.details.value(QStringLiteral("created_by")).toString();
        if (!createdBy.isEmpty() && createdBy != event.actor)
            r.authors.append(createdBy);
        r.registeredBy = event.actor;
        r.registeredMs = event.timeMs;
        r.events = {event.number};
        m_records[event.modelId] = std::move(r);
        return;
    }
    ModelRecord &r = m_records[event.modelId];
    r.events.push_back(event.number);
    switch (event.action) {
    case ModelAction::Register:
        break;
    case ModelAction::Submit:
        r.state = ModelState::Submitted;
        if (!r.authors.contains(event.actor))
            r.authors.append(event.actor);
        r.submittedBy = event.actor;
        r.submittedMs = event.timeMs;
        r.justification = event.comment;
        r.submittedRisk = event.details.value(QStringLiteral("risk_level")).toString();
        r.pending.clear();
        break;
    case ModelAction::Approve: {
        ModelApproval a;
        a.approver = event.actor;
        a.timeMs = event.timeMs;
        a.revalidateByMs = event.details.value(QStringLiteral("revalidate_by_ms")).toInteger();
        a.riskLevel = event.details.value(QStringLiteral("risk_level")).toString();
        a.comment = event.comment;
        for (const QJsonValue &g : event.details.value(QStringLiteral("overridden_gates")).toArray())
            a.overriddenGates.append(g.toString());
        a.overrideReason = event.details.value(QStringLiteral("override_reason")).toString();
        a.event = event.number;
        r.pending.push_back(a);
        if (int(r.pending.size()) >= r.approvalsNeeded()) {
            r.approvals = std::move(r.pending);
            r.pending.clear();
            r.revalidateByMs
                = std::ranges::min(r.approvals, {}, &ModelApproval::revalidateByMs).revalidateByMs;
            if (r.state == ModelState::Submitted)
                r.state = ModelState::Approved;
        }
        break;
    }
    case ModelAction::Reject:
        r.state = ModelState::Rejected;
        r.rejectedBy = event.actor;
        r.rejectComment = event.comment;
        r.pending.clear();
        break;
    case ModelAction::Deploy:
    case ModelAction::Rollback:
        if (const auto previous = deployed()) {
            m_records[*previous].state = ModelState::Approved;
            m_timeline.back().toMs = event.timeMs;
        }
        r.state = ModelState::Deployed;
        r.everDeployed = true;
        m_timeline.push_back(
            {event.modelId, event.timeMs, 0, event.actor, event.action, event.comment});
        break;
    case ModelAction::Retire:
        r.state = ModelState::Retired;
        r.pending.clear();
        break;
    }
}

Result<ModelRegistry> ModelRegistry::replay(const std::vector<ModelEvent> &events,
                                            const QString &workspaceId,
                                            const KeyLookup &keys)
{
    ModelRegistry registry;
    for (const ModelEvent &event : events) {
        const QString where = Tr::tr("Model event %1").arg(event.number);
        if (event.workspaceId != workspaceId)
            return fail(ErrorCode::Integrity, Tr::tr("%1 belongs to another workspace.").arg(where));
        if (event.number != registry.m_lastNumber + 1 || event.previousHash != registry.m_lastHash)
            return fail(ErrorCode::Integrity,
                        Tr::tr("%1 does not follow event %2: the registry's history was changed "
                               "(an event removed, inserted or reordered).")
                            .arg(where)
                            .arg(registry.m_lastNumber));
        const QByteArray payload = event.payload();
        const QList<QByteArray> candidates = keys(event.actor, event.timeMs);
        const bool signedOk = std::ranges::any_of(candidates, [&](const QByteArray &key) {
            return crypto::verify(key, payload, event.signature);
        });
        if (!signedOk)
            return fail(ErrorCode::Integrity,
                        Tr::tr("%1 (%2 of model %3 by %4) does not carry a valid signature of %4: "
                               "it was not made by that person, or was changed afterwards.")
                            .arg(where, modelActionId(event.action))
                            .arg(event.modelId)
                            .arg(event.actor));
        if (auto ok = registry.check(event); !ok)
            return fail(ErrorCode::Integrity,
                        Tr::tr("%1 breaks the approval rules: %2").arg(where, ok.error().message));
        registry.apply(event);
    }
    return registry;
}

} // namespace mizan
