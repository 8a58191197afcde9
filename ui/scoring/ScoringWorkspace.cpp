// The Scoring tab on a workspace: stored lead sets and models, runs kept with their predictions.

#include "common/Background.h"
#include "common/Dialogs.h"
#include "scoring/ScoreFilterModel.h"
#include "scoring/ScoringTab.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
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
    m_scoreButton->setText(m_workspace ? tr("&Score and keep") : tr("&Score"));
    if (m_workspace) {
        const bool canImportLeads = m_workspace->can(Permission::LeadsImport);
        const bool canImportModels = m_workspace->can(Permission::ModelsImport);
        m_workspaceInputs->findChild<QPushButton *>(QStringLiteral("importLeadsButton"))
            ->setVisible(canImportLeads);
        m_workspaceInputs->findChild<QPushButton *>(QStringLiteral("importModelButton"))
            ->setVisible(canImportModels);
        m_scoreButton->setVisible(m_workspace->can(Permission::LeadsScore));
        m_scoreAction->setEnabled(m_workspace->can(Permission::LeadsScore));
        m_scoreAction->setVisible(m_workspace->can(Permission::LeadsScore));
        m_exportAction->setVisible(true);
        m_exportAction->setEnabled(true);
        refreshWorkspace();
    }
    updateInputLabels();
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
    m_leadSetCombo->setCurrentIndex(std::max(0, m_leadSetCombo->findData(set)));
    int chosen = m_modelCombo->findData(model);
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
