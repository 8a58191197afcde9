#include "common/Crypto.h"

#include "TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace mizan;

/// Verifies that a Result failed with the expected ErrorCode (evaluating the expression once).
#define VERIFY_ERROR(expr, expected) \
    do { \
        const auto &verifyErrorResult_ = (expr); \
        QVERIFY2(!verifyErrorResult_, "succeeded where an error was expected"); \
        QCOMPARE(verifyErrorResult_.error().code, expected); \
    } while (false)

namespace {

constexpr qsizetype kNonce = 12;
constexpr qsizetype kTag = 16;

SecureBytes keyFromHex(const char *hex)
{
    return SecureBytes::fromView(QByteArray::fromHex(hex));
}

QByteArray toArray(const SecureBytes &bytes)
{
    return bytes.view().toByteArray();
}

const QByteArray kAssociated = QByteArrayLiteral("workspace-1/alice");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealOpenRoundTrip_data();
    void sealOpenRoundTrip();
    void knownAesGcmVector();
    void wrongKeyFails();
    void differentAssociatedDataFails();
    void everyFlippedByteFails();
    void truncatedInputFails_data();
    void truncatedInputFails();
    void wrongKeySizeFails();
    void sealUsesAFreshNonce();

    void signVerifyRoundTrip();
    void alteredMessageSignatureOrKeyFail();
    void publicKeyOfMatchesGeneratedKey();
    void generatedKeysDiffer();
    void rfc8032Vectors_data();
    void rfc8032Vectors();
    void badSizesAreRefused();
    void publicKeyPemIsSubjectPublicKeyInfo();
    void opensslVerifiesOurSignature();
};

void TestCrypto::sealOpenRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("associated");
    // clang-format off
    QTest::newRow("short")         << QByteArray("the workspace key") << kAssociated;
    QTest::newRow("empty")         << QByteArray()                    << kAssociated;
    QTest::newRow("no associated") << QByteArray("secret")            << QByteArray();
    QTest::newRow("binary")        << QByteArray("\0\x01\xff\0", 4)    << QByteArray("\0", 1);
    QTest::newRow("one MiB")       << QByteArray(1 << 20, 'm')        << kAssociated;
    // clang-format on
}

void TestCrypto::sealOpenRoundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, associated);
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = crypto::seal(key, plaintext, associated);
    QCOMPARE(sealed.size(), kNonce + plaintext.size() + kTag);
    if (plaintext.size() >= 16) // the plaintext is not stored in the clear
        QVERIFY(!sealed.contains(plaintext.left(16)));
    const auto opened = crypto::open(key, sealed, associated);
    MIZAN_VERIFY_OK(opened);
    QCOMPARE(toArray(*opened), plaintext);
}

void TestCrypto::knownAesGcmVector()
{
    // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (AES-256, 96-bit IV,
    // with associated data), laid out as nonce || ciphertext || tag.
    const SecureBytes key = keyFromHex(
        "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray plaintext = QByteArray::fromHex(
        "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
        "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    const QByteArray associated = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray sealed = QByteArray::fromHex(
        "cafebabefacedbaddecaf888"
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
        "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
        "76fc6ece0f4e1768cddf8853bb2d551b");
    const auto opened = crypto::open(key, sealed, associated);
    MIZAN_VERIFY_OK(opened);
    QCOMPARE(toArray(*opened), plaintext);
}

void TestCrypto::wrongKeyFails()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = crypto::seal(key, "payload", kAssociated);
    SecureBytes other = key.copy();
    other.data()[31] ^= 0x01; // one bit off
    const auto opened = crypto::open(other, sealed, kAssociated);
    VERIFY_ERROR(opened, ErrorCode::AuthFailed);
    QVERIFY(!opened.error().message.isEmpty());
    VERIFY_ERROR(crypto::open(SecureBytes::random(32), sealed, kAssociated), ErrorCode::AuthFailed);
}

void TestCrypto::differentAssociatedDataFails()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = crypto::seal(key, "payload", kAssociated);
    for (const QByteArray &other : {QByteArray("workspace-1/alicf"),
                                    QByteArray("workspace-1/"),
                                    QByteArray(),
                                    QByteArray(kAssociated + '\0')}) {
        const auto opened = crypto::open(key, sealed, other);
        QVERIFY2(!opened, other.constData());
        VERIFY_ERROR(opened, ErrorCode::AuthFailed);
    }
    // And the other way round: sealed without associated data, opened with some.
    const QByteArray bare = crypto::seal(key, "payload", {});
    MIZAN_VERIFY_OK(crypto::open(key, bare, {}));
    VERIFY_ERROR(crypto::open(key, bare, "x"), ErrorCode::AuthFailed);
}

