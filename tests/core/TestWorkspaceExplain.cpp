// The explanation services of the Workspace facade: permission, work and audit entry, and the
// entry records how to reproduce the explanation (model, hashes, method, seed), never the lead.

#include "TestPaths.h"
#include "TestWorkspaceUtil.h"

#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace mizan;
using namespace mizan::test;

namespace {

const QString kAnalyst = QStringLiteral("nour");
const QString kPrivacy = QStringLiteral("layla");
const QString kAuditor = QStringLiteral("audra");
constexpr const char *kPrivacyPassword = "amber violet canyon thunder";

std::vector<AuditEntry> entriesAfter(const std::vector<AuditEntry> &log, qint64 seq)
{
    std::vector<AuditEntry> out;
    for (const AuditEntry &e : log) {
        if (e.seq > seq)
            out.push_back(e);
    }
    return out;
}

std::vector<AuditEntry> withAction(const std::vector<AuditEntry> &log, const QString &action)
{
    std::vector<AuditEntry> out;
    for (const AuditEntry &e : log) {
        if (e.action == action)
            out.push_back(e);
    }
    return out;
}

QString leadTarget(qint64 set, qint64 row)
{
    return QStringLiteral("leadset:%1/row:%2").arg(set).arg(row);
}

} // namespace

class TestWorkspaceExplain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void analystExplainsAStoredLead();
    void whatIfIsAuditedWithTheChangedColumns();
    void rolesWithoutLeadsExplainAreDenied();
    void auditorExplainsTheModelGlobally();
    void missingRowIsAnErrorNamingIt();
    void auditLogStillVerifies();

private:
    void signIn(const QString &user);
    /** The whole audit log, read as the auditor (who stays signed in). */
    std::vector<AuditEntry> auditLog();
    qint64 lastSeq();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    LeadSetInfo m_set;
    ModelInfo m_model;
};

void TestWorkspaceExplain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.filePath(QStringLiteral("ws"));
    auto created = createWorkspace(dir);
    m_ws = std::move(created.workspace);
    MIZAN_VERIFY_OK(m_ws->addUser(kAnalyst, Role::Analyst, pw(kThirdPassword)));
    MIZAN_VERIFY_OK(m_ws->addUser(kPrivacy, Role::PrivacyOfficer, pw(kPrivacyPassword)));
    m_set = importSynthetic(*m_ws, dir, 200); // signs in as the data scientist dana
    m_model = storeSyntheticModel(*m_ws);
    QCOMPARE(m_set.rows, qint64(200));
}

void TestWorkspaceExplain::cleanupTestCase()
{
    m_ws.reset();
    KdfParams::allowTestCost(false);
}

void TestWorkspaceExplain::signIn(const QString &user)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    const char *password = user == kAnalyst   ? kThirdPassword
                           : user == kPrivacy ? kPrivacyPassword
                           : user == kAuditor ? kAuditorPassword
                                              : kFourthPassword;
    auto login = m_ws->login(user, pw(password));
    if (!login)
        qFatal("cannot sign in as %s: %s", qPrintable(user), qPrintable(login.error().message));
}

std::vector<AuditEntry> TestWorkspaceExplain::auditLog()
{
    signIn(kAuditor);
    auto entries = m_ws->auditEntries();
    if (!entries)
        qFatal("cannot read the audit log: %s", qPrintable(entries.error().message));
    return std::move(*entries);
}

qint64 TestWorkspaceExplain::lastSeq()
{
    const std::vector<AuditEntry> log = auditLog();
    return log.empty() ? 0 : log.back().seq;
}

