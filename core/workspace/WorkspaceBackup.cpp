// Backups: the consistent snapshot, listing, verification, the plan and its schedule, rotation.

#include "backup/BackupManifest.h"
#include "backup/BackupRotation.h"
#include "backup/BackupVerify.h"
#include "common/Sha256.h"
#include "workspace/WorkspacePrivate.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

constexpr const char *kPolicyKey = "backup_policy";
const QString kPartialSuffix = QStringLiteral(".partial");

QString backupTarget(const QString &name)
{
    return QStringLiteral("backup:") + name;
}

/** Creates the folder (and its parents) readable by the owner only; an existing one is left as it is. */
Result<> makePrivateDir(const QString &path)
{
    if (QFileInfo(path).isDir())
        return {};
    if (!QDir().mkpath(path)) {
        Error e = makeError(ErrorCode::Io, Tr::tr("cannot create the folder %1").arg(path));
        e.file = path;
        return fail(e);
    }
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

Result<> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Error e = makeError(ErrorCode::Io,
                            Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
        e.file = path;
        return fail(e);
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

int newestSchemaVersion()
{
    return workspaceMigrations().back().version;
}
} // namespace

Result<BackupPolicy> Workspace::backupPolicy()
{
    MIZAN_CHECK(requireSession());
    MIZAN_TRY(s, d->db->prepare("SELECT value FROM meta WHERE key = ?"));
    s.bind(1, QLatin1String(kPolicyKey));
    MIZAN_TRY(found, s.step());
    if (!found)
        return BackupPolicy{};
    return BackupPolicy::fromJson(QJsonDocument::fromJson(s.text(0).toUtf8()).object());
}

Result<> Workspace::setBackupPolicy(const BackupPolicy &policy)
{
    const QString target = QStringLiteral("backup:policy");
    return auditFailures(QStringLiteral("backup.policy"), target, [&]() -> Result<> {
        MIZAN_CHECK(require(Permission::BackupCreate, Tr::tr("change the backup plan"), target));
        if (const QString problem = policy.problem(); !problem.isEmpty()) {
            Error e = makeError(ErrorCode::InvalidInput, problem);
            e.field = problem.section(u':', 0, 0);
            return fail(e);
        }
        BackupPolicy stored = policy;
        if (!stored.directory.isEmpty())
            stored.directory = QDir(stored.directory).absolutePath();
        const QJsonObject json = stored.toJson();
        return d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(s, d->db->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
            s.bind(1, QLatin1String(kPolicyKey))
                .bind(2, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
            MIZAN_CHECK(s.run());
            return audit(QStringLiteral("backup.policy"), target, QStringLiteral("ok"), json);
        });
    }());
}

Result<BackupInfo> Workspace::createBackup(const QString &directory,
                                           const QString &kind,
                                           const JobControl &job)
{
    const QString action = QStringLiteral("backup.create");
    return auditFailures(action, QStringLiteral("backup"), [&]() -> Result<BackupInfo> {
        MIZAN_CHECK(requireSession());
        MIZAN_TRY(policy, backupPolicy());
        QString root = directory.isEmpty() ? policy.directory : directory;
        if (!root.isEmpty())
            root = QDir(root).absolutePath();
        const bool scheduled = kind == QLatin1String("scheduled");
        if (scheduled) {
            // The administrator's plan runs in whichever session is unlocked (ARCHITECTURE.md:
            // the manifest is signed with the workspace key, which every session holds).
            if (!policy.scheduled || root != policy.directory)
                return fail(ErrorCode::InvalidInput,
                            Tr::tr("No backup schedule is set for %1.").arg(root));
            MIZAN_TRY(due, scheduledBackupDue());
            if (!due)
                return fail(ErrorCode::InvalidInput,
                            Tr::tr("No scheduled backup is due yet; an administrator can make one "
                                   "at any time."));
        } else {
            MIZAN_CHECK(require(Permission::BackupCreate,
                                Tr::tr("make a backup"),
                                QStringLiteral("backup")));
        }
        if (kind != QLatin1String("manual") && !scheduled && kind != QLatin1String("drill"))
            return fail(ErrorCode::InvalidInput, Tr::tr("Unknown kind of backup: %1").arg(kind));
        if (root.isEmpty()) {
            Error e = makeError(ErrorCode::InvalidInput,
                                Tr::tr("Choose a folder for the backups (or set one in the "
                                       "backup plan)."));
            e.field = QStringLiteral("directory");
            return fail(e);
        }
        const QString rootClean = QDir::cleanPath(root);
        if (rootClean == m_dir || rootClean.startsWith(m_dir + u'/')) {
            Error e
                = makeError(ErrorCode::InvalidInput,
                            Tr::tr("Backups cannot go inside the workspace folder %1.").arg(m_dir));
            e.field = QStringLiteral("directory");
            return fail(e);
        }
        MIZAN_CHECK(makePrivateDir(root));
        // Folders a killed backup of this workspace left (never another workspace's, which
        // may be writing one now): nothing but a copy that never completed.
        for (const QString &left :
             QDir(root).entryList({QStringLiteral("mizan-backup-*") + kPartialSuffix},
                                  QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString path = QDir(root).filePath(left);
            auto slots = KeySlots::load(QDir(path).filePath(QLatin1String(kSlotsFile)));
            if ((slots && slots->workspaceId == d->slots.workspaceId)
                || QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
                backupfiles::removeTree(path);
        }

        const qint64 createdMs = now();
        QString name = QStringLiteral("mizan-backup-%1-%2")
                           .arg(QDateTime::fromMSecsSinceEpoch(createdMs, QTimeZone::utc())
                                    .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")),
                                kind);
        for (int n = 2; QFileInfo::exists(QDir(root).filePath(name))
                        || QFileInfo::exists(QDir(root).filePath(name + kPartialSuffix));
             ++n)
            name = name.section(u'~', 0, 0) + QStringLiteral("~%1").arg(n);
        const QString finalPath = QDir(root).filePath(name);
        const QString partial = finalPath + kPartialSuffix;
        MIZAN_CHECK(makePrivateDir(partial));
        const auto cleanup = [&] { backupfiles::removeTree(partial); };

        // The snapshot point: the entry recording it and a signed checkpoint covering it, so the
        // copy holds its own record and the manifest can name the log's head.
        BackupManifest m;
        m.name = name;
        m.workspaceId = d->slots.workspaceId;
        m.workspacePublicKey = d->slots.workspacePublicKey;
        m.createdMs = createdMs;
        m.createdBy = m_user;
        m.kind = kind;
        m.appVersion = QStringLiteral(MIZAN_VERSION);
        m.schemaVersion = d->db->schemaVersion();
        m.keyGeneration = d->slots.generation;
        auto snapshot = d->db->transaction([&]() -> Result<> {
            MIZAN_CHECK(
                audit(action,
                      backupTarget(name),
                      QStringLiteral("started"),
                      {{QStringLiteral("kind"), kind}, {QStringLiteral("directory"), root}}));
            MIZAN_TRY(c,
                      AuditLog::writeCheckpoint(*d->db,
                                                d->signer(),
                                                QStringLiteral("backup"),
                                                createdMs));
            m.auditEntries = c.checkpoint.size;
            m.auditRoot = c.checkpoint.root;
            m.auditCheckpoint = QString::fromUtf8(c.note);
            return {};
        });
        if (!snapshot) {
            cleanup();
            return fail(snapshot.error());
        }
        auto copied = [&]() -> Result<> {
            MIZAN_TRY(sealed, AuditLog::sealedUpTo(*d->db));
            m.auditSealedUpTo = sealed;
            MIZAN_TRY(counts, countWorkspaceRecords(*d->db));
            m.counts = counts;
            MIZAN_TRY(erasures, readErasureRegister(*d->db));
            m.erasures = std::move(erasures);
            if (job.cancelled())
                return fail(ErrorCode::Cancelled, Tr::tr("The backup was cancelled."));
            // The key slots first: they name the workspace a left-over partial folder belongs to.
            MIZAN_CHECK(d->slots.save(QDir(partial).filePath(QLatin1String(kSlotsFile))));
            // The database: an encrypted copy under the same key, never an unkeyed file.
            const QString dbCopy = QDir(partial).filePath(QLatin1String(kDatabaseFile));
            MIZAN_CHECK(d->db->exportTo(dbCopy, d->dataKey));
            if (backupfiles::isPlainSqlite(dbCopy))
                return fail(ErrorCode::Integrity,
                            Tr::tr("%1 was written unencrypted; the backup is discarded")
                                .arg(dbCopy));
            backupfiles::syncPath(dbCopy);
            // The sealed audit archive (evidence packs of pruned segments).
            const QString archive = QDir(m_dir).filePath(QStringLiteral("archive"));
            if (QFileInfo(archive).isDir())
                for (const QString &file : backupfiles::listFiles(archive)) {
                    const QString to = QDir(partial).filePath(QStringLiteral("archive/") + file);
                    MIZAN_CHECK(makePrivateDir(QFileInfo(to).absolutePath()));
                    MIZAN_CHECK(backupfiles::copyFile(QDir(archive).filePath(file), to, job));
                    backupfiles::syncPath(QFileInfo(to).absolutePath());
                }
            if (job.cancelled())
                return fail(ErrorCode::Cancelled, Tr::tr("The backup was cancelled."));
            qint64 total = 0;
            const QStringList files = backupfiles::listFiles(partial);
            for (const QString &file : files)
                total += QFileInfo(QDir(partial).filePath(file)).size();
            qint64 done = 0;
            for (const QString &file : files) {
                MIZAN_TRY(hashed, backupfiles::hashFile(partial, file, job, &done, total));
                m.files.push_back(std::move(hashed));
            }
            MIZAN_CHECK(m.sign(d->workspaceSeed));
            MIZAN_CHECK(writeFileAtomically(QDir(partial).filePath(
                                                QLatin1String(BackupManifest::kFileName)),
                                            m.toJson()));
            backupfiles::syncPath(partial);
            if (!QDir().rename(partial, finalPath))
                return fail(ErrorCode::Io, Tr::tr("cannot rename %1 to %2").arg(partial, finalPath));
            backupfiles::syncPath(root);
            return {};
        }();
        if (!copied) {
            cleanup();
            return fail(copied.error());
        }
        BackupInfo info;
        info.name = name;
        info.path = finalPath;
        info.createdMs = createdMs;
        info.createdBy = m_user;
        info.kind = kind;
        for (const BackupFile &f : m.files)
            info.bytes += f.size;
        info.auditEntries = m.auditEntries;
        info.schemaVersion = m.schemaVersion;
        info.keyGeneration = m.keyGeneration;
        info.appVersion = m.appVersion;
        info.manifestValid = true;
        const QString manifestSha256 = QString::fromLatin1(Sha256::hashHex(m.toJson()));
        MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(s,
                      d->db->prepare("INSERT OR REPLACE INTO backups(name, path, kind, created_ms, "
                                     "created_by, manifest_sha256, bytes) "
                                     "VALUES(?, ?, ?, ?, ?, ?, ?)"));
            s.bind(1, name)
                .bind(2, finalPath)
                .bind(3, kind)
                .bind(4, createdMs)
                .bind(5, m_user)
                .bind(6, manifestSha256)
                .bind(7, info.bytes);
            MIZAN_CHECK(s.run());
            // The backup is complete: the entry of its snapshot point said "started".
            return audit(action,
                         backupTarget(name),
                         QStringLiteral("ok"),
                         {{QStringLiteral("kind"), kind},
                          {QStringLiteral("bytes"), info.bytes},
                          {QStringLiteral("files"), qint64(m.files.size())},
                          {QStringLiteral("audit_entries"), m.auditEntries},
                          {QStringLiteral("manifest_sha256"), manifestSha256}});
        }));
        return info;
    }());
}

