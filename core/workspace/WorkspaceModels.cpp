// The model registry of the Workspace facade: signed lifecycle events, four eyes, deployment.
// Permission, work, audit entry, in that order; the registry is rebuilt and verified from its
// signed events on every call, so an edited row is found before anything rests on it.

#include "workspace/Workspace.h"
#include "workspace/WorkspacePrivate.h"

#include "common/Crypto.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

ModelState stateAfter(const ModelRegistry &registry, const ModelEvent &event)
{
    ModelRegistry copy = registry;
    copy.apply(event);
    return copy.record(event.modelId)->state;
}
} // namespace

Result<std::vector<ModelEvent>> Workspace::readModelEvents()
{
    MIZAN_TRY(s,
              d->db->prepare(
                  "SELECT number, payload, signature FROM model_events ORDER BY number"));
    std::vector<ModelEvent> events;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            return events;
        MIZAN_TRY(event,
                  ModelEvent::fromPayload(s.blob(1),
                                          s.blob(2),
                                          Tr::tr("model event %1").arg(s.integer(0))));
        if (event.number != s.integer(0))
            return fail(ErrorCode::Integrity,
                        Tr::tr("Model event %1 is stored as number %2: the registry was edited.")
                            .arg(event.number)
                            .arg(s.integer(0)));
        events.push_back(std::move(event));
    }
}

Result<ModelRegistry> Workspace::loadRegistry()
{
    MIZAN_TRY(events, readModelEvents());
    // Every signing key a user has had, with the time it was valid: a signature counts only
    // when made with the key its signer held then.
    struct Key
    {
        QByteArray key;
        qint64 from;
        qint64 to;
    };
    QHash<QString, QList<Key>> keys;
    MIZAN_TRY(k,
              d->db->prepare("SELECT user, signing_public_key, valid_from_ms, "
                             "COALESCE(valid_to_ms, 0) FROM user_keys"));
    for (;;) {
        MIZAN_TRY(row, k.step());
        if (!row)
            break;
        keys[k.text(0)].append({k.blob(1), k.integer(2), k.integer(3)});
    }
    const auto lookup = [&keys](const QString &user, qint64 timeMs) {
        QList<QByteArray> out;
        for (const Key &key : keys.value(user)) {
            if (key.from <= timeMs && (key.to == 0 || timeMs <= key.to))
                out.append(key.key);
        }
        return out;
    };
    MIZAN_TRY(registry, ModelRegistry::replay(events, d->slots.workspaceId, lookup));

    // The state column must say what the signed history says.
    MIZAN_TRY(s, d->db->prepare("SELECT id, state, model_sha256, bundle_sha256 FROM models"));
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            break;
        const qint64 id = s.integer(0);
        const ModelRecord *r = registry.record(id);
        const QString signedState = modelStateId(r ? r->state : ModelState::Draft);
        if (s.text(1) != signedState)
            return fail(ErrorCode::Integrity,
                        Tr::tr("Model %1 is marked \"%2\" in the database, but its signed history "
                               "makes it \"%3\": the state was changed outside Mizan. No signature "
                               "supports it; restore the workspace from a verified backup.")
                            .arg(id)
                            .arg(s.text(1), signedState));
        if (r && (r->modelSha256 != s.text(2).toLatin1() || r->bundleSha256 != s.text(3).toLatin1()))
            return fail(ErrorCode::Integrity,
                        Tr::tr("Model %1's stored hashes differ from the ones its registration "
                               "signed: the model was replaced.")
                            .arg(id));
    }
    // The newest governance entry of the audit log names the newest event: removing events
    // from the end (undoing a rejection or a rollback) shows here.
    MIZAN_TRY(a,
              d->db->prepare(
                  "SELECT details FROM audit WHERE action LIKE 'model.%' AND outcome = 'ok' "
                  "AND details LIKE '%\"event_hash\"%' ORDER BY seq DESC LIMIT 1"));
    MIZAN_TRY(hasEntry, a.step());
    if (hasEntry) {
        const QJsonObject details = QJsonDocument::fromJson(a.blob(0)).object();
        if (details.value(QStringLiteral("event")).toInteger() != registry.lastNumber()
            || details.value(QStringLiteral("event_hash")).toString().toLatin1()
                   != registry.lastHash())
            return fail(ErrorCode::Integrity,
                        Tr::tr("The audit log records model event %1, but the registry ends at "
                               "event %2: registry events were removed or replaced.")
                            .arg(details.value(QStringLiteral("event")).toInteger())
                            .arg(registry.lastNumber()));
    } else if (registry.lastNumber() > 0) {
        return fail(ErrorCode::Integrity,
                    Tr::tr("The registry has events the audit log never recorded."));
    }
    return registry;
}

