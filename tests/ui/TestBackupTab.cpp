// The Backup tab offscreen: only administrators get it; the RPO banner warns until a backup is
// made and goes away after Create (made on a worker thread); the list model passes
// QAbstractItemModelTester; Verify fills the state column, and a backup with one byte of its
// database flipped shows as failed; the schedule round-trips through Workspace::backupPolicy;
// the schedule's timer makes a backup when one is due; a drill fills the Last drill box; a
// restore is confirmed (warning, password) and handed over with the backup's path; and the main
// window restores it: the workspace is closed, replaced (the old one kept aside), and the next
// sign-in opens the restored one. Screenshots in $MIZAN_SCREENSHOTS: backup-tab.png
// (backup-tab-ar.png under $MIZAN_SCREENSHOT_LANGUAGE=ar).

#include "Bootstrap.h"
#include "MainWindow.h"
#include "backup/BackupDialogs.h"
#include "backup/BackupListModel.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupTab.h"
#include "common/Dialogs.h"
#include "session/SessionDialogs.h"
#include "users/UsersTab.h"
#include "workspace/Workspace.h"

#include "Screenshots.h"
#include "TestWorkspaceUtil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mizan;
using namespace mizan::test;

namespace {

constexpr int kJobTimeoutMs = 120'000;

/** Flips one byte in the middle of `path` (a page of the encrypted database). */
void flipByte(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 at = file.size() / 2;
    QVERIFY(file.seek(at));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(at));
    QVERIFY(file.putChar(char(byte ^ 0x5a)));
}

} // namespace

class TestBackupTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void onlyAdministratorsGetTheTab();
    void bannerWarnsUntilABackupIsMade();
    void verifyFillsTheStateColumn();
    void aTamperedBackupShowsFailed();
    void aBackupUnderAnOlderKeyAsksForThePassword();
    void passwordPromptNeedsAPassword();
    void scheduleRoundTrips();
    void theScheduleMakesABackupWhenDue();
    void drillFillsTheLastDrillBox();
    void screenshot();
    void restoreIsConfirmedAndHandedOver();
    void mainWindowRestoresAndSignsInAgain();

private:
    void signIn(const QString &user, const char *password);
    void openAs(const QString &user, const char *password);
    BackupTab *tab() const { return m_window->backupTab(); }
    /** Runs the tab's job and waits for it; returns the jobFinished outcome. */
    bool waitForJob(const char *job);
    void answerPasswords(BackupTab *target, const char *password);

    QTemporaryDir m_dir;
    QString m_backups;
    std::shared_ptr<ManualClock> m_clock;
    std::shared_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    QString m_verified; ///< a backup that verifies (restored at the end)
    QString m_tampered;
    QStringList m_prompts; ///< titles of the password questions asked
};

void TestBackupTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Bootstrap::setApplicationIdentity();
    QSettings().clear();
    MessageBox::setTestMode(true);
    KdfParams::allowTestCost(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (const QString language = qEnvironmentVariable("MIZAN_SCREENSHOT_LANGUAGE");
        !language.isEmpty())
        Bootstrap::installTranslators(language);
    QVERIFY(m_dir.isValid());
    m_backups = m_dir.filePath("backups");
    QVERIFY(QDir().mkpath(m_backups));
    // A clock that starts now and moves when told (the schedule's interval).
    m_clock = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    auto created = createWorkspace(m_dir.filePath("ws"), m_clock);
    m_ws = std::shared_ptr<Workspace>(std::move(created.workspace));
    // Something to back up: a lead set (imported by a data scientist).
    importSynthetic(*m_ws, m_dir.filePath("ws"), 200);
    m_window = std::make_unique<MainWindow>();
}

void TestBackupTab::cleanupTestCase()
{
    m_window.reset();
    m_ws.reset();
}

void TestBackupTab::signIn(const QString &user, const char *password)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    MIZAN_VERIFY_OK(m_ws->login(user, pw(password)));
}

void TestBackupTab::openAs(const QString &user, const char *password)
{
    signIn(user, password);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 860);
    m_window->setWorkspace(m_ws);
}

bool TestBackupTab::waitForJob(const char *job)
{
    QSignalSpy finished(tab(), &BackupTab::jobFinished);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!tab()->isBusy(), kJobTimeoutMs); }();
    if (finished.isEmpty())
        return false;
    [&] { QCOMPARE(finished.last().at(0).toString(), QLatin1String(job)); }();
    return finished.last().at(1).toBool();
}

