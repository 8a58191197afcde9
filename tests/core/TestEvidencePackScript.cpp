// The evidence pack's own verifier (verify.py, python3 and openssl only) and the shell commands
// its VERIFY.md documents, on real packs: good packs pass, tampered ones fail with the same
// verdict as EvidencePack::verify, naming the same first bad entry. Both print the classification
// marking of a pack that verifies; a changed marking is tampering; an unmarked (older) pack
// verifies.

#include "TestPaths.h"
#include "TestWorkspaceUtil.h"

#include "audit/Checkpoint.h"
#include "audit/EvidencePack.h"
#include "common/CanonicalJson.h"
#include "common/Crypto.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cctype>
#include <functional>

using namespace mizan;
using namespace mizan::test;

namespace {

struct Person
{
    const char *name;
    const char *password;
};

const Person kPeople[] = {{"amira", kAdminPassword},
                          {"audra", kAuditorPassword},
                          {"dana", kFourthPassword}};

struct Outcome
{
    int exitCode = -1;
    QString out; ///< standard output, trimmed
    QString err;
};

Outcome run(const QString &program,
            const QStringList &arguments,
            const QString &workingDir = {},
            const QByteArray &input = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, arguments);
    if (!p.waitForStarted(30000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    Outcome o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    o.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return o;
}

bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

QList<QByteArray> lines(const QString &path)
{
    QList<QByteArray> out = readAll(path).split('\n');
    if (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out;
}

void writeLines(const QString &path, const QList<QByteArray> &list)
{
    QByteArray bytes;
    for (const QByteArray &line : list)
        bytes += line + '\n';
    writeAll(path, bytes);
}

/** The entry on line `index` (0-based) of a pack's entries.jsonl. */
AuditEntry entryAt(const QString &pack, qsizetype index)
{
    auto e = AuditEntry::fromCanonical(lines(pack + QStringLiteral("/entries.jsonl")).value(index));
    return e ? *e : AuditEntry();
}

/** Changes the last digit of an entry's time: still canonical, no longer what was signed. */
QByteArray touchTime(QByteArray line)
{
    const qsizetype at = line.indexOf("\"time\":");
    qsizetype last = at + 7;
    while (last + 1 < line.size() && std::isdigit(uchar(line[last + 1])))
        ++last;
    line[last] = line[last] == '9' ? '8' : char(line[last] + 1);
    return line;
}

QStringList checkpointFiles(const QString &pack)
{
    return QDir(pack + QStringLiteral("/checkpoints"))
        .entryList({QStringLiteral("*.note")}, QDir::Files, QDir::Name);
}

QJsonObject readObject(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

/** Flips the first hex digit of a hash. */
QString flipped(const QString &hash)
{
    QString out = hash;
    out[0] = out[0] == u'0' ? u'1' : u'0';
    return out;
}

/** The lines of VERIFY.md's ```sh blocks, in order: the commands it tells an auditor to run. */
QByteArray documentedCommands(const QString &verifyMd)
{
    QByteArray script;
    bool inBlock = false;
    for (const QByteArray &line : readAll(verifyMd).split('\n')) {
        if (!inBlock && line == "```sh")
            inBlock = true;
        else if (inBlock && line == "```")
            inBlock = false;
        else if (inBlock)
            script += line + '\n';
    }
    return script;
}

} // namespace

class TestEvidencePackScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void packCarriesTheScriptAndTheGuide();
    void goodPacksPass_data();
    void goodPacksPass();
    void runsFromInsideThePack();
    void unmarkedPackVerifies();
    void documentedShellCommandsVerify();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void randomDamageGetsTheSameVerdict();
    void trustedCheckpointNewerThanThePackIsARollback();
    void trustedCheckpointOfAForkIsFound();
    void usageErrorsExitOne();

private:
    /** Runs verify.py and EvidencePack::verify on the same pack; checks they agree. */
    void verifyBoth(const QString &pack,
                    const QString &trustedFile,
                    Outcome &python,
                    EvidencePack::Verified &cpp);
    void activity(Workspace &ws, int rounds);
    QString freshCopy(const QString &pack, const QString &name);

    QTemporaryDir m_tmp;
    QString m_python;
    QString m_openssl;
    QString m_script;   ///< a copy of a good pack's verify.py, outside every pack
    QString m_complete; ///< a complete pack
    QString m_filtered; ///< the entries of dana
    QString m_fromOne;  ///< the entries of amira, from entry 1
    QString m_trustedOld;
    QString m_trustedNewer;
    QString m_trustedFork;
    QString m_afterFork; ///< a complete pack of the log the fork left
    qint64 m_entries = 0;
};

void TestEvidencePackScript::activity(Workspace &ws, int rounds)
{
    // Each round: logout (co-signed checkpoint), login, two queries (audit.view, or denials).
    for (int i = 0; i < rounds; ++i) {
        const Person &who = kPeople[i % 3];
        MIZAN_VERIFY_OK(ws.logout());
        MIZAN_VERIFY_OK(ws.login(QString::fromLatin1(who.name), pw(who.password)));
        AuditFilter filter;
        filter.actor = QString::fromLatin1(who.name);
        static_cast<void>(ws.auditQuery(filter, 0, 1));
        filter.actor.clear();
        static_cast<void>(ws.auditQuery(filter, 0, 1));
    }
}

QString TestEvidencePackScript::freshCopy(const QString &pack, const QString &name)
{
    const QString dir = m_tmp.filePath(name);
    QDir(dir).removeRecursively();
    if (!copyTree(pack, dir))
        qFatal("cannot copy %s", qPrintable(pack));
    return dir;
}

void TestEvidencePackScript::initTestCase()
{
    KdfParams::allowTestCost(true);
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_python.isEmpty() || m_openssl.isEmpty())
        QSKIP("python3 or openssl is not installed");
    QVERIFY(m_tmp.isValid());

    const QString wsDir = m_tmp.filePath(QStringLiteral("workspace"));
    auto created = createWorkspace(wsDir);
    std::unique_ptr<Workspace> ws = std::move(created.workspace);
    MIZAN_VERIFY_OK(ws->addUser(QStringLiteral("dana"), Role::DataScientist, pw(kFourthPassword)));
    activity(*ws, 22);
    MIZAN_VERIFY_OK(ws->logout());
    MIZAN_VERIFY_OK(ws->login(QStringLiteral("audra"), pw(kAuditorPassword)));
    auto old = ws->auditCheckpointNow();
    MIZAN_VERIFY_OK(old);
    m_trustedOld = m_tmp.filePath(QStringLiteral("trusted-old.note"));
    writeAll(m_trustedOld, old->note);
    activity(*ws, 8); // past the periodic checkpoint at 100
    MIZAN_VERIFY_OK(ws->logout());
    MIZAN_VERIFY_OK(ws->login(QStringLiteral("audra"), pw(kAuditorPassword)));

    m_complete = m_tmp.filePath(QStringLiteral("complete"));
    auto complete = ws->exportAuditPack(m_complete);
    MIZAN_VERIFY_OK(complete);
    QVERIFY(complete->complete);
    QVERIFY2(complete->entries > 110, QByteArray::number(complete->entries).constData());
    m_entries = complete->entries;
    AuditFilter dana;
    dana.actor = QStringLiteral("dana");
    m_filtered = m_tmp.filePath(QStringLiteral("filtered"));
    auto filtered = ws->exportAuditPack(m_filtered, dana);
    MIZAN_VERIFY_OK(filtered);
    QVERIFY(!filtered->complete);
    QVERIFY(filtered->entries > 10);
    AuditFilter amira;
    amira.actor = QStringLiteral("amira");
    m_fromOne = m_tmp.filePath(QStringLiteral("from-one"));
    MIZAN_VERIFY_OK(ws->exportAuditPack(m_fromOne, amira));
    QCOMPARE(entryAt(m_fromOne, 0).seq, 1);

    m_script = m_tmp.filePath(QStringLiteral("verify.py"));
    QVERIFY(QFile::copy(m_complete + QStringLiteral("/verify.py"), m_script));

    // A checkpoint newer than the packs.
    activity(*ws, 3);
    MIZAN_VERIFY_OK(ws->logout());
    MIZAN_VERIFY_OK(ws->login(QStringLiteral("audra"), pw(kAuditorPassword)));
    auto newer = ws->auditCheckpointNow();
    MIZAN_VERIFY_OK(newer);
    m_trustedNewer = m_tmp.filePath(QStringLiteral("trusted-newer.note"));
    writeAll(m_trustedNewer, newer->note);

    // A copy of the workspace (same keys) goes its own way: its checkpoint is a fork.
    MIZAN_VERIFY_OK(ws->logout());
    ws.reset();
    const QString forkDir = m_tmp.filePath(QStringLiteral("fork"));
    QVERIFY(QDir().mkpath(forkDir));
    for (const char *name : {Workspace::kDatabaseFile, Workspace::kSlotsFile})
        QVERIFY(
            QFile::copy(wsDir + u'/' + QLatin1String(name), forkDir + u'/' + QLatin1String(name)));
    {
        auto fork = Workspace::open(forkDir, testOptions());
        MIZAN_VERIFY_OK(fork);
        MIZAN_VERIFY_OK((*fork)->login(QStringLiteral("audra"), pw(kAuditorPassword)));
        AuditFilter other;
        other.text = QStringLiteral("fork");
        static_cast<void>((*fork)->auditQuery(other, 0, 5));
        auto forked = (*fork)->auditCheckpointNow();
        MIZAN_VERIFY_OK(forked);
        m_trustedFork = m_tmp.filePath(QStringLiteral("trusted-fork.note"));
        writeAll(m_trustedFork, forked->note);
    }
    auto reopened = Workspace::open(wsDir, testOptions());
    MIZAN_VERIFY_OK(reopened);
    ws = std::move(*reopened);
    MIZAN_VERIFY_OK(ws->login(QStringLiteral("dana"), pw(kFourthPassword)));
    activity(*ws, 4);
    MIZAN_VERIFY_OK(ws->logout());
    MIZAN_VERIFY_OK(ws->login(QStringLiteral("audra"), pw(kAuditorPassword)));
    m_afterFork = m_tmp.filePath(QStringLiteral("after-fork"));
    MIZAN_VERIFY_OK(ws->exportAuditPack(m_afterFork));
}

void TestEvidencePackScript::cleanupTestCase()
{
    KdfParams::allowTestCost(false);
}

void TestEvidencePackScript::verifyBoth(const QString &pack,
                                        const QString &trustedFile,
                                        Outcome &python,
                                        EvidencePack::Verified &cpp)
{
    QStringList arguments{m_script, pack};
    std::optional<Checkpoint> trusted;
    if (!trustedFile.isEmpty()) {
        arguments << QStringLiteral("--trusted") << trustedFile;
        auto parsed = Checkpoint::parse(readAll(trustedFile));
        MIZAN_VERIFY_OK(parsed);
        trusted = *parsed;
    }
    python = run(m_python, arguments);
    QVERIFY2(!python.err.contains(QLatin1String("Traceback")), qPrintable(python.err));
    auto report = EvidencePack::verify(pack, trusted);
    MIZAN_VERIFY_OK(report);
    cpp = *report;
    QCOMPARE(python.exitCode, cpp.ok ? 0 : 5);
    QStringList expected{cpp.verdict()};
    if (!cpp.marking.isEmpty())
        expected << QStringLiteral("Marking: ") + cpp.marking.text();
    for (const QString &w : cpp.warnings)
        expected << QStringLiteral("warning: ") + w;
    // The same verdict, word for word; only a JSON parser's own message may differ.
    const QString jsonError = QStringLiteral("not a JSON object (");
    if (python.out.contains(jsonError) && expected.constFirst().contains(jsonError))
        QCOMPARE(python.out.left(python.out.indexOf(jsonError)),
                 expected.constFirst().left(expected.constFirst().indexOf(jsonError)));
    else
        QCOMPARE(python.out, expected.join(u'\n'));
}

void TestEvidencePackScript::packCarriesTheScriptAndTheGuide()
{
    // The pack's copies are the sources (compiled in as resources), not the placeholders.
    // VERIFY.md, marked: the pack's marking is its first and its last line.
    const QString source = QStringLiteral(MIZAN_TEST_DATA "/../../core/audit/pack/");
    auto report = EvidencePack::verify(m_complete);
    MIZAN_VERIFY_OK(report);
    QVERIFY(!report->marking.isEmpty());
    const QByteArray marking = report->marking.text().toUtf8();
    for (const char *name : {"verify.py", "VERIFY.md"}) {
        const QByteArray inPack = readAll(m_complete + u'/' + QLatin1String(name));
        QVERIFY(inPack.size() > 5000);
        const QByteArray original = readAll(source + QLatin1String(name));
        QCOMPARE(inPack,
                 qstrcmp(name, "VERIFY.md") == 0
                     ? QByteArray(marking + "\n\n" + original + '\n' + marking + '\n')
                     : original);
    }
}

void TestEvidencePackScript::goodPacksPass_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("trusted");
    QTest::addColumn<QString>("expected");
    QTest::newRow("complete") << "complete" << "" << "All good: %1 entries verified";
    QTest::newRow("filtered") << "filtered" << "" << "All good: ";
    QTest::newRow("filtered, from entry 1") << "from-one" << "" << "All good: ";
    QTest::newRow("complete, trusted") << "complete" << "old"
                                       << "The log extends the trusted checkpoint of";
    QTest::newRow("filtered, trusted") << "filtered" << "old"
                                       << "The log extends the trusted checkpoint of";
}

