// Outcome monitoring through the Workspace facade: outcome files checked whole (missing column,
// bad value, conflicting duplicate, empty file, wrong role: refused, nothing written), realised
// performance per scoring run against an independent computation, outcomes that never change,
// and an alert when the realised ROC AUC drops beyond policy (stored and audited).

#include "TestWorkspaceUtil.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"
#include "model/Metrics.h"
#include "model/Scorer.h"
#include "model/Trainer.h"
#include "workspace/Workspace.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::test;

namespace {
constexpr const char *kOfficerPassword = kThirdPassword;
constexpr const char *kAnalystPassword = kOtherPassword;
} // namespace

class TestOutcomeMonitoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void badFilesAreRefusedAndNothingIsWritten_data();
    void badFilesAreRefusedAndNothingIsWritten();
    void onlyRolesThatImportLeadsImportOutcomes();
    void realisedPerformanceMatchesAnIndependentComputation();
    void anOutcomeNeverChanges();
    void aDropBeyondPolicyRaisesAnAuditedAlert();

private:
    void signIn(const QString &user, const char *password);
    QString writeFile(const QString &name, const QByteArray &content);
    /** "lead_id,converted" lines for rows [from, to) with their true (or flipped) labels. */
    QByteArray outcomes(qint64 from, qint64 to, bool flipped) const;
    qint64 knownOutcomes();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::optional<Dataset> m_data;
    std::vector<double> m_scores; ///< the deployed model's, computed here independently
    qint64 m_model = 0;
};

void TestOutcomeMonitoring::initTestCase()
{
    KdfParams::allowTestCost(true);
    const QByteArray csv = DemoLeads::csv({2000, 5});
    const QString csvPath = writeFile("leads.csv", csv);
    const QString specPath = writeFile("leads.spec.json", DemoLeads::specJson());
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, csvPath, DemoLeads::spec());
    MIZAN_VERIFY_OK(data);
    m_data = std::move(*data);

    auto created = createWorkspace(m_dir.filePath("ws"));
    m_ws = std::move(created.workspace);
    MIZAN_VERIFY_OK(m_ws->addUser("dana", Role::DataScientist, pw(kFourthPassword)));
    MIZAN_VERIFY_OK(m_ws->addUser("rana", Role::RiskOfficer, pw(kOfficerPassword)));
    MIZAN_VERIFY_OK(m_ws->addUser("nour", Role::Analyst, pw(kAnalystPassword)));
    signIn("dana", kFourthPassword);
    auto set = m_ws->importLeadSet(csvPath, specPath, "leads");
    MIZAN_VERIFY_OK(set);
    TrainConfig config;
    config.params.rounds = 30;
    config.params.maxDepth = 3;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("random:0.2:1");
    auto bundle = Trainer::train(*m_data, config);
    MIZAN_VERIFY_OK(bundle);
    auto scorer = Scorer::create(*bundle);
    MIZAN_VERIFY_OK(scorer);
    auto scores = scorer->score(*m_data);
    MIZAN_VERIFY_OK(scores);
    m_scores = scores->probabilities;
    auto stored = m_ws->storeModel(*bundle, "model.bundle.json");
    MIZAN_VERIFY_OK(stored);
    m_model = stored->id;
    MIZAN_VERIFY_OK(m_ws->submitModel(m_model, "For outcome monitoring.", set->id));
    signIn("rana", kOfficerPassword);
    auto policy = m_ws->governancePolicy();
    MIZAN_VERIFY_OK(policy);
    policy->minDpRatio = 0; // the fairness gate is not what this test is about
    policy->maxPsi = 10;
    MIZAN_VERIFY_OK(m_ws->setGovernancePolicy(*policy));
    MIZAN_VERIFY_OK(m_ws->assessModel(m_model, set->id));
    MIZAN_VERIFY_OK(m_ws->reauthenticate(pw(kOfficerPassword)));
    ApprovalRequest request;
    request.comment = QStringLiteral("Reviewed.");
    auto approved = m_ws->approveModel(m_model, request);
    MIZAN_VERIFY_OK(approved);
    QCOMPARE(approved->state, ModelState::Approved);
    MIZAN_VERIFY_OK(m_ws->deployModel(m_model));
    signIn("nour", kAnalystPassword);
    MIZAN_VERIFY_OK(m_ws->scoreLeadSet(set->id, m_model));
}

void TestOutcomeMonitoring::cleanupTestCase()
{
    m_ws.reset();
}

void TestOutcomeMonitoring::signIn(const QString &user, const char *password)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    MIZAN_VERIFY_OK(m_ws->login(user, pw(password)));
}

QString TestOutcomeMonitoring::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    writeAll(path, content);
    return path;
}

