// Retention: what is past its period goes, except what a legal hold keeps; a dry run lists
// exactly what applying removes (both come from planRetention).

#include "audit/EvidencePack.h"
#include "common/Sha256.h"
#include "workspace/PiiVault.h"
#include "workspace/WorkspacePrivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <set>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

Result<> runSql(Database &db, const char *sql, std::initializer_list<qint64> values)
{
    MIZAN_TRY(s, db.prepare(sql));
    int i = 0;
    for (qint64 v : values)
        s.bind(++i, v);
    return s.run();
}

} // namespace

Result<RetentionPolicy> Workspace::retentionPolicy()
{
    if (!can(Permission::AuditView))
        MIZAN_CHECK(require(Permission::RetentionManage,
                            Tr::tr("read the retention policy"),
                            QStringLiteral("retention:policy")));
    MIZAN_TRY(s, d->db->prepare("SELECT value FROM meta WHERE key = 'retention_policy'"));
    MIZAN_TRY(found, s.step());
    if (!found)
        return RetentionPolicy{};
    auto policy = RetentionPolicy::fromJson(QJsonDocument::fromJson(s.text(0).toUtf8()).object());
    if (!policy)
        return fail(ErrorCode::Integrity,
                    Tr::tr("The stored retention policy is damaged: %1").arg(policy.error().message));
    return *policy;
}

Result<> Workspace::setRetentionPolicy(const RetentionPolicy &policy)
{
    const QString target = QStringLiteral("retention:policy");
    return auditFailures(QStringLiteral("retention.policy"), target, [&]() -> Result<> {
        MIZAN_CHECK(
            require(Permission::RetentionManage, Tr::tr("change the retention policy"), target));
        MIZAN_CHECK(policy.validate());
        return d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(s,
                      d->db->prepare(
                          "INSERT OR REPLACE INTO meta(key, value) VALUES('retention_policy', ?)"));
            s.bind(1,
                   QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
            MIZAN_CHECK(s.run());
            return audit(QStringLiteral("retention.policy"),
                         target,
                         QStringLiteral("ok"),
                         policy.toJson());
        });
    }());
}

