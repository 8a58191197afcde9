#pragma once

#include "audit/Checkpoint.h"
#include "audit/MerkleTree.h"
#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace mizan {

class Database;

/** @brief One audit entry as ARCHITECTURE.md ("Audit log") defines it. */
struct AuditEntry
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    QString actor;
    QString role;
    QString action; ///< "user.add", "login", "permission.denied", ...
    QString target;
    QString outcome; ///< "ok", "denied", "failed"
    QJsonObject details;
    QByteArray prevHash; ///< 32 bytes; zeros for the first entry
    QByteArray leafHash; ///< SHA-256(0x00 || canonicalBytes())

    /** @brief UTF-8 JSON, sorted keys, no spaces, hashes in hex, non-integers as strings. */
    QByteArray canonicalBytes() const;
    /**
     * @brief Parses one line of an evidence pack's entries.jsonl. Strict: every field present
     * with its type, and the bytes exactly canonical (so what was read is what was hashed).
     */
    static Result<AuditEntry> fromCanonical(QByteArrayView line);
};

/**
 * @brief What signs the log's checkpoints: the workspace key (every checkpoint), named by the
 * log's origin "mizan/<workspace id>"; users' personal keys are named "<origin>/<user>".
 */
struct AuditSigner
{
    QString origin;
    QByteArray workspacePublicKey;
    const SecureBytes *workspaceSeed = nullptr;

    QString userKeyName(const QString &user) const { return origin + u'/' + user; }
};

/** @brief A personal key that co-signs a checkpoint (at logout and at approvals). */
struct CoSigner
{
    QString user;
    QByteArray publicKey;
    const SecureBytes *seed = nullptr;
};

/** @brief One stored checkpoint with the note exactly as it was signed. */
struct StoredCheckpoint
{
    qint64 id = 0;
    qint64 createdMs = 0;
    QString reason;   ///< "periodic", "logout", "approval", "migration", "manual"
    QString cosigner; ///< user who co-signed, or empty
    QByteArray note;
    Checkpoint checkpoint;
};

/** @brief Which entries a query returns; empty fields match everything. */
struct AuditFilter
{
    qint64 fromMs = 0; ///< inclusive; 0: no lower bound
    qint64 toMs = 0;   ///< exclusive; 0: no upper bound
    QString actor;
    QString role;
    QString action; ///< exact, or a prefix ending in '.' ("user.")
    QString outcome;
    QString target;
    QString text; ///< substring of the details JSON
    qint64 fromSeq = 0;
    qint64 toSeq = 0; ///< inclusive; 0: no upper bound

    bool isEmpty() const;
    bool matches(const AuditEntry &entry) const;
    /** @brief The set fields, for an evidence pack's manifest and the audit entry of an export. */
    QJsonObject toJson() const;
};

/**
 * @brief The append-only audit table with its hash chain. The caller (the Workspace facade)
 * appends inside the transaction of the action itself, so an action and its entry commit or
 * roll back together. Merkle tree, checkpoints and proofs build on this table (audit issue).
 */
class AuditLog
{
public:
    static constexpr qint64 kCheckpointInterval = 100;

    /**
     * @brief Appends one entry: chain, leaf hash, the Merkle nodes it completes and, every
     * kCheckpointInterval entries, a checkpoint signed by `signer` (when given).
     */
    static Result<AuditEntry> append(Database &db,
                                     AuditEntry entry,
                                     const AuditSigner *signer = nullptr);
    /**
     * @brief A checkpoint of the whole log now, signed by the workspace key and, when given,
     * co-signed by a personal key. The body carries "time <ms>" and "reason <reason>".
     */
    static Result<StoredCheckpoint> writeCheckpoint(Database &db,
                                                    const AuditSigner &signer,
                                                    const QString &reason,
                                                    qint64 timeMs,
                                                    const CoSigner *cosigner = nullptr);
    static Result<std::vector<StoredCheckpoint>> checkpoints(const Database &db);
    /** @brief The checkpoint of the largest size (the newest of those), if any; one indexed read. */
    static Result<std::optional<StoredCheckpoint>> latestCheckpoint(const Database &db);
    /** @brief The highest sequence number (the log's size when it verifies); one indexed read. */
    static Result<qint64> lastSeq(const Database &db);
    /**
     * @brief Builds the Merkle nodes (and the periodic checkpoints) of entries written before
     * the tree was kept (a workspace from schema 1); nothing to do otherwise.
     */
    static Result<> catchUp(Database &db, const AuditSigner &signer, qint64 timeMs);
    /** @brief The stored tree over the first `size` leaves (reads nodes on demand). */
    static MerkleTree tree(const Database &db, qint64 size);
    static Result<QByteArray> leafHash(const Database &db, qint64 seq);
    /** @brief A stored node: level 0 is a leaf hash, higher levels the audit_nodes table. */
    static Result<QByteArray> node(const Database &db, int level, qint64 index);

    /** @brief Entries matching `filter` after (or, descending, before) `afterSeq`; 0: start. */
    static Result<std::vector<AuditEntry>> query(const Database &db,
                                                 const AuditFilter &filter,
                                                 qint64 afterSeq,
                                                 qint64 limit,
                                                 bool descending = false);
    static Result<qint64> countMatching(const Database &db, const AuditFilter &filter);
    static QByteArray leafHashOf(const QByteArray &canonicalBytes);
    /**
     * @brief Streams entries from `fromSeq` in order; `visit` gets each entry and whether its
     * stored details are exactly canonical, and returns false to stop early.
     */
    static Result<> scan(const Database &db,
                         qint64 fromSeq,
                         const std::function<bool(const AuditEntry &, bool detailsCanonical)> &visit);
    /** @brief The log's size: entries ever appended, those sealed and pruned included. */
    static Result<qint64> count(const Database &db);
    /** @brief Entries 1..N were sealed into an archive and pruned (0: none). */
    static Result<qint64> sealedUpTo(const Database &db);
    /** @brief Entries in sequence order, newest last; `limit` < 0 for all. */
    static Result<std::vector<AuditEntry>> entries(const Database &db,
                                                   qint64 fromSeq = 1,
                                                   qint64 limit = -1);
    /**
     * @brief Recomputes every leaf hash and the chain; Integrity naming the first entry that
     * does not verify.
     */
    static Result<> verifyChain(const Database &db);
};

} // namespace mizan
