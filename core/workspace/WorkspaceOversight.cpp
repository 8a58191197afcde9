// Human oversight of automated scores: decisions that depart from the model, and appeals.
// Free text (reasons, statements) is sealed under the subject's key, so erasure shreds it; the
// audit entries carry what was decided and by whom, never the text.

#include "privacy/PiiDetector.h"
#include "workspace/PiiVault.h"
#include "workspace/WorkspacePrivate.h"

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

QString rowTarget(const LeadRow &row)
{
    return QStringLiteral("leadset:%1/row:%2").arg(row.leadSet).arg(row.row);
}

Error fieldError(const QString &message, const QString &field)
{
    Error e = makeError(ErrorCode::InvalidInput, message);
    e.field = field;
    return e;
}

bool isDecision(const QString &d)
{
    return d == QLatin1String("positive") || d == QLatin1String("negative");
}

} // namespace

double modelThreshold(const ModelBundle &bundle)
{
    const QJsonValue t
        = bundle.metrics.value(QStringLiteral("test")).toObject().value(QStringLiteral("threshold"));
    return t.isDouble() ? t.toDouble() : 0.5;
}

Result<Workspace::PendingDecision> Workspace::prepareHumanDecision(
    qint64 runId, qint64 row, const QString &decision, const QString &reason, qint64 appeal)
{
    if (!isDecision(decision))
        return fail(fieldError(Tr::tr("A decision is \"positive\" or \"negative\", not \"%1\".")
                                   .arg(decision),
                               QStringLiteral("decision")));
    if (reason.trimmed().isEmpty())
        return fail(
            fieldError(Tr::tr("A human decision needs a reason."), QStringLiteral("reason")));
    MIZAN_TRY(s,
              d->db->prepare("SELECT r.lead_set_id, r.model_id, p.probability FROM "
                             "scoring_runs r JOIN predictions p ON p.run_id = r.id WHERE "
                             "r.id = ? AND p.row_index = ?"));
    s.bind(1, runId).bind(2, row);
    MIZAN_TRY(found, s.step());
    if (!found)
        return fail(
            fieldError(Tr::tr("Scoring run %1 has no prediction for row %2.").arg(runId).arg(row),
                       QStringLiteral("row")));
    PendingDecision pending;
    HumanDecision &out = pending.decision;
    out.lead = LeadRow{s.integer(0), row};
    out.runId = runId;
    out.probability = s.real(2);
    pending.modelId = s.integer(1);
    MIZAN_TRY(bundle, loadModel(pending.modelId));
    out.modelDecision = out.probability >= modelThreshold(bundle) ? QStringLiteral("positive")
                                                                  : QStringLiteral("negative");
    out.decision = decision;
    out.appeal = appeal;
    if (appeal == 0 && out.decision == out.modelDecision)
        return fail(fieldError(Tr::tr("The model's decision is already \"%1\"; a human "
                                      "decision records a departure from it.")
                                   .arg(out.modelDecision),
                               QStringLiteral("decision")));
    out.reason = reason.trimmed();
    out.decidedMs = now();
    out.decidedBy = m_user;
    return pending;
}

