// Model governance through the Workspace facade: the lifecycle end to end, every four-eyes
// bypass refused, high-risk double approval, gates and overrides, revalidation, rollback, the
// as-of queries, the fallback at load, tampering found by the signature checks, and every step
// read back from the audit log.

#include "AuditFill.h"
#include "TestPaths.h"
#include "TestWorkspaceUtil.h"

#include "common/Crypto.h"
#include "governance/ModelRegistry.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::test;

namespace {

const QString kScientist = QStringLiteral("dana");
const QString kScientist2 = QStringLiteral("dora");
const QString kOfficer = QStringLiteral("rana");
const QString kOfficer2 = QStringLiteral("rami");
const QString kAnalyst = QStringLiteral("nour");
constexpr const char *kOfficerPassword = "amber violet canyon thunder";
constexpr const char *kOfficer2Password = "granite willow harbor seven";
constexpr const char *kScientist2Password = "pepper lagoon sunrise cobalt";
constexpr qint64 kDay = 24LL * 3600 * 1000;

ApprovalRequest ask(const QString &comment, qint64 until = 0, const QString &overrideReason = {})
{
    ApprovalRequest r;
    r.comment = comment;
    r.revalidateByMs = until;
    r.overrideReason = overrideReason;
    return r;
}

} // namespace

class TestModelGovernance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lifecycleEndToEnd();
    void fourEyesBypassesAreRefused();
    void highRiskNeedsTwoOfficers();
    void failingGateNeedsOverrideReason();
    void revalidationBlocksDeploy();
    void rollbackAndAsOf();
    void retireAndCard();
    void fallbackWhenDeployedBundleFails();
    void editedStateIsRefused();
    void forgedEventIsRefused();
    void removedEventIsRefused();

private:
    const char *passwordOf(const QString &user) const;
    void signIn(const QString &user);
    void fresh(const QString &user);
    ModelInfo newModel(int rounds);
    qint64 submitted(int rounds);
    qint64 approved(int rounds);
    std::vector<AuditEntry> auditFrom(qint64 seq);
    qint64 lastSeq();
    GovernancePolicy relaxedPolicy() const;
    void setPolicy(const GovernancePolicy &policy);
    /** A copy of the workspace folder (the other tests go on with the original). */
    QString copyWorkspace(const QString &name);

    QTemporaryDir m_dir;
    QString m_wsDir;
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>();
    std::unique_ptr<Workspace> m_ws;
    LeadSetInfo m_set;
};

void TestModelGovernance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_wsDir = m_dir.filePath(QStringLiteral("ws"));
    auto created = createWorkspace(m_wsDir, m_clock);
    m_ws = std::move(created.workspace);
    MIZAN_VERIFY_OK(m_ws->addUser(kOfficer, Role::RiskOfficer, pw(kOfficerPassword)));
    MIZAN_VERIFY_OK(m_ws->addUser(kOfficer2, Role::RiskOfficer, pw(kOfficer2Password)));
    MIZAN_VERIFY_OK(m_ws->addUser(kScientist2, Role::DataScientist, pw(kScientist2Password)));
    MIZAN_VERIFY_OK(m_ws->addUser(kAnalyst, Role::Analyst, pw(kThirdPassword)));
    m_set = importSynthetic(*m_ws, m_wsDir, 600); // as the data scientist dana
    setPolicy(relaxedPolicy());
}

void TestModelGovernance::cleanupTestCase()
{
    m_ws.reset();
    KdfParams::allowTestCost(false);
}

const char *TestModelGovernance::passwordOf(const QString &user) const
{
    if (user == kOfficer)
        return kOfficerPassword;
    if (user == kOfficer2)
        return kOfficer2Password;
    if (user == kScientist2)
        return kScientist2Password;
    if (user == kAnalyst)
        return kThirdPassword;
    if (user == QLatin1String("audra"))
        return kAuditorPassword;
    if (user == QLatin1String("amira"))
        return kAdminPassword;
    return kFourthPassword;
}

