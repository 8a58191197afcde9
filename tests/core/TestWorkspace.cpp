// The encrypted workspace end to end: sign-in, back-off, lock, re-authentication, tampering,
// plaintext on disk, key rotation (including a stop after each step), recovery and grants.

#include "TestPaths.h"
#include "TestWorkspaceUtil.h"

#include "audit/AuditLog.h"
#include "common/Sha256.h"
#include "security/Lockout.h"
#include "store/KeySlots.h"
#include "workspace/Workspace.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::test;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { KdfParams::allowTestCost(true); }
    void cleanupTestCase() { KdfParams::allowTestCost(false); }

    void createOpenAndSignIn();
    void refusesBadNamesAndPasswords();
    void wrongPasswordDecryptsNothing();
    void backoffAndLockout();
    void secondProcessIsRefused();
    void tamperedKeySlots();
    void damagedDatabase_data();
    void damagedDatabase();
    void noPlaintextOnDisk();
    void permissionsAreEnforcedAndDenialsAudited();
    void idleLockAndUnlock();
    void sensitiveActionsNeedFreshPassword();
    void secondAdminConfirmsPrivilegedGrants();
    void rotationKeepsUsersAndKillsOldKey();
    void rotationStoppedAfterEachStepStillOpens_data();
    void rotationStoppedAfterEachStepStillOpens();
    void processKilledDuringRotationLeavesAWorkspaceThatOpens_data();
    void processKilledDuringRotationLeavesAWorkspaceThatOpens();
    void removingAUserRotatesTheKey();
    void recoveryKeyOpensWhenPasswordsAreLost();
    void changeOwnPassword();
    void leadSetsModelsAndPredictions();
    void accessReviewListsGrants();
    void disabledAndPendingAccountsHoldNoDataKey();
    void recoveryKeyIsNotASecondAdmin();
    void passwordChangeReplacesPersonalKeys();
    void lockedOutRecoverySlotCanBeEnabled();
};

void TestWorkspace::createOpenAndSignIn()
{
    QTemporaryDir dir;
    auto created = createWorkspace(dir.path());
    QVERIFY(created.workspace->isUnlocked());
    QCOMPARE(created.workspace->role(), Role::Admin);
    const QByteArray recovery(reinterpret_cast<const char *>(created.recoveryKey.data()),
                              qsizetype(created.recoveryKey.size()));
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-F]{4}-){15}[0-9A-F]{4}$"))
                 .match(QString::fromLatin1(recovery))
                 .hasMatch(),
             recovery.constData());
    auto info = created.workspace->info();
    MIZAN_VERIFY_OK(info);
    QVERIFY2(info->cipherVersion.startsWith(QLatin1String("3.4")), qPrintable(info->cipherVersion));
    QCOMPARE(info->users, 2);
    QCOMPARE(info->slots, 3); // admin, auditor, recovery
    QCOMPARE(info->keyGeneration, 1);
    created.workspace.reset();

    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("keyslots.json"))).permissions()
            == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("workspace.db"))).permissions()
            == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser));
    auto ws = Workspace::open(dir.path(), testOptions());
    MIZAN_VERIFY_OK(ws);
    QVERIFY(!(*ws)->isSignedIn());
    MIZAN_VERIFY_OK((*ws)->login(QStringLiteral("amira"), pw(kAdminPassword)));
    QCOMPARE((*ws)->userName(), QStringLiteral("amira"));
    MIZAN_VERIFY_OK((*ws)->logout());
    QVERIFY(!(*ws)->isUnlocked());
}

void TestWorkspace::refusesBadNamesAndPasswords()
{
    QTemporaryDir dir;
    auto weak = Workspace::create(dir.filePath(QStringLiteral("a")),
                                  QStringLiteral("amira"),
                                  pw("short password"),
                                  testOptions());
    QVERIFY(!weak);
    QCOMPARE(weak.error().code, ErrorCode::InvalidInput);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a/workspace.db"))));
    auto badName = Workspace::create(dir.filePath(QStringLiteral("b")),
                                     QStringLiteral("Amira Al"),
                                     pw(kAdminPassword),
                                     testOptions());
    QVERIFY(!badName);
    auto withName = Workspace::create(dir.filePath(QStringLiteral("c")),
                                      QStringLiteral("amira"),
                                      pw("amira-has-a-long-password"),
                                      testOptions());
    QVERIFY(!withName);
    QVERIFY(withName.error().message.contains(QLatin1String("user name")));

    // A folder that already holds something is refused and left as it was.
    QFile other(dir.filePath(QStringLiteral("d/notes.txt")));
    QDir().mkpath(dir.filePath(QStringLiteral("d")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    auto notEmpty = Workspace::create(dir.filePath(QStringLiteral("d")),
                                      QStringLiteral("amira"),
                                      pw(kAdminPassword),
                                      testOptions());
    QVERIFY(!notEmpty);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("d"))).entryList(QDir::Files),
             QStringList{QStringLiteral("notes.txt")});
}

