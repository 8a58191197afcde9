// Restore: verify the backup, stage a copy beside the workspace, re-apply later erasures, record
// the restore, verify the copy, swap it in atomically; and verification with only a credential.

#include "backup/BackupManifest.h"
#include "backup/BackupVerify.h"
#include "privacy/PiiDetector.h"
#include "workspace/WorkspacePrivate.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimeZone>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

#include <set>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

/** An incomplete staging folder holds this file; a replaced workspace left by a crash does not. */
constexpr const char *kStagingMarker = "RESTORE-STAGING";

Error restoreError(ErrorCode code, const QString &message, const QString &file = {})
{
    Error e = makeError(code, message);
    e.file = file;
    return e;
}

/** The data key of `generation` from `user`'s slot (or the recovery slot) in a backup. */
Result<SecureBytes> openBackupKey(const KeySlots &slots,
                                  const QString &user,
                                  const SecureBytes &secret,
                                  int generation);

Result<SecureBytes> openBackupKey(const KeySlots &slots,
                                  const QString &user,
                                  const SecureBytes &secret,
                                  int generation)
{
    const bool recovery = user == QLatin1String(Workspace::kRecoveryActor);
    const KeySlot *slot = slots.find(recovery ? QLatin1String(KeySlots::kRecoveryName) : user);
    if (!slot || (slot->kind == KeySlot::Kind::Recovery) != recovery)
        return fail(ErrorCode::AuthFailed, Tr::tr("Unknown user or wrong password."));
    Result<OpenedSlot> opened = recovery ? [&]() -> Result<OpenedSlot> {
        MIZAN_TRY(raw, parseRecoveryKey(secret));
        return keyring::openSlot(slots, *slot, raw);
    }()
        : keyring::openSlot(slots, *slot, secret);
    if (!opened)
        return fail(opened.error().code == ErrorCode::Integrity
                        ? opened.error()
                        : makeError(ErrorCode::AuthFailed,
                                    recovery ? Tr::tr("This is not the workspace's recovery key.")
                                             : Tr::tr("Unknown user or wrong password.")));
    for (auto &[gen, key] : opened->dataKeys)
        if (gen == generation)
            return std::move(key);
    return fail(ErrorCode::AuthFailed,
                Tr::tr("The account \"%1\" held no key in this backup (disabled then?).").arg(user));
}

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

/** Staging folders of earlier restores that a crash left: incomplete ones go, a replaced one stays. */
void tidyEarlierRestores(const QString &parent, const QString &name, qint64 nowMs)
{
    const QStringList left = QDir(parent).entryList({u'.' + name + QStringLiteral(".restoring-*")},
                                                    QDir::Dirs | QDir::Hidden
                                                        | QDir::NoDotAndDotDot);
    for (const QString &folder : left) {
        const QString path = QDir(parent).filePath(folder);
        if (QFileInfo::exists(QDir(path).filePath(QLatin1String(kStagingMarker))))
            backupfiles::removeTree(path);
        else // the workspace a crashed swap replaced: kept, under the name it should have had
            QDir().rename(path,
                          QDir(parent).filePath(name + QStringLiteral(".replaced-") + stamp(nowMs)
                                                + QStringLiteral("-recovered")));
    }
}
} // namespace

Result<BackupVerification> Workspace::verifyBackupOffline(const QString &backupDir,
                                                          const QString &user,
                                                          const SecureBytes &password,
                                                          const QString &expectedWorkspaceId,
                                                          const JobControl &job)
{
    const BackupKeySource keySource = [&](const BackupManifest &m,
                                          const KeySlots &slots) -> Result<SecureBytes> {
        return openBackupKey(slots, user, password, m.keyGeneration);
    };
    return verifyBackupFolder(QDir(backupDir).absolutePath(),
                              {expectedWorkspaceId, {}},
                              keySource,
                              workspaceMigrations().back().version,
                              job);
}