void TestModelGovernance::signIn(const QString &user)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    auto login = m_ws->login(user, pw(passwordOf(user)));
    if (!login)
        qFatal("cannot sign in as %s: %s", qPrintable(user), qPrintable(login.error().message));
}

void TestModelGovernance::fresh(const QString &user)
{
    signIn(user);
    if (!m_ws->reauthenticate(pw(passwordOf(user))))
        qFatal("cannot re-authenticate");
}

ModelInfo TestModelGovernance::newModel(int rounds)
{
    signIn(kScientist);
    TrainConfig config;
    config.params.rounds = rounds;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("mod:5:4");
    auto bundle = Trainer::train(syntheticDataset(400), config);
    if (!bundle)
        qFatal("cannot train: %s", qPrintable(bundle.error().message));
    bundle->name = QStringLiteral("leads-r%1").arg(rounds);
    auto stored = m_ws->storeModel(*bundle, QStringLiteral("leads-r%1.bundle.json").arg(rounds));
    if (!stored)
        qFatal("cannot store: %s", qPrintable(stored.error().message));
    return *stored;
}

qint64 TestModelGovernance::submitted(int rounds)
{
    const ModelInfo model = newModel(rounds);
    auto assessment = m_ws->submitModel(model.id,
                                        QStringLiteral("Retrained on Q3 leads."),
                                        m_set.id);
    if (!assessment)
        qFatal("cannot submit: %s", qPrintable(assessment.error().message));
    return model.id;
}

qint64 TestModelGovernance::approved(int rounds)
{
    const qint64 id = submitted(rounds);
    fresh(kOfficer);
    ApprovalRequest request;
    request.comment = QStringLiteral("Evidence reviewed.");
    auto outcome = m_ws->approveModel(id, request);
    if (!outcome || outcome->state != ModelState::Approved)
        qFatal("cannot approve: %s",
               outcome ? "still pending" : qPrintable(outcome.error().message));
    return id;
}

qint64 TestModelGovernance::lastSeq()
{
    signIn(QStringLiteral("audra"));
    auto count = m_ws->auditCount();
    return count ? *count : -1;
}

std::vector<AuditEntry> TestModelGovernance::auditFrom(qint64 seq)
{
    signIn(QStringLiteral("audra"));
    auto entries = m_ws->auditEntries(seq + 1);
    if (!entries)
        qFatal("cannot read the audit log: %s", qPrintable(entries.error().message));
    return std::move(*entries);
}

GovernancePolicy TestModelGovernance::relaxedPolicy() const
{
    // The synthetic leads are a small, easy problem: the gates that need a fairness report or
    // a deployed version to compare with are opened here and tested on their own below.
    GovernancePolicy p;
    p.minRocAuc = 0.5;
    p.minDpRatio = 0.0;
    p.maxPsi = 10.0;
    p.warnPsi = 10.0;
    p.maxAucDrop = 0.5;
    p.mediumFrom = 50;
    p.highFrom = 90;
    return p;
}

void TestModelGovernance::setPolicy(const GovernancePolicy &policy)
{
    signIn(kOfficer);
    if (!m_ws->setGovernancePolicy(policy))
        qFatal("cannot set the policy");
}

QString TestModelGovernance::copyWorkspace(const QString &name)
{
    static_cast<void>(m_ws->logout());
    const QString target = m_dir.filePath(name);
    QDir().mkpath(target);
    for (const char *file : {Workspace::kDatabaseFile, Workspace::kSlotsFile})
        QFile::copy(m_wsDir + u'/' + QLatin1String(file), target + u'/' + QLatin1String(file));
    return target;
}

