// The Scoring tab on a workspace: stored lead sets and models, runs kept with their predictions.

#include "common/Background.h"
#include "common/Dialogs.h"
#include "scoring/ScoreFilterModel.h"
#include "scoring/ScoringTab.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace mizan {

QWidget *ScoringTab::buildWorkspaceInputs(QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("workspaceInputs"));
    m_leadSetCombo = new QComboBox(box);
    m_leadSetCombo->setObjectName(QStringLiteral("leadSetCombo"));
    m_modelCombo = new QComboBox(box);
    m_modelCombo->setObjectName(QStringLiteral("modelCombo"));
    for (QComboBox *combo : {m_leadSetCombo, m_modelCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *importLeads = new QPushButton(tr("&Import leads…"), box);
    importLeads->setObjectName(QStringLiteral("importLeadsButton"));
    auto *importModel = new QPushButton(tr("Import &model…"), box);
    importModel->setObjectName(QStringLiteral("importModelButton"));
    connect(importLeads, &QPushButton::clicked, this, &ScoringTab::importLeadsToWorkspace);
    connect(importModel, &QPushButton::clicked, this, &ScoringTab::importModelToWorkspace);
    const auto row = [box](QComboBox *combo, QPushButton *button) {
        auto *line = new QHBoxLayout;
        line->addWidget(combo, 1);
        line->addWidget(button);
        return line;
    };
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    auto *setLabel = new QLabel(tr("Lead &set:"), box);
    setLabel->setBuddy(m_leadSetCombo);
    auto *modelLabel = new QLabel(tr("Mo&del:"), box);
    modelLabel->setBuddy(m_modelCombo);
    form->addRow(setLabel, row(m_leadSetCombo, importLeads));
    form->addRow(modelLabel, row(m_modelCombo, importModel));
    m_deploymentLabel = new QLabel(box);
    m_deploymentLabel->setObjectName(QStringLiteral("deploymentLabel"));
    m_deploymentLabel->setWordWrap(true);
    m_deploymentLabel->setTextFormat(Qt::RichText);
    form->addRow(m_deploymentLabel);
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, &ScoringTab::updateDeploymentText);
    return box;
}

void ScoringTab::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_fileInputs->setVisible(!m_workspace);
    m_workspaceInputs->setVisible(bool(m_workspace));
    m_openLeadsAction->setVisible(!m_workspace);
    m_openModelAction->setVisible(!m_workspace);
    // Roles that see leads but score none (leads.view without leads.score: risk and privacy
    // officers) read the runs others kept, read-only; the core checks and audits the reading.
    const bool canScore = !m_workspace || m_workspace->can(Permission::LeadsScore);
    m_scoreButton->setText(!m_workspace ? tr("&Score")
                           : canScore   ? tr("&Score and keep")
                                        : tr("&Show stored scores"));
    m_scoreAction->setText(canScore ? tr("&Score") : tr("&Show stored scores"));
    m_scoreButton->setVisible(true);
    m_scoreAction->setVisible(true);
    m_scoreAction->setEnabled(true);
    // Explaining a single lead needs leads.explain; without it the Explain tab has no lead page.
    const bool canExplain = !m_workspace || m_workspace->can(Permission::LeadsExplain);
    m_explainButton->setVisible(canExplain);
    m_explainAction->setVisible(canExplain);
    if (m_workspace) {
        const bool canImportLeads = m_workspace->can(Permission::LeadsImport);
        const bool canImportModels = m_workspace->can(Permission::ModelsImport);
        m_workspaceInputs->findChild<QPushButton *>(QStringLiteral("importLeadsButton"))
            ->setVisible(canImportLeads);
        m_workspaceInputs->findChild<QPushButton *>(QStringLiteral("importModelButton"))
            ->setVisible(canImportModels);
        m_exportAction->setVisible(true);
        m_exportAction->setEnabled(true);
        refreshWorkspace();
    }
    setBusy(m_busy);
}

