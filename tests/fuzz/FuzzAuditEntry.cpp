// libFuzzer target: AuditEntry::fromCanonical, the parser of an evidence pack's entries.jsonl
// lines, on arbitrary bytes.
//
// Beyond "no crash, hang or leak" it checks:
// - an accepted line is canonical (canonicalBytes() gives it back) and hashes to its leaf hash;
// - AuditEntry::canonicalBytes(), which writes the fields one by one, gives the same bytes as
//   canonicalJson over the whole entry as one QJsonObject (the definition in ARCHITECTURE.md
//   "Audit log"), for every JSON object the input parses to, canonical or not.

#include "FuzzSupport.h"

#include "audit/AuditLog.h"
#include "audit/MerkleTree.h"
#include "common/CanonicalJson.h"

using namespace mizan;

namespace {

/** The canonical bytes by definition: one object, canonicalJson. */
QByteArray referenceBytes(const AuditEntry &e)
{
    const QJsonObject object{{QStringLiteral("seq"), e.seq},
                             {QStringLiteral("time"), e.timeMs},
                             {QStringLiteral("actor"), e.actor},
                             {QStringLiteral("role"), e.role},
                             {QStringLiteral("action"), e.action},
                             {QStringLiteral("target"), e.target},
                             {QStringLiteral("outcome"), e.outcome},
                             {QStringLiteral("details"), e.details},
                             {QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash.toHex())}};
    return canonicalJson(object, CanonicalNumbers::NonIntegersAsStrings);
}

/** Any JSON object as an entry, field by field with no checks (strings may be anything). */
AuditEntry looseEntry(const QJsonObject &o)
{
    AuditEntry e;
    e.seq = o.value(QStringLiteral("seq")).toInteger();
    e.timeMs = o.value(QStringLiteral("time")).toInteger();
    e.actor = o.value(QStringLiteral("actor")).toString();
    e.role = o.value(QStringLiteral("role")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.details = o.value(QStringLiteral("details")).toObject();
    e.prevHash = o.value(QStringLiteral("prev_hash")).toString().toUtf8();
    return e;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::view(data, size);

    if (auto entry = AuditEntry::fromCanonical(input)) {
        const QByteArray bytes = entry->canonicalBytes();
        if (bytes != input || referenceBytes(*entry) != bytes
            || entry->leafHash != MerkleTree::leafHash(input) || entry->prevHash.size() != 32
            || entry->seq < 1 || entry->timeMs < 0)
            __builtin_trap();
        AuditFilter filter;
        filter.text = QStringLiteral("a");
        filter.action = QStringLiteral("user.");
        static_cast<void>(filter.matches(*entry));
    }

    const QJsonDocument doc = QJsonDocument::fromJson(input.toByteArray());
    if (doc.isObject()) {
        const AuditEntry loose = looseEntry(doc.object());
        if (loose.canonicalBytes() != referenceBytes(loose))
            __builtin_trap();
    }
    return 0;
}
