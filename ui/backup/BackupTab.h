#pragma once

#include "backup/BackupDialogs.h"
#include "backup/BackupTypes.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace mizan {

class BackupListModel;
class Workspace;

/**
 * @brief The Backup tab (administrators: backup.create): the backups of this workspace with
 * their verification state, a warning when the newest is older than the recovery-point objective
 * (or there is none), making, verifying and restoring a backup, disaster-recovery drills, and
 * the schedule (folder, interval, RPO, RTO, how many to keep).
 *
 * Making, verifying and drilling run on a worker thread with progress and Cancel; while one runs
 * (isBusy) the tab calls the workspace for nothing else and the window keeps the other tabs away
 * (busyChanged). A restore replaces the open workspace, so the tab only confirms it (a warning,
 * then the password) and hands it to the window (restoreRequested), which closes the workspace
 * and runs Workspace::restore. The core checks permissions and audits. UI thread.
 */
class BackupTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupTab)

public:
    explicit BackupTab(std::shared_ptr<Workspace> workspace, QWidget *parent = nullptr);
    /** @brief Cancels a running job and waits for it. */
    ~BackupTab() override;

    void setWorkspaceInUse(std::function<bool()> inUse) { m_workspaceInUse = std::move(inUse); }
    /** @brief Replaces the password question (tests answer it without a dialog). */
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    bool isBusy() const { return m_busy; }

    /** @brief The folder backups are made in and listed from (the schedule's folder field). */
    QString backupFolder() const;
    /** @brief The path of the backup chosen in the list (empty: none). */
    QString selectedBackup() const;
    bool selectBackup(const QString &path);
    /** @brief The policy stored in the workspace, as read at the last refresh. */
    const BackupPolicy &policy() const { return m_policy; }
    /** @brief The newest recorded drill, as read at the last refresh. */
    const std::optional<DrillReport> &lastDrill() const { return m_lastDrill; }

    BackupListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /** @brief The RPO warning; hidden while the newest backup is recent enough. */
    QLabel *banner() const { return m_banner; }
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *createButton() const { return m_createButton; }
    QPushButton *verifyButton() const { return m_verifyButton; }
    QPushButton *restoreButton() const { return m_restoreButton; }
    QPushButton *drillButton() const { return m_drillButton; }
    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *scheduledBox() const { return m_scheduled; }
    QSpinBox *intervalSpin() const { return m_interval; }
    QSpinBox *rpoSpin() const { return m_rpo; }
    QSpinBox *rtoSpin() const { return m_rto; }
    QSpinBox *keepDailySpin() const { return m_keepDaily; }
    QSpinBox *keepWeeklySpin() const { return m_keepWeekly; }
    QGroupBox *drillBox() const { return m_drillBox; }
    /** @brief The Last drill box's value labels: when, by, result, recovery time, point, report. */
    QLabel *drillField(int index) const;
    /** @brief A duration for people: "850 ms", "12.5 s", "42 min", "3 h 5 min" (QLocale). */
    static QString durationText(qint64 ms);

public Q_SLOTS:
    /** @brief Reads the backups, the policy and the last drill again (the tab was shown). */
    void refresh();
    /** @brief Makes a backup in backupFolder() on a worker thread (asks for a folder if none). */
    void createBackup();
    void verifySelected();
    /** @brief Verifies `path` on a worker thread; asks for the password when its key is older. */
    void verifyBackup(const QString &path);
    void restoreSelected();
    /** @brief Confirms (a warning, then the password) and emits restoreRequested. */
    void requestRestore(const QString &path);
    /** @brief Asks for the password and runs a drill on a worker thread. */
    void runDrill();
    /** @brief Stores the schedule shown (audited as backup.policy); false when refused. */
    bool saveSchedule();
    void chooseFolder();
    void cancel();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void busyChanged(bool busy);
    /** @brief A job ended: "create", "verify" or "drill"; ok false on failure or cancel. */
    void jobFinished(const QString &job, bool ok);
    /**
     * @brief The administrator confirmed restoring `backupPath` with `password` (their password
     * in the backup). The receiver closes the workspace before Workspace::restore; connect it
     * queued, because the receiver deletes this tab.
     */
    void restoreRequested(const QString &backupPath, std::shared_ptr<mizan::SecureBytes> password);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildList();
    /** @brief The drill values start where the reading does, whatever their own script. */
    void alignDrillFields();
    QWidget *buildSchedule();
    QWidget *buildDrillBox();
    void setBusy(bool busy);
    bool workspaceFree();
    void updateActions();
    void updateBanner();
    void showPolicy(const BackupPolicy &policy);
    void showDrill();
    JobControl startJob(const QString &format);
    std::optional<SecureBytes> askPassword(const QString &title, const QString &text);
    void reportFailure(const QString &title, const Error &error);
    void onCreated();
    void onVerified();
    void onDrilled();

    std::shared_ptr<Workspace> m_workspace;
    std::function<bool()> m_workspaceInUse;
    PasswordPrompt m_prompt;
    BackupListModel *m_model = nullptr;
    QLabel *m_banner = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_drillButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_result = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QCheckBox *m_scheduled = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_rpo = nullptr;
    QSpinBox *m_rto = nullptr;
    QSpinBox *m_keepDaily = nullptr;
    QSpinBox *m_keepWeekly = nullptr;
    QPushButton *m_saveButton = nullptr;
    QGroupBox *m_drillBox = nullptr;
    QList<QLabel *> m_drillFields;
    BackupPolicy m_policy;
    int m_keyGeneration = 0;
    std::optional<DrillReport> m_lastDrill;
    QFutureWatcher<Result<BackupInfo>> m_creating;
    QFutureWatcher<Result<BackupVerification>> m_verifying;
    QFutureWatcher<Result<DrillReport>> m_drilling;
    QString m_verifyingPath;
    std::shared_ptr<CancelToken> m_cancel;
    bool m_busy = false;
};

} // namespace mizan
