#include "backup/BackupScheduler.h"

#include "common/Background.h"
#include "workspace/Workspace.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mizan {

BackupScheduler::BackupScheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::check);
    connect(&m_job,
            &QFutureWatcher<Result<std::optional<BackupInfo>>>::finished,
            this,
            &BackupScheduler::onFinished);
}

BackupScheduler::~BackupScheduler()
{
    cancel();
    m_job.waitForFinished();
}

void BackupScheduler::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    // A running backup finishes on the workspace it started with (it holds a reference).
    m_workspace = std::move(workspace);
    if (m_workspace)
        m_timer.start();
    else
        m_timer.stop();
}

void BackupScheduler::cancel()
{
    if (m_busy && m_cancel)
        m_cancel->cancel();
}

void BackupScheduler::check()
{
    if (!m_workspace || m_busy || !m_workspace->isUnlocked()
        || (m_workspaceInUse && m_workspaceInUse()))
        return;
    const Result<bool> due = m_workspace->scheduledBackupDue();
    if (!due || !*due)
        return;
    m_cancel = std::make_shared<CancelToken>();
    JobControl job;
    job.cancel = m_cancel.get();
    m_busy = true;
    Q_EMIT busyChanged(true);
    Q_EMIT statusMessage(tr("Making the scheduled backup…"));
    // While busy nothing else calls the workspace (the window keeps the tabs away).
    m_job.setFuture(QtConcurrent::run(jobPool(), [ws = m_workspace, job, token = m_cancel] {
        return ws->runScheduledBackup(job);
    }));
}

void BackupScheduler::onFinished()
{
    const Result<std::optional<BackupInfo>> result = m_job.result();
    m_cancel.reset();
    m_busy = false;
    Q_EMIT busyChanged(false);
    if (!result) {
        Q_EMIT statusMessage(
            result.error().code == ErrorCode::Cancelled
                ? tr("The scheduled backup was cancelled.")
                : tr("The scheduled backup failed: %1").arg(result.error().message));
        return;
    }
    if (!result->has_value()) {
        Q_EMIT statusMessage(QString());
        return;
    }
    Q_EMIT statusMessage(tr("Scheduled backup %1 made.").arg((*result)->name));
    Q_EMIT backupMade(**result);
}

} // namespace mizan