void TestModelGovernance::lifecycleEndToEnd()
{
    const qint64 seq0 = lastSeq();
    const ModelInfo model = newModel(12);
    auto version = m_ws->modelVersion(model.id);
    MIZAN_VERIFY_OK(version);
    QCOMPARE(version->record.state, ModelState::Draft);
    QCOMPARE(version->record.registeredBy, kScientist);
    QVERIFY(version->record.authors.contains(kScientist));

    // Submitting needs a justification, then carries an assessment on the reference lead set.
    auto empty = m_ws->submitModel(model.id, QStringLiteral("  "));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
    auto assessment = m_ws->submitModel(model.id, QStringLiteral("Quarterly retrain."), m_set.id);
    MIZAN_VERIFY_OK(assessment);
    QCOMPARE(assessment->rules.size(), size_t(10));
    QVERIFY(!assessment->level.isEmpty());
    QCOMPARE(assessment->topFeatures.size(),
             std::min<qsizetype>(5, qsizetype(syntheticSpec().features.size())));
    for (const RiskRule &r : assessment->rules)
        QVERIFY2(!r.finding.isEmpty(), qPrintable(r.id));
    QVERIFY(assessment->failingGates().isEmpty());
    // The reference lead set's score profile is kept with it for the comparison charts.
    QVERIFY(assessment->candidateProfile);
    QCOMPARE(assessment->candidateProfile->rows, m_set.rows);
    QVERIFY(assessment->candidateProfile->rocAuc);
    auto stored = m_ws->latestAssessment(model.id);
    MIZAN_VERIFY_OK(stored);
    QVERIFY(*stored && (*stored)->candidateProfile);
    QCOMPARE((*stored)->candidateProfile->roc, assessment->candidateProfile->roc);

    // An analyst can look but not decide.
    signIn(kAnalyst);
    QCOMPARE(m_ws->modelVersion(model.id)->record.state, ModelState::Submitted);
    auto denied = m_ws->approveModel(model.id, ask(QStringLiteral("ok")));
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);

    // Approval asks for the password again, and a comment.
    signIn(kOfficer);
    m_clock->advance(10 * 60 * 1000);
    QCOMPARE(m_ws->approveModel(model.id, ask(QStringLiteral("ok"))).error().field,
             QStringLiteral("reauthenticate"));
    fresh(kOfficer);
    QCOMPARE(m_ws->approveModel(model.id, ask(QString())).error().code, ErrorCode::InvalidInput);
    auto outcome = m_ws->approveModel(model.id,
                                      ask(QStringLiteral("Metrics and fairness reviewed.")));
    MIZAN_VERIFY_OK(outcome);
    QCOMPARE(outcome->state, ModelState::Approved);
    QCOMPARE(outcome->approvals, 1);
    MIZAN_VERIFY_OK(m_ws->deployModel(model.id));
    version = m_ws->modelVersion(model.id);
    QCOMPARE(version->record.state, ModelState::Deployed);
    QCOMPARE(version->record.approvals.front().approver, kOfficer);
    QVERIFY(version->record.revalidateByMs > m_clock->nowMs() + 360 * kDay);
    QVERIFY(version->record.revalidateByMs <= m_clock->nowMs() + 366 * kDay);
    auto deployed = m_ws->deployedModel();
    MIZAN_VERIFY_OK(deployed);
    QCOMPARE(deployed->modelId, model.id);
    QVERIFY(!deployed->fallback);

    // Every step is in the audit log, by the person who took it, naming the signed event.
    const std::vector<AuditEntry> log = auditFrom(seq0);
    QStringList steps;
    for (const AuditEntry &e : log) {
        if (e.action.startsWith(QLatin1String("model."))
            && e.target == QStringLiteral("model:%1").arg(model.id))
            steps << e.action + u':' + e.outcome + u':' + e.actor;
    }
    const QStringList expected{QStringLiteral("model.import:ok:dana"),
                               QStringLiteral("model.register:ok:dana"),
                               QStringLiteral("model.submit:failed:dana"),
                               QStringLiteral("model.assess:ok:dana"),
                               QStringLiteral("model.submit:ok:dana"),
                               QStringLiteral("model.approve:failed:rana"), // no comment
                               QStringLiteral("model.assess:ok:rana"),
                               QStringLiteral("model.approve:ok:rana"),
                               QStringLiteral("model.deploy:ok:rana")};
    QCOMPARE(steps.join(u' '), expected.join(u' '));
    // The stale session's attempt is recorded as a request for the password.
    QVERIFY(std::ranges::any_of(log, [&](const AuditEntry &e) {
        return e.action == QLatin1String("reauthenticate.required") && e.actor == kOfficer
               && e.target == QStringLiteral("model:%1").arg(model.id);
    }));
    for (const AuditEntry &e : log) {
        if (e.action == QLatin1String("model.approve") && e.outcome == QLatin1String("ok"))
            QVERIFY(e.details.contains(QStringLiteral("event_hash")));
    }
    // The approval was checkpointed, co-signed by the approver.
    signIn(QStringLiteral("audra"));
    auto checkpoints = m_ws->auditCheckpoints();
    MIZAN_VERIFY_OK(checkpoints);
    QVERIFY(std::ranges::any_of(*checkpoints, [](const StoredCheckpoint &c) {
        return c.reason == QLatin1String("approval") && c.cosigner == kOfficer;
    }));
    auto verified = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(verified);
    QVERIFY2(verified->ok, qPrintable(verified->verdict()));
}

