#include "security/Lockout.h"

#include "common/Clock.h"
#include "store/KeySlots.h"

#include "TestPaths.h"

#include <QTest>

using namespace mizan;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;

KeySlot freshSlot()
{
    KeySlot slot;
    slot.name = QStringLiteral("layla");
    return slot;
}

} // namespace

class TestLockout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delays_data();
    void delays();
    void freshSlotMayTry();
    void checkFailsDuringTheDelayAndPassesAfter();
    void delayGrowsWithEachFailure();
    void successClearsTheBackOff();
    void lockedOutAfterMaxFailures();
    void resetClearsEverything();
};

void TestLockout::delays_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("none") << 0 << qint64(0);
    QTest::newRow("negative") << -3 << qint64(0);
    QTest::newRow("1") << 1 << 30 * kSecond;
    QTest::newRow("2") << 2 << 60 * kSecond;
    QTest::newRow("3") << 3 << 120 * kSecond;
    QTest::newRow("4") << 4 << 240 * kSecond;
    QTest::newRow("5") << 5 << 480 * kSecond;
    QTest::newRow("6") << 6 << 960 * kSecond;
    QTest::newRow("7") << 7 << 1920 * kSecond;
    QTest::newRow("8 (3840 s, capped)") << 8 << kHour;
    QTest::newRow("9") << 9 << kHour;
    QTest::newRow("50") << 50 << kHour;
    QTest::newRow("99") << 99 << kHour;
    QTest::newRow("100") << 100 << kHour;
    QTest::newRow("huge") << 1'000'000 << kHour;
}

void TestLockout::delays()
{
    QFETCH(int, failures);
    QFETCH(qint64, delayMs);
    QCOMPARE(Lockout::delayAfter(failures), delayMs);
}

void TestLockout::freshSlotMayTry()
{
    const KeySlot slot = freshSlot();
    MIZAN_VERIFY_OK(Lockout::check(slot, ManualClock().nowMs()));
    MIZAN_VERIFY_OK(Lockout::check(slot, 0));
}

void TestLockout::checkFailsDuringTheDelayAndPassesAfter()
{
    ManualClock clock;
    KeySlot slot = freshSlot();
    const qint64 failedAt = clock.nowMs();
    Lockout::recordFailure(slot, failedAt);
    QCOMPARE(slot.failedAttempts, 1);
    QCOMPARE(slot.lastFailureMs, failedAt);
    QCOMPARE(slot.lockedUntilMs, failedAt + 30 * kSecond);
    QVERIFY(!slot.lockedOut);

    // Straight away, one second before the end, and one millisecond before it: refused.
    for (qint64 offset : {qint64(0), qint64(1), 10 * kSecond, 29 * kSecond, 30 * kSecond - 1}) {
        clock.set(failedAt + offset);
        const Result<> r = Lockout::check(slot, clock.nowMs());
        QVERIFY2(!r, qPrintable(QStringLiteral("at +%1 ms").arg(offset)));
        QCOMPARE(r.error().code, ErrorCode::AuthFailed);
        QVERIFY2(r.error().message.contains(slot.name), qPrintable(r.error().message));
    }
    // The message says how long to wait, rounded up to whole seconds.
    clock.set(failedAt + 10 * kSecond);
    const Result<> waiting = Lockout::check(slot, clock.nowMs());
    QVERIFY(!waiting);
    QVERIFY2(waiting.error().message.contains(QStringLiteral("20")),
             qPrintable(waiting.error().message));

    // When the delay has passed: allowed again (the counter stays until a success).
    clock.set(failedAt + 30 * kSecond);
    MIZAN_VERIFY_OK(Lockout::check(slot, clock.nowMs()));
    clock.advance(kHour);
    MIZAN_VERIFY_OK(Lockout::check(slot, clock.nowMs()));
    QCOMPARE(slot.failedAttempts, 1);
}