void TestWorkspace::wrongPasswordDecryptsNothing()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    const QByteArray dbBefore = fileHash(dir.filePath(QStringLiteral("workspace.db")));
    auto ws = Workspace::open(dir.path(), testOptions());
    MIZAN_VERIFY_OK(ws);
    const auto wrong = (*ws)->login(QStringLiteral("amira"), pw("not the right password at all"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::AuthFailed);
    QVERIFY(!(*ws)->isUnlocked());
    QVERIFY(!(*ws)->info()); // nothing readable
    const auto unknown = (*ws)->login(QStringLiteral("nobody"), pw(kAdminPassword));
    QCOMPARE(unknown.error().code, ErrorCode::AuthFailed);
    QCOMPARE(unknown.error().message, wrong.error().message); // does not tell which names exist
    QCOMPARE(fileHash(dir.filePath(QStringLiteral("workspace.db"))), dbBefore);
    const auto slots = KeySlots::load(dir.filePath(QStringLiteral("keyslots.json")));
    MIZAN_VERIFY_OK(slots);
    QCOMPARE(slots->find(QStringLiteral("amira"))->failedAttempts, 1);
}

void TestWorkspace::backoffAndLockout()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>();
    createWorkspace(dir.path(), clock);
    auto ws = *Workspace::open(dir.path(), testOptions(clock));
    QVERIFY(!ws->login(QStringLiteral("amira"), pw("wrong password number one")));
    QCOMPARE(ws->backoffRemainingMs(QStringLiteral("amira")), 30'000);
    // During the back-off even the right password is not tried.
    auto early = ws->login(QStringLiteral("amira"), pw(kAdminPassword));
    QCOMPARE(early.error().code, ErrorCode::AuthFailed);
    QVERIFY2(early.error().message.contains(QLatin1String("30 second")),
             qPrintable(early.error().message));
    clock->advance(29'999);
    QVERIFY(!ws->login(QStringLiteral("amira"), pw(kAdminPassword)));
    clock->advance(1);
    QVERIFY(!ws->login(QStringLiteral("amira"), pw("wrong password number two")));
    QCOMPARE(ws->backoffRemainingMs(QStringLiteral("amira")), 60'000);
    clock->advance(60'000);
    MIZAN_VERIFY_OK(ws->login(QStringLiteral("amira"), pw(kAdminPassword)));
    // The failures before this sign-in are in the audit log.
    auto count = ws->auditCount();
    QCOMPARE(count.error().code, ErrorCode::PermissionDenied); // admins do not read the log
    // Add a second admin to enable the first after a lock-out.
    MIZAN_VERIFY_OK(ws->addUser(QStringLiteral("bilal"), Role::Admin, pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws->logout());

    for (int i = 0; i < Lockout::kMaxFailures; ++i) {
        clock->advance(Lockout::kMaxDelayMs);
        QVERIFY(!ws->login(QStringLiteral("amira"), pw("still the wrong password")));
    }
    clock->advance(10 * Lockout::kMaxDelayMs);
    auto locked = ws->login(QStringLiteral("amira"), pw(kAdminPassword));
    QVERIFY(!locked);
    QVERIFY2(locked.error().message.contains(QLatin1String("administrator")),
             qPrintable(locked.error().message));
    MIZAN_VERIFY_OK(ws->login(QStringLiteral("bilal"), pw(kOtherPassword)));
    auto users = ws->users();
    MIZAN_VERIFY_OK(users);
    QVERIFY(std::any_of(users->begin(), users->end(), [](const UserInfo &u) {
        return u.name == QLatin1String("amira") && u.lockedOut;
    }));
    MIZAN_VERIFY_OK(ws->enableUser(QStringLiteral("amira")));
    MIZAN_VERIFY_OK(ws->logout());
    MIZAN_VERIFY_OK(ws->login(QStringLiteral("amira"), pw(kAdminPassword)));
    const QStringList actions = auditActions(*ws);
    QCOMPARE(actions.count(QStringLiteral("login:failed")),
             1); // the 100 are in user.enable's details
    QVERIFY(actions.contains(QStringLiteral("user.enable:ok")));
}

void TestWorkspace::secondProcessIsRefused()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    auto first = Workspace::open(dir.path(), testOptions());
    MIZAN_VERIFY_OK(first);
    auto second = Workspace::open(dir.path(), testOptions());
    QVERIFY(!second);
    QVERIFY2(second.error().message.contains(QLatin1String("in use by")),
             qPrintable(second.error().message));
    first->reset();
    MIZAN_VERIFY_OK(Workspace::open(dir.path(), testOptions()));
}

void TestWorkspace::tamperedKeySlots()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    const QString slotsPath = dir.filePath(QStringLiteral("keyslots.json"));
    const QByteArray original = readAll(slotsPath);
    const QByteArray dbBefore = fileHash(dir.filePath(QStringLiteral("workspace.db")));

    // Not JSON at all.
    writeAll(slotsPath, original.left(original.size() / 2));
    auto broken = Workspace::open(dir.path(), testOptions());
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, ErrorCode::Integrity);
    QVERIFY(broken.error().message.contains(QLatin1String("keyslots.json")));

    // A flipped byte inside the sealed secrets: the password no longer opens it.
    QJsonObject root = QJsonDocument::fromJson(original).object();
    QJsonArray slots = root[QLatin1String("slots")].toArray();
    QJsonObject slot = slots[0].toObject();
    QByteArray secrets = QByteArray::fromBase64(
        slot[QLatin1String("secrets")].toString().toLatin1());
    secrets[20] = char(secrets[20] ^ 1);
    slot[QLatin1String("secrets")] = QString::fromLatin1(secrets.toBase64());
    slots[0] = slot;
    root[QLatin1String("slots")] = slots;
    writeAll(slotsPath, QJsonDocument(root).toJson());
    auto ws = Workspace::open(dir.path(), testOptions());
    MIZAN_VERIFY_OK(ws);
    auto login = (*ws)->login(QStringLiteral("amira"), pw(kAdminPassword));
    QVERIFY(!login);
    QCOMPARE(login.error().code, ErrorCode::AuthFailed);
    ws->reset();

    // Another workspace id: the associated data no longer matches.
    root = QJsonDocument::fromJson(original).object();
    root[QLatin1String("workspace_id")] = QStringLiteral("00000000-0000-0000-0000-000000000000");
    writeAll(slotsPath, QJsonDocument(root).toJson());
    ws = Workspace::open(dir.path(), testOptions());
    MIZAN_VERIFY_OK(ws);
    QVERIFY(!(*ws)->login(QStringLiteral("amira"), pw(kAdminPassword)));
    ws->reset();

    // A replaced workspace public key: the database tells the two apart.
    root = QJsonDocument::fromJson(original).object();
    root[QLatin1String("workspace_public_key")] = QString::fromLatin1(
        QByteArray(32, 'k').toBase64());
    writeAll(slotsPath, QJsonDocument(root).toJson());
    ws = Workspace::open(dir.path(), testOptions());
    MIZAN_VERIFY_OK(ws);
    login = (*ws)->login(QStringLiteral("amira"), pw(kAdminPassword));
    QVERIFY(!login);
    QCOMPARE(login.error().code, ErrorCode::Integrity);
    ws->reset();
    QCOMPARE(fileHash(dir.filePath(QStringLiteral("workspace.db"))), dbBefore); // nothing written

    writeAll(slotsPath, original);
    ws = Workspace::open(dir.path(), testOptions());
    MIZAN_VERIFY_OK((*ws)->login(QStringLiteral("amira"), pw(kAdminPassword)));
}

void TestWorkspace::damagedDatabase_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("flipped byte") << QStringLiteral("flip");
    QTest::newRow("truncated to half") << QStringLiteral("half");
    QTest::newRow("truncated to 100 bytes") << QStringLiteral("100");
    QTest::newRow("empty") << QStringLiteral("empty");
}

