// Privacy through the Workspace facade: personal data sealed per subject and masked for every
// role without leads.view_pii; purpose limitation; human decisions and appeals; subject access;
// legal holds; and erasure by crypto-shredding, shown by a byte search of the decrypted pages of
// every file in the workspace folder, with the audit log still verifying.

#include "AuditFill.h"
#include "SqlCipherPages.h"
#include "TestWorkspaceUtil.h"
#include "data/CsvReader.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"
#include "model/Trainer.h"
#include "privacy/Masker.h"
#include "privacy/SubjectLetter.h"
#include "workspace/Workspace.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::test;

namespace {
constexpr const char *kScientist = kFourthPassword;
constexpr const char *kOfficer = kThirdPassword;
constexpr const char *kAnalyst = kOtherPassword;
constexpr const char *kReviewer = "amber canyon pillow seventy";
constexpr const char *kPrivacy = "granite orchard beacon tundra";
constexpr int kRows = 300;

struct Person
{
    QString leadId;
    QString name;
    QString email;
    QString phone;
};
} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void personalDataIsSealedPerSubject();
    void personalDataStoredBeforeSealingIsSealedAtTheNextOpen();
    void everyRoleWithoutThePermissionSeesItMasked();
    void onlyHoldersOfThePermissionSearchByPersonalData();
    void specsWithPersonalDataStateTheirPurpose();
    void processingForAnotherPurposeIsRefusedAndAudited();
    void humanDecisionsAndAppealsAreRecordedAndRouted();
    void subjectAccessExportsEverythingHeld();
    void aLegalHoldStopsErasureUntilLifted();
    void erasureShredsTheSubjectAndTheLogStillVerifies();

private:
    void signIn(const QString &user, const char *password);
    QString writeFile(const QString &name, const QByteArray &content);
    QString dir() const { return m_dir.filePath("ws"); }
    /** Every file of the workspace folder, SQLCipher files decrypted page by page. */
    QByteArray folderBytes(bool decrypted);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::optional<Dataset> m_data; ///< the demo file as read, clear
    std::vector<Person> m_people;
    qint64 m_set = 0;
    qint64 m_model = 0;
    qint64 m_run = 0;
};

void TestPrivacy::initTestCase()
{
    KdfParams::allowTestCost(true);
    const QByteArray csv = DemoLeads::csv({kRows, 9});
    const QString csvPath = writeFile("leads.csv", csv);
    const QString specPath = writeFile("leads.spec.json", DemoLeads::specJson());
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, csvPath, DemoLeads::spec());
    MIZAN_VERIFY_OK(data);
    m_data = std::move(*data);
    const auto column = [&](const char *name) {
        return m_data->columns[size_t(m_data->columnIndex(QLatin1String(name)))].texts;
    };
    for (qint64 r = 0; r < kRows; ++r)
        m_people.push_back(Person{m_data->ids[size_t(r)],
                                  column("contact_name")[size_t(r)],
                                  column("email")[size_t(r)],
                                  column("phone")[size_t(r)]});

    auto created = createWorkspace(dir());
    m_ws = std::move(created.workspace);
    MIZAN_VERIFY_OK(m_ws->addUser("dana", Role::DataScientist, pw(kScientist)));
    MIZAN_VERIFY_OK(m_ws->addUser("rana", Role::RiskOfficer, pw(kOfficer)));
    MIZAN_VERIFY_OK(m_ws->addUser("nour", Role::Analyst, pw(kAnalyst)));
    MIZAN_VERIFY_OK(m_ws->addUser("omar", Role::Analyst, pw(kReviewer)));
    MIZAN_VERIFY_OK(m_ws->addUser("pia", Role::PrivacyOfficer, pw(kPrivacy)));
    signIn("dana", kScientist);
    auto set = m_ws->importLeadSet(csvPath, specPath, "enquiries");
    MIZAN_VERIFY_OK(set);
    m_set = set->id;
    TrainConfig config;
    config.params.rounds = 20;
    config.params.maxDepth = 3;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("random:0.2:1");
    auto bundle = Trainer::train(*m_data, config);
    MIZAN_VERIFY_OK(bundle);
    auto stored = m_ws->storeModel(*bundle, "model.bundle.json");
    MIZAN_VERIFY_OK(stored);
    m_model = stored->id;
    signIn("nour", kAnalyst);
    auto run = m_ws->scoreLeadSet(m_set, m_model);
    MIZAN_VERIFY_OK(run);
    m_run = run->id;
}

