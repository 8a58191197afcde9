#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <cstring>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Database)
};

/** "x'<hex>'": SQLCipher's form of a raw key, built in wiped memory. */
SecureBytes rawKeyLiteral(const SecureBytes &key)
{
    const SecureBytes hex = key.toHex();
    SecureBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::memcpy(literal.data() + 2, hex.data(), hex.size());
    literal.data()[hex.size() + 2] = '\'';
    return literal;
}

} // namespace

// ---- Statement ----

Statement::Statement(sqlite3_stmt *statement, const Database *database)
    : m_statement(statement)
    , m_database(database)
{}

Statement::~Statement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_database(other.m_database)
    , m_bindError(other.m_bindError)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_statement)
            sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_database = other.m_database;
        m_bindError = other.m_bindError;
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_statement, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_statement, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_statement,
                                     index,
                                     utf8.constData(),
                                     int(utf8.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    const int rc = sqlite3_bind_blob(m_statement,
                                     index,
                                     blob.constData(),
                                     int(blob.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_statement, index);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError)
        return fail(m_database->error(m_bindError, Tr::tr("bind a value")));
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return fail(m_database->error(rc, Tr::tr("run a statement")));
}

Result<> Statement::run()
{
    for (;;) {
        MIZAN_TRY(row, step());
        if (!row)
            return {};
    }
}

Result<> Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindError = 0;
    return {};
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

// ---- Database ----

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cipherVersion(std::move(other.m_cipherVersion))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cipherVersion = std::move(other.m_cipherVersion);
    }
    return *this;
}

Error Database::error(int rc, const QString &what) const
{
    const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                : QString::fromUtf8(sqlite3_errstr(rc));
    const int primary = rc & 0xFF;
    // A wrong key and a damaged file look alike to SQLite ("not a database"); the key has been
    // authenticated before it gets here, so both mean the file cannot be trusted.
    const ErrorCode code = primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT
                               ? ErrorCode::Integrity
                               : ErrorCode::Io;
    Error e = makeError(code, Tr::tr("%1: could not %2: %3").arg(m_path, what, reason), reason);
    e.file = m_path;
    return e;
}

