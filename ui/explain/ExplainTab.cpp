#include "explain/ExplainTab.h"

#include "common/Background.h"

#include "explain/CounterfactualModel.h"
#include "explain/GlobalCharts.h"
#include "explain/LimeChart.h"
#include "explain/WaterfallChart.h"
#include "explain/WhatIfModel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace mizan {

ExplainTab::ExplainTab(QWidget *parent)
    : QWidget(parent)
    , m_whatIf(new WhatIfModel(this))
    , m_counterfactuals(new CounterfactualModel(this))
{
    setObjectName(QStringLiteral("explainTab"));
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("explainPages"));
    m_pages->setDocumentMode(true);
    m_leadPage = buildLeadPage();
    m_pages->addTab(m_leadPage, tr("This &lead"));
    m_globalPage = buildGlobalPage();
    m_pages->addTab(m_globalPage, tr("Whole &model"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSourceBar(this));
    layout->addWidget(m_pages, 1);

    connect(&m_explaining,
            &QFutureWatcher<Result<LeadExplanation>>::finished,
            this,
            &ExplainTab::onExplained);
    connect(&m_suggesting,
            &QFutureWatcher<Result<LeadExplanation>>::finished,
            this,
            &ExplainTab::onSuggested);
    connect(&m_globalJob, &QFutureWatcher<GlobalOutcome>::finished, this, &ExplainTab::onGlobal);
    connect(m_whatIf, &WhatIfModel::leadEdited, this, &ExplainTab::recomputeWhatIf);
    connect(m_whatIf, &WhatIfModel::invalidValue, this, [this](const QString &message) {
        m_whatIfMessage->setText(message);
    });
    // The value editors stay open: a what-if panel is for trying values.
    connect(m_whatIf, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_whatIf->rowCount(); ++row) {
            const QModelIndex value = m_whatIf->index(row, WhatIfModel::ValueColumn);
            m_whatIfView->openPersistentEditor(value);
            if (auto *edit = qobject_cast<QLineEdit *>(m_whatIfView->indexWidget(value)))
                edit->deselect(); // the view selects an editor's text; ten selections confuse
        }
        m_whatIfView->resizeColumnToContents(WhatIfModel::FeatureColumn);
        m_whatIfView->resizeColumnToContents(WhatIfModel::OriginalColumn);
    });
    setBusy(false);
    clearResults(); // says where leads come from
}

ExplainTab::~ExplainTab()
{
    // A job must not outlive the tab it reports to.
    if (m_cancel)
        m_cancel->cancel();
    m_explaining.waitForFinished();
    m_suggesting.waitForFinished();
    m_globalJob.waitForFinished();
}

