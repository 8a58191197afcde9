#include "common/Sha256.h"

#include <openssl/evp.h>

namespace mizan {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    // Allocation failure of a 200-byte context is not recoverable; Q_ASSERT documents it.
    // OpenSSL fails here only without memory or a usable SHA-256: nothing sensible can go on,
    // and a wrong hash must never be returned silently.
    if (!m_context->ctx || EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL could not start a SHA-256 digest");
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        if (EVP_DigestUpdate(m_context->ctx, data.data(), static_cast<size_t>(data.size())) != 1)
            qFatal("OpenSSL could not update a SHA-256 digest");
}

QByteArray Sha256::result()
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length)
            != 1
        || length != 32)
        qFatal("OpenSSL could not finish a SHA-256 digest");
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace mizan
