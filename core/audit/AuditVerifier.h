#pragma once

#include "audit/AuditLog.h"
#include "audit/Checkpoint.h"
#include "audit/MerkleTree.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mizan {

/** @brief The public keys a verifier trusts: the workspace key and each user's signing keys. */
struct AuditKeyring
{
    QString origin; ///< "mizan/<workspace id>"
    QByteArray workspacePublicKey;
    QHash<QString, QList<QByteArray>> userKeys; ///< every key a user ever had

    QString userKeyName(const QString &user) const { return origin + u'/' + user; }
    /** @brief Checks the workspace signature and every co-signature; empty when all verify. */
    QString checkSignatures(const Checkpoint &checkpoint) const;
    /** @brief The same for any signed note; `what` names it in the message. */
    QString checkNoteSignatures(const SignedNote &note, const QString &what) const;
};

/** @brief The verdict of a verification, for people (verdict()) and for tests (fields). */
struct AuditVerifyReport
{
    bool ok = false;
    qint64 entries = 0;      ///< entries checked
    qint64 checkpoints = 0;  ///< checkpoints whose root and signatures verified
    qint64 verifiedUpTo = 0; ///< size of the last verified checkpoint before any failure
    qint64 trustedSize = 0;  ///< incremental: the trusted checkpoint's size
    qint64 sealedUpTo = 0;   ///< entries 1..sealedUpTo were sealed into an archive and pruned
    qint64 firstBadSeq = 0;  ///< the first entry that fails (0: none, or not an entry)
    QString problem;         ///< why it fails
    QStringList warnings;

    QString verdict() const;
    QJsonObject toJson() const;
};

/**
 * @brief Streams a log through the checks ARCHITECTURE.md "Audit log" asks for, in O(log n)
 * memory: sequence numbers without gaps, each entry's canonical form, the hash chain, the leaf
 * hashes (when the source stores them), the Merkle root at every checkpoint, the workspace
 * signature and co-signatures of every checkpoint, a checkpoint every 100 entries and a
 * co-signed one at every logout; and no checkpoint beyond the end (a cut tail).
 * Used on the database and on evidence packs alike.
 */
class LogVerifier
{
public:
    LogVerifier(AuditKeyring keys, std::vector<Checkpoint> checkpointsBySize);

    /** @brief Starts after a prefix already verified (incremental): its edge and last leaf. */
    void resume(CompactRange edge, QByteArray lastLeafHash);
    /**
     * @brief Starts after a sealed and pruned prefix: its edge (stored interior nodes) and the
     * last leaf as the first kept entry names it; both are authenticated by the checkpoints that
     * follow, whose roots they must reproduce.
     */
    void resumeAfterSeal(CompactRange edge, QByteArray lastLeafHash);
    /** @brief A checkpoint the auditor holds: the log must extend it (no fork, no rollback). */
    void setTrusted(Checkpoint trusted);

    /**
     * @brief One entry, in order. `canonical` are the bytes that were hashed; `storedLeaf` is the
     * leaf hash the source keeps (null for a pack). Returns false at the first failure.
     */
    bool add(const AuditEntry &entry, const QByteArray &canonical, const QByteArray *storedLeaf);
    /** @brief Ends the stream: checkpoints beyond the end, then the report. */
    AuditVerifyReport finish();
    const AuditVerifyReport &report() const { return m_report; }
    qint64 size() const { return m_range.size(); }
    QByteArray root() const { return m_range.root(); }

private:
    bool failAt(qint64 seq, const QString &problem);
    /** Decides a broken link held back at the entry after it: `recorded` is what it chains to. */
    bool failSuspect(const QByteArray &recorded);
    bool checkCheckpointsAt(const AuditEntry &entry);

    AuditKeyring m_keys;
    std::vector<Checkpoint> m_checkpoints;
    std::optional<Checkpoint> m_trusted;
    size_t m_next = 0;
    CompactRange m_range;
    QByteArray m_previousLeaf = QByteArray(32, '\0');
    /**
     * An entry whose link to the one before broke while its own hash held: either it or the entry
     * before was changed (and rehashed). The next entry's prev_hash tells which.
     */
    std::optional<AuditEntry> m_suspect;
    QByteArray m_suspectLeaf;
    qint64 m_migratedUpTo
        = 0; ///< entries caught up from schema 1: logouts there have no co-signature
    AuditVerifyReport m_report;
    bool m_failed = false;
};

/**
 * @brief Verifies the workspace database's log: everything (full) or, given a checkpoint the
 * auditor already trusts, that the log still extends it (no rollback, no fork) and everything
 * after it. Reads in pages; reports progress in entries; cancellable.
 */
Result<AuditVerifyReport> verifyAuditLog(const Database &db,
                                         const AuditKeyring &keys,
                                         const std::optional<Checkpoint> &trusted = std::nullopt,
                                         const JobControl &job = {});

} // namespace mizan