QByteArray TestOutcomeMonitoring::outcomes(qint64 from, qint64 to, bool flipped) const
{
    QByteArray csv = "lead_id,converted,observed\n";
    for (qint64 r = from; r < to; ++r) {
        const int label = m_data->labels[size_t(r)];
        csv += m_data->idOf(r).toUtf8() + ',' + QByteArray::number(flipped ? 1 - label : label)
               + ",2026-11-20\n";
    }
    return csv;
}

qint64 TestOutcomeMonitoring::knownOutcomes()
{
    auto report = m_ws->outcomeReport(m_model);
    if (!report)
        qFatal("no report: %s", qPrintable(report.error().message));
    return report->overall.matched;
}

void TestOutcomeMonitoring::badFilesAreRefusedAndNothingIsWritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("needle");
    const QByteArray id0 = m_data->idOf(0).toUtf8();
    const QByteArray id1 = m_data->idOf(1).toUtf8();
    QTest::newRow("no outcome column")
        << QByteArray("lead_id,result\n" + id0 + ",1\n") << "'converted'";
    QTest::newRow("bad value") << QByteArray("lead_id,converted\n" + id0 + ",1\n" + id1 + ",maybe\n")
                               << "line 3";
    QTest::newRow("empty id") << QByteArray("lead_id,converted\n,1\n") << "line 2";
    QTest::newRow("bad date") << QByteArray("lead_id,converted,observed\n" + id0 + ",1,27/11/2026\n")
                              << "observed";
    QTest::newRow("conflicting duplicate")
        << QByteArray("lead_id,converted\n" + id0 + ",1\n" + id1 + ",0\n" + id0 + ",0\n")
        << "line 4";
    QTest::newRow("header only") << QByteArray("lead_id,converted\n") << "no outcomes";
    QTest::newRow("empty file") << QByteArray() << "no outcomes";
}

void TestOutcomeMonitoring::badFilesAreRefusedAndNothingIsWritten()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, needle);
    signIn("nour", kAnalystPassword);
    const qint64 before = knownOutcomes();
    const QString path = writeFile("outcomes-bad.csv", content);
    auto imported = m_ws->importOutcomes(path);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, ErrorCode::InvalidInput);
    QVERIFY2(imported.error().message.contains("outcomes-bad.csv"),
             qPrintable(imported.error().message));
    QVERIFY2(imported.error().message.contains(needle), qPrintable(imported.error().message));
    QCOMPARE(knownOutcomes(), before);
}

void TestOutcomeMonitoring::onlyRolesThatImportLeadsImportOutcomes()
{
    signIn("rana", kOfficerPassword);
    auto denied = m_ws->importOutcomes(writeFile("o.csv", outcomes(0, 10, false)));
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(knownOutcomes(), 0);
}

void TestOutcomeMonitoring::realisedPerformanceMatchesAnIndependentComputation()
{
    signIn("nour", kAnalystPassword);
    const QString path = writeFile("outcomes-1.csv", outcomes(0, 1000, false));
    auto imported = m_ws->importOutcomes(path);
    MIZAN_VERIFY_OK(imported);
    QCOMPARE(imported->rows, 1000);
    QCOMPARE(imported->added, 1000);
    QCOMPARE(imported->matched, 1000);
    QVERIFY(imported->alerts.empty());
    auto report = m_ws->outcomeReport(); // the deployed version
    MIZAN_VERIFY_OK(report);
    QCOMPARE(report->modelId, m_model);
    QCOMPARE(report->runs.size(), size_t(1));
    const OutcomeSlice &run = report->runs.front();
    QCOMPARE(run.rows, m_data->rowCount());
    QCOMPARE(run.matched, 1000);
    // The same figures from the scores computed here and the labels in the file.
    std::vector<double> scores(m_scores.begin(), m_scores.begin() + 1000);
    std::vector<int8_t> labels(m_data->labels.begin(), m_data->labels.begin() + 1000);
    const qint64 positives = std::count(labels.begin(), labels.end(), int8_t(1));
    QCOMPARE(run.positives, positives);
    QVERIFY(run.rocAuc);
    QVERIFY(std::abs(*run.rocAuc - *rocAuc(scores, labels)) < 1e-12);
    double mean = 0;
    for (double s : scores)
        mean += s;
    QVERIFY(std::abs(run.meanPredicted - mean / 1000) < 1e-12);
    QVERIFY(std::abs(run.observedRate - double(positives) / 1000) < 1e-15);
    QVERIFY(run.lowestDpRatio && *run.lowestDpRatio >= 0 && *run.lowestDpRatio <= 1);
    QVERIFY(!run.dpAttribute.isEmpty());
    QCOMPARE(report->overall.matched, 1000);
    QVERIFY(report->approved);
    QVERIFY(report->approvedAuc);
    QVERIFY(!report->approvedAucSource.isEmpty());
    QVERIFY(report->alerts.empty());
    // The same leads scored again: a second run, but each lead counts once in the pooled figures.
    MIZAN_VERIFY_OK(m_ws->scoreLeadSet(1, m_model));
    report = m_ws->outcomeReport(m_model);
    MIZAN_VERIFY_OK(report);
    QCOMPARE(report->runs.size(), size_t(2));
    QCOMPARE(report->runs[1].matched, 1000);
    QCOMPARE(report->overall.matched, 1000);
    QCOMPARE(report->overall.rows, m_data->rowCount());
    QVERIFY(std::abs(*report->overall.rocAuc - *rocAuc(scores, labels)) < 1e-12);
    // The import is in the audit log with the file's hash.
    signIn("audra", kAuditorPassword);
    auto log = m_ws->auditEntries();
    MIZAN_VERIFY_OK(log);
    const auto entry = std::ranges::find_if(*log, [](const AuditEntry &e) {
        return e.action == QLatin1String("outcomes.import") && e.outcome == QLatin1String("ok");
    });
    QVERIFY(entry != log->end());
    QCOMPARE(entry->actor, QStringLiteral("nour"));
    QCOMPARE(entry->details.value("sha256").toString(), QString::fromLatin1(imported->sha256));
    QCOMPARE(entry->details.value("new").toInteger(), 1000);
}