Result<ModelEvent> Workspace::prepareModelEvent(const ModelRegistry &registry,
                                                ModelAction action,
                                                qint64 id,
                                                const QString &comment,
                                                const QJsonObject &details)
{
    MIZAN_TRY(s, d->db->prepare("SELECT model_sha256, bundle_sha256 FROM models WHERE id = ?"));
    s.bind(1, id);
    MIZAN_TRY(found, s.step());
    if (!found)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("There is no model %1 in the workspace.").arg(id));
    if (d->recovery || d->signingSeed.isEmpty()) {
        // Audited as a denial: a recovery-key session must never decide, and trying is news.
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("model.") + modelActionId(action),
                         modelTarget(id),
                         QStringLiteral("denied"),
                         {{QStringLiteral("rule"), QStringLiteral("personal_key")}});
        }));
        return fail(ErrorCode::PermissionDenied,
                    Tr::tr("Governance decisions are signed with a person's own key; sign in as "
                           "yourself, not with the recovery key."));
    }
    ModelEvent e;
    e.workspaceId = d->slots.workspaceId;
    e.number = registry.lastNumber() + 1;
    e.previousHash = registry.lastHash();
    e.modelId = id;
    e.modelSha256 = s.text(0).toLatin1();
    e.bundleSha256 = s.text(1).toLatin1();
    e.action = action;
    e.actor = m_user;
    e.role = roleId(*m_role);
    e.timeMs = now();
    e.comment = comment.trimmed();
    e.details = details;
    if (auto allowed = registry.check(e); !allowed) {
        // A four-eyes refusal is a denial: audited as one, with the rule that refused it.
        if (allowed.error().code == ErrorCode::PermissionDenied)
            MIZAN_CHECK(d->db->transaction([&] {
                return audit(QStringLiteral("model.") + modelActionId(action),
                             modelTarget(id),
                             QStringLiteral("denied"),
                             {{QStringLiteral("rule"),
                               e.action == ModelAction::Approve || e.action == ModelAction::Reject
                                   ? QStringLiteral("four_eyes")
                                   : QStringLiteral("role")}});
            }));
        return fail(allowed.error());
    }
    MIZAN_TRY(signature, crypto::sign(d->signingSeed, e.payload()));
    e.signature = signature;
    return e;
}

Result<> Workspace::writeModelEvent(const ModelEvent &event,
                                    ModelState newState,
                                    const QJsonObject &auditExtra)
{
    MIZAN_TRY(
        s,
        d->db->prepare(
            "INSERT INTO model_events(number, model_id, payload, signature) VALUES(?, ?, ?, ?)"));
    s.bind(1, event.number).bind(2, event.modelId).bind(3, event.payload()).bind(4, event.signature);
    MIZAN_CHECK(s.run());
    if (event.action == ModelAction::Deploy || event.action == ModelAction::Rollback) {
        // The version deployed until now goes back to approved (it can be rolled back to).
        MIZAN_TRY(back,
                  d->db->prepare("UPDATE models SET state = 'approved' WHERE state = 'deployed'"));
        MIZAN_CHECK(back.run());
    }
    MIZAN_TRY(u, d->db->prepare("UPDATE models SET state = ? WHERE id = ?"));
    u.bind(1, modelStateId(newState)).bind(2, event.modelId);
    MIZAN_CHECK(u.run());
    QJsonObject details = auditExtra;
    details.insert(QStringLiteral("event"), event.number);
    details.insert(QStringLiteral("event_hash"), QString::fromLatin1(event.hash()));
    details.insert(QStringLiteral("model_sha256"), QString::fromLatin1(event.modelSha256));
    details.insert(QStringLiteral("state"), modelStateId(newState));
    if (!event.comment.isEmpty())
        details.insert(QStringLiteral("comment"), event.comment);
    return audit(QStringLiteral("model.") + modelActionId(event.action),
                 modelTarget(event.modelId),
                 QStringLiteral("ok"),
                 details);
}

