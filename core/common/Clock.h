#pragma once

#include <QDateTime>

#include <atomic>

namespace mizan {

/**
 * @brief Where core code gets the time (UTC, milliseconds since the epoch). Injectable so that
 * back-off, idle lock and audit times can be tested without waiting.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }
};

/** @brief A clock that only moves when told to (tests). */
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'767'225'600'000) // 2026-01-01T00:00:00Z
        : m_now(startMs)
    {}
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    std::atomic<qint64> m_now;
};

} // namespace mizan
