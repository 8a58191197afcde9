// Crash safety: a process writing leads and audit entries, making backups or restoring one is
// killed with SIGKILL at random moments (CrashWriter), then the workspace is opened: it opens,
// PRAGMA integrity_check passes, the audit log verifies and no acknowledged write is lost.
//
// Iterations: MIZAN_CRASH_ITERATIONS (writes, default 200), MIZAN_CRASH_BACKUP_ITERATIONS and
// MIZAN_CRASH_RESTORE_ITERATIONS (default 200 each, as CI runs it); tests/tools/crash-drill.sh runs
// 1,000 and 200.
// Every kill moment comes from one seed, printed first; MIZAN_CRASH_SEED=N repeats a run (the
// moments, the writers' choices and sizes; the kill lands near, not exactly on, the same call).

#include "CrashHarness.h"
#include "TestWorkspaceUtil.h"

#include "store/Database.h"
#include "store/KeySlots.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <map>
#include <optional>
#include <random>

using namespace mizan;
using namespace mizan::test;

namespace {

const QString kAdmin = QStringLiteral("amira");
const QString kAuditor = QStringLiteral("audra");
const QString kScientist = QStringLiteral("dana");
constexpr const char *kScientistPassword = kFourthPassword;
const QString kOfficer = QStringLiteral("rana"); // leads.view and audit.verify
constexpr const char *kOfficerPassword = kThirdPassword;

/** The current data key of `dir`'s workspace from `user`'s slot (the test reads the file). */
Result<SecureBytes> dataKey(const QString &dir, const QString &user, const char *password)
{
    MIZAN_TRY(slots,
              step(QStringLiteral("key slots"),
                   KeySlots::load(dir + QLatin1Char('/') + QLatin1String(Workspace::kSlotsFile))));
    const KeySlot *slot = slots.find(user);
    if (!slot)
        return fail(ErrorCode::Integrity, QStringLiteral("no key slot for ") + user);
    MIZAN_TRY(opened,
              step(QStringLiteral("open the slot"), keyring::openSlot(slots, *slot, pw(password))));
    for (auto &[generation, key] : opened.dataKeys) {
        if (generation == slots.generation)
            return key.copy();
    }
    return fail(ErrorCode::Integrity, QStringLiteral("the slot holds no current data key"));
}

/** Full PRAGMA integrity_check (the sign-in makes only quick_check); nothing may hold the file. */
Result<> integrity(const QString &dir, const SecureBytes &key)
{
    MIZAN_TRY(db,
              step(QStringLiteral("open the database for integrity_check"),
                   Database::open(dir + QLatin1Char('/') + QLatin1String(Workspace::kDatabaseFile),
                                  key,
                                  Database::Mode::OpenExisting)));
    return step(QStringLiteral("integrity_check"), db.integrityCheck());
}

Result<std::unique_ptr<Workspace>> signIn(const QString &dir,
                                          const QString &user,
                                          const char *password)
{
    MIZAN_TRY(ws,
              step(QStringLiteral("the workspace does not open"),
                   Workspace::open(dir, testOptions())));
    MIZAN_CHECK(step(user + QStringLiteral(" cannot sign in"), ws->login(user, pw(password))));
    return ws;
}

// ---- writes --------------------------------------------------------------------------------

/** What the writers acknowledged over all iterations, and where the last check stopped. */
struct WriteLedger
{
    std::map<qint64, qint64> leadSets; ///< id -> rows, every lead set acknowledged
    qint64 exports = 0;
    qint64 checkedSets = 0;            ///< lead sets up to this id were loaded and counted
    qint64 nextSeq = 1;                ///< audit entries before this were searched already
    std::optional<Checkpoint> trusted; ///< the auditor's checkpoint after the last check
    qint64 unacknowledgedSets = 0;     ///< committed, but killed before the acknowledgement
    qint64 sessionMs = 0;   ///< the last check's open, sign-in, listing and log verification
    qint64 integrityMs = 0; ///< the last check's integrity_check and row count
};

/**
 * After a kill: the workspace opens and a risk officer (leads.view and audit.verify: one
 * session) signs in; every acknowledged lead set is listed with its rows; every acknowledged
 * import and export is in the log; the log verifies (from the officer's last checkpoint: no
 * rollback, no fork; or whole). Then, on the closed file, integrity_check and the rows stored
 * for every lead set new since the last check against what it lists.
 */
Result<> verifyWrites(const QString &dir,
                      const SecureBytes &key,
                      WriteLedger &ledger,
                      const QStringList &acks,
                      bool fullVerification)
{
    QSet<QString> importTargets;
    QSet<QString> exportFiles;
    for (const QString &a : acks) {
        const QStringList parts = a.split(QLatin1Char(' '));
        if (parts.value(0) == QLatin1String("leadset") && parts.size() == 3) {
            ledger.leadSets[parts[1].toLongLong()] = parts[2].toLongLong();
            importTargets.insert(QStringLiteral("leadset:") + parts[1]);
        } else if (parts.value(0) == QLatin1String("export") && parts.size() == 2) {
            exportFiles.insert(parts[1]);
            ++ledger.exports;
        } else {
            return fail(ErrorCode::Internal, QStringLiteral("unexpected acknowledgement: ") + a);
        }
    }
    std::map<qint64, qint64> found; // id -> rows, as listed
    QElapsedTimer phase;
    phase.start();
    {
        MIZAN_TRY(ws, signIn(dir, kOfficer, kOfficerPassword));
        MIZAN_TRY(sets, step(QStringLiteral("leadSets"), ws->leadSets()));
        for (const LeadSetInfo &s : sets)
            found[s.id] = s.rows;
        for (const auto &[id, rows] : ledger.leadSets) {
            const auto it = found.find(id);
            MIZAN_CHECK(check(it != found.end(),
                              QStringLiteral("acknowledged lead set %1 (%2 rows) is lost")
                                  .arg(id)
                                  .arg(rows)));
            MIZAN_CHECK(check(it->second == rows,
                              QStringLiteral("acknowledged lead set %1 had %2 rows, now %3")
                                  .arg(id)
                                  .arg(rows)
                                  .arg(it->second)));
        }
        MIZAN_TRY(entries, step(QStringLiteral("auditEntries"), ws->auditEntries(ledger.nextSeq)));
        for (const AuditEntry &e : entries) {
            if (e.outcome != QLatin1String("ok"))
                continue;
            if (e.action == QLatin1String("leads.import"))
                importTargets.remove(e.target);
            else if (e.action == QLatin1String("leads.export"))
                exportFiles.remove(e.details.value(QStringLiteral("file")).toString());
        }
        MIZAN_CHECK(check(importTargets.isEmpty(),
                          QStringLiteral("acknowledged imports missing from the audit log: ")
                              + QStringList(importTargets.values()).join(QStringLiteral(", "))));
        MIZAN_CHECK(check(exportFiles.isEmpty(),
                          QStringLiteral("acknowledged exports missing from the audit log: ")
                              + QStringList(exportFiles.values()).join(QStringLiteral(", "))));
        MIZAN_TRY(report,
                  step(QStringLiteral("verifyAudit"),
                       ws->verifyAudit(fullVerification ? std::nullopt : ledger.trusted)));
        MIZAN_CHECK(check(report.ok,
                          QStringLiteral("the audit log does not verify%1: %2")
                              .arg(fullVerification ? QString()
                                                    : QStringLiteral(" from the last checkpoint"),
                                   report.verdict())));
        MIZAN_TRY(checkpoint, step(QStringLiteral("auditCheckpointNow"), ws->auditCheckpointNow()));
        ledger.trusted = checkpoint.checkpoint;
        MIZAN_TRY(count, step(QStringLiteral("auditCount"), ws->auditCount()));
        ledger.nextSeq = count + 1;
        MIZAN_CHECK(step(QStringLiteral("logout"), ws->logout()));
    }

    ledger.sessionMs = phase.restart();
    MIZAN_TRY(db,
              step(QStringLiteral("open the database for integrity_check"),
                   Database::open(dir + QLatin1Char('/') + QLatin1String(Workspace::kDatabaseFile),
                                  key,
                                  Database::Mode::OpenExisting)));
    MIZAN_CHECK(step(QStringLiteral("integrity_check"), db.integrityCheck()));
    MIZAN_TRY(stored,
              step(QStringLiteral("count the rows"),
                   db.prepare("SELECT lead_set_id, count(*) FROM leads WHERE lead_set_id > ? "
                              "GROUP BY lead_set_id")));
    stored.bind(1, ledger.checkedSets);
    std::map<qint64, qint64> rowsStored;
    for (;;) {
        MIZAN_TRY(more, step(QStringLiteral("count the rows"), stored.step()));
        if (!more)
            break;
        rowsStored[stored.integer(0)] = stored.integer(1);
    }
    for (auto it = found.upper_bound(ledger.checkedSets); it != found.end(); ++it) {
        const qint64 rows = rowsStored.contains(it->first) ? rowsStored[it->first] : 0;
        MIZAN_CHECK(check(rows == it->second,
                          QStringLiteral("lead set %1 lists %2 rows but %3 are stored")
                              .arg(it->first)
                              .arg(it->second)
                              .arg(rows)));
        if (!ledger.leadSets.contains(it->first))
            ++ledger.unacknowledgedSets;
        ledger.checkedSets = it->first;
    }
    for (const auto &[id, rows] : rowsStored)
        MIZAN_CHECK(check(found.contains(id),
                          QStringLiteral("%1 rows are stored for lead set %2, which is not listed")
                              .arg(rows)
                              .arg(id)));
    ledger.integrityMs = phase.elapsed();
    return {};
}

// ---- backups -------------------------------------------------------------------------------

struct BackupLedger
{
    QSet<QString> verified; ///< complete folders that passed verifyBackup
    qint64 acknowledged = 0;
    qint64 completeSeen = 0; ///< complete folders verified, acknowledged or not
    int mostPartials = 0;    ///< most ".partial" folders seen at once
    int partialsNow = 0;
    int orphanEntries = 0; ///< "backup.create ok" entries naming a folder left partial (must be 0)
};

/**
 * After a kill during createBackup: the workspace opens; every complete folder (no ".partial")
 * is listed by backups() with a valid manifest and passes verifyBackup; nothing partial is
 * listed; every acknowledged backup is complete; the log verifies; integrity_check.
 * Verified backups but the newest two are then removed (disk and time stay bounded).
 */
Result<> verifyBackups(const QString &dir,
                       const QString &root,
                       const SecureBytes &key,
                       BackupLedger &ledger,
                       const QStringList &acks)
{
    QSet<QString> complete;
    QSet<QString> partial;
    const QStringList folders = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : folders) {
        if (!name.startsWith(QLatin1String("mizan-backup-")))
            continue;
        (name.endsWith(QLatin1String(".partial")) ? partial : complete).insert(name);
    }
    ledger.partialsNow = int(partial.size());
    ledger.mostPartials = std::max(ledger.mostPartials, int(partial.size()));
    for (const QString &a : acks) {
        MIZAN_CHECK(check(a.startsWith(QLatin1String("backup ")),
                          QStringLiteral("unexpected acknowledgement: ") + a));
        const QString name = a.mid(7);
        MIZAN_CHECK(check(complete.contains(name),
                          QStringLiteral("acknowledged backup %1 is not a complete folder in %2")
                              .arg(name, root)));
        ++ledger.acknowledged;
    }
    {
        MIZAN_TRY(ws, signIn(dir, kAdmin, kAdminPassword));
        MIZAN_TRY(listed, step(QStringLiteral("backups"), ws->backups(root)));
        QSet<QString> listedNames;
        for (const BackupInfo &b : listed) {
            MIZAN_CHECK(check(!b.name.contains(QLatin1String(".partial"))
                                  && !b.path.contains(QLatin1String(".partial")),
                              QStringLiteral("backups() lists a partial folder: ") + b.path));
            MIZAN_CHECK(check(complete.contains(b.name),
                              QStringLiteral("backups() lists %1, which is not a complete folder")
                                  .arg(b.name)));
            MIZAN_CHECK(
                check(b.manifestValid,
                      QStringLiteral("%1: its manifest's signature does not verify").arg(b.name)));
            listedNames.insert(b.name);
        }
        for (const QString &name : complete) {
            MIZAN_CHECK(
                check(listedNames.contains(name),
                      QStringLiteral("complete folder %1 is not listed by backups()").arg(name)));
            if (ledger.verified.contains(name))
                continue;
            MIZAN_TRY(v,
                      step(QStringLiteral("verifyBackup %1").arg(name),
                           ws->verifyBackup(root + QLatin1Char('/') + name)));
            MIZAN_CHECK(
                check(v.ok,
                      QStringLiteral("complete backup %1 does not verify: %2").arg(name, v.problem)));
            ledger.verified.insert(name);
            ++ledger.completeSeen;
        }
        MIZAN_CHECK(step(QStringLiteral("logout"), ws->logout()));
    }
    {
        MIZAN_TRY(ws, signIn(dir, kAuditor, kAuditorPassword));
        MIZAN_TRY(report, step(QStringLiteral("verifyAudit"), ws->verifyAudit()));
        MIZAN_CHECK(
            check(report.ok, QStringLiteral("the audit log does not verify: ") + report.verdict()));
        // "started" is written at the snapshot point, "ok" only once the folder is complete: an
        // "ok" entry never names a folder a kill left partial.
        MIZAN_TRY(entries, step(QStringLiteral("auditEntries"), ws->auditEntries()));
        ledger.orphanEntries = 0;
        for (const AuditEntry &e : entries) {
            if (e.action == QLatin1String("backup.create") && e.outcome == QLatin1String("ok")
                && e.target.startsWith(QLatin1String("backup:"))
                && partial.contains(e.target.mid(7) + QStringLiteral(".partial")))
                ++ledger.orphanEntries;
        }
        MIZAN_CHECK(check(ledger.orphanEntries == 0,
                          QStringLiteral("%1 \"backup.create ok\" entries name a partial folder")
                              .arg(ledger.orphanEntries)));
        MIZAN_CHECK(step(QStringLiteral("logout"), ws->logout()));
    }
    MIZAN_CHECK(integrity(dir, key));
    QStringList done(ledger.verified.values());
    std::sort(done.begin(), done.end()); // names carry the time
    for (qsizetype i = 0; i + 2 < done.size(); ++i) {
        if (!QDir(root + QLatin1Char('/') + done[i]).removeRecursively())
            return fail(ErrorCode::Io, QStringLiteral("cannot remove ") + done[i]);
        ledger.verified.remove(done[i]);
    }
    return {};
}

