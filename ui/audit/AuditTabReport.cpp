// The Audit tab's compliance report: made in core in the background (it verifies the whole
// log), then written as PDF or CSV on the UI thread.

#include "audit/AuditFilterBar.h"
#include "audit/AuditTab.h"
#include "audit/CompliancePdf.h"
#include "common/Background.h"
#include "common/Dialogs.h"
#include "common/DocumentPdf.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QProgressBar>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace mizan {

void AuditTab::writeReport()
{
    if (m_busy)
        return;
    const AuditFilter filter = m_filterBar->filter();
    const qint64 toMs = filter.toMs > 0 ? filter.toMs : QDateTime::currentMSecsSinceEpoch() + 1;
    const qint64 fromMs = filter.fromMs > 0 ? filter.fromMs : toMs - 30LL * 24 * 3600 * 1000;
    const QString name = QStringLiteral("mizan-compliance-%1.pdf")
                             .arg(
                                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd")));
    const QString path = FileDialog::saveFile(this,
                                              tr("Save the compliance report"),
                                              name,
                                              tr("PDF (*.pdf);;CSV (*.csv)"));
    if (!path.isEmpty())
        writeReportTo(path, fromMs, toMs);
}

void AuditTab::writeReportTo(const QString &path, qint64 fromMs, qint64 toMs)
{
    if (m_busy || !m_workspace->isUnlocked())
        return;
    m_reportPath = path;
    m_progress->setFormat(tr("Verifying for the report… %p%"));
    Q_EMIT statusMessage(tr("Writing the compliance report…"));
    const JobControl job = startJob();
    m_reporting.setFuture(
        QtConcurrent::run(jobPool(), [ws = m_workspace, fromMs, toMs, job, token = m_cancel] {
            return ws->complianceReport(fromMs, toMs, job);
        }));
}

void AuditTab::onReported()
{
    const Result<ComplianceReport> result = m_reporting.result();
    m_cancel.reset();
    setBusy(false);
    Result<> written = result ? Result<>() : Result<>(fail(result.error()));
    const auto marking = exportMarkingOf(m_workspace.get());
    if (result && !marking)
        written = fail(marking.error());
    if (result && marking) {
        if (m_reportPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
            QSaveFile file(m_reportPath);
            const QByteArray csv = marking->isEmpty() ? result->toCsv()
                                                      : marking->csvCommentLine() + result->toCsv()
                                                            + marking->csvCommentLine();
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
                written = fail(withFile(makeError(ErrorCode::Io,
                                                  tr("cannot write %1: %2")
                                                      .arg(QDir::toNativeSeparators(m_reportPath),
                                                           file.errorString())),
                                        m_reportPath));
        } else {
            written = writeCompliancePdf(*result, m_reportPath, *marking);
        }
    }
    if (!written) {
        if (written.error().code == ErrorCode::Cancelled)
            Q_EMIT statusMessage(tr("The report was cancelled; nothing was written."));
        else
            MessageBox::critical(this,
                                 tr("Compliance report not written"),
                                 written.error().message,
                                 written.error().detail);
        Q_EMIT reportFinished(false);
        return;
    }
    showVerdict(result->verification);
    Q_EMIT statusMessage(
        tr("Compliance report written to %1 (%2 entries in the period).")
            .arg(QDir::toNativeSeparators(m_reportPath), QLocale().toString(result->entries)));
    Q_EMIT reportFinished(true);
}

} // namespace mizan