Result<ModelEvent> Workspace::recordModelEvent(ModelAction action,
                                               qint64 id,
                                               const QString &comment,
                                               const QJsonObject &details,
                                               const QJsonObject &auditExtra)
{
    MIZAN_TRY(registry, loadRegistry());
    MIZAN_TRY(event, prepareModelEvent(registry, action, id, comment, details));
    const ModelState state = stateAfter(registry, event);
    MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
        MIZAN_CHECK(writeModelEvent(event, state, auditExtra));
        if (action != ModelAction::Approve)
            return {};
        // ARCHITECTURE.md "Audit log": approvals are checkpointed, co-signed by the approver.
        const KeySlot *slot = d->slots.find(m_user);
        const CoSigner cosigner{m_user,
                                slot ? slot->signingPublicKey : QByteArray(),
                                &d->signingSeed};
        MIZAN_CHECK(AuditLog::writeCheckpoint(*d->db,
                                              d->signer(),
                                              QStringLiteral("approval"),
                                              now(),
                                              slot ? &cosigner : nullptr));
        return {};
    }));
    return event;
}

Result<std::vector<ModelVersion>> Workspace::modelVersions()
{
    MIZAN_CHECK(require(Permission::ModelsView, Tr::tr("list models"), QStringLiteral("models")));
    MIZAN_TRY(registry, loadRegistry());
    MIZAN_TRY(s,
              d->db->prepare(
                  "SELECT m.id, m.name, m.origin, m.model_sha256, m.bundle_sha256, m.imported_ms, "
                  "m.imported_by, a.level, a.score, a.created_ms FROM models m LEFT JOIN "
                  "model_assessments a ON a.id = (SELECT MAX(id) FROM model_assessments "
                  "WHERE model_id = m.id) ORDER BY m.id"));
    std::vector<ModelVersion> out;
    const qint64 nowMs = now();
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            return out;
        ModelVersion v;
        v.info = modelFromRow(s);
        if (const ModelRecord *r = registry.record(v.info.id)) {
            v.record = *r;
        } else {
            v.record.modelId = v.info.id;
            v.record.modelSha256 = v.info.modelSha256;
            v.record.bundleSha256 = v.info.bundleSha256;
        }
        v.riskLevel = s.text(7);
        v.riskScore = int(s.integer(8));
        v.assessedMs = s.integer(9);
        v.revalidationDue = v.record.revalidationDue(nowMs)
                            && (v.record.state == ModelState::Approved
                                || v.record.state == ModelState::Deployed);
        out.push_back(std::move(v));
    }
}

Result<ModelVersion> Workspace::modelVersion(qint64 id)
{
    MIZAN_TRY(all, modelVersions());
    for (ModelVersion &v : all) {
        if (v.info.id == id)
            return std::move(v);
    }
    return fail(ErrorCode::InvalidInput, Tr::tr("There is no model %1 in the workspace.").arg(id));
}

Result<std::vector<ModelEvent>> Workspace::modelHistory(std::optional<qint64> id)
{
    MIZAN_CHECK(require(Permission::ModelsView,
                        Tr::tr("read the model history"),
                        id ? modelTarget(*id) : QStringLiteral("models")));
    MIZAN_CHECK(loadRegistry()); // verifies before anything is shown as true
    MIZAN_TRY(events, readModelEvents());
    if (id)
        std::erase_if(events, [&](const ModelEvent &e) { return e.modelId != *id; });
    return events;
}

Result<std::vector<DeploymentPeriod>> Workspace::deploymentTimeline()
{
    MIZAN_CHECK(require(Permission::ModelsView,
                        Tr::tr("read the deployment timeline"),
                        QStringLiteral("models")));
    MIZAN_TRY(registry, loadRegistry());
    return registry.timeline();
}

Result<std::optional<qint64>> Workspace::deployedModelAt(qint64 timeMs)
{
    MIZAN_CHECK(require(Permission::ModelsView,
                        Tr::tr("read the deployment timeline"),
                        QStringLiteral("models")));
    MIZAN_TRY(registry, loadRegistry());
    return registry.deployedAt(timeMs);
}

Result<PredictionProvenance> Workspace::predictionProvenance(qint64 runId)
{
    MIZAN_CHECK(require(Permission::ModelsView,
                        Tr::tr("read which model scored a run"),
                        QStringLiteral("run:%1").arg(runId)));
    MIZAN_TRY(registry, loadRegistry());
    MIZAN_TRY(s,
              d->db->prepare(
                  "SELECT model_id, model_sha256, scored_ms, scored_by FROM scoring_runs "
                  "WHERE id = ?"));
    s.bind(1, runId);
    MIZAN_TRY(found, s.step());
    if (!found)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("There is no scoring run %1 in the workspace.").arg(runId));
    PredictionProvenance p;
    p.runId = runId;
    p.modelId = s.integer(0);
    p.modelSha256 = s.text(1).toLatin1();
    p.scoredMs = s.integer(2);
    p.scoredBy = s.text(3);
    p.deployedThen = registry.deployedAt(p.scoredMs);
    return p;
}