void TestEvidencePackScript::goodPacksPass()
{
    QFETCH(QString, which);
    QFETCH(QString, trusted);
    QFETCH(QString, expected);
    Outcome python;
    EvidencePack::Verified cpp;
    verifyBoth(m_tmp.filePath(which), trusted.isEmpty() ? QString() : m_trustedOld, python, cpp);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(cpp.ok, qPrintable(cpp.verdict()));
    QCOMPARE(python.exitCode, 0);
    if (expected.contains(QLatin1String("%1")))
        expected = expected.arg(m_entries);
    QVERIFY2(python.out.contains(expected), qPrintable(python.out));
    // The marking the signed manifest carries, for the auditor to see (and handle the pack by).
    const QStringList printed = python.out.split(u'\n');
    QVERIFY2(printed.value(1).startsWith(
                 QStringLiteral("Marking: RESTRICTED \u00b7 exported by audra \u00b7 ")),
             qPrintable(python.out));
    QCOMPARE(cpp.marking.classification, QStringLiteral("RESTRICTED"));
    QCOMPARE(cpp.marking.user, QStringLiteral("audra"));
}

void TestEvidencePackScript::runsFromInsideThePack()
{
    // "python3 verify.py" in the pack's folder verifies that folder, with the pack's own copy.
    const Outcome o = run(m_python, {QStringLiteral("verify.py")}, m_complete);
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.startsWith(QLatin1String("All good: ")), qPrintable(o.out + o.err));
    const Outcome json = run(m_python,
                             {QStringLiteral("verify.py"), QStringLiteral("--json")},
                             m_filtered);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject verdict = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(verdict.value(QStringLiteral("ok")).toBool(), true);
    auto report = EvidencePack::verify(m_filtered);
    MIZAN_VERIFY_OK(report);
    QCOMPARE(verdict, report->toJson());
    QCOMPARE(verdict.value(QStringLiteral("marking")).toObject(),
             readObject(m_filtered + QStringLiteral("/manifest.json"))
                 .value(QStringLiteral("marking"))
                 .toObject());
    QVERIFY(!verdict.value(QStringLiteral("marking")).toObject().isEmpty());
}

