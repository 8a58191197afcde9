// Data subjects, erasure, legal holds and purpose limitation: the privacy side of the facade.

#include "data/CsvReader.h"
#include "privacy/Masker.h"
#include "privacy/PiiDetector.h"
#include "workspace/PiiVault.h"
#include "workspace/WorkspacePrivate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <set>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

const QLatin1String kErasedPrefix("erased:");

/** "leadset:N/row:M" -> (N, M). */
std::optional<LeadRow> parseRowRef(const QString &ref)
{
    static const QRegularExpression pattern(
        QStringLiteral("^leadset:(\\d{1,18})/row:(\\d{1,18})$"));
    const QRegularExpressionMatch m = pattern.match(ref);
    if (!m.hasMatch())
        return std::nullopt;
    return LeadRow{m.captured(1).toLongLong(), m.captured(2).toLongLong()};
}

/** The first column of the first row of `sql` with `values` bound in order (0 if none). */
Result<qint64> countRows(Database &db, const char *sql, std::initializer_list<qint64> values)
{
    MIZAN_TRY(s, db.prepare(sql));
    int i = 0;
    for (qint64 v : values)
        s.bind(++i, v);
    MIZAN_TRY(row, s.step());
    return row ? s.integer(0) : 0;
}

LegalHold holdFromRow(const Statement &s)
{
    return LegalHold{s.integer(0),
                     s.text(1),
                     s.text(2),
                     s.integer(3),
                     s.text(4),
                     s.integer(5),
                     s.text(6),
                     s.text(7)};
}

