// Evidence packs exported from a real workspace: complete and filtered packs verify; every kind
// of change to a pack is found, naming the first bad entry where an entry is concerned; 1,000
// random single-byte changes are all found; a checkpoint the auditor kept shows a pack of an
// older or forked log; an export never leaves a half-written pack; only auditors and risk
// officers export, and a denied attempt is on record. A pack carries the workspace's
// classification marking in its signed manifest (a changed marking is tampering); an older,
// unmarked pack still verifies.

#include "AuditActivity.h"
#include "EvidencePackEdit.h"
#include "TestPaths.h"

#include "audit/EvidencePack.h"
#include "common/CanonicalJson.h"
#include "common/Crypto.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace mizan;
using namespace mizan::test;

Q_DECLARE_METATYPE(mizan::test::Tamper)

class TestEvidencePack : public QObject, private AuditedWorkspace
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportedPacksVerify();
    void packsCarryTheMarking();
    void unmarkedPacksStillVerify();
    void tamperedPack_data();
    void tamperedPack();
    void randomByteChangesAreAllFound();
    void trustedCheckpointOnPacks();
    void exportNeverLeavesAHalfPack();
    void onlyAuditorsExport();

private:
    QString pack(const QString &name) const
    {
        return m_tmp.filePath(QStringLiteral("packs/") + name);
    }

    QString m_workspace; ///< where the packs come from
    QString m_complete;
    QString m_filtered; ///< nour's entries
    EvidencePack::Written m_written;
    qint64 m_head = 0;
    qint64 m_k = 0;                        ///< a denial in the middle of a session
    std::optional<Checkpoint> m_keptNewer; ///< kept by the auditor after the export
};

void TestEvidencePack::initTestCase()
{
    build();
    QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("packs"))));
    m_workspace = fresh(QStringLiteral("exporting"));
    m_complete = pack(QStringLiteral("complete"));
    m_filtered = pack(QStringLiteral("nour"));
    auto ws = openAs(m_workspace, QStringLiteral("audra"));
    auto written = ws->exportAuditPack(m_complete);
    MIZAN_VERIFY_OK(written);
    m_written = *written;
    m_head = m_written.headSize;
    AuditFilter nour;
    nour.actor = QStringLiteral("nour");
    MIZAN_VERIFY_OK(ws->exportAuditPack(m_filtered, nour));
    // The auditor keeps a checkpoint of the log as it is later.
    MIZAN_VERIFY_OK(ws->logout());
    signIn(*ws, QStringLiteral("audra"));
    auto kept = ws->auditCheckpointNow();
    MIZAN_VERIFY_OK(kept);
    m_keptNewer = kept->checkpoint;

    for (const AuditEntry &e : m_entries)
        if (e.seq > 150 && e.action == QLatin1String("permission.denied")
            && std::none_of(m_checkpoints.begin(), m_checkpoints.end(), [&](const auto &c) {
                   return c.checkpoint.size == e.seq || c.checkpoint.size == e.seq - 1;
               })) {
            m_k = e.seq;
            break;
        }
    QVERIFY(m_k > 0);
}