// ---- restores ------------------------------------------------------------------------------

enum class Found { Old, Restored };

/**
 * After a kill during restore: the folder opens (the old workspace, which holds `marker` in its
 * log, or the restored one, which does not and records the restore); the lead set of the backup
 * is there whole; the log verifies; integrity_check. A restore that was acknowledged must have
 * left the restored workspace.
 */
Result<Found> verifyRestore(
    const QString &dir, const QString &marker, qint64 leadSet, qint64 leadRows, bool acknowledged)
{
    Found found = Found::Old;
    {
        MIZAN_TRY(ws, signIn(dir, kAuditor, kAuditorPassword));
        MIZAN_TRY(entries, step(QStringLiteral("auditEntries"), ws->auditEntries()));
        bool hasMarker = false;
        qint64 restores = 0;
        for (const AuditEntry &e : entries) {
            if (e.action == QLatin1String("leads.export")
                && e.details.value(QStringLiteral("file")).toString() == marker)
                hasMarker = true;
            if (e.action.contains(QLatin1String("restore")))
                ++restores;
        }
        found = hasMarker ? Found::Old : Found::Restored;
        MIZAN_CHECK(check(!acknowledged || found == Found::Restored,
                          QStringLiteral("the restore was acknowledged but the old workspace "
                                         "(with %1 in its log) is in place")
                              .arg(marker)));
        MIZAN_CHECK(check(found == Found::Old || restores > 0,
                          QStringLiteral("the workspace lacks the marker but its log records no "
                                         "restore")));
        MIZAN_TRY(report, step(QStringLiteral("verifyAudit"), ws->verifyAudit()));
        MIZAN_CHECK(
            check(report.ok, QStringLiteral("the audit log does not verify: ") + report.verdict()));
        MIZAN_CHECK(step(QStringLiteral("logout"), ws->logout()));
    }
    {
        MIZAN_TRY(ws, signIn(dir, kScientist, kScientistPassword));
        MIZAN_TRY(data, step(QStringLiteral("load lead set"), ws->loadLeadSet(leadSet)));
        MIZAN_CHECK(check(data.rowCount() == leadRows,
                          QStringLiteral("lead set %1 loads %2 rows, not %3")
                              .arg(leadSet)
                              .arg(data.rowCount())
                              .arg(leadRows)));
        MIZAN_CHECK(step(QStringLiteral("logout"), ws->logout()));
    }
    MIZAN_TRY(key, dataKey(dir, kAdmin, kAdminPassword));
    MIZAN_CHECK(integrity(dir, key));
    return found;
}

