#include "common/SealedBox.h"

#include "TestPaths.h"

#include <QTest>

using namespace mizan;

namespace {

const QByteArray kAad = QByteArrayLiteral("mizan.envelope/1\nws-1234\nlayla\n3");

QByteArray plainOf(const Result<SecureBytes> &r)
{
    return r ? r->view().toByteArray() : QByteArray();
}

void verifyAuthFailed(const Result<SecureBytes> &r, const char *what)
{
    QVERIFY2(!r, what);
    QCOMPARE(r.error().code, ErrorCode::AuthFailed);
}

} // namespace

class TestSealedBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void freshEphemeralKeyEachTime();
    void otherRecipientFails();
    void associatedDataMismatchFails();
    void flippedBytesFail();
    void truncatedFails();
    void publicKeyOfIsConsistent();
    void badKeysAreRefused();
};

void TestSealedBox::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("data key") << SecureBytes::random(32).view().toByteArray() << kAad;
    QTest::newRow("text") << QByteArrayLiteral("the quick brown fox") << kAad;
    QTest::newRow("empty plaintext") << QByteArray() << kAad;
    QTest::newRow("empty aad") << QByteArrayLiteral("secret") << QByteArray();
    QTest::newRow("large") << QByteArray(100'000, 'z') << QByteArray(1000, '\1');
}

void TestSealedBox::roundTrip()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, aad);
    const crypto::BoxKey key = crypto::generateBoxKey();
    QCOMPARE(key.privateKey.size(), size_t(32));
    QCOMPARE(key.publicKey.size(), 32);
    const QByteArray sealed = crypto::sealTo(key.publicKey, plain, aad);
    QVERIFY(!sealed.isEmpty());
    // ephemeral public key (32) || nonce (12) || ciphertext || tag (16)
    QCOMPARE(sealed.size(), 32 + 12 + plain.size() + 16);
    QVERIFY(plain.size() < 8 || !sealed.contains(plain));
    const Result<SecureBytes> opened = crypto::openSealed(key.privateKey, sealed, aad);
    MIZAN_VERIFY_OK(opened);
    QCOMPARE(plainOf(opened), plain);
}

void TestSealedBox::freshEphemeralKeyEachTime()
{
    const crypto::BoxKey key = crypto::generateBoxKey();
    const QByteArray plain = QByteArrayLiteral("same plaintext");
    const QByteArray a = crypto::sealTo(key.publicKey, plain, kAad);
    const QByteArray b = crypto::sealTo(key.publicKey, plain, kAad);
    QVERIFY(a != b);
    QVERIFY(a.first(32) != b.first(32)); // a new ephemeral key every time
    QVERIFY(a.first(32) != key.publicKey);
    QCOMPARE(plainOf(crypto::openSealed(key.privateKey, a, kAad)), plain);
    QCOMPARE(plainOf(crypto::openSealed(key.privateKey, b, kAad)), plain);
}

void TestSealedBox::otherRecipientFails()
{
    const crypto::BoxKey alice = crypto::generateBoxKey();
    const crypto::BoxKey bob = crypto::generateBoxKey();
    QVERIFY(alice.publicKey != bob.publicKey);
    const QByteArray sealed = crypto::sealTo(alice.publicKey, "for alice only", kAad);
    verifyAuthFailed(crypto::openSealed(bob.privateKey, sealed, kAad), "bob opened alice's box");
    verifyAuthFailed(crypto::openSealed(SecureBytes::random(32), sealed, kAad), "random key");
    MIZAN_VERIFY_OK(crypto::openSealed(alice.privateKey, sealed, kAad));
}

void TestSealedBox::associatedDataMismatchFails()
{
    const crypto::BoxKey key = crypto::generateBoxKey();
    const QByteArray sealed = crypto::sealTo(key.publicKey, "data key", kAad);
    QByteArray otherName = kAad;
    otherName.replace("layla", "laylb");
    verifyAuthFailed(crypto::openSealed(key.privateKey, sealed, otherName), "other name");
    verifyAuthFailed(crypto::openSealed(key.privateKey, sealed, QByteArray()), "no aad");
    verifyAuthFailed(crypto::openSealed(key.privateKey, sealed, QByteArray(kAad + '\n')),
                     "longer aad");
    verifyAuthFailed(crypto::openSealed(key.privateKey, sealed, kAad.chopped(1)), "shorter aad");
}

