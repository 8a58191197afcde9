#pragma once

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace mizan::test {

/**
 * @brief A read-only, sequential device over bytes that hands out at most `chunk` bytes per
 * read, so parsers meet every possible split of their input; optionally fails after `failAfter`
 * bytes (like KeePassXC's FailDevice).
 */
class ChunkedDevice : public QIODevice
{
public:
    ChunkedDevice(QByteArray data, qint64 chunk, qint64 failAfter = -1)
        : m_data(std::move(data))
        , m_chunk(chunk)
        , m_failAfter(failAfter)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failAfter >= 0 && m_pos >= m_failAfter) {
            setErrorString(QStringLiteral("simulated read failure"));
            return -1;
        }
        const qint64 n = std::min({maxSize, m_chunk, qint64(m_data.size()) - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_failAfter;
    qint64 m_pos = 0;
};

} // namespace mizan::test