void TestPrivacy::cleanupTestCase()
{
    m_ws.reset();
}

void TestPrivacy::signIn(const QString &user, const char *password)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    MIZAN_VERIFY_OK(m_ws->login(user, pw(password)));
}

QString TestPrivacy::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    writeAll(path, content);
    return path;
}

QByteArray TestPrivacy::folderBytes(bool decrypted)
{
    const SecureBytes key = workspaceDataKey(dir(), "amira", kAdminPassword);
    QByteArray all;
    const QFileInfoList files = QDir(dir()).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        const QByteArray raw = readAll(file.filePath());
        all += raw;
        if (decrypted && raw.size() % 4096 == 0 && !raw.startsWith("SQLite format 3")) {
            const QByteArray pages = decryptSqlCipherFile(file.filePath(), key);
            if (file.fileName().startsWith(QLatin1String("workspace.db")))
                [&] { QVERIFY2(!pages.isEmpty(), qPrintable(file.fileName())); }();
            all += pages;
        }
    }
    return all;
}

void TestPrivacy::personalDataIsSealedPerSubject()
{
    // The decrypted pages hold lead ids and business fields, but no e-mail, name or phone in
    // clear: each subject's are sealed under their own key.
    signIn("amira", kAdminPassword);
    const QByteArray bytes = folderBytes(true);
    QVERIFY(bytes.contains(m_people[7].leadId.toUtf8())); // the decryption works
    QVERIFY(bytes.contains("business_activity"));
    int clear = 0;
    for (const Person &p : m_people)
        clear += bytes.contains(p.email.toUtf8()) + bytes.contains(p.phone.toUtf8());
    QCOMPARE(clear, 0);
}

void TestPrivacy::personalDataStoredBeforeSealingIsSealedAtTheNextOpen()
{
    // A workspace upgraded from schema 5 kept personal data in the record: put row 9 back so.
    static_cast<void>(m_ws->logout());
    m_ws.reset();
    const Person &p = m_people[9];
    {
        auto raw = RawAuditDb::open(dir(), "amira", kAdminPassword);
        MIZAN_VERIFY_OK(raw);
        const QByteArray source = DemoLeads::csv({kRows, 9}).split('\n').at(10);
        QList<QByteArray> fields = source.split(',');
        QVERIFY(fields.contains(p.email.toUtf8()));
        auto update = raw->db().prepare(
            "UPDATE leads SET fields = ? WHERE lead_set_id = ? AND row_index = 9");
        MIZAN_VERIFY_OK(update);
        update->bind(1, quoteCsvFields(fields)).bind(2, m_set);
        MIZAN_VERIFY_OK(update->run());
        MIZAN_VERIFY_OK(raw->db().exec("DELETE FROM lead_pii WHERE row_index = 9"));
        MIZAN_VERIFY_OK(raw->db().exec("DELETE FROM meta WHERE key = 'pii_sealed'"));
    }
    QVERIFY(folderBytes(true).contains(p.email.toUtf8())); // in clear, as an old version kept it
    auto opened = Workspace::open(dir(), testOptions());
    MIZAN_VERIFY_OK(opened);
    m_ws = std::move(*opened);
    signIn("pia", kPrivacy);
    auto found = m_ws->findSubjects(p.email);
    MIZAN_VERIFY_OK(found);
    QCOMPARE(found->size(), size_t(1));
    QCOMPARE(found->front().ref, p.leadId);
    signIn("nour", kAnalyst);
    auto set = m_ws->loadLeadSet(m_set);
    MIZAN_VERIFY_OK(set);
    QCOMPARE(set->columns[size_t(set->columnIndex("email"))].texts[9], Masker::maskEmail(p.email));
    static_cast<void>(m_ws->logout());
    QVERIFY(!folderBytes(true).contains(p.email.toUtf8()));
}