void TestOutcomeMonitoring::anOutcomeNeverChanges()
{
    signIn("nour", kAnalystPassword);
    // The same file again: nothing new.
    auto again = m_ws->importOutcomes(writeFile("outcomes-1b.csv", outcomes(0, 1000, false)));
    MIZAN_VERIFY_OK(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 1000);
    // New leads with one known lead flipped: the whole file is refused.
    QByteArray csv = outcomes(1000, 1010, false);
    csv += outcomes(5, 6, true).mid(int(sizeof("lead_id,converted,observed\n") - 1));
    auto refused = m_ws->importOutcomes(writeFile("outcomes-conflict.csv", csv));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains("line 12"), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(m_data->idOf(5)));
    QCOMPARE(knownOutcomes(), 1000);
}

void TestOutcomeMonitoring::aDropBeyondPolicyRaisesAnAuditedAlert()
{
    signIn("nour", kAnalystPassword);
    // The next thousand leads turned out the opposite of what the model said.
    auto imported = m_ws->importOutcomes(writeFile("outcomes-2.csv", outcomes(1000, 2000, true)));
    MIZAN_VERIFY_OK(imported);
    QCOMPARE(imported->added, 1000);
    QCOMPARE(imported->alerts.size(), size_t(1));
    const OutcomeAlert &alert = imported->alerts.front();
    QCOMPARE(alert.kind, QStringLiteral("auc_drop"));
    QVERIFY(alert.value > 0.05);
    QCOMPARE(alert.limit, 0.05);
    auto report = m_ws->outcomeReport(m_model);
    MIZAN_VERIFY_OK(report);
    QCOMPARE(report->overall.matched, 2000);
    QVERIFY(*report->approvedAuc - *report->overall.rocAuc > 0.05);
    auto stored = m_ws->outcomeAlerts(m_model);
    MIZAN_VERIFY_OK(stored);
    QCOMPARE(stored->size(), size_t(1));
    QCOMPARE(stored->front().alert.kind, QStringLiteral("auc_drop"));
    QCOMPARE(stored->front().batch, imported->batch);
    signIn("audra", kAuditorPassword);
    auto log = m_ws->auditEntries();
    MIZAN_VERIFY_OK(log);
    const auto entry = std::ranges::find_if(*log, [](const AuditEntry &e) {
        return e.action == QLatin1String("model.outcome_alert");
    });
    QVERIFY(entry != log->end());
    QCOMPARE(entry->target, QStringLiteral("model:%1").arg(m_model));
    QCOMPARE(entry->details.value("kind").toString(), QStringLiteral("auc_drop"));
    // A later import raises nothing new: the alert stands, it is not stored or audited twice.
    signIn("nour", kAnalystPassword);
    auto later = m_ws->importOutcomes(writeFile("outcomes-3.csv", outcomes(1990, 2000, true)));
    MIZAN_VERIFY_OK(later);
    QCOMPARE(later->unchanged, 10);
    QVERIFY(later->alerts.empty());
    QCOMPARE(m_ws->outcomeAlerts(m_model)->size(), size_t(1));
    signIn("audra", kAuditorPassword);
    log = m_ws->auditEntries();
    MIZAN_VERIFY_OK(log);
    QCOMPARE(std::ranges::count_if(*log,
                                   [](const AuditEntry &e) {
                                       return e.action == QLatin1String("model.outcome_alert");
                                   }),
             1);
    auto verified = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(verified);
    QVERIFY(verified->ok);
}

QTEST_GUILESS_MAIN(TestOutcomeMonitoring)
#include "TestOutcomeMonitoring.moc"
