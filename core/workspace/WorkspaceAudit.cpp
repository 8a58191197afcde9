// The Workspace facade's audit-log services: browse, prove, verify, export. Nothing here edits
// or deletes an entry.

#include "workspace/WorkspacePrivate.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

QString errorKind(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::LimitExceeded:
        return QStringLiteral("limit_exceeded");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::Model:
        return QStringLiteral("model");
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::AuthFailed:
        return QStringLiteral("auth_failed");
    case ErrorCode::Integrity:
        return QStringLiteral("integrity");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal");
}

} // namespace

void Workspace::noteFailure(const QString &action, const QString &target, const Error &error)
{
    if (error.code == ErrorCode::PermissionDenied || error.code == ErrorCode::AuthFailed
        || !isUnlocked())
        return;
    QJsonObject details{{QStringLiteral("error"), errorKind(error.code)}};
    if (error.line > 0)
        details.insert(QStringLiteral("line"), error.line);
    if (!error.field.isEmpty())
        details.insert(QStringLiteral("field"), error.field);
    static_cast<void>(d->db->transaction([&] {
        return audit(action,
                     target,
                     error.code == ErrorCode::Cancelled ? QStringLiteral("cancelled")
                                                        : QStringLiteral("failed"),
                     details);
    }));
}

Result<AuditKeyring> Workspace::auditKeyring()
{
    MIZAN_CHECK(requireSession());
    AuditKeyring keys;
    keys.origin = d->signer().origin;
    // From keyslots.json, outside the database: replacing the key inside the database does not
    // make a verifier trust it (and open() refuses a database whose key differs).
    keys.workspacePublicKey = d->slots.workspacePublicKey;
    MIZAN_TRY(s,
              d->db->prepare("SELECT user, signing_public_key FROM user_keys "
                             "ORDER BY user, valid_from_ms"));
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            break;
        keys.userKeys[s.text(0)].append(s.blob(1));
    }
    return keys;
}

Result<std::vector<AuditEntry>> Workspace::auditQuery(const AuditFilter &filter,
                                                      qint64 afterSeq,
                                                      qint64 limit,
                                                      bool descending)
{
    MIZAN_CHECK(
        require(Permission::AuditView, Tr::tr("read the audit log"), QStringLiteral("audit")));
    if (afterSeq <= 0)
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("audit.view"),
                         QStringLiteral("audit"),
                         QStringLiteral("ok"),
                         {{QStringLiteral("filter"), filter.toJson()}});
        }));
    return AuditLog::query(*d->db, filter, afterSeq, std::clamp<qint64>(limit, 1, 10000), descending);
}

Result<qint64> Workspace::auditCountMatching(const AuditFilter &filter)
{
    MIZAN_CHECK(
        require(Permission::AuditView, Tr::tr("read the audit log"), QStringLiteral("audit")));
    return AuditLog::countMatching(*d->db, filter);
}

Result<std::vector<StoredCheckpoint>> Workspace::auditCheckpoints()
{
    MIZAN_CHECK(
        require(Permission::AuditView, Tr::tr("read the audit log"), QStringLiteral("audit")));
    return AuditLog::checkpoints(*d->db);
}

Result<AuditProof> Workspace::auditProof(qint64 seq)
{
    MIZAN_CHECK(
        require(Permission::AuditView, Tr::tr("read the audit log"), QStringLiteral("audit")));
    AuditFilter one;
    one.fromSeq = one.toSeq = seq;
    MIZAN_TRY(found, AuditLog::query(*d->db, one, 0, 1));
    if (found.empty())
        return fail(ErrorCode::InvalidInput, Tr::tr("The audit log has no entry %1.").arg(seq));
    AuditProof proof;
    proof.entry = found.front();
    // Indexed reads only: the detail pane asks for this on every click, at any log size.
    MIZAN_TRY(latest, AuditLog::latestCheckpoint(*d->db));
    if (latest && latest->checkpoint.size >= seq)
        proof.checkpoint = std::move(*latest);
    MIZAN_TRY(size, AuditLog::lastSeq(*d->db));
    proof.treeSize = proof.checkpoint ? proof.checkpoint->checkpoint.size : size;
    const MerkleTree tree = AuditLog::tree(*d->db, proof.treeSize);
    proof.root = proof.checkpoint ? proof.checkpoint->checkpoint.root : tree.rootAt(proof.treeSize);
    proof.path = tree.inclusionProof(seq - 1, proof.treeSize);
    proof.verified = MerkleTree::verifyInclusion(AuditLog::leafHashOf(proof.entry.canonicalBytes()),
                                                 seq - 1,
                                                 proof.treeSize,
                                                 proof.path,
                                                 proof.root);
    return proof;
}

