// Section 4 of mizan-bench: what the encrypted workspace costs. Unlock time at the default
// Argon2id cost, the encrypted insert rate of leads, and the same inserts into an unkeyed
// SQLCipher database for the price of encryption itself.

#include "WorkspaceBench.h"

#include "BenchSupport.h"

#include "common/SecureBytes.h"
#include "data/CsvReader.h"
#include "data/DatasetLoader.h"
#include "data/DatasetSpec.h"
#include "security/PasswordKdf.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace mizan::bench {

namespace {

constexpr const char *kAdmin = "bench";
constexpr const char *kAdminPassword = "amber canyon tulip orbit";
constexpr const char *kAnalyst = "dana"; // a data scientist: admins may not import leads
constexpr const char *kAnalystPassword = "copper garden whistle arrow";

// The workspace's `leads` table (WorkspaceSchema.cpp) without the foreign key to lead_sets.
constexpr const char *kLeadsTable
    = "CREATE TABLE leads(lead_set_id INTEGER NOT NULL, row_index INTEGER NOT NULL, "
      "lead_id TEXT NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (lead_set_id, row_index)) "
      "WITHOUT ROWID;";
constexpr const char *kInsert
    = "INSERT INTO leads(lead_set_id, row_index, lead_id, fields) VALUES(?, ?, ?, ?)";

SecureBytes secret(const char *text)
{
    return SecureBytes(reinterpret_cast<const uint8_t *>(text), std::strlen(text));
}

/** The default cost (64 MiB, 3 passes, 2 lanes): what a real user's slot is made with. */
WorkspaceOptions defaultOptions()
{
    WorkspaceOptions options;
    options.kdf = KdfParams{};
    options.appName = QStringLiteral("mizan-bench");
    return options;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/** Prints every time of a measurement and returns their median. */
double printRuns(const QString &label, const std::vector<double> &seconds)
{
    QStringList times;
    for (double s : seconds)
        times.append(fixed(s, 3));
    say(QStringLiteral("  %1 runs (s): %2").arg(label, times.join(QStringLiteral(", "))));
    return median(seconds);
}

/** Runs `once` (returning its seconds) `runs` times, prints every time, returns the median. */
template<typename Fn>
Result<double> medianOf(int runs, const QString &label, Fn &&once)
{
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        MIZAN_TRY(s, once(i));
        seconds.push_back(s);
    }
    return printRuns(label, seconds);
}

// ---- rows ----------------------------------------------------------------------------------

struct LeadRow
{
    QString leadId;
    QByteArray fields;
};

/** The file's data rows as importLeadSet binds them: the id (or row index) and the line. */
Result<std::vector<LeadRow>> readLeads(const QString &csvPath, const DatasetSpec &spec)
{
    std::vector<LeadRow> rows;
    bool first = spec.csv.header;
    int idField = !spec.csv.header && !spec.id.isEmpty() ? int(spec.columns.indexOf(spec.id)) : -1;
    MIZAN_TRY(stats,
              CsvReader::readFile(csvPath, spec.csv.toOptions(), [&](const CsvRecord &r) -> Result<> {
                  if (first) {
                      first = false;
                      for (int i = 0; i < r.size() && !spec.id.isEmpty(); ++i)
                          if (QString::fromUtf8(r.field(i)) == spec.id)
                              idField = i;
                      return {};
                  }
                  const QString id = idField >= 0 && idField < r.size()
                                         ? QString::fromUtf8(r.field(idField))
                                         : QString::number(qint64(rows.size()));
                  rows.push_back(LeadRow{id, r.quotedLine()});
                  return {};
              }));
    static_cast<void>(stats);
    return rows;
}

// ---- raw inserts ---------------------------------------------------------------------------

/** Keyed: Database::open with a random raw key, as the workspace is (page HMAC, AES-256). */
Result<double> insertKeyed(const QString &path, const std::vector<LeadRow> &rows)
{
    MIZAN_TRY(db, Database::open(path, SecureBytes::random(32), Database::Mode::Create));
    MIZAN_CHECK(db.exec(kLeadsTable));
    QElapsedTimer timer;
    timer.start();
    MIZAN_CHECK(db.transaction([&]() -> Result<> {
        MIZAN_TRY(insert, db.prepare(kInsert));
        qint64 row = 0;
        for (const LeadRow &lead : rows) {
            insert.bind(1, qint64(1)).bind(2, row++).bind(3, lead.leadId).bind(4, lead.fields);
            MIZAN_CHECK(insert.run());
            MIZAN_CHECK(insert.reset());
        }
        return {};
    }));
    const double seconds = secondsSince(timer);
    MIZAN_TRY(count, db.prepare("SELECT count(*) FROM leads"));
    MIZAN_TRY(found, count.step());
    if (!found || count.integer(0) != qint64(rows.size()))
        return fail(ErrorCode::Internal, QStringLiteral("%1: rows missing after insert").arg(path));
    return seconds;
}

struct SqliteClose
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct SqliteFinalize
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};

