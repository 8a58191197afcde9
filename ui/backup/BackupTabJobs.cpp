// The Backup tab's jobs: making, verifying and drilling on a worker thread (progress, Cancel),
// and confirming a restore before the window runs it.

#include "backup/BackupListModel.h"
#include "backup/BackupTab.h"
#include "common/Background.h"
#include "common/Dialogs.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace mizan {

namespace {

QString resultStyle(bool good)
{
    return good ? QStringLiteral("QLabel { color: #0b5d23; background: #e2f3e6; border: 1px solid "
                                 "#8cc99b; border-radius: 4px; padding: 6px; }")
                : QStringLiteral("QLabel { color: #8a1111; background: #fbe4e4; border: 1px solid "
                                 "#e09a9a; border-radius: 4px; padding: 6px; }");
}

QString neutralStyle()
{
    return QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; "
                          "padding: 6px; }");
}

} // namespace

JobControl BackupTab::startJob(const QString &format)
{
    m_cancel = std::make_shared<CancelToken>();
    m_progress->setValue(0);
    m_progress->setFormat(format);
    m_result->hide();
    m_result->setToolTip(QString());
    setBusy(true);
    JobControl job;
    job.cancel = m_cancel.get();
    job.progress = [this](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        QMetaObject::invokeMethod(
            this, [this, percent] { m_progress->setValue(percent); }, Qt::QueuedConnection);
    };
    return job;
}

void BackupTab::cancel()
{
    if (m_busy && m_cancel) {
        m_cancel->cancel();
        m_cancelButton->setEnabled(false);
        Q_EMIT statusMessage(tr("Cancelling…"));
    }
}

std::optional<SecureBytes> BackupTab::askPassword(const QString &title, const QString &text)
{
    if (!m_prompt)
        return std::nullopt;
    std::optional<SecureBytes> password = m_prompt(title, text);
    if (password && password->isEmpty())
        return std::nullopt;
    return password;
}

void BackupTab::createBackup()
{
    if (!m_workspace || m_busy || !workspaceFree())
        return;
    if (backupFolder().isEmpty())
        chooseFolder();
    const QString folder = QDir::fromNativeSeparators(backupFolder());
    if (folder.isEmpty())
        return;
    Q_EMIT statusMessage(tr("Making a backup in %1…").arg(QDir::toNativeSeparators(folder)));
    const JobControl job = startJob(tr("Backing up… %p%"));
    // While busy nothing else calls the workspace (the tab is disabled and the window keeps
    // the other tabs away), so the worker is its only user.
    m_creating.setFuture(
        QtConcurrent::run(jobPool(), [ws = m_workspace, folder, job, token = m_cancel] {
            return ws->createBackup(folder, QStringLiteral("manual"), job);
        }));
}

void BackupTab::onCreated()
{
    const Result<BackupInfo> result = m_creating.result();
    m_cancel.reset();
    setBusy(false);
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled)
            Q_EMIT statusMessage(tr("Backup cancelled; nothing was left behind."));
        else
            reportFailure(tr("The backup was not made"), result.error());
        Q_EMIT jobFinished(QStringLiteral("create"), false);
        return;
    }
    refresh();
    selectBackup(result->path);
    m_result->setStyleSheet(resultStyle(true));
    m_result->setText(tr("\u2714 Backup <b>%1</b> made: %2, %3 audit entries. Verify it to be "
                         "sure it restores.")
                          .arg(result->name.toHtmlEscaped(),
                               QLocale().formattedDataSize(result->bytes),
                               QLocale().toString(result->auditEntries)));
    m_result->show();
    Q_EMIT statusMessage(tr("Backup %1 made.").arg(result->name));
    Q_EMIT jobFinished(QStringLiteral("create"), true);
}

void BackupTab::verifySelected()
{
    const QString path = selectedBackup();
    if (!path.isEmpty())
        verifyBackup(path);
}

void BackupTab::verifyBackup(const QString &path)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return;
    // A backup made under an older data key opens with the user's slot in it: their password.
    std::shared_ptr<SecureBytes> password;
    const BackupInfo *backup = m_model->backupAt(m_model->rowOf(path));
    if (backup && m_keyGeneration > 0 && backup->keyGeneration != m_keyGeneration) {
        std::optional<SecureBytes> typed
            = askPassword(tr("Verify a backup"),
                          tr("%1 was made under an earlier key. Your password as it was then "
                             "opens it:")
                              .arg(backup->name));
        if (!typed)
            return;
        password = std::make_shared<SecureBytes>(std::move(*typed));
    }
    m_verifyingPath = path;
    Q_EMIT statusMessage(tr("Verifying %1…").arg(QFileInfo(path).fileName()));
    const JobControl job = startJob(tr("Verifying… %p%"));
    m_verifying.setFuture(
        QtConcurrent::run(jobPool(), [ws = m_workspace, path, password, job, token = m_cancel] {
            return ws->verifyBackup(path, password.get(), job);
        }));
}

