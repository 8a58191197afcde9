// Backups through the Workspace facade: a backup verifies and is never plain text; corruption
// of every kind is caught (a flipped byte, a truncated file, an altered or re-signed manifest,
// mismatched key slots, another workspace's backup, an extra or a missing file); rotation keeps
// the right backups; the schedule runs in any unlocked session; an older key generation needs
// the password it had. Restores and drills: TestRestore.

#include "BackupFixture.h"
#include "backup/BackupRotation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::test;
using namespace mizan::test::backups;

class TestBackup : public QObject, protected BackupFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { KdfParams::allowTestCost(true); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void aBackupVerifiesAndIsEncrypted();
    void corruptionIsCaught();
    void anotherWorkspacesBackupIsRefused();
    void rotationKeepsDailyAndWeekly();
    void theScheduleRunsInAnyUnlockedSession();
    void anOlderKeyGenerationNeedsThePassword();
    void numbersBeyondRangeAreMalformed();
};

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

void TestBackup::numbersBeyondRangeAreMalformed()
{
    // FuzzBackupManifest: a number no qint64 holds (converting it was undefined behaviour) and
    // file sizes whose sum overflows (verification adds them up) make a manifest malformed.
    QJsonObject m{{"format", "mizan.backup/1"},
                  {"workspace_id", "w"},
                  {"workspace_public_key", QString::fromLatin1(QByteArray(32, 'k').toBase64())},
                  {"created_ms", 1},
                  {"schema_version", 1},
                  {"key_generation", 1},
                  {"audit", QJsonObject{{"tree_size", 0}, {"sealed_up_to", 0}}},
                  {"signature", QString::fromLatin1(QByteArray(64, 's').toBase64())}};
    const auto parse = [&m] { return BackupManifest::fromJson(QJsonDocument(m).toJson(), "m"); };
    MIZAN_VERIFY_OK(parse());
    for (const double big : {1e300, -1e300, 9223372036854775808.0}) {
        m["key_generation"] = big;
        const auto refused = parse();
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::Integrity);
    }
    m["key_generation"] = 1;
    const QJsonObject file{{"path", "workspace.db"}, {"size", 9e18}, {"sha256", QString(64, u'0')}};
    m["files"] = QJsonArray{file};
    MIZAN_VERIFY_OK(parse());
    m["files"] = QJsonArray{file, file};
    const auto refused = parse();
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, ErrorCode::Integrity);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