Result<> sqlOk(sqlite3 *db, int rc, const QString &path, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE)
        return {};
    return fail(ErrorCode::Io,
                QStringLiteral("%1: could not %2: %3")
                    .arg(path, QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

Result<> sqlExec(sqlite3 *db, const QString &path, const char *sql)
{
    return sqlOk(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr), path, sql);
}

/** A one-value query on the raw connection ("" when it returns no row). */
QString sqlValue(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return {};
    std::unique_ptr<sqlite3_stmt, SqliteFinalize> statement(raw);
    if (sqlite3_step(raw) != SQLITE_ROW)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0)));
}

struct UnkeyedRun
{
    double seconds = 0;
    QString cipherVersion; ///< the library is SQLCipher even though no key is set
    QString pageSize;
};

/**
 * Unkeyed: the same SQLCipher library through its C API with no sqlite3_key, so plain SQLite
 * pages; the same settings as Database::open (page size = cipher_page_size, synchronous=FULL,
 * rollback journal, temp_store=MEMORY) and the same bind calls as Statement.
 */
Result<UnkeyedRun> insertUnkeyed(const QString &path, const std::vector<LeadRow> &rows)
{
    sqlite3 *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const int opened = sqlite3_open_v2(native.constData(),
                                       &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                           | SQLITE_OPEN_FULLMUTEX,
                                       nullptr);
    const std::unique_ptr<sqlite3, SqliteClose> db(raw);
    MIZAN_CHECK(sqlOk(raw, opened, path, "open the database"));
    MIZAN_CHECK(sqlExec(raw, path, "PRAGMA page_size = 4096"));
    MIZAN_CHECK(sqlExec(raw, path, "PRAGMA synchronous = FULL"));
    MIZAN_CHECK(sqlExec(raw, path, "PRAGMA journal_mode = DELETE"));
    MIZAN_CHECK(sqlExec(raw, path, "PRAGMA temp_store = MEMORY"));
    MIZAN_CHECK(sqlExec(raw, path, kLeadsTable));
    UnkeyedRun run;
    run.cipherVersion = sqlValue(raw, "PRAGMA cipher_version");
    run.pageSize = sqlValue(raw, "PRAGMA page_size");

    QElapsedTimer timer;
    timer.start();
    MIZAN_CHECK(sqlExec(raw, path, "BEGIN IMMEDIATE"));
    sqlite3_stmt *prepared = nullptr;
    MIZAN_CHECK(sqlOk(raw,
                      sqlite3_prepare_v2(raw, kInsert, -1, &prepared, nullptr),
                      path,
                      "prepare the insert"));
    std::unique_ptr<sqlite3_stmt, SqliteFinalize> insert(prepared);
    qint64 row = 0;
    for (const LeadRow &lead : rows) {
        const QByteArray id = lead.leadId.toUtf8(); // as Statement::bind(int, QString) does
        int rc = sqlite3_bind_int64(prepared, 1, 1);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_int64(prepared, 2, row++);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_text(prepared, 3, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_blob(prepared,
                                   4,
                                   lead.fields.constData(),
                                   int(lead.fields.size()),
                                   SQLITE_TRANSIENT);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(prepared);
        MIZAN_CHECK(sqlOk(raw, rc, path, "insert a row")); // closing rolls back
        sqlite3_reset(prepared);
        sqlite3_clear_bindings(prepared);
    }
    insert.reset();
    MIZAN_CHECK(sqlExec(raw, path, "COMMIT"));
    run.seconds = secondsSince(timer);
    if (sqlValue(raw, "SELECT count(*) FROM leads") != QString::number(rows.size()))
        return fail(ErrorCode::Internal, QStringLiteral("%1: rows missing after insert").arg(path));
    return run;
}

/** Whether the file starts with SQLite's plain header (an encrypted file starts with salt). */
bool plainSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

// ---- workspaces ----------------------------------------------------------------------------

/** A new workspace in `dir` with an admin and a data scientist (default cost); signed out. */
Result<> makeWorkspace(const QString &dir)
{
    MIZAN_TRY(created,
              Workspace::create(dir,
                                QLatin1String(kAdmin),
                                secret(kAdminPassword),
                                defaultOptions()));
    MIZAN_CHECK(created.workspace->addUser(QLatin1String(kAnalyst),
                                           Role::DataScientist,
                                           secret(kAnalystPassword)));
    return created.workspace->logout();
}

/** Workspace::open + login, timed; the logout and release afterwards are not. */
Result<double> unlockOnce(const QString &dir, const char *user, const char *password)
{
    const SecureBytes pw = secret(password);
    QElapsedTimer timer;
    timer.start();
    MIZAN_TRY(ws, Workspace::open(dir, defaultOptions()));
    MIZAN_CHECK(ws->login(QLatin1String(user), pw));
    const double seconds = secondsSince(timer);
    MIZAN_CHECK(ws->logout());
    return seconds;
}

/** Workspace::importLeadSet into a fresh workspace (signed in as the data scientist), timed. */
Result<double> importOnce(const QString &dir, const WorkspaceBenchConfig &config, qint64 rows)
{
    MIZAN_CHECK(makeWorkspace(dir));
    MIZAN_TRY(ws, Workspace::open(dir, defaultOptions()));
    MIZAN_CHECK(ws->login(QLatin1String(kAnalyst), secret(kAnalystPassword)));
    QElapsedTimer timer;
    timer.start();
    MIZAN_TRY(set, ws->importLeadSet(config.csvPath, config.specPath));
    const double seconds = secondsSince(timer);
    if (set.rows != rows)
        return fail(ErrorCode::Internal,
                    QStringLiteral("importLeadSet stored %1 rows, the file has %2")
                        .arg(set.rows)
                        .arg(rows));
    MIZAN_CHECK(ws->logout());
    return seconds;
}

/** Medians of the KDF alone, of unlock, and of their difference run by run. */
struct UnlockFigures
{
    double kdf = 0;
    double unlock = 0;
    double rest = 0; ///< unlock minus the KDF: the slot, database, quick_check, audit, slots file
};

/**
 * Alternates deriveKey (default KdfParams, fresh salt) with open + login of the workspace in
 * `dir`, so that the difference is taken between neighbouring runs under the same conditions.
 */
Result<UnlockFigures> measureUnlock(
    const QString &label, int runs, const QString &dir, const char *user, const char *password)
{
    const SecureBytes pw = secret(password);
    std::vector<double> kdfTimes;
    std::vector<double> unlockTimes;
    std::vector<double> restTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        MIZAN_TRY(key, deriveKey(pw, KdfParams::withFreshSalt()));
        kdfTimes.push_back(secondsSince(timer));
        static_cast<void>(key);
        MIZAN_TRY(unlock, unlockOnce(dir, user, password));
        unlockTimes.push_back(unlock);
        restTimes.push_back(unlock - kdfTimes.back());
    }
    UnlockFigures figures;
    figures.kdf = printRuns(QStringLiteral("%1: Argon2id deriveKey").arg(label), kdfTimes);
    figures.unlock = printRuns(QStringLiteral("%1: Workspace::open + login").arg(label),
                               unlockTimes);
    figures.rest = median(restTimes);
    return figures;
}

