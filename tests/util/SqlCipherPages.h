#pragma once

// Test-only: a SQLCipher 3 database file decrypted page by page, free space and all, so that a
// byte search can show what is (and is not) inside it. Pages are AES-256-CBC under the raw key
// with their IV in the page's reserved tail (16-byte IV + 20-byte HMAC-SHA1, rounded up to 48);
// page 1 starts with the 16-byte salt instead of the SQLite header.

#include "TestWorkspaceUtil.h"
#include "store/KeySlots.h"

#include <openssl/evp.h>

namespace mizan::test {

/** The current data key of `dir`'s workspace, from `user`'s slot. */
inline SecureBytes workspaceDataKey(const QString &dir, const QString &user, const char *password)
{
    auto slots = KeySlots::load(dir + QStringLiteral("/keyslots.json"));
    if (!slots)
        qFatal("cannot read the key slots: %s", qPrintable(slots.error().message));
    const KeySlot *slot = slots->find(user);
    if (!slot)
        qFatal("no slot for %s", qPrintable(user));
    auto opened = keyring::openSlot(*slots, *slot, pw(password));
    if (!opened)
        qFatal("cannot open the slot: %s", qPrintable(opened.error().message));
    for (auto &[generation, key] : opened->dataKeys) {
        if (generation == slots->generation)
            return key.copy();
    }
    qFatal("the slot holds no current data key");
    return {};
}

/** Every page of `path` decrypted (page 1 from byte 16); empty when a page does not decrypt. */
inline QByteArray decryptSqlCipherFile(const QString &path, const SecureBytes &key)
{
    constexpr qsizetype kPage = 4096;
    constexpr qsizetype kReserve = 48;
    const QByteArray file = readAll(path);
    QByteArray out;
    for (qsizetype offset = 0; offset + kPage <= file.size(); offset += kPage) {
        const auto *page = reinterpret_cast<const unsigned char *>(file.constData() + offset);
        const int start = offset == 0 ? 16 : 0;
        const int length = int(kPage - kReserve) - start;
        QByteArray plain(length, '\0');
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        int written = 0;
        const bool ok = EVP_DecryptInit_ex(ctx,
                                           EVP_aes_256_cbc(),
                                           nullptr,
                                           key.data(),
                                           page + kPage - kReserve)
                            == 1
                        && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1
                        && EVP_DecryptUpdate(ctx,
                                             reinterpret_cast<unsigned char *>(plain.data()),
                                             &written,
                                             page + start,
                                             length)
                               == 1;
        EVP_CIPHER_CTX_free(ctx);
        if (!ok || written != length)
            return {};
        out += plain;
    }
    return out;
}

} // namespace mizan::test
