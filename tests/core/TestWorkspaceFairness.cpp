// The fairness services of the Workspace facade: the report is the engine's on the stored data,
// every verdict is stored and the failing ones audited, only risk officers change the policy,
// and bad requests write nothing.

#include "TestPaths.h"
#include "TestWorkspaceUtil.h"

#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::test;

namespace {

const QString kAnalyst = QStringLiteral("nour");
const QString kRiskOfficer = QStringLiteral("rana");
const QString kAuditor = QStringLiteral("audra");
constexpr const char *kRiskPassword = "amber violet canyon thunder";

std::vector<AuditEntry> after(const std::vector<AuditEntry> &log, qint64 seq, const QString &prefix)
{
    std::vector<AuditEntry> out;
    for (const AuditEntry &e : log) {
        if (e.seq > seq && e.action.startsWith(prefix))
            out.push_back(e);
    }
    return out;
}

} // namespace

class TestWorkspaceFairness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reportIsTheEnginesOnTheStoredData();
    void verdictsAreStoredAndFailuresAudited();
    void onlyRiskOfficersChangeThePolicy();
    void badRequestsWriteNothing();
    void unlabelledLeadSetIsRefused();
    void leadSetsAreListedWithoutLeadsView();
    void exportsAreAudited();
    void auditLogStillVerifies();

private:
    void signIn(const QString &user);
    std::vector<AuditEntry> auditLog();
    qint64 alertCount();

    QTemporaryDir m_dir;
    QString m_wsDir;
    std::unique_ptr<Workspace> m_ws;
    LeadSetInfo m_set;
    ModelInfo m_model;
};

void TestWorkspaceFairness::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_wsDir = m_dir.filePath(QStringLiteral("ws"));
    auto created = createWorkspace(m_wsDir);
    m_ws = std::move(created.workspace);
    MIZAN_VERIFY_OK(m_ws->addUser(kAnalyst, Role::Analyst, pw(kThirdPassword)));
    MIZAN_VERIFY_OK(m_ws->addUser(kRiskOfficer, Role::RiskOfficer, pw(kRiskPassword)));
    m_set = importSynthetic(*m_ws, m_wsDir, 600); // signs in as the data scientist dana
    m_model = storeSyntheticModel(*m_ws);
}

void TestWorkspaceFairness::cleanupTestCase()
{
    m_ws.reset();
    KdfParams::allowTestCost(false);
}

void TestWorkspaceFairness::signIn(const QString &user)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    const char *password = user == kAnalyst       ? kThirdPassword
                           : user == kRiskOfficer ? kRiskPassword
                           : user == kAuditor     ? kAuditorPassword
                                                  : kFourthPassword;
    auto login = m_ws->login(user, pw(password));
    if (!login)
        qFatal("cannot sign in as %s: %s", qPrintable(user), qPrintable(login.error().message));
}

std::vector<AuditEntry> TestWorkspaceFairness::auditLog()
{
    signIn(kAuditor);
    auto entries = m_ws->auditEntries();
    if (!entries)
        qFatal("cannot read the audit log: %s", qPrintable(entries.error().message));
    return std::move(*entries);
}

qint64 TestWorkspaceFairness::alertCount()
{
    signIn(kAuditor);
    auto alerts = m_ws->fairnessAlerts();
    return alerts ? qint64(alerts->size()) : -1;
}

