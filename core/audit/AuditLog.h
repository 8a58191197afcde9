#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

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
};

/**
 * @brief The append-only audit table with its hash chain. The caller (the Workspace facade)
 * appends inside the transaction of the action itself, so an action and its entry commit or
 * roll back together. Merkle tree, checkpoints and proofs build on this table (audit issue).
 */
class AuditLog
{
public:
    static Result<AuditEntry> append(Database &db, AuditEntry entry);
    static Result<qint64> count(const Database &db);
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
