#include "model/ModelBundle.h"
#include "model/Trainer.h"

#include "SyntheticLeads.h"
#include "TestPaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;

class TestModelBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savesAndLoads();
    void savedFileIsPrivate();
    void detectsATamperedModel();
    void sealCoversEveryField_data();
    void sealCoversEveryField();
    void modelMustBeInCanonicalForm();
    void refusesMalformedBundles_data();
    void refusesMalformedBundles();
    void importMatchesFeatureNames();
    void importWithoutNamesNeedsSpecCategories();
    void importRefusesAMismatchedSpec();
    void failedSaveKeepsTheOldFile();

private:
    std::optional<ModelBundle> m_trained;
    QByteArray m_json;
};

void TestModelBundle::initTestCase()
{
    TrainConfig config;
    config.params.rounds = 10;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("mod:4:0");
    config.name = "synthetic v1";
    config.createdBy = "dana";
    auto bundle = Trainer::train(test::syntheticDataset(800), config);
    MIZAN_VERIFY_OK(bundle);
    m_trained = std::move(*bundle);
    m_json = m_trained->toJson();
}

void TestModelBundle::savesAndLoads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("m.bundle.json");
    QVERIFY(m_trained->save(path).has_value());
    const auto loaded = ModelBundle::load(path);
    MIZAN_VERIFY_OK(loaded);
    QCOMPARE(loaded->name, QString("synthetic v1"));
    QCOMPARE(loaded->createdBy, QString("dana"));
    QCOMPARE(loaded->origin, QString("trained"));
    QCOMPARE(loaded->modelJson, m_trained->modelJson);
    QCOMPARE(loaded->modelSha256, m_trained->modelSha256);
    QVERIFY(loaded->spec == m_trained->spec);
    QVERIFY(loaded->encoder == m_trained->encoder);
    QVERIFY(loaded->params == m_trained->params);
    QVERIFY(loaded->split == m_trained->split);
    QVERIFY(loaded->bands == m_trained->bands);
    QCOMPARE(loaded->metrics, m_trained->metrics);
    QCOMPARE(loaded->trainingSummary, m_trained->trainingSummary);
    QCOMPARE(loaded->trainingDataSha256, m_trained->trainingDataSha256);
    QCOMPARE(loaded->created, m_trained->created.toUTC());
    QCOMPARE(loaded->toJson(), m_json); // stable: saving again gives the same bytes
}

void TestModelBundle::savedFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("m.bundle.json");
    QVERIFY(m_trained->save(path).has_value());
    QCOMPARE(QFile::permissions(path)
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestModelBundle::detectsATamperedModel()
{
    QJsonObject root = QJsonDocument::fromJson(m_json).object();
    QString model = root["model"].toString();
    const qsizetype at = model.indexOf("\"split_conditions\":[") + 20;
    model.insert(at, "1");
    root["model"] = model;
    root["bundle_sha256"] = QString::fromLatin1(ModelBundle::sealOf(root)); // resealed: still caught
    const auto loaded = ModelBundle::fromJson(QJsonDocument(root).toJson(), "tampered.json");
    QVERIFY(!loaded.has_value());
    QCOMPARE(loaded.error().code, ErrorCode::Integrity);
    QVERIFY(loaded.error().message.contains("tampered.json"));
}

void TestModelBundle::sealCoversEveryField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    // clang-format off
    QTest::newRow("bands")   << "bands"   << QJsonValue(QJsonObject{{"cutoffs", QJsonArray{0.01, 0.02}}, {"labels", QJsonArray{"low", "medium", "high"}}});
    QTest::newRow("name")    << "name"    << QJsonValue("approved model");
    QTest::newRow("metrics") << "metrics" << QJsonValue(QJsonObject{{"test", QJsonObject{{"roc_auc", 0.99}}}});
    QTest::newRow("lineage") << "training_data_sha256" << QJsonValue(QString(64, u'0'));
    // clang-format on
}

void TestModelBundle::sealCoversEveryField()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject root = QJsonDocument::fromJson(m_json).object();
    root[key] = value;
    const auto loaded = ModelBundle::fromJson(QJsonDocument(root).toJson(), "edited.json");
    QVERIFY(!loaded.has_value());
    QCOMPARE(loaded.error().code, ErrorCode::Integrity);
    QCOMPARE(loaded.error().field, QString("bundle_sha256"));
}