void TestWorkspaceFairness::reportIsTheEnginesOnTheStoredData()
{
    // The auditor (fairness.view, no leads.view) gets the report...
    signIn(kAuditor);
    QVERIFY(!m_ws->can(Permission::LeadsView));
    FairnessQuery query;
    query.options.threshold = 0.4;
    query.sweeps = true;
    const auto result = m_ws->fairnessReport(m_model.id, m_set.id, query);
    MIZAN_VERIFY_OK(result);
    QCOMPARE(result->report.attributes.size(), size_t(1));
    QCOMPARE(result->report.attributes[0].name(), QStringLiteral("region"));
    QCOMPARE(result->report.rowsUsed, qint64(600));
    QCOMPARE(result->sweeps.size(), size_t(1));
    QCOMPARE(result->dataName, QStringLiteral("leadset:%1").arg(m_set.id));
    QCOMPARE(result->modelSha256, m_model.modelSha256);
    QVERIFY(!result->data); // no leads.view: aggregates only, no row-level predictions

    // ...and it is exactly what the engine computes on the stored leads scored by the stored
    // model, read back by an analyst.
    signIn(kAnalyst);
    const auto data = m_ws->loadLeadSet(m_set.id);
    MIZAN_VERIFY_OK(data);
    const auto bundle = m_ws->loadModel(m_model.id);
    MIZAN_VERIFY_OK(bundle);
    const auto scorer = Scorer::create(*bundle);
    MIZAN_VERIFY_OK(scorer);
    auto scores = scorer->score(*data);
    MIZAN_VERIFY_OK(scores);
    auto built = FairnessData::build(*data, std::move(scores->probabilities), {});
    MIZAN_VERIFY_OK(built);
    const auto mine = FairnessResult::compute(std::make_shared<const FairnessData>(
                                                  std::move(*built)),
                                              query.options,
                                              BiasPolicy::defaults(),
                                              true);
    MIZAN_VERIFY_OK(mine);
    QCOMPARE(result->report.toJson(), mine->report.toJson());
    QCOMPARE(result->sweeps[0].toJson(), mine->sweeps[0].toJson());
    QCOMPARE(result->alerts.size(), mine->alerts.size());
    // An analyst (leads.view) gets the data too; recomputing from it at another threshold is
    // the engine's.
    const auto withData = m_ws->fairnessReport(m_model.id, m_set.id, query);
    MIZAN_VERIFY_OK(withData);
    QVERIFY(withData->data);
    QCOMPARE(withData->data->probabilities.size(), size_t(600));
    const auto moved = FairnessResult::compute(withData->data, {}, result->policy, false);
    MIZAN_VERIFY_OK(moved);
    QCOMPARE(moved->report.threshold, 0.5);
    for (const GroupMetrics &g : moved->report.attributes[0].metrics.groups) {
        const double rate = g.value(GroupMetric::SelectionRate);
        QVERIFY(rate >= 0.0 && rate <= 1.0);
    }
}

void TestWorkspaceFairness::verdictsAreStoredAndFailuresAudited()
{
    const qint64 storedBefore = alertCount();
    const qint64 seq = auditLog().back().seq;
    signIn(kAnalyst);
    const auto result = m_ws->fairnessReport(m_model.id, m_set.id);
    MIZAN_VERIFY_OK(result);
    QCOMPARE(result->alerts.size(), size_t(2)); // the default policy: two rules, one attribute
    const qint64 failing = qint64(result->failedAlerts().size());

    QCOMPARE(alertCount(), storedBefore + 2);
    const auto stored = m_ws->fairnessAlerts(m_model.id);
    MIZAN_VERIFY_OK(stored);
    QCOMPARE(stored->front().createdBy, kAnalyst);
    QCOMPARE(stored->front().modelId, m_model.id);
    QCOMPARE(stored->front().leadSetId, m_set.id);
    QCOMPARE(stored->front().threshold, 0.5);
    // Newest first: the last rule evaluated comes first.
    QCOMPARE(stored->front().alert, result->alerts.back());
    QCOMPARE((*stored)[1].alert, result->alerts.front());

    const std::vector<AuditEntry> added = after(auditLog(), seq, QStringLiteral("fairness."));
    QCOMPARE(qint64(added.size()), 1 + failing);
    QCOMPARE(added[0].action, QStringLiteral("fairness.report"));
    QCOMPARE(added[0].actor, kAnalyst);
    QCOMPARE(added[0].target, QStringLiteral("model:%1").arg(m_model.id));
    QCOMPARE(added[0].details["lead_set"].toInteger(), m_set.id);
    QCOMPARE(added[0].details["attributes"].toArray(), (QJsonArray{"region"}));
    QCOMPARE(added[0].details["rules_failed"].toInteger(), failing);
    QCOMPARE(added[0].details["input_sha256"].toString(), QString::fromLatin1(m_set.sha256));
    for (qint64 i = 1; i <= failing; ++i) {
        QCOMPARE(added[size_t(i)].action, QStringLiteral("fairness.alert"));
        QVERIFY(added[size_t(i)].details.contains("metric"));
        QVERIFY(added[size_t(i)].outcome == "fail" || added[size_t(i)].outcome == "undefined");
    }
}