void TestEvidencePack::exportedPacksVerify()
{
    // Complete: every entry up to the export's own, every checkpoint, every key.
    QVERIFY(m_written.complete);
    QCOMPARE(m_head, m_n + 2); // the sign-in and the export
    QCOMPARE(m_written.entries, m_head);
    QCOMPARE(m_written.checkpoints, qint64(m_checkpoints.size()) + 1);
    const QList<QByteArray> l = lines(m_complete);
    QCOMPARE(qint64(l.size()), m_head);
    for (qint64 i = 0; i < m_n; ++i)
        QCOMPARE(l[i], m_entries[size_t(i)].canonicalBytes());
    const auto exportEntry = AuditEntry::fromCanonical(l.last());
    MIZAN_VERIFY_OK(exportEntry);
    QCOMPARE(exportEntry->action, QStringLiteral("audit.export"));
    QCOMPARE(exportEntry->actor, QStringLiteral("audra"));
    const QStringList files = filesOf(m_complete);
    for (const char *name : {"manifest.json",
                             "manifest.note",
                             "entries.jsonl",
                             "proofs.json",
                             "VERIFY.md",
                             "verify.py",
                             "keys/keys.json",
                             "keys/workspace.pem"})
        QVERIFY2(files.contains(QLatin1String(name)), name);
    QCOMPARE(files.filter(QStringLiteral("checkpoints/")).size(), m_written.checkpoints);
    QCOMPARE(files.filter(QRegularExpression(QStringLiteral("^keys/.*-1\\.pem$"))).size(), 4);

    AuditVerifyReport r = verifyPack(m_complete);
    QVERIFY2(r.ok, qPrintable(r.verdict()));
    QCOMPARE(r.entries, m_head);
    QCOMPARE(r.verifiedUpTo, m_head);
    QCOMPARE(r.checkpoints, m_written.checkpoints);
    checkVerdict(r);

    // Filtered: nour's entries only, each with its inclusion proof in the head.
    const QJsonObject manifest = readObject(m_filtered + QStringLiteral("/manifest.json"));
    QCOMPARE(manifest.value(QStringLiteral("complete")).toBool(true), false);
    QCOMPARE(manifest.value(QStringLiteral("filter")).toObject(),
             QJsonObject({{QStringLiteral("actor"), QStringLiteral("nour")}}));
    const QList<QByteArray> mine = lines(m_filtered);
    const qint64 nours = std::count_if(m_entries.begin(), m_entries.end(), [](const auto &e) {
        return e.actor == QLatin1String("nour");
    });
    QCOMPARE(qint64(mine.size()), nours);
    for (const QByteArray &line : mine)
        QCOMPARE(AuditEntry::fromCanonical(line)->actor, QStringLiteral("nour"));
    QCOMPARE(readObject(m_filtered + QStringLiteral("/proofs.json"))
                 .value(QStringLiteral("inclusion"))
                 .toArray()
                 .size(),
             mine.size());
    r = verifyPack(m_filtered);
    QVERIFY2(r.ok, qPrintable(r.verdict()));
    QCOMPARE(r.entries, nours);
    checkVerdict(r);
}

void TestEvidencePack::packsCarryTheMarking()
{
    auto ws = openAs(m_workspace, QStringLiteral("audra"));
    auto classification = ws->classification();
    MIZAN_VERIFY_OK(classification);
    for (const QString &p : {m_complete, m_filtered}) {
        // In the manifest, which manifest.note signs: the classification, who and when.
        const QJsonObject manifest = readObject(p + QStringLiteral("/manifest.json"));
        const QJsonObject marking = manifest.value(QStringLiteral("marking")).toObject();
        QCOMPARE(marking.keys(), (QStringList{"classification", "exported_at", "exported_by"}));
        QCOMPARE(marking.value(QStringLiteral("classification")).toString(), *classification);
        QCOMPARE(marking.value(QStringLiteral("exported_by")).toString(), QStringLiteral("audra"));
        const QDateTime at
            = QDateTime::fromString(marking.value(QStringLiteral("exported_at")).toString(),
                                    Qt::ISODateWithMs);
        QCOMPARE(at.timeSpec(), Qt::UTC);
        QCOMPARE(at.toMSecsSinceEpoch(), manifest.value(QStringLiteral("exported_ms")).toInteger());
        // The verifier gives it back, and says so in its JSON.
        auto verified = EvidencePack::verify(p);
        MIZAN_VERIFY_OK(verified);
        QVERIFY2(verified->ok, qPrintable(verified->verdict()));
        QCOMPARE(verified->marking.classification, *classification);
        QCOMPARE(verified->marking.user, QStringLiteral("audra"));
        QCOMPARE(verified->marking.time, at);
        QCOMPARE(verified->marking.toJson(), marking);
        QCOMPARE(verified->toJson().value(QStringLiteral("marking")).toObject(), marking);
        // VERIFY.md, the pack's one page for people, has it as its first and last lines.
        const QByteArray line = verified->marking.text().toUtf8();
        const QByteArray guide = readAll(p + QStringLiteral("/VERIFY.md"));
        QVERIFY2(guide.startsWith(QByteArray(line + "\n\n# Verifying this evidence pack\n")),
                 guide.left(200).constData());
        QVERIFY(guide.endsWith(QByteArray("\n\n" + line + '\n')));
    }
}

