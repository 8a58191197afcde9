// mizan-cli explain: why one lead got its score (TreeSHAP, LIME, counterfactuals, what-if) and
// what drives a model over a lead set (--global).

#include "Cli.h"
#include "Marking.h"
#include "Session.h"

#include "data/DatasetLoader.h"
#include "explain/Explainer.h"
#include "explain/ExplanationReport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace mizan::cli {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

const QString kCommand = QStringLiteral("explain");

struct Request
{
    bool global = false;
    qint64 row = -1;
    ExplainOptions options;
    GlobalOptions globalOptions;
    QStringList settings; ///< what-if: column=value
    int top = 10;
    QString report; ///< HTML report file, or empty
    bool crossCheck = false;
    QString leadId; ///< --id: found in the data instead of --row
    ReportLanguage language = ReportLanguage::English;
};

QList<QCommandLineOption> explainOptions()
{
    return {
        {QStringLiteral("row"),
         Tr::tr("The lead's 0-based row in the file or lead set."),
         Tr::tr("N")},
        {QStringLiteral("id"),
         Tr::tr("The lead's id (the spec's id column) instead of --row."),
         Tr::tr("ID")},
        {QStringLiteral("method"),
         Tr::tr("shap (default), lime or both. SHAP is always computed: it is exact and cheap."),
         Tr::tr("METHOD")},
        {QStringLiteral("counterfactuals"),
         Tr::tr("Also suggest the smallest changes to actionable features that would move the "
                "lead across the threshold.")},
        {QStringLiteral("threshold"),
         Tr::tr("The decision threshold for counterfactuals (default 0.5)."),
         Tr::tr("P")},
        {QStringLiteral("seed"),
         Tr::tr("LIME's and the global sample's seed (default 0)."),
         Tr::tr("S")},
        {QStringLiteral("samples"), Tr::tr("LIME's samples (default 5000)."), Tr::tr("N")},
        {QStringLiteral("set"),
         Tr::tr("What-if: explain the lead with this feature changed (column=value; repeatable; "
                "an empty value means missing)."),
         Tr::tr("COLUMN=VALUE")},
        {QStringLiteral("global"),
         Tr::tr("Explain the model over the whole lead set: mean |SHAP| per feature.")},
        {QStringLiteral("sample"),
         Tr::tr("--global: rows kept for beeswarm points in the output (default 0)."),
         Tr::tr("N")},
        {QStringLiteral("threads"), Tr::tr("--global: threads (default: all cores)."), Tr::tr("N")},
        {QStringLiteral("cross-check"),
         Tr::tr("Also compute XGBoost's own pred_contribs for the lead and report the largest "
                "difference from the native TreeSHAP.")},
        {QStringLiteral("report"),
         Tr::tr("Also write the one-lead explanation report (HTML) to this file."),
         Tr::tr("FILE")},
        {QStringLiteral("language"),
         Tr::tr("The report's language: en (default) or ar (Arabic, right to left)."),
         Tr::tr("LANG")},
        {QStringLiteral("format"),
         Tr::tr("Output format: json (default) or table."),
         Tr::tr("FORMAT")},
    };
}

bool readCount(
    const QCommandLineParser &parser, const char *name, qint64 min, qint64 max, qint64 &value)
{
    if (!parser.isSet(QLatin1String(name)))
        return true;
    bool ok = false;
    value = parser.value(QLatin1String(name)).toLongLong(&ok);
    return ok && value >= min && value <= max;
}

