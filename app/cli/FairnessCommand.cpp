// mizan-cli fairness: group metrics, disparities and the bias policy's verdicts.

#include "Cli.h"
#include "Session.h"

#include "data/DatasetLoader.h"
#include "fairness/FairnessData.h"
#include "model/Scorer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cmath>

namespace mizan::cli {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

const QString kCommand = QStringLiteral("fairness");

/** What both forms read from the command line. */
struct Request
{
    FairnessQuery query;
    bool failOnAlert = false;
};

QList<QCommandLineOption> fairnessOptions()
{
    return {
        {QStringLiteral("sensitive"),
         Tr::tr("Sensitive attributes of the spec to compare groups of, A or A,B "
                "(default: all of the spec's)."),
         Tr::tr("A[,B]")},
        {QStringLiteral("intersect"), Tr::tr("Also the intersection A|B of the two attributes.")},
        {QStringLiteral("privileged"),
         Tr::tr("AIF360's reference groups instead of the spec's, e.g. sex=Male,race=White."),
         Tr::tr("A=GROUP[,...]")},
        {QStringLiteral("threshold"),
         Tr::tr("Decision threshold: positive when probability >= T (default 0.5)."),
         Tr::tr("T")},
        {QStringLiteral("bootstrap"),
         Tr::tr("Bootstrap confidence intervals from N resamples (e.g. 1000)."),
         Tr::tr("N")},
        {QStringLiteral("seed"), Tr::tr("Seed of the bootstrap (default 0)."), Tr::tr("SEED")},
        {QStringLiteral("optimize"),
         Tr::tr("Report per-group thresholds meeting a constraint, as fairlearn's "
                "ThresholdOptimizer: dp (demographic parity), eo (equalized odds) or both. "
                "Reported only, never applied."),
         Tr::tr("CONSTRAINT")},
        {QStringLiteral("sweep"), Tr::tr("Add each attribute's threshold sweep (0 to 1 by 0.01).")},
        {QStringLiteral("fail-on-alert"),
         Tr::tr("Exit with 1 when a rule of the bias policy does not pass.")},
        {QStringLiteral("format"),
         Tr::tr("Output format: json (default) or table."),
         Tr::tr("FORMAT")},
    };
}

int readRequest(const QCommandLineParser &parser, Request &request)
{
    if (parser.isSet(QStringLiteral("sensitive")) || parser.isSet(QStringLiteral("intersect"))) {
        auto names
            = fairnessAttributes(parser.value(QStringLiteral("sensitive")).split(QLatin1Char(',')),
                                 parser.isSet(QStringLiteral("intersect")));
        if (!names)
            return usage(kCommand, names.error().message);
        request.query.attributes = *names;
    }
    if (parser.isSet(QStringLiteral("privileged"))) {
        auto privileged = parsePrivileged(parser.value(QStringLiteral("privileged")));
        if (!privileged)
            return usage(kCommand, privileged.error().message);
        request.query.privileged = *privileged;
    }
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        request.query.options.threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok
            || !(request.query.options.threshold >= 0.0 && request.query.options.threshold <= 1.0))
            return usage(kCommand, Tr::tr("--threshold expects a number from 0 to 1"));
    }
    if (parser.isSet(QStringLiteral("bootstrap"))) {
        bool ok = false;
        BootstrapOptions bootstrap;
        bootstrap.resamples = parser.value(QStringLiteral("bootstrap")).toInt(&ok);
        if (!ok || bootstrap.resamples < 1 || bootstrap.resamples > 100000)
            return usage(kCommand, Tr::tr("--bootstrap expects a number from 1 to 100000"));
        if (parser.isSet(QStringLiteral("seed"))) {
            bootstrap.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                return usage(kCommand, Tr::tr("--seed expects a non-negative integer"));
        }
        request.query.options.bootstrap = bootstrap;
    } else if (parser.isSet(QStringLiteral("seed"))) {
        return usage(kCommand, Tr::tr("--seed is the bootstrap's: give --bootstrap N too"));
    }
    if (parser.isSet(QStringLiteral("optimize"))) {
        const QString value = parser.value(QStringLiteral("optimize"));
        if (value == QLatin1String("dp") || value == QLatin1String("both"))
            request.query.options.optimizer.push_back(FairnessConstraint::DemographicParity);
        if (value == QLatin1String("eo") || value == QLatin1String("both"))
            request.query.options.optimizer.push_back(FairnessConstraint::EqualizedOdds);
        if (request.query.options.optimizer.empty())
            return usage(kCommand, Tr::tr("--optimize expects dp, eo or both"));
    }
    request.query.sweeps = parser.isSet(QStringLiteral("sweep"));
    request.failOnAlert = parser.isSet(QStringLiteral("fail-on-alert"));
    return ExitOk;
}

