// mizan-cli fairness as a user runs it: the Adult oracle end to end from the raw files, the table,
// the policy's exit code, usage and input errors, and the workspace form's audit trail.

#include "CliRun.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace mizan;

namespace {

/**
 * Compares every number and string of `expected` (a reference block) with `actual`; returns the
 * first problem, or nothing. Keys the reference explains in words ("definition") are skipped.
 */
QString compareJson(const QJsonValue &actual,
                    const QJsonValue &expected,
                    const QString &path,
                    double tolerance,
                    int &compared)
{
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (it.key() == QLatin1String("definition"))
                continue;
            if (!actual.toObject().contains(it.key()))
                return path + '/' + it.key() + QStringLiteral(": missing");
            const QString problem = compareJson(actual.toObject().value(it.key()),
                                                it.value(),
                                                path + '/' + it.key(),
                                                tolerance,
                                                compared);
            if (!problem.isEmpty())
                return problem;
        }
        return {};
    }
    if (expected.isDouble()) {
        ++compared;
        if (!actual.isDouble() || !(std::abs(actual.toDouble() - expected.toDouble()) <= tolerance))
            return path
                   + QStringLiteral(": %1, expected %2")
                         .arg(actual.toVariant().toString())
                         .arg(expected.toDouble(), 0, 'g', 17);
        return {};
    }
    if (actual != expected)
        return path + QStringLiteral(": differs");
    return {};
}

QJsonObject jsonOf(const Run &r)
{
    if (r.exitCode != 0)
        qWarning("exit %d: %s", r.exitCode, qPrintable(r.err));
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestCliFairness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void adultOracleEndToEnd();
    void tableAndPolicyExitCode();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void badInputExitsWithOne();
    void workspaceReportIsAuditedWithItsAlerts();

private:
    QStringList adultArguments() const;

    QTemporaryDir m_dir;
    QString m_adultBundle;
};

void TestCliFairness::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MIZAN_CLI)));
    MIZAN_REQUIRE_SHARED();
    m_adultBundle = m_dir.filePath("adult.bundle.json");
    const Run r = run({"model",
                       "import",
                       "--xgboost",
                       test::sharedFile("reference/adult/model.json"),
                       "--spec",
                       test::sharedFile("reference/adult/spec.json"),
                       "--out",
                       m_adultBundle});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QStringList TestCliFairness::adultArguments() const
{
    return {"fairness",
            "--model",
            m_adultBundle,
            "--data",
            test::sharedFile("data/adult/adult.test"),
            "--spec",
            test::sharedFile("reference/adult/spec_test.json")};
}

