// Signing in as a person does it (offscreen): the first-run dialog, login with right and wrong
// passwords and the back-off, tabs by role, the lock screen, the Users tab, scoring in the
// workspace. Screenshots of the windows go to $MIZAN_SCREENSHOTS when it is set.

#include "Bootstrap.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "explain/ExplainTab.h"
#include "scoring/ScoreTableModel.h"
#include "scoring/ScoringTab.h"
#include "security/Lockout.h"
#include "session/LockScreen.h"
#include "session/SessionDialogs.h"
#include "users/UsersModel.h"
#include "users/UsersTab.h"

#include "Screenshots.h"
#include "TestWorkspaceUtil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::test;

namespace {

constexpr const char *kPrivacyPassword = "violet anchor morning drum";

QStringList tabNames(const MainWindow &window)
{
    QStringList names;
    for (int i = 0; i < window.tabs()->count(); ++i)
        names << window.tabs()->widget(i)->objectName();
    return names;
}

/** A workspace with one user per role; leads and a model stored by the data scientist. */
struct Fixture
{
    QTemporaryDir dir;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
    Fixture()
    {
        auto created = createWorkspace(dir.path(), clock);
        Workspace &ws = *created.workspace;
        static_cast<void>(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
        static_cast<void>(ws.addUser(QStringLiteral("rana"), Role::RiskOfficer, pw(kThirdPassword)));
        importSynthetic(ws, dir.path(), 600); // adds "dana", data scientist, and signs in as her
        storeSyntheticModel(ws);
    }
    std::shared_ptr<Workspace> signIn(const QString &user, const char *password)
    {
        auto ws = Workspace::open(dir.path(), testOptions(clock));
        if (!ws || !(*ws)->login(user, pw(password)))
            qFatal("cannot sign in as %s", qPrintable(user));
        return std::move(*ws);
    }
};

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        KdfParams::allowTestCost(true);
        MessageBox::setTestMode(true);
        // MIZAN_SCREENSHOT_LANGUAGE=ar: the screenshots in Arabic, right to left.
        if (const QString language = qEnvironmentVariable("MIZAN_SCREENSHOT_LANGUAGE");
            !language.isEmpty())
            Bootstrap::installTranslators(language);
    }

