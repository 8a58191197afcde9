#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "data/Dataset.h"
#include "explain/ExplanationReport.h"
#include "model/ModelBundle.h"
#include "workspace/WorkspaceTypes.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace mizan {

class BeeswarmChart;
class CounterfactualModel;
class ImportanceChart;
class LimeChart;
class WaterfallChart;
class WhatIfModel;
class Workspace;

/**
 * @brief The Explain tab: why one lead got its score, and what drives the model overall.
 *
 * For one lead (a row of the Scoring tab's file, or of a stored lead set with a stored model):
 * the SHAP waterfall (log-odds or the order-dependent probability view), LIME's weights with
 * their agreement with SHAP, the receipt that makes the explanation reproducible, a what-if
 * editor whose every edit recomputes SHAP at once, suggested changes that cross a threshold, and
 * a PDF report in English or Arabic. For the model: mean |SHAP| importance and a beeswarm over a
 * lead set.
 *
 * On a workspace every explanation goes through the Workspace facade, so permissions and the
 * audit entries (explain.view, explain.whatif, explain.global, leads.export for a report) are
 * core's. SHAP of one what-if lead runs on the UI thread (well under a millisecond); the first
 * explanation with LIME, the suggestions and the model view run on a worker thread with
 * progress and Cancel. While one runs (isBusy) the tab calls the workspace for nothing else and
 * the window keeps the other tabs away from it (busyChanged); what-if edits wait for it.
 */
class ExplainTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainTab)

public:
    explicit ExplainTab(QWidget *parent = nullptr);
    ~ExplainTab() override;

    /** @brief File mode: the leads and model the Scoring tab scored (null to forget them). */
    void setFileSource(std::shared_ptr<const Dataset> data,
                       std::shared_ptr<const ModelBundle> bundle);
    /** @brief Works on a signed-in workspace: stored lead sets and models, audited. */
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    /** @brief Reads the workspace's lead sets and models again (keeps the selection). */
    void refreshWorkspace();
    /**
     * @brief Tells the tab when another part of the window holds the workspace on a worker
     * thread (a scoring run): the tab then waits instead of calling it.
     */
    void setWorkspaceInUse(std::function<bool()> inUse) { m_workspaceInUse = std::move(inUse); }
    /** @brief Forgets every explanation shown (sign-out: the next user sees none). */
    void clearResults();
    /** @brief Selects a stored lead set and model by id. */
    void selectStored(qint64 leadSetId, qint64 modelId);

    /** @brief Explains row `row` of the current lead set or file (the spin box follows). */
    void explainRow(qint64 row, const QString &leadId = {});
    /** @brief The Scoring tab's "Explain" in workspace mode: that lead set, model and row. */
    void explainStored(qint64 leadSetId, qint64 modelId, qint64 row, const QString &leadId = {});

    bool isBusy() const { return m_busy; }
    QTabWidget *pages() const { return m_pages; }
    WaterfallChart *waterfall() const { return m_waterfall; }
    LimeChart *limeChart() const { return m_lime; }
    ImportanceChart *importanceChart() const { return m_importance; }
    BeeswarmChart *beeswarmChart() const { return m_beeswarm; }
    WhatIfModel *whatIfModel() const { return m_whatIf; }
    QTableView *whatIfView() const { return m_whatIfView; }
    CounterfactualModel *counterfactualModel() const { return m_counterfactuals; }
    QSpinBox *rowSpin() const { return m_rowSpin; }
    QLineEdit *idEdit() const { return m_idEdit; }
    QDoubleSpinBox *thresholdSpin() const { return m_threshold; }
    QComboBox *leadSetCombo() const { return m_leadSetCombo; }
    QComboBox *modelCombo() const { return m_modelCombo; }
    QAction *reportAction(ReportLanguage language) const;
    /** @brief The explanation shown: the lead as explained, or the what-if lead. */
    const std::optional<LeadExplanation> &explanation() const { return m_current; }
    const std::optional<LeadExplanation> &originalExplanation() const { return m_original; }
    const std::optional<GlobalExplanation> &globalExplanation() const { return m_global; }
    /** @brief The engines of the current model (null before a lead is explained). */
    std::shared_ptr<const Explainer> explainer() const { return m_explainer; }
    QString receiptText() const;
    /**
     * @brief What a report prints now: the lead shown, with LIME when it describes these values
     * and the suggestions when they were made for them; and who, when, which threshold.
     */
    LeadExplanation reportExplanation() const;
    ExplanationReportContext reportContext() const;

