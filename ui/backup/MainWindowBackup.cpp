// MainWindow's backup wiring: the Backup tab, the schedule, and a restore (close the workspace,
// restore on a worker, say what happened, sign in again). Kept here so that MainWindow.cpp only
// hosts tabs.

#include "MainWindow.h"

#include "backup/BackupScheduler.h"
#include "backup/BackupTab.h"
#include "backup/RestoreRunner.h"
#include "common/Dialogs.h"
#include "explain/ExplainTab.h"
#include "scoring/ScoringTab.h"
#include "session/LockScreen.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace mizan {

void MainWindow::setUpBackupSchedule()
{
    m_scheduler = new BackupScheduler(this);
    m_scheduler->setWorkspaceInUse([this] { return workspaceBusy(); });
    connect(m_scheduler, &BackupScheduler::statusMessage, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message);
    });
    // The scheduled backup holds the workspace on a worker thread: no tab may call it meanwhile.
    connect(m_scheduler, &BackupScheduler::busyChanged, this, [this](bool busy) {
        keepOtherTabsAway(nullptr, busy);
    });
    connect(m_scheduler, &BackupScheduler::backupMade, this, [this] {
        if (m_backup)
            m_backup->refresh();
    });
}

void MainWindow::applyBackupTab()
{
    if (BackupTab *old = std::exchange(m_backup, nullptr)) {
        m_tabs->removeTab(m_tabs->indexOf(old));
        old->deleteLater();
    }
    m_scheduler->setWorkspace(m_workspace);
    if (!m_workspace->can(Permission::BackupCreate))
        return;
    auto *backup = new BackupTab(m_workspace, m_tabs);
    backup->setWorkspaceInUse([this] { return workspaceBusy(); });
    connect(backup, &BackupTab::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    connect(backup, &BackupTab::busyChanged, this, [this](bool busy) {
        keepOtherTabsAway(m_backup, busy);
    });
    // Queued: the restore deletes the tab that asked for it.
    connect(backup,
            &BackupTab::restoreRequested,
            this,
            [this](const QString &path, std::shared_ptr<SecureBytes> password) {
                QMetaObject::invokeMethod(
                    this,
                    [this, path, password = std::move(password)] { restoreBackup(path, password); },
                    Qt::QueuedConnection);
            });
    m_tabs->addTab(backup, tr("&Backup"));
    m_backup = backup;
}

bool MainWindow::restoreBackup(const QString &backupPath, std::shared_ptr<SecureBytes> password)
{
    if (!m_workspace || !password || workspaceBusy())
        return false;
    const QString dir = m_workspace->directory();
    const QString user = m_workspace->userName();
    // Sign out and close: Workspace::restore needs the folder's lock, which the open
    // workspace holds for as long as it lives.
    if (auto out = m_workspace->logout(); !out)
        statusBar()->showMessage(out.error().message);
    m_idleTimer.stop();
    m_scoring->clearResults();
    m_scoring->setWorkspace(nullptr);
    m_explain->clearResults();
    m_explain->setWorkspace(nullptr);
    removeRoleTabs();
    m_lock->setWorkspace(nullptr);
    menuBar()->setEnabled(false);
    m_stack->setCurrentWidget(m_lock);
    std::weak_ptr<Workspace> closing = m_workspace;
    m_workspace.reset();
    // Tabs of an earlier sign-in waiting for deleteLater still hold it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (std::shared_ptr<Workspace> still = closing.lock()) {
        m_workspace = std::move(still);
        MessageBox::critical(this,
                             tr("Not restored"),
                             tr("The workspace is still open elsewhere in this window, so it "
                                "cannot be replaced. Quit Mizan and restore with: mizan-cli "
                                "restore --from BACKUP"));
        askSignIn();
        return false;
    }
    if (!m_restore) {
        m_restore = new RestoreRunner(this);
        connect(m_restore, &RestoreRunner::finished, this, &MainWindow::onRestored);
    }
    m_restoreDir = dir;
    WorkspaceOptions options;
    options.appName = QStringLiteral("mizan");
    statusBar()->showMessage(tr("Restoring %1…").arg(QDir::toNativeSeparators(backupPath)));
    return m_restore->start(backupPath, dir, user, std::move(password), options);
}

void MainWindow::onRestored()
{
    const Result<RestoreReport> &result = *m_restore->result();
    if (result) {
        MessageBox::information(this, tr("Restored"), RestoreRunner::reportText(*result));
        statusBar()->showMessage(tr("The workspace was restored. Sign in again."));
    } else if (result.error().code == ErrorCode::Cancelled) {
        statusBar()->showMessage(tr("Restore cancelled: the workspace is as it was."));
    } else {
        MessageBox::critical(this,
                             tr("Not restored"),
                             tr("The workspace is as it was. %1").arg(result.error().message),
                             result.error().detail);
        statusBar()->showMessage(tr("Not restored."));
    }
    WorkspaceOptions options;
    options.appName = QStringLiteral("mizan");
    auto opened = Workspace::open(m_restoreDir, options);
    if (!opened) {
        MessageBox::critical(this,
                             tr("Cannot open the workspace"),
                             opened.error().message,
                             opened.error().detail);
        Q_EMIT signedOut();
        close();
        return;
    }
    m_workspace = std::move(*opened);
    askSignIn();
}

} // namespace mizan