void TestWorkspace::damagedDatabase()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    {
        auto created = createWorkspace(dir.path());
        importSynthetic(*created.workspace, dir.path(), 400); // several pages of data
    }
    const QString dbPath = dir.filePath(QStringLiteral("workspace.db"));
    QByteArray bytes = readAll(dbPath);
    QVERIFY(bytes.size() > 8192);
    if (damage == QLatin1String("flip"))
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    else if (damage == QLatin1String("half"))
        bytes.truncate(bytes.size() / 2);
    else if (damage == QLatin1String("100"))
        bytes.truncate(100);
    else
        bytes.clear();
    writeAll(dbPath, bytes);
    const QByteArray damaged = fileHash(dbPath);

    auto ws = Workspace::open(dir.path(), testOptions());
    MIZAN_VERIFY_OK(ws);
    auto login = (*ws)->login(QStringLiteral("amira"), pw(kAdminPassword));
    if (login) {
        // Page 1 survived: the damage shows the first time the page is read.
        auto users = (*ws)->leadSets();
        QVERIFY(!users || !(*ws)->info());
        QFAIL("a damaged database must not open");
    }
    QCOMPARE(login.error().code, ErrorCode::Integrity);
    QVERIFY2(login.error().message.contains(QLatin1String("workspace.db")),
             qPrintable(login.error().message));
    ws->reset();
    QCOMPARE(fileHash(dbPath), damaged); // nothing written
}

void TestWorkspace::noPlaintextOnDisk()
{
    QTemporaryDir dir;
    const QByteArray marker = "MIZANMARKER7f3a9";
    {
        auto created = createWorkspace(dir.path());
        Workspace &ws = *created.workspace;
        MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("dana"), Role::DataScientist, pw(kOtherPassword)));
        MIZAN_VERIFY_OK(ws.logout());
        MIZAN_VERIFY_OK(ws.login(QStringLiteral("dana"), pw(kOtherPassword)));
        // Markers in an id, a categorical value and a free-text column.
        QByteArray csv = "lead_id,visits,minutes,sector,channel,region,converted\n";
        for (int i = 0; i < 300; ++i)
            csv += marker + "ID" + QByteArray::number(i) + "," + QByteArray::number(i % 7) + ",3.5,"
                   + marker + "SECTOR,web,GCC," + (i % 3 ? "no" : "yes") + "\n";
        const QString csvPath = dir.filePath(QStringLiteral("../markers.csv"));
        writeAll(csvPath, csv);
        const QString specPath = dir.filePath(QStringLiteral("../markers.spec.json"));
        writeAll(specPath, QJsonDocument(syntheticSpec().toJson()).toJson());
        auto set = ws.importLeadSet(csvPath, specPath);
        MIZAN_VERIFY_OK(set);
        QCOMPARE(set->rows, 300);
        auto model = storeSyntheticModel(ws);
        auto run = ws.scoreLeadSet(set->id, model.id);
        MIZAN_VERIFY_OK(run);
        QFile::remove(csvPath);
        QFile::remove(specPath);
    }
    const QList<QByteArray> needles = {marker,
                                       QByteArray(kAdminPassword),
                                       QByteArray(kOtherPassword),
                                       "SQLite format 3",
                                       "CREATE TABLE",
                                       "lead_id"};
    int files = 0;
    QDirIterator it(dir.path(),
                    QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readAll(path);
        ++files;
        for (const QByteArray &needle : needles)
            QVERIFY2(!bytes.contains(needle),
                     qPrintable(path + QLatin1String(" holds ") + QString::fromLatin1(needle)));
    }
    QVERIFY(files >= 2); // workspace.db and keyslots.json at least
}