QWidget *ExplainTab::buildSourceBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    auto *line = new QHBoxLayout(bar);
    line->setContentsMargins(0, 0, 0, 0);
    m_fileInputs = new QWidget(bar);
    auto *fileLine = new QHBoxLayout(m_fileInputs);
    fileLine->setContentsMargins(0, 0, 0, 0);
    m_fileLabel = new QLabel(m_fileInputs);
    m_fileLabel->setObjectName(QStringLiteral("explainSourceLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileLine->addWidget(m_fileLabel);

    m_workspaceInputs = new QWidget(bar);
    m_workspaceInputs->hide();
    auto *wsLine = new QHBoxLayout(m_workspaceInputs);
    wsLine->setContentsMargins(0, 0, 0, 0);
    m_leadSetCombo = new QComboBox(m_workspaceInputs);
    m_leadSetCombo->setObjectName(QStringLiteral("explainLeadSetCombo"));
    m_modelCombo = new QComboBox(m_workspaceInputs);
    m_modelCombo->setObjectName(QStringLiteral("explainModelCombo"));
    for (QComboBox *combo : {m_leadSetCombo, m_modelCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *setLabel = new QLabel(tr("Lead &set:"), m_workspaceInputs);
    setLabel->setBuddy(m_leadSetCombo);
    auto *modelLabel = new QLabel(tr("Mo&del:"), m_workspaceInputs);
    modelLabel->setBuddy(m_modelCombo);
    wsLine->addWidget(setLabel);
    wsLine->addWidget(m_leadSetCombo, 1);
    wsLine->addWidget(modelLabel);
    wsLine->addWidget(m_modelCombo, 1);
    connect(m_leadSetCombo, &QComboBox::currentIndexChanged, this, [this] { updateRowRange(); });

    m_rowSpin = new QSpinBox(bar);
    m_rowSpin->setObjectName(QStringLiteral("explainRowSpin"));
    m_rowSpin->setRange(1, 1);
    m_rowSpin->setAccelerated(true);
    auto *rowLabel = new QLabel(tr("Lead &row:"), bar);
    rowLabel->setObjectName(QStringLiteral("explainRowLabel"));
    rowLabel->setBuddy(m_rowSpin);
    m_idEdit = new QLineEdit(bar);
    m_idEdit->setObjectName(QStringLiteral("explainIdEdit"));
    m_idEdit->setAccessibleName(tr("Lead id"));
    m_idEdit->setPlaceholderText(tr("Lead id"));
    m_idEdit->setClearButtonEnabled(true);
    m_idEdit->setMaximumWidth(160);
    m_idEdit->setToolTip(tr("Type a lead's id and press Enter to explain it"));
    connect(m_idEdit, &QLineEdit::returnPressed, this, &ExplainTab::explainById);
    m_explainButton = new QPushButton(tr("&Explain"), bar);
    m_explainButton->setObjectName(QStringLiteral("explainButton"));
    m_explainButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->setObjectName(QStringLiteral("explainCancelButton"));
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    connect(m_explainButton, &QPushButton::clicked, this, &ExplainTab::explainCurrent);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExplainTab::cancel);
    line->addWidget(m_fileInputs, 1);
    line->addWidget(m_workspaceInputs, 2);
    line->addWidget(rowLabel);
    line->addWidget(m_rowSpin);
    line->addWidget(m_idEdit);
    line->addWidget(m_explainButton);
    line->addWidget(m_cancelButton);
    line->addWidget(m_progress);
    return bar;
}

QWidget *ExplainTab::buildLeadPage()
{
    auto *page = new QWidget(this);
    m_scoreLabel = new QLabel(page);
    m_scoreLabel->setObjectName(QStringLiteral("explainScoreLabel"));
    m_scoreLabel->setTextFormat(Qt::RichText);
    m_scoreLabel->setWordWrap(true);

    // The waterfall with its view toggle and the report export.
    auto *waterfallBox = new QGroupBox(tr("SHAP: what moved the score"), page);
    m_logOddsButton = new QRadioButton(tr("Lo&g-odds"), waterfallBox);
    m_logOddsButton->setObjectName(QStringLiteral("logOddsButton"));
    m_logOddsButton->setChecked(true);
    m_probabilityButton = new QRadioButton(tr("&Probability"), waterfallBox);
    m_probabilityButton->setObjectName(QStringLiteral("probabilityButton"));
    m_probabilityButton->setToolTip(
        tr("Probability view: each feature's change in probability depends on the order the "
           "features are added in; the log-odds view does not."));
    auto *group = new QButtonGroup(waterfallBox);
    group->addButton(m_logOddsButton);
    group->addButton(m_probabilityButton);
    connect(m_probabilityButton, &QRadioButton::toggled, this, &ExplainTab::setProbabilityView);
    m_reportButton = new QPushButton(tr("Export &report (PDF)"), waterfallBox);
    m_reportButton->setObjectName(QStringLiteral("reportButton"));
    auto *menu = new QMenu(m_reportButton);
    m_reportEnglish = menu->addAction(tr("In English…"));
    m_reportEnglish->setObjectName(QStringLiteral("reportEnglishAction"));
    m_reportArabic = menu->addAction(tr("In Arabic…"));
    m_reportArabic->setObjectName(QStringLiteral("reportArabicAction"));
    connect(m_reportEnglish, &QAction::triggered, this, [this] {
        exportReport(ReportLanguage::English);
    });
    connect(m_reportArabic, &QAction::triggered, this, [this] {
        exportReport(ReportLanguage::Arabic);
    });
    m_reportButton->setMenu(menu);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_logOddsButton);
    toolbar->addWidget(m_probabilityButton);
    toolbar->addStretch(1);
    toolbar->addWidget(m_reportButton);
    m_waterfall = new WaterfallChart(waterfallBox);
    auto *waterfallLayout = new QVBoxLayout(waterfallBox);
    waterfallLayout->addLayout(toolbar);
    waterfallLayout->addWidget(m_waterfall, 1);

    // LIME beside it, then the receipt.
    auto *limeBox = new QGroupBox(tr("LIME: a local linear model"), page);
    m_lime = new LimeChart(limeBox);
    m_limeLabel = new QLabel(limeBox);
    m_limeLabel->setObjectName(QStringLiteral("limeLabel"));
    m_limeLabel->setWordWrap(true);
    m_agreementLabel = new QLabel(limeBox);
    m_agreementLabel->setObjectName(QStringLiteral("agreementLabel"));
    m_agreementLabel->setWordWrap(true);
    m_agreementLabel->setTextFormat(Qt::RichText);
    auto *limeLayout = new QVBoxLayout(limeBox);
    limeLayout->addWidget(m_lime, 1);
    limeLayout->addWidget(m_limeLabel);
    limeLayout->addWidget(m_agreementLabel);
    auto *receiptBox = new QGroupBox(tr("Receipt"), page);
    m_receipt = new QPlainTextEdit(receiptBox);
    m_receipt->setObjectName(QStringLiteral("receiptText"));
    m_receipt->setReadOnly(true);
    m_receipt->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_receipt->setFixedHeight(fontMetrics().lineSpacing() * 8 + 12); // every line, no scrolling
    m_copyReceipt = new QPushButton(tr("&Copy"), receiptBox);
    m_copyReceipt->setObjectName(QStringLiteral("copyReceiptButton"));
    m_copyReceipt->setToolTip(tr("Copy the whole receipt, with full hashes, as JSON"));
    connect(m_copyReceipt, &QPushButton::clicked, this, &ExplainTab::copyReceipt);
    auto *receiptLayout = new QHBoxLayout(receiptBox);
    receiptLayout->addWidget(m_receipt, 1);
    receiptLayout->addWidget(m_copyReceipt, 0, Qt::AlignTop);
    auto *side = new QWidget(page);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(limeBox, 1);
    sideLayout->addWidget(receiptBox);

    // What-if editor and suggested changes below.
    auto *whatIfBox = new QGroupBox(tr("What if"), page);
    m_whatIfView = new QTableView(whatIfBox);
    m_whatIfView->setObjectName(QStringLiteral("whatIfView"));
    m_whatIfView->setAccessibleName(tr("What if: feature values"));
    m_whatIfView->setModel(m_whatIf);
    m_whatIfView->setItemDelegateForColumn(WhatIfModel::ValueColumn, new WhatIfDelegate(this));
    m_whatIfView->verticalHeader()->setVisible(false);
    m_whatIfView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_whatIfView->horizontalHeader()->setStretchLastSection(true);
    m_whatIfView->setSelectionMode(QAbstractItemView::NoSelection);
    m_resetButton = new QPushButton(tr("Rese&t"), whatIfBox);
    m_resetButton->setObjectName(QStringLiteral("resetWhatIfButton"));
    connect(m_resetButton, &QPushButton::clicked, this, &ExplainTab::resetWhatIf);
    m_whatIfMessage = new QLabel(whatIfBox);
    m_whatIfMessage->setObjectName(QStringLiteral("whatIfMessage"));
    m_whatIfMessage->setWordWrap(true);
    auto *whatIfButtons = new QHBoxLayout;
    whatIfButtons->addWidget(m_whatIfMessage, 1);
    whatIfButtons->addWidget(m_resetButton);
    auto *whatIfLayout = new QVBoxLayout(whatIfBox);
    whatIfLayout->addWidget(m_whatIfView, 1);
    whatIfLayout->addLayout(whatIfButtons);

    auto *suggestBox = new QGroupBox(tr("Changes that would cross the threshold"), page);
    m_threshold = new QDoubleSpinBox(suggestBox);
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(0.01, 0.99);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.5);
    m_cutoffs = new QComboBox(suggestBox);
    m_cutoffs->setObjectName(QStringLiteral("cutoffCombo"));
    m_cutoffs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cutoffs->setToolTip(tr("Take the threshold from one of the model's band cut-offs"));
    connect(m_cutoffs, &QComboBox::activated, this, [this](int index) {
        if (m_cutoffs->itemData(index).isValid())
            m_threshold->setValue(m_cutoffs->itemData(index).toDouble());
    });
    m_suggestButton = new QPushButton(tr("S&uggest changes"), suggestBox);
    m_suggestButton->setObjectName(QStringLiteral("suggestButton"));
    connect(m_suggestButton, &QPushButton::clicked, this, &ExplainTab::suggestChanges);
    auto *thresholdLabel = new QLabel(tr("T&hreshold:"), suggestBox);
    thresholdLabel->setBuddy(m_threshold);
    auto *suggestBar = new QHBoxLayout;
    suggestBar->addWidget(thresholdLabel);
    suggestBar->addWidget(m_threshold);
    suggestBar->addWidget(m_cutoffs);
    suggestBar->addStretch(1);
    suggestBar->addWidget(m_suggestButton);
    m_counterfactualView = new QTableView(suggestBox);
    m_counterfactualView->setObjectName(QStringLiteral("counterfactualView"));
    m_counterfactualView->setAccessibleName(tr("Suggested changes"));
    m_counterfactualView->setModel(m_counterfactuals);
    m_counterfactualView->verticalHeader()->setVisible(false);
    m_counterfactualView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_counterfactualView->setWordWrap(true);
    m_counterfactualView->horizontalHeader()
        ->setSectionResizeMode(CounterfactualModel::ChangesColumn, QHeaderView::Stretch);
    m_counterfactualView->horizontalHeader()
        ->setSectionResizeMode(CounterfactualModel::ProbabilityColumn,
                               QHeaderView::ResizeToContents);
    m_counterfactualView->horizontalHeader()->setSectionResizeMode(CounterfactualModel::CostColumn,
                                                                   QHeaderView::ResizeToContents);
    connect(m_counterfactualView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        applySuggestion(i.row());
    });
    m_suggestLabel = new QLabel(suggestBox);
    m_suggestLabel->setObjectName(QStringLiteral("suggestLabel"));
    m_suggestLabel->setWordWrap(true);
    auto *suggestLayout = new QVBoxLayout(suggestBox);
    suggestLayout->addLayout(suggestBar);
    suggestLayout->addWidget(m_counterfactualView, 1);
    suggestLayout->addWidget(m_suggestLabel);

    auto *top = new QSplitter(Qt::Horizontal, page);
    top->addWidget(waterfallBox);
    top->addWidget(side);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({3000, 2000});
    auto *bottom = new QSplitter(Qt::Horizontal, page);
    bottom->addWidget(whatIfBox);
    bottom->addWidget(suggestBox);
    bottom->setSizes({1000, 1000});
    auto *split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(QStringLiteral("explainSplitter"));
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({3000, 2000});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_scoreLabel);
    layout->addWidget(split, 1);
    return page;
}