public Q_SLOTS:
    void explainCurrent();
    /** @brief Finds the lead whose id was typed (the spec's id column) and explains it. */
    void explainById();
    void cancel();
    void setProbabilityView(bool probability);
    void resetWhatIf();
    /** @brief Suggests changes to the lead shown that cross the threshold (in the background). */
    void suggestChanges();
    /** @brief Importance and beeswarm over the lead set or file (in the background). */
    void computeGlobal();
    void copyReceipt();
    /** @brief Asks for a file, then writes the report of the lead shown as PDF. */
    void exportReport(ReportLanguage language);
    void exportReportTo(ReportLanguage language, const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message);
    /** @brief A worker thread holds the workspace (true) or gave it back (false). */
    void busyChanged(bool busy);
    void explained(bool ok);
    /** @brief The score and waterfall follow a what-if edit (or a reset). */
    void whatIfUpdated();
    void counterfactualsFinished(bool ok);
    void globalFinished(bool ok);
    void reportFinished(bool ok);

private:
    QWidget *buildLeadPage();
    QWidget *buildSourceBar(QWidget *parent);
    QWidget *buildGlobalPage();
    JobControl startJob(QProgressBar *bar);
    void setBusy(bool busy);
    void updateInputs();
    void updateRowRange();
    /** @brief The explainer of the selected model (workspace) or the file's bundle. */
    Result<std::shared_ptr<const Explainer>> currentExplainer();
    void onExplained();
    void onSuggested();
    void onGlobal();
    void recomputeWhatIf();
    void showExplanation();
    void showLime();
    void showReceipt();
    void applySuggestion(int row);
    void forgetLead();
    /** @brief False (after saying so) while another job holds the workspace. */
    bool workspaceFree();
    /** @brief The lead sets the user may choose: all with leads.view, else fairness's list. */
    Result<std::vector<LeadSetInfo>> workspaceLeadSets();

    std::shared_ptr<Workspace> m_workspace;
    std::function<bool()> m_workspaceInUse;
    std::shared_ptr<const Dataset> m_data;
    std::shared_ptr<const ModelBundle> m_bundle;
    std::shared_ptr<const Explainer> m_explainer;
    std::shared_ptr<const Explainer> m_fileExplainer; ///< made once per file source
    QString m_sourceName;                             ///< the file's name (file mode)

    /** @brief Which lead: lead set (workspace), model, row, its id, and the engines used. */
    struct LeadRef
    {
        qint64 leadSetId = -1;
        qint64 modelId = -1;
        qint64 row = -1;
        QString leadId;
        QString source; ///< the lead set's or file's name, for the report
        std::shared_ptr<const Explainer> explainer;
    };
    LeadRef m_pending; ///< the lead being explained in the background
    LeadRef m_shown;   ///< the lead shown
    std::optional<LeadExplanation> m_original;
    std::optional<LeadExplanation> m_current;
    std::optional<Lead> m_suggestedFor; ///< the lead the listed suggestions start from
    std::optional<GlobalExplanation> m_global;
    bool m_whatIfPending = false;

    bool m_busy = false;
    std::shared_ptr<CancelToken> m_cancel;
    QProgressBar *m_activeProgress = nullptr;
    QFutureWatcher<Result<LeadExplanation>> m_explaining;
    QFutureWatcher<Result<LeadExplanation>> m_suggesting;
    /** @brief What the model-view job gives back: the view, and which features are categories. */
    struct GlobalOutcome
    {
        Result<GlobalExplanation> result;
        std::vector<bool> categorical; ///< per spec feature, for the beeswarm's colours
    };
    QFutureWatcher<GlobalOutcome> m_globalJob;

    QTabWidget *m_pages = nullptr;
    QWidget *m_fileInputs = nullptr;
    QLabel *m_fileLabel = nullptr;
    QWidget *m_workspaceInputs = nullptr;
    QComboBox *m_leadSetCombo = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QSpinBox *m_rowSpin = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QPushButton *m_explainButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QRadioButton *m_logOddsButton = nullptr;
    QRadioButton *m_probabilityButton = nullptr;
    QPushButton *m_reportButton = nullptr;
    QAction *m_reportEnglish = nullptr;
    QAction *m_reportArabic = nullptr;
    WaterfallChart *m_waterfall = nullptr;
    LimeChart *m_lime = nullptr;
    QLabel *m_limeLabel = nullptr;
    QLabel *m_agreementLabel = nullptr;
    QPlainTextEdit *m_receipt = nullptr;
    QPushButton *m_copyReceipt = nullptr;
    WhatIfModel *m_whatIf = nullptr;
    QTableView *m_whatIfView = nullptr;
    QPushButton *m_resetButton = nullptr;
    QLabel *m_whatIfMessage = nullptr;
    CounterfactualModel *m_counterfactuals = nullptr;
    QTableView *m_counterfactualView = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QComboBox *m_cutoffs = nullptr;
    QPushButton *m_suggestButton = nullptr;
    QLabel *m_suggestLabel = nullptr;
    QWidget *m_globalPage = nullptr;
    QWidget *m_leadPage = nullptr;
    QPushButton *m_globalButton = nullptr;
    QPushButton *m_globalCancel = nullptr;
    QProgressBar *m_globalProgress = nullptr;
    QLabel *m_globalLabel = nullptr;
    ImportanceChart *m_importance = nullptr;
    BeeswarmChart *m_beeswarm = nullptr;
};

} // namespace mizan