Result<> addMarker(const QString &dir, const QString &marker)
{
    MIZAN_TRY(ws, signIn(dir, kScientist, kScientistPassword));
    MIZAN_CHECK(step(QStringLiteral("recordExport"),
                     ws->recordExport(QStringLiteral("leadset:1"), marker, 1)));
    return step(QStringLiteral("logout"), ws->logout());
}

} // namespace

/** QVERIFY2 of a Result with `where` and the error's message (evaluated only on failure). */
#define CRASH_VERIFY(result, where) \
    do { \
        const auto &crashVerified_ = (result); \
        QVERIFY2(crashVerified_.has_value(), \
                 qPrintable((where) + QStringLiteral(": ") \
                            + QString::fromUtf8(mizan::test::why(crashVerified_)))); \
    } while (false)

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { KdfParams::allowTestCost(false); }

    void killsDuringWrites();
    void killsDuringBackup();
    void killsDuringRestore();

private:
    quint64 m_seed = 0;
};

void TestCrashSafety::initTestCase()
{
    KdfParams::allowTestCost(true);
    bool ok = false;
    m_seed = qEnvironmentVariable("MIZAN_CRASH_SEED").toULongLong(&ok);
    if (!ok)
        m_seed = (quint64(std::random_device{}()) << 32) ^ std::random_device{}();
    qInfo("crash seed %llu (MIZAN_CRASH_SEED=%llu repeats these kill moments)",
          static_cast<unsigned long long>(m_seed),
          static_cast<unsigned long long>(m_seed));
}