Result<std::vector<BackupInfo>> Workspace::backups(const QString &directory)
{
    MIZAN_CHECK(require(Permission::BackupCreate, Tr::tr("list backups"), QStringLiteral("backup")));
    MIZAN_TRY(policy, backupPolicy());
    const QString root = directory.isEmpty() ? policy.directory : QDir(directory).absolutePath();
    std::vector<BackupInfo> out;
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return out;
    MIZAN_TRY(state,
              d->db->prepare("SELECT verified_ms, verified_ok, verify_problem FROM backups "
                             "WHERE name = ? AND path = ?"));
    const QStringList names = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (name.endsWith(kPartialSuffix) || name == QLatin1String("drills"))
            continue;
        const QString path = QDir(root).filePath(name);
        auto m = readBackupManifest(path);
        if (!m || m->workspaceId != d->slots.workspaceId)
            continue;
        BackupInfo info;
        info.name = name;
        info.path = path;
        info.createdMs = m->createdMs;
        info.createdBy = m->createdBy;
        info.kind = m->kind;
        for (const BackupFile &f : m->files)
            info.bytes += f.size;
        info.auditEntries = m->auditEntries;
        info.schemaVersion = m->schemaVersion;
        info.keyGeneration = m->keyGeneration;
        info.appVersion = m->appVersion;
        info.manifestValid = m->signatureValid()
                             && m->workspacePublicKey == d->slots.workspacePublicKey
                             && m->name == name;
        state.bind(1, name).bind(2, path);
        MIZAN_TRY(known, state.step());
        if (known) {
            info.verifiedMs = state.integer(0);
            info.verifiedOk = state.integer(1) != 0;
            info.verifyProblem = state.text(2);
        }
        MIZAN_CHECK(state.reset());
        out.push_back(std::move(info));
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdMs > b.createdMs;
    });
    return out;
}

