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