void TestCrashSafety::killsDuringWrites()
{
    const int iterations = envInt("MIZAN_CRASH_ITERATIONS", 200);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("ws"));
    {
        auto created = createWorkspace(dir);
        MIZAN_VERIFY_OK(
            created.workspace->addUser(kScientist, Role::DataScientist, pw(kScientistPassword)));
        const auto officer = created.workspace->addUser(kOfficer,
                                                        Role::RiskOfficer,
                                                        pw(kOfficerPassword));
        MIZAN_VERIFY_OK(officer);
        QCOMPARE(*officer, GrantOutcome::Applied);
        MIZAN_VERIFY_OK(created.workspace->logout());
    }
    const auto key = dataKey(dir, kAdmin, kAdminPassword);
    MIZAN_VERIFY_OK(key);
    WriteLedger ledger;
    MIZAN_VERIFY_OK(verifyWrites(dir, *key, ledger, {}, true));

    std::mt19937_64 rng(m_seed ^ 0x77726974ULL);
    Timing timing;
    int early = 0;
    for (int i = 0; i < iterations; ++i) {
        const quint64 childSeed = rng();
        // One kill in ten lands anywhere from the start (open, sign-in, first write); the rest
        // 20 to 400 ms after the first acknowledged write.
        const bool fromStart = rng() % 10 == 0;
        const qint64 delay = fromStart ? qint64(rng() % 151) : 20 + qint64(rng() % 381);
        early += fromStart;
        QElapsedTimer timer;
        timer.start();
        const Run run = runAndKill({QStringLiteral("write"),
                                    dir,
                                    kScientist,
                                    QLatin1String(kScientistPassword),
                                    QString::number(childSeed)},
                                   fromStart ? KillAt::AfterStart : KillAt::AfterFirstAck,
                                   delay);
        const QString where = QStringLiteral("writes, iteration %1 (MIZAN_CRASH_SEED=%2, writer "
                                             "seed %3, killed %4 ms after %5; %6)")
                                  .arg(i)
                                  .arg(m_seed)
                                  .arg(childSeed)
                                  .arg(delay)
                                  .arg(fromStart ? QStringLiteral("its start")
                                                 : QStringLiteral("its first acknowledgement"),
                                       describe(run));
        QVERIFY2(run.problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + run.problem));
        QVERIFY2(run.killed, qPrintable(where + QStringLiteral(": the writer stopped by itself")));
        const bool full = (i + 1) % 50 == 0 || i + 1 == iterations;
        const auto verified = verifyWrites(dir, *key, ledger, run.acks, full);
        CRASH_VERIFY(verified, where);
        timing.add(timer.elapsed());
        qInfo("%s",
              qPrintable(QStringLiteral("%1: ok in %2 ms (checks: session %3 ms, integrity %4 ms)")
                             .arg(where)
                             .arg(timer.elapsed())
                             .arg(ledger.sessionMs)
                             .arg(ledger.integrityMs)));
    }
    qInfo("%s",
          qPrintable(QStringLiteral("writes: %1; %2 kills from the start; %3 lead sets and %4 "
                                    "exports acknowledged, all found; %5 lead sets committed "
                                    "unacknowledged")
                         .arg(timing.text())
                         .arg(early)
                         .arg(ledger.leadSets.size())
                         .arg(ledger.exports)
                         .arg(ledger.unacknowledgedSets)));
}

