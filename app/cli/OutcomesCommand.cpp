// mizan-cli outcomes import|report|alerts: actual conversions of scored leads, and how the
// deployed version (or another) performs on them against what was approved.

#include "Cli.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace mizan::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 3) : QStringLiteral("-");
}

void printReportTable(const OutcomeReport &r)
{
    QTextStream &o = out();
    o << Tr::tr("Model %1: approved ROC AUC %2 (%3)")
             .arg(r.modelId)
             .arg(number(r.approvedAuc), r.approvedAucSource)
      << '\n';
    o << Tr::tr("run    scored (UTC)          rows  outcomes  converted  roc_auc  mean_score  "
                "observed  lowest_dp_ratio")
      << '\n';
    const auto line = [&o](const QString &run, const QString &when, const OutcomeSlice &s) {
        o << run.leftJustified(7) << when.leftJustified(22)
          << QString::number(s.rows).leftJustified(6)
          << QString::number(s.matched).leftJustified(10)
          << QString::number(s.positives).leftJustified(11) << number(s.rocAuc).leftJustified(9)
          << QString::number(s.meanPredicted, 'f', 3).leftJustified(12)
          << QString::number(s.observedRate, 'f', 3).leftJustified(10)
          << (s.lowestDpRatio
                  ? QStringLiteral("%1 (%2)").arg(number(s.lowestDpRatio), s.dpAttribute)
                  : QStringLiteral("-"))
          << '\n';
    };
    for (const OutcomeSlice &s : r.runs)
        line(QString::number(s.runId),
             QDateTime::fromMSecsSinceEpoch(s.scoredMs, Qt::UTC)
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             s);
    line(Tr::tr("all"), QString(), r.overall);
    for (const OutcomeAlert &a : r.alerts)
        o << Tr::tr("ALERT: %1").arg(a.text) << '\n';
    o.flush();
}
} // namespace

int runOutcomes(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream &stream = sub.isEmpty() ? err() : out();
        stream << Tr::tr("Usage: mizan-cli outcomes <subcommand> [options]\n\n"
                         "Subcommands:\n"
                         "  import   Import actual outcomes: a CSV with lead_id, converted (1/0)\n"
                         "           and optionally observed (YYYY-MM-DD); --data FILE\n"
                         "  report   Realised performance of the deployed version (or --id N)\n"
                         "           per scoring run, against the ROC AUC it was approved on\n"
                         "  alerts   Stored outcome alerts (or of --id N)\n");
        stream.flush();
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    if (sub != QLatin1String("import") && sub != QLatin1String("report")
        && sub != QLatin1String("alerts"))
        return usage(QStringLiteral("outcomes"), Tr::tr("unknown subcommand '%1'").arg(sub));
    const QString command = QStringLiteral("outcomes ") + sub;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        sub == QLatin1String("import")
            ? Tr::tr("Import actual outcomes of leads (data scientists, analysts). The file is "
                     "checked whole;\nan outcome never changes once known. The deployed version "
                     "is then judged again;\nalerts beyond the policy are stored and audited.")
        : sub == QLatin1String("report")
            ? Tr::tr("How a model version performs on the leads whose outcome is known.")
            : Tr::tr("The outcome alerts stored when outcomes were imported (the realised "
                     "performance\nbeyond the policy), newest first: of every version, or of "
                     "one (--id N)."));
    parser.addOptions(Session::options());
    if (sub == QLatin1String("import"))
        parser.addOption(
            {QStringLiteral("data"), Tr::tr("The outcome file (CSV)."), Tr::tr("FILE")});
    else if (sub == QLatin1String("report"))
        parser.addOption({QStringLiteral("id"),
                          Tr::tr("The model version (default: the deployed one)."),
                          Tr::tr("ID")});
    else
        parser.addOption({QStringLiteral("id"),
                          Tr::tr("Only this model version (default: every version)."),
                          Tr::tr("ID")});
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("Output format: json (default) or table."),
                      Tr::tr("FORMAT")});
    bool helped = false;
    Format format = Format::Json;
    if (int rc = parseDataCommand(parser,
                                  command,
                                  arguments.mid(1),
                                  sub == QLatin1String("import")
                                      ? QStringList{QStringLiteral("data")}
                                      : QStringList{},
                                  helped,
                                  format);
        rc != ExitOk || helped)
        return rc;
    std::optional<qint64> id;
    if (sub != QLatin1String("import") && parser.isSet(QStringLiteral("id"))) {
        bool ok = false;
        id = parser.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || *id <= 0)
            return usage(command, Tr::tr("--id expects a model version's number"));
    }
    Session session;
    if (int rc = session.open(parser, command); rc != ExitOk)
        return rc;
    Workspace &ws = session.workspace();
    if (sub == QLatin1String("import")) {
        auto imported = ws.importOutcomes(parser.value(QStringLiteral("data")));
        if (!imported)
            return report(imported.error());
        printResult(imported->toJson(), format);
        for (const OutcomeAlert &a : imported->alerts)
            err() << Tr::tr("mizan-cli outcomes import: ALERT: %1").arg(a.text) << Qt::endl;
        if (!imported->judgeProblem.isEmpty())
            err() << Tr::tr("mizan-cli outcomes import: warning: the outcomes are stored, but the "
                            "deployed version could not be judged: %1")
                         .arg(imported->judgeProblem)
                  << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("report")) {
        auto r = ws.outcomeReport(id);
        if (!r)
            return report(r.error());
        if (format == Format::Table)
            printReportTable(*r);
        else
            printResult(r->toJson(), format);
        return ExitOk;
    }
    auto alerts = ws.outcomeAlerts(id);
    if (!alerts)
        return report(alerts.error());
    QJsonArray array;
    for (const StoredOutcomeAlert &a : *alerts) {
        QJsonObject o = a.alert.toJson();
        o.insert(QStringLiteral("model"), a.modelId);
        o.insert(QStringLiteral("batch"), a.batch);
        o.insert(QStringLiteral("created"),
                 QDateTime::fromMSecsSinceEpoch(a.createdMs, Qt::UTC).toString(Qt::ISODateWithMs));
        array.append(o);
    }
    printResult({{QStringLiteral("alerts"), array}}, format);
    return ExitOk;
}

} // namespace mizan::cli
