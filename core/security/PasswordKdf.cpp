#include "security/PasswordKdf.h"

#include "common/JsonFields.h"

#include <QCoreApplication>

#include <argon2.h>

#include <atomic>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::PasswordKdf)
};

std::atomic<bool> s_testCost{false};

constexpr quint32 kMinMemoryKiB = 19 * 1024;
constexpr quint32 kMinPasses = 2;
constexpr quint32 kMaxMemoryKiB = 4 * 1024 * 1024; // 4 GiB: a slot cannot ask for more

} // namespace

void KdfParams::allowTestCost(bool allow)
{
    s_testCost = allow;
}

bool KdfParams::testCostAllowed()
{
    return s_testCost;
}

KdfParams KdfParams::testParams()
{
    KdfParams p = withFreshSalt();
    p.memoryKiB = 8;
    p.passes = 1;
    p.lanes = 1;
    return p;
}

KdfParams KdfParams::withFreshSalt()
{
    KdfParams p;
    const SecureBytes salt = SecureBytes::random(16);
    p.salt = salt.view().toByteArray();
    return p;
}

Result<> KdfParams::validate() const
{
    const bool test = s_testCost;
    if (salt.size() < 16)
        return fail(ErrorCode::InvalidInput, Tr::tr("the Argon2id salt must be at least 16 bytes"));
    if (lanes < 1 || lanes > 16)
        return fail(ErrorCode::InvalidInput, Tr::tr("Argon2id lanes must be from 1 to 16"));
    if (memoryKiB > kMaxMemoryKiB || memoryKiB < 8 * lanes || (!test && memoryKiB < kMinMemoryKiB))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("Argon2id memory must be from %1 MiB to 4 GiB").arg(kMinMemoryKiB / 1024));
    if (passes > 100 || passes < 1 || (!test && passes < kMinPasses))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("Argon2id passes must be from %1 to 100").arg(kMinPasses));
    return {};
}

QJsonObject KdfParams::toJson() const
{
    return QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                       {QStringLiteral("memory_kib"), qint64(memoryKiB)},
                       {QStringLiteral("passes"), qint64(passes)},
                       {QStringLiteral("lanes"), qint64(lanes)},
                       {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}};
}

Result<KdfParams> KdfParams::fromJson(const QJsonObject &json, const QString &source)
{
    const JsonFields f(json, source, QStringLiteral("kdf"));
    MIZAN_CHECK(f.checkKeys({QStringLiteral("algorithm"),
                             QStringLiteral("memory_kib"),
                             QStringLiteral("passes"),
                             QStringLiteral("lanes"),
                             QStringLiteral("salt")}));
    MIZAN_TRY(algorithm, f.string(QStringLiteral("algorithm")));
    if (algorithm != QLatin1String("argon2id"))
        return fail(f.error(QStringLiteral("algorithm"), Tr::tr("expected \"argon2id\"")));
    MIZAN_TRY(memory, f.integer(QStringLiteral("memory_kib"), 8, kMaxMemoryKiB));
    MIZAN_TRY(passes, f.integer(QStringLiteral("passes"), 1, 100));
    MIZAN_TRY(lanes, f.integer(QStringLiteral("lanes"), 1, 16));
    MIZAN_TRY(salt, f.string(QStringLiteral("salt")));
    KdfParams p;
    p.memoryKiB = static_cast<quint32>(memory);
    p.passes = static_cast<quint32>(passes);
    p.lanes = static_cast<quint32>(lanes);
    // Strict: fromBase64() would skip stray characters and accept a damaged salt.
    auto decoded = QByteArray::fromBase64Encoding(salt.toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(f.error(QStringLiteral("salt"), Tr::tr("expected base64")));
    p.salt = std::move(*decoded);
    if (auto r = p.validate(); !r)
        return fail(f.error(QString(), r.error().message));
    return p;
}

Result<SecureBytes> deriveKey(const SecureBytes &password, const KdfParams &params)
{
    MIZAN_CHECK(params.validate());
    SecureBytes key(32);
    const int rc = argon2id_hash_raw(params.passes,
                                     params.memoryKiB,
                                     params.lanes,
                                     password.data(),
                                     password.size(),
                                     params.salt.constData(),
                                     static_cast<size_t>(params.salt.size()),
                                     key.data(),
                                     key.size());
    if (rc != ARGON2_OK)
        return fail(ErrorCode::Internal,
                    Tr::tr("Argon2id failed: %1").arg(QString::fromLatin1(argon2_error_message(rc))));
    return key;
}

} // namespace mizan