void TestCrashSafety::killsDuringBackup()
{
    const int iterations = envInt("MIZAN_CRASH_BACKUP_ITERATIONS", 200);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("ws"));
    const QString root = tmp.filePath(QStringLiteral("backups"));
    {
        auto created = createWorkspace(dir);
        importSynthetic(*created.workspace, dir, 200);
        MIZAN_VERIFY_OK(created.workspace->logout());
    }
    const auto key = dataKey(dir, kAdmin, kAdminPassword);
    MIZAN_VERIFY_OK(key);

    std::mt19937_64 rng(m_seed ^ 0x6261636bULL);
    BackupLedger ledger;
    Timing timing;
    for (int i = 0; i < iterations; ++i) {
        const qint64 delay = 20 + qint64(rng() % 381);
        QElapsedTimer timer;
        timer.start();
        const Run run = runAndKill({QStringLiteral("backup"),
                                    dir,
                                    kAdmin,
                                    QLatin1String(kAdminPassword),
                                    root},
                                   KillAt::AfterFirstAck,
                                   delay);
        const QString where = QStringLiteral("backup, iteration %1 (MIZAN_CRASH_SEED=%2, killed "
                                             "%3 ms after the first backup; %4)")
                                  .arg(i)
                                  .arg(m_seed)
                                  .arg(delay)
                                  .arg(describe(run));
        QVERIFY2(run.problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + run.problem));
        QVERIFY2(run.killed, qPrintable(where + QStringLiteral(": the writer stopped by itself")));
        const auto verified = verifyBackups(dir, root, *key, ledger, run.acks);
        CRASH_VERIFY(verified, where);
        timing.add(timer.elapsed());
        qInfo("%s",
              qPrintable(QStringLiteral("%1: ok in %2 ms, %3 partial folders left")
                             .arg(where)
                             .arg(timer.elapsed())
                             .arg(ledger.partialsNow)));
    }
    qInfo("%s",
          qPrintable(QStringLiteral("backup: %1; %2 backups acknowledged, %3 complete folders "
                                    "verified, at most %4 partial folders at once (%5 at the end, "
                                    "left by the kills; %6 \"backup.create ok\" entries in the "
                                    "log name one of them)")
                         .arg(timing.text())
                         .arg(ledger.acknowledged)
                         .arg(ledger.completeSeen)
                         .arg(ledger.mostPartials)
                         .arg(ledger.partialsNow)
                         .arg(ledger.orphanEntries)));
}