void TestWorkspace::permissionsAreEnforcedAndDenialsAudited()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>();
    auto created = createWorkspace(dir.path(), clock);
    Workspace &ws = *created.workspace;
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
    // An admin does not import leads.
    auto denied = ws.importLeadSet(QStringLiteral("x.csv"), QStringLiteral("x.json"));
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(denied.error().field, QStringLiteral("leads.import"));
    MIZAN_VERIFY_OK(ws.logout());

    MIZAN_VERIFY_OK(ws.login(QStringLiteral("nour"), pw(kOtherPassword)));
    QVERIFY(ws.can(Permission::LeadsScore));
    QVERIFY(!ws.can(Permission::UsersManage));
    auto add = ws.addUser(QStringLiteral("zaid"), Role::Admin, pw(kThirdPassword));
    QCOMPARE(add.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(ws.users().error().code, ErrorCode::PermissionDenied);
    QCOMPARE(ws.rotateKey().error().code, ErrorCode::PermissionDenied);
    MIZAN_VERIFY_OK(ws.logout());

    MIZAN_VERIFY_OK(ws.login(QStringLiteral("audra"), pw(kAuditorPassword)));
    MIZAN_VERIFY_OK(ws.accessReview());
    QCOMPARE(ws.importLeadSet(QStringLiteral("x.csv"), QStringLiteral("x.json")).error().code,
             ErrorCode::PermissionDenied);
    const QStringList actions = auditActions(ws);
    QCOMPARE(actions.count(QStringLiteral("permission.denied:denied")), 5);
    QVERIFY(actions.contains(QStringLiteral("users.review:ok")));
}

void TestWorkspace::idleLockAndUnlock()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>();
    auto created = createWorkspace(dir.path(), clock);
    Workspace &ws = *created.workspace;
    clock->advance(14 * 60'000);
    MIZAN_VERIFY_OK(ws.users()); // activity resets the idle timer
    clock->advance(14 * 60'000);
    QVERIFY(!ws.lockIfIdle());
    clock->advance(60'000);
    auto locked = ws.users();
    QVERIFY(!locked);
    QCOMPARE(locked.error().code, ErrorCode::AuthFailed);
    QVERIFY(ws.isSignedIn());
    QVERIFY(!ws.isUnlocked());
    QVERIFY(!ws.unlock(pw("the wrong password again")));
    QVERIFY(!ws.isUnlocked());
    clock->advance(Lockout::kFirstDelayMs);
    MIZAN_VERIFY_OK(ws.unlock(pw(kAdminPassword)));
    QCOMPARE(ws.userName(), QStringLiteral("amira"));
    MIZAN_VERIFY_OK(ws.users());
    ws.setIdleTimeout(60'000);
    clock->advance(60'000);
    QVERIFY(ws.lockIfIdle());
    MIZAN_VERIFY_OK(ws.unlock(pw(kAdminPassword)));
    // The workspace's policy, set by an admin, holds for every later session.
    MIZAN_VERIFY_OK(ws.setIdleLockPolicy(5));
    QCOMPARE(ws.setIdleLockPolicy(0).error().code, ErrorCode::InvalidInput);
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("audra"), pw(kAuditorPassword)));
    QCOMPARE(ws.idleTimeoutMs(), 5 * 60'000);
    QCOMPARE(ws.setIdleLockPolicy(30).error().code, ErrorCode::PermissionDenied);
    clock->advance(5 * 60'000);
    QVERIFY(ws.lockIfIdle());
    const QStringList actions = auditActions(ws);
    QVERIFY(actions.contains(QStringLiteral("policy.idle_lock:ok")));
    QCOMPARE(actions.count(QStringLiteral("lock:ok")), 3);
    QCOMPARE(actions.count(QStringLiteral("unlock:ok")), 2);
}

void TestWorkspace::sensitiveActionsNeedFreshPassword()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>();
    auto created = createWorkspace(dir.path(), clock);
    Workspace &ws = *created.workspace;
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
    for (int i = 0; i < 6; ++i) {
        clock->advance(60'000);
        MIZAN_VERIFY_OK(ws.users());
    }
    auto stale = ws.setRole(QStringLiteral("nour"), Role::DataScientist);
    QVERIFY(!stale);
    QCOMPARE(stale.error().field, QStringLiteral("reauthenticate"));
    QCOMPARE(ws.removeUser(QStringLiteral("nour")).error().field, QStringLiteral("reauthenticate"));
    QVERIFY(!ws.reauthenticate(pw("a wrong password here")));
    clock->advance(Lockout::kFirstDelayMs);
    MIZAN_VERIFY_OK(ws.reauthenticate(pw(kAdminPassword)));
    auto changed = ws.setRole(QStringLiteral("nour"), Role::DataScientist);
    MIZAN_VERIFY_OK(changed);
    QCOMPARE(*changed, GrantOutcome::Applied);
}

void TestWorkspace::secondAdminConfirmsPrivilegedGrants()
{
    QTemporaryDir dir;
    auto created = createWorkspace(dir.path());
    Workspace &ws = *created.workspace;
    // With one admin, the grant applies at once.
    QCOMPARE(*ws.addUser(QStringLiteral("bilal"), Role::Admin, pw(kOtherPassword)),
             GrantOutcome::Applied);
    // With two, a risk officer waits for the other admin.
    auto pending = ws.addUser(QStringLiteral("rana"), Role::RiskOfficer, pw(kThirdPassword));
    MIZAN_VERIFY_OK(pending);
    QCOMPARE(*pending, GrantOutcome::PendingConfirmation);
    QCOMPARE(ws.confirmGrant(QStringLiteral("rana")).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(ws.setRole(QStringLiteral("rana"), Role::RiskOfficer).error().code,
             ErrorCode::PermissionDenied);
    MIZAN_VERIFY_OK(ws.logout());
    auto early = ws.login(QStringLiteral("rana"), pw(kThirdPassword));
    QVERIFY(!early);
    QVERIFY2(early.error().message.contains(QLatin1String("second administrator")),
             qPrintable(early.error().message));
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("bilal"), pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws.confirmGrant(QStringLiteral("rana")));
    // Promoting an analyst to admin waits as well; the role stays until confirmed.
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kFourthPassword)));
    QCOMPARE(*ws.setRole(QStringLiteral("nour"), Role::Admin), GrantOutcome::PendingConfirmation);
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("rana"), pw(kThirdPassword)));
    QCOMPARE(ws.role(), Role::RiskOfficer);
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("nour"), pw(kFourthPassword)));
    QCOMPARE(ws.role(), Role::Analyst);
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("amira"), pw(kAdminPassword)));
    QCOMPARE(*ws.setRole(QStringLiteral("nour"), Role::Admin),
             GrantOutcome::Applied); // confirms bilal's request
    auto review = ws.accessReview();
    MIZAN_VERIFY_OK(review);
    const auto confirmed = std::find_if(review->grants.begin(),
                                        review->grants.end(),
                                        [](const GrantRecord &g) {
                                            return g.user == QLatin1String("rana")
                                                   && g.grant == QLatin1String("role:risk_officer");
                                        });
    QVERIFY(confirmed != review->grants.end());
    QCOMPARE(confirmed->requestedBy, QStringLiteral("amira"));
    QCOMPARE(confirmed->confirmedBy, QStringLiteral("bilal"));
    QCOMPARE(confirmed->state, QStringLiteral("applied"));
}