void TestCliFairness::adultOracleEndToEnd()
{
    MIZAN_REQUIRE_SHARED();
    // From the raw adult.test through the imported reference model to every number of
    // fairlearn's and AIF360's results, to 1e-9.
    QFile file(test::sharedFile("reference/adult/fairness.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject reference = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject pair = jsonOf(run(adultArguments()
                                        + QStringList{"--sensitive",
                                                      "sex,race",
                                                      "--intersect",
                                                      "--privileged",
                                                      "sex=Male,race=White"}));
    const QJsonObject age = jsonOf(run(adultArguments() + QStringList{"--sensitive", "age_group"}));
    QCOMPARE(pair["format"].toString(), QStringLiteral("mizan.fairness-report/1"));
    QCOMPARE(pair["rows_used"].toInteger(), reference["test_rows"].toInteger());
    QCOMPARE(pair["threshold"].toDouble(), 0.5);
    QJsonObject features = pair["sensitive_features"].toObject();
    features.insert("age_group", age["sensitive_features"].toObject()["age_group"]);
    int compared = 0;
    const QJsonObject fairlearn = reference["fairlearn"].toObject();
    for (auto it = fairlearn.begin(); it != fairlearn.end(); ++it) {
        QVERIFY2(features.contains(it.key()), qPrintable(it.key()));
        const QString problem
            = compareJson(features[it.key()], it.value(), it.key(), 1e-9, compared);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    const QJsonObject aif = reference["aif360_signed"].toObject();
    for (auto it = aif.begin(); it != aif.end(); ++it) {
        const QString problem = compareJson(features[it.key()].toObject()["aif360_signed"],
                                            it.value(),
                                            it.key() + "/aif360_signed",
                                            1e-9,
                                            compared);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QVERIFY2(compared >= 100, qPrintable(QString::number(compared)));
    // The default policy's verdicts: the four-fifths rule fails for sex on this model.
    bool sexFails = false;
    for (const QJsonValue &alert : pair["alerts"].toArray()) {
        const QJsonObject a = alert.toObject();
        if (a["attribute"] == "sex" && a["metric"] == "demographic_parity_ratio") {
            sexFails = a["status"] == "fail";
            QVERIFY(std::abs(a["value"].toDouble()
                             - fairlearn["sex"].toObject()["demographic_parity_ratio"].toDouble())
                    < 1e-12);
        }
    }
    QVERIFY(sexFails);
    QCOMPARE(pair["model"].toObject()["sha256"].toString().size(), 64);
    QCOMPARE(pair["data"].toObject()["sha256"].toString().size(), 64);
}

void TestCliFairness::tableAndPolicyExitCode()
{
    MIZAN_REQUIRE_SHARED();
    Run r = run(adultArguments()
                + QStringList{"--sensitive", "sex", "--format", "table", "--threshold", "0.3"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString table = QString::fromUtf8(r.out);
    QVERIFY(table.contains("Female") && table.contains("Male") && table.contains("overall"));
    QVERIFY(table.contains("demographic_parity_ratio"));
    QVERIFY(table.contains("[fail]"));
    // --fail-on-alert: 1 when a rule fails; a lenient policy passes and exits 0.
    r = run(adultArguments() + QStringList{"--sensitive", "sex", "--fail-on-alert"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bias policy"), qPrintable(r.err));
    QVERIFY(!r.out.isEmpty()); // the report is still printed
    const QString lenient = m_dir.filePath("lenient.json");
    write(lenient,
          R"({"format": "mizan.bias-policy/1", "name": "lenient",
              "rules": [{"metric": "demographic_parity_ratio", "op": ">=", "limit": 0.1}]})");
    r = run(adultArguments()
            + QStringList{"--sensitive", "sex", "--fail-on-alert", "--policy", lenient});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["policy"].toObject()["name"].toString(),
             QStringLiteral("lenient"));
    // Bootstrap and the threshold optimizer are reported when asked, seeded.
    const QJsonObject a = jsonOf(run(
        adultArguments()
        + QStringList{"--sensitive", "sex", "--bootstrap", "50", "--seed", "9", "--optimize", "dp"}));
    const QJsonObject b = jsonOf(run(
        adultArguments()
        + QStringList{"--sensitive", "sex", "--bootstrap", "50", "--seed", "9", "--optimize", "dp"}));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
    QVERIFY(QJsonDocument(a).toJson().contains("interval"));
    QVERIFY(QJsonDocument(a).toJson().contains("demographic_parity"));
}

void TestCliFairness::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("threshold") << QStringList{"--threshold", "1.5"} << "--threshold";
    QTest::newRow("threshold text") << QStringList{"--threshold", "half"} << "--threshold";
    QTest::newRow("intersect one")
        << QStringList{"--sensitive", "sex", "--intersect"} << "--intersect";
    QTest::newRow("bootstrap zero") << QStringList{"--bootstrap", "0"} << "--bootstrap";
    QTest::newRow("seed alone") << QStringList{"--seed", "3"} << "--bootstrap";
    QTest::newRow("optimize") << QStringList{"--optimize", "fair"} << "--optimize";
    QTest::newRow("privileged") << QStringList{"--privileged", "sex"} << "ATTRIBUTE=GROUP";
    QTest::newRow("empty attribute") << QStringList{"--sensitive", "sex,"} << "empty";
    QTest::newRow("format") << QStringList{"--format", "csv"} << "csv";
}

void TestCliFairness::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, mentions);
    const Run r = run(QStringList{"fairness", "--model", "m.json", "--data", "d.csv"} + extra);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliFairness::badInputExitsWithOne()
{
    MIZAN_REQUIRE_SHARED();
    // An attribute the spec does not have: named, with the ones it has.
    Run r = run(adultArguments() + QStringList{"--sensitive", "religion"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("religion") && r.err.contains("sex"), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // A privileged group the attribute does not have.
    r = run(adultArguments() + QStringList{"--sensitive", "sex", "--privileged", "sex=Other"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Other") && r.err.contains("Female"), qPrintable(r.err));
    // A lead file without the outcome column: the loader names it.
    const QString unlabelled = m_dir.filePath("unlabelled.csv");
    QFile source(test::sharedFile("data/adult/adult.test"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray rows;
    source.readLine(); // the junk first line
    for (int i = 0; i < 50 && !source.atEnd(); ++i) {
        QByteArray line = source.readLine().trimmed();
        rows += line.left(line.lastIndexOf(',')) + '\n';
    }
    write(unlabelled, rows);
    r = run({"fairness",
             "--model",
             m_adultBundle,
             "--data",
             unlabelled,
             "--spec",
             test::sharedFile("reference/adult/spec.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("unlabelled.csv"), qPrintable(r.err));
    // A malformed policy file names the file and the key.
    const QString bad = m_dir.filePath("bad-policy.json");
    write(bad,
          R"({"format": "mizan.bias-policy/1", "name": "x", "rules": [{"metric": "fairness", "op": ">=", "limit": 1}]})");
    r = run(adultArguments() + QStringList{"--sensitive", "sex", "--policy", bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad-policy.json") && r.err.contains("fairness"), qPrintable(r.err));
    write(bad, "{not json");
    r = run(adultArguments() + QStringList{"--policy", bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad-policy.json"), qPrintable(r.err));
}

void TestCliFairness::workspaceReportIsAuditedWithItsAlerts()
{
    // The demo workspace: a user per role, the demo leads (labelled, three sensitive attributes
    // with privileged groups) and the demo model.
    Run r = run({"demo", "--out", m_dir.filePath("demo"), "--rows", "1500", "--seed", "4"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject made = QJsonDocument::fromJson(r.out).object();
    const QJsonObject workspace = made["workspace"].toObject();
    const QJsonObject users = workspace["users"].toObject();
    const auto password = [&](const char *name) {
        return users[QLatin1String(name)].toString().section(QLatin1Char(' '), 0, 0).toUtf8();
    };
    const QString dir = workspace["path"].toString();
    const auto as = [&](const char *name) {
        return QStringList{"--workspace", dir, "--as", QString::fromLatin1(name)};
    };
    const auto auditActions = [&](const QString &prefix) {
        const Run shown = runAs(QStringList{"audit", "show", "--action", prefix, "--format", "json"}
                                    + as("omar"),
                                password("omar"));
        return QJsonDocument::fromJson(shown.out).object()["entries"].toArray();
    };
    const qsizetype before = auditActions("fairness.").size();

    // The auditor may report on fairness (fairness.view) without leads.view.
    r = runAs(QStringList{"fairness", "--model", "1", "--lead-set", "1", "--threshold", "0.4"}
                  + as("omar"),
              password("omar"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    const QJsonObject features = report["sensitive_features"].toObject();
    QCOMPARE(features.size(), 3);
    QVERIFY(features.contains("gender"));
    QVERIFY(features["gender"].toObject().contains("aif360_signed")); // privileged "male"
    const QJsonArray alerts = report["alerts"].toArray();
    QVERIFY(!alerts.isEmpty());
    qsizetype failing = 0;
    for (const QJsonValue &alert : alerts)
        failing += alert.toObject()["status"] != "pass" ? 1 : 0;

    const QJsonArray entries = auditActions("fairness.");
    QCOMPARE(entries.size(), before + 1 + failing);
    const QJsonObject entry = entries[before].toObject();
    QCOMPARE(entry["action"].toString(), QStringLiteral("fairness.report"));
    QCOMPARE(entry["actor"].toString(), QStringLiteral("omar"));
    QCOMPARE(entry["target"].toString(), QStringLiteral("model:1"));
    const QJsonObject details = entry["details"].toObject();
    QCOMPARE(details["threshold"].toVariant().toDouble(), 0.4); // non-integers as strings
    QCOMPARE(details["rules_failed"].toInteger(), failing);
    for (qsizetype i = 1; i <= failing; ++i)
        QCOMPARE(entries[before + i].toObject()["action"].toString(),
                 QStringLiteral("fairness.alert"));

    // And the log still verifies.
    r = runAs(QStringList{"audit", "verify"} + as("omar"), password("omar"));
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out) + r.err));
}

QTEST_GUILESS_MAIN(TestCliFairness)
#include "TestCliFairness.moc"
