// mizan-cli model governance as people run it: the whole lifecycle through the command line
// (submit, refused approvals, approve with an override, deploy, a second version, rollback,
// history as of a time, card, assess, retire, list), the four-eyes refusal after a role change,
// usage errors, unknown ids, the policy, and every step read back from the audit log.

#include "CliRun.h"
#include "SyntheticLeads.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace mizan;

namespace {

const std::map<QString, QByteArray> kPasswords{
    {"amira", "river stone lantern ninety"},  // admin
    {"dana", "orange desert compass violin"}, // data scientist
    {"dora", "pepper lagoon sunrise cobalt"}, // data scientist, later a risk officer
    {"rana", "amber violet canyon thunder"},  // risk officer
    {"rami", "granite willow harbor seven"},  // risk officer
    {"nour", "silver falcon meadow puzzle"},  // analyst
};

const QString kOverride = QStringLiteral(
    "No fairness report yet; the pilot is limited to one desk.");

QJsonObject jsonOf(const Run &r)
{
    if (r.exitCode != 0)
        qWarning("exit %d: %s", r.exitCode, qPrintable(r.err));
    return QJsonDocument::fromJson(r.out).object();
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/** "action:outcome:actor" of the audit entries about `target`, oldest first. */
QStringList stepsOf(const QJsonArray &entries, const QString &target)
{
    QStringList steps;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        if (e["target"].toString() == target)
            steps << e["action"].toString() + ':' + e["outcome"].toString() + ':'
                         + e["actor"].toString();
    }
    return steps;
}

/** Whether `wanted` appears in `steps` in this order (other steps may come between). */
bool inOrder(const QStringList &steps, const QStringList &wanted)
{
    qsizetype at = 0;
    for (const QString &step : steps)
        if (at < wanted.size() && step == wanted[at])
            ++at;
    return at == wanted.size();
}

} // namespace

class TestCliModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsEverySubcommand();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void lifecycleEndToEnd();
    void outcomesThroughTheCli();
    void fourEyesRefusalAfterARoleChange();
    void unknownIdsAndPolicyErrors();
    void auditLogHasEveryStep(); // after the slots above

private:
    /** mizan-cli `arguments` in the workspace as `user`, with their password. */
    Run as(const QString &user, const QStringList &arguments, const QByteArray &input = {}) const;
    Run model(const QString &user, const QStringList &arguments) const
    {
        return as(user, QStringList{"model"} + arguments);
    }
    QJsonObject modelJson(const QString &user, const QStringList &arguments) const
    {
        return jsonOf(model(user, arguments));
    }
    QString bundle(int rounds) const;

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_csv;
    QString m_spec;
    qint64 m_leadSet = 0;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_third = 0;
};

Run TestCliModel::as(const QString &user,
                     const QStringList &arguments,
                     const QByteArray &input) const
{
    return runAs(arguments + QStringList{"--workspace", m_ws, "--as", user},
                 kPasswords.at(user),
                 input);
}

QString TestCliModel::bundle(int rounds) const
{
    return m_dir.filePath(QStringLiteral("r%1.bundle.json").arg(rounds));
}

