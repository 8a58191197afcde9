#include "audit/AuditVerifier.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::AuditVerifier)
};

} // namespace

QString AuditKeyring::checkSignatures(const Checkpoint &c) const
{
    if (c.origin != origin)
        return Tr::tr("checkpoint %1 belongs to another log (origin \"%2\", expected \"%3\")")
            .arg(c.size)
            .arg(c.origin, origin);
    return checkNoteSignatures(c.note(), Tr::tr("checkpoint %1").arg(c.size));
}

QString AuditKeyring::checkNoteSignatures(const SignedNote &note, const QString &what) const
{
    if (!note.isSignedBy(origin, workspacePublicKey))
        return Tr::tr("the workspace signature of %1 does not verify").arg(what);
    const QString userPrefix = origin + u'/';
    for (const SignedNote::Signature &s : note.signatures) {
        if (s.keyName == origin)
            continue;
        const QString user = s.keyName.startsWith(userPrefix) ? s.keyName.mid(userPrefix.size())
                                                              : QString();
        const QList<QByteArray> keys = userKeys.value(user);
        const bool good = std::any_of(keys.begin(), keys.end(), [&](const QByteArray &key) {
            return note.isSignedBy(s.keyName, key);
        });
        if (!good)
            return user.isEmpty() || keys.isEmpty()
                       ? Tr::tr("%1 is signed by an unknown key \"%2\"").arg(what, s.keyName)
                       : Tr::tr("the co-signature of %1 on %2 does not verify").arg(user, what);
    }
    return {};
}

QString AuditVerifyReport::verdict() const
{
    if (ok) {
        QString text = verifiedUpTo > 0
                           ? Tr::tr("All good: %n entries verified, up to the signed checkpoint "
                                    "of %1 entries.",
                                    nullptr,
                                    int(entries))
                                 .arg(verifiedUpTo)
                           : Tr::tr("All good: %n entries verified (no checkpoint yet).",
                                    nullptr,
                                    int(entries));
        if (trustedSize > 0)
            text += u' '
                    + Tr::tr("The log extends the trusted checkpoint of %1 entries.")
                          .arg(trustedSize);
        if (sealedUpTo > 0)
            text += u' '
                    + Tr::tr("Entries 1 to %1 were sealed into a signed archive and pruned; "
                             "verify the archive on its own.")
                          .arg(sealedUpTo);
        return text;
    }
    if (firstBadSeq > 0)
        return Tr::tr("Tampering found: the first bad entry is %1: %2.")
            .arg(firstBadSeq)
            .arg(problem);
    return Tr::tr("Tampering found: %1.").arg(problem);
}

QJsonObject AuditVerifyReport::toJson() const
{
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("verdict"), verdict()},
                  {QStringLiteral("entries"), entries},
                  {QStringLiteral("checkpoints"), checkpoints},
                  {QStringLiteral("verified_up_to"), verifiedUpTo}};
    if (trustedSize > 0)
        o.insert(QStringLiteral("trusted_size"), trustedSize);
    if (sealedUpTo > 0)
        o.insert(QStringLiteral("sealed_up_to"), sealedUpTo);
    if (!ok) {
        o.insert(QStringLiteral("first_bad"), firstBadSeq);
        o.insert(QStringLiteral("problem"), problem);
    }
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}

LogVerifier::LogVerifier(AuditKeyring keys, std::vector<Checkpoint> checkpointsBySize)
    : m_keys(std::move(keys))
    , m_checkpoints(std::move(checkpointsBySize))
{
    m_report.ok = true;
    for (const Checkpoint &c : m_checkpoints)
        if (c.extension(QStringLiteral("reason")) == QLatin1String("migration"))
            m_migratedUpTo = std::max(m_migratedUpTo, c.size);
}

void LogVerifier::resume(CompactRange edge, QByteArray lastLeafHash)
{
    m_range = std::move(edge);
    m_previousLeaf = std::move(lastLeafHash);
    m_report.trustedSize = m_range.size();
    m_report.verifiedUpTo = m_range.size();
    while (m_next < m_checkpoints.size() && m_checkpoints[m_next].size <= m_range.size())
        ++m_next;
}

void LogVerifier::resumeAfterSeal(CompactRange edge, QByteArray lastLeafHash)
{
    resume(std::move(edge), std::move(lastLeafHash));
    m_report.sealedUpTo = m_report.trustedSize;
    m_report.trustedSize = 0;
    m_report.verifiedUpTo = 0; // nothing is verified until a checkpoint after the seal is
}

