#pragma once

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <optional>

namespace mizan {

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
    watcher.setFuture(
        QtConcurrent::run([result, work = std::move(work)]() mutable { result->emplace(work()); }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
    --backgroundJobCount();
    QApplication::restoreOverrideCursor();
    return std::move(**result);
}

} // namespace mizan
