// mizan-cli train: train a model bundle from a lead file and its dataset spec.

#include "Cli.h"
#include "Session.h"

#include "data/DatasetLoader.h"
#include "model/Trainer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace mizan::cli {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};
} // namespace

int runTrain(const QStringList &arguments)
{
    const QString command = QStringLiteral("train");
    if (Session::wantsWorkspace(arguments))
        // Refuse rather than silently work on plain files, unaudited.
        return usage(command,
                     Tr::tr("training inside a workspace comes with the model registry; train to a "
                            "bundle file, then store it with 'model import --workspace --bundle'"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Train a binary:logistic XGBoost model on a lead file and write a model bundle.\n"
               "Metrics are computed on the held-out test part of the split."));
    parser.addOptions({
        {QStringLiteral("data"), Tr::tr("The lead file (CSV) with outcomes."), Tr::tr("CSV")},
        {QStringLiteral("spec"),
         Tr::tr("The dataset spec (mizan.dataset-spec/1 JSON)."),
         Tr::tr("SPEC")},
        {QStringLiteral("split"),
         Tr::tr("Test part: mod:K:R, random:FRACTION:SEED, tail:FRACTION or none "
                "(default random:0.2:0)."),
         Tr::tr("SPLIT")},
        {QStringLiteral("param"),
         Tr::tr("A training parameter KEY=VALUE (max_depth, eta, rounds, subsample, "
                "colsample_bytree, min_child_weight, lambda, alpha, gamma, scale_pos_weight, "
                "base_score, seed, nthread, tree_method, early_stopping_rounds); repeatable."),
         Tr::tr("KEY=VALUE")},
        {QStringLiteral("params"),
         Tr::tr("Training parameters as a JSON object file."),
         Tr::tr("FILE")},
        {QStringLiteral("validation"),
         Tr::tr(
             "Validation part of the training rows for early stopping (default random:0.1:SEED)."),
         Tr::tr("SPLIT")},
        {QStringLiteral("bands"), Tr::tr("Risk band cut-offs (default 0.2,0.5)."), Tr::tr("CUTOFFS")},
        {QStringLiteral("name"),
         Tr::tr("The model's name (default: the spec's name)."),
         Tr::tr("NAME")},
        {QStringLiteral("out"), Tr::tr("Where to write the model bundle."), Tr::tr("BUNDLE")},
        {QStringLiteral("format"),
         Tr::tr("Output format: json (default) or table."),
         Tr::tr("FORMAT")},
    });
    bool helped = false;
    if (int rc = parse(parser, command, arguments, helped, {QStringLiteral("param")});
        rc != ExitOk || helped)
        return rc;
    Format format = Format::Json;
    if (int rc = formatOption(parser, command, {Format::Json, Format::Table}, Format::Json, format))
        return rc;
    int rc = ExitOk;
    for (const char *option : {"data", "spec", "out"}) {
        if (!require(parser, command, QLatin1String(option), rc))
            return rc;
    }

    TrainConfig config;
    if (parser.isSet(QStringLiteral("params"))) {
        QFile file(parser.value(QStringLiteral("params")));
        if (!file.open(QIODevice::ReadOnly))
            return report(
                makeError(ErrorCode::Io,
                          Tr::tr("%1: cannot open: %2").arg(file.fileName(), file.errorString())));
        if (file.size() > (1 << 20))
            return report(
                makeError(ErrorCode::LimitExceeded,
                          Tr::tr("%1: a parameter file may not exceed 1 MiB").arg(file.fileName())));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return report(makeError(ErrorCode::InvalidInput,
                                    Tr::tr("%1: not valid JSON at byte %2: %3")
                                        .arg(file.fileName())
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString())));
        if (!doc.isObject())
            return report(makeError(ErrorCode::InvalidInput,
                                    Tr::tr("%1: expected a JSON object of training parameters")
                                        .arg(file.fileName())));
        auto params = TrainParams::fromJson(doc.object(), file.fileName());
        if (!params)
            return report(params.error());
        config.params = *params;
    }
    for (const QString &pair : parser.values(QStringLiteral("param"))) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return usage(command, Tr::tr("--param expects KEY=VALUE, found '%1'").arg(pair));
        if (auto r = config.params.set(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed()); !r)
            return usage(command, r.error().message);
    }
    if (auto r = config.params.validate(); !r)
        return usage(command, r.error().message);
    auto split = SplitSpec::parse(parser.value(QStringLiteral("split")).isEmpty()
                                      ? QStringLiteral("random:0.2:0")
                                      : parser.value(QStringLiteral("split")));
    if (!split)
        return usage(command, split.error().message);
    config.split = *split;
    if (parser.isSet(QStringLiteral("validation"))) {
        auto validation = SplitSpec::parse(parser.value(QStringLiteral("validation")));
        if (!validation)
            return usage(command, validation.error().message);
        config.validation = *validation;
    }
    if (parser.isSet(QStringLiteral("bands"))) {
        auto bands = RiskBands::parse(parser.value(QStringLiteral("bands")));
        if (!bands)
            return usage(command, bands.error().message);
        config.bands = *bands;
    }
    config.name = parser.value(QStringLiteral("name"));

    auto spec = DatasetSpec::load(parser.value(QStringLiteral("spec")));
    if (!spec)
        return report(spec.error());
    LoadOptions load;
    load.target = TargetPolicy::Required;
    auto data = DatasetLoader::load(parser.value(QStringLiteral("data")), *spec, load);
    if (!data)
        return report(data.error());
    for (const QString &warning : std::as_const(data->warnings))
        err() << Tr::tr("warning: %1").arg(warning) << Qt::endl;
    auto bundle = Trainer::train(*data, config);
    if (!bundle)
        return report(bundle.error());
    const QString outPath = parser.value(QStringLiteral("out"));
    if (auto r = bundle->save(outPath); !r)
        return report(r.error());

    printResult(QJsonObject{{QStringLiteral("bundle"), outPath},
                            {QStringLiteral("name"), bundle->name},
                            {QStringLiteral("model_sha256"),
                             QString::fromLatin1(bundle->modelSha256)},
                            {QStringLiteral("training_data_sha256"),
                             QString::fromLatin1(bundle->trainingDataSha256)},
                            {QStringLiteral("features"), bundle->encoder.featureCount()},
                            {QStringLiteral("split"), config.split.toString()},
                            {QStringLiteral("training"), bundle->training},
                            {QStringLiteral("params"), config.params.toJson()},
                            {QStringLiteral("metrics"), bundle->metrics}},
                format);
    return ExitOk;
}

} // namespace mizan::cli