void TestBackupTab::answerPasswords(BackupTab *target, const char *password)
{
    target->setPasswordPrompt([this, password](const QString &title, const QString &) {
        m_prompts << title;
        return std::optional<SecureBytes>(pw(password));
    });
}

void TestBackupTab::onlyAdministratorsGetTheTab()
{
    signIn("audra", kAuditorPassword);
    m_window->setWorkspace(m_ws);
    QVERIFY(!tab());
    signIn("dana", kFourthPassword);
    m_window->setWorkspace(m_ws);
    QVERIFY(!tab());
    openAs("amira", kAdminPassword);
    QVERIFY(tab());
    QVERIFY(m_window->tabs()->indexOf(tab()) >= 0);
    // After Users.
    QCOMPARE(m_window->tabs()->indexOf(tab()), m_window->tabs()->indexOf(m_window->usersTab()) + 1);
    new QAbstractItemModelTester(tab()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 this);
}

void TestBackupTab::bannerWarnsUntilABackupIsMade()
{
    QVERIFY(!tab()->banner()->isHidden()); // no folder, no backup
    tab()->folderEdit()->setText(QDir::toNativeSeparators(m_backups));
    tab()->refresh();
    QVERIFY(!tab()->banner()->isHidden()); // a folder, but nothing in it
    QVERIFY2(tab()->banner()->text().contains(QDir::toNativeSeparators(m_backups)),
             qPrintable(tab()->banner()->text()));
    QCOMPARE(tab()->model()->rowCount(), 0);

    QSignalSpy busy(tab(), &BackupTab::busyChanged);
    tab()->createBackup();
    QVERIFY(tab()->isBusy()); // on a worker thread; the UI goes on
    QVERIFY(!tab()->createButton()->isEnabled());
    QVERIFY(waitForJob("create"));
    QCOMPARE(busy.count(), 2);
    QVERIFY(MessageBox::takeMessages().isEmpty());
    QCOMPARE(tab()->model()->rowCount(), 1);
    QVERIFY(tab()->banner()->isHidden());
    const QAbstractItemModel *model = tab()->model();
    const BackupInfo *backup = tab()->model()->backupAt(0);
    QVERIFY(backup);
    m_verified = backup->path;
    QVERIFY(QFileInfo(m_verified).isDir());
    QCOMPARE(tab()->selectedBackup(), m_verified);
    QCOMPARE(model->index(0, BackupListModel::Kind).data().toString(),
             BackupListModel::kindText(QStringLiteral("manual")));
    QCOMPARE(model->index(0, BackupListModel::Verification).data(BackupListModel::kStateRole).toInt(),
             int(BackupListModel::State::NeverVerified));
    QCOMPARE(model->index(0, BackupListModel::Verification).data().toString(),
             BackupListModel::tr("Never verified"));
    QCOMPARE(model->index(0, BackupListModel::Signature).data().toString(),
             BackupListModel::tr("Valid"));
    QCOMPARE(model->index(0, BackupListModel::Name).data(Qt::UserRole).toString(), m_verified);
    QVERIFY(model->index(0, BackupListModel::Size).data().toString().size() > 1);
}

void TestBackupTab::verifyFillsTheStateColumn()
{
    QVERIFY(tab()->selectBackup(m_verified));
    tab()->verifySelected();
    QVERIFY(tab()->isBusy());
    QVERIFY(waitForJob("verify"));
    const int row = tab()->model()->rowOf(m_verified);
    const QModelIndex state = tab()->model()->index(row, BackupListModel::Verification);
    QCOMPARE(state.data(BackupListModel::kStateRole).toInt(), int(BackupListModel::State::Verified));
    QVERIFY2(state.data().toString().startsWith(QStringLiteral("\u2714")),
             qPrintable(state.data().toString()));
    QVERIFY(!tab()->resultLabel()->isHidden());
}