/** Reads the options shared by the file and workspace forms; returns ExitOk or a usage error. */
int readRequest(const QCommandLineParser &parser, Request &request)
{
    request.global = parser.isSet(QStringLiteral("global"));
    const QString method = parser.value(QStringLiteral("method"));
    if (!method.isEmpty() && method != QLatin1String("shap") && method != QLatin1String("lime")
        && method != QLatin1String("both"))
        return usage(kCommand, Tr::tr("--method expects shap, lime or both"));
    request.options.lime = method == QLatin1String("lime") || method == QLatin1String("both");
    request.options.counterfactuals = parser.isSet(QStringLiteral("counterfactuals"));
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        const double t = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || !(t > 0.0 && t < 1.0))
            return usage(kCommand, Tr::tr("--threshold expects a probability between 0 and 1"));
        request.options.counterfactualOptions.threshold = t;
    }
    qint64 seed = 0, samples = 5000, sample = 0, threads = 0;
    if (!readCount(parser, "seed", 0, std::numeric_limits<qint64>::max(), seed))
        return usage(kCommand, Tr::tr("--seed expects a non-negative whole number"));
    if (!readCount(parser, "samples", 100, 1000000, samples))
        return usage(kCommand, Tr::tr("--samples expects a number from 100 to 1000000"));
    if (!readCount(parser, "sample", 0, 100000, sample))
        return usage(kCommand, Tr::tr("--sample expects a number from 0 to 100000"));
    if (!readCount(parser, "threads", 1, 1024, threads))
        return usage(kCommand, Tr::tr("--threads expects a number from 1 to 1024"));
    request.options.limeOptions.seed = quint64(seed);
    request.options.limeOptions.samples = static_cast<int>(samples);
    request.globalOptions.seed = quint64(seed);
    request.globalOptions.sampleRows = std::max<qint64>(sample, 1);
    request.globalOptions.nthread = static_cast<int>(threads);
    request.top = static_cast<int>(sample);
    request.settings = parser.values(QStringLiteral("set"));
    request.report = parser.value(QStringLiteral("report"));
    request.crossCheck = parser.isSet(QStringLiteral("cross-check"));
    const QString language = parser.value(QStringLiteral("language"));
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("ar"))
        return usage(kCommand, Tr::tr("--language expects en or ar"));
    if (!language.isEmpty() && request.report.isEmpty())
        return usage(kCommand, Tr::tr("--language is for --report"));
    request.language = language == QLatin1String("ar") ? ReportLanguage::Arabic
                                                       : ReportLanguage::English;
    if (request.global) {
        if (parser.isSet(QStringLiteral("row")) || parser.isSet(QStringLiteral("id"))
            || !request.settings.isEmpty() || !request.report.isEmpty())
            return usage(kCommand,
                         Tr::tr("--global explains a lead set: no --row, --id, --set or --report"));
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("id"))) {
        if (parser.isSet(QStringLiteral("row")))
            return usage(kCommand, Tr::tr("give --row or --id, not both"));
        request.leadId = parser.value(QStringLiteral("id"));
        if (request.leadId.isEmpty())
            return usage(kCommand, Tr::tr("--id expects the lead's id"));
        return ExitOk;
    }
    if (!readCount(parser, "row", 0, std::numeric_limits<qint64>::max(), request.row)
        || request.row < 0)
        return usage(kCommand, Tr::tr("--row expects the lead's 0-based row number"));
    return ExitOk;
}

Result<qint64> rowOfId(const Dataset &data, const QString &id)
{
    for (qint64 r = 0; r < data.rowCount(); ++r) {
        if (data.idOf(r) == id)
            return r;
    }
    return fail(ErrorCode::InvalidInput,
                Tr::tr("%1: there is no lead with the id '%2'").arg(data.source, id));
}

/** Applies --set column=value to a lead; errors name the column. */
Result<Lead> applySettings(const FeatureSpace &space, Lead lead, const QStringList &settings)
{
    for (const QString &setting : settings) {
        const qsizetype eq = setting.indexOf(u'=');
        const QString column = eq < 0 ? setting : setting.left(eq);
        const int feature = space.indexOf(column);
        if (eq < 0 || feature < 0)
            return fail(ErrorCode::Usage,
                        Tr::tr("--set %1: expected COLUMN=VALUE with a feature of the model")
                            .arg(setting));
        MIZAN_TRY(value, space.parseValue(feature, setting.mid(eq + 1)));
        lead[static_cast<size_t>(feature)] = value;
    }
    return lead;
}

/**
 * Writes the HTML report atomically, readable by the owner only; from a workspace with its
 * classification marking first and last in the body (empty outside a workspace: unmarked).
 */
Result<> writeReport(const Request &request,
                     const LeadExplanation &e,
                     const FeatureSpace &space,
                     const ExplanationReportContext &context,
                     const ExportMarking &marking = {})
{
    const QByteArray html = markedHtml(explanationReportHtml(e, space, request.language, context),
                                       marking);
    QSaveFile file(request.report);
    if (!file.open(QIODevice::WriteOnly))
        return fail(withFile(makeError(ErrorCode::Io,
                                       Tr::tr("%1: cannot write: %2")
                                           .arg(request.report, file.errorString())),
                             request.report));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(html) != html.size() || !file.commit())
        return fail(withFile(makeError(ErrorCode::Io,
                                       Tr::tr("%1: cannot write: %2")
                                           .arg(request.report, file.errorString())),
                             request.report));
    return {};
}