void TestWorkspace::rotationKeepsUsersAndKillsOldKey()
{
    QTemporaryDir dir;
    {
        auto created = createWorkspace(dir.path());
        MIZAN_VERIFY_OK(
            created.workspace->addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
    }
    const QByteArray oldSlots = readAll(dir.filePath(QStringLiteral("keyslots.json")));
    {
        auto ws = *Workspace::open(dir.path(), testOptions());
        MIZAN_VERIFY_OK(ws->login(QStringLiteral("amira"), pw(kAdminPassword)));
        MIZAN_VERIFY_OK(ws->rotateKey());
        QCOMPARE(ws->info()->keyGeneration, 2);
    }
    for (const auto &[user, password] :
         {std::pair{"amira", kAdminPassword}, std::pair{"nour", kOtherPassword}}) {
        auto ws = *Workspace::open(dir.path(), testOptions());
        MIZAN_VERIFY_OK(ws->login(QLatin1String(user), pw(password)));
    }
    // Someone who kept the old key slots (and so the old data key) cannot open the new database.
    QTemporaryDir copy;
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("workspace.db")),
                        copy.filePath(QStringLiteral("workspace.db"))));
    writeAll(copy.filePath(QStringLiteral("keyslots.json")), oldSlots);
    auto old = *Workspace::open(copy.path(), testOptions());
    auto login = old->login(QStringLiteral("nour"), pw(kOtherPassword));
    QVERIFY(!login);
    QCOMPARE(login.error().code, ErrorCode::Integrity);
}

void TestWorkspace::rotationStoppedAfterEachStepStillOpens_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("after writing both keys") << 1;
    QTest::newRow("after rekey") << 2;
    QTest::newRow("after dropping the old key") << 3;
}

void TestWorkspace::rotationStoppedAfterEachStepStillOpens()
{
    QFETCH(int, step);
    QTemporaryDir dir;
    {
        auto created = createWorkspace(dir.path());
        MIZAN_VERIFY_OK(
            created.workspace->addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
        importSynthetic(*created.workspace, dir.path(), 50, QStringLiteral("nour"), kOtherPassword);
    }
    {
        auto ws = *Workspace::open(dir.path(), testOptions());
        MIZAN_VERIFY_OK(ws->login(QStringLiteral("amira"), pw(kAdminPassword)));
        RotationHooks hooks;
        hooks.continueAfter = [step](int done) { return done < step; };
        MIZAN_VERIFY_OK(ws->rotateKey(hooks));
        // The object goes away without finishing: as if the process were killed here.
    }
    for (const auto &[user, password] :
         {std::pair{"amira", kAdminPassword}, std::pair{"nour", kOtherPassword}}) {
        auto ws = *Workspace::open(dir.path(), testOptions());
        MIZAN_VERIFY_OK(ws->login(QLatin1String(user), pw(password)));
        auto info = ws->info();
        QCOMPARE(info->keyGeneration, step == 1 ? 1 : 2);
        if (QLatin1String(user) == QLatin1String("nour"))
            QCOMPARE(ws->leadSets()->size(), size_t(1));
    }
    // Only one key generation remains in every slot, and a full rotation works afterwards.
    auto slots = *KeySlots::load(dir.filePath(QStringLiteral("keyslots.json")));
    for (const KeySlot &slot : slots.slots)
        QCOMPARE(slot.envelopes.size(), size_t(1));
    auto ws = *Workspace::open(dir.path(), testOptions());
    MIZAN_VERIFY_OK(ws->login(QStringLiteral("amira"), pw(kAdminPassword)));
    MIZAN_VERIFY_OK(ws->rotateKey());
}

void TestWorkspace::processKilledDuringRotationLeavesAWorkspaceThatOpens_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("killed after writing both keys") << 1;
    QTest::newRow("killed after rekey") << 2;
    QTest::newRow("killed after dropping the old key") << 3;
}

