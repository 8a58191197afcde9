#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace mizan {

/**
 * @brief A cancellation flag shared between the thread that runs a job and the one that may
 * cancel it. Thread-safe; jobs poll it between chunks of work and return ErrorCode::Cancelled.
 */
class CancelToken
{
public:
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

/**
 * @brief Progress callback: `done` out of `total` units (bytes or rows). Called from the thread
 * that runs the job, at most a few hundred times per job; it must be cheap and thread-safe.
 */
using ProgressFn = std::function<void(qint64 done, qint64 total)>;

/** @brief Optional progress and cancel for a long job; both may be empty/null. */
struct JobControl
{
    ProgressFn progress;
    const CancelToken *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->isCancelled(); }
    void report(qint64 done, qint64 total) const
    {
        if (progress)
            progress(done, total);
    }
};

} // namespace mizan