Result<Database> Database::open(const QString &path, const SecureBytes &key, Mode mode)
{
    if (key.size() != 32)
        return fail(ErrorCode::Internal, Tr::tr("a workspace key must be 256 bits"));
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::Create && exists)
        return fail(ErrorCode::InvalidInput, Tr::tr("%1 already exists").arg(path));
    if (mode != Mode::Create && !exists)
        return fail(ErrorCode::Io, Tr::tr("%1: no such database").arg(path));
    if (mode != Mode::Create) {
        // SQLite would take an empty file for a new database and write a schema into it.
        const qint64 size = QFileInfo(path).size();
        if (size < 4096 || size % 4096 != 0) {
            Error e = makeError(ErrorCode::Integrity,
                                Tr::tr("%1 is truncated or damaged (%2 bytes is not a whole number "
                                       "of 4096-byte pages)")
                                    .arg(path)
                                    .arg(size));
            e.file = path;
            return fail(e);
        }
    }
    Database db;
    db.m_path = path;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
                      | SQLITE_OPEN_FULLMUTEX | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    const QByteArray native = QFile::encodeName(path);
    int rc = sqlite3_open_v2(native.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return fail(db.error(rc, Tr::tr("open the database")));
    if (mode == Mode::Create) // SQLite uses the umask; its journals copy the file's mode
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    MIZAN_CHECK(db.applyKey(key));
    MIZAN_CHECK(db.checkCipher());
    // Reading the schema proves the key (and the file's HMACs on the first page).
    rc = sqlite3_exec(db.m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(db.error(rc, Tr::tr("read the database (wrong key or damaged file)")));
    MIZAN_CHECK(db.checkSettings());
    MIZAN_CHECK(db.exec("PRAGMA foreign_keys = ON"));
    return db;
}

QString Database::libraryVersion()
{
    sqlite3 *db = nullptr;
    QString cipher;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            cipher = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    if (cipher.isEmpty())
        return {};
    return QStringLiteral("%1 (SQLite %2)").arg(cipher, QString::fromLatin1(sqlite3_libversion()));
}

Result<> Database::applyKey(const SecureBytes &key)
{
    const SecureBytes literal = rawKeyLiteral(key);
    const int rc = sqlite3_key(m_db, literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK)
        return fail(error(rc, Tr::tr("apply the key")));
    // The settings must be given before the first page is read (and are not stored in the file).
    MIZAN_CHECK(exec("PRAGMA cipher_page_size = 4096"));
    MIZAN_CHECK(exec("PRAGMA cipher_use_hmac = ON"));
    return {};
}

Result<QString> Database::pragma(const char *name) const
{
    const QByteArray sql = QByteArrayLiteral("PRAGMA ") + name;
    MIZAN_TRY(statement, prepare(sql.constData()));
    MIZAN_TRY(row, statement.step());
    if (!row)
        return QString();
    return statement.text(0);
}

Result<> Database::checkCipher()
{
    MIZAN_TRY(version, pragma("cipher_version"));
    if (version.isEmpty()) {
        Error e = makeError(ErrorCode::Integrity,
                            Tr::tr("%1: SQLCipher is not the SQLite library in use, so the "
                                   "database would be written unencrypted; refusing to open it")
                                .arg(m_path));
        e.file = m_path;
        return fail(e);
    }
    m_cipherVersion = version;
    return {};
}

Result<> Database::checkSettings()
{
    MIZAN_CHECK(exec("PRAGMA synchronous = FULL"));
    MIZAN_CHECK(exec("PRAGMA journal_mode = DELETE"));
    MIZAN_CHECK(exec("PRAGMA temp_store = MEMORY")); // no temporary files with data in them
    // Deleted content is overwritten with zeros, not left in free pages and cells: an erased
    // subject's sealed data and key must not survive in the file (crypto-shredding).
    MIZAN_CHECK(exec("PRAGMA secure_delete = ON"));
    const struct
    {
        const char *name;
        const char *expected;
    } checks[] = {{"cipher_page_size", "4096"},
                  {"cipher_use_hmac", "1"},
                  {"synchronous", "2"},
                  {"journal_mode", "delete"},
                  {"temp_store", "2"},
                  {"secure_delete", "1"}};
    for (const auto &check : checks) {
        MIZAN_TRY(value, pragma(check.name));
        if (value != QLatin1String(check.expected)) {
            Error e = makeError(ErrorCode::Integrity,
                                Tr::tr("%1: the setting %2 reads back as \"%3\", not \"%4\"; "
                                       "refusing to use the database")
                                    .arg(m_path,
                                         QLatin1String(check.name),
                                         value,
                                         QLatin1String(check.expected)));
            e.file = m_path;
            return fail(e);
        }
    }
    return {};
}

Result<> Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return fail(error(rc, Tr::tr("run \"%1\"").arg(QString::fromUtf8(sql).left(60))));
    return {};
}

Result<Statement> Database::prepare(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    if (rc != SQLITE_OK)
        return fail(error(rc, Tr::tr("prepare \"%1\"").arg(QString::fromUtf8(sql).left(60))));
    return Statement(statement, this);
}

void Database::rollback()
{
    // After a failure there is nothing better to do if ROLLBACK fails as well: SQLite then
    // rolls back when the connection closes, and the caller reports the first error.
    static_cast<void>(sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr));
}

Result<> Database::transaction(const std::function<Result<>()> &body)
{
    MIZAN_CHECK(exec("BEGIN IMMEDIATE"));
    Result<> result;
    try {
        result = body();
    } catch (...) {
        rollback();
        throw;
    }
    if (!result) {
        rollback();
        return result;
    }
    if (auto committed = exec("COMMIT"); !committed) {
        rollback();
        return committed;
    }
    return {};
}

int Database::schemaVersion() const
{
    const auto version = pragma("user_version");
    return version ? version->toInt() : -1;
}

