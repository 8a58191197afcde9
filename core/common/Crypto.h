#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>

namespace mizan::crypto {

/**
 * @brief AES-256-GCM with a fresh random 96-bit nonce: returns nonce || ciphertext || tag.
 * `associated` is authenticated, not encrypted (e.g. workspace id + username for a key slot).
 */
QByteArray seal(const SecureBytes &key, QByteArrayView plaintext, QByteArrayView associated);

/**
 * @brief Opens what seal() made. A wrong key, altered bytes or different associated data give
 * ErrorCode::AuthFailed and no plaintext (GCM's tag is checked before anything is returned).
 */
Result<SecureBytes> open(const SecureBytes &key, QByteArrayView sealed, QByteArrayView associated);

/** @brief HMAC-SHA-256 of `data` under `key` (32 bytes). */
QByteArray hmacSha256(const SecureBytes &key, QByteArrayView data);

/** @brief An Ed25519 key pair: the 32-byte private seed and the 32-byte public key. */
struct SigningKey
{
    SecureBytes privateSeed;
    QByteArray publicKey;
};

SigningKey generateSigningKey();
/** @brief The public key of a private seed; empty when the seed is not 32 bytes. */
QByteArray publicKeyOf(const SecureBytes &privateSeed);
/** @brief An Ed25519 signature (64 bytes) of `message`. */
Result<QByteArray> sign(const SecureBytes &privateSeed, QByteArrayView message);
bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
/** @brief The public key as PEM (SubjectPublicKeyInfo), as `openssl pkey -pubin` reads it. */
QByteArray publicKeyPem(QByteArrayView publicKey);
/** @brief The raw 32-byte Ed25519 key of a PEM public key; empty when it is anything else. */
QByteArray publicKeyFromPem(QByteArrayView pem);

} // namespace mizan::crypto