QWidget *ExplainTab::buildGlobalPage()
{
    auto *page = new QWidget(this);
    m_globalButton = new QPushButton(tr("&Compute for the lead set"), page);
    m_globalButton->setObjectName(QStringLiteral("globalButton"));
    m_globalCancel = new QPushButton(tr("Cancel"), page);
    m_globalCancel->setObjectName(QStringLiteral("globalCancelButton"));
    m_globalProgress = new QProgressBar(page);
    m_globalProgress->setRange(0, 100);
    connect(m_globalButton, &QPushButton::clicked, this, &ExplainTab::computeGlobal);
    connect(m_globalCancel, &QPushButton::clicked, this, &ExplainTab::cancel);
    m_globalLabel = new QLabel(page);
    m_globalLabel->setObjectName(QStringLiteral("globalLabel"));
    m_globalLabel->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_globalButton);
    bar->addWidget(m_globalCancel);
    bar->addWidget(m_globalProgress, 1);
    bar->addStretch(0);
    auto *importanceBox = new QGroupBox(tr("Importance: mean |SHAP|"), page);
    m_importance = new ImportanceChart(importanceBox);
    (new QVBoxLayout(importanceBox))->addWidget(m_importance);
    auto *beeswarmBox = new QGroupBox(tr("Every sampled lead: SHAP value by feature"), page);
    m_beeswarm = new BeeswarmChart(beeswarmBox);
    (new QVBoxLayout(beeswarmBox))->addWidget(m_beeswarm);
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(importanceBox);
    split->addWidget(beeswarmBox);
    split->setSizes({2000, 3000});
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_globalLabel);
    layout->addWidget(split, 1);
    return page;
}

