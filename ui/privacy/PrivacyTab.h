#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "explain/ExplanationReport.h"
#include "workspace/SubjectAccess.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTreeWidget;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace mizan {

class TextTableModel;
class Workspace;

/**
 * @brief The Privacy tab (privacy officer: privacy.export, privacy.erase, privacy.hold): find a
 * data subject, prepare their subject access export (everything held, and the letter that
 * explains the automated decision, in English or Arabic) and save it as JSON and PDF, erase them
 * (the password again), place and lift legal holds, and read the erasure register.
 *
 * The core checks permissions, masks and audits; the tab only spares people a refusal they would
 * get anyway. Preparing an export explains the lead (TreeSHAP and a counterfactual search) on a
 * worker thread with progress and Cancel; while it runs the window keeps the other tabs away
 * (busyChanged). UI thread.
 */
class PrivacyTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyTab)

public:
    explicit PrivacyTab(std::shared_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~PrivacyTab() override;

    void setWorkspaceInUse(std::function<bool()> inUse) { m_workspaceInUse = std::move(inUse); }
    bool isBusy() const { return m_busy; }

    /** @brief Searches for subjects by reference or personal data; false when refused. */
    bool find(const QString &query);
    /** @brief The subject chosen in the results (empty: none). */
    QString selectedSubject() const;
    bool selectSubject(const QString &ref);
    /** @brief Starts preparing the chosen subject's export on a worker thread. */
    void prepareAccess();
    /** @brief The export prepared last, if any (its letter is in the preview). */
    const std::optional<SubjectAccessExport> &prepared() const { return m_prepared; }
    ReportLanguage letterLanguage() const;
    void setLetterLanguage(ReportLanguage language);
    /** @brief Writes subject-access.json and letter-en.pdf / letter-ar.pdf into `folder`. */
    bool saveExportTo(const QString &folder);
    /** @brief Erases `ref` with the request reference after confirming the password. */
    bool erase(const QString &ref, const QString &request, SecureBytes password);
    bool placeHold(const QString &target, const QString &reason);
    /** @brief Stores the retention periods shown (retention.manage); false when refused. */
    bool saveRetentionPolicy();
    /** @brief Lists what retention would remove now (dry run) or removes it (apply). */
    bool runRetention(bool apply, const SecureBytes &password = {});
    /** @brief Traces "leadset:N" or "model:N" into the lineage tree. */
    bool traceLineage(const QString &target);
    bool liftHold(qint64 id, const QString &reason);
    void refresh();

    TextTableModel *subjectsModel() const { return m_subjects; }
    TextTableModel *holdsModel() const { return m_holds; }
    TextTableModel *erasuresModel() const { return m_erasures; }
    TextTableModel *retentionModel() const { return m_retention; }
    QTreeWidget *lineageTree() const { return m_lineage; }
    QSpinBox *retentionDays(int index) const { return m_days.value(index); }
    QTextBrowser *letterPreview() const { return m_letter; }
    QTabWidget *pages() const { return m_pages; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void busyChanged(bool busy);
    /** @brief A subject access export was prepared (ok) or failed or was cancelled. */
    void accessPrepared(bool ok);

private:
    struct AccessJob
    {
        Result<SubjectAccessExport> result;
    };

    QWidget *buildSubjectsPage();
    QWidget *buildHoldsPage();
    QWidget *buildErasuresPage();
    QWidget *buildRetentionPage();
    QWidget *buildLineagePage();
    void refreshRetention();
    void applyRetentionAsked();
    void setBusy(bool busy);
    bool workspaceFree();
    void updateActions();
    void showLetter();
    void reportFailure(const QString &title, const Error &error);
    void onAccessFinished();
    void eraseSelected();
    void placeHoldAsked();
    void liftHoldAsked();
    void saveExportAsked();

    std::shared_ptr<Workspace> m_workspace;
    std::function<bool()> m_workspaceInUse;
    QTabWidget *m_pages = nullptr;
    QLineEdit *m_query = nullptr;
    QPushButton *m_findButton = nullptr;
    QTableView *m_subjectsView = nullptr;
    TextTableModel *m_subjects = nullptr;
    QPushButton *m_prepareButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_eraseButton = nullptr;
    QComboBox *m_language = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_letter = nullptr;
    QTableView *m_holdsView = nullptr;
    TextTableModel *m_holds = nullptr;
    QPushButton *m_placeHoldButton = nullptr;
    QPushButton *m_liftHoldButton = nullptr;
    QTableView *m_erasuresView = nullptr;
    TextTableModel *m_erasures = nullptr;
    QList<QSpinBox *> m_days; ///< per data class, in RetentionPolicy's order
    QPushButton *m_savePolicyButton = nullptr;
    QPushButton *m_dryRunButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    TextTableModel *m_retention = nullptr;
    QLabel *m_retentionNotes = nullptr;
    QComboBox *m_lineageTarget = nullptr;
    QTreeWidget *m_lineage = nullptr;
    std::optional<SubjectAccessExport> m_prepared;
    QFutureWatcher<AccessJob> m_job;
    std::shared_ptr<CancelToken> m_cancel;
    bool m_busy = false;
};

} // namespace mizan
