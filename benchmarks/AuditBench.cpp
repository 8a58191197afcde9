// Section 5 of mizan-bench: the audit log. Durable appends per second, full verification of a
// million entries against the SHA-256 bound of the same hashes, and proof verification and
// generation rates at that size.

#include "AuditBench.h"

#include "BenchSupport.h"

#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "audit/MerkleTree.h"
#include "common/CanonicalJson.h"
#include "common/Crypto.h"
#include "common/SecureBytes.h"
#include "common/Sha256.h"
#include "store/Database.h"
#include "workspace/WorkspacePrivate.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <random>
#include <vector>

namespace mizan::bench {

namespace {

constexpr qint64 kStartMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z

// A copy of the audit table (WorkspaceSchema.cpp, with its indexes) without the triggers: the
// baseline rows go there, stored as AuditLog::append stores an entry but with nothing computed.
constexpr const char *kBaselineTable
    = "CREATE TABLE bench_rows(seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, "
      "actor TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, "
      "outcome TEXT NOT NULL, details TEXT NOT NULL, prev_hash BLOB NOT NULL, "
      "leaf_hash BLOB NOT NULL);"
      "CREATE INDEX bench_rows_time ON bench_rows(time_ms);"
      "CREATE INDEX bench_rows_actor ON bench_rows(actor, seq);"
      "CREATE INDEX bench_rows_action ON bench_rows(action, seq);";
constexpr const char *kBaselineInsert
    = "INSERT INTO bench_rows(seq, time_ms, actor, role, action, target, outcome, details, "
      "prev_hash, leaf_hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

/** The workspace key of a made-up workspace: signs every checkpoint, as a real one does. */
struct Keys
{
    crypto::SigningKey workspace = crypto::generateSigningKey();
    QString origin = QStringLiteral("mizan/7f3c9a2e-bench");

