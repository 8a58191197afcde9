#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mizan {

/**
 * @brief A C2SP signed note (c2sp.org/signed-note): a UTF-8 text body ending in a newline, a
 * blank line, then one line per signature: "— <key name> <base64(key id || signature)>".
 * The key id is the first four bytes of SHA-256(key name || "\n" || 0x01 || public key); the
 * Ed25519 signature covers the body bytes exactly.
 */
struct SignedNote
{
    struct Signature
    {
        QString keyName;
        QByteArray keyId;     ///< 4 bytes
        QByteArray signature; ///< 64 bytes
    };

    static constexpr qsizetype kMaxNoteBytes = 64 * 1024;

    QByteArray body;
    QList<Signature> signatures;

    QByteArray toNote() const;
    /** @brief Strict: any deviation from the form is an error naming the line. */
    static Result<SignedNote> parse(QByteArrayView note);
    static QByteArray keyId(const QString &keyName, QByteArrayView publicKey);
    /** @brief Signs the body and adds the signature line. */
    Result<> sign(const QString &keyName, QByteArrayView publicKey, const SecureBytes &seed);
    /** @brief Whether a signature line of `keyName` with this key's id verifies. */
    bool isSignedBy(const QString &keyName, QByteArrayView publicKey) const;
    /** @brief The signature of `keyName` (64 bytes) or empty, as `openssl pkeyutl` takes it. */
    QByteArray rawSignature(const QString &keyName) const;
};

/**
 * @brief A transparency-log checkpoint (origin, tree size, root hash) in the C2SP signed-note
 * text form (c2sp.org/tlog-checkpoint, c2sp.org/signed-note):
 *
 *     <origin>\n<size>\n<base64 root>\n[<extension line>\n...]\n
 *     — <key name> <base64(key id (4 bytes) || Ed25519 signature (64 bytes))>\n ...
 *
 * The signature covers the body: every line before the blank line, each with its newline.
 * The key id is the first four bytes of SHA-256(key name || "\n" || 0x01 || public key).
 * The same bytes verify with `openssl pkeyutl -verify -rawin` (see the evidence pack's VERIFY.md).
 */
struct Checkpoint
{
    using Signature = SignedNote::Signature;

    QString origin;
    qint64 size = 0;
    QByteArray root;        ///< 32 bytes
    QStringList extensions; ///< extra body lines, e.g. "time 1764140000000"
    QList<Signature> signatures;

    QByteArray body() const;
    QByteArray toNote() const { return note().toNote(); }
    SignedNote note() const { return {body(), signatures}; }

    /** @brief Strict: any deviation from the form is an error naming the line. */
    static Result<Checkpoint> parse(QByteArrayView note);
    static QByteArray keyId(const QString &keyName, QByteArrayView publicKey)
    {
        return SignedNote::keyId(keyName, publicKey);
    }
    Result<> sign(const QString &keyName, QByteArrayView publicKey, const SecureBytes &seed);
    bool isSignedBy(const QString &keyName, QByteArrayView publicKey) const
    {
        return note().isSignedBy(keyName, publicKey);
    }
    QByteArray rawSignature(const QString &keyName) const { return note().rawSignature(keyName); }
    /** @brief The value of the extension line "key value", or empty. */
    QString extension(const QString &key) const;
};

} // namespace mizan
