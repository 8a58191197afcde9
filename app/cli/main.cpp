// mizan-cli: the headless twin of the Mizan application. Links mizan_core only (never Widgets).

#include "Cli.h"

#include "model/Booster.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

using namespace mizan::cli;

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

void printHelp()
{
    out() << Tr::tr(
        "Usage: mizan-cli <command> [options]\n"
        "\n"
        "Mizan's command line: model governance for lead scoring, without a window.\n"
        "\n"
        "Commands:\n"
        "  train          Train a model bundle from a lead file and its dataset spec\n"
        "  model import   Import an XGBoost JSON model with its dataset spec\n"
        "  score          Score a lead file with a model bundle\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help (also after a command: mizan-cli score --help)\n"
        "  --version      Show the version of Mizan and its libraries\n"
        "\n"
        "Exit codes: 0 ok, 1 failure, 2 usage, 3 permission denied,\n"
        "4 authentication failed, 5 integrity failure.\n");
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mizan"));
    QCoreApplication::setApplicationName(QStringLiteral("mizan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIZAN_VERSION));

    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command.isEmpty()) {
        printHelp();
        return ExitUsage;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        printHelp();
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        out() << "mizan-cli " << MIZAN_VERSION << " (XGBoost " << mizan::Booster::libraryVersion()
              << ", Qt " << qVersion() << ", " << OpenSSL_version(OPENSSL_VERSION) << ")\n";
        out().flush();
        return ExitOk;
    }
    if (command == QLatin1String("train"))
        return runTrain(rest);
    if (command == QLatin1String("model"))
        return runModel(rest);
    if (command == QLatin1String("score"))
        return runScore(rest);
    err() << Tr::tr("mizan-cli: unknown command '%1'. Try 'mizan-cli --help'.").arg(command)
          << Qt::endl;
    return ExitUsage;
}