/** --cross-check: XGBoost's pred_contribs beside the native values, and how far apart. */
Result<> addCrossCheck(QJsonObject &json, const Explainer &explainer, const LeadExplanation &e)
{
    MIZAN_TRY(theirs, explainer.xgboostContributions(e.lead));
    const std::vector<double> &ours = e.shap.inputContributions;
    if (theirs.size() != ours.size() + 1)
        return fail(ErrorCode::Internal,
                    Tr::tr("XGBoost returned %1 contributions for %2 inputs")
                        .arg(theirs.size())
                        .arg(ours.size()));
    QJsonObject inputs;
    double largest = std::abs(theirs.back() - e.shap.expectedValue);
    const QStringList names = explainer.space().inputNames();
    for (size_t i = 0; i < ours.size(); ++i) {
        inputs.insert(names.value(static_cast<qsizetype>(i)), theirs[i]);
        largest = std::max(largest, std::abs(theirs[i] - ours[i]));
    }
    json.insert(QStringLiteral("xgboost_pred_contribs"),
                QJsonObject{{QStringLiteral("inputs"), inputs},
                            {QStringLiteral("bias"), theirs.back()},
                            {QStringLiteral("largest_difference"), largest},
                            {QStringLiteral("note"),
                             QStringLiteral("XGBoost sums in float: differences up to 1e-5 + "
                                            "1e-6 x |margin| are rounding")}});
    return {};
}

void printExplanation(const QJsonObject &json,
                      const LeadExplanation &e,
                      const FeatureSpace &space,
                      Format format)
{
    if (format == Format::Json) {
        printResult(json, Format::Json);
        return;
    }
    QTextStream &o = out();
    o << Tr::tr("E[f(x)] %1 (probability %2) -> f(x) %3 (probability %4)")
             .arg(e.shap.expectedValue, 0, 'f', 4)
             .arg(e.shap.baseProbability, 0, 'f', 4)
             .arg(e.shap.margin, 0, 'f', 4)
             .arg(e.shap.probability, 0, 'f', 4)
      << '\n';
    for (const FeatureAttribution &a : e.shap.features) {
        if (a.contribution == 0.0)
            continue;
        const QString name = space.features()[static_cast<size_t>(a.feature)].column;
        o << QStringLiteral("  %1 = %2  %3")
                 .arg(name.leftJustified(24),
                      space.displayValue(a.feature, e.lead[static_cast<size_t>(a.feature)])
                          .leftJustified(16))
                 .arg(a.contribution, 9, 'f', 4)
          << '\n';
    }
    if (e.lime) {
        o << Tr::tr("LIME (seed %1, R^2 %2):").arg(e.lime->seed).arg(e.lime->score, 0, 'f', 3)
          << '\n';
        for (const LimeWeight &w : e.lime->weights)
            o << QStringLiteral("  %1 %2").arg(w.condition.leftJustified(40)).arg(w.weight, 9, 'f', 4)
              << '\n';
    }
    if (e.agreement)
        o << Tr::tr("SHAP and LIME: rank correlation %1, same sign %2%")
                 .arg(e.agreement->rankCorrelation, 0, 'f', 2)
                 .arg(e.agreement->signAgreement * 100.0, 0, 'f', 0)
          << '\n';
    for (const Counterfactual &c : e.counterfactuals) {
        QStringList changes;
        for (const FeatureChange &change : c.changes)
            changes.append(QStringLiteral("%1: %2 -> %3")
                               .arg(space.features()[static_cast<size_t>(change.feature)].column,
                                    space.displayValue(change.feature, change.from),
                                    space.displayValue(change.feature, change.to)));
        o << Tr::tr("Counterfactual (probability %1): %2")
                 .arg(c.probability, 0, 'f', 3)
                 .arg(changes.join(QStringLiteral("; ")))
          << '\n';
    }
    o << Tr::tr("Receipt: %1")
             .arg(QString::fromUtf8(
                 QJsonDocument(e.receipt.toJson()).toJson(QJsonDocument::Compact)))
      << '\n';
    o.flush();
}