Result<RetentionPlan> Workspace::planRetention(qint64 nowMs, const JobControl &job)
{
    RetentionPlan plan;
    MIZAN_TRY(policy, retentionPolicy());
    plan.policy = policy;
    plan.nowMs = nowMs;
    // Holds in force: on lead sets, and on models (which keep their training data, found by
    // its SHA-256 in the bundle, and their predictions).
    std::map<QString, qint64> holds;
    std::map<QByteArray, qint64> heldTrainingData;
    {
        MIZAN_TRY(s, d->db->prepare("SELECT id, target FROM legal_holds WHERE lifted_ms = 0"));
        for (;;) {
            MIZAN_TRY(more, s.step());
            if (!more)
                break;
            holds.emplace(s.text(1), s.integer(0));
        }
    }
    for (const auto &[target, hold] : holds) {
        if (!target.startsWith(QLatin1String("model:")))
            continue;
        MIZAN_TRY(m, d->db->prepare("SELECT bundle FROM models WHERE id = ?"));
        m.bind(1, target.mid(6).toLongLong());
        MIZAN_TRY(found, m.step());
        if (!found)
            continue;
        MIZAN_TRY(bundle, ModelBundle::fromJson(m.blob(0), target));
        if (!bundle.trainingDataSha256.isEmpty())
            heldTrainingData.emplace(bundle.trainingDataSha256, hold);
    }
    const auto heldBy = [&](const QString &target) -> qint64 {
        const auto h = holds.find(target);
        return h == holds.end() ? 0 : h->second;
    };
    if (job.cancelled())
        return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));

    const QLocale c = QLocale::c();
    const qint64 leadsCutoff = nowMs - qint64(policy.leadsDays) * kDayMs;
    MIZAN_TRY(sets,
              d->db->prepare("SELECT id, name, sha256, row_count, imported_ms FROM lead_sets "
                             "WHERE purged_ms = 0 AND imported_ms < ? ORDER BY id"));
    sets.bind(1, leadsCutoff);
    for (;;) {
        MIZAN_TRY(more, sets.step());
        if (!more)
            break;
        RetentionItem item;
        item.dataClass = QStringLiteral("leads");
        item.target = QStringLiteral("leadset:%1").arg(sets.integer(0));
        item.rows = sets.integer(3);
        item.createdMs = sets.integer(4);
        item.what = Tr::tr("lead set %1 (%2), %3 rows")
                        .arg(sets.integer(0))
                        .arg(sets.text(1), c.toString(item.rows));
        item.heldBy = heldBy(item.target);
        if (item.heldBy == 0) {
            const auto training = heldTrainingData.find(sets.text(2).toLatin1());
            if (training != heldTrainingData.end())
                item.heldBy = training->second;
        }
        plan.items.push_back(item);
    }
    const qint64 predictionsCutoff = nowMs - qint64(policy.predictionsDays) * kDayMs;
    MIZAN_TRY(runs,
              d->db->prepare("SELECT r.id, r.lead_set_id, r.model_id, r.row_count, r.scored_ms "
                             "FROM scoring_runs r JOIN lead_sets l ON l.id = r.lead_set_id "
                             "WHERE r.purged_ms = 0 AND r.scored_ms < ? ORDER BY r.id"));
    runs.bind(1, predictionsCutoff);
    std::set<QString> goingSets;
    for (const RetentionItem &item : plan.items) {
        if (item.heldBy == 0)
            goingSets.insert(item.target);
    }
    for (;;) {
        MIZAN_TRY(more, runs.step());
        if (!more)
            break;
        const QString set = QStringLiteral("leadset:%1").arg(runs.integer(1));
        if (goingSets.contains(set))
            continue; // its lead set goes whole, predictions with it
        RetentionItem item;
        item.dataClass = QStringLiteral("predictions");
        item.target = QStringLiteral("run:%1").arg(runs.integer(0));
        item.rows = runs.integer(3);
        item.createdMs = runs.integer(4);
        item.what = Tr::tr("predictions of scoring run %1 (lead set %2, model %3), %4 rows")
                        .arg(runs.integer(0))
                        .arg(runs.integer(1))
                        .arg(runs.integer(2))
                        .arg(c.toString(item.rows));
        item.heldBy = heldBy(set);
        if (item.heldBy == 0)
            item.heldBy = heldBy(modelTarget(runs.integer(2)));
        plan.items.push_back(item);
    }
    const qint64 outcomesCutoff = nowMs - qint64(policy.outcomesDays) * kDayMs;
    MIZAN_TRY(outcomes,
              d->db->prepare("SELECT count(*), coalesce(min(observed_ms), 0) FROM outcomes WHERE "
                             "observed_ms < ?"));
    outcomes.bind(1, outcomesCutoff);
    MIZAN_TRY(counted, outcomes.step());
    if (counted && outcomes.integer(0) > 0) {
        RetentionItem item;
        item.dataClass = QStringLiteral("outcomes");
        item.target = QStringLiteral("outcomes:before:%1").arg(outcomesCutoff);
        item.rows = outcomes.integer(0);
        item.createdMs = outcomes.integer(1);
        item.what = Tr::tr("%1 known outcomes observed more than %2 days ago")
                        .arg(c.toString(item.rows))
                        .arg(policy.outcomesDays);
        plan.items.push_back(item);
    }
    // The audit log: whole segments past its period are sealed into a signed archive, then
    // pruned. The segment ends on an even entry, so every node the remaining log needs is an
    // interior node of the stored tree (kept), never a pruned leaf.
    MIZAN_TRY(sealed, AuditLog::sealedUpTo(*d->db));
    MIZAN_TRY(old,
              d->db->prepare("SELECT coalesce(max(seq), 0), count(*), coalesce(min(time_ms), 0) "
                             "FROM audit WHERE time_ms < ?"));
    old.bind(1, nowMs - qint64(policy.auditDays) * kDayMs);
    MIZAN_TRY(oldFound, old.step());
    plan.auditEntriesPastRetention = oldFound ? old.integer(1) : 0;
    const qint64 upTo = oldFound ? old.integer(0) & ~qint64(1) : 0;
    if (upTo > sealed) {
        RetentionItem item;
        item.dataClass = QStringLiteral("audit");
        item.target = QStringLiteral("audit:%1-%2").arg(sealed + 1).arg(upTo);
        item.rows = upTo - sealed;
        item.createdMs = old.integer(2);
        item.what = Tr::tr("audit entries %1 to %2, sealed into a signed archive, then pruned")
                        .arg(sealed + 1)
                        .arg(upTo);
        item.heldBy = heldBy(QStringLiteral("audit"));
        plan.items.push_back(item);
    }
    plan.notes << Tr::tr(
        "Explanations are not stored: each is computed when asked for, and its receipt "
        "is an audit entry.")
               << Tr::tr(
                      "Exports are files outside the workspace; their register is the audit log. "
                      "Delete exported files after %1 days where you keep them.")
                      .arg(policy.exportsDays);
    if (sealed > 0)
        plan.notes << Tr::tr("Audit entries 1 to %1 are sealed in archives under %2.")
                          .arg(sealed)
                          .arg(QDir::toNativeSeparators(
                              QDir(m_dir).filePath(QStringLiteral("archive"))));
    if (plan.auditEntriesPastRetention == 0)
        plan.notes << Tr::tr("No audit entry is older than %1 days.").arg(policy.auditDays);
    return plan;
}