void TestWorkspaceExplain::analystExplainsAStoredLead()
{
    signIn(kAnalyst);
    auto data = m_ws->loadLeadSet(m_set.id);
    MIZAN_VERIFY_OK(data);
    auto engines = m_ws->explainer(m_model.id);
    MIZAN_VERIFY_OK(engines);
    const std::shared_ptr<const Explainer> explainer = *engines;
    QCOMPARE(m_ws->explainer(m_model.id)->get(), explainer.get()); // cached per model
    const FeatureSpace &space = explainer->space();

    // A lead whose numbers have two digits and are not its row number, so that none of its
    // values can be mistaken for the entry's ids or seed below.
    qint64 row = -1;
    for (qint64 r = 20; r < data->rowCount() && row < 0; ++r) {
        const Lead lead = *space.leadFromDataset(*data, r);
        bool usable = true;
        for (int f = 0; f < space.featureCount(); ++f) {
            const QString shown = space.displayValue(f, lead[size_t(f)]);
            usable = usable && shown.size() >= 2 && shown != QString::number(r);
        }
        if (usable)
            row = r;
    }
    QVERIFY(row >= 0);
    const auto lead = m_ws->leadForExplanation(m_model.id, m_set.id, row);
    MIZAN_VERIFY_OK(lead);
    QVERIFY(*lead == *space.leadFromDataset(*data, row));

    const qint64 before = lastSeq();
    signIn(kAnalyst);
    ExplainOptions options;
    options.lime = true;
    options.limeOptions.samples = 1000;
    options.limeOptions.seed = 7;
    const auto e = m_ws->explainLead(m_model.id, m_set.id, row, options);
    MIZAN_VERIFY_OK(e);
    QVERIFY(e->lead == *lead);
    QCOMPARE(e->receipt.inputSha256, space.inputSha256(*lead));
    QCOMPARE(e->receipt.modelSha256, m_model.modelSha256);
    QCOMPARE(e->receipt.method, QStringLiteral("treeshap+lime"));
    QVERIFY(e->receipt.additivityResidual < 1e-9);
    QCOMPARE(e->shap.inputContributions, explainer->shap(*lead).inputContributions);
    QVERIFY(e->lime.has_value());

    const std::vector<AuditEntry> added = entriesAfter(auditLog(), before);
    const std::vector<AuditEntry> views = withAction(added, QStringLiteral("explain.view"));
    QCOMPARE(views.size(), size_t(1));
    for (const AuditEntry &entry : added) // nothing else about explanations or leads
        QVERIFY2(!entry.action.startsWith(QLatin1String("explain."))
                     || entry.action == QLatin1String("explain.view"),
                 qPrintable(entry.action));
    const AuditEntry &entry = views.front();
    QCOMPARE(entry.actor, kAnalyst);
    QCOMPARE(entry.role, QStringLiteral("analyst"));
    QCOMPARE(entry.outcome, QStringLiteral("ok"));
    QCOMPARE(entry.target, leadTarget(m_set.id, row));
    const QJsonObject &details = entry.details;
    QCOMPARE(details["model"].toInteger(), m_model.id);
    QCOMPARE(details["model_sha256"].toString(), QString::fromLatin1(m_model.modelSha256));
    QCOMPARE(details["method"].toString(), QStringLiteral("treeshap+lime"));
    // Not the plain input hash (an auditor could try every value): a keyed HMAC of it.
    const QString mac = details["input_hmac"].toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(mac).hasMatch());
    QVERIFY(mac != QString::fromLatin1(space.inputSha256(*lead)));
    QVERIFY(!details.contains("input_sha256"));
    QCOMPARE(details["seed"].toString(), QStringLiteral("7"));
    QCOMPARE(details["engine"].toString(), e->receipt.engine);
    const QSet<QString> allowed{"model", "model_sha256", "method", "input_hmac", "engine", "seed"};
    for (const QString &key : details.keys())
        QVERIFY2(allowed.contains(key), qPrintable(key));

    // None of the lead's values is in the entry: not its columns, not its categories, and no
    // number once the hashes (hex, which could spell any digits) are left out.
    const QByteArray full = entry.canonicalBytes();
    AuditEntry stripped = entry;
    stripped.seq = 0;
    stripped.timeMs = 0;
    stripped.prevHash.clear();
    stripped.leafHash.clear();
    for (const char *key : {"model_sha256", "input_hmac", "engine"})
        stripped.details.remove(QLatin1String(key));
    const QString rest = QString::fromUtf8(stripped.canonicalBytes());
    for (int f = 0; f < space.featureCount(); ++f) {
        const FeatureInfo &info = space.features()[size_t(f)];
        const QString shown = space.displayValue(f, (*lead)[size_t(f)]);
        QVERIFY2(!full.contains(info.column.toUtf8()), qPrintable(info.column));
        if (info.type == FeatureType::Categorical)
            QVERIFY2(!full.contains(shown.toUtf8()), qPrintable(shown));
        const QRegularExpression alone(QStringLiteral("(?<![0-9A-Za-z.])%1(?![0-9A-Za-z.])")
                                           .arg(QRegularExpression::escape(shown)));
        QVERIFY(alone.match(rest + QStringLiteral(",\"x\":") + shown + u'}').hasMatch());
        QVERIFY2(!alone.match(rest).hasMatch(),
                 qPrintable(QStringLiteral("%1 = %2 in %3").arg(info.column, shown, rest)));
    }

    // Without LIME the entry says so and carries no seed.
    const qint64 second = lastSeq();
    signIn(kAnalyst);
    MIZAN_VERIFY_OK(m_ws->explainLead(m_model.id, m_set.id, row));
    const std::vector<AuditEntry> plain = withAction(entriesAfter(auditLog(), second),
                                                     QStringLiteral("explain.view"));
    QCOMPARE(plain.size(), size_t(1));
    QCOMPARE(plain.front().details["method"].toString(), QStringLiteral("treeshap"));
    QVERIFY(!plain.front().details.contains("seed"));
    QCOMPARE(plain.front().details["input_hmac"], details["input_hmac"]); // same input, same MAC
}