void TestLockout::delayGrowsWithEachFailure()
{
    ManualClock clock;
    KeySlot slot = freshSlot();
    const qint64 expected[] = {30 * kSecond,
                               60 * kSecond,
                               120 * kSecond,
                               240 * kSecond,
                               480 * kSecond,
                               960 * kSecond,
                               1920 * kSecond,
                               kHour,
                               kHour,
                               kHour};
    for (int i = 0; i < int(std::size(expected)); ++i) {
        // The user waits out the previous delay, then fails again.
        MIZAN_VERIFY_OK(Lockout::check(slot, clock.nowMs()));
        Lockout::recordFailure(slot, clock.nowMs());
        QCOMPARE(slot.failedAttempts, i + 1);
        const qint64 delay = slot.lockedUntilMs - clock.nowMs();
        QCOMPARE(delay, expected[i]);
        clock.advance(delay - 1);
        QVERIFY(!Lockout::check(slot, clock.nowMs()));
        clock.advance(1);
    }
    QVERIFY(!slot.lockedOut);
}

void TestLockout::successClearsTheBackOff()
{
    ManualClock clock;
    KeySlot slot = freshSlot();
    for (int i = 0; i < 5; ++i)
        Lockout::recordFailure(slot, clock.nowMs());
    QVERIFY(!Lockout::check(slot, clock.nowMs()));
    Lockout::recordSuccess(slot);
    QCOMPARE(slot.failedAttempts, 0);
    QCOMPARE(slot.lockedUntilMs, qint64(0));
    MIZAN_VERIFY_OK(Lockout::check(slot, clock.nowMs()));
    // The next failure starts from 30 s again.
    Lockout::recordFailure(slot, clock.nowMs());
    QCOMPARE(slot.lockedUntilMs - clock.nowMs(), 30 * kSecond);
}

void TestLockout::lockedOutAfterMaxFailures()
{
    QCOMPARE(Lockout::kMaxFailures, 100);
    ManualClock clock;
    KeySlot slot = freshSlot();
    for (int i = 1; i < Lockout::kMaxFailures; ++i) {
        Lockout::recordFailure(slot, clock.nowMs());
        QVERIFY2(!slot.lockedOut, qPrintable(QStringLiteral("locked out after %1").arg(i)));
        clock.advance(Lockout::delayAfter(i));
    }
    QCOMPARE(slot.failedAttempts, 99);
    MIZAN_VERIFY_OK(Lockout::check(slot, clock.nowMs()));

    Lockout::recordFailure(slot, clock.nowMs()); // the 100th
    QCOMPARE(slot.failedAttempts, 100);
    QVERIFY(slot.lockedOut);
    for (qint64 later : {qint64(0), kHour, 2 * kHour, 24 * kHour, 365 * 24 * kHour}) {
        const Result<> r = Lockout::check(slot, clock.nowMs() + later);
        QVERIFY2(!r, qPrintable(QStringLiteral("at +%1 ms").arg(later)));
        QCOMPARE(r.error().code, ErrorCode::AuthFailed);
        QVERIFY2(r.error().message.contains(QStringLiteral("100")), qPrintable(r.error().message));
    }
    // Only an admin's reset enables it: a (hypothetical) success does not.
    Lockout::recordSuccess(slot);
    QVERIFY(!Lockout::check(slot, clock.nowMs() + 2 * kHour));
}

void TestLockout::resetClearsEverything()
{
    ManualClock clock;
    KeySlot slot = freshSlot();
    for (int i = 0; i < Lockout::kMaxFailures; ++i)
        Lockout::recordFailure(slot, clock.nowMs());
    QVERIFY(slot.lockedOut);
    QVERIFY(!Lockout::check(slot, clock.nowMs()));

    Lockout::reset(slot);
    QCOMPARE(slot.failedAttempts, 0);
    QCOMPARE(slot.lockedUntilMs, qint64(0));
    QVERIFY(!slot.lockedOut);
    MIZAN_VERIFY_OK(Lockout::check(slot, clock.nowMs()));

    // After a reset the count starts again from zero.
    Lockout::recordFailure(slot, clock.nowMs());
    QCOMPARE(slot.failedAttempts, 1);
    QCOMPARE(slot.lockedUntilMs - clock.nowMs(), 30 * kSecond);
    QVERIFY(!slot.lockedOut);
}

QTEST_GUILESS_MAIN(TestLockout)
#include "TestLockout.moc"