void TestCrypto::everyFlippedByteFails()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray plaintext("twenty bytes of text");
    const QByteArray sealed = crypto::seal(key, plaintext, kAssociated);
    QCOMPARE(sealed.size(), kNonce + plaintext.size() + kTag);
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        for (const char mask : {'\x01', '\x80'}) {
            QByteArray altered = sealed;
            altered[i] = char(altered[i] ^ mask);
            const auto opened = crypto::open(key, altered, kAssociated);
            const QByteArray where = (i < kNonce                      ? QByteArray("nonce ")
                                      : i < kNonce + plaintext.size() ? QByteArray("ciphertext ")
                                                                      : QByteArray("tag "))
                                     + QByteArray::number(i);
            QVERIFY2(!opened, where.constData());
            VERIFY_ERROR(opened, ErrorCode::AuthFailed);
        }
    }
    MIZAN_VERIFY_OK(crypto::open(key, sealed, kAssociated)); // the original still opens
}

void TestCrypto::truncatedInputFails_data()
{
    QTest::addColumn<int>("keep");
    QTest::newRow("nothing") << 0;
    QTest::newRow("one byte") << 1;
    QTest::newRow("nonce only") << int(kNonce);
    QTest::newRow("nonce+tag-1") << int(kNonce + kTag - 1);
    QTest::newRow("nonce+tag") << int(kNonce + kTag);
    QTest::newRow("last byte cut") << -1;
    QTest::newRow("tag cut") << -int(kTag);
}

void TestCrypto::truncatedInputFails()
{
    QFETCH(int, keep);
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = crypto::seal(key, "a payload of some length", kAssociated);
    const QByteArray cut = keep >= 0 ? sealed.left(keep) : sealed.chopped(-keep);
    const auto opened = crypto::open(key, cut, kAssociated);
    VERIFY_ERROR(opened, ErrorCode::AuthFailed);

    // The tag alone moved to the end (ciphertext dropped) does not open either.
    const QByteArray spliced = sealed.left(kNonce) + sealed.right(kTag);
    VERIFY_ERROR(crypto::open(key, spliced, kAssociated), ErrorCode::AuthFailed);
}

void TestCrypto::wrongKeySizeFails()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = crypto::seal(key, "payload", kAssociated);
    for (const size_t size : {size_t(0), size_t(16), size_t(31), size_t(33)}) {
        SecureBytes bad(size);
        if (size)
            std::memcpy(bad.data(), key.data(), std::min<size_t>(size, 32));
        const auto opened = crypto::open(bad, sealed, kAssociated);
        VERIFY_ERROR(opened, ErrorCode::AuthFailed);
    }
}

void TestCrypto::sealUsesAFreshNonce()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray a = crypto::seal(key, "same plaintext", kAssociated);
    const QByteArray b = crypto::seal(key, "same plaintext", kAssociated);
    QVERIFY(a != b);
    QVERIFY(a.left(kNonce) != b.left(kNonce));
    QVERIFY(a.mid(kNonce) != b.mid(kNonce));
    QCOMPARE(toArray(*crypto::open(key, a, kAssociated)), QByteArray("same plaintext"));
    QCOMPARE(toArray(*crypto::open(key, b, kAssociated)), QByteArray("same plaintext"));
}

void TestCrypto::signVerifyRoundTrip()
{
    const crypto::SigningKey key = crypto::generateSigningKey();
    QCOMPARE(key.privateSeed.size(), size_t(32));
    QCOMPARE(key.publicKey.size(), qsizetype(32));
    for (const QByteArray &message :
         {QByteArray(), QByteArray("audit entry 17"), QByteArray(100000, 'x')}) {
        const auto signature = crypto::sign(key.privateSeed, message);
        MIZAN_VERIFY_OK(signature);
        QCOMPARE(signature->size(), qsizetype(64));
        QVERIFY(crypto::verify(key.publicKey, message, *signature));
        // Ed25519 is deterministic.
        QCOMPARE(*crypto::sign(key.privateSeed, message), *signature);
    }
}

void TestCrypto::alteredMessageSignatureOrKeyFail()
{
    const crypto::SigningKey key = crypto::generateSigningKey();
    const QByteArray message("approve model 42 v3");
    const QByteArray signature = *crypto::sign(key.privateSeed, message);
    QVERIFY(crypto::verify(key.publicKey, message, signature));

    QVERIFY(!crypto::verify(key.publicKey, "approve model 42 v4", signature));
    QVERIFY(!crypto::verify(key.publicKey, QByteArray(message + ' '), signature));
    QVERIFY(!crypto::verify(key.publicKey, QByteArray(), signature));
    for (const qsizetype i : {qsizetype(0), qsizetype(31), qsizetype(32), qsizetype(63)}) {
        QByteArray altered = signature;
        altered[i] = char(altered[i] ^ 0x01);
        QVERIFY2(!crypto::verify(key.publicKey, message, altered),
                 QByteArray::number(i).constData());
    }
    const crypto::SigningKey other = crypto::generateSigningKey();
    QVERIFY(!crypto::verify(other.publicKey, message, signature));
    QVERIFY(!crypto::verify(key.publicKey, message, *crypto::sign(other.privateSeed, message)));
}

