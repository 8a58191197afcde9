// Proofs and the incremental verifier on a real workspace's log: an inclusion proof of every
// entry in a signed checkpoint, a consistency proof between every two checkpoints, verification
// from a checkpoint the auditor kept (only what came after it is read), and a log written
// before the Merkle tree was kept (schema 1) caught up at the next sign-in.

#include "AuditActivity.h"

#include "audit/AuditVerifier.h"
#include "common/Crypto.h"

#include <QTest>

#include <map>

using namespace mizan;
using namespace mizan::test;

namespace {

QByteArray flipped(QByteArray bytes)
{
    bytes[0] = char(bytes[0] ^ 0x01);
    return bytes;
}

} // namespace

class TestAuditProofs : public QObject, private AuditedWorkspace
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { build(); }
    void incrementalFromATrustedCheckpoint();
    void incrementalNamesTheFirstBadEntryAfterIt();
    void trustedCheckpointMustVerify();
    void inclusionProofOfEveryEntry();
    void inclusionProofsInEveryCheckpoint();
    void consistencyProofsBetweenAllCheckpoints();
    void schemaOneLogIsCaughtUp();
};

void TestAuditProofs::incrementalFromATrustedCheckpoint()
{
    const AuditVerifyReport full = verifyRaw(m_base);
    QVERIFY(full.ok);
    QCOMPARE(full.entries, m_n);

    // Only the entries after the trusted checkpoint are read.
    const Checkpoint trusted = checkpointOf(300, "periodic").checkpoint;
    const AuditVerifyReport r = verifyRaw(m_base, trusted);
    QVERIFY2(r.ok, qPrintable(r.verdict()));
    QCOMPARE(r.entries, m_n - 300);
    QVERIFY(r.entries < full.entries);
    QCOMPARE(r.trustedSize, qint64(300));
    QCOMPARE(r.verifiedUpTo, m_n);
    const qint64 after = std::count_if(m_checkpoints.begin(),
                                       m_checkpoints.end(),
                                       [](const StoredCheckpoint &c) {
                                           return c.checkpoint.size > 300;
                                       });
    QCOMPARE(r.checkpoints, after);
    checkVerdict(r);
    QVERIFY(r.verdict().endsWith(QLatin1String("The log extends the trusted checkpoint of 300 "
                                               "entries.")));

    // A co-signed checkpoint kept at a sign-out, and the newest one: nothing left to read.
    const StoredCheckpoint &logout = checkpointOf(firstAfter(200, "logout"), "logout");
    const AuditVerifyReport fromLogout = verifyRaw(m_base, logout.checkpoint);
    QVERIFY(fromLogout.ok);
    QCOMPARE(fromLogout.entries, m_n - logout.checkpoint.size);
    const AuditVerifyReport fromHead = verifyRaw(m_base, m_checkpoints.back().checkpoint);
    QVERIFY(fromHead.ok);
    QCOMPARE(fromHead.entries, qint64(0));

    // Through the workspace: audited with the trusted size.
    auto ws = openAs(fresh(QStringLiteral("incremental")), QStringLiteral("audra"));
    auto report = ws->verifyAudit(trusted);
    MIZAN_VERIFY_OK(report);
    QVERIFY(report->ok);
    QCOMPARE(report->entries, m_n + 1 - 300); // and the sign-in
    AuditFilter verifications;
    verifications.action = QStringLiteral("audit.verify");
    auto recorded = ws->auditQuery(verifications, 0, 1, true);
    MIZAN_VERIFY_OK(recorded);
    QCOMPARE(recorded->front().outcome, QStringLiteral("ok"));
    QCOMPARE(recorded->front().details.value(QLatin1String("trusted_size")).toInteger(),
             qint64(300));
}

