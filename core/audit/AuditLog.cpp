#include "audit/AuditLog.h"

#include "common/CanonicalJson.h"
#include "common/Sha256.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <optional>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::AuditLog)
};

#define MIZAN_AUDIT_COLUMNS \
    "seq, time_ms, actor, role, action, target, outcome, details, prev_hash, leaf_hash"

/** The two node queries, prepared once for the many reads of a root or a proof. */
struct NodeQueries
{
    std::optional<Statement> leaf;
    std::optional<Statement> node;
};

Result<QByteArray> readNode(const Database &db,
                            int level,
                            qint64 index,
                            NodeQueries *cache = nullptr)
{
    NodeQueries local;
    std::optional<Statement> &s = level == 0 ? (cache ? cache->leaf : local.leaf)
                                             : (cache ? cache->node : local.node);
    if (!s) {
        MIZAN_TRY(prepared,
                  db.prepare(level == 0
                                 ? "SELECT leaf_hash FROM audit WHERE seq = ?"
                                 : "SELECT hash FROM audit_nodes WHERE level = ? AND idx = ?"));
        s.emplace(std::move(prepared));
    }
    if (level == 0)
        s->bind(1, index + 1);
    else
        s->bind(1, qint64(level)).bind(2, index);
    const Result<bool> row = s->step();
    const QByteArray hash = row && *row ? s->blob(0) : QByteArray();
    static_cast<void>(s->reset()); // a kept statement holds no read open between reads
    if (!row)
        return fail(row.error());
    if (*row)
        return hash;
    return fail(ErrorCode::Integrity,
                Tr::tr("The audit log's Merkle tree has no node %1 at level %2.")
                    .arg(index)
                    .arg(level));
}

/** Stores the interior nodes that leaf `index` (0-based) completes. */
Result<> storeNodes(Database &db, qint64 index, const QByteArray &leaf)
{
    if ((index & 1) == 0)
        return {}; // a left child completes no node (half the appends: nothing to prepare)
    MIZAN_TRY(insert, db.prepare("INSERT INTO audit_nodes(level, idx, hash) VALUES(?, ?, ?)"));
    NodeQueries queries;
    QByteArray current = leaf;
    for (int level = 0; ((index >> level) & 1) == 1; ++level) {
        const qint64 j = index >> level;
        MIZAN_TRY(sibling, readNode(db, level, j - 1, &queries));
        current = MerkleTree::nodeHash(sibling, current);
        insert.bind(1, qint64(level + 1)).bind(2, j >> 1).bind(3, current);
        MIZAN_CHECK(insert.run());
        MIZAN_CHECK(insert.reset());
    }
    return {};
}

AuditEntry fromRow(const Statement &s)
{
    AuditEntry e;
    e.seq = s.integer(0);
    e.timeMs = s.integer(1);
    e.actor = s.text(2);
    e.role = s.text(3);
    e.action = s.text(4);
    e.target = s.text(5);
    e.outcome = s.text(6);
    e.details = QJsonDocument::fromJson(s.text(7).toUtf8()).object();
    e.prevHash = s.blob(8);
    e.leafHash = s.blob(9);
    return e;
}

} // namespace

QByteArray AuditLog::leafHashOf(const QByteArray &canonical)
{
    return MerkleTree::leafHash(canonical);
}

bool AuditFilter::isEmpty() const
{
    return fromMs == 0 && toMs == 0 && actor.isEmpty() && role.isEmpty() && action.isEmpty()
           && outcome.isEmpty() && target.isEmpty() && text.isEmpty() && fromSeq == 0 && toSeq == 0;
}

bool AuditFilter::matches(const AuditEntry &e) const
{
    const bool actionOk = action.isEmpty()
                          || (action.endsWith(u'.') ? e.action.startsWith(action)
                                                    : e.action == action);
    return (fromMs <= 0 || e.timeMs >= fromMs) && (toMs <= 0 || e.timeMs < toMs)
           && (fromSeq <= 0 || e.seq >= fromSeq) && (toSeq <= 0 || e.seq <= toSeq)
           && (actor.isEmpty() || e.actor == actor) && (role.isEmpty() || e.role == role)
           && actionOk && (outcome.isEmpty() || e.outcome == outcome)
           && (target.isEmpty() || e.target == target)
           && (text.isEmpty()
               || QString::fromUtf8(canonicalJson(e.details, CanonicalNumbers::NonIntegersAsStrings))
                      .contains(text, Qt::CaseInsensitive));
}

