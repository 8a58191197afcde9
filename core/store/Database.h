#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace mizan {

class Database;

/**
 * @brief A prepared statement (RAII). Bind parameters by 1-based index, step, read columns.
 * Belongs to its Database and to the thread that uses it.
 */
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);

    /** @brief One step: true when a row is ready, false when done. */
    Result<bool> step();
    /** @brief Steps to the end (for statements that return no rows). */
    Result<> run();
    Result<> reset();

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt *statement, const Database *database);
    Result<> checkBind(int rc);

    sqlite3_stmt *m_statement = nullptr;
    const Database *m_database = nullptr;
    int m_bindError = 0;
};

/** @brief One versioned schema step: applied in order, each in its own transaction. */
struct Migration
{
    int version;
    const char *sql;
};

/**
 * @brief An SQLCipher 3.4.1 database through its C API (RAII): keyed with a raw 256-bit key,
 * cipher_page_size 4096, HMAC on, synchronous=FULL, rollback journal (no WAL).
 *
 * After keying, every setting is read back (SQLCipher 3.4.1 silently ignores unknown pragmas);
 * if `PRAGMA cipher_version` returns nothing, another SQLite is in the process and the database
 * would be written in plain text: open() refuses with ErrorCode::Integrity. A wrong key or a
 * damaged file is reported on open (ErrorCode::Integrity), before anything is written.
 *
 * One connection, one thread: the Workspace facade owns it and serialises writes.
 */
class Database
{
public:
    /** ReadOnly: a copy to verify, opened without any right to change it. */
    enum class Mode { Create, OpenExisting, ReadOnly };

    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<Database> open(const QString &path, const SecureBytes &key, Mode mode);
    /**
     * @brief The SQLCipher library in the process, for an About box: `PRAGMA cipher_version` on
     * an in-memory connection of its own, then the SQLite it is built on ("3.4.1 (SQLite
     * 3.15.2)"). Empty when the SQLite in use is not SQLCipher. Touches no file; any thread.
     */
    static QString libraryVersion();

    Result<> exec(const char *sql);
    Result<Statement> prepare(const char *sql) const;
    /** @brief BEGIN IMMEDIATE; the body; COMMIT, or ROLLBACK when the body fails. */
    Result<> transaction(const std::function<Result<>()> &body);
    /**
     * @brief Brings the schema to the last migration's version. When an existing database
     * must migrate, it is first copied (encrypted, same key) to `<path>.v<N>.bak`.
     */
    Result<> migrate(const std::vector<Migration> &migrations, const SecureBytes &key);
    int schemaVersion() const;

    /** @brief PRAGMA rekey: the database re-encrypted under another raw key. */
    Result<> rekey(const SecureBytes &newKey);
    /** @brief PRAGMA integrity_check; Integrity error naming the first problem. */
    Result<> integrityCheck() const;
    /**
     * @brief PRAGMA quick_check: reads (and so authenticates, page by page with SQLCipher's
     * HMAC) every page; much faster than integrityCheck(), which also checks indexes.
     */
    Result<> quickCheck() const;
    /** @brief An encrypted copy under `key` (sqlcipher_export); never an unkeyed file. */
    Result<> exportTo(const QString &path, const SecureBytes &key) const;

    QString path() const { return m_path; }
    QString cipherVersion() const { return m_cipherVersion; }
    qint64 lastInsertId() const;
    int changes() const;

    /** @brief An Error from the connection's last failure, naming the database file. */
    Error error(int rc, const QString &what) const;

private:
    Database() = default;
    Result<> applyKey(const SecureBytes &key);
    void rollback();
    Result<QString> pragma(const char *name) const;
    Result<> checkCipher();
    Result<> checkSettings();
    Result<> check(const char *pragmaSql) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_cipherVersion;
};

} // namespace mizan
