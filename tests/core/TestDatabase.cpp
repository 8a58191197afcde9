#include "store/Database.h"

#include "TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace mizan;

/// Verifies that a Result failed with the expected ErrorCode (evaluating the expression once).
#define VERIFY_ERROR(expr, expected) \
    do { \
        const auto &verifyErrorResult_ = (expr); \
        QVERIFY2(!verifyErrorResult_, "succeeded where an error was expected"); \
        QCOMPARE(verifyErrorResult_.error().code, expected); \
    } while (false)

namespace {

const QByteArray kMarker = QByteArrayLiteral("MIZAN-PLAINTEXT-MARKER-7f3a9c");
const QByteArray kSqliteHeader("SQLite format 3\0", 16);

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

Result<Database> create(const QString &path, const SecureBytes &key)
{
    return Database::open(path, key, Database::Mode::Create);
}

Result<Database> reopen(const QString &path, const SecureBytes &key)
{
    return Database::open(path, key, Database::Mode::OpenExisting);
}

/** Creates table `t` and `rows` rows; row i has name "row i" (and the marker in row 0). */
Result<> fill(Database &db, int rows)
{
    MIZAN_CHECK(db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                        "score REAL, payload BLOB, note TEXT)"));
    return db.transaction([&]() -> Result<> {
        MIZAN_TRY(insert,
                  db.prepare("INSERT INTO t(id, name, score, payload, note) "
                             "VALUES(?, ?, ?, ?, ?)"));
        for (int i = 0; i < rows; ++i) {
            insert.bind(1, qint64(i))
                .bind(2, QStringLiteral("row %1").arg(i))
                .bind(3, i + 0.5)
                .bind(4, i == 0 ? kMarker : QByteArray(100, char('a' + i % 26)));
            if (i == 0)
                insert.bind(5, QString::fromLatin1(kMarker));
            else
                insert.bindNull(5);
            MIZAN_CHECK(insert.run());
            MIZAN_CHECK(insert.reset());
        }
        return {};
    });
}

/** Creates the database with `rows` rows of `t`, and closes it. */
Result<> createFilled(const QString &path, const SecureBytes &key, int rows)
{
    MIZAN_TRY(db, create(path, key));
    return fill(db, rows);
}

Result<qint64> count(const Database &db, const char *sql = "SELECT count(*) FROM t")
{
    MIZAN_TRY(statement, db.prepare(sql));
    MIZAN_TRY(row, statement.step());
    if (!row)
        return fail(ErrorCode::Internal, QStringLiteral("no row"));
    return statement.integer(0);
}

/** Reads every row of `t` (touching every page of the table). */
Result<> readAll(const Database &db)
{
    MIZAN_TRY(statement, db.prepare("SELECT id, name, payload FROM t ORDER BY id"));
    for (;;) {
        MIZAN_TRY(row, statement.step());
        if (!row)
            return {};
    }
}