Result<AuditVerifyReport> Workspace::verifyAudit(const std::optional<Checkpoint> &trusted,
                                                 const JobControl &job)
{
    MIZAN_CHECK(
        require(Permission::AuditVerify, Tr::tr("verify the audit log"), QStringLiteral("audit")));
    MIZAN_TRY(keys, auditKeyring());
    MIZAN_TRY(report, verifyAuditLog(*d->db, keys, trusted, job));
    if (!report.ok && trusted && keys.checkSignatures(*trusted).isEmpty()) {
        // A restore the log records explains a trusted checkpoint it no longer extends: the log
        // was rolled back to the backup's size on purpose. Verified in full, it is then a
        // warning the auditor must read, not tampering; an unrecorded rollback stays a failure.
        AuditFilter filter;
        filter.action = QStringLiteral("restore");
        MIZAN_TRY(restores, AuditLog::query(*d->db, filter, 0, -1));
        for (auto it = restores.rbegin(); it != restores.rend(); ++it) {
            const QJsonObject &r = it->details;
            const qint64 backupEntries = r.value(QStringLiteral("backup_entries")).toInteger();
            const qint64 replaced = r.value(QStringLiteral("replaced_entries")).toInteger(-1);
            // The restore must have replaced a log at least as long as the trusted checkpoint,
            // and this log must hold exactly the backup's entries before it.
            if (backupEntries >= trusted->size || replaced < trusted->size
                || it->seq <= backupEntries
                || r.value(QStringLiteral("backup_root")).toString()
                       != QString::fromLatin1(
                           AuditLog::tree(*d->db, backupEntries).rootAt(backupEntries).toHex()))
                continue;
            MIZAN_TRY(full, verifyAuditLog(*d->db, keys, std::nullopt, job));
            if (!full.ok)
                break;
            const bool same = replaced == trusted->size
                              && r.value(QStringLiteral("replaced_root")).toString()
                                     == QString::fromLatin1(trusted->root.toHex());
            report = full;
            report.trustedSize = trusted->size;
            report.warnings
                << Tr::tr("Rollback: your checkpoint vouches for %1 entries, but entry %2 records "
                          "that %3 restored a backup of %4 entries on %5. Entries %6 to %1 of the "
                          "log before the restore are not in this workspace; the replaced folder "
                          "%7 keeps them.%8")
                       .arg(trusted->size)
                       .arg(it->seq)
                       .arg(it->actor)
                       .arg(backupEntries)
                       .arg(QDateTime::fromMSecsSinceEpoch(it->timeMs, QTimeZone::utc())
                                .toString(Qt::ISODate))
                       .arg(backupEntries + 1)
                       .arg(r.value(QStringLiteral("replaced_folder")).toString(),
                            same ? Tr::tr(" Your checkpoint is exactly the replaced log's head.")
                                 : QString());
            break;
        }
    }
    if (report.ok && report.sealedUpTo > 0) {
        // Only a retention run, itself in the verified log, may have sealed and pruned entries.
        AuditFilter filter;
        filter.action = QStringLiteral("retention.run");
        MIZAN_TRY(runs, AuditLog::query(*d->db, filter, 0, -1));
        const bool recorded = std::any_of(runs.begin(), runs.end(), [&](const AuditEntry &e) {
            return e.details.value(QStringLiteral("sealed_to")).toVariant().toLongLong()
                   == report.sealedUpTo;
        });
        if (!recorded) {
            report.ok = false;
            report.firstBadSeq = 0;
            report.problem = Tr::tr("entries 1 to %1 were removed, but no retention run in the "
                                    "log sealed them")
                                 .arg(report.sealedUpTo);
        }
    }
    QJsonObject details{{QStringLiteral("entries"), report.entries},
                        {QStringLiteral("verified_up_to"), report.verifiedUpTo}};
    if (trusted)
        details.insert(QStringLiteral("trusted_size"), trusted->size);
    if (!report.ok)
        details.insert(QStringLiteral("first_bad"), report.firstBadSeq);
    MIZAN_CHECK(d->db->transaction([&] {
        return audit(QStringLiteral("audit.verify"),
                     QStringLiteral("audit"),
                     report.ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                     details);
    }));
    return report;
}

Result<StoredCheckpoint> Workspace::auditCheckpointNow()
{
    MIZAN_CHECK(require(Permission::AuditVerify,
                        Tr::tr("sign a checkpoint of the audit log"),
                        QStringLiteral("audit")));
    std::optional<StoredCheckpoint> written;
    MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
        MIZAN_CHECK(audit(QStringLiteral("audit.checkpoint"),
                          QStringLiteral("audit"),
                          QStringLiteral("ok")));
        const KeySlot *slot = d->recovery ? nullptr : d->slots.find(m_user);
        const CoSigner cosigner{m_user,
                                slot ? slot->signingPublicKey : QByteArray(),
                                &d->signingSeed};
        MIZAN_TRY(c,
                  AuditLog::writeCheckpoint(*d->db,
                                            d->signer(),
                                            QStringLiteral("manual"),
                                            now(),
                                            slot ? &cosigner : nullptr));
        written = std::move(c);
        return {};
    }));
    return std::move(*written);
}

