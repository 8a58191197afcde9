#include "audit/AuditLog.h"

#include "common/CanonicalJson.h"
#include "common/Sha256.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::AuditLog)
};

QByteArray leafHashOf(const QByteArray &canonical)
{
    Sha256 h;
    const char zero = 0;
    h.addData(&zero, 1);
    h.addData(canonical);
    return h.result();
}

AuditEntry fromRow(const Statement &s)
{
    AuditEntry e;
    e.seq = s.integer(0);
    e.timeMs = s.integer(1);
    e.actor = s.text(2);
    e.role = s.text(3);
    e.action = s.text(4);
    e.target = s.text(5);
    e.outcome = s.text(6);
    e.details = QJsonDocument::fromJson(s.text(7).toUtf8()).object();
    e.prevHash = s.blob(8);
    e.leafHash = s.blob(9);
    return e;
}

} // namespace

QByteArray AuditEntry::canonicalBytes() const
{
    const QJsonObject object{{QStringLiteral("seq"), seq},
                             {QStringLiteral("time"), timeMs},
                             {QStringLiteral("actor"), actor},
                             {QStringLiteral("role"), role},
                             {QStringLiteral("action"), action},
                             {QStringLiteral("target"), target},
                             {QStringLiteral("outcome"), outcome},
                             {QStringLiteral("details"), details},
                             {QStringLiteral("prev_hash"), QString::fromLatin1(prevHash.toHex())}};
    return canonicalJson(object, CanonicalNumbers::NonIntegersAsStrings);
}

Result<AuditEntry> AuditLog::append(Database &db, AuditEntry entry)
{
    MIZAN_TRY(last, db.prepare("SELECT seq, leaf_hash FROM audit ORDER BY seq DESC LIMIT 1"));
    MIZAN_TRY(hasLast, last.step());
    entry.seq = hasLast ? last.integer(0) + 1 : 1;
    entry.prevHash = hasLast ? last.blob(1) : QByteArray(32, '\0');
    entry.leafHash = leafHashOf(entry.canonicalBytes());
    MIZAN_TRY(insert,
              db.prepare("INSERT INTO audit(seq, time_ms, actor, role, action, target, "
                         "outcome, details, prev_hash, leaf_hash) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, entry.seq)
        .bind(2, entry.timeMs)
        .bind(3, entry.actor)
        .bind(4, entry.role)
        .bind(5, entry.action)
        .bind(6, entry.target)
        .bind(7, entry.outcome)
        .bind(8,
              QString::fromUtf8(
                  canonicalJson(entry.details, CanonicalNumbers::NonIntegersAsStrings)))
        .bind(9, entry.prevHash)
        .bind(10, entry.leafHash);
    MIZAN_CHECK(insert.run());
    return entry;
}

Result<qint64> AuditLog::count(const Database &db)
{
    MIZAN_TRY(s, db.prepare("SELECT count(*) FROM audit"));
    MIZAN_TRY(row, s.step());
    return row ? s.integer(0) : 0;
}

Result<std::vector<AuditEntry>> AuditLog::entries(const Database &db, qint64 fromSeq, qint64 limit)
{
    MIZAN_TRY(s,
              db.prepare("SELECT seq, time_ms, actor, role, action, target, outcome, details, "
                         "prev_hash, leaf_hash FROM audit WHERE seq >= ? ORDER BY seq LIMIT ?"));
    s.bind(1, fromSeq).bind(2, limit);
    std::vector<AuditEntry> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            break;
        out.push_back(fromRow(s));
    }
    return out;
}

Result<> AuditLog::verifyChain(const Database &db)
{
    MIZAN_TRY(s,
              db.prepare("SELECT seq, time_ms, actor, role, action, target, outcome, details, "
                         "prev_hash, leaf_hash FROM audit ORDER BY seq"));
    QByteArray previous(32, '\0');
    qint64 expectedSeq = 1;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            return {};
        const AuditEntry e = fromRow(s);
        // The stored details must be the canonical bytes that were hashed: fromRow() parses
        // them leniently (text that is not JSON reads as {}), which would hide an edit.
        const bool detailsIntact = s.text(7).toUtf8()
                                   == canonicalJson(e.details,
                                                    CanonicalNumbers::NonIntegersAsStrings);
        QString problem;
        if (e.seq != expectedSeq)
            problem = Tr::tr("entry %1 is missing").arg(expectedSeq);
        else if (e.prevHash != previous)
            problem = Tr::tr("entry %1 does not chain to the entry before it").arg(e.seq);
        else if (!detailsIntact || leafHashOf(e.canonicalBytes()) != e.leafHash)
            problem = Tr::tr("entry %1 was changed after it was written").arg(e.seq);
        if (!problem.isEmpty())
            return fail(ErrorCode::Integrity,
                        Tr::tr("The audit log does not verify: %1.").arg(problem));
        previous = e.leafHash;
        ++expectedSeq;
    }
}

} // namespace mizan
