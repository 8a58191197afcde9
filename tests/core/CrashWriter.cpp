// A helper for TestCrashSafety: works on a workspace in a loop until the test kills it with
// SIGKILL at a random moment, so that no destructor, no logout and no flush runs: a real crash.
// Every call that returned ok is acknowledged on standard output at once (flushed), so the test
// knows which writes it may expect to find after the crash.
//   CrashWriter write DIR USER PASSWORD [SEED]   imports small lead sets and records exports:
//                                                "ack leadset <id> <rows>", "ack export <file>"
//   CrashWriter backup DIR USER PASSWORD ROOT    makes backups under ROOT: "ack backup <name>"
//   CrashWriter restore DIR USER PASSWORD BACKUP restores BACKUP over DIR once: "ack start"
//                                                before, "ack restore <replaced folder>" after
// Exit codes: 0 restore done, 1 a call failed (its message on standard error), 2 usage.

#include "TestWorkspaceUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>
#include <memory>
#include <random>

using namespace mizan;
using namespace mizan::test;

namespace {

void ack(const QString &line)
{
    std::fprintf(stdout, "ack %s\n", qPrintable(line));
    std::fflush(stdout);
}

int failed(const char *what, const Error &error)
{
    std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(error.message));
    return 1;
}

Result<std::unique_ptr<Workspace>> signIn(const QString &dir,
                                          const QString &user,
                                          const char *password)
{
    MIZAN_TRY(ws, Workspace::open(dir, testOptions()));
    MIZAN_CHECK(ws->login(user, pw(password)));
    return ws;
}

/** Lead sets of 2 to 16 rows and export records, in a random mix, forever. */
int writeLoop(Workspace &ws, const QString &dir, quint64 seed)
{
    // The inputs live beside the workspace, rewritten by each writer before use (a killed
    // writer may have left a half-written one).
    const QString inputs = QFileInfo(dir).absolutePath() + QStringLiteral("/crash-inputs");
    if (!QDir().mkpath(inputs)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(inputs));
        return 1;
    }
    const QString specPath = inputs + QStringLiteral("/synthetic.spec.json");
    const QString csvPath = inputs + QStringLiteral("/leads.csv");
    writeAll(specPath, QJsonDocument(syntheticSpec().toJson()).toJson());
    std::mt19937_64 rng(seed);
    qint64 lastSet = 0;
    for (qint64 n = 1;; ++n) {
        if (rng() % 2 == 0 || lastSet == 0) {
            const int rows = 2 + int(rng() % 15);
            writeAll(csvPath, syntheticCsv(rows, rng()));
            auto set = ws.importLeadSet(csvPath,
                                        specPath,
                                        QStringLiteral("crash-%1-%2").arg(seed).arg(n));
            if (!set)
                return failed("importLeadSet", set.error());
            lastSet = set->id;
            ack(QStringLiteral("leadset %1 %2").arg(set->id).arg(set->rows));
        } else {
            const QString file = QStringLiteral("crash-%1-%2.csv").arg(seed).arg(n);
            auto recorded = ws.recordExport(QStringLiteral("leadset:%1").arg(lastSet),
                                            file,
                                            qint64(rng() % 100));
            if (!recorded)
                return failed("recordExport", recorded.error());
            ack(QStringLiteral("export ") + file);
        }
    }
}

int backupLoop(Workspace &ws, const QString &root)
{
    for (;;) {
        auto backup = ws.createBackup(root);
        if (!backup)
            return failed("createBackup", backup.error());
        ack(QStringLiteral("backup ") + backup->name);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.value(0);
    const bool usage = args.size() < 4 || (mode == QLatin1String("write") && args.size() > 5)
                       || (mode != QLatin1String("write") && args.size() != 5)
                       || (mode != QLatin1String("write") && mode != QLatin1String("backup")
                           && mode != QLatin1String("restore"));
    if (usage) {
        std::fprintf(stderr,
                     "usage: CrashWriter write DIR USER PASSWORD [SEED]\n"
                     "       CrashWriter backup DIR USER PASSWORD ROOT\n"
                     "       CrashWriter restore DIR USER PASSWORD BACKUP\n");
        return 2;
    }
    const QString dir = args[1];
    const QString user = args[2];
    const QByteArray password = args[3].toUtf8();

    if (mode == QLatin1String("restore")) {
        ack(QStringLiteral("start"));
        auto restored
            = Workspace::restore(args[4], dir, user, pw(password.constData()), testOptions());
        if (!restored)
            return failed("restore", restored.error());
        ack(QStringLiteral("restore ") + restored->replacedFolder);
        return 0;
    }

    auto ws = signIn(dir, user, password.constData());
    if (!ws)
        return failed("open and sign in", ws.error());
    if (mode == QLatin1String("backup"))
        return backupLoop(**ws, args[4]);
    const quint64 seed = args.size() > 4 ? args[4].toULongLong()
                                         : quint64(QCoreApplication::applicationPid());
    return writeLoop(**ws, dir, seed);
}
