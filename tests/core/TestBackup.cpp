// Backups, verified restore and drills through the Workspace facade: a backup verifies and is
// never plain text; corruption of every kind is caught (a flipped byte, a truncated file, an
// altered or re-signed manifest, mismatched key slots, another workspace's backup, an extra
// file); a restore replaces the workspace atomically, keeps the old one, records itself, brings
// no erased person back and is reported as a rollback to an auditor holding a later
// checkpoint; rotation keeps the right backups; the schedule runs in any unlocked session;
// drills measure and record.

#include "SqlCipherPages.h"
#include "TestWorkspaceUtil.h"
#include "backup/BackupManifest.h"
#include "backup/BackupRotation.h"
#include "common/CanonicalJson.h"
#include "common/Crypto.h"
#include "data/DemoLeads.h"
#include "store/Database.h"
#include "store/KeySlots.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::test;

namespace {
constexpr const char *kScientist = kFourthPassword;
constexpr const char *kPrivacy = "granite orchard beacon tundra";
constexpr const char *kAnalyst = kOtherPassword;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;

QString firstFailed(const BackupVerification &v)
{
    for (const BackupCheck &c : v.checks)
        if (!c.ok)
            return c.name;
    return {};
}

void flipByte(const QString &path, qint64 at)
{
    QByteArray bytes = readAll(path);
    QVERIFY(at < bytes.size());
    bytes[at] = char(bytes[at] ^ 0x5a);
    writeAll(path, bytes);
}

/** Re-signs a manifest after editing it, as someone holding the workspace key could. */
void resign(const QString &backup,
            const SecureBytes &seed,
            const std::function<void(BackupManifest &)> &edit)
{
    auto m = BackupManifest::fromJson(readAll(backup + "/manifest.json"), "manifest");
    QVERIFY(m.has_value());
    edit(*m);
    QVERIFY(m->sign(seed).has_value());
    writeAll(backup + "/manifest.json", m->toJson());
}

/** The workspace's Ed25519 seed, read from its database (what an insider with the key holds). */
SecureBytes workspaceSeed(const QString &wsDir, const char *user, const char *password)
{
    const SecureBytes key = workspaceDataKey(wsDir, QString::fromLatin1(user), password);
    auto db = Database::open(wsDir + "/workspace.db", key, Database::Mode::ReadOnly);
    if (!db)
        qFatal("cannot open: %s", qPrintable(db.error().message));
    auto s = db->prepare("SELECT private_seed FROM workspace_key WHERE id = 1");
    if (!s || !s->step().value_or(false))
        qFatal("no workspace key");
    return SecureBytes::fromView(s->blob(0));
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { KdfParams::allowTestCost(true); }
    void init();
    void cleanup();
    void aBackupVerifiesAndIsEncrypted();
    void corruptionIsCaught();
    void anotherWorkspacesBackupIsRefused();
    void restoreSwapsKeepsTheOldAndRecordsIt();
    void restoreNeverBringsAnErasedPersonBack();
    void erasuresComeFromNewerBackupsWhenTheWorkspaceIsLost();
    void aFailedRestoreChangesNothing();
    void aChangedPasswordNeedsTheRecoveryKey();
    void aLaterRollbackIsNotExcusedByAnOldRestore();
    void rotationKeepsDailyAndWeekly();
    void theScheduleRunsInAnyUnlockedSession();
    void aDrillMeasuresAndRecords();
    void anOlderKeyGenerationNeedsThePassword();

private:
    void signIn(const QString &user, const char *password);
    LeadSetInfo importLeads(int rows, int seed, const QString &name);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_wsDir;
    QString m_backups;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    QByteArray m_recoveryKey;
};

void TestBackup::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_wsDir = m_tmp->filePath("ws");
    m_backups = m_tmp->filePath("backups");
    m_clock = std::make_shared<ManualClock>();
    auto created = createWorkspace(m_wsDir, m_clock);
    m_ws = std::move(created.workspace);
    m_recoveryKey = created.recoveryKey.view().toByteArray();
    MIZAN_VERIFY_OK(m_ws->addUser("dana", Role::DataScientist, pw(kScientist)));
    MIZAN_VERIFY_OK(m_ws->addUser("pia", Role::PrivacyOfficer, pw(kPrivacy)));
    MIZAN_VERIFY_OK(m_ws->addUser("nour", Role::Analyst, pw(kAnalyst)));
}

void TestBackup::cleanup()
{
    m_ws.reset();
    m_tmp.reset();
}

void TestBackup::signIn(const QString &user, const char *password)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    MIZAN_VERIFY_OK(m_ws->login(user, pw(password)));
}

