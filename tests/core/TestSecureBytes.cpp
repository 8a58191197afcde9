#include "common/SecureBytes.h"

#include <QTest>

#include <array>
#include <initializer_list>
#include <utility>
#include <vector>

using namespace mizan;

namespace {

SecureBytes bytesOf(std::initializer_list<uint8_t> list)
{
    const std::vector<uint8_t> v(list);
    return SecureBytes(v.data(), v.size());
}

QByteArray toArray(const SecureBytes &bytes)
{
    return bytes.view().toByteArray();
}

} // namespace

class TestSecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsEmpty();
    void sizedIsZeroed();
    void copiesFromPointer();
    void fromView();
    void randomHasTheRequestedSize_data();
    void randomHasTheRequestedSize();
    void twoRandomsDiffer();
    void toHex_data();
    void toHex();
    void equals();
    void moveConstructionEmptiesTheSource();
    void moveAssignmentEmptiesTheSource();
    void selfMoveAssignmentKeepsTheBytes();
    void copyIsEqualAndIndependent();
    void clearEmpties();
    void spanAndViewSeeTheBytes();
};

void TestSecureBytes::defaultIsEmpty()
{
    const SecureBytes b;
    QVERIFY(b.isEmpty());
    QCOMPARE(b.size(), size_t(0));
    QVERIFY(b.data() == nullptr);
    QVERIFY(b.view().isEmpty());
    QVERIFY(b.toHex().isEmpty());
}

void TestSecureBytes::sizedIsZeroed()
{
    const SecureBytes b(24);
    QCOMPARE(b.size(), size_t(24));
    QVERIFY(!b.isEmpty());
    QCOMPARE(toArray(b), QByteArray(24, '\0'));
}

void TestSecureBytes::copiesFromPointer()
{
    std::array<uint8_t, 4> raw{1, 2, 3, 4};
    const SecureBytes b(raw.data(), raw.size());
    raw[0] = 9; // the buffer is a copy, not a view
    QCOMPARE(toArray(b), QByteArray("\x01\x02\x03\x04", 4));
    QVERIFY(b.data() != raw.data());
}

void TestSecureBytes::fromView()
{
    const QByteArray source("key\0material", 12);
    const SecureBytes b = SecureBytes::fromView(source);
    QCOMPARE(b.size(), size_t(12));
    QCOMPARE(toArray(b), source);
    QVERIFY(SecureBytes::fromView(QByteArrayView()).isEmpty());
}

void TestSecureBytes::randomHasTheRequestedSize_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("0") << 0;
    QTest::newRow("1") << 1;
    QTest::newRow("12") << 12;
    QTest::newRow("32") << 32;
    QTest::newRow("4096") << 4096;
}

void TestSecureBytes::randomHasTheRequestedSize()
{
    QFETCH(int, size);
    const SecureBytes b = SecureBytes::random(size_t(size));
    QCOMPARE(b.size(), size_t(size));
    QCOMPARE(b.isEmpty(), size == 0);
    if (size >= 32) // 2^-256: an all-zero buffer means RAND_bytes did not write
        QVERIFY(toArray(b) != QByteArray(size, '\0'));
}

void TestSecureBytes::twoRandomsDiffer()
{
    const SecureBytes a = SecureBytes::random(32);
    const SecureBytes b = SecureBytes::random(32);
    QVERIFY(!a.equals(b));
    QVERIFY(toArray(a) != toArray(b));
}

void TestSecureBytes::toHex_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("hex");
    // clang-format off
    QTest::newRow("empty")      << QByteArray()                            << QByteArray();
    QTest::newRow("zero")       << QByteArray(1, '\0')                     << QByteArray("00");
    QTest::newRow("nibbles")    << QByteArray("\x01\x23\x45\x67\x89", 5)   << QByteArray("0123456789");
    QTest::newRow("lower case") << QByteArray("\xab\xcd\xef\xff\x0f\xf0", 6) << QByteArray("abcdefff0ff0");
    QTest::newRow("text")       << QByteArray("Mizan")                     << QByteArray("4d697a616e");
    // clang-format on
}