Result<> Workspace::storeHumanDecision(PendingDecision &pending)
{
    HumanDecision &out = pending.decision;
    MIZAN_TRY(sealed, sealForSubject(*d->db, out.lead, out.reason, out.decidedMs));
    MIZAN_TRY(insert,
              d->db->prepare("INSERT INTO human_decisions(lead_set_id, row_index, run_id, "
                             "probability, model_decision, decision, reason, decided_ms, "
                             "decided_by, appeal) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, out.lead.leadSet)
        .bind(2, out.lead.row)
        .bind(3, out.runId)
        .bind(4, out.probability)
        .bind(5, out.modelDecision)
        .bind(6, out.decision)
        .bind(7, sealed)
        .bind(8, out.decidedMs)
        .bind(9, m_user)
        .bind(10, out.appeal);
    MIZAN_CHECK(insert.run());
    out.id = d->db->lastInsertId();
    QJsonObject details{{QStringLiteral("decision_id"), out.id},
                        {QStringLiteral("run"), out.runId},
                        {QStringLiteral("model"), pending.modelId},
                        {QStringLiteral("model_decision"), out.modelDecision},
                        {QStringLiteral("decision"), out.decision}};
    if (out.appeal != 0)
        details.insert(QStringLiteral("appeal"), out.appeal);
    return audit(QStringLiteral("leads.override"),
                 rowTarget(out.lead),
                 QStringLiteral("ok"),
                 details);
}

Result<HumanDecision> Workspace::recordHumanDecision(qint64 runId,
                                                     qint64 row,
                                                     const QString &decision,
                                                     const QString &reason)
{
    const QString target = QStringLiteral("run:%1/row:%2").arg(runId).arg(row);
    return auditFailures(QStringLiteral("leads.override"), target, [&]() -> Result<HumanDecision> {
        MIZAN_CHECK(require(Permission::LeadsOverride, Tr::tr("record a human decision"), target));
        MIZAN_TRY(pending, prepareHumanDecision(runId, row, decision, reason, 0));
        MIZAN_CHECK(d->db->transaction([&] { return storeHumanDecision(pending); }));
        return pending.decision;
    }());
}

Result<std::vector<HumanDecision>> Workspace::humanDecisions(std::optional<LeadRow> lead)
{
    MIZAN_CHECK(require(Permission::LeadsView,
                        Tr::tr("read human decisions"),
                        lead ? rowTarget(*lead) : QStringLiteral("decisions")));
    MIZAN_TRY(s,
              d->db->prepare(lead ? "SELECT id, lead_set_id, row_index, run_id, probability, "
                                    "model_decision, decision, reason, decided_ms, decided_by, "
                                    "appeal FROM human_decisions WHERE lead_set_id = ? AND "
                                    "row_index = ? ORDER BY id"
                                  : "SELECT id, lead_set_id, row_index, run_id, probability, "
                                    "model_decision, decision, reason, decided_ms, decided_by, "
                                    "appeal FROM human_decisions ORDER BY id"));
    if (lead)
        s.bind(1, lead->leadSet).bind(2, lead->row);
    std::vector<HumanDecision> out;
    for (;;) {
        MIZAN_TRY(more, s.step());
        if (!more)
            return out;
        HumanDecision h;
        h.id = s.integer(0);
        h.lead = LeadRow{s.integer(1), s.integer(2)};
        h.runId = s.integer(3);
        h.probability = s.real(4);
        h.modelDecision = s.text(5);
        h.decision = s.text(6);
        MIZAN_TRY(reason, openForSubject(*d->db, h.lead, s.blob(7)));
        h.reason = reason;
        h.decidedMs = s.integer(8);
        h.decidedBy = s.text(9);
        h.appeal = s.integer(10);
        out.push_back(std::move(h));
    }
}

Result<Appeal> Workspace::recordAppeal(const LeadRow &lead,
                                       const QString &statement,
                                       const QString &reviewer)
{
    const QString target = rowTarget(lead);
    return auditFailures(QStringLiteral("privacy.appeal"), target, [&]() -> Result<Appeal> {
        MIZAN_CHECK(require(Permission::PrivacyExport, Tr::tr("record an appeal"), target));
        if (statement.trimmed().isEmpty())
            return fail(fieldError(Tr::tr("An appeal needs the subject's statement."),
                                   QStringLiteral("statement")));
        MIZAN_TRY(ref, subjectRefOfRow(*d->db, lead));
        static_cast<void>(ref);
        // The reviewer: an enabled user who may record human decisions, and not one who
        // already decided on this lead (the appeal goes to someone else).
        MIZAN_TRY(u, d->db->prepare("SELECT role, disabled FROM users WHERE name = ?"));
        u.bind(1, reviewer);
        MIZAN_TRY(known, u.step());
        const auto role = known ? roleFromId(u.text(0)) : std::nullopt;
        if (!role || u.integer(1) != 0 || !isAllowed(*role, Permission::LeadsOverride))
            return fail(fieldError(Tr::tr("The reviewer must be an enabled user who may record "
                                          "human decisions (an analyst); \"%1\" is not.")
                                       .arg(reviewer),
                                   QStringLiteral("reviewer")));
        MIZAN_TRY(earlier, humanDecisions(lead));
        for (const HumanDecision &h : earlier) {
            if (h.decidedBy == reviewer)
                return fail(fieldError(Tr::tr("%1 already decided on this lead; route the appeal "
                                              "to another reviewer.")
                                           .arg(reviewer),
                                       QStringLiteral("reviewer")));
        }
        Appeal a;
        a.lead = lead;
        a.statement = statement.trimmed();
        a.receivedMs = now();
        a.recordedBy = m_user;
        a.reviewer = reviewer;
        MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(sealed, sealForSubject(*d->db, lead, a.statement, a.receivedMs));
            MIZAN_TRY(insert,
                      d->db->prepare(
                          "INSERT INTO appeals(lead_set_id, row_index, statement, "
                          "received_ms, recorded_by, reviewer) VALUES(?, ?, ?, ?, ?, ?)"));
            insert.bind(1, lead.leadSet)
                .bind(2, lead.row)
                .bind(3, sealed)
                .bind(4, a.receivedMs)
                .bind(5, m_user)
                .bind(6, reviewer);
            MIZAN_CHECK(insert.run());
            a.id = d->db->lastInsertId();
            return audit(QStringLiteral("privacy.appeal"),
                         target,
                         QStringLiteral("ok"),
                         {{QStringLiteral("appeal"), a.id}, {QStringLiteral("reviewer"), reviewer}});
        }));
        return a;
    }());
}

