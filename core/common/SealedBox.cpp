#include "common/SealedBox.h"

#include "common/Crypto.h"
#include "common/OpenSslSupport.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

namespace mizan::crypto {

using detail::authFailed;
using detail::bytes;
using detail::PKey;

namespace {

constexpr size_t kKey = 32;

/** X25519(private, peer) then HKDF-SHA256(salt = ephemeral || recipient, info = label). */
bool agree(const SecureBytes &privateKey,
           QByteArrayView peerPublic,
           QByteArrayView ephemeral,
           QByteArrayView recipient,
           SecureBytes &out)
{
    PKey mine;
    PKey peer;
    mine.key = EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, privateKey.data(), kKey);
    peer.key = EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(peerPublic), kKey);
    if (!mine.key || !peer.key)
        return false;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new(mine.key,
                                                                                     nullptr),
                                                                    &EVP_PKEY_CTX_free);
    SecureBytes shared(kKey);
    size_t sharedSize = kKey;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1
        || EVP_PKEY_derive_set_peer(ctx.get(), peer.key) != 1
        || EVP_PKEY_derive(ctx.get(), shared.data(), &sharedSize) != 1 || sharedSize != kKey)
        return false;

    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr),
                                                          &EVP_KDF_free);
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> kctx(kdf ? EVP_KDF_CTX_new(kdf.get())
                                                                       : nullptr,
                                                                   &EVP_KDF_CTX_free);
    QByteArray salt = ephemeral.toByteArray() + recipient.toByteArray();
    static const char kInfo[] = "mizan sealed box v1";
    char digest[] = "SHA256";
    OSSL_PARAM params[]
        = {OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
           OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, shared.data(), shared.size()),
           OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(), size_t(salt.size())),
           OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO,
                                             const_cast<char *>(kInfo),
                                             sizeof(kInfo) - 1),
           OSSL_PARAM_construct_end()};
    out = SecureBytes(kKey);
    return kctx && EVP_KDF_derive(kctx.get(), out.data(), kKey, params) == 1;
}

} // namespace

BoxKey generateBoxKey()
{
    BoxKey key;
    key.privateKey = SecureBytes::random(kKey);
    key.publicKey = boxPublicKeyOf(key.privateKey);
    return key;
}

QByteArray boxPublicKeyOf(const SecureBytes &privateKey)
{
    if (privateKey.size() != kKey)
        return {};
    PKey k;
    k.key = EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, privateKey.data(), kKey);
    QByteArray out(kKey, Qt::Uninitialized);
    size_t size = kKey;
    if (!k.key
        || EVP_PKEY_get_raw_public_key(k.key, reinterpret_cast<unsigned char *>(out.data()), &size)
               != 1)
        return {};
    return out;
}

QByteArray sealTo(QByteArrayView recipientPublicKey,
                  QByteArrayView plaintext,
                  QByteArrayView associated)
{
    if (recipientPublicKey.size() != qsizetype(kKey))
        return {};
    const BoxKey ephemeral = generateBoxKey();
    SecureBytes key;
    if (!agree(ephemeral.privateKey,
               recipientPublicKey,
               ephemeral.publicKey,
               recipientPublicKey,
               key))
        return {};
    return ephemeral.publicKey + seal(key, plaintext, associated);
}

Result<SecureBytes> openSealed(const SecureBytes &privateKey,
                               QByteArrayView sealed,
                               QByteArrayView associated)
{
    if (privateKey.size() != kKey || sealed.size() < qsizetype(kKey))
        return fail(authFailed());
    const QByteArrayView ephemeral = sealed.first(kKey);
    const QByteArray recipient = boxPublicKeyOf(privateKey);
    SecureBytes key;
    if (!agree(privateKey, ephemeral, ephemeral, recipient, key))
        return fail(authFailed());
    return open(key, sealed.sliced(kKey), associated);
}

} // namespace mizan::crypto
