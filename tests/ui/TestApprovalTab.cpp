// The Approval Queue tab offscreen: the queue with risk badges and the pending filter, the
// detail pages (assessment, comparison charts, model card, signed history and timeline), the
// decision dialog's required fields, decisions through the tab (a wrong password refused,
// approve, deploy, roll back) read back from the registry and the audit log, the assessment
// job, model card exports, and screenshots ($MIZAN_SCREENSHOTS, approval-tab.png or
// approval-tab-ar.png with $MIZAN_SCREENSHOT_LANGUAGE=ar).

#include "Bootstrap.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"
#include "governance/ApprovalQueueModel.h"
#include "governance/ApprovalTab.h"
#include "governance/AssessmentView.h"
#include "governance/ComparisonView.h"
#include "governance/CurveChart.h"
#include "governance/DecisionDialog.h"
#include "governance/GovernancePolicyDialog.h"
#include "governance/HistoryModel.h"
#include "governance/OutcomesView.h"
#include "governance/TimelineChart.h"
#include "model/Trainer.h"
#include "scoring/ScoringTab.h"
#include "workspace/Workspace.h"

#include "AuditFill.h"
#include "Screenshots.h"
#include "TestWorkspaceUtil.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace mizan;
using namespace mizan::test;

namespace {

constexpr const char *kOfficerPassword = kThirdPassword;
constexpr const char *kOfficer2Password = kOtherPassword;
constexpr const char *kAnalystPassword = "violet anchor morning drum";

DecisionInput input(const QString &text, const char *password)
{
    DecisionInput in;
    in.text = text;
    in.password = pw(password);
    return in;
}

} // namespace

class TestApprovalTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void queueShowsPendingVersionsWithRiskBadges();
    void detailPagesShowTheEvidence();
    void dialogAsksForEverythingRequired();
    void scientistSubmitsButCannotDecide();
    void wrongPasswordIsRefusedAndNothingChanges();
    void approveDeployAndRollBackThroughTheTab();
    void assessmentRunsOffTheUiThread();
    void modelCardExportsAreAudited();
    void scoringUsesTheDeployedVersion();
    void scoringSaysWhenItFallsBack();
    void outcomesPageShowsRealisedPerformance();
    void riskOfficersEditThePolicy();
    void buttonsFollowTheVersionsState();

private:
    void signIn(const QString &user, const char *password);
    ModelInfo train(int rounds, int depth, const QString &name);
    ModelState stateOf(qint64 id);
    QStringList auditActionsSince(qint64 seq);
    qint64 auditCount();

    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_ws;
    std::optional<Dataset> m_data;
    LeadSetInfo m_set;
    qint64 m_deployed = 0;  ///< version A: approved and deployed in initTestCase
    qint64 m_candidate = 0; ///< version B: submitted, waiting
};

void TestApprovalTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Bootstrap::setApplicationIdentity();
    QSettings().clear();
    MessageBox::setTestMode(true);
    KdfParams::allowTestCost(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (const QString language = qEnvironmentVariable("MIZAN_SCREENSHOT_LANGUAGE");
        !language.isEmpty())
        Bootstrap::installTranslators(language);

    const QByteArray csv = DemoLeads::csv({3000, 11});
    const QString csvPath = m_dir.filePath("demo-leads.csv");
    const QString specPath = m_dir.filePath("demo-leads.spec.json");
    writeAll(csvPath, csv);
    writeAll(specPath, DemoLeads::specJson());
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, csvPath, DemoLeads::spec());
    MIZAN_VERIFY_OK(data);
    m_data = std::move(*data);

    auto created = createWorkspace(m_dir.filePath("ws"));
    m_ws = std::shared_ptr<Workspace>(std::move(created.workspace));
    MIZAN_VERIFY_OK(m_ws->addUser("dana", Role::DataScientist, pw(kFourthPassword)));
    MIZAN_VERIFY_OK(m_ws->addUser("rana", Role::RiskOfficer, pw(kOfficerPassword)));
    MIZAN_VERIFY_OK(m_ws->addUser("rami", Role::RiskOfficer, pw(kOfficer2Password)));
    // Only for the wrong password: a failed confirmation counts towards the sign-in lockout.
    MIZAN_VERIFY_OK(m_ws->addUser("rasha", Role::RiskOfficer, pw(kAdminPassword)));
    MIZAN_VERIFY_OK(m_ws->addUser("nour", Role::Analyst, pw(kAnalystPassword)));
    signIn("dana", kFourthPassword);
    auto set = m_ws->importLeadSet(csvPath, specPath, "demo-leads");
    MIZAN_VERIFY_OK(set);
    m_set = *set;
    m_deployed = train(25, 3, QStringLiteral("lead-model-2026q2")).id;
    m_candidate = train(60, 4, QStringLiteral("lead-model-2026q3")).id;

    // The demo leads are fair enough for the fairness gate to be judged on a report; keep the
    // rest of the default policy.
    signIn("rana", kOfficerPassword);
    auto policy = m_ws->governancePolicy();
    MIZAN_VERIFY_OK(policy);
    policy->minDpRatio = 0.0;
    MIZAN_VERIFY_OK(m_ws->setGovernancePolicy(*policy));

    // Version A: submitted, approved, deployed; version B: submitted against it.
    signIn("dana", kFourthPassword);
    MIZAN_VERIFY_OK(m_ws->submitModel(m_deployed, "First quarterly model.", m_set.id));
    signIn("rana", kOfficerPassword);
    MIZAN_VERIFY_OK(m_ws->reauthenticate(pw(kOfficerPassword)));
    ApprovalRequest request;
    request.comment = QStringLiteral("Reviewed the evidence.");
    MIZAN_VERIFY_OK(m_ws->approveModel(m_deployed, request));
    MIZAN_VERIFY_OK(m_ws->deployModel(m_deployed, "Go live."));
    MIZAN_VERIFY_OK(m_ws->fairnessReport(m_deployed, m_set.id, FairnessQuery{}));
    MIZAN_VERIFY_OK(m_ws->fairnessReport(m_candidate, m_set.id, FairnessQuery{}));
    signIn("dana", kFourthPassword);
    MIZAN_VERIFY_OK(m_ws->submitModel(m_candidate, "Deeper trees, more rounds.", m_set.id));
}