LeadSetInfo TestBackup::importLeads(int rows, int seed, const QString &name)
{
    signIn("dana", kScientist);
    const QString csv = m_tmp->filePath(name + ".csv");
    const QString spec = m_tmp->filePath("leads.spec.json");
    writeAll(csv, DemoLeads::csv({rows, quint64(seed)}));
    writeAll(spec, DemoLeads::specJson());
    auto set = m_ws->importLeadSet(csv, spec, name);
    if (!set)
        qFatal("import: %s", qPrintable(set.error().message));
    return *set;
}

void TestBackup::aBackupVerifiesAndIsEncrypted()
{
    importLeads(60, 1, "first");
    signIn("amira", kAdminPassword);
    auto made = m_ws->createBackup(m_backups);
    MIZAN_VERIFY_OK(made);
    QVERIFY(QFileInfo(made->path).isDir());
    QVERIFY(!QFileInfo::exists(made->path + ".partial"));
    QVERIFY(made->bytes > 4096);
    // Never a plain-text copy: not SQLite's header, and not one lead id in the raw bytes.
    const QByteArray raw = readAll(made->path + "/workspace.db");
    QVERIFY(!raw.startsWith("SQLite format 3"));
    QVERIFY(!raw.contains("FZ-1000"));
    auto manifest = BackupManifest::fromJson(readAll(made->path + "/manifest.json"), "m");
    MIZAN_VERIFY_OK(manifest);
    QVERIFY(manifest->signatureValid());
    QVERIFY(manifest->file("workspace.db"));
    QVERIFY(manifest->file("keyslots.json"));
    QCOMPARE(manifest->counts.value("leads").toInteger(), 60);
    QCOMPARE(manifest->auditEntries, made->auditEntries);

    auto verdict = m_ws->verifyBackup(made->path);
    MIZAN_VERIFY_OK(verdict);
    QVERIFY2(verdict->ok, qPrintable(verdict->problem));
    QStringList names;
    for (const BackupCheck &c : verdict->checks)
        names << c.name;
    for (const char *check : {"signature",
                              "workspace",
                              "files",
                              "keyslots",
                              "encryption",
                              "open",
                              "integrity",
                              "audit",
                              "checkpoint",
                              "counts"})
        QVERIFY2(names.contains(QLatin1String(check)), check);
    QCOMPARE(verdict->counts.value("leads").toInteger(), 60);

    auto list = m_ws->backups(m_backups);
    MIZAN_VERIFY_OK(list);
    QCOMPARE(list->size(), size_t(1));
    QCOMPARE(list->front().name, made->name);
    QVERIFY(list->front().manifestValid);
    QVERIFY(list->front().verifiedOk);
    QVERIFY(list->front().verifiedMs > 0);
    // Verification wrote nothing into the backup.
    auto again = m_ws->verifyBackup(made->path);
    MIZAN_VERIFY_OK(again);
    QVERIFY(again->ok);

    // Only an administrator makes or lists backups; the denial is audited.
    signIn("nour", kAnalyst);
    QCOMPARE(m_ws->createBackup(m_backups).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(m_ws->backups(m_backups).error().code, ErrorCode::PermissionDenied);
    const QStringList actions = auditActions(*m_ws);
    QVERIFY(actions.contains("backup.create:ok"));
    QVERIFY(actions.contains("backup.verify:ok"));
    QVERIFY(actions.contains("permission.denied:denied"));
}

void TestBackup::corruptionIsCaught()
{
    importLeads(40, 2, "first");
    signIn("amira", kAdminPassword);
    const auto fresh = [&] {
        m_clock->advance(kMinute);
        auto made = m_ws->createBackup(m_backups);
        if (!made)
            qFatal("backup: %s", qPrintable(made.error().message));
        return made->path;
    };
    const auto verdictOf = [&](const QString &path) {
        auto v = m_ws->verifyBackup(path);
        if (!v)
            qFatal("verify: %s", qPrintable(v.error().message));
        return *v;
    };

    // A flipped byte in the database.
    QString b = fresh();
    flipByte(b + "/workspace.db", 3 * 4096 + 100);
    BackupVerification v = verdictOf(b);
    QVERIFY(!v.ok);
    QCOMPARE(firstFailed(v), QString("files"));
    QVERIFY2(v.problem.contains("workspace.db"), qPrintable(v.problem));

    // The same flip with the manifest's hash updated and re-signed by someone holding the
    // workspace key: the page's HMAC catches it when the copy is read.
    const SecureBytes seed = workspaceSeed(m_wsDir, "amira", kAdminPassword);
    b = fresh();
    flipByte(b + "/workspace.db", 2 * 4096 + 50);
    resign(b, seed, [&](BackupManifest &m) {
        for (BackupFile &f : m.files)
            if (f.path == "workspace.db")
                f.sha256 = Sha256::hash(readAll(b + "/workspace.db"));
    });
    v = verdictOf(b);
    QVERIFY(!v.ok);
    QVERIFY2(QStringList({"open", "integrity", "audit"}).contains(firstFailed(v)),
             qPrintable(firstFailed(v) + ": " + v.problem));

    // A truncated file.
    b = fresh();
    {
        QFile db(b + "/workspace.db");
        QVERIFY(db.resize(db.size() - 4096));
    }
    v = verdictOf(b);
    QVERIFY(!v.ok);
    QVERIFY2(v.problem.contains("truncated"), qPrintable(v.problem));

    // A manifest altered without the key: its signature fails.
    b = fresh();
    QByteArray manifest = readAll(b + "/manifest.json");
    manifest.replace("\"created_by\": \"amira\"", "\"created_by\": \"mallory\"");
    writeAll(b + "/manifest.json", manifest);
    v = verdictOf(b);
    QVERIFY(!v.ok);
    QCOMPARE(firstFailed(v), QString("signature"));

    // Mismatched key slots: another workspace's keyslots.json, hashes fixed and re-signed.
    QTemporaryDir other;
    auto otherWs = createWorkspace(other.filePath("ws"));
    otherWs.workspace.reset();
    b = fresh();
    QFile::remove(b + "/keyslots.json");
    QVERIFY(QFile::copy(other.filePath("ws/keyslots.json"), b + "/keyslots.json"));
    resign(b, seed, [&](BackupManifest &m) {
        for (BackupFile &f : m.files)
            if (f.path == "keyslots.json") {
                f.sha256 = Sha256::hash(readAll(b + "/keyslots.json"));
                f.size = QFileInfo(b + "/keyslots.json").size();
            }
    });
    v = verdictOf(b);
    QVERIFY(!v.ok);
    QCOMPARE(firstFailed(v), QString("keyslots"));
    QVERIFY2(v.problem.contains("mismatched key slots"), qPrintable(v.problem));

    // A file added after the backup, and one removed.
    b = fresh();
    writeAll(b + "/notes.txt", "added later");
    v = verdictOf(b);
    QVERIFY(!v.ok);
    QVERIFY2(v.problem.contains("notes.txt"), qPrintable(v.problem));
    b = fresh();
    QFile::remove(b + "/keyslots.json");
    v = verdictOf(b);
    QVERIFY(!v.ok);
    QVERIFY2(v.problem.contains("missing"), qPrintable(v.problem));

    // Each failure is recorded on the list and in the log.
    auto list = m_ws->backups(m_backups);
    MIZAN_VERIFY_OK(list);
    int failed = 0;
    for (const BackupInfo &info : *list)
        failed += info.verifiedMs > 0 && !info.verifiedOk;
    QCOMPARE(failed, 7);
    QVERIFY(auditActions(*m_ws).contains("backup.verify:failed"));
}

void TestBackup::anotherWorkspacesBackupIsRefused()
{
    QTemporaryDir other;
    auto created = createWorkspace(other.filePath("ws"), m_clock);
    auto made = created.workspace->createBackup(other.filePath("backups"));
    MIZAN_VERIFY_OK(made);
    created.workspace.reset();

    signIn("amira", kAdminPassword);
    auto v = m_ws->verifyBackup(made->path);
    MIZAN_VERIFY_OK(v);
    QVERIFY(!v->ok);
    QCOMPARE(firstFailed(*v), QString("workspace"));
    QVERIFY2(v->problem.contains("another workspace"), qPrintable(v->problem));
    // Nor is it restored over this workspace.
    m_ws.reset();
    const QByteArray before = fileHash(m_wsDir + "/workspace.db");
    auto restored
        = Workspace::restore(made->path, m_wsDir, "amira", pw(kAdminPassword), testOptions(m_clock));
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, ErrorCode::Integrity);
    QCOMPARE(fileHash(m_wsDir + "/workspace.db"), before);
}

