#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "fairness/FairnessData.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabBar;
class QTabWidget;
class QTableView;

namespace mizan {

class AlertModel;
class DisparityModel;
class GroupBarChart;
class GroupMetricsModel;
class OptimizerModel;
class SweepChart;
class Workspace;

/**
 * @brief The Fairness tab (every role: fairness.view): how a stored model treats the groups of a
 * labelled stored lead set.
 *
 * Choose the model, the lead set, the sensitive attributes (all of the spec's, one, and an
 * intersection of two) and the decision threshold. Per attribute: the per-group table (with
 * bootstrap intervals on request and small groups flagged), a bar chart of one metric with the
 * overall level, fairlearn's disparities and AIF360's signed forms (against a privileged group
 * chosen here, the spec's by default) with the bias policy's verdicts, the threshold sweep, and
 * optionally fairlearn's ThresholdOptimizer (reported, not applied). Exports: PDF and CSV of the
 * aggregates. Risk officers (fairness.policy) edit the bias policy.
 *
 * Compute (and a change of model, lead set or attributes once a report is shown) asks the
 * Workspace for the official report: audited, with its verdicts stored. It runs on a worker
 * thread with progress and Cancel; while it runs (isBusy) the tab calls the workspace for
 * nothing else and the window keeps the other tabs away (busyChanged). Moving the threshold or
 * choosing another privileged group recomputes a preview locally, never through the workspace:
 * from the official report's row-level data (FairnessReport::compute on a worker) for users with
 * leads.view, else from its threshold sweeps (the confusion counts of every group at each
 * threshold 0, 0.01, ..., 1, which the slider's steps are). Instant, not audited, and labelled
 * as a preview until Compute records it. UI thread.
 */
class FairnessTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FairnessTab)