    AuditSigner signer() const { return {origin, workspace.publicKey, &workspace.privateSeed}; }
    AuditKeyring keyring() const
    {
        AuditKeyring keys;
        keys.origin = origin;
        keys.workspacePublicKey = workspace.publicKey;
        return keys;
    }
};

/**
 * Realistic entries, the same sequence every run: eight users with their roles, the actions the
 * workspace writes (sign-in and out, lead sets, scoring, models, users, the audit itself) with
 * small details objects, about 250 to 400 canonical bytes each. Times advance 0.2 to 20 s.
 */
class EntryMaker
{
public:
    AuditEntry next()
    {
        struct Actor
        {
            const char *name;
            const char *role;
        };
        static constexpr std::array<Actor, 8> kActors{{{"omar", "admin"},
                                                       {"dana", "data_scientist"},
                                                       {"lina", "analyst"},
                                                       {"sami", "analyst"},
                                                       {"rana", "risk_officer"},
                                                       {"karim", "analyst"},
                                                       {"maya", "data_scientist"},
                                                       {"yusuf", "auditor"}}};
        const Actor &actor = kActors[pick(kActors.size())];
        m_timeMs += 200 + qint64(pick(20000));
        AuditEntry e;
        e.timeMs = m_timeMs;
        e.actor = QLatin1String(actor.name);
        e.role = QLatin1String(actor.role);
        e.outcome = QStringLiteral("ok");
        const auto id = [this](int range) { return qint64(1 + pick(std::size_t(range))); };
        switch (pick(12)) {
        case 0:
            e.action = QStringLiteral("login");
            e.target = e.actor;
            if (pick(10) == 0) {
                e.outcome = QStringLiteral("failed");
                e.details = {{QStringLiteral("attempt"), id(5)},
                             {QStringLiteral("reason"), QStringLiteral("wrong password")}};
            } else {
                e.details = {{QStringLiteral("method"), QStringLiteral("password")}};
            }
            break;
        case 1:
            e.action = QStringLiteral("logout");
            e.target = e.actor;
            break;
        case 2:
        case 3:
            e.action = QStringLiteral("leads.open");
            e.target = QStringLiteral("lead_set:%1").arg(id(40));
            e.details = {{QStringLiteral("rows"), 41188}, {QStringLiteral("page"), id(400)}};
            break;
        case 4:
            e.action = QStringLiteral("leads.score");
            e.target = QStringLiteral("lead_set:%1").arg(id(40));
            e.details = {{QStringLiteral("model"), id(12)},
                         {QStringLiteral("rows"), 41188},
                         {QStringLiteral("run"), id(5000)},
                         {QStringLiteral("threshold"), 0.35},
                         {QStringLiteral("model_sha256"), hashText()}};
            break;
        case 5:
            e.action = QStringLiteral("predictions.view");
            e.target = QStringLiteral("run:%1").arg(id(5000));
            e.details = {{QStringLiteral("lead"), QStringLiteral("L-%1").arg(id(41188))},
                         {QStringLiteral("explanation"), true}};
            break;
        case 6:
            e.action = QStringLiteral("permission.denied");
            e.outcome = QStringLiteral("denied");
            e.target = QStringLiteral("leads.export");
            e.details = {{QStringLiteral("permission"), QStringLiteral("LeadsExport")}};
            break;
        case 7:
            e.action = QStringLiteral("leads.import");
            e.target = QStringLiteral("lead_set:%1").arg(id(40));
            e.details = {{QStringLiteral("file"), QStringLiteral("leads-2026-%1.csv").arg(id(12))},
                         {QStringLiteral("rows"), 41188},
                         {QStringLiteral("sha256"), hashText()}};
            break;
        case 8:
            e.action = QStringLiteral("model.import");
            e.target = QStringLiteral("model:%1").arg(id(12));
            e.details = {{QStringLiteral("name"), QStringLiteral("bank_mod%1").arg(id(9))},
                         {QStringLiteral("auc"), 0.9467},
                         {QStringLiteral("bundle_sha256"), hashText()}};
            break;
        case 9:
            e.action = QStringLiteral("user.role");
            e.target = QLatin1String(kActors[pick(kActors.size())].name);
            e.details = {{QStringLiteral("from"), QStringLiteral("analyst")},
                         {QStringLiteral("to"), QStringLiteral("risk_officer")},
                         {QStringLiteral("pending"), true}};
            break;
        case 10:
            e.action = QStringLiteral("audit.view");
            e.target = QStringLiteral("audit");
            e.details = {{QStringLiteral("filter"),
                          QJsonObject{{QStringLiteral("actor"),
                                       QLatin1String(kActors[pick(kActors.size())].name)},
                                      {QStringLiteral("from_ms"), kStartMs}}}};
            break;
        default:
            e.action = QStringLiteral("leads.export");
            e.target = QStringLiteral("run:%1").arg(id(5000));
            e.details = {{QStringLiteral("rows"), id(2000)},
                         {QStringLiteral("columns"), 14},
                         {QStringLiteral("pii"), false},
                         {QStringLiteral("format"), QStringLiteral("csv")}};
            break;
        }
        return e;
    }

private:
    std::size_t pick(std::size_t range) { return std::size_t(m_random() % range); }
    QString hashText()
    {
        QByteArray bytes(32, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(m_random());
        return QString::fromLatin1(bytes.toHex());
    }

    std::mt19937_64 m_random{20260101};
    qint64 m_timeMs = kStartMs;
};

Result<Database> openLog(const QString &path, const SecureBytes &key)
{
    MIZAN_TRY(db, Database::open(path, key, Database::Mode::Create));
    MIZAN_CHECK(db.migrate(workspaceMigrations(), key));
    return db;
}

/** The row AuditLog::append would store, with the hashes and the details text precomputed. */
struct BaselineRow
{
    AuditEntry entry;
    QString details;
};

Result<> insertBaseline(Statement &insert, qint64 seq, const BaselineRow &row)
{
    static const QByteArray kHash(32, '\x5a');
    const AuditEntry &e = row.entry;
    insert.bind(1, seq)
        .bind(2, e.timeMs)
        .bind(3, e.actor)
        .bind(4, e.role)
        .bind(5, e.action)
        .bind(6, e.target)
        .bind(7, e.outcome)
        .bind(8, row.details)
        .bind(9, kHash)
        .bind(10, kHash);
    MIZAN_CHECK(insert.run());
    return insert.reset();
}

std::vector<BaselineRow> baselineRows(EntryMaker &maker, int count)
{
    std::vector<BaselineRow> rows;
    rows.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        BaselineRow row{maker.next(), {}};
        row.details = QString::fromUtf8(
            canonicalJson(row.entry.details, CanonicalNumbers::NonIntegersAsStrings));
        rows.push_back(std::move(row));
    }
    return rows;
}

double perSecond(double amount, double seconds)
{
    return seconds > 0 ? amount / seconds : 0;
}

QString rate(double amount, double seconds)
{
    return fixed(perSecond(amount, seconds), 0);
}

struct AppendFigures
{
    double durable = 0;         ///< AuditLog::append, own transaction: seconds for all
    double durableBaseline = 0; ///< plain INSERT, own transaction
    double batch = 0;           ///< AuditLog::append, one transaction
    double batchBaseline = 0;   ///< plain INSERT, one transaction
};

/**
 * (a) Appends of the same entries into a fresh encrypted workspace database. Durable
 * AuditLog::append and the baseline INSERT alternate in blocks of 100 (one checkpoint per block
 * for the log) so that drift in the disk's flush times falls on both alike.
 */
Result<AppendFigures> benchAppends(const AuditBenchConfig &config,
                                   const QString &dir,
                                   const Keys &keys)
{
    const SecureBytes key = SecureBytes::random(32);
    const QString path = dir + QStringLiteral("/appends.db");
    MIZAN_TRY(db, openLog(path, key));
    MIZAN_CHECK(db.exec(kBaselineTable));
    const AuditSigner signer = keys.signer();
    EntryMaker maker;
    AppendFigures figures;
    constexpr int kBlock = 100;

    qint64 baselineSeq = 0;
    const std::vector<BaselineRow> durableRows = baselineRows(maker, config.durableAppends);
    for (int done = 0; done < config.durableAppends; done += kBlock) {
        const int end = std::min(config.durableAppends, done + kBlock);
        QElapsedTimer timer;
        timer.start();
        for (int i = done; i < end; ++i)
            MIZAN_CHECK(db.transaction([&]() -> Result<> {
                MIZAN_TRY(appended,
                          AuditLog::append(db, durableRows[std::size_t(i)].entry, &signer));
                static_cast<void>(appended);
                return {};
            }));
        figures.durable += secondsSince(timer);
        timer.restart();
        for (int i = done; i < end; ++i)
            MIZAN_CHECK(db.transaction([&]() -> Result<> {
                MIZAN_TRY(insert, db.prepare(kBaselineInsert));
                return insertBaseline(insert, ++baselineSeq, durableRows[std::size_t(i)]);
            }));
        figures.durableBaseline += secondsSince(timer);
    }

    const std::vector<BaselineRow> batchRows = baselineRows(maker, config.batchAppends);
    QElapsedTimer timer;
    timer.start();
    MIZAN_CHECK(db.transaction([&]() -> Result<> {
        for (const BaselineRow &row : batchRows) {
            MIZAN_TRY(appended, AuditLog::append(db, row.entry, &signer));
            static_cast<void>(appended);
        }
        return {};
    }));
    figures.batch = secondsSince(timer);
    timer.restart();
    MIZAN_CHECK(db.transaction([&]() -> Result<> {
        MIZAN_TRY(insert, db.prepare(kBaselineInsert));
        for (const BaselineRow &row : batchRows)
            MIZAN_CHECK(insertBaseline(insert, ++baselineSeq, row));
        return {};
    }));
    figures.batchBaseline = secondsSince(timer);

    MIZAN_TRY(count, AuditLog::count(db));
    if (count != config.durableAppends + config.batchAppends)
        return fail(ErrorCode::Internal, QStringLiteral("%1: entries missing").arg(path));
    MIZAN_TRY(report, verifyAuditLog(db, keys.keyring()));
    if (!report.ok)
        return fail(ErrorCode::Internal,
                    QStringLiteral("the appended log does not verify: %1").arg(report.verdict()));
    return figures;
}

/** (b) The million-entry log: appends in large transactions, checkpoints signed every 100. */
Result<double> buildLog(const AuditBenchConfig &config, Database &db, const Keys &keys)
{
    const AuditSigner signer = keys.signer();
    EntryMaker maker;
    QElapsedTimer timer;
    timer.start();
    const qint64 every = std::max<qint64>(config.logEntries / 5, config.buildBatch);
    qint64 lastDone = 0;
    double lastSeconds = 0;
    for (qint64 done = 0; done < config.logEntries;) {
        const qint64 end = std::min(config.logEntries, done + config.buildBatch);
        MIZAN_CHECK(db.transaction([&]() -> Result<> {
            for (qint64 i = done; i < end; ++i) {
                MIZAN_TRY(appended, AuditLog::append(db, maker.next(), &signer));
                static_cast<void>(appended);
            }
            return {};
        }));
        done = end;
        if (done % every == 0 || done == config.logEntries) {
            const double seconds = secondsSince(timer);
            say(QStringLiteral("  built %1 entries in %2 s (the last %3 at %4 appends/s)")
                    .arg(done)
                    .arg(fixed(seconds, 1))
                    .arg(done - lastDone)
                    .arg(rate(double(done - lastDone), seconds - lastSeconds)));
            lastDone = done;
            lastSeconds = seconds;
        }
    }
    return secondsSince(timer);
}

/** The canonical bytes of every entry, back to back, for the hashing bound. */
struct CanonicalBytes
{
    QByteArray all;
    std::vector<qsizetype> ends;

