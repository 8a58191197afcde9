// The Fairness tab's widgets: the inputs above, the per-attribute details below.

#include "fairness/AlertModel.h"
#include "fairness/DisparityModel.h"
#include "fairness/FairnessStyle.h"
#include "fairness/FairnessTab.h"
#include "fairness/GroupBarChart.h"
#include "fairness/GroupMetricsModel.h"
#include "fairness/OptimizerModel.h"
#include "fairness/SweepChart.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace mizan {

namespace fs = fairnessstyle;

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QComboBox *metricCombo(const QString &name, bool withAuc, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (int m = 0; m < (withAuc ? kGroupMetricCount : kRateMetricCount); ++m)
        combo->addItem(fs::metricLabel(GroupMetric(m)), m);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QTableView *tableView(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->setVisible(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    return view;
}

} // namespace

QWidget *FairnessTab::buildInputs()
{
    auto *box = new QWidget(this);
    m_modelCombo = new QComboBox(box);
    m_modelCombo->setObjectName(QStringLiteral("fairnessModelCombo"));
    m_leadSetCombo = new QComboBox(box);
    m_leadSetCombo->setObjectName(QStringLiteral("fairnessLeadSetCombo"));
    m_attributeCombo = new QComboBox(box);
    m_attributeCombo->setObjectName(QStringLiteral("fairnessAttributeCombo"));
    m_attributeCombo->setToolTip(
        tr("The sensitive attributes of the lead set's spec to compare groups by."));
    m_intersectCombo = new QComboBox(box);
    m_intersectCombo->setObjectName(QStringLiteral("fairnessIntersectCombo"));
    m_intersectCombo->setToolTip(tr("Also report on the groups formed by two attributes "
                                    "together (for example region × gender)."));
    for (QComboBox *combo : {m_modelCombo, m_leadSetCombo, m_attributeCombo, m_intersectCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *combo : {m_modelCombo, m_leadSetCombo, m_attributeCombo, m_intersectCombo})
        connect(combo, &QComboBox::activated, this, [this, combo] {
            if (combo == m_leadSetCombo)
                leadSetChosen(); // another spec: other attributes
            sourceChanged();
        });
    m_computeButton = new QPushButton(tr("&Compute"), box);
    m_computeButton->setObjectName(QStringLiteral("fairnessComputeButton"));
    m_computeButton->setDefault(true);
    m_computeButton->setToolTip(tr("Compute the report through the workspace: it is recorded in "
                                   "the audit log with the bias policy's verdicts."));
    connect(m_computeButton, &QPushButton::clicked, this, &FairnessTab::compute);
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setObjectName(QStringLiteral("fairnessCancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &FairnessTab::cancel);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("fairnessProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);

    auto *first = new QHBoxLayout;
    first->addWidget(buddyLabel(tr("Mo&del:"), m_modelCombo, box));
    first->addWidget(m_modelCombo, 2);
    first->addWidget(buddyLabel(tr("Lead &set:"), m_leadSetCombo, box));
    first->addWidget(m_leadSetCombo, 2);
    first->addWidget(buddyLabel(tr("Attri&butes:"), m_attributeCombo, box));
    first->addWidget(m_attributeCombo, 1);
    first->addWidget(buddyLabel(tr("I&ntersection:"), m_intersectCombo, box));
    first->addWidget(m_intersectCombo, 1);
    first->addWidget(m_computeButton);
    first->addWidget(m_cancelButton);
    first->addWidget(m_progress);

    m_slider = new QSlider(Qt::Horizontal, box);
    m_slider->setObjectName(QStringLiteral("fairnessThresholdSlider"));
    m_slider->setAccessibleName(tr("Threshold"));
    m_slider->setRange(0, 100);
    m_slider->setPageStep(5);
    m_slider->setMinimumWidth(160);
    m_thresholdSpin = new QDoubleSpinBox(box);
    m_thresholdSpin->setObjectName(QStringLiteral("fairnessThresholdSpin"));
    m_thresholdSpin->setRange(0.0, 1.0);
    m_thresholdSpin->setDecimals(2);
    m_thresholdSpin->setSingleStep(0.01);
    m_thresholdSpin->setValue(0.5);
    m_slider->setValue(50);
    const QString thresholdTip = tr("A lead is selected when its probability is at or above the "
                                    "threshold. Moving it previews the report here at once; "
                                    "Compute records it.");
    m_slider->setToolTip(thresholdTip);
    m_thresholdSpin->setToolTip(thresholdTip);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        setThreshold(value / 100.0);
    });
    connect(m_thresholdSpin, &QDoubleSpinBox::valueChanged, this, &FairnessTab::setThreshold);
    m_intervals
        = new QCheckBox(tr("Confidence &intervals (bootstrap, %L1 resamples)").arg(kResamples), box);
    m_intervals->setObjectName(QStringLiteral("fairnessIntervalsCheck"));
    m_intervals->setToolTip(tr("95% percentile intervals from %L1 seeded bootstrap resamples "
                               "of the leads; takes longer, with progress and Cancel.")
                                .arg(kResamples));
    m_seed = new QSpinBox(box);
    m_seed->setObjectName(QStringLiteral("fairnessSeedSpin"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(2026);
    m_seed->setToolTip(tr("The same seed gives the same intervals; it is recorded in the audit "
                          "log."));
    connect(m_intervals, &QCheckBox::toggled, m_seed, &QWidget::setEnabled);
    m_seed->setEnabled(false);
    m_optimizer = new QCheckBox(tr("Threshold &optimizer"), box);
    m_optimizer->setObjectName(QStringLiteral("fairnessOptimizerCheck"));
    m_optimizer->setToolTip(tr("fairlearn's ThresholdOptimizer: per-group thresholds meeting "
                               "demographic parity or equalized odds. Reported, not applied."));
    m_exportButton = new QPushButton(tr("Ex&port"), box);
    m_exportButton->setObjectName(QStringLiteral("fairnessExportButton"));
    auto *menu = new QMenu(m_exportButton);
    m_pdfAction = menu->addAction(tr("Report (PDF)…"), this, &FairnessTab::exportPdf);
    m_pdfAction->setObjectName(QStringLiteral("fairnessPdfAction"));
    m_csvAction = menu->addAction(tr("Per-group table (CSV)…"), this, &FairnessTab::exportCsv);
    m_csvAction->setObjectName(QStringLiteral("fairnessCsvAction"));
    m_exportButton->setMenu(menu);
    m_policyButton = new QPushButton(tr("Bias po&licy…"), box);
    m_policyButton->setObjectName(QStringLiteral("fairnessPolicyButton"));
    m_policyButton->setToolTip(tr("Edit the limits the verdicts check (risk officers)."));
    connect(m_policyButton, &QPushButton::clicked, this, &FairnessTab::editPolicy);
    m_policyButton->setVisible(m_mayEditPolicy);

    auto *second = new QHBoxLayout;
    second->addWidget(buddyLabel(tr("&Threshold:"), m_thresholdSpin, box));
    second->addWidget(m_slider, 2);
    second->addWidget(m_thresholdSpin);
    second->addSpacing(12);
    second->addWidget(m_intervals);
    second->addWidget(buddyLabel(tr("Seed:"), m_seed, box));
    second->addWidget(m_seed);
    second->addSpacing(12);
    second->addWidget(m_optimizer);
    second->addStretch(1);
    second->addWidget(m_exportButton);
    second->addWidget(m_policyButton);

    m_sourceLabel = new QLabel(box);
    m_sourceLabel->setObjectName(QStringLiteral("fairnessSourceLabel"));
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel = new QLabel(box);
    m_stateLabel->setObjectName(QStringLiteral("fairnessStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_verdictLabel = new QLabel(box);
    m_verdictLabel->setObjectName(QStringLiteral("fairnessVerdictLabel"));
    m_verdictLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addWidget(m_sourceLabel);
    auto *state = new QHBoxLayout;
    state->addWidget(m_stateLabel, 3);
    state->addWidget(m_verdictLabel, 2);
    layout->addLayout(state);
    return box;
}

QWidget *FairnessTab::buildDetails()
{
    auto *page = new QWidget(this);
    m_attributeBar = new QTabBar(page);
    m_attributeBar->setObjectName(QStringLiteral("fairnessAttributeBar"));
    m_attributeBar->setDocumentMode(true);
    m_attributeBar->setExpanding(false);
    m_attributeBar->setUsesScrollButtons(true);
    connect(m_attributeBar, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            showAttribute(m_attributeBar->tabData(index).toString());
    });
    m_privilegedCombo = new QComboBox(page);
    m_privilegedCombo->setObjectName(QStringLiteral("fairnessPrivilegedCombo"));
    m_privilegedCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_privilegedCombo->setToolTip(tr("The reference group of AIF360's signed metrics (the spec's "
                                     "by default). Changing it previews the report here."));
    connect(m_privilegedCombo, &QComboBox::activated, this, [this](int index) {
        const QString attribute = shownAttribute();
        if (attribute.isEmpty())
            return;
        m_privileged.insert(attribute, m_privilegedCombo->itemData(index).toString());
        schedulePreview();
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_attributeBar, 1);
    bar->addWidget(buddyLabel(tr("Pri&vileged group:"), m_privilegedCombo, page));
    bar->addWidget(m_privilegedCombo);
    m_warningsLabel = new QLabel(page);
    m_warningsLabel->setObjectName(QStringLiteral("fairnessWarningsLabel"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::PlainText);
    QPalette muted = m_warningsLabel->palette();
    muted.setColor(QPalette::WindowText, QColor(0x7a, 0x4f, 0x00));
    m_warningsLabel->setPalette(muted);

    m_groupView = tableView(QStringLiteral("fairnessGroupView"), m_groupModel, page);
    m_groupView->setAccessibleName(tr("Metrics by group"));
    m_groupView->setWordWrap(true);
    m_groupView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupView->horizontalHeader()->setStretchLastSection(true);

    auto *barBox = new QGroupBox(tr("By group"), page);
    m_barMetric = metricCombo(QStringLiteral("fairnessBarMetric"), true, barBox);
    connect(m_barMetric, &QComboBox::currentIndexChanged, this, [this] { showDetails(); });
    m_barChart = new GroupBarChart(barBox);
    auto *barScroll = new QScrollArea(barBox);
    barScroll->setWidget(m_barChart);
    barScroll->setWidgetResizable(true);
    barScroll->setFrameShape(QFrame::NoFrame);
    auto *barTop = new QHBoxLayout;
    barTop->addWidget(buddyLabel(tr("&Metric:"), m_barMetric, barBox));
    barTop->addWidget(m_barMetric);
    barTop->addStretch(1);
    auto *barLayout = new QVBoxLayout(barBox);
    barLayout->addLayout(barTop);
    barLayout->addWidget(barScroll, 1);

    auto *sweepBox = new QGroupBox(tr("Threshold sweep"), page);
    m_sweepMetric = metricCombo(QStringLiteral("fairnessSweepMetric"), false, sweepBox);
    connect(m_sweepMetric, &QComboBox::currentIndexChanged, this, [this] { showDetails(); });
    m_sweepChart = new SweepChart(sweepBox);
    auto *sweepTop = new QHBoxLayout;
    sweepTop->addWidget(buddyLabel(tr("S&weep:"), m_sweepMetric, sweepBox));
    sweepTop->addWidget(m_sweepMetric);
    sweepTop->addStretch(1);
    auto *sweepLayout = new QVBoxLayout(sweepBox);
    sweepLayout->addLayout(sweepTop);
    sweepLayout->addWidget(m_sweepChart, 1);

    auto *charts = new QSplitter(Qt::Horizontal, page);
    charts->addWidget(barBox);
    charts->addWidget(sweepBox);
    charts->setSizes({1000, 1000});
    auto *left = new QSplitter(Qt::Vertical, page);
    left->addWidget(m_groupView);
    left->addWidget(charts);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);
    left->setSizes({2000, 2000});

    m_sidePages = new QTabWidget(page);
    m_sidePages->setObjectName(QStringLiteral("fairnessSidePages"));
    m_disparityView = tableView(QStringLiteral("fairnessDisparityView"), m_disparityModel, page);
    m_disparityView->setAccessibleName(tr("Disparities"));
    m_disparityView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_disparityView->horizontalHeader()->setSectionResizeMode(DisparityModel::MetricColumn,
                                                              QHeaderView::Stretch);
    m_disparityView->setWordWrap(true);
    m_disparityView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sidePages->addTab(m_disparityView, tr("Disparities"));
    m_alertView = tableView(QStringLiteral("fairnessAlertView"), m_alertModel, page);
    m_alertView->setAccessibleName(tr("Verdicts"));
    m_alertView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alertView->horizontalHeader()->setStretchLastSection(true);
    m_sidePages->addTab(m_alertView, tr("Verdicts"));
    auto *optimizerPage = new QWidget(page);
    m_optimizerLabel = new QLabel(optimizerPage);
    m_optimizerLabel->setObjectName(QStringLiteral("fairnessOptimizerLabel"));
    m_optimizerLabel->setWordWrap(true);
    m_optimizerView = tableView(QStringLiteral("fairnessOptimizerView"), m_optimizerModel, page);
    m_optimizerView->setAccessibleName(tr("Optimizer (not applied)"));
    m_optimizerView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *optimizerLayout = new QVBoxLayout(optimizerPage);
    optimizerLayout->addWidget(m_optimizerLabel);
    optimizerLayout->addWidget(m_optimizerView, 1);
    m_sidePages->addTab(optimizerPage, tr("Optimizer (not applied)"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("fairnessNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setReadOnly(true);
    m_sidePages->addTab(m_notes, tr("Notes"));

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->setObjectName(QStringLiteral("fairnessSplitter"));
    split->addWidget(left);
    split->addWidget(m_sidePages);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({3300, 1700});
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(split, 1);
    return page;
}

} // namespace mizan