QAction *ExplainTab::reportAction(ReportLanguage language) const
{
    return language == ReportLanguage::Arabic ? m_reportArabic : m_reportEnglish;
}

void ExplainTab::setBusy(bool busy)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    // One Cancel on screen, beside the progress of the job that runs: the bar's for a lead, the
    // model page's for the model view; none while nothing runs.
    const bool leadJob = busy && m_cancel && m_activeProgress == m_progress;
    const bool globalJob = busy && m_cancel && m_activeProgress == m_globalProgress;
    m_cancelButton->setEnabled(leadJob);
    m_cancelButton->setVisible(leadJob);
    m_globalCancel->setEnabled(globalJob);
    m_globalCancel->setVisible(globalJob);
    m_progress->setVisible(busy && m_activeProgress == m_progress);
    m_globalProgress->setVisible(busy && m_activeProgress == m_globalProgress);
    updateInputs();
    if (changed)
        Q_EMIT busyChanged(busy);
}

void ExplainTab::updateInputs()
{
    const bool source = m_workspace ? m_leadSetCombo->count() > 0 && m_modelCombo->count() > 0
                                    : m_data && m_fileExplainer;
    const bool lead = m_current.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_leadSetCombo, m_modelCombo, m_rowSpin})
        w->setEnabled(!m_busy);
    m_explainButton->setEnabled(!m_busy && source);
    m_suggestButton->setEnabled(!m_busy && lead);
    m_reportButton->setEnabled(!m_busy && lead);
    m_copyReceipt->setEnabled(lead);
    m_resetButton->setEnabled(!m_busy && lead && m_whatIf->isEdited());
    m_globalButton->setEnabled(!m_busy && source);
}