void BackupTab::onVerified()
{
    const Result<BackupVerification> result = m_verifying.result();
    const QString path = std::exchange(m_verifyingPath, QString());
    const QString name = QFileInfo(path).fileName();
    m_cancel.reset();
    setBusy(false);
    refresh(); // the verification is recorded with the backup
    selectBackup(path);
    if (!result) {
        const bool cancelled = result.error().code == ErrorCode::Cancelled;
        if (!cancelled && result.error().code != ErrorCode::Integrity
            && result.error().code != ErrorCode::AuthFailed) {
            reportFailure(tr("The backup could not be verified"), result.error());
        } else {
            m_result->setStyleSheet(cancelled ? neutralStyle() : resultStyle(false));
            m_result->setText(
                (cancelled ? tr("Verification cancelled: nothing was concluded.")
                           : tr("\u2716 %1 does not verify: %2").arg(name, result.error().message))
                    .toHtmlEscaped());
            m_result->show();
            Q_EMIT statusMessage(cancelled ? tr("Verification cancelled.")
                                           : tr("%1 does not verify.").arg(name));
        }
        Q_EMIT jobFinished(QStringLiteral("verify"), false);
        return;
    }
    const BackupVerification &v = *result;
    QStringList checks;
    for (const BackupCheck &check : v.checks)
        checks << QStringLiteral("%1 %2: %3")
                      .arg(check.ok ? QStringLiteral("\u2714") : QStringLiteral("\u2716"),
                           check.name,
                           check.detail)
                      .toHtmlEscaped();
    const QString headline
        = v.ok ? tr("\u2714 %1 verified: %n check(s) passed, %2 audit entries, in %3.",
                    nullptr,
                    int(v.checks.size()))
                     .arg(name,
                          QLocale().toString(v.auditEntries),
                          BackupTab::durationText(v.elapsedMs))
               : tr("\u2716 %1 does not verify: %2").arg(name, v.problem);
    m_result->setStyleSheet(resultStyle(v.ok));
    m_result->setText(QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped()));
    m_result->setToolTip(checks.join(QStringLiteral("<br>")));
    m_result->show();
    Q_EMIT statusMessage(v.ok ? tr("%1 verified.").arg(name) : tr("%1 does not verify.").arg(name));
    Q_EMIT jobFinished(QStringLiteral("verify"), v.ok);
}

void BackupTab::runDrill()
{
    if (!m_workspace || m_busy || !workspaceFree())
        return;
    if (backupFolder().isEmpty())
        chooseFolder();
    const QString folder = QDir::fromNativeSeparators(backupFolder());
    if (folder.isEmpty())
        return;
    std::optional<SecureBytes> typed = askPassword(
        tr("Disaster-recovery drill"),
        tr("A drill makes a backup, restores it into a scratch folder as a real restore would, "
           "verifies the copy and measures the recovery time. The workspace is not changed. "
           "Confirm with your password:"));
    if (!typed)
        return;
    auto password = std::make_shared<SecureBytes>(std::move(*typed));
    Q_EMIT statusMessage(tr("Running a disaster-recovery drill…"));
    const JobControl job = startJob(tr("Drill… %p%"));
    m_drilling.setFuture(
        QtConcurrent::run(jobPool(),
                          [ws = m_workspace, folder, password, job, token = m_cancel]()
                              -> Result<DrillReport> {
                              return ws->drill(*password,
                                               folder,
                                               job); // it confirms the password itself
                          }));
}

void BackupTab::onDrilled()
{
    const Result<DrillReport> result = m_drilling.result();
    m_cancel.reset();
    setBusy(false);
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled)
            Q_EMIT statusMessage(tr("Drill cancelled."));
        else
            reportFailure(tr("The drill did not run"), result.error());
        refresh();
        Q_EMIT jobFinished(QStringLiteral("drill"), false);
        return;
    }
    refresh();
    if (!m_lastDrill || m_lastDrill->id != result->id) {
        m_lastDrill = *result; // as it came back, should the list not have it yet
        showDrill();
    }
    m_result->setStyleSheet(resultStyle(result->ok && result->meetsRto()));
    m_result->setText((result->ok ? tr("\u2714 Drill passed: recovered in %1 (objective %2).")
                                        .arg(durationText(result->recoveryMs),
                                             durationText(result->rtoObjectiveMs))
                                  : tr("\u2716 Drill failed: %1").arg(result->problem))
                          .toHtmlEscaped());
    m_result->show();
    Q_EMIT statusMessage(result->ok ? tr("Drill passed.") : tr("Drill failed."));
    Q_EMIT jobFinished(QStringLiteral("drill"), result->ok);
}

void BackupTab::restoreSelected()
{
    const QString path = selectedBackup();
    if (!path.isEmpty())
        requestRestore(path);
}

void BackupTab::requestRestore(const QString &path)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return;
    const BackupInfo *backup = m_model->backupAt(m_model->rowOf(path));
    const QString name = backup ? backup->name : QFileInfo(path).fileName();
    const QString made
        = backup
              ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(backup->createdMs).toLocalTime(),
                                   QLocale::ShortFormat)
              : QString();
    const QString workspaceName = QFileInfo(m_workspace->directory()).fileName();
    const QString question
        = tr("Restore %1, made %2?\n\n"
             "The workspace now open is REPLACED by this backup: whatever was done after it "
             "(imports, scores, decisions, users) is no longer in the workspace. The current "
             "workspace is not deleted: it is kept aside beside it as \"%3.replaced-…\".\n\n"
             "Erasures made after the backup are applied again. Everyone is signed out first; "
             "sign in again when the restore is done.")
              .arg(name, made, workspaceName);
    if (MessageBox::question(this, tr("Replace the workspace with a backup?"), question)
        != QMessageBox::Yes)
        return;
    std::optional<SecureBytes> typed
        = askPassword(tr("Restore a backup"),
                      tr("Your password as it was when %1 was made (%2):")
                          .arg(name, m_workspace->userName()));
    if (!typed)
        return;
    Q_EMIT statusMessage(tr("Restoring %1…").arg(name));
    Q_EMIT restoreRequested(path, std::make_shared<SecureBytes>(std::move(*typed)));
}

} // namespace mizan