void TestApprovalTab::cleanupTestCase()
{
    m_ws.reset();
}

void TestApprovalTab::signIn(const QString &user, const char *password)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    MIZAN_VERIFY_OK(m_ws->login(user, pw(password)));
}

ModelInfo TestApprovalTab::train(int rounds, int depth, const QString &name)
{
    TrainConfig config;
    config.params.rounds = rounds;
    config.params.maxDepth = depth;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("random:0.2:1");
    config.name = name;
    auto bundle = Trainer::train(*m_data, config);
    if (!bundle)
        qFatal("cannot train: %s", qPrintable(bundle.error().message));
    auto stored = m_ws->storeModel(*bundle, name + QStringLiteral(".bundle.json"));
    if (!stored)
        qFatal("cannot store: %s", qPrintable(stored.error().message));
    return *stored;
}

ModelState TestApprovalTab::stateOf(qint64 id)
{
    auto v = m_ws->modelVersion(id);
    if (!v)
        qFatal("no version %lld", id);
    return v->record.state;
}

qint64 TestApprovalTab::auditCount()
{
    signIn("audra", kAuditorPassword);
    auto n = m_ws->auditCount();
    return n ? *n : -1;
}

QStringList TestApprovalTab::auditActionsSince(qint64 seq)
{
    // Read as the auditor, then sign the caller back in is the caller's job.
    signIn("audra", kAuditorPassword);
    QStringList actions;
    auto entries = m_ws->auditEntries(seq + 1);
    if (!entries)
        qFatal("cannot read the audit log");
    for (const AuditEntry &e : *entries)
        actions << e.action + QLatin1Char('/') + e.outcome;
    return actions;
}

