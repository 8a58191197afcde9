#include "security/Lockout.h"

#include "store/KeySlots.h"

#include <QCoreApplication>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Lockout)
};

} // namespace

qint64 Lockout::delayAfter(int failures)
{
    if (failures <= 0)
        return 0;
    if (failures > 8) // 30 s * 2^7 already exceeds an hour
        return kMaxDelayMs;
    return std::min(kFirstDelayMs << (failures - 1), kMaxDelayMs);
}

Result<> Lockout::check(const KeySlot &slot, qint64 nowMs)
{
    if (slot.lockedOut)
        return fail(ErrorCode::AuthFailed,
                    Tr::tr("The account \"%1\" is locked after %2 failed sign-in attempts; an "
                           "administrator must enable it.")
                        .arg(slot.name)
                        .arg(kMaxFailures));
    if (nowMs < slot.lockedUntilMs) {
        const qint64 seconds = (slot.lockedUntilMs - nowMs + 999) / 1000;
        return fail(ErrorCode::AuthFailed,
                    Tr::tr("Too many failed sign-in attempts for \"%1\"; try again in %2 seconds.")
                        .arg(slot.name)
                        .arg(seconds));
    }
    return {};
}

void Lockout::recordFailure(KeySlot &slot, qint64 nowMs)
{
    slot.failedAttempts += 1;
    slot.lastFailureMs = nowMs;
    slot.lockedUntilMs = nowMs + delayAfter(slot.failedAttempts);
    if (slot.failedAttempts >= kMaxFailures)
        slot.lockedOut = true;
}

void Lockout::recordSuccess(KeySlot &slot)
{
    slot.failedAttempts = 0;
    slot.lockedUntilMs = 0;
}

void Lockout::reset(KeySlot &slot)
{
    slot.failedAttempts = 0;
    slot.lockedUntilMs = 0;
    slot.lockedOut = false;
}

} // namespace mizan