void TestEvidencePackScript::unmarkedPackVerifies()
{
    // A pack exported before packs were marked (the fuzzer's seed): it verifies, and no marking
    // is printed.
    const QString pack = freshCopy(QStringLiteral(MIZAN_TEST_DATA "/../fuzz/seed-packs/complete"),
                                   QStringLiteral("unmarked"));
    QVERIFY(
        !readObject(pack + QStringLiteral("/manifest.json")).contains(QStringLiteral("marking")));
    Outcome python;
    EvidencePack::Verified cpp;
    verifyBoth(pack, {}, python, cpp);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(cpp.ok, qPrintable(cpp.verdict()));
    QCOMPARE(python.exitCode, 0);
    QVERIFY(cpp.marking.isEmpty());
    QVERIFY2(!python.out.contains(QLatin1String("Marking")), qPrintable(python.out));
    const Outcome json = run(m_python, {m_script, pack, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(
        !QJsonDocument::fromJson(json.out.toUtf8()).object().contains(QStringLiteral("marking")));
}

void TestEvidencePackScript::documentedShellCommandsVerify()
{
    const QByteArray script = documentedCommands(m_complete + QStringLiteral("/VERIFY.md"));
    QVERIFY(script.contains("openssl pkeyutl -verify -pubin -inkey \"$KEY\" -rawin -in"));
    QVERIFY(script.contains("sed -n '/^$/q;p' \"$NOTE\""));
    QVERIFY(script.contains("base64 -d | tail -c 64"));

    // Run in a copy of the pack, as an auditor would: manifest.note (workspace key and the
    // exporter's co-signature) and the head checkpoint verify, every hash matches.
    const QString pack = freshCopy(m_complete, QStringLiteral("by-hand"));
    const Outcome o = run(QStringLiteral("sh"), {QStringLiteral("-e")}, pack, script);
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + u'\n' + o.err));
    QCOMPARE(o.out.count(QLatin1String("Signature Verified Successfully")), 3);
    QVERIFY(!o.out.contains(QLatin1String("FAILED")));
    QVERIFY2(o.out.contains(QLatin1String("no file missing or added")), qPrintable(o.out));
    const QStringList out = o.out.split(u'\n');
    // manifest.json's SHA-256 is the one manifest.note signs.
    const QString manifestHash = QString::fromLatin1(fileHash(pack + "/manifest.json"));
    QVERIFY(out.contains(manifestHash + QStringLiteral("  manifest.json")));
    QVERIFY(out.contains(manifestHash));
    // The head checkpoint's root, in hex, is the manifest's head root.
    const QString root = readObject(pack + "/manifest.json")
                             .value(QStringLiteral("head"))
                             .toObject()
                             .value(QStringLiteral("root"))
                             .toString();
    QVERIFY(out.contains(root));
    QVERIFY(out.contains(QStringLiteral("\"root\":\"%1\"").arg(root)));
    // The workspace key in base64 (as workspace info shows it).
    const QJsonObject keys = readObject(pack + "/keys/keys.json");
    const QByteArray rawKey = crypto::publicKeyFromPem(readAll(pack + "/keys/workspace.pem"));
    QVERIFY(out.contains(QString::fromLatin1(rawKey.toBase64())));
    QVERIFY(out.contains(keys.value(QStringLiteral("workspace"))
                             .toObject()
                             .value(QStringLiteral("key_id"))
                             .toString()));
    // Line 5's leaf hash is line 6's prev_hash.
    const AuditEntry sixth = entryAt(pack, 5);
    const QString leaf = QString::fromLatin1(sixth.prevHash.toHex());
    QVERIFY(out.contains(QStringLiteral("leaf hash of line 5: ") + leaf));
    QVERIFY(out.contains(QStringLiteral("\"prev_hash\":\"%1\"").arg(leaf)));
    // Nothing was left in the pack: it still verifies.
    QCOMPARE(run(m_python, {m_script, pack}).exitCode, 0);

    // The same commands on a pack whose head checkpoint was changed: openssl says no.
    const QString head = readObject(pack + "/manifest.json")
                             .value(QStringLiteral("head"))
                             .toObject()
                             .value(QStringLiteral("checkpoint"))
                             .toString();
    QByteArray note = readAll(pack + u'/' + head);
    note.replace("reason export", "reason exposé");
    writeAll(pack + u'/' + head, note);
    const Outcome bad = run(QStringLiteral("sh"), {QStringLiteral("-e")}, pack, script);
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(QString(bad.out + bad.err).contains(QLatin1String("Signature Verification Failure")),
             qPrintable(bad.out + u'\n' + bad.err));
    QCOMPARE(bad.out.count(QLatin1String("Signature Verified Successfully")), 2);
}