void LogVerifier::setTrusted(Checkpoint trusted)
{
    m_report.trustedSize = trusted.size;
    m_trusted = std::move(trusted);
}

bool LogVerifier::failAt(qint64 seq, const QString &problem)
{
    m_failed = true;
    m_report.ok = false;
    m_report.firstBadSeq = seq;
    m_report.problem = problem;
    return false;
}

namespace {

/** Whether `recorded` is the leaf hash of `entry` as it was numbered one lower (renumbered). */
bool wasRenumbered(const AuditEntry &entry, const QByteArray &recorded)
{
    AuditEntry before = entry;
    before.seq -= 1;
    return before.seq > 0 && MerkleTree::leafHash(before.canonicalBytes()) == recorded;
}

QString earlierChanged(qint64 seq)
{
    return Tr::tr("entry %1 no longer matches the hash entry %2 chains to (one of them was "
                  "changed)")
        .arg(seq - 1)
        .arg(seq);
}

} // namespace

bool LogVerifier::failSuspect(const QByteArray &recorded)
{
    const AuditEntry suspect = std::move(*m_suspect);
    m_suspect.reset();
    // The entry after it still chains to it as it is (or as it was before an entry was
    // inserted in front of it and the log renumbered): the entry before it was changed.
    if (recorded == m_suspectLeaf || wasRenumbered(suspect, recorded))
        return failAt(suspect.seq - 1, earlierChanged(suspect.seq));
    return failAt(suspect.seq,
                  Tr::tr("entry %1 does not chain to the entry before it").arg(suspect.seq));
}

bool LogVerifier::add(const AuditEntry &e, const QByteArray &canonical, const QByteArray *storedLeaf)
{
    if (m_failed)
        return false;
    if (m_suspect)
        return failSuspect(e.prevHash);
    const qint64 expected = m_range.size() + 1;
    if (e.seq > expected)
        return failAt(expected,
                      Tr::tr("entry %1 is missing (the log jumps from entry %2 to %3)")
                          .arg(expected)
                          .arg(expected - 1)
                          .arg(e.seq));
    if (e.seq < expected)
        return failAt(e.seq,
                      Tr::tr("entry %1 appears again after entry %2 (entries were reordered "
                             "or inserted)")
                          .arg(e.seq)
                          .arg(expected - 1));
    const QByteArray leaf = MerkleTree::leafHash(canonical);
    if (storedLeaf && *storedLeaf != leaf) {
        if (wasRenumbered(e, *storedLeaf))
            return failAt(e.seq - 1,
                          Tr::tr("entry %1 was inserted: the entry after it was entry %1 when it "
                                 "was written")
                              .arg(e.seq - 1));
        return failAt(e.seq,
                      Tr::tr("entry %1 was changed after it was written (its content does not "
                             "match its leaf hash)")
                          .arg(e.seq));
    }
    if (e.prevHash != m_previousLeaf) {
        // The entry before is known good when it is the first, or a verified checkpoint or the
        // trusted one ends there: then this entry's link was changed.
        if (e.seq == 1 || e.seq - 1 == m_report.verifiedUpTo || e.seq - 1 == m_report.trustedSize)
            return failAt(e.seq,
                          Tr::tr("entry %1 does not chain to the entry before it").arg(e.seq));
        // Otherwise this link or the entry before it was changed, each with its hash recomputed
        // (a stored leaf hash is no proof: anyone holding the database can recompute it). The
        // next entry tells which; the checks at this entry would only fail less precisely.
        m_suspect = e;
        m_suspectLeaf = leaf;
        m_range.appendLeafHash(leaf);
        m_previousLeaf = leaf;
        return true;
    }
    m_range.appendLeafHash(leaf);
    m_previousLeaf = leaf;
    ++m_report.entries;
    return checkCheckpointsAt(e);
}