void TestEvidencePack::unmarkedPacksStillVerify()
{
    // The fuzzer's seed pack was exported before packs were marked.
    const QString old = copyPack(QStringLiteral(MIZAN_TEST_DATA "/../fuzz/seed-packs/complete"),
                                 pack(QStringLiteral("unmarked")));
    QVERIFY(!readObject(old + QStringLiteral("/manifest.json")).contains(QStringLiteral("marking")));
    auto verified = EvidencePack::verify(old);
    MIZAN_VERIFY_OK(verified);
    QVERIFY2(verified->ok, qPrintable(verified->verdict()));
    QVERIFY(verified->marking.isEmpty());
    QVERIFY(!verified->toJson().contains(QStringLiteral("marking")));
}

void TestEvidencePack::tamperedPack_data()
{
    QTest::addColumn<bool>("complete");
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<QString>("problem");
    const qint64 k = m_k;
    const qint64 head = m_head;

    // Each field of an entry line (kept canonical): the next entry's link names it.
    const QString noMatch
        = QStringLiteral("entry %1 no longer matches the hash entry %2 chains to").arg(k).arg(k + 1);
    const auto field = [&](const char *name, const std::function<void(AuditEntry &)> &change) {
        QTest::newRow(name) << true << editLine(k, change, k) << noMatch;
    };
    field("time", [](AuditEntry &e) { e.timeMs -= 1; });
    field("actor", [](AuditEntry &e) { e.actor = QStringLiteral("amira"); });
    field("role", [](AuditEntry &e) { e.role = QStringLiteral("admin"); });
    field("action", [](AuditEntry &e) { e.action = QStringLiteral("audit.view"); });
    field("target", [](AuditEntry &e) { e.target = QStringLiteral("nothing"); });
    field("outcome", [](AuditEntry &e) { e.outcome = QStringLiteral("ok"); });
    field("details", [](AuditEntry &e) { e.details = {}; });
    QTest::newRow("prev_hash") << true
                               << editLine(
                                      k, [](AuditEntry &e) { e.prevHash[7] = 'x'; }, k)
                               << QStringLiteral("entry %1 does not chain").arg(k);
    QTest::newRow("seq") << true
                         << editLine(
                                k, [](AuditEntry &e) { e.seq += 1000; }, k)
                         << QStringLiteral("entry %1 is missing").arg(k);
    QTest::newRow("not canonical")
        << true << editLines([k](auto &l) { l[k - 1].replace("\",\"", "\", \""); }, k)
        << QStringLiteral("entries.jsonl line %1: the line is not in canonical form").arg(k);
    QTest::newRow("not JSON") << true << editLines([k](auto &l) { l[k - 1].chop(1); }, k)
                              << QStringLiteral("entries.jsonl line %1: not a JSON object").arg(k);

    // Lines deleted, inserted, swapped, cut.
    QTest::newRow("deleted") << true << editLines([k](auto &l) { l.removeAt(k - 1); }, k)
                             << QStringLiteral("entry %1 is missing").arg(k);
    QTest::newRow("inserted") << true
                              << editLines(
                                     [k](QList<QByteArray> &l) {
                                         AuditEntry forged = *AuditEntry::fromCanonical(l[k - 2]);
                                         forged.seq = k;
                                         forged.action = QStringLiteral("model.approve");
                                         forged.prevHash = MerkleTree::leafHash(l[k - 2]);
                                         l.insert(k - 1, forged.canonicalBytes());
                                         for (qsizetype i = k; i < l.size(); ++i) { // renumbered
                                             AuditEntry e = *AuditEntry::fromCanonical(l[i]);
                                             e.seq += 1;
                                             l[i] = e.canonicalBytes();
                                         }
                                     },
                                     k)
                              << noMatch;
    QTest::newRow("swapped") << true << editLines([k](auto &l) { l.swapItemsAt(k - 1, k); }, k)
                             << QStringLiteral("entry %1 is missing").arg(k);
    QTest::newRow("tail cut") << true
                              << editLines([](auto &l) { l.resize(l.size() - 10); }, head - 9)
                              << QStringLiteral("the log ends at entry %1 but a signed checkpoint "
                                                "vouches for %2 entries")
                                     .arg(head - 10)
                                     .arg(head);
    QTest::newRow("last line cut off")
        << true
        << editFile(
               QStringLiteral("entries.jsonl"), [](QByteArray &b) { b.chop(2); }, head)
        << QStringLiteral("entries.jsonl line %1 is cut off").arg(head);

    // Checkpoints, keys, manifest, proofs, other files.
    const QString logout = checkpointFile(m_complete, firstAfter(k, "logout"), "logout");
    QTest::newRow("checkpoint edited")
        << true
        << editFile(checkpointFile(m_complete, 200, "periodic"),
                    [](QByteArray &b) { b.replace("reason periodic", "reason manual"); })
        << "the workspace signature of checkpoint 200 does not verify";
    QTest::newRow("checkpoints of 200 removed") << true << Tamper([](const QString &p) {
        const QDir dir(p + QStringLiteral("/checkpoints"));
        for (const QString &name : dir.entryList({QStringLiteral("0000000200-*.note")}))
            QFile::remove(dir.filePath(name));
        return qint64(200);
    }) << "the checkpoint that must follow entry 200 is missing";
    const qint64 logoutSeq = firstAfter(k, "logout");
    QTest::newRow("logout checkpoint removed") << true << Tamper([=](const QString &p) {
        QFile::remove(p + u'/' + logout);
        return logoutSeq;
    }) << QStringLiteral("co-signs at logout (entry %1) is missing").arg(logoutSeq);
    QTest::newRow("logout co-signature removed")
        << true
        << editFile(
               logout, [](QByteArray &b) { b.truncate(b.lastIndexOf("\xE2\x80\x94 ")); }, logoutSeq)
        << QStringLiteral("co-signs at logout (entry %1) is missing").arg(logoutSeq);
    QTest::newRow("head checkpoint removed") << true << Tamper([](const QString &p) {
        const QString newest = readObject(p + QStringLiteral("/manifest.json"))
                                   .value(QStringLiteral("head"))
                                   .toObject()
                                   .value(QStringLiteral("checkpoint"))
                                   .toString();
        QFile::remove(p + u'/' + newest);
        return qint64(0);
    }) << "the head in manifest.json is not the newest checkpoint";
    QTest::newRow("file added") << true << editFile(QStringLiteral("keys/extra.pem"), [](auto &b) {
        b = "extra\n";
    }) << "keys/extra.pem is not part of the pack";
    QTest::newRow("workspace key replaced")
        << true
        << editFile(QStringLiteral("keys/workspace.pem"),
                    [](QByteArray &b) {
                        b = crypto::publicKeyPem(crypto::generateSigningKey().publicKey);
                    })
        << "the workspace signature of checkpoint";
    QTest::newRow("user key replaced")
        << true
        << editFile(QStringLiteral("keys/audra-1.pem"),
                    [](QByteArray &b) {
                        b = crypto::publicKeyPem(crypto::generateSigningKey().publicKey);
                    })
        << "the co-signature of audra on checkpoint";
    QTest::newRow("manifest edited")
        << true
        << editFile(QStringLiteral("manifest.json"),
                    [](QByteArray &b) {
                        b.replace("\"exported_by\":\"audra\"", "\"exported_by\":\"amira\"");
                    })
        << "manifest.json was changed: its hash is not the one manifest.note signs";
    // The marking: signed with the rest of the manifest, so another classification is tampering.
    const auto editMarking = [](const std::function<void(QJsonObject &)> &edit) {
        return editFile(QStringLiteral("manifest.json"), [edit](QByteArray &b) {
            QJsonObject manifest = QJsonDocument::fromJson(b).object();
            QJsonObject marking = manifest.value(QStringLiteral("marking")).toObject();
            edit(marking);
            manifest.insert(QStringLiteral("marking"), marking);
            b = canonicalJson(manifest);
        });
    };
    QTest::newRow("marking: classification changed") << true << editMarking([](QJsonObject &m) {
        m.insert(QStringLiteral("classification"), QStringLiteral("UNCLASSIFIED"));
    }) << "manifest.json was changed: its hash is not the one manifest.note signs";
    QTest::newRow("filtered: marking: classification changed")
        << false << editMarking([](QJsonObject &m) {
               m.insert(QStringLiteral("classification"), QStringLiteral("PUBLIC"));
           })
        << "manifest.json was changed: its hash is not the one manifest.note signs";
    QTest::newRow("marking removed")
        << true
        << editFile(QStringLiteral("manifest.json"),
                    [](QByteArray &b) {
                        QJsonObject manifest = QJsonDocument::fromJson(b).object();
                        manifest.remove(QStringLiteral("marking"));
                        b = canonicalJson(manifest);
                    })
        << "manifest.json was changed: its hash is not the one manifest.note signs";
    QTest::newRow("marking: time not UTC") << true << editMarking([](QJsonObject &m) {
        m.insert(QStringLiteral("exported_at"), QStringLiteral("2026-11-27T14:05:09+04:00"));
    }) << "manifest.json holds a malformed marking";
    QTest::newRow("marking: a number for the user")
        << true << editMarking([](QJsonObject &m) { m.insert(QStringLiteral("exported_by"), 7); })
        << "manifest.json holds a malformed marking";
    QTest::newRow("marking: a key added") << true << editMarking([](QJsonObject &m) {
        m.insert(QStringLiteral("caveat"), QStringLiteral("EYES ONLY"));
    }) << "manifest.json holds a malformed marking";
    QTest::newRow("marking: no classification") << true << editMarking([](QJsonObject &m) {
        m.insert(QStringLiteral("classification"), QString());
    }) << "manifest.json holds a malformed marking";
    QTest::newRow("marking: not a date") << true << editMarking([](QJsonObject &m) {
        m.insert(QStringLiteral("exported_at"), QStringLiteral("2026-02-30T14:05:09.000Z"));
    }) << "manifest.json holds a malformed marking";
    QTest::newRow("marking: VERIFY.md line changed")
        << true
        << editFile(QStringLiteral("VERIFY.md"),
                    [](QByteArray &b) { b.replace(0, b.indexOf(' '), "PUBLIC"); })
        << "VERIFY.md was changed";
    QTest::newRow("manifest.note signature edited")
        << true
        << editFile(QStringLiteral("manifest.note"),
                    [](QByteArray &b) {
                        const qsizetype at = b.indexOf("\n\n") + 40;
                        b[at] = b[at] == 'A' ? 'B' : 'A';
                    })
        << "manifest.note";
    QTest::newRow("exporter's co-signature removed")
        << true
        << editFile(QStringLiteral("manifest.note"),
                    [](QByteArray &b) {
                        QList<QByteArray> kept;
                        for (const QByteArray &line : b.split('\n'))
                            if (!line.contains("/audra "))
                                kept.append(line);
                        b = kept.join('\n');
                    })
        << "manifest.note is not co-signed by its exporter audra";
    QTest::newRow("manifest.note removed") << true << Tamper([](const QString &p) {
        QFile::remove(p + QStringLiteral("/manifest.note"));
        return qint64(0);
    }) << "manifest.note is missing or not a signed note";
    const QJsonArray consistency = readObject(m_complete + QStringLiteral("/proofs.json"))
                                       .value(QStringLiteral("consistency"))
                                       .toArray();
    qsizetype proof = 5; // one with a path to change
    while (consistency.at(proof).toObject().value(QStringLiteral("path")).toArray().isEmpty())
        ++proof;
    const qint64 from = consistency.at(proof).toObject().value(QStringLiteral("from")).toInteger();
    QTest::newRow("consistency proof edited")
        << true
        << editFile(
               QStringLiteral("proofs.json"),
               [proof](QByteArray &b) {
                   QJsonObject proofs = QJsonDocument::fromJson(b).object();
                   QJsonArray list = proofs.value(QStringLiteral("consistency")).toArray();
                   QJsonObject one = list.at(proof).toObject();
                   QJsonArray path = one.value(QStringLiteral("path")).toArray();
                   QString hash = path.at(0).toString();
                   hash[0] = hash[0] == u'0' ? u'1' : u'0';
                   path[0] = hash;
                   one.insert(QStringLiteral("path"), path);
                   list[proof] = one;
                   proofs.insert(QStringLiteral("consistency"), list);
                   b = QJsonDocument(proofs).toJson(QJsonDocument::Compact);
               },
               from + 1)
        << QStringLiteral("checkpoint %1 is not a prefix of checkpoint").arg(from);
    QTest::newRow("VERIFY.md edited")
        << true << editFile(QStringLiteral("VERIFY.md"), [](auto &b) { b += "Nothing to see.\n"; })
        << "VERIFY.md was changed";
    QTest::newRow("verify.py removed") << true << Tamper([](const QString &p) {
        QFile::remove(p + QStringLiteral("/verify.py"));
        return qint64(0);
    }) << "verify.py is missing";

    // A filtered pack: each entry stands on its inclusion proof.
    const QList<QByteArray> mine = lines(m_filtered);
    qsizetype i = 10; // an entry whose predecessor in the log is in the pack too
    while (AuditEntry::fromCanonical(mine[i])->seq
           != AuditEntry::fromCanonical(mine[i - 1])->seq + 1)
        ++i;
    const qint64 seq = AuditEntry::fromCanonical(mine[i])->seq;
    QTest::newRow("filtered: actor")
        << false
        << editLine(
               i + 1, [](AuditEntry &e) { e.actor = QStringLiteral("sami"); }, seq)
        << QStringLiteral("entry %1 is not in the signed log").arg(seq);
    QTest::newRow("filtered: time") << false
                                    << editLine(
                                           i + 1, [](AuditEntry &e) { e.timeMs += 1; }, seq)
                                    << QStringLiteral("entry %1 is not in the signed log").arg(seq);
    QTest::newRow("filtered: prev_hash")
        << false
        << editLine(
               i + 1, [](AuditEntry &e) { e.prevHash[3] = 'x'; }, seq)
        << QStringLiteral("entry %1 does not chain to the entry before it").arg(seq);
    QTest::newRow("filtered: swapped")
        << false << editLines([i](auto &l) { l.swapItemsAt(i - 1, i); }, seq - 1)
        << QStringLiteral("entry %1 is out of order").arg(seq - 1);
    QTest::newRow("filtered: deleted")
        << false << editLines([i](auto &l) { l.removeAt(i); }, 0) << "entries, manifest.json says";
}