void TestModelGovernance::fourEyesBypassesAreRefused()
{
    // Self-approval after a role change: dora imports and submits, becomes a risk officer.
    signIn(kScientist2);
    TrainConfig config;
    config.params.rounds = 7;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("none");
    auto bundle = Trainer::train(syntheticDataset(350), config);
    MIZAN_VERIFY_OK(bundle);
    auto model = m_ws->storeModel(*bundle, QStringLiteral("dora.bundle.json"));
    MIZAN_VERIFY_OK(model);
    MIZAN_VERIFY_OK(m_ws->submitModel(model->id, QStringLiteral("Mine.")));
    fresh(QStringLiteral("amira"));
    MIZAN_VERIFY_OK(m_ws->setRole(kScientist2, Role::RiskOfficer));
    const qint64 seq = lastSeq();
    fresh(kScientist2);
    auto self = m_ws->approveModel(model->id, ask(QStringLiteral("Looks fine to me.")));
    QVERIFY(!self);
    QCOMPARE(self.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(self.error().message.contains(QStringLiteral("four eyes")),
             qPrintable(self.error().message));
    QCOMPARE(m_ws->rejectModel(model->id, QStringLiteral("no")).error().code,
             ErrorCode::PermissionDenied);
    const auto refused = auditFrom(seq);
    QVERIFY(std::ranges::any_of(refused, [&](const AuditEntry &e) {
        return e.action == QLatin1String("model.approve") && e.outcome == QLatin1String("denied")
               && e.actor == kScientist2
               && e.details.value(QStringLiteral("rule")).toString() == QLatin1String("four_eyes");
    }));
    fresh(QStringLiteral("amira"));
    MIZAN_VERIFY_OK(m_ws->setRole(kScientist2, Role::DataScientist));

    // Deploying a version that is not approved.
    fresh(kOfficer);
    auto early = m_ws->deployModel(model->id);
    QVERIFY(!early);
    QCOMPARE(early.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_ws->modelVersion(model->id)->record.state, ModelState::Submitted);

    // A data scientist cannot approve at all (the permission), nor deploy.
    fresh(kScientist);
    QCOMPARE(m_ws->approveModel(model->id, ask(QStringLiteral("x"))).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(m_ws->deployModel(model->id).error().code, ErrorCode::PermissionDenied);
    // A rejection closes it; it cannot be approved afterwards.
    fresh(kOfficer);
    MIZAN_VERIFY_OK(m_ws->rejectModel(model->id, QStringLiteral("Trained on too few leads.")));
    QCOMPARE(m_ws->modelVersion(model->id)->record.state, ModelState::Rejected);
    QCOMPARE(m_ws->approveModel(model->id, ask(QStringLiteral("x"))).error().code,
             ErrorCode::InvalidInput);
}

void TestModelGovernance::highRiskNeedsTwoOfficers()
{
    GovernancePolicy strict = relaxedPolicy();
    strict.mediumFrom = 1;
    strict.highFrom = 1; // any finding (no fairness report: a warning) makes it high risk
    setPolicy(strict);
    const qint64 id = submitted(9);
    QCOMPARE(m_ws->modelVersion(id)->record.submittedRisk, QStringLiteral("high"));
    fresh(kOfficer);
    auto first = m_ws->approveModel(id, ask(QStringLiteral("First review.")));
    MIZAN_VERIFY_OK(first);
    QCOMPARE(first->state, ModelState::Submitted);
    QCOMPARE(first->approvals, 1);
    QCOMPARE(first->needed, 2);
    QCOMPARE(m_ws->deployModel(id).error().code, ErrorCode::InvalidInput);
    auto again = m_ws->approveModel(id, ask(QStringLiteral("Me again.")));
    QCOMPARE(again.error().code, ErrorCode::PermissionDenied);
    QVERIFY(again.error().message.contains(QStringLiteral("different risk officer")));
    fresh(kOfficer2);
    auto second = m_ws->approveModel(id, ask(QStringLiteral("Second review.")));
    MIZAN_VERIFY_OK(second);
    QCOMPARE(second->state, ModelState::Approved);
    QCOMPARE(second->approvals, 2);
    auto version = m_ws->modelVersion(id);
    QCOMPARE(version->record.approvals.size(), size_t(2));
    QCOMPARE(version->riskLevel, QStringLiteral("high"));
    setPolicy(relaxedPolicy());
}

void TestModelGovernance::failingGateNeedsOverrideReason()
{
    GovernancePolicy gated = relaxedPolicy();
    gated.minDpRatio = 0.8; // no fairness report yet: the gate has no evidence and fails
    setPolicy(gated);
    const qint64 id = submitted(8);
    fresh(kOfficer);
    auto blocked = m_ws->approveModel(id, ask(QStringLiteral("ok")));
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().field, QStringLiteral("override_reason"));
    QVERIFY(blocked.error().message.contains(QStringLiteral("Demographic parity")));
    QCOMPARE(m_ws->modelVersion(id)->record.state, ModelState::Submitted);
    const qint64 seq = lastSeq();
    fresh(kOfficer);
    const ApprovalRequest request
        = ask(QStringLiteral("ok"),
              0,
              QStringLiteral("Fairness report follows in the pilot; scope is limited."));
    auto outcome = m_ws->approveModel(id, request);
    MIZAN_VERIFY_OK(outcome);
    QCOMPARE(outcome->state, ModelState::Approved);
    const auto version = m_ws->modelVersion(id);
    QCOMPARE(version->record.approvals.front().overriddenGates,
             QStringList{QStringLiteral("min_dp_ratio")});
    const auto log = auditFrom(seq);
    const auto override = std::ranges::find_if(log, [](const AuditEntry &e) {
        return e.action == QLatin1String("model.gate_override");
    });
    QVERIFY(override != log.end());
    QCOMPARE(override->actor, kOfficer);
    QCOMPARE(override->details.value(QStringLiteral("reason")).toString(), request.overrideReason);
    setPolicy(relaxedPolicy());
}

void TestModelGovernance::revalidationBlocksDeploy()
{
    const qint64 id = submitted(11);
    fresh(kOfficer);
    // At most the policy's period (12 months).
    const ApprovalRequest tooLate = ask(QStringLiteral("ok"), m_clock->nowMs() + 400 * kDay);
    QCOMPARE(m_ws->approveModel(id, tooLate).error().field, QStringLiteral("revalidate_by"));
    const ApprovalRequest shortOne = ask(QStringLiteral("Pilot only."),
                                         m_clock->nowMs() + 30 * kDay);
    MIZAN_VERIFY_OK(m_ws->approveModel(id, shortOne));
    m_clock->advance(31 * kDay);
    fresh(kOfficer);
    auto version = m_ws->modelVersion(id);
    QVERIFY(version->revalidationDue);
    auto blocked = m_ws->deployModel(id);
    QVERIFY(!blocked);
    QVERIFY(blocked.error().message.contains(QStringLiteral("approved again")));
    // Re-approval by another officer renews it; then it deploys.
    fresh(kOfficer2);
    MIZAN_VERIFY_OK(m_ws->approveModel(id, ask(QStringLiteral("Revalidated."))));
    version = m_ws->modelVersion(id);
    QVERIFY(!version->revalidationDue);
    QCOMPARE(version->record.state, ModelState::Approved);
    auto assessment = m_ws->assessModel(id);
    MIZAN_VERIFY_OK(assessment);
    const auto rule = std::ranges::find(assessment->rules,
                                        QStringLiteral("revalidation"),
                                        &RiskRule::id);
    QCOMPARE(rule->status, QStringLiteral("pass"));
}

void TestModelGovernance::rollbackAndAsOf()
{
    const qint64 a = approved(13);
    fresh(kOfficer);
    MIZAN_VERIFY_OK(m_ws->deployModel(a));
    const qint64 tA = m_clock->nowMs();
    m_clock->advance(kDay);
    const qint64 b = approved(14);
    fresh(kOfficer);
    MIZAN_VERIFY_OK(m_ws->deployModel(b, QStringLiteral("Better calibrated.")));
    const qint64 tB = m_clock->nowMs();
    QCOMPARE(m_ws->modelVersion(a)->record.state, ModelState::Approved);

    // A run scored while b is deployed.
    signIn(kScientist);
    auto run = m_ws->scoreLeadSet(m_set.id, b);
    MIZAN_VERIFY_OK(run);
    m_clock->advance(kDay);

    // Rollback needs a reason and an earlier deployed version.
    fresh(kOfficer);
    QCOMPARE(m_ws->rollbackModel(a, QString()).error().code, ErrorCode::InvalidInput);
    const qint64 never = approved(15);
    fresh(kOfficer);
    QCOMPARE(m_ws->rollbackModel(never, QStringLiteral("x")).error().code, ErrorCode::InvalidInput);
    MIZAN_VERIFY_OK(m_ws->rollbackModel(a, QStringLiteral("Complaints about b's scores.")));
    const qint64 tRollback = m_clock->nowMs();
    QCOMPARE(m_ws->modelVersion(a)->record.state, ModelState::Deployed);
    QCOMPARE(m_ws->modelVersion(b)->record.state, ModelState::Approved);

    // As of: each moment gives the version deployed then.
    QCOMPARE(m_ws->deployedModelAt(tA + 1).value(), std::optional<qint64>(a));
    QCOMPARE(m_ws->deployedModelAt(tB + 1).value(), std::optional<qint64>(b));
    QCOMPARE(m_ws->deployedModelAt(tRollback).value(), std::optional<qint64>(a));
    QVERIFY(!m_ws->deployedModelAt(1000).value());
    auto provenance = m_ws->predictionProvenance(run->id);
    MIZAN_VERIFY_OK(provenance);
    QCOMPARE(provenance->modelId, b);
    QCOMPARE(provenance->deployedThen, std::optional<qint64>(b));
    auto timeline = m_ws->deploymentTimeline();
    MIZAN_VERIFY_OK(timeline);
    QVERIFY(timeline->size() >= 3);
    QCOMPARE(timeline->back().modelId, a);
    QCOMPARE(timeline->back().how, ModelAction::Rollback);
    QCOMPARE(timeline->back().toMs, 0);
    QCOMPARE(std::ranges::count_if(*timeline, [](const DeploymentPeriod &p) { return p.toMs == 0; }),
             1);
}

void TestModelGovernance::retireAndCard()
{
    const qint64 id = approved(16);
    fresh(kOfficer);
    auto card = m_ws->modelCard(id);
    MIZAN_VERIFY_OK(card);
    for (const char *section : {"# Model card",
                                "## Intended use",
                                "## Lineage",
                                "## Metrics",
                                "## Fairness",
                                "## Explainability",
                                "## Risk assessment",
                                "## Limitations",
                                "## Approvals and signatures"})
        QVERIFY2(card->contains(QLatin1String(section)), section);
    QVERIFY(card->contains(kOfficer));
    auto history = m_ws->modelHistory(id);
    MIZAN_VERIFY_OK(history);
    QCOMPARE(history->size(), size_t(3)); // register, submit, approve
    QVERIFY(card->contains(QString::fromLatin1(history->back().signature.toHex())));
    // The deployed version cannot be retired; this one can, with a reason.
    auto deployed = m_ws->deployedModel();
    MIZAN_VERIFY_OK(deployed);
    QCOMPARE(m_ws->retireModel(deployed->modelId, QStringLiteral("old")).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(m_ws->retireModel(id, QString()).error().code, ErrorCode::InvalidInput);
    MIZAN_VERIFY_OK(m_ws->retireModel(id, QStringLiteral("Superseded.")));
    QCOMPARE(m_ws->modelVersion(id)->record.state, ModelState::Retired);
    QCOMPARE(m_ws->deployModel(id).error().code, ErrorCode::InvalidInput);
}

void TestModelGovernance::fallbackWhenDeployedBundleFails()
{
    fresh(kOfficer);
    auto before = m_ws->deployedModel();
    MIZAN_VERIFY_OK(before);
    const qint64 broken = before->modelId;
    const QString copy = copyWorkspace(QStringLiteral("fallback"));
    {
        auto raw = RawAuditDb::open(copy, kOfficer, kOfficerPassword);
        MIZAN_VERIFY_OK(raw);
        // One byte of the stored bundle changed: its hash no longer matches the approved one.
        MIZAN_VERIFY_OK(raw->db().exec(
            QStringLiteral(
                "UPDATE models SET bundle = CAST(replace(CAST(bundle AS TEXT), '\"name\"', "
                "'\"Name\"') AS BLOB) WHERE id = %1")
                .arg(broken)
                .toUtf8()
                .constData()));
    }
    auto ws = Workspace::open(copy, testOptions(m_clock));
    MIZAN_VERIFY_OK(ws);
    MIZAN_VERIFY_OK((*ws)->login(kAnalyst, pw(kThirdPassword)));
    auto used = (*ws)->deployedModel();
    MIZAN_VERIFY_OK(used);
    QVERIFY(used->fallback);
    QCOMPARE(used->intendedId, broken);
    QVERIFY(used->modelId != broken);
    QVERIFY(!used->problem.isEmpty());
    MIZAN_VERIFY_OK((*ws)->logout());
    MIZAN_VERIFY_OK((*ws)->login(QStringLiteral("audra"), pw(kAuditorPassword)));
    auto log = (*ws)->auditEntries();
    MIZAN_VERIFY_OK(log);
    const auto fallback = std::ranges::find_if(*log, [](const AuditEntry &e) {
        return e.action == QLatin1String("model.fallback");
    });
    QVERIFY(fallback != log->end());
    QCOMPARE(fallback->actor, kAnalyst);
    QCOMPARE(fallback->details.value(QStringLiteral("used")).toInteger(), used->modelId);
}

void TestModelGovernance::editedStateIsRefused()
{
    fresh(kOfficer);
    const qint64 id = submitted(17);
    const QString copy = copyWorkspace(QStringLiteral("edited-state"));
    {
        auto raw = RawAuditDb::open(copy, kOfficer, kOfficerPassword);
        MIZAN_VERIFY_OK(raw);
        MIZAN_VERIFY_OK(
            raw->db().exec(QStringLiteral("UPDATE models SET state = 'approved' WHERE id = %1")
                               .arg(id)
                               .toUtf8()
                               .constData()));
    }
    auto ws = Workspace::open(copy, testOptions(m_clock));
    MIZAN_VERIFY_OK(ws);
    MIZAN_VERIFY_OK((*ws)->login(kOfficer, pw(kOfficerPassword)));
    auto versions = (*ws)->modelVersions();
    QVERIFY(!versions);
    QCOMPARE(versions.error().code, ErrorCode::Integrity);
    QVERIFY2(versions.error().message.contains(QStringLiteral("No signature supports it")),
             qPrintable(versions.error().message));
    QCOMPARE((*ws)->deployModel(id).error().code, ErrorCode::Integrity);
    QCOMPARE((*ws)->deployedModel().error().code, ErrorCode::Integrity);
}

void TestModelGovernance::forgedEventIsRefused()
{
    const qint64 id = submitted(18);
    const QString copy = copyWorkspace(QStringLiteral("forged"));
    {
        auto raw = RawAuditDb::open(copy, kOfficer, kOfficerPassword);
        MIZAN_VERIFY_OK(raw);
        // The attacker holds the data key, not rana's password: an approval "by rana" signed
        // with a key of their own, chained correctly, with the state column to match.
        auto last = raw->db().prepare(
            "SELECT payload, signature FROM model_events ORDER BY number DESC LIMIT 1");
        MIZAN_VERIFY_OK(last);
        MIZAN_VERIFY_OK(last->step());
        auto previous = ModelEvent::fromPayload(last->blob(0),
                                                last->blob(1),
                                                QStringLiteral("last"));
        MIZAN_VERIFY_OK(previous);
        ModelEvent forged = *previous;
        forged.number = previous->number + 1;
        forged.previousHash = previous->hash();
        forged.action = ModelAction::Approve;
        forged.actor = kOfficer;
        forged.role = QStringLiteral("risk_officer");
        forged.comment = QStringLiteral("approved");
        forged.details = {{QStringLiteral("revalidate_by_ms"), forged.timeMs + 30 * kDay},
                          {QStringLiteral("risk_level"), QStringLiteral("low")}};
        const crypto::SigningKey attacker = crypto::generateSigningKey();
        forged.signature = *crypto::sign(attacker.privateSeed, forged.payload());
        auto insert = raw->db().prepare(
            "INSERT INTO model_events(number, model_id, payload, signature) VALUES(?, ?, ?, ?)");
        MIZAN_VERIFY_OK(insert);
        insert->bind(1, forged.number)
            .bind(2, id)
            .bind(3, forged.payload())
            .bind(4, forged.signature);
        MIZAN_VERIFY_OK(insert->run());
        MIZAN_VERIFY_OK(
            raw->db().exec(QStringLiteral("UPDATE models SET state = 'approved' WHERE id = %1")
                               .arg(id)
                               .toUtf8()
                               .constData()));
    }
    auto ws = Workspace::open(copy, testOptions(m_clock));
    MIZAN_VERIFY_OK(ws);
    MIZAN_VERIFY_OK((*ws)->login(kOfficer, pw(kOfficerPassword)));
    auto versions = (*ws)->modelVersions();
    QVERIFY(!versions);
    QCOMPARE(versions.error().code, ErrorCode::Integrity);
    QVERIFY2(versions.error().message.contains(QStringLiteral("valid signature")),
             qPrintable(versions.error().message));
}

void TestModelGovernance::removedEventIsRefused()
{
    // Undoing a rejection by deleting its event (and resetting the state column).
    const qint64 id = submitted(19);
    fresh(kOfficer);
    MIZAN_VERIFY_OK(m_ws->rejectModel(id, QStringLiteral("Not convincing.")));
    const QString copy = copyWorkspace(QStringLiteral("removed"));
    {
        auto raw = RawAuditDb::open(copy, kOfficer, kOfficerPassword);
        MIZAN_VERIFY_OK(raw);
        MIZAN_VERIFY_OK(raw->db().exec(
            "DELETE FROM model_events WHERE number = (SELECT MAX(number) FROM model_events)"));
        MIZAN_VERIFY_OK(
            raw->db().exec(QStringLiteral("UPDATE models SET state = 'submitted' WHERE id = %1")
                               .arg(id)
                               .toUtf8()
                               .constData()));
    }
    auto ws = Workspace::open(copy, testOptions(m_clock));
    MIZAN_VERIFY_OK(ws);
    MIZAN_VERIFY_OK((*ws)->login(kOfficer2, pw(kOfficer2Password)));
    auto versions = (*ws)->modelVersions();
    QVERIFY(!versions);
    QCOMPARE(versions.error().code, ErrorCode::Integrity);
    QVERIFY2(versions.error().message.contains(QStringLiteral("removed")),
             qPrintable(versions.error().message));
}

QTEST_GUILESS_MAIN(TestModelGovernance)
#include "TestModelGovernance.moc"