Result<> Database::migrate(const std::vector<Migration> &migrations, const SecureBytes &key)
{
    const int current = schemaVersion();
    if (current < 0)
        return fail(ErrorCode::Integrity, Tr::tr("%1: cannot read the schema version").arg(m_path));
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (current > latest)
        return fail(ErrorCode::Unsupported,
                    Tr::tr("%1: the workspace was written by a newer Mizan (schema %2; this "
                           "version knows up to %3)")
                        .arg(m_path)
                        .arg(current)
                        .arg(latest));
    if (current == latest)
        return {};
    if (current > 0) {
        // Keep the database as it was, encrypted under the same key, before changing it.
        const QString backup = m_path + QStringLiteral(".v%1.bak").arg(current);
        QFile::remove(backup);
        MIZAN_CHECK(exportTo(backup, key));
    }
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        MIZAN_CHECK(transaction([&]() -> Result<> {
            MIZAN_CHECK(exec(m.sql));
            const QByteArray set = "PRAGMA user_version = " + QByteArray::number(m.version);
            return exec(set.constData());
        }));
    }
    return {};
}

Result<> Database::rekey(const SecureBytes &newKey)
{
    if (newKey.size() != 32)
        return fail(ErrorCode::Internal, Tr::tr("a workspace key must be 256 bits"));
    const SecureBytes literal = rawKeyLiteral(newKey);
    const int rc = sqlite3_rekey(m_db, literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK)
        return fail(error(rc, Tr::tr("re-key the database")));
    return {};
}

Result<> Database::quickCheck() const
{
    return check("PRAGMA quick_check");
}

Result<> Database::integrityCheck() const
{
    return check("PRAGMA integrity_check");
}

Result<> Database::check(const char *pragmaSql) const
{
    MIZAN_TRY(statement, prepare(pragmaSql));
    MIZAN_TRY(row, statement.step());
    const QString result = row ? statement.text(0) : QString();
    if (result != QLatin1String("ok")) {
        Error e = makeError(ErrorCode::Integrity,
                            Tr::tr("%1: the integrity check failed: %2").arg(m_path, result));
        e.file = m_path;
        return fail(e);
    }
    return {};
}

Result<> Database::exportTo(const QString &path, const SecureBytes &key) const
{
    if (key.size() != 32)
        return fail(ErrorCode::Internal, Tr::tr("a workspace key must be 256 bits"));
    // ATTACH ... KEY "x'..'" is built in wiped memory and never logged; the target is keyed
    // before sqlcipher_export writes a single page, so it can never be a plaintext copy.
    // A workspace opened without SQLITE_OPEN_CREATE cannot ATTACH a file that does not exist:
    // make it empty first (an empty file is a new database), readable by the owner only.
    if (!QFile::exists(path)) {
        QFile empty(path);
        if (!empty.open(QIODevice::WriteOnly)
            || !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(ErrorCode::Io,
                        Tr::tr("%1 cannot be created: %2").arg(path, empty.errorString()));
    }
    const SecureBytes literal = rawKeyLiteral(key);
    const QByteArray quoted = QFile::encodeName(path).replace('\'', "''");
    const QByteArray head = "ATTACH DATABASE '" + quoted + "' AS mizan_export KEY \"";
    SecureBytes sql(size_t(head.size()) + literal.size() + 2);
    std::memcpy(sql.data(), head.constData(), size_t(head.size()));
    std::memcpy(sql.data() + head.size(), literal.data(), literal.size());
    sql.data()[size_t(head.size()) + literal.size()] = '"';
    sql.data()[size_t(head.size()) + literal.size() + 1] = 0;
    int rc
        = sqlite3_exec(m_db, reinterpret_cast<const char *>(sql.data()), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(error(rc, Tr::tr("attach %1").arg(path)));
    const auto detach = [this] {
        sqlite3_exec(m_db, "DETACH DATABASE mizan_export", nullptr, nullptr, nullptr);
    };
    for (const char *setting : {"PRAGMA mizan_export.cipher_page_size = 4096",
                                "PRAGMA mizan_export.cipher_use_hmac = ON",
                                "SELECT sqlcipher_export('mizan_export')"}) {
        rc = sqlite3_exec(m_db, setting, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            Error e = error(rc, Tr::tr("export to %1").arg(path));
            detach();
            return fail(e);
        }
    }
    const QByteArray version = "PRAGMA mizan_export.user_version = "
                               + QByteArray::number(schemaVersion());
    sqlite3_exec(m_db, version.constData(), nullptr, nullptr, nullptr);
    detach();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace mizan