/** Changes a copy of a pack; returns the entry the verdict must name (0: none, -1: any). */
using Tamper = std::function<qint64(const QString &pack)>;
Q_DECLARE_METATYPE(Tamper)

namespace {

QString entriesFile(const QString &pack)
{
    return pack + QStringLiteral("/entries.jsonl");
}

/** Edits the lines of entries.jsonl; the verdict must name `firstBad`. */
Tamper editLines(const std::function<void(QList<QByteArray> &)> &edit, qint64 firstBad)
{
    return [=](const QString &p) {
        auto l = lines(entriesFile(p));
        edit(l);
        writeLines(entriesFile(p), l);
        return firstBad;
    };
}

/** The first logout checkpoint (the size is the logout entry's seq). */
QString firstLogoutCheckpoint(const QString &pack, qint64 &size)
{
    for (const QString &name : checkpointFiles(pack)) {
        const QString path = pack + QStringLiteral("/checkpoints/") + name;
        auto c = Checkpoint::parse(readAll(path));
        if (c && c->extension(QStringLiteral("reason")) == QLatin1String("logout")) {
            size = c->size;
            return path;
        }
    }
    return {};
}

/** Flips the first hash of the first proof of a kind ("consistency", "inclusion"). */
QJsonObject changeFirstProof(const QString &pack, const QString &kind)
{
    QJsonObject proofs = readObject(pack + QStringLiteral("/proofs.json"));
    QJsonArray list = proofs.value(kind).toArray();
    QJsonObject first = list.at(0).toObject();
    QJsonArray path = first.value(QStringLiteral("path")).toArray();
    path[0] = flipped(path.at(0).toString());
    first.insert(QStringLiteral("path"), path);
    list[0] = first;
    proofs.insert(kind, list);
    writeAll(pack + QStringLiteral("/proofs.json"), canonicalJson(proofs));
    return first;
}

} // namespace