QString displayOf(const DatasetSpec &spec, const QJsonObject &values, bool clear)
{
    QStringList parts;
    for (const PiiSpec &pii : spec.pii) {
        const QString value = values.value(pii.column).toString();
        if (!value.isEmpty())
            parts.append(clear ? value : Masker::mask(pii.kind, value));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

Result<std::vector<LeadRow>> Workspace::subjectRows(const QString &ref)
{
    std::vector<LeadRow> rows;
    if (const auto row = parseRowRef(ref)) {
        MIZAN_TRY(spec, storedLeadSetSpec(*d->db, row->leadSet));
        MIZAN_TRY(s,
                  d->db->prepare(
                      "SELECT lead_id FROM leads WHERE lead_set_id = ? AND row_index = ?"));
        s.bind(1, row->leadSet).bind(2, row->row);
        MIZAN_TRY(found, s.step());
        if (found && spec.id.isEmpty() && !s.text(0).startsWith(kErasedPrefix))
            rows.push_back(*row);
    } else if (!ref.startsWith(kErasedPrefix)) {
        MIZAN_TRY(s,
                  d->db->prepare("SELECT lead_set_id, row_index FROM leads WHERE lead_id = ? "
                                 "ORDER BY lead_set_id, row_index"));
        s.bind(1, ref);
        std::map<qint64, bool> hasId;
        for (;;) {
            MIZAN_TRY(more, s.step());
            if (!more)
                break;
            const LeadRow stored{s.integer(0), s.integer(1)};
            if (!hasId.contains(stored.leadSet)) {
                MIZAN_TRY(spec, storedLeadSetSpec(*d->db, stored.leadSet));
                hasId[stored.leadSet] = !spec.id.isEmpty();
            }
            if (hasId[stored.leadSet]) // in an id-less set, lead_id is only the row number
                rows.push_back(stored);
        }
    }
    if (rows.empty()) {
        Error e = makeError(ErrorCode::InvalidInput,
                            Tr::tr("No data subject \"%1\" is held in the workspace.").arg(ref));
        e.field = QStringLiteral("subject");
        return fail(e);
    }
    return rows;
}

Result<std::vector<SubjectMatch>> Workspace::findSubjects(const QString &query)
{
    const QString q = query.trimmed();
    const QString target = QStringLiteral("subjects");
    return auditFailures(
        QStringLiteral("privacy.search"), target, [&]() -> Result<std::vector<SubjectMatch>> {
            MIZAN_CHECK(require(Permission::LeadsView, Tr::tr("find a data subject"), target));
            if (q.isEmpty())
                return fail(ErrorCode::InvalidInput,
                            Tr::tr("Enter a lead id or personal data to search for."));
            const bool clear = can(Permission::LeadsViewPii);
            std::vector<QString> refs;
            if (auto rows = subjectRows(q))
                refs.push_back(q);
            bool byPii = false;
            bool exactOnly = false; // once one personal value equals the query whole
            if (clear && q.size() >= 3) {
                byPii = true;
                MIZAN_TRY(sets, d->db->prepare("SELECT id FROM lead_sets ORDER BY id"));
                std::vector<qint64> ids;
                for (;;) {
                    MIZAN_TRY(more, sets.step());
                    if (!more)
                        break;
                    ids.push_back(sets.integer(0));
                }
                MIZAN_TRY(leadId,
                          d->db->prepare(
                              "SELECT lead_id FROM leads WHERE lead_set_id = ? AND row_index = ?"));
                for (qint64 id : ids) {
                    MIZAN_TRY(spec, storedLeadSetSpec(*d->db, id));
                    if (spec.pii.empty())
                        continue;
                    MIZAN_TRY(records, openPiiRecords(*d->db, id, std::nullopt));
                    for (const auto &[row, values] : records) {
                        bool hit = false;
                        bool whole = false;
                        for (auto it = values.begin(); it != values.end(); ++it) {
                            const QString value = it.value().toString();
                            hit = hit || value.contains(q, Qt::CaseInsensitive);
                            whole = whole || value.compare(q, Qt::CaseInsensitive) == 0;
                        }
                        if (!hit || (exactOnly && !whole))
                            continue;
                        if (whole && !exactOnly) { // a whole value: only such matches count
                            exactOnly = true;
                            refs.erase(std::remove_if(refs.begin(),
                                                      refs.end(),
                                                      [&](const QString &r) { return r != q; }),
                                       refs.end());
                        }
                        QString ref = rowSubjectRef(id, row);
                        if (!spec.id.isEmpty()) {
                            leadId.bind(1, id).bind(2, row);
                            MIZAN_TRY(found, leadId.step());
                            if (found)
                                ref = leadId.text(0);
                            MIZAN_CHECK(leadId.reset());
                        }
                        if (std::find(refs.begin(), refs.end(), ref) == refs.end())
                            refs.push_back(ref);
                    }
                }
            }
            std::vector<SubjectMatch> out;
            for (const QString &ref : refs) {
                SubjectMatch match;
                match.ref = ref;
                MIZAN_TRY(rows, subjectRows(ref));
                match.rows = std::move(rows);
                for (const LeadRow &row : match.rows) {
                    MIZAN_TRY(spec, storedLeadSetSpec(*d->db, row.leadSet));
                    MIZAN_TRY(records, openPiiRecords(*d->db, row.leadSet, row.row));
                    if (!records.empty()) {
                        match.display = displayOf(spec, records.begin()->second, clear);
                        break;
                    }
                }
                out.push_back(std::move(match));
            }
            MIZAN_CHECK(d->db->transaction([&] {
                return audit(QStringLiteral("privacy.search"),
                             target,
                             QStringLiteral("ok"),
                             {{QStringLiteral("found"), qint64(out.size())},
                              {QStringLiteral("by"),
                               byPii ? QStringLiteral("reference_or_personal_data")
                                     : QStringLiteral("reference")},
                              {QStringLiteral("pii"),
                               clear ? QStringLiteral("clear") : QStringLiteral("masked")}});
            }));
            return out;
        }());
}

Result<std::optional<LegalHold>> Workspace::holdBlocking(const std::vector<LeadRow> &rows)
{
    MIZAN_TRY(s,
              d->db->prepare("SELECT id, target, reason, placed_ms, placed_by, lifted_ms, "
                             "lifted_by, lift_reason FROM legal_holds WHERE lifted_ms = 0 "
                             "ORDER BY id"));
    std::map<QString, LegalHold> active;
    for (;;) {
        MIZAN_TRY(more, s.step());
        if (!more)
            break;
        LegalHold hold = holdFromRow(s);
        active.emplace(hold.target, hold);
    }
    if (active.empty())
        return std::optional<LegalHold>();
    MIZAN_TRY(models,
              d->db->prepare("SELECT DISTINCT r.model_id FROM scoring_runs r JOIN predictions p "
                             "ON p.run_id = r.id WHERE r.lead_set_id = ? AND p.row_index = ?"));
    for (const LeadRow &row : rows) {
        const auto set = active.find(QStringLiteral("leadset:%1").arg(row.leadSet));
        if (set != active.end())
            return std::optional<LegalHold>(set->second);
        models.bind(1, row.leadSet).bind(2, row.row);
        for (;;) {
            MIZAN_TRY(more, models.step());
            if (!more)
                break;
            const auto model = active.find(modelTarget(models.integer(0)));
            if (model != active.end())
                return std::optional<LegalHold>(model->second);
        }
        MIZAN_CHECK(models.reset());
    }
    return std::optional<LegalHold>();
}

Result<> Workspace::shredSubjectRows(const std::vector<LeadRow> &rows,
                                     const QString &ref,
                                     const PrivacyPolicy &policy,
                                     ErasureReceipt &receipt)
{
    std::set<qint64> subjects;
    MIZAN_TRY(piiOf,
              d->db->prepare(
                  "SELECT subject FROM lead_pii WHERE lead_set_id = ? AND row_index = ?"));
    for (size_t k = 0; k < rows.size(); ++k) {
        const LeadRow &row = rows[k];
        piiOf.bind(1, row.leadSet).bind(2, row.row);
        for (;;) {
            MIZAN_TRY(more, piiOf.step());
            if (!more)
                break;
            subjects.insert(piiOf.integer(0));
            ++receipt.piiRecords;
        }
        MIZAN_CHECK(piiOf.reset());
        MIZAN_TRY(delPii,
                  d->db->prepare("DELETE FROM lead_pii WHERE lead_set_id = ? AND row_index = ?"));
        delPii.bind(1, row.leadSet).bind(2, row.row);
        MIZAN_CHECK(delPii.run());

        // The stored record: a new id, every personal field blank (also in rows stored
        // before personal data was sealed).
        MIZAN_TRY(spec, storedLeadSetSpec(*d->db, row.leadSet));
        MIZAN_TRY(names, storedFieldNames(*d->db, row.leadSet, spec));
        MIZAN_TRY(read,
                  d->db->prepare(
                      "SELECT fields FROM leads WHERE lead_set_id = ? AND row_index = ?"));
        read.bind(1, row.leadSet).bind(2, row.row);
        MIZAN_TRY(found, read.step());
        if (!found)
            return fail(ErrorCode::Integrity,
                        Tr::tr("Row %1 of lead set %2 vanished during the erasure.")
                            .arg(row.row)
                            .arg(row.leadSet));
        MIZAN_TRY(fields, splitQuotedLine(read.blob(0), Tr::tr("lead set %1").arg(row.leadSet)));
        const QString newId = QStringLiteral("erased:%1:%2").arg(receipt.id).arg(k + 1);
        for (const PiiSpec &pii : spec.pii) {
            const qsizetype at = names.indexOf(pii.column);
            if (at >= 0 && at < fields.size())
                fields[at].clear();
        }
        if (!spec.id.isEmpty()) {
            const qsizetype at = names.indexOf(spec.id);
            if (at >= 0 && at < fields.size())
                fields[at] = newId.toUtf8();
        }
        MIZAN_TRY(update,
                  d->db->prepare("UPDATE leads SET lead_id = ?, fields = ? WHERE "
                                 "lead_set_id = ? AND row_index = ?"));
        update.bind(1, newId).bind(2, quoteCsvFields(fields)).bind(3, row.leadSet).bind(4, row.row);
        MIZAN_CHECK(update.run());

        // Dependent records: counted for the receipt, then deleted (predictions only
        // under the policy "delete"; else they stay, tied to the anonymised row).
        const struct
        {
            const char *count;
            const char *remove;
            qint64 *total;
        } dependents[]
            = {{"SELECT count(*) FROM predictions p JOIN scoring_runs r ON r.id = p.run_id "
                "WHERE r.lead_set_id = ?1 AND p.row_index = ?2",
                policy.deletePredictions
                    ? "DELETE FROM predictions WHERE row_index = ?2 AND run_id IN (SELECT "
                      "id FROM scoring_runs WHERE lead_set_id = ?1)"
                    : nullptr,
                &receipt.predictions},
               {"SELECT count(*) FROM human_decisions WHERE lead_set_id = ?1 AND "
                "row_index = ?2",
                "DELETE FROM human_decisions WHERE lead_set_id = ?1 AND row_index = ?2",
                &receipt.decisions},
               {"SELECT count(*) FROM appeals WHERE lead_set_id = ?1 AND row_index = ?2",
                "DELETE FROM appeals WHERE lead_set_id = ?1 AND row_index = ?2",
                &receipt.appeals}};
        for (const auto &dependent : dependents) {
            MIZAN_TRY(count, countRows(*d->db, dependent.count, {row.leadSet, row.row}));
            *dependent.total += count;
            if (!dependent.remove)
                continue;
            MIZAN_TRY(del, d->db->prepare(dependent.remove));
            del.bind(1, row.leadSet).bind(2, row.row);
            MIZAN_CHECK(del.run());
        }
    }
    MIZAN_TRY(byRef, d->db->prepare("SELECT id FROM subjects WHERE ref = ?"));
    byRef.bind(1, ref);
    MIZAN_TRY(refFound, byRef.step());
    if (refFound)
        subjects.insert(byRef.integer(0));
    for (qint64 subject : subjects) {
        MIZAN_TRY(del, d->db->prepare("DELETE FROM subjects WHERE id = ?"));
        del.bind(1, subject);
        MIZAN_CHECK(del.run());
        receipt.keysDestroyed += d->db->changes();
    }
    if (!parseRowRef(ref)) {
        MIZAN_TRY(count, d->db->prepare("SELECT count(*) FROM outcomes WHERE lead_id = ?"));
        count.bind(1, ref);
        MIZAN_TRY(counted, count.step());
        receipt.outcomes = counted ? count.integer(0) : 0;
        MIZAN_TRY(del, d->db->prepare("DELETE FROM outcomes WHERE lead_id = ?"));
        del.bind(1, ref);
        MIZAN_CHECK(del.run());
    }
    return {};
}

Result<ErasureReceipt> Workspace::eraseSubject(const QString &ref, const QString &request)
{
    const QString target = QStringLiteral("privacy:erasure");
    return auditFailures(QStringLiteral("privacy.erase"), target, [&]() -> Result<ErasureReceipt> {
        MIZAN_CHECK(require(Permission::PrivacyErase, Tr::tr("erase a data subject"), target));
        MIZAN_CHECK(requireFresh(Tr::tr("erase a data subject"), target));
        if (request.trimmed().isEmpty()) {
            Error e = makeError(ErrorCode::InvalidInput,
                                Tr::tr("Give the reference of the erasure request."));
            e.field = QStringLiteral("request");
            return fail(e);
        }
        MIZAN_TRY(rows, subjectRows(ref.trimmed()));
        MIZAN_TRY(hold, holdBlocking(rows));
        if (hold) {
            Error e = makeError(ErrorCode::InvalidInput,
                                Tr::tr("Refused: legal hold %1 on %2 (placed by %3: %4) stops "
                                       "erasure until it is lifted.")
                                    .arg(hold->id)
                                    .arg(hold->target, hold->placedBy, hold->reason));
            e.field = QStringLiteral("legal_hold");
            return fail(e);
        }
        MIZAN_TRY(policy, privacyPolicy());
        // Safety copies made before a schema migration predate the erasure: they go too (real
        // backups re-apply the erasure register when restored).
        const QStringList copies = QDir(m_dir).entryList({QString::fromLatin1(kDatabaseFile)
                                                          + QStringLiteral(".v*.bak")},
                                                         QDir::Files);
        ErasureReceipt receipt;
        receipt.copiesRemoved = copies.size();
        receipt.erasedMs = now();
        receipt.erasedBy = m_user;
        receipt.request = PiiDetector::scrub(request.trimmed());
        receipt.rows = rows;
        receipt.predictionsDeleted = policy.deletePredictions;
        MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(next, d->db->prepare("SELECT coalesce(max(id), 0) + 1 FROM erasures"));
            MIZAN_TRY(hasNext, next.step());
            receipt.id = hasNext ? next.integer(0) : 1;
            MIZAN_CHECK(shredSubjectRows(rows, ref.trimmed(), policy, receipt));
            QJsonArray rowsJson;
            for (const LeadRow &row : rows)
                rowsJson.append(QJsonArray{row.leadSet, row.row});
            const QJsonObject details = receipt.toJson();
            MIZAN_TRY(insert,
                      d->db->prepare("INSERT INTO erasures(id, erased_ms, erased_by, request, "
                                     "rows, receipt) VALUES(?, ?, ?, ?, ?, ?)"));
            insert.bind(1, receipt.id)
                .bind(2, receipt.erasedMs)
                .bind(3, m_user)
                .bind(4, receipt.request)
                .bind(5, QString::fromUtf8(QJsonDocument(rowsJson).toJson(QJsonDocument::Compact)))
                .bind(6, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
            MIZAN_CHECK(insert.run());
            return audit(QStringLiteral("privacy.erase"),
                         QStringLiteral("erasure:%1").arg(receipt.id),
                         QStringLiteral("ok"),
                         details);
        }));
        d->explainers.clear();
        for (const QString &copy : copies) {
            if (!QFile::remove(QDir(m_dir).filePath(copy)))
                return fail(ErrorCode::Io,
                            Tr::tr("The subject was erased, but the migration copy %1 could not "
                                   "be removed; remove it by hand.")
                                .arg(QDir(m_dir).filePath(copy)));
        }
        return receipt;
    }());
}

