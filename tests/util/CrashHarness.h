#pragma once

// The harness of TestCrashSafety: runs CrashWriter (MIZAN_CRASH_WRITER, defined for the test
// target), kills it with SIGKILL at a chosen moment and collects what it acknowledged; small
// Result helpers that say what was being done; timing figures.

#include "common/Result.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <algorithm>

namespace mizan::test {

inline int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
}

/** The error of `result` with what was being done in front of its message. */
template<typename T>
Result<T> step(const QString &what, Result<T> result)
{
    if (!result) {
        Error e = result.error();
        e.message = what + QStringLiteral(": ") + e.message;
        return fail(std::move(e));
    }
    return result;
}

inline Result<> check(bool ok, const QString &problem)
{
    if (ok)
        return {};
    return fail(ErrorCode::Integrity, problem);
}

// ---- the killed child ---------------------------------------------------------------------

enum class KillAt {
    AfterFirstAck, ///< `delayMs` after the child's first acknowledgement
    AfterStart,    ///< `delayMs` after the child started (it may not have signed in yet)
    Never,         ///< not killed: it ends by itself (within a minute)
};

struct Run
{
    QStringList acks; ///< what followed "ack " on each complete line, in order
    bool killed = false;
    int exitCode = 0;
    QString errors;  ///< the child's standard error
    QString problem; ///< the child did not behave (no start, no acknowledgement)
    qint64 aliveMs = 0;
};

inline Run runAndKill(const QStringList &args, KillAt when, qint64 delayMs)
{
    Run run;
    QProcess child;
    child.setProgram(QStringLiteral(MIZAN_CRASH_WRITER));
    child.setArguments(args);
    QElapsedTimer alive;
    alive.start();
    child.start();
    if (!child.waitForStarted(30000)) {
        run.problem = QStringLiteral("CrashWriter does not start: ") + child.errorString();
        return run;
    }
    QByteArray out;
    if (when == KillAt::AfterFirstAck) {
        const QDeadlineTimer deadline(60000);
        while (!out.contains('\n') && child.state() != QProcess::NotRunning
               && !deadline.hasExpired()) {
            child.waitForReadyRead(50);
            out += child.readAllStandardOutput();
        }
        if (!out.contains('\n'))
            run.problem = QStringLiteral("CrashWriter acknowledged nothing");
    }
    if (when == KillAt::Never)
        child.waitForFinished(60000);
    else if (run.problem.isEmpty())
        QThread::msleep(static_cast<unsigned long>(delayMs));
    child.kill(); // SIGKILL (nothing when it has ended)
    child.waitForFinished(30000);
    run.aliveMs = alive.elapsed();
    out += child.readAllStandardOutput();
    run.errors = QString::fromLocal8Bit(child.readAllStandardError()).trimmed();
    run.killed = child.exitStatus() == QProcess::CrashExit;
    run.exitCode = child.exitCode();
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece has no newline
        if (lines[i].startsWith("ack "))
            run.acks.append(QString::fromUtf8(lines[i].mid(4)));
    }
    if (!run.problem.isEmpty() && !run.errors.isEmpty())
        run.problem += QStringLiteral(" (it said: %1)").arg(run.errors);
    return run;
}

struct Timing
{
    qint64 totalMs = 0;
    qint64 maxMs = 0;
    int count = 0;

    void add(qint64 ms)
    {
        totalMs += ms;
        maxMs = std::max(maxMs, ms);
        ++count;
    }
    QString text() const
    {
        return QStringLiteral("%1 iterations in %2 s (mean %3 ms, longest %4 ms)")
            .arg(count)
            .arg(double(totalMs) / 1000.0, 0, 'f', 1)
            .arg(count ? totalMs / count : 0)
            .arg(maxMs);
    }
};

inline QString describe(const Run &run)
{
    QString s = QStringLiteral("%1 acknowledgements, alive %2 ms, %3")
                    .arg(run.acks.size())
                    .arg(run.aliveMs)
                    .arg(run.killed ? QStringLiteral("killed")
                                    : QStringLiteral("exited with %1").arg(run.exitCode));
    if (!run.errors.isEmpty())
        s += QStringLiteral(", said: ") + run.errors;
    return s;
}

} // namespace mizan::test
