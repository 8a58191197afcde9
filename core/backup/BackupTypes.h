#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace mizan {

/**
 * @brief The administrator's backup plan, stored in the workspace (meta "backup_policy"):
 * where backups go, how often the schedule makes one while the workspace is unlocked, the
 * recovery-point objective the Backup tab warns against, and how many to keep.
 */
struct BackupPolicy
{
    QString directory;        ///< where backups are written (empty: no schedule)
    bool scheduled = false;   ///< the schedule runs while a session is unlocked
    int intervalMinutes = 60; ///< a scheduled backup when the newest is older than this
    int rpoMinutes = 60;      ///< recovery-point objective: warn when the newest is older
    int rtoMinutes = 240;     ///< recovery-time objective the drills are measured against
    int keepDaily = 7;        ///< the newest backup of each of this many days is kept
    int keepWeekly = 4;       ///< the newest of each of this many ISO weeks is kept

    QJsonObject toJson() const;
    static BackupPolicy fromJson(const QJsonObject &o);
    /** @brief Empty when sensible; else why not (names the field). */
    QString problem() const;
};

/** @brief One check a backup verification made, for people to read. */
struct BackupCheck
{
    QString name; ///< "signature", "files", "keyslots", "integrity", "audit", "counts", ...
    bool ok = false;
    QString detail; ///< what was found
};

/** @brief The verdict on a backup folder. */
struct BackupVerification
{
    bool ok = false;
    QString problem;                 ///< the first failure (empty when ok)
    std::vector<BackupCheck> checks; ///< every check in the order made
    qint64 auditEntries = 0;         ///< the copy's audit tree size
    QJsonObject counts;              ///< records counted in the copy
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
};

/** @brief A backup as listed: its manifest's facts and the last verification recorded. */
struct BackupInfo
{
    QString name; ///< folder name: mizan-backup-<yyyyMMdd-HHmmss>-<kind>
    QString path; ///< absolute folder path
    qint64 createdMs = 0;
    QString createdBy;
    QString kind; ///< "manual", "scheduled" or "drill"
    qint64 bytes = 0;
    qint64 auditEntries = 0;
    int schemaVersion = 0;
    int keyGeneration = 0;
    QString appVersion;
    bool manifestValid = false; ///< the signature verifies with this workspace's key
    qint64 verifiedMs = 0;      ///< last full verification (0: never verified)
    bool verifiedOk = false;
    QString verifyProblem;

    QJsonObject toJson() const;
};

/** @brief What a restore did. */
struct RestoreReport
{
    QString backup; ///< the backup folder restored
    qint64 backupCreatedMs = 0;
    qint64 backupEntries = 0;    ///< audit tree size in the backup
    qint64 replacedEntries = -1; ///< the replaced workspace's log size (-1: it did not open)
    QString replacedFolder;      ///< where the replaced workspace was kept ("" if there was none)
    qint64 erasuresReapplied = 0;
    QStringList warnings;
    qint64 verifyMs = 0;  ///< verifying the backup
    qint64 restoreMs = 0; ///< staging, re-applying, verifying the copy and swapping
    BackupVerification verification;

    QJsonObject toJson() const;
};

/** @brief A disaster-recovery drill: back up, restore into a scratch folder, verify, measure. */
struct DrillReport
{
    qint64 id = 0;
    qint64 startedMs = 0;
    QString by;
    bool ok = false;
    QString problem;
    QString backup;              ///< the backup the drill made and restored
    qint64 backupMs = 0;         ///< time to make it
    qint64 recoveryMs = 0;       ///< measured recovery time: verify + restore + open + verify
    qint64 recoveryPointMs = -1; ///< age of the newest backup when the drill began (-1: none)
    qint64 rpoObjectiveMs = 0;
    qint64 rtoObjectiveMs = 0;
    qint64 auditEntries = 0;
    QJsonObject counts;
    QString reportPath; ///< the drill report written beside the backups

    bool meetsRto() const { return ok && recoveryMs <= rtoObjectiveMs; }
    bool meetsRpo() const { return recoveryPointMs >= 0 && recoveryPointMs <= rpoObjectiveMs; }
    QJsonObject toJson() const;
    static DrillReport fromJson(const QJsonObject &o);
};

} // namespace mizan