QJsonObject AuditFilter::toJson() const
{
    QJsonObject o;
    const auto setInt = [&](const char *key, qint64 v) {
        if (v > 0)
            o.insert(QLatin1String(key), v);
    };
    const auto setText = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    setInt("from_ms", fromMs);
    setInt("to_ms", toMs);
    setInt("from_seq", fromSeq);
    setInt("to_seq", toSeq);
    setText("actor", actor);
    setText("role", role);
    setText("action", action);
    setText("outcome", outcome);
    setText("target", target);
    setText("text", text);
    return o;
}

namespace {

/** One value exactly as canonicalJson writes it inside an object. */
void appendCanonical(QByteArray &out, const QJsonValue &value)
{
    out += canonicalJson(value, CanonicalNumbers::NonIntegersAsStrings);
}

/**
 * A string as canonicalJson writes it: when no byte needs an escape ('"', '\\', controls) that
 * is the UTF-8 bytes between quotes; otherwise canonicalJson itself escapes it.
 */
void appendCanonical(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool plain = std::none_of(utf8.begin(), utf8.end(), [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
    if (!plain) {
        appendCanonical(out, QJsonValue(text));
        return;
    }
    out += '"';
    out += utf8;
    out += '"';
}

} // namespace

QByteArray AuditEntry::canonicalBytes() const
{
    // canonicalJson of the object {seq, time, actor, role, action, target, outcome, details,
    // prev_hash}, written field by field in the order canonicalJson sorts the keys: the same
    // bytes without building (and walking) a QJsonObject, which dominated verification time.
    QByteArray out;
    out.reserve(256);
    out += "{\"action\":";
    appendCanonical(out, action);
    out += ",\"actor\":";
    appendCanonical(out, actor);
    out += ",\"details\":";
    appendCanonical(out, QJsonValue(details));
    out += ",\"outcome\":";
    appendCanonical(out, outcome);
    out += ",\"prev_hash\":\"";
    out += prevHash.toHex();
    out += "\",\"role\":";
    appendCanonical(out, role);
    out += ",\"seq\":";
    appendCanonical(out, QJsonValue(seq));
    out += ",\"target\":";
    appendCanonical(out, target);
    out += ",\"time\":";
    appendCanonical(out, QJsonValue(timeMs));
    out += '}';
    return out;
}

Result<AuditEntry> AuditEntry::fromCanonical(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("not a JSON object (%1 at byte %2)")
                        .arg(error.errorString())
                        .arg(error.offset));
    const QJsonObject o = doc.object();
    static const QStringList kKeys = {QStringLiteral("action"),
                                      QStringLiteral("actor"),
                                      QStringLiteral("details"),
                                      QStringLiteral("outcome"),
                                      QStringLiteral("prev_hash"),
                                      QStringLiteral("role"),
                                      QStringLiteral("seq"),
                                      QStringLiteral("target"),
                                      QStringLiteral("time")};
    if (o.keys() != kKeys)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("the fields must be exactly %1").arg(kKeys.join(QStringLiteral(", "))));
    for (const char *key : {"actor", "role", "action", "target", "outcome", "prev_hash"})
        if (!o.value(QLatin1String(key)).isString())
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("field %1 is not a string").arg(QLatin1String(key)));
    if (!o.value(QStringLiteral("details")).isObject())
        return fail(ErrorCode::InvalidInput, Tr::tr("field details is not an object"));
    AuditEntry e;
    e.seq = o.value(QStringLiteral("seq")).toInteger(-1);
    e.timeMs = o.value(QStringLiteral("time")).toInteger(-1);
    if (e.seq < 1 || e.timeMs < 0)
        return fail(ErrorCode::InvalidInput, Tr::tr("seq and time must be non-negative integers"));
    e.actor = o.value(QStringLiteral("actor")).toString();
    e.role = o.value(QStringLiteral("role")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.details = o.value(QStringLiteral("details")).toObject();
    const QString prev = o.value(QStringLiteral("prev_hash")).toString();
    e.prevHash = QByteArray::fromHex(prev.toLatin1());
    if (prev.size() != 64 || QString::fromLatin1(e.prevHash.toHex()) != prev)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("prev_hash is not 64 lower-case hexadecimal digits"));
    if (e.canonicalBytes() != line)
        return fail(ErrorCode::InvalidInput, Tr::tr("the line is not in canonical form"));
    e.leafHash = MerkleTree::leafHash(line);
    return e;
}

