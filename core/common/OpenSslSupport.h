#pragma once

// Internal to core/common's OpenSSL wrappers (Crypto.cpp, SealedBox.cpp): RAII holders and the
// one "does not open" error, so the wrappers report the same thing the same way.

#include "common/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <openssl/evp.h>

namespace mizan::crypto::detail {

struct PKey
{
    EVP_PKEY *key = nullptr;
    PKey() = default;
    PKey(const PKey &) = delete;
    PKey &operator=(const PKey &) = delete;
    ~PKey() { EVP_PKEY_free(key); }
};

inline const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

inline Error authFailed()
{
    return makeError(ErrorCode::AuthFailed,
                     QCoreApplication::translate("mizan::Crypto",
                                                 "The key does not open this data (wrong password "
                                                 "or key, or the data was altered)."));
}

} // namespace mizan::crypto::detail