void TestAuditProofs::incrementalNamesTheFirstBadEntryAfterIt()
{
    const Checkpoint trusted = checkpointOf(300, "periodic").checkpoint;
    const qint64 k = firstAfter(310, "permission.denied");
    for (const char *sql :
         {"UPDATE audit SET outcome = 'ok' WHERE seq = %1", "DELETE FROM audit WHERE seq = %1"}) {
        const QString dir = fresh(QStringLiteral("incremental-tampered"));
        {
            RawAuditDb r = raw(dir);
            MIZAN_VERIFY_OK(dropAuditGuards(r.db()));
            MIZAN_VERIFY_OK(r.db().exec(QString::fromLatin1(sql).arg(k).toUtf8().constData()));
        }
        const AuditVerifyReport r = verifyRaw(dir, trusted);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSeq, k);
        QCOMPARE(r.trustedSize, qint64(300));
        checkVerdict(r);
    }
    // Entry 301 relinked (its hash recomputed): entry 300 is vouched for by the trusted
    // checkpoint, so the link of 301 is what changed.
    const QString dir = fresh(QStringLiteral("incremental-link"));
    {
        RawAuditDb r = raw(dir);
        MIZAN_VERIFY_OK(dropAuditGuards(r.db()));
        auto e = AuditLog::entries(r.db(), 301, 1);
        MIZAN_VERIFY_OK(e);
        AuditEntry relinked = e->front();
        relinked.prevHash = QByteArray(32, '\0');
        auto update = r.db().prepare(
            "UPDATE audit SET prev_hash = ?, leaf_hash = ? WHERE seq = 301");
        MIZAN_VERIFY_OK(update);
        update->bind(1, relinked.prevHash).bind(2, AuditLog::leafHashOf(relinked.canonicalBytes()));
        MIZAN_VERIFY_OK(update->run());
    }
    const AuditVerifyReport r = verifyRaw(dir, trusted);
    QVERIFY(!r.ok);
    QCOMPARE(r.firstBadSeq, qint64(301));
    QVERIFY2(r.problem.contains(QLatin1String("entry 301 does not chain to the entry before it")),
             qPrintable(r.problem));
}

void TestAuditProofs::trustedCheckpointMustVerify()
{
    const crypto::SigningKey other = crypto::generateSigningKey();
    Checkpoint forged = checkpointOf(300, "periodic").checkpoint;
    forged.signatures.clear();
    MIZAN_VERIFY_OK(forged.sign(m_keys.origin, other.publicKey, other.privateSeed));
    AuditVerifyReport r = verifyRaw(m_base, forged);
    QVERIFY(!r.ok);
    QCOMPARE(r.firstBadSeq, qint64(0));
    QVERIFY2(r.problem.startsWith(QLatin1String("the trusted checkpoint does not verify: the "
                                                "workspace signature of checkpoint 300")),
             qPrintable(r.problem));
    checkVerdict(r);

    Checkpoint otherLog = checkpointOf(300, "periodic").checkpoint;
    otherLog.origin = QStringLiteral("mizan/another-workspace");
    r = verifyRaw(m_base, otherLog);
    QVERIFY(!r.ok);
    QVERIFY(r.problem.contains(QLatin1String("belongs to another log")));
}

void TestAuditProofs::inclusionProofOfEveryEntry()
{
    auto ws = openAs(fresh(QStringLiteral("proofs")), QStringLiteral("audra"));
    const Checkpoint &head = m_checkpoints.back().checkpoint;
    for (qint64 seq = 1; seq <= m_n; ++seq) {
        auto p = ws->auditProof(seq);
        MIZAN_VERIFY_OK(p);
        QVERIFY2(p->verified, qPrintable(QString::number(seq)));
        QVERIFY(p->checkpoint);
        const Checkpoint &c = p->checkpoint->checkpoint;
        QCOMPARE(c.size, head.size); // the newest checkpoint that covers it
        QCOMPARE(p->treeSize, c.size);
        QCOMPARE(p->root, c.root);
        QVERIFY(m_keys.checkSignatures(c).isEmpty());
        // Checked here from the entry's bytes alone, as an auditor would.
        const QByteArray leaf = MerkleTree::leafHash(p->entry.canonicalBytes());
        QCOMPARE(leaf, m_entries[size_t(seq - 1)].leafHash);
        QVERIFY(MerkleTree::verifyInclusion(leaf, seq - 1, c.size, p->path, c.root));
        // ...and it proves nothing else.
        QVERIFY(!MerkleTree::verifyInclusion(leaf, seq % c.size, c.size, p->path, c.root));
        QVERIFY(!MerkleTree::verifyInclusion(flipped(leaf), seq - 1, c.size, p->path, c.root));
        if (!p->path.isEmpty()) {
            QList<QByteArray> bad = p->path;
            bad.last() = flipped(bad.last());
            QVERIFY(!MerkleTree::verifyInclusion(leaf, seq - 1, c.size, bad, c.root));
        }
    }
    // The sign-in after the newest checkpoint: proved in the tree as it is, with no checkpoint.
    auto latest = ws->auditProof(m_n + 1);
    MIZAN_VERIFY_OK(latest);
    QCOMPARE(latest->entry.action, QStringLiteral("login"));
    QVERIFY(!latest->checkpoint);
    QCOMPARE(latest->treeSize, m_n + 1);
    QVERIFY(latest->verified);
    QCOMPARE(ws->auditProof(m_n + 2).error().code, ErrorCode::InvalidInput);
}