Result<RiskAssessment> Workspace::submitModel(qint64 id,
                                              const QString &justification,
                                              qint64 referenceLeadSet,
                                              const JobControl &job)
{
    return auditFailures(
        QStringLiteral("model.submit"), modelTarget(id), [&]() -> Result<RiskAssessment> {
            MIZAN_CHECK(
                require(Permission::ModelsSubmit, Tr::tr("submit a model"), modelTarget(id)));
            MIZAN_TRY(registry, loadRegistry());
            // A model stored before the registry existed is registered by its importer first.
            if (!registry.record(id)) {
                MIZAN_TRY(event, prepareModelEvent(registry, ModelAction::Register, id, {}, {}));
                MIZAN_CHECK(
                    d->db->transaction([&] { return writeModelEvent(event, ModelState::Draft); }));
            }
            // The rules are checked before the (long) assessment.
            MIZAN_CHECK(prepareModelEvent(registry, ModelAction::Submit, id, justification, {}));
            MIZAN_TRY(assessment, computeAssessment(id, referenceLeadSet, job));
            MIZAN_CHECK(recordModelEvent(ModelAction::Submit,
                                         id,
                                         justification,
                                         {{QStringLiteral("risk_level"), assessment.level},
                                          {QStringLiteral("risk_score"), assessment.score}},
                                         {{QStringLiteral("risk_level"), assessment.level}}));
            return assessment;
        }());
}

Result<ApprovalOutcome> Workspace::approveModel(qint64 id,
                                                const ApprovalRequest &request,
                                                const JobControl &job)
{
    return auditFailures(
        QStringLiteral("model.approve"), modelTarget(id), [&]() -> Result<ApprovalOutcome> {
            MIZAN_CHECK(
                require(Permission::ModelsApprove, Tr::tr("approve a model"), modelTarget(id)));
            MIZAN_CHECK(requireFresh(Tr::tr("approve a model"), modelTarget(id)));
            MIZAN_TRY(policy, governancePolicy());
            const qint64 nowMs = now();
            const qint64 latest = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)
                                      .addMonths(policy.revalidationMonths)
                                      .toMSecsSinceEpoch();
            const qint64 revalidateBy = request.revalidateByMs > 0 ? request.revalidateByMs
                                                                   : latest;
            if (revalidateBy > latest || revalidateBy <= nowMs)
                return fail(withField(makeError(ErrorCode::InvalidInput,
                                                Tr::tr("The revalidation date must be in the next "
                                                       "%n month(s) (the policy's period).",
                                                       nullptr,
                                                       policy.revalidationMonths)),
                                      QStringLiteral("revalidate_by")));
            // The four-eyes and state rules first, so a refused approval costs no assessment.
            MIZAN_TRY(registry, loadRegistry());
            QJsonObject details{{QStringLiteral("revalidate_by_ms"), revalidateBy},
                                {QStringLiteral("risk_level"), QStringLiteral("low")}};
            MIZAN_CHECK(
                prepareModelEvent(registry, ModelAction::Approve, id, request.comment, details));
            qint64 reference = request.referenceLeadSet;
            if (reference == 0) {
                MIZAN_TRY(previous, latestAssessment(id));
                if (previous)
                    reference = previous->referenceLeadSet;
            }
            MIZAN_TRY(assessment, computeAssessment(id, reference, job));
            const QStringList failing = assessment.failingGates();
            if (!failing.isEmpty() && request.overrideReason.trimmed().isEmpty()) {
                QStringList texts;
                for (const GateResult &g : assessment.gates) {
                    if (!g.passed)
                        texts.append(QStringLiteral("%1 (%2)").arg(g.title, g.text));
                }
                return fail(withField(makeError(ErrorCode::InvalidInput,
                                                Tr::tr("Model %1 fails the policy gates: %2 "
                                                       "Approving it anyway needs a written "
                                                       "override reason.")
                                                    .arg(id)
                                                    .arg(texts.join(QStringLiteral("; ")))),
                                      QStringLiteral("override_reason")));
            }
            details.insert(QStringLiteral("risk_level"), assessment.level);
            details.insert(QStringLiteral("risk_score"), assessment.score);
            if (!failing.isEmpty()) {
                details.insert(QStringLiteral("overridden_gates"),
                               QJsonArray::fromStringList(failing));
                details.insert(QStringLiteral("override_reason"), request.overrideReason.trimmed());
            }
            MIZAN_TRY(event,
                      recordModelEvent(ModelAction::Approve,
                                       id,
                                       request.comment,
                                       details,
                                       {{QStringLiteral("risk_level"), assessment.level},
                                        {QStringLiteral("revalidate_by_ms"), revalidateBy},
                                        {QStringLiteral("overridden_gates"),
                                         QJsonArray::fromStringList(failing)}}));
            if (!failing.isEmpty())
                MIZAN_CHECK(d->db->transaction([&] {
                    return audit(QStringLiteral("model.gate_override"),
                                 modelTarget(id),
                                 QStringLiteral("ok"),
                                 {{QStringLiteral("gates"), QJsonArray::fromStringList(failing)},
                                  {QStringLiteral("reason"), request.overrideReason.trimmed()},
                                  {QStringLiteral("event"), event.number}});
                }));
            MIZAN_TRY(after, loadRegistry());
            const ModelRecord *r = after.record(id);
            ApprovalOutcome outcome;
            outcome.state = r->state;
            outcome.approvals = int(r->pending.empty() ? r->approvals.size() : r->pending.size());
            outcome.needed = r->pending.empty() ? int(r->approvals.size()) : r->approvalsNeeded();
            outcome.assessment = std::move(assessment);
            outcome.event = event.number;
            return outcome;
        }());
}