void TestWorkspace::processKilledDuringRotationLeavesAWorkspaceThatOpens()
{
    QFETCH(int, step);
    QTemporaryDir dir;
    {
        auto created = createWorkspace(dir.path());
        MIZAN_VERIFY_OK(
            created.workspace->addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
        importSynthetic(*created.workspace, dir.path(), 50, QStringLiteral("nour"), kOtherPassword);
    }
    QProcess killer;
    killer.start(QStringLiteral(MIZAN_ROTATION_KILLER),
                 {dir.path(),
                  QStringLiteral("amira"),
                  QLatin1String(kAdminPassword),
                  QString::number(step)});
    QVERIFY(killer.waitForFinished(60000));
    QCOMPARE(killer.exitStatus(), QProcess::CrashExit); // SIGKILL: nothing ran after the step
    // The dead process's lock file is stale and taken over.
    for (const auto &[user, password] :
         {std::pair{"amira", kAdminPassword}, std::pair{"nour", kOtherPassword}}) {
        auto ws = Workspace::open(dir.path(), testOptions());
        MIZAN_VERIFY_OK(ws);
        MIZAN_VERIFY_OK((*ws)->login(QLatin1String(user), pw(password)));
        QCOMPARE((*ws)->info()->keyGeneration, step == 1 ? 1 : 2);
        if (QLatin1String(user) == QLatin1String("nour"))
            QCOMPARE((*ws)->leadSets()->front().rows, 50);
    }
}

void TestWorkspace::removingAUserRotatesTheKey()
{
    QTemporaryDir dir;
    auto created = createWorkspace(dir.path());
    Workspace &ws = *created.workspace;
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
    const QByteArray slotsWithNour = readAll(dir.filePath(QStringLiteral("keyslots.json")));
    MIZAN_VERIFY_OK(ws.removeUser(QStringLiteral("nour")));
    QCOMPARE(ws.info()->keyGeneration, 2);
    QCOMPARE(ws.removeUser(QStringLiteral("amira")).error().code,
             ErrorCode::InvalidInput); // not yourself
    MIZAN_VERIFY_OK(ws.logout());
    QCOMPARE(ws.login(QStringLiteral("nour"), pw(kOtherPassword)).error().code,
             ErrorCode::AuthFailed);
    created.workspace.reset();

    QTemporaryDir copy;
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("workspace.db")),
                        copy.filePath(QStringLiteral("workspace.db"))));
    writeAll(copy.filePath(QStringLiteral("keyslots.json")), slotsWithNour);
    auto old = *Workspace::open(copy.path(), testOptions());
    QCOMPARE(old->login(QStringLiteral("nour"), pw(kOtherPassword)).error().code,
             ErrorCode::Integrity);
}

void TestWorkspace::recoveryKeyOpensWhenPasswordsAreLost()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>();
    auto created = createWorkspace(dir.path(), clock);
    SecureBytes recovery = std::move(created.recoveryKey);
    created.workspace.reset();
    auto ws = *Workspace::open(dir.path(), testOptions(clock));
    QCOMPARE(ws->loginWithRecoveryKey(pw("0000-1111")).error().code, ErrorCode::AuthFailed);
    clock->advance(Lockout::kFirstDelayMs);
    // Typed in lower case without dashes still works.
    QByteArray typed = recovery.view().toByteArray().toLower();
    typed.replace('-', "");
    MIZAN_VERIFY_OK(ws->loginWithRecoveryKey(pw(typed.constData())));
    QCOMPARE(ws->userName(), QStringLiteral("recovery"));
    QCOMPARE(ws->role(), Role::Admin);
    MIZAN_VERIFY_OK(ws->resetPassword(QStringLiteral("amira"), pw(kFourthPassword)));
    MIZAN_VERIFY_OK(ws->logout());
    QVERIFY(!ws->login(QStringLiteral("amira"), pw(kAdminPassword)));
    clock->advance(Lockout::kFirstDelayMs);
    MIZAN_VERIFY_OK(ws->login(QStringLiteral("amira"), pw(kFourthPassword)));
    const QStringList actions = auditActions(*ws);
    QVERIFY(actions.contains(QStringLiteral("recovery.used:ok")));
    QVERIFY(actions.contains(QStringLiteral("user.password_reset:ok")));
}

void TestWorkspace::changeOwnPassword()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>();
    auto created = createWorkspace(dir.path(), clock);
    Workspace &ws = *created.workspace;
    QCOMPARE(ws.changeOwnPassword(pw("not my current password"), pw(kOtherPassword)).error().code,
             ErrorCode::AuthFailed);
    clock->advance(Lockout::kFirstDelayMs);
    QCOMPARE(ws.changeOwnPassword(pw(kAdminPassword), pw("too short")).error().code,
             ErrorCode::InvalidInput);
    MIZAN_VERIFY_OK(ws.changeOwnPassword(pw(kAdminPassword), pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws.logout());
    QVERIFY(!ws.login(QStringLiteral("amira"), pw(kAdminPassword)));
    clock->advance(Lockout::kFirstDelayMs);
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("amira"), pw(kOtherPassword)));
}