Result<> AuditLog::scan(const Database &db,
                        qint64 fromSeq,
                        const std::function<bool(const AuditEntry &, bool)> &visit)
{
    MIZAN_TRY(s,
              db.prepare("SELECT " MIZAN_AUDIT_COLUMNS " FROM audit WHERE seq >= ? ORDER BY seq"));
    s.bind(1, fromSeq);
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            return {};
        const AuditEntry e = fromRow(s);
        const bool canonical = s.text(7).toUtf8()
                               == canonicalJson(e.details, CanonicalNumbers::NonIntegersAsStrings);
        if (!visit(e, canonical))
            return {};
    }
}

namespace {

/** AuditLog::writeCheckpoint for a log known to hold `size` entries. */
Result<StoredCheckpoint> writeCheckpointOfSize(Database &db,
                                               const AuditSigner &signer,
                                               const QString &reason,
                                               qint64 timeMs,
                                               const CoSigner *cosigner,
                                               qint64 size)
{
    if (!signer.workspaceSeed || signer.workspaceSeed->isEmpty())
        return fail(ErrorCode::Internal, Tr::tr("The workspace signing key is not available."));
    StoredCheckpoint stored;
    stored.createdMs = timeMs;
    stored.reason = reason;
    Checkpoint &c = stored.checkpoint;
    c.origin = signer.origin;
    c.size = size;
    c.root = AuditLog::tree(db, size).root();
    if (c.root.size() != 32)
        return fail(ErrorCode::Integrity,
                    Tr::tr("The audit log's Merkle tree is incomplete; run audit verify."));
    c.extensions = {QStringLiteral("time %1").arg(timeMs), QStringLiteral("reason %1").arg(reason)};
    MIZAN_CHECK(c.sign(signer.origin, signer.workspacePublicKey, *signer.workspaceSeed));
    if (cosigner) {
        MIZAN_CHECK(
            c.sign(signer.userKeyName(cosigner->user), cosigner->publicKey, *cosigner->seed));
        stored.cosigner = cosigner->user;
    }
    stored.note = c.toNote();
    MIZAN_TRY(insert,
              db.prepare("INSERT INTO audit_checkpoints(tree_size, created_ms, reason, cosigner, "
                         "note) VALUES(?, ?, ?, ?, ?)"));
    insert.bind(1, size)
        .bind(2, timeMs)
        .bind(3, reason)
        .bind(4, stored.cosigner)
        .bind(5, QString::fromUtf8(stored.note));
    MIZAN_CHECK(insert.run());
    stored.id = db.lastInsertId();
    return stored;
}

} // namespace

