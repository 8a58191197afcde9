// mizan-cli score: score a lead file with a model bundle.

#include "Cli.h"
#include "Session.h"

#include "data/DatasetLoader.h"
#include "model/ScoreExport.h"
#include "model/Scorer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace mizan::cli {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};
} // namespace

namespace {

/** score --workspace: a stored lead set with a stored model; every prediction is kept. */
int runScoreWorkspace(const QStringList &arguments)
{
    const QString command = QStringLiteral("score");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Score a lead set stored in the workspace with a stored model. The predictions are\n"
               "kept with the model version, the input's hash, the time and the user."));
    parser.addOptions(Session::options());
    parser.addOptions({
        {QStringLiteral("lead-set"), Tr::tr("The lead set's id (see workspace info)."), Tr::tr("ID")},
        {QStringLiteral("model"),
         Tr::tr("The model version's id (default: the deployed version, or the approved version "
                "scoring falls back to when it fails its checks)."),
         Tr::tr("ID")},
        {QStringLiteral("format"),
         Tr::tr("Output format: json (default) or table."),
         Tr::tr("FORMAT")},
    });
    bool helped = false;
    Format format = Format::Json;
    if (int rc
        = parseDataCommand(parser, command, arguments, {QStringLiteral("lead-set")}, helped, format);
        rc != ExitOk || helped)
        return rc;
    const bool chosen = parser.isSet(QStringLiteral("model"));
    bool okSet = false;
    bool okModel = true;
    const qint64 leadSet = parser.value(QStringLiteral("lead-set")).toLongLong(&okSet);
    qint64 model = chosen ? parser.value(QStringLiteral("model")).toLongLong(&okModel) : 0;
    if (!okSet || !okModel)
        return usage(command, Tr::tr("--lead-set and --model expect numeric ids"));
    Session session;
    if (int rc = session.open(parser, command); rc != ExitOk)
        return rc;
    // Which version is approved for scoring now; a fallback is audited by the workspace.
    auto deployed = session.workspace().deployedModel();
    if (!chosen) {
        if (!deployed)
            return report(deployed.error());
        model = deployed->modelId;
    }
    auto run = session.workspace().scoreLeadSet(leadSet, model);
    if (!run)
        return report(run.error());
    QJsonObject result = run->toJson();
    if (deployed) {
        result.insert(QStringLiteral("deployed_model"), deployed->intendedId);
        result.insert(QStringLiteral("approved_for_scoring"), model == deployed->modelId);
        if (deployed->fallback) {
            result.insert(QStringLiteral("fallback"), true);
            result.insert(QStringLiteral("fallback_reason"), deployed->problem);
            err() << Tr::tr("mizan-cli score: warning: the deployed version %1 failed its checks "
                            "(%2); version %3 is the approved fallback.")
                         .arg(deployed->intendedId)
                         .arg(deployed->problem)
                         .arg(deployed->modelId)
                  << Qt::endl;
        }
    }
    if (model != (deployed ? deployed->modelId : -1))
        err() << Tr::tr("mizan-cli score: note: version %1 is not the version approved for "
                        "scoring; its scores are for evaluation.")
                     .arg(model)
              << Qt::endl;
    printResult(result, format);
    return ExitOk;
}

} // namespace

Result<DatasetSpec> readingSpec(const ModelBundle &bundle, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("spec")))
        return bundle.spec;
    const QString path = parser.value(QStringLiteral("spec"));
    MIZAN_TRY(given, DatasetSpec::load(path));
    if (given.features != bundle.spec.features)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1: its features differ from the model's spec; the model cannot "
                           "score data described by it")
                        .arg(path));
    return given;
}