void TestWorkspaceFairness::onlyRiskOfficersChangeThePolicy()
{
    BiasPolicy strict;
    strict.name = QStringLiteral("strict");
    strict.rules.push_back(
        {QStringLiteral("demographic_parity_difference"), PolicyOperator::AtMost, 0.0, QString()});
    BiasPolicy lenient;
    lenient.name = QStringLiteral("lenient");
    lenient.rules.push_back({QStringLiteral("demographic_parity_ratio"),
                             PolicyOperator::AtLeast,
                             0.0,
                             QStringLiteral("region")});

    // The analyst may read the policy but not change it; the denial is audited.
    signIn(kAnalyst);
    const auto current = m_ws->biasPolicy();
    MIZAN_VERIFY_OK(current);
    QCOMPARE(*current, BiasPolicy::defaults());
    const auto denied = m_ws->setBiasPolicy(lenient);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(denied.error().field, QStringLiteral("fairness.policy"));

    // The risk officer changes it; the entry carries the policy.
    const qint64 seq = auditLog().back().seq;
    signIn(kRiskOfficer);
    MIZAN_VERIFY_OK(m_ws->setBiasPolicy(lenient));
    const auto added = after(auditLog(), seq, QStringLiteral("fairness."));
    QCOMPARE(added.size(), size_t(1));
    QCOMPARE(added[0].action, QStringLiteral("fairness.policy"));
    QCOMPARE(added[0].actor, kRiskOfficer);
    QCOMPARE(added[0].details["policy"].toObject()["name"].toString(), QStringLiteral("lenient"));

    // Every user now reports against it: a ratio >= 0 always passes (or is undefined).
    signIn(kAnalyst);
    const auto read = m_ws->biasPolicy();
    MIZAN_VERIFY_OK(read);
    QCOMPARE(*read, lenient);
    auto result = m_ws->fairnessReport(m_model.id, m_set.id);
    MIZAN_VERIFY_OK(result);
    QCOMPARE(result->policy.name, QStringLiteral("lenient"));
    QCOMPARE(result->alerts.size(), size_t(1));
    QVERIFY(result->alerts[0].status != AlertStatus::Fail);
    // A difference of exactly 0 between three regions is not what this model does.
    signIn(kRiskOfficer);
    MIZAN_VERIFY_OK(m_ws->setBiasPolicy(strict));
    result = m_ws->fairnessReport(m_model.id, m_set.id);
    MIZAN_VERIFY_OK(result);
    QCOMPARE(result->alerts.size(), size_t(1));
    QCOMPARE(result->alerts[0].status, AlertStatus::Fail);
    // An invalid policy is refused and the stored one stays.
    BiasPolicy broken = strict;
    broken.rules[0].metric = QStringLiteral("happiness");
    const auto refused = m_ws->setBiasPolicy(broken);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains("happiness"), qPrintable(refused.error().message));
    const auto kept = m_ws->biasPolicy();
    MIZAN_VERIFY_OK(kept);
    QCOMPARE(kept->name, QStringLiteral("strict"));
    MIZAN_VERIFY_OK(m_ws->setBiasPolicy(BiasPolicy::defaults()));
}

void TestWorkspaceFairness::badRequestsWriteNothing()
{
    const qint64 stored = alertCount();
    signIn(kAnalyst);
    FairnessQuery query;
    query.attributes = {QStringLiteral("religion")};
    auto result = m_ws->fairnessReport(m_model.id, m_set.id, query);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.contains("religion")
                 && result.error().message.contains("region"),
             qPrintable(result.error().message));
    query = {};
    query.options.threshold = 1.5;
    result = m_ws->fairnessReport(m_model.id, m_set.id, query);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    query = {};
    query.privileged.insert(QStringLiteral("region"), QStringLiteral("Atlantis"));
    result = m_ws->fairnessReport(m_model.id, m_set.id, query);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains("Atlantis"), qPrintable(result.error().message));
    result = m_ws->fairnessReport(9999, m_set.id);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains("9999"), qPrintable(result.error().message));
    QCOMPARE(alertCount(), stored);
    // Each failure is audited as fairness.report "failed", without its message.
    const auto log = auditLog();
    qint64 failed = 0;
    for (const AuditEntry &e : log)
        failed += e.action == QLatin1String("fairness.report") && e.outcome == "failed" ? 1 : 0;
    QVERIFY(failed >= 4);
}

