#include "workspace/WorkspaceTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::AccessReview)
};

QString isoTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject UserInfo::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("role"), roleId(role)},
            {QStringLiteral("view_pii"), viewPii},
            {QStringLiteral("disabled"), disabled},
            {QStringLiteral("locked_out"), lockedOut},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("pending_grant"), pendingGrant},
            {QStringLiteral("failed_attempts"), failedAttempts},
            {QStringLiteral("created"), isoTime(createdMs)},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("last_login"), isoTime(lastLoginMs)}};
}

QJsonObject GrantRecord::toJson() const
{
    return {{QStringLiteral("user"), user},
            {QStringLiteral("grant"), grant},
            {QStringLiteral("requested_by"), requestedBy},
            {QStringLiteral("requested"), isoTime(requestedMs)},
            {QStringLiteral("confirmed_by"), confirmedBy},
            {QStringLiteral("confirmed"), isoTime(confirmedMs)},
            {QStringLiteral("state"), state}};
}

QJsonObject AccessReview::toJson() const
{
    QJsonArray userArray;
    for (const UserInfo &u : users)
        userArray.append(u.toJson());
    QJsonArray grantArray;
    for (const GrantRecord &g : grants)
        grantArray.append(g.toJson());
    return {{QStringLiteral("format"), QStringLiteral("mizan.access-review/1")},
            {QStringLiteral("workspace_id"), workspaceId},
            {QStringLiteral("generated"), isoTime(generatedMs)},
            {QStringLiteral("generated_by"), generatedBy},
            {QStringLiteral("users"), userArray},
            {QStringLiteral("grants"), grantArray}};
}

QString AccessReview::toText() const
{
    QString out;
    out += Tr::tr("Access review of workspace %1, %2, by %3")
               .arg(workspaceId, isoTime(generatedMs), generatedBy);
    out += QLatin1String("\n\n");
    out += Tr::tr("Users") + QLatin1Char('\n');
    for (const UserInfo &u : users) {
        QStringList state;
        if (u.disabled)
            state << Tr::tr("disabled");
        if (u.lockedOut)
            state << Tr::tr("slot locked after failed sign-ins");
        if (u.pending)
            state << Tr::tr("awaiting confirmation");
        if (u.viewPii)
            state << Tr::tr("may view personal data");
        out += QStringLiteral("  %1  %2  %3  %4  %5\n")
                   .arg(u.name, -16)
                   .arg(roleId(u.role), -16)
                   .arg(Tr::tr("last sign-in %1")
                            .arg(u.lastLoginMs ? isoTime(u.lastLoginMs) : Tr::tr("never")),
                        -40)
                   .arg(Tr::tr("created by %1").arg(u.createdBy))
                   .arg(state.join(QLatin1String(", ")));
    }
    out += QLatin1Char('\n') + Tr::tr("Grants") + QLatin1Char('\n');
    for (const GrantRecord &g : grants) {
        out += QStringLiteral("  %1  %2  %3  %4  %5\n")
                   .arg(isoTime(g.requestedMs), -24)
                   .arg(g.user, -16)
                   .arg(g.grant, -34)
                   .arg(Tr::tr("by %1").arg(g.requestedBy))
                   .arg(g.state == QLatin1String("pending")
                            ? Tr::tr("PENDING a second administrator")
                            : (g.confirmedBy.isEmpty()
                                   ? QString()
                                   : Tr::tr("confirmed by %1").arg(g.confirmedBy)));
    }
    return out;
}

QJsonObject WorkspaceInfo::toJson() const
{
    return {{QStringLiteral("directory"), directory},
            {QStringLiteral("workspace_id"), workspaceId},
            {QStringLiteral("cipher_version"), cipherVersion},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("key_generation"), keyGeneration},
            {QStringLiteral("idle_lock_minutes"), idleLockMinutes},
            {QStringLiteral("created"), isoTime(createdMs)},
            {QStringLiteral("users"), users},
            {QStringLiteral("key_slots"), slots},
            {QStringLiteral("audit_entries"), auditEntries},
            {QStringLiteral("lead_sets"), leadSets},
            {QStringLiteral("models"), models},
            {QStringLiteral("workspace_public_key"),
             QString::fromLatin1(workspacePublicKey.toBase64())}};
}