void TestBackup::restoreSwapsKeepsTheOldAndRecordsIt()
{
    const LeadSetInfo first = importLeads(50, 3, "first");
    signIn("amira", kAdminPassword);
    auto made = m_ws->createBackup(m_backups);
    MIZAN_VERIFY_OK(made);
    // Work after the backup: an account removed, another lead set, then an auditor's
    // checkpoint of that log.
    m_clock->advance(10 * kMinute);
    MIZAN_VERIFY_OK(m_ws->reauthenticate(pw(kAdminPassword)));
    MIZAN_VERIFY_OK(m_ws->removeUser("nour"));
    importLeads(30, 4, "second");
    signIn("audra", kAuditorPassword);
    auto held = m_ws->auditCheckpointNow();
    MIZAN_VERIFY_OK(held);
    const Checkpoint auditorHolds = held->checkpoint;
    QVERIFY(auditorHolds.size > made->auditEntries);
    m_ws.reset();

    m_clock->advance(kMinute);
    auto report
        = Workspace::restore(made->path, m_wsDir, "amira", pw(kAdminPassword), testOptions(m_clock));
    MIZAN_VERIFY_OK(report);
    QVERIFY(report->verification.ok);
    QVERIFY(report->replacedEntries >= auditorHolds.size);
    QVERIFY(QFileInfo(report->replacedFolder).isDir());
    QVERIFY2(report->warnings.join(' ').contains("\"nour\" was removed"),
             qPrintable(report->warnings.join(' ')));
    // Nothing left over beside the workspace but it and the replaced one.
    const QStringList beside
        = QDir(m_tmp->path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &entry : beside)
        QVERIFY2(!entry.contains(".restoring-"), qPrintable(entry));

    // The restored workspace: the backup's data, the restore recorded, the log verifies.
    auto opened = Workspace::open(m_wsDir, testOptions(m_clock));
    MIZAN_VERIFY_OK(opened);
    m_ws = std::move(*opened);
    // The account removed after the backup does not come back with it.
    QCOMPARE(m_ws->login("nour", pw(kAnalyst)).error().code, ErrorCode::AuthFailed);
    signIn("dana", kScientist);
    auto sets = m_ws->leadSets();
    MIZAN_VERIFY_OK(sets);
    QCOMPARE(sets->size(), size_t(1));
    QCOMPARE(sets->front().sha256, first.sha256);
    signIn("audra", kAuditorPassword);
    auto full = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(full);
    QVERIFY2(full->ok, qPrintable(full->verdict()));
    AuditFilter filter;
    filter.action = "restore";
    auto restores = m_ws->auditQuery(filter, 0, 10);
    MIZAN_VERIFY_OK(restores);
    QCOMPARE(restores->size(), size_t(1));
    const AuditEntry &entry = restores->front();
    QCOMPARE(entry.actor, QString("amira"));
    QCOMPARE(entry.details.value("backup_entries").toInteger(), made->auditEntries);
    QCOMPARE(entry.details.value("replaced_entries").toInteger(), report->replacedEntries);
    QVERIFY(entry.seq > made->auditEntries);

    // The auditor's checkpoint from before the restore: the log no longer extends it, and the
    // verifier says why (a rollback the log records) instead of calling it tampering.
    auto rolled = m_ws->verifyAudit(auditorHolds);
    MIZAN_VERIFY_OK(rolled);
    QVERIFY2(rolled->ok, qPrintable(rolled->verdict()));
    QVERIFY(!rolled->warnings.isEmpty());
    QVERIFY2(rolled->warnings.join(' ').contains("Rollback"),
             qPrintable(rolled->warnings.join(' ')));
    QVERIFY2(rolled->warnings.join(' ').contains("exactly the replaced log's head")
                 || report->replacedEntries > auditorHolds.size,
             qPrintable(rolled->warnings.join(' ')));

    // The replaced workspace is intact and still opens with its own, longer log.
    auto old = Workspace::open(report->replacedFolder, testOptions(m_clock));
    MIZAN_VERIFY_OK(old);
    MIZAN_VERIFY_OK((*old)->login("audra", pw(kAuditorPassword)));
    auto oldLog = (*old)->verifyAudit(auditorHolds);
    MIZAN_VERIFY_OK(oldLog);
    QVERIFY2(oldLog->ok && oldLog->warnings.isEmpty(), qPrintable(oldLog->verdict()));
}