bool LogVerifier::checkCheckpointsAt(const AuditEntry &e)
{
    const qint64 size = m_range.size();
    bool any = false;
    bool cosigned = false;
    const QList<QByteArray> actorKeys = m_keys.userKeys.value(e.actor);
    while (m_next < m_checkpoints.size() && m_checkpoints[m_next].size == size) {
        const Checkpoint &c = m_checkpoints[m_next++];
        // A checkpoint that is not as it was signed says nothing about the entries.
        if (const QString problem = m_keys.checkSignatures(c); !problem.isEmpty())
            return failAt(0, problem);
        if (c.root != m_range.root())
            return failAt(m_report.verifiedUpTo + 1,
                          Tr::tr("the entries after the checkpoint of %1 entries up to entry %2 "
                                 "do not match the signed root of checkpoint %2 (changed, or the "
                                 "log was rewritten)")
                              .arg(m_report.verifiedUpTo)
                              .arg(size));
        any = true;
        cosigned = cosigned
                   || std::any_of(actorKeys.begin(), actorKeys.end(), [&](const QByteArray &key) {
                          return c.isSignedBy(m_keys.userKeyName(e.actor), key);
                      });
        ++m_report.checkpoints;
        m_report.verifiedUpTo = size;
    }
    if (m_trusted && m_trusted->size == size && m_trusted->root != m_range.root())
        return failAt(0,
                      Tr::tr("the log does not extend the trusted checkpoint of %1 entries: its "
                             "first %1 entries were rewritten, or this is another copy of the "
                             "workspace (a fork)")
                          .arg(size));
    if (size % AuditLog::kCheckpointInterval == 0 && !any)
        return failAt(e.seq,
                      Tr::tr("the checkpoint that must follow entry %1 is missing").arg(e.seq));
    if (e.action == QLatin1String("logout") && e.outcome == QLatin1String("ok")
        && !actorKeys.isEmpty() && !cosigned && e.seq > m_migratedUpTo)
        return failAt(e.seq,
                      Tr::tr("the checkpoint %1 co-signs at logout (entry %2) is missing or not "
                             "co-signed")
                          .arg(e.actor)
                          .arg(e.seq));
    return true;
}

AuditVerifyReport LogVerifier::finish()
{
    if (!m_failed && m_suspect) // the last entry's link broke: nothing after it tells more
        failAt(m_suspect->seq - 1, earlierChanged(m_suspect->seq));
    if (m_migratedUpTo > 0)
        m_report.warnings.append(
            Tr::tr("Entries 1 to %1 were written before the log kept signed checkpoints: "
                   "their checkpoints were signed when the log was caught up, and their "
                   "sign-outs are not co-signed.")
                .arg(m_migratedUpTo));
    if (!m_failed && m_trusted && m_trusted->size > m_range.size())
        failAt(m_range.size() + 1,
               Tr::tr("the log holds %1 entries but the trusted checkpoint vouches for %2 (an "
                      "older copy was restored, or entries were removed from the end)")
                   .arg(m_range.size())
                   .arg(m_trusted->size));
    if (!m_failed && m_next < m_checkpoints.size()) {
        const qint64 vouched = m_checkpoints.back().size;
        failAt(m_range.size() + 1,
               Tr::tr("the log ends at entry %1 but a signed checkpoint vouches for %2 entries "
                      "(entries were removed from the end, or an older copy was restored)")
                   .arg(m_range.size())
                   .arg(vouched));
    }
    return m_report;
}

