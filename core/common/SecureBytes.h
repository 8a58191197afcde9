#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

namespace mizan {

/**
 * @brief Key material: a fixed-size byte buffer that is wiped (OPENSSL_cleanse) when it is
 * destroyed, cleared or moved from, and is never copied implicitly (copy() is explicit). Lives
 * outside QString/QByteArray so that no implicitly shared copy is left behind in the heap.
 * Not thread-safe; hand a key to another thread by moving it.
 */
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(size_t size);
    SecureBytes(const uint8_t *data, size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    /** @brief An explicit copy, for the rare place that must keep two. */
    SecureBytes copy() const { return SecureBytes(data(), size()); }
    /** @brief Fresh bytes from the operating system's CSPRNG (OpenSSL RAND_bytes). */
    static SecureBytes random(size_t size);
    static SecureBytes fromView(QByteArrayView bytes);

    uint8_t *data() { return m_data; }
    const uint8_t *data() const { return m_data; }
    size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::span<const uint8_t> span() const { return {m_data, m_size}; }
    QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
    }

    /** @brief Wipes and releases the bytes. */
    void clear();
    /** @brief Constant-time comparison. */
    bool equals(const SecureBytes &other) const;
    /** @brief Lower-case hex, into a SecureBytes (for SQLCipher's raw-key pragma). */
    SecureBytes toHex() const;

private:
    uint8_t *m_data = nullptr;
    size_t m_size = 0;
};

} // namespace mizan