void TestBackup::restoreNeverBringsAnErasedPersonBack()
{
    importLeads(40, 5, "first");
    signIn("amira", kAdminPassword);
    auto made = m_ws->createBackup(m_backups);
    MIZAN_VERIFY_OK(made);
    // After the backup, the privacy officer erases a subject the backup still holds.
    m_clock->advance(kMinute);
    signIn("pia", kPrivacy);
    const QString subject = QStringLiteral("FZ-100007");
    auto found = m_ws->findSubjects(subject);
    MIZAN_VERIFY_OK(found);
    QCOMPARE(found->size(), size_t(1));
    auto erased = m_ws->eraseSubject(subject, "REQ-2026-17");
    MIZAN_VERIFY_OK(erased);
    m_ws.reset();

    m_clock->advance(kMinute);
    auto report
        = Workspace::restore(made->path, m_wsDir, "amira", pw(kAdminPassword), testOptions(m_clock));
    MIZAN_VERIFY_OK(report);
    QCOMPARE(report->erasuresReapplied, 1);

    auto opened = Workspace::open(m_wsDir, testOptions(m_clock));
    MIZAN_VERIFY_OK(opened);
    m_ws = std::move(*opened);
    signIn("pia", kPrivacy);
    auto after = m_ws->findSubjects(subject);
    QVERIFY(!after || after->empty()); // not found: nobody by that reference any more
    auto register_ = m_ws->erasures();
    MIZAN_VERIFY_OK(register_);
    QCOMPARE(register_->size(), size_t(1));
    QCOMPARE(register_->front().id, erased->id);
    QCOMPARE(register_->front().erasedMs, erased->erasedMs);
    // No byte of the subject's lead id is left in the restored database's pages.
    const SecureBytes key = workspaceDataKey(m_wsDir, "pia", kPrivacy);
    const QByteArray pages = decryptSqlCipherFile(m_wsDir + "/workspace.db", key);
    QVERIFY(!pages.isEmpty());
    QVERIFY(!pages.contains(subject.toUtf8()));
    QVERIFY(pages.contains("FZ-100008")); // positive control: a neighbour is there
    // A second restore of the same backup re-applies it again (the register travels on).
    signIn("audra", kAuditorPassword);
    auto log = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(log);
    QVERIFY2(log->ok, qPrintable(log->verdict()));
}

