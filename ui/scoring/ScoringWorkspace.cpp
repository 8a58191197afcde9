// The Scoring tab on a workspace: stored lead sets and models, runs kept with their predictions.

#include "common/Background.h"
#include "common/Dialogs.h"
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
    auto models = m_workspace->models();
    if (!models)
        Q_EMIT statusMessage(models.error().message);
    if (models) {
        for (const ModelInfo &m : *models)
            m_modelCombo->addItem(tr("%1 (version %2…)")
                                      .arg(m.name, QString::fromLatin1(m.modelSha256.left(12))),
                                  m.id);
    }
    m_leadSetCombo->setCurrentIndex(std::max(0, m_leadSetCombo->findData(set)));
    m_modelCombo->setCurrentIndex(std::max(0, m_modelCombo->findData(model)));
    updateInputLabels();
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
        [ws = m_workspace, set, model, job, token = m_cancel]() -> Result<ScoringOutcome> {
            ScoredLeads scored;
            MIZAN_CHECK(ws->scoreLeadSet(set, model, job, &scored));
            ScoringOutcome outcome;
            outcome.data = std::make_shared<const Dataset>(std::move(scored.dataset));
            outcome.scores = std::make_shared<const Scores>(std::move(scored.scores));
            outcome.bundle = std::make_shared<const ModelBundle>(std::move(scored.bundle));
            return outcome;
        }));
}

} // namespace mizan
