// Retention through the Workspace facade, on a clock that moves: the policy's checks (the audit
// minimum cannot be undercut), a dry run that lists exactly what applying removes, legal holds
// (on a lead set, and on a model, which keeps its training data and predictions), what remains
// afterwards (metadata and hashes, no rows, no subject keys, no personal data in the pages) and
// an audit log that still verifies.

#include "AuditFill.h"
#include "SqlCipherPages.h"
#include "TestWorkspaceUtil.h"
#include "audit/EvidencePack.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"
#include "model/Trainer.h"
#include "workspace/Workspace.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::test;

namespace {
constexpr const char *kScientist = kFourthPassword;
constexpr const char *kAnalyst = kOtherPassword;
constexpr const char *kPrivacy = "granite orchard beacon tundra";
constexpr qint64 kDay = 24LL * 3600 * 1000;
} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void thePolicyKeepsTheAuditLogSixYears();
    void aDryRunListsWhatIsPastItsPeriod();
    void legalHoldsKeepWhatTheyCover();
    void applyingRemovesExactlyTheDryRunsList();
    void lineageTracesDataToModelsRunsAndExports();
    void complianceDocumentsComeFromTheWorkspace();
    void oldAuditSegmentsAreSealedThenPruned();
    void aPruneWithoutARecordedSealIsFound();

private:
    void signIn(const QString &user, const char *password);
    QString writeFile(const QString &name, const QByteArray &content);
    static QStringList targets(const std::vector<RetentionItem> &items);

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>();
    std::unique_ptr<Workspace> m_ws;
    qint64 m_old = 0;   ///< lead set imported on day 0
    qint64 m_young = 0; ///< lead set imported on day 400
    qint64 m_model = 0; ///< trained on the old set
    qint64 m_runOld = 0;
    qint64 m_runYoung = 0;
    qint64 m_runOldAgain = 0;
    QStringList m_oldEmails;
    qint64 m_setHold = 0; ///< placed by the documents slot
};

void TestRetention::initTestCase()
{
    KdfParams::allowTestCost(true);
    const QByteArray csv = DemoLeads::csv({200, 3});
    const QString csvPath = writeFile("old.csv", csv);
    const QString specPath = writeFile("leads.spec.json", DemoLeads::specJson());
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, csvPath, DemoLeads::spec());
    MIZAN_VERIFY_OK(data);
    for (const QString &email : data->columns[size_t(data->columnIndex("email"))].texts)
        m_oldEmails << email;

    auto created = createWorkspace(m_dir.filePath("ws"), m_clock);
    m_ws = std::move(created.workspace);
    MIZAN_VERIFY_OK(m_ws->addUser("dana", Role::DataScientist, pw(kScientist)));
    MIZAN_VERIFY_OK(m_ws->addUser("nour", Role::Analyst, pw(kAnalyst)));
    MIZAN_VERIFY_OK(m_ws->addUser("pia", Role::PrivacyOfficer, pw(kPrivacy)));
    signIn("dana", kScientist);
    auto old = m_ws->importLeadSet(csvPath, specPath, "old");
    MIZAN_VERIFY_OK(old);
    m_old = old->id;
    TrainConfig config;
    config.params.rounds = 10;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("none");
    auto bundle = Trainer::train(*data, config);
    MIZAN_VERIFY_OK(bundle);
    QCOMPARE(bundle->trainingDataSha256, old->sha256); // lineage: the model knows its data
    auto stored = m_ws->storeModel(*bundle, "model.bundle.json");
    MIZAN_VERIFY_OK(stored);
    m_model = stored->id;
    // Outcomes known on day 0.
    QByteArray outcomes = "lead_id,converted\n";
    for (qint64 r = 0; r < 50; ++r)
        outcomes += data->ids[size_t(r)].toUtf8() + (data->labels[size_t(r)] ? ",1\n" : ",0\n");
    MIZAN_VERIFY_OK(m_ws->importOutcomes(writeFile("outcomes.csv", outcomes)));
    signIn("nour", kAnalyst);
    auto run = m_ws->scoreLeadSet(m_old, m_model);
    MIZAN_VERIFY_OK(run);
    m_runOld = run->id;

    m_clock->advance(400 * kDay);
    signIn("dana", kScientist);
    auto young = m_ws->importLeadSet(writeFile("young.csv",
                                               DemoLeads::csv({120, 4}).replace("FZ-", "FY-")),
                                     specPath,
                                     "young");
    MIZAN_VERIFY_OK(young);
    m_young = young->id;
    signIn("nour", kAnalyst);
    auto runYoung = m_ws->scoreLeadSet(m_young, m_model);
    MIZAN_VERIFY_OK(runYoung);
    m_runYoung = runYoung->id;
    auto again = m_ws->scoreLeadSet(m_old, m_model);
    MIZAN_VERIFY_OK(again);
    m_runOldAgain = again->id;
    m_clock->advance(400 * kDay); // day 800: the old set (800 days) and day-400 runs are due
}

