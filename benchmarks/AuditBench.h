#pragma once

#include "common/Result.h"

#include <QtGlobal>

namespace mizan::bench {

/** @brief What the audit-log section works on. */
struct AuditBenchConfig
{
    int durableAppends = 1000;    ///< AuditLog::append, each in its own transaction
    int batchAppends = 20000;     ///< AuditLog::append inside one transaction
    qint64 logEntries = 1000000;  ///< the log that is built and verified end to end
    qint64 buildBatch = 50000;    ///< appends per transaction while building it
    int proofs = 2000;            ///< random inclusion and consistency proofs at that size
    double minProofSeconds = 0.5; ///< proof verification repeats until at least this long
};

/**
 * @brief Section 5: the audit log (ARCHITECTURE.md "Audit log"). Durable appends per second
 * (each in its own transaction, synchronous=FULL, encrypted database) and appends inside one
 * transaction, each next to the same row inserted without hashing, Merkle nodes or checkpoints;
 * verifyAuditLog over a log of a million entries next to the SHA-256 bound (the same leaf and
 * interior hashes with no database), with a split of where the time goes; proof verification
 * and generation rates at that size.
 */
Result<> benchAudit(const AuditBenchConfig &config);

} // namespace mizan::bench
