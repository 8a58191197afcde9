// Disaster-recovery drills: back up, restore into a scratch folder as a real restore would,
// open and verify the result, measure the recovery time and point, report and record.

#include "backup/BackupManifest.h"
#include "backup/BackupVerify.h"
#include "workspace/WorkspacePrivate.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

/** Tables whose rows a restore must bring back exactly (the audit log grows by the restore). */
constexpr const char *kRestoredTables[] = {"users",
                                           "lead_sets",
                                           "leads",
                                           "models",
                                           "scoring_runs",
                                           "predictions",
                                           "outcomes",
                                           "erasures"};
} // namespace

Result<DrillReport> Workspace::drill(const SecureBytes &password,
                                     const QString &directory,
                                     const JobControl &job)
{
    const QString target = QStringLiteral("backup:drill");
    return auditFailures(QStringLiteral("backup.drill"), target, [&]() -> Result<DrillReport> {
        MIZAN_CHECK(require(Permission::BackupCreate, Tr::tr("run a recovery drill"), target));
        MIZAN_CHECK(require(Permission::BackupRestore, Tr::tr("run a recovery drill"), target));
        MIZAN_CHECK(reauthenticate(password));
        MIZAN_TRY(policy, backupPolicy());
        const QString root = directory.isEmpty() ? policy.directory
                                                 : QDir(directory).absolutePath();
        if (root.isEmpty()) {
            Error e = makeError(ErrorCode::InvalidInput,
                                Tr::tr("Choose a folder for the drill's backup (or set one in the "
                                       "backup plan)."));
            e.field = QStringLiteral("directory");
            return fail(e);
        }
        DrillReport report;
        report.startedMs = now();
        report.by = m_user;
        report.rpoObjectiveMs = qint64(policy.rpoMinutes) * 60'000;
        report.rtoObjectiveMs = qint64(policy.rtoMinutes) * 60'000;
        {
            // The newest backup that is there, intact and not known to fail verification.
            MIZAN_TRY(list, backups(root));
            qint64 newest = 0;
            for (const BackupInfo &b : list)
                if (b.manifestValid && !(b.verifiedMs > 0 && !b.verifiedOk)
                    && b.createdMs <= report.startedMs)
                    newest = std::max(newest, b.createdMs);
            report.recoveryPointMs = newest > 0 ? report.startedMs - newest : -1;
        }
        QElapsedTimer timer;
        timer.start();
        MIZAN_TRY(made, createBackup(root, QStringLiteral("drill"), job));
        report.backupMs = timer.restart();
        report.backup = made.name;

        const QString stamp = QDateTime::fromMSecsSinceEpoch(report.startedMs, QTimeZone::utc())
                                  .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        const QString drills = QDir(root).filePath(QStringLiteral("drills"));
        const QString scratchRoot = QDir(drills).filePath(QStringLiteral("scratch-") + stamp);
        const QString scratch = QDir(scratchRoot).filePath(QStringLiteral("workspace"));
        WorkspaceOptions options = m_options;
        options.appName = QStringLiteral("mizan drill");
        auto outcome = [&]() -> Result<> {
            MIZAN_TRY(restored,
                      restore(made.path,
                              scratch,
                              d->recovery ? QString::fromLatin1(kRecoveryActor) : m_user,
                              password,
                              options,
                              job));
            // The restored workspace opens as a person would open it, and verifies.
            MIZAN_TRY(opened, Workspace::open(scratch, options));
            MIZAN_CHECK(d->recovery ? opened->loginWithRecoveryKey(password)
                                    : opened->login(m_user, password));
            MIZAN_CHECK(opened->d->db->integrityCheck());
            MIZAN_TRY(keys, opened->auditKeyring());
            MIZAN_TRY(log, verifyAuditLog(*opened->d->db, keys));
            if (!log.ok)
                return fail(ErrorCode::Integrity,
                            Tr::tr("the restored audit log does not verify: %1").arg(log.verdict()));
            MIZAN_TRY(counts, countWorkspaceRecords(*opened->d->db));
            MIZAN_TRY(manifest, readBackupManifest(made.path));
            for (const char *table : kRestoredTables) {
                const QString key = QLatin1String(table);
                if (counts.value(key).toInteger(-1) != manifest.counts.value(key).toInteger(-2))
                    return fail(ErrorCode::Integrity,
                                Tr::tr("the restored workspace holds %1 rows of %2; the backup "
                                       "has %3")
                                    .arg(counts.value(key).toInteger())
                                    .arg(key)
                                    .arg(manifest.counts.value(key).toInteger()));
            }
            report.counts = counts;
            report.auditEntries = log.entries + log.sealedUpTo;
            MIZAN_CHECK(opened->logout());
            static_cast<void>(restored);
            return {};
        }();
        report.recoveryMs = timer.elapsed();
        report.ok = bool(outcome);
        if (!outcome)
            report.problem = outcome.error().message;
        backupfiles::removeTree(scratchRoot);

        // The report beside the backups, and in the workspace.
        if (!QDir().mkpath(drills))
            return fail(ErrorCode::Io, Tr::tr("cannot create the folder %1").arg(drills));
        QFile::setPermissions(drills,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner);
        report.reportPath = QDir(drills).filePath(QStringLiteral("drill-") + stamp
                                                  + QStringLiteral(".json"));
        MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(next, d->db->prepare("SELECT coalesce(max(id), 0) + 1 FROM drills"));
            MIZAN_TRY(hasNext, next.step());
            report.id = hasNext ? next.integer(0) : 1;
            const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
            QSaveFile file(report.reportPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()
                || !file.commit())
                return fail(ErrorCode::Io,
                            Tr::tr("%1: cannot write the drill report").arg(report.reportPath));
            QFile::setPermissions(report.reportPath,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            MIZAN_TRY(insert,
                      d->db->prepare("INSERT INTO drills(id, started_ms, run_by, ok, backup, "
                                     "recovery_ms, recovery_point_ms, report) "
                                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
            insert.bind(1, report.id)
                .bind(2, report.startedMs)
                .bind(3, m_user)
                .bind(4, qint64(report.ok))
                .bind(5, report.backup)
                .bind(6, report.recoveryMs)
                .bind(7, report.recoveryPointMs)
                .bind(8, QString::fromUtf8(json));
            MIZAN_CHECK(insert.run());
            if (report.ok) { // the restore verified the drill's backup in full
                MIZAN_TRY(verified,
                          d->db->prepare("UPDATE backups SET verified_ms = ?, verified_ok = 1, "
                                         "verify_problem = '' WHERE name = ?"));
                verified.bind(1, now()).bind(2, report.backup);
                MIZAN_CHECK(verified.run());
            }
            QJsonObject details{{QStringLiteral("backup"), report.backup},
                                {QStringLiteral("recovery_ms"), report.recoveryMs},
                                {QStringLiteral("recovery_point_ms"), report.recoveryPointMs},
                                {QStringLiteral("meets_rto"), report.meetsRto()},
                                {QStringLiteral("meets_rpo"), report.meetsRpo()}};
            return audit(QStringLiteral("backup.drill"),
                         QStringLiteral("drill:%1").arg(report.id),
                         report.ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                         details);
        }));
        return report;
    }());
}

Result<std::vector<DrillReport>> Workspace::drills()
{
    MIZAN_CHECK(
        require(Permission::BackupCreate, Tr::tr("read recovery drills"), QStringLiteral("backup")));
    MIZAN_TRY(s, d->db->prepare("SELECT report FROM drills ORDER BY id DESC"));
    std::vector<DrillReport> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            break;
        out.push_back(DrillReport::fromJson(QJsonDocument::fromJson(s.text(0).toUtf8()).object()));
    }
    return out;
}

} // namespace mizan
