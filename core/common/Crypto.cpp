#include "common/Crypto.h"

#include "common/OpenSslSupport.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstring>
#include <memory>

namespace mizan::crypto {

using detail::authFailed;
using detail::bytes;
using Key = detail::PKey;

namespace {

constexpr int kNonce = 12;
constexpr int kTag = 16;

struct CipherContext
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
};

struct DigestContext
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~DigestContext() { EVP_MD_CTX_free(ctx); }
};

} // namespace

QByteArray seal(const SecureBytes &key, QByteArrayView plaintext, QByteArrayView associated)
{
    Q_ASSERT(key.size() == 32);
    QByteArray out(kNonce + plaintext.size() + kTag, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    const SecureBytes nonce = SecureBytes::random(kNonce);
    std::memcpy(o, nonce.data(), kNonce);
    CipherContext c;
    int length = 0;
    if (!c.ctx || EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonce, nullptr) != 1
        || EVP_EncryptInit_ex(c.ctx, nullptr, nullptr, key.data(), nonce.data()) != 1
        || (!associated.isEmpty()
            && EVP_EncryptUpdate(c.ctx, nullptr, &length, bytes(associated), int(associated.size()))
                   != 1)
        || EVP_EncryptUpdate(c.ctx, o + kNonce, &length, bytes(plaintext), int(plaintext.size()))
               != 1
        || EVP_EncryptFinal_ex(c.ctx, o + kNonce + length, &length) != 1
        || EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTag, o + kNonce + plaintext.size())
               != 1)
        qFatal("OpenSSL AES-256-GCM failed"); // only without memory: nothing sensible to do
    return out;
}

Result<SecureBytes> open(const SecureBytes &key, QByteArrayView sealed, QByteArrayView associated)
{
    if (key.size() != 32 || sealed.size() < kNonce + kTag)
        return fail(authFailed());
    const qsizetype length = sealed.size() - kNonce - kTag;
    SecureBytes plain(static_cast<size_t>(length));
    const unsigned char *s = bytes(sealed);
    CipherContext c;
    int written = 0;
    unsigned char tag[kTag];
    std::memcpy(tag, s + kNonce + length, kTag);
    if (!c.ctx || EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonce, nullptr) != 1
        || EVP_DecryptInit_ex(c.ctx, nullptr, nullptr, key.data(), s) != 1
        || (!associated.isEmpty()
            && EVP_DecryptUpdate(c.ctx, nullptr, &written, bytes(associated), int(associated.size()))
                   != 1)
        || EVP_DecryptUpdate(c.ctx, plain.data(), &written, s + kNonce, int(length)) != 1
        || EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTag, tag) != 1
        || EVP_DecryptFinal_ex(c.ctx, plain.data() + written, &written) != 1)
        return fail(authFailed()); // `plain` is wiped on the way out
    return plain;
}

SigningKey generateSigningKey()
{
    SigningKey key;
    key.privateSeed = SecureBytes::random(32);
    key.publicKey = publicKeyOf(key.privateSeed);
    return key;
}

QByteArray hmacSha256(const SecureBytes &key, QByteArrayView data)
{
    QByteArray out(32, '\0');
    size_t length = 0;
    if (!EVP_Q_mac(nullptr,
                   "HMAC",
                   nullptr,
                   "SHA256",
                   nullptr,
                   key.data(),
                   static_cast<size_t>(key.size()),
                   reinterpret_cast<const unsigned char *>(data.data()),
                   static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char *>(out.data()),
                   static_cast<size_t>(out.size()),
                   &length)
        || length != 32)
        return {};
    return out;
}

QByteArray publicKeyOf(const SecureBytes &privateSeed)
{
    if (privateSeed.size() != 32)
        return {};
    Key k;
    k.key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, privateSeed.data(), 32);
    QByteArray out(32, Qt::Uninitialized);
    size_t size = 32;
    if (!k.key
        || EVP_PKEY_get_raw_public_key(k.key, reinterpret_cast<unsigned char *>(out.data()), &size)
               != 1)
        return {};
    return out;
}

Result<QByteArray> sign(const SecureBytes &privateSeed, QByteArrayView message)
{
    Key k;
    k.key = privateSeed.size() == 32
                ? EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, privateSeed.data(), 32)
                : nullptr;
    DigestContext d;
    QByteArray signature(64, Qt::Uninitialized);
    size_t size = 64;
    if (!k.key || !d.ctx || EVP_DigestSignInit(d.ctx, nullptr, nullptr, nullptr, k.key) != 1
        || EVP_DigestSign(d.ctx,
                          reinterpret_cast<unsigned char *>(signature.data()),
                          &size,
                          bytes(message),
                          size_t(message.size()))
               != 1)
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("mizan::Crypto", "Ed25519 signing failed."));
    return signature;
}

bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    Key k;
    k.key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32);
    DigestContext d;
    return k.key && d.ctx && EVP_DigestVerifyInit(d.ctx, nullptr, nullptr, nullptr, k.key) == 1
           && EVP_DigestVerify(d.ctx, bytes(signature), 64, bytes(message), size_t(message.size()))
                  == 1;
}

QByteArray publicKeyPem(QByteArrayView publicKey)
{
    Key k;
    k.key = publicKey.size() == 32
                ? EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32)
                : nullptr;
    if (!k.key)
        return {};
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), k.key) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QByteArray publicKeyFromPem(QByteArrayView pem)
{
    if (pem.isEmpty() || pem.size() > 4096)
        return {};
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), int(pem.size())),
                                                  &BIO_free);
    Key k;
    k.key = bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!k.key || EVP_PKEY_get_id(k.key) != EVP_PKEY_ED25519)
        return {};
    QByteArray raw(32, '\0');
    size_t length = 32;
    if (EVP_PKEY_get_raw_public_key(k.key, reinterpret_cast<unsigned char *>(raw.data()), &length)
            != 1
        || length != 32)
        return {};
    return raw;
}

} // namespace mizan::crypto