Result<QString> subdir(const QTemporaryDir &tmp, const QString &name)
{
    const QString path = tmp.filePath(name);
    if (!QDir().mkpath(path))
        return fail(ErrorCode::Io, QStringLiteral("cannot create %1").arg(path));
    return path;
}

} // namespace

Result<> benchWorkspace(const WorkspaceBenchConfig &config)
{
    const KdfParams kdf = KdfParams::withFreshSalt();
    if (KdfParams::testCostAllowed() || kdf.memoryKiB != KdfParams{}.memoryKiB)
        return fail(ErrorCode::Internal, QStringLiteral("the default Argon2id cost is not in use"));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot create a temporary folder: %1").arg(tmp.errorString()));
    say(QStringLiteral("4. Encrypted workspace (Argon2id %1 MiB, %2 passes, %3 lanes; medians; "
                       "folders in %4)")
            .arg(kdf.memoryKiB / 1024)
            .arg(kdf.passes)
            .arg(kdf.lanes)
            .arg(QDir::toNativeSeparators(tmp.path())));

    // (a) Unlock of a new workspace: the KDF alone, then open + login (slot, database,
    // quick_check, audit entry, key slots saved).
    MIZAN_TRY(emptyDir, subdir(tmp, QStringLiteral("unlock")));
    const QString unlockDir = emptyDir + QStringLiteral("/ws");
    MIZAN_CHECK(makeWorkspace(unlockDir));
    MIZAN_TRY(unlock,
              measureUnlock(QStringLiteral("new workspace"),
                            config.unlockRuns,
                            unlockDir,
                            kAdmin,
                            kAdminPassword));

    // (b) Inserting the bank file's rows.
    MIZAN_TRY(spec, DatasetSpec::load(config.specPath));
    QElapsedTimer readTimer;
    readTimer.start();
    MIZAN_TRY(rows, readLeads(config.csvPath, spec));
    const double readSeconds = secondsSince(readTimer);
    qint64 encodedBytes = 0;
    for (const LeadRow &lead : rows)
        encodedBytes += lead.fields.size();
    const auto rowCount = qint64(rows.size());
    say(QStringLiteral("  data: %1 rows of %2, %3 MB as RFC 4180 lines (read + encode %4 s, not "
                       "in the raw insert times)")
            .arg(rowCount)
            .arg(QFileInfo(config.csvPath).fileName())
            .arg(fixed(megabytes(encodedBytes), 1))
            .arg(fixed(readSeconds, 3)));

    QStringList importDirs;
    MIZAN_TRY(importSeconds,
              medianOf(config.insertRuns,
                       QStringLiteral("Workspace::importLeadSet"),
                       [&](int i) -> Result<double> {
                           MIZAN_TRY(dir, subdir(tmp, QStringLiteral("import-%1").arg(i)));
                           importDirs.append(dir + QStringLiteral("/ws"));
                           return importOnce(importDirs.last(), config, rowCount);
                       }));
    MIZAN_TRY(validateSeconds,
              medianOf(config.insertRuns,
                       QStringLiteral("context: DatasetLoader::load (the import's validation)"),
                       [&](int) -> Result<double> {
                           QElapsedTimer timer;
                           timer.start();
                           MIZAN_TRY(data, DatasetLoader::load(config.csvPath, spec));
                           const double seconds = secondsSince(timer);
                           if (data.rowCount() != rowCount)
                               return fail(ErrorCode::Internal,
                                           QStringLiteral("DatasetLoader::load read %1 rows")
                                               .arg(data.rowCount()));
                           return seconds;
                       }));
    // Keyed and unkeyed runs alternate (and swap which goes first) so that drift in the disk's
    // flush times falls on both alike; the previous pair's files are removed as it goes.
    QString keyedPath;
    QString unkeyedPath;
    UnkeyedRun unkeyedInfo;
    std::vector<double> keyedTimes;
    std::vector<double> unkeyedTimes;
    for (int i = 0; i < config.rawRuns; ++i) {
        if (i > 0) {
            QFile::remove(keyedPath);
            QFile::remove(unkeyedPath);
        }
        keyedPath = tmp.filePath(QStringLiteral("keyed-%1.db").arg(i));
        unkeyedPath = tmp.filePath(QStringLiteral("unkeyed-%1.db").arg(i));
        for (int side = 0; side < 2; ++side) {
            if ((side + i) % 2 == 0) {
                MIZAN_TRY(seconds, insertKeyed(keyedPath, rows));
                keyedTimes.push_back(seconds);
            } else {
                MIZAN_TRY(run, insertUnkeyed(unkeyedPath, rows));
                unkeyedTimes.push_back(run.seconds);
                unkeyedInfo = run;
            }
        }
    }
    const double keyedSeconds = printRuns(QStringLiteral("raw insert, keyed"), keyedTimes);
    const double unkeyedSeconds = printRuns(QStringLiteral("raw insert, unkeyed"), unkeyedTimes);
    const double keyedBest = *std::min_element(keyedTimes.begin(), keyedTimes.end());
    const double unkeyedBest = *std::min_element(unkeyedTimes.begin(), unkeyedTimes.end());

    // Context: unlock again once the workspace holds the lead set (quick_check reads every page).
    const QString fullDir = importDirs.last();
    MIZAN_TRY(fullUnlock,
              measureUnlock(QStringLiteral("context, with the lead set"),
                            config.unlockRuns,
                            fullDir,
                            kAnalyst,
                            kAnalystPassword));
    const auto dbMB = [](const QString &path) {
        return fixed(megabytes(QFileInfo(path).size()), 1);
    };
    const QString fullDb = fullDir + QLatin1Char('/') + QLatin1String(Workspace::kDatabaseFile);
    const QString emptyDb = unlockDir + QLatin1Char('/') + QLatin1String(Workspace::kDatabaseFile);

    const double n = static_cast<double>(rowCount);
    const auto timeLine = [](const QString &label, double seconds, const QString &note) {
        say(QStringLiteral("  %1 %2 s%3")
                .arg(label.leftJustified(56))
                .arg(fixed(seconds, 3).rightJustified(7))
                .arg(note.isEmpty() ? QString() : QStringLiteral("  ") + note));
    };
    const auto ratioLine = [](const QString &label, double ratio, const QString &note) {
        say(QStringLiteral("  %1 %2%3")
                .arg(label.leftJustified(56))
                .arg(fixed(ratio, 3).rightJustified(7))
                .arg(note.isEmpty() ? QString() : QStringLiteral("    ") + note));
    };
    const auto rateLine = [n](const QString &label, double seconds) {
        say(QStringLiteral("  %1 %2 s  %3 rows/s")
                .arg(label.leftJustified(56))
                .arg(fixed(seconds, 3).rightJustified(7))
                .arg(fixed(seconds > 0 ? n / seconds : 0, 0).rightJustified(8)));
    };
    say(QStringLiteral("  %1 %2    %3")
            .arg(QStringLiteral("figure (median)").leftJustified(56))
            .arg(QStringLiteral("time").rightJustified(7))
            .arg(QStringLiteral("rate / share")));
    const auto unlockNote = [](const UnlockFigures &f) {
        return QStringLiteral("KDF alone = %1 % of it; unlock - KDF %2 s (median of run-by-run "
                              "differences)")
            .arg(fixed(100.0 * f.kdf / f.unlock, 0))
            .arg(fixed(f.rest, 3));
    };
    timeLine(QStringLiteral("Argon2id deriveKey alone (default KdfParams)"), unlock.kdf, {});
    timeLine(QStringLiteral("unlock: Workspace::open + login (%1 MB database)").arg(dbMB(emptyDb)),
             unlock.unlock,
             unlockNote(unlock));
    timeLine(QStringLiteral("context: unlock with the lead set (%1 MB database)").arg(dbMB(fullDb)),
             fullUnlock.unlock,
             unlockNote(fullUnlock));
    rateLine(QStringLiteral("Workspace::importLeadSet (validate + insert + audit)"), importSeconds);
    rateLine(QStringLiteral("context: DatasetLoader::load alone (validation)"), validateSeconds);
    rateLine(QStringLiteral("raw insert, keyed (Database::open, random 256-bit key)"), keyedSeconds);
    rateLine(QStringLiteral("raw insert, unkeyed SQLCipher (no sqlite3_key)"), unkeyedSeconds);
    ratioLine(QStringLiteral("encryption cost: keyed / unkeyed raw insert time"),
              keyedSeconds / unkeyedSeconds,
              QStringLiteral("best / best of %1: %2")
                  .arg(config.rawRuns)
                  .arg(fixed(keyedBest / unkeyedBest, 3)));
    ratioLine(QStringLiteral("context: importLeadSet / raw keyed insert time"),
              importSeconds / keyedSeconds,
              {});
    say(QStringLiteral("  files: keyed %1 MB (plain header: %2), unkeyed %3 MB (plain header: %4, "
                       "page size %5, cipher_version %6)")
            .arg(dbMB(keyedPath),
                 plainSqliteHeader(keyedPath) ? QStringLiteral("yes") : QStringLiteral("no"))
            .arg(dbMB(unkeyedPath),
                 plainSqliteHeader(unkeyedPath) ? QStringLiteral("yes") : QStringLiteral("no"))
            .arg(unkeyedInfo.pageSize, unkeyedInfo.cipherVersion));
    say();
    return {};
}

} // namespace mizan::bench