void TestCliModel::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MIZAN_CLI)));
    m_ws = m_dir.filePath("ws");
    m_csv = m_dir.filePath("leads.csv");
    m_spec = m_dir.filePath("leads.spec.json");
    write(m_csv, test::syntheticCsv(1200));
    write(m_spec, QJsonDocument(test::syntheticSpec().toJson()).toJson());
    // Three versions trained as files, as a data scientist would before storing them.
    for (int rounds : {12, 20, 8}) {
        const Run r = run({"train",
                           "--data",
                           m_csv,
                           "--spec",
                           m_spec,
                           "--split",
                           "mod:5:4",
                           "--param",
                           QStringLiteral("rounds=%1").arg(rounds),
                           "--param",
                           "nthread=1",
                           "--out",
                           bundle(rounds)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    Run r = runAs({"init", "--workspace", m_ws, "--admin", "amira"}, kPasswords.at("amira"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const std::pair<const char *, const char *> people[] = {{"dana", "data_scientist"},
                                                            {"dora", "data_scientist"},
                                                            {"rana", "risk_officer"},
                                                            {"rami", "risk_officer"},
                                                            {"nour", "analyst"}};
    for (const auto &[name, role] : people) {
        r = as("amira",
               {"user", "add", QString::fromLatin1(name), "--role", QString::fromLatin1(role)},
               kPasswords.at(QString::fromLatin1(name)) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["state"].toString(), "active");
    }
    // The reference lead set (with outcomes) the assessments score both versions on.
    r = as("dana", {"import", "--data", m_csv, "--spec", m_spec, "--name", "reference"});
    m_leadSet = jsonOf(r)["id"].toInteger();
    QVERIFY(m_leadSet > 0);
    // The synthetic leads are an easy problem: the gates that compare with a deployed version
    // are opened; the fairness gate stays, and fails without a fairness report.
    const QString policy = m_dir.filePath("policy.json");
    write(policy,
          R"({"format": "mizan.governance-policy/1", "min_roc_auc": 0.5, "max_psi": 10,
              "warn_psi": 10, "max_auc_drop": 0.5, "medium_from": 50, "high_from": 90})");
    const QJsonObject set = modelJson("rana", {"policy", "--set", policy});
    QCOMPARE(set["max_psi"].toDouble(), 10.0);
    QCOMPARE(set["min_dp_ratio"].toDouble(), 0.8);    // left out: the default
    QCOMPARE(set["revalidation_months"].toInt(), 12); // likewise
}

void TestCliModel::helpListsEverySubcommand()
{
    Run r = run({"model", "--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *sub : {"import",
                            "list",
                            "show",
                            "submit",
                            "approve",
                            "reject",
                            "deploy",
                            "rollback",
                            "retire",
                            "history",
                            "card",
                            "assess",
                            "policy"})
        QVERIFY2(r.out.contains(QByteArray(QByteArray("\n  ") + sub + ' ')), sub);
    r = run({"model", "approve", "--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--id",
                               "--comment",
                               "--override-reason",
                               "--revalidate-by",
                               "--reference",
                               "--workspace",
                               "--as",
                               "--format"})
        QVERIFY2(r.out.contains(option), option);
    QVERIFY(!run({"model", "history", "--help"}).out.contains("--comment"));
}

void TestCliModel::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    // clang-format off
    QTest::newRow("approve no comment")   << QStringList{"approve", "--id", "1"} << "--comment";
    QTest::newRow("show no id")           << QStringList{"show"} << "--id";
    QTest::newRow("id not a number")      << QStringList{"approve", "--id", "one", "--comment", "x"} << "--id";
    QTest::newRow("id zero")              << QStringList{"show", "--id", "0"} << "--id";
    QTest::newRow("id twice")             << QStringList{"show", "--id", "1", "--id", "2"} << "--id";
    QTest::newRow("no justification")     << QStringList{"submit", "--id", "1"} << "--justification";
    QTest::newRow("reject no comment")    << QStringList{"reject", "--id", "1"} << "--comment";
    QTest::newRow("rollback no reason")   << QStringList{"rollback", "--id", "1"} << "--reason";
    QTest::newRow("retire no reason")     << QStringList{"retire", "--id", "1"} << "--reason";
    QTest::newRow("deploy has no reason") << QStringList{"deploy", "--id", "1", "--reason", "x"} << "reason";
    QTest::newRow("reference not an id")  << QStringList{"submit", "--id", "1", "--justification", "x", "--reference", "L1"} << "--reference";
    QTest::newRow("date not ISO")         << QStringList{"approve", "--id", "1", "--comment", "x", "--revalidate-by", "31/03/2027"} << "--revalidate-by";
    QTest::newRow("date in ms")           << QStringList{"approve", "--id", "1", "--comment", "x", "--revalidate-by", "1800000000000"} << "--revalidate-by";
    QTest::newRow("at not a time")        << QStringList{"history", "--at", "yesterday"} << "--at";
    QTest::newRow("at with id")           << QStringList{"history", "--id", "1", "--at", "2026-01-01"} << "--at";
    QTest::newRow("md on list")           << QStringList{"list", "--format", "md"} << "md";
    QTest::newRow("table on card")        << QStringList{"card", "--id", "1", "--format", "table"} << "table";
    QTest::newRow("stray argument")       << QStringList{"show", "--id", "1", "extra"} << "extra";
    QTest::newRow("unknown subcommand")   << QStringList{"bless"} << "bless";
    // clang-format on
}

void TestCliModel::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    // A wrong password: a command that got past its arguments would exit 4, not 2.
    const Run r = runAs(QStringList{"model"} + arguments
                            + QStringList{"--workspace", m_ws, "--as", "rana"},
                        "not the password");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!r.err.contains("option not defined")); // no parser warnings
    QVERIFY(r.out.isEmpty());
}

