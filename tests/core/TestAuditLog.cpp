#include "audit/AuditLog.h"

#include "store/Database.h"
#include "workspace/WorkspacePrivate.h"

#include "TestPaths.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace mizan;

namespace {

constexpr qint64 kStart = 1'767'225'600'000; // 2026-01-01T00:00:00Z

/** A fresh encrypted database with the workspace schema, in its own temporary folder. */
struct Fixture
{
    QTemporaryDir dir;
    SecureBytes key = SecureBytes::random(32);
    std::optional<Database> db;

    Result<> open()
    {
        if (!dir.isValid())
            return fail(ErrorCode::Io, QStringLiteral("no temporary folder"));
        MIZAN_TRY(opened,
                  Database::open(dir.filePath(QStringLiteral("workspace.db")),
                                 key,
                                 Database::Mode::Create));
        db.emplace(std::move(opened));
        return db->migrate(workspaceMigrations(), key);
    }
};

AuditEntry entry(qint64 offsetMs,
                 const QString &actor,
                 const QString &action,
                 const QString &target,
                 const QJsonObject &details = {})
{
    AuditEntry e;
    e.timeMs = kStart + offsetMs;
    e.actor = actor;
    e.role = QStringLiteral("admin");
    e.action = action;
    e.target = target;
    e.outcome = QStringLiteral("ok");
    e.details = details;
    return e;
}

/** What an attacker holding the database key does first: drop the append-only triggers. */
Result<> dropGuards(Database &db)
{
    return db.exec("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;");
}

/** Three entries, the middle one with details. */
Result<std::vector<AuditEntry>> appendThree(Database &db)
{
    std::vector<AuditEntry> out;
    MIZAN_TRY(a,
              AuditLog::append(db,
                               entry(0,
                                     QStringLiteral("admin1"),
                                     QStringLiteral("workspace.init"),
                                     QStringLiteral("ws"))));
    out.push_back(a);
    MIZAN_TRY(b,
              AuditLog::append(db,
                               entry(1500,
                                     QStringLiteral("admin1"),
                                     QStringLiteral("user.add"),
                                     QStringLiteral("omar"),
                                     QJsonObject{{QStringLiteral("role"), QStringLiteral("analyst")},
                                                 {QStringLiteral("view_pii"), false}})));
    out.push_back(b);
    MIZAN_TRY(c,
              AuditLog::append(db,
                               entry(3000,
                                     QStringLiteral("omar"),
                                     QStringLiteral("login"),
                                     QStringLiteral("omar"))));
    out.push_back(c);
    return out;
}

QByteArray independentLeafHash(const QByteArray &canonical)
{
    return QCryptographicHash::hash(QByteArray(QByteArray(1, '\0') + canonical),
                                    QCryptographicHash::Sha256);
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyLogVerifies();
    void appendChainsAndVerifies();
    void entriesReadBack();
    void canonicalBytesAreCanonical();
    void canonicalBytesCoverEveryField();
    void numbersSurviveTheRoundTrip();
    void tamperedRowFails_data();
    void tamperedRowFails();
    void deletedRowFails_data();
    void deletedRowFails();
    void entriesCannotBeEditedOrDeleted();
    void rolledBackAppendLeavesNoEntry();
};

void TestAuditLog::emptyLogVerifies()
{
    Fixture f;
    MIZAN_VERIFY_OK(f.open());
    MIZAN_VERIFY_OK(AuditLog::verifyChain(*f.db));
    const auto count = AuditLog::count(*f.db);
    MIZAN_VERIFY_OK(count);
    QCOMPARE(*count, qint64(0));
}

void TestAuditLog::appendChainsAndVerifies()
{
    Fixture f;
    MIZAN_VERIFY_OK(f.open());
    const auto appended = appendThree(*f.db);
    MIZAN_VERIFY_OK(appended);
    const std::vector<AuditEntry> &e = *appended;
    QCOMPARE(e.size(), size_t(3));
    for (size_t i = 0; i < e.size(); ++i) {
        QCOMPARE(e[i].seq, qint64(i + 1));
        QCOMPARE(e[i].prevHash.size(), 32);
        QCOMPARE(e[i].leafHash.size(), 32);
        // RFC 6962 leaf hash, computed here without the core's Sha256.
        QCOMPARE(e[i].leafHash, independentLeafHash(e[i].canonicalBytes()));
    }
    QCOMPARE(e[0].prevHash, QByteArray(32, '\0'));
    QCOMPARE(e[1].prevHash, e[0].leafHash);
    QCOMPARE(e[2].prevHash, e[1].leafHash);
    QVERIFY(e[0].leafHash != e[1].leafHash);

    const auto count = AuditLog::count(*f.db);
    MIZAN_VERIFY_OK(count);
    QCOMPARE(*count, qint64(3));
    MIZAN_VERIFY_OK(AuditLog::verifyChain(*f.db));
}

void TestAuditLog::entriesReadBack()
{
    Fixture f;
    MIZAN_VERIFY_OK(f.open());
    const auto appended = appendThree(*f.db);
    MIZAN_VERIFY_OK(appended);
    const auto all = AuditLog::entries(*f.db);
    MIZAN_VERIFY_OK(all);
    QCOMPARE(all->size(), size_t(3));
    for (size_t i = 0; i < 3; ++i) {
        const AuditEntry &a = (*appended)[i];
        const AuditEntry &b = (*all)[i];
        QCOMPARE(b.seq, a.seq);
        QCOMPARE(b.timeMs, a.timeMs);
        QCOMPARE(b.actor, a.actor);
        QCOMPARE(b.role, a.role);
        QCOMPARE(b.action, a.action);
        QCOMPARE(b.target, a.target);
        QCOMPARE(b.outcome, a.outcome);
        QCOMPARE(b.details, a.details);
        QCOMPARE(b.prevHash, a.prevHash);
        QCOMPARE(b.leafHash, a.leafHash);
        QCOMPARE(b.canonicalBytes(), a.canonicalBytes());
    }
    const auto tail = AuditLog::entries(*f.db, 2, 1);
    MIZAN_VERIFY_OK(tail);
    QCOMPARE(tail->size(), size_t(1));
    QCOMPARE(tail->front().seq, qint64(2));
}

void TestAuditLog::canonicalBytesAreCanonical()
{
    AuditEntry e;
    e.seq = 7;
    e.timeMs = kStart + 42;
    e.actor = QStringLiteral("nour");
    e.role = QStringLiteral("risk_officer");
    e.action = QStringLiteral("model.approve");
    e.target = QStringLiteral("churn v3");
    e.outcome = QStringLiteral("ok");
    e.details = QJsonObject{{QStringLiteral("zeta"), QStringLiteral("last")},
                            {QStringLiteral("auc"), 0.8125},
                            {QStringLiteral("rows"), 41188},
                            {QStringLiteral("nested"),
                             QJsonObject{{QStringLiteral("b"), true},
                                         {QStringLiteral("a"), QJsonValue()}}},
                            {QStringLiteral("list"), QJsonArray{3, QStringLiteral("x")}},
                            {QStringLiteral("Alpha"), QStringLiteral("upper case sorts first")}};
    e.prevHash = QByteArray::fromHex(
        "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    const QByteArray expected
        = "{\"action\":\"model.approve\",\"actor\":\"nour\","
          "\"details\":{\"Alpha\":\"upper case sorts first\",\"auc\":\"0.8125\",\"list\":[3,\"x\"],"
          "\"nested\":{\"a\":null,\"b\":true},\"rows\":41188,\"zeta\":\"last\"},"
          "\"outcome\":\"ok\","
          "\"prev_hash\":\"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\","
          "\"role\":\"risk_officer\",\"seq\":7,\"target\":\"churn v3\",\"time\":1767225600042}";
    QCOMPARE(e.canonicalBytes(), expected);

    // No structural whitespace: the only spaces are inside the string values.
    QByteArray withoutStrings;
    bool inString = false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const char c = expected[i];
        if (c == '"' && (i == 0 || expected[i - 1] != '\\'))
            inString = !inString;
        else if (!inString)
            withoutStrings += c;
    }
    QVERIFY(!withoutStrings.contains(' '));
    QVERIFY(!withoutStrings.contains('\n'));

    // Non-ASCII text is UTF-8; control characters are escaped.
    e.details = QJsonObject{{QStringLiteral("note"), QStringLiteral("تجربة\n\"q\"")}};
    QVERIFY(e.canonicalBytes().contains(
        QStringLiteral("\"details\":{\"note\":\"تجربة\\n\\\"q\\\"\"}").toUtf8()));
}

void TestAuditLog::canonicalBytesCoverEveryField()
{
    const AuditEntry base = entry(5,
                                  QStringLiteral("a"),
                                  QStringLiteral("x"),
                                  QStringLiteral("t"),
                                  QJsonObject{{QStringLiteral("k"), 1}});
    const QByteArray bytes = base.canonicalBytes();
    const std::vector<std::function<void(AuditEntry &)>> changes = {
        [](AuditEntry &e) { e.seq += 1; },
        [](AuditEntry &e) { e.timeMs += 1; },
        [](AuditEntry &e) { e.actor += QLatin1Char('b'); },
        [](AuditEntry &e) { e.role = QStringLiteral("auditor"); },
        [](AuditEntry &e) { e.action += QLatin1Char('y'); },
        [](AuditEntry &e) { e.target += QLatin1Char('u'); },
        [](AuditEntry &e) { e.outcome = QStringLiteral("denied"); },
        [](AuditEntry &e) { e.details[QStringLiteral("k")] = 2; },
        [](AuditEntry &e) { e.prevHash = QByteArray(32, '\1'); },
    };
    for (size_t i = 0; i < changes.size(); ++i) {
        AuditEntry changed = base;
        changes[i](changed);
        QVERIFY2(changed.canonicalBytes() != bytes, qPrintable(QStringLiteral("field %1").arg(i)));
    }
    // The leaf hash is not part of what it hashes.
    AuditEntry withLeaf = base;
    withLeaf.leafHash = QByteArray(32, '\7');
    QCOMPARE(withLeaf.canonicalBytes(), bytes);
}

void TestAuditLog::numbersSurviveTheRoundTrip()
{
    // Details are stored as canonical JSON and read back; the chain must still verify.
    Fixture f;
    MIZAN_VERIFY_OK(f.open());
    const QJsonObject details{{QStringLiteral("ratio"), 0.1},
                              {QStringLiteral("one"), 1.0},
                              {QStringLiteral("negative"), -2.5e-7},
                              {QStringLiteral("big"), qint64(9007199254740993)}, // 2^53 + 1
                              {QStringLiteral("text"), QStringLiteral("قيمة")}};
    const auto appended = AuditLog::append(*f.db,
                                           entry(0,
                                                 QStringLiteral("a"),
                                                 QStringLiteral("x"),
                                                 QStringLiteral("t"),
                                                 details));
    MIZAN_VERIFY_OK(appended);
    const auto all = AuditLog::entries(*f.db);
    MIZAN_VERIFY_OK(all);
    QCOMPARE(all->size(), size_t(1));
    QCOMPARE(all->front().canonicalBytes(), appended->canonicalBytes());
    QVERIFY(appended->canonicalBytes().contains("\"ratio\":\"0.1\""));
    QVERIFY(appended->canonicalBytes().contains("\"one\":1,"));
    MIZAN_VERIFY_OK(AuditLog::verifyChain(*f.db));
}

void TestAuditLog::tamperedRowFails_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<qint64>("seq"); // the entry the verifier must name
    QTest::newRow("details") << QByteArray(
        "UPDATE audit SET details = '{\"role\":\"admin\",\"view_pii\":false}' "
        "WHERE seq = 2") << qint64(2);
    QTest::newRow("actor") << QByteArray("UPDATE audit SET actor = 'mallory' WHERE seq = 2")
                           << qint64(2);
    QTest::newRow("actor of the first")
        << QByteArray("UPDATE audit SET actor = 'mallory' WHERE seq = 1") << qint64(1);
    QTest::newRow("actor of the last")
        << QByteArray("UPDATE audit SET actor = 'mallory' WHERE seq = 3") << qint64(3);
    QTest::newRow("time") << QByteArray("UPDATE audit SET time_ms = time_ms + 1 WHERE seq = 2")
                          << qint64(2);
    QTest::newRow("role") << QByteArray("UPDATE audit SET role = 'auditor' WHERE seq = 2")
                          << qint64(2);
    QTest::newRow("action") << QByteArray("UPDATE audit SET action = 'user.remove' WHERE seq = 2")
                            << qint64(2);
    QTest::newRow("target") << QByteArray("UPDATE audit SET target = 'zainab' WHERE seq = 2")
                            << qint64(2);
    QTest::newRow("outcome") << QByteArray("UPDATE audit SET outcome = 'denied' WHERE seq = 2")
                             << qint64(2);
    // The stored details must be the very bytes that were hashed, not merely parse to them.
    QTest::newRow("details not JSON")
        << QByteArray("UPDATE audit SET details = 'tampered' WHERE seq = 1") << qint64(1);
    QTest::newRow("details reformatted")
        << QByteArray("UPDATE audit SET details = '{\"view_pii\": false, \"role\": \"analyst\"}' "
                      "WHERE seq = 2")
        << qint64(2);
    QTest::newRow("leaf hash") << QByteArray(
        "UPDATE audit SET leaf_hash = zeroblob(32) WHERE seq = 2")
                               << qint64(2);
    QTest::newRow("prev hash") << QByteArray(
        "UPDATE audit SET prev_hash = zeroblob(32) WHERE seq = 2")
                               << qint64(2);
    // Changing entry 2 and recomputing its leaf hash breaks the link from entry 3.
    QTest::newRow("rehashed") << QByteArray(
        "UPDATE audit SET actor = 'mallory', leaf_hash = "
        "(SELECT leaf_hash FROM audit WHERE seq = 1) WHERE seq = 2")
                              << qint64(2);
}

