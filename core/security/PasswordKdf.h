#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>

namespace mizan {

/**
 * @brief Argon2id parameters of one key slot, stored beside it (keyslots.json). Defaults: 64 MiB,
 * 3 passes, 2 lanes; never below 19 MiB and 2 passes (OWASP's floor) unless a test lowers the
 * floor with allowTestCost().
 */
struct KdfParams
{
    quint32 memoryKiB = 64 * 1024;
    quint32 passes = 3;
    quint32 lanes = 2;
    QByteArray salt; ///< 16 random bytes

    static KdfParams withFreshSalt();
    Result<> validate() const;
    QJsonObject toJson() const;
    static Result<KdfParams> fromJson(const QJsonObject &json, const QString &source);
    bool operator==(const KdfParams &) const = default;

    /** @brief Lets tests use cheap parameters (down to 8 KiB, 1 pass). Never called by the apps. */
    static void allowTestCost(bool allow);
    static bool testCostAllowed();
    /** @brief The cheapest parameters validate() accepts in tests. */
    static KdfParams testParams();
};

/**
 * @brief Derives a 256-bit key from a password with Argon2id (libargon2). Thread-safe; takes
 * as long as the parameters ask (about half a second with the defaults here), so call it off
 * the UI thread.
 */
Result<SecureBytes> deriveKey(const SecureBytes &password, const KdfParams &params);

} // namespace mizan
