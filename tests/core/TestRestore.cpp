// Restores and drills through the Workspace facade: a restore replaces the workspace
// atomically, keeps the old one, records itself, disables accounts removed since, brings no
// erased person back (from the replaced register or a newer backup's manifest) and is reported
// as a rollback to an auditor holding a later checkpoint; a failed restore changes nothing; a
// changed password needs the recovery key; drills measure and record.

#include "BackupFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::test;
using namespace mizan::test::backups;

class TestRestore : public QObject, protected BackupFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { KdfParams::allowTestCost(true); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void restoreSwapsKeepsTheOldAndRecordsIt();
    void restoreNeverBringsAnErasedPersonBack();
    void erasuresComeFromNewerBackupsWhenTheWorkspaceIsLost();
    void aFailedRestoreChangesNothing();
    void aChangedPasswordNeedsTheRecoveryKey();
    void aLaterRollbackIsNotExcusedByAnOldRestore();
    void aDrillMeasuresAndRecords();
    void anEmptyLockFileLeftByAKillIsStale();
};

void TestRestore::restoreSwapsKeepsTheOldAndRecordsIt()
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

void TestRestore::restoreNeverBringsAnErasedPersonBack()
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

void TestRestore::erasuresComeFromNewerBackupsWhenTheWorkspaceIsLost()
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

void TestRestore::aFailedRestoreChangesNothing()
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

void TestRestore::aChangedPasswordNeedsTheRecoveryKey()
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

void TestRestore::aLaterRollbackIsNotExcusedByAnOldRestore()
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

void TestRestore::aDrillMeasuresAndRecords()
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

void TestRestore::anEmptyLockFileLeftByAKillIsStale()
{
    // A process killed between creating the lock file and writing its owner into it (seen in
    // TestCrashSafety's restore kills) leaves a file that names nobody: not "in use" forever.
    m_ws.reset();
    writeAll(m_wsDir + "/workspace.lock", QByteArray());
    auto opened = Workspace::open(m_wsDir, testOptions(m_clock));
    MIZAN_VERIFY_OK(opened);
    // A lock a live process holds still keeps everyone else out.
    QCOMPARE(Workspace::open(m_wsDir, testOptions(m_clock)).error().code, ErrorCode::Io);
}

QTEST_GUILESS_MAIN(TestRestore)
#include "TestRestore.moc"