QString number(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 4) : QStringLiteral("-");
}

/** A person's view: per attribute the groups, the disparities, then the policy's verdicts. */
void printTable(const FairnessResult &result)
{
    QTextStream &o = out();
    const FairnessReport &report = result.report;
    o << Tr::tr("Fairness of %1 on %2 at threshold %3 (%4 rows with a known outcome)")
             .arg(result.modelName, result.dataName, number(report.threshold))
             .arg(report.rowsUsed)
      << '\n';
    for (const QString &warning : report.warnings)
        o << Tr::tr("warning: %1").arg(warning) << '\n';
    const QList<std::pair<GroupMetric, QString>> shown
        = {{GroupMetric::SelectionRate, Tr::tr("selected")},
           {GroupMetric::BaseRate, Tr::tr("base rate")},
           {GroupMetric::TruePositiveRate, Tr::tr("TPR")},
           {GroupMetric::FalsePositiveRate, Tr::tr("FPR")},
           {GroupMetric::Precision, Tr::tr("precision")},
           {GroupMetric::RocAuc, Tr::tr("ROC AUC")}};
    for (const AttributeReport &a : report.attributes) {
        o << '\n' << a.name() << '\n';
        o << QStringLiteral("  %1 %2").arg(Tr::tr("group"), -24).arg(Tr::tr("count"), 8);
        for (const auto &[metric, header] : shown)
            o << QStringLiteral(" %1").arg(header, 10);
        o << '\n';
        const auto row = [&](const GroupMetrics &g, const QString &name) {
            o << QStringLiteral("  %1 %2").arg(name.left(24), -24).arg(g.counts.count(), 8);
            for (const auto &[metric, header] : shown)
                o << QStringLiteral(" %1").arg(number(g.value(metric)), 10);
            o << (g.small ? QStringLiteral("  ") + Tr::tr("(small group)") : QString()) << '\n';
        };
        for (const GroupMetrics &g : a.metrics.groups)
            row(g, g.name);
        row(a.metrics.overall, Tr::tr("overall"));
        for (int d = 0; d < kDisparityCount; d += 1) {
            const auto disparity = static_cast<Disparity>(d);
            o << QStringLiteral("  %1 %2\n")
                     .arg(disparityKey(disparity), -44)
                     .arg(number(a.disparity(disparity)));
        }
        if (a.disparities.aif360) {
            o << "  "
              << Tr::tr("AIF360 signed, privileged %1:").arg(a.disparities.aif360->privileged)
              << '\n';
            for (int d = 0; d < kSignedDisparityCount; ++d)
                o << QStringLiteral("    %1 %2\n")
                         .arg(signedDisparityKey(static_cast<SignedDisparity>(d)), -42)
                         .arg(number(a.disparities.aif360->values[size_t(d)]));
        }
        for (const QString &warning : a.warnings)
            o << "  " << Tr::tr("warning: %1").arg(warning) << '\n';
    }
    o << '\n' << Tr::tr("Policy %1:").arg(result.policy.name) << '\n';
    for (const BiasAlert &alert : result.alerts)
        o << QStringLiteral("  [%1] %2\n").arg(alertStatusKey(alert.status), alert.text);
    o.flush();
}

int finish(const FairnessResult &result, const Request &request, Format format)
{
    if (format == Format::Table)
        printTable(result);
    else
        printResult(result.toJson(), Format::Json);
    if (request.failOnAlert && !result.failedAlerts().empty()) {
        err() << Tr::tr("mizan-cli: %n rule(s) of the bias policy did not pass.",
                        nullptr,
                        int(result.failedAlerts().size()))
              << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

int runFairnessWorkspace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Fairness of a stored model on a stored, labelled lead set: per-group metrics,\n"
               "fairlearn's disparities, AIF360's signed forms and the workspace's bias policy.\n"
               "Audited as fairness.report; failing rules are stored and audited as alerts."));
    parser.addOptions(Session::options());
    parser.addOptions(fairnessOptions());
    parser.addOptions({
        {QStringLiteral("lead-set"), Tr::tr("The lead set's id."), Tr::tr("ID")},
        {QStringLiteral("model"), Tr::tr("The model's id."), Tr::tr("ID")},
    });
    bool helped = false;
    Format format = Format::Json;
    Request request;
    if (int rc = parseDataCommand(parser,
                                  kCommand,
                                  arguments,
                                  {QStringLiteral("lead-set"), QStringLiteral("model")},
                                  helped,
                                  format);
        rc != ExitOk || helped)
        return rc;
    if (int rc = readRequest(parser, request); rc != ExitOk)
        return rc;
    qint64 leadSet = 0;
    qint64 model = 0;
    if (int rc = readLeadSetAndModel(parser, kCommand, leadSet, model); rc != ExitOk)
        return rc;
    Session session;
    if (int rc = session.open(parser, kCommand); rc != ExitOk)
        return rc;
    auto result = session.workspace().fairnessReport(model, leadSet, request.query);
    if (!result)
        return report(result.error());
    return finish(*result, request, format);
}

} // namespace

