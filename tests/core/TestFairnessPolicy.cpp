// The bias policy (core/fairness/BiasPolicy): limits on fairness metrics evaluated on a report,
// alerts with pass/fail/undefined, and the JSON the workspace stores.

#include "fairness/BiasPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace mizan;

namespace {

/** Two groups: A selects 3 of 4, B 1 of 4 (DP ratio 1/3, DP difference 0.5). */
struct Data
{
    std::vector<double> p{0.9, 0.8, 0.7, 0.2, 0.6, 0.3, 0.2, 0.1};
    std::vector<int8_t> y{1, 1, 0, 0, 1, 1, 0, 0};
    std::vector<int32_t> g{0, 0, 0, 0, 1, 1, 1, 1};
    std::vector<int32_t> h{0, 1, 0, 1, 0, 1, 0, 1};

    PredictionView view() const
    {
        return PredictionView{p, y, {{"g", g, {"A", "B"}, "A"}, {"h", h, {"even", "odd"}, {}}}};
    }
};

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestFairnessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPolicy();
    void passAndFail_data();
    void passAndFail();
    void undefinedValues();
    void intervalsAndSmallGroupsInTheText();
    void policyJsonRoundTrip();
    void badPolicies_data();
    void badPolicies();
    void alertJsonRoundTrip();
};

void TestFairnessPolicy::defaultPolicy()
{
    const BiasPolicy policy = BiasPolicy::defaults();
    QCOMPARE(policy.rules.size(), size_t(2));
    QCOMPARE(policy.rules[0].metric, QString("demographic_parity_ratio"));
    QCOMPARE(policy.rules[0].op, PolicyOperator::AtLeast);
    QCOMPARE(policy.rules[0].limit, 0.8);
    QCOMPARE(policy.rules[1].metric, QString("equalized_odds_difference"));
    QCOMPARE(policy.rules[1].op, PolicyOperator::AtMost);
    QCOMPARE(policy.rules[1].limit, 0.1);
    const Data data;
    const auto report = FairnessReport::compute(data.view());
    QVERIFY(report.has_value());
    const std::vector<BiasAlert> alerts = policy.evaluate(*report);
    QCOMPARE(alerts.size(), size_t(4)); // two rules x two attributes
    QCOMPARE(alerts[0].attribute, QString("g"));
    QCOMPARE(alerts[0].metric, QString("demographic_parity_ratio"));
    QCOMPARE(alerts[0].value, 1.0 / 3.0);
    QCOMPARE(alerts[0].status, AlertStatus::Fail);
    QVERIFY(!alerts[0].passed());
    QVERIFY(alerts[0].text.contains("demographic_parity_ratio"));
    QVERIFY(alerts[0].text.contains("outside"));
    QCOMPARE(alerts[1].attribute, QString("h"));
}

void TestFairnessPolicy::passAndFail_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("op");
    QTest::addColumn<double>("limit");
    QTest::addColumn<bool>("passes");
    // g: SR 3/4 and 1/4: DP difference 0.5, ratio 1/3; AIF360 disparate impact (B / A) 1/3.
    // clang-format off
    QTest::newRow("difference <= 0.5")  << "demographic_parity_difference" << "<=" << 0.5  << true;
    QTest::newRow("difference < 0.5")   << "demographic_parity_difference" << "<"  << 0.5  << false;
    QTest::newRow("ratio >= 0.3")       << "demographic_parity_ratio"      << ">=" << 0.3  << true;
    QTest::newRow("ratio > 0.34")       << "demographic_parity_ratio"      << ">"  << 0.34 << false;
    QTest::newRow("DI >= 0.8")          << "aif360_signed.disparate_impact" << ">=" << 0.8 << false;
    QTest::newRow("SPD >= -0.6")        << "aif360_signed.statistical_parity_difference" << ">=" << -0.6 << true;
    QTest::newRow("to overall")         << "demographic_parity_difference_to_overall" << "<=" << 0.25 << true;
    // clang-format on
}

void TestFairnessPolicy::passAndFail()
{
    QFETCH(QString, metric);
    QFETCH(QString, op);
    QFETCH(double, limit);
    QFETCH(bool, passes);
    const Data data;
    const auto report = FairnessReport::compute(data.view());
    QVERIFY(report.has_value());
    BiasPolicy policy;
    policy.rules.push_back(PolicyRule{metric, *operatorFromSymbol(op), limit, "g"});
    const std::vector<BiasAlert> alerts = policy.evaluate(*report);
    QCOMPARE(alerts.size(), size_t(1));
    QCOMPARE(alerts[0].attribute, QString("g"));
    QCOMPARE(alerts[0].status, passes ? AlertStatus::Pass : AlertStatus::Fail);
    QCOMPARE(alerts[0].passed(), passes);
}

