#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace mizan {

/** @brief One file of a backup: its path inside the folder, size and SHA-256. */
struct BackupFile
{
    QString path; ///< relative, '/'-separated: "workspace.db", "keyslots.json", "archive/..."
    qint64 size = 0;
    QByteArray sha256; ///< 32 bytes
};

/**
 * @brief manifest.json of a backup folder: what was copied (every file's SHA-256), from which
 * workspace, schema and application, the audit log's signed checkpoint at backup time, record
 * counts and the erasure register (so that restoring an older backup re-applies it). Signed with
 * the workspace's Ed25519 key over its canonical JSON without the "signature" member.
 */
struct BackupManifest
{
    static constexpr const char *kFormat = "mizan.backup/1";
    static constexpr const char *kFileName = "manifest.json";

    QString name;
    QString workspaceId;
    QByteArray workspacePublicKey;
    qint64 createdMs = 0;
    QString createdBy;
    QString kind; ///< manual, scheduled, drill
    QString appVersion;
    int schemaVersion = 0;
    int keyGeneration = 0;
    std::vector<BackupFile> files;
    qint64 auditEntries = 0; ///< tree size at backup time
    QByteArray auditRoot;    ///< its root (32 bytes)
    QString auditCheckpoint; ///< the signed note of that tree (workspace key)
    qint64 auditSealedUpTo = 0;
    QJsonObject counts; ///< table -> rows
    QJsonArray erasures; ///< the erasure register: {id, erased_ms, erased_by, request, rows, receipt}
    QByteArray signature; ///< Ed25519 (64 bytes)

    /** @brief The signed content: everything but the signature. */
    QJsonObject body() const;
    QByteArray toJson() const;
    static Result<BackupManifest> fromJson(const QByteArray &json, const QString &source);

    Result<> sign(const SecureBytes &workspaceSeed);
    bool signatureValid() const;
    const BackupFile *file(const QString &path) const;
};

namespace backupfiles {

/** @brief SHA-256 and size of a file, streamed; progress in bytes added to `done`. */
Result<BackupFile> hashFile(const QString &root,
                            const QString &relative,
                            const JobControl &job = {},
                            qint64 *done = nullptr,
                            qint64 total = 0);
/** @brief Every regular file under `root`, relative and sorted (the manifest itself excluded). */
QStringList listFiles(const QString &root);
/** @brief Copies a file and fsyncs it; progress in bytes. Never overwrites. */
Result<> copyFile(const QString &from,
                  const QString &to,
                  const JobControl &job = {},
                  qint64 *done = nullptr,
                  qint64 total = 0);
/** @brief fsync of a file or directory (so a rename into it survives a power cut). */
void syncPath(const QString &path);
/** @brief Whether the first bytes are SQLite's plain-text header (an unencrypted database). */
bool isPlainSqlite(const QString &path);
/** @brief Removes a folder tree; false when something stayed. */
bool removeTree(const QString &path);

} // namespace backupfiles

} // namespace mizan