void TestEvidencePack::tamperedPack()
{
    QFETCH(bool, complete);
    QFETCH(Tamper, tamper);
    QFETCH(QString, problem);
    const QString p = copyPack(complete ? m_complete : m_filtered, pack(QStringLiteral("tampered")));
    QVERIFY(verifyPack(p).ok);
    const qint64 firstBad = tamper(p);
    const auto verified = EvidencePack::verify(p);
    MIZAN_VERIFY_OK(verified);
    const AuditVerifyReport &r = *verified;
    QVERIFY2(!r.ok, qPrintable(r.verdict()));
    QVERIFY(verified->marking.isEmpty()); // nothing vouches for the marking of a broken pack
    QVERIFY2(r.problem.contains(problem), qPrintable(r.problem));
    QCOMPARE(r.firstBadSeq, firstBad);
    QVERIFY2(r.verdict().endsWith(u'.')
                 && r.verdict().startsWith(QLatin1String("Tampering found: ")),
             qPrintable(r.verdict()));
}

void TestEvidencePack::randomByteChangesAreAllFound()
{
    // A pack of a smaller workspace (a few dozen entries, every kind of file): each check reads
    // all of it again.
    const QString p = pack(QStringLiteral("random"));
    {
        const QString dir = m_tmp.filePath(QStringLiteral("small"));
        Workspace::Created created = createWorkspace(dir, m_clock);
        addAuditPeople(*created.workspace);
        MIZAN_VERIFY_OK(created.workspace->logout());
        auditSessions(*created.workspace, *m_clock, 0, 10);
        signIn(*created.workspace, QStringLiteral("audra"));
        auto written = created.workspace->exportAuditPack(p);
        MIZAN_VERIFY_OK(written);
        QVERIFY(written->entries > 50 && written->checkpoints > 10);
    }
    const QStringList files = filesOf(p);
    QRandomGenerator random(20261126);
    QHash<QString, int> changedPerFile;
    for (int i = 0; i < 1000; ++i) {
        const QString file = files[random.bounded(qsizetype(files.size()))];
        const QString path = p + u'/' + file;
        const QByteArray original = readAll(path);
        QVERIFY(!original.isEmpty());
        QByteArray changed = original;
        const qsizetype at = random.bounded(changed.size());
        const char mask = char(1 + random.bounded(255));
        changed[at] = char(changed[at] ^ mask);
        writeAll(path, changed);
        const auto r = EvidencePack::verify(p);
        QVERIFY2(!r || !r->ok,
                 qPrintable(QStringLiteral("change %1: byte %2 of %3 ^ %4 was not found")
                                .arg(i)
                                .arg(at)
                                .arg(file)
                                .arg(uchar(mask))));
        writeAll(path, original);
        ++changedPerFile[file];
    }
    QVERIFY(verifyPack(p).ok); // every change was undone
    QVERIFY(changedPerFile.size() > files.size() / 2);
    QVERIFY(changedPerFile.value(QStringLiteral("entries.jsonl")) > 0);
}