Result<std::vector<Appeal>> Workspace::appeals(std::optional<LeadRow> lead)
{
    MIZAN_CHECK(requireSession());
    if (!can(Permission::PrivacyExport))
        MIZAN_CHECK(require(Permission::LeadsView,
                            Tr::tr("read appeals"),
                            lead ? rowTarget(*lead) : QStringLiteral("appeals")));
    MIZAN_TRY(s,
              d->db->prepare(lead ? "SELECT id, lead_set_id, row_index, statement, received_ms, "
                                    "recorded_by, reviewer, state, resolved_ms, resolved_by, "
                                    "resolution FROM appeals WHERE lead_set_id = ? AND "
                                    "row_index = ? ORDER BY id"
                                  : "SELECT id, lead_set_id, row_index, statement, received_ms, "
                                    "recorded_by, reviewer, state, resolved_ms, resolved_by, "
                                    "resolution FROM appeals ORDER BY id"));
    if (lead)
        s.bind(1, lead->leadSet).bind(2, lead->row);
    std::vector<Appeal> out;
    for (;;) {
        MIZAN_TRY(more, s.step());
        if (!more)
            return out;
        Appeal a;
        a.id = s.integer(0);
        a.lead = LeadRow{s.integer(1), s.integer(2)};
        MIZAN_TRY(statement, openForSubject(*d->db, a.lead, s.blob(3)));
        a.statement = statement;
        a.receivedMs = s.integer(4);
        a.recordedBy = s.text(5);
        a.reviewer = s.text(6);
        a.state = s.text(7);
        a.resolvedMs = s.integer(8);
        a.resolvedBy = s.text(9);
        MIZAN_TRY(resolution, openForSubject(*d->db, a.lead, s.blob(10)));
        a.resolution = resolution;
        out.push_back(std::move(a));
    }
}