    QByteArrayView at(std::size_t i) const
    {
        const qsizetype begin = i == 0 ? 0 : ends[i - 1];
        return QByteArrayView(all.constData() + begin, ends[i] - begin);
    }
};

struct VerifyFigures
{
    std::vector<double> runs;
    double best = 0;
    double sqlRead = 0;    ///< stepping the rows and reading their columns
    double scan = 0;       ///< AuditLog::scan: + entry objects, details parsed and re-canonicalised
    double canonical = 0;  ///< scan + AuditEntry::canonicalBytes()
    double signatures = 0; ///< reading, parsing and checking every checkpoint's signature
    double bound = 0;      ///< leaf hashes + compact-range interior hashes, no database
    double stream = 0;     ///< context: one streaming SHA-256 over all the canonical bytes
    double rawEvp = 0;     ///< context: the bound's hashes, SHA-256 fetched once, context reused
    qint64 checkpoints = 0;
    qint64 canonicalBytes = 0;
};

/** (c) verifyAuditLog, then each layer under it alone, then the hashing bound. */
Result<VerifyFigures> benchVerify(const AuditBenchConfig &config,
                                  const Database &db,
                                  const Keys &keys,
                                  CanonicalBytes &bytes)
{
    VerifyFigures f;
    const AuditKeyring keyring = keys.keyring();
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer timer;
        timer.start();
        MIZAN_TRY(report, verifyAuditLog(db, keyring));
        const double seconds = secondsSince(timer);
        if (!report.ok || report.entries != config.logEntries)
            return fail(ErrorCode::Internal,
                        QStringLiteral("verifyAuditLog: %1").arg(report.verdict()));
        f.checkpoints = report.checkpoints;
        f.runs.push_back(seconds);
    }
    f.best = *std::min_element(f.runs.begin(), f.runs.end());