void TestBackupTab::aTamperedBackupShowsFailed()
{
    m_clock->advance(1000); // made a second later: listed first
    tab()->createBackup();
    QVERIFY(waitForJob("create"));
    QCOMPARE(tab()->model()->rowCount(), 2);
    m_tampered = tab()->model()->backupAt(0)->path; // newest first
    QVERIFY(m_tampered != m_verified);
    flipByte(QDir(m_tampered).filePath(QLatin1String(Workspace::kDatabaseFile)));
    tab()->verifyBackup(m_tampered);
    QVERIFY(!waitForJob("verify"));
    MessageBox::takeMessages();
    const QModelIndex failed = tab()->model()->index(tab()->model()->rowOf(m_tampered),
                                                     BackupListModel::Verification);
    QCOMPARE(failed.data(BackupListModel::kStateRole).toInt(), int(BackupListModel::State::Failed));
    QVERIFY2(failed.data().toString().startsWith(QStringLiteral("\u2716")),
             qPrintable(failed.data().toString()));
    // The other one still verified.
    QCOMPARE(tab()
                 ->model()
                 ->index(tab()->model()->rowOf(m_verified), BackupListModel::Verification)
                 .data(BackupListModel::kStateRole)
                 .toInt(),
             int(BackupListModel::State::Verified));
}

void TestBackupTab::aBackupUnderAnOlderKeyAsksForThePassword()
{
    // Removing a user rotates the data key: the backups were made under the one before.
    MIZAN_VERIFY_OK(m_ws->removeUser(QStringLiteral("dana")));
    tab()->refresh();
    const qsizetype asked = m_prompts.size();
    tab()->setPasswordPrompt([](const QString &, const QString &) { return std::nullopt; });
    tab()->verifyBackup(m_verified);
    QVERIFY(!tab()->isBusy()); // no password, no verification
    answerPasswords(tab(), kAdminPassword);
    tab()->verifyBackup(m_verified);
    QCOMPARE(m_prompts.size(), asked + 1);
    QVERIFY(waitForJob("verify"));
    QCOMPARE(tab()
                 ->model()
                 ->index(tab()->model()->rowOf(m_verified), BackupListModel::Verification)
                 .data(BackupListModel::kStateRole)
                 .toInt(),
             int(BackupListModel::State::Verified));
    QVERIFY(MessageBox::takeMessages().isEmpty());
}