void TestWorkspaceFairness::unlabelledLeadSetIsRefused()
{
    // The same leads without the outcome column: nothing to compare predictions with.
    QByteArray csv;
    for (const QByteArray &line : syntheticCsv(50).split('\n')) {
        if (!line.isEmpty())
            csv += line.left(line.lastIndexOf(',')) + '\n';
    }
    const QString csvPath = m_dir.filePath(QStringLiteral("unlabelled.csv"));
    const QString specPath = m_dir.filePath(QStringLiteral("unlabelled.spec.json"));
    writeAll(csvPath, csv);
    writeAll(specPath, QJsonDocument(syntheticSpec().toJson()).toJson());
    signIn(QStringLiteral("dana"));
    const auto set = m_ws->importLeadSet(csvPath, specPath);
    MIZAN_VERIFY_OK(set);
    const qint64 stored = alertCount();
    signIn(kAnalyst);
    const auto result = m_ws->fairnessReport(m_model.id, set->id);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.contains("outcome"), qPrintable(result.error().message));
    QCOMPARE(alertCount(), stored);
}

void TestWorkspaceFairness::leadSetsAreListedWithoutLeadsView()
{
    // An auditor may not list leads, but may choose what a fairness report is made on.
    signIn(kAuditor);
    const auto plain = m_ws->leadSets();
    QVERIFY(!plain);
    QCOMPARE(plain.error().code, ErrorCode::PermissionDenied);
    const auto sets = m_ws->fairnessLeadSets();
    MIZAN_VERIFY_OK(sets);
    QCOMPARE(sets->size(), size_t(2)); // the synthetic set and the unlabelled one
    const FairnessLeadSet &labelled = sets->front();
    QCOMPARE(labelled.info.id, m_set.id);
    QCOMPARE(labelled.info.rows, m_set.rows);
    QCOMPARE(labelled.info.sha256, m_set.sha256);
    QVERIFY(labelled.labelled);
    QCOMPARE(labelled.sensitive.size(), size_t(1));
    QCOMPARE(labelled.sensitive.front().name, QStringLiteral("region"));
    // Its spec names a target the file does not have: no outcomes to judge.
    QVERIFY(!sets->back().labelled);
    QCOMPARE(sets->back().toJson()["labelled"].toBool(), false);
    QCOMPARE(labelled.toJson()["sensitive"].toArray().size(), 1);

    static_cast<void>(m_ws->logout());
    const auto signedOut = m_ws->fairnessLeadSets();
    QVERIFY(!signedOut);
}

void TestWorkspaceFairness::exportsAreAudited()
{
    const qint64 before = auditLog().back().seq;
    signIn(kAuditor); // aggregates only: fairness.view is enough
    MIZAN_VERIFY_OK(m_ws->recordFairnessExport(m_model.id,
                                               m_set.id,
                                               "pdf",
                                               "/home/someone/private/fairness-report.pdf",
                                               0.4,
                                               true));
    const auto bad = m_ws->recordFairnessExport(m_model.id, m_set.id, "csv", "x.csv", 1.5, false);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
    const auto added = after(auditLog(), before, QStringLiteral("fairness.export"));
    QCOMPARE(added.size(), size_t(1)); // the refused one wrote nothing
    const AuditEntry &e = added.front();
    QCOMPARE(e.actor, kAuditor);
    QCOMPARE(e.target, QStringLiteral("model:%1").arg(m_model.id));
    QCOMPARE(e.details["lead_set"].toInteger(), m_set.id);
    QCOMPARE(e.details["format"].toString(), QStringLiteral("pdf"));
    QCOMPARE(e.details["file"].toString(), QStringLiteral("fairness-report.pdf")); // no folder
    QCOMPARE(e.details["threshold"].toString(), QStringLiteral("0.4"));
    QCOMPARE(e.details["preview"].toBool(), true);
}

void TestWorkspaceFairness::auditLogStillVerifies()
{
    signIn(kAuditor);
    const auto report = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->verdict()));
    QCOMPARE(report->firstBadSeq, qint64(0));
}

QTEST_GUILESS_MAIN(TestWorkspaceFairness)
#include "TestWorkspaceFairness.moc"