Result<> Workspace::removeLeadSetRows(qint64 id, qint64 nowMs)
{
    MIZAN_TRY(spec, storedLeadSetSpec(*d->db, id));
    std::vector<QString> refs;
    {
        MIZAN_TRY(s, d->db->prepare("SELECT lead_id, row_index FROM leads WHERE lead_set_id = ?"));
        s.bind(1, id);
        for (;;) {
            MIZAN_TRY(more, s.step());
            if (!more)
                break;
            refs.push_back(spec.id.isEmpty() ? rowSubjectRef(id, s.integer(1)) : s.text(0));
        }
    }
    for (const char *sql : {"DELETE FROM lead_pii WHERE lead_set_id = ?",
                            "DELETE FROM human_decisions WHERE lead_set_id = ?",
                            "DELETE FROM appeals WHERE lead_set_id = ?",
                            "DELETE FROM predictions WHERE run_id IN (SELECT id FROM "
                            "scoring_runs WHERE lead_set_id = ?)",
                            "DELETE FROM leads WHERE lead_set_id = ?"})
        MIZAN_CHECK(runSql(*d->db, sql, {id}));
    MIZAN_CHECK(runSql(*d->db,
                       "UPDATE scoring_runs SET purged_ms = ? WHERE lead_set_id = ? AND "
                       "purged_ms = 0",
                       {nowMs, id}));
    MIZAN_CHECK(runSql(*d->db, "UPDATE lead_sets SET purged_ms = ? WHERE id = ?", {nowMs, id}));
    // A subject whose every row is gone loses their key too.
    MIZAN_TRY(still, d->db->prepare("SELECT 1 FROM leads WHERE lead_id = ? LIMIT 1"));
    MIZAN_TRY(drop, d->db->prepare("DELETE FROM subjects WHERE ref = ?"));
    for (const QString &ref : refs) {
        bool remains = false;
        if (!spec.id.isEmpty()) {
            still.bind(1, ref);
            MIZAN_TRY(found, still.step());
            remains = found;
            MIZAN_CHECK(still.reset());
        }
        if (remains)
            continue;
        drop.bind(1, ref);
        MIZAN_CHECK(drop.run());
        MIZAN_CHECK(drop.reset());
    }
    return {};
}

Result<QJsonObject> Workspace::sealAuditSegment(const RetentionItem &item,
                                                qint64 nowMs,
                                                const JobControl &job)
{
    const QString range = item.target.mid(6); // "audit:F-T"
    const qint64 from = range.section(QLatin1Char('-'), 0, 0).toLongLong();
    const qint64 upTo = range.section(QLatin1Char('-'), 1, 1).toLongLong();
    const QString archive = QDir(m_dir).filePath(QStringLiteral("archive/audit-%1-%2")
                                                     .arg(from, 9, 10, QLatin1Char('0'))
                                                     .arg(upTo, 9, 10, QLatin1Char('0')));
    if (QFileInfo::exists(archive))
        return fail(withFile(makeError(ErrorCode::InvalidInput,
                                       Tr::tr("The audit archive %1 exists already; move it away "
                                              "and run retention again.")
                                           .arg(QDir::toNativeSeparators(archive))),
                             archive));
    // The archive is an evidence pack of the segment with inclusion proofs in a checkpoint
    // written now, signed by the workspace key and co-signed by the privacy officer.
    MIZAN_TRY(keys, auditKeyring());
    const KeySlot *slot = d->recovery ? nullptr : d->slots.find(m_user);
    const CoSigner cosigner{m_user, slot ? slot->signingPublicKey : QByteArray(), &d->signingSeed};
    MIZAN_CHECK(AuditLog::writeCheckpoint(*d->db,
                                          d->signer(),
                                          QStringLiteral("seal"),
                                          nowMs,
                                          slot ? &cosigner : nullptr));
    AuditFilter filter;
    filter.fromSeq = from;
    filter.toSeq = upTo;
    m_pendingArchive = archive;
    MIZAN_TRY(written,
              EvidencePack::write(*d->db,
                                  archive,
                                  keys,
                                  d->signer(),
                                  slot ? &cosigner : nullptr,
                                  filter,
                                  nowMs,
                                  job));
    if (written.entries != upTo - from + 1)
        return fail(ErrorCode::Integrity,
                    Tr::tr("The archive holds %1 entries, not the %2 of the segment.")
                        .arg(written.entries)
                        .arg(upTo - from + 1));
    QFile manifest(QDir(archive).filePath(QStringLiteral("manifest.json")));
    if (!manifest.open(QIODevice::ReadOnly))
        return fail(
            withFile(makeError(ErrorCode::Io, Tr::tr("cannot read %1").arg(manifest.fileName())),
                     manifest.fileName()));
    const QString sha = QString::fromLatin1(Sha256::hashHex(manifest.readAll()));
    MIZAN_TRY(insert,
              d->db->prepare("INSERT INTO audit_seals(upto_seq, archive, archive_sha256, "
                             "sealed_ms, sealed_by) VALUES(?, ?, ?, ?, ?)"));
    insert.bind(1, upTo)
        .bind(2, QFileInfo(archive).fileName())
        .bind(3, sha)
        .bind(4, nowMs)
        .bind(5, m_user);
    MIZAN_CHECK(insert.run());
    MIZAN_CHECK(runSql(*d->db, "DELETE FROM audit WHERE seq <= ?", {upTo}));
    return QJsonObject{{QStringLiteral("sealed_from"), from},
                       {QStringLiteral("sealed_to"), upTo},
                       {QStringLiteral("archive"), QFileInfo(archive).fileName()},
                       {QStringLiteral("archive_manifest_sha256"), sha}};
}