int runScore(const QStringList &arguments)
{
    if (Session::wantsWorkspace(arguments))
        return runScoreWorkspace(arguments);
    const QString command = QStringLiteral("score");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Score a lead file with a model bundle. Columns: row_index, id, margin (log-odds),\n"
               "probability, band. The file is read with the bundle's dataset spec unless --spec\n"
               "gives another layout for the same features."));
    parser.addOptions({
        {QStringLiteral("model"), Tr::tr("The model bundle."), Tr::tr("BUNDLE")},
        {QStringLiteral("data"), Tr::tr("The lead file (CSV)."), Tr::tr("CSV")},
        {QStringLiteral("spec"),
         Tr::tr("A dataset spec for reading this file (same features)."),
         Tr::tr("SPEC")},
        {QStringLiteral("out"),
         Tr::tr("Write the scores to this file instead of standard output."),
         Tr::tr("FILE")},
        {QStringLiteral("format"),
         Tr::tr("Output format: json (default), csv or table."),
         Tr::tr("FORMAT")},
        {QStringLiteral("threads"), Tr::tr("Threads to use (default: all cores)."), Tr::tr("N")},
        {QStringLiteral("engine"),
         Tr::tr("Tree evaluation: native (default) or xgboost (XGBoost's own prediction, the "
                "cross-check; both give the same margins)."),
         Tr::tr("ENGINE")},
    });
    bool helped = false;
    if (int rc = parse(parser, command, arguments, helped); rc != ExitOk || helped)
        return rc;
    Format format = Format::Json;
    if (int rc = formatOption(parser,
                              command,
                              {Format::Json, Format::Csv, Format::Table},
                              Format::Json,
                              format))
        return rc;
    int rc = ExitOk;
    for (const char *option : {"model", "data"}) {
        if (!require(parser, command, QLatin1String(option), rc))
            return rc;
    }
    ScoreOptions options;
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        options.nthread = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || options.nthread < 1 || options.nthread > 1024)
            return usage(command, Tr::tr("--threads expects a number from 1 to 1024"));
    }

    if (parser.isSet(QStringLiteral("engine"))) {
        const QString engine = parser.value(QStringLiteral("engine"));
        if (engine == QLatin1String("native"))
            options.engine = ScoreEngine::Native;
        else if (engine == QLatin1String("xgboost"))
            options.engine = ScoreEngine::XGBoost;
        else
            return usage(command, Tr::tr("--engine expects native or xgboost"));
    }
    auto bundle = ModelBundle::load(parser.value(QStringLiteral("model")));
    if (!bundle)
        return report(bundle.error());
    auto spec = readingSpec(*bundle, parser);
    if (!spec)
        return report(spec.error());
    auto data = DatasetLoader::load(parser.value(QStringLiteral("data")), *spec);
    if (!data)
        return report(data.error());
    for (const QString &warning : std::as_const(data->warnings))
        err() << Tr::tr("warning: %1").arg(warning) << Qt::endl;
    auto scorer = Scorer::create(*bundle, options);
    if (!scorer)
        return report(scorer.error());
    auto scores = scorer->score(*data);
    if (!scores)
        return report(scores.error());

    const auto write = [&](QIODevice &device, const QString &name) -> Result<> {
        if (format == Format::Csv)
            return ScoreExport::writeCsv(device, name, *data, *scores, bundle->bands);
        if (format == Format::Json)
            return ScoreExport::writeJson(device, name, *data, *scores, bundle->bands);
        // table: aligned for a terminal
        QByteArray text = QByteArrayLiteral(
            "row_index  id                  margin        probability  band\n");
        for (qint64 i = 0; i < scores->size(); ++i) {
            const auto r = static_cast<size_t>(i);
            text += QString::number(i).leftJustified(10).toUtf8() + ' '
                    + data->idOf(i).leftJustified(19).toUtf8() + ' '
                    + QString::number(double(scores->margins[r]), 'f', 6).rightJustified(12).toUtf8()
                    + "  "
                    + QString::number(scores->probabilities[r], 'f', 6).rightJustified(11).toUtf8()
                    + "  " + bundle->bands.labels.at(scores->bands[r]).toUtf8() + '\n';
        }
        if (device.write(text) != text.size())
            return fail(ErrorCode::Io, Tr::tr("%1: cannot write").arg(name));
        return {};
    };

    if (parser.isSet(QStringLiteral("out"))) {
        const QString path = parser.value(QStringLiteral("out"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return report(makeError(ErrorCode::Io,
                                    Tr::tr("%1: cannot write: %2").arg(path, file.errorString())));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (auto r = write(file, path); !r)
            return report(r.error());
        if (!file.commit())
            return report(makeError(ErrorCode::Io,
                                    Tr::tr("%1: cannot write: %2").arg(path, file.errorString())));
        QJsonObject summary = ScoreExport::summary(*scores, bundle->bands);
        summary.insert(QStringLiteral("out"), path);
        summary.insert(QStringLiteral("model_sha256"), QString::fromLatin1(bundle->modelSha256));
        summary.insert(QStringLiteral("input_sha256"), QString::fromLatin1(data->sha256));
        printResult(summary, format == Format::Table ? Format::Table : Format::Json);
        return ExitOk;
    }
    out().flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return report(makeError(ErrorCode::Io, Tr::tr("cannot write to standard output")));
    if (auto r = write(stdoutFile, Tr::tr("standard output")); !r)
        return report(r.error());
    stdoutFile.flush();
    return ExitOk;
}

} // namespace mizan::cli
