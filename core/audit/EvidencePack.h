#pragma once

#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "common/ExportMarking.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <QString>

#include <optional>

namespace mizan {

class Database;

/**
 * @brief An evidence pack: a folder an auditor takes away and verifies offline, with nothing but
 * python3 and openssl if need be (ARCHITECTURE.md "Audit log"):
 *
 *     manifest.json    canonical JSON: origin, exporter, filter, head, SHA-256 of every file,
 *                      and the workspace's classification marking ("marking", optional: packs
 *                      exported before exports were marked have none)
 *     manifest.note    signed note over SHA-256(manifest.json): workspace key + exporter's key
 *     entries.jsonl    the canonical bytes of each exported entry, one per line
 *     checkpoints/     every checkpoint up to the head, as signed notes (<size>-<id>.note)
 *     keys/            workspace.pem, <user>-<n>.pem (Ed25519, SubjectPublicKeyInfo), keys.json
 *     proofs.json      consistency proofs between consecutive checkpoints; for a filtered pack
 *                      an inclusion proof of each entry in the head
 *     VERIFY.md        how to verify, by hand and with verify.py; in a marked pack its first
 *                      and last lines are the marking (ExportMarking::text())
 *     verify.py        the verifier, python3 standard library only (openssl for signatures)
 */
struct EvidencePack
{
    static constexpr const char *kFormat = "mizan.evidence-pack/1";

    struct Written
    {
        QString dir;
        qint64 entries = 0;
        qint64 checkpoints = 0;
        qint64 headSize = 0;
        bool complete = false;
    };

    /**
     * @brief The verdict on a pack (AuditVerifyReport) and, when the pack verified, the
     * classification marking its signed manifest carries (empty: an unmarked pack, or one that
     * failed, whose marking nothing vouches for).
     */
    struct Verified : AuditVerifyReport
    {
        ExportMarking marking;

        /** @brief AuditVerifyReport::toJson() and "marking" when there is one (verify.py --json). */
        QJsonObject toJson() const;
    };

    /**
     * @brief Writes a pack of the entries matching `filter` up to the newest checkpoint (which
     * the caller has just written). `dir` must not exist or be empty; the pack appears there
     * complete or not at all. A `marking` that is not empty goes into manifest.json (so the
     * manifest's signature covers it) and onto the first and last lines of VERIFY.md.
     */
    static Result<Written> write(const Database &db,
                                 const QString &dir,
                                 const AuditKeyring &keys,
                                 const AuditSigner &signer,
                                 const CoSigner *exporter,
                                 const AuditFilter &filter,
                                 qint64 nowMs,
                                 const JobControl &job = {},
                                 const ExportMarking &marking = {});

    /**
     * @brief Verifies a pack as verify.py does. Errors only when the folder cannot be read;
     * everything about its content is in the report. A manifest whose "marking" is not three
     * strings (classification not empty, exported_at as yyyy-MM-ddTHH:mm:ss.zzzZ) fails it.
     */
    static Result<Verified> verify(const QString &dir,
                                   const std::optional<Checkpoint> &trusted = std::nullopt,
                                   const JobControl &job = {});
};

} // namespace mizan
