// The Audit tab's jobs: verifying the log and exporting an evidence pack in the background
// (progress, Cancel), the checkpoint history and signing a checkpoint to keep.

#include "audit/AuditCheckpointsDialog.h"
#include "audit/AuditModel.h"
#include "audit/AuditTab.h"
#include "common/Background.h"
#include "common/Dialogs.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace mizan {

namespace {

QString banner(bool good)
{
    return good ? QStringLiteral("QLabel { color: #0b5d23; background: #e2f3e6; border: 1px solid "
                                 "#8cc99b; border-radius: 4px; padding: 6px; }")
                : QStringLiteral("QLabel { color: #8a1111; background: #fbe4e4; border: 1px solid "
                                 "#e09a9a; border-radius: 4px; padding: 6px; }");
}

QString neutralBanner()
{
    return QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; "
                          "padding: 6px; }");
}

} // namespace

JobControl AuditTab::startJob()
{
    m_cancel = std::make_shared<CancelToken>();
    m_progress->setValue(0);
    setBusy(true);
    JobControl job;
    job.cancel = m_cancel.get();
    job.progress = [this](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
        QMetaObject::invokeMethod(
            this, [this, percent] { m_progress->setValue(percent); }, Qt::QueuedConnection);
    };
    return job;
}

void AuditTab::cancel()
{
    if (m_busy && m_cancel)
        m_cancel->cancel();
}

void AuditTab::verify()
{
    verifyTrusted(std::nullopt);
}

void AuditTab::verifyAgainstSaved()
{
    if (m_busy)
        return;
    const QString path = FileDialog::openFile(this,
                                              tr("The checkpoint you kept"),
                                              QString(),
                                              tr("Signed notes (*.note);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Not verified"), file.errorString());
        return;
    }
    auto checkpoint = Checkpoint::parse(file.read(SignedNote::kMaxNoteBytes + 1));
    if (!checkpoint) {
        MessageBox::critical(this,
                             tr("Not verified"),
                             tr("%1 is not a signed checkpoint: %2")
                                 .arg(QDir::toNativeSeparators(path), checkpoint.error().message));
        return;
    }
    verifyTrusted(*checkpoint);
}

void AuditTab::verifyTrusted(const std::optional<Checkpoint> &trusted)
{
    if (m_busy || !m_workspace->isUnlocked())
        return;
    m_report.reset();
    m_verdict->hide();
    m_showBad->hide();
    m_progress->setFormat(tr("Verifying… %p%"));
    Q_EMIT statusMessage(tr("Verifying the audit log…"));
    const JobControl job = startJob();
    // While busy nothing else calls the workspace (the tab is disabled and the window keeps
    // the other tabs away), so the worker is its only user.
    m_verifying.setFuture(
        QtConcurrent::run(jobPool(), [ws = m_workspace, trusted, job, token = m_cancel] {
            return ws->verifyAudit(trusted, job);
        }));
}

void AuditTab::onVerified()
{
    const Result<AuditVerifyReport> result = m_verifying.result();
    m_cancel.reset();
    setBusy(false);
    if (!result) {
        const bool cancelled = result.error().code == ErrorCode::Cancelled;
        m_verdict->setStyleSheet(cancelled ? neutralBanner() : banner(false));
        m_verdict->setText(
            (cancelled ? tr("Verification cancelled: nothing was concluded.")
                       : tr("The log could not be verified: %1").arg(result.error().message))
                .toHtmlEscaped());
        m_verdict->show();
        Q_EMIT statusMessage(cancelled ? tr("Verification cancelled.") : tr("Verification failed."));
        Q_EMIT verifyFinished(false);
        return;
    }
    m_report = *result;
    showVerdict(*result);
    Q_EMIT statusMessage(result->verdict());
    Q_EMIT verifyFinished(result->ok);
}

void AuditTab::showVerdict(const AuditVerifyReport &report)
{
    const QLocale locale;
    QString headline;
    if (report.ok && report.verifiedUpTo > 0)
        headline = tr("All good up to checkpoint %1").arg(locale.toString(report.verifiedUpTo));
    else if (report.ok)
        headline = tr("All good (no checkpoint yet)");
    else if (report.firstBadSeq > 0)
        headline = tr("First broken entry %1: %2")
                       .arg(locale.toString(report.firstBadSeq), report.problem);
    else
        headline = tr("The log does not verify: %1").arg(report.problem);
    const QString glyph = report.ok ? QStringLiteral("\u2714") : QStringLiteral("\u2716");
    const QString checked = tr("%1 entries and %2 signed checkpoints checked: hash chain, Merkle "
                               "roots and signatures.")
                                .arg(locale.toString(report.entries),
                                     locale.toString(report.checkpoints));
    QString text = QStringLiteral("<b>%1 %2</b><br>%3")
                       .arg(glyph, headline.toHtmlEscaped(), checked.toHtmlEscaped());
    if (!report.ok && report.verifiedUpTo > 0)
        text += QStringLiteral("<br>")
                + tr("The log verifies up to the checkpoint of %1 entries.")
                      .arg(locale.toString(report.verifiedUpTo))
                      .toHtmlEscaped();
    for (const QString &warning : report.warnings)
        text += QStringLiteral("<br>") + warning.toHtmlEscaped();
    m_verdict->setStyleSheet(banner(report.ok));
    m_verdict->setText(text);
    m_verdict->show();
    m_showBad->setText(tr("Sho&w entry %1").arg(locale.toString(report.firstBadSeq)));
    m_showBad->setVisible(!report.ok && report.firstBadSeq > 0);
}

