#pragma once

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <optional>

namespace mizan {

/**
 * @brief The thread pool every background job of the UI runs on, never Qt's global one: Qt 6.4's
 * raster engine splits large fills over QThreadPool::globalInstance() and waits for them, so a
 * scoring run and a verification holding every global thread froze painting for up to 0.8 s
 * (found by mizan-ui-bench --stall --where). Owned by the application object.
 */
inline QThreadPool *jobPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool)
        pool = new QThreadPool(QCoreApplication::instance());
    return pool;
}

/**
 * @brief Lets go of `held` on a worker thread: freeing a large result (the columns of 100,000
 * leads) held the UI thread 20-30 ms (mizan-ui-bench --stall --where). Wherever the UI replaces
 * such a result it hands the old one here; if another holder remains, the worker only drops a
 * count and the last holder frees it (through here too).
 */
template<typename T>
void releaseInBackground(std::shared_ptr<T> held)
{
    if (!held)
        return;
    if (!QCoreApplication::instance()) {
        held.reset(); // shutting down: no pool any more
        return;
    }
    jobPool()->start([held = std::move(held)]() mutable { held.reset(); });
}

/**
 * @brief How many runInBackground jobs are running. While one is, the Workspace belongs to its
 * worker thread: timers and event filters on the UI thread must not call it.
 */
inline std::atomic<int> &backgroundJobCount()
{
    static std::atomic<int> count{0};
    return count;
}

/**
 * @brief Runs `work` on a worker thread and returns its result, while the UI thread keeps
 * painting (user input is held back until it is done, so nothing re-enters). For short jobs
 * of a second or two: Argon2id key derivation at sign-in, a password change. Long jobs with
 * progress and cancel use their own QFutureWatcher (the Scoring tab).
 */
template<typename Work>
auto runInBackground(Work work) -> decltype(work())
{
    using R = decltype(work());
    auto result = std::make_shared<std::optional<R>>();
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    ++backgroundJobCount();
    watcher.setFuture(QtConcurrent::run(jobPool(), [result, work = std::move(work)]() mutable {
        result->emplace(work());
    }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
    --backgroundJobCount();
    QApplication::restoreOverrideCursor();
    return std::move(**result);
}

} // namespace mizan
