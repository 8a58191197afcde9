#include "backup/RestoreRunner.h"

#include "common/Background.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace mizan {

RestoreRunner::RestoreRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(&m_job,
            &QFutureWatcher<Result<RestoreReport>>::finished,
            this,
            &RestoreRunner::onFinished);
}

RestoreRunner::~RestoreRunner()
{
    cancel();
    m_job.waitForFinished();
}

void RestoreRunner::cancel()
{
    if (m_busy && m_cancel)
        m_cancel->cancel();
}

bool RestoreRunner::start(const QString &backupDir,
                          const QString &workspaceDir,
                          const QString &user,
                          std::shared_ptr<const SecureBytes> password,
                          WorkspaceOptions options)
{
    if (m_busy || !password)
        return false;
    m_busy = true;
    m_result.reset();
    m_cancel = std::make_shared<CancelToken>();
    m_dialog = new QProgressDialog(tr("Restoring %1…").arg(QFileInfo(backupDir).fileName()),
                                   tr("Cancel"),
                                   0,
                                   100,
                                   m_window);
    m_dialog->setObjectName(QStringLiteral("RestoreProgressDialog"));
    m_dialog->setWindowTitle(tr("Restore"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        cancel();
        if (m_dialog)
            m_dialog->setLabelText(tr("Cancelling… the workspace stays as it was."));
    });
    QPointer<QProgressDialog> dialog = m_dialog;
    JobControl job;
    job.cancel = m_cancel.get();
    job.progress = [this, dialog](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        QMetaObject::invokeMethod(
            this,
            [dialog, percent] {
                if (dialog)
                    dialog->setValue(percent);
            },
            Qt::QueuedConnection);
    };
    m_job.setFuture(QtConcurrent::run(jobPool(),
                                      [backupDir,
                                       workspaceDir,
                                       user,
                                       password = std::move(password),
                                       options = std::move(options),
                                       job,
                                       token = m_cancel] {
                                          return Workspace::restore(backupDir,
                                                                    workspaceDir,
                                                                    user,
                                                                    *password,
                                                                    options,
                                                                    job);
                                      }));
    return true;
}

void RestoreRunner::onFinished()
{
    m_result = m_job.result();
    m_cancel.reset();
    m_busy = false;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    Q_EMIT finished(m_result->has_value());
}

QString RestoreRunner::reportText(const RestoreReport &report)
{
    const QLocale locale;
    const auto line = [](const QString &text) -> QString {
        return text.toHtmlEscaped() + QStringLiteral("<br>");
    };
    QString text = QStringLiteral("<b>")
                   + tr("The workspace was restored from %1, made %2.")
                         .arg(QDir::toNativeSeparators(report.backup),
                              locale.toString(QDateTime::fromMSecsSinceEpoch(report.backupCreatedMs)
                                                  .toLocalTime(),
                                              QLocale::ShortFormat))
                         .toHtmlEscaped()
                   + QStringLiteral("</b><br>");
    text += line(tr("Its audit log holds %1 entries; the restore is recorded in it.")
                     .arg(locale.toString(report.backupEntries)));
    if (!report.replacedFolder.isEmpty())
        text += line(tr("The workspace it replaced is kept in %1.")
                         .arg(QDir::toNativeSeparators(report.replacedFolder)));
    if (report.replacedEntries >= 0)
        text += line(tr("The replaced workspace's log held %1 entries.")
                         .arg(locale.toString(report.replacedEntries)));
    text += line(report.erasuresReapplied == 0
                     ? tr("No erasure needed to be applied again.")
                     : tr("%n erasure(s) made after the backup were applied again.",
                          nullptr,
                          int(report.erasuresReapplied)));
    text += line(tr("Verifying took %1 ms; restoring %2 ms.")
                     .arg(locale.toString(report.verifyMs), locale.toString(report.restoreMs)));
    for (const QString &warning : report.warnings)
        text += QStringLiteral("\u26a0 ") + line(warning);
    text += line(tr("Sign in again to go on working."));
    return text;
}

} // namespace mizan
