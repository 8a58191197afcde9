#include "security/PasswordKdf.h"

#include "TestPaths.h"

#include <QJsonDocument>
#include <QTest>

using namespace mizan;

namespace {

const QString kSource = QStringLiteral("/tmp/ws/keyslots.json");

SecureBytes password(const char *text)
{
    return SecureBytes::fromView(QByteArrayView(text));
}

KdfParams params(quint32 memoryKiB, quint32 passes, quint32 lanes, QByteArray salt)
{
    KdfParams p;
    p.memoryKiB = memoryKiB;
    p.passes = passes;
    p.lanes = lanes;
    p.salt = std::move(salt);
    return p;
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestPasswordKdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultsValidate();
    void freshSaltsDiffer();
    void bounds_data();
    void bounds();
    void testCostIsOffByDefaultAndCanBeRestored();
    void jsonRoundTrip();
    void jsonShape();
    void malformedJson_data();
    void malformedJson();
    void deriveIsDeterministic();
    void deriveDependsOnEveryInput();
    void deriveRefusesInvalidParams();
    void knownVectors_data();
    void knownVectors();

private:
    bool m_testCost = false;
};

void TestPasswordKdf::init()
{
    m_testCost = KdfParams::testCostAllowed();
    KdfParams::allowTestCost(false);
}

void TestPasswordKdf::cleanup()
{
    // Restored even when a test function fails half-way.
    KdfParams::allowTestCost(m_testCost);
}

void TestPasswordKdf::defaultsValidate()
{
    const KdfParams p = KdfParams::withFreshSalt();
    QCOMPARE(p.memoryKiB, quint32(64 * 1024));
    QCOMPARE(p.passes, quint32(3));
    QCOMPARE(p.lanes, quint32(2));
    QCOMPARE(p.salt.size(), qsizetype(16));
    MIZAN_VERIFY_OK(p.validate());

    // Without a salt the defaults are not usable.
    const auto noSalt = KdfParams().validate();
    QVERIFY(!noSalt);
    QCOMPARE(noSalt.error().code, ErrorCode::InvalidInput);
    QVERIFY(noSalt.error().message.contains("salt"));
}

void TestPasswordKdf::freshSaltsDiffer()
{
    QVERIFY(KdfParams::withFreshSalt().salt != KdfParams::withFreshSalt().salt);
    QVERIFY(KdfParams::testParams().salt != KdfParams::testParams().salt);
}

void TestPasswordKdf::bounds_data()
{
    QTest::addColumn<uint>("memoryKiB");
    QTest::addColumn<uint>("passes");
    QTest::addColumn<uint>("lanes");
    QTest::addColumn<int>("saltSize");
    QTest::addColumn<bool>("okNormally");
    QTest::addColumn<bool>("okInTests");
    // clang-format off
    QTest::newRow("defaults")          << 65536u    << 3u   << 2u  << 16 << true  << true;
    QTest::newRow("at the floor")      << 19456u    << 2u   << 1u  << 16 << true  << true;
    QTest::newRow("memory below")      << 19455u    << 2u   << 1u  << 16 << false << true;
    QTest::newRow("one pass")          << 19456u    << 1u   << 1u  << 16 << false << true;
    QTest::newRow("test params")       << 8u        << 1u   << 1u  << 16 << false << true;
    QTest::newRow("long salt")         << 65536u    << 3u   << 2u  << 32 << true  << true;
    QTest::newRow("short salt")        << 65536u    << 3u   << 2u  << 15 << false << false;
    QTest::newRow("no lanes")          << 65536u    << 3u   << 0u  << 16 << false << false;
    QTest::newRow("17 lanes")          << 65536u    << 3u   << 17u << 16 << false << false;
    QTest::newRow("16 lanes")          << 65536u    << 3u   << 16u << 16 << true  << true;
    QTest::newRow("no passes")         << 65536u    << 0u   << 2u  << 16 << false << false;
    QTest::newRow("101 passes")        << 65536u    << 101u << 2u  << 16 << false << false;
    QTest::newRow("4 GiB")             << 4194304u  << 3u   << 2u  << 16 << true  << true;
    QTest::newRow("over 4 GiB")        << 4194305u  << 3u   << 2u  << 16 << false << false;
    QTest::newRow("below 8 per lane")  << 15u       << 1u   << 2u  << 16 << false << false;
    QTest::newRow("7 KiB")             << 7u        << 1u   << 1u  << 16 << false << false;
    // clang-format on
}

void TestPasswordKdf::bounds()
{
    QFETCH(uint, memoryKiB);
    QFETCH(uint, passes);
    QFETCH(uint, lanes);
    QFETCH(int, saltSize);
    QFETCH(bool, okNormally);
    QFETCH(bool, okInTests);
    const KdfParams p = params(memoryKiB, passes, lanes, QByteArray(saltSize, 's'));

    const auto normal = p.validate();
    QCOMPARE(normal.has_value(), okNormally);
    if (!normal) {
        QCOMPARE(normal.error().code, ErrorCode::InvalidInput);
        QVERIFY(!normal.error().message.isEmpty());
    }
    KdfParams::allowTestCost(true);
    QCOMPARE(p.validate().has_value(), okInTests);
    KdfParams::allowTestCost(false);
    QCOMPARE(p.validate().has_value(), okNormally); // the flag really went back
}

void TestPasswordKdf::testCostIsOffByDefaultAndCanBeRestored()
{
    QVERIFY(!m_testCost); // nothing in this process turned it on before init()
    QVERIFY(!KdfParams::testCostAllowed());
    const KdfParams cheap = KdfParams::testParams();
    QCOMPARE(cheap.memoryKiB, quint32(8));
    QCOMPARE(cheap.passes, quint32(1));
    QCOMPARE(cheap.salt.size(), qsizetype(16));
    QVERIFY(!cheap.validate());
    QVERIFY(!deriveKey(password("pw"), cheap));
    KdfParams::allowTestCost(true);
    QVERIFY(KdfParams::testCostAllowed());
    MIZAN_VERIFY_OK(cheap.validate());
    MIZAN_VERIFY_OK(deriveKey(password("pw"), cheap));
    KdfParams::allowTestCost(false);
    QVERIFY(!KdfParams::testCostAllowed());
    QVERIFY(!cheap.validate());
}

void TestPasswordKdf::jsonRoundTrip()
{
    const KdfParams defaults = KdfParams::withFreshSalt();
    const auto back = KdfParams::fromJson(defaults.toJson(), kSource);
    MIZAN_VERIFY_OK(back);
    QVERIFY(*back == defaults);

    // Through text, as keyslots.json stores it.
    const QByteArray text = QJsonDocument(defaults.toJson()).toJson(QJsonDocument::Compact);
    const auto fromText = KdfParams::fromJson(parse(text), kSource);
    MIZAN_VERIFY_OK(fromText);
    QVERIFY(*fromText == defaults);

    // Cheap parameters round-trip only while tests allow them.
    const KdfParams cheap = KdfParams::testParams();
    QVERIFY(!KdfParams::fromJson(cheap.toJson(), kSource));
    KdfParams::allowTestCost(true);
    const auto cheapBack = KdfParams::fromJson(cheap.toJson(), kSource);
    MIZAN_VERIFY_OK(cheapBack);
    QVERIFY(*cheapBack == cheap);
}

void TestPasswordKdf::jsonShape()
{
    const KdfParams p = params(65536, 3, 2, QByteArray("0123456789abcdef"));
    const QJsonObject json = p.toJson();
    QCOMPARE(json.value("algorithm").toString(), QStringLiteral("argon2id"));
    QCOMPARE(json.value("memory_kib").toInteger(), qint64(65536));
    QCOMPARE(json.value("passes").toInteger(), qint64(3));
    QCOMPARE(json.value("lanes").toInteger(), qint64(2));
    QCOMPARE(json.value("salt").toString(), QStringLiteral("MDEyMzQ1Njc4OWFiY2RlZg=="));
    QCOMPARE(json.size(), qsizetype(5));
}

void TestPasswordKdf::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray salt = "\"MDEyMzQ1Njc4OWFiY2RlZg==\"";
    const auto obj = [](const QByteArray &fields) -> QByteArray { return "{" + fields + "}"; };
    const QByteArray base
        = "\"algorithm\":\"argon2id\",\"memory_kib\":65536,\"passes\":3,\"lanes\":2,";
    // clang-format off
    QTest::newRow("valid control")     << obj(base + "\"salt\":" + salt) << QString();
    QTest::newRow("missing salt")      << obj(base.chopped(1))           << "salt";
    QTest::newRow("missing passes")    << obj("\"algorithm\":\"argon2id\",\"memory_kib\":65536,\"lanes\":2,\"salt\":" + salt) << "passes";
    QTest::newRow("missing algorithm") << obj("\"memory_kib\":65536,\"passes\":3,\"lanes\":2,\"salt\":" + salt) << "algorithm";
    QTest::newRow("empty object")      << QByteArray("{}")               << "algorithm";
    QTest::newRow("memory as string")  << obj("\"algorithm\":\"argon2id\",\"memory_kib\":\"65536\",\"passes\":3,\"lanes\":2,\"salt\":" + salt) << "memory_kib";
    QTest::newRow("passes fractional") << obj("\"algorithm\":\"argon2id\",\"memory_kib\":65536,\"passes\":2.5,\"lanes\":2,\"salt\":" + salt) << "passes";
    QTest::newRow("lanes negative")    << obj("\"algorithm\":\"argon2id\",\"memory_kib\":65536,\"passes\":3,\"lanes\":-1,\"salt\":" + salt) << "lanes";
    QTest::newRow("salt as number")    << obj(base + "\"salt\":16")       << "salt";
    QTest::newRow("salt not base64")   << obj(base + "\"salt\":\"not base64 at all, not even close!\"") << "salt";
    QTest::newRow("salt junk + b64")   << obj(base + "\"salt\":\"*MDEyMzQ1Njc4OWFiY2RlZg==\"") << "salt";
    QTest::newRow("salt too short")    << obj(base + "\"salt\":\"MDEyMzQ1Njc4OWFiY2Rl\"") << "salt";
    QTest::newRow("salt empty")        << obj(base + "\"salt\":\"\"")     << "salt";
    QTest::newRow("wrong algorithm")   << obj("\"algorithm\":\"argon2i\",\"memory_kib\":65536,\"passes\":3,\"lanes\":2,\"salt\":" + salt) << "algorithm";
    QTest::newRow("unknown key")       << obj(base + "\"salt\":" + salt + ",\"pepper\":1") << "pepper";
    QTest::newRow("below the floor")   << obj("\"algorithm\":\"argon2id\",\"memory_kib\":1024,\"passes\":3,\"lanes\":2,\"salt\":" + salt) << "memory";
    QTest::newRow("huge memory")       << obj("\"algorithm\":\"argon2id\",\"memory_kib\":1e12,\"passes\":3,\"lanes\":2,\"salt\":" + salt) << "memory_kib";
    // clang-format on
}