int runFairness(const QStringList &arguments)
{
    if (Session::wantsWorkspace(arguments))
        return runFairnessWorkspace(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Fairness of a model bundle on a labelled lead file: per-group counts, selection\n"
               "rate, TPR, FPR, FNR, TNR, precision, accuracy and ROC AUC; fairlearn's\n"
               "disparities between groups and to overall; AIF360's signed forms against the\n"
               "spec's privileged group; the bias policy's verdicts."));
    parser.addOptions(fairnessOptions());
    parser.addOptions({
        {QStringLiteral("model"), Tr::tr("The model bundle."), Tr::tr("BUNDLE")},
        {QStringLiteral("data"), Tr::tr("The labelled lead file (CSV)."), Tr::tr("CSV")},
        {QStringLiteral("spec"),
         Tr::tr("A dataset spec for reading this file (same features; its sensitive "
                "attributes are used)."),
         Tr::tr("SPEC")},
        {QStringLiteral("policy"),
         Tr::tr("A bias policy (mizan.bias-policy/1 JSON) instead of the default "
                "(demographic parity ratio >= 0.8, equalized odds difference <= 0.1)."),
         Tr::tr("FILE")},
    });
    bool helped = false;
    Format format = Format::Json;
    Request request;
    if (int rc = parseDataCommand(parser,
                                  kCommand,
                                  arguments,
                                  {QStringLiteral("model"), QStringLiteral("data")},
                                  helped,
                                  format);
        rc != ExitOk || helped)
        return rc;
    if (int rc = readRequest(parser, request); rc != ExitOk)
        return rc;
    BiasPolicy policy = BiasPolicy::defaults();
    if (parser.isSet(QStringLiteral("policy"))) {
        const QString path = parser.value(QStringLiteral("policy"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return report(makeError(ErrorCode::Io,
                                    Tr::tr("%1: cannot be read: %2").arg(path, file.errorString())));
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return report(makeError(ErrorCode::InvalidInput,
                                    Tr::tr("%1: not a JSON object (%2 at offset %3)")
                                        .arg(path, error.errorString())
                                        .arg(error.offset)));
        auto parsed = BiasPolicy::fromJson(document.object(), path);
        if (!parsed)
            return report(parsed.error());
        policy = *parsed;
    }
    auto bundle = ModelBundle::load(parser.value(QStringLiteral("model")));
    if (!bundle)
        return report(bundle.error());
    auto spec = readingSpec(*bundle, parser);
    if (!spec)
        return report(spec.error());
    LoadOptions load;
    load.target = TargetPolicy::Required;
    auto data = DatasetLoader::load(parser.value(QStringLiteral("data")), *spec, load);
    if (!data)
        return report(data.error());
    auto scorer = Scorer::create(*bundle);
    if (!scorer)
        return report(scorer.error());
    auto scores = scorer->score(*data);
    if (!scores)
        return report(scores.error());
    auto built = FairnessData::build(*data,
                                     std::move(scores->probabilities),
                                     request.query.attributes,
                                     request.query.privileged);
    if (!built)
        return report(built.error());
    auto result = FairnessResult::compute(std::make_shared<const FairnessData>(std::move(*built)),
                                          request.query.options,
                                          policy,
                                          request.query.sweeps);
    if (!result)
        return report(result.error());
    result->modelName = bundle->name;
    result->modelSha256 = bundle->modelSha256;
    result->dataName = parser.value(QStringLiteral("data"));
    result->dataSha256 = data->sha256;
    return finish(*result, request, format);
}

} // namespace mizan::cli
