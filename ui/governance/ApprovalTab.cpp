// The Approval Queue tab: layout, the queue and the detail pages. Decisions, assessment jobs
// and exports are in ApprovalTabActions.cpp.

#include "governance/ApprovalTab.h"

#include "governance/ApprovalQueueModel.h"
#include "governance/ApprovalStyle.h"
#include "governance/AssessmentView.h"
#include "governance/ComparisonView.h"
#include "governance/HistoryModel.h"
#include "governance/OutcomesView.h"
#include "governance/TimelineChart.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace mizan {

ApprovalTab::ApprovalTab(std::shared_ptr<Workspace> workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(std::move(workspace))
    , m_queue(new ApprovalQueueModel(this))
    , m_history(new ModelHistoryModel(this))
{
    setObjectName(QStringLiteral("approvalTab"));
    m_userName = m_workspace ? m_workspace->userName() : QString();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    m_deployedLabel = new QLabel(this);
    m_deployedLabel->setObjectName(QStringLiteral("deployedLabel"));
    m_deployedLabel->setWordWrap(true);
    layout->addWidget(m_deployedLabel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_queueView = new QTableView(splitter);
    m_queueView->setObjectName(QStringLiteral("approvalQueue"));
    m_queueView->setModel(m_queue);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->verticalHeader()->hide();
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    m_queueView->setAccessibleName(tr("Model versions"));
    connect(m_queueView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ApprovalTab::showSelected);
    connect(m_queue, &QAbstractItemModel::modelReset, this, [this] {
        m_queueView->resizeColumnsToContents();
    });

    m_details = new QTabWidget(splitter);
    m_details->setObjectName(QStringLiteral("approvalDetails"));
    m_assessment = new AssessmentView(m_details);
    m_details->addTab(m_assessment, tr("Risk assessment"));
    m_comparison = new ComparisonView(m_details);
    m_details->addTab(m_comparison, tr("Comparison"));
    m_card = new QTextBrowser(m_details);
    m_card->setObjectName(QStringLiteral("modelCard"));
    m_card->setAccessibleName(tr("Model card"));
    m_card->setOpenLinks(false);
    m_details->addTab(m_card, tr("Model card"));
    auto *historyPage = new QWidget(m_details);
    auto *historyLayout = new QVBoxLayout(historyPage);
    m_timeline = new TimelineChart(historyPage);
    m_timeline->setObjectName(QStringLiteral("deploymentTimeline"));
    m_historyView = new QTableView(historyPage);
    m_historyView->setObjectName(QStringLiteral("modelHistory"));
    m_historyView->setAccessibleName(tr("History of the model"));
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setWordWrap(false);
    historyLayout->addWidget(new QLabel(tr("Deployment timeline"), historyPage));
    historyLayout->addWidget(m_timeline);
    historyLayout->addWidget(new QLabel(tr("Signed history of the version"), historyPage));
    historyLayout->addWidget(m_historyView, 1);
    m_details->addTab(historyPage, tr("History"));
    m_outcomes = new OutcomesView(m_details);
    m_details->addTab(m_outcomes, tr("Outcomes"));
    connect(m_details, &QTabWidget::currentChanged, this, &ApprovalTab::showCardIfShown);
    connect(m_details, &QTabWidget::currentChanged, this, &ApprovalTab::showOutcomesIfShown);
    splitter->addWidget(m_queueView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(&m_job, &QFutureWatcher<JobResult>::finished, this, &ApprovalTab::onJobFinished);
    fillReferenceCombo();
    refresh();
}

ApprovalTab::~ApprovalTab()
{
    if (m_cancel)
        m_cancel->cancel();
    m_job.waitForFinished();
}

QWidget *ApprovalTab::buildToolbar()
{
    auto *bar = new QWidget(this);
    // Two rows: what is shown, then what can be done (the buttons need the room, in Arabic most).
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *actions = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(actions);
    m_showCombo = new QComboBox(bar);
    m_showCombo->setObjectName(QStringLiteral("showCombo"));
    m_showCombo->addItem(tr("Waiting for a decision"));
    m_showCombo->addItem(tr("All versions"));
    connect(m_showCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const qint64 id = selectedId();
        m_queue->setPendingOnly(index == 0);
        if (!selectVersion(id))
            showSelected();
    });
    auto *showLabel = new QLabel(tr("S&how:"), bar);
    showLabel->setBuddy(m_showCombo);
    m_referenceCombo = new QComboBox(bar);
    m_referenceCombo->setObjectName(QStringLiteral("referenceCombo"));
    m_referenceCombo->setToolTip(
        tr("The lead set both the candidate and the deployed version score for the assessment: "
           "drift, ROC, calibration, top features."));
    auto *referenceLabel = new QLabel(tr("Re&ference lead set:"), bar);
    referenceLabel->setBuddy(m_referenceCombo);

    const auto button = [bar](const QString &text, const char *name) {
        auto *b = new QPushButton(text, bar);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_refreshButton = button(tr("Re&load"), "reloadButton");
    m_assessButton = button(tr("A&ssess"), "assessButton");
    m_submitButton = button(tr("Su&bmit…"), "submitButton");
    m_approveButton = button(tr("&Approve…"), "approveButton");
    m_rejectButton = button(tr("Re&ject…"), "rejectButton");
    m_deployButton = button(tr("&Deploy…"), "deployButton");
    m_rollbackButton = button(tr("Roll ba&ck…"), "rollbackButton");
    m_retireButton = button(tr("Re&tire…"), "retireButton");
    m_cardButton = button(tr("Export &card…"), "cardButton");
    m_outcomesButton = button(tr("Import &outcomes…"), "outcomesButton");
    m_outcomesButton->setToolTip(
        tr("A CSV with lead_id and converted (1/0): what became of scored leads. The deployed "
           "version is judged on them; drops beyond the policy raise alerts."));
    connect(m_outcomesButton, &QPushButton::clicked, this, &ApprovalTab::importOutcomes);
    m_policyButton = button(tr("Po&licy…"), "policyButton");
    m_policyButton->setToolTip(tr("The approval policy: gates, rule thresholds, revalidation "
                                  "period, outcome alerts."));
    connect(m_policyButton, &QPushButton::clicked, this, &ApprovalTab::editPolicy);
    m_cancelButton = button(tr("Cancel"), "cancelButton");
    m_cancelButton->hide();
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    connect(m_refreshButton, &QPushButton::clicked, this, &ApprovalTab::refresh);
    connect(m_assessButton, &QPushButton::clicked, this, &ApprovalTab::assessSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &ApprovalTab::cancel);
    connect(m_cardButton, &QPushButton::clicked, this, &ApprovalTab::exportCard);
    const std::pair<QPushButton *, Decision> decisions[] = {
        {m_submitButton, Decision::Submit},
        {m_approveButton, Decision::Approve},
        {m_rejectButton, Decision::Reject},
        {m_deployButton, Decision::Deploy},
        {m_rollbackButton, Decision::Rollback},
        {m_retireButton, Decision::Retire},
    };
    for (const auto &[b, decision] : decisions)
        connect(b, &QPushButton::clicked, this, [this, d = decision] { openDecision(d); });

    row->addWidget(showLabel);
    row->addWidget(m_showCombo);
    row->addWidget(referenceLabel);
    row->addWidget(m_referenceCombo, 1);
    row->addWidget(m_refreshButton);
    for (QWidget *w : {static_cast<QWidget *>(m_assessButton),
                       static_cast<QWidget *>(m_submitButton),
                       static_cast<QWidget *>(m_approveButton),
                       static_cast<QWidget *>(m_rejectButton),
                       static_cast<QWidget *>(m_deployButton),
                       static_cast<QWidget *>(m_rollbackButton),
                       static_cast<QWidget *>(m_retireButton),
                       static_cast<QWidget *>(m_cardButton),
                       static_cast<QWidget *>(m_outcomesButton),
                       static_cast<QWidget *>(m_policyButton),
                       static_cast<QWidget *>(m_progress),
                       static_cast<QWidget *>(m_cancelButton)})
        actions->addWidget(w);
    actions->addStretch(1);
    return bar;
}

void ApprovalTab::fillReferenceCombo()
{
    m_referenceCombo->clear();
    m_referenceCombo->addItem(tr("None (the versions' own test splits)"), qint64(0));
    if (!m_workspace)
        return;
    std::vector<LeadSetInfo> sets;
    if (m_workspace->can(Permission::LeadsView)) {
        if (auto all = m_workspace->leadSets())
            sets = std::move(*all);
    } else if (auto labelled = m_workspace->fairnessLeadSets()) {
        for (FairnessLeadSet &s : *labelled)
            sets.push_back(std::move(s.info));
    }
    for (const LeadSetInfo &s : sets)
        m_referenceCombo
            ->addItem(tr("%1 (#%2, %n rows)", nullptr, int(s.rows)).arg(s.name).arg(s.id), s.id);
    // The latest lead set is the usual reference.
    if (m_referenceCombo->count() > 1)
        m_referenceCombo->setCurrentIndex(m_referenceCombo->count() - 1);
}

qint64 ApprovalTab::referenceLeadSet() const
{
    return m_referenceCombo->currentData().toLongLong();
}

qint64 ApprovalTab::selectedId() const
{
    const QModelIndex current = m_queueView->currentIndex();
    return current.isValid() ? current.data(ApprovalQueueModel::IdRole).toLongLong() : 0;
}

bool ApprovalTab::selectVersion(qint64 id)
{
    const int row = m_queue->rowOf(id);
    if (row < 0)
        return false;
    // A change of row shows the version through currentRowChanged; the same row again (after a
    // change of the data) is shown here: once either way (a model card page is audited).
    const bool sameRow = m_queueView->selectionModel()->currentIndex().row() == row;
    m_queueView->selectionModel()->setCurrentIndex(m_queue->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    if (sameRow)
        showSelected();
    return true;
}

bool ApprovalTab::workspaceFree()
{
    if (!m_workspaceInUse || !m_workspaceInUse())
        return true;
    Q_EMIT statusMessage(
        tr("Another job is using the workspace; the Approval Queue waits for it."));
    return false;
}

void ApprovalTab::refresh()
{
    if (!m_workspace || m_busy || !workspaceFree())
        return;
    const qint64 keep = selectedId();
    auto versions = m_workspace->modelVersions();
    if (!versions) {
        m_queue->setVersions({});
        reportFailure(tr("The model registry could not be read"), versions.error());
        m_deployedLabel->setText(tr("<b>The model registry failed its checks:</b> %1")
                                     .arg(versions.error().message.toHtmlEscaped()));
        updateActions();
        return;
    }
    // Versions waiting for a decision first, then the newest.
    std::stable_sort(versions->begin(),
                     versions->end(),
                     [](const ModelVersion &a, const ModelVersion &b) {
                         return a.info.id > b.info.id;
                     });
    QString deployed = tr("No version is deployed: scoring has no approved model yet.");
    int waiting = 0;
    for (const ModelVersion &v : *versions) {
        if (v.record.state == ModelState::Deployed)
            deployed = v.revalidationDue
                           ? tr("Deployed: %1. Its approval expired on %2: re-approve it.")
                                 .arg(ApprovalQueueModel::versionLabel(v.info),
                                      approvalstyle::dateText(v.record.revalidateByMs))
                           : tr("Deployed: %1, approved until %2.")
                                 .arg(ApprovalQueueModel::versionLabel(v.info),
                                      approvalstyle::dateText(v.record.revalidateByMs));
        if (v.record.state == ModelState::Submitted)
            ++waiting;
        if (v.record.state == ModelState::Deployed) {
            if (auto alerts = m_workspace->outcomeAlerts(v.info.id); alerts && !alerts->empty())
                deployed += QLatin1Char(' ')
                            + tr("%n outcome alert(s): see its Outcomes page.",
                                 nullptr,
                                 int(alerts->size()));
        }
    }
    m_deployedLabel->setText(
        tr("%1 %n version(s) wait for a decision.", nullptr, waiting).arg(deployed));
    m_queue->setVersions(std::move(*versions));
    if (!selectVersion(keep) && m_queue->rowCount() > 0)
        selectVersion(m_queue->index(0, 0).data(ApprovalQueueModel::IdRole).toLongLong());
    else if (m_queue->rowCount() == 0)
        showSelected();
    if (auto timeline = m_workspace->deploymentTimeline())
        m_timeline->setTimeline(std::move(*timeline), QDateTime::currentMSecsSinceEpoch());
}

void ApprovalTab::showSelected()
{
    m_cardShownFor = 0;
    m_outcomesShownFor = 0;
    m_card->clear();
    m_outcomes->clear();
    m_shownAssessment.reset();
    const ModelVersion *v = m_queue->versionById(selectedId());
    if (!v || !m_workspace || m_busy || (m_workspaceInUse && m_workspaceInUse())) {
        m_assessment->clear();
        m_comparison->clear();
        m_history->setEvents({});
        updateActions();
        return;
    }
    const qint64 id = v->info.id;
    if (auto latest = m_workspace->latestAssessment(id))
        m_shownAssessment = std::move(*latest);
    m_assessment->setAssessment(*v, m_shownAssessment);

    ComparisonData data;
    data.candidate = v->info;
    data.assessment = m_shownAssessment;
    if (auto bundle = m_workspace->loadModel(id))
        data.candidateMetrics = bundle->metrics;
    if (auto alerts = m_workspace->fairnessAlerts(id); alerts && !alerts->empty()) {
        for (const StoredBiasAlert &a : *alerts)
            if (a.createdMs == alerts->front().createdMs)
                data.candidateFairness.push_back(a);
    }
    for (const ModelVersion &other : m_queue->allVersions()) {
        if (other.record.state != ModelState::Deployed || other.info.id == id)
            continue;
        data.deployed = other.info;
        if (auto bundle = m_workspace->loadModel(other.info.id))
            data.deployedMetrics = bundle->metrics;
        if (auto alerts = m_workspace->fairnessAlerts(other.info.id); alerts && !alerts->empty()) {
            for (const StoredBiasAlert &a : *alerts)
                if (a.createdMs == alerts->front().createdMs)
                    data.deployedFairness.push_back(a);
        }
    }
    m_comparison->setData(data);
    if (auto events = m_workspace->modelHistory(id))
        m_history->setEvents(std::move(*events));
    m_historyView->resizeColumnsToContents();
    showCardIfShown();
    showOutcomesIfShown();
    updateActions();
}

void ApprovalTab::showCardIfShown()
{
    // The card is made (and audited as model.card) only when someone opens the page.
    const qint64 id = selectedId();
    if (m_details->currentWidget() != m_card || id == 0 || id == m_cardShownFor || m_busy
        || !m_workspace || !workspaceFree())
        return;
    auto card = m_workspace->modelCard(id);
    m_cardShownFor = id;
    if (!card) {
        m_card->setPlainText(card.error().message);
        return;
    }
    m_card->setMarkdown(*card);
}

void ApprovalTab::updateActions()
{
    const ModelVersion *v = m_queue->versionById(selectedId());
    const bool idle = !m_busy && m_workspace;
    const auto can = [this](Permission p) { return m_workspace && m_workspace->can(p); };
    const ModelState state = v ? v->record.state : ModelState::Draft;
    const bool author = v && v->record.authors.contains(m_userName);
    const bool approvedBefore = v
                                && std::any_of(v->record.pending.begin(),
                                               v->record.pending.end(),
                                               [this](const ModelApproval &a) {
                                                   return a.approver == m_userName;
                                               });
    m_refreshButton->setEnabled(!m_busy);
    m_showCombo->setEnabled(!m_busy);
    m_referenceCombo->setEnabled(!m_busy);
    // Each button mirrors the registry's rules (ModelRegistry::check): a state that the core
    // refuses never enables it. A rejected version stays rejected: a new version is submitted.
    m_assessButton->setEnabled(idle && v && state != ModelState::Retired);
    m_submitButton->setVisible(can(Permission::ModelsSubmit));
    m_submitButton->setEnabled(idle && v && state == ModelState::Draft);
    const bool officer = can(Permission::ModelsApprove);
    for (QPushButton *b :
         {m_approveButton, m_rejectButton, m_deployButton, m_rollbackButton, m_retireButton})
        b->setVisible(officer);
    const bool reapproval = v && v->revalidationDue
                            && (state == ModelState::Approved || state == ModelState::Deployed);
    m_approveButton->setEnabled(idle && v && !author && !approvedBefore
                                && (state == ModelState::Submitted || reapproval));
    m_approveButton->setToolTip(author ? tr("You registered or submitted this version: someone "
                                            "else must approve it (four eyes).")
                                : approvedBefore ? tr("You have approved this version; a "
                                                      "second officer must add theirs.")
                                                 : QString());
    m_rejectButton->setEnabled(idle && v && !author && state == ModelState::Submitted
                               && can(Permission::ModelsReject));
    m_deployButton->setEnabled(idle && v && state == ModelState::Approved && !v->revalidationDue
                               && can(Permission::ModelsDeploy));
    // Rolling back replaces the deployed version with an earlier deployed, approved one.
    const auto &versions = m_queue->allVersions();
    const bool anyDeployed = std::any_of(versions.begin(),
                                         versions.end(),
                                         [](const ModelVersion &m) {
                                             return m.record.state == ModelState::Deployed;
                                         });
    m_rollbackButton->setEnabled(idle && v && state == ModelState::Approved && !v->revalidationDue
                                 && v->record.everDeployed && anyDeployed
                                 && can(Permission::ModelsRollback));
    m_retireButton->setEnabled(idle && v && state != ModelState::Retired
                               && state != ModelState::Deployed && can(Permission::ModelsRetire));
    m_cardButton->setEnabled(idle && v);
    m_outcomesButton->setVisible(can(Permission::LeadsImport));
    m_outcomesButton->setEnabled(idle);
    m_policyButton->setVisible(can(Permission::ModelsGates));
    m_policyButton->setEnabled(idle);
}

void ApprovalTab::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_queueView->setEnabled(!busy);
    updateActions();
    Q_EMIT busyChanged(busy);
}

} // namespace mizan