bool ScoringTab::showsStoredScores() const
{
    return m_workspace && !m_workspace->can(Permission::LeadsScore)
           && m_workspace->can(Permission::LeadsView);
}

std::optional<ScoringRunInfo> ScoringTab::latestRun(qint64 leadSetId, qint64 modelId)
{
    auto runs = m_workspace->scoringRuns();
    if (!runs) {
        Q_EMIT statusMessage(runs.error().message);
        return std::nullopt;
    }
    std::optional<ScoringRunInfo> latest; // the runs come in the order they were kept
    for (const ScoringRunInfo &run : *runs)
        if ((leadSetId == 0 || run.leadSetId == leadSetId)
            && (modelId == 0 || run.modelId == modelId))
            latest = run;
    return latest;
}

void ScoringTab::showStoredInWorkspace()
{
    if (m_busy || m_leadSetCombo->currentIndex() < 0 || m_modelCombo->currentIndex() < 0
        || !showsStoredScores())
        return;
    const qint64 set = m_leadSetCombo->currentData().toLongLong();
    const qint64 model = m_modelCombo->currentData().toLongLong();
    m_storedRun = latestRun(set, model);
    if (!m_storedRun) {
        Q_EMIT statusMessage(tr("No scores of this lead set with this model are stored yet: an "
                                "analyst or a data scientist scores them."));
        Q_EMIT scoringFinished(false);
        return;
    }
    Q_EMIT statusMessage(tr("Reading the stored scores of %1…").arg(m_leadSetCombo->currentText()));
    const JobControl job = startJob();
    // As for a scoring run, nothing else in the UI calls the workspace while the job reads it.
    m_scoring.setFuture(QtConcurrent::run(
        jobPool(),
        [ws = m_workspace,
         run = *m_storedRun,
         column = m_filter->sortColumn(),
         order = m_filter->sortOrder(),
         job,
         token = m_cancel]() -> Result<ScoringOutcome> {
            MIZAN_TRY(bundle, ws->loadModel(run.modelId));
            MIZAN_TRY(data, ws->loadLeadSet(run.leadSetId, job));
            MIZAN_TRY(stored, ws->predictions(run.id));
            const size_t rows = size_t(data.rowCount());
            if (stored.size() != rows)
                return fail(ErrorCode::InvalidInput,
                            QCoreApplication::translate("mizan::ScoringTab",
                                                        "Run %1 kept %2 scores, but its lead set "
                                                        "now holds %3 leads.")
                                .arg(run.id)
                                .arg(stored.size())
                                .arg(rows));
            Scores scores;
            scores.margins.resize(rows);
            scores.probabilities.resize(rows);
            scores.bands.resize(rows);
            scores.modelSha256 = run.modelSha256;
            scores.inputSha256 = run.inputSha256;
            for (const StoredPrediction &p : stored) {
                if (p.rowIndex < 0 || size_t(p.rowIndex) >= rows)
                    return fail(ErrorCode::Integrity,
                                QCoreApplication::translate("mizan::ScoringTab",
                                                            "Run %1 holds a score for row %2, "
                                                            "which its lead set does not have.")
                                    .arg(run.id)
                                    .arg(p.rowIndex));
                const size_t i = size_t(p.rowIndex);
                scores.margins[i] = float(p.margin);
                scores.probabilities[i] = p.probability;
                const qsizetype band = bundle.bands.labels.indexOf(p.band);
                scores.bands[i] = uint8_t(band >= 0 ? band : bundle.bands.bandOf(p.probability));
            }
            ScoringOutcome outcome;
            outcome.data = std::make_shared<const Dataset>(std::move(data));
            outcome.scores = std::make_shared<const Scores>(std::move(scores));
            outcome.bundle = std::make_shared<const ModelBundle>(std::move(bundle));
            outcome.order = ScoreOrder::compute(*outcome.data, *outcome.scores, column, order);
            return outcome;
        }));
}

