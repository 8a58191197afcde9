#pragma once

// A real workspace with a few hundred audit entries written the way the application writes
// them (sign-ins and sign-outs of four users, failed sign-ins, exports, policy changes, audit
// reads and verifications, permission denials), and what an attacker holding the data key does
// to its database. For TestAuditVerifier and TestEvidencePack.

#include "AuditFill.h"
#include "TestWorkspaceUtil.h"

#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "audit/MerkleTree.h"
#include "common/Clock.h"
#include "security/Lockout.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <vector>

namespace mizan::test {

struct AuditPerson
{
    const char *name;
    const char *password;
    Role role;
};

inline constexpr AuditPerson kAuditPeople[] = {{"audra", kAuditorPassword, Role::Auditor},
                                               {"nour", kOtherPassword, Role::Analyst},
                                               {"dana", kThirdPassword, Role::DataScientist},
                                               {"amira", kAdminPassword, Role::Admin}};

inline const AuditPerson &auditPerson(const QString &name)
{
    for (const AuditPerson &p : kAuditPeople)
        if (name == QLatin1String(p.name))
            return p;
    qFatal("no such person: %s", qPrintable(name));
}

inline void mustSucceed(const Result<> &r, const char *what)
{
    if (!r)
        qFatal("%s: %s", what, qPrintable(r.error().message));
}

/** Adds nour (analyst) and dana (data scientist); the admin is signed in and stays so. */
inline void addAuditPeople(Workspace &ws)
{
    for (const AuditPerson &p : kAuditPeople)
        if (p.role == Role::Analyst || p.role == Role::DataScientist)
            if (auto added = ws.addUser(QLatin1String(p.name), p.role, pw(p.password)); !added)
                qFatal("cannot add %s: %s", p.name, qPrintable(added.error().message));
}

inline void signIn(Workspace &ws, const QString &name)
{
    mustSucceed(ws.login(name, pw(auditPerson(name).password)), "sign in");
}

/**
 * Sessions `first` to `first + count - 1`: each signs one person in (after a wrong password now
 * and then), does what the role may and some of what it may not (each denial is audited), and
 * signs out (a checkpoint co-signed by that person). Nobody is signed in before or after.
 */
inline void auditSessions(Workspace &ws, ManualClock &clock, int first, int count)
{
    for (int i = first; i < first + count; ++i) {
        const AuditPerson &p = kAuditPeople[i % std::size(kAuditPeople)];
        const QString name = QLatin1String(p.name);
        clock.advance(90'000);
        if (i % 7 == 3) {
            const auto wrong = ws.login(name, pw("not the password at all"));
            if (wrong || wrong.error().code != ErrorCode::AuthFailed)
                qFatal("a wrong password was not refused");
            clock.advance(Lockout::kFirstDelayMs + 1000);
        }
        signIn(ws, name);
        clock.advance(5000);
        switch (p.role) {
        case Role::Auditor: {
            AuditFilter filter;
            filter.actor = QLatin1String(kAuditPeople[(i / 4) % 4].name);
            static_cast<void>(ws.auditQuery(filter, 0, 20));
            clock.advance(2000);
            if (i % 3 == 0)
                static_cast<void>(ws.verifyAudit());
            clock.advance(2000);
            static_cast<void>(ws.recordExport(QStringLiteral("leadset:1"), "x.csv", 5)); // denied
            break;
        }
        case Role::Analyst:
            mustSucceed(ws.recordExport(QStringLiteral("leadset:%1").arg(1 + i % 3),
                                        QStringLiteral("scores-%1.csv").arg(i),
                                        100 + i),
                        "export");
            clock.advance(3000);
            static_cast<void>(ws.auditQuery({}, 0, 10)); // denied
            clock.advance(1000);
            static_cast<void>(ws.users()); // denied
            break;
        case Role::DataScientist:
            mustSucceed(ws.recordExport(QStringLiteral("model:%1").arg(1 + i % 2),
                                        QStringLiteral("model-%1.csv").arg(i),
                                        40 + i),
                        "export");
            clock.advance(1000);
            static_cast<void>(ws.setIdleLockPolicy(5)); // denied
            break;
        default:
            mustSucceed(ws.setIdleLockPolicy(10 + i % 20), "idle lock");
            clock.advance(1000);
            static_cast<void>(ws.auditCount()); // denied
            break;
        }
        clock.advance(4000);
        mustSucceed(ws.logout(), "sign out");
    }
}

/** Copies a closed workspace's files (database and key slots) into `to`. */
inline QString copyWorkspace(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    QDir().mkpath(to);
    for (const char *name : {Workspace::kDatabaseFile, Workspace::kSlotsFile})
        if (!QFile::copy(from + u'/' + QLatin1String(name), to + u'/' + QLatin1String(name)))
            qFatal("cannot copy %s", name);
    return to;
}

/** What an attacker holding the database key does first: drop the append-only triggers. */
inline Result<> dropAuditGuards(Database &db)
{
    return db.exec(
        "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete; "
        "DROP TRIGGER IF EXISTS audit_nodes_no_update; DROP TRIGGER IF EXISTS "
        "audit_nodes_no_delete; "
        "DROP TRIGGER IF EXISTS audit_checkpoints_no_update; "
        "DROP TRIGGER IF EXISTS audit_checkpoints_no_delete;");
}

/** The workspace's private signing key, as anyone holding the data key can read it. */
inline SecureBytes workspaceSeed(Database &db)
{
    auto s = db.prepare("SELECT private_seed FROM workspace_key WHERE id = 1");
    if (!s || !s->step().value_or(false))
        qFatal("no workspace key");
    return SecureBytes::fromView(s->blob(0));
}

/**
 * Rewrites every entry from `from` on as the application would have written it (leaf hashes,
 * chain) and every Merkle node: what someone holding the data key can do without any private key.
 */
inline Result<> rechainFrom(Database &db, qint64 from)
{
    MIZAN_TRY(entries, AuditLog::entries(db));
    QByteArray previous(32, '\0');
    MIZAN_TRY(update, db.prepare("UPDATE audit SET prev_hash = ?, leaf_hash = ? WHERE seq = ?"));
    std::vector<QByteArray> level;
    for (AuditEntry &e : entries) {
        if (e.seq >= from) {
            e.prevHash = previous;
            e.leafHash = AuditLog::leafHashOf(e.canonicalBytes());
            update.bind(1, e.prevHash).bind(2, e.leafHash).bind(3, e.seq);
            MIZAN_CHECK(update.run());
            MIZAN_CHECK(update.reset());
        }
        previous = e.leafHash;
        level.push_back(e.leafHash);
    }
    MIZAN_CHECK(db.exec("DELETE FROM audit_nodes"));
    MIZAN_TRY(insert, db.prepare("INSERT INTO audit_nodes(level, idx, hash) VALUES(?, ?, ?)"));
    for (qint64 l = 1; level.size() >= 2; ++l) {
        std::vector<QByteArray> up;
        for (size_t i = 0; i + 1 < level.size(); i += 2) {
            up.push_back(MerkleTree::nodeHash(level[i], level[i + 1]));
            insert.bind(1, l).bind(2, qint64(up.size() - 1)).bind(3, up.back());
            MIZAN_CHECK(insert.run());
            MIZAN_CHECK(insert.reset());
        }
        level = std::move(up);
    }
    return {};
}

/** The verdict is one sentence that names the first bad entry when there is one. */
inline void checkVerdict(const AuditVerifyReport &r)
{
    const QString v = r.verdict();
    QVERIFY2(!v.isEmpty() && v.front().isUpper() && v.endsWith(u'.') && !v.contains(u'%'),
             qPrintable(v));
    QVERIFY2(!v.contains(QLatin1String("..")), qPrintable(v));
    if (r.ok)
        QVERIFY2(v.startsWith(QLatin1String("All good: ")), qPrintable(v));
    else if (r.firstBadSeq > 0)
        QCOMPARE(v,
                 QStringLiteral("Tampering found: the first bad entry is %1: %2.")
                     .arg(r.firstBadSeq)
                     .arg(r.problem));
    else
        QCOMPARE(v, QStringLiteral("Tampering found: %1.").arg(r.problem));
}

/**
 * A workspace (closed, in m_base) after sessions of the four people, the copy taken half-way
 * (m_older), and what an auditor would know of it: the keys, the entries, the checkpoints.
 */
class AuditedWorkspace
{
public:
    /** Creates it: about 4.5 entries per session, a copy taken after half of them. */
    void build(int sessions = 80)
    {
        if (!m_tmp.isValid())
            qFatal("no temporary folder");
        m_base = m_tmp.filePath(QStringLiteral("base"));
        {
            Workspace::Created created = createWorkspace(m_base, m_clock);
            Workspace &ws = *created.workspace;
            addAuditPeople(ws);
            mustSucceed(ws.logout(), "sign out");
            auditSessions(ws, *m_clock, 0, sessions / 2);
            m_older = copyWorkspace(m_base, m_tmp.filePath(QStringLiteral("older")));
            auditSessions(ws, *m_clock, sessions / 2, sessions - sessions / 2);
            signIn(ws, QStringLiteral("audra"));
            auto keys = ws.auditKeyring();
            if (!keys)
                qFatal("no keyring: %s", qPrintable(keys.error().message));
            m_keys = *keys;
            mustSucceed(ws.logout(), "sign out");
        }
        RawAuditDb r = raw(m_base);
        auto entries = AuditLog::entries(r.db());
        auto checkpoints = AuditLog::checkpoints(r.db());
        if (!entries || !checkpoints)
            qFatal("cannot read the log");
        m_entries = std::move(*entries);
        m_checkpoints = std::move(*checkpoints);
        m_n = qint64(m_entries.size());
        m_olderSize = AuditLog::count(raw(m_older).db()).value_or(0);
    }

    /** A copy of the workspace to change. */
    QString fresh(const QString &name) { return copyWorkspace(m_base, m_tmp.filePath(name)); }

    /** The database of a closed workspace, opened as an attacker holding the data key would. */
    static RawAuditDb raw(const QString &dir)
    {
        auto opened = RawAuditDb::open(dir, QStringLiteral("amira"), kAdminPassword);
        if (!opened)
            qFatal("cannot open %s: %s", qPrintable(dir), qPrintable(opened.error().message));
        return std::move(*opened);
    }

    /** verifyAuditLog on a closed workspace's database, with the keys the auditor knows. */
    AuditVerifyReport verifyRaw(const QString &dir, const std::optional<Checkpoint> &trusted = {})
    {
        RawAuditDb r = raw(dir);
        auto report = verifyAuditLog(r.db(), m_keys, trusted);
        if (!report)
            qFatal("verification failed to run: %s", qPrintable(report.error().message));
        return *report;
    }

    std::unique_ptr<Workspace> openAs(const QString &dir, const QString &user)
    {
        auto ws = Workspace::open(dir, testOptions(m_clock));
        if (!ws)
            qFatal("cannot open %s: %s", qPrintable(dir), qPrintable(ws.error().message));
        signIn(**ws, user);
        return std::move(*ws);
    }

    const StoredCheckpoint &checkpointOf(qint64 size, const char *reason = nullptr) const
    {
        for (const StoredCheckpoint &c : m_checkpoints)
            if (c.checkpoint.size == size && (!reason || c.reason == QLatin1String(reason)))
                return c;
        qFatal("no checkpoint of %lld entries", size);
    }

    /** The first `action` after entry `seq` where no periodic checkpoint falls. */
    qint64 firstAfter(qint64 seq, const char *action) const
    {
        for (const AuditEntry &e : m_entries)
            if (e.seq > seq && e.action == QLatin1String(action)
                && e.seq % AuditLog::kCheckpointInterval != 0)
                return e.seq;
        qFatal("no %s after %lld", action, seq);
    }

    /** The size of the last checkpoint before entry `seq`. */
    qint64 checkpointBefore(qint64 seq) const
    {
        qint64 size = 0;
        for (const StoredCheckpoint &c : m_checkpoints)
            if (c.checkpoint.size < seq)
                size = std::max(size, c.checkpoint.size);
        return size;
    }

protected:
    QTemporaryDir m_tmp;
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>();
    QString m_base;
    QString m_older; ///< a copy taken half-way
    qint64 m_olderSize = 0;
    AuditKeyring m_keys;
    std::vector<AuditEntry> m_entries;
    std::vector<StoredCheckpoint> m_checkpoints;
    qint64 m_n = 0;
};

} // namespace mizan::test