void TestEvidencePack::trustedCheckpointOnPacks()
{
    // The pack extends what the auditor kept before it was exported.
    const Checkpoint before = m_checkpoints.back().checkpoint;
    for (const QString &p : {m_complete, m_filtered}) {
        const AuditVerifyReport r = verifyPack(p, before);
        QVERIFY2(r.ok, qPrintable(r.verdict()));
        QCOMPARE(r.trustedSize, m_n);
    }
    // A checkpoint kept after the export: the pack is of an older log (rolled back).
    for (const QString &p : {m_complete, m_filtered}) {
        const qint64 head = readObject(p + QStringLiteral("/manifest.json"))
                                .value(QStringLiteral("head"))
                                .toObject()
                                .value(QStringLiteral("size"))
                                .toInteger();
        const AuditVerifyReport r = verifyPack(p, m_keptNewer);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadSeq, head + 1);
        QVERIFY2(r.problem.contains(QStringLiteral("the pack ends at %1 entries but the trusted "
                                                   "checkpoint vouches for %2")
                                        .arg(head)
                                        .arg(m_keptNewer->size)),
                 qPrintable(r.problem));
    }
    // A copy of the workspace that went its own way: its pack does not extend the checkpoint.
    const QString other = fresh(QStringLiteral("fork"));
    const QString forked = pack(QStringLiteral("fork"));
    {
        auto ws = openAs(other, QStringLiteral("nour"));
        for (int i = 0; i < 6; ++i)
            MIZAN_VERIFY_OK(ws->recordExport(QStringLiteral("leadset:3"), "fork.csv", i));
        MIZAN_VERIFY_OK(ws->logout());
        signIn(*ws, QStringLiteral("audra"));
        MIZAN_VERIFY_OK(ws->exportAuditPack(forked));
    }
    QVERIFY(verifyPack(forked).ok);
    QVERIFY(verifyPack(forked, before).ok);
    const AuditVerifyReport r = verifyPack(forked, m_keptNewer);
    QVERIFY(!r.ok);
    QCOMPARE(r.firstBadSeq, qint64(0));
    QVERIFY2(r.problem.contains(QStringLiteral("the log does not extend the trusted checkpoint of "
                                               "%1 entries")
                                    .arg(m_keptNewer->size)),
             qPrintable(r.problem));
    QVERIFY(r.problem.contains(QLatin1String("(a fork)")));
    // A trusted checkpoint must verify with the pack's keys.
    Checkpoint forged = *m_keptNewer;
    forged.signatures.clear();
    const crypto::SigningKey key = crypto::generateSigningKey();
    MIZAN_VERIFY_OK(forged.sign(forged.origin, key.publicKey, key.privateSeed));
    QVERIFY(verifyPack(m_complete, forged)
                .problem.startsWith(
                    QLatin1String("the trusted checkpoint does not verify with this pack's keys")));
}