void TestBackup::erasuresComeFromNewerBackupsWhenTheWorkspaceIsLost()
{
    importLeads(40, 6, "first");
    signIn("amira", kAdminPassword);
    auto older = m_ws->createBackup(m_backups);
    MIZAN_VERIFY_OK(older);
    m_clock->advance(kMinute);
    signIn("pia", kPrivacy);
    MIZAN_VERIFY_OK(m_ws->eraseSubject("FZ-100003", "REQ-1"));
    signIn("amira", kAdminPassword);
    m_clock->advance(kMinute);
    auto newer = m_ws->createBackup(m_backups);
    MIZAN_VERIFY_OK(newer);
    m_ws.reset();
    // The disk with the workspace is lost; the newer backup is damaged, but its signed
    // manifest still carries the erasure register.
    QVERIFY(QDir(m_wsDir).removeRecursively());
    flipByte(newer->path + "/workspace.db", 4096 + 7);

    auto report = Workspace::restore(older->path,
                                     m_wsDir,
                                     "recovery-less",
                                     pw(kAdminPassword),
                                     testOptions(m_clock));
    QCOMPARE(report.error().code, ErrorCode::AuthFailed);
    report = Workspace::restore(older->path,
                                m_wsDir,
                                "amira",
                                pw(kAdminPassword),
                                testOptions(m_clock));
    MIZAN_VERIFY_OK(report);
    QCOMPARE(report->erasuresReapplied, 1);
    QVERIFY(report->replacedFolder.isEmpty());
    const SecureBytes key = workspaceDataKey(m_wsDir, "amira", kAdminPassword);
    const QByteArray pages = decryptSqlCipherFile(m_wsDir + "/workspace.db", key);
    QVERIFY(!pages.contains("FZ-100003"));
    QVERIFY(pages.contains("FZ-100004"));
}