void TestPasswordKdf::malformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());

    const auto result = KdfParams::fromJson(doc.object(), kSource);
    if (mentions.isEmpty()) {
        MIZAN_VERIFY_OK(result);
        return;
    }
    QVERIFY2(!result, "malformed parameters were accepted");
    const Error &e = result.error();
    QCOMPARE(e.code, ErrorCode::InvalidInput);
    QVERIFY2(e.message.contains(kSource), qPrintable(e.message));
    QVERIFY2(e.message.contains(mentions, Qt::CaseInsensitive), qPrintable(e.message));
    QCOMPARE(e.file, kSource);
}

void TestPasswordKdf::deriveIsDeterministic()
{
    KdfParams::allowTestCost(true);
    const KdfParams p = KdfParams::testParams();
    const auto a = deriveKey(password("correct horse"), p);
    const auto b = deriveKey(password("correct horse"), p);
    MIZAN_VERIFY_OK(a);
    MIZAN_VERIFY_OK(b);
    QCOMPARE(a->size(), size_t(32));
    QVERIFY(a->equals(*b));
    QVERIFY(!a->equals(SecureBytes(32)));
}

void TestPasswordKdf::deriveDependsOnEveryInput()
{
    KdfParams::allowTestCost(true);
    const KdfParams p = KdfParams::testParams();
    const SecureBytes reference = *deriveKey(password("correct horse"), p);

    KdfParams otherSalt = p;
    otherSalt.salt[15] = char(otherSalt.salt[15] ^ 1);
    KdfParams morePasses = p;
    morePasses.passes = 2;
    KdfParams moreMemory = p;
    moreMemory.memoryKiB = 16;
    KdfParams moreLanes = p;
    moreLanes.lanes = 2;
    moreLanes.memoryKiB = 16;
    KdfParams longerSalt = p;
    longerSalt.salt += '\0';

    const struct
    {
        const char *what;
        const char *password;
        const KdfParams &params;
    } cases[] = {{"other password", "correct horsf", p},
                 {"password prefix", "correct hors", p},
                 {"empty password", "", p},
                 {"other salt", "correct horse", otherSalt},
                 {"longer salt", "correct horse", longerSalt},
                 {"more passes", "correct horse", morePasses},
                 {"more memory", "correct horse", moreMemory},
                 {"more lanes", "correct horse", moreLanes}};
    for (const auto &c : cases) {
        const auto key = deriveKey(password(c.password), c.params);
        QVERIFY2(key.has_value(), c.what);
        QCOMPARE(key->size(), size_t(32));
        QVERIFY2(!key->equals(reference), c.what);
    }
}

