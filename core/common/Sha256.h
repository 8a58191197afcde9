#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace mizan {

/**
 * @brief Incremental SHA-256 over OpenSSL's EVP interface (hardware-accelerated where the CPU
 * can). Not thread-safe: one instance per stream.
 */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    void addData(const char *data, qsizetype size) { addData(QByteArrayView(data, size)); }
    /** @brief The 32-byte digest; the object must not be used afterwards. */
    QByteArray result();

    static QByteArray hash(QByteArrayView data);
    static QByteArray hashHex(QByteArrayView data) { return hash(data).toHex(); }

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace mizan