void TestFairnessPolicy::undefinedValues()
{
    const Data data;
    const auto report = FairnessReport::compute(data.view());
    QVERIFY(report.has_value());
    BiasPolicy policy;
    // h names no privileged group; "x" is not in the report.
    policy.rules = {PolicyRule{"aif360_signed.disparate_impact", PolicyOperator::AtLeast, 0.8, "h"},
                    PolicyRule{"demographic_parity_ratio", PolicyOperator::AtLeast, 0.8, "x"}};
    const std::vector<BiasAlert> alerts = policy.evaluate(*report);
    QCOMPARE(alerts.size(), size_t(2));
    for (const BiasAlert &a : alerts) {
        QCOMPARE(a.status, AlertStatus::Undefined);
        QVERIFY(std::isnan(a.value));
        QVERIFY(a.text.contains("undefined"));
        QVERIFY(a.toJson()["value"].isNull());
        QCOMPARE(a.toJson()["status"].toString(), QString("undefined"));
    }
    // A 0 / 0 ratio (nobody selected anywhere) is undefined too, not a pass or a fail.
    std::vector<double> low(8, 0.1);
    Data none;
    const auto zero = FairnessReport::compute(
        PredictionView{low, none.y, {{"g", none.g, {"A", "B"}, {}}}});
    QVERIFY(zero.has_value());
    const std::vector<BiasAlert> z = BiasPolicy::defaults().evaluate(*zero);
    QCOMPARE(z[0].status, AlertStatus::Undefined);
    QCOMPARE(z[1].status, AlertStatus::Pass); // EO difference 0
}

void TestFairnessPolicy::intervalsAndSmallGroupsInTheText()
{
    const Data data;
    FairnessOptions options;
    options.bootstrap = BootstrapOptions{200, 3, 0.95, 1, false};
    const auto report = FairnessReport::compute(data.view(), options);
    QVERIFY(report.has_value());
    const std::vector<BiasAlert> alerts = BiasPolicy::defaults().evaluate(*report);
    QVERIFY(alerts[0].interval.has_value());
    QVERIFY(alerts[0].text.contains("interval"));
    QCOMPARE(alerts[0].smallGroups, QStringList({"A", "B"})); // 4 rows each
    QVERIFY(alerts[0].text.contains("Small groups (A, B)"));
    const QJsonObject json = alerts[0].toJson();
    QVERIFY(json["interval"].toObject().contains("lower"));
    QCOMPARE(json["small_groups"].toArray().size(), qsizetype(2));
}

void TestFairnessPolicy::policyJsonRoundTrip()
{
    BiasPolicy policy = BiasPolicy::defaults();
    policy.name = "zone authority 2025";
    policy.rules.push_back(
        PolicyRule{"aif360_signed.disparate_impact", PolicyOperator::Above, 0.75, "sex"});
    const QJsonObject json = policy.toJson();
    QCOMPARE(json["format"].toString(), QString("mizan.bias-policy/1"));
    const auto back = BiasPolicy::fromJson(json, "policy.json");
    QVERIFY(back.has_value());
    QCOMPARE(*back, policy);
    QVERIFY(!json["rules"].toArray()[0].toObject().contains("attribute"));
    QCOMPARE(json["rules"].toArray()[2].toObject()["attribute"].toString(), QString("sex"));
    // Every metric name a rule can use is understood.
    for (const QString &name : disparityNames())
        QCOMPARE(disparityName(*disparityFromName(name)), name);
    QCOMPARE(disparityNames().size(), qsizetype(kDisparityCount + kSignedDisparityCount));
}

void TestFairnessPolicy::badPolicies_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    // clang-format off
    QTest::newRow("wrong format")   << QByteArray(R"({"format": "x", "rules": []})") << "format";
    QTest::newRow("unknown key")    << QByteArray(R"({"format": "mizan.bias-policy/1", "rules": [], "extra": 1})") << "extra";
    QTest::newRow("no rules")       << QByteArray(R"({"format": "mizan.bias-policy/1"})") << "rules";
    QTest::newRow("unknown metric") << QByteArray(R"({"format": "mizan.bias-policy/1", "rules": [{"metric": "fairness", "op": ">=", "limit": 1}]})") << "fairness";
    QTest::newRow("bad operator")   << QByteArray(R"({"format": "mizan.bias-policy/1", "rules": [{"metric": "demographic_parity_ratio", "op": "=>", "limit": 1}]})") << "=>";
    QTest::newRow("limit string")   << QByteArray(R"({"format": "mizan.bias-policy/1", "rules": [{"metric": "demographic_parity_ratio", "op": ">=", "limit": "0.8"}]})") << "limit";
    QTest::newRow("rule key")       << QByteArray(R"({"format": "mizan.bias-policy/1", "rules": [{"metric": "demographic_parity_ratio", "op": ">=", "limit": 0.8, "when": 1}]})") << "when";
    // clang-format on
}

void TestFairnessPolicy::badPolicies()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto policy = BiasPolicy::fromJson(QJsonDocument::fromJson(json).object(), "p.json");
    QVERIFY(!policy.has_value());
    QCOMPARE(policy.error().code, ErrorCode::InvalidInput);
    QVERIFY2(policy.error().message.contains(mentions), qPrintable(policy.error().message));
}

void TestFairnessPolicy::alertJsonRoundTrip()
{
    const Data data;
    FairnessOptions options;
    options.bootstrap = BootstrapOptions{100, 9, 0.9, 1, true};
    const auto report = FairnessReport::compute(data.view(), options);
    QVERIFY(report.has_value());
    BiasPolicy policy = BiasPolicy::defaults();
    policy.rules.push_back(
        PolicyRule{"aif360_signed.disparate_impact", PolicyOperator::AtLeast, 0.8, "h"});
    for (const BiasAlert &alert : policy.evaluate(*report)) {
        const auto back = BiasAlert::fromJson(alert.toJson(), "alerts.json");
        QVERIFY(back.has_value());
        QVERIFY(*back == alert);
    }
    QVERIFY(!BiasAlert::fromJson(parse(R"({"attribute": "g", "metric": "m", "op": ">=", "limit": 1,
                                            "status": "maybe"})"),
                                 "a.json"));
}

QTEST_GUILESS_MAIN(TestFairnessPolicy)
#include "TestFairnessPolicy.moc"