Result<AuditEntry> AuditLog::append(Database &db, AuditEntry entry, const AuditSigner *signer)
{
    MIZAN_TRY(last, db.prepare("SELECT seq, leaf_hash FROM audit ORDER BY seq DESC LIMIT 1"));
    MIZAN_TRY(hasLast, last.step());
    entry.seq = hasLast ? last.integer(0) + 1 : 1;
    entry.prevHash = hasLast ? last.blob(1) : QByteArray(32, '\0');
    entry.leafHash = leafHashOf(entry.canonicalBytes());
    MIZAN_TRY(insert,
              db.prepare("INSERT INTO audit(seq, time_ms, actor, role, action, target, "
                         "outcome, details, prev_hash, leaf_hash) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, entry.seq)
        .bind(2, entry.timeMs)
        .bind(3, entry.actor)
        .bind(4, entry.role)
        .bind(5, entry.action)
        .bind(6, entry.target)
        .bind(7, entry.outcome)
        .bind(8,
              QString::fromUtf8(
                  canonicalJson(entry.details, CanonicalNumbers::NonIntegersAsStrings)))
        .bind(9, entry.prevHash)
        .bind(10, entry.leafHash);
    MIZAN_CHECK(insert.run());
    MIZAN_CHECK(storeNodes(db, entry.seq - 1, entry.leafHash));
    // The log now holds entry.seq entries (seq is one more than the last): no count(*), which
    // reads the whole table and made building a large log quadratic.
    if (signer && entry.seq % kCheckpointInterval == 0)
        MIZAN_CHECK(writeCheckpointOfSize(db,
                                          *signer,
                                          QStringLiteral("periodic"),
                                          entry.timeMs,
                                          nullptr,
                                          entry.seq));
    return entry;
}

Result<StoredCheckpoint> AuditLog::writeCheckpoint(Database &db,
                                                   const AuditSigner &signer,
                                                   const QString &reason,
                                                   qint64 timeMs,
                                                   const CoSigner *cosigner)
{
    MIZAN_TRY(size, count(db));
    return writeCheckpointOfSize(db, signer, reason, timeMs, cosigner, size);
}

Result<std::vector<StoredCheckpoint>> AuditLog::checkpoints(const Database &db)
{
    MIZAN_TRY(s,
              db.prepare("SELECT id, created_ms, reason, cosigner, note FROM audit_checkpoints "
                         "ORDER BY tree_size, id"));
    std::vector<StoredCheckpoint> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            break;
        StoredCheckpoint c;
        c.id = s.integer(0);
        c.createdMs = s.integer(1);
        c.reason = s.text(2);
        c.cosigner = s.text(3);
        c.note = s.text(4).toUtf8();
        auto parsed = Checkpoint::parse(c.note);
        if (!parsed)
            return fail(ErrorCode::Integrity,
                        Tr::tr("Stored checkpoint %1 is damaged: %2")
                            .arg(c.id)
                            .arg(parsed.error().message));
        c.checkpoint = std::move(*parsed);
        out.push_back(std::move(c));
    }
    return out;
}

Result<std::optional<StoredCheckpoint>> AuditLog::latestCheckpoint(const Database &db)
{
    MIZAN_TRY(s,
              db.prepare("SELECT id, created_ms, reason, cosigner, note FROM audit_checkpoints "
                         "ORDER BY tree_size DESC, id DESC LIMIT 1"));
    MIZAN_TRY(row, s.step());
    if (!row)
        return std::optional<StoredCheckpoint>();
    StoredCheckpoint c;
    c.id = s.integer(0);
    c.createdMs = s.integer(1);
    c.reason = s.text(2);
    c.cosigner = s.text(3);
    c.note = s.text(4).toUtf8();
    auto parsed = Checkpoint::parse(c.note);
    if (!parsed)
        return fail(ErrorCode::Integrity,
                    Tr::tr("Stored checkpoint %1 is damaged: %2")
                        .arg(c.id)
                        .arg(parsed.error().message));
    c.checkpoint = std::move(*parsed);
    return std::optional(std::move(c));
}

Result<qint64> AuditLog::lastSeq(const Database &db)
{
    MIZAN_TRY(s, db.prepare("SELECT max(seq) FROM audit"));
    MIZAN_TRY(row, s.step());
    return row && !s.isNull(0) ? s.integer(0) : 0;
}

Result<> AuditLog::catchUp(Database &db, const AuditSigner &signer, qint64 timeMs)
{
    MIZAN_TRY(pending, db.prepare("SELECT 1 FROM meta WHERE key = 'audit_tree_pending'"));
    MIZAN_TRY(isPending, pending.step());
    if (!isPending)
        return {};
    return db.transaction([&]() -> Result<> {
        MIZAN_TRY(n, count(db));
        for (qint64 seq = 1; seq <= n; ++seq) {
            MIZAN_TRY(leaf, readNode(db, 0, seq - 1));
            MIZAN_CHECK(storeNodes(db, seq - 1, leaf));
        }
        // Checkpoints for the sizes a new log would have had, signed now and saying so, and one
        // of the whole migrated log: its logouts were never co-signed, and the verifier knows
        // them by it.
        std::vector<qint64> sizes;
        for (qint64 size = kCheckpointInterval; size <= n; size += kCheckpointInterval)
            sizes.push_back(size);
        if (n % kCheckpointInterval != 0)
            sizes.push_back(n);
        for (const qint64 size : sizes) {
            Checkpoint c;
            c.origin = signer.origin;
            c.size = size;
            c.root = tree(db, size).root();
            c.extensions = {QStringLiteral("time %1").arg(timeMs),
                            QStringLiteral("reason migration")};
            MIZAN_CHECK(c.sign(signer.origin, signer.workspacePublicKey, *signer.workspaceSeed));
            MIZAN_TRY(insert,
                      db.prepare("INSERT INTO audit_checkpoints(tree_size, created_ms, reason, "
                                 "note) VALUES(?, ?, 'migration', ?)"));
            insert.bind(1, size).bind(2, timeMs).bind(3, QString::fromUtf8(c.toNote()));
            MIZAN_CHECK(insert.run());
        }
        return db.exec("DELETE FROM meta WHERE key = 'audit_tree_pending'");
    });
}

MerkleTree AuditLog::tree(const Database &db, qint64 size)
{
    // The tree keeps its two queries prepared: a root or a proof at a million leaves reads tens
    // of nodes, and preparing each read cost more than the read itself.
    auto queries = std::make_shared<NodeQueries>();
    return MerkleTree::overNodes(size, [&db, queries](int level, qint64 index) {
        auto node = readNode(db, level, index, queries.get());
        return node ? *node : QByteArray();
    });
}

Result<QByteArray> AuditLog::node(const Database &db, int level, qint64 index)
{
    return readNode(db, level, index);
}

Result<QByteArray> AuditLog::leafHash(const Database &db, qint64 seq)
{
    return readNode(db, 0, seq - 1);
}

Result<qint64> AuditLog::count(const Database &db)
{
    // Sequence numbers have no gaps and a pruned prefix is still part of the tree.
    MIZAN_TRY(s, db.prepare("SELECT coalesce(max(seq), 0) FROM audit"));
    MIZAN_TRY(row, s.step());
    return row ? s.integer(0) : 0;
}

Result<qint64> AuditLog::sealedUpTo(const Database &db)
{
    MIZAN_TRY(table,
              db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                         "'audit_seals'"));
    MIZAN_TRY(hasTable, table.step());
    if (!hasTable || table.integer(0) == 0)
        return 0; // a log kept without the workspace schema (tests, older files)
    MIZAN_TRY(s, db.prepare("SELECT coalesce(max(upto_seq), 0) FROM audit_seals"));
    MIZAN_TRY(row, s.step());
    return row ? s.integer(0) : 0;
}