Result<qint64> Workspace::reapplyErasures(const QJsonArray &records)
{
    qint64 applied = 0;
    MIZAN_TRY(known, d->db->prepare("SELECT erased_ms FROM erasures WHERE id = ?"));
    MIZAN_TRY(leadOf,
              d->db->prepare("SELECT lead_id FROM leads WHERE lead_set_id = ? AND row_index = ?"));
    std::set<std::pair<qint64, qint64>> seen;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        const qint64 id = record.value(QStringLiteral("id")).toInteger();
        const qint64 erasedMs = record.value(QStringLiteral("erased_ms")).toInteger();
        if (id <= 0 || seen.contains({id, erasedMs}))
            continue;
        seen.insert({id, erasedMs});
        known.bind(1, id);
        MIZAN_TRY(present, known.step());
        const bool same = present && known.integer(0) == erasedMs;
        MIZAN_CHECK(known.reset());
        if (same)
            continue; // the backup holds this erasure already
        // The rows the subject had that the restored data still holds (a lead set imported
        // after the backup is not in it).
        std::vector<LeadRow> rows;
        QString ref;
        for (const QJsonValue &pair : record.value(QStringLiteral("rows")).toArray()) {
            const QJsonArray rc = pair.toArray();
            const LeadRow row{rc.at(0).toInteger(), rc.at(1).toInteger()};
            leadOf.bind(1, row.leadSet).bind(2, row.row);
            MIZAN_TRY(exists, leadOf.step());
            if (exists) {
                rows.push_back(row);
                const QString leadId = leadOf.text(0);
                if (ref.isEmpty() && !leadId.isEmpty()
                    && !leadId.startsWith(QLatin1String("erased:")))
                    ref = leadId;
            }
            MIZAN_CHECK(leadOf.reset());
        }
        if (ref.isEmpty() && !rows.empty())
            ref = QStringLiteral("leadset:%1/row:%2").arg(rows.front().leadSet).arg(rows.front().row);
        MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
            ErasureReceipt receipt;
            receipt.id = id;
            if (present) { // the id is taken by another erasure of this history: a new one
                MIZAN_TRY(next, d->db->prepare("SELECT coalesce(max(id), 0) + 1 FROM erasures"));
                MIZAN_TRY(hasNext, next.step());
                receipt.id = hasNext ? next.integer(0) : id;
            }
            receipt.erasedMs = erasedMs;
            receipt.erasedBy = record.value(QStringLiteral("erased_by")).toString();
            receipt.request = PiiDetector::scrub(record.value(QStringLiteral("request")).toString());
            receipt.rows = rows;
            PrivacyPolicy policy;
            policy.deletePredictions = record.value(QStringLiteral("receipt"))
                                           .toObject()
                                           .value(QStringLiteral("predictions_deleted"))
                                           .toBool();
            receipt.predictionsDeleted = policy.deletePredictions;
            if (!rows.empty())
                MIZAN_CHECK(shredSubjectRows(rows, ref, policy, receipt));
            MIZAN_TRY(insert,
                      d->db->prepare("INSERT INTO erasures(id, erased_ms, erased_by, request, "
                                     "rows, receipt) VALUES(?, ?, ?, ?, ?, ?)"));
            insert.bind(1, receipt.id)
                .bind(2, erasedMs)
                .bind(3, receipt.erasedBy)
                .bind(4, receipt.request)
                .bind(5,
                      QString::fromUtf8(QJsonDocument(record.value(QStringLiteral("rows")).toArray())
                                            .toJson(QJsonDocument::Compact)))
                .bind(6,
                      QString::fromUtf8(
                          QJsonDocument(record.value(QStringLiteral("receipt")).toObject())
                              .toJson(QJsonDocument::Compact)));
            MIZAN_CHECK(insert.run());
            QJsonObject details = receipt.toJson();
            details.insert(QStringLiteral("reapplied"), true);
            details.insert(QStringLiteral("original_erasure"), id);
            return audit(QStringLiteral("privacy.erase"),
                         QStringLiteral("erasure:%1").arg(receipt.id),
                         QStringLiteral("ok"),
                         details);
        }));
        ++applied;
    }
    d->explainers.clear();
    return applied;
}