    // Layer 1: SQLite alone, the query AuditLog::scan runs and the column reads fromRow makes.
    {
        QElapsedTimer timer;
        timer.start();
        MIZAN_TRY(s,
                  db.prepare("SELECT seq, time_ms, actor, role, action, target, outcome, details, "
                             "prev_hash, leaf_hash FROM audit WHERE seq >= ? ORDER BY seq"));
        s.bind(1, qint64(1));
        qint64 rows = 0;
        qint64 sink = 0;
        for (;;) {
            MIZAN_TRY(row, s.step());
            if (!row)
                break;
            sink += s.integer(0) + s.integer(1);
            for (int c = 2; c <= 7; ++c)
                sink += s.text(c).size();
            sink += s.blob(8).size() + s.blob(9).size();
            ++rows;
        }
        f.sqlRead = secondsSince(timer);
        if (rows != config.logEntries || sink == 0)
            return fail(ErrorCode::Internal, QStringLiteral("the read pass saw %1 rows").arg(rows));
    }
    // Layer 2: AuditLog::scan (entry objects, details parsed, the canonical check of details).
    {
        qint64 canonicalRows = 0;
        QElapsedTimer timer;
        timer.start();
        MIZAN_CHECK(AuditLog::scan(db, 1, [&](const AuditEntry &, bool canonical) {
            canonicalRows += canonical ? 1 : 0;
            return true;
        }));
        f.scan = secondsSince(timer);
        if (canonicalRows != config.logEntries)
            return fail(ErrorCode::Internal, QStringLiteral("scan: details not canonical"));
    }
    // Layer 3: + AuditEntry::canonicalBytes(), the bytes kept (one append) for the bound.
    {
        bytes.all.clear();
        bytes.all.reserve(config.logEntries * 320);
        bytes.ends.clear();
        bytes.ends.reserve(std::size_t(config.logEntries));
        QElapsedTimer timer;
        timer.start();
        MIZAN_CHECK(AuditLog::scan(db, 1, [&](const AuditEntry &e, bool) {
            bytes.all += e.canonicalBytes();
            bytes.ends.push_back(bytes.all.size());
            return true;
        }));
        f.canonical = secondsSince(timer);
        f.canonicalBytes = bytes.all.size();
    }
    // Layer 4: the checkpoints, read and parsed, and their signatures checked.
    {
        QElapsedTimer timer;
        timer.start();
        MIZAN_TRY(stored, AuditLog::checkpoints(db));
        for (const StoredCheckpoint &c : stored)
            if (const QString problem = keyring.checkSignatures(c.checkpoint); !problem.isEmpty())
                return fail(ErrorCode::Internal, problem);
        f.signatures = secondsSince(timer);
        if (qint64(stored.size()) != f.checkpoints)
            return fail(ErrorCode::Internal, QStringLiteral("checkpoint count differs"));
    }
    QByteArray boundRoot;
    // The bound: the same hashes the verifier computes (a leaf hash per entry, the interior
    // hashes of the compact range, the root at every checkpoint) with the bytes in memory.
    {
        QElapsedTimer timer;
        timer.start();
        CompactRange range;
        qint64 roots = 0;
        for (std::size_t i = 0; i < bytes.ends.size(); ++i) {
            range.appendLeafHash(MerkleTree::leafHash(bytes.at(i)));
            if (range.size() % AuditLog::kCheckpointInterval == 0)
                roots += range.root().size();
        }
        f.bound = secondsSince(timer);
        if (roots != 32 * f.checkpoints)
            return fail(ErrorCode::Internal, QStringLiteral("bound: wrong number of roots"));
        boundRoot = range.root();
    }
    // Context: the same hashes straight through OpenSSL with SHA-256 fetched once and one
    // context reused, against Sha256 (a new EVP_MD_CTX and an implicit fetch per hash).
    {
        EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        if (!md || !ctx) {
            EVP_MD_free(md);
            EVP_MD_CTX_free(ctx);
            return fail(ErrorCode::Internal, QStringLiteral("OpenSSL has no SHA-256"));
        }
        const auto digest = [&](char prefix, QByteArrayView a, QByteArrayView b) {
            QByteArray out(32, Qt::Uninitialized);
            EVP_DigestInit_ex(ctx, md, nullptr);
            EVP_DigestUpdate(ctx, &prefix, 1);
            EVP_DigestUpdate(ctx, a.data(), std::size_t(a.size()));
            if (!b.isEmpty())
                EVP_DigestUpdate(ctx, b.data(), std::size_t(b.size()));
            EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()), nullptr);
            return out;
        };
        QElapsedTimer timer;
        timer.start();
        std::vector<std::pair<int, QByteArray>> edge; // CompactRange's loop, inlined
        QByteArray last;                              // the root at the last checkpoint
        for (std::size_t i = 0; i < bytes.ends.size(); ++i) {
            edge.emplace_back(0, digest('\x00', bytes.at(i), {}));
            while (edge.size() >= 2 && edge[edge.size() - 2].first == edge.back().first) {
                auto &left = edge[edge.size() - 2];
                left.second = digest('\x01', left.second, edge.back().second);
                ++left.first;
                edge.pop_back();
            }
            if ((i + 1) % std::size_t(AuditLog::kCheckpointInterval) == 0) {
                QByteArray root = edge.back().second;
                for (auto it = edge.rbegin() + 1; it != edge.rend(); ++it)
                    root = digest('\x01', it->second, root);
                last = root;
            }
        }
        f.rawEvp = secondsSince(timer);
        EVP_MD_free(md);
        EVP_MD_CTX_free(ctx);
        if (config.logEntries % AuditLog::kCheckpointInterval == 0 && last != boundRoot)
            return fail(ErrorCode::Internal, QStringLiteral("raw EVP hashes differ"));
    }
    {
        QElapsedTimer timer;
        timer.start();
        Sha256 sha;
        for (qsizetype at = 0; at < bytes.all.size(); at += 1 << 20)
            sha.addData(QByteArrayView(bytes.all)
                            .sliced(at, std::min<qsizetype>(1 << 20, bytes.all.size() - at)));
        static_cast<void>(sha.result());
        f.stream = secondsSince(timer);
    }
    return f;
}

