// Native exact TreeSHAP against the shap/XGBoost oracles in ../shared/reference and against
// XGBoost's own pred_contribs on random models (depth 1 to 10, with missing values).

#include "explain/TreeShap.h"
#include "model/Booster.h"
#include "model/NativePredictor.h"
#include "model/XgbModel.h"

#include "OracleCsv.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <random>

using namespace mizan;

namespace {

struct Oracle
{
    XgbModel model;
    std::vector<float> x; ///< encoded rows, row-major
    int width = 0;
    qint64 rows = 0;
    test::NumericTable contribs;
};

std::optional<Oracle> loadOracle(const QString &dir, const QString &xFile, const QString &shapFile)
{
    QFile file(test::sharedFile(dir + QStringLiteral("/model.json")));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto model = XgbModel::parse(file.readAll(), file.fileName());
    if (!model)
        return std::nullopt;
    Oracle o;
    o.model = std::move(*model);
    const test::NumericTable x = test::readNumericCsv(test::sharedFile(dir + u'/' + xFile));
    // row_index is the first column of the bank file and the last of the adult one.
    const int index = x.column(QStringLiteral("row_index"));
    o.width = static_cast<int>(x.header.size()) - 1;
    o.rows = static_cast<qint64>(x.rows.size());
    for (const auto &row : x.rows) {
        for (size_t c = 0; c < row.size(); ++c) {
            if (static_cast<int>(c) != index)
                o.x.push_back(static_cast<float>(row[c]));
        }
    }
    o.contribs = test::readNumericCsv(test::sharedFile(dir + u'/' + shapFile));
    return o;
}

/** A random binary:logistic model trained by XGBoost on noisy data with missing values. */
QByteArray randomModel(
    int depth, int rounds, int features, qint64 rows, quint64 seed, std::vector<float> &x)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> uniform(-2.0f, 2.0f);
    std::bernoulli_distribution missing(0.1);
    x.assign(size_t(rows * features), 0.0f);
    std::vector<float> labels(static_cast<size_t>(rows));
    for (qint64 r = 0; r < rows; ++r) {
        float signal = 0.0f;
        for (int f = 0; f < features; ++f) {
            float v = uniform(rng);
            if (f % 3 == 2)
                v = std::round(v); // a few ties and repeated thresholds
            signal += (f % 2 ? 1.0f : -0.7f) * v * float(f + 1) / float(features);
            x[size_t(r * features + f)] = missing(rng) ? std::nanf("") : v;
        }
        labels[size_t(r)] = (signal + 0.5f * uniform(rng)) > 0.0f ? 1.0f : 0.0f;
    }
    auto matrix = DMatrix::fromDense(x.data(), rows, features, 1);
    if (!matrix || !matrix->setLabels(labels))
        return {};
    const DMatrix *cache[] = {&*matrix};
    auto booster = Booster::create(cache);
    if (!booster)
        return {};
    const std::vector<std::pair<QString, QString>>
        params{{QStringLiteral("objective"), QStringLiteral("binary:logistic")},
               {QStringLiteral("nthread"), QStringLiteral("1")},
               {QStringLiteral("max_depth"), QString::number(depth)},
               {QStringLiteral("eta"), QStringLiteral("0.3")},
               {QStringLiteral("min_child_weight"), QStringLiteral("0")},
               {QStringLiteral("base_score"), QStringLiteral("0.3")},
               {QStringLiteral("seed"), QString::number(seed)}};
    for (const auto &[k, v] : params) {
        if (!booster->setParam(k, v))
            return {};
    }
    for (int i = 0; i < rounds; ++i) {
        if (!booster->updateOneIter(i, *matrix))
            return {};
    }
    auto json = booster->saveJson();
    return json ? *json : QByteArray();
}

} // namespace