    void firstRunCreatesTheWorkspace()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new-ws"));
        FirstRunDialog dialog(nullptr, testOptions());
        dialog.folderField()->setText(folder);
        dialog.adminField()->setText(QStringLiteral("amira"));
        dialog.passwordField()->setText(QLatin1String(kAdminPassword));
        dialog.confirmField()->setText(QStringLiteral("something else entirely"));
        dialog.create();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("differ")));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(dialog.passwordField()->text().isEmpty()); // never left in the field

        dialog.passwordField()->setText(QStringLiteral("short"));
        dialog.confirmField()->setText(QStringLiteral("short"));
        dialog.create();
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("15")));

        dialog.passwordField()->setText(QLatin1String(kAdminPassword));
        dialog.confirmField()->setText(QLatin1String(kAdminPassword));
        shoot(dialog, QStringLiteral("first-run.png"));
        dialog.create();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto ws = dialog.takeWorkspace();
        QVERIFY(ws && ws->isUnlocked());
        QCOMPARE(ws->role(), Role::Admin);
        QVERIFY(Workspace::looksLikeWorkspace(folder));
        const SecureBytes key = dialog.takeRecoveryKey();
        QCOMPARE(key.size(), size_t(79));
        RecoveryKeyDialog recovery(key);
        auto *ok = recovery.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        recovery.findChild<QCheckBox *>(QStringLiteral("writtenBox"))->setChecked(true);
        QVERIFY(ok->isEnabled());
        shoot(recovery, QStringLiteral("recovery-key.png"));
    }

    void loginWithWrongThenRightPassword()
    {
        Fixture f;
        auto ws = *Workspace::open(f.dir.path(), testOptions(f.clock));
        LoginDialog dialog(*ws);
        QSignalSpy attempts(&dialog, &LoginDialog::attempted);
        dialog.userField()->setText(QStringLiteral("nour"));
        dialog.passwordField()->setText(QStringLiteral("this is not her password"));
        dialog.tryLogin();
        QCOMPARE(attempts.count(), 1);
        QCOMPARE(attempts.at(0).at(0).toBool(), false);
        QVERIFY(!ws->isSignedIn());
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("30 second")),
                 qPrintable(dialog.messageLabel()->text()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
        shoot(dialog, QStringLiteral("login-backoff.png"));
        f.clock->advance(Lockout::kFirstDelayMs);
        dialog.passwordField()->setText(QLatin1String(kOtherPassword));
        dialog.tryLogin();
        QCOMPARE(attempts.at(1).at(0).toBool(), true);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ws->userName(), QStringLiteral("nour"));
    }

    void tabsFollowTheRole()
    {
        Fixture f;
        {
            MainWindow window;
            window.setWorkspace(f.signIn(QStringLiteral("nour"), kOtherPassword));
            QCOMPARE(tabNames(window),
                     (QStringList{QStringLiteral("scoringTab"),
                                  QStringLiteral("explainTab"),
                                  QStringLiteral("fairnessTab"),
                                  QStringLiteral("approvalTab")}));
            QVERIFY(window.findChild<QLabel *>(QStringLiteral("userLabel"))
                        ->text()
                        .contains(QLatin1String("Analyst")));
            // An analyst scores but imports no models.
            auto *importModel = window.scoringTab()->findChild<QPushButton *>(
                QStringLiteral("importModelButton"));
            QVERIFY(importModel->isHidden());
            QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionIdlePolicy"))->isVisible());
        }
        {
            MainWindow window;
            window.setWorkspace(f.signIn(QStringLiteral("amira"), kAdminPassword));
            QCOMPARE(tabNames(window),
                     (QStringList{QStringLiteral("fairnessTab"),
                                  QStringLiteral("approvalTab"),
                                  QStringLiteral("UsersTab"),
                                  QStringLiteral("BackupTab")})); // no leads for admins
            QVERIFY(!window.usersTab()
                         ->findChild<QPushButton *>(QStringLiteral("addUserButton"))
                         ->isHidden());
            QVERIFY(window.findChild<QAction *>(QStringLiteral("actionIdlePolicy"))->isVisible());
        }
        {
            MainWindow window;
            window.setWorkspace(f.signIn(QStringLiteral("audra"), kAuditorPassword));
            QCOMPARE(tabNames(window),
                     (QStringList{QStringLiteral("explainTab"),
                                  QStringLiteral("fairnessTab"),
                                  QStringLiteral("approvalTab"),
                                  QStringLiteral("UsersTab"),
                                  QStringLiteral("AuditTab")}));
            // Auditors hold explain.global: the model view only (no leads, no lead page).
            auto *pages = window.explainTab()->pages();
            QVERIFY(!pages->isTabVisible(0));
            QVERIFY(pages->isTabVisible(1));
            // Auditors review access but manage nothing.
            QVERIFY(window.usersTab()
                        ->findChild<QPushButton *>(QStringLiteral("addUserButton"))
                        ->isHidden());
            QVERIFY(!window.usersTab()
                         ->findChild<QPushButton *>(QStringLiteral("reviewButton"))
                         ->isHidden());
        }
        {
            MainWindow window;
            window.setWorkspace(f.signIn(QStringLiteral("rana"), kThirdPassword));
            QVERIFY(!tabNames(window).contains(QStringLiteral("UsersTab")));
            QVERIFY(tabNames(window).contains(QStringLiteral("AuditTab")));
            // A risk officer sees what drives the model, not single leads' explanations.
            QVERIFY(tabNames(window).contains(QStringLiteral("explainTab")));
            auto *pages = window.findChild<QTabWidget *>(QStringLiteral("explainPages"));
            QVERIFY(pages);
            QVERIFY(!pages->isTabVisible(0));
            QVERIFY(pages->isTabVisible(1));
            QCOMPARE(pages->currentIndex(), 1);
        }
    }

    void firstMessageFitsTheRole()
    {
        Fixture f;
        {
            auto admin = f.signIn(QStringLiteral("amira"), kAdminPassword);
            MIZAN_VERIFY_OK(
                admin->addUser(QStringLiteral("pia"), Role::PrivacyOfficer, pw(kPrivacyPassword)));
        }
        const std::pair<const char *, const char *> people[] = {{"amira", kAdminPassword},
                                                                {"dana", kFourthPassword},
                                                                {"rana", kThirdPassword},
                                                                {"nour", kOtherPassword},
                                                                {"audra", kAuditorPassword},
                                                                {"pia", kPrivacyPassword}};
        QStringList messages;
        for (const auto &[user, password] : people) {
            MainWindow window;
            // Before sign-in the window works on files: open a lead file, or the demo.
            QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("lead file")));
            auto ws = f.signIn(QString::fromLatin1(user), password);
            window.setWorkspace(ws);
            const QString message = window.statusBar()->currentMessage();
            QCOMPARE(message, MainWindow::firstStepMessage(*ws->role()));
            // Not "open a lead file" (no role opens files in a workspace), and it names a tab
            // this role has.
            QVERIFY2(!message.contains(QLatin1String("lead file")), qPrintable(message));
            bool namesATab = false;
            for (int i = 0; i < window.tabs()->count(); ++i)
                namesATab = namesATab || message.contains(window.tabs()->tabText(i).remove(u'&'));
            QVERIFY2(namesATab, qPrintable(user + QStringLiteral(": ") + message));
            messages << message;
        }
        messages.removeDuplicates();
        QCOMPARE(messages.size(), 6); // one per role
    }

    void viewOnlyRolesReadStoredScores()
    {
        Fixture f;
        {
            auto admin = f.signIn(QStringLiteral("amira"), kAdminPassword);
            MIZAN_VERIFY_OK(
                admin->addUser(QStringLiteral("pia"), Role::PrivacyOfficer, pw(kPrivacyPassword)));
        }
        const std::pair<const char *, const char *> officers[] = {{"rana", kThirdPassword},
                                                                  {"pia", kPrivacyPassword}};
        // Nothing kept yet: the tab says who scores, and shows nothing.
        {
            MainWindow window;
            window.setWorkspace(f.signIn(QStringLiteral("rana"), kThirdPassword));
            ScoringTab *tab = window.scoringTab();
            QVERIFY(tab->showsStoredScores());
            QSignalSpy finished(tab, &ScoringTab::scoringFinished);
            tab->score();
            QCOMPARE(finished.count(), 1);
            QCOMPARE(finished.at(0).at(0).toBool(), false);
            QCOMPARE(tab->tableModel()->rowCount(), 0);
            QVERIFY(!tab->isBusy());
        }
        {
            auto analyst = f.signIn(QStringLiteral("nour"), kOtherPassword);
            auto sets = analyst->leadSets();
            auto models = analyst->models();
            MIZAN_VERIFY_OK(analyst->scoreLeadSet(sets->front().id, models->front().id));
        }
        for (const auto &[user, password] : officers) {
            MainWindow window;
            auto ws = f.signIn(QString::fromLatin1(user), password);
            window.setWorkspace(ws);
            ScoringTab *tab = window.scoringTab();
            QVERIFY2(window.tabs()->indexOf(tab) >= 0, user);
            QVERIFY(tab->showsStoredScores());
            // What the role can use: show what was kept (and export it); no scoring, no import,
            // no single-lead explanation.
            auto *show = tab->findChild<QPushButton *>(QStringLiteral("scoreButton"));
            QVERIFY(!show->isHidden());
            QVERIFY(show->isEnabled());
            QCOMPARE(show->text(), ScoringTab::tr("&Show stored scores"));
            for (const char *hidden :
                 {"importLeadsButton", "importModelButton", "explainLeadButton"})
                QVERIFY2(tab->findChild<QPushButton *>(QLatin1String(hidden))->isHidden(), hidden);
            QVERIFY(!tab->explainAction()->isVisible());
            QSignalSpy finished(tab, &ScoringTab::scoringFinished);
            QTest::mouseClick(show, Qt::LeftButton);
            QVERIFY(finished.count() > 0 || finished.wait(60000));
            QCOMPARE(finished.at(0).at(0).toBool(), true);
            QCOMPARE(tab->tableModel()->rowCount(), 600);
            QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("nour")));
            // The scores are the ones kept, row by row.
            auto runs = ws->scoringRuns();
            MIZAN_VERIFY_OK(runs);
            auto kept = ws->predictions(runs->back().id);
            MIZAN_VERIFY_OK(kept);
            for (const StoredPrediction &p : *kept)
                QCOMPARE(tab->tableModel()->scores()->probabilities[size_t(p.rowIndex)],
                         p.probability);
            // The core still refuses to score for them.
            auto scored = ws->scoreLeadSet(runs->back().leadSetId, runs->back().modelId);
            QVERIFY(!scored);
            QCOMPARE(scored.error().code, ErrorCode::PermissionDenied);
            window.resize(1200, 700);
            shoot(window, QStringLiteral("scoring-stored-%1.png").arg(QLatin1String(user)));
        }
        const QStringList actions = auditActions(
            *f.signIn(QStringLiteral("audra"), kAuditorPassword));
        // Each officer's tab read the run once, and so did this test to compare (2 + 2).
        QCOMPARE(actions.count(QStringLiteral("predictions.view:ok")), 4);
    }

    void lockScreenHidesEverythingUntilUnlocked()
    {
        Fixture f;
        MainWindow window;
        auto ws = f.signIn(QStringLiteral("nour"), kOtherPassword);
        window.setWorkspace(ws);
        window.lockSession();
        QVERIFY(window.isLockScreenShown());
        QVERIFY(!ws->isUnlocked());
        QVERIFY(!window.menuBar()->isEnabled()); // no Export or Score behind the lock screen
        QVERIFY(!ws->leadSets());                // nothing readable while locked
        window.resize(900, 500);
        shoot(window, QStringLiteral("lock-screen.png"));
        window.lockScreen()->passwordField()->setText(QStringLiteral("wrong wrong wrong wrong"));
        window.lockScreen()->tryUnlock();
        QVERIFY(window.isLockScreenShown());
        QVERIFY(!window.lockScreen()->messageLabel()->text().isEmpty());
        f.clock->advance(Lockout::kFirstDelayMs);
        window.lockScreen()->passwordField()->setText(QLatin1String(kOtherPassword));
        window.lockScreen()->tryUnlock();
        QVERIFY(!window.isLockScreenShown());
        QVERIFY(ws->isUnlocked());
        QVERIFY(window.menuBar()->isEnabled());
        // The core's idle timer is the backstop: idle too long and the window locks.
        f.clock->advance(ws->idleTimeoutMs());
        QVERIFY(ws->lockIfIdle());
    }

    void usersTabManagesAccounts()
    {
        Fixture f;
        auto ws = f.signIn(QStringLiteral("amira"), kAdminPassword);
        UsersTab tab(ws);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tab.model()->rowCount(), 5); // amira, audra, dana, nour, rana
        int nour = -1;
        for (int row = 0; row < tab.model()->rowCount(); ++row)
            if (tab.model()->user(row)->name == QLatin1String("nour"))
                nour = row;
        QVERIFY(nour >= 0);
        tab.resize(1000, 400);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        // Selected as a person does it: a click on the row (in either direction).
        const QRect cell = tab.view()->visualRect(tab.model()->index(nour, UsersModel::Name));
        QTest::mouseClick(tab.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(!tab.view()->selectionModel()->selectedIndexes().isEmpty());
        tab.toggleDisabled();
        QCOMPARE(MessageBox::takeMessages(), QStringList());
        shoot(tab, QStringLiteral("users-tab.png"));
        auto users = ws->users();
        QVERIFY(std::any_of(users->begin(), users->end(), [](const UserInfo &u) {
            return u.name == QLatin1String("nour") && u.disabled;
        }));
        QCOMPARE(tab.model()->data(tab.model()->index(nour, UsersModel::State)).toString(),
                 QStringLiteral("Disabled"));
        tab.togglePii(); // analysts may be granted personal data
        QVERIFY(tab.model()->user(nour)->viewPii);
        tab.toggleDisabled();
        QVERIFY(!tab.model()->user(nour)->disabled);
    }

    void secondAdministratorConfirmsInTheUsersTab()
    {
        Fixture f;
        {
            auto ws = f.signIn(QStringLiteral("amira"), kAdminPassword);
            MIZAN_VERIFY_OK(ws->addUser(QStringLiteral("bilal"), Role::Admin, pw(kFourthPassword)));
            QCOMPARE(*ws->setRole(QStringLiteral("nour"), Role::RiskOfficer),
                     GrantOutcome::PendingConfirmation);
        }
        auto ws = f.signIn(QStringLiteral("bilal"), kFourthPassword);
        UsersTab tab(ws);
        int nour = -1;
        for (int row = 0; row < tab.model()->rowCount(); ++row)
            if (tab.model()->user(row)->name == QLatin1String("nour"))
                nour = row;
        QVERIFY(nour >= 0);
        QCOMPARE(tab.model()->data(tab.model()->index(nour, UsersModel::State)).toString(),
                 QStringLiteral("Risk officer waits for a second administrator"));
        auto *confirm = tab.findChild<QPushButton *>(QStringLiteral("confirmButton"));
        tab.view()->selectRow(nour);
        QVERIFY(confirm->isEnabled());
        tab.confirmGrant();
        QCOMPARE(tab.model()->user(nour)->role, Role::RiskOfficer);
        QVERIFY(tab.model()->user(nour)->pendingGrant.isEmpty());
        QVERIFY(!confirm->isEnabled());
    }

    void scoringRunsAreKeptInTheWorkspace()
    {
        Fixture f;
        MainWindow window;
        auto ws = f.signIn(QStringLiteral("nour"), kOtherPassword);
        window.setWorkspace(ws);
        ScoringTab *tab = window.scoringTab();
        QCOMPARE(tab->leadSetCombo()->count(), 1);
        QCOMPARE(tab->modelCombo()->count(), 1);
        QSignalSpy finished(tab, &ScoringTab::scoringFinished);
        tab->score();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(tab->tableModel()->rowCount(), 600);
        auto runs = ws->scoringRuns();
        QVERIFY(runs.has_value());
        QCOMPARE(runs->size(), size_t(1));
        QCOMPARE(runs->front().scoredBy, QStringLiteral("nour"));
        QCOMPARE(runs->front().rows, 600);
        window.resize(1200, 700);
        shoot(window, QStringLiteral("scoring-workspace.png"));
    }
};

QTEST_MAIN(TestSession)
#include "TestSession.moc"