void AuditTab::exportPack()
{
    if (m_busy)
        return;
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Choose a folder for the evidence pack"));
    if (!folder.isEmpty())
        exportPackTo(folder);
}

void AuditTab::exportPackTo(const QString &folder)
{
    if (m_busy || !m_workspace->isUnlocked())
        return;
    QString target = folder;
    const QDir dir(folder);
    if (dir.exists()
        && !dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty())
        target = dir.filePath(
            QStringLiteral("mizan-evidence-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    m_progress->setFormat(tr("Exporting… %p%"));
    Q_EMIT statusMessage(tr("Writing the evidence pack…"));
    const JobControl job = startJob();
    m_exporting.setFuture(QtConcurrent::run(
        jobPool(), [ws = m_workspace, target, filter = m_model->filter(), job, token = m_cancel] {
            return ws->exportAuditPack(target, filter, job);
        }));
}

void AuditTab::onExported()
{
    const Result<EvidencePack::Written> result = m_exporting.result();
    m_cancel.reset();
    setBusy(false);
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled) {
            Q_EMIT statusMessage(tr("The export was cancelled; no pack was written."));
        } else {
            MessageBox::critical(this,
                                 tr("Evidence pack not written"),
                                 result.error().message,
                                 result.error().detail);
        }
        Q_EMIT exportFinished(false);
        return;
    }
    const QLocale locale;
    MessageBox::information(this,
                            tr("Evidence pack written"),
                            tr("The evidence pack is in %1: %2 entries, up to the signed "
                               "checkpoint of %3 entries. Its VERIFY.md says how to check it "
                               "without Mizan.")
                                .arg(QDir::toNativeSeparators(result->dir),
                                     locale.toString(result->entries),
                                     locale.toString(result->headSize)));
    Q_EMIT statusMessage(
        tr("Evidence pack written to %1.").arg(QDir::toNativeSeparators(result->dir)));
    Q_EMIT exportFinished(true);
}

void AuditTab::showCheckpointHistory()
{
    if (m_busy)
        return;
    auto checkpoints = m_workspace->auditCheckpoints();
    if (!checkpoints) {
        MessageBox::critical(this, tr("Checkpoint history"), checkpoints.error().message);
        return;
    }
    AuditCheckpointsDialog dialog(std::move(*checkpoints), this);
    dialog.exec();
}

void AuditTab::signCheckpoint()
{
    if (m_busy)
        return;
    const QString path = FileDialog::saveFile(this,
                                              tr("Save the signed checkpoint"),
                                              QStringLiteral("mizan-checkpoint-%1.note")
                                                  .arg(QDateTime::currentDateTime().toString(
                                                      QStringLiteral("yyyyMMdd-HHmmss"))),
                                              tr("Signed notes (*.note);;All files (*)"));
    if (path.isEmpty())
        return;
    auto checkpoint = m_workspace->auditCheckpointNow();
    if (!checkpoint) {
        MessageBox::critical(this, tr("Checkpoint not signed"), checkpoint.error().message);
        return;
    }
    if (auto saved = saveAuditNote(path, checkpoint->note); !saved) {
        MessageBox::critical(this,
                             tr("Checkpoint not saved"),
                             tr("The checkpoint was signed and is kept in the workspace, but %1")
                                 .arg(saved.error().message));
        return;
    }
    MessageBox::information(this,
                            tr("Checkpoint signed"),
                            tr("The checkpoint of %1 entries, signed by the workspace and "
                               "co-signed by you, is in %2. Keep it outside the workspace: "
                               "verifying against it later proves that the log only grew.")
                                .arg(QLocale().toString(checkpoint->checkpoint.size),
                                     QDir::toNativeSeparators(path)));
    Q_EMIT statusMessage(
        tr("Checkpoint of %1 entries signed.").arg(QLocale().toString(checkpoint->checkpoint.size)));
}

} // namespace mizan