void TestAuditProofs::inclusionProofsInEveryCheckpoint()
{
    RawAuditDb r = raw(m_base);
    for (const StoredCheckpoint &stored : m_checkpoints) {
        const Checkpoint &c = stored.checkpoint;
        const MerkleTree tree = AuditLog::tree(r.db(), c.size);
        QCOMPARE(tree.root(), c.root); // the stored nodes make the signed root
        for (const qint64 seq : {qint64(1), (c.size + 1) / 2, c.size}) {
            const QList<QByteArray> path = tree.inclusionProof(seq - 1, c.size);
            QVERIFY(MerkleTree::verifyInclusion(m_entries[size_t(seq - 1)].leafHash,
                                                seq - 1,
                                                c.size,
                                                path,
                                                c.root));
        }
        // An entry after the checkpoint is not in it.
        if (c.size < m_n)
            QVERIFY(!MerkleTree::verifyInclusion(m_entries[size_t(c.size)].leafHash,
                                                 c.size - 1,
                                                 c.size,
                                                 tree.inclusionProof(c.size - 1, c.size),
                                                 c.root));
    }
}

void TestAuditProofs::consistencyProofsBetweenAllCheckpoints()
{
    RawAuditDb r = raw(m_base);
    std::map<qint64, QByteArray> roots; // one per size: checkpoints of one size agree
    for (const StoredCheckpoint &c : m_checkpoints) {
        const auto [it, added] = roots.emplace(c.checkpoint.size, c.checkpoint.root);
        QCOMPARE(it->second, c.checkpoint.root);
    }
    QVERIFY(roots.size() > 80);
    qint64 pairs = 0;
    for (auto a = roots.begin(); a != roots.end(); ++a) {
        for (auto b = std::next(a); b != roots.end(); ++b) {
            const QList<QByteArray> proof
                = AuditLog::tree(r.db(), b->first).consistencyProof(a->first, b->first);
            QVERIFY2(MerkleTree::verifyConsistency(a->first, b->first, a->second, b->second, proof),
                     qPrintable(QStringLiteral("%1 -> %2").arg(a->first).arg(b->first)));
            if (++pairs % 97 == 0) { // and a wrong root or proof fails
                QVERIFY(!MerkleTree::verifyConsistency(a->first,
                                                       b->first,
                                                       flipped(a->second),
                                                       b->second,
                                                       proof));
                QVERIFY(!MerkleTree::verifyConsistency(a->first,
                                                       b->first,
                                                       a->second,
                                                       flipped(b->second),
                                                       proof));
                if (!proof.isEmpty()) {
                    QList<QByteArray> bad = proof;
                    bad.front() = flipped(bad.front());
                    QVERIFY(!MerkleTree::verifyConsistency(a->first,
                                                           b->first,
                                                           a->second,
                                                           b->second,
                                                           bad));
                }
            }
        }
    }
    QCOMPARE(pairs, qint64(roots.size() * (roots.size() - 1) / 2));

    // The copy taken half-way is a prefix of the log now: the log only grew.
    RawAuditDb older = raw(m_older);
    auto olderCheckpoints = AuditLog::checkpoints(older.db());
    MIZAN_VERIFY_OK(olderCheckpoints);
    const Checkpoint &olderHead = olderCheckpoints->back().checkpoint;
    QCOMPARE(olderHead.size, m_olderSize);
    QVERIFY(MerkleTree::verifyConsistency(olderHead.size,
                                          m_n,
                                          olderHead.root,
                                          m_checkpoints.back().checkpoint.root,
                                          AuditLog::tree(r.db(), m_n)
                                              .consistencyProof(olderHead.size, m_n)));
}