void TestRetention::cleanupTestCase()
{
    m_ws.reset();
}

void TestRetention::signIn(const QString &user, const char *password)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    MIZAN_VERIFY_OK(m_ws->login(user, pw(password)));
}

QString TestRetention::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    writeAll(path, content);
    return path;
}

QStringList TestRetention::targets(const std::vector<RetentionItem> &items)
{
    QStringList out;
    for (const RetentionItem &item : items)
        out << item.target;
    return out;
}

void TestRetention::thePolicyKeepsTheAuditLogSixYears()
{
    RetentionPolicy defaults;
    QCOMPARE(defaults.predictionsDays, 365);
    QCOMPARE(defaults.leadsDays, 730);
    QCOMPARE(defaults.auditDays, 2190);
    signIn("nour", kAnalyst);
    auto denied = m_ws->setRetentionPolicy(defaults);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!m_ws->runRetention(false));

    signIn("pia", kPrivacy);
    RetentionPolicy shortAudit;
    shortAudit.auditDays = 365;
    auto refused = m_ws->setRetentionPolicy(shortAudit);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("audit_days"));
    auto unknown = RetentionPolicy::fromJson({{"forever", 1}});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().field, QStringLiteral("forever"));
    auto fractional = RetentionPolicy::fromJson({{"leads_days", 1.5}});
    QVERIFY(!fractional);
    RetentionPolicy longer;
    longer.auditDays = 10 * 365;
    MIZAN_VERIFY_OK(m_ws->setRetentionPolicy(longer));
    auto stored = m_ws->retentionPolicy();
    MIZAN_VERIFY_OK(stored);
    QCOMPARE(stored->auditDays, 3650);
    MIZAN_VERIFY_OK(m_ws->setRetentionPolicy(defaults));
}

void TestRetention::aDryRunListsWhatIsPastItsPeriod()
{
    signIn("pia", kPrivacy);
    auto plan = m_ws->runRetention(false);
    MIZAN_VERIFY_OK(plan);
    QVERIFY(!plan->applied);
    // The old set goes whole (with every run on it); the young set's run is 400 days old.
    QCOMPARE(targets(plan->removed()),
             QStringList({QStringLiteral("leadset:%1").arg(m_old),
                          QStringLiteral("run:%1").arg(m_runYoung),
                          plan->removed().back().target}));
    QCOMPARE(plan->removed().back().dataClass, QStringLiteral("outcomes"));
    QCOMPARE(plan->removed().back().rows, qint64(50));
    QCOMPARE(plan->removed().front().rows, qint64(200));
    QCOMPARE(plan->auditEntriesPastRetention, qint64(0));
    QVERIFY(!plan->notes.isEmpty());
    // Nothing changed.
    signIn("nour", kAnalyst);
    MIZAN_VERIFY_OK(m_ws->loadLeadSet(m_old));
    auto predictions = m_ws->predictions(m_runYoung);
    MIZAN_VERIFY_OK(predictions);
    QCOMPARE(predictions->size(), size_t(120));
}

