// mizan-cli as a user runs it: exit codes, JSON output, files written, errors on stderr.

#include "CliRun.h"
#include "SyntheticLeads.h"
#include "TestPaths.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <optional>

using namespace mizan;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void workspaceFromTheEnvironmentIsNotIgnored();
    void trainsAndScores();
    void scoresToStandardOutput();
    void writesTheDemo();
    void badInputExitsWithOneAndNamesTheLine();
    void tamperedBundleExitsWithFive();
    void importsTheReferenceModel();
    void refusesAHostileModel();
    void workspaceCommands(); // after trainsAndScores: uses its bundle
    void workspaceErrorsHaveTheirExitCodes();
    void explainsALeadFromFiles();
    void explainWhatIfAndGlobal();
    void explainUsageErrorsExitWithTwo_data();
    void explainUsageErrorsExitWithTwo();
    void explainRowOutOfRangeExitsWithOne();
    void explainInTheWorkspaceIsAudited();

private:
    /** A demo folder (bundle, leads, workspace) of its own for the explain tests. */
    struct ExplainDemo
    {
        QString model;
        QString leads;
        QString workspace;
        QByteArray analystPassword; ///< nour
        QByteArray auditorPassword; ///< omar
    };
    void makeExplainDemo();
    QJsonObject explainJson(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_csv;
    QString m_spec;
    QString m_bundle;
    std::optional<ExplainDemo> m_explain;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MIZAN_CLI)));
    m_csv = m_dir.filePath("leads.csv");
    m_spec = m_dir.filePath("leads.spec.json");
    m_bundle = m_dir.filePath("model.json");
    write(m_csv, test::syntheticCsv(1200));
    write(m_spec, QJsonDocument(test::syntheticSpec().toJson()).toJson());
}

