#pragma once

#include "audit/AuditVerifier.h"
#include "audit/ComplianceReport.h"
#include "audit/EvidencePack.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace mizan {

class AuditDetailPane;
class AuditFilterBar;
class AuditModel;
class Workspace;

/**
 * @brief The Audit tab (risk officers and auditors): browse the log a page at a time with
 * filters, read one entry with its hashes and its inclusion proof, verify the whole log in the
 * background (progress, Cancel, a plain verdict that leads to the first bad entry), export an
 * evidence pack, read the checkpoint history and sign a checkpoint to keep outside.
 *
 * Read-only: nothing here edits or deletes an entry. Every call goes through the Workspace, so
 * permissions and the audit entries of viewing, verifying and exporting happen in core.
 * Verification and export run on a worker thread; while one runs (isBusy) the tab calls the
 * workspace for nothing else, and the window keeps the other tabs away from it (busyChanged).
 */
class AuditTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTab)

public:
    explicit AuditTab(std::shared_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~AuditTab() override;

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    AuditFilterBar *filterBar() const { return m_filterBar; }
    AuditDetailPane *detailPane() const { return m_detail; }
    QLabel *verdictLabel() const { return m_verdict; }
    QPushButton *showBadEntryButton() const { return m_showBad; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isBusy() const { return m_busy; }
    /** @brief The last verification's report (none before the first, or after a cancel). */
    const std::optional<AuditVerifyReport> &lastReport() const { return m_report; }

public Q_SLOTS:
    /** @brief Reads the first page again with the filter bar's filter (the tab was shown). */
    void refresh();
    /** @brief Applies the filter bar (audited as audit.view by core). */
    void applyFilter();
    /** @brief Verifies the whole log in the background. */
    void verify();
    /** @brief Verifies that the log extends a checkpoint kept in a file (asks for it). */
    void verifyAgainstSaved();
    /** @brief Verifies against a checkpoint already read (tests, and verifyAgainstSaved). */
    void verifyTrusted(const std::optional<Checkpoint> &trusted);
    void cancel();
    /** @brief Asks for a folder, then exports the entries the filter shows. */
    void exportPack();
    /**
     * @brief Exports to `folder`: into it when it is empty or does not exist, else into a new
     * folder inside it named after the time.
     */
    void exportPackTo(const QString &folder);
    void showCheckpointHistory();
    /** @brief Asks for a file, signs a checkpoint of the log now and saves its note there. */
    void signCheckpoint();
    /**
     * @brief Asks for a file (PDF or CSV), then writes the compliance report of the filter's
     * time range (the last 30 days when it has none).
     */
    void writeReport();
    /** @brief Writes the report of [fromMs, toMs) to `path` (.csv: CSV, otherwise PDF). */
    void writeReportTo(const QString &path, qint64 fromMs, qint64 toMs);
    /** @brief Shows entry `seq` from the start of the log: clears the filter, selects it. */
    void showEntry(qint64 seq);

Q_SIGNALS:
    void statusMessage(const QString &message);
    /** @brief A worker thread holds the workspace (true) or gave it back (false). */
    void busyChanged(bool busy);
    void verifyFinished(bool ok);
    void exportFinished(bool ok);
    void reportFinished(bool ok);
    /** @brief The detail pane shows an entry (after a selection settles). */
    void entryShown(qint64 seq);

private:
    QWidget *buildActions();
    JobControl startJob();
    void setBusy(bool busy);
    void onVerified();
    void onExported();
    void onReported();
    void showVerdict(const AuditVerifyReport &report);
    void updateLoadedLabel();
    void loadDetail();
    qint64 currentSeq() const;

    std::shared_ptr<Workspace> m_workspace;
    AuditModel *m_model = nullptr;
    AuditFilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    AuditDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_verifySavedButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QPushButton *m_signButton = nullptr;
    QPushButton *m_reportButton = nullptr;
    QPushButton *m_showBad = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_loaded = nullptr;
    QTimer m_detailTimer;
    bool m_busy = false;
    std::shared_ptr<CancelToken> m_cancel;
    std::optional<AuditVerifyReport> m_report;
    QFutureWatcher<Result<AuditVerifyReport>> m_verifying;
    QFutureWatcher<Result<EvidencePack::Written>> m_exporting;
    QFutureWatcher<Result<ComplianceReport>> m_reporting;
    QString m_reportPath;
};

} // namespace mizan