void TestBackupTab::passwordPromptNeedsAPassword()
{
    PasswordPromptDialog dialog(QStringLiteral("Restore"), QStringLiteral("Your password:"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.passwordEdit()->setText(QStringLiteral("secret"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    const SecureBytes taken = dialog.takePassword();
    QCOMPARE(taken.size(), size_t(6));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
}

void TestBackupTab::scheduleRoundTrips()
{
    // A schedule without a folder is refused, and nothing is stored.
    tab()->folderEdit()->clear();
    tab()->scheduledBox()->setChecked(true);
    QVERIFY(!tab()->saveSchedule());
    QVERIFY(!MessageBox::takeMessages().isEmpty());
    MIZAN_VERIFY_OK(m_ws->backupPolicy());
    QVERIFY(m_ws->backupPolicy()->directory.isEmpty());

    tab()->folderEdit()->setText(QDir::toNativeSeparators(m_backups));
    tab()->scheduledBox()->setChecked(true);
    tab()->intervalSpin()->setValue(30);
    tab()->rpoSpin()->setValue(120);
    tab()->rtoSpin()->setValue(45);
    tab()->keepDailySpin()->setValue(5);
    tab()->keepWeeklySpin()->setValue(2);
    QVERIFY(tab()->saveSchedule());
    auto policy = m_ws->backupPolicy();
    MIZAN_VERIFY_OK(policy);
    QCOMPARE(QDir(policy->directory).absolutePath(), QDir(m_backups).absolutePath());
    QCOMPARE(policy->scheduled, true);
    QCOMPARE(policy->intervalMinutes, 30);
    QCOMPARE(policy->rpoMinutes, 120);
    QCOMPARE(policy->rtoMinutes, 45);
    QCOMPARE(policy->keepDaily, 5);
    QCOMPARE(policy->keepWeekly, 2);
    QCOMPARE(tab()->policy().rpoMinutes, 120);
    // A tab made afresh shows what was stored.
    BackupTab again(m_ws);
    QCOMPARE(again.intervalSpin()->value(), 30);
    QCOMPARE(again.rtoSpin()->value(), 45);
    QVERIFY(again.scheduledBox()->isChecked());
    QCOMPARE(again.model()->rowCount(), 2);
}

void TestBackupTab::theScheduleMakesABackupWhenDue()
{
    // A schedule into another folder, due once the interval has passed.
    const QString scheduled = m_dir.filePath("scheduled");
    QVERIFY(QDir().mkpath(scheduled));
    tab()->folderEdit()->setText(QDir::toNativeSeparators(scheduled));
    tab()->scheduledBox()->setChecked(true);
    tab()->intervalSpin()->setValue(5);
    QVERIFY(tab()->saveSchedule());
    QCOMPARE(tab()->model()->rowCount(), 0);
    auto due = m_ws->scheduledBackupDue();
    MIZAN_VERIFY_OK(due);
    QVERIFY(!*due); // the newest backup (in the other folder) is younger than 5 minutes
    m_clock->advance(6 * 60'000);
    due = m_ws->scheduledBackupDue();
    MIZAN_VERIFY_OK(due);
    QVERIFY(*due);
    BackupScheduler *scheduler = m_window->backupScheduler();
    QSignalSpy busy(scheduler, &BackupScheduler::busyChanged);
    int made = 0;
    const QMetaObject::Connection counting
        = connect(scheduler, &BackupScheduler::backupMade, this, [&made] { ++made; });
    scheduler->setInterval(50);
    QTRY_VERIFY_WITH_TIMEOUT(made == 1 && !scheduler->isBusy(), kJobTimeoutMs);
    scheduler->setInterval(60'000);
    disconnect(counting);
    QCOMPARE(busy.count(), 2);
    // While it ran, the tabs were kept away from the workspace; now they are back.
    QVERIFY(m_window->tabs()->isTabEnabled(m_window->tabs()->indexOf(tab())));
    QCOMPARE(tab()->model()->rowCount(), 1); // the tab listed it when it was made
    QCOMPARE(tab()->model()->backupAt(0)->kind, QStringLiteral("scheduled"));
    due = m_ws->scheduledBackupDue();
    MIZAN_VERIFY_OK(due);
    QVERIFY(!*due);

    // Back to the main folder, by hand.
    tab()->folderEdit()->setText(QDir::toNativeSeparators(m_backups));
    tab()->scheduledBox()->setChecked(false);
    tab()->rpoSpin()->setValue(60);
    tab()->rtoSpin()->setValue(240);
    QVERIFY(tab()->saveSchedule());
    QCOMPARE(tab()->model()->rowCount(), 2);
}

void TestBackupTab::drillFillsTheLastDrillBox()
{
    // Cancelling the password question starts nothing.
    tab()->setPasswordPrompt([](const QString &, const QString &) { return std::nullopt; });
    tab()->runDrill();
    QVERIFY(!tab()->isBusy());
    QVERIFY(!tab()->lastDrill());
    QVERIFY(tab()->drillField(2)->text().size() > 0); // "No drill yet"

    const qsizetype asked = m_prompts.size();
    answerPasswords(tab(), kAdminPassword);
    tab()->runDrill();
    QVERIFY(tab()->isBusy());
    const bool ok = waitForJob("drill");
    const QStringList messages = MessageBox::takeMessages();
    QVERIFY2(ok, qPrintable(messages.join('\n') + tab()->resultLabel()->text()));
    QCOMPARE(m_prompts.size(), asked + 1);
    QVERIFY(tab()->lastDrill());
    const DrillReport &drill = *tab()->lastDrill();
    QVERIFY(drill.ok);
    QCOMPARE(drill.by, QStringLiteral("amira"));
    QCOMPARE(drill.rtoObjectiveMs, qint64(240) * 60'000);
    QVERIFY(drill.recoveryMs > 0);
    QVERIFY(drill.recoveryPointMs >= 0); // backups existed before it
    QVERIFY(drill.meetsRto());
    QVERIFY(QFileInfo::exists(drill.reportPath));
    QVERIFY(!tab()->drillField(0)->text().isEmpty());
    QCOMPARE(tab()->drillField(1)->text(), QStringLiteral("amira"));
    QVERIFY(tab()->drillField(2)->text().startsWith(QStringLiteral("\u2714")));
    QVERIFY2(tab()->drillField(3)->text().contains(BackupTab::durationText(drill.rtoObjectiveMs)),
             qPrintable(tab()->drillField(3)->text()));
    QVERIFY(tab()->drillField(4)->text().contains(BackupTab::durationText(drill.rpoObjectiveMs)));
    QCOMPARE(QDir::fromNativeSeparators(tab()->drillField(5)->text()), drill.reportPath);
    // The drill's backup is listed with the others.
    bool listed = false;
    for (const BackupInfo &b : tab()->model()->backups())
        listed = listed || b.kind == QLatin1String("drill");
    QVERIFY(listed);
}

void TestBackupTab::screenshot()
{
    m_window->tabs()->setCurrentWidget(tab());
    QVERIFY(tab()->selectBackup(m_verified));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (qEnvironmentVariable("MIZAN_SCREENSHOT_LANGUAGE") == QLatin1String("ar"))
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    shoot(*m_window, QStringLiteral("backup-tab.png"));
}

void TestBackupTab::restoreIsConfirmedAndHandedOver()
{
    // A tab of its own, so that the window does not act on the request.
    BackupTab standalone(m_ws);
    QCOMPARE(standalone.backupFolder(), m_backups);
    QVERIFY(standalone.selectBackup(m_verified));
    QString requested;
    std::shared_ptr<SecureBytes> password;
    connect(&standalone,
            &BackupTab::restoreRequested,
            this,
            [&](const QString &path, std::shared_ptr<SecureBytes> given) {
                requested = path;
                password = std::move(given);
            });
    // Cancelling the password question hands nothing over.
    standalone.setPasswordPrompt([](const QString &, const QString &) { return std::nullopt; });
    standalone.restoreSelected();
    QVERIFY(requested.isEmpty());
    const QStringList warning = MessageBox::takeMessages();
    QCOMPARE(warning.size(), 1); // the question, answered Yes in test mode
    QVERIFY2(warning.first().contains(QStringLiteral("REPLACED"))
                 && warning.first().contains(QStringLiteral("ws.replaced-")),
             qPrintable(warning.first()));

    answerPasswords(&standalone, kAdminPassword);
    standalone.restoreSelected();
    QCOMPARE(requested, m_verified);
    QVERIFY(password);
    QVERIFY(password->equals(pw(kAdminPassword)));
    MessageBox::takeMessages();
}

void TestBackupTab::mainWindowRestoresAndSignsInAgain()
{
    // The window alone holds the workspace now: it can close it.
    m_ws.reset();
    answerPasswords(tab(), kAdminPassword);
    QVERIFY(tab()->selectBackup(m_verified));
    // The sign-in after the restore is modal: answer it from the event loop.
    bool signedIn = false;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&signedIn] {
        auto *login = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        if (!login || signedIn)
            return;
        signedIn = true;
        login->userField()->setText(QStringLiteral("amira"));
        login->passwordField()->setText(QLatin1String(kAdminPassword));
        login->tryLogin();
    });
    driver.start();
    tab()->restoreSelected();
    QTRY_VERIFY_WITH_TIMEOUT(signedIn && m_window->workspace()
                                 && m_window->workspace()->isSignedIn() && m_window->backupTab(),
                             kJobTimeoutMs);
    driver.stop();
    const QString messages = MessageBox::takeMessages().join('\n');
    QVERIFY2(messages.contains(QStringLiteral("restored from")), qPrintable(messages));
    const QStringList aside = QDir(m_dir.path())
                                  .entryList({QStringLiteral("ws.replaced-*")},
                                             QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(aside.size(), 1);
    QVERIFY(messages.contains(aside.first()));
    QCOMPARE(m_window->workspace()->directory(), m_dir.filePath("ws"));
    QCOMPARE(m_window->workspace()->userName(), QStringLiteral("amira"));
    QVERIFY(!m_window->isLockScreenShown());
    // The restored workspace is the backup's: the policy saved after it is not there.
    auto policy = m_window->workspace()->backupPolicy();
    MIZAN_VERIFY_OK(policy);
    QVERIFY(policy->directory.isEmpty());
    // Its backups are still its own and still listed from their folder.
    m_window->backupTab()->folderEdit()->setText(QDir::toNativeSeparators(m_backups));
    m_window->backupTab()->refresh();
    QVERIFY(m_window->backupTab()->model()->rowOf(m_verified) >= 0);
}

QTEST_MAIN(TestBackupTab)
#include "TestBackupTab.moc"