QString ScoringTab::storedRunText() const
{
    if (!m_storedRun)
        return {};
    return tr("Stored scores of run %1, kept by %2 on %3; read-only.")
        .arg(m_storedRun->id)
        .arg(m_storedRun->scoredBy,
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_storedRun->scoredMs),
                                QLocale::ShortFormat));
}

void ScoringTab::refreshWorkspace()
{
    if (!m_workspace)
        return;
    const QVariant set = m_leadSetCombo->currentData();
    const QVariant model = m_modelCombo->currentData();
    m_leadSetCombo->clear();
    m_modelCombo->clear();
    if (auto sets = m_workspace->leadSets()) {
        for (const LeadSetInfo &s : *sets)
            m_leadSetCombo->addItem(tr("%1 (%2 leads, %3)")
                                        .arg(s.name, QLocale().toString(s.rows), s.sourceFile),
                                    s.id);
    } else {
        Q_EMIT statusMessage(sets.error().message);
    }
    // Every version with its signed state; the deployed one (or its fallback) is the default.
    m_deployment.reset();
    m_registryProblem.clear();
    if (auto used = m_workspace->deployedModel())
        m_deployment = *used;
    auto versions = m_workspace->modelVersions();
    if (!versions) {
        m_registryProblem = versions.error().message;
        Q_EMIT statusMessage(versions.error().message);
    } else {
        for (const ModelVersion &v : *versions)
            m_modelCombo->addItem(tr("%1 (#%2, %3, version %4…)")
                                      .arg(v.info.name)
                                      .arg(v.info.id)
                                      .arg(modelStateDisplayName(v.record.state),
                                           QString::fromLatin1(v.info.modelSha256.left(12))),
                                  v.info.id);
    }
    int chosenSet = m_leadSetCombo->findData(set);
    int chosen = m_modelCombo->findData(model);
    // Read-only roles start on the run kept last: there is something to show.
    if (showsStoredScores() && chosenSet < 0 && chosen < 0) {
        if (const auto latest = latestRun(0, 0)) {
            chosenSet = m_leadSetCombo->findData(latest->leadSetId);
            chosen = m_modelCombo->findData(latest->modelId);
        }
    }
    m_leadSetCombo->setCurrentIndex(std::max(0, chosenSet));
    if (chosen < 0 && m_deployment)
        chosen = m_modelCombo->findData(m_deployment->modelId);
    m_modelCombo->setCurrentIndex(std::max(0, chosen));
    updateDeploymentText();
    updateInputLabels();
}