void TestSecureBytes::toHex()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, hex);
    const SecureBytes b = SecureBytes::fromView(bytes);
    const SecureBytes h = b.toHex();
    QCOMPARE(h.size(), size_t(hex.size()));
    QCOMPARE(toArray(h), hex);
    QCOMPARE(toArray(h), bytes.toHex()); // agrees with Qt's encoder
}

void TestSecureBytes::equals()
{
    const SecureBytes a = bytesOf({1, 2, 3, 4});
    QVERIFY(a.equals(a));
    QVERIFY(a.equals(bytesOf({1, 2, 3, 4})));
    QVERIFY(!a.equals(bytesOf({1, 2, 3, 5})));    // last byte
    QVERIFY(!a.equals(bytesOf({0, 2, 3, 4})));    // first byte
    QVERIFY(!a.equals(bytesOf({1, 2, 3})));       // prefix
    QVERIFY(!a.equals(bytesOf({1, 2, 3, 4, 0}))); // longer
    QVERIFY(!a.equals(SecureBytes()));
    QVERIFY(!SecureBytes().equals(a));
    QVERIFY(SecureBytes().equals(SecureBytes()));
    QVERIFY(SecureBytes(3).equals(bytesOf({0, 0, 0})));
}

void TestSecureBytes::moveConstructionEmptiesTheSource()
{
    SecureBytes source = bytesOf({7, 8, 9});
    const uint8_t *buffer = source.data();
    SecureBytes target(std::move(source));
    QCOMPARE(toArray(target), QByteArray("\x07\x08\x09", 3));
    QVERIFY(target.data() == buffer); // the buffer moved, it was not copied
    // NOLINTBEGIN(bugprone-use-after-move): the moved-from state is what is under test
    QVERIFY(source.isEmpty());
    QCOMPARE(source.size(), size_t(0));
    QVERIFY(source.data() == nullptr);
    // NOLINTEND(bugprone-use-after-move)
}

void TestSecureBytes::moveAssignmentEmptiesTheSource()
{
    SecureBytes source = bytesOf({1, 2});
    SecureBytes target = bytesOf({5, 5, 5, 5});
    target = std::move(source);
    QCOMPARE(toArray(target), QByteArray("\x01\x02", 2));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
    QVERIFY(source.data() == nullptr);

    // A moved-from buffer can be reused.
    source = SecureBytes::random(8);
    QCOMPARE(source.size(), size_t(8));
}

void TestSecureBytes::selfMoveAssignmentKeepsTheBytes()
{
    SecureBytes b = bytesOf({4, 2});
    SecureBytes &alias = b;
    b = std::move(alias);
    QCOMPARE(toArray(b), QByteArray("\x04\x02", 2));
}

void TestSecureBytes::copyIsEqualAndIndependent()
{
    SecureBytes original = SecureBytes::random(32);
    SecureBytes copy = original.copy();
    QVERIFY(copy.equals(original));
    QVERIFY(copy.data() != original.data());
    copy.data()[0] ^= 0xFF;
    QVERIFY(!copy.equals(original));
    copy.clear();
    QCOMPARE(original.size(), size_t(32)); // clearing the copy leaves the original alone
    QVERIFY(SecureBytes().copy().isEmpty());
}

void TestSecureBytes::clearEmpties()
{
    SecureBytes b = SecureBytes::random(16);
    b.clear();
    QVERIFY(b.isEmpty());
    QCOMPARE(b.size(), size_t(0));
    QVERIFY(b.data() == nullptr);
    QVERIFY(b.view().isEmpty());
    b.clear(); // twice is harmless
    QVERIFY(b.isEmpty());
}

void TestSecureBytes::spanAndViewSeeTheBytes()
{
    const SecureBytes b = bytesOf({0x10, 0x20, 0x30});
    const std::span<const uint8_t> s = b.span();
    QCOMPARE(s.size(), size_t(3));
    QCOMPARE(s[1], uint8_t(0x20));
    QVERIFY(s.data() == b.data());
    QCOMPARE(b.view().size(), qsizetype(3));
    QVERIFY(reinterpret_cast<const uint8_t *>(b.view().data()) == b.data());
}

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "TestSecureBytes.moc"
