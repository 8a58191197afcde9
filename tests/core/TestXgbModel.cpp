#include "model/Booster.h"
#include "model/XgbModel.h"

#include "OracleCsv.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <functional>

using namespace mizan;

namespace {

QByteArray referenceModel()
{
    QFile file(test::sharedFile("reference/bank_mod5/model.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

using Mutation = std::function<void(QJsonObject &learner)>;

/** The reference model with one change applied to its learner object. */
QByteArray mutated(const Mutation &mutate)
{
    QJsonObject root = QJsonDocument::fromJson(referenceModel()).object();
    QJsonObject learner = root["learner"].toObject();
    mutate(learner);
    root["learner"] = learner;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/** Applies a change to tree 0 of the learner. */
Mutation onTree0(const std::function<void(QJsonObject &tree)> &change)
{
    return [change](QJsonObject &learner) {
        QJsonObject booster = learner["gradient_booster"].toObject();
        QJsonObject model = booster["model"].toObject();
        QJsonArray trees = model["trees"].toArray();
        QJsonObject tree = trees[0].toObject();
        change(tree);
        trees[0] = tree;
        model["trees"] = trees;
        booster["model"] = model;
        learner["gradient_booster"] = booster;
    };
}

void setAt(QJsonObject &tree, const QString &key, int index, const QJsonValue &value)
{
    QJsonArray a = tree[key].toArray();
    a[index] = value;
    tree[key] = a;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestXgbModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesTheReferenceModel();
    void nativeMarginAgreesWithXgboost();
    void hostileModels_data();
    void hostileModels();
    void notJson();
    void sizeLimit();
    void canonicalFormRoundTrips();
};

void TestXgbModel::initTestCase()
{
    MIZAN_REQUIRE_SHARED();
}

void TestXgbModel::parsesTheReferenceModel()
{
    const auto model = XgbModel::parse(referenceModel(), "model.json");
    MIZAN_VERIFY_OK(model);
    QCOMPARE(model->featureCount, qint64(62));
    QCOMPARE(model->trees.size(), size_t(100));
    QCOMPARE(model->featureNames.size(), 62);
    QCOMPARE(model->featureNames.first(), QString("age"));
    QCOMPARE(model->version, QString("1.7.4"));
    QCOMPARE(model->baseScore, 0.5f);
    QCOMPARE(model->baseMargin, 0.0);
    QCOMPARE(model->trees[0].nodeCount(), 31);
    QCOMPARE(model->trees[0].depth, 4);
    QCOMPARE(model->trees[0].feature[0], 8);
    QCOMPARE(model->trees[0].value[0], 5087.6504f);
}

void TestXgbModel::nativeMarginAgreesWithXgboost()
{
    const auto model = XgbModel::parse(referenceModel(), "model.json");
    QVERIFY(model.has_value());
    const test::NumericTable x = test::readNumericCsv(
        test::sharedFile("reference/bank_mod5/X_test_first1000.csv"));
    const test::NumericTable expected = test::readNumericCsv(
        test::sharedFile("reference/bank_mod5/predictions_first1000.csv"));
    QCOMPARE(x.rows.size(), size_t(1000));
    std::vector<float> row(62);
    for (size_t r = 0; r < x.rows.size(); ++r) {
        for (size_t c = 0; c < 62; ++c)
            row[c] = static_cast<float>(x.rows[r][c + 1]);
        const double margin = model->margin(row.data());
        const double want = expected.rows[r][size_t(expected.column("margin"))];
        QVERIFY2(std::fabs(margin - want) < 1e-5,
                 qPrintable(QString("row %1: %2 vs %3").arg(r).arg(margin).arg(want)));
    }
}

void TestXgbModel::hostileModels_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<ErrorCode>("code");
    const auto invalid = ErrorCode::InvalidInput;
    // clang-format off
    QTest::newRow("objective") << Mutation([](QJsonObject &l) { l["objective"] = QJsonObject{{"name", "reg:squarederror"}}; }) << "objective" << ErrorCode::Unsupported;
    QTest::newRow("gblinear")  << Mutation([](QJsonObject &l) { QJsonObject b = l["gradient_booster"].toObject(); b["name"] = "gblinear"; l["gradient_booster"] = b; }) << "gbtree" << ErrorCode::Unsupported;
    QTest::newRow("multiclass") << Mutation([](QJsonObject &l) { QJsonObject p = l["learner_model_param"].toObject(); p["num_class"] = "3"; l["learner_model_param"] = p; }) << "multi-class" << ErrorCode::Unsupported;
    QTest::newRow("no features") << Mutation([](QJsonObject &l) { QJsonObject p = l["learner_model_param"].toObject(); p["num_feature"] = "0"; l["learner_model_param"] = p; }) << "num_feature" << invalid;
    QTest::newRow("huge feature count") << Mutation([](QJsonObject &l) { QJsonObject p = l["learner_model_param"].toObject(); p["num_feature"] = "1e12"; l["learner_model_param"] = p; }) << "num_feature" << invalid;
    QTest::newRow("base score") << Mutation([](QJsonObject &l) { QJsonObject p = l["learner_model_param"].toObject(); p["base_score"] = "2"; l["learner_model_param"] = p; }) << "base_score" << invalid;
    // FuzzModelFile: in (0, 1) as a double, but 1 as a float, or no finite margin in float.
    QTest::newRow("base score rounds to 1") << Mutation([](QJsonObject &l) { QJsonObject p = l["learner_model_param"].toObject(); p["base_score"] = "0.99999999999"; l["learner_model_param"] = p; }) << "base_score" << invalid;
    QTest::newRow("base score too small") << Mutation([](QJsonObject &l) { QJsonObject p = l["learner_model_param"].toObject(); p["base_score"] = "1e-39"; l["learner_model_param"] = p; }) << "base_score" << invalid;
    QTest::newRow("names count") << Mutation([](QJsonObject &l) { l["feature_names"] = QJsonArray{"a"}; }) << "feature_names" << invalid;
    QTest::newRow("categorical type") << Mutation([](QJsonObject &l) { QJsonArray t; for (int i = 0; i < 62; ++i) t.append(i == 0 ? "c" : "float"); l["feature_types"] = t; }) << "feature_types" << invalid;
    QTest::newRow("tree count") << Mutation([](QJsonObject &l) { QJsonObject b = l["gradient_booster"].toObject(); QJsonObject m = b["model"].toObject(); QJsonObject p = m["gbtree_model_param"].toObject(); p["num_trees"] = "101"; m["gbtree_model_param"] = p; b["model"] = m; l["gradient_booster"] = b; }) << "trees" << invalid;
    QTest::newRow("array length") << onTree0([](QJsonObject &t) { QJsonArray a = t["left_children"].toArray(); a.removeLast(); t["left_children"] = a; }) << "trees[0].left_children" << invalid;
    QTest::newRow("node count") << onTree0([](QJsonObject &t) { QJsonObject p = t["tree_param"].toObject(); p["num_nodes"] = "99999999"; t["tree_param"] = p; }) << "num_nodes" << invalid;
    QTest::newRow("child out of range") << onTree0([](QJsonObject &t) { setAt(t, "left_children", 0, 31); }) << "out of range" << invalid;
    QTest::newRow("child is root") << onTree0([](QJsonObject &t) { setAt(t, "right_children", 1, 0); }) << "out of range" << invalid;
    QTest::newRow("cycle") << onTree0([](QJsonObject &t) { setAt(t, "left_children", 3, 1); setAt(t, "right_children", 3, 2); }) << "reached twice" << invalid;
    QTest::newRow("shared node") << onTree0([](QJsonObject &t) { setAt(t, "right_children", 0, 1); setAt(t, "left_children", 0, 2); setAt(t, "left_children", 2, 3); }) << "reached twice" << invalid;
    QTest::newRow("parents") << onTree0([](QJsonObject &t) { setAt(t, "parents", 3, 123456789); }) << "parents" << invalid;
    QTest::newRow("root parent") << onTree0([](QJsonObject &t) { setAt(t, "parents", 0, 5); }) << "parents" << invalid;
    QTest::newRow("base weight") << onTree0([](QJsonObject &t) { setAt(t, "base_weights", 2, "x"); }) << "base_weights" << invalid;
    QTest::newRow("half leaf") << onTree0([](QJsonObject &t) { setAt(t, "left_children", 0, -1); }) << "child" << invalid;
    QTest::newRow("split feature") << onTree0([](QJsonObject &t) { setAt(t, "split_indices", 0, 62); }) << "split feature" << invalid;
    QTest::newRow("negative feature") << onTree0([](QJsonObject &t) { setAt(t, "split_indices", 0, -3); }) << "split feature" << invalid;
    QTest::newRow("huge threshold") << onTree0([](QJsonObject &t) { setAt(t, "split_conditions", 0, 1e300); }) << "finite" << invalid;
    QTest::newRow("string threshold") << onTree0([](QJsonObject &t) { setAt(t, "split_conditions", 0, "x"); }) << "finite" << invalid;
    QTest::newRow("negative hessian") << onTree0([](QJsonObject &t) { setAt(t, "sum_hessian", 0, -1); }) << "sum_hessian" << invalid;
    QTest::newRow("default left") << onTree0([](QJsonObject &t) { setAt(t, "default_left", 0, 7); }) << "default_left" << invalid;
    QTest::newRow("categorical split") << onTree0([](QJsonObject &t) { setAt(t, "split_type", 0, 1); }) << "categorical" << invalid;
    QTest::newRow("tree not object") << Mutation([](QJsonObject &l) { QJsonObject b = l["gradient_booster"].toObject(); QJsonObject m = b["model"].toObject(); QJsonArray t = m["trees"].toArray(); t[5] = 3; m["trees"] = t; b["model"] = m; l["gradient_booster"] = b; }) << "trees[5]" << invalid;
    QTest::newRow("no learner params") << Mutation([](QJsonObject &l) { l.remove("learner_model_param"); }) << "learner_model_param" << invalid;
    // clang-format on
}

void TestXgbModel::hostileModels()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, contains);
    QFETCH(ErrorCode, code);
    const auto model = XgbModel::parse(mutated(mutation), "hostile.json");
    QVERIFY(!model.has_value());
    QCOMPARE(model.error().code, code);
    QVERIFY2(model.error().message.startsWith("hostile.json: "), qPrintable(model.error().message));
    QVERIFY2(model.error().message.contains(contains), qPrintable(model.error().message));
}

void TestXgbModel::notJson()
{
    for (const QByteArray &bytes : {QByteArray("binf\x00\x01\x02", 7),
                                    QByteArray("{\"learner\": "),
                                    QByteArray("[]"),
                                    QByteArray("{}")}) {
        const auto model = XgbModel::parse(bytes, "x.json");
        QVERIFY(!model.has_value());
        QVERIFY(model.error().message.startsWith("x.json"));
    }
}

void TestXgbModel::sizeLimit()
{
    const auto model = XgbModel::parse(QByteArray(XgbModel::kMaxBytes + 1, ' '), "big.json");
    QVERIFY(!model.has_value());
    QVERIFY(model.error().message.contains("limit"));
}

void TestXgbModel::canonicalFormRoundTrips()
{
    const auto model = XgbModel::parse(referenceModel(), "model.json");
    QVERIFY(model.has_value());
    const QByteArray canonical = model->toXgboostJson();
    const auto again = XgbModel::parse(canonical, "canonical.json");
    MIZAN_VERIFY_OK(again);
    QCOMPARE(again->toXgboostJson(), canonical); // a fixed point
    QCOMPARE(again->trees.size(), model->trees.size());
    QCOMPARE(again->featureNames, model->featureNames);
    // XGBoost reads it and predicts exactly as from the original file.
    const test::NumericTable x = test::readNumericCsv(
        test::sharedFile("reference/bank_mod5/X_test_first1000.csv"));
    std::vector<float> matrix;
    for (const auto &row : x.rows) {
        for (size_t c = 1; c < row.size(); ++c)
            matrix.push_back(static_cast<float>(row[c]));
    }
    const auto rows = qint64(x.rows.size());
    auto original = Booster::fromJson(referenceModel(), 1);
    auto rewritten = Booster::fromJson(canonical, 1);
    MIZAN_VERIFY_OK(original);
    MIZAN_VERIFY_OK(rewritten);
    std::vector<float> a(static_cast<size_t>(rows));
    std::vector<float> b(static_cast<size_t>(rows));
    QVERIFY(original->predictDense(matrix.data(), rows, 62, true, a.data()).has_value());
    QVERIFY(rewritten->predictDense(matrix.data(), rows, 62, true, b.data()).has_value());
    QCOMPARE(a, b);

    // FuzzModelFile: values that are -0 as floats (-1e-153) are written as 0, which is what
    // they read back as; the form stays a fixed point.
    const Mutation tiny = onTree0([](QJsonObject &t) {
        setAt(t, "base_weights", 0, -1e-153);
        setAt(t, "loss_changes", 1, -1e-153);
    });
    const auto negativeZero = XgbModel::parse(mutated(tiny), "negative-zero.json");
    MIZAN_VERIFY_OK(negativeZero);
    const QByteArray zeroForm = negativeZero->toXgboostJson();
    QVERIFY(!zeroForm.contains("-0E0"));
    const auto zeroAgain = XgbModel::parse(zeroForm, "canonical.json");
    MIZAN_VERIFY_OK(zeroAgain);
    QCOMPARE(zeroAgain->toXgboostJson(), zeroForm);
}

QTEST_GUILESS_MAIN(TestXgbModel)
#include "TestXgbModel.moc"
