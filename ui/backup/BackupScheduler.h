#pragma once

#include "backup/BackupTypes.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace mizan {

class Workspace;

/**
 * @brief The backup schedule while a session is unlocked, for every role (the administrator's
 * stored policy decides; Workspace::scheduledBackupDue). A timer (every 60 s by default) asks
 * whether a backup is due; when it is and nothing else holds the workspace, the scheduled backup
 * (and the rotation) runs on a worker thread. While it runs (isBusy) the window keeps the tabs
 * away from the workspace (busyChanged). Failures are reported in the status bar, never in a
 * dialog: a background job must not interrupt. Lives on the UI thread.
 */
class BackupScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    explicit BackupScheduler(QObject *parent = nullptr);
    /** @brief Cancels a running backup and waits for it (a job never outlives its owner). */
    ~BackupScheduler() override;

    /** @brief The signed-in workspace (null: stop). The timer runs while there is one. */
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    /** @brief Another job holds the workspace: the schedule waits for the next tick. */
    void setWorkspaceInUse(std::function<bool()> inUse) { m_workspaceInUse = std::move(inUse); }
    /** @brief How often the schedule is asked (tests make it short). */
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    /** @brief One tick: starts the scheduled backup when it is due and the workspace is free. */
    void check();
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    void statusMessage(const QString &message);
    /** @brief A scheduled backup was made (the Backup tab lists it). */
    void backupMade(const mizan::BackupInfo &backup);

private:
    void onFinished();

    std::shared_ptr<Workspace> m_workspace;
    std::function<bool()> m_workspaceInUse;
    QTimer m_timer;
    QFutureWatcher<Result<std::optional<BackupInfo>>> m_job;
    std::shared_ptr<CancelToken> m_cancel;
    bool m_busy = false;
};

} // namespace mizan