Result<std::vector<ErasureReceipt>> Workspace::erasures()
{
    if (!can(Permission::AuditView))
        MIZAN_CHECK(require(Permission::PrivacyErase,
                            Tr::tr("read the erasure register"),
                            QStringLiteral("privacy:erasures")));
    MIZAN_TRY(s, d->db->prepare("SELECT receipt FROM erasures ORDER BY id"));
    std::vector<ErasureReceipt> out;
    for (;;) {
        MIZAN_TRY(more, s.step());
        if (!more)
            return out;
        const auto receipt = ErasureReceipt::fromJson(
            QJsonDocument::fromJson(s.text(0).toUtf8()).object());
        if (!receipt)
            return fail(ErrorCode::Integrity, Tr::tr("The erasure register is damaged."));
        out.push_back(*receipt);
    }
}

Result<LegalHold> Workspace::placeLegalHold(const QString &target, const QString &reason)
{
    return auditFailures(QStringLiteral("privacy.hold"), target, [&]() -> Result<LegalHold> {
        MIZAN_CHECK(require(Permission::PrivacyHold, Tr::tr("place a legal hold"), target));
        static const QRegularExpression pattern(QStringLiteral("^(leadset|model):(\\d{1,18})$"));
        const QRegularExpressionMatch m = pattern.match(target);
        const bool wholeLog = target == QLatin1String("audit"); // stops sealing the audit log
        if (!m.hasMatch() && !wholeLog) {
            Error e = makeError(ErrorCode::InvalidInput,
                                Tr::tr("A legal hold is placed on \"leadset:N\", \"model:N\" or "
                                       "\"audit\", not \"%1\".")
                                    .arg(target));
            e.field = QStringLiteral("target");
            return fail(e);
        }
        const bool set = m.captured(1) == QLatin1String("leadset");
        MIZAN_TRY(exists,
                  wholeLog ? Result<qint64>(1)
                           : countRows(*d->db,
                                       set ? "SELECT count(*) FROM lead_sets WHERE id = ?"
                                           : "SELECT count(*) FROM models WHERE id = ?",
                                       {m.captured(2).toLongLong()}));
        if (exists == 0) {
            Error e = makeError(ErrorCode::InvalidInput,
                                Tr::tr("There is no %1 in the workspace.").arg(target));
            e.field = QStringLiteral("target");
            return fail(e);
        }
        if (reason.trimmed().isEmpty()) {
            Error e = makeError(ErrorCode::InvalidInput, Tr::tr("A legal hold needs a reason."));
            e.field = QStringLiteral("reason");
            return fail(e);
        }
        LegalHold hold;
        hold.target = target;
        hold.reason = PiiDetector::scrub(reason.trimmed());
        hold.placedMs = now();
        hold.placedBy = m_user;
        MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(insert,
                      d->db->prepare("INSERT INTO legal_holds(target, reason, placed_ms, "
                                     "placed_by) VALUES(?, ?, ?, ?)"));
            insert.bind(1, hold.target).bind(2, hold.reason).bind(3, hold.placedMs).bind(4, m_user);
            MIZAN_CHECK(insert.run());
            hold.id = d->db->lastInsertId();
            return audit(QStringLiteral("privacy.hold"),
                         target,
                         QStringLiteral("ok"),
                         {{QStringLiteral("hold"), hold.id},
                          {QStringLiteral("reason"), hold.reason}});
        }));
        return hold;
    }());
}