class TestTreeShap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bankReferenceContributions();
    void adultReferenceContributions();
    void randomModelsAgreeWithXgboost_data();
    void randomModelsAgreeWithXgboost();
    void deepPathsUseTheGeneralFormula();
    void threadsAndBlocksGiveTheSameResult();
    void singleLeafTreesAndRepeatedFeatures();
    void rejectsNarrowRowsAndCancels();
};

namespace {

void checkOracle(const Oracle &o, qint64 oracleRows)
{
    const TreeShap shap(o.model);
    QCOMPARE(shap.featureCount(), o.width);
    const qint64 columns = o.width + 1;
    std::vector<double> phi(size_t(o.rows * columns));
    QVERIFY(shap.contributions(o.x.data(), o.rows, o.width, phi.data(), 2).has_value());
    // The oracle's columns are the features in model order, then the bias.
    QCOMPARE(o.contribs.header.size(), qsizetype(columns + 1));
    QCOMPARE(o.contribs.header.last(), QStringLiteral("bias"));
    QCOMPARE(qint64(o.contribs.rows.size()), oracleRows);
    double worst = 0.0;
    for (qint64 r = 0; r < oracleRows; ++r) {
        for (qint64 c = 0; c < columns; ++c) {
            const double expected = o.contribs.rows[size_t(r)][size_t(c + 1)];
            worst = std::max(worst, std::abs(phi[size_t(r * columns + c)] - expected));
        }
    }
    qInfo("largest difference to the oracle: %.3g", worst);
    QVERIFY2(worst <= 1e-5, qPrintable(QString::number(worst)));
    // Additivity on every row: contributions plus bias equal the margin.
    NativePredictor native(o.model);
    double residual = 0.0;
    for (qint64 r = 0; r < o.rows; ++r) {
        double sum = 0.0;
        for (qint64 c = 0; c < columns; ++c)
            sum += phi[size_t(r * columns + c)];
        const float *row = o.x.data() + r * o.width;
        residual = std::max(residual, std::abs(sum - shap.margin(row)));
        float xgbMargin = 0.0f;
        native.predictMargins(row, 1, o.width, &xgbMargin);
        QVERIFY(std::abs(shap.margin(row) - double(xgbMargin)) < 1e-5);
    }
    qInfo("largest additivity residual: %.3g", residual);
    QVERIFY(residual < 1e-9);
}

} // namespace

void TestTreeShap::bankReferenceContributions()
{
    MIZAN_REQUIRE_SHARED();
    const auto o = loadOracle(QStringLiteral("reference/bank_mod5"),
                              QStringLiteral("X_test_first1000.csv"),
                              QStringLiteral("shap_contribs_first200.csv"));
    QVERIFY(o.has_value());
    QCOMPARE(o->width, 62);
    checkOracle(*o, 200);
}

void TestTreeShap::adultReferenceContributions()
{
    MIZAN_REQUIRE_SHARED();
    const auto o = loadOracle(QStringLiteral("reference/adult"),
                              QStringLiteral("X_test_first100.csv"),
                              QStringLiteral("shap_contribs_test_first100.csv"));
    QVERIFY(o.has_value());
    QCOMPARE(o->width, 81);
    checkOracle(*o, 100);
}

void TestTreeShap::randomModelsAgreeWithXgboost_data()
{
    QTest::addColumn<int>("depth");
    for (int depth = 1; depth <= 10; ++depth)
        QTest::addRow("depth %d", depth) << depth;
}