struct ProofFigures
{
    double inclusionVerify = 0; ///< per second
    double consistencyVerify = 0;
    double inclusionStored = 0; ///< generation from the stored tree, seconds per proof
    double consistencyStored = 0;
    double inclusionMemory = 0; ///< context: from an in-memory MerkleTree
    double consistencyMemory = 0;
    double inclusionLength = 0; ///< average hashes per proof
    double consistencyLength = 0;
    double nodeHashSeconds = 0; ///< one MerkleTree::nodeHash
    double memoryBuild = 0;
};

/** Verifies every proof in turn until at least `minSeconds` passed; returns proofs per second. */
template<typename Verify>
Result<double> verifyRate(std::size_t count, double minSeconds, Verify &&verify)
{
    qint64 done = 0;
    QElapsedTimer timer;
    timer.start();
    do {
        for (std::size_t i = 0; i < count; ++i)
            if (!verify(i))
                return fail(ErrorCode::Internal, QStringLiteral("proof %1 does not verify").arg(i));
        done += qint64(count);
    } while (secondsSince(timer) < minSeconds);
    return perSecond(double(done), secondsSince(timer));
}

/** (d) Proofs at the full size: generation from the stored tree, then verification. */
Result<ProofFigures> benchProofs(const AuditBenchConfig &config,
                                 const Database &db,
                                 const CanonicalBytes &bytes)
{
    ProofFigures f;
    const qint64 n = config.logEntries;
    const MerkleTree stored = AuditLog::tree(db, n);
    const QByteArray root = stored.root();
    std::mt19937_64 random(6962);
    const auto count = std::size_t(config.proofs);

    std::vector<qint64> leaves(count);
    std::vector<QByteArray> leafHashes(count);
    std::vector<QList<QByteArray>> inclusion(count);
    for (std::size_t i = 0; i < count; ++i) {
        leaves[i] = qint64(random() % quint64(n));
        MIZAN_TRY(leaf, AuditLog::leafHash(db, leaves[i] + 1));
        leafHashes[i] = leaf;
    }
    QElapsedTimer timer;
    timer.start();
    for (std::size_t i = 0; i < count; ++i)
        inclusion[i] = stored.inclusionProof(leaves[i], n);
    f.inclusionStored = secondsSince(timer) / double(count);

    std::vector<qint64> firsts(count);
    std::vector<QByteArray> firstRoots(count);
    std::vector<QList<QByteArray>> consistency(count);
    for (std::size_t i = 0; i < count; ++i) {
        firsts[i] = 1 + qint64(random() % quint64(n - 1));
        firstRoots[i] = AuditLog::tree(db, firsts[i]).root();
    }
    timer.restart();
    for (std::size_t i = 0; i < count; ++i)
        consistency[i] = stored.consistencyProof(firsts[i], n);
    f.consistencyStored = secondsSince(timer) / double(count);

    for (std::size_t i = 0; i < count; ++i) {
        f.inclusionLength += double(inclusion[i].size()) / double(count);
        f.consistencyLength += double(consistency[i].size()) / double(count);
    }
    MIZAN_TRY(inclusionRate, verifyRate(count, config.minProofSeconds, [&](std::size_t i) {
                  return MerkleTree::verifyInclusion(leafHashes[i], leaves[i], n, inclusion[i], root);
              }));
    MIZAN_TRY(consistencyRate, verifyRate(count, config.minProofSeconds, [&](std::size_t i) {
                  return MerkleTree::verifyConsistency(firsts[i],
                                                       n,
                                                       firstRoots[i],
                                                       root,
                                                       consistency[i]);
              }));
    f.inclusionVerify = inclusionRate;
    f.consistencyVerify = consistencyRate;

    // The bound of a proof's verification: its hashes, one nodeHash each.
    {
        QByteArray h = root;
        constexpr int kCalls = 200000;
        timer.restart();
        for (int i = 0; i < kCalls; ++i)
            h = MerkleTree::nodeHash(h, root);
        f.nodeHashSeconds = secondsSince(timer) / kCalls;
    }

    // Context: the same proofs from a MerkleTree kept in memory (every node of a million leaves).
    MerkleTree memory;
    timer.restart();
    for (std::size_t i = 0; i < bytes.ends.size(); ++i)
        memory.append(bytes.at(i));
    f.memoryBuild = secondsSince(timer);
    if (memory.root() != root)
        return fail(ErrorCode::Internal, QStringLiteral("in-memory root differs from the stored"));
    timer.restart();
    for (std::size_t i = 0; i < count; ++i)
        if (memory.inclusionProof(leaves[i], n) != inclusion[i])
            return fail(ErrorCode::Internal, QStringLiteral("inclusion proofs differ"));
    f.inclusionMemory = secondsSince(timer) / double(count);
    timer.restart();
    for (std::size_t i = 0; i < count; ++i)
        if (memory.consistencyProof(firsts[i], n) != consistency[i])
            return fail(ErrorCode::Internal, QStringLiteral("consistency proofs differ"));
    f.consistencyMemory = secondsSince(timer) / double(count);
    return f;
}