void ExplainTab::setFileSource(std::shared_ptr<const Dataset> data,
                               std::shared_ptr<const ModelBundle> bundle)
{
    if (m_busy || m_workspace)
        return;
    if (data == m_data && bundle == m_bundle)
        return;
    // The old lead set may be the last copy of 100,000 leads: freed off the UI thread.
    releaseInBackground(std::exchange(m_data, std::move(data)));
    releaseInBackground(std::exchange(m_bundle, std::move(bundle)));
    m_fileExplainer.reset();
    forgetLead();
    m_global.reset();
    m_importance->clear();
    m_beeswarm->clear();
    m_globalLabel->clear();
    if (m_data && m_bundle) {
        auto made = Explainer::create(*m_bundle);
        if (!made) {
            m_fileLabel->setText(tr("This model cannot be explained: %1").arg(made.error().message));
            updateInputs();
            return;
        }
        m_fileExplainer = *made;
        m_sourceName = QFileInfo(m_data->source).fileName();
        m_fileLabel->setText(tr("Leads: <b>%1</b> (%2 rows) · model: <b>%3</b>")
                                 .arg(m_sourceName.toHtmlEscaped(),
                                      QLocale().toString(m_data->rowCount()),
                                      m_bundle->name.toHtmlEscaped()));
    } else {
        m_fileLabel->setText(
            tr("Score a lead file in the Scoring tab, then explain any of its leads here."));
    }
    updateRowRange();
    updateInputs();
}