void TestAuditProofs::schemaOneLogIsCaughtUp()
{
    // The log as schema 1 left it: entries and their chain, no Merkle nodes, no checkpoints,
    // and the flag migration 2 sets for the next sign-in.
    const QString dir = fresh(QStringLiteral("schema-1"));
    {
        RawAuditDb r = raw(dir);
        MIZAN_VERIFY_OK(dropAuditGuards(r.db()));
        MIZAN_VERIFY_OK(r.db().exec("DELETE FROM audit_nodes; DELETE FROM audit_checkpoints; "
                                    "INSERT INTO meta(key, value) "
                                    "VALUES('audit_tree_pending', '1');"));
    }
    // Without the tree, the first sign-out has no co-signed checkpoint.
    const AuditVerifyReport before = verifyRaw(dir);
    QVERIFY(!before.ok);
    QCOMPARE(before.firstBadSeq, firstAfter(0, "logout"));

    std::vector<qint64> sizes;
    for (qint64 size = 100; size <= m_n; size += 100)
        sizes.push_back(size);
    if (m_n % 100 != 0)
        sizes.push_back(m_n); // the whole migrated log
    {
        auto ws = openAs(dir, QStringLiteral("audra")); // catches up
        auto checkpoints = ws->auditCheckpoints();
        MIZAN_VERIFY_OK(checkpoints);
        QCOMPARE(checkpoints->size(), sizes.size());
        for (size_t i = 0; i < sizes.size(); ++i) {
            const StoredCheckpoint &c = (*checkpoints)[i];
            QCOMPARE(c.checkpoint.size, sizes[i]);
            QCOMPARE(c.reason, QStringLiteral("migration"));
            QCOMPARE(c.checkpoint.extension(QStringLiteral("reason")), QStringLiteral("migration"));
            QVERIFY(m_keys.checkSignatures(c.checkpoint).isEmpty());
            // The same tree the log had: the root the original checkpoints signed.
            QCOMPARE(c.checkpoint.root, checkpointOf(sizes[i]).checkpoint.root);
        }
        auto r = ws->verifyAudit();
        MIZAN_VERIFY_OK(r);
        QVERIFY2(r->ok, qPrintable(r->verdict()));
        QCOMPARE(r->entries, m_n + 1);
        QCOMPARE(r->warnings.size(), 1);
        QVERIFY2(r->warnings.front().startsWith(
                     QStringLiteral("Entries 1 to %1 were written before").arg(m_n)),
                 qPrintable(r->warnings.front()));
        MIZAN_VERIFY_OK(ws->logout());
    }
    {
        RawAuditDb r = raw(dir);
        auto flag = r.db().prepare("SELECT count(*) FROM meta WHERE key = 'audit_tree_pending'");
        MIZAN_VERIFY_OK(flag);
        QVERIFY(*flag->step());
        QCOMPARE(flag->integer(0), qint64(0));
    }
    const AuditVerifyReport after = verifyRaw(dir);
    QVERIFY2(after.ok, qPrintable(after.verdict()));
    QCOMPARE(after.entries, m_n + 3); // sign-in, verification, sign-out

    // Only the migrated entries are spared the co-signature: the sign-out after it is not.
    {
        RawAuditDb r = raw(dir);
        MIZAN_VERIFY_OK(dropAuditGuards(r.db()));
        MIZAN_VERIFY_OK(
            r.db().exec(QStringLiteral("DELETE FROM audit_checkpoints WHERE tree_size = %1")
                            .arg(m_n + 3)
                            .toUtf8()
                            .constData()));
    }
    const AuditVerifyReport uncosigned = verifyRaw(dir);
    QVERIFY(!uncosigned.ok);
    QCOMPARE(uncosigned.firstBadSeq, m_n + 3);
    QVERIFY(uncosigned.problem.contains(QLatin1String("co-signs at logout")));
}

QTEST_GUILESS_MAIN(TestAuditProofs)
#include "TestAuditProofs.moc"