Result<AuditVerifyReport> verifyAuditLog(const Database &db,
                                         const AuditKeyring &keys,
                                         const std::optional<Checkpoint> &trusted,
                                         const JobControl &job)
{
    AuditVerifyReport broken;
    auto stored = AuditLog::checkpoints(db);
    if (!stored) {
        // A clause of the verdict's sentence, as every other problem is.
        broken.problem = stored.error().message;
        if (broken.problem.endsWith(u'.'))
            broken.problem.chop(1);
        if (!broken.problem.isEmpty())
            broken.problem[0] = broken.problem[0].toLower();
        return broken;
    }
    std::vector<Checkpoint> checkpoints;
    checkpoints.reserve(stored->size());
    for (StoredCheckpoint &c : *stored)
        checkpoints.push_back(std::move(c.checkpoint));
    MIZAN_TRY(total, AuditLog::count(db));

    LogVerifier verifier(keys, std::move(checkpoints));
    qint64 from = 1;
    MIZAN_TRY(sealed, AuditLog::sealedUpTo(db));
    if (trusted && trusted->size <= sealed) {
        if (const QString problem = keys.checkSignatures(*trusted); !problem.isEmpty()) {
            broken.trustedSize = trusted->size;
            broken.problem = Tr::tr("the trusted checkpoint does not verify: %1").arg(problem);
            return broken;
        }
        // The auditor's checkpoint is inside the sealed segment: the archive answers for it.
        MIZAN_TRY(full, verifyAuditLog(db, keys, std::nullopt, job));
        full.warnings << Tr::tr("The trusted checkpoint of %1 entries lies in the sealed segment "
                                "(entries 1 to %2): check it against the archive.")
                             .arg(trusted->size)
                             .arg(sealed);
        return full;
    }
    if (!trusted && sealed > 0) {
        std::vector<CompactRange::Subtree> edge;
        for (const auto &[level, index] : CompactRange::subtreesOf(sealed)) {
            auto hash = AuditLog::node(db, level, index);
            if (!hash) {
                broken.problem = Tr::tr("the stored tree over the sealed entries 1 to %1 is "
                                        "incomplete")
                                     .arg(sealed);
                return broken;
            }
            edge.emplace_back(level, *hash);
        }
        MIZAN_TRY(next, db.prepare("SELECT prev_hash FROM audit WHERE seq = ?"));
        next.bind(1, sealed + 1);
        MIZAN_TRY(hasNext, next.step());
        if (!hasNext) {
            broken.firstBadSeq = sealed + 1;
            broken.problem
                = Tr::tr("entry %1, the first after the sealed segment, is missing").arg(sealed + 1);
            return broken;
        }
        verifier.resumeAfterSeal(CompactRange(sealed, std::move(edge)), next.blob(0));
        from = sealed + 1;
    }
    if (trusted) {
        broken.trustedSize = trusted->size;
        if (const QString problem = keys.checkSignatures(*trusted); !problem.isEmpty()) {
            broken.problem = Tr::tr("the trusted checkpoint does not verify: %1").arg(problem);
            return broken;
        }
        MIZAN_TRY(last, db.prepare("SELECT max(seq) FROM audit"));
        MIZAN_TRY(hasLast, last.step());
        const qint64 head = hasLast ? last.integer(0) : 0;
        if (trusted->size > head) {
            broken.firstBadSeq = head + 1;
            broken.problem = Tr::tr("the log holds %1 entries but the trusted checkpoint vouches "
                                    "for %2 (an older copy was restored, or entries were removed "
                                    "from the end)")
                                 .arg(head)
                                 .arg(trusted->size);
            return broken;
        }
        // The trusted root authenticates the stored edge of its tree and, through an inclusion
        // proof, its last leaf: the entries after it are then checked as a full run would.
        const qint64 n = trusted->size;
        std::vector<CompactRange::Subtree> edge;
        bool nodesPresent = true;
        for (const auto &[level, index] : CompactRange::subtreesOf(n)) {
            auto hash = AuditLog::node(db, level, index);
            nodesPresent = nodesPresent && bool(hash);
            edge.emplace_back(level, hash ? *hash : QByteArray());
        }
        CompactRange range(n, std::move(edge));
        QByteArray lastLeaf(32, '\0');
        bool extends = nodesPresent && range.root() == trusted->root;
        if (extends && n > 0) {
            auto leaf = AuditLog::node(db, 0, n - 1);
            extends = leaf
                      && MerkleTree::verifyInclusion(*leaf,
                                                     n - 1,
                                                     n,
                                                     AuditLog::tree(db, n).inclusionProof(n - 1, n),
                                                     trusted->root);
            if (extends)
                lastLeaf = *leaf;
        }
        if (!extends) {
            // Name the first bad entry when a full run can; otherwise the prefix as a whole.
            MIZAN_TRY(full, verifyAuditLog(db, keys, std::nullopt, job));
            full.trustedSize = n;
            if (!full.ok)
                return full;
            broken.problem = Tr::tr("the log does not extend the trusted checkpoint of %1 "
                                    "entries: its first %1 entries were rewritten, or this is "
                                    "another copy of the workspace (a fork)")
                                 .arg(n);
            broken.entries = full.entries;
            return broken;
        }
        verifier.resume(std::move(range), lastLeaf);
        from = n + 1;
    }

    qint64 done = 0;
    bool cancelled = false;
    MIZAN_CHECK(AuditLog::scan(db, from, [&](const AuditEntry &e, bool detailsCanonical) {
        if (!detailsCanonical) {
            verifier.add(e, QByteArray(), &e.leafHash); // fails: the stored leaf cannot match
            return false;
        }
        if (!verifier.add(e, e.canonicalBytes(), &e.leafHash))
            return false;
        if (++done % 8192 == 0) {
            job.report(done, total);
            if (job.cancelled()) {
                cancelled = true;
                return false;
            }
        }
        return true;
    }));
    if (cancelled)
        return fail(ErrorCode::Cancelled, Tr::tr("Verification cancelled."));
    job.report(total, total);
    return verifier.finish();
}

} // namespace mizan
