#pragma once

#include "common/Progress.h"
#include "data/Dataset.h"
#include "model/ModelBundle.h"
#include "model/Scorer.h"
#include "scoring/ScoreOrder.h"
#include "workspace/WorkspaceTypes.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mizan {

class ScoreFilterModel;
class ScoreHistogram;
class ScoreTableModel;
class Workspace;

/** @brief What a scoring job produced: immutable snapshots handed to the UI thread. */
struct ScoringOutcome
{
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const Scores> scores;
    std::shared_ptr<const ModelBundle> bundle;
    ScoreOrder order; ///< the rows in the table's sort order at the start, ordered by the job
};

/**
 * @brief The Scoring tab: choose a lead file (with its dataset spec) and a model bundle, score
 * in the background with progress and cancel, then read, filter, sort and export the results,
 * with a histogram of the scores and the band cut-offs.
 *
 * Loading and scoring run on a worker thread (QtConcurrent) over immutable inputs; the tab only
 * swaps in complete results, so a failed or cancelled job leaves the previous table as it was.
 * Errors are shown through MessageBox with the file, line or field they name.
 */
class ScoringTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoringTab)

public:
    explicit ScoringTab(QWidget *parent = nullptr);
    ~ScoringTab() override;

    /** @brief Sets the inputs without dialogs (the demo, tests); an empty spec means the model's. */
    void setInputs(const QString &leads, const QString &spec, const QString &model);
    /**
     * @brief Works on the workspace from now on: lead sets and models stored there, every
     * scoring run kept with its predictions (and checked and audited in core). File inputs hide.
     */
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    /** @brief Forgets the table, histogram and summary (sign-out: the next user sees none). */
    void clearResults();
    /** @brief Selects a stored lead set and model by id (the demo, tests). */
    void selectStored(qint64 leadSetId, qint64 modelId);
    QComboBox *leadSetCombo() const { return m_leadSetCombo; }
    QComboBox *modelCombo() const { return m_modelCombo; }
    /** @brief Which version scoring should use: deployed, fallback, or none (workspace mode). */
    QLabel *deploymentLabel() const { return m_deploymentLabel; }
    const std::optional<DeployedModel> &deployment() const { return m_deployment; }
    bool isBusy() const { return m_busy; }
    /**
     * @brief Whether the tab shows stored runs read-only instead of scoring: roles with leads.view
     * but without leads.score (risk and privacy officers). Score then reads the run kept last
     * for the lead set and model chosen (predictions.view, audited in core).
     */
    bool showsStoredScores() const;

    ScoreTableModel *tableModel() const { return m_model; }
    ScoreFilterModel *filterModel() const { return m_filter; }
    ScoreHistogram *histogram() const { return m_histogram; }
    QTableView *tableView() const { return m_table; }
    /** @brief The tab's actions with their shortcuts, for the window's menus (same objects). */
    QAction *openLeadsAction() const { return m_openLeadsAction; }
    QAction *openModelAction() const { return m_openModelAction; }
    QAction *scoreAction() const { return m_scoreAction; }
    QAction *exportAction() const { return m_exportAction; }
    /** @brief Explains the selected lead in the Explain tab (explainRequested). */
    QAction *explainAction() const { return m_explainAction; }
    /** @brief The model of the scores shown (null before a run): the Explain tab's in file mode. */
    std::shared_ptr<const ModelBundle> shownBundle() const { return m_shownBundle; }
    /** @brief The stored lead set and model of the scores shown (-1 unless on a workspace). */
    qint64 shownLeadSetId() const { return m_shownLeadSet; }
    qint64 shownModelId() const { return m_shownModel; }

public Q_SLOTS:
    void openLeads();
    void openSpec();
    void openModel();
    void score();
    void cancel();
    void exportScores();
    void refreshWorkspace();
    void importLeadsToWorkspace();
    void importModelToWorkspace();
    /** @brief Asks the Explain tab to explain the table's current lead. */
    void explainSelected();

Q_SIGNALS:
    /** @brief The user asked to explain a lead: its row in the lead set and its id. */
    void explainRequested(qint64 row, const QString &leadId);
    void scoringFinished(bool succeeded);
    void exportFinished(bool succeeded);
    void statusMessage(const QString &message);

private:
    void updateDeploymentText();
    void buildUi();
    QWidget *buildWorkspaceInputs(QWidget *parent);
    void scoreInWorkspace();
    /** @brief Without a workspace: the chosen lead file and model bundle (ScoringFiles.cpp). */
    void scoreFiles();
    /** @brief Read-only roles: the run kept last for the lead set and model chosen, in the table. */
    void showStoredInWorkspace();
    /** @brief The run kept last for that lead set and model (0: any); none after saying why. */
    std::optional<ScoringRunInfo> latestRun(qint64 leadSetId, qint64 modelId);
    /** @brief "Stored scores of run 3, kept by nour on …; read-only." */
    QString storedRunText() const;
    /** @brief A new cancel token, busy state and a JobControl reporting to the progress bar. */
    JobControl startJob();
    void createActions();
    void setBusy(bool busy);
    void updateInputLabels();
    void updateFilter();
    void onScoringDone();
    void showOutcome(const ScoringOutcome &outcome);
    QString folderSetting(const char *key) const;
    void rememberFolder(const char *key, const QString &file);

    QAction *m_openLeadsAction = nullptr;
    QAction *m_openModelAction = nullptr;
    QAction *m_scoreAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_explainAction = nullptr;
    QPushButton *m_explainButton = nullptr;
    std::shared_ptr<const ModelBundle> m_shownBundle;
    qint64 m_shownLeadSet = -1;
    qint64 m_shownModel = -1;
    qint64 m_runLeadSet = -1; ///< of the workspace run in progress
    qint64 m_runModel = -1;
    QString m_leadsPath;
    QString m_specPath;
    QString m_modelPath;
    QString m_modelDescription; ///< file, name and test AUC once the model has been read
    bool m_busy = false;
    std::shared_ptr<CancelToken> m_cancel;
    QFutureWatcher<Result<ScoringOutcome>> m_scoring;
    QFutureWatcher<Result<>> m_exporting;

    ScoreTableModel *m_model = nullptr;
    ScoreFilterModel *m_filter = nullptr;
    ScoreHistogram *m_histogram = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_leadsLabel = nullptr;
    QLabel *m_specLabel = nullptr;
    QLabel *m_modelLabel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_bandSummary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_leadsButton = nullptr;
    QPushButton *m_specButton = nullptr;
    QPushButton *m_modelButton = nullptr;
    QPushButton *m_scoreButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_band = nullptr;
    QDoubleSpinBox *m_minimum = nullptr;
    QDoubleSpinBox *m_maximum = nullptr;
    std::shared_ptr<Workspace> m_workspace;
    QWidget *m_fileInputs = nullptr;
    QWidget *m_workspaceInputs = nullptr;
    QComboBox *m_leadSetCombo = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QLabel *m_deploymentLabel = nullptr;
    std::optional<DeployedModel> m_deployment;
    std::optional<ScoringRunInfo> m_storedRun; ///< the stored run shown or being read
    QString m_registryProblem;
};

} // namespace mizan