QString micro(double seconds)
{
    return fixed(seconds * 1e6, 1);
}

} // namespace

Result<> benchAudit(const AuditBenchConfig &config)
{
    if (config.logEntries < 2 * AuditLog::kCheckpointInterval || config.proofs < 1)
        return fail(ErrorCode::Usage,
                    QStringLiteral("the audit log benchmark needs >= 200 entries"));
    QElapsedTimer total;
    total.start();
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot create a temporary folder: %1").arg(tmp.errorString()));
    say(QStringLiteral("5. Audit log (encrypted databases, synchronous=FULL; checkpoints signed "
                       "every %1 entries; folder %2)")
            .arg(AuditLog::kCheckpointInterval)
            .arg(QDir::toNativeSeparators(tmp.path())));
    const Keys keys;

    // (a) Appends.
    MIZAN_TRY(appends, benchAppends(config, tmp.path(), keys));
    const auto appendLine = [](const QString &label, int count, double seconds, double baseline) {
        say(QStringLiteral("  %1 %2 /s   baseline %3 /s   (%4 x the baseline's time)")
                .arg(label.leftJustified(50))
                .arg(rate(count, seconds).rightJustified(8))
                .arg(rate(count, baseline).rightJustified(8))
                .arg(fixed(seconds / baseline, 2)));
    };
    say(QStringLiteral("  appends (baseline: the same row into a copy of the audit table, "
                       "nothing hashed, no nodes, no checkpoints)"));
    appendLine(QStringLiteral("durable: AuditLog::append, own transaction (%1)")
                   .arg(config.durableAppends),
               config.durableAppends,
               appends.durable,
               appends.durableBaseline);
    appendLine(QStringLiteral("AuditLog::append in one transaction (%1)").arg(config.batchAppends),
               config.batchAppends,
               appends.batch,
               appends.batchBaseline);

    // (b) The large log.
    const SecureBytes key = SecureBytes::random(32);
    const QString logPath = tmp.filePath(QStringLiteral("log.db"));
    MIZAN_TRY(db, openLog(logPath, key));
    say(QStringLiteral("  building a log of %1 entries (AuditLog::append, %2 per transaction)")
            .arg(config.logEntries)
            .arg(config.buildBatch));
    MIZAN_TRY(buildSeconds, buildLog(config, db, keys));
    say(QStringLiteral("  built in %1 s = %2 appends/s; database %3 MB")
            .arg(fixed(buildSeconds, 1))
            .arg(rate(double(config.logEntries), buildSeconds))
            .arg(fixed(megabytes(QFileInfo(logPath).size()), 1)));

    // (c) Verification and the bound.
    CanonicalBytes bytes;
    MIZAN_TRY(verify, benchVerify(config, db, keys, bytes));
    QStringList runs;
    for (double s : verify.runs)
        runs.append(fixed(s, 3));
    say(QStringLiteral("  verifyAuditLog runs (s): %1; %2 entries, %3 checkpoints, %4 MB canonical "
                       "bytes")
            .arg(runs.join(QStringLiteral(", ")))
            .arg(config.logEntries)
            .arg(verify.checkpoints)
            .arg(fixed(megabytes(verify.canonicalBytes), 1)));
    const auto splitLine = [&](const QString &label, double seconds) {
        say(QStringLiteral("    %1 %2 s  %3 %")
                .arg(label.leftJustified(60))
                .arg(fixed(seconds, 3).rightJustified(7))
                .arg(fixed(100.0 * seconds / verify.best, 0).rightJustified(3)));
    };
    say(QStringLiteral("  where the time goes (each layer timed alone, share of the best run):"));
    splitLine(QStringLiteral("SQLite: step the rows, read the columns (decrypt, HMAC)"),
              verify.sqlRead);
    splitLine(QStringLiteral("+ AuditLog::scan: entries built, details parsed + re-canonicalised"),
              verify.scan - verify.sqlRead);
    splitLine(QStringLiteral("+ AuditEntry::canonicalBytes (the whole entry canonicalised)"),
              verify.canonical - verify.scan);
    splitLine(QStringLiteral("+ hashing: leaf hashes + interior hashes (the bound)"), verify.bound);
    splitLine(QStringLiteral("+ checkpoints: read, parse, Ed25519 signature check"),
              verify.signatures);
    splitLine(QStringLiteral("= sum of the layers"),
              verify.canonical + verify.bound + verify.signatures);
    say(QStringLiteral("  context: the bound's hashes with SHA-256 fetched once and one EVP_MD_CTX "
                       "reused: %1 s (Sha256 makes a context and fetches per hash)")
            .arg(fixed(verify.rawEvp, 3)));
    say(QStringLiteral("  context: one streaming SHA-256 over the %1 MB: %2 s (%3 MB/s)")
            .arg(fixed(megabytes(verify.canonicalBytes), 1))
            .arg(fixed(verify.stream, 3))
            .arg(fixed(perSecond(megabytes(verify.canonicalBytes), verify.stream), 0)));

    // (d) Proofs.
    MIZAN_TRY(proofs, benchProofs(config, db, bytes));
    say(QStringLiteral("  proofs at %1 leaves (%2 random ones each; average %3 and %4 hashes)")
            .arg(config.logEntries)
            .arg(config.proofs)
            .arg(fixed(proofs.inclusionLength, 1))
            .arg(fixed(proofs.consistencyLength, 1)));
    say(QStringLiteral("  context: in-memory MerkleTree of the same leaves built in %1 s")
            .arg(fixed(proofs.memoryBuild, 3)));

    // Summary.
    say(QStringLiteral("  %1 %2   %3")
            .arg(QStringLiteral("figure").leftJustified(52))
            .arg(QStringLiteral("Mizan").rightJustified(10))
            .arg(QStringLiteral("baseline")));
    const auto row = [](const QString &label, const QString &value, const QString &baseline) {
        say(QStringLiteral("  %1 %2   %3")
                .arg(label.leftJustified(52))
                .arg(value.rightJustified(10))
                .arg(baseline));
    };
    row(QStringLiteral("durable appends/s (own transaction, FULL sync)"),
        rate(config.durableAppends, appends.durable),
        QStringLiteral("%1 /s plain INSERT, own transaction")
            .arg(rate(config.durableAppends, appends.durableBaseline)));
    row(QStringLiteral("appends/s in one transaction"),
        rate(config.batchAppends, appends.batch),
        QStringLiteral("%1 /s plain INSERT, one transaction")
            .arg(rate(config.batchAppends, appends.batchBaseline)));
    row(QStringLiteral("build of the %1-entry log (s)").arg(config.logEntries),
        fixed(buildSeconds, 1),
        QStringLiteral("%1 appends/s").arg(rate(double(config.logEntries), buildSeconds)));
    row(QStringLiteral("full verification, %1 entries (s)").arg(config.logEntries),
        fixed(verify.best, 3),
        QStringLiteral("%1 s SHA-256 bound; ratio %2")
            .arg(fixed(verify.bound, 3))
            .arg(fixed(verify.best / verify.bound, 1)));
    row(QStringLiteral("  the bound + the %1 checkpoint signature checks (s)")
            .arg(verify.checkpoints),
        fixed(verify.bound + verify.signatures, 3),
        QStringLiteral("ratio %1").arg(fixed(verify.best / (verify.bound + verify.signatures), 1)));
    row(QStringLiteral("inclusion proofs verified/s"),
        fixed(proofs.inclusionVerify, 0),
        QStringLiteral("%1 /s bound (%2 nodeHash at %3 us)")
            .arg(fixed(1.0 / (proofs.inclusionLength * proofs.nodeHashSeconds), 0))
            .arg(fixed(proofs.inclusionLength, 1))
            .arg(fixed(proofs.nodeHashSeconds * 1e6, 3)));
    row(QStringLiteral("consistency proofs verified/s"),
        fixed(proofs.consistencyVerify, 0),
        QStringLiteral("%1 /s bound (%2 hashes, some twice)")
            .arg(fixed(1.0 / (proofs.consistencyLength * proofs.nodeHashSeconds), 0))
            .arg(fixed(proofs.consistencyLength, 1)));
    row(QStringLiteral("inclusion proof from the stored tree (us)"),
        micro(proofs.inclusionStored),
        QStringLiteral("%1 us from an in-memory MerkleTree").arg(micro(proofs.inclusionMemory)));
    row(QStringLiteral("consistency proof from the stored tree (us)"),
        micro(proofs.consistencyStored),
        QStringLiteral("%1 us from an in-memory MerkleTree").arg(micro(proofs.consistencyMemory)));
    say(QStringLiteral("  section total %1 s").arg(fixed(secondsSince(total), 1)));
    say();
    return {};
}

} // namespace mizan::bench