void TestWorkspaceExplain::whatIfIsAuditedWithTheChangedColumns()
{
    signIn(kAnalyst);
    const qint64 row = 11;
    const auto engines = m_ws->explainer(m_model.id);
    MIZAN_VERIFY_OK(engines);
    const FeatureSpace &space = (*engines)->space();
    const auto original = m_ws->leadForExplanation(m_model.id, m_set.id, row);
    MIZAN_VERIFY_OK(original);
    const int visits = space.indexOf(QStringLiteral("visits"));
    const int channel = space.indexOf(QStringLiteral("channel"));
    Lead edited = *original;
    const double v = (*original)[size_t(visits)].number;
    edited[size_t(visits)] = *space.parseValue(visits, QString::number(std::isnan(v) ? 5.0 : v + 7));
    const FeatureInfo &channels = space.features()[size_t(channel)];
    edited[size_t(channel)].category = ((*original)[size_t(channel)].category + 1)
                                       % int(channels.categories.size());

    const qint64 before = lastSeq();
    signIn(kAnalyst);
    const auto e = m_ws->explainWhatIf(m_model.id, m_set.id, row, edited);
    MIZAN_VERIFY_OK(e);
    QVERIFY(e->lead == edited);
    QCOMPARE(e->receipt.inputSha256, space.inputSha256(edited));
    QVERIFY(e->receipt.inputSha256 != space.inputSha256(*original));
    QCOMPARE(e->shap.inputContributions, (*engines)->shap(edited).inputContributions);
    // Unchanged: the what-if of the lead as it is lists no column.
    MIZAN_VERIFY_OK(m_ws->explainWhatIf(m_model.id, m_set.id, row, *original));
    // A lead of the wrong size is refused, and the failure is audited.
    Lead shorter = edited;
    shorter.pop_back();
    const auto bad = m_ws->explainWhatIf(m_model.id, m_set.id, row, shorter);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::InvalidInput);

    const std::vector<AuditEntry> whatIfs = withAction(entriesAfter(auditLog(), before),
                                                       QStringLiteral("explain.whatif"));
    QCOMPARE(whatIfs.size(), size_t(3));
    const AuditEntry &changed = whatIfs[0];
    QCOMPARE(changed.actor, kAnalyst);
    QCOMPARE(changed.outcome, QStringLiteral("ok"));
    QCOMPARE(changed.target, leadTarget(m_set.id, row));
    QCOMPARE(changed.details["changed"].toArray(), (QJsonArray{"visits", "channel"}));
    QVERIFY(changed.details.contains("input_hmac"));
    QCOMPARE(changed.details["model_sha256"].toString(), QString::fromLatin1(m_model.modelSha256));
    QCOMPARE(changed.details["method"].toString(), QStringLiteral("treeshap"));
    QVERIFY(!changed.canonicalBytes().contains(
        channels.categories.at(edited[size_t(channel)].category).toUtf8()));
    QCOMPARE(whatIfs[1].outcome, QStringLiteral("ok"));
    QCOMPARE(whatIfs[1].details["changed"].toArray(), QJsonArray());
    // An unchanged lead has another MAC than the edited one.
    QVERIFY(whatIfs[1].details["input_hmac"] != changed.details["input_hmac"]);
    QCOMPARE(whatIfs[2].outcome, QStringLiteral("failed"));
    QCOMPARE(whatIfs[2].details["error"].toString(), QStringLiteral("invalid_input"));
}