Result<Appeal> Workspace::resolveAppeal(qint64 id, bool overturn, const QString &reason)
{
    const QString target = QStringLiteral("appeal:%1").arg(id);
    return auditFailures(QStringLiteral("privacy.appeal_resolve"), target, [&]() -> Result<Appeal> {
        MIZAN_CHECK(require(Permission::LeadsOverride, Tr::tr("decide an appeal"), target));
        MIZAN_TRY(all, appeals());
        const auto found = std::find_if(all.begin(), all.end(), [&](const Appeal &a) {
            return a.id == id;
        });
        if (found == all.end() || found->state != QLatin1String("open"))
            return fail(fieldError(Tr::tr("There is no open appeal %1.").arg(id),
                                   QStringLiteral("appeal")));
        Appeal a = *found;
        if (a.reviewer != m_user)
            return fail(
                fieldError(Tr::tr("Appeal %1 is routed to %2, not to you.").arg(id).arg(a.reviewer),
                           QStringLiteral("reviewer")));
        if (reason.trimmed().isEmpty())
            return fail(
                fieldError(Tr::tr("Deciding an appeal needs a reason."), QStringLiteral("reason")));
        // The decision in force: the latest human one, else the model's latest prediction.
        MIZAN_TRY(latest,
                  d->db->prepare("SELECT r.id FROM scoring_runs r JOIN predictions p ON p.run_id "
                                 "= r.id WHERE r.lead_set_id = ? AND p.row_index = ? ORDER BY "
                                 "r.id DESC LIMIT 1"));
        latest.bind(1, a.lead.leadSet).bind(2, a.lead.row);
        MIZAN_TRY(scored, latest.step());
        if (overturn && !scored)
            return fail(fieldError(Tr::tr("The lead was never scored, so there is no decision to "
                                          "overturn."),
                                   QStringLiteral("appeal")));
        a.state = overturn ? QStringLiteral("overturned") : QStringLiteral("upheld");
        a.resolvedMs = now();
        a.resolvedBy = m_user;
        a.resolution = reason.trimmed();
        std::optional<PendingDecision> pending;
        if (overturn) {
            const qint64 runId = latest.integer(0);
            MIZAN_TRY(decisions, humanDecisions(a.lead));
            QString inForce;
            if (!decisions.empty()) {
                inForce = decisions.back().decision;
            } else {
                MIZAN_TRY(p,
                          d->db->prepare("SELECT probability, model_id FROM predictions JOIN "
                                         "scoring_runs ON scoring_runs.id = run_id WHERE run_id "
                                         "= ? AND row_index = ?"));
                p.bind(1, runId).bind(2, a.lead.row);
                MIZAN_TRY(has, p.step());
                if (!has)
                    return fail(ErrorCode::Integrity, Tr::tr("A prediction vanished."));
                MIZAN_TRY(bundle, loadModel(p.integer(1)));
                inForce = p.real(0) >= modelThreshold(bundle) ? QStringLiteral("positive")
                                                              : QStringLiteral("negative");
            }
            const QString changed = inForce == QLatin1String("positive")
                                        ? QStringLiteral("negative")
                                        : QStringLiteral("positive");
            MIZAN_TRY(prepared, prepareHumanDecision(runId, a.lead.row, changed, a.resolution, id));
            pending = std::move(prepared);
        }
        MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
            if (pending)
                MIZAN_CHECK(storeHumanDecision(*pending));
            MIZAN_TRY(sealed, sealForSubject(*d->db, a.lead, a.resolution, a.resolvedMs));
            MIZAN_TRY(update,
                      d->db->prepare("UPDATE appeals SET state = ?, resolved_ms = ?, resolved_by "
                                     "= ?, resolution = ? WHERE id = ? AND state = 'open'"));
            update.bind(1, a.state).bind(2, a.resolvedMs).bind(3, m_user).bind(4, sealed).bind(5, id);
            MIZAN_CHECK(update.run());
            return audit(QStringLiteral("privacy.appeal_resolve"),
                         rowTarget(a.lead),
                         QStringLiteral("ok"),
                         {{QStringLiteral("appeal"), id}, {QStringLiteral("state"), a.state}});
        }));
        return a;
    }());
}

} // namespace mizan
