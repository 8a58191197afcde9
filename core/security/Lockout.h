#pragma once

#include "common/Result.h"

namespace mizan {

struct KeySlot;

/**
 * @brief Login back-off of ARCHITECTURE.md: after the n-th consecutive failure the slot waits
 * 30 s * 2^(n-1), at most 1 hour; after 100 consecutive failures it is locked out until an admin
 * enables it. The counters live in keyslots.json (before any key is known), so they protect the
 * running application; against someone who copies the folder, Argon2id's cost is the defence.
 */
class Lockout
{
public:
    static constexpr qint64 kFirstDelayMs = 30'000;
    static constexpr qint64 kMaxDelayMs = 3'600'000;
    static constexpr int kMaxFailures = 100;

    /** @brief AuthFailed ("try again in N s" / "locked") when the slot may not try now. */
    static Result<> check(const KeySlot &slot, qint64 nowMs);
    static void recordFailure(KeySlot &slot, qint64 nowMs);
    static void recordSuccess(KeySlot &slot);
    /** @brief An admin's "enable": counters back to zero. */
    static void reset(KeySlot &slot);
    static qint64 delayAfter(int failures);
};

} // namespace mizan