void TestEvidencePack::exportNeverLeavesAHalfPack()
{
    auto ws = openAs(fresh(QStringLiteral("export-fails")), QStringLiteral("audra"));
    const auto lastExport = [&]() {
        AuditFilter exports;
        exports.action = QStringLiteral("audit.export");
        auto found = ws->auditQuery(exports, 0, 1, true);
        return found && !found->empty() ? found->front() : AuditEntry();
    };

    // A folder that is not empty is refused, and left as it was.
    const QString taken = pack(QStringLiteral("taken"));
    QVERIFY(QDir().mkpath(taken));
    writeAll(taken + QStringLiteral("/notes.txt"), "mine\n");
    auto refused = ws->exportAuditPack(taken);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(filesOf(taken), QStringList{QStringLiteral("notes.txt")});
    QVERIFY(!QFileInfo::exists(taken + QStringLiteral(".partial")));
    AuditEntry recorded = lastExport();
    QCOMPARE(recorded.outcome, QStringLiteral("failed"));
    QCOMPARE(recorded.details.value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_input"));

    // A failure half-way (a checkpoint's path is too long for the file system, after
    // entries.jsonl was written): nothing is left, and the failure is on record.
    QString parent = pack(QStringLiteral("deep"));
    while (parent.toUtf8().size() < 3800)
        parent += u'/' + QString(200, u'd');
    QVERIFY(QDir().mkpath(parent));
    const QString target = parent + u'/' + QString(4070 - parent.toUtf8().size() - 1 - 8, u'p');
    QCOMPARE((target + QStringLiteral(".partial")).toUtf8().size(), 4070);
    auto failed = ws->exportAuditPack(target);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::Io);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
    QCOMPARE(QDir(parent).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    recorded = lastExport();
    QCOMPARE(recorded.outcome, QStringLiteral("failed"));
    QCOMPARE(recorded.details.value(QLatin1String("error")).toString(), QStringLiteral("io"));

    // The log is whole after both, and a pack to a new folder is fine.
    auto verified = ws->verifyAudit();
    MIZAN_VERIFY_OK(verified);
    QVERIFY2(verified->ok, qPrintable(verified->verdict()));
    const QString good = pack(QStringLiteral("after-failures"));
    MIZAN_VERIFY_OK(ws->exportAuditPack(good));
    QVERIFY(verifyPack(good).ok);
}

void TestEvidencePack::onlyAuditorsExport()
{
    const QString dir = fresh(QStringLiteral("denied"));
    auto ws = openAs(dir, QStringLiteral("nour"));
    const QString target = pack(QStringLiteral("by-nour"));
    auto exported = ws->exportAuditPack(target);
    QVERIFY(!exported);
    QCOMPARE(exported.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!QFileInfo::exists(target));
    auto verified = ws->verifyAudit();
    QVERIFY(!verified);
    QCOMPARE(verified.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(ws->auditCheckpointNow().error().code, ErrorCode::PermissionDenied);
    MIZAN_VERIFY_OK(ws->logout());

    // Each denial is on record, with the permission that was missing.
    signIn(*ws, QStringLiteral("audra"));
    AuditFilter denials;
    denials.actor = QStringLiteral("nour");
    denials.action = QStringLiteral("permission.denied");
    auto found = ws->auditQuery(denials, 0, 3, true);
    MIZAN_VERIFY_OK(found);
    QCOMPARE(found->size(), size_t(3));
    QStringList permissions;
    for (const AuditEntry &e : *found) {
        QCOMPARE(e.outcome, QStringLiteral("denied"));
        QCOMPARE(e.role, QStringLiteral("analyst"));
        permissions << e.details.value(QLatin1String("permission")).toString();
    }
    QCOMPARE(permissions,
             (QStringList{"audit.verify", "audit.verify", "audit.export"})); // newest first
    // An auditor exports; the pack holds the denials.
    MIZAN_VERIFY_OK(ws->exportAuditPack(target));
    const AuditVerifyReport r = verifyPack(target);
    QVERIFY2(r.ok, qPrintable(r.verdict()));
    QVERIFY(readAll(target + QStringLiteral("/entries.jsonl"))
                .contains("\"details\":{\"action\":\"export an evidence pack\","
                          "\"permission\":\"audit.export\"}"));
}

QTEST_GUILESS_MAIN(TestEvidencePack)
#include "TestEvidencePack.moc"
