#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "security/PasswordKdf.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace mizan {

/** @brief The data key of one key generation, sealed to a slot's X25519 public key. */
struct KeyEnvelope
{
    int generation = 0;
    QByteArray sealed; ///< crypto::sealTo(slot.boxPublicKey, data key, aad(workspace, name, gen))
};

/**
 * @brief One slot of keyslots.json (LUKS-like). The password (or recovery key) derives, with
 * Argon2id, a key that opens `secrets` (AES-256-GCM, associated data = workspace id + name):
 * the slot's X25519 private key and the user's personal Ed25519 signing seed. The X25519 key
 * opens an envelope holding the database's data key. Envelopes are sealed to the public key,
 * so re-keying needs no password: an admin can rotate the data key for every remaining user.
 */
struct KeySlot
{
    enum class Kind { User, Recovery };

    QString name; ///< the user name; "recovery" for the recovery slot
    Kind kind = Kind::User;
    KdfParams kdf;
    QByteArray secrets; ///< sealed box private key (32) || signing seed (32, users only)
    QByteArray boxPublicKey;
    QByteArray signingPublicKey; ///< empty for the recovery slot
    std::vector<KeyEnvelope> envelopes;

    // Back-off state, outside any key (ARCHITECTURE.md: resettable by copying the folder).
    int failedAttempts = 0;
    qint64 lastFailureMs = 0;
    qint64 lockedUntilMs = 0;
    bool lockedOut = false; ///< 100 consecutive failures: only an admin can enable it again
};

/** @brief keyslots.json: the workspace's identity, its public key and one slot per user. */
class KeySlots
{
public:
    static constexpr const char *kFormat = "mizan.keyslots/1";
    static constexpr const char *kRecoveryName = "recovery";

    QString workspaceId;
    QByteArray workspacePublicKey; ///< Ed25519; signs checkpoints and backup manifests
    int generation = 1;            ///< the data key generation the database is keyed with
    std::vector<KeySlot> slots;

    KeySlot *find(const QString &name);
    const KeySlot *find(const QString &name) const;

    /** @brief Reads and validates the file; a damaged or altered file is an Integrity error. */
    static Result<KeySlots> load(const QString &path);
    /** @brief Writes atomically (QSaveFile), mode 0600. */
    Result<> save(const QString &path) const;

    QByteArray toJson() const;
    static Result<KeySlots> fromJson(const QByteArray &json, const QString &source);

    /** @brief Associated data binding a slot's secrets to this workspace and name. */
    QByteArray secretsAad(const QString &name) const;
    QByteArray envelopeAad(const QString &name, int generation) const;
};

/** @brief What opening a slot yields: its private keys and the data keys it holds, newest first. */
struct OpenedSlot
{
    SecureBytes boxPrivateKey;
    SecureBytes signingSeed; ///< empty for the recovery slot
    std::vector<std::pair<int, SecureBytes>> dataKeys;
};

namespace keyring {

/**
 * @brief Makes a slot for `name`: fresh X25519 and (for users) Ed25519 keys, sealed under the
 * Argon2id key of `secret`, and an envelope of `dataKey` at `generation`.
 */
Result<KeySlot> makeSlot(const KeySlots &file,
                         const QString &name,
                         KeySlot::Kind kind,
                         const SecureBytes &secret,
                         const KdfParams &kdf,
                         const SecureBytes &dataKey,
                         int generation);
/** @brief Re-seals a slot's existing private keys under a new password (change password). */
Result<> rewrapSlot(const KeySlots &file,
                    KeySlot &slot,
                    const OpenedSlot &opened,
                    const SecureBytes &newSecret,
                    const KdfParams &kdf);
/** @brief Adds (or replaces) the envelope of `generation` in the slot. */
void addEnvelope(const KeySlots &file, KeySlot &slot, const SecureBytes &dataKey, int generation);
/** @brief Derives the slot key (Argon2id, slow) and opens secrets and envelopes. */
Result<OpenedSlot> openSlot(const KeySlots &file, const KeySlot &slot, const SecureBytes &secret);

} // namespace keyring

} // namespace mizan
