// mizan-cli: the headless twin of the Mizan application. Links mizan_core only (never Widgets).

#include "Cli.h"
#include "common/ProcessHardening.h"
#include "privacy/LogScrubber.h"

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

void printHelp(QTextStream &stream)
{
    stream << Tr::tr(
        "Usage: mizan-cli <command> [options]\n"
        "\n"
        "Mizan's command line: model governance for lead scoring, without a window.\n"
        "\n"
        "Commands:\n"
        "  train          Train a model bundle from a lead file and its dataset spec\n"
        "  model import   Import an XGBoost JSON model with its dataset spec\n"
        "  score          Score a lead file with a model bundle\n"
        "  explain        Why a lead got its score (SHAP, LIME, counterfactuals, what-if);\n"
        "                 --global: what drives the model over a lead file\n"
        "  fairness       Outcomes by group: fairlearn's disparities, AIF360's signed forms,\n"
        "                 bootstrap intervals, ThresholdOptimizer, the bias policy\n"
        "  demo           Write demo leads, a model and a demo workspace (a user per role)\n"
        "\n"
        "Workspace commands (--workspace DIR --as NAME; password from MIZAN_PASSWORD\n"
        "or the first line of standard input, never the command line):\n"
        "  init           Create an encrypted workspace and its first administrator\n"
        "  user           add | list | disable | enable | remove | passwd | role | pii\n"
        "  users review   The access-review report\n"
        "  workspace      info | rekey | idle-lock | classification [MARKING]\n"
        "  import         Import a lead file into the workspace\n"
        "  model import   With --workspace: store a model bundle (--bundle) in the workspace\n"
        "  model          list | show | submit | approve | reject | deploy | rollback |\n"
        "                 retire | history | card | assess | policy (the approval process)\n"
        "  score          With --workspace: score a stored lead set with the deployed\n"
        "                 version (or --model ID, for evaluation)\n"
        "  explain        With --workspace: explain a stored lead (audited)\n"
        "  fairness       With --workspace: a stored model on a stored lead set (audited;\n"
        "                 failing policy rules are stored as alerts)\n"
        "  outcomes       import | report | alerts: actual conversions of scored leads and\n"
        "                 the deployed version's realised performance (alerts beyond policy)\n"
        "  privacy        find | export | erase | hold | lift | holds | erasures | decide |\n"
        "                 appeal | resolve | appeals | policy | docs: data subjects' rights\n"
        "                 (access, erasure, legal holds), human review of scores (decisions,\n"
        "                 appeals) and the compliance documents generated from the workspace\n"
        "  retention      show | apply | policy: how long each data class is kept, what is past\n"
        "                 its period (a dry run first) and what a legal hold keeps\n"
        "  lineage        show: where data went (data set -> models -> scoring runs -> exports)\n"
        "  audit          show | verify | checkpoint | export | report | verify-pack\n"
        "  backup         create | list | verify | policy | rotate: signed, verifiable copies of\n"
        "                 the workspace, the backup plan (folder, schedule, objectives, rotation)\n"
        "  restore        Restore a backup over a missing or broken workspace (--from BACKUP;\n"
        "                 the backup's own key slot of --as opens it), or --verify-only\n"
        "  drill          A disaster-recovery drill: back up, restore aside, verify, measure\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help (also after a command: mizan-cli score --help)\n"
        "  --version      Show the version of Mizan and its libraries\n"
        "\n"
        "Exit codes: 0 ok, 1 failure, 2 usage, 3 permission denied,\n"
        "4 authentication failed, 5 integrity failure.\n");
    stream.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    mizan::disableCoreDumps();   // no keys or leads in a core file (release builds)
    mizan::installLogScrubber(); // no personal data in any log line
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mizan"));
    QCoreApplication::setApplicationName(QStringLiteral("mizan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIZAN_VERSION));

    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command.isEmpty()) {
        printHelp(err()); // a usage error: standard error
        return ExitUsage;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        printHelp(out());
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        out() << "mizan-cli " << MIZAN_VERSION << " (XGBoost " << mizan::Booster::libraryVersion()
              << ", Qt " << qVersion() << ", " << OpenSSL_version(OPENSSL_VERSION) << ")\n";
        out().flush();
        return ExitOk;
    }
    try {
        if (command == QLatin1String("train"))
            return runTrain(rest);
        if (command == QLatin1String("model"))
            return runModel(rest);
        if (command == QLatin1String("score"))
            return runScore(rest);
        if (command == QLatin1String("demo"))
            return runDemo(rest);
        if (command == QLatin1String("init"))
            return runInit(rest);
        if (command == QLatin1String("user"))
            return runUser(rest);
        if (command == QLatin1String("users"))
            return runUsers(rest);
        if (command == QLatin1String("workspace"))
            return runWorkspace(rest);
        if (command == QLatin1String("import"))
            return runImport(rest);
        if (command == QLatin1String("audit"))
            return runAudit(rest);
        if (command == QLatin1String("explain"))
            return runExplain(rest);
        if (command == QLatin1String("fairness"))
            return runFairness(rest);
        if (command == QLatin1String("outcomes"))
            return runOutcomes(rest);
        if (command == QLatin1String("privacy"))
            return runPrivacy(rest);
        if (command == QLatin1String("retention"))
            return runRetention(rest);
        if (command == QLatin1String("lineage"))
            return runLineage(rest);
        if (command == QLatin1String("backup"))
            return runBackup(rest);
        if (command == QLatin1String("restore"))
            return runRestore(rest);
        if (command == QLatin1String("drill"))
            return runDrill(rest);
    } catch (const std::bad_alloc &) {
        err() << Tr::tr("mizan-cli: out of memory") << Qt::endl;
        return ExitFailure;
    } catch (const std::exception &e) {
        err() << Tr::tr("mizan-cli: internal error: %1").arg(QString::fromLocal8Bit(e.what()))
              << Qt::endl;
        return ExitFailure;
    }
    err() << Tr::tr("mizan-cli: unknown command '%1'. Try 'mizan-cli --help'.").arg(command)
          << Qt::endl;
    return ExitUsage;
}
