// mizan-cli retention, lineage and privacy docs as people run them: the policy and the dry-run
// plan (the privacy officer's, refused to an analyst), the audit minimum that no policy can
// undercut, applying (nothing is past its period on fresh data) and its audit entries, lineage
// from a lead set and from a model, and the compliance documents written all or nothing.

#include "CliRun.h"
#include "data/DemoLeads.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {

const std::map<QString, QByteArray> kPasswords{
    {"amira", "river stone lantern ninety"},  // admin
    {"dana", "orange desert compass violin"}, // data scientist
    {"nour", "silver falcon meadow puzzle"},  // analyst
    {"pia", "granite orchard beacon tundra"}, // privacy officer
    {"paz", "copper island whisper maple"},   // privacy officer, who mistypes
    {"audra", "velvet harbor quartz eleven"}, // auditor
};

QJsonObject jsonOf(const Run &r)
{
    if (r.exitCode != 0)
        qWarning("exit %d: %s", r.exitCode, qPrintable(r.err));
    return QJsonDocument::fromJson(r.out).object();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList kindsOf(const QJsonObject &lineage)
{
    QStringList kinds;
    for (const QJsonValue &node : lineage["nodes"].toArray())
        kinds << node["kind"].toString();
    return kinds;
}

} // namespace

class TestCliRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsTheCommands();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void showIsThePrivacyOfficers();
    void thePolicyKeepsTheAuditLogSixYears();
    void applyRemovesNothingFreshAndIsAudited(); // after the policy
    void lineageFromALeadSetAndAModel();
    void docsAreWrittenAllOrNone();

private:
    Run as(const QString &user, const QStringList &arguments) const
    {
        return runAs(arguments + QStringList{"--workspace", m_ws, "--as", user},
                     kPasswords.at(user));
    }
    QJsonObject jsonAs(const QString &user, const QStringList &arguments) const
    {
        return jsonOf(as(user, arguments));
    }

    QTemporaryDir m_dir;
    QString m_ws;
    qint64 m_set = 0;
    qint64 m_model = 0;
    qint64 m_run = 0;
};