void TestRetention::legalHoldsKeepWhatTheyCover()
{
    signIn("pia", kPrivacy);
    // A hold on the model keeps its training data (the old set) and its predictions.
    auto hold = m_ws->placeLegalHold(QStringLiteral("model:%1").arg(m_model), "Inquiry 4/2028");
    MIZAN_VERIFY_OK(hold);
    auto held = m_ws->runRetention(false);
    MIZAN_VERIFY_OK(held);
    QCOMPARE(targets(held->removed()).size(), 1); // only the outcomes
    for (const RetentionItem &item : held->items) {
        if (item.dataClass != QLatin1String("outcomes"))
            QCOMPARE(item.heldBy, hold->id);
    }
    MIZAN_VERIFY_OK(m_ws->liftLegalHold(hold->id, "Inquiry closed"));
    // A hold on the young lead set keeps its predictions only.
    auto onSet = m_ws->placeLegalHold(QStringLiteral("leadset:%1").arg(m_young), "Audit");
    MIZAN_VERIFY_OK(onSet);
    auto partly = m_ws->runRetention(false);
    MIZAN_VERIFY_OK(partly);
    QVERIFY(!targets(partly->removed()).contains(QStringLiteral("run:%1").arg(m_runYoung)));
    QVERIFY(targets(partly->removed()).contains(QStringLiteral("leadset:%1").arg(m_old)));
    MIZAN_VERIFY_OK(m_ws->liftLegalHold(onSet->id, "Audit closed"));
}

void TestRetention::applyingRemovesExactlyTheDryRunsList()
{
    signIn("pia", kPrivacy);
    auto dry = m_ws->runRetention(false);
    MIZAN_VERIFY_OK(dry);
    auto applied = m_ws->runRetention(true);
    MIZAN_VERIFY_OK(applied);
    QVERIFY(applied->applied);
    QCOMPARE(applied->removed(), dry->removed());
    // Nothing is left to remove.
    auto after = m_ws->runRetention(false);
    MIZAN_VERIFY_OK(after);
    QVERIFY(after->removed().empty());
    // Personal data of the old set is gone with its subjects; the young set is whole.
    auto found = m_ws->findSubjects(m_oldEmails.front());
    MIZAN_VERIFY_OK(found);
    QVERIFY(found->empty());

    signIn("nour", kAnalyst);
    auto gone = m_ws->loadLeadSet(m_old);
    QVERIFY(!gone);
    QVERIFY(gone.error().message.contains(QStringLiteral("retention")));
    auto sets = m_ws->leadSets();
    MIZAN_VERIFY_OK(sets);
    QCOMPARE(sets->size(), size_t(1));
    QCOMPARE(sets->front().id, m_young);
    auto young = m_ws->loadLeadSet(m_young);
    MIZAN_VERIFY_OK(young);
    QCOMPARE(young->rowCount(), qint64(120));
    for (qint64 run : {m_runOld, m_runOldAgain, m_runYoung}) {
        auto predictions = m_ws->predictions(run);
        MIZAN_VERIFY_OK(predictions);
        QVERIFY(predictions->empty());
    }
    auto runs = m_ws->scoringRuns(); // their metadata stays: lineage
    MIZAN_VERIFY_OK(runs);
    QCOMPARE(runs->size(), size_t(3));

    signIn("audra", kAuditorPassword);
    auto verified = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(verified);
    QVERIFY(verified->ok);
    const QStringList actions = auditActions(*m_ws);
    QCOMPARE(actions.count(QStringLiteral("retention.run:ok")), 6);
    static_cast<void>(m_ws->logout());
    const SecureBytes key = workspaceDataKey(m_dir.filePath("ws"), "amira", kAdminPassword);
    const QByteArray pages = decryptSqlCipherFile(m_dir.filePath("ws/workspace.db"), key);
    QVERIFY(pages.contains("FY-100003")); // the young set is there
    QVERIFY(!pages.contains("FZ-100003"));
}

