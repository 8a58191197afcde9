// mizan-cli demo: write the demo lead file, its spec and a model bundle trained on it.

#include "Cli.h"

#include "common/Result.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"
#include "model/Trainer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace mizan::cli {

namespace {

/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

Result<> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

int runDemo(const QStringList &arguments)
{
    const QString command = QStringLiteral("demo");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write a demo lead set (business-setup enquiries, generated from a seed), its "
               "dataset spec\nand a model bundle trained on it, into a folder. The generating "
               "process and its deliberate\ngroup disparity are described in "
               "docs/demo-leads.md."));
    parser.addOptions({
        {QStringLiteral("out"),
         Tr::tr("The folder to write into (created if needed)."),
         Tr::tr("DIR")},
        {QStringLiteral("rows"), Tr::tr("Number of leads (default 8000)."), Tr::tr("N")},
        {QStringLiteral("seed"), Tr::tr("Generator seed (default 2026)."), Tr::tr("SEED")},
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
    if (!require(parser, command, QStringLiteral("out"), rc))
        return rc;
    DemoLeads::Options options;
    if (parser.isSet(QStringLiteral("rows"))) {
        bool ok = false;
        options.rows = parser.value(QStringLiteral("rows")).toInt(&ok);
        if (!ok || options.rows < 200 || options.rows > 2'000'000)
            return usage(command, Tr::tr("--rows expects a number from 200 to 2000000"));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(command, Tr::tr("--seed expects a whole number"));
    }

    const QString folder = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(folder))
        return report(makeError(ErrorCode::Io, Tr::tr("%1: cannot create the folder").arg(folder)));
    const QDir dir(folder);
    const QString leadsPath = dir.filePath(QStringLiteral("demo-leads.csv"));
    const QString specPath = dir.filePath(QStringLiteral("demo-leads.spec.json"));
    const QString bundlePath = dir.filePath(QStringLiteral("demo-model.bundle.json"));

    // Build everything in memory first, so that a failure writes nothing.
    const QByteArray csv = DemoLeads::csv(options);
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    LoadOptions load;
    load.target = TargetPolicy::Required;
    auto data = DatasetLoader::read(buffer, leadsPath, DemoLeads::spec(), load);
    if (!data)
        return report(data.error());
    TrainConfig config;
    config.name = Tr::tr("Demo lead-conversion model");
    config.split = *SplitSpec::parse(QStringLiteral("random:0.2:%1").arg(options.seed));
    config.params.maxDepth = 4;
    config.params.eta = 0.1;
    config.params.rounds = 200;
    config.params.seed = options.seed;
    config.params.treeMethod = QStringLiteral("hist");
    auto bundle = Trainer::train(*data, config);
    if (!bundle)
        return report(bundle.error());
    for (const auto &[path, content] :
         {std::pair{leadsPath, csv}, std::pair{specPath, DemoLeads::specJson()}}) {
        if (auto r = writeFile(path, content); !r)
            return report(r.error());
    }
    if (auto r = bundle->save(bundlePath); !r)
        return report(r.error());

    qint64 converted = 0;
    for (int8_t label : data->labels)
        converted += label == 1 ? 1 : 0;
    printResult(QJsonObject{{QStringLiteral("leads"), leadsPath},
                            {QStringLiteral("spec"), specPath},
                            {QStringLiteral("model"), bundlePath},
                            {QStringLiteral("rows"), data->rowCount()},
                            {QStringLiteral("seed"), QString::number(options.seed)},
                            {QStringLiteral("conversion_rate"),
                             double(converted) / double(data->rowCount())},
                            {QStringLiteral("model_sha256"),
                             QString::fromLatin1(bundle->modelSha256)},
                            {QStringLiteral("test_metrics"),
                             bundle->metrics.value(QStringLiteral("test"))}},
                format);
    return ExitOk;
}

} // namespace mizan::cli