void TestAuditLog::tamperedRowFails()
{
    QFETCH(QByteArray, sql);
    QFETCH(qint64, seq);
    Fixture f;
    MIZAN_VERIFY_OK(f.open());
    MIZAN_VERIFY_OK(appendThree(*f.db));
    MIZAN_VERIFY_OK(AuditLog::verifyChain(*f.db));
    MIZAN_VERIFY_OK(dropGuards(*f.db));
    MIZAN_VERIFY_OK(f.db->exec(sql.constData()));
    QCOMPARE(f.db->changes(), 1);
    const Result<> r = AuditLog::verifyChain(*f.db);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Integrity);
    QVERIFY2(r.error().message.contains(QStringLiteral("entry %1 ").arg(seq)),
             qPrintable(r.error().message));
}

void TestAuditLog::deletedRowFails_data()
{
    QTest::addColumn<qint64>("deleted");
    QTest::newRow("middle") << qint64(2);
    QTest::newRow("first") << qint64(1);
}

void TestAuditLog::deletedRowFails()
{
    QFETCH(qint64, deleted);
    Fixture f;
    MIZAN_VERIFY_OK(f.open());
    MIZAN_VERIFY_OK(appendThree(*f.db));
    MIZAN_VERIFY_OK(dropGuards(*f.db));
    auto del = f.db->prepare("DELETE FROM audit WHERE seq = ?");
    MIZAN_VERIFY_OK(del);
    del->bind(1, deleted);
    MIZAN_VERIFY_OK(del->run());
    QCOMPARE(f.db->changes(), 1);
    const Result<> r = AuditLog::verifyChain(*f.db);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Integrity);
    QVERIFY2(r.error().message.contains(QStringLiteral("entry %1 ").arg(deleted)),
             qPrintable(r.error().message));
}