Result<BackupVerification> Workspace::verifyBackup(const QString &backupDir,
                                                   const SecureBytes *password,
                                                   const JobControl &job)
{
    const QString path = QDir(backupDir).absolutePath();
    const QString name = QFileInfo(path).fileName();
    const QString target = backupTarget(name);
    return auditFailures(QStringLiteral("backup.verify"), target, [&]() -> Result<BackupVerification> {
        MIZAN_CHECK(require(Permission::BackupCreate, Tr::tr("verify a backup"), target));
        const BackupKeySource keySource = [&](const BackupManifest &m,
                                              const KeySlots &slots) -> Result<SecureBytes> {
            if (m.keyGeneration == d->slots.generation)
                return d->dataKey.copy();
            const KeySlot *slot = slots.find(d->recovery ? QLatin1String(KeySlots::kRecoveryName)
                                                         : m_user);
            if (!password || !slot)
                return fail(ErrorCode::InvalidInput,
                            Tr::tr("This backup was made under key generation %1 (the workspace "
                                   "is at %2): give the password you had then to verify it.")
                                .arg(m.keyGeneration)
                                .arg(d->slots.generation));
            MIZAN_TRY(opened, keyring::openSlot(slots, *slot, *password));
            for (auto &[generation, key] : opened.dataKeys)
                if (generation == m.keyGeneration)
                    return std::move(key);
            return fail(ErrorCode::Integrity,
                        Tr::tr("the key slot in the backup holds no key of generation %1")
                            .arg(m.keyGeneration));
        };
        MIZAN_TRY(verdict,
                  verifyBackupFolder(path,
                                     {d->slots.workspaceId, d->slots.workspacePublicKey},
                                     keySource,
                                     newestSchemaVersion(),
                                     job));
        const qint64 nowMs = now();
        QStringList failed;
        for (const BackupCheck &c : verdict.checks)
            if (!c.ok && !failed.contains(c.name))
                failed << c.name;
        MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
            // Recorded against the backup this workspace made there (a copy elsewhere under the
            // same name is verified and audited, but does not speak for the original).
            MIZAN_TRY(s,
                      d->db->prepare("UPDATE backups SET verified_ms = ?, verified_ok = ?, "
                                     "verify_problem = ? WHERE name = ? AND path = ?"));
            s.bind(1, nowMs)
                .bind(2, qint64(verdict.ok))
                .bind(3, verdict.problem)
                .bind(4, name)
                .bind(5, path);
            MIZAN_CHECK(s.run());
            if (d->db->changes() == 0) { // one this workspace did not record (copied back)
                auto m = readBackupManifest(path);
                MIZAN_TRY(insert,
                          d->db->prepare("INSERT OR IGNORE INTO backups(name, path, kind, "
                                         "created_ms, created_by, manifest_sha256, bytes, "
                                         "verified_ms, verified_ok, verify_problem) "
                                         "VALUES(?, ?, ?, ?, ?, '', 0, ?, ?, ?)"));
                insert.bind(1, name)
                    .bind(2, path)
                    .bind(3, m ? m->kind : QString())
                    .bind(4, m ? m->createdMs : 0)
                    .bind(5, m ? m->createdBy : QString())
                    .bind(6, nowMs)
                    .bind(7, qint64(verdict.ok))
                    .bind(8, verdict.problem);
                MIZAN_CHECK(insert.run());
            }
            return audit(QStringLiteral("backup.verify"),
                         target,
                         verdict.ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                         {{QStringLiteral("audit_entries"), verdict.auditEntries},
                          {QStringLiteral("failed_checks"), QJsonArray::fromStringList(failed)}});
        }));
        return verdict;
    }());
}