Result<> Workspace::liftLegalHold(qint64 id, const QString &reason)
{
    const QString target = QStringLiteral("hold:%1").arg(id);
    return auditFailures(QStringLiteral("privacy.hold_lift"), target, [&]() -> Result<> {
        MIZAN_CHECK(require(Permission::PrivacyHold, Tr::tr("lift a legal hold"), target));
        MIZAN_TRY(holds, legalHolds());
        const auto hold = std::find_if(holds.begin(), holds.end(), [&](const LegalHold &h) {
            return h.id == id;
        });
        if (hold == holds.end() || !hold->active()) {
            Error e = makeError(ErrorCode::InvalidInput,
                                Tr::tr("There is no legal hold %1 in force.").arg(id));
            e.field = QStringLiteral("hold");
            return fail(e);
        }
        if (reason.trimmed().isEmpty()) {
            Error e = makeError(ErrorCode::InvalidInput,
                                Tr::tr("Lifting a legal hold needs a reason."));
            e.field = QStringLiteral("reason");
            return fail(e);
        }
        const QString why = PiiDetector::scrub(reason.trimmed());
        return d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(update,
                      d->db->prepare("UPDATE legal_holds SET lifted_ms = ?, lifted_by = ?, "
                                     "lift_reason = ? WHERE id = ? AND lifted_ms = 0"));
            update.bind(1, now()).bind(2, m_user).bind(3, why).bind(4, id);
            MIZAN_CHECK(update.run());
            return audit(QStringLiteral("privacy.hold_lift"),
                         hold->target,
                         QStringLiteral("ok"),
                         {{QStringLiteral("hold"), id},
                          {QStringLiteral("placed_by"), hold->placedBy},
                          {QStringLiteral("reason"), why}});
        });
    }());
}

