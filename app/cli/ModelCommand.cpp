// mizan-cli model import: wrap an external XGBoost JSON model into a model bundle.

#include "Cli.h"

#include "model/ModelBundle.h"

#include <QCoreApplication>

namespace mizan::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mizan::cli", text);
}

int runModelImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("model import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import an XGBoost JSON model trained elsewhere (Python, Spark) with the dataset spec\n"
           "of its input. The file is validated; its feature names are matched to the spec."));
    parser.addOptions({
        {QStringLiteral("xgboost"), tr("The XGBoost model file (JSON)."), tr("MODEL.json")},
        {QStringLiteral("spec"), tr("The dataset spec of the model's input."), tr("SPEC")},
        {QStringLiteral("bands"), tr("Risk band cut-offs (default 0.2,0.5)."), tr("CUTOFFS")},
        {QStringLiteral("name"), tr("The model's name (default: the file's name)."), tr("NAME")},
        {QStringLiteral("out"), tr("Where to write the model bundle."), tr("BUNDLE")},
        {QStringLiteral("format"), tr("Output format: json (default) or table."), tr("FORMAT")},
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

int runModel(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("import"))
        return runModelImport(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        out() << tr("Usage: mizan-cli model <subcommand> [options]\n\n"
                    "Subcommands:\n"
                    "  import   Import an XGBoost JSON model with its dataset spec\n");
        out().flush();
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return usage(QStringLiteral("model"), tr("unknown subcommand '%1'").arg(sub));
}

} // namespace mizan::cli