void TestRetention::lineageTracesDataToModelsRunsAndExports()
{
    m_ws.reset(); // the previous slot left the folder closed
    auto opened = Workspace::open(m_dir.filePath("ws"), testOptions(m_clock));
    MIZAN_VERIFY_OK(opened);
    m_ws = std::move(*opened);
    signIn("nour", kAnalyst);
    MIZAN_VERIFY_OK(
        m_ws->recordExport(QStringLiteral("leadset:%1").arg(m_young), "young-scores.csv", 120));
    MIZAN_VERIFY_OK(
        m_ws->recordFairnessExport(m_model, m_young, "pdf", "/home/nour/fairness.pdf", 0.5, false));
    auto fromSet = m_ws->lineage(QStringLiteral("leadset:%1").arg(m_young));
    MIZAN_VERIFY_OK(fromSet);
    QStringList ids;
    for (const LineageNode &n : fromSet->nodes)
        ids << n.id;
    QVERIFY(ids.contains(QStringLiteral("leadset:%1").arg(m_young)));
    QVERIFY(ids.contains(QStringLiteral("run:%1").arg(m_runYoung)));
    QVERIFY(ids.contains(QStringLiteral("model:%1").arg(m_model))); // it scored the set
    QCOMPARE(std::count_if(fromSet->nodes.begin(),
                           fromSet->nodes.end(),
                           [](const LineageNode &n) { return n.kind == QLatin1String("export"); }),
             2);
    QVERIFY(fromSet->toText().contains(QStringLiteral("fairness.pdf")));
    QVERIFY(!fromSet->toText().contains(QStringLiteral("/home/nour"))); // file names only

    // From the model: trained on the old set (its rows gone, its hash kept), three runs.
    auto fromModel = m_ws->lineage(QStringLiteral("model:%1").arg(m_model));
    MIZAN_VERIFY_OK(fromModel);
    bool trained = false;
    for (const LineageEdge &e : fromModel->edges)
        trained = trained
                  || (e.relation == QLatin1String("trained")
                      && e.from == QStringLiteral("leadset:%1").arg(m_old));
    QVERIFY(trained);
    int runs = 0;
    for (const LineageNode &n : fromModel->nodes) {
        runs += n.kind == QLatin1String("run");
        if (n.id == QStringLiteral("leadset:%1").arg(m_old))
            QVERIFY(!n.state.isEmpty()); // removed by retention, still traceable
    }
    QCOMPARE(runs, 3);
    QVERIFY(!m_ws->lineage(QStringLiteral("everything")));
    QVERIFY(!m_ws->lineage(QStringLiteral("model:999")));
}

void TestRetention::complianceDocumentsComeFromTheWorkspace()
{
    signIn("nour", kAnalyst);
    QVERIFY(!m_ws->privacyDocuments());
    signIn("pia", kPrivacy);
    auto hold = m_ws->placeLegalHold(QStringLiteral("leadset:%1").arg(m_young), "Court order 9");
    MIZAN_VERIFY_OK(hold);
    m_setHold = hold->id;
    auto docs = m_ws->privacyDocuments();
    MIZAN_VERIFY_OK(docs);
    QCOMPARE(docs->size(), size_t(3));
    const QString record = docs->at(0).second;
    QCOMPARE(docs->at(0).first, QStringLiteral("record-of-processing.md"));
    QVERIFY(record.contains(QStringLiteral("| Purpose | lead conversion scoring |")));
    QVERIFY(record.contains(QStringLiteral("| Legal basis | public task |")));
    QVERIFY(record.contains(QStringLiteral("email (email)")));
    QVERIFY(record.contains(QStringLiteral("records removed on"))); // the old set
    QVERIFY(record.contains(QStringLiteral("730 days (2 years) after import")));
    const QString schedule = docs->at(1).second;
    QVERIFY(schedule.contains(QStringLiteral("| Audit log | 2190 days (6 years)")));
    QVERIFY(schedule.contains(QStringLiteral("Court order 9")));
    QVERIFY(docs->at(2).second.contains(QStringLiteral("name, email, phone")));
    for (const auto &[name, text] : *docs) {
        for (const QString &email : m_oldEmails.mid(0, 20))
            QVERIFY2(!text.contains(email), qPrintable(name)); // no personal data in them
    }
}