void TestTreeShap::randomModelsAgreeWithXgboost()
{
    QFETCH(int, depth);
    constexpr int kFeatures = 12;
    constexpr qint64 kRows = 1500;
    std::vector<float> x;
    const QByteArray json = randomModel(depth, 25, kFeatures, kRows, quint64(depth) * 7919, x);
    QVERIFY(!json.isEmpty());
    auto model = XgbModel::parse(json, QStringLiteral("random"));
    MIZAN_VERIFY_OK(model);
    const TreeShap shap(*model);
    constexpr qint64 columns = kFeatures + 1;
    std::vector<double> native(size_t(kRows * columns));
    QVERIFY(shap.contributions(x.data(), kRows, kFeatures, native.data(), 2).has_value());

    auto booster = Booster::fromJson(json, 1);
    MIZAN_VERIFY_OK(booster);
    auto matrix = DMatrix::fromDense(x.data(), kRows, kFeatures, 1);
    MIZAN_VERIFY_OK(matrix);
    const auto reference = booster->predictContributions(*matrix);
    MIZAN_VERIFY_OK(reference);
    QCOMPARE(reference->size(), native.size());
    double worstExcess = -1.0;
    for (qint64 r = 0; r < kRows; ++r) {
        const double margin = shap.margin(x.data() + r * kFeatures);
        const double tolerance = 1e-5 + 1e-6 * std::abs(margin);
        double sum = 0.0;
        for (qint64 c = 0; c < columns; ++c) {
            const double mine = native[size_t(r * columns + c)];
            const double theirs = (*reference)[size_t(r * columns + c)];
            sum += mine;
            worstExcess = std::max(worstExcess, std::abs(mine - theirs) - tolerance);
            if (std::abs(mine - theirs) > tolerance)
                QFAIL(qPrintable(QStringLiteral("row %1 column %2: native %3, XGBoost %4")
                                     .arg(r)
                                     .arg(c)
                                     .arg(mine, 0, 'g', 10)
                                     .arg(theirs, 0, 'g', 10)));
        }
        QVERIFY2(std::abs(sum - margin) < 1e-9, qPrintable(QString::number(sum - margin)));
    }
    QVERIFY(worstExcess < 0.0);
}

void TestTreeShap::deepPathsUseTheGeneralFormula()
{
    // Depth 10 with 12 features: many paths have more than kTableDepth distinct features and go
    // through the polynomial path; the table path must agree with it on shallow leaves too.
    static_assert(TreeShap::kTableDepth < 10);
    std::vector<float> x;
    const QByteArray json = randomModel(10, 5, 12, 3000, 99, x);
    auto model = XgbModel::parse(json, QStringLiteral("deep"));
    MIZAN_VERIFY_OK(model);
    int deepest = 0;
    for (const XgbTree &tree : model->trees)
        deepest = std::max(deepest, tree.depth);
    QVERIFY(deepest > TreeShap::kTableDepth);
    const TreeShap shap(*model);
    std::vector<double> phi(13);
    for (qint64 r = 0; r < 200; ++r) {
        shap.contributionsOfRow(x.data() + r * 12, phi.data());
        double sum = 0.0;
        for (double v : phi)
            sum += v;
        QVERIFY(std::abs(sum - shap.margin(x.data() + r * 12)) < 1e-9);
    }
}

void TestTreeShap::threadsAndBlocksGiveTheSameResult()
{
    std::vector<float> x;
    const QByteArray json = randomModel(6, 20, 8, 1000, 5, x);
    auto model = XgbModel::parse(json, QStringLiteral("threads"));
    MIZAN_VERIFY_OK(model);
    const TreeShap shap(*model);
    std::vector<double> one(size_t(1000 * 9)), two(size_t(1000 * 9)), single(9);
    QVERIFY(shap.contributions(x.data(), 1000, 8, one.data(), 1).has_value());
    QVERIFY(shap.contributions(x.data(), 1000, 8, two.data(), 2).has_value());
    QCOMPARE(one, two); // bit for bit: every row is summed in the same order
    for (qint64 r : {0, 15, 16, 999}) {
        shap.contributionsOfRow(x.data() + r * 8, single.data());
        QVERIFY(std::equal(single.begin(), single.end(), one.begin() + r * 9));
    }
}