void TestWorkspace::leadSetsModelsAndPredictions()
{
    QTemporaryDir dir;
    auto created = createWorkspace(dir.path());
    Workspace &ws = *created.workspace;
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("dana"), Role::DataScientist, pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("dana"), pw(kOtherPassword)));
    const QByteArray csv = syntheticCsv(500, 3);
    const QString csvPath = dir.filePath(QStringLiteral("../leads-ws.csv"));
    writeAll(csvPath, csv);
    const QString specPath = dir.filePath(QStringLiteral("../leads-ws.spec.json"));
    writeAll(specPath, QJsonDocument(syntheticSpec().toJson()).toJson());

    // A malformed file stores nothing.
    const QString badPath = dir.filePath(QStringLiteral("../leads-bad.csv"));
    writeAll(badPath, csv + "x,1,2\n");
    auto bad = ws.importLeadSet(badPath, specPath);
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QLatin1String("leads-bad.csv")),
             qPrintable(bad.error().message));
    QCOMPARE(ws.leadSets()->size(), size_t(0));

    auto set = ws.importLeadSet(csvPath, specPath, QStringLiteral("October leads"));
    MIZAN_VERIFY_OK(set);
    QCOMPARE(set->rows, 500);
    QCOMPARE(set->sha256, Sha256::hashHex(csv));
    // The stored set reads back as the file did.
    auto stored = ws.loadLeadSet(set->id);
    MIZAN_VERIFY_OK(stored);
    const Dataset original = syntheticDataset(500, 3);
    QCOMPARE(stored->rowCount(), original.rowCount());
    QCOMPARE(stored->ids, original.ids);
    QCOMPARE(stored->labels, original.labels);
    for (size_t c = 0; c < original.columns.size(); ++c)
        for (qint64 r = 0; r < original.rowCount(); r += 37)
            QCOMPARE(stored->columns[c].displayValue(r), original.columns[c].displayValue(r));

    const ModelInfo model = storeSyntheticModel(ws);
    auto run = ws.scoreLeadSet(set->id, model.id);
    MIZAN_VERIFY_OK(run);
    QCOMPARE(run->rows, 500);
    QCOMPARE(run->inputSha256, set->sha256);
    QCOMPARE(run->modelSha256, model.modelSha256);
    QCOMPARE(run->scoredBy, QStringLiteral("dana"));
    auto predictions = ws.predictions(run->id);
    MIZAN_VERIFY_OK(predictions);
    QCOMPARE(predictions->size(), size_t(500));
    // The same predictions as scoring the file directly.
    auto bundle = ws.loadModel(model.id);
    MIZAN_VERIFY_OK(bundle);
    auto direct = Scorer::create(*bundle)->score(original);
    MIZAN_VERIFY_OK(direct);
    for (size_t i = 0; i < predictions->size(); ++i) {
        QCOMPARE((*predictions)[i].probability, direct->probabilities[i]);
        QCOMPARE((*predictions)[i].leadId, original.ids[i]);
    }
    QCOMPARE(ws.models()->size(), size_t(1));
    QCOMPARE(ws.storeModel(*bundle, QStringLiteral("again")).error().code,
             ErrorCode::InvalidInput); // no duplicates

    // Failed actions are audited too, with the kind of error and where, never its message
    // (which may quote data); reading lead-level scores is audited as well.
    const QStringList actions = auditActions(ws);
    QVERIFY2(actions.contains(QLatin1String("leads.import:failed")), qPrintable(actions.join(u' ')));
    QVERIFY(actions.contains(QLatin1String("predictions.view:ok")));
    AuditFilter failedImports;
    failedImports.action = QStringLiteral("leads.import");
    failedImports.outcome = QStringLiteral("failed");
    auto failed = ws.auditQuery(failedImports, 0, 10);
    MIZAN_VERIFY_OK(failed);
    QCOMPARE(failed->size(), size_t(1));
    const AuditEntry &f = failed->front();
    QCOMPARE(f.actor, QStringLiteral("dana"));
    QCOMPARE(f.target, QStringLiteral("leads-bad.csv"));
    QCOMPARE(f.details.value(QLatin1String("error")).toString(), QStringLiteral("invalid_input"));
    QCOMPARE(f.details.value(QLatin1String("line")).toInteger(), qint64(502));
    QCOMPARE(f.details.size(), 2); // error and line: nothing from the file's content
    QFile::remove(csvPath);
    QFile::remove(specPath);
    QFile::remove(badPath);
}

void TestWorkspace::accessReviewListsGrants()
{
    QTemporaryDir dir;
    auto created = createWorkspace(dir.path());
    Workspace &ws = *created.workspace;
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws.setPiiGrant(QStringLiteral("nour"), true));
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("dana"), Role::DataScientist, pw(kThirdPassword)));
    QCOMPARE(ws.setPiiGrant(QStringLiteral("dana"), true).error().code, ErrorCode::InvalidInput);
    MIZAN_VERIFY_OK(ws.disableUser(QStringLiteral("dana")));
    auto review = ws.accessReview();
    MIZAN_VERIFY_OK(review);
    QCOMPARE(review->users.size(), size_t(4));
    const QString text = review->toText();
    QVERIFY(text.contains(QLatin1String("permission:leads.view_pii")));
    QVERIFY(text.contains(QLatin1String("disabled")));
    QVERIFY(text.contains(QLatin1String("role:analyst")));
    const QJsonObject json = review->toJson();
    QCOMPARE(json[QLatin1String("users")].toArray().size(), 4);
    MIZAN_VERIFY_OK(ws.logout());
    QCOMPARE(ws.login(QStringLiteral("dana"), pw(kThirdPassword)).error().code,
             ErrorCode::AuthFailed);
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("nour"), pw(kOtherPassword)));
    QVERIFY(ws.can(Permission::LeadsViewPii));
}

