#include "common/SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <QtGlobal>

#include <cstring>
#include <utility>

namespace mizan {

SecureBytes::SecureBytes(size_t size)
    : m_data(size ? new uint8_t[size]() : nullptr)
    , m_size(size)
{}

SecureBytes::SecureBytes(const uint8_t *data, size_t size)
    : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(size_t size)
{
    SecureBytes bytes(size);
    if (size && RAND_bytes(bytes.data(), static_cast<int>(size)) != 1)
        qFatal("OpenSSL could not read random bytes from the operating system");
    return bytes;
}

SecureBytes SecureBytes::fromView(QByteArrayView bytes)
{
    return SecureBytes(reinterpret_cast<const uint8_t *>(bytes.data()), size_t(bytes.size()));
}

void SecureBytes::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, m_size);
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size
           && (m_size == 0 || CRYPTO_memcmp(data(), other.data(), m_size) == 0);
}

SecureBytes SecureBytes::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes hex(m_size * 2);
    for (size_t i = 0; i < m_size; ++i) {
        hex.data()[2 * i] = static_cast<uint8_t>(digits[data()[i] >> 4]);
        hex.data()[2 * i + 1] = static_cast<uint8_t>(digits[data()[i] & 0xF]);
    }
    return hex;
}

} // namespace mizan