void TestSealedBox::flippedBytesFail()
{
    const crypto::BoxKey key = crypto::generateBoxKey();
    const QByteArray sealed = crypto::sealTo(key.publicKey,
                                             "a 32-byte data key goes in here!",
                                             kAad);
    QVERIFY(!sealed.isEmpty());
    // Every byte matters: ephemeral key, nonce, ciphertext and tag.
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        for (char bit : {char(0x01), char(0x80)}) {
            QByteArray altered = sealed;
            altered[i] = char(altered[i] ^ bit);
            const Result<SecureBytes> r = crypto::openSealed(key.privateKey, altered, kAad);
            QVERIFY2(!r,
                     qPrintable(
                         QStringLiteral("byte %1 bit %2 flipped").arg(i).arg(int(uchar(bit)))));
            QCOMPARE(r.error().code, ErrorCode::AuthFailed);
        }
    }
}

void TestSealedBox::truncatedFails()
{
    const crypto::BoxKey key = crypto::generateBoxKey();
    const QByteArray sealed = crypto::sealTo(key.publicKey, "data key", kAad);
    for (qsizetype size = 0; size < sealed.size(); ++size) {
        const Result<SecureBytes> r = crypto::openSealed(key.privateKey, sealed.first(size), kAad);
        QVERIFY2(!r, qPrintable(QStringLiteral("truncated to %1 bytes").arg(size)));
        QCOMPARE(r.error().code, ErrorCode::AuthFailed);
    }
    verifyAuthFailed(crypto::openSealed(key.privateKey, QByteArray(sealed + '\0'), kAad),
                     "extended");
    verifyAuthFailed(crypto::openSealed(key.privateKey, sealed.sliced(1), kAad), "first byte cut");
}

void TestSealedBox::publicKeyOfIsConsistent()
{
    for (int i = 0; i < 8; ++i) {
        const crypto::BoxKey key = crypto::generateBoxKey();
        QCOMPARE(crypto::boxPublicKeyOf(key.privateKey), key.publicKey);
        QCOMPARE(crypto::boxPublicKeyOf(key.privateKey.copy()), key.publicKey);
    }
    // RFC 7748 section 6.1 test vector (Alice).
    const QByteArray alicePrivate = QByteArray::fromHex(
        "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    const QByteArray alicePublic = QByteArray::fromHex(
        "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    QCOMPARE(crypto::boxPublicKeyOf(SecureBytes::fromView(alicePrivate)), alicePublic);
    // Two different private keys, two different public keys.
    QVERIFY(crypto::generateBoxKey().publicKey != crypto::generateBoxKey().publicKey);
}

void TestSealedBox::badKeysAreRefused()
{
    QVERIFY(crypto::boxPublicKeyOf(SecureBytes()).isEmpty());
    QVERIFY(crypto::boxPublicKeyOf(SecureBytes::random(31)).isEmpty());
    QVERIFY(crypto::boxPublicKeyOf(SecureBytes::random(33)).isEmpty());
    QVERIFY(crypto::sealTo(QByteArray(31, 'a'), "x", kAad).isEmpty());
    QVERIFY(crypto::sealTo(QByteArray(), "x", kAad).isEmpty());
    const crypto::BoxKey key = crypto::generateBoxKey();
    const QByteArray sealed = crypto::sealTo(key.publicKey, "x", kAad);
    verifyAuthFailed(crypto::openSealed(SecureBytes::random(31), sealed, kAad), "short private key");
    verifyAuthFailed(crypto::openSealed(SecureBytes(), sealed, kAad), "no private key");
}

QTEST_GUILESS_MAIN(TestSealedBox)
#include "TestSealedBox.moc"