Result<RetentionPlan> Workspace::runRetention(bool apply, const JobControl &job)
{
    const QString target = QStringLiteral("retention");
    return auditFailures(QStringLiteral("retention.run"), target, [&]() -> Result<RetentionPlan> {
        MIZAN_CHECK(require(Permission::RetentionManage, Tr::tr("run retention"), target));
        if (apply)
            MIZAN_CHECK(requireFresh(Tr::tr("apply retention"), target));
        const qint64 nowMs = now();
        RetentionPlan plan;
        const Result<> ran = d->db->transaction([&]() -> Result<> {
            // Planned and applied in one transaction: what the plan lists is what goes.
            MIZAN_TRY(planned, planRetention(nowMs, job));
            plan = std::move(planned);
            plan.applied = apply;
            std::map<QString, qint64> counts;
            QJsonObject sealDetails;
            for (const RetentionItem &item : plan.removed()) {
                counts[item.dataClass] += item.rows;
                if (!apply)
                    continue;
                if (job.cancelled())
                    return fail(ErrorCode::Cancelled, Tr::tr("Cancelled; nothing was removed."));
                const qint64 id = item.target.section(QLatin1Char(':'), 1, 1).toLongLong();
                if (item.dataClass == QLatin1String("leads")) {
                    MIZAN_CHECK(removeLeadSetRows(id, nowMs));
                } else if (item.dataClass == QLatin1String("predictions")) {
                    for (const char *sql : {"DELETE FROM predictions WHERE run_id = ?",
                                            "DELETE FROM human_decisions WHERE run_id = ?"})
                        MIZAN_CHECK(runSql(*d->db, sql, {id}));
                    MIZAN_CHECK(runSql(*d->db,
                                       "UPDATE scoring_runs SET purged_ms = ? WHERE id = ?",
                                       {nowMs, id}));
                } else if (item.dataClass == QLatin1String("audit")) {
                    MIZAN_TRY(seal, sealAuditSegment(item, nowMs, job));
                    for (auto it = seal.begin(); it != seal.end(); ++it)
                        sealDetails.insert(it.key(), it.value());
                } else if (item.dataClass == QLatin1String("outcomes")) {
                    MIZAN_CHECK(runSql(*d->db,
                                       "DELETE FROM outcomes WHERE observed_ms < ?",
                                       {item.target.section(QLatin1Char(':'), 2).toLongLong()}));
                }
            }
            QJsonObject details{{QStringLiteral("applied"), apply},
                                {QStringLiteral("leads_rows"), counts[QStringLiteral("leads")]},
                                {QStringLiteral("prediction_rows"),
                                 counts[QStringLiteral("predictions")]},
                                {QStringLiteral("outcome_rows"), counts[QStringLiteral("outcomes")]},
                                {QStringLiteral("audit_entries_sealed"),
                                 counts[QStringLiteral("audit")]},
                                {QStringLiteral("items"), qint64(plan.removed().size())},
                                {QStringLiteral("held"),
                                 qint64(plan.items.size() - plan.removed().size())}};
            for (auto it = sealDetails.begin(); it != sealDetails.end(); ++it)
                details.insert(it.key(), it.value());
            return audit(QStringLiteral("retention.run"), target, QStringLiteral("ok"), details);
        });
        if (!ran) {
            // The archive of a seal that did not happen is not an archive: remove it.
            if (!m_pendingArchive.isEmpty())
                QDir(m_pendingArchive).removeRecursively();
            m_pendingArchive.clear();
            return fail(ran.error());
        }
        m_pendingArchive.clear();
        d->explainers.clear();
        return plan;
    }());
}

} // namespace mizan