Result<std::vector<LegalHold>> Workspace::legalHolds()
{
    if (!can(Permission::AuditView))
        MIZAN_CHECK(require(Permission::PrivacyHold,
                            Tr::tr("list legal holds"),
                            QStringLiteral("privacy:holds")));
    MIZAN_TRY(s,
              d->db->prepare("SELECT id, target, reason, placed_ms, placed_by, lifted_ms, "
                             "lifted_by, lift_reason FROM legal_holds ORDER BY id"));
    std::vector<LegalHold> out;
    for (;;) {
        MIZAN_TRY(more, s.step());
        if (!more)
            return out;
        out.push_back(holdFromRow(s));
    }
}

Result<PrivacyPolicy> Workspace::privacyPolicy()
{
    MIZAN_CHECK(requireSession());
    MIZAN_TRY(s, d->db->prepare("SELECT value FROM meta WHERE key = 'privacy_policy'"));
    MIZAN_TRY(found, s.step());
    if (!found)
        return PrivacyPolicy{};
    const auto policy = PrivacyPolicy::fromJson(
        QJsonDocument::fromJson(s.text(0).toUtf8()).object());
    if (!policy)
        return fail(ErrorCode::Integrity, Tr::tr("The stored privacy policy is damaged."));
    return *policy;
}