void TestApprovalTab::queueShowsPendingVersionsWithRiskBadges()
{
    signIn("rana", kOfficerPassword);
    ApprovalTab tab(m_ws);
    QAbstractItemModelTester queueTester(tab.queueModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester historyTester(tab.historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    ApprovalQueueModel *queue = tab.queueModel();
    // Waiting for a decision: only B.
    QCOMPARE(queue->rowCount(), 1);
    QCOMPARE(queue->index(0, 0).data(ApprovalQueueModel::IdRole).toLongLong(), m_candidate);
    QCOMPARE(queue->index(0, ApprovalQueueModel::StateColumn).data().toString(),
             modelStateDisplayName(ModelState::Submitted));
    const QString level = queue->index(0, 0).data(ApprovalQueueModel::RiskRole).toString();
    QVERIFY(level == "low" || level == "medium" || level == "high");
    QVERIFY(queue->index(0, ApprovalQueueModel::RiskColumn)
                .data()
                .toString()
                .startsWith(riskLevelDisplayName(level)));
    QVERIFY(queue->index(0, ApprovalQueueModel::RiskColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(queue->index(0, ApprovalQueueModel::ApprovalsColumn).data().toString(),
             ApprovalQueueModel::tr("%1 of %2").arg(0).arg(level == "high" ? 2 : 1));
    QCOMPARE(queue->index(0, ApprovalQueueModel::AuthorColumn).data().toString(),
             QStringLiteral("dana"));
    // All versions: A is deployed, and the banner says so.
    tab.showCombo()->setCurrentIndex(1);
    QCOMPARE(queue->rowCount(), 2);
    const int rowA = queue->rowOf(m_deployed);
    QVERIFY(rowA >= 0);
    QCOMPARE(queue->index(rowA, ApprovalQueueModel::StateColumn).data().toString(),
             modelStateDisplayName(ModelState::Deployed));
    QVERIFY(!queue->index(rowA, ApprovalQueueModel::RevalidateColumn).data().toString().isEmpty());
    QVERIFY2(tab.deployedLabel()->text().contains("#" + QString::number(m_deployed)),
             qPrintable(tab.deployedLabel()->text()));
    QCOMPARE(tab.selectedId(), m_candidate); // the selection survived the filter change
}

void TestApprovalTab::detailPagesShowTheEvidence()
{
    signIn("rana", kOfficerPassword);
    const qint64 seq = auditCount();
    signIn("rana", kOfficerPassword);
    ApprovalTab tab(m_ws);
    tab.resize(1400, 950);
    QVERIFY(tab.selectVersion(m_candidate));
    // Risk assessment: every rule with its finding, the four gates.
    QCOMPARE(tab.assessmentView()->rulesTable()->rowCount(), 10);
    for (int row = 0; row < 10; ++row)
        QVERIFY(!tab.assessmentView()->rulesTable()->item(row, 3)->text().isEmpty());
    QCOMPARE(tab.assessmentView()->gatesTable()->rowCount(), 4);
    QVERIFY(tab.assessmentView()->badge()->text().contains(QStringLiteral("·")));
    QVERIFY(tab.assessmentView()->approvalsLabel()->text().contains("Deeper trees, more rounds."));
    // Comparison: metrics of both, fairness of both, charts of both on the reference set.
    QTableWidget *metrics = tab.comparisonView()->metricsTable();
    QVERIFY(metrics->rowCount() >= 6);
    QCOMPARE(metrics->item(0, 0)->text(), QStringLiteral("ROC AUC"));
    QVERIFY(!metrics->item(0, 1)->text().isEmpty());
    QVERIFY(!metrics->item(0, 2)->text().isEmpty());
    QVERIFY(!metrics->item(0, 3)->text().isEmpty());
    QVERIFY(tab.comparisonView()->fairnessTable()->rowCount() >= 1);
    QVERIFY(!tab.comparisonView()->fairnessTable()->item(0, 2)->text().isEmpty());
    for (CurveChart *chart : {tab.comparisonView()->rocChart(),
                              tab.comparisonView()->calibrationChart(),
                              tab.comparisonView()->distributionChart()}) {
        QCOMPARE(chart->series().size(), size_t(2));
        QVERIFY2(!chart->series()[0].points.empty(), qPrintable(chart->title()));
        QVERIFY2(!chart->series()[1].points.empty(), qPrintable(chart->title()));
    }
    const auto &roc = tab.comparisonView()->rocChart()->series()[0].points;
    QCOMPARE(roc.front(), std::make_pair(0.0, 0.0));
    QCOMPARE(roc.back(), std::make_pair(1.0, 1.0));
    const QStringList top = (*m_ws->latestAssessment(m_candidate))->topFeatures;
    QVERIFY(!top.isEmpty());
    QVERIFY(tab.comparisonView()->featuresLabel()->text().contains(top.first()));
    // History: registered and submitted, signed; the timeline holds A's deployment.
    const auto &events = tab.historyModel()->events();
    QCOMPARE(events.size(), size_t(2));
    QCOMPARE(events[0].action, ModelAction::Register);
    QCOMPARE(events[1].action, ModelAction::Submit);
    QCOMPARE(tab.historyModel()->index(1, ModelHistoryModel::ActorColumn).data().toString(),
             ModelHistoryModel::tr("%1 (%2)").arg(QStringLiteral("dana"),
                                                  roleDisplayName(Role::DataScientist)));
    QCOMPARE(tab.timelineChart()->periods().size(), size_t(1));
    QCOMPARE(tab.timelineChart()->periods()[0].modelId, m_deployed);
    // The model card is made when its page is opened, and that is audited.
    QVERIFY(tab.cardView()->toPlainText().isEmpty());
    tab.detailTabs()->setCurrentWidget(tab.cardView());
    QVERIFY(tab.cardView()->toPlainText().contains("lead-model-2026q3"));
    tab.detailTabs()->setCurrentIndex(1);
    shoot(tab, QStringLiteral("approval-tab.png"));
    QVERIFY(auditActionsSince(seq).contains(QStringLiteral("model.card/ok")));
}

void TestApprovalTab::dialogAsksForEverythingRequired()
{
    DecisionDialog dialog(Decision::Approve, QStringLiteral("lead-model (#2)"));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.textEdit()->setPlainText(QStringLiteral("  "));
    dialog.passwordEdit()->setText(QStringLiteral("secret"));
    QVERIFY(!ok->isEnabled()); // a blank comment is no comment
    dialog.textEdit()->setPlainText(QStringLiteral("Evidence reviewed."));
    QVERIFY(ok->isEnabled());
    dialog.setFailingGates({QStringLiteral("min_roc_auc")});
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.overrideEdit()->isHidden());
    dialog.overrideEdit()->setText(QStringLiteral("Pilot only, three months."));
    QVERIFY(ok->isEnabled());
    dialog.setRevalidationLimit(QDate::currentDate().addMonths(6));
    QCOMPARE(dialog.revalidateEdit()->maximumDate(), QDate::currentDate().addMonths(6));
    dialog.revalidateEdit()->setDate(QDate::currentDate().addYears(3)); // clamped
    QCOMPARE(dialog.revalidateEdit()->date(), QDate::currentDate().addMonths(6));
    const QDate earlier = QDate::currentDate().addMonths(6).addDays(-10);
    dialog.revalidateEdit()->setDate(earlier);
    DecisionInput in = dialog.takeInput();
    QCOMPARE(in.revalidateBy, earlier);
    QCOMPARE(in.text, QStringLiteral("Evidence reviewed."));
    QCOMPARE(in.overrideReason, QStringLiteral("Pilot only, three months."));
    QCOMPARE(in.password.size(), qsizetype(6));
    QVERIFY(dialog.passwordEdit()->text().isEmpty()); // the password left the line edit
    // The latest date allowed (the default) means the policy's whole period.
    DecisionDialog byDefault(Decision::Approve, QStringLiteral("x"));
    byDefault.setRevalidationLimit(QDate::currentDate().addMonths(12));
    byDefault.textEdit()->setPlainText(QStringLiteral("ok"));
    byDefault.passwordEdit()->setText(QStringLiteral("p"));
    QVERIFY(!byDefault.takeInput().revalidateBy.isValid());

    DecisionDialog deploy(Decision::Deploy, QStringLiteral("x"));
    deploy.passwordEdit()->setText(QStringLiteral("p"));
    QVERIFY(deploy.buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // comment optional
    DecisionDialog submit(Decision::Submit, QStringLiteral("x"));
    QVERIFY(submit.passwordEdit()->isHidden());
    submit.textEdit()->setPlainText(QStringLiteral("Ready."));
    QVERIFY(submit.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestApprovalTab::scientistSubmitsButCannotDecide()
{
    signIn("dana", kFourthPassword);
    ApprovalTab tab(m_ws);
    tab.showCombo()->setCurrentIndex(1);
    QVERIFY(tab.selectVersion(m_candidate));
    QVERIFY(!tab.submitButton()->isHidden());
    QVERIFY(!tab.submitButton()->isEnabled()); // already submitted
    for (QPushButton *b : {tab.approveButton(),
                           tab.rejectButton(),
                           tab.deployButton(),
                           tab.rollbackButton(),
                           tab.retireButton()})
        QVERIFY2(b->isHidden(), qPrintable(b->objectName()));
    // The core refuses whatever the buttons say.
    MessageBox::takeMessages();
    QVERIFY(!tab.decide(Decision::Approve, m_candidate, input("mine", kFourthPassword)));
    QCOMPARE(stateOf(m_candidate), ModelState::Submitted);
    QCOMPARE(MessageBox::takeMessages().size(), 1);
}

void TestApprovalTab::wrongPasswordIsRefusedAndNothingChanges()
{
    signIn("rasha", kAdminPassword);
    const qint64 seq = auditCount();
    signIn("rasha", kAdminPassword);
    ApprovalTab tab(m_ws);
    QVERIFY(tab.selectVersion(m_candidate));
    QVERIFY(tab.approveButton()->isEnabled());
    MessageBox::takeMessages();
    QVERIFY(!tab.decide(Decision::Approve, m_candidate, input("Looks fine.", "not my password")));
    const QStringList messages = MessageBox::takeMessages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(stateOf(m_candidate), ModelState::Submitted);
    QVERIFY(!auditActionsSince(seq).contains(QStringLiteral("model.approve/ok")));
}

void TestApprovalTab::approveDeployAndRollBackThroughTheTab()
{
    signIn("rana", kOfficerPassword);
    const qint64 seq = auditCount();
    signIn("rana", kOfficerPassword);
    const QString level = m_ws->modelVersion(m_candidate)->riskLevel;
    ApprovalTab tab(m_ws);
    QSignalSpy decided(&tab, &ApprovalTab::decided);
    QVERIFY(tab.selectVersion(m_candidate));
    // The deeper candidate scores differently from the deployed version: when a policy gate
    // fails, approving needs a written override reason, and the refusal says which gate.
    const QStringList failing = (*m_ws->latestAssessment(m_candidate))->failingGates();
    DecisionInput approval = input("Evidence reviewed.", kOfficerPassword);
    if (!failing.isEmpty()) {
        MessageBox::takeMessages();
        QVERIFY(!tab.decide(Decision::Approve,
                            m_candidate,
                            input("Evidence reviewed.", kOfficerPassword)));
        const QString refusal = MessageBox::takeMessages().join('\n');
        QVERIFY(!refusal.isEmpty());
        if (QLocale().language() == QLocale::English)
            QVERIFY2(refusal.contains("override reason"), qPrintable(refusal));
        QCOMPARE(stateOf(m_candidate), ModelState::Submitted);
    }
    // As an officer fills the dialog in, keeping the default revalidation date.
    {
        DecisionDialog dialog(Decision::Approve, QStringLiteral("candidate"));
        dialog.setRevalidationLimit(QDate::currentDate().addMonths(12));
        dialog.setFailingGates(failing);
        dialog.textEdit()->setPlainText(QStringLiteral("Evidence reviewed."));
        dialog.overrideEdit()->setText(QStringLiteral("Drift expected: new campaign mix."));
        dialog.passwordEdit()->setText(QLatin1String(kOfficerPassword));
        QVERIFY(dialog.isComplete());
        dialog.resize(dialog.sizeHint());
        shoot(dialog, QStringLiteral("decision-dialog.png"));
        approval = dialog.takeInput();
    }
    MessageBox::takeMessages();
    const bool approved = tab.decide(Decision::Approve, m_candidate, std::move(approval));
    QVERIFY2(approved, qPrintable(MessageBox::takeMessages().join('\n')));
    if (level == QLatin1String("high")) {
        // Two officers: the first cannot approve twice, the second completes it.
        QCOMPARE(stateOf(m_candidate), ModelState::Submitted);
        QVERIFY(!tab.approveButton()->isEnabled());
        signIn("rami", kOfficer2Password);
        ApprovalTab second(m_ws);
        QVERIFY(second.selectVersion(m_candidate));
        DecisionInput second2 = input("Agreed.", kOfficer2Password);
        second2.overrideReason = failing.isEmpty() ? QString() : QStringLiteral("Agreed.");
        QVERIFY(second.decide(Decision::Approve, m_candidate, std::move(second2)));
        signIn("rana", kOfficerPassword);
        tab.refresh();
    }
    QCOMPARE(stateOf(m_candidate), ModelState::Approved);
    tab.showCombo()->setCurrentIndex(1);
    QVERIFY(tab.selectVersion(m_candidate));
    QVERIFY(tab.deployButton()->isEnabled());
    QVERIFY(tab.decide(Decision::Deploy, m_candidate, input({}, kOfficerPassword)));
    QCOMPARE(stateOf(m_candidate), ModelState::Deployed);
    QCOMPARE(stateOf(m_deployed), ModelState::Approved);
    QCOMPARE(tab.timelineChart()->periods().size(), size_t(2));
    // Roll back to A with a reason.
    QVERIFY(tab.selectVersion(m_deployed));
    QVERIFY(tab.rollbackButton()->isEnabled());
    QVERIFY(tab.decide(Decision::Rollback,
                       m_deployed,
                       input("Conversion fell in the first week.", kOfficerPassword)));
    QCOMPARE(stateOf(m_deployed), ModelState::Deployed);
    QCOMPARE(tab.timelineChart()->periods().size(), size_t(3));
    QCOMPARE(tab.timelineChart()->periods().back().how, ModelAction::Rollback);
    QCOMPARE(tab.timelineChart()->lanes().size(), size_t(2));
    QVERIFY(tab.deployedLabel()->text().contains("#" + QString::number(m_deployed)));
    QVERIFY(decided.count() >= 3);
    tab.resize(1400, 950);
    tab.detailTabs()->setCurrentIndex(3);
    shoot(tab, QStringLiteral("approval-history.png"));
    const QStringList actions = auditActionsSince(seq);
    for (const char *expected : {"model.approve/ok", "model.deploy/ok", "model.rollback/ok"})
        QVERIFY2(actions.contains(QLatin1String(expected)), expected);
    if (!failing.isEmpty())
        QVERIFY(actions.contains(QStringLiteral("model.gate_override/ok")));
}

void TestApprovalTab::assessmentRunsOffTheUiThread()
{
    signIn("rana", kOfficerPassword);
    ApprovalTab tab(m_ws);
    tab.showCombo()->setCurrentIndex(1);
    QVERIFY(tab.selectVersion(m_candidate));
    QCOMPARE(tab.referenceLeadSet(), m_set.id);
    const qint64 before = m_ws->latestAssessment(m_candidate)->value().createdMs;
    QSignalSpy busy(&tab, &ApprovalTab::busyChanged);
    QSignalSpy assessed(&tab, &ApprovalTab::assessed);
    tab.assessSelected();
    QVERIFY(tab.isBusy());
    QVERIFY(!tab.cancelButton()->isHidden());
    QVERIFY(!tab.assessButton()->isEnabled());
    QVERIFY(assessed.wait(120000));
    QCOMPARE(assessed.first().first().toBool(), true);
    QVERIFY(!tab.isBusy());
    QCOMPARE(busy.count(), 2);
    const auto latest = m_ws->latestAssessment(m_candidate);
    QVERIFY(latest && *latest);
    QVERIFY((*latest)->createdMs >= before);
    QVERIFY((*latest)->candidateProfile && (*latest)->deployedProfile);
    // Cancelled at once: nothing recorded, the tab is free again.
    tab.assessSelected();
    tab.cancel();
    assessed.clear();
    QVERIFY(assessed.wait(120000));
    QVERIFY(!tab.isBusy());
}

void TestApprovalTab::modelCardExportsAreAudited()
{
    signIn("rana", kOfficerPassword);
    const qint64 seq = auditCount();
    signIn("rana", kOfficerPassword);
    ApprovalTab tab(m_ws);
    tab.showCombo()->setCurrentIndex(1);
    QVERIFY(tab.selectVersion(m_candidate));
    const QString md = m_dir.filePath("card-b.md");
    const QString pdf = m_dir.filePath("card-b.pdf");
    QVERIFY(tab.exportCardTo(md));
    QVERIFY(tab.exportCardTo(pdf));
    const QByteArray text = readAll(md);
    QVERIFY(text.contains("lead-model-2026q3"));
    QVERIFY(text.contains("rana"));
    QVERIFY(readAll(pdf).startsWith("%PDF"));
    // An unwritable place: refused with a message naming it, and no file appears.
    MessageBox::takeMessages();
    const QString bad = m_dir.filePath("no-such-folder/card.md");
    QVERIFY(!tab.exportCardTo(bad));
    QVERIFY(!QFile::exists(bad));
    QVERIFY(MessageBox::takeMessages().join('\n').contains("card.md"));
    signIn("audra", kAuditorPassword);
    auto entries = m_ws->auditEntries(seq + 1);
    MIZAN_VERIFY_OK(entries);
    QStringList files;
    for (const AuditEntry &e : *entries) {
        if (e.action == QLatin1String("model.card"))
            files << e.details.value("file").toString();
    }
    QVERIFY2(files.contains("card-b.md") && files.contains("card-b.pdf"),
             qPrintable(files.join(',')));
}

void TestApprovalTab::scoringUsesTheDeployedVersion()
{
    // After the rollback above, version A is the deployed one again.
    QCOMPARE(stateOf(m_deployed), ModelState::Deployed);
    signIn("nour", kAnalystPassword);
    ScoringTab tab;
    tab.setWorkspace(m_ws);
    QCOMPARE(tab.modelCombo()->currentData().toLongLong(), m_deployed);
    QVERIFY(tab.modelCombo()->currentText().contains(modelStateDisplayName(ModelState::Deployed)));
    QVERIFY(tab.deployment() && !tab.deployment()->fallback);
    QCOMPARE(tab.deploymentLabel()->text(),
             ScoringTab::tr("Scoring uses the deployed version #%1.").arg(m_deployed));
    // Another version may be chosen, but the tab says its scores are not the approved ones.
    tab.modelCombo()->setCurrentIndex(tab.modelCombo()->findData(m_candidate));
    QVERIFY(tab.deploymentLabel()->text().contains(
        ScoringTab::tr("its scores are for evaluation only.")));
}

void TestApprovalTab::scoringSaysWhenItFallsBack()
{
    // A copy of the workspace whose deployed bundle lost a byte's worth of integrity.
    static_cast<void>(m_ws->logout());
    const QString source = m_dir.filePath("ws");
    const QString copy = m_dir.filePath("ws-fallback");
    QVERIFY(QDir().mkpath(copy));
    for (const char *file : {Workspace::kDatabaseFile, Workspace::kSlotsFile})
        QVERIFY(QFile::copy(source + u'/' + QLatin1String(file), copy + u'/' + QLatin1String(file)));
    {
        auto raw = RawAuditDb::open(copy, "rana", kOfficerPassword);
        MIZAN_VERIFY_OK(raw);
        MIZAN_VERIFY_OK(raw->db().exec(
            QStringLiteral("UPDATE models SET bundle = CAST(replace(CAST(bundle AS TEXT), "
                           "'\"name\"', '\"Name\"') AS BLOB) WHERE id = %1")
                .arg(m_deployed)
                .toUtf8()
                .constData()));
    }
    auto opened = Workspace::open(copy, testOptions());
    MIZAN_VERIFY_OK(opened);
    std::shared_ptr<Workspace> ws(std::move(*opened));
    MIZAN_VERIFY_OK(ws->login("nour", pw(kAnalystPassword)));
    ScoringTab tab;
    tab.setWorkspace(ws);
    QVERIFY(tab.deployment() && tab.deployment()->fallback);
    QCOMPARE(tab.deployment()->intendedId, m_deployed);
    QCOMPARE(tab.modelCombo()->currentData().toLongLong(), tab.deployment()->modelId);
    QVERIFY(tab.deployment()->modelId != m_deployed);
    const QString text = tab.deploymentLabel()->text();
    QVERIFY2(text.contains(ScoringTab::tr("Fallback:")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("#%1").arg(m_deployed)));
    tab.resize(900, 300);
    shoot(tab, QStringLiteral("scoring-fallback.png"));
    MIZAN_VERIFY_OK(ws->logout());
    MIZAN_VERIFY_OK(ws->login("audra", pw(kAuditorPassword)));
    auto log = ws->auditEntries();
    MIZAN_VERIFY_OK(log);
    QVERIFY(std::ranges::any_of(*log, [](const AuditEntry &e) {
        return e.action == QLatin1String("model.fallback") && e.actor == QLatin1String("nour");
    }));
}

void TestApprovalTab::outcomesPageShowsRealisedPerformance()
{
    signIn("nour", kAnalystPassword);
    MIZAN_VERIFY_OK(m_ws->scoreLeadSet(m_set.id, m_deployed));
    ApprovalTab tab(m_ws);
    tab.resize(1400, 950);
    QVERIFY(!tab.outcomesButton()->isHidden()); // analysts import outcomes
    // A malformed file: refused with the file and line, nothing imported.
    const QString bad = m_dir.filePath("outcomes-bad.csv");
    writeAll(bad, "lead_id,converted\nFZ-1,yes\nFZ-2,maybe\n");
    MessageBox::takeMessages();
    QVERIFY(!tab.importOutcomesFrom(bad));
    QVERIFY(MessageBox::takeMessages().join('\n').contains("outcomes-bad.csv"));
    // The lead file itself has lead_id and converted: every outcome becomes known.
    QVERIFY(tab.importOutcomesFrom(m_dir.filePath("demo-leads.csv")));
    tab.showCombo()->setCurrentIndex(1);
    QVERIFY(tab.selectVersion(m_deployed));
    tab.detailTabs()->setCurrentWidget(tab.outcomesView());
    QTableWidget *runs = tab.outcomesView()->runsTable();
    QCOMPARE(runs->rowCount(), 2); // the run and all runs
    QCOMPARE(runs->item(0, 3)->text(), QLocale().toString(m_data->rowCount()));
    QVERIFY(!runs->item(0, 5)->text().isEmpty()); // realised ROC AUC
    auto report = m_ws->outcomeReport(m_deployed);
    MIZAN_VERIFY_OK(report);
    QCOMPARE(runs->item(0, 5)->text(), QLocale().toString(*report->overall.rocAuc, 'f', 3));
    QVERIFY(tab.outcomesView()->summaryLabel()->text().contains(
        QLocale().toString(*report->approvedAuc, 'f', 3)));
    shoot(tab, QStringLiteral("approval-outcomes.png"));
}

void TestApprovalTab::riskOfficersEditThePolicy()
{
    signIn("dana", kFourthPassword);
    {
        ApprovalTab tab(m_ws);
        QVERIFY(tab.policyButton()->isHidden());
        MessageBox::takeMessages();
        QVERIFY(!tab.applyPolicy(GovernancePolicy::defaults())); // the core refuses too
        QCOMPARE(MessageBox::takeMessages().size(), 1);
    }
    signIn("rana", kOfficerPassword);
    ApprovalTab tab(m_ws);
    QVERIFY(!tab.policyButton()->isHidden());
    auto before = m_ws->governancePolicy();
    MIZAN_VERIFY_OK(before);
    GovernancePolicyDialog dialog(*before);
    QCOMPARE(dialog.policy(), *before);
    // High risk below medium risk does not validate: the dialog stays open and says why.
    GovernancePolicy wrong = *before;
    wrong.mediumFrom = 5;
    wrong.highFrom = 3;
    dialog.setPolicy(wrong);
    dialog.accept();
    dialog.resize(dialog.sizeHint());
    shoot(dialog, QStringLiteral("policy-dialog.png"));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.problemLabel()->isHidden());
    QVERIFY(!dialog.problem().isEmpty());
    GovernancePolicy stricter = *before;
    stricter.minRocAuc = 0.75;
    stricter.revalidationMonths = 6;
    dialog.setPolicy(stricter);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(tab.applyPolicy(dialog.policy()));
    QCOMPARE(*m_ws->governancePolicy(), stricter);
    signIn("audra", kAuditorPassword);
    auto log = m_ws->auditEntries();
    MIZAN_VERIFY_OK(log);
    QVERIFY(std::ranges::any_of(*log, [](const AuditEntry &e) {
        return e.action == QLatin1String("model.policy") && e.actor == QLatin1String("rana")
               && e.details.value("policy").toObject().value("min_roc_auc").toVariant().toDouble()
                      == 0.75;
    }));
}

void TestApprovalTab::buttonsFollowTheVersionsState()
{
    // A version in every state: draft, submitted, rejected and retired ones made here; the
    // candidate approved (once deployed) and version A deployed by the tests above.
    signIn("dana", kFourthPassword);
    const qint64 draft = train(5, 2, QStringLiteral("lead-model-draft")).id;
    const qint64 submitted = train(6, 2, QStringLiteral("lead-model-submitted")).id;
    const qint64 rejected = train(7, 2, QStringLiteral("lead-model-rejected")).id;
    const qint64 retired = train(8, 2, QStringLiteral("lead-model-retired")).id;
    MIZAN_VERIFY_OK(m_ws->submitModel(submitted, "Waiting for a decision.", m_set.id));
    MIZAN_VERIFY_OK(m_ws->submitModel(rejected, "To be rejected.", m_set.id));
    signIn("rana", kOfficerPassword);
    MIZAN_VERIFY_OK(m_ws->reauthenticate(pw(kOfficerPassword)));
    MIZAN_VERIFY_OK(m_ws->rejectModel(rejected, "Not good enough."));
    MIZAN_VERIFY_OK(m_ws->retireModel(retired, "Superseded."));
    QCOMPARE(stateOf(draft), ModelState::Draft);
    QCOMPARE(stateOf(submitted), ModelState::Submitted);
    QCOMPARE(stateOf(rejected), ModelState::Rejected);
    QCOMPARE(stateOf(retired), ModelState::Retired);
    QCOMPARE(stateOf(m_candidate), ModelState::Approved);
    QVERIFY(m_ws->modelVersion(m_candidate)->record.everDeployed);
    QCOMPARE(stateOf(m_deployed), ModelState::Deployed);

    // The enabled buttons of a version, by object name, as a person sees them.
    const auto enabled = [](ApprovalTab &tab) {
        QStringList names;
        for (QPushButton *b : {tab.assessButton(),
                               tab.submitButton(),
                               tab.approveButton(),
                               tab.rejectButton(),
                               tab.deployButton(),
                               tab.rollbackButton(),
                               tab.retireButton()})
            if (!b->isHidden() && b->isEnabled())
                names << b->objectName().remove(QStringLiteral("Button"));
        return names.join(u',');
    };
    {
        // The data scientist submits drafts only: a rejected version stays rejected.
        signIn("dana", kFourthPassword);
        ApprovalTab tab(m_ws);
        tab.showCombo()->setCurrentIndex(1);
        const std::pair<qint64, const char *> expected[] = {
            {draft, "assess,submit"},
            {submitted, "assess"},
            {rejected, "assess"},
            {retired, ""},
            {m_candidate, "assess"},
            {m_deployed, "assess"},
        };
        for (const auto &[id, buttons] : expected) {
            QVERIFY(tab.selectVersion(id));
            QCOMPARE(enabled(tab), QString::fromLatin1(buttons));
        }
        // What the buttons mirror: the core refuses to submit a rejected version.
        auto again = m_ws->submitModel(rejected, "Once more.", m_set.id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);
        QCOMPARE(stateOf(rejected), ModelState::Rejected);
    }
    {
        // The risk officer decides on what the state allows, and never on a retired version.
        signIn("rana", kOfficerPassword);
        ApprovalTab tab(m_ws);
        tab.showCombo()->setCurrentIndex(1);
        const std::pair<qint64, const char *> expected[] = {
            {draft, "assess,retire"},
            {submitted, "assess,approve,reject,retire"},
            {rejected, "assess,retire"},
            {retired, ""},
            {m_candidate, "assess,deploy,rollback,retire"},
            {m_deployed, "assess"},
        };
        for (const auto &[id, buttons] : expected) {
            QVERIFY(tab.selectVersion(id));
            QVERIFY(tab.submitButton()->isHidden());
            QCOMPARE(enabled(tab), QString::fromLatin1(buttons));
        }
        // The core refuses what stays disabled.
        MIZAN_VERIFY_OK(m_ws->reauthenticate(pw(kOfficerPassword)));
        QVERIFY(!m_ws->deployModel(rejected));
        QVERIFY(!m_ws->rejectModel(rejected, "Twice."));
        QVERIFY(!m_ws->retireModel(m_deployed, "While deployed."));
        QVERIFY(!m_ws->retireModel(retired, "Twice."));
        QCOMPARE(stateOf(rejected), ModelState::Rejected);
        QCOMPARE(stateOf(m_deployed), ModelState::Deployed);
    }
}

QTEST_MAIN(TestApprovalTab)
#include "TestApprovalTab.moc"