void TestAuditLog::entriesCannotBeEditedOrDeleted()
{
    Fixture f;
    MIZAN_VERIFY_OK(f.open());
    MIZAN_VERIFY_OK(appendThree(*f.db));
    for (const char *sql : {"UPDATE audit SET actor = 'mallory' WHERE seq = 2",
                            "DELETE FROM audit WHERE seq = 3",
                            "DELETE FROM audit_nodes",
                            "UPDATE audit_nodes SET hash = zeroblob(32)"}) {
        const Result<> r = f.db->exec(sql);
        QVERIFY2(!r, sql);
        QVERIFY2(r.error().message.contains(QStringLiteral("append-only")),
                 qPrintable(r.error().message));
    }
    MIZAN_VERIFY_OK(AuditLog::verifyChain(*f.db));
}

void TestAuditLog::rolledBackAppendLeavesNoEntry()
{
    Fixture f;
    MIZAN_VERIFY_OK(f.open());
    MIZAN_VERIFY_OK(appendThree(*f.db));
    const Result<> r = f.db->transaction([&]() -> Result<> {
        MIZAN_TRY(added,
                  AuditLog::append(*f.db,
                                   entry(9000,
                                         QStringLiteral("omar"),
                                         QStringLiteral("leads.import"),
                                         QStringLiteral("leads.csv"))));
        Q_UNUSED(added);
        return fail(ErrorCode::Cancelled, QStringLiteral("the action failed"));
    });
    QVERIFY(!r);
    const auto count = AuditLog::count(*f.db);
    MIZAN_VERIFY_OK(count);
    QCOMPARE(*count, qint64(3));
    // The next entry continues the chain where it was.
    const auto next = AuditLog::append(*f.db,
                                       entry(9500,
                                             QStringLiteral("omar"),
                                             QStringLiteral("logout"),
                                             QStringLiteral("omar")));
    MIZAN_VERIFY_OK(next);
    QCOMPARE(next->seq, qint64(4));
    MIZAN_VERIFY_OK(AuditLog::verifyChain(*f.db));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