Result<std::vector<AuditEntry>> AuditLog::entries(const Database &db, qint64 fromSeq, qint64 limit)
{
    MIZAN_TRY(s,
              db.prepare("SELECT " MIZAN_AUDIT_COLUMNS
                         " FROM audit WHERE seq >= ? ORDER BY seq LIMIT ?"));
    s.bind(1, fromSeq).bind(2, limit);
    std::vector<AuditEntry> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            break;
        out.push_back(fromRow(s));
    }
    return out;
}

Result<> AuditLog::verifyChain(const Database &db)
{
    MIZAN_TRY(s, db.prepare("SELECT " MIZAN_AUDIT_COLUMNS " FROM audit ORDER BY seq"));
    QByteArray previous(32, '\0');
    qint64 expectedSeq = 1;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            return {};
        const AuditEntry e = fromRow(s);
        // The stored details must be the canonical bytes that were hashed: fromRow() parses
        // them leniently (text that is not JSON reads as {}), which would hide an edit.
        const bool detailsIntact = s.text(7).toUtf8()
                                   == canonicalJson(e.details,
                                                    CanonicalNumbers::NonIntegersAsStrings);
        QString problem;
        if (e.seq != expectedSeq)
            problem = Tr::tr("entry %1 is missing").arg(expectedSeq);
        else if (e.prevHash != previous)
            problem = Tr::tr("entry %1 does not chain to the entry before it").arg(e.seq);
        else if (!detailsIntact || leafHashOf(e.canonicalBytes()) != e.leafHash)
            problem = Tr::tr("entry %1 was changed after it was written").arg(e.seq);
        if (!problem.isEmpty())
            return fail(ErrorCode::Integrity,
                        Tr::tr("The audit log does not verify: %1.").arg(problem));
        previous = e.leafHash;
        ++expectedSeq;
    }
}