void TestPasswordKdf::deriveRefusesInvalidParams()
{
    const auto noSalt = deriveKey(password("pw"), KdfParams());
    QVERIFY(!noSalt);
    QCOMPARE(noSalt.error().code, ErrorCode::InvalidInput);
    KdfParams::allowTestCost(true);
    const auto noLanes = deriveKey(password("pw"), params(64, 1, 0, QByteArray(16, 's')));
    QVERIFY(!noLanes);
    QCOMPARE(noLanes.error().code, ErrorCode::InvalidInput);
}

void TestPasswordKdf::knownVectors_data()
{
    QTest::addColumn<uint>("memoryKiB");
    QTest::addColumn<uint>("passes");
    QTest::addColumn<uint>("lanes");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("expected");
    // Argon2id v1.3, 32-byte output, computed independently with OpenSSL's Argon2id (through
    // Python's `cryptography`), which also reproduces the reference implementation's own
    // vector (t=2, m=65536, p=1, "password"/"somesalt" -> 09316115...).
    // clang-format off
    QTest::newRow("floor, 1 lane")  << 19456u << 2u << 1u << QByteArray("mizan-salt-16byt")
                                    << QByteArray("correct horse battery staple")
                                    << QByteArray("8123fb3242fd89d8885c24fd14bd3613e3d354d17deb986a918bcbb617adbcf2");
    QTest::newRow("floor, 2 lanes") << 19456u << 2u << 2u << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f")
                                    << QByteArray("password")
                                    << QByteArray("24263d17065efc761588978d2fc313d5768792bf9ae70b7b53eb47bac5b913f1");
    QTest::newRow("test cost")      << 8u     << 1u << 1u << QByteArray("0123456789abcdef")
                                    << QByteArray("pw")
                                    << QByteArray("2d27fc7564b6ac383fe503cb888b442eab1aa34a89b65f02d859e617a0dda66b");
    QTest::newRow("empty password") << 8u     << 1u << 1u << QByteArray("0123456789abcdef")
                                    << QByteArray()
                                    << QByteArray("d440eba67886df93d643dcb8a69b02af68c16d284cd6f68659553e245bf9efc0");
    // clang-format on
}

void TestPasswordKdf::knownVectors()
{
    QFETCH(uint, memoryKiB);
    QFETCH(uint, passes);
    QFETCH(uint, lanes);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, expected);
    KdfParams::allowTestCost(memoryKiB < 19456);
    const auto key = deriveKey(SecureBytes::fromView(password),
                               params(memoryKiB, passes, lanes, salt));
    MIZAN_VERIFY_OK(key);
    QCOMPARE(key->view().toByteArray().toHex(), expected);
}

QTEST_GUILESS_MAIN(TestPasswordKdf)
#include "TestPasswordKdf.moc"