int runExplainWorkspace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Explain a stored lead's score with a stored model (audited as explain.view), or\n"
               "with --global what drives the model over a stored lead set (explain.global)."));
    parser.addOptions(Session::options());
    parser.addOptions(explainOptions());
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
                                  format,
                                  {QStringLiteral("set")});
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
    Workspace &ws = session.workspace();
    if (request.global) {
        auto global = ws.explainGlobal(model, leadSet, request.globalOptions);
        if (!global)
            return report(global.error());
        printResult(global->toJson(request.top), format);
        return ExitOk;
    }
    auto engines = ws.explainer(model);
    if (!engines)
        return report(engines.error());
    if (!request.leadId.isEmpty()) {
        // Finding a lead by id reads the lead set (leads.view, audited as leads.open).
        auto data = ws.loadLeadSet(leadSet);
        if (!data)
            return report(data.error());
        auto row = rowOfId(*data, request.leadId);
        if (!row)
            return report(row.error());
        request.row = *row;
    }
    Result<LeadExplanation> e = [&]() -> Result<LeadExplanation> {
        if (request.settings.isEmpty())
            return ws.explainLead(model, leadSet, request.row, request.options);
        MIZAN_TRY(lead, ws.leadForExplanation(model, leadSet, request.row));
        MIZAN_TRY(edited, applySettings((*engines)->space(), lead, request.settings));
        return ws.explainWhatIf(model, leadSet, request.row, edited, request.options);
    }();
    if (!e)
        return report(e.error());
    if (!request.report.isEmpty()) {
        // The marking first: when it cannot be read, nothing is exported or audited as such.
        auto marking = ws.exportMarking();
        if (!marking)
            return report(marking.error());
        if (auto r = ws.recordExport(QStringLiteral("explanation report"),
                                     QFileInfo(request.report).fileName(),
                                     1);
            !r)
            return report(r.error());
        ExplanationReportContext context;
        context.leadId = QStringLiteral("%1/%2").arg(leadSet).arg(request.row);
        context.leadSet = QString::number(leadSet);
        context.preparedBy = marking->user;
        context.preparedAt = marking->time;
        context.threshold = request.options.counterfactualOptions.threshold;
        if (auto r = writeReport(request, *e, (*engines)->space(), context, *marking); !r)
            return report(r.error());
    }
    QJsonObject json = e->toJson((*engines)->space());
    if (request.crossCheck) {
        if (auto r = addCrossCheck(json, **engines, *e); !r)
            return report(r.error());
    }
    json.insert(QStringLiteral("lead_set"), leadSet);
    json.insert(QStringLiteral("row"), request.row);
    json.insert(QStringLiteral("model"), model);
    printExplanation(json, *e, (*engines)->space(), format);
    return ExitOk;
}

} // namespace

int runExplain(const QStringList &arguments)
{
    if (Session::wantsWorkspace(arguments))
        return runExplainWorkspace(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Explain one lead's score with a model bundle: exact TreeSHAP contributions in\n"
               "log-odds (with the probability view), LIME, counterfactuals, what-if (--set).\n"
               "With --global: mean |SHAP| per feature over the whole file."));
    parser.addOptions(explainOptions());
    parser.addOptions({
        {QStringLiteral("model"), Tr::tr("The model bundle."), Tr::tr("BUNDLE")},
        {QStringLiteral("data"),
         Tr::tr("The lead file (CSV, read with the bundle's spec)."),
         Tr::tr("CSV")},
    });
    bool helped = false;
    Format format = Format::Json;
    Request request;
    if (int rc = parseDataCommand(parser,
                                  kCommand,
                                  arguments,
                                  {QStringLiteral("model"), QStringLiteral("data")},
                                  helped,
                                  format,
                                  {QStringLiteral("set")});
        rc != ExitOk || helped)
        return rc;
    if (int rc = readRequest(parser, request); rc != ExitOk)
        return rc;
    auto bundle = ModelBundle::load(parser.value(QStringLiteral("model")));
    if (!bundle)
        return report(bundle.error());
    auto engines = Explainer::create(*bundle);
    if (!engines)
        return report(engines.error());
    auto data = DatasetLoader::load(parser.value(QStringLiteral("data")), bundle->spec);
    if (!data)
        return report(data.error());
    const FeatureSpace &space = (*engines)->space();
    if (request.global) {
        auto global = (*engines)->global(*data, request.globalOptions);
        if (!global)
            return report(global.error());
        printResult(global->toJson(request.top), format);
        return ExitOk;
    }
    if (!request.leadId.isEmpty()) {
        auto row = rowOfId(*data, request.leadId);
        if (!row)
            return report(row.error());
        request.row = *row;
    }
    auto lead = space.leadFromDataset(*data, request.row);
    if (!lead)
        return report(lead.error());
    auto edited = applySettings(space, *lead, request.settings);
    if (!edited)
        return report(edited.error());
    auto e = (*engines)->explain(*edited, request.options);
    if (!e)
        return report(e.error());
    if (!request.report.isEmpty()) {
        ExplanationReportContext context;
        context.leadId = data->idOf(request.row);
        context.leadSet = QFileInfo(data->source).fileName();
        context.preparedBy = qEnvironmentVariable("USER");
        context.preparedAt = QDateTime::currentDateTimeUtc();
        context.threshold = request.options.counterfactualOptions.threshold;
        if (auto r = writeReport(request, *e, space, context); !r)
            return report(r.error());
    }
    QJsonObject json = e->toJson(space);
    if (request.crossCheck) {
        if (auto r = addCrossCheck(json, **engines, *e); !r)
            return report(r.error());
    }
    json.insert(QStringLiteral("row"), request.row);
    json.insert(QStringLiteral("id"), data->idOf(request.row));
    printExplanation(json, *e, space, format);
    return ExitOk;
}

} // namespace mizan::cli
