// Release builds write no core file: the process that holds a workspace's keys, passwords and
// decrypted leads must not leave them on disk when it crashes. Checked in this process and in a
// running mizan-cli (its /proc limits while it waits for a password).

#include "TestPaths.h"
#include "TestWorkspaceUtil.h"

#include "common/ProcessHardening.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace mizan;
using namespace mizan::test;

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thisProcess();
    void mizanCliWhileItRuns();
};

void TestProcessHardening::initTestCase()
{
#ifndef NDEBUG
    QSKIP("a debug build keeps core dumps for its developer");
#endif
}

void TestProcessHardening::thisProcess()
{
    QVERIFY(disableCoreDumps());
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0)); // and it cannot be raised again
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

void TestProcessHardening::mizanCliWhileItRuns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        // Real key-derivation cost: mizan-cli refuses the tests' cheap one.
        auto created = Workspace::create(dir.path(), "amira", pw(kAdminPassword), {});
        MIZAN_VERIFY_OK(created);
    }
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("MIZAN_PASSWORD"); // it asks on standard input, and waits
    cli.setProcessEnvironment(env);
    cli.start(MIZAN_CLI, {"workspace", "info", "--workspace", dir.path(), "--as", "amira"});
    QVERIFY(cli.waitForStarted());
    // Its limits once main() has run: poll until the soft limit reads 0 (or give up).
    QByteArray limits;
    for (int i = 0; i < 100 && !limits.contains("Max core file size        0"); ++i) {
        QTest::qWait(50);
        QFile file(QStringLiteral("/proc/%1/limits").arg(cli.processId()));
        if (file.open(QIODevice::ReadOnly))
            limits = file.readAll();
    }
    QVERIFY2(QRegularExpression(R"(Max core file size\s+0\s+0\s)")
                 .match(QString::fromLatin1(limits))
                 .hasMatch(),
             qPrintable(QString::fromLatin1(limits)
                        + QStringLiteral(" | state %1 | ").arg(cli.state())
                        + QString::fromUtf8(cli.readAllStandardError())));
    cli.write(QByteArray(kAdminPassword) + '\n');
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(60'000));
    QCOMPARE(cli.exitCode(), 0); // and did its work
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