void TestWorkspace::disabledAndPendingAccountsHoldNoDataKey()
{
    QTemporaryDir dir;
    auto created = createWorkspace(dir.path());
    Workspace &ws = *created.workspace;
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("bilal"), Role::Admin, pw(kThirdPassword)));
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("rana"), Role::RiskOfficer, pw(kFourthPassword)));
    MIZAN_VERIFY_OK(ws.disableUser(QStringLiteral("nour")));
    // Outside Mizan too: the password opens the slot, but it holds no data key.
    const auto keysOf = [&](const QString &user, const char *password) {
        const auto slots = KeySlots::load(dir.filePath(QStringLiteral("keyslots.json")));
        const auto opened = keyring::openSlot(*slots, *slots->find(user), pw(password));
        return opened ? opened->dataKeys.size() : size_t(99);
    };
    QCOMPARE(keysOf(QStringLiteral("nour"), kOtherPassword), size_t(0));
    QCOMPARE(keysOf(QStringLiteral("rana"), kFourthPassword), size_t(0)); // pending
    QCOMPARE(keysOf(QStringLiteral("bilal"), kThirdPassword), size_t(1));
    // A rotation does not hand them the new key either.
    MIZAN_VERIFY_OK(ws.rotateKey());
    QCOMPARE(keysOf(QStringLiteral("nour"), kOtherPassword), size_t(0));
    MIZAN_VERIFY_OK(ws.enableUser(QStringLiteral("nour")));
    QCOMPARE(keysOf(QStringLiteral("nour"), kOtherPassword), size_t(1));
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("bilal"), pw(kThirdPassword)));
    MIZAN_VERIFY_OK(ws.confirmGrant(QStringLiteral("rana")));
    QCOMPARE(keysOf(QStringLiteral("rana"), kFourthPassword), size_t(1));
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("nour"), pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("rana"), pw(kFourthPassword)));
}

void TestWorkspace::recoveryKeyIsNotASecondAdmin()
{
    QTemporaryDir dir;
    auto created = createWorkspace(dir.path());
    SecureBytes recovery = std::move(created.recoveryKey);
    Workspace &ws = *created.workspace;
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("bilal"), Role::Admin, pw(kThirdPassword)));
    QCOMPARE(*ws.addUser(QStringLiteral("rana"), Role::RiskOfficer, pw(kFourthPassword)),
             GrantOutcome::PendingConfirmation);
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.loginWithRecoveryKey(recovery));
    const auto denied = ws.confirmGrant(QStringLiteral("rana"));
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    MIZAN_VERIFY_OK(ws.logout());
    QVERIFY(auditActions(ws).contains(QStringLiteral("permission.denied:denied")));
}

void TestWorkspace::passwordChangeReplacesPersonalKeys()
{
    QTemporaryDir dir;
    auto created = createWorkspace(dir.path());
    Workspace &ws = *created.workspace;
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
    const QString slotsPath = dir.filePath(QStringLiteral("keyslots.json"));
    const KeySlots before = *KeySlots::load(slotsPath);
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("nour"), pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws.changeOwnPassword(pw(kOtherPassword), pw(kFourthPassword)));
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("amira"), pw(kAdminPassword)));
    MIZAN_VERIFY_OK(ws.rotateKey());
    const KeySlots after = *KeySlots::load(slotsPath);
    QVERIFY(after.find(QStringLiteral("nour"))->boxPublicKey
            != before.find(QStringLiteral("nour"))->boxPublicKey);
    QVERIFY(after.find(QStringLiteral("nour"))->signingPublicKey
            != before.find(QStringLiteral("nour"))->signingPublicKey);
    // The old slot and the old password (say, leaked) open nothing sealed to the new slot.
    auto old = keyring::openSlot(before, *before.find(QStringLiteral("nour")), pw(kOtherPassword));
    MIZAN_VERIFY_OK(old);
    KeySlot mixed = *after.find(QStringLiteral("nour"));
    mixed.secrets = before.find(QStringLiteral("nour"))->secrets;
    mixed.kdf = before.find(QStringLiteral("nour"))->kdf;
    QVERIFY(!keyring::openSlot(after, mixed, pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("nour"), pw(kFourthPassword)));
}

void TestWorkspace::lockedOutRecoverySlotCanBeEnabled()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>();
    auto created = createWorkspace(dir.path(), clock);
    SecureBytes recovery = std::move(created.recoveryKey);
    created.workspace.reset();
    auto ws = *Workspace::open(dir.path(), testOptions(clock));
    for (int i = 0; i < Lockout::kMaxFailures; ++i) {
        clock->advance(Lockout::kMaxDelayMs);
        QVERIFY(!ws->loginWithRecoveryKey(pw("0000")));
    }
    clock->advance(Lockout::kMaxDelayMs);
    QCOMPARE(ws->loginWithRecoveryKey(recovery).error().code, ErrorCode::AuthFailed);
    MIZAN_VERIFY_OK(ws->login(QStringLiteral("amira"), pw(kAdminPassword)));
    MIZAN_VERIFY_OK(ws->enableUser(QStringLiteral("recovery")));
    MIZAN_VERIFY_OK(ws->logout());
    MIZAN_VERIFY_OK(ws->loginWithRecoveryKey(recovery));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