void TestCli::helpAndVersion()
{
    Run r = run({"--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("train") && r.out.contains("score") && r.out.contains("model import"));
    r = run({"score", "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--model"));
    r = run({"model", "import", "--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--xgboost"));
    r = run({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("mizan-cli " MIZAN_VERSION));
    QVERIFY(r.out.contains("XGBoost 1.7"));
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    // clang-format off
    QTest::newRow("nothing")         << QStringList{};
    QTest::newRow("unknown command") << QStringList{"fly"};
    QTest::newRow("unknown option")  << QStringList{"score", "--colour", "red"};
    QTest::newRow("missing option")  << QStringList{"train", "--data", "x.csv", "--spec", "s.json"};
    QTest::newRow("bad split")       << QStringList{"train", "--data", "x", "--spec", "s", "--out", "o", "--split", "half"};
    QTest::newRow("bad param")       << QStringList{"train", "--data", "x", "--spec", "s", "--out", "o", "--param", "eta=fast"};
    QTest::newRow("bad format")      << QStringList{"score", "--model", "m", "--data", "d", "--format", "xml"};
    QTest::newRow("model nothing")   << QStringList{"model"};
    QTest::newRow("stray argument")  << QStringList{"score", "--model", "m", "--data", "d", "extra"};
    QTest::newRow("option twice")    << QStringList{"score", "--model", "a", "--model", "b", "--data", "d"};
    QTest::newRow("import stray")    << QStringList{"model", "import", "--xgboost", "x", "--spec", "s", "--out", "o", "y"};
    QTest::newRow("workspace")       << QStringList{"score", "--workspace", "/tmp/ws", "--model", "m", "--data", "d"};
    QTest::newRow("model unknown")   << QStringList{"model", "bless"};
    // clang-format on
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty()); // usage errors go to standard error
}

void TestCli::workspaceFromTheEnvironmentIsNotIgnored()
{
    // MIZAN_WORKSPACE selects the workspace form of score, which takes stored ids, not files:
    // it never silently falls back to unaudited files.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MIZAN_WORKSPACE", m_dir.filePath("ws"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MIZAN_CLI), {"score", "--model", m_bundle, "--data", m_csv});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains("data"));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestCli::trainsAndScores()
{
    Run r = run({"train",
                 "--data",
                 m_csv,
                 "--spec",
                 m_spec,
                 "--split",
                 "mod:4:0",
                 "--param",
                 "rounds=20",
                 "--param",
                 "max_depth=3",
                 "--bands",
                 "0.3,0.7",
                 "--out",
                 m_bundle});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject trained = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(trained["bundle"].toString(), m_bundle);
    QCOMPARE(trained["features"].toInt(), 10);
    QCOMPARE(trained["training"].toObject()["rows_test"].toInt(), 300);
    QVERIFY(trained["metrics"].toObject()["test"].toObject()["roc_auc"].toDouble() > 0.75);
    QVERIFY(QFile::exists(m_bundle));

    const QString out = m_dir.filePath("scores.csv");
    r = run({"score", "--model", m_bundle, "--data", m_csv, "--format", "csv", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary["count"].toInt(), 1200);
    const QJsonObject bands = summary["bands"].toObject();
    QCOMPARE(bands["low"].toInt() + bands["medium"].toInt() + bands["high"].toInt(), 1200);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1201);
    QCOMPARE(lines[0], QByteArray("row_index,id,margin,probability,band"));
    QVERIFY(lines[1].startsWith("0,L0,"));
}

void TestCli::scoresToStandardOutput()
{
    if (!QFile::exists(m_bundle))
        QSKIP("needs the bundle trained by trainsAndScores");
    // Both engines print the same scores.
    const Run native = run({"score", "--model", m_bundle, "--data", m_csv, "--format", "csv"});
    const Run xgboost = run({"score",
                             "--model",
                             m_bundle,
                             "--data",
                             m_csv,
                             "--format",
                             "csv",
                             "--engine",
                             "xgboost",
                             "--threads",
                             "1"});
    QCOMPARE(native.exitCode, 0);
    QCOMPARE(xgboost.exitCode, 0);
    QCOMPARE(native.out, xgboost.out);
    QCOMPARE(run({"score", "--model", m_bundle, "--data", m_csv, "--engine", "gpu"}).exitCode, 2);
    const Run r = run({"score", "--model", m_bundle, "--data", m_csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = root["rows"].toArray();
    QCOMPARE(rows.size(), 1200);
    const QJsonObject first = rows[0].toObject();
    QCOMPARE(first["id"].toString(), QString("L0"));
    const double p = first["probability"].toDouble();
    QVERIFY(p > 0 && p < 1);
    QVERIFY(QStringList({"low", "medium", "high"}).contains(first["band"].toString()));
}

void TestCli::writesTheDemo()
{
    const QString folder = m_dir.filePath("demo");
    Run r = run({"demo", "--out", folder, "--rows", "1500", "--seed", "9"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject made = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(made["rows"].toInt(), 1500);
    for (const char *key : {"leads", "spec", "model"})
        QVERIFY2(QFile::exists(made[QLatin1String(key)].toString()), key);
    QVERIFY(made["test_metrics"].toObject()["roc_auc"].toDouble() > 0.6);
    // What it made works together: the bundle scores the leads.
    r = run({"score",
             "--model",
             made["model"].toString(),
             "--data",
             made["leads"].toString(),
             "--format",
             "csv"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count('\n'), 1501);
    QVERIFY(r.out.contains("\n0,FZ-100000,"));
    QCOMPARE(run({"demo", "--out", folder, "--rows", "5"}).exitCode, 2);

    // The demo workspace: every printed password signs in (typed as printed), with its role,
    // and the analyst finds the leads scored.
    const QJsonObject workspace = made["workspace"].toObject();
    const QString ws = workspace["path"].toString();
    QVERIFY(mizan::Workspace::looksLikeWorkspace(ws));
    const QJsonObject users = workspace["users"].toObject();
    QCOMPARE(users.keys(), (QStringList{"admin", "dana", "layla", "nour", "omar", "rana"}));
    for (const QString &user : users.keys()) {
        const QString printed = users[user].toString(); // "xxxxx-xxxxx-xxxxx-xxxxx (role)"
        const QString password = printed.section(QLatin1Char(' '), 0, 0);
        QCOMPARE(password.size(), 23);
        r = runAs({"workspace", "info", "--workspace", ws, "--as", user}, password.toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(user + QLatin1String(": ") + r.err));
    }
    const QString nour = users["nour"].toString().section(QLatin1Char(' '), 0, 0);
    r = runAs({"model", "list", "--workspace", ws, "--as", "nour"}, nour.toUtf8());
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["models"].toArray().size(), 1);
    // A second run keeps the workspace (and says so) instead of printing new passwords.
    r = run({"demo", "--out", folder, "--rows", "1500", "--seed", "9"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).object()["workspace"].toString().contains("kept"));
}

void TestCli::badInputExitsWithOneAndNamesTheLine()
{
    const QString bad = m_dir.filePath("bad.csv");
    write(bad,
          "lead_id,visits,minutes,sector,channel,region,converted\nL1,3,4,tech,web,GCC,yes\n"
          "L2,lots,4,tech,web,GCC,no\n");
    Run r = run({"train", "--data", bad, "--spec", m_spec, "--out", m_dir.filePath("never.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(bad + ", line 3, column 'visits'"), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath("never.json"))); // nothing written
    r = run({"score", "--model", m_dir.filePath("absent.json"), "--data", m_csv});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("absent.json"));
}

void TestCli::tamperedBundleExitsWithFive()
{
    if (!QFile::exists(m_bundle))
        QSKIP("needs the bundle trained by trainsAndScores");
    QFile file(m_bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QString model = root["model"].toString();
    model.replace("\"base_score\":\"5E-1\"", "\"base_score\":\"9E-1\"");
    QVERIFY(model != root["model"].toString());
    root["model"] = model;
    const QString tampered = m_dir.filePath("tampered.json");
    write(tampered, QJsonDocument(root).toJson());
    const Run r = run({"score", "--model", tampered, "--data", m_csv});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("SHA-256"), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::importsTheReferenceModel()
{
    MIZAN_REQUIRE_SHARED();
    const QString out = m_dir.filePath("bank.json");
    Run r = run({"model",
                 "import",
                 "--xgboost",
                 test::sharedFile("reference/bank_mod5/model.json"),
                 "--spec",
                 test::dataFile("bank-marketing.spec.json"),
                 "--out",
                 out,
                 "--format",
                 "table"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("features"));
    QVERIFY(r.out.contains("62"));
    r = run({"score",
             "--model",
             out,
             "--data",
             test::sharedFile("data/bank-marketing/bank-additional.csv"),
             "--format",
             "csv"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count('\n'), 4119 + 1);
}

void TestCli::refusesAHostileModel()
{
    const QString hostile = m_dir.filePath("hostile.json");
    write(hostile, R"({"version": [1, 7, 4], "learner": {"objective": {"name": "binary:logistic"},
        "learner_model_param": {"num_feature": "2", "base_score": "5E-1"},
        "gradient_booster": {"name": "gbtree", "model": {"gbtree_model_param": {"num_trees": "1"},
        "tree_info": [0], "trees": [{"tree_param": {"num_nodes": "3"}, "left_children": [1, 2, -1],
        "right_children": [2, 1, -1], "split_indices": [0, 0, 0], "split_conditions": [1, 1, 1],
        "default_left": [0, 0, 0], "sum_hessian": [1, 1, 1]}]}}}})");
    const Run r = run({"model",
                       "import",
                       "--xgboost",
                       hostile,
                       "--spec",
                       m_spec,
                       "--out",
                       m_dir.filePath("hostile-bundle.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(hostile), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath("hostile-bundle.json")));
}

void TestCli::workspaceCommands()
{
    const QString ws = m_dir.filePath("cli-ws");
    const QByteArray admin = "river stone lantern ninety";
    const QByteArray scientist = "orange desert compass violin";
    const QStringList at{"--workspace", ws, "--as", "amira"};
    Run r = runAs({"init", "--workspace", ws, "--admin", "amira"}, admin);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject init = QJsonDocument::fromJson(r.out).object();
    QVERIFY(QRegularExpression("^([0-9A-F]{4}-){15}[0-9A-F]{4}$")
                .match(init["recovery_key"].toString())
                .hasMatch());
    QVERIFY(r.err.contains("only this once"));

    // The new password is the next line of standard input (the acting one is in MIZAN_PASSWORD).
    r = runAs(QStringList{"user", "add", "dana", "--role", "data_scientist"} + at,
              admin,
              scientist + "\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["state"].toString(), QStringLiteral("active"));
    // Both passwords on standard input.
    r = runAs(QStringList{"user", "add", "nour", "--role", "analyst"} + at,
              {},
              admin + "\nsilver falcon meadow puzzle\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runAs(QStringList{"user", "list", "--format", "table"} + at, admin);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("dana") && r.out.contains("data_scientist") && r.out.contains("nour"));

    const QStringList asDana{"--workspace", ws, "--as", "dana"};
    r = runAs(QStringList{"import", "--data", m_csv, "--spec", m_spec, "--name", "october"} + asDana,
              scientist);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["rows"].toInt(), 1200);
    r = runAs(QStringList{"model", "import", "--bundle", m_bundle} + asDana, scientist);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString modelSha = QJsonDocument::fromJson(r.out).object()["model_sha256"].toString();
    r = runAs(QStringList{"score", "--lead-set", "1", "--model", "1"} + asDana, scientist);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject scored = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(scored["rows"].toInt(), 1200);
    QCOMPARE(scored["model_sha256"].toString(), modelSha);
    QCOMPARE(scored["scored_by"].toString(), QStringLiteral("dana"));

    r = runAs(QStringList{"users", "review"} + at, admin);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("role:data_scientist") && r.out.contains("by amira"));
    r = runAs(QStringList{"workspace", "rekey"} + at, admin);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(info["key_generation"].toInt(), 2);
    QVERIFY(info["cipher_version"].toString().startsWith("3.4"));
    QCOMPARE(info["lead_sets"].toInt(), 1);
    QCOMPARE(info["idle_lock_minutes"].toInt(), 15);
    r = runAs(QStringList{"workspace", "idle-lock", "20"} + at, admin);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["idle_lock_minutes"].toInt(), 20);
    r = runAs(QStringList{"user", "list"} + asDana, scientist); // still signs in after the rekey
    QCOMPARE(r.exitCode, 3);
    // Own password change: the current one signs in, the new one is the next line.
    r = runAs(QStringList{"user", "passwd"} + asDana, scientist, "copper garden whistle arrow\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runAs(QStringList{"model", "list"} + asDana, "copper garden whistle arrow");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(modelSha.toLatin1()));
    // The recovery key signs in as "recovery".
    r = runAs(QStringList{"user", "list", "--workspace", ws, "--as", "recovery"},
              init["recovery_key"].toString().toLatin1());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCli::workspaceErrorsHaveTheirExitCodes()
{
    const QString ws = m_dir.filePath("cli-ws"); // made by workspaceCommands
    const QByteArray admin = "river stone lantern ninety";
    // Permission denied: 3 (an analyst adding a user).
    Run r = runAs({"user", "add", "zaid", "--role", "admin", "--workspace", ws, "--as", "nour"},
                  "silver falcon meadow puzzle",
                  "copper garden whistle arrow\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("users.manage"));
    // Authentication: 4, also while backing off.
    r = runAs({"workspace", "info", "--workspace", ws, "--as", "nour"}, "not the password of nour");
    QCOMPARE(r.exitCode, 4);
    r = runAs({"workspace", "info", "--workspace", ws, "--as", "nour"},
              "silver falcon meadow puzzle");
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("try again"));
    // A weak new password is bad input: 1, nothing added.
    r = runAs({"user", "add", "zaid", "--role", "analyst", "--workspace", ws, "--as", "amira"},
              admin,
              "short\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("15"));
    // No new password on standard input: a usage error, nothing added.
    r = runAs({"user", "add", "zaid", "--role", "analyst", "--workspace", ws, "--as", "amira"},
              admin);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no new password"));
    // A bad argument is refused before anyone signs in.
    r = runAs({"workspace", "idle-lock", "soon", "--workspace", ws, "--as", "amira"}, "wrong");
    QCOMPARE(r.exitCode, 2);
    // Not a workspace: 1; a damaged key slot file: 5; passwords never on the command line.
    r = runAs({"workspace", "info", "--workspace", m_dir.path(), "--as", "amira"}, admin);
    QCOMPARE(r.exitCode, 1);
    r = runAs({"user",
               "add",
               "zaid",
               "--role",
               "analyst",
               "--password",
               "x",
               "--workspace",
               ws,
               "--as",
               "amira"},
              admin);
    QCOMPARE(r.exitCode, 2);
    QFile slots(ws + "/keyslots.json");
    QVERIFY(slots.open(QIODevice::ReadWrite));
    const QByteArray original = slots.readAll();
    slots.resize(0);
    slots.write(original.left(original.size() - 20));
    slots.close();
    r = runAs({"workspace", "info", "--workspace", ws, "--as", "amira"}, admin);
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains("keyslots.json"));
}

void TestCli::makeExplainDemo()
{
    if (m_explain)
        return;
    const Run r = run(
        {"demo", "--out", m_dir.filePath("explain-demo"), "--rows", "1200", "--seed", "5"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject made = QJsonDocument::fromJson(r.out).object();
    const QJsonObject workspace = made["workspace"].toObject();
    const QJsonObject users = workspace["users"].toObject();
    ExplainDemo demo;
    demo.model = made["model"].toString();
    demo.leads = made["leads"].toString();
    demo.workspace = workspace["path"].toString();
    demo.analystPassword = users["nour"].toString().section(QLatin1Char(' '), 0, 0).toUtf8();
    demo.auditorPassword = users["omar"].toString().section(QLatin1Char(' '), 0, 0).toUtf8();
    QVERIFY(QFile::exists(demo.model) && QFile::exists(demo.leads));
    QCOMPARE(demo.analystPassword.size(), 23);
    QCOMPARE(demo.auditorPassword.size(), 23);
    m_explain = demo;
}

QJsonObject TestCli::explainJson(const QStringList &arguments)
{
    const Run r = run(QStringList{"explain", "--model", m_explain->model, "--data", m_explain->leads}
                      + arguments);
    if (r.exitCode != 0) {
        qWarning("explain %s: exit %d: %s",
                 qPrintable(arguments.join(QLatin1Char(' '))),
                 r.exitCode,
                 qPrintable(r.err));
        return {};
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("explain output is not JSON: %s", qPrintable(error.errorString()));
    return root;
}

namespace {

/** The SHAP invariants of one explanation's JSON; returns an empty string when they hold. */
QString shapProblem(const QJsonObject &shap)
{
    const QJsonArray features = shap["features"].toArray();
    if (features.size() != 10)
        return QStringLiteral("%1 features").arg(features.size());
    double sum = shap["expected_value"].toDouble();
    double deltas = 0.0;
    double previous = std::numeric_limits<double>::infinity();
    QSet<QString> names;
    for (const QJsonValue &v : features) {
        const QJsonObject f = v.toObject();
        const double c = f["contribution"].toDouble();
        sum += c;
        deltas += f["probability_delta"].toDouble();
        if (std::abs(c) > previous)
            return QStringLiteral("not sorted by |contribution| at %1").arg(f["feature"].toString());
        previous = std::abs(c);
        names.insert(f["feature"].toString());
    }
    if (names.size() != 10)
        return QStringLiteral("a feature twice");
    const double margin = shap["margin"].toDouble();
    if (!(std::abs(sum - margin) < 1e-9))
        return QStringLiteral("contributions + expected value %1 != margin %2").arg(sum).arg(margin);
    const double change = shap["probability"].toDouble() - shap["base_probability"].toDouble();
    if (!(std::abs(deltas - change) < 1e-9))
        return QStringLiteral("probability deltas %1 != %2").arg(deltas).arg(change);
    if (!(std::abs(shap["probability"].toDouble() - 1.0 / (1.0 + std::exp(-margin))) < 1e-12))
        return QStringLiteral("probability is not sigmoid(margin)");
    return {};
}

} // namespace

void TestCli::explainsALeadFromFiles()
{
    makeExplainDemo();
    QVERIFY(m_explain);
    const QJsonObject root = explainJson({"--row", "3", "--method", "both", "--counterfactuals"});
    QVERIFY(!root.isEmpty());
    const QJsonObject shap = root["shap"].toObject();
    const QString problem = shapProblem(shap);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(root["row"].toInt(), 3);
    QCOMPARE(root["lead"].toObject().size(), 10);

    const QJsonArray weights = root["lime"].toObject()["weights"].toArray();
    QVERIFY(!weights.isEmpty());
    for (const QJsonValue &w : weights) {
        QVERIFY(!w.toObject()["condition"].toString().isEmpty());
        QVERIFY(root["lead"].toObject().contains(w.toObject()["feature"].toString()));
    }
    const QJsonObject agreement = root["agreement"].toObject();
    QCOMPARE(agreement["compared"].toInt(), int(weights.size()));
    const double rank = agreement["rank_correlation"].toDouble();
    const double sign = agreement["sign_agreement"].toDouble();
    QVERIFY(rank >= -1.0 && rank <= 1.0 && sign >= 0.0 && sign <= 1.0);
    QCOMPARE(agreement["agrees"].toBool(), rank >= 0.5 && sign >= 0.8);
    QVERIFY(root["counterfactuals"].isArray());
    const double probability = shap["probability"].toDouble();
    for (const QJsonValue &c : root["counterfactuals"].toArray()) {
        const double moved = c.toObject()["probability"].toDouble();
        QVERIFY((probability >= 0.5) != (moved >= 0.5)); // each one crosses the threshold
        QVERIFY(!c.toObject()["changes"].toArray().isEmpty());
    }

    const QJsonObject receipt = root["receipt"].toObject();
    QVERIFY(receipt["additivity_residual"].isDouble());
    QVERIFY(receipt["additivity_residual"].toDouble() < 1e-9);
    QVERIFY2(QRegularExpression("^[0-9a-f]{64}$")
                 .match(receipt["input_sha256"].toString())
                 .hasMatch(),
             qPrintable(receipt["input_sha256"].toString()));
    QCOMPARE(receipt["method"].toString(), QStringLiteral("treeshap+lime+counterfactuals"));
    QVERIFY(receipt["seed"].isDouble());
    QCOMPARE(receipt["seed"].toInteger(), 0);
    QFile bundle(m_explain->model);
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    QCOMPARE(receipt["model_sha256"].toString(),
             QJsonDocument::fromJson(bundle.readAll()).object()["model_sha256"].toString());

    // The same lead through score: the same id and margin.
    const Run scored = run(
        {"score", "--model", m_explain->model, "--data", m_explain->leads, "--format", "csv"});
    QCOMPARE(scored.exitCode, 0);
    const QList<QByteArray> fields = scored.out.split('\n').value(4).split(',');
    QCOMPARE(fields.value(0), QByteArray("3"));
    QCOMPARE(root["id"].toString(), QString::fromUtf8(fields.value(1)));
    QVERIFY(std::abs(shap["margin"].toDouble() - fields.value(2).toDouble()) < 1e-5);

    // The same request again: the same explanation (LIME is seeded), another seed another one.
    const QJsonObject again = explainJson({"--row", "3", "--method", "both", "--counterfactuals"});
    QCOMPARE(again["lime"], root["lime"]);
    QCOMPARE(again["shap"], root["shap"]);
    QCOMPARE(again["receipt"].toObject()["input_sha256"], receipt["input_sha256"]);
    const QJsonObject seeded = explainJson(
        {"--row", "3", "--method", "lime", "--seed", "11", "--samples", "800"});
    QCOMPARE(seeded["receipt"].toObject()["seed"].toInteger(), 11);
    QCOMPARE(seeded["receipt"].toObject()["method"].toString(), QStringLiteral("treeshap+lime"));
    QCOMPARE(seeded["lime"].toObject()["samples"].toInt(), 800);
    QVERIFY(!seeded.contains("counterfactuals"));
    // SHAP alone: no LIME, no seed. The table form prints the receipt too.
    const QJsonObject plain = explainJson({"--row", "3"});
    QVERIFY(!plain.contains("lime") && !plain.contains("agreement"));
    QVERIFY(plain["receipt"].toObject()["seed"].isNull());
    QCOMPARE(plain["shap"], root["shap"]);
    const Run table = run({"explain",
                           "--model",
                           m_explain->model,
                           "--data",
                           m_explain->leads,
                           "--row",
                           "3",
                           "--format",
                           "table"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("Receipt:")
            && table.out.contains(receipt["input_sha256"].toString().toLatin1()));
}

void TestCli::explainWhatIfAndGlobal()
{
    makeExplainDemo();
    QVERIFY(m_explain);
    const QJsonObject original = explainJson({"--row", "5"});
    QVERIFY(!original.isEmpty());
    const QJsonObject shap = original["shap"].toObject();
    // The strongest categorical driver, set to another category the model knows.
    QString column, value;
    for (const QJsonValue &v : shap["features"].toArray()) {
        const QString feature = v.toObject()["feature"].toString();
        const QString current = v.toObject()["value"].toString();
        for (const QString &input : shap["inputs"].toObject().keys()) {
            if (column.isEmpty() && input.startsWith(feature + QLatin1Char('='))
                && input.mid(feature.size() + 1) != current) {
                column = feature;
                value = input.mid(feature.size() + 1);
            }
        }
        if (!column.isEmpty())
            break;
    }
    QVERIFY(!column.isEmpty());
    const QJsonObject edited = explainJson(
        {"--row", "5", "--set", column + QLatin1Char('=') + value});
    QVERIFY(!edited.isEmpty());
    QCOMPARE(edited["lead"].toObject()[column].toString(), value);
    const QString problem = shapProblem(edited["shap"].toObject());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(edited["shap"].toObject()["margin"].toDouble() != shap["margin"].toDouble(),
             qPrintable(column + QLatin1Char('=') + value));
    QVERIFY(edited["receipt"].toObject()["input_sha256"]
            != original["receipt"].toObject()["input_sha256"]);
    // Every other value is the lead's own.
    for (const QString &key : original["lead"].toObject().keys()) {
        if (key != column)
            QCOMPARE(edited["lead"].toObject()[key], original["lead"].toObject()[key]);
    }
    // Two changes, one of them to missing.
    const QJsonObject two = explainJson(
        {"--row", "5", "--set", column + QLatin1Char('=') + value, "--set", "website_visits="});
    QVERIFY(two["lead"].toObject()["website_visits"].isNull());
    QCOMPARE(two["lead"].toObject()[column].toString(), value);

    // Global importance, most important first.
    const QJsonObject global = explainJson({"--global", "--sample", "4", "--seed", "2"});
    QVERIFY(!global.isEmpty());
    QCOMPARE(global["rows"].toInt(), 1200);
    const QJsonArray importance = global["importance"].toArray();
    QCOMPARE(importance.size(), 10);
    for (qsizetype k = 1; k < importance.size(); ++k)
        QVERIFY(importance[k - 1].toObject()["mean_abs_shap"].toDouble()
                >= importance[k].toObject()["mean_abs_shap"].toDouble());
    QVERIFY(importance[0].toObject()["mean_abs_shap"].toDouble() > 0.0);
    const QJsonArray sample = global["sample"].toArray();
    QCOMPARE(sample.size(), 4);
    for (qsizetype k = 1; k < sample.size(); ++k)
        QVERIFY(sample[k - 1].toObject()["row"].toInteger()
                < sample[k].toObject()["row"].toInteger());
    QCOMPARE(global["receipt"].toObject()["method"].toString(), QStringLiteral("treeshap-global"));
    QCOMPARE(explainJson({"--global", "--sample", "4", "--seed", "2"})["sample"], global["sample"]);
}

void TestCli::explainUsageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    // clang-format off
    QTest::newRow("no row")          << QStringList{};
    QTest::newRow("negative row")    << QStringList{"--row", "-1"};
    QTest::newRow("row not a number")<< QStringList{"--row", "three"};
    QTest::newRow("bad method")      << QStringList{"--row", "3", "--method", "nonsense"};
    QTest::newRow("threshold 2")     << QStringList{"--row", "3", "--threshold", "2"};
    QTest::newRow("threshold 0")     << QStringList{"--row", "3", "--counterfactuals", "--threshold", "0"};
    QTest::newRow("few samples")     << QStringList{"--row", "3", "--method", "lime", "--samples", "5"};
    QTest::newRow("unknown column")  << QStringList{"--row", "3", "--set", "shoe_size=42"};
    QTest::newRow("set without =")   << QStringList{"--row", "3", "--set", "website_visits"};
    QTest::newRow("global and row")  << QStringList{"--global", "--row", "3"};
    QTest::newRow("global and set")  << QStringList{"--global", "--set", "website_visits=3"};
    QTest::newRow("bad format")      << QStringList{"--row", "3", "--format", "csv"};
    // clang-format on
}

void TestCli::explainUsageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    makeExplainDemo();
    QVERIFY(m_explain);
    const Run r = run(QStringList{"explain", "--model", m_explain->model, "--data", m_explain->leads}
                      + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    if (arguments.contains("--set") && !arguments.contains("--global"))
        QVERIFY2(r.err.contains(arguments.at(arguments.indexOf("--set") + 1)), qPrintable(r.err));
}

void TestCli::explainRowOutOfRangeExitsWithOne()
{
    makeExplainDemo();
    QVERIFY(m_explain);
    for (const QString &row : {QStringLiteral("1200"), QStringLiteral("987654")}) {
        const Run r = run(
            {"explain", "--model", m_explain->model, "--data", m_explain->leads, "--row", row});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(row), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    // A value the model cannot take is bad input too (1), naming the column.
    const Run r = run({"explain",
                       "--model",
                       m_explain->model,
                       "--data",
                       m_explain->leads,
                       "--row",
                       "3",
                       "--set",
                       "website_visits=many"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("website_visits"), qPrintable(r.err));

    // --id finds the lead by the spec's id column: the same explanation as its row.
    const QJsonObject byRow = explainJson({"--row", "9"});
    const QString id = byRow["id"].toString();
    QVERIFY(!id.isEmpty() && id != QStringLiteral("9"));
    const QJsonObject byId = explainJson({"--id", id});
    QCOMPARE(byId["row"].toInteger(), 9);
    QCOMPARE(byId["shap"].toObject()["margin"], byRow["shap"].toObject()["margin"]);
    const Run unknown = run(
        {"explain", "--model", m_explain->model, "--data", m_explain->leads, "--id", "no-such-lead"});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("no-such-lead"), qPrintable(unknown.err));
    const Run both = run({"explain",
                          "--model",
                          m_explain->model,
                          "--data",
                          m_explain->leads,
                          "--id",
                          id,
                          "--row",
                          "9"});
    QCOMPARE(both.exitCode, 2);
}

void TestCli::explainInTheWorkspaceIsAudited()
{
    makeExplainDemo();
    QVERIFY(m_explain);
    const QStringList asNour{"--workspace", m_explain->workspace, "--as", "nour"};
    const QStringList asOmar{"--workspace", m_explain->workspace, "--as", "omar"};
    const auto explainViews = [&] {
        const Run r = runAs(QStringList{"audit", "show", "--action", "explain.", "--format", "json"}
                                + asOmar,
                            m_explain->auditorPassword);
        if (r.exitCode != 0)
            qWarning("audit show: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out).object()["entries"].toArray();
    };
    const QJsonArray before = explainViews();

    Run r = runAs(
        QStringList{"explain", "--model", "1", "--lead-set", "1", "--row", "3", "--method", "both"}
            + asNour,
        m_explain->analystPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject stored = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(stored["row"].toInt(), 3);
    QCOMPARE(stored["lead_set"].toInt(), 1);
    QCOMPARE(stored["model"].toInt(), 1);
    const QString problem = shapProblem(stored["shap"].toObject());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!stored["lime"].toObject()["weights"].toArray().isEmpty());
    // The stored lead and model are the files' row 3 and bundle: the same explanation.
    const QJsonObject fromFiles = explainJson({"--row", "3"});
    QCOMPARE(stored["receipt"].toObject()["input_sha256"],
             fromFiles["receipt"].toObject()["input_sha256"]);
    QCOMPARE(stored["receipt"].toObject()["model_sha256"],
             fromFiles["receipt"].toObject()["model_sha256"]);
    QCOMPARE(stored["shap"].toObject()["margin"], fromFiles["shap"].toObject()["margin"]);

    const QJsonArray after = explainViews();
    QCOMPARE(after.size(), before.size() + 1);
    const QJsonObject entry = after.last().toObject();
    QCOMPARE(entry["action"].toString(), QStringLiteral("explain.view"));
    QCOMPARE(entry["actor"].toString(), QStringLiteral("nour"));
    QCOMPARE(entry["outcome"].toString(), QStringLiteral("ok"));
    QCOMPARE(entry["target"].toString(), QStringLiteral("leadset:1/row:3"));
    const QJsonObject details = entry["details"].toObject();
    QCOMPARE(details["input_hmac"].toString().size(), 64); // keyed: not the receipt's plain hash
    QVERIFY(details["input_hmac"] != stored["receipt"].toObject()["input_sha256"]);
    QCOMPARE(details["method"].toString(), QStringLiteral("treeshap+lime"));
    QVERIFY(!details.contains("lead"));

    // What-if in the workspace: explain.whatif with the changed column.
    const double visits = stored["lead"].toObject()["website_visits"].toDouble();
    const QString newVisits = QString::number(visits + 13);
    r = runAs(QStringList{"explain",
                          "--model",
                          "1",
                          "--lead-set",
                          "1",
                          "--row",
                          "3",
                          "--set",
                          "website_visits=" + newVisits}
                  + asNour,
              m_explain->analystPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["lead"].toObject()["website_visits"].toDouble(),
             visits + 13);
    const QJsonObject whatIf = explainViews().last().toObject();
    QCOMPARE(whatIf["action"].toString(), QStringLiteral("explain.whatif"));
    QCOMPARE(whatIf["details"].toObject()["changed"].toArray(), (QJsonArray{"website_visits"}));

    // The auditor may not explain a lead (3) but may explain the model (explain.global).
    r = runAs(QStringList{"explain", "--model", "1", "--lead-set", "1", "--row", "3"} + asOmar,
              m_explain->auditorPassword);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("leads.explain"), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    r = runAs(QStringList{"explain", "--global", "--model", "1", "--lead-set", "1"} + asOmar,
              m_explain->auditorPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["importance"].toArray().size(), 10);
    const QJsonObject global = explainViews().last().toObject();
    QCOMPARE(global["action"].toString(), QStringLiteral("explain.global"));
    QCOMPARE(global["actor"].toString(), QStringLiteral("omar"));
    // A row the lead set does not have: 1, naming the row.
    r = runAs(QStringList{"explain", "--model", "1", "--lead-set", "1", "--row", "5000"} + asNour,
              m_explain->analystPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("5000"), qPrintable(r.err));
    // And the log still verifies.
    r = runAs(QStringList{"audit", "verify"} + asOmar, m_explain->auditorPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out) + r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
