#pragma once

#include "security/Permissions.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace mizan {

class ApprovalTab;
class AuditTab;
class BackupScheduler;
class BackupTab;
class ExplainTab;
class FairnessTab;
class LockScreen;
class PrivacyTab;
class RecentWorkspacesMenu;
class RestoreRunner;
class ScoringTab;
class SecureBytes;
class UsersTab;
class Workspace;

/**
 * @brief Mizan's main window: it hosts the tabs, the menus and the status bar, nothing more.
 * Window geometry and state are kept in QSettings. Lives on the UI thread.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }
    ScoringTab *scoringTab() const { return m_scoring; }
    UsersTab *usersTab() const { return m_users; }
    AuditTab *auditTab() const { return m_audit; }
    ExplainTab *explainTab() const { return m_explain; }
    FairnessTab *fairnessTab() const { return m_fairness; }
    ApprovalTab *approvalTab() const { return m_approval; }
    PrivacyTab *privacyTab() const { return m_privacy; }
    BackupTab *backupTab() const { return m_backup; }
    /** @brief The backup schedule of the signed-in session (any role). */
    BackupScheduler *backupScheduler() const { return m_scheduler; }
    LockScreen *lockScreen() const { return m_lock; }
    bool isLockScreenShown() const;
    /**
     * @brief Works on a signed-in workspace: tabs shown by the user's role, the user and role in
     * the status bar, the Session menu, and the idle lock.
     */
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    std::shared_ptr<Workspace> workspace() const { return m_workspace; }
    /** @brief Opens the demo workspace (DIR/workspace) after sign-in: scores the demo leads. */
    bool openDemoWorkspace();
    /**
     * @brief Opens the demo that `mizan-cli demo --out DIR` wrote and scores it. Returns false
     * (after saying why) when the folder does not hold it.
     */
    bool openDemo(const QString &folder);
    /**
     * @brief What the About box says, as plain text: Mizan's version, the offline statement, and
     * every dependency with its version and licence (AboutDialog::reportText()).
     */
    static QString aboutText();
    /** @brief The status bar's first message after sign-in: what `role` can do first. */
    static QString firstStepMessage(Role role);
    /**
     * @brief Opens the workspace in `folder` for a sign-in (File > Open Workspace, Open Recent).
     * The open workspace, if any, is signed out of and closed first, as Sign out does; giving up
     * the sign-in then closes the window, as it does after Sign out (without an open workspace
     * the window stays as it was). False, after saying why, when the folder cannot be opened (the
     * open session is then untouched), when it is the open workspace, or while a job runs.
     */
    bool openWorkspaceFolder(const QString &folder);
    /**
     * @brief Replaces the workspace with the backup in `backupPath` (the Backup tab confirmed it):
     * signs out and closes the workspace (its folder lock), runs Workspace::restore on a worker
     * with progress, shows what the restore did, then asks for the next sign-in. False when
     * nothing was started (no workspace, busy, or the workspace is still held elsewhere).
     */
    bool restoreBackup(const QString &backupPath, std::shared_ptr<mizan::SecureBytes> password);

public Q_SLOTS:
    void showAbout();
    /** @brief F1: what the current tab is for, who may use it, its actions and their keys. */
    void showContextHelp();
    void lockSession();
    void signOut();
    void changePassword();

Q_SIGNALS:
    /** @brief The user signed out; the application asks for the next sign-in. */
    void signedOut();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    // The desktop conveniences (ui/common/MainWindowDesktop.cpp): workspaces, View, appearance.
    void addWorkspaceActions(QMenu *file);
    void createViewMenu();
    void fillViewMenu();
    void addAppearanceMenu(QMenu *settings);
    void addHelpActions(QMenu *help);
    /** @brief Ctrl+1…9: the n-th visible tab (from 1), with the focus in it. */
    void goToTab(int number);
    /** @brief What a tab shows again when it is shown or F5 is pressed in it. */
    void refreshTab(QWidget *tab);
    /** @brief Shortcuts and What's This on every tab (installTabShortcuts; once per tab). */
    void prepareTabs();
    void setLanguage(const QString &language);

    /** @brief The tabs of the signed-in role (MainWindowRoles.cpp), and its first message. */
    void applyRole();
    /** @brief The Audit tab for roles with audit.view (made again at each sign-in). */
    void applyAuditTab();
    /**
     * @brief The Explain tab for roles with leads.explain, or with explain.global alone (risk
     * officers, auditors: the model view only), on the signed-in workspace.
     */
    void applyExplainTab();
    /** @brief The Fairness tab for roles with fairness.view (made again at each sign-in). */
    void applyFairnessTab();
    /** @brief The Approval Queue (models.view), after Fairness. */
    void applyApprovalTab();
    /** @brief The Privacy tab for privacy officers (privacy.export or privacy.hold). */
    void applyPrivacyTab();
    /** @brief The Backup tab for administrators (backup.create); the schedule for everyone. */
    void applyBackupTab();
    /** @brief The backup schedule's signals (once, from the constructor). */
    void setUpBackupSchedule();
    /** @brief After a restore: what it did, then the workspace opened again for a sign-in. */
    void onRestored();
    /** @brief The sign-in dialog on m_workspace; closes the window when the user gives up. */
    void askSignIn();
    /** @brief Connects the Explain tab to the Scoring tab and the window (once). */
    void connectExplainTab();
    /** @brief While `tab` holds the workspace on a worker thread (busy), no other tab may call it. */
    void keepOtherTabsAway(QWidget *tab, bool busy);
    /** @brief Takes the role tabs away (sign-out): nothing of the last user stays. */
    void removeRoleTabs();
    /** @brief A worker thread holds the workspace (scoring, or a sign-in/password job). */
    bool workspaceBusy() const;
    void checkIdle();

    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    ScoringTab *m_scoring = nullptr;
    UsersTab *m_users = nullptr;
    AuditTab *m_audit = nullptr;
    ExplainTab *m_explain = nullptr;
    FairnessTab *m_fairness = nullptr;
    ApprovalTab *m_approval = nullptr;
    PrivacyTab *m_privacy = nullptr;
    BackupTab *m_backup = nullptr;
    BackupScheduler *m_scheduler = nullptr;
    RestoreRunner *m_restore = nullptr;
    QString m_restoreDir; ///< the workspace folder a running restore replaces
    LockScreen *m_lock = nullptr;
    QLabel *m_userLabel = nullptr;
    QMenu *m_sessionMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    RecentWorkspacesMenu *m_recentMenu = nullptr;
    QList<QAction *> m_goToTabActions; ///< Ctrl+1…9
    QAction *m_idlePolicyAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    std::shared_ptr<Workspace> m_workspace;
    QTimer m_idleTimer;
    QElapsedTimer m_sinceInput;
};

} // namespace mizan
