#pragma once

#include "backup/BackupManifest.h"
#include "backup/BackupTypes.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace mizan {

class Database;
class KeySlots;

/** @brief Who the backup must belong to; empty fields: trust the backup's own manifest. */
struct BackupExpectation
{
    QString workspaceId;
    QByteArray workspacePublicKey;
};

/** @brief Supplies the data key of a backup (from the live session or the backup's key slot). */
using BackupKeySource = std::function<Result<SecureBytes>(const BackupManifest &, const KeySlots &)>;

/** @brief Rows per table of a workspace database (what manifests record and verification counts). */
Result<QJsonObject> countWorkspaceRecords(const Database &db);

/** @brief The erasure register as manifests carry it: {id, erased_ms, erased_by, request, rows, receipt}. */
Result<QJsonArray> readErasureRegister(const Database &db);

/** @brief Reads manifest.json of a backup folder (no check of its signature or files). */
Result<BackupManifest> readBackupManifest(const QString &dir);

/**
 * @brief Verifies a backup folder, touching nothing else and writing nothing: manifest
 * signature (and owner), key slots consistent with it, every file's size and SHA-256 and no
 * file more, the database encrypted, opened read-only with the key, PRAGMA integrity_check, its
 * audit log verified and ending at the manifest's signed checkpoint, the record counts, a schema
 * this version can open. Cancellation, a wrong credential and a failing read of the copy are
 * errors; every other finding is in the verdict. `verified` receives the manifest checked (the
 * one a restore must act on) when the verdict is ok.
 */
Result<BackupVerification> verifyBackupFolder(const QString &dir,
                                              const BackupExpectation &expected,
                                              const BackupKeySource &keySource,
                                              int newestSchema,
                                              const JobControl &job = {},
                                              BackupManifest *verified = nullptr);

} // namespace mizan