void TestRetention::oldAuditSegmentsAreSealedThenPruned()
{
    signIn("audra", kAuditorPassword);
    auto earlier = m_ws->auditCheckpointNow(); // an auditor's checkpoint the seal will cover
    MIZAN_VERIFY_OK(earlier);
    auto early = m_ws->auditCheckpointNow(); // its own entry is the last one sealed, or the next
    MIZAN_VERIFY_OK(early);
    m_clock->advance(2400 * kDay); // every entry so far is past the six years
    signIn("audra", kAuditorPassword);
    auto late = m_ws->auditCheckpointNow();
    MIZAN_VERIFY_OK(late);
    auto before = m_ws->auditEntries();
    MIZAN_VERIFY_OK(before);
    const qint64 headBefore = before->back().seq;

    signIn("pia", kPrivacy);
    MIZAN_VERIFY_OK(m_ws->liftLegalHold(m_setHold, "Order lifted"));
    auto hold = m_ws->placeLegalHold(QStringLiteral("audit"), "Regulator's inquiry");
    MIZAN_VERIFY_OK(hold);
    auto held = m_ws->runRetention(false);
    MIZAN_VERIFY_OK(held);
    const auto auditItem = [](const RetentionPlan &plan) -> std::optional<RetentionItem> {
        for (const RetentionItem &item : plan.items) {
            if (item.dataClass == QLatin1String("audit"))
                return item;
        }
        return std::nullopt;
    };
    QVERIFY(auditItem(*held));
    QCOMPARE(auditItem(*held)->heldBy, hold->id);
    MIZAN_VERIFY_OK(m_ws->liftLegalHold(hold->id, "Inquiry closed"));

    auto dry = m_ws->runRetention(false);
    MIZAN_VERIFY_OK(dry);
    const auto item = auditItem(*dry);
    QVERIFY(item && item->heldBy == 0);
    const qint64 upTo = item->target.section('-', 1).toLongLong();
    QCOMPARE(upTo % 2, 0);
    // Everything up to the early checkpoint's own entry is past the period; the segment ends on
    // the even entry at or before it.
    QCOMPARE(upTo, early->checkpoint.size & ~qint64(1));
    QVERIFY(headBefore > upTo);
    auto applied = m_ws->runRetention(true);
    MIZAN_VERIFY_OK(applied);
    QCOMPARE(applied->removed(), dry->removed());

    // The archive verifies on its own, with every sealed entry.
    const QString archive = m_dir.filePath(QStringLiteral("ws/archive/audit-%1-%2")
                                               .arg(1, 9, 10, QLatin1Char('0'))
                                               .arg(upTo, 9, 10, QLatin1Char('0')));
    auto packed = EvidencePack::verify(archive);
    MIZAN_VERIFY_OK(packed);
    QVERIFY2(packed->ok, qPrintable(packed->verdict()));
    QCOMPARE(packed->entries, upTo);

    // The log keeps what follows, and still verifies: in full, and from the late checkpoint.
    signIn("audra", kAuditorPassword);
    auto entries = m_ws->auditEntries();
    MIZAN_VERIFY_OK(entries);
    QCOMPARE(entries->front().seq, upTo + 1);
    auto verified = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(verified);
    QVERIFY2(verified->ok, qPrintable(verified->verdict()));
    QCOMPARE(verified->sealedUpTo, upTo);
    QVERIFY(verified->verdict().contains(QString::number(upTo)));
    auto fromEarly = m_ws->verifyAudit(early->checkpoint);
    MIZAN_VERIFY_OK(fromEarly);
    QVERIFY(fromEarly->ok);
    // An auditor's checkpoint inside the sealed segment: the archive answers for it.
    QVERIFY(earlier->checkpoint.size <= upTo);
    auto fromEarlier = m_ws->verifyAudit(earlier->checkpoint);
    MIZAN_VERIFY_OK(fromEarlier);
    QVERIFY2(fromEarlier->ok, qPrintable(fromEarlier->verdict()));
    QVERIFY(!fromEarlier->warnings.isEmpty());
    Checkpoint forged = earlier->checkpoint;
    forged.root[0] = char(forged.root[0] ^ 1);
    auto fromForged = m_ws->verifyAudit(forged);
    MIZAN_VERIFY_OK(fromForged);
    QVERIFY(!fromForged->ok); // its signature is checked first
    // A pack of the whole log now starts after the seal, and verifies.
    QTemporaryDir packs;
    auto pack = m_ws->exportAuditPack(packs.filePath("pack"));
    MIZAN_VERIFY_OK(pack);
    auto packVerified = EvidencePack::verify(packs.filePath("pack"));
    MIZAN_VERIFY_OK(packVerified);
    QVERIFY2(packVerified->ok, qPrintable(packVerified->verdict()));
    // The log goes on: new entries, checkpoints and verification after the prune.
    for (int i = 0; i < 60; ++i) // past a periodic checkpoint
        signIn(QLatin1String(i % 2 ? "nour" : "audra"), i % 2 ? kAnalyst : kAuditorPassword);
    signIn("audra", kAuditorPassword);
    auto again = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(again);
    QVERIFY2(again->ok, qPrintable(again->verdict()));
    // Years later, a second segment: its own archive, and the log still verifies.
    m_clock->advance(2400 * kDay);
    signIn("pia", kPrivacy);
    auto second = m_ws->runRetention(true);
    MIZAN_VERIFY_OK(second);
    const auto secondItem = auditItem(*second);
    QVERIFY(secondItem);
    QCOMPARE(secondItem->target.section(':', 1).section('-', 0, 0).toLongLong(), upTo + 1);
    const qint64 secondUpTo = secondItem->target.section('-', 1).toLongLong();
    auto secondPack = EvidencePack::verify(
        m_dir.filePath(QStringLiteral("ws/archive/audit-%1-%2")
                           .arg(upTo + 1, 9, 10, QLatin1Char('0'))
                           .arg(secondUpTo, 9, 10, QLatin1Char('0'))));
    MIZAN_VERIFY_OK(secondPack);
    QVERIFY2(secondPack->ok, qPrintable(secondPack->verdict()));
    QCOMPARE(secondPack->entries, secondUpTo - upTo);
    signIn("audra", kAuditorPassword);
    auto afterSecond = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(afterSecond);
    QVERIFY2(afterSecond->ok, qPrintable(afterSecond->verdict()));
    QCOMPARE(afterSecond->sealedUpTo, secondUpTo);
    // Entries a seal does not cover can still not be deleted.
    static_cast<void>(m_ws->logout());
    m_ws.reset();
    auto raw = RawAuditDb::open(m_dir.filePath("ws"), "amira", kAdminPassword);
    MIZAN_VERIFY_OK(raw);
    QVERIFY(!raw->db().exec(
        QStringLiteral("DELETE FROM audit WHERE seq = %1").arg(secondUpTo + 3).toUtf8().constData()));
}