void TestCrashSafety::killsDuringRestore()
{
    const int iterations = envInt("MIZAN_CRASH_RESTORE_ITERATIONS", 200);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString site = tmp.filePath(QStringLiteral("site")); // the workspace and its siblings
    const QString dir = site + QStringLiteral("/ws");
    const QString root = tmp.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(site));
    LeadSetInfo set;
    QString backup;
    {
        auto created = createWorkspace(dir);
        set = importSynthetic(*created.workspace, dir, 120);
        MIZAN_VERIFY_OK(created.workspace->logout());
        MIZAN_VERIFY_OK(created.workspace->login(kAdmin, pw(kAdminPassword)));
        const auto made = created.workspace->createBackup(root);
        MIZAN_VERIFY_OK(made);
        backup = made->path;
        MIZAN_VERIFY_OK(created.workspace->logout());
    }

    // One restore undisturbed, by the child: it works, and how long the child lives (start,
    // sign-in to the old workspace, verification, staging, swap) spreads the kills over it.
    MIZAN_VERIFY_OK(addMarker(dir, QStringLiteral("marker-first.csv")));
    const Run calibration
        = runAndKill({QStringLiteral("restore"), dir, kAdmin, QLatin1String(kAdminPassword), backup},
                     KillAt::Never,
                     0);
    QVERIFY2(!calibration.killed && calibration.exitCode == 0 && calibration.acks.size() == 2,
             qPrintable(QStringLiteral("an undisturbed restore: ") + describe(calibration)));
    const auto firstFound
        = verifyRestore(dir, QStringLiteral("marker-first.csv"), set.id, set.rows, true);
    MIZAN_VERIFY_OK(firstFound);
    const qint64 span = calibration.aliveMs * 6 / 5 + 5;
    qInfo("restore: an undisturbed restore process lives %lld ms; kills land 0 to %lld ms after "
          "its start",
          static_cast<long long>(calibration.aliveMs),
          static_cast<long long>(span));

    std::mt19937_64 rng(m_seed ^ 0x72657374ULL);
    Timing timing;
    int old = 0;
    int restored = 0;
    int completed = 0;
    for (int i = 0; i < iterations; ++i) {
        const qint64 delay = qint64(rng() % quint64(span + 1));
        const QString marker = QStringLiteral("marker-%1.csv").arg(i);
        const auto marked = addMarker(dir, marker);
        CRASH_VERIFY(marked, QStringLiteral("restore, iteration %1, before the kill").arg(i));
        QElapsedTimer timer;
        timer.start();
        const Run run = runAndKill({QStringLiteral("restore"),
                                    dir,
                                    kAdmin,
                                    QLatin1String(kAdminPassword),
                                    backup},
                                   KillAt::AfterStart,
                                   delay);
        const bool acknowledged = std::any_of(run.acks.begin(),
                                              run.acks.end(),
                                              [](const QString &a) {
                                                  return a.startsWith(QLatin1String("restore"));
                                              });
        const QString where = QStringLiteral("restore, iteration %1 (MIZAN_CRASH_SEED=%2, killed "
                                             "%3 ms after the start; %4%5)")
                                  .arg(i)
                                  .arg(m_seed)
                                  .arg(delay)
                                  .arg(describe(run),
                                       acknowledged ? QStringLiteral(", restore acknowledged")
                                                    : QString());
        QVERIFY2(run.problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + run.problem));
        QVERIFY2(run.killed || run.exitCode == 0,
                 qPrintable(where + QStringLiteral(": the restore failed")));
        const auto found = verifyRestore(dir, marker, set.id, set.rows, acknowledged);
        CRASH_VERIFY(found, where);
        (*found == Found::Old ? old : restored) += 1;
        completed += acknowledged;
        timing.add(timer.elapsed());
        qInfo("%s",
              qPrintable(QStringLiteral("%1: ok in %2 ms, %3 workspace in place")
                             .arg(where)
                             .arg(timer.elapsed())
                             .arg(*found == Found::Old ? QStringLiteral("old")
                                                       : QStringLiteral("restored"))));
    }

    // A later restore still succeeds over whatever the kills left.
    MIZAN_VERIFY_OK(addMarker(dir, QStringLiteral("marker-last.csv")));
    const auto last = Workspace::restore(backup, dir, kAdmin, pw(kAdminPassword), testOptions());
    MIZAN_VERIFY_OK(last);
    const auto lastFound
        = verifyRestore(dir, QStringLiteral("marker-last.csv"), set.id, set.rows, true);
    MIZAN_VERIFY_OK(lastFound);

    QStringList siblings = QDir(site).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    siblings.removeAll(QStringLiteral("ws"));
    QHash<QString, int> kinds; // "ws.replaced-<time>" -> "ws.replaced-*"
    for (const QString &name : siblings) {
        QString kind = name;
        kind.replace(QRegularExpression(QStringLiteral("[0-9]+")), QStringLiteral("N"));
        kinds[kind] += 1;
    }
    QStringList left;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        left.append(QStringLiteral("%1 x%2").arg(it.key()).arg(it.value()));
    left.sort();
    qInfo("%s",
          qPrintable(QStringLiteral("restore: %1; the old workspace in place %2 times, the "
                                    "restored %3 (%4 restores acknowledged); beside the workspace "
                                    "now: %5")
                         .arg(timing.text())
                         .arg(old)
                         .arg(restored)
                         .arg(completed)
                         .arg(left.isEmpty() ? QStringLiteral("nothing")
                                             : left.join(QStringLiteral(", ")))));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