namespace {

/** The WHERE clause of a filter and its parameters, in order. */
struct Where
{
    QByteArray sql;
    QList<QVariant> params;

    void add(const char *clause, QVariant value)
    {
        sql += sql.isEmpty() ? " WHERE " : " AND ";
        sql += clause;
        params.append(std::move(value));
    }
};

QString escapeLike(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

Where whereOf(const AuditFilter &f)
{
    Where w;
    if (f.fromMs > 0)
        w.add("time_ms >= ?", f.fromMs);
    if (f.toMs > 0)
        w.add("time_ms < ?", f.toMs);
    if (f.fromSeq > 0)
        w.add("seq >= ?", f.fromSeq);
    if (f.toSeq > 0)
        w.add("seq <= ?", f.toSeq);
    if (!f.actor.isEmpty())
        w.add("actor = ?", f.actor);
    if (!f.role.isEmpty())
        w.add("role = ?", f.role);
    if (f.action.endsWith(u'.'))
        w.add("action LIKE ? ESCAPE '\\'", QString(escapeLike(f.action) + u'%'));
    else if (!f.action.isEmpty())
        w.add("action = ?", f.action);
    if (!f.outcome.isEmpty())
        w.add("outcome = ?", f.outcome);
    if (!f.target.isEmpty())
        w.add("target = ?", f.target);
    if (!f.text.isEmpty())
        w.add("details LIKE ? ESCAPE '\\'", QString(u'%' + escapeLike(f.text) + u'%'));
    return w;
}

void bindAll(Statement &s, const QList<QVariant> &params, int first = 1)
{
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &v = params[i];
        if (v.typeId() == QMetaType::LongLong)
            s.bind(first + i, v.toLongLong());
        else
            s.bind(first + i, v.toString());
    }
}

} // namespace

Result<std::vector<AuditEntry>> AuditLog::query(
    const Database &db, const AuditFilter &filter, qint64 afterSeq, qint64 limit, bool descending)
{
    Where w = whereOf(filter);
    if (afterSeq > 0)
        w.add(descending ? "seq < ?" : "seq > ?", afterSeq);
    const QByteArray sql = "SELECT " MIZAN_AUDIT_COLUMNS " FROM audit" + w.sql
                           + (descending ? " ORDER BY seq DESC" : " ORDER BY seq") + " LIMIT ?";
    MIZAN_TRY(s, db.prepare(sql.constData()));
    bindAll(s, w.params);
    s.bind(int(w.params.size()) + 1, limit);
    std::vector<AuditEntry> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            break;
        out.push_back(fromRow(s));
    }
    return out;
}

Result<qint64> AuditLog::countMatching(const Database &db, const AuditFilter &filter)
{
    const Where w = whereOf(filter);
    const QByteArray sql = "SELECT count(*) FROM audit" + w.sql;
    MIZAN_TRY(s, db.prepare(sql.constData()));
    bindAll(s, w.params);
    MIZAN_TRY(row, s.step());
    return row ? s.integer(0) : 0;
}

} // namespace mizan