Result<> Workspace::rejectModel(qint64 id, const QString &comment)
{
    return auditFailures(QStringLiteral("model.reject"), modelTarget(id), [&]() -> Result<> {
        MIZAN_CHECK(require(Permission::ModelsReject, Tr::tr("reject a model"), modelTarget(id)));
        MIZAN_CHECK(requireFresh(Tr::tr("reject a model"), modelTarget(id)));
        MIZAN_CHECK(recordModelEvent(ModelAction::Reject, id, comment, {}));
        return {};
    }());
}

Result<> Workspace::deployModel(qint64 id, const QString &comment)
{
    return auditFailures(QStringLiteral("model.deploy"), modelTarget(id), [&]() -> Result<> {
        MIZAN_CHECK(require(Permission::ModelsDeploy, Tr::tr("deploy a model"), modelTarget(id)));
        MIZAN_CHECK(requireFresh(Tr::tr("deploy a model"), modelTarget(id)));
        MIZAN_TRY(registry, loadRegistry());
        // The bundle must pass its load-time checks before it is put in front of users.
        MIZAN_CHECK(checkedBundle(id, registry.record(id)));
        const auto previous = registry.deployed();
        MIZAN_CHECK(recordModelEvent(ModelAction::Deploy,
                                     id,
                                     comment,
                                     {{QStringLiteral("previous"), previous ? *previous : 0}},
                                     {{QStringLiteral("previous"), previous ? *previous : 0}}));
        return {};
    }());
}

Result<> Workspace::rollbackModel(qint64 id, const QString &reason)
{
    return auditFailures(QStringLiteral("model.rollback"), modelTarget(id), [&]() -> Result<> {
        MIZAN_CHECK(
            require(Permission::ModelsRollback, Tr::tr("roll back a model"), modelTarget(id)));
        MIZAN_CHECK(requireFresh(Tr::tr("roll back a model"), modelTarget(id)));
        MIZAN_TRY(registry, loadRegistry());
        MIZAN_CHECK(checkedBundle(id, registry.record(id)));
        const auto previous = registry.deployed();
        MIZAN_CHECK(recordModelEvent(ModelAction::Rollback,
                                     id,
                                     reason,
                                     {{QStringLiteral("previous"), previous ? *previous : 0}},
                                     {{QStringLiteral("previous"), previous ? *previous : 0}}));
        return {};
    }());
}

Result<> Workspace::retireModel(qint64 id, const QString &reason)
{
    return auditFailures(QStringLiteral("model.retire"), modelTarget(id), [&]() -> Result<> {
        MIZAN_CHECK(require(Permission::ModelsRetire, Tr::tr("retire a model"), modelTarget(id)));
        MIZAN_CHECK(recordModelEvent(ModelAction::Retire, id, reason, {}));
        return {};
    }());
}

} // namespace mizan
