#pragma once

// Runs mizan-cli (MIZAN_CLI, defined by the test target) as a user would, for the CLI tests.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

inline Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MIZAN_CLI), arguments);
    const bool finished = process.waitForFinished(240000);
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    if (!finished || process.exitStatus() != QProcess::NormalExit) // say why, for a flaky run
        r.err += QStringLiteral("\n[mizan-cli %1: %2]")
                     .arg(finished ? QStringLiteral("crashed") : QStringLiteral("timed out"),
                          process.errorString());
    return r;
}

/** Runs with MIZAN_PASSWORD (unless empty) and `input` on standard input. */
inline Run runAs(const QStringList &arguments,
                 const QByteArray &password,
                 const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MIZAN_WORKSPACE"));
    env.remove(QStringLiteral("MIZAN_USER"));
    if (password.isEmpty())
        env.remove(QStringLiteral("MIZAN_PASSWORD"));
    else
        env.insert(QStringLiteral("MIZAN_PASSWORD"), QString::fromUtf8(password));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MIZAN_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(240000);
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    if (!finished || process.exitStatus() != QProcess::NormalExit) // say why, for a flaky run
        r.err += QStringLiteral("\n[mizan-cli %1: %2]")
                     .arg(finished ? QStringLiteral("crashed") : QStringLiteral("timed out"),
                          process.errorString());
    return r;
}

inline void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace
