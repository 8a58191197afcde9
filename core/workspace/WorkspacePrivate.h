#pragma once

// Shared by the Workspace*.cpp files; not part of the facade's interface.

#include "store/Database.h"
#include "store/KeySlots.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QLockFile>

#include <map>
#include <optional>

namespace mizan {

struct Workspace::Private
{
    explicit Private(const QString &lockPath)
        : lock(lockPath)
    {}

    QLockFile lock;
    QString slotsPath;
    QString dbPath;
    KeySlots slots;
    std::optional<Database> db;
    SecureBytes dataKey;
    SecureBytes signingSeed;
    SecureBytes workspaceSeed; ///< the workspace's Ed25519 key: signs checkpoints
    SecureBytes boxPrivateKey;
    bool recovery = false;
    /** Explanation engines per stored model id (a stored bundle never changes). */
    std::map<qint64, std::shared_ptr<const Explainer>> explainers;
    /** The purpose each stored model's training spec states (a stored bundle never changes). */
    std::map<qint64, QString> modelPurposes;
    /** The SHA-256 and name of each stored model's training data (lineage). */
    std::map<qint64, std::pair<QByteArray, QString>> modelTraining;

    AuditSigner signer() const
    {
        return {QStringLiteral("mizan/") + slots.workspaceId,
                slots.workspacePublicKey,
                &workspaceSeed};
    }
};

const std::vector<Migration> &workspaceMigrations();

/**
 * @brief Takes a workspace folder's lock. A lock file that names no owner (a process killed
 * between creating and writing it) has nobody to wait for: after a second look it is stale.
 */
bool takeWorkspaceLock(QLockFile &lock);

/** @brief "ABCD-EF01-..." (64 hex digits in groups of four) for 32 random bytes. */
SecureBytes formatRecoveryKey(const SecureBytes &raw);
/** @brief The 32 bytes of a recovery key typed with or without dashes and spaces. */
Result<SecureBytes> parseRecoveryKey(const SecureBytes &text);

/** @brief A lead_sets row selected as id, name, source_file, sha256, row_count, imported_ms, imported_by. */
LeadSetInfo leadSetFromRow(const Statement &s);
/** @brief A models row selected as id, name, origin, model_sha256, bundle_sha256, imported_ms, imported_by. */
ModelInfo modelFromRow(const Statement &s);

/** @brief The decision threshold of a model: its test metrics' threshold, else 0.5. */
double modelThreshold(const ModelBundle &bundle);

/** @brief The audit target of a model version: "model:N". */
inline QString modelTarget(qint64 id)
{
    return QStringLiteral("model:%1").arg(id);
}

} // namespace mizan
