// mizan-cli model import: wrap an external XGBoost JSON model into a model bundle, or store a
// bundle in the workspace. The governance subcommands are in ModelGovernanceCommand.cpp.

#include "Cli.h"
#include "Session.h"

#include "model/ModelBundle.h"

#include <QCoreApplication>

namespace mizan::cli {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

int runModelImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("model import");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Import an XGBoost JSON model trained elsewhere (Python, Spark) with the dataset spec\n"
        "of its input. The file is validated; its feature names are matched to the spec."));
    parser.addOptions({
        {QStringLiteral("xgboost"), Tr::tr("The XGBoost model file (JSON)."), Tr::tr("MODEL.json")},
        {QStringLiteral("spec"), Tr::tr("The dataset spec of the model's input."), Tr::tr("SPEC")},
        {QStringLiteral("bands"), Tr::tr("Risk band cut-offs (default 0.2,0.5)."), Tr::tr("CUTOFFS")},
        {QStringLiteral("name"),
         Tr::tr("The model's name (default: the file's name)."),
         Tr::tr("NAME")},
        {QStringLiteral("out"), Tr::tr("Where to write the model bundle."), Tr::tr("BUNDLE")},
        {QStringLiteral("format"),
         Tr::tr("Output format: json (default) or table."),
         Tr::tr("FORMAT")},
    });
    bool helped = false;
    if (int rc = parse(parser, command, arguments, helped); rc != ExitOk || helped)
        return rc;
    Format format = Format::Json;
    if (int rc = formatOption(parser, command, {Format::Json, Format::Table}, Format::Json, format))
        return rc;
    int rc = ExitOk;
    for (const char *option : {"xgboost", "spec", "out"}) {
        if (!require(parser, command, QLatin1String(option), rc))
            return rc;
    }
    RiskBands bands;
    if (parser.isSet(QStringLiteral("bands"))) {
        auto parsed = RiskBands::parse(parser.value(QStringLiteral("bands")));
        if (!parsed)
            return usage(command, parsed.error().message);
        bands = *parsed;
    }
    auto spec = DatasetSpec::load(parser.value(QStringLiteral("spec")));
    if (!spec)
        return report(spec.error());
    auto bundle = ModelBundle::importXgboostFile(parser.value(QStringLiteral("xgboost")), *spec);
    if (!bundle)
        return report(bundle.error());
    bundle->bands = bands;
    if (parser.isSet(QStringLiteral("name")))
        bundle->name = parser.value(QStringLiteral("name"));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (auto r = bundle->save(outPath); !r)
        return report(r.error());
    printResult(QJsonObject{{QStringLiteral("bundle"), outPath},
                            {QStringLiteral("name"), bundle->name},
                            {QStringLiteral("origin"), bundle->origin},
                            {QStringLiteral("model_sha256"),
                             QString::fromLatin1(bundle->modelSha256)},
                            {QStringLiteral("xgboost_version"), bundle->xgboostVersion},
                            {QStringLiteral("features"), bundle->encoder.featureCount()},
                            {QStringLiteral("trees"),
                             static_cast<qint64>(bundle->model->trees.size())}},
                format);
    return ExitOk;
}

} // namespace

static int runModelStore(const QStringList &arguments)
{
    const QString command = QStringLiteral("model import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Store a model bundle in the workspace (data scientists). It becomes a draft\n"
               "and you its author, who can never approve it."));
    parser.addOptions(Session::options());
    parser.addOption(
        {QStringLiteral("bundle"), Tr::tr("The model bundle to store."), Tr::tr("BUNDLE")});
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("Output format: json (default) or table."),
                      Tr::tr("FORMAT")});
    bool helped = false;
    Format format = Format::Json;
    if (int rc
        = parseDataCommand(parser, command, arguments, {QStringLiteral("bundle")}, helped, format);
        rc != ExitOk || helped)
        return rc;
    Session session;
    if (int rc = session.open(parser, command); rc != ExitOk)
        return rc;
    auto stored = session.workspace().importModel(parser.value(QStringLiteral("bundle")));
    if (!stored)
        return report(stored.error());
    printResult(stored->toJson(), format);
    return ExitOk;
}

int runModel(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("import"))
        return Session::wantsWorkspace(arguments.mid(1)) ? runModelStore(arguments.mid(1))
                                                         : runModelImport(arguments.mid(1));
    if (isModelGovernanceCommand(sub))
        return runModelGovernance(sub, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        // Asked for: standard output, exit 0; missing subcommand: standard error, exit 2.
        QTextStream &stream = sub.isEmpty() ? err() : out();
        stream << Tr::tr(
            "Usage: mizan-cli model <subcommand> [options]\n"
            "\n"
            "Subcommands:\n"
            "  import    Import an XGBoost JSON model with its dataset spec\n"
            "            (with --workspace: store a model bundle in the workspace)\n"
            "\n"
            "Governance, in a workspace (--workspace DIR --as NAME; the steps are in\n"
            "docs/governance/approval-process.md):\n"
            "  list      Every version: state, risk level, approvals\n"
            "  show      One version and its latest risk assessment (--id N)\n"
            "  submit    Submit a draft for approval\n"
            "            (--id N --justification TEXT [--reference LEADSET_ID])\n"
            "  approve   Approve, or revalidate (--id N --comment TEXT [--override-reason TEXT]\n"
            "            [--revalidate-by YYYY-MM-DD] [--reference LEADSET_ID])\n"
            "  reject    Reject a submitted version (--id N --comment TEXT)\n"
            "  deploy    Deploy an approved version (--id N [--comment TEXT])\n"
            "  rollback  Redeploy an earlier deployed version (--id N --reason TEXT)\n"
            "  retire    Retire a version that is not deployed (--id N --reason TEXT)\n"
            "  history   Signed events and deployment periods ([--id N]);\n"
            "            --at TIME: the version deployed at that time\n"
            "  card      The model card as Markdown (--id N [--out FILE] [--format md|json])\n"
            "  assess    Assess the risk now (--id N [--reference LEADSET_ID] [--format md])\n"
            "  policy    The approval policy ([--set FILE.json] to replace it)\n"
            "\n"
            "Output: --format json (default) or table. 'mizan-cli model SUBCOMMAND --help'\n"
            "describes each one.\n");
        stream.flush();
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(QStringLiteral("model"), Tr::tr("unknown subcommand '%1'").arg(sub));
}

} // namespace mizan::cli