void TestCrypto::publicKeyOfMatchesGeneratedKey()
{
    const crypto::SigningKey key = crypto::generateSigningKey();
    QCOMPARE(crypto::publicKeyOf(key.privateSeed), key.publicKey);
    QCOMPARE(crypto::publicKeyOf(key.privateSeed.copy()), key.publicKey);
}

void TestCrypto::generatedKeysDiffer()
{
    const crypto::SigningKey a = crypto::generateSigningKey();
    const crypto::SigningKey b = crypto::generateSigningKey();
    QVERIFY(!a.privateSeed.equals(b.privateSeed));
    QVERIFY(a.publicKey != b.publicKey);
}

void TestCrypto::rfc8032Vectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    // RFC 8032 section 7.1, TEST 1 and TEST 2.
    QTest::newRow("test 1")
        << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray()
        << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                               "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("test 2")
        << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << QByteArray::fromHex("72")
        << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                               "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
}

void TestCrypto::rfc8032Vectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    const SecureBytes seed = SecureBytes::fromView(secret);
    QCOMPARE(crypto::publicKeyOf(seed).toHex(), publicKey.toHex());
    const auto signed_ = crypto::sign(seed, message);
    MIZAN_VERIFY_OK(signed_);
    QCOMPARE(signed_->toHex(), signature.toHex());
    QVERIFY(crypto::verify(publicKey, message, signature));
}

void TestCrypto::badSizesAreRefused()
{
    const crypto::SigningKey key = crypto::generateSigningKey();
    const QByteArray signature = *crypto::sign(key.privateSeed, "m");
    QVERIFY(crypto::publicKeyOf(SecureBytes(31)).isEmpty());
    QVERIFY(crypto::publicKeyOf(SecureBytes()).isEmpty());
    const auto bad = crypto::sign(SecureBytes::random(33), "m");
    VERIFY_ERROR(bad, ErrorCode::Internal);
    QVERIFY(!crypto::verify(key.publicKey.left(31), "m", signature));
    QVERIFY(!crypto::verify(QByteArray(key.publicKey + '\0'), "m", signature));
    QVERIFY(!crypto::verify(key.publicKey, "m", signature.left(63)));
    QVERIFY(!crypto::verify(key.publicKey, "m", QByteArray(signature + '\0')));
    QVERIFY(!crypto::verify({}, "m", {}));
    QVERIFY(crypto::publicKeyPem(key.publicKey.left(16)).isEmpty());
}

void TestCrypto::publicKeyPemIsSubjectPublicKeyInfo()
{
    const QByteArray publicKey = QByteArray::fromHex(
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray pem = crypto::publicKeyPem(publicKey);
    QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
    QVERIFY(pem.trimmed().endsWith("-----END PUBLIC KEY-----"));
    // The body is the DER SubjectPublicKeyInfo: the Ed25519 OID (1.3.101.112) prefix + the key.
    QByteArray body = pem;
    body.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
    const QByteArray der = QByteArray::fromBase64(body.simplified().replace(' ', ""));
    QCOMPARE(der.toHex(), QByteArray("302a300506032b6570032100") + publicKey.toHex());
}

void TestCrypto::opensslVerifiesOurSignature()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command is not on PATH");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const crypto::SigningKey key = crypto::generateSigningKey();
    const QByteArray message("audit chain head 0123456789abcdef");
    const QByteArray signature = *crypto::sign(key.privateSeed, message);
    QVERIFY(writeFile(dir.filePath("pub.pem"), crypto::publicKeyPem(key.publicKey)));
    QVERIFY(writeFile(dir.filePath("msg.bin"), message));
    QVERIFY(writeFile(dir.filePath("other.bin"), message + '!'));
    QVERIFY(writeFile(dir.filePath("sig.bin"), signature));

    const auto verifyWithOpenssl = [&](const QString &messageFile) {
        QProcess p;
        p.start(openssl,
                {"pkeyutl",
                 "-verify",
                 "-pubin",
                 "-inkey",
                 dir.filePath("pub.pem"),
                 "-rawin",
                 "-in",
                 dir.filePath(messageFile),
                 "-sigfile",
                 dir.filePath("sig.bin")});
        if (!p.waitForFinished(30000))
            return -1;
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QCOMPARE(verifyWithOpenssl("msg.bin"), 0);
    QVERIFY(verifyWithOpenssl("other.bin") != 0);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