void TestCliRetention::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MIZAN_CLI)));
    m_ws = m_dir.filePath("ws");
    const QString csvPath = m_dir.filePath("leads.csv");
    const QString specPath = m_dir.filePath("leads.spec.json");
    const QString bundlePath = m_dir.filePath("model.bundle.json");
    write(csvPath, mizan::DemoLeads::csv({300, 9}));
    write(specPath, mizan::DemoLeads::specJson());
    Run r = run({"train",
                 "--data",
                 csvPath,
                 "--spec",
                 specPath,
                 "--split",
                 "random:0.2:1",
                 "--param",
                 "rounds=20",
                 "--param",
                 "nthread=1",
                 "--out",
                 bundlePath});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runAs({"init", "--workspace", m_ws, "--admin", "amira"}, kPasswords.at("amira"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const std::pair<const char *, const char *> people[] = {{"dana", "data_scientist"},
                                                            {"nour", "analyst"},
                                                            {"pia", "privacy_officer"},
                                                            {"paz", "privacy_officer"},
                                                            {"audra", "auditor"}};
    for (const auto &[name, role] : people) {
        r = runAs({"user",
                   "add",
                   QString::fromLatin1(name),
                   "--role",
                   QString::fromLatin1(role),
                   "--workspace",
                   m_ws,
                   "--as",
                   "amira"},
                  kPasswords.at("amira"),
                  kPasswords.at(QString::fromLatin1(name)) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    m_set = jsonAs("dana",
                   {"import", "--data", csvPath, "--spec", specPath, "--name", "enquiries"})["id"]
                .toInteger();
    m_model = jsonAs("dana", {"model", "import", "--bundle", bundlePath})["id"].toInteger();
    QVERIFY(m_set > 0 && m_model > 0);
    m_run = jsonAs("nour",
                   {"score",
                    "--lead-set",
                    QString::number(m_set),
                    "--model",
                    QString::number(m_model)})["id"]
                .toInteger();
    QVERIFY(m_run > 0);
}

void TestCliRetention::helpListsTheCommands()
{
    Run r = run({"--help"});
    for (const char *command : {"\n  retention ", "\n  lineage ", "| docs"})
        QVERIFY2(r.out.contains(command), command);
    r = run({"retention", "--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *sub : {"show", "apply", "policy"})
        QVERIFY2(r.out.contains(QByteArray(QByteArray("\n  ") + sub + ' ')), sub);
    QCOMPARE(run({"retention"}).exitCode, 2);
    QCOMPARE(run({"lineage"}).exitCode, 2);
    QVERIFY(run({"privacy", "--help"}).out.contains("\n  docs "));
    r = run({"retention", "policy", "--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--set", "audit_days", "--workspace", "--json"})
        QVERIFY2(r.out.contains(option), option);
    r = run({"privacy", "docs", "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--force") && r.out.contains("record-of-processing.md"));
}

void TestCliRetention::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    // clang-format off
    QTest::newRow("lineage neither")    << QStringList{"lineage", "show"} << "--lead-set";
    QTest::newRow("lineage both")       << QStringList{"lineage", "show", "--lead-set", "1", "--model", "1"} << "--model";
    QTest::newRow("lineage not an id")  << QStringList{"lineage", "show", "--model", "x"} << "--model";
    QTest::newRow("lineage unknown")    << QStringList{"lineage", "draw"} << "draw";
    QTest::newRow("set unknown key")    << QStringList{"retention", "policy", "--set", "forever=1"} << "forever";
    QTest::newRow("set not days")       << QStringList{"retention", "policy", "--set", "leads_days=long"} << "KEY=DAYS";
    QTest::newRow("set twice")          << QStringList{"retention", "policy", "--set", "leads_days=9", "--set", "leads_days=8"} << "leads_days";
    QTest::newRow("show dry run")       << QStringList{"retention", "show", "--dry-run"} << "dry-run";
    QTest::newRow("json and table")     << QStringList{"retention", "show", "--json", "--format", "table"} << "--json";
    QTest::newRow("unknown subcommand") << QStringList{"retention", "forget"} << "forget";
    QTest::newRow("docs no out")        << QStringList{"privacy", "docs"} << "--out";
    // clang-format on
}

void TestCliRetention::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    // A wrong password: a command that got past its arguments would exit 4, not 2.
    const Run r = runAs(arguments + QStringList{"--workspace", m_ws, "--as", "pia"},
                        "not the password");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!r.err.contains("option not defined"));
    QVERIFY(r.out.isEmpty());
}

void TestCliRetention::showIsThePrivacyOfficers()
{
    const QJsonObject plan = jsonAs("pia", {"retention", "show"});
    QCOMPARE(plan["policy"]["audit_days"].toInteger(), 2190);
    QCOMPARE(plan["applied"].toBool(), false);
    QVERIFY(plan["would_remove"].isArray());
    QVERIFY(plan["would_remove"].toArray().isEmpty()); // everything is fresh
    QVERIFY(plan["held"].toArray().isEmpty());
    QVERIFY(!plan["notes"].toArray().isEmpty());
    const Run table = as("pia", {"retention", "show", "--format", "table"});
    QCOMPARE(table.exitCode, 0);
    for (const char *text : {"audit_days=2190", "Would remove:", "nothing", "Notes:"})
        QVERIFY2(table.out.contains(text), text);
    QCOMPARE(as("nour", {"retention", "show"}).exitCode, 3);
    QCOMPARE(as("nour", {"retention", "apply", "--dry-run"}).exitCode, 3);
}

void TestCliRetention::thePolicyKeepsTheAuditLogSixYears()
{
    Run r = as("pia", {"retention", "policy", "--set", "audit_days=100"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("audit_days"), qPrintable(r.err));
    r = as("pia", {"retention", "policy", "--set", "leads_days=0"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("leads_days"), qPrintable(r.err));
    QCOMPARE(jsonAs("pia", {"retention", "policy"})["audit_days"].toInteger(), 2190);
    QCOMPARE(as("nour", {"retention", "policy", "--set", "predictions_days=30"}).exitCode, 3);
    QCOMPARE(as("audra", {"retention", "policy", "--set", "predictions_days=30"}).exitCode, 3);

    const QJsonObject set
        = jsonAs("pia",
                 {"retention", "policy", "--set", "predictions_days=30", "--set", "audit_days=3650"});
    QCOMPARE(set["predictions_days"].toInteger(), 30);
    QCOMPARE(set["audit_days"].toInteger(), 3650);
    QCOMPARE(set["leads_days"].toInteger(), 730); // the rest as it was
    // The auditor reads it (audit.view); the plan shows it.
    QCOMPARE(jsonAs("audra", {"retention", "policy"})["predictions_days"].toInteger(), 30);
    QCOMPARE(jsonAs("pia", {"retention", "show"}).value("policy")["predictions_days"].toInteger(),
             30);
    QCOMPARE(jsonAs("pia", {"retention", "policy", "--set", "audit_days=2190"})["audit_days"]
                 .toInteger(),
             2190);
}

void TestCliRetention::applyRemovesNothingFreshAndIsAudited()
{
    const QJsonObject dry = jsonAs("pia", {"retention", "apply", "--dry-run"});
    QCOMPARE(dry["applied"].toBool(), false);
    QVERIFY(dry["would_remove"].toArray().isEmpty());
    // A wrong password is refused before anything is removed.
    QCOMPARE(runAs({"retention", "apply", "--workspace", m_ws, "--as", "paz"}, "not the password")
                 .exitCode,
             4);
    const QJsonObject applied = jsonAs("pia", {"retention", "apply"});
    QCOMPARE(applied["applied"].toBool(), true);
    QVERIFY(applied["removed"].isArray());
    QVERIFY(applied["removed"].toArray().isEmpty());
    const Run table = as("pia", {"retention", "apply", "--format", "table"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("Removed:"));

    const QJsonArray entries = jsonAs("audra",
                                      {"audit",
                                       "show",
                                       "--action",
                                       "retention.run",
                                       "--limit",
                                       "1000",
                                       "--format",
                                       "json"})["entries"]
                                   .toArray();
    int runs = 0;
    int applies = 0;
    for (const QJsonValue &e : entries) {
        if (e["outcome"].toString() != QLatin1String("ok"))
            continue;
        ++runs;
        applies += e["details"]["applied"].toBool() ? 1 : 0;
    }
    QVERIFY2(runs >= 5, qPrintable(QString::number(runs))); // the shows, the dry run, 2 applies
    QCOMPARE(applies, 2);
    // The lead set is whole.
    const QJsonObject lineage = jsonAs("nour",
                                       {"lineage", "show", "--lead-set", QString::number(m_set)});
    for (const QJsonValue &node : lineage["nodes"].toArray())
        QVERIFY(!node["state"].toString().contains("retention"));
    const Run verified = as("audra", {"audit", "verify"});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

void TestCliRetention::lineageFromALeadSetAndAModel()
{
    const QString set = QStringLiteral("leadset:%1").arg(m_set);
    const QString model = QStringLiteral("model:%1").arg(m_model);
    const QString scoring = QStringLiteral("run:%1").arg(m_run);
    const QJsonObject fromSet = jsonAs("nour",
                                       {"lineage", "show", "--lead-set", QString::number(m_set)});
    QCOMPARE(fromSet["root"].toString(), set);
    for (const char *kind : {"leadset", "run", "model"})
        QVERIFY2(kindsOf(fromSet).contains(QLatin1String(kind)), kind);
    const QJsonObject fromModel
        = jsonAs("audra", {"lineage", "show", "--model", QString::number(m_model), "--json"});
    QCOMPARE(fromModel["root"].toString(), model);
    for (const char *kind : {"leadset", "run", "model"})
        QVERIFY2(kindsOf(fromModel).contains(QLatin1String(kind)), kind);
    const Run table
        = as("pia", {"lineage", "show", "--lead-set", QString::number(m_set), "--format", "table"});
    QCOMPARE(table.exitCode, 0);
    for (const QString &id : {set, model, scoring})
        QVERIFY2(table.out.contains(id.toUtf8()), qPrintable(id));
    QVERIFY(!table.out.contains('{'));
    QCOMPARE(as("nour", {"lineage", "show", "--model", "999"}).exitCode, 1);
}

void TestCliRetention::docsAreWrittenAllOrNone()
{
    const QString dir = m_dir.filePath("compliance");
    QCOMPARE(as("nour", {"privacy", "docs", "--out", dir}).exitCode, 3);
    QVERIFY(!QFile::exists(dir));
    const QJsonArray files = jsonAs("pia", {"privacy", "docs", "--out", dir})["files"].toArray();
    QCOMPARE(files.size(), 3);
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 3);
    const QString record = QString::fromUtf8(readFile(dir + "/record-of-processing.md"));
    QVERIFY(record.contains("lead conversion scoring"));
    QVERIFY(readFile(dir + "/retention-schedule.md").contains("2190 days"));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                        | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(!(QFile::permissions(dir) & others));
    for (const QJsonValue &file : files)
        QVERIFY2(!(QFile::permissions(file.toString()) & others), qPrintable(file.toString()));

    // Files that exist are kept unless --force.
    Run r = as("pia", {"privacy", "docs", "--out", dir});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--force"), qPrintable(r.err));
    QCOMPARE(QString::fromUtf8(readFile(dir + "/record-of-processing.md")), record);
    r = as("pia", {"privacy", "docs", "--out", dir, "--force", "--format", "table"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("data-categories.md"));

    // A file that cannot be written: none is, and no temporary file is left behind.
    const QString blocked = m_dir.filePath("blocked");
    QVERIFY(QDir().mkpath(blocked + "/retention-schedule.md"));
    r = as("pia", {"privacy", "docs", "--out", blocked, "--force"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("retention-schedule.md"), qPrintable(r.err));
    QCOMPARE(QDir(blocked).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"retention-schedule.md"});
}

QTEST_GUILESS_MAIN(TestCliRetention)
#include "TestCliRetention.moc"