void ExplainTab::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_fileInputs->setVisible(!m_workspace);
    m_workspaceInputs->setVisible(bool(m_workspace));
    m_data.reset();
    m_bundle.reset();
    m_fileExplainer.reset();
    clearResults();
    m_pages->setTabVisible(m_pages->indexOf(m_globalPage),
                           !m_workspace || m_workspace->can(Permission::ExplainGlobal));
    // A risk officer sees what drives the model (explain.global) but explains no single lead.
    const bool leads = !m_workspace || m_workspace->can(Permission::LeadsExplain);
    m_pages->setTabVisible(m_pages->indexOf(m_leadPage), leads);
    for (QWidget *w : {static_cast<QWidget *>(m_rowSpin),
                       static_cast<QWidget *>(m_idEdit),
                       static_cast<QWidget *>(m_explainButton),
                       findChild<QWidget *>(QStringLiteral("explainRowLabel"))}) {
        if (w)
            w->setVisible(leads);
    }
    if (!leads)
        m_pages->setCurrentWidget(m_globalPage);
    if (m_workspace)
        refreshWorkspace();
}

Result<std::vector<LeadSetInfo>> ExplainTab::workspaceLeadSets()
{
    if (m_workspace->can(Permission::LeadsView))
        return m_workspace->leadSets();
    // explain.global without leads.view (auditors): the lead sets by name, as the Fairness tab
    // lists them; the model view then holds no lead's values (the core blanks them).
    MIZAN_TRY(sets, m_workspace->fairnessLeadSets());
    std::vector<LeadSetInfo> out;
    for (const FairnessLeadSet &set : sets)
        out.push_back(set.info);
    return out;
}

bool ExplainTab::workspaceFree()
{
    if (!m_workspace || !m_workspaceInUse || !m_workspaceInUse())
        return true;
    Q_EMIT statusMessage(tr("Another job is using the workspace; the Explain tab waits for it."));
    return false;
}

void ExplainTab::refreshWorkspace()
{
    if (!m_workspace || m_busy || !workspaceFree())
        return;
    const QVariant set = m_leadSetCombo->currentData();
    const QVariant model = m_modelCombo->currentData();
    const QSignalBlocker blockSets(m_leadSetCombo);
    m_leadSetCombo->clear();
    m_modelCombo->clear();
    if (auto sets = workspaceLeadSets()) {
        for (const LeadSetInfo &s : *sets) {
            m_leadSetCombo->addItem(tr("%1 (%2 leads, %3)")
                                        .arg(s.name, QLocale().toString(s.rows), s.sourceFile),
                                    s.id);
            m_leadSetCombo->setItemData(m_leadSetCombo->count() - 1, s.rows, Qt::UserRole + 1);
        }
    } else {
        Q_EMIT statusMessage(sets.error().message);
    }
    if (auto models = m_workspace->models()) {
        for (const ModelInfo &m : *models)
            m_modelCombo->addItem(tr("%1 (version %2…)")
                                      .arg(m.name, QString::fromLatin1(m.modelSha256.left(12))),
                                  m.id);
    } else {
        Q_EMIT statusMessage(models.error().message);
    }
    m_leadSetCombo->setCurrentIndex(std::max(0, m_leadSetCombo->findData(set)));
    m_modelCombo->setCurrentIndex(std::max(0, m_modelCombo->findData(model)));
    updateRowRange();
    updateInputs();
}

void ExplainTab::selectStored(qint64 leadSetId, qint64 modelId)
{
    if (m_busy)
        return;
    m_leadSetCombo->setCurrentIndex(m_leadSetCombo->findData(leadSetId));
    m_modelCombo->setCurrentIndex(m_modelCombo->findData(modelId));
    updateRowRange();
    updateInputs();
}

void ExplainTab::updateRowRange()
{
    qint64 rows = 0;
    if (m_workspace)
        rows = m_leadSetCombo->currentData(Qt::UserRole + 1).toLongLong();
    else if (m_data)
        rows = m_data->rowCount();
    m_rowSpin->setRange(1, int(std::clamp<qint64>(rows, 1, std::numeric_limits<int>::max())));
}

void ExplainTab::clearResults()
{
    if (m_busy)
        return;
    forgetLead();
    m_global.reset();
    m_importance->clear();
    m_beeswarm->clear();
    m_globalLabel->clear();
    if (!m_workspace) {
        m_data.reset();
        m_bundle.reset();
        m_fileExplainer.reset();
        updateRowRange();
    }
    if (!m_workspace)
        m_fileLabel->setText(
            tr("Score a lead file in the Scoring tab, then explain any of its leads here."));
    updateInputs();
}

} // namespace mizan