QJsonObject LeadSetInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("source_file"), sourceFile},
            {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("imported"), isoTime(importedMs)},
            {QStringLiteral("imported_by"), importedBy}};
}

QJsonObject FairnessLeadSet::toJson() const
{
    QJsonObject o = info.toJson();
    o.insert(QStringLiteral("labelled"), labelled);
    QJsonArray attributes;
    for (const SensitiveSpec &s : sensitive)
        attributes.append(s.toJson());
    o.insert(QStringLiteral("sensitive"), attributes);
    return o;
}

QJsonObject ModelInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("origin"), origin},
            {QStringLiteral("model_sha256"), QString::fromLatin1(modelSha256)},
            {QStringLiteral("bundle_sha256"), QString::fromLatin1(bundleSha256)},
            {QStringLiteral("imported"), isoTime(importedMs)},
            {QStringLiteral("imported_by"), importedBy}};
}

QJsonObject ModelVersion::toJson() const
{
    QJsonObject o = info.toJson();
    const ModelRecord &r = record;
    o.insert(QStringLiteral("state"), modelStateId(r.state));
    QJsonArray authors;
    for (const QString &a : r.authors)
        authors.append(a);
    o.insert(QStringLiteral("authors"), authors);
    if (!r.submittedBy.isEmpty()) {
        o.insert(QStringLiteral("submitted_by"), r.submittedBy);
        o.insert(QStringLiteral("submitted"), isoTime(r.submittedMs));
        o.insert(QStringLiteral("justification"), r.justification);
    }
    const auto approvals = [](const std::vector<ModelApproval> &list) {
        QJsonArray out;
        for (const ModelApproval &a : list) {
            QJsonObject x{{QStringLiteral("approver"), a.approver},
                          {QStringLiteral("time"), isoTime(a.timeMs)},
                          {QStringLiteral("revalidate_by"), isoTime(a.revalidateByMs)},
                          {QStringLiteral("risk_level"), a.riskLevel},
                          {QStringLiteral("comment"), a.comment},
                          {QStringLiteral("event"), a.event}};
            if (!a.overriddenGates.isEmpty()) {
                x.insert(QStringLiteral("overridden_gates"),
                         QJsonArray::fromStringList(a.overriddenGates));
                x.insert(QStringLiteral("override_reason"), a.overrideReason);
            }
            out.append(x);
        }
        return out;
    };
    o.insert(QStringLiteral("approvals"), approvals(r.approvals));
    o.insert(QStringLiteral("pending_approvals"), approvals(r.pending));
    o.insert(QStringLiteral("approvals_needed"), r.approvalsNeeded());
    if (r.revalidateByMs > 0)
        o.insert(QStringLiteral("revalidate_by"), isoTime(r.revalidateByMs));
    o.insert(QStringLiteral("revalidation_due"), revalidationDue);
    if (!r.rejectedBy.isEmpty()) {
        o.insert(QStringLiteral("rejected_by"), r.rejectedBy);
        o.insert(QStringLiteral("reject_comment"), r.rejectComment);
    }
    if (!riskLevel.isEmpty()) {
        o.insert(QStringLiteral("risk_level"), riskLevel);
        o.insert(QStringLiteral("risk_score"), riskScore);
        o.insert(QStringLiteral("assessed"), isoTime(assessedMs));
    }
    return o;
}

QJsonObject PredictionProvenance::toJson() const
{
    return {{QStringLiteral("run"), runId},
            {QStringLiteral("model"), modelId},
            {QStringLiteral("model_sha256"), QString::fromLatin1(modelSha256)},
            {QStringLiteral("scored"), isoTime(scoredMs)},
            {QStringLiteral("scored_by"), scoredBy},
            {QStringLiteral("deployed_then"),
             deployedThen ? QJsonValue(*deployedThen) : QJsonValue()}};
}

QJsonObject ScoringRunInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("lead_set"), leadSetId},
            {QStringLiteral("model"), modelId},
            {QStringLiteral("model_sha256"), QString::fromLatin1(modelSha256)},
            {QStringLiteral("input_sha256"), QString::fromLatin1(inputSha256)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("scored"), isoTime(scoredMs)},
            {QStringLiteral("scored_by"), scoredBy}};
}

} // namespace mizan