void ScoringTab::updateDeploymentText()
{
    if (!m_workspace || !m_deploymentLabel)
        return;
    const QString red = QStringLiteral("<span style='color:#b01c2e'><b>%1</b></span> %2");
    if (!m_registryProblem.isEmpty()) {
        m_deploymentLabel->setText(red.arg(tr("The model registry failed its checks:"),
                                           m_registryProblem.toHtmlEscaped()));
        return;
    }
    const qint64 chosen = m_modelCombo->currentData().toLongLong();
    QString text;
    if (!m_deployment) {
        text = tr("No version is deployed: scores of any version are for evaluation only.");
    } else if (m_deployment->fallback) {
        QString problem = m_deployment->problem.trimmed();
        if (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        text = red.arg(tr("Fallback:"),
                       tr("the deployed version #%1 failed its checks at load (%2). Scoring uses "
                          "the previous approved version #%3; this was recorded in the audit log.")
                           .arg(m_deployment->intendedId)
                           .arg(problem.toHtmlEscaped())
                           .arg(m_deployment->modelId));
    } else {
        text = tr("Scoring uses the deployed version #%1.").arg(m_deployment->modelId);
    }
    if (m_deployment && chosen != 0 && chosen != m_deployment->modelId)
        text += QLatin1Char(' ')
                + red.arg(tr("Version #%1 is not the one approved for scoring:").arg(chosen),
                          tr("its scores are for evaluation only."));
    m_deploymentLabel->setText(text);
}

void ScoringTab::selectStored(qint64 leadSetId, qint64 modelId)
{
    m_leadSetCombo->setCurrentIndex(m_leadSetCombo->findData(leadSetId));
    m_modelCombo->setCurrentIndex(m_modelCombo->findData(modelId));
}

void ScoringTab::importLeadsToWorkspace()
{
    const QString csv = FileDialog::openFile(this,
                                             tr("Import a lead file"),
                                             folderSetting("leads"),
                                             tr("Lead files (*.csv *.txt);;All files (*)"));
    if (csv.isEmpty())
        return;
    const QString spec = FileDialog::openFile(this,
                                              tr("Its dataset spec"),
                                              QFileInfo(csv).absolutePath(),
                                              tr("Dataset specs (*.json);;All files (*)"));
    if (spec.isEmpty())
        return;
    rememberFolder("leads", csv);
    Workspace *ws = m_workspace.get();
    setBusy(true);
    m_progress->setRange(0, 0);
    const Result<LeadSetInfo> set = runInBackground([=] { return ws->importLeadSet(csv, spec); });
    m_progress->setRange(0, 100);
    setBusy(false);
    if (!set) {
        MessageBox::critical(this, tr("Import failed"), set.error().message, set.error().detail);
        return;
    }
    refreshWorkspace();
    m_leadSetCombo->setCurrentIndex(m_leadSetCombo->findData(set->id));
    Q_EMIT statusMessage(
        tr("Imported %1 leads into the workspace.").arg(QLocale().toString(set->rows)));
}

void ScoringTab::importModelToWorkspace()
{
    const QString bundle = FileDialog::openFile(this,
                                                tr("Import a model bundle"),
                                                folderSetting("model"),
                                                tr("Model bundles (*.json);;All files (*)"));
    if (bundle.isEmpty())
        return;
    rememberFolder("model", bundle);
    auto model = m_workspace->importModel(bundle);
    if (!model) {
        MessageBox::critical(this, tr("Import failed"), model.error().message, model.error().detail);
        return;
    }
    refreshWorkspace();
    m_modelCombo->setCurrentIndex(m_modelCombo->findData(model->id));
    Q_EMIT statusMessage(tr("The model %1 is now in the workspace.").arg(model->name));
}

void ScoringTab::scoreInWorkspace()
{
    if (showsStoredScores()) {
        showStoredInWorkspace();
        return;
    }
    if (m_busy || m_leadSetCombo->currentIndex() < 0 || m_modelCombo->currentIndex() < 0
        || !m_workspace->can(Permission::LeadsScore))
        return;
    const qint64 set = m_leadSetCombo->currentData().toLongLong();
    const qint64 model = m_modelCombo->currentData().toLongLong();
    Q_EMIT statusMessage(tr("Scoring %1…").arg(m_leadSetCombo->currentText()));
    const JobControl job = startJob();
    // While busy, nothing else in the UI calls the workspace (the tab and the window check
    // isBusy()), so the worker is its only user.
    m_scoring.setFuture(QtConcurrent::run(
        jobPool(),
        [ws = m_workspace,
         set,
         model,
         column = m_filter->sortColumn(),
         order = m_filter->sortOrder(),
         job,
         token = m_cancel]() -> Result<ScoringOutcome> {
            ScoredLeads scored;
            MIZAN_CHECK(ws->scoreLeadSet(set, model, job, &scored));
            ScoringOutcome outcome;
            outcome.data = std::make_shared<const Dataset>(std::move(scored.dataset));
            outcome.scores = std::make_shared<const Scores>(std::move(scored.scores));
            outcome.bundle = std::make_shared<const ModelBundle>(std::move(scored.bundle));
            outcome.order = ScoreOrder::compute(*outcome.data, *outcome.scores, column, order);
            return outcome;
        }));
}

} // namespace mizan