public:
    explicit FairnessTab(std::shared_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~FairnessTab() override;

    /**
     * @brief Tells the tab when another part of the window holds the workspace on a worker
     * thread: the tab then waits instead of calling it.
     */
    void setWorkspaceInUse(std::function<bool()> inUse) { m_workspaceInUse = std::move(inUse); }

    bool isBusy() const { return m_busy; }
    /** @brief A local preview is being computed (no workspace involved). */
    bool isPreviewing() const;
    /** @brief The last official (workspace) report, if any. */
    const std::optional<FairnessResult> &officialResult() const { return m_official; }
    /** @brief The report shown: the official one, or a preview at another threshold. */
    const FairnessReport *shownReport() const;
    const std::vector<BiasAlert> &shownAlerts() const;
    bool isPreview() const { return m_shown && m_shown->preview; }
    /** @brief The attribute whose details are shown. */
    QString shownAttribute() const;
    /** @brief What Compute asks the workspace for now. */
    FairnessQuery query() const;

    QComboBox *modelCombo() const { return m_modelCombo; }
    QComboBox *leadSetCombo() const { return m_leadSetCombo; }
    QComboBox *attributeCombo() const { return m_attributeCombo; }
    QComboBox *intersectCombo() const { return m_intersectCombo; }
    QComboBox *privilegedCombo() const { return m_privilegedCombo; }
    QComboBox *barMetricCombo() const { return m_barMetric; }
    QComboBox *sweepMetricCombo() const { return m_sweepMetric; }
    QSlider *thresholdSlider() const { return m_slider; }
    QDoubleSpinBox *thresholdSpin() const { return m_thresholdSpin; }
    QCheckBox *intervalsCheck() const { return m_intervals; }
    QSpinBox *seedSpin() const { return m_seed; }
    QCheckBox *optimizerCheck() const { return m_optimizer; }
    QPushButton *computeButton() const { return m_computeButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *policyButton() const { return m_policyButton; }
    QAction *pdfAction() const { return m_pdfAction; }
    QAction *csvAction() const { return m_csvAction; }
    QTabBar *attributeBar() const { return m_attributeBar; }
    QLabel *verdictLabel() const { return m_verdictLabel; }
    QLabel *stateLabel() const { return m_stateLabel; }
    GroupMetricsModel *groupModel() const { return m_groupModel; }
    DisparityModel *disparityModel() const { return m_disparityModel; }
    AlertModel *alertModel() const { return m_alertModel; }
    OptimizerModel *optimizerModel() const { return m_optimizerModel; }
    QTableView *groupView() const { return m_groupView; }
    GroupBarChart *barChart() const { return m_barChart; }
    SweepChart *sweepChart() const { return m_sweepChart; }

public Q_SLOTS:
    /** @brief Reads the workspace's models and lead sets again (keeps the selection). */
    void refreshWorkspace();
    /** @brief Asks the workspace for the official report (in the background). */
    void compute();
    void cancel();
    /** @brief Moves the threshold (slider and spin box follow) and previews it locally. */
    void setThreshold(double threshold);
    /** @brief Shows the details of attribute `name` of the report shown. */
    void showAttribute(const QString &name);
    /** @brief Opens the bias-policy editor (fairness.policy). */
    void editPolicy();
    /** @brief Stores `policy` through the workspace, then computes the report again. */
    bool applyPolicy(const BiasPolicy &policy);
    void exportPdf();
    void exportPdfTo(const QString &path);
    void exportCsv();
    void exportCsvTo(const QString &path);
    /** @brief Forgets every report shown. */
    void clearResults();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /** @brief A worker thread holds the workspace (true) or gave it back (false). */
    void busyChanged(bool busy);
    /** @brief The official report finished (false: failed or cancelled). */
    void computed(bool ok);
    /** @brief A local preview finished and is shown (false: it failed). */
    void previewed(bool ok);
    void exported(bool ok);

private:
    static constexpr int kResamples = 1000;            ///< bootstrap resamples of the intervals
    static constexpr int kNameRole = Qt::UserRole + 1; ///< a combo item's plain name
    static constexpr int kAttributesRole = Qt::UserRole + 2; ///< a lead set's attribute names

    /** @brief What the worker returns: the report and the ranking the previews reuse. */
    struct Official
    {
        Result<FairnessResult> result;
        std::shared_ptr<const RankedPredictions> ranked;
    };
    /** @brief The data a preview computes from: the official data with a privileged choice. */
    struct Source
    {
        std::shared_ptr<const FairnessData> data;
        std::shared_ptr<const RankedPredictions> ranked;
        QHash<QString, QString> privileged; ///< attribute -> its privileged group in `data`
    };
    struct Preview
    {
        Result<FairnessReport> report;
        std::vector<BiasAlert> alerts;
        Source source;
        quint64 generation = 0;
        double threshold = 0.5;
    };
    /** @brief Runs on a worker: from `base`'s data, else from `aggregates`' sweeps. */
    static Preview computePreview(const Source &base,
                                  const std::shared_ptr<const FairnessResult> &aggregates,
                                  const QHash<QString, QString> &privileged,
                                  const FairnessOptions &options,
                                  const BiasPolicy &policy,
                                  quint64 generation);
    struct Shown
    {
        FairnessReport report;
        std::vector<BiasAlert> alerts;
        bool preview = false;
    };

    QWidget *buildInputs();
    QWidget *buildDetails();
    void setBusy(bool busy);
    void updateInputs();
    bool workspaceFree();
    void onOfficial();
    void onPreview();
    /** @brief Previews the threshold and privileged groups set now (coalesced). */
    void schedulePreview();
    void startPreview();
    /** @brief The privileged group of every attribute of the official data, with the choices. */
    QHash<QString, QString> effectivePrivileged() const;
    bool previewNeeded() const;
    void showOfficial();
    void showShown();
    void showDetails();
    void leadSetChosen();
    /** @brief Records the export in the audit log; false (and a message) when it may not be written. */
    bool recordExport(const QString &format, const QString &path);
    void updateAttributeChoices(const QStringList &names);
    void updatePrivilegedChoices();
    void updateStateText();
    /** @brief The source's selection changed: a shown report is computed again. */
    void sourceChanged();

    std::shared_ptr<Workspace> m_workspace;
    std::function<bool()> m_workspaceInUse;
    // Read once: the tab is made again at each sign-in, and a worker may hold the workspace.
    QString m_userName;
    bool m_mayEditPolicy = false;
    std::optional<FairnessResult> m_official;
    QDateTime m_officialAt;
    QString m_officialModel;   ///< the model's name as the combo showed it
    QString m_officialLeadSet; ///< the lead set's
    qint64 m_officialModelId = 0;
    qint64 m_officialLeadSetId = 0;
    Source m_officialSource;
    Source m_source; ///< what previews start from (the official one, or a privileged variant)
    /** @brief The official report for previews from its sweeps (no row-level data given). */
    std::shared_ptr<const FairnessResult> m_aggregates;
    std::optional<Shown> m_shown;
    QStringList m_knownAttributes;        ///< the chosen lead set's sensitive attributes
    QHash<QString, QString> m_privileged; ///< the user's AIF360 reference groups
    quint64 m_generation = 0;             ///< bumped by each official report
    bool m_previewPending = false;

    bool m_busy = false;
    std::shared_ptr<CancelToken> m_cancel;
    QFutureWatcher<Official> m_job;
    QFutureWatcher<Preview> m_preview;

    QComboBox *m_modelCombo = nullptr;
    QComboBox *m_leadSetCombo = nullptr;
    QComboBox *m_attributeCombo = nullptr;
    QComboBox *m_intersectCombo = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_thresholdSpin = nullptr;
    QCheckBox *m_intervals = nullptr;
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_optimizer = nullptr;
    QPushButton *m_computeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_exportButton = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_csvAction = nullptr;
    QPushButton *m_policyButton = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QTabBar *m_attributeBar = nullptr;
    QComboBox *m_privilegedCombo = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr; ///< every warning of the attribute shown
    QComboBox *m_barMetric = nullptr;
    QComboBox *m_sweepMetric = nullptr;
    QTabWidget *m_sidePages = nullptr;
    QLabel *m_optimizerLabel = nullptr;

    GroupMetricsModel *m_groupModel = nullptr;
    DisparityModel *m_disparityModel = nullptr;
    AlertModel *m_alertModel = nullptr;
    OptimizerModel *m_optimizerModel = nullptr;
    QTableView *m_groupView = nullptr;
    QTableView *m_disparityView = nullptr;
    QTableView *m_alertView = nullptr;
    QTableView *m_optimizerView = nullptr;
    GroupBarChart *m_barChart = nullptr;
    SweepChart *m_sweepChart = nullptr;
};

} // namespace mizan