Result<EvidencePack::Written> Workspace::exportAuditPack(const QString &dir,
                                                         const AuditFilter &requested,
                                                         const JobControl &job)
{
    MIZAN_CHECK(require(Permission::AuditExport,
                        Tr::tr("export an evidence pack"),
                        QStringLiteral("audit")));
    // The pack carries the classification marking in its signed manifest, read before anything
    // is recorded or written: when it cannot be read, there is no export.
    MIZAN_TRY(marking, exportMarking());
    MIZAN_TRY(keys, auditKeyring());
    const KeySlot *slot = d->recovery ? nullptr : d->slots.find(m_user);
    const CoSigner cosigner{m_user, slot ? slot->signingPublicKey : QByteArray(), &d->signingSeed};
    // Entries sealed by retention are in their archive, not here: the pack starts after them
    // (and so proves each entry's inclusion in the head, as a filtered pack does).
    MIZAN_TRY(sealed, AuditLog::sealedUpTo(*d->db));
    AuditFilter filter = requested;
    if (sealed > 0 && filter.fromSeq <= sealed)
        filter.fromSeq = sealed + 1;
    // A folder the pack cannot go to is refused before the export is recorded as done.
    if (const QDir target(dir); target.exists() && !target.isEmpty())
        return auditFailures(QStringLiteral("audit.export"),
                             QStringLiteral("audit"),
                             Result<EvidencePack::Written>(fail(
                                 withFile(makeError(ErrorCode::InvalidInput,
                                                    Tr::tr("%1 is not empty; choose a new folder "
                                                           "for the pack")
                                                        .arg(dir)),
                                          dir))));
    // The export is recorded first and a checkpoint co-signed by the exporter closes the log
    // the pack covers, so the pack includes its own export entry; a failure after it is
    // recorded too.
    MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
        MIZAN_CHECK(audit(QStringLiteral("audit.export"),
                          QStringLiteral("audit"),
                          QStringLiteral("ok"),
                          {{QStringLiteral("filter"), filter.toJson()},
                           {QStringLiteral("folder"), QFileInfo(dir).fileName()}}));
        MIZAN_CHECK(AuditLog::writeCheckpoint(*d->db,
                                              d->signer(),
                                              QStringLiteral("export"),
                                              now(),
                                              slot ? &cosigner : nullptr));
        return {};
    }));
    const qint64 exportedMs = now(); // the manifest's exported_ms and the marking's time
    marking.time = QDateTime::fromMSecsSinceEpoch(exportedMs, QTimeZone::utc());
    return auditFailures(QStringLiteral("audit.export"),
                         QStringLiteral("audit"),
                         EvidencePack::write(*d->db,
                                             dir,
                                             keys,
                                             d->signer(),
                                             slot ? &cosigner : nullptr,
                                             filter,
                                             exportedMs,
                                             job,
                                             marking));
}

Result<ComplianceReport> Workspace::complianceReport(qint64 fromMs,
                                                     qint64 toMs,
                                                     const JobControl &job)
{
    MIZAN_CHECK(require(Permission::AuditExport,
                        Tr::tr("write a compliance report"),
                        QStringLiteral("audit")));
    if (toMs <= fromMs)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The report's period must end after it starts."));
    ComplianceReport report;
    report.origin = d->signer().origin;
    report.fromMs = fromMs;
    report.toMs = toMs;
    report.generatedBy = m_user;
    report.generatedMs = now();
    // The report is recorded first, so a report covering "now" includes its own entry.
    MIZAN_CHECK(d->db->transaction([&] {
        return audit(QStringLiteral("audit.report"),
                     QStringLiteral("audit"),
                     QStringLiteral("ok"),
                     {{QStringLiteral("from_ms"), fromMs}, {QStringLiteral("to_ms"), toMs}});
    }));
    MIZAN_TRY(keys, auditKeyring());
    MIZAN_TRY(verified, verifyAuditLog(*d->db, keys, std::nullopt, job));
    report.verification = std::move(verified);
    MIZAN_TRY(checkpoints, AuditLog::checkpoints(*d->db));
    for (auto it = checkpoints.rbegin(); it != checkpoints.rend(); ++it)
        if (it->checkpoint.size <= report.verification.verifiedUpTo) {
            report.checkpoint = *it;
            break;
        }
    AuditFilter period;
    period.fromMs = fromMs;
    period.toMs = toMs;
    qint64 after = 0;
    for (;;) {
        MIZAN_TRY(page, AuditLog::query(*d->db, period, after, 10000));
        for (const AuditEntry &e : page)
            report.add(e);
        if (page.size() < 10000)
            break;
        after = page.back().seq;
        if (job.cancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("The report was cancelled."));
    }
    return report;
}

} // namespace mizan