/** Opens the file and reads every row, then runs integrity_check: the first failure. */
Result<> openAndReadAll(const QString &path, const SecureBytes &key)
{
    MIZAN_TRY(db, reopen(path, key));
    MIZAN_CHECK(readAll(db));
    return db.integrityCheck();
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

const std::vector<Migration> kMigrations12 = {
    {1, "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL)"},
    {2, "ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'viewer'"},
};

const std::vector<Migration> kMigrations123 = {
    kMigrations12[0],
    kMigrations12[1],
    {3, "CREATE TABLE audit(seq INTEGER PRIMARY KEY, entry BLOB NOT NULL)"},
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void createWriteReopenReadsBack();
    void wrongKeyLeavesTheFileUnchanged();
    void fileIsEncrypted();
    void damageIsDetected_data();
    void damageIsDetected();
    void failedTransactionLeavesNoRow();
    void migrateBacksUpBeforeChanging();
    void migrateAWorkspaceOpenedAgain();
    void newerDatabaseIsUnsupported();
    void rekey();
    void exportMakesAnEncryptedCopy();
    void refusedOpensChangeNothing();
    void statementErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    SecureBytes m_key;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath("workspace.db");
    m_key = SecureBytes::random(32);
}

void TestDatabase::createWriteReopenReadsBack()
{
    {
        auto db = create(m_path, m_key);
        MIZAN_VERIFY_OK(db);
        QCOMPARE(db->path(), m_path);
        QVERIFY2(db->cipherVersion().startsWith("3.4"), qPrintable(db->cipherVersion()));
        QCOMPARE(db->schemaVersion(), 0);
        QCOMPARE(*count(*db, "PRAGMA foreign_keys"), qint64(1));
        QCOMPARE(*count(*db, "PRAGMA synchronous"), qint64(2)); // FULL
        MIZAN_VERIFY_OK(fill(*db, 3));
        QCOMPARE(db->lastInsertId(), qint64(2));
        MIZAN_VERIFY_OK(db->exec("UPDATE t SET score = -1 WHERE id >= 1"));
        QCOMPARE(db->changes(), 2);
    }
    auto db = reopen(m_path, m_key);
    MIZAN_VERIFY_OK(db);
    auto select = db->prepare("SELECT id, name, score, payload, note FROM t ORDER BY id");
    MIZAN_VERIFY_OK(select);
    auto row = select->step();
    QVERIFY(row && *row);
    QCOMPARE(select->integer(0), qint64(0));
    QCOMPARE(select->text(1), QStringLiteral("row 0"));
    QCOMPARE(select->real(2), 0.5);
    QCOMPARE(select->blob(3), kMarker);
    QCOMPARE(select->text(4), QString::fromLatin1(kMarker));
    QVERIFY(!select->isNull(4));
    row = select->step();
    QVERIFY(row && *row);
    QCOMPARE(select->text(1), QStringLiteral("row 1"));
    QCOMPARE(select->real(2), -1.0);
    QCOMPARE(select->blob(3), QByteArray(100, 'b'));
    QVERIFY(select->isNull(4));
    QVERIFY(select->step() && (row = select->step()) && !*row); // row 2, then done
    MIZAN_VERIFY_OK(db->integrityCheck());
}

void TestDatabase::wrongKeyLeavesTheFileUnchanged()
{
    MIZAN_VERIFY_OK(createFilled(m_path, m_key, 20));
    const QByteArray before = sha256(m_path);
    const QStringList filesBefore = filesIn(*m_dir);
    for (int i = 0; i < 2; ++i) {
        SecureBytes wrong = i == 0 ? m_key.copy() : SecureBytes::random(32);
        if (i == 0)
            wrong.data()[0] ^= 0x01;
        const auto db = reopen(m_path, wrong);
        QVERIFY(!db);
        // Database.h: "A wrong key or a damaged file is reported on open (ErrorCode::Integrity)".
        VERIFY_ERROR(db, ErrorCode::Integrity);
        QVERIFY2(db.error().message.contains(m_path), qPrintable(db.error().message));
        QCOMPARE(db.error().file, m_path);
    }
    QCOMPARE(sha256(m_path), before);
    QCOMPARE(filesIn(*m_dir), filesBefore);
    auto db = reopen(m_path, m_key);
    MIZAN_VERIFY_OK(db);
    QCOMPARE(*count(*db), qint64(20));
}

void TestDatabase::fileIsEncrypted()
{
    {
        auto db = create(m_path, m_key);
        MIZAN_VERIFY_OK(db);
        MIZAN_VERIFY_OK(fill(*db, 50));
        MIZAN_VERIFY_OK(db->migrate(kMigrations12, m_key));
        MIZAN_VERIFY_OK(db->migrate(kMigrations123, m_key)); // writes workspace.db.v2.bak
        MIZAN_VERIFY_OK(db->exportTo(m_dir->filePath("export.db"), SecureBytes::random(32)));
    }
    const QStringList files = filesIn(*m_dir);
    QCOMPARE(files, (QStringList{"export.db", "workspace.db", "workspace.db.v2.bak"}));
    for (const QString &name : files) {
        const QByteArray bytes = readFile(m_dir->filePath(name));
        QVERIFY2(bytes.size() >= 4096, qPrintable(name));
        QVERIFY2(bytes.size() % 4096 == 0, qPrintable(name));
        QVERIFY2(bytes.left(16) != kSqliteHeader, qPrintable(name));
        QVERIFY2(!bytes.contains(kMarker), qPrintable(name));
        QVERIFY2(!bytes.contains("row 1"), qPrintable(name));
        QVERIFY2(!bytes.contains("CREATE TABLE"), qPrintable(name));
    }
}

void TestDatabase::damageIsDetected_data()
{
    // SQLCipher 3.4 pages (4096 bytes): data, then a 16-byte IV at 4048 and a 20-byte HMAC-SHA1
    // at 4064; bytes 4084..4095 pad the reserve to the AES block and are never read.
    QTest::addColumn<bool>("cut"); // true: truncate to `at` bytes; false: flip a bit at `at`
    QTest::addColumn<int>("at");   // < 0: from the end; 0: the middle of the file
    // clang-format off
    QTest::newRow("flip page 1 salt")    << false << 5;
    QTest::newRow("flip page 1 body")    << false << 200;
    QTest::newRow("flip page 1 iv")      << false << 4050;
    QTest::newRow("flip page 1 hmac")    << false << 4070;
    QTest::newRow("flip middle")         << false << 0;
    QTest::newRow("flip last page body") << false << -4000;
    QTest::newRow("flip last page hmac") << false << -(4096 - 4083);
    QTest::newRow("cut to half")         << true  << 0;
    QTest::newRow("cut to 100 bytes")    << true  << 100;
    QTest::newRow("cut to one page")     << true  << 4096;
    // clang-format on
}

void TestDatabase::damageIsDetected()
{
    QFETCH(bool, cut);
    QFETCH(int, at);
    MIZAN_VERIFY_OK(createFilled(m_path, m_key, 300));
    MIZAN_VERIFY_OK(openAndReadAll(m_path, m_key)); // intact, it reads
    QByteArray bytes = readFile(m_path);
    QVERIFY(bytes.size() >= 8 * 4096);
    const qsizetype middle = bytes.size() / 2 + (cut ? 0 : 1000);
    const qsizetype offset = at > 0 ? at : (at == 0 ? middle : bytes.size() + at);
    if (cut)
        bytes.truncate(offset);
    else
        bytes[offset] = char(bytes[offset] ^ 0x04);
    QVERIFY(writeFile(m_path, bytes));

    // Page 1 damage fails on open; other pages when they are read (or by integrity_check).
    const auto result = openAndReadAll(m_path, m_key);
    QVERIFY2(!result, "a damaged database was read without an error");
    QVERIFY2(result.error().code == ErrorCode::Integrity, qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(m_path));
}

void TestDatabase::failedTransactionLeavesNoRow()
{
    auto db = create(m_path, m_key);
    MIZAN_VERIFY_OK(db);
    MIZAN_VERIFY_OK(fill(*db, 1));

    qint64 inside = -1;
    const auto failed = db->transaction([&]() -> Result<> {
        MIZAN_CHECK(db->exec("INSERT INTO t(id, name) VALUES(10, 'rolled back')"));
        inside = count(*db).value_or(-1);
        return fail(ErrorCode::Cancelled, QStringLiteral("body gave up"));
    });
    QCOMPARE(inside, qint64(2)); // the row was there inside the transaction
    VERIFY_ERROR(failed, ErrorCode::Cancelled);
    QCOMPARE(failed.error().message, QStringLiteral("body gave up"));
    QCOMPARE(*count(*db), qint64(1));

    // A failing statement in the body (a duplicate key) rolls back the earlier insert too.
    const auto constraint = db->transaction([&]() -> Result<> {
        MIZAN_CHECK(db->exec("INSERT INTO t(id, name) VALUES(11, 'first')"));
        return db->exec("INSERT INTO t(id, name) VALUES(0, 'duplicate')");
    });
    QVERIFY(!constraint);
    QCOMPARE(*count(*db), qint64(1));

    // And the connection is usable afterwards: a good body commits.
    MIZAN_VERIFY_OK(db->transaction(
        [&]() -> Result<> { return db->exec("INSERT INTO t(id, name) VALUES(12, 'kept')"); }));
    QCOMPARE(*count(*db), qint64(2));
}

void TestDatabase::migrateAWorkspaceOpenedAgain()
{
    // As a newer Mizan opens an older workspace: opened without SQLITE_OPEN_CREATE, where an
    // ATTACH cannot create the backup file by itself.
    {
        auto db = create(m_path, m_key);
        MIZAN_VERIFY_OK(db);
        MIZAN_VERIFY_OK(db->migrate(kMigrations12, m_key));
        MIZAN_VERIFY_OK(db->exec("INSERT INTO users(name) VALUES('alice')"));
    }
    auto db = reopen(m_path, m_key);
    MIZAN_VERIFY_OK(db);
    MIZAN_VERIFY_OK(db->migrate(kMigrations123, m_key));
    QCOMPARE(db->schemaVersion(), 3);
    const QString backup = m_path + ".v2.bak";
    QVERIFY(QFile::exists(backup));
    QCOMPARE(QFile::permissions(backup) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    auto old = reopen(backup, m_key);
    MIZAN_VERIFY_OK(old);
    QCOMPARE(old->schemaVersion(), 2);
    QCOMPARE(*count(*old, "SELECT count(*) FROM users WHERE name = 'alice'"), qint64(1));
}

void TestDatabase::migrateBacksUpBeforeChanging()
{
    auto db = create(m_path, m_key);
    MIZAN_VERIFY_OK(db);
    MIZAN_VERIFY_OK(db->migrate(kMigrations12, m_key));
    QCOMPARE(db->schemaVersion(), 2);
    QCOMPARE(filesIn(*m_dir), QStringList{"workspace.db"}); // from 0: nothing to back up
    MIZAN_VERIFY_OK(db->exec("INSERT INTO users(name) VALUES('alice')"));
    MIZAN_VERIFY_OK(db->migrate(kMigrations12, m_key)); // up to date: no-op
    QCOMPARE(filesIn(*m_dir), QStringList{"workspace.db"});

    // A failing step is rolled back whole and leaves the version as it was.
    std::vector<Migration> broken = kMigrations12;
    broken.push_back({3, "CREATE TABLE half(a); INSERT INTO no_such_table VALUES(1)"});
    QVERIFY(!db->migrate(broken, m_key));
    QCOMPARE(db->schemaVersion(), 2);
    QVERIFY(!db->prepare("SELECT * FROM half"));

    MIZAN_VERIFY_OK(db->migrate(kMigrations123, m_key));
    QCOMPARE(db->schemaVersion(), 3);
    QCOMPARE(*count(*db, "SELECT count(*) FROM audit"), qint64(0));
    const QString backup = m_path + ".v2.bak";
    auto old = reopen(backup, m_key);
    MIZAN_VERIFY_OK(old);
    QCOMPARE(old->schemaVersion(), 2);
    QCOMPARE(*count(*old, "SELECT count(*) FROM users WHERE name = 'alice' AND role = 'viewer'"),
             qint64(1));
    QVERIFY(!old->prepare("SELECT * FROM audit")); // migration 3 is not in the backup
    MIZAN_VERIFY_OK(old->integrityCheck());
    VERIFY_ERROR(reopen(backup, SecureBytes::random(32)), ErrorCode::Integrity);
}

void TestDatabase::newerDatabaseIsUnsupported()
{
    auto db = create(m_path, m_key);
    MIZAN_VERIFY_OK(db);
    MIZAN_VERIFY_OK(db->migrate(kMigrations123, m_key));
    const auto result = db->migrate(kMigrations12, m_key);
    VERIFY_ERROR(result, ErrorCode::Unsupported);
    QVERIFY(result.error().message.contains(m_path));
    QCOMPARE(db->schemaVersion(), 3);
    QCOMPARE(filesIn(*m_dir), QStringList{"workspace.db"}); // no backup of a newer file
    VERIFY_ERROR(db->migrate({}, m_key), ErrorCode::Unsupported);
}

void TestDatabase::rekey()
{
    const SecureBytes newKey = SecureBytes::random(32);
    {
        auto db = create(m_path, m_key);
        MIZAN_VERIFY_OK(db);
        MIZAN_VERIFY_OK(fill(*db, 40));
        VERIFY_ERROR(db->rekey(SecureBytes(16)), ErrorCode::Internal);
        MIZAN_VERIFY_OK(db->rekey(newKey));
        QCOMPARE(*count(*db), qint64(40)); // still usable after the rekey
    }
    VERIFY_ERROR(reopen(m_path, m_key), ErrorCode::Integrity);
    auto db = reopen(m_path, newKey);
    MIZAN_VERIFY_OK(db);
    QCOMPARE(*count(*db), qint64(40));
    MIZAN_VERIFY_OK(db->integrityCheck());
    QVERIFY(!readFile(m_path).contains(kMarker));
}

void TestDatabase::exportMakesAnEncryptedCopy()
{
    const QString copyPath = m_dir->filePath("copy's.db"); // a quote in the name, too
    const SecureBytes copyKey = SecureBytes::random(32);
    auto db = create(m_path, m_key);
    MIZAN_VERIFY_OK(db);
    MIZAN_VERIFY_OK(db->migrate(kMigrations12, m_key));
    MIZAN_VERIFY_OK(fill(*db, 25));
    VERIFY_ERROR(db->exportTo(copyPath, SecureBytes(31)), ErrorCode::Internal);
    QVERIFY(!QFile::exists(copyPath));
    MIZAN_VERIFY_OK(db->exportTo(copyPath, copyKey));
    MIZAN_VERIFY_OK(db->exec("INSERT INTO t(id, name) VALUES(1000, 'after export')"));

    const QByteArray bytes = readFile(copyPath);
    QVERIFY(bytes.left(16) != kSqliteHeader); // no plain SQLite could open it without a key
    QVERIFY(!bytes.contains(kMarker));
    VERIFY_ERROR(reopen(copyPath, m_key), ErrorCode::Integrity);
    VERIFY_ERROR(reopen(copyPath, SecureBytes::random(32)), ErrorCode::Integrity);
    VERIFY_ERROR(reopen(copyPath, SecureBytes()), ErrorCode::Internal);

    auto copy = reopen(copyPath, copyKey);
    MIZAN_VERIFY_OK(copy);
    QCOMPARE(copy->schemaVersion(), 2);
    QCOMPARE(*count(*copy), qint64(25));
    const char *digest = "SELECT group_concat(id || ':' || name || ':' || hex(payload), ',') "
                         "FROM (SELECT * FROM t WHERE id < 1000 ORDER BY id)";
    auto a = db->prepare(digest);
    auto b = copy->prepare(digest);
    QVERIFY(a && b && *a->step() && *b->step());
    QCOMPARE(b->text(0), a->text(0));
    MIZAN_VERIFY_OK(copy->integrityCheck());
}

void TestDatabase::refusedOpensChangeNothing()
{
    VERIFY_ERROR(reopen(m_path, m_key), ErrorCode::Io); // OpenExisting on a missing path
    for (const size_t size : {size_t(0), size_t(16), size_t(64)})
        VERIFY_ERROR(create(m_path, SecureBytes::random(size)), ErrorCode::Internal);
    QVERIFY(!QFile::exists(m_path)); // none of them created the file

    MIZAN_VERIFY_OK(createFilled(m_path, m_key, 5));
    const QByteArray before = sha256(m_path);
    VERIFY_ERROR(create(m_path, m_key), ErrorCode::InvalidInput); // Create on an existing path
    QCOMPARE(sha256(m_path), before);
    const QString other = m_dir->filePath("notes.txt");
    QVERIFY(writeFile(other, "not a database"));
    VERIFY_ERROR(create(other, m_key), ErrorCode::InvalidInput);
    QCOMPARE(readFile(other), QByteArray("not a database"));
}

void TestDatabase::statementErrors()
{
    auto db = create(m_path, m_key);
    MIZAN_VERIFY_OK(db);
    MIZAN_VERIFY_OK(fill(*db, 1));
    QVERIFY(!db->prepare("SELEC nothing"));
    QVERIFY(!db->exec("INSERT INTO missing VALUES(1)"));
    auto insert = db->prepare("INSERT INTO t(id, name) VALUES(?, ?)");
    MIZAN_VERIFY_OK(insert);
    insert->bind(1, qint64(5)).bind(3, QStringLiteral("no such parameter"));
    QVERIFY(!insert->run()); // the bind error surfaces on step
    MIZAN_VERIFY_OK(insert->reset());
    insert->bind(1, qint64(5)).bindNull(2); // NOT NULL constraint
    QVERIFY(!insert->run());
    MIZAN_VERIFY_OK(insert->reset());
    MIZAN_VERIFY_OK(insert->bind(1, qint64(5)).bind(2, QStringLiteral("ok")).run());
    QCOMPARE(*count(*db), qint64(2));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