Result<RestoreReport> Workspace::restore(const QString &backupDir,
                                         const QString &workspaceDir,
                                         const QString &user,
                                         const SecureBytes &password,
                                         WorkspaceOptions options,
                                         const JobControl &job)
{
    if (!options.clock)
        options.clock = std::make_shared<Clock>();
    QElapsedTimer timer;
    timer.start();
    RestoreReport report;
    const QString backup = QDir(backupDir).absolutePath();
    const QString target = QDir::cleanPath(QDir(workspaceDir).absolutePath());
    const QString parent = QFileInfo(target).absolutePath();
    const QString name = QFileInfo(target).fileName();
    report.backup = backup;
    if (QFileInfo(backup).absoluteFilePath().startsWith(target + u'/'))
        return fail(restoreError(ErrorCode::InvalidInput,
                                 Tr::tr("The backup %1 lies inside the workspace it would replace.")
                                     .arg(backup),
                                 backup));
    const bool liveExists = looksLikeWorkspace(target);
    if (!liveExists && QFileInfo::exists(target)
        && !QDir(target).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System
                                 | QDir::NoDotAndDotDot))
        return fail(restoreError(ErrorCode::InvalidInput,
                                 Tr::tr("%1 is neither a Mizan workspace nor empty; choose another "
                                        "folder to restore into.")
                                     .arg(target),
                                 target));
    if (!QDir().mkpath(parent))
        return fail(
            restoreError(ErrorCode::Io, Tr::tr("cannot create the folder %1").arg(parent), parent));

    // 1. The workspace being replaced, if any: locked for the whole restore; its erasure
    //    register and log head are read once the backup has verified and the user may restore.
    std::unique_ptr<Workspace> live;
    std::optional<QLockFile> rawLock;
    BackupExpectation expected;
    QJsonArray laterErasures;
    QByteArray replacedRoot;
    if (liveExists) {
        auto opened = Workspace::open(target, options);
        if (!opened) {
            if (opened.error().code == ErrorCode::Io)
                return fail(opened.error()); // in use: close it there first
            rawLock.emplace(QDir(target).filePath(QLatin1String(kLockFile)));
            rawLock->setStaleLockTime(0);
            if (!takeWorkspaceLock(*rawLock))
                return fail(restoreError(ErrorCode::Io,
                                         Tr::tr("The workspace %1 is in use; close it there first.")
                                             .arg(target),
                                         target));
            report.warnings << Tr::tr("The workspace being replaced does not open (%1): erasures "
                                      "made after the backup are re-applied from newer backups "
                                      "only.")
                                   .arg(opened.error().message);
            // Its key slots, when readable, still say whose workspace this is.
            if (auto slots = KeySlots::load(QDir(target).filePath(QLatin1String(kSlotsFile))))
                expected = {slots->workspaceId, slots->workspacePublicKey};
        } else {
            live = std::move(*opened);
            expected = {live->d->slots.workspaceId, live->d->slots.workspacePublicKey};
        }
    }
    // 2. The backup, verified with the credential against its own key slots.
    //    Everything after uses the manifest this verification checked, never a second read.
    BackupManifest manifest;
    const BackupKeySource keySource = [&](const BackupManifest &m,
                                          const KeySlots &slots) -> Result<SecureBytes> {
        return openBackupKey(slots, user, password, m.keyGeneration);
    };
    MIZAN_TRY(verification,
              verifyBackupFolder(backup,
                                 expected,
                                 keySource,
                                 workspaceMigrations().back().version,
                                 job,
                                 &manifest));
    report.backupCreatedMs = manifest.createdMs;
    report.backupEntries = manifest.auditEntries;
    report.verification = verification;
    report.verifyMs = timer.restart();
    if (!verification.ok)
        return fail(restoreError(ErrorCode::Integrity,
                                 Tr::tr("The backup %1 does not verify; nothing was restored: %2")
                                     .arg(backup, verification.problem),
                                 backup));
    // Erasures newer backups of the same workspace carry (the live register may be lost).
    const QString backupsRoot = QFileInfo(backup).absolutePath();
    for (const QString &other :
         QDir(backupsRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        auto m = readBackupManifest(QDir(backupsRoot).filePath(other));
        if (m && m->workspaceId == manifest.workspaceId
            && m->workspacePublicKey == manifest.workspacePublicKey && m->signatureValid()
            && m->createdMs > manifest.createdMs)
            for (const QJsonValue &e : m->erasures)
                laterErasures.append(e);
    }

    // 3. Stage a copy beside the workspace.
    const qint64 nowMs = options.clock->nowMs();
    tidyEarlierRestores(parent, name, nowMs);
    const QString staged = QDir(parent).filePath(u'.' + name + QStringLiteral(".restoring-")
                                                 + stamp(nowMs));
    const QString replacedFolder = QDir(parent).filePath(name + QStringLiteral(".replaced-")
                                                         + stamp(nowMs));
    if (!QDir().mkpath(staged))
        return fail(
            restoreError(ErrorCode::Io, Tr::tr("cannot create the folder %1").arg(staged), staged));
    QFile::setPermissions(staged,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto built = [&]() -> Result<> {
        {
            QFile marker(QDir(staged).filePath(QLatin1String(kStagingMarker)));
            if (!marker.open(QIODevice::WriteOnly))
                return fail(ErrorCode::Io, Tr::tr("cannot write in %1").arg(staged));
        }
        qint64 total = 0;
        for (const BackupFile &f : manifest.files)
            total += f.size;
        qint64 done = 0;
        for (const BackupFile &f : manifest.files) {
            const QString to = QDir(staged).filePath(f.path);
            if (!QDir().mkpath(QFileInfo(to).absolutePath()))
                return fail(ErrorCode::Io, Tr::tr("cannot create a folder in %1").arg(staged));
            MIZAN_CHECK(backupfiles::copyFile(QDir(backup).filePath(f.path), to, job, &done, total));
            MIZAN_TRY(copy, backupfiles::hashFile(staged, f.path));
            if (copy.sha256 != f.sha256)
                return fail(restoreError(ErrorCode::Integrity,
                                         Tr::tr("%1 changed while it was copied").arg(to),
                                         to));
        }

        // 4. Open the copy as the user, re-apply later erasures, record the restore, verify.
        MIZAN_TRY(restored, Workspace::open(staged, options));
        const bool recovery = user == QLatin1String(kRecoveryActor);
        MIZAN_CHECK(recovery ? restored->loginWithRecoveryKey(password)
                             : restored->login(user, password));
        MIZAN_CHECK(restored->require(Permission::BackupRestore,
                                      Tr::tr("restore a backup"),
                                      QStringLiteral("workspace")));
        // The replaced workspace's erasure register and log head, when the same credential
        // opens it (its log records this sign-in: someone restored over it).
        if (live) {
            const bool recoveryUser = user == QLatin1String(kRecoveryActor);
            auto in = recoveryUser ? live->loginWithRecoveryKey(password)
                                   : live->login(user, password);
            if (!in && in.error().code == ErrorCode::AuthFailed)
                return fail(restoreError(
                    ErrorCode::AuthFailed,
                    Tr::tr("The workspace being replaced does not open with this credential (was "
                           "the password changed since the backup?), so the erasures made since "
                           "could not be re-applied. Restore with the recovery key, which opens "
                           "both: %1")
                        .arg(in.error().message),
                    target));
            if (in && !live->can(Permission::BackupRestore))
                return fail(restoreError(ErrorCode::PermissionDenied,
                                         Tr::tr("%1 may not restore over the workspace %2 as it "
                                                "is now (no backup.restore there).")
                                             .arg(user, target),
                                         target));
            if (in && live->d->db) {
                auto read = [&]() -> Result<> {
                    Database &db = *live->d->db;
                    MIZAN_TRY(register_, readErasureRegister(db));
                    for (const QJsonValue &e : register_)
                        laterErasures.append(e);
                    MIZAN_TRY(head, AuditLog::lastSeq(db));
                    report.replacedEntries = head;
                    replacedRoot = AuditLog::tree(db, head).rootAt(head);
                    return {};
                }();
                if (!read)
                    report.warnings << Tr::tr("The erasure register of the workspace being "
                                              "replaced could not be read: %1")
                                           .arg(read.error().message);
                static_cast<void>(live->logout());
            } else {
                report.warnings << Tr::tr("The workspace being replaced did not open with these "
                                          "credentials (%1): erasures made after the backup are "
                                          "re-applied from newer backups only.")
                                       .arg(in ? QString() : in.error().message);
            }
        }
        // Accounts removed after the backup do not come back with it: disabled (their slots
        // lose the data key); removing them again rotates the key.
        int disabled = 0;
        if (live)
            for (const KeySlot &slot : std::vector<KeySlot>(restored->d->slots.slots)) {
                if (slot.kind != KeySlot::Kind::User || live->d->slots.find(slot.name)
                    || slot.envelopes.empty() || slot.name == restored->m_user)
                    continue;
                MIZAN_CHECK(restored->disableUser(slot.name));
                ++disabled;
                report.warnings << Tr::tr("The account \"%1\" was removed after this backup was "
                                          "made: it is disabled in the restored workspace, whose "
                                          "key is rotated. Remove it again.")
                                       .arg(slot.name);
            }
        if (disabled > 0) // they may hold the backup's data key: the restored copy gets a new one
            MIZAN_CHECK(restored->rotateKeyUnchecked({}, QStringLiteral("restore")));
        MIZAN_TRY(reapplied, restored->reapplyErasures(laterErasures));
        report.erasuresReapplied = reapplied;
        // A schema migration at sign-in left a safety copy from before the re-applied erasures.
        for (const QString &copy :
             QDir(staged).entryList({QString::fromLatin1(kDatabaseFile) + QStringLiteral(".v*.bak")},
                                    QDir::Files))
            if (!QFile::remove(QDir(staged).filePath(copy)))
                return fail(ErrorCode::Io,
                            Tr::tr("cannot remove %1").arg(QDir(staged).filePath(copy)));
        if (report.replacedEntries >= 0 && report.replacedEntries > manifest.auditEntries)
            report.warnings << Tr::tr("The restored audit log is older than the one it replaces "
                                      "(%1 entries against %2): an auditor's checkpoint after "
                                      "entry %1 will show the rollback this restore recorded.")
                                   .arg(manifest.auditEntries)
                                   .arg(report.replacedEntries);
        QJsonObject details{{QStringLiteral("backup"), manifest.name},
                            {QStringLiteral("backup_created_ms"), manifest.createdMs},
                            {QStringLiteral("backup_entries"), manifest.auditEntries},
                            {QStringLiteral("backup_root"),
                             QString::fromLatin1(manifest.auditRoot.toHex())},
                            {QStringLiteral("replaced_entries"), report.replacedEntries},
                            {QStringLiteral("erasures_reapplied"), reapplied}};
        if (!replacedRoot.isEmpty())
            details.insert(QStringLiteral("replaced_root"),
                           QString::fromLatin1(replacedRoot.toHex()));
        if (liveExists)
            details.insert(QStringLiteral("replaced_folder"), QFileInfo(replacedFolder).fileName());
        MIZAN_CHECK(restored->d->db->transaction([&]() -> Result<> {
            MIZAN_CHECK(restored->audit(QStringLiteral("restore"),
                                        QStringLiteral("workspace"),
                                        QStringLiteral("ok"),
                                        details));
            MIZAN_CHECK(AuditLog::writeCheckpoint(*restored->d->db,
                                                  restored->d->signer(),
                                                  QStringLiteral("restore"),
                                                  restored->now()));
            return {};
        }));
        MIZAN_CHECK(restored->d->db->integrityCheck());
        MIZAN_TRY(keys, restored->auditKeyring());
        MIZAN_TRY(log, verifyAuditLog(*restored->d->db, keys));
        if (!log.ok)
            return fail(ErrorCode::Integrity,
                        Tr::tr("The restored audit log does not verify: %1").arg(log.verdict()));
        MIZAN_CHECK(restored->logout());
        restored.reset();
        QFile::remove(QDir(staged).filePath(QLatin1String(kLockFile)));
        if (!QFile::remove(QDir(staged).filePath(QLatin1String(kStagingMarker))))
            return fail(ErrorCode::Io, Tr::tr("cannot finish the staged copy in %1").arg(staged));
        for (const QString &file : backupfiles::listFiles(staged))
            backupfiles::syncPath(QDir(staged).filePath(file));
        backupfiles::syncPath(staged);
        return {};
    }();
    if (!built) {
        backupfiles::removeTree(staged);
        return fail(built.error());
    }

    // 5. Swap, still holding the replaced workspace's lock (its lock file moves with it), so no
    //    other process can open the old workspace in between; released afterwards.
    const auto release = [&] {
        live.reset();
        rawLock.reset();
    };
    const QByteArray from = QFile::encodeName(staged);
    const QByteArray to = QFile::encodeName(target);
    if (liveExists) {
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE)
            != 0) {
            const int error = errno;
            release();
            backupfiles::removeTree(staged);
            return fail(restoreError(ErrorCode::Io,
                                     Tr::tr("cannot swap the restored workspace into %1: %2")
                                         .arg(target, QString::fromLocal8Bit(std::strerror(error))),
                                     target));
        }
        backupfiles::syncPath(parent);
        // Our lock file moved away with the replaced workspace: put it back where the lock
        // names it, so the restored workspace stays locked until it is released (and the
        // replaced one keeps no stale lock).
        if (QFileInfo::exists(QDir(staged).filePath(QLatin1String(kLockFile))))
            QDir().rename(QDir(staged).filePath(QLatin1String(kLockFile)),
                          QDir(target).filePath(QLatin1String(kLockFile)));
        release();
        // The staged path now holds the replaced workspace: kept aside under its own name.
        if (!QDir().rename(staged, replacedFolder))
            report.warnings << Tr::tr("The replaced workspace is kept in %1.").arg(staged);
        else
            report.replacedFolder = replacedFolder;
    } else {
        release();
        if (QFileInfo::exists(target))
            QDir().rmdir(target); // empty, checked above
        if (::rename(from.constData(), to.constData()) != 0) {
            const int error = errno;
            backupfiles::removeTree(staged);
            return fail(restoreError(ErrorCode::Io,
                                     Tr::tr("cannot move the restored workspace to %1: %2")
                                         .arg(target, QString::fromLocal8Bit(std::strerror(error))),
                                     target));
        }
    }
    backupfiles::syncPath(parent);
    report.restoreMs = timer.elapsed();
    return report;
}

} // namespace mizan