void TestPrivacy::everyRoleWithoutThePermissionSeesItMasked()
{
    const int email = m_data->columnIndex(QStringLiteral("email"));
    const int name = m_data->columnIndex(QStringLiteral("contact_name"));
    const int phone = m_data->columnIndex(QStringLiteral("phone"));
    const struct
    {
        const char *user;
        const char *password;
        bool clear;
    } cases[] = {{"dana", kScientist, false},
                 {"rana", kOfficer, false},
                 {"nour", kAnalyst, false},
                 {"pia", kPrivacy, true}};
    for (const auto &c : cases) {
        signIn(QLatin1String(c.user), c.password);
        auto set = m_ws->loadLeadSet(m_set);
        MIZAN_VERIFY_OK(set);
        QCOMPARE(set->rowCount(), qint64(kRows));
        for (size_t r = 0; r < size_t(kRows); ++r) {
            const QString shownEmail = set->columns[size_t(email)].texts[r];
            const QString shownName = set->columns[size_t(name)].texts[r];
            const QString shownPhone = set->columns[size_t(phone)].texts[r];
            if (c.clear) {
                QCOMPARE(shownEmail, m_people[r].email);
                QCOMPARE(shownPhone, m_people[r].phone);
            } else {
                QCOMPARE(shownEmail, Masker::maskEmail(m_people[r].email));
                QCOMPARE(shownName, Masker::maskName(m_people[r].name));
                QCOMPARE(shownPhone, Masker::maskPhone(m_people[r].phone));
                QVERIFY(shownEmail != m_people[r].email);
                QVERIFY(!shownPhone.contains(m_people[r].phone.right(4)));
            }
        }
        // The same through scoring (which hands the caller the lead set it scored).
        if (QLatin1String(c.user) == QLatin1String("nour")) {
            ScoredLeads scored;
            MIZAN_VERIFY_OK(m_ws->scoreLeadSet(m_set, m_model, {}, &scored));
            QCOMPARE(scored.dataset.columns[size_t(email)].texts[3],
                     Masker::maskEmail(m_people[3].email));
        }
    }
    // An analyst given leads.view_pii sees it; the grant taken back, masked again.
    signIn("amira", kAdminPassword);
    MIZAN_VERIFY_OK(m_ws->setPiiGrant("nour", true));
    signIn("nour", kAnalyst);
    auto clear = m_ws->loadLeadSet(m_set);
    MIZAN_VERIFY_OK(clear);
    QCOMPARE(clear->columns[size_t(email)].texts[5], m_people[5].email);
    signIn("amira", kAdminPassword);
    MIZAN_VERIFY_OK(m_ws->setPiiGrant("nour", false));
    // Roles without leads.view get nothing at all.
    auto denied = m_ws->loadLeadSet(m_set);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    signIn("audra", kAuditorPassword);
    QVERIFY(!m_ws->loadLeadSet(m_set));
    QVERIFY(!m_ws->findSubjects(m_people[0].leadId));
    // The audit log says who saw personal data in clear.
    auto entries = m_ws->auditEntries();
    MIZAN_VERIFY_OK(entries);
    int clearOpens = 0;
    int maskedOpens = 0;
    for (const AuditEntry &e : *entries) {
        if (e.action != QLatin1String("leads.open"))
            continue;
        const QString pii = e.details.value(QStringLiteral("pii")).toString();
        clearOpens += pii == QLatin1String("clear");
        maskedOpens += pii == QLatin1String("masked");
    }
    QCOMPARE(clearOpens, 2);   // pia, and nour while granted
    QVERIFY(maskedOpens >= 4); // dana, rana, nour twice (open and score)
}

void TestPrivacy::onlyHoldersOfThePermissionSearchByPersonalData()
{
    const Person &p = m_people[11];
    signIn("nour", kAnalyst);
    auto byId = m_ws->findSubjects(p.leadId);
    MIZAN_VERIFY_OK(byId);
    QCOMPARE(byId->size(), size_t(1));
    QCOMPARE(byId->front().ref, p.leadId);
    QCOMPARE(byId->front().rows.size(), size_t(1));
    QVERIFY(!byId->front().display.contains(p.email));
    QVERIFY(byId->front().display.contains(Masker::maskEmail(p.email)));
    // Searching by an e-mail would tell a masked user whether a person is on file: no match.
    auto byEmail = m_ws->findSubjects(p.email);
    MIZAN_VERIFY_OK(byEmail);
    QVERIFY(byEmail->empty());

    signIn("pia", kPrivacy);
    auto found = m_ws->findSubjects(p.email.toUpper());
    MIZAN_VERIFY_OK(found);
    QCOMPARE(found->size(), size_t(1));
    QCOMPARE(found->front().ref, p.leadId);
    QVERIFY(found->front().display.contains(p.email));
    auto none = m_ws->findSubjects(QStringLiteral("nobody@nowhere.invalid"));
    MIZAN_VERIFY_OK(none);
    QVERIFY(none->empty());
}

