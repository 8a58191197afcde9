// A helper for TestWorkspace: signs in and rotates the workspace key, and kills its own process
// with SIGKILL right after the given step (1: slots hold both keys, 2: rekeyed, 3: old key
// dropped), so that no destructor, no logout and no flush runs: a real crash at that point.
//   RotationKiller DIR USER PASSWORD STEP

#include "TestWorkspaceUtil.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: RotationKiller DIR USER PASSWORD STEP\n");
        return 2;
    }
    const int step = std::atoi(argv[4]);
    auto ws = mizan::Workspace::open(QString::fromLocal8Bit(argv[1]), mizan::test::testOptions());
    if (!ws || !(*ws)->login(QString::fromLocal8Bit(argv[2]), mizan::test::pw(argv[3]))) {
        std::fprintf(stderr, "cannot open or sign in\n");
        return 1;
    }
    mizan::RotationHooks hooks;
    hooks.continueAfter = [step](int done) {
        if (done == step)
            ::kill(::getpid(), SIGKILL);
        return true;
    };
    const auto rotated = (*ws)->rotateKey(hooks);
    std::fprintf(stderr,
                 "not killed: %s\n",
                 rotated ? "rotated" : qPrintable(rotated.error().message));
    return 3;
}
