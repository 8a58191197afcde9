#pragma once

#include "backup/BackupTypes.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "workspace/Workspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QProgressDialog;
class QWidget;

namespace mizan {

/**
 * @brief Runs the static Workspace::restore on a worker thread while a window-modal progress
 * dialog shows how far it is and offers Cancel. The caller has closed the workspace first (the
 * folder's lock must be free). `finished` comes back on the UI thread; result() then holds the
 * report or the error. The runner cancels and waits for its job when destroyed.
 */
class RestoreRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreRunner)

public:
    explicit RestoreRunner(QWidget *window);
    ~RestoreRunner() override;

    /** @brief Starts restoring `backupDir` over `workspaceDir` as `user`; false when busy. */
    bool start(const QString &backupDir,
               const QString &workspaceDir,
               const QString &user,
               std::shared_ptr<const SecureBytes> password,
               WorkspaceOptions options);
    bool isBusy() const { return m_busy; }
    void cancel();
    /** @brief The last restore's outcome (after finished). */
    const std::optional<Result<RestoreReport>> &result() const { return m_result; }
    /** @brief The report in words (rich text) for the message shown after a restore. */
    static QString reportText(const RestoreReport &report);

Q_SIGNALS:
    void finished(bool ok);

private:
    void onFinished();

    QPointer<QWidget> m_window;
    QProgressDialog *m_dialog = nullptr;
    QFutureWatcher<Result<RestoreReport>> m_job;
    std::shared_ptr<CancelToken> m_cancel;
    std::optional<Result<RestoreReport>> m_result;
    bool m_busy = false;
};

} // namespace mizan