void TestBackup::aFailedRestoreChangesNothing()
{
    importLeads(30, 7, "first");
    signIn("amira", kAdminPassword);
    auto made = m_ws->createBackup(m_backups);
    MIZAN_VERIFY_OK(made);

    // The workspace in use by another session: refused.
    auto inUse
        = Workspace::restore(made->path, m_wsDir, "amira", pw(kAdminPassword), testOptions(m_clock));
    QVERIFY(!inUse);
    QVERIFY2(inUse.error().message.contains("in use"), qPrintable(inUse.error().message));
    m_ws.reset();

    const QByteArray db = fileHash(m_wsDir + "/workspace.db");
    const auto unchanged = [&] {
        QCOMPARE(fileHash(m_wsDir + "/workspace.db"), db);
        for (const QString &entry :
             QDir(m_tmp->path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
            QVERIFY2(!entry.contains(".restoring-") && !entry.contains(".replaced-"),
                     qPrintable(entry));
    };
    // A wrong password (the workspace keeps its back-off state; the database is untouched).
    auto wrong = Workspace::restore(made->path,
                                    m_wsDir,
                                    "nour",
                                    pw("not the password at all"),
                                    testOptions(m_clock));
    QCOMPARE(wrong.error().code, ErrorCode::AuthFailed);
    unchanged();
    // Someone who is not an administrator.
    auto denied
        = Workspace::restore(made->path, m_wsDir, "dana", pw(kScientist), testOptions(m_clock));
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    unchanged();
    // A damaged backup.
    flipByte(made->path + "/workspace.db", 4096 * 2 + 1);
    auto damaged
        = Workspace::restore(made->path, m_wsDir, "amira", pw(kAdminPassword), testOptions(m_clock));
    QCOMPARE(damaged.error().code, ErrorCode::Integrity);
    QVERIFY2(damaged.error().message.contains("workspace.db"), qPrintable(damaged.error().message));
    unchanged();
    // Not a backup at all; a target that is neither a workspace nor empty.
    QCOMPARE(Workspace::restore(m_tmp->path(),
                                m_wsDir,
                                "amira",
                                pw(kAdminPassword),
                                testOptions(m_clock))
                 .error()
                 .code,
             ErrorCode::Integrity);
    QDir().mkpath(m_tmp->filePath("busy"));
    writeAll(m_tmp->filePath("busy/file.txt"), "x");
    QCOMPARE(Workspace::restore(made->path,
                                m_tmp->filePath("busy"),
                                "amira",
                                pw(kAdminPassword),
                                testOptions(m_clock))
                 .error()
                 .code,
             ErrorCode::InvalidInput);
    unchanged();
}

void TestBackup::aChangedPasswordNeedsTheRecoveryKey()
{
    importLeads(30, 9, "first");
    signIn("amira", kAdminPassword);
    auto made = m_ws->createBackup(m_backups);
    MIZAN_VERIFY_OK(made);
    m_clock->advance(kMinute);
    signIn("pia", kPrivacy);
    MIZAN_VERIFY_OK(m_ws->eraseSubject("FZ-100011", "REQ-9"));
    signIn("amira", kAdminPassword);
    const char *newPassword = "violet thunder basket orbit";
    MIZAN_VERIFY_OK(m_ws->changeOwnPassword(pw(kAdminPassword), pw(newPassword)));
    const QString recoveryKey = QString::fromLatin1(m_recoveryKey);
    m_ws.reset();
    const QByteArray before = fileHash(m_wsDir + "/workspace.db");

    // The old password opens the backup but not the workspace it would replace, whose erasures
    // could then not be re-applied: refused, nothing changed.
    auto refused
        = Workspace::restore(made->path, m_wsDir, "amira", pw(kAdminPassword), testOptions(m_clock));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::AuthFailed);
    QVERIFY2(refused.error().message.contains("recovery key"), qPrintable(refused.error().message));
    QCOMPARE(fileHash(m_wsDir + "/workspace.db"), before);
    // Nor does the new password open the backup.
    QCOMPARE(Workspace::restore(made->path, m_wsDir, "amira", pw(newPassword), testOptions(m_clock))
                 .error()
                 .code,
             ErrorCode::AuthFailed);
    // The recovery key opens both.
    const QByteArray key = recoveryKey.toLatin1();
    auto restored = Workspace::restore(made->path,
                                       m_wsDir,
                                       "recovery",
                                       SecureBytes::fromView(key),
                                       testOptions(m_clock));
    MIZAN_VERIFY_OK(restored);
    QCOMPARE(restored->erasuresReapplied, 1);
}

void TestBackup::aLaterRollbackIsNotExcusedByAnOldRestore()
{
    importLeads(20, 10, "first");
    signIn("amira", kAdminPassword);
    auto made = m_ws->createBackup(m_backups);
    MIZAN_VERIFY_OK(made);
    m_ws.reset();
    m_clock->advance(kMinute);
    MIZAN_VERIFY_OK(
        Workspace::restore(made->path, m_wsDir, "amira", pw(kAdminPassword), testOptions(m_clock)));
    // A copy of the restored workspace, then more work and an auditor's checkpoint.
    const QByteArray early = readAll(m_wsDir + "/workspace.db");
    auto opened = Workspace::open(m_wsDir, testOptions(m_clock));
    MIZAN_VERIFY_OK(opened);
    m_ws = std::move(*opened);
    importLeads(10, 11, "second");
    signIn("audra", kAuditorPassword);
    auto held = m_ws->auditCheckpointNow();
    MIZAN_VERIFY_OK(held);
    m_ws.reset();
    // Someone puts the earlier copy back: no restore records this rollback.
    writeAll(m_wsDir + "/workspace.db", early);
    opened = Workspace::open(m_wsDir, testOptions(m_clock));
    MIZAN_VERIFY_OK(opened);
    m_ws = std::move(*opened);
    signIn("audra", kAuditorPassword);
    auto verdict = m_ws->verifyAudit(held->checkpoint);
    MIZAN_VERIFY_OK(verdict);
    QVERIFY2(!verdict->ok, qPrintable(verdict->verdict()));
    QVERIFY(verdict->warnings.join(' ').indexOf("Rollback") < 0);
}

void TestBackup::rotationKeepsDailyAndWeekly()
{
    // Pure rule: backups every 6 hours for 30 days; keep 3 days and 2 weeks.
    const qint64 start = 1'767'225'600'000; // 2026-01-01 (a Thursday) 00:00 UTC
    std::vector<RotationCandidate> all;
    for (int i = 0; i < 30 * 4; ++i)
        all.push_back(
            {QStringLiteral("b%1").arg(i, 3, 10, QLatin1Char('0')), start + i * 6 * 3600'000LL});
    const QStringList removed = backupsToRemove(all, 3, 2);
    QStringList kept;
    for (const RotationCandidate &c : all)
        if (!removed.contains(c.name))
            kept << c.name;
    // Everything of the last 24 hours (b116-b119), the newest of each of the last 3 days (Jan 30,
    // 29, 28: b119, b115, b111) and the newest of the last 2 ISO weeks (week 5: b119; week 4
    // ends Sunday Jan 25 18:00: b099).
    QCOMPARE(kept, QStringList({"b099", "b111", "b115", "b116", "b117", "b118", "b119"}));
    QCOMPARE(removed.size(), 113);
    QCOMPARE(removed.front(), QString("b000")); // oldest first

    // Through the workspace: only this workspace's intact backups are ever deleted; audited.
    signIn("amira", kAdminPassword);
    m_ws->setIdleTimeout(30 * kDay);
    BackupPolicy policy;
    policy.directory = m_backups;
    policy.keepDaily = 2;
    policy.keepWeekly = 1;
    MIZAN_VERIFY_OK(m_ws->setBackupPolicy(policy));
    QStringList names;
    for (int day = 0; day < 4; ++day) {
        for (int k = 0; k < 2; ++k) {
            auto made = m_ws->createBackup({});
            MIZAN_VERIFY_OK(made);
            names << made->name;
            m_clock->advance(6 * 3600'000LL);
        }
        m_clock->advance(12 * 3600'000LL);
    }
    QTemporaryDir other;
    auto foreign = createWorkspace(other.filePath("ws"), m_clock);
    MIZAN_VERIFY_OK(foreign.workspace->createBackup(m_backups));
    foreign.workspace.reset();
    auto removedNow = m_ws->rotateBackups();
    MIZAN_VERIFY_OK(removedNow);
    // 8 made at 0, 6, 24, 30, 48, 54, 72 and 78 hours: the last 24 hours (72, 78) and the
    // newest of the last 2 days (78, 54) stay.
    QCOMPARE(removedNow->size(), 5);
    auto list = m_ws->backups();
    MIZAN_VERIFY_OK(list);
    QCOMPARE(list->size(), size_t(3));
    QCOMPARE(list->at(0).name, names.at(7));
    QCOMPARE(list->at(1).name, names.at(6));
    QCOMPARE(list->at(2).name, names.at(5));
    QCOMPARE(QDir(m_backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 4); // + foreign
    QVERIFY(auditActions(*m_ws).contains("backup.rotate:ok"));
}

void TestBackup::theScheduleRunsInAnyUnlockedSession()
{
    signIn("amira", kAdminPassword);
    BackupPolicy bad;
    bad.scheduled = true; // and no directory
    QCOMPARE(m_ws->setBackupPolicy(bad).error().field, QString("directory"));
    BackupPolicy policy;
    policy.directory = m_backups;
    policy.scheduled = true;
    policy.intervalMinutes = 60;
    MIZAN_VERIFY_OK(m_ws->setBackupPolicy(policy));
    auto stored = m_ws->backupPolicy();
    MIZAN_VERIFY_OK(stored);
    QCOMPARE(stored->directory, QDir(m_backups).absolutePath());
    QVERIFY(stored->scheduled);

    // An analyst's session runs the administrator's schedule, but cannot make a backup of
    // their own choosing.
    signIn("nour", kAnalyst);
    auto due = m_ws->scheduledBackupDue();
    MIZAN_VERIFY_OK(due);
    QVERIFY(*due);
    auto first = m_ws->runScheduledBackup();
    MIZAN_VERIFY_OK(first);
    QVERIFY(first->has_value());
    QCOMPARE((*first)->kind, QString("scheduled"));
    QCOMPARE(m_ws->scheduledBackupDue().value_or(true), false);
    auto none = m_ws->runScheduledBackup();
    MIZAN_VERIFY_OK(none);
    QVERIFY(!none->has_value());
    // "scheduled" is no way around the permission: only when one is due.
    QCOMPARE(m_ws->createBackup(m_backups, "scheduled").error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_ws->createBackup(m_backups).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(m_ws->createBackup(m_tmp->filePath("elsewhere"), "scheduled").error().code,
             ErrorCode::InvalidInput);
    m_clock->advance(61 * kMinute);
    QVERIFY(m_ws->lockIfIdle()); // idle for an hour: the session locked
    MIZAN_VERIFY_OK(m_ws->unlock(pw(kAnalyst)));
    auto dueAgain = m_ws->scheduledBackupDue();
    MIZAN_VERIFY_OK(dueAgain);
    QVERIFY(*dueAgain);
    // A folder a killed backup of this workspace left is removed by the next backup; another
    // workspace's (which may be writing it now) is not.
    const QString ours = m_backups + "/mizan-backup-20260101-000000-000-manual.partial";
    const QString theirs = m_backups + "/mizan-backup-20260101-000000-001-manual.partial";
    QVERIFY(QDir().mkpath(ours) && QDir().mkpath(theirs));
    QVERIFY(QFile::copy(m_wsDir + "/keyslots.json", ours + "/keyslots.json"));
    QTemporaryDir other;
    {
        auto foreign = createWorkspace(other.filePath("ws"));
    }
    QVERIFY(QFile::copy(other.filePath("ws/keyslots.json"), theirs + "/keyslots.json"));
    auto second = m_ws->runScheduledBackup();
    MIZAN_VERIFY_OK(second);
    QVERIFY(second->has_value());
    QVERIFY(!QFileInfo::exists(ours));
    QVERIFY(QFileInfo::exists(theirs));
    QVERIFY(QDir(theirs).removeRecursively());

    signIn("amira", kAdminPassword);
    auto list = m_ws->backups();
    MIZAN_VERIFY_OK(list);
    QCOMPARE(list->size(), size_t(2));
    for (const BackupInfo &info : *list) {
        auto v = m_ws->verifyBackup(info.path);
        MIZAN_VERIFY_OK(v);
        QVERIFY2(v->ok, qPrintable(v->problem));
    }
    // Backups never go inside the workspace folder.
    QCOMPARE(m_ws->createBackup(m_wsDir + "/inner").error().field, QString("directory"));
}

void TestBackup::aDrillMeasuresAndRecords()
{
    importLeads(50, 8, "first");
    signIn("amira", kAdminPassword);
    BackupPolicy policy;
    policy.directory = m_backups;
    MIZAN_VERIFY_OK(m_ws->setBackupPolicy(policy));
    QCOMPARE(m_ws->drill(pw("wrong password here")).error().code, ErrorCode::AuthFailed);
    m_clock->advance(kMinute); // past the back-off a failed password starts
    auto first = m_ws->drill(pw(kAdminPassword));
    MIZAN_VERIFY_OK(first);
    QVERIFY2(first->ok, qPrintable(first->problem));
    QCOMPARE(first->recoveryPointMs, -1); // no backup before this drill
    QVERIFY(first->recoveryMs >= 0);
    QVERIFY(first->meetsRto());
    QCOMPARE(first->counts.value("leads").toInteger(), 50);
    QVERIFY(QFileInfo(first->reportPath).isFile());
    const QJsonObject written = QJsonDocument::fromJson(readAll(first->reportPath)).object();
    QCOMPARE(written.value("backup").toString(), first->backup);
    QCOMPARE(written.value("ok").toBool(), true);
    // The scratch restore is gone; the drill's backup stays and verifies.
    QCOMPARE(QDir(m_backups + "/drills").entryList({"scratch-*"}, QDir::Dirs).size(), 0);
    auto v = m_ws->verifyBackup(m_backups + "/" + first->backup);
    MIZAN_VERIFY_OK(v);
    QVERIFY(v->ok);

    m_clock->advance(30 * kMinute);
    QVERIFY(m_ws->lockIfIdle()); // idle: the session locked
    MIZAN_VERIFY_OK(m_ws->unlock(pw(kAdminPassword)));
    auto second = m_ws->drill(pw(kAdminPassword));
    MIZAN_VERIFY_OK(second);
    QCOMPARE(second->recoveryPointMs, 30 * kMinute); // the first drill's backup
    QVERIFY(second->meetsRpo());
    auto drills = m_ws->drills();
    MIZAN_VERIFY_OK(drills);
    QCOMPARE(drills->size(), size_t(2));
    QCOMPARE(drills->front().id, second->id);
    QCOMPARE(drills->front().recoveryMs, second->recoveryMs);
    QVERIFY(auditActions(*m_ws).contains("backup.drill:ok"));
    // Not for other roles.
    signIn("nour", kAnalyst);
    QCOMPARE(m_ws->drill(pw(kAnalyst)).error().code, ErrorCode::PermissionDenied);
}

void TestBackup::anOlderKeyGenerationNeedsThePassword()
{
    signIn("amira", kAdminPassword);
    auto made = m_ws->createBackup(m_backups);
    MIZAN_VERIFY_OK(made);
    QCOMPARE(made->keyGeneration, 1);
    MIZAN_VERIFY_OK(m_ws->reauthenticate(pw(kAdminPassword)));
    MIZAN_VERIFY_OK(m_ws->removeUser("nour")); // rotates the data key
    auto without = m_ws->verifyBackup(made->path);
    MIZAN_VERIFY_OK(without);
    QVERIFY(!without->ok);
    QVERIFY2(without->problem.contains("key generation 1"), qPrintable(without->problem));
    const SecureBytes password = pw(kAdminPassword);
    auto with = m_ws->verifyBackup(made->path, &password);
    MIZAN_VERIFY_OK(with);
    QVERIFY2(with->ok, qPrintable(with->problem));
    // The removed user's old password still opens the old backup offline: that is what a
    // backup is; the security overview says so. The recovery key opens it too.
    auto offline = Workspace::verifyBackupOffline(made->path, "nour", pw(kAnalyst));
    MIZAN_VERIFY_OK(offline);
    QVERIFY(offline->ok);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