void TestModelBundle::modelMustBeInCanonicalForm()
{
    MIZAN_REQUIRE_SHARED();
    // A bundle that embeds a raw XGBoost file (with a valid model hash and seal) is refused:
    // XGBoost only ever reads what Mizan itself wrote from validated values.
    const auto spec = DatasetSpec::load(test::dataFile("bank-marketing.spec.json"));
    const auto bundle
        = ModelBundle::importXgboostFile(test::sharedFile("reference/bank_mod5/model.json"), *spec);
    MIZAN_VERIFY_OK(bundle);
    QFile raw(test::sharedFile("reference/bank_mod5/model.json"));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray original = raw.readAll();
    QVERIFY(original != bundle->modelJson);
    QCOMPARE(bundle->sourceModelSha256,
             QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
    QJsonObject root = QJsonDocument::fromJson(bundle->toJson()).object();
    root["model"] = QString::fromUtf8(original);
    root["model_sha256"] = QString::fromLatin1(
        QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
    root["bundle_sha256"] = QString::fromLatin1(ModelBundle::sealOf(root));
    const auto loaded = ModelBundle::fromJson(QJsonDocument(root).toJson(), "raw.json");
    QVERIFY(!loaded.has_value());
    QCOMPARE(loaded.error().code, ErrorCode::Integrity);
    QVERIFY(loaded.error().message.contains("not in the form Mizan writes"));
}

void TestModelBundle::refusesMalformedBundles_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("contains");
    // clang-format off
    QTest::newRow("format")       << "format"  << QJsonValue("mizan.model-bundle/9")   << "'format'";
    QTest::newRow("unknown key")  << "extra"   << QJsonValue(1)                        << "'extra'";
    QTest::newRow("origin")       << "origin"  << QJsonValue("downloaded")             << "'origin'";
    QTest::newRow("created")      << "created" << QJsonValue("yesterday")              << "'created'";
    QTest::newRow("bands")        << "bands"   << QJsonValue(QJsonObject{{"cutoffs", QJsonArray{0.7, 0.2}}, {"labels", QJsonArray{"a", "b", "c"}}}) << "ascend";
    QTest::newRow("spec")         << "spec"    << QJsonValue(QJsonObject{{"format", "x"}}) << "spec";
    QTest::newRow("encoder")      << "encoder" << QJsonValue(QJsonObject{{"features", QJsonArray{}}}) << "encoder";
    QTest::newRow("split")        << "split"   << QJsonValue("mod:1:0")                << "'split'";
    QTest::newRow("split type")   << "split"   << QJsonValue(5)                        << "'split'";
    QTest::newRow("params range") << "params"  << QJsonValue(QJsonObject{{"eta", 7}})  << "'params'";
    QTest::newRow("metrics type") << "metrics" << QJsonValue("excellent")              << "'metrics'";
    QTest::newRow("model")        << "model"   << QJsonValue(42)                       << "'model'";
    // clang-format on
}

void TestModelBundle::refusesMalformedBundles()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, contains);
    QJsonObject root = QJsonDocument::fromJson(m_json).object();
    root[key] = value;
    // A forger who recomputes the seal still meets the validation behind it.
    root["bundle_sha256"] = QString::fromLatin1(ModelBundle::sealOf(root));
    const auto loaded = ModelBundle::fromJson(QJsonDocument(root).toJson(), "bad.json");
    QVERIFY(!loaded.has_value());
    QVERIFY2(loaded.error().message.contains(contains), qPrintable(loaded.error().message));
    QVERIFY(!ModelBundle::fromJson("not json", "bad.json").has_value());
    QVERIFY(!ModelBundle::load("/nonexistent/model.json").has_value());
}

void TestModelBundle::importMatchesFeatureNames()
{
    MIZAN_REQUIRE_SHARED();
    const auto spec = DatasetSpec::load(test::dataFile("bank-marketing.spec.json"));
    QVERIFY(spec.has_value());
    const auto bundle
        = ModelBundle::importXgboostFile(test::sharedFile("reference/bank_mod5/model.json"), *spec);
    MIZAN_VERIFY_OK(bundle);
    QCOMPARE(bundle->origin, QString("imported"));
    QCOMPARE(bundle->encoder.featureCount(), 62);
    QCOMPARE(bundle->xgboostVersion, QString("1.7.4"));
    QVERIFY(!bundle->params.has_value());
    QVERIFY(bundle->trainingDataSha256.isEmpty());
    const auto again = ModelBundle::fromJson(bundle->toJson(), "imported.json");
    MIZAN_VERIFY_OK(again);
    QVERIFY(again->encoder == bundle->encoder);
}

void TestModelBundle::importWithoutNamesNeedsSpecCategories()
{
    // A model saved from a plain numpy matrix has no feature names.
    // (Edited as text: a QJsonDocument round trip would turn XGBoost's 1.0 into 1, which
    // XGBoost's own reader refuses.)
    QByteArray nameless = m_trained->modelJson;
    const QRegularExpression names(R"("feature_names":\[[^\]]*\],?|"feature_types":\[[^\]]*\],?)");
    nameless = QString::fromUtf8(nameless).remove(names).toUtf8();
    QVERIFY(!nameless.contains("feature_names"));
    DatasetSpec spec = test::syntheticSpec();
    auto r = ModelBundle::importXgboost(nameless, "nameless.json", spec);
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.contains("no feature names"), qPrintable(r.error().message));
    // With the categories listed in the spec (in the model's order) it imports.
    for (const EncodedFeature &f : m_trained->encoder.features()) {
        for (FeatureSpec &fs : spec.features) {
            if (fs.column == f.column && f.type == FeatureType::Categorical) {
                QStringList categories = fs.categories.value_or(QStringList());
                categories.append(f.category);
                fs.categories = categories;
            }
        }
    }
    r = ModelBundle::importXgboost(nameless, "nameless.json", spec);
    MIZAN_VERIFY_OK(r);
    QCOMPARE(r->encoder.featureNames(), m_trained->encoder.featureNames());
}

void TestModelBundle::importRefusesAMismatchedSpec()
{
    DatasetSpec spec = test::syntheticSpec();
    spec.features.push_back(FeatureSpec{"age", FeatureType::Numeric, false, std::nullopt});
    const auto r = ModelBundle::importXgboost(m_trained->modelJson, "m.json", spec);
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.contains("age"));
    const auto bad = ModelBundle::importXgboost("{\"version\": [1,7,4]}", "m.json", spec);
    QVERIFY(!bad.has_value());
}

void TestModelBundle::failedSaveKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("m.json");
    QVERIFY(m_trained->save(path).has_value());
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QVERIFY(!m_trained->save(dir.filePath("missing-folder/m.json")).has_value());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_GUILESS_MAIN(TestModelBundle)
#include "TestModelBundle.moc"