void TestEvidencePackScript::tamperingIsFound_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<QString>("problem"); ///< %1: the entry the tamper returns

    // Complete pack.
    QTest::newRow("entry changed") << "complete" << Tamper([](const QString &p) {
        // A login entry: no checkpoint ends there, so the next entry's link names it.
        auto l = lines(entriesFile(p));
        qsizetype i = 49;
        while (entryAt(p, i).action != QLatin1String("login") || entryAt(p, i).seq % 100 == 0)
            ++i;
        l[i] = touchTime(l[i]);
        writeLines(entriesFile(p), l);
        return qint64(i + 1);
    }) << "entry %1 no longer matches the hash entry";
    QTest::newRow("link changed") << "complete" << Tamper([](const QString &p) {
        // Entry 40's prev_hash: entry 41 still chains to entry 40 as it was, so 40 is named.
        auto l = lines(entriesFile(p));
        const qsizetype at = l[39].indexOf("\"prev_hash\":\"") + 13;
        l[39][at] = l[39][at] == '0' ? '1' : '0';
        writeLines(entriesFile(p), l);
        return qint64(40);
    }) << "entry 40 does not chain to the entry before it";
    QTest::newRow("entry deleted") << "complete" << editLines([](auto &l) { l.removeAt(59); }, 60)
                                   << "entry 60 is missing (the log jumps from entry 59 to 61)";
    QTest::newRow("entries swapped")
        << "complete" << editLines([](auto &l) { l.swapItemsAt(9, 10); }, 10)
        << "entry 10 is missing";
    QTest::newRow("last entry removed") << "complete" << Tamper([](const QString &p) {
        auto l = lines(entriesFile(p));
        l.removeLast();
        writeLines(entriesFile(p), l);
        return qint64(l.size() + 1);
    }) << "but a signed checkpoint vouches for %1 entries";
    QTest::newRow("entry not canonical")
        << "complete"
        << editLines([](auto &l) { l[69].replace("\"outcome\":", "\"outcome\": "); }, 70)
        << "entries.jsonl line 70: the line is not in canonical form";
    QTest::newRow("entry cut off") << "complete" << Tamper([](const QString &p) {
        QByteArray bytes = readAll(entriesFile(p));
        bytes.chop(1);
        writeAll(entriesFile(p), bytes);
        return qint64(lines(entriesFile(p)).size());
    }) << "entries.jsonl line %1 is cut off or too long";
    QTest::newRow("entry is not JSON")
        << "complete" << editLines([](auto &l) { l[19] = "\xff\xfe{\"seq\":"; }, 20)
        << "entries.jsonl line 20: not a JSON object";
    QTest::newRow("entry is a JSON array")
        << "complete" << editLines([](auto &l) { l[29] = "[]"; }, 30)
        << "entries.jsonl line 30: not a JSON object (";
    QTest::newRow("checkpoint changed") << "complete" << Tamper([](const QString &p) {
        const QString name = checkpointFiles(p).filter(QStringLiteral("0000000100-")).value(0);
        const QString path = p + QStringLiteral("/checkpoints/") + name;
        writeAll(path, readAll(path).replace("reason periodic", "reason periodiq"));
        return qint64(0);
    }) << "the workspace signature of checkpoint 100 does not verify";
    QTest::newRow("periodic checkpoint removed") << "complete" << Tamper([](const QString &p) {
        for (const QString &name : checkpointFiles(p).filter(QStringLiteral("0000000100-")))
            QFile::remove(p + QStringLiteral("/checkpoints/") + name);
        return qint64(100);
    }) << "the checkpoint that must follow entry 100 is missing";
    QTest::newRow("logout co-signature removed") << "complete" << Tamper([](const QString &p) {
        qint64 size = 0;
        const QString path = firstLogoutCheckpoint(p, size);
        auto c = Checkpoint::parse(readAll(path));
        c->signatures.removeLast();
        writeAll(path, c->toNote());
        return size;
    }) << "co-signs at logout (entry %1) is missing or not co-signed";
    QTest::newRow("logout checkpoint removed") << "complete" << Tamper([](const QString &p) {
        qint64 size = 0;
        QFile::remove(firstLogoutCheckpoint(p, size));
        return size;
    }) << "co-signs at logout (entry %1) is missing or not co-signed";
    QTest::newRow("checkpoint not a note") << "complete" << Tamper([](const QString &p) {
        writeAll(p + QStringLiteral("/checkpoints/") + checkpointFiles(p).value(2),
                 "\xc3\x28 not a note\n\n");
        return qint64(0);
    }) << "The checkpoint is not a valid signed note: line 1: it is not valid UTF-8.";
    QTest::newRow("head checkpoint removed") << "complete" << Tamper([](const QString &p) {
        QFile::remove(p + QStringLiteral("/checkpoints/") + checkpointFiles(p).constLast());
        return qint64(0);
    }) << "the head in manifest.json is not the newest checkpoint";
    QTest::newRow("workspace key replaced") << "complete" << Tamper([](const QString &p) {
        // RFC 8032's first test key: a valid Ed25519 key that signed nothing here.
        writeAll(p + QStringLiteral("/keys/workspace.pem"),
                 crypto::publicKeyPem(QByteArray::fromHex(
                     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")));
        return qint64(0);
    }) << "the workspace signature of checkpoint";
    QTest::newRow("workspace key not a key") << "complete" << Tamper([](const QString &p) {
        writeAll(p + QStringLiteral("/keys/workspace.pem"), "-----BEGIN PUBLIC KEY-----\nAAAA\n");
        return qint64(0);
    }) << "keys/workspace.pem is missing or not an Ed25519 public key";
    QTest::newRow("consistency proof changed") << "complete" << Tamper([](const QString &p) {
        const QJsonObject proof = changeFirstProof(p, QStringLiteral("consistency"));
        return proof.value(QStringLiteral("from")).toInteger() + 1;
    }) << "(the consistency proof fails: the log was rewritten between them)";
    QTest::newRow("manifest changed") << "complete" << Tamper([](const QString &p) {
        QJsonObject manifest = readObject(p + QStringLiteral("/manifest.json"));
        manifest.insert(QStringLiteral("exported_by"), QStringLiteral("amira"));
        writeAll(p + QStringLiteral("/manifest.json"), canonicalJson(manifest));
        return qint64(0);
    }) << "manifest.json was changed: its hash is not the one manifest.note signs";
    const auto editMarking = [](const char *key, const QJsonValue &value) {
        return Tamper([=](const QString &p) {
            QJsonObject manifest = readObject(p + QStringLiteral("/manifest.json"));
            QJsonObject marking = manifest.value(QStringLiteral("marking")).toObject();
            marking.insert(QLatin1String(key), value);
            manifest.insert(QStringLiteral("marking"), marking);
            writeAll(p + QStringLiteral("/manifest.json"), canonicalJson(manifest));
            return qint64(0);
        });
    };
    QTest::newRow("marking: classification changed")
        << "complete" << editMarking("classification", QStringLiteral("UNCLASSIFIED"))
        << "manifest.json was changed: its hash is not the one manifest.note signs";
    QTest::newRow("filtered: marking: classification changed")
        << "filtered" << editMarking("classification", QStringLiteral("PUBLIC"))
        << "manifest.json was changed: its hash is not the one manifest.note signs";
    QTest::newRow("marking: exporter changed")
        << "complete" << editMarking("exported_by", QStringLiteral("amira"))
        << "manifest.json was changed: its hash is not the one manifest.note signs";
    QTest::newRow("marking: time not in UTC")
        << "complete" << editMarking("exported_at", QStringLiteral("2026-11-27T18:05:09.000+04:00"))
        << "manifest.json holds a malformed marking";
    QTest::newRow("marking: hour 24")
        << "complete" << editMarking("exported_at", QStringLiteral("2026-11-27T24:00:00.000Z"))
        << "manifest.json holds a malformed marking";
    QTest::newRow("marking: 30 February")
        << "complete" << editMarking("exported_at", QStringLiteral("2026-02-30T10:00:00.000Z"))
        << "manifest.json holds a malformed marking";
    QTest::newRow("marking: Arabic-Indic digits")
        << "complete"
        << editMarking("exported_at", QStringLiteral("\u0662\u0660\u0662\u0666-11-27T10:00:00.000Z"))
        << "manifest.json holds a malformed marking";
    QTest::newRow("marking: a number") << "complete" << editMarking("classification", 3)
                                       << "manifest.json holds a malformed marking";
    QTest::newRow("marking: empty classification")
        << "complete" << editMarking("classification", QString())
        << "manifest.json holds a malformed marking";
    QTest::newRow("marking: a key too many")
        << "complete" << editMarking("caveat", QStringLiteral("EYES ONLY"))
        << "manifest.json holds a malformed marking";
    QTest::newRow("marking: not an object") << "complete" << Tamper([](const QString &p) {
        QJsonObject manifest = readObject(p + QStringLiteral("/manifest.json"));
        manifest.insert(QStringLiteral("marking"), QStringLiteral("RESTRICTED"));
        writeAll(p + QStringLiteral("/manifest.json"), canonicalJson(manifest));
        return qint64(0);
    }) << "manifest.json holds a malformed marking";
    QTest::newRow("manifest head changed") << "complete" << Tamper([](const QString &p) {
        QJsonObject manifest = readObject(p + QStringLiteral("/manifest.json"));
        QJsonObject head = manifest.value(QStringLiteral("head")).toObject();
        head.insert(QStringLiteral("size"), head.value(QStringLiteral("size")).toInteger() - 1);
        manifest.insert(QStringLiteral("head"), head);
        writeAll(p + QStringLiteral("/manifest.json"), canonicalJson(manifest));
        return qint64(0);
    }) << "the head in manifest.json is not the newest checkpoint";
    QTest::newRow("manifest is not JSON") << "complete" << Tamper([](const QString &p) {
        writeAll(p + QStringLiteral("/manifest.json"), "{\"format\":");
        return qint64(0);
    }) << "manifest.json is missing or not a mizan.evidence-pack/1 manifest";
    QTest::newRow("manifest.note signature changed") << "complete" << Tamper([](const QString &p) {
        QByteArray note = readAll(p + QStringLiteral("/manifest.note"));
        const qsizetype line = note.indexOf("\n\n") + 2;
        const qsizetype base64 = note.indexOf(' ', note.indexOf(' ', line) + 1) + 1;
        note[base64 + 10] = note[base64 + 10] == 'A' ? 'B' : 'A';
        writeAll(p + QStringLiteral("/manifest.note"), note);
        return qint64(0);
    }) << "the workspace signature of manifest.note does not verify";
    QTest::newRow("file added") << "complete" << Tamper([](const QString &p) {
        writeAll(p + QStringLiteral("/keys/extra.pem"), "hello\n");
        return qint64(0);
    }) << "keys/extra.pem is not part of the pack (manifest.json does not list it)";
    QTest::newRow("VERIFY.md changed") << "complete" << Tamper([](const QString &p) {
        const QString path = p + QStringLiteral("/VERIFY.md");
        writeAll(path, readAll(path) + "Trust me.\n");
        return qint64(0);
    }) << "VERIFY.md was changed (its SHA-256 differs from manifest.json)";
    QTest::newRow("verify.py removed") << "complete" << Tamper([](const QString &p) {
        QFile::remove(p + QStringLiteral("/verify.py"));
        return qint64(0);
    }) << "verify.py is missing";
    QTest::newRow("keys.json garbled") << "complete" << Tamper([](const QString &p) {
        const QJsonObject manifest = readObject(p + QStringLiteral("/manifest.json"));
        const QJsonObject keys{{QStringLiteral("origin"), manifest.value(QStringLiteral("origin"))},
                               {QStringLiteral("users"),
                                QJsonArray{QJsonObject{{QStringLiteral("user"), 7},
                                                       {QStringLiteral("file"), QJsonArray()}}}}};
        writeAll(p + QStringLiteral("/keys/keys.json"), canonicalJson(keys));
        return qint64(0);
    }) << "keys/keys.json lists a key without a user or file";
    QTest::newRow("proofs.json garbled") << "complete" << Tamper([](const QString &p) {
        writeAll(p + QStringLiteral("/proofs.json"),
                 "{\"consistency\":[{\"from\":\"x\",\"path\":\"zz\"}]}");
        return qint64(0);
    }) << "proofs.json holds a malformed consistency proof";
    QTest::newRow("entries.jsonl a folder") << "complete" << Tamper([](const QString &p) {
        QFile::remove(entriesFile(p));
        QDir().mkpath(entriesFile(p));
        return qint64(0);
    }) << "entries.jsonl is missing";

    // Filtered pack (dana's entries).
    QTest::newRow("filtered: entry changed") << "filtered" << Tamper([](const QString &p) {
        const qint64 seq = entryAt(p, 3).seq;
        editLines([](auto &l) { l[3] = touchTime(l[3]); }, 0)(p);
        return seq;
    }) << "entry %1 is not in the signed log (its inclusion proof in the checkpoint of";
    QTest::newRow("filtered: entry deleted")
        << "filtered" << editLines([](auto &l) { l.removeAt(2); }, 0)
        << "entries, manifest.json says";
    QTest::newRow("filtered: entries swapped") << "filtered" << Tamper([](const QString &p) {
        const qint64 seq = entryAt(p, 4).seq;
        editLines([](auto &l) { l.swapItemsAt(4, 5); }, 0)(p);
        return seq;
    }) << "entries.jsonl line 6: entry %1 is out of order";
    QTest::newRow("filtered: inclusion proof changed") << "filtered" << Tamper([](const QString &p) {
        return changeFirstProof(p, QStringLiteral("inclusion"))
            .value(QStringLiteral("seq"))
            .toInteger();
    }) << "entry %1 is not in the signed log";
    QTest::newRow("filtered: link changed") << "filtered" << Tamper([](const QString &p) {
        // The second of two entries that follow each other: its link to the first.
        auto l = lines(entriesFile(p));
        qsizetype i = 1;
        while (entryAt(p, i).seq != entryAt(p, i - 1).seq + 1)
            ++i;
        const qsizetype at = l[i].indexOf("\"prev_hash\":\"") + 13;
        l[i][at] = l[i][at] == '0' ? '1' : '0';
        writeLines(entriesFile(p), l);
        return entryAt(p, i).seq;
    }) << "entry %1 does not chain to the entry before it";
    QTest::newRow("from entry 1: first link changed")
        << "from-one"
        << editLines([](auto &l) { l[0].replace("\"prev_hash\":\"00", "\"prev_hash\":\"01"); }, 1)
        << "entry 1 does not chain to the entry before it";
}

void TestEvidencePackScript::tamperingIsFound()
{
    QFETCH(QString, which);
    QFETCH(Tamper, tamper);
    QFETCH(QString, problem);
    const QString pack = freshCopy(m_tmp.filePath(which), QStringLiteral("tampered"));
    const qint64 firstBad = tamper(pack);
    if (problem.contains(QLatin1String("%1")))
        problem = problem.arg(firstBad);

    Outcome python;
    EvidencePack::Verified cpp;
    verifyBoth(pack, {}, python, cpp);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!cpp.ok, qPrintable(cpp.verdict()));
    QCOMPARE(python.exitCode, 5);
    QVERIFY2(python.out.contains(problem), qPrintable(python.out));
    QCOMPARE(cpp.firstBadSeq, firstBad);
    if (firstBad > 0)
        QVERIFY2(python.out.startsWith(
                     QStringLiteral("Tampering found: the first bad entry is %1: ").arg(firstBad)),
                 qPrintable(python.out));
    else
        QVERIFY2(!python.out.contains(QLatin1String("first bad entry")), qPrintable(python.out));
}

void TestEvidencePackScript::randomDamageGetsTheSameVerdict()
{
    // Seeded damage anywhere in a pack: python and C++ reach the same verdict, word for word.
    // MIZAN_PACK_DAMAGE_ROUNDS=N runs more rounds, MIZAN_PACK_DAMAGE_SEED=S other ones.
    const int rounds = qEnvironmentVariableIsSet("MIZAN_PACK_DAMAGE_ROUNDS")
                           ? qEnvironmentVariableIntValue("MIZAN_PACK_DAMAGE_ROUNDS")
                           : 12;
    QRandomGenerator random(qEnvironmentVariableIsSet("MIZAN_PACK_DAMAGE_SEED")
                                ? quint32(qEnvironmentVariableIntValue("MIZAN_PACK_DAMAGE_SEED"))
                                : 20261126u);
    for (int round = 0; round < rounds; ++round) {
        const QString source = m_tmp.filePath(random.bounded(2) ? QStringLiteral("complete")
                                                                : QStringLiteral("filtered"));
        const QString pack = freshCopy(source, QStringLiteral("damaged"));
        QStringList files;
        for (QDirIterator it(pack, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString path = it.next();
            if (!path.endsWith(QLatin1String(".md")) && !path.endsWith(QLatin1String(".py")))
                files << path;
        }
        files.sort();
        const QString file = files.at(random.bounded(int(files.size())));
        QByteArray bytes = readAll(file);
        QList<QByteArray> list = bytes.split('\n');
        const int kind = random.bounded(5);
        const qsizetype at = random.bounded(qMax(qsizetype(1), bytes.size()));
        const qsizetype line = random.bounded(qMax(qsizetype(1), list.size() - 1));
        QString what;
        switch (kind) {
        case 0:
            bytes[at] = char(bytes[at] ^ (1 << random.bounded(8)));
            what = QStringLiteral("bit flipped at byte %1").arg(at);
            break;
        case 1:
            list.removeAt(line);
            bytes = list.join('\n');
            what = QStringLiteral("line %1 removed").arg(line + 1);
            break;
        case 2:
            list.insert(line, list.at(line));
            bytes = list.join('\n');
            what = QStringLiteral("line %1 repeated").arg(line + 1);
            break;
        case 3:
            bytes.truncate(at);
            what = QStringLiteral("cut at byte %1").arg(at);
            break;
        default:
            bytes.insert(at, char(random.bounded(256)));
            what = QStringLiteral("byte inserted at %1").arg(at);
        }
        writeAll(file, bytes);
        Outcome python;
        EvidencePack::Verified cpp;
        verifyBoth(pack, {}, python, cpp);
        if (QTest::currentTestFailed()) {
            qWarning("round %d: %s: %s",
                     round,
                     qPrintable(QDir(pack).relativeFilePath(file)),
                     qPrintable(what));
            return;
        }
        // Every file but manifest.note is hashed in the manifest: any change to one is found.
        // manifest.note may lose or repeat a co-signature line and still verify.
        const QString relative = QDir(pack).relativeFilePath(file);
        if (relative != QLatin1String("manifest.note") && bytes != readAll(source + u'/' + relative))
            QVERIFY2(python.exitCode == 5, qPrintable(relative + QStringLiteral(": ") + what));
    }
}

void TestEvidencePackScript::trustedCheckpointNewerThanThePackIsARollback()
{
    for (const QString &pack : {m_complete, m_filtered}) {
        Outcome python;
        EvidencePack::Verified cpp;
        verifyBoth(pack, m_trustedNewer, python, cpp);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(python.exitCode, 5);
        const qint64 head = readObject(pack + "/manifest.json")
                                .value(QStringLiteral("head"))
                                .toObject()
                                .value(QStringLiteral("size"))
                                .toInteger();
        QCOMPARE(cpp.firstBadSeq, head + 1);
        QVERIFY2(python.out.contains(QStringLiteral("the pack ends at %1 entries but the trusted "
                                                    "checkpoint vouches for")
                                         .arg(head)),
                 qPrintable(python.out));
    }
}

void TestEvidencePackScript::trustedCheckpointOfAForkIsFound()
{
    Outcome python;
    EvidencePack::Verified cpp;
    verifyBoth(m_afterFork, m_trustedFork, python, cpp);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(python.exitCode, 5);
    QVERIFY2(python.out.contains(
                 QLatin1String("or this is another copy of the workspace (a fork)")),
             qPrintable(python.out));
    // The same pack extends the checkpoint the auditor kept before the copy was made.
    verifyBoth(m_afterFork, m_trustedOld, python, cpp);
    QCOMPARE(python.exitCode, 0);
}

void TestEvidencePackScript::usageErrorsExitOne()
{
    const QString missing = m_tmp.filePath(QStringLiteral("no-such-pack"));
    Outcome o = run(m_python, {m_script, missing});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("is not a folder")), qPrintable(o.err));
    o = run(m_python,
            {m_script, m_complete, QStringLiteral("--openssl"), m_tmp.filePath("no-openssl")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("openssl")), qPrintable(o.err));
    o = run(m_python, {m_script, m_complete, QStringLiteral("--trusted"), missing});
    QCOMPARE(o.exitCode, 1);
    const QString notANote = m_tmp.filePath(QStringLiteral("not-a-note"));
    writeAll(notANote, "hello\n");
    o = run(m_python, {m_script, m_complete, QStringLiteral("--trusted"), notANote});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("not a valid signed note")), qPrintable(o.err));
    o = run(m_python, {m_script, m_complete, QStringLiteral("--no-such-option")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY(!o.err.contains(QLatin1String("Traceback")));
}

QTEST_GUILESS_MAIN(TestEvidencePackScript)
#include "TestEvidencePackScript.moc"
