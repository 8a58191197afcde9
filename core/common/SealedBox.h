#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>

namespace mizan::crypto {

/** @brief An X25519 key pair for sealed boxes: 32-byte private key, 32-byte public key. */
struct BoxKey
{
    SecureBytes privateKey;
    QByteArray publicKey;
};

BoxKey generateBoxKey();
/** @brief The public key of an X25519 private key; empty when it is not 32 bytes. */
QByteArray boxPublicKeyOf(const SecureBytes &privateKey);

/**
 * @brief Seals `plaintext` to a recipient's X25519 public key (ECIES): a fresh ephemeral key,
 * X25519 agreement, HKDF-SHA256 over the shared secret and both public keys, AES-256-GCM.
 * Returns ephemeral public key || nonce || ciphertext || tag. Only the holder of the private
 * key can open it; the sender needs no secret of the recipient (this is what lets an admin
 * re-key the workspace for users whose passwords it does not know).
 */
QByteArray sealTo(QByteArrayView recipientPublicKey,
                  QByteArrayView plaintext,
                  QByteArrayView associated);

/** @brief Opens what sealTo() made; a wrong key or altered bytes give ErrorCode::AuthFailed. */
Result<SecureBytes> openSealed(const SecureBytes &privateKey,
                               QByteArrayView sealed,
                               QByteArrayView associated);

} // namespace mizan::crypto