void TestPrivacy::specsWithPersonalDataStateTheirPurpose()
{
    QJsonObject spec = QJsonDocument::fromJson(DemoLeads::specJson()).object();
    spec.remove(QStringLiteral("legal_basis"));
    auto missing = DatasetSpec::fromJson(QJsonDocument(spec).toJson(), "no-basis.json");
    QVERIFY(!missing);
    QCOMPARE(missing.error().field, QStringLiteral("legal_basis"));
    spec.insert(QStringLiteral("legal_basis"), QStringLiteral("because"));
    auto unknown = DatasetSpec::fromJson(QJsonDocument(spec).toJson(), "bad-basis.json");
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().field, QStringLiteral("legal_basis"));
    spec.insert(QStringLiteral("legal_basis"), QStringLiteral("consent"));
    spec.remove(QStringLiteral("purpose"));
    auto noPurpose = DatasetSpec::fromJson(QJsonDocument(spec).toJson(), "no-purpose.json");
    QVERIFY(!noPurpose);
    QCOMPARE(noPurpose.error().field, QStringLiteral("purpose"));
}

void TestPrivacy::processingForAnotherPurposeIsRefusedAndAudited()
{
    QJsonObject spec = QJsonDocument::fromJson(DemoLeads::specJson()).object();
    spec.insert(QStringLiteral("purpose"), QStringLiteral("event invitations"));
    spec.insert(QStringLiteral("legal_basis"), QStringLiteral("consent"));
    const QString specPath = writeFile("invitations.spec.json", QJsonDocument(spec).toJson());
    // Other people (other ids): a lead id names one subject across lead sets.
    const QString csvPath = writeFile("invitations.csv",
                                      DemoLeads::csv({40, 77}).replace("FZ-", "IV-"));
    signIn("dana", kScientist);
    auto set = m_ws->importLeadSet(csvPath, specPath, "invitations");
    MIZAN_VERIFY_OK(set);
    auto runsBefore = m_ws->scoringRuns();
    MIZAN_VERIFY_OK(runsBefore);
    auto scored = m_ws->scoreLeadSet(set->id, m_model);
    QVERIFY(!scored);
    QCOMPARE(scored.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(scored.error().field, QStringLiteral("purpose"));
    QVERIFY(scored.error().message.contains(QStringLiteral("event invitations")));
    auto explained = m_ws->explainGlobal(m_model, set->id);
    QVERIFY(!explained);
    QCOMPARE(explained.error().field, QStringLiteral("purpose"));
    auto runsAfter = m_ws->scoringRuns();
    MIZAN_VERIFY_OK(runsAfter);
    QCOMPARE(runsAfter->size(), runsBefore->size());
    const QStringList actions = auditActions(*m_ws);
    QCOMPARE(actions.count(QStringLiteral("privacy.purpose:denied")), 2);
}

void TestPrivacy::humanDecisionsAndAppealsAreRecordedAndRouted()
{
    signIn("nour", kAnalyst);
    auto predictions = m_ws->predictions(m_run);
    MIZAN_VERIFY_OK(predictions);
    const StoredPrediction &p = (*predictions)[4];
    const QString modelSays = p.probability >= 0.5 ? QStringLiteral("positive")
                                                   : QStringLiteral("negative");
    const QString other = modelSays == QLatin1String("positive") ? QStringLiteral("negative")
                                                                 : QStringLiteral("positive");
    auto same = m_ws->recordHumanDecision(m_run, 4, modelSays, QStringLiteral("agree"));
    QVERIFY(!same);
    QCOMPARE(same.error().field, QStringLiteral("decision"));
    auto noReason = m_ws->recordHumanDecision(m_run, 4, other, QStringLiteral("  "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().field, QStringLiteral("reason"));
    const QString reason = QStringLiteral("Met the founder at the investment forum; strong plan.");
    auto decided = m_ws->recordHumanDecision(m_run, 4, other, reason);
    MIZAN_VERIFY_OK(decided);
    QCOMPARE(decided->modelDecision, modelSays);
    QCOMPARE(decided->decision, other);
    auto read = m_ws->humanDecisions(LeadRow{m_set, 4});
    MIZAN_VERIFY_OK(read);
    QCOMPARE(read->size(), size_t(1));
    QCOMPARE(read->front().reason, reason);

    // Only analysts record decisions.
    signIn("dana", kScientist);
    auto denied = m_ws->recordHumanDecision(m_run, 5, other, reason);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);

    // The privacy officer records the subject's appeal; it cannot go to the analyst who decided.
    signIn("pia", kPrivacy);
    const QString statement = QStringLiteral("I was not told the score mattered; please review.");
    auto toDecider = m_ws->recordAppeal(LeadRow{m_set, 4}, statement, "nour");
    QVERIFY(!toDecider);
    QCOMPARE(toDecider.error().field, QStringLiteral("reviewer"));
    auto toOfficer = m_ws->recordAppeal(LeadRow{m_set, 4}, statement, "rana");
    QVERIFY(!toOfficer);
    auto appeal = m_ws->recordAppeal(LeadRow{m_set, 4}, statement, "omar");
    MIZAN_VERIFY_OK(appeal);
    QCOMPARE(appeal->state, QStringLiteral("open"));

    signIn("nour", kAnalyst);
    auto notYours = m_ws->resolveAppeal(appeal->id, true, QStringLiteral("no"));
    QVERIFY(!notYours);
    QCOMPARE(notYours.error().field, QStringLiteral("reviewer"));
    signIn("omar", kReviewer);
    auto resolved = m_ws->resolveAppeal(appeal->id,
                                        true,
                                        QStringLiteral("The plan is not "
                                                       "funded yet."));
    MIZAN_VERIFY_OK(resolved);
    QCOMPARE(resolved->state, QStringLiteral("overturned"));
    auto after = m_ws->humanDecisions(LeadRow{m_set, 4});
    MIZAN_VERIFY_OK(after);
    QCOMPARE(after->size(), size_t(2));
    QCOMPARE(after->back().decision, modelSays); // overturning the human decision
    QCOMPARE(after->back().appeal, appeal->id);
    QCOMPARE(after->back().decidedBy, QStringLiteral("omar"));
    auto again = m_ws->resolveAppeal(appeal->id, false, QStringLiteral("twice"));
    QVERIFY(!again);

    const QStringList actions = auditActions(*m_ws);
    QCOMPARE(actions.count(QStringLiteral("leads.override:ok")), 2);
    QCOMPARE(actions.count(QStringLiteral("privacy.appeal:ok")), 1);
    QCOMPARE(actions.count(QStringLiteral("privacy.appeal_resolve:ok")), 1);
    // The free text is sealed under the subject's key, never in the log or the pages in clear.
    auto entries = m_ws->auditEntries();
    MIZAN_VERIFY_OK(entries);
    for (const AuditEntry &e : *entries)
        QVERIFY(!QString::fromUtf8(e.canonicalBytes()).contains(QStringLiteral("investment forum")));
    QVERIFY(!folderBytes(true).contains("investment forum"));
}

void TestPrivacy::subjectAccessExportsEverythingHeld()
{
    const Person &p = m_people[4];
    signIn("nour", kAnalyst);
    QVERIFY(!m_ws->subjectAccess(p.leadId)); // privacy.export is the privacy officer's
    signIn("pia", kPrivacy);
    auto access = m_ws->subjectAccess(p.leadId);
    MIZAN_VERIFY_OK(access);
    const QJsonObject json = access->json;
    QCOMPARE(json.value("format").toString(), QStringLiteral("mizan.subject-access/1"));
    QCOMPARE(json.value("subject").toString(), p.leadId);
    const QJsonArray records = json.value("records").toArray();
    QCOMPARE(records.size(), 1);
    const QJsonObject record = records.first().toObject();
    const QJsonObject data = record.value("data").toObject();
    QCOMPARE(data.value("email").toString(), p.email);
    QCOMPARE(data.value("contact_name").toString(), p.name);
    QCOMPARE(data.value("lead_id").toString(), p.leadId);
    QCOMPARE(record.value("lead_set").toObject().value("purpose").toString(),
             QStringLiteral("lead conversion scoring"));
    QCOMPARE(record.value("lead_set").toObject().value("legal_basis").toString(),
             QStringLiteral("public task"));
    QCOMPARE(record.value("predictions").toArray().size(), 2); // scored twice above
    QCOMPARE(record.value("human_decisions").toArray().size(), 2);
    QCOMPARE(record.value("appeals").toArray().size(), 1);
    QVERIFY(record.value("human_decisions")
                .toArray()
                .first()
                .toObject()
                .value("reason")
                .toString()
                .contains("investment forum"));
    // The explanation: exact, with its receipt and the changes that would change the decision.
    QVERIFY(access->explanation.has_value());
    const LeadExplanation &e = *access->explanation;
    double sum = e.shap.expectedValue;
    for (double c : e.shap.inputContributions)
        sum += c;
    QVERIFY(std::abs(sum - e.shap.margin) < 1e-5 + 1e-6 * std::abs(e.shap.margin));
    const QJsonObject explanation = json.value("explanation").toObject();
    QVERIFY(explanation.contains("receipt"));
    QVERIFY(explanation.value("run").toInteger() > m_run); // the latest of the two runs
    QCOMPARE(e.receipt.modelVersion, QStringLiteral("model:%1").arg(m_model));
    QCOMPARE(access->name, p.name);
    // The audit entries about the lead: the decisions and the appeal are among them.
    QStringList actions;
    for (const QJsonValue &v : json.value("audit_entries").toArray())
        actions << v.toObject().value("action").toString();
    QVERIFY(actions.contains("leads.override"));
    QVERIFY(actions.contains("privacy.appeal"));
    QVERIFY(actions.contains("leads.import"));

    const QString english = subjectLetterHtml(*access, ReportLanguage::English);
    QVERIFY(english.contains(p.name.toHtmlEscaped()));
    QVERIFY(english.contains(QStringLiteral("What would have changed the decision")));
    QVERIFY(english.contains(QStringLiteral("Your rights")));
    QVERIFY(english.contains(QStringLiteral("public task")));
    const QString arabic = subjectLetterHtml(*access, ReportLanguage::Arabic);
    QVERIFY(arabic.contains(QStringLiteral("dir=\"rtl\"")));
    QVERIFY(arabic.contains(QStringLiteral("حقوقكم")));
    QVERIFY(arabic.contains(QStringLiteral("ما الذي كان سيغيّر القرار")));
    // Audited without naming the subject.
    const QStringList log = auditActions(*m_ws);
    QVERIFY(log.contains(QStringLiteral("privacy.export:ok")));
    auto entries = m_ws->auditEntries();
    MIZAN_VERIFY_OK(entries);
    for (const AuditEntry &entry : *entries) {
        if (entry.action.startsWith(QLatin1String("privacy.")))
            QVERIFY2(!QString::fromUtf8(entry.canonicalBytes()).contains(p.leadId),
                     qPrintable(entry.action));
    }
}

void TestPrivacy::aLegalHoldStopsErasureUntilLifted()
{
    const Person &p = m_people[20];
    signIn("nour", kAnalyst);
    QVERIFY(!m_ws->placeLegalHold(QStringLiteral("leadset:%1").arg(m_set), "litigation"));
    signIn("pia", kPrivacy);
    QVERIFY(!m_ws->placeLegalHold(QStringLiteral("leadset:999"), "litigation"));
    QVERIFY(!m_ws->placeLegalHold(QStringLiteral("everything"), "litigation"));
    auto hold = m_ws->placeLegalHold(QStringLiteral("model:%1").arg(m_model),
                                     QStringLiteral("Court order 12/2026"));
    MIZAN_VERIFY_OK(hold);
    MIZAN_VERIFY_OK(m_ws->reauthenticate(pw(kPrivacy)));
    auto refused = m_ws->eraseSubject(p.leadId, QStringLiteral("DSR-2026-020"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("legal_hold"));
    auto still = m_ws->findSubjects(p.leadId);
    MIZAN_VERIFY_OK(still);
    QCOMPARE(still->size(), size_t(1));
    QVERIFY(still->front().display.contains(p.email));

    QVERIFY(!m_ws->liftLegalHold(hold->id, QString()));
    MIZAN_VERIFY_OK(m_ws->liftLegalHold(hold->id, QStringLiteral("Case closed")));
    QVERIFY(!m_ws->liftLegalHold(hold->id, QStringLiteral("twice")));
    auto holds = m_ws->legalHolds();
    MIZAN_VERIFY_OK(holds);
    QCOMPARE(holds->size(), size_t(1));
    QVERIFY(!holds->front().active());
    QCOMPARE(holds->front().placedBy, QStringLiteral("pia"));
    QCOMPARE(holds->front().liftedBy, QStringLiteral("pia"));
    const QStringList actions = auditActions(*m_ws);
    QCOMPARE(actions.count(QStringLiteral("privacy.hold:ok")), 1);
    QCOMPARE(actions.count(QStringLiteral("privacy.hold_lift:ok")), 1);
    QCOMPARE(actions.count(QStringLiteral("privacy.erase:failed")), 1);
}

void TestPrivacy::erasureShredsTheSubjectAndTheLogStillVerifies()
{
    const Person &p = m_people[4]; // decided on, appealed, explained, scored twice
    const Person &kept = m_people[5];
    // A migration's safety copy predates the erasure: it must not keep the person either.
    static_cast<void>(m_ws->logout());
    m_ws.reset();
    QVERIFY(QFile::copy(dir() + "/workspace.db", dir() + "/workspace.db.v5.bak"));
    auto reopened = Workspace::open(dir(), testOptions());
    MIZAN_VERIFY_OK(reopened);
    m_ws = std::move(*reopened);

    signIn("omar", kReviewer);
    QVERIFY(!m_ws->eraseSubject(p.leadId, "DSR-1")); // privacy.erase is the privacy officer's
    signIn("pia", kPrivacy);                         // signing in is a fresh authentication
    auto receipt = m_ws->eraseSubject(p.leadId,
                                      QStringLiteral("DSR-2026-004 by e-mail from ") + p.email);
    MIZAN_VERIFY_OK(receipt);
    QCOMPARE(receipt->rows.size(), size_t(1));
    QCOMPARE(receipt->keysDestroyed, qint64(1));
    QCOMPARE(receipt->piiRecords, qint64(1));
    QCOMPARE(receipt->decisions, qint64(2));
    QCOMPARE(receipt->appeals, qint64(1));
    QCOMPARE(receipt->predictions, qint64(2));
    QVERIFY(!receipt->request.contains(p.email)); // scrubbed
    QVERIFY(receipt->request.contains(QStringLiteral("DSR-2026-004")));

    auto gone = m_ws->findSubjects(p.leadId);
    MIZAN_VERIFY_OK(gone);
    QVERIFY(gone->empty());
    QVERIFY(!m_ws->subjectAccess(p.leadId));
    auto set = m_ws->loadLeadSet(m_set);
    MIZAN_VERIFY_OK(set);
    QCOMPARE(set->rowCount(), qint64(kRows)); // anonymised, not removed: row numbers hold
    QCOMPARE(set->ids[4], QStringLiteral("erased:1:1"));
    QVERIFY(set->columns[size_t(set->columnIndex("email"))].texts[4].isEmpty());
    QCOMPARE(set->columns[size_t(set->columnIndex("email"))].texts[5], kept.email);
    auto register_ = m_ws->erasures();
    MIZAN_VERIFY_OK(register_);
    QCOMPARE(register_->size(), size_t(1));
    QCOMPARE(register_->front().id, receipt->id);

    // The log verifies, and names nobody.
    signIn("audra", kAuditorPassword);
    auto verified = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(verified);
    QVERIFY(verified->ok);
    auto entries = m_ws->auditEntries();
    MIZAN_VERIFY_OK(entries);
    QCOMPARE(entries->back().action, QStringLiteral("audit.verify"));

    // Byte search: every file of the folder, raw and decrypted page by page.
    static_cast<void>(m_ws->logout());
    QVERIFY(!QFile::exists(dir() + "/workspace.db.v5.bak"));
    const QByteArray bytes = folderBytes(true);
    QVERIFY(bytes.contains(kept.leadId.toUtf8()));
    for (const QString &value : {p.leadId, p.email, p.name, p.phone})
        QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(value));
    QVERIFY(!bytes.contains("investment forum"));
    QVERIFY(!bytes.contains("please review"));

    // A copy made afterwards (the encrypted export backups are made with) holds none of it.
    const SecureBytes key = workspaceDataKey(dir(), "amira", kAdminPassword);
    const QString copyPath = m_dir.filePath("copy-after-erasure.db");
    {
        auto raw = RawAuditDb::open(dir(), "amira", kAdminPassword);
        MIZAN_VERIFY_OK(raw);
        MIZAN_VERIFY_OK(raw->db().exportTo(copyPath, key));
    }
    const QByteArray copy = decryptSqlCipherFile(copyPath, key);
    QVERIFY(copy.contains(kept.leadId.toUtf8()));
    for (const QString &value : {p.leadId, p.email, p.name, p.phone})
        QVERIFY2(!copy.contains(value.toUtf8()), qPrintable(value));
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "TestPrivacy.moc"