Result<bool> Workspace::scheduledBackupDue()
{
    MIZAN_CHECK(requireSession());
    MIZAN_TRY(policy, backupPolicy());
    if (!policy.scheduled || policy.directory.isEmpty())
        return false;
    MIZAN_TRY(s,
              d->db->prepare("SELECT coalesce(max(created_ms), 0) FROM backups "
                             "WHERE removed_ms = 0 AND kind != 'drill' AND created_ms <= ?"));
    s.bind(1, now()); // one dated in the future (a clock that jumped) never stops the schedule
    MIZAN_TRY(row, s.step());
    const qint64 newest = row ? s.integer(0) : 0;
    return newest == 0 || now() - newest >= qint64(policy.intervalMinutes) * 60'000;
}

Result<std::optional<BackupInfo>> Workspace::runScheduledBackup(const JobControl &job)
{
    MIZAN_TRY(due, scheduledBackupDue());
    if (!due)
        return std::optional<BackupInfo>();
    MIZAN_TRY(policy, backupPolicy());
    MIZAN_TRY(info, createBackup(policy.directory, QStringLiteral("scheduled"), job));
    MIZAN_CHECK(rotateUnchecked(policy));
    return std::optional<BackupInfo>(std::move(info));
}

Result<QStringList> Workspace::rotateBackups(const QString &directory)
{
    MIZAN_CHECK(
        require(Permission::BackupCreate, Tr::tr("rotate backups"), QStringLiteral("backup")));
    MIZAN_TRY(policy, backupPolicy());
    if (!directory.isEmpty())
        policy.directory = QDir(directory).absolutePath();
    return rotateUnchecked(policy);
}