void TestCliModel::lifecycleEndToEnd()
{
    // The data scientist stores a draft; everyone sees it.
    m_first = jsonOf(as("dana", {"model", "import", "--bundle", bundle(12)}))["id"].toInteger();
    QVERIFY(m_first > 0);
    const QString first = QString::number(m_first);
    QJsonObject shown = modelJson("nour", {"show", "--id", first});
    QCOMPARE(shown["state"].toString(), "draft");
    QCOMPARE(shown["authors"].toArray(), QJsonArray{"dana"});
    QVERIFY(!shown.contains("assessment"));

    // Only a data scientist submits; the submission is assessed on the reference lead set.
    Run r = model("nour", {"submit", "--id", first, "--justification", "Mine."});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("models.submit"), qPrintable(r.err));
    const QJsonObject assessment = modelJson("dana",
                                             {"submit",
                                              "--id",
                                              first,
                                              "--justification",
                                              "Quarterly retrain on the October leads.",
                                              "--reference",
                                              QString::number(m_leadSet)});
    QCOMPARE(assessment["format"].toString(), "mizan.risk-assessment/1");
    QCOMPARE(assessment["model"].toInteger(), m_first);
    QCOMPARE(assessment["reference_lead_set"].toInteger(), m_leadSet);
    QCOMPARE(assessment["level"].toString(), "low");
    QVERIFY(!assessment["rules"].toArray().isEmpty());
    bool dpGateFails = false;
    for (const QJsonValue &gate : assessment["gates"].toArray())
        dpGateFails |= gate["id"] == "min_dp_ratio" && !gate["passed"].toBool();
    QVERIFY(dpGateFails);

    // The author cannot approve (exit 3); an officer must give a reason for the failing gate.
    r = model("dana", {"approve", "--id", first, "--comment", "Looks right to me."});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("models.approve"), qPrintable(r.err));
    const QString until = QDateTime::currentDateTimeUtc().date().addMonths(6).toString(Qt::ISODate);
    const QStringList approval{"approve",
                               "--id",
                               first,
                               "--comment",
                               "Evidence reviewed.",
                               "--revalidate-by",
                               until};
    r = model("rana", approval);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("override reason"), qPrintable(r.err));
    QJsonObject outcome = modelJson("rana", approval + QStringList{"--override-reason", kOverride});
    QCOMPARE(outcome["model"].toInteger(), m_first);
    QCOMPARE(outcome["state"].toString(), "approved");
    QCOMPARE(outcome["approvals"].toInt(), 1);
    QCOMPARE(outcome["approvals_needed"].toInt(), 1);
    QCOMPARE(outcome["risk_level"].toString(), "low");
    QCOMPARE(outcome["overridden_gates"].toArray(), QJsonArray{"min_dp_ratio"});
    QVERIFY(outcome["event"].toInteger() > 0);
    shown = modelJson("nour", {"show", "--id", first});
    QCOMPARE(shown["state"].toString(), "approved");
    const QJsonObject approved = shown["approvals"].toArray().first().toObject();
    QCOMPARE(approved["approver"].toString(), "rana");
    QCOMPARE(approved["revalidate_by"].toString(), until + "T00:00:00.000Z");
    QCOMPARE(approved["override_reason"].toString(), kOverride);
    QCOMPARE(shown["justification"].toString(), "Quarterly retrain on the October leads.");
    QCOMPARE(shown["assessment"].toObject()["level"].toString(), "low");

    QJsonObject deployed = modelJson("rana", {"deploy", "--id", first});
    QCOMPARE(deployed["state"].toString(), "deployed");
    QCOMPARE(deployed["action"].toString(), "deploy");
    QVERIFY(deployed["previous"].isNull());

    // A second version, approved by the other officer, replaces it.
    m_second = jsonOf(as("dana", {"model", "import", "--bundle", bundle(20)}))["id"].toInteger();
    const QString second = QString::number(m_second);
    QVERIFY(m_second > m_first);
    QCOMPARE(modelJson("dana",
                       {"submit",
                        "--id",
                        second,
                        "--justification",
                        "More rounds.",
                        "--reference",
                        QString::number(m_leadSet)})["level"]
                 .toString(),
             "low");
    outcome = modelJson(
        "rami",
        {"approve", "--id", second, "--comment", "Second look.", "--override-reason", kOverride});
    QCOMPARE(outcome["state"].toString(), "approved");
    deployed = modelJson("rana", {"deploy", "--id", second, "--comment", "Better calibrated."});
    QCOMPARE(deployed["state"].toString(), "deployed");
    QCOMPARE(deployed["previous"].toInteger(), m_first);
    QCOMPARE(modelJson("nour", {"show", "--id", first})["state"].toString(), "approved");

    // Rollback to the first, with a reason.
    const QString reason = QStringLiteral("Complaints about version 2's scores.");
    const QJsonObject rolled = modelJson("rana", {"rollback", "--id", first, "--reason", reason});
    QCOMPARE(rolled["state"].toString(), "deployed");
    QCOMPARE(rolled["action"].toString(), "rollback");
    QCOMPARE(rolled["previous"].toInteger(), m_second);
    QCOMPARE(modelJson("nour", {"show", "--id", second})["state"].toString(), "approved");

    // Scoring without --model uses the deployed version (the first again); naming another
    // version works but says its scores are for evaluation.
    Run scored = as("nour", {"score", "--lead-set", QString::number(m_leadSet)});
    const QJsonObject run = jsonOf(scored);
    QCOMPARE(run["model"].toInteger(), m_first);
    QCOMPARE(run["deployed_model"].toInteger(), m_first);
    QCOMPARE(run["approved_for_scoring"].toBool(), true);
    QVERIFY(scored.err.isEmpty());
    scored = as("nour", {"score", "--lead-set", QString::number(m_leadSet), "--model", second});
    QCOMPARE(jsonOf(scored)["approved_for_scoring"].toBool(), false);
    QVERIFY2(scored.err.contains("evaluation"), qPrintable(scored.err));

    // The first version's history: its signed events in order, and its two periods.
    const QJsonObject own = modelJson("nour", {"history", "--id", first});
    QStringList actions;
    qint64 lastNumber = 0;
    qint64 lastTime = 0;
    QString approveSignature;
    for (const QJsonValue &v : own["events"].toArray()) {
        actions << v["action"].toString();
        QCOMPARE(v["model"].toInteger(), m_first);
        QVERIFY(v["number"].toInteger() > lastNumber);
        QVERIFY(v["time_ms"].toInteger() >= lastTime);
        QCOMPARE(v["signature"].toString().size(), 128);
        lastNumber = v["number"].toInteger();
        lastTime = v["time_ms"].toInteger();
        if (v["action"] == "approve")
            approveSignature = v["signature"].toString();
    }
    QCOMPARE(actions, (QStringList{"register", "submit", "approve", "deploy", "rollback"}));
    const QJsonArray periods = own["deployments"].toArray();
    QCOMPARE(periods.size(), 2);
    QCOMPARE(periods[0]["how"].toString(), "deploy");
    QVERIFY(periods[0]["to_ms"].toInteger() > periods[0]["from_ms"].toInteger());
    QCOMPARE(periods[1]["how"].toString(), "rollback");
    QCOMPARE(periods[1]["reason"].toString(), reason);
    QVERIFY(periods[1]["to"].isNull());

    // As of a time: the version deployed then, from the whole registry's events.
    qint64 t1 = 0, t2 = 0, t3 = 0;
    for (const QJsonValue &v : modelJson("nour", {"history"})["events"].toArray()) {
        const qint64 version = v["model"].toInteger();
        if (v["action"] == "deploy")
            (version == m_first ? t1 : t2) = v["time_ms"].toInteger();
        else if (v["action"] == "rollback")
            t3 = v["time_ms"].toInteger();
    }
    QVERIFY(t1 > 0 && t1 < t2 && t2 < t3);
    const auto deployedAt = [&](const QString &at) -> QJsonValue {
        return modelJson("nour", {"history", "--at", at})["deployed"];
    };
    QCOMPARE(deployedAt(isoUtc((t1 + t2) / 2)).toInteger(), m_first);
    QCOMPARE(deployedAt(isoUtc((t2 + t3) / 2)).toInteger(), m_second);
    QCOMPARE(deployedAt(QString::number(t3)).toInteger(), m_first); // milliseconds work too
    QVERIFY(deployedAt("2000-01-01").isNull());
    r = model("nour", {"history", "--format", "table"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("rollback") && r.out.contains(reason.toUtf8()));
    QVERIFY(r.out.contains("Better calibrated.") && r.out.contains("now"));

    // The model card: Markdown with the signed approvals, to standard output or a file.
    r = model("rana", {"card", "--id", first});
    QCOMPARE(r.exitCode, 0);
    const QString card = QString::fromUtf8(r.out);
    QVERIFY(card.startsWith("# Model card"));
    QVERIFY(card.contains("## Approvals and signatures"));
    QVERIFY(card.contains("Evidence reviewed.") && card.contains("rana"));
    QVERIFY(!approveSignature.isEmpty() && card.contains(approveSignature));
    const QString cardFile = m_dir.filePath("card.md");
    r = model("rana", {"card", "--id", first, "--out", cardFile});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile written(cardFile);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("## Approvals and signatures"));
    QCOMPARE(modelJson("nour", {"card", "--id", first, "--format", "json"})["model"].toInteger(),
             m_first);

    // An assessment on demand, as Markdown or JSON.
    r = model("nour",
              {"assess", "--id", second, "--reference", QString::number(m_leadSet), "--format", "md"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Risk level") && r.out.contains("| Rule |"), r.out.constData());
    QCOMPARE(modelJson("nour", {"assess", "--id", second})["model"].toInteger(), m_second);

    // The deployed version cannot be retired; the other one can, with a reason.
    r = model("rana", {"retire", "--id", first, "--reason", "Old."});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("deployed"), qPrintable(r.err));
    QCOMPARE(modelJson("rana",
                       {"retire", "--id", second, "--reason", "Rolled back; superseded."})["state"]
                 .toString(),
             "retired");

    // The list shows each state (JSON, and the table).
    std::map<qint64, QString> states;
    for (const QJsonValue &v : modelJson("nour", {"list"})["models"].toArray())
        states[v["id"].toInteger()] = v["state"].toString();
    QCOMPARE(states[m_first], "deployed");
    QCOMPARE(states[m_second], "retired");
    r = model("nour", {"list", "--format", "table"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("deployed") && r.out.contains("retired") && r.out.contains("1/1"));
}

void TestCliModel::outcomesThroughTheCli()
{
    // The lead file has lead_id and converted columns: it is an outcome file too.
    Run r = as("nour", {"outcomes", "import", "--format", "json"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--data"));
    r = as("rana", {"outcomes", "import", "--data", m_csv});
    QCOMPARE(r.exitCode, 3); // risk officers do not import data
    const QString bad = m_dir.filePath("outcomes-bad.csv");
    write(bad, "lead_id,converted\nL1,yes\nL2,perhaps\n");
    r = as("nour", {"outcomes", "import", "--data", bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("outcomes-bad.csv") && r.err.contains("line 3"), qPrintable(r.err));
    r = as("nour", {"outcomes", "import", "--data", m_csv});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject imported = jsonOf(r);
    QCOMPARE(imported["rows"].toInteger(), 1200);
    QCOMPARE(imported["new"].toInteger(), 1200);
    QCOMPARE(imported["matched_leads"].toInteger(), 1200);
    // The first version scored the reference set once (the lifecycle above): realised figures.
    r = as("rana", {"outcomes", "report", "--id", QString::number(m_first)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = jsonOf(r);
    QCOMPARE(report["model"].toInteger(), m_first);
    const QJsonArray runs = report["runs"].toArray();
    QVERIFY(!runs.isEmpty());
    QCOMPARE(runs[0]["matched"].toInteger(), 1200);
    const double auc = runs[0]["roc_auc"].toDouble();
    QVERIFY(auc > 0.5 && auc <= 1.0);
    QVERIFY(report["approved_roc_auc"].isDouble());
    r = as("rana", {"outcomes", "report", "--id", QString::number(m_first), "--format", "table"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("approved ROC AUC") && r.out.contains("1200"));
    r = as("rana", {"outcomes", "alerts"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(jsonOf(r)["alerts"].isArray());
}

void TestCliModel::fourEyesRefusalAfterARoleChange()
{
    // dora stores and submits a version, then becomes a risk officer: she still cannot approve
    // her own work (four eyes), and the refusal is a denial (exit 3).
    m_third = jsonOf(as("dora", {"model", "import", "--bundle", bundle(8)}))["id"].toInteger();
    const QString third = QString::number(m_third);
    QVERIFY(m_third > m_second);
    QCOMPARE(modelJson("dora",
                       {"submit", "--id", third, "--justification", "Fewer trees."})["format"]
                 .toString(),
             "mizan.risk-assessment/1");
    Run r = as("amira", {"user", "role", "dora", "risk_officer"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(jsonOf(r)["state"].toString(), "applied");
    r = model("dora",
              {"approve", "--id", third, "--comment", "Fine.", "--override-reason", kOverride});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("four eyes"), qPrintable(r.err));
    QCOMPARE(modelJson("nour", {"show", "--id", third})["state"].toString(), "submitted");
    const QJsonObject rejected
        = modelJson("rana", {"reject", "--id", third, "--comment", "Trained on too few leads."});
    QCOMPARE(rejected["state"].toString(), "rejected");
    QCOMPARE(rejected["action"].toString(), "reject");
}

void TestCliModel::unknownIdsAndPolicyErrors()
{
    for (const QStringList &arguments : {QStringList{"show", "--id", "99"},
                                         QStringList{"history", "--id", "99"},
                                         QStringList{"card", "--id", "99"},
                                         QStringList{"approve", "--id", "99", "--comment", "x"},
                                         QStringList{"deploy", "--id", "99"}}) {
        const Run r = model("rana", arguments);
        QVERIFY2(r.exitCode == 1, qPrintable(arguments.join(' ') + ": " + r.err));
        QVERIFY2(r.err.contains("model 99"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    // Only a risk officer changes the policy; a bad file is named; the policy stays as it was.
    const QString lenient = m_dir.filePath("lenient.json");
    write(lenient, R"({"format": "mizan.governance-policy/1", "min_dp_ratio": 0})");
    Run r = model("nour", {"policy", "--set", lenient});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("models.gates"), qPrintable(r.err));
    const QString bad = m_dir.filePath("bad-policy.json");
    write(bad, R"({"format": "mizan.governance-policy/1", "min_fairness": 1})");
    r = model("rana", {"policy", "--set", bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad-policy.json") && r.err.contains("min_fairness"), qPrintable(r.err));
    write(bad, "[1, 2]");
    r = model("rana", {"policy", "--set", bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad-policy.json"), qPrintable(r.err));
    r = model("rana", {"policy", "--set", m_dir.filePath("absent.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("absent.json"), qPrintable(r.err));
    QCOMPARE(modelJson("nour", {"policy"})["min_dp_ratio"].toDouble(), 0.8);
}

void TestCliModel::auditLogHasEveryStep()
{
    QVERIFY(m_first > 0 && m_second > 0 && m_third > 0);
    const auto entries = [&](const QString &action) {
        const Run r
            = as("rana",
                 {"audit", "show", "--action", action, "--limit", "10000", "--format", "json"});
        return jsonOf(r)["entries"].toArray();
    };
    const QJsonArray log = entries("model.");
    const QString first = QStringLiteral("model:%1").arg(m_first);
    const QStringList firstSteps = stepsOf(log, first);
    const QStringList expected{"model.import:ok:dana",
                               "model.register:ok:dana",
                               "model.submit:ok:dana",
                               "model.approve:failed:rana", // a failing gate, no override reason
                               "model.approve:ok:rana",
                               "model.gate_override:ok:rana",
                               "model.deploy:ok:rana",
                               "model.rollback:ok:rana",
                               "model.card:ok:rana",
                               "model.retire:failed:rana"}; // it was deployed
    QVERIFY2(inOrder(firstSteps, expected), qPrintable(firstSteps.join(' ')));
    const QStringList secondSteps = stepsOf(log, QStringLiteral("model:%1").arg(m_second));
    QVERIFY2(inOrder(secondSteps,
                     {"model.submit:ok:dana",
                      "model.approve:ok:rami",
                      "model.deploy:ok:rana",
                      "model.retire:ok:rana"}),
             qPrintable(secondSteps.join(' ')));
    const QString third = QStringLiteral("model:%1").arg(m_third);
    QVERIFY(inOrder(stepsOf(log, third),
                    {"model.submit:ok:dora", "model.approve:denied:dora", "model.reject:ok:rana"}));
    bool fourEyes = false;
    for (const QJsonValue &v : log)
        fourEyes |= v["target"] == third && v["action"] == "model.approve"
                    && v["outcome"] == "denied" && v["details"]["rule"] == "four_eyes";
    QVERIFY(fourEyes);
    QVERIFY(inOrder(stepsOf(log, "policy:models"), {"model.policy:ok:rana"}));
    // The approve event's audit entry names the signed event.
    for (const QJsonValue &v : log)
        if (v["target"] == first && v["action"] == "model.approve" && v["outcome"] == "ok")
            QVERIFY(v["details"].toObject().contains("event_hash"));

    // Role refusals are recorded as permission denials, naming the permission.
    QStringList denials;
    for (const QJsonValue &v : entries("permission.denied"))
        denials << v["actor"].toString() + ':' + v["target"].toString() + ':'
                       + v["details"]["permission"].toString();
    QVERIFY2(denials.contains("dana:" + first + ":models.approve"), qPrintable(denials.join(' ')));
    QVERIFY(denials.contains("nour:" + first + ":models.submit"));
    QVERIFY(denials.contains("nour:policy:models:models.gates"));

    // And the log still verifies.
    const Run verified = as("rana", {"audit", "verify"});
    QVERIFY2(verified.exitCode == 0, qPrintable(QString::fromUtf8(verified.out) + verified.err));
}

QTEST_GUILESS_MAIN(TestCliModel)
#include "TestCliModel.moc"