Result<> Workspace::setPrivacyPolicy(const PrivacyPolicy &policy)
{
    const QString target = QStringLiteral("privacy:policy");
    return auditFailures(QStringLiteral("privacy.policy"), target, [&]() -> Result<> {
        MIZAN_CHECK(
            require(Permission::RetentionManage, Tr::tr("change the privacy policy"), target));
        return d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(s,
                      d->db->prepare(
                          "INSERT OR REPLACE INTO meta(key, value) VALUES('privacy_policy', ?)"));
            s.bind(1,
                   QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
            MIZAN_CHECK(s.run());
            return audit(QStringLiteral("privacy.policy"),
                         target,
                         QStringLiteral("ok"),
                         policy.toJson());
        });
    }());
}

Result<> Workspace::checkPurpose(qint64 modelId, qint64 leadSetId, const QString &action)
{
    auto cached = d->modelPurposes.find(modelId);
    if (cached == d->modelPurposes.end()) {
        MIZAN_TRY(s, d->db->prepare("SELECT bundle FROM models WHERE id = ?"));
        s.bind(1, modelId);
        MIZAN_TRY(found, s.step());
        if (!found)
            return {}; // the caller reports the missing model
        MIZAN_TRY(bundle, ModelBundle::fromJson(s.blob(0), modelTarget(modelId)));
        cached = d->modelPurposes.emplace(modelId, bundle.spec.purpose).first;
    }
    const QString modelPurpose = cached->second;
    MIZAN_TRY(s, d->db->prepare("SELECT purpose, spec_json FROM lead_sets WHERE id = ?"));
    s.bind(1, leadSetId);
    MIZAN_TRY(found, s.step());
    if (!found)
        return {}; // the caller reports the missing lead set
    QString purpose = s.text(0);
    if (purpose.isEmpty()) // stored before schema 6: the spec has it
        purpose = QJsonDocument::fromJson(s.text(1).toUtf8())
                      .object()
                      .value(QStringLiteral("purpose"))
                      .toString();
    if (purpose.trimmed().isEmpty() || modelPurpose.trimmed().isEmpty()
        || purpose.trimmed().compare(modelPurpose.trimmed(), Qt::CaseInsensitive) == 0)
        return {};
    const QString target = QStringLiteral("leadset:%1").arg(leadSetId);
    MIZAN_CHECK(d->db->transaction([&] {
        return audit(QStringLiteral("privacy.purpose"),
                     target,
                     QStringLiteral("denied"),
                     {{QStringLiteral("action"), action},
                      {QStringLiteral("model"), modelId},
                      {QStringLiteral("lead_set_purpose"), purpose},
                      {QStringLiteral("model_purpose"), modelPurpose}});
    }));
    Error e = makeError(ErrorCode::PermissionDenied,
                        Tr::tr("Refused: lead set %1 was collected for \"%2\"; model %3 serves "
                               "\"%4\". Personal data is not processed for another purpose.")
                            .arg(leadSetId)
                            .arg(purpose)
                            .arg(modelId)
                            .arg(modelPurpose));
    e.field = QStringLiteral("purpose");
    return fail(e);
}

} // namespace mizan