Result<QStringList> Workspace::rotateUnchecked(const BackupPolicy &policy)
{
    QStringList removed;
    if (policy.directory.isEmpty() || !QFileInfo(policy.directory).isDir())
        return removed;
    std::vector<RotationCandidate> candidates;
    const QStringList names
        = QDir(policy.directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (name.endsWith(kPartialSuffix))
            continue;
        auto m = readBackupManifest(QDir(policy.directory).filePath(name));
        // Only this workspace's own, intact backups are ever deleted.
        if (m && m->workspaceId == d->slots.workspaceId && m->signatureValid()
            && m->workspacePublicKey == d->slots.workspacePublicKey && m->name == name)
            candidates.push_back({name, m->createdMs});
    }
    const QStringList remove = backupsToRemove(candidates, policy.keepDaily, policy.keepWeekly);
    if (remove.isEmpty())
        return removed;
    const qint64 nowMs = now();
    for (const QString &name : remove)
        if (backupfiles::removeTree(QDir(policy.directory).filePath(name)))
            removed << name;
    MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(s, d->db->prepare("UPDATE backups SET removed_ms = ? WHERE name = ?"));
        for (const QString &name : removed) {
            s.bind(1, nowMs).bind(2, name);
            MIZAN_CHECK(s.run());
            MIZAN_CHECK(s.reset());
        }
        return audit(QStringLiteral("backup.rotate"),
                     QStringLiteral("backup"),
                     removed.size() == remove.size() ? QStringLiteral("ok")
                                                     : QStringLiteral("failed"),
                     {{QStringLiteral("removed"), QJsonArray::fromStringList(removed)},
                      {QStringLiteral("keep_daily"), policy.keepDaily},
                      {QStringLiteral("keep_weekly"), policy.keepWeekly}});
    }));
    return removed;
}

} // namespace mizan
