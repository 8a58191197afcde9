#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "governance/DecisionDialog.h"
#include "governance/RiskAssessment.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace mizan {

class ApprovalQueueModel;
class AssessmentView;
class ComparisonView;
class ModelHistoryModel;
class OutcomesView;
class TimelineChart;
class Workspace;
struct ModelVersion;

/**
 * @brief The Approval Queue tab (every role: models.view): the model versions waiting for a
 * decision (or all of them) with their risk badges and revalidation dates; for the version
 * chosen, its risk assessment, the comparison with the deployed version, its model card and its
 * signed history with the deployment timeline.
 *
 * Data scientists submit their drafts; risk officers assess, approve, reject, deploy, roll back
 * and retire. Every decision goes through a dialog that asks for the comment or reason and the
 * password again; the core checks the permission, four eyes and the policy gates, signs the
 * event with the person's key and audits it, so the buttons only spare people a refusal they
 * would get anyway. Assessment (and submission, which assesses) scores the reference lead set
 * on a worker thread with progress and Cancel; while it runs the window keeps the other tabs
 * away (busyChanged). UI thread.
 */
class ApprovalTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalTab)

public:
    explicit ApprovalTab(std::shared_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~ApprovalTab() override;

    void setWorkspaceInUse(std::function<bool()> inUse) { m_workspaceInUse = std::move(inUse); }
    bool isBusy() const { return m_busy; }

    /** @brief The version chosen in the queue (0: none). */
    qint64 selectedId() const;
    bool selectVersion(qint64 id);
    /**
     * @brief Carries out `decision` on version `id` with `input` (what the dialog gathers): the
     * password is confirmed, then the workspace decides. Shows the outcome; false when refused.
     */
    bool decide(Decision decision, qint64 id, DecisionInput input);
    /** @brief Starts assessing (or, for Submit, submitting) `id` on the reference set chosen. */
    void startAssessment(qint64 id, const QString &justification = {});
    /** @brief The reference lead set chosen (0: none). */
    qint64 referenceLeadSet() const;
    /** @brief Stores the approval policy through the workspace (models.gates; audited). */
    bool applyPolicy(const GovernancePolicy &policy);
    /** @brief Imports actual outcomes from a CSV file (leads.import); shows alerts it raised. */
    bool importOutcomesFrom(const QString &path);
    /** @brief Writes the chosen version's model card (Markdown or, for ".pdf", PDF). */
    bool exportCardTo(const QString &path);

    ApprovalQueueModel *queueModel() const { return m_queue; }
    ModelHistoryModel *historyModel() const { return m_history; }
    QTableView *queueView() const { return m_queueView; }
    QComboBox *showCombo() const { return m_showCombo; }
    QComboBox *referenceCombo() const { return m_referenceCombo; }
    AssessmentView *assessmentView() const { return m_assessment; }
    ComparisonView *comparisonView() const { return m_comparison; }
    TimelineChart *timelineChart() const { return m_timeline; }
    QTextBrowser *cardView() const { return m_card; }
    OutcomesView *outcomesView() const { return m_outcomes; }
    QPushButton *outcomesButton() const { return m_outcomesButton; }
    QPushButton *policyButton() const { return m_policyButton; }
    QTabWidget *detailTabs() const { return m_details; }
    QLabel *deployedLabel() const { return m_deployedLabel; }
    QPushButton *assessButton() const { return m_assessButton; }
    QPushButton *submitButton() const { return m_submitButton; }
    QPushButton *approveButton() const { return m_approveButton; }
    QPushButton *rejectButton() const { return m_rejectButton; }
    QPushButton *deployButton() const { return m_deployButton; }
    QPushButton *rollbackButton() const { return m_rollbackButton; }
    QPushButton *retireButton() const { return m_retireButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

public Q_SLOTS:
    /** @brief Reads the registry again (keeps the selection). */
    void refresh();
    void assessSelected();
    /** @brief Opens the decision dialog for the chosen version. */
    void openDecision(Decision decision);
    void exportCard();
    void importOutcomes();
    /** @brief Opens the approval-policy editor (risk officers). */
    void editPolicy();
    void cancel();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void busyChanged(bool busy);
    /** @brief An assessment or submission finished (false: failed or cancelled). */
    void assessed(bool ok);
    /** @brief A decision was recorded (the registry changed). */
    void decided(Decision decision, qint64 id);

private:
    struct JobResult
    {
        Result<RiskAssessment> result;
        qint64 id = 0;
        bool submitted = false;
    };

    QWidget *buildToolbar();
    void showSelected();
    void showCardIfShown();
    /** @brief The Outcomes page, computed when it is opened (on a worker, briefly). */
    void showOutcomesIfShown();
    void updateActions();
    void setBusy(bool busy);
    bool workspaceFree();
    void onJobFinished();
    void fillReferenceCombo();
    /** @brief The refusal or outcome of a call in words, in the status bar and a message box. */
    void reportFailure(const QString &what, const Error &error);

    std::shared_ptr<Workspace> m_workspace;
    std::function<bool()> m_workspaceInUse;
    QString m_userName;
    qint64 m_cardShownFor = 0;
    qint64 m_outcomesShownFor = 0;
    std::optional<RiskAssessment> m_shownAssessment;
    bool m_busy = false;
    std::shared_ptr<CancelToken> m_cancel;
    QFutureWatcher<JobResult> m_job;

    ApprovalQueueModel *m_queue = nullptr;
    ModelHistoryModel *m_history = nullptr;
    QTableView *m_queueView = nullptr;
    QTableView *m_historyView = nullptr;
    QComboBox *m_showCombo = nullptr;
    QComboBox *m_referenceCombo = nullptr;
    QLabel *m_deployedLabel = nullptr;
    QTabWidget *m_details = nullptr;
    AssessmentView *m_assessment = nullptr;
    ComparisonView *m_comparison = nullptr;
    QTextBrowser *m_card = nullptr;
    OutcomesView *m_outcomes = nullptr;
    TimelineChart *m_timeline = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_assessButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_deployButton = nullptr;
    QPushButton *m_rollbackButton = nullptr;
    QPushButton *m_retireButton = nullptr;
    QPushButton *m_cardButton = nullptr;
    QPushButton *m_outcomesButton = nullptr;
    QPushButton *m_policyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace mizan