void TestTreeShap::singleLeafTreesAndRepeatedFeatures()
{
    // One tree that splits on feature 0 twice on a path (x < 1, then x < 0.5) and a stump.
    const QByteArray json = R"({"learner":{"attributes":{},"feature_names":[],"feature_types":[],
 "gradient_booster":{"model":{"gbtree_model_param":{"num_parallel_tree":"1","num_trees":"2"},
 "tree_info":[0,0],"trees":[
 {"base_weights":[0,0,0,0,0],"categories":[],"categories_nodes":[],"categories_segments":[],
  "categories_sizes":[],"default_left":[1,0,0,0,0],"id":0,"left_children":[1,3,-1,-1,-1],
  "loss_changes":[1,1,0,0,0],"parents":[2147483647,0,0,1,1],"right_children":[2,4,-1,-1,-1],
  "split_conditions":[1.0,0.5,0.7,-0.4,0.2],"split_indices":[0,0,0,0,0],"split_type":[0,0,0,0,0],
  "sum_hessian":[10,6,4,2,4],
  "tree_param":{"num_deleted":"0","num_feature":"2","num_nodes":"5","size_leaf_vector":"0"}},
 {"base_weights":[0],"categories":[],"categories_nodes":[],"categories_segments":[],
  "categories_sizes":[],"default_left":[0],"id":1,"left_children":[-1],"loss_changes":[0],
  "parents":[2147483647],"right_children":[-1],"split_conditions":[0.25],"split_indices":[0],
  "split_type":[0],"sum_hessian":[10],
  "tree_param":{"num_deleted":"0","num_feature":"2","num_nodes":"1","size_leaf_vector":"0"}}]},
 "name":"gbtree"},"learner_model_param":{"base_score":"5E-1","num_class":"0","num_feature":"2",
 "num_target":"1"},"objective":{"name":"binary:logistic","reg_loss_param":{"scale_pos_weight":"1"}}},
 "version":[1,7,4]})";
    auto model = XgbModel::parse(json, QStringLiteral("hand"));
    MIZAN_VERIFY_OK(model);
    const TreeShap shap(*model);
    // E[f] = 0.7 * 0.4 + (-0.4 * 2 + 0.2 * 4) / 10 + 0.25 = 0.28 + 0 + 0.25
    QVERIFY(std::abs(shap.expectedValue() - 0.53) < 1e-6);
    const float rows[][2] = {{0.2f, 3.0f}, {0.7f, 0.0f}, {2.0f, 1.0f}, {std::nanf(""), 1.0f}};
    for (const auto &row : rows) {
        double phi[3];
        shap.contributionsOfRow(row, phi);
        QCOMPARE(phi[1], 0.0);                                        // feature 1 is never used
        QVERIFY(std::abs(phi[0] + phi[2] - shap.margin(row)) < 1e-7); // one feature takes it all
    }
}

void TestTreeShap::rejectsNarrowRowsAndCancels()
{
    std::vector<float> x;
    const QByteArray json = randomModel(3, 5, 4, 400, 1, x);
    auto model = XgbModel::parse(json, QStringLiteral("small"));
    MIZAN_VERIFY_OK(model);
    const TreeShap shap(*model);
    std::vector<double> phi(size_t(400 * 5));
    const auto narrow = shap.contributions(x.data(), 100, 3, phi.data());
    QVERIFY(!narrow);
    QCOMPARE(narrow.error().code, ErrorCode::InvalidInput);
    CancelToken cancel;
    cancel.cancel();
    JobControl job;
    job.cancel = &cancel;
    const auto cancelled = shap.contributions(x.data(), 400, 4, phi.data(), 2, job);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    qint64 last = 0;
    JobControl progress;
    progress.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(400));
        last = std::max(last, done);
    };
    QVERIFY(shap.contributions(x.data(), 400, 4, phi.data(), 1, progress).has_value());
    QCOMPARE(last, qint64(400));
}

QTEST_GUILESS_MAIN(TestTreeShap)
#include "TestTreeShap.moc"