void TestRetention::aPruneWithoutARecordedSealIsFound()
{
    m_ws.reset(); // whatever the slot before left open
    // Someone holding the key forges a seal row and deletes entries: the log's own record of
    // retention runs does not vouch for it.
    {
        auto raw = RawAuditDb::open(m_dir.filePath("ws"), "amira", kAdminPassword);
        MIZAN_VERIFY_OK(raw);
        MIZAN_VERIFY_OK(
            raw->db().exec("INSERT INTO audit_seals(upto_seq, archive, archive_sha256, "
                           "sealed_ms, sealed_by) SELECT coalesce(max(upto_seq), 0) + 2, 'x', "
                           "'x', 0, 'x' FROM audit_seals"));
        MIZAN_VERIFY_OK(raw->db().exec("DELETE FROM audit WHERE seq <= (SELECT max(upto_seq) FROM "
                                       "audit_seals)"));
    }
    auto opened = Workspace::open(m_dir.filePath("ws"), testOptions(m_clock));
    MIZAN_VERIFY_OK(opened);
    m_ws = std::move(*opened);
    signIn("audra", kAuditorPassword);
    auto verified = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(verified);
    QVERIFY(!verified->ok);
    QVERIFY(verified->problem.contains(QStringLiteral("no retention run")));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