void TestWorkspaceExplain::rolesWithoutLeadsExplainAreDenied()
{
    const qint64 row = 3;
    for (const QString &user : {kAuditor, kPrivacy}) {
        const qint64 before = lastSeq();
        signIn(user);
        QVERIFY(!m_ws->can(Permission::LeadsExplain));
        const auto e = m_ws->explainLead(m_model.id, m_set.id, row);
        QVERIFY(!e);
        QCOMPARE(e.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(e.error().field, QStringLiteral("leads.explain"));
        QVERIFY2(e.error().message.contains(user), qPrintable(e.error().message));
        const auto w = m_ws->explainWhatIf(m_model.id, m_set.id, row, Lead(4));
        QVERIFY(!w);
        QCOMPARE(w.error().code, ErrorCode::PermissionDenied);
        const auto l = m_ws->leadForExplanation(m_model.id, m_set.id, row);
        QVERIFY(!l);
        QCOMPARE(l.error().code, ErrorCode::PermissionDenied);

        const std::vector<AuditEntry> added = entriesAfter(auditLog(), before);
        // Each denial is audited once, as permission.denied (require() writes it; the failure
        // is not written a second time as explain.view "failed").
        std::vector<AuditEntry> denied;
        for (const AuditEntry &entry : added) {
            if (entry.actor != user)
                continue;
            QVERIFY2(!entry.action.startsWith(QLatin1String("explain.")),
                     qPrintable(entry.action + QLatin1Char(':') + entry.outcome));
            if (entry.action == QLatin1String("permission.denied"))
                denied.push_back(entry);
        }
        QVERIFY2(denied.size() >= 3, qPrintable(QString::number(denied.size())));
        const AuditEntry &first = denied.front();
        QCOMPARE(first.outcome, QStringLiteral("denied"));
        QCOMPARE(first.target, leadTarget(m_set.id, row));
        QCOMPARE(first.details["permission"].toString(), QStringLiteral("leads.explain"));
        QCOMPARE(first.role,
                 user == kAuditor ? QStringLiteral("auditor") : QStringLiteral("privacy_officer"));
        for (const AuditEntry &d : denied)
            QCOMPARE(d.details["permission"].toString(), QStringLiteral("leads.explain"));
    }
    // Nor may a privacy officer explain the model as a whole (explain.global).
    signIn(kPrivacy);
    const auto g = m_ws->explainGlobal(m_model.id, m_set.id);
    QVERIFY(!g);
    QCOMPARE(g.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(g.error().field, QStringLiteral("explain.global"));
}

void TestWorkspaceExplain::auditorExplainsTheModelGlobally()
{
    // The reference: the same computation on the stored leads, by the analyst.
    signIn(kAnalyst);
    const auto data = m_ws->loadLeadSet(m_set.id);
    MIZAN_VERIFY_OK(data);
    const auto engines = m_ws->explainer(m_model.id);
    MIZAN_VERIFY_OK(engines);
    GlobalOptions options;
    options.sampleRows = 20;
    options.seed = 3;
    options.nthread = 1;
    const auto reference = (*engines)->global(*data, options);
    MIZAN_VERIFY_OK(reference);

    const qint64 before = lastSeq();
    signIn(kAuditor);
    QVERIFY(!m_ws->can(Permission::LeadsView)); // explain.global does not need it
    QVERIFY(!m_ws->loadLeadSet(m_set.id));
    const auto g = m_ws->explainGlobal(m_model.id, m_set.id, options);
    MIZAN_VERIFY_OK(g);
    QCOMPARE(g->rows, m_set.rows);
    QCOMPARE(g->features, reference->features);
    QCOMPARE(g->order, reference->order);
    // Without leads.view: SHAP values of the sample, but no row numbers and no lead values.
    QCOMPARE(g->sampleIndex.size(), reference->sampleIndex.size());
    QVERIFY(std::all_of(g->sampleIndex.begin(), g->sampleIndex.end(), [](qint64 i) {
        return i == -1;
    }));
    QVERIFY(std::all_of(g->sampleValues.begin(), g->sampleValues.end(), [](double v) {
        return std::isnan(v);
    }));
    QCOMPARE(g->sampleShap, reference->sampleShap);
    for (size_t f = 0; f < g->meanAbs.size(); ++f)
        QVERIFY(std::abs(g->meanAbs[f] - reference->meanAbs[f]) < 1e-12);
    QCOMPARE(g->receipt.inputSha256, m_set.sha256);

    const std::vector<AuditEntry> globals = withAction(entriesAfter(auditLog(), before),
                                                       QStringLiteral("explain.global"));
    QCOMPARE(globals.size(), size_t(1));
    const AuditEntry &entry = globals.front();
    QCOMPARE(entry.actor, kAuditor);
    QCOMPARE(entry.role, QStringLiteral("auditor"));
    QCOMPARE(entry.outcome, QStringLiteral("ok"));
    QCOMPARE(entry.target, QStringLiteral("model:%1").arg(m_model.id));
    QCOMPARE(entry.details["lead_set"].toInteger(), m_set.id);
    QCOMPARE(entry.details["rows"].toInteger(), m_set.rows);
    QCOMPARE(entry.details["model_sha256"].toString(), QString::fromLatin1(m_model.modelSha256));
    QCOMPARE(entry.details["input_sha256"].toString(), QString::fromLatin1(m_set.sha256));
    QCOMPARE(entry.details["method"].toString(), QStringLiteral("treeshap-global"));
    QCOMPARE(entry.details["seed"].toString(), QStringLiteral("3"));

    // The analyst may too (explain.global); a lead set that does not exist fails, audited.
    const qint64 next = lastSeq();
    signIn(kAnalyst);
    MIZAN_VERIFY_OK(m_ws->explainGlobal(m_model.id, m_set.id, options));
    const auto missing = m_ws->explainGlobal(m_model.id, 999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::InvalidInput);
    QVERIFY2(missing.error().message.contains(QLatin1String("999")),
             qPrintable(missing.error().message));
    const std::vector<AuditEntry> more = withAction(entriesAfter(auditLog(), next),
                                                    QStringLiteral("explain.global"));
    QCOMPARE(more.size(), size_t(2));
    QCOMPARE(more[0].outcome, QStringLiteral("ok"));
    QCOMPARE(more[1].outcome, QStringLiteral("failed"));
}

void TestWorkspaceExplain::missingRowIsAnErrorNamingIt()
{
    const qint64 before = lastSeq();
    signIn(kAnalyst);
    for (qint64 row : {qint64(200), qint64(9999), qint64(-1)}) {
        const auto e = m_ws->explainLead(m_model.id, m_set.id, row);
        QVERIFY(!e);
        QCOMPARE(e.error().code, ErrorCode::InvalidInput);
        QVERIFY2(e.error().message.contains(QString::number(row)), qPrintable(e.error().message));
        const auto lead = m_ws->leadForExplanation(m_model.id, m_set.id, row);
        QVERIFY(!lead);
        QVERIFY2(lead.error().message.contains(QString::number(row)),
                 qPrintable(lead.error().message));
    }
    const auto noSet = m_ws->explainLead(m_model.id, 4242, 0);
    QVERIFY(!noSet);
    QVERIFY2(noSet.error().message.contains(QLatin1String("4242")),
             qPrintable(noSet.error().message));
    const auto noModel = m_ws->explainLead(4343, m_set.id, 0);
    QVERIFY(!noModel);
    QVERIFY2(noModel.error().message.contains(QLatin1String("4343")),
             qPrintable(noModel.error().message));
    // The workspace still works.
    MIZAN_VERIFY_OK(m_ws->explainLead(m_model.id, m_set.id, 199));

    const std::vector<AuditEntry> views = withAction(entriesAfter(auditLog(), before),
                                                     QStringLiteral("explain.view"));
    QCOMPARE(views.size(), size_t(6));
    for (size_t k = 0; k < 5; ++k) {
        QCOMPARE(views[k].outcome, QStringLiteral("failed"));
        QCOMPARE(views[k].actor, kAnalyst);
    }
    QCOMPARE(views[0].target, leadTarget(m_set.id, 200));
    QCOMPARE(views[0].details["error"].toString(), QStringLiteral("invalid_input"));
    QCOMPARE(views[3].target, QStringLiteral("leadset:4242/row:0"));
    QCOMPARE(views[5].outcome, QStringLiteral("ok"));
    QCOMPARE(views[5].target, leadTarget(m_set.id, 199));
}

void TestWorkspaceExplain::auditLogStillVerifies()
{
    signIn(kAuditor);
    const auto report = m_ws->verifyAudit();
    MIZAN_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->verdict()));
    QVERIFY(report->entries > 30);
    QCOMPARE(report->firstBadSeq, qint64(0));
}

QTEST_GUILESS_MAIN(TestWorkspaceExplain)
#include "TestWorkspaceExplain.moc"
