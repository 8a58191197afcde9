// mizan-cli model list|show|submit|approve|reject|deploy|rollback|retire|history|card|assess|
// policy: the approval workflow of docs/governance/approval-process.md, one Workspace call each.

#include "Cli.h"
#include "Marking.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>

namespace mizan::cli {

namespace {

/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

constexpr qint64 kMaxPolicyBytes = 64 * 1024;

/** What a subcommand takes: its description, options, required options and output formats. */
struct Spec
{
    QString description;
    QList<QCommandLineOption> options;
    QStringList required;
    bool markdown = false;      ///< --format md is allowed
    bool markdownFirst = false; ///< and is the default
};

/** An option with a value (TEXT unless named). */
QCommandLineOption option(const char *name,
                          const QString &help,
                          const QString &value = Tr::tr("TEXT"))
{
    return QCommandLineOption(QLatin1String(name), help, value);
}

std::optional<Spec> specFor(const QString &sub)
{
    const QCommandLineOption id = option("id",
                                         Tr::tr("The model version: its id in 'model list'."),
                                         Tr::tr("N"));
    const QCommandLineOption reference
        = option("reference",
                 Tr::tr("Assess on this stored lead set (with outcomes: its id in the workspace)."),
                 Tr::tr("LEADSET_ID"));
    Spec s;
    if (sub == QLatin1String("list")) {
        s.description = Tr::tr("Every model version with its signed state, the risk level of its "
                               "latest assessment\nand its approvals (models.view).");
    } else if (sub == QLatin1String("show")) {
        s.description = Tr::tr("One model version with its latest risk assessment (models.view).");
        s.options = {id};
        s.required = {QStringLiteral("id")};
    } else if (sub == QLatin1String("submit")) {
        s.description = Tr::tr("Submit a draft for approval (models.submit). It is assessed first; "
                               "a high risk level\nmeans two risk officers must approve it.");
        s.options = {id,
                     option("justification",
                            Tr::tr("Why this version should go to production (required).")),
                     reference};
        s.required = {QStringLiteral("id"), QStringLiteral("justification")};
    } else if (sub == QLatin1String("approve")) {
        s.description = Tr::tr(
            "Approve a submitted version, or revalidate an approved one (models.approve; the\n"
            "password of this run is the fresh one it needs). Never by an author or submitter;\n"
            "a failing policy gate only with --override-reason.");
        s.options = {id,
                     option("comment", Tr::tr("What you reviewed (required).")),
                     option("override-reason",
                            Tr::tr("Why a failing policy gate is accepted (signed and audited).")),
                     option("revalidate-by",
                            Tr::tr("The approval lasts until this day, 00:00 UTC (default: the "
                                   "policy's revalidation period)."),
                            Tr::tr("YYYY-MM-DD")),
                     reference};
        s.required = {QStringLiteral("id"), QStringLiteral("comment")};
    } else if (sub == QLatin1String("reject")) {
        s.description = Tr::tr("Reject a submitted version (models.reject). It can then only be "
                               "retired.");
        s.options = {id, option("comment", Tr::tr("Why (required)."))};
        s.required = {QStringLiteral("id"), QStringLiteral("comment")};
    } else if (sub == QLatin1String("deploy")) {
        s.description = Tr::tr("Deploy an approved version whose approval has not expired "
                               "(models.deploy).\nThe version deployed before goes back to "
                               "approved.");
        s.options = {id, option("comment", Tr::tr("A comment."))};
        s.required = {QStringLiteral("id")};
    } else if (sub == QLatin1String("rollback")) {
        s.description = Tr::tr("Redeploy an earlier deployed version that is still approved "
                               "(models.rollback).");
        s.options = {id, option("reason", Tr::tr("Why (required)."))};
        s.required = {QStringLiteral("id"), QStringLiteral("reason")};
    } else if (sub == QLatin1String("retire")) {
        s.description = Tr::tr("Retire a version that is not deployed (models.retire).");
        s.options = {id, option("reason", Tr::tr("Why (required)."))};
        s.required = {QStringLiteral("id"), QStringLiteral("reason")};
    } else if (sub == QLatin1String("history")) {
        s.description = Tr::tr("The signed governance events, oldest first, and the deployment "
                               "periods:\nof every version, or of one (--id). With --at: the "
                               "version deployed at that time.");
        s.options = {option("id", Tr::tr("Only this model version."), Tr::tr("N")),
                     option("at",
                            Tr::tr("Which version was deployed at TIME (ISO 8601, UTC unless "
                                   "it names a zone; or milliseconds since 1970)."),
                            Tr::tr("TIME"))};
    } else if (sub == QLatin1String("card")) {
        s.description = Tr::tr("The model card, as Markdown (models.view; audited as model.card).");
        s.options = {id,
                     option("out",
                            Tr::tr("Write the card to FILE instead of standard output, with the "
                                   "classification marking first and last."),
                            Tr::tr("FILE"))};
        s.required = {QStringLiteral("id")};
        s.markdown = s.markdownFirst = true;
    } else if (sub == QLatin1String("assess")) {
        s.description = Tr::tr("Assess a version's risk now: rules, policy gates, score and "
                               "level (models.view;\nstored and audited as model.assess).");
        s.options = {id, reference};
        s.required = {QStringLiteral("id")};
        s.markdown = true;
    } else if (sub == QLatin1String("policy")) {
        s.description = Tr::tr("The approval policy in force (models.view), or replace it with "
                               "--set (models.gates).");
        s.options = {option("set",
                            Tr::tr("A policy file (mizan.governance-policy/1, JSON) to put in "
                                   "force."),
                            Tr::tr("FILE"))};
    } else {
        return std::nullopt;
    }
    s.options += Session::options();
    s.options.append(option("format",
                            s.markdownFirst ? Tr::tr("Output format: md (default) or json.")
                            : s.markdown    ? Tr::tr("Output format: json (default), table or md.")
                                            : Tr::tr("Output format: json (default) or table."),
                            Tr::tr("FORMAT")));
    return s;
}

/** Reads --format: json and table, and md where the subcommand has a Markdown form. */
int readFormat(const QCommandLineParser &parser,
               const QString &command,
               const Spec &spec,
               Format &format,
               bool &markdown)
{
    const QString value = parser.value(QStringLiteral("format"));
    markdown = spec.markdownFirst && value.isEmpty();
    if (value == QLatin1String("md")) {
        if (!spec.markdown)
            return usage(command, Tr::tr("format 'md' is not available here"));
        markdown = true;
        return ExitOk;
    }
    const QList<Format> allowed = spec.markdownFirst ? QList<Format>{Format::Json}
                                                     : QList<Format>{Format::Json, Format::Table};
    return formatOption(parser, command, allowed, Format::Json, format);
}

QString valueOf(const QCommandLineParser &parser, const char *name)
{
    return given(parser, name) ? parser.value(QLatin1String(name)) : QString();
}

/** A positive whole number given to --`name`, or a usage error naming the option. */
int readId(const QCommandLineParser &parser, const QString &command, const char *name, qint64 &id)
{
    id = 0;
    if (!given(parser, name))
        return ExitOk;
    bool ok = false;
    const QString text = parser.value(QLatin1String(name));
    id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(command,
                     Tr::tr("--%1 expects a numeric id, not '%2'").arg(QLatin1String(name), text));
    return ExitOk;
}

/** ISO 8601 (a date alone is 00:00; no zone: UTC), or with `allowMs` milliseconds since 1970. */
int readTime(const QCommandLineParser &parser,
             const QString &command,
             const char *name,
             bool allowMs,
             qint64 &ms)
{
    ms = 0;
    if (!given(parser, name))
        return ExitOk;
    const QString text = parser.value(QLatin1String(name));
    bool isNumber = false;
    ms = text.toLongLong(&isNumber);
    if (isNumber && allowMs && ms >= 0)
        return ExitOk;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (isNumber || !t.isValid())
        return usage(command,
                     Tr::tr("--%1: \"%2\" is not a date or time (ISO 8601 in UTC, e.g. "
                            "2027-03-31 or 2027-03-31T09:00:00)")
                         .arg(QLatin1String(name), text));
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    ms = t.toMSecsSinceEpoch();
    return ExitOk;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonObject eventJson(const ModelEvent &e)
{
    QJsonObject o = e.toJson();
    o.insert(QStringLiteral("time"), isoTime(e.timeMs));
    return o;
}

QJsonObject periodJson(const DeploymentPeriod &p)
{
    return {{QStringLiteral("model"), p.modelId},
            {QStringLiteral("from"), isoTime(p.fromMs)},
            {QStringLiteral("from_ms"), p.fromMs},
            {QStringLiteral("to"), p.toMs > 0 ? QJsonValue(isoTime(p.toMs)) : QJsonValue()},
            {QStringLiteral("to_ms"), p.toMs > 0 ? QJsonValue(p.toMs) : QJsonValue()},
            {QStringLiteral("deployed_by"), p.deployedBy},
            {QStringLiteral("how"), modelActionId(p.how)},
            {QStringLiteral("reason"), p.reason}};
}

int list(Workspace &ws, Format format)
{
    auto versions = ws.modelVersions();
    if (!versions)
        return report(versions.error());
    if (format == Format::Table) {
        QList<QStringList> rows;
        for (const ModelVersion &v : *versions) {
            const ModelRecord &r = v.record;
            rows.append({QString::number(v.info.id),
                         v.info.name,
                         modelStateId(r.state),
                         v.riskLevel.isEmpty() ? QStringLiteral("-") : v.riskLevel,
                         QStringLiteral("%1/%2")
                             .arg(r.pending.empty() ? r.approvals.size() : r.pending.size())
                             .arg(r.approvalsNeeded()),
                         r.revalidateByMs <= 0 ? QStringLiteral("-")
                         : v.revalidationDue
                             ? Tr::tr("%1 (due)").arg(isoTime(r.revalidateByMs).left(10))
                             : isoTime(r.revalidateByMs).left(10)});
        }
        //: The columns of 'model list --format table', separated by |.
        printRows(Tr::tr("id|name|state|risk|approvals|revalidate by").split(u'|'), rows);
        return ExitOk;
    }
    QJsonArray array;
    for (const ModelVersion &v : *versions)
        array.append(v.toJson());
    printResult({{QStringLiteral("models"), array}}, format);
    return ExitOk;
}

int show(Workspace &ws, qint64 id, Format format)
{
    auto version = ws.modelVersion(id);
    if (!version)
        return report(version.error());
    auto assessment = ws.latestAssessment(id);
    if (!assessment)
        return report(assessment.error());
    QJsonObject o = version->toJson();
    if (const auto &a = *assessment; a && format == Format::Json) {
        o.insert(QStringLiteral("assessment"), a->toJson());
    } else if (a) { // a table gets the verdict; the evidence is in model assess --format md
        o.insert(QStringLiteral("assessment"),
                 QJsonObject{{QStringLiteral("level"), a->level},
                             {QStringLiteral("score"), a->score},
                             {QStringLiteral("created"), isoTime(a->createdMs)},
                             {QStringLiteral("created_by"), a->createdBy},
                             {QStringLiteral("reference_lead_set"), idOrNull(a->referenceLeadSet)},
                             {QStringLiteral("failing_gates"),
                              QJsonArray::fromStringList(a->failingGates())}});
    }
    printResult(o, format);
    return ExitOk;
}

/** After reject, deploy, rollback or retire: the state it led to and the signed event. */
int printDecision(Workspace &ws, qint64 id, Format format)
{
    auto version = ws.modelVersion(id);
    if (!version)
        return report(version.error());
    auto events = ws.modelHistory(id);
    if (!events)
        return report(events.error());
    QJsonObject o{{QStringLiteral("model"), id},
                  {QStringLiteral("state"), modelStateId(version->record.state)}};
    if (!events->empty()) {
        const ModelEvent &e = events->back();
        o.insert(QStringLiteral("action"), modelActionId(e.action));
        o.insert(QStringLiteral("event"), e.number);
        o.insert(QStringLiteral("time"), isoTime(e.timeMs));
        if (e.details.contains(QStringLiteral("previous")))
            o.insert(QStringLiteral("previous"),
                     idOrNull(e.details.value(QStringLiteral("previous")).toInteger()));
    }
    printResult(o, format);
    return ExitOk;
}

int approve(Workspace &ws, qint64 id, const ApprovalRequest &request, Format format)
{
    auto outcome = ws.approveModel(id, request);
    if (!outcome)
        return report(outcome.error());
    QJsonObject o{{QStringLiteral("model"), id},
                  {QStringLiteral("state"), modelStateId(outcome->state)},
                  {QStringLiteral("approvals"), outcome->approvals},
                  {QStringLiteral("approvals_needed"), outcome->needed},
                  {QStringLiteral("event"), outcome->event},
                  {QStringLiteral("risk_level"), outcome->assessment.level},
                  {QStringLiteral("risk_score"), outcome->assessment.score}};
    if (const QStringList failing = outcome->assessment.failingGates(); !failing.isEmpty())
        o.insert(QStringLiteral("overridden_gates"), QJsonArray::fromStringList(failing));
    printResult(o, format);
    return ExitOk;
}

/** The version deployed at `at` (none: null). */
int deployedAt(Workspace &ws, qint64 at, Format format)
{
    auto deployed = ws.deployedModelAt(at);
    if (!deployed)
        return report(deployed.error());
    printResult({{QStringLiteral("at"), isoTime(at)},
                 {QStringLiteral("at_ms"), at},
                 {QStringLiteral("deployed"), idOrNull(deployed->value_or(0))}},
                format);
    return ExitOk;
}

int history(Workspace &ws, qint64 id, Format format)
{
    if (id > 0) {
        // A version that does not exist is an error, not an empty history.
        if (auto version = ws.modelVersion(id); !version)
            return report(version.error());
    }
    auto events = ws.modelHistory(id > 0 ? std::optional<qint64>(id) : std::nullopt);
    if (!events)
        return report(events.error());
    auto timeline = ws.deploymentTimeline();
    if (!timeline)
        return report(timeline.error());
    if (format == Format::Table) {
        QList<QStringList> rows;
        for (const ModelEvent &e : *events)
            rows.append({QString::number(e.number),
                         isoTime(e.timeMs),
                         QString::number(e.modelId),
                         modelActionId(e.action),
                         e.actor,
                         e.comment});
        //: The columns of 'model history --format table', separated by |.
        printRows(Tr::tr("event|time (UTC)|model|action|by|comment").split(u'|'), rows);
        rows.clear();
        for (const DeploymentPeriod &p : *timeline)
            if (id == 0 || p.modelId == id)
                rows.append({QString::number(p.modelId),
                             isoTime(p.fromMs),
                             p.toMs > 0 ? isoTime(p.toMs) : Tr::tr("now"),
                             modelActionId(p.how),
                             p.deployedBy});
        out() << '\n';
        //: The deployment periods of 'model history --format table', separated by |.
        printRows(Tr::tr("deployed|from|to|how|by").split(u'|'), rows);
        return ExitOk;
    }
    QJsonArray eventArray;
    for (const ModelEvent &e : *events)
        eventArray.append(eventJson(e));
    QJsonArray periods;
    for (const DeploymentPeriod &p : *timeline)
        if (id == 0 || p.modelId == id)
            periods.append(periodJson(p));
    QJsonObject o{{QStringLiteral("events"), eventArray}, {QStringLiteral("deployments"), periods}};
    if (id > 0)
        o.insert(QStringLiteral("model"), id);
    printResult(o, format);
    return ExitOk;
}

Error fileError(ErrorCode code, const QString &message, const QString &path)
{
    return withFile(makeError(code, message), path);
}

/** Standard output as it is, or --out's file (then `bytes`: the marked form). */
int writeText(const QCommandLineParser &parser, const QString &text, const QByteArray &bytes)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        out() << text;
        out().flush();
        return ExitOk;
    }
    const QString path = parser.value(QStringLiteral("out"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return report(fileError(ErrorCode::Io,
                                Tr::tr("cannot write %1: %2").arg(path, f.errorString()),
                                path));
    return ExitOk;
}

int card(Workspace &ws, const QCommandLineParser &parser, qint64 id, bool markdown)
{
    // Written to a file: the file carries the marking (read before the card is made and
    // audited: when it cannot be, nothing is written) and the audit entry names it.
    const bool toFile = parser.isSet(QStringLiteral("out"));
    ExportMarking marking;
    if (toFile) {
        auto current = ws.exportMarking();
        if (!current)
            return report(current.error());
        marking = *current;
    }
    auto card = ws.modelCard(id, toFile ? parser.value(QStringLiteral("out")) : QString());
    if (!card)
        return report(card.error());
    if (markdown)
        return writeText(parser, *card, markedText(card->toUtf8(), marking));
    const QJsonObject o{{QStringLiteral("model"), id}, {QStringLiteral("markdown"), *card}};
    return writeText(parser,
                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)),
                     QJsonDocument(markedJson(o, marking)).toJson(QJsonDocument::Indented));
}

Result<GovernancePolicy> readPolicy(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            fileError(ErrorCode::Io, Tr::tr("cannot read %1: %2").arg(path, f.errorString()), path));
    const QByteArray bytes = f.read(kMaxPolicyBytes + 1);
    if (bytes.size() > kMaxPolicyBytes)
        return fail(fileError(ErrorCode::LimitExceeded,
                              Tr::tr("%1: a policy file is at most %2 KiB")
                                  .arg(path)
                                  .arg(kMaxPolicyBytes / 1024),
                              path));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return fail(
            fileError(ErrorCode::InvalidInput,
                      Tr::tr("%1: expected a JSON object: %2")
                          .arg(path, doc.isNull() ? error.errorString() : Tr::tr("another value")),
                      path));
    return GovernancePolicy::fromJson(doc.object(), path);
}

int policy(Workspace &ws, const QCommandLineParser &parser, Format format)
{
    if (parser.isSet(QStringLiteral("set"))) {
        auto wanted = readPolicy(parser.value(QStringLiteral("set")));
        if (!wanted)
            return report(wanted.error());
        if (auto set = ws.setGovernancePolicy(*wanted); !set)
            return report(set.error());
    }
    auto current = ws.governancePolicy();
    if (!current)
        return report(current.error());
    printResult(current->toJson(), format);
    return ExitOk;
}

} // namespace

bool isModelGovernanceCommand(const QString &sub)
{
    return specFor(sub).has_value();
}

int runModelGovernance(const QString &sub, const QStringList &arguments)
{
    const QString command = QStringLiteral("model ") + sub;
    const std::optional<Spec> spec = specFor(sub);
    if (!spec)
        return usage(QStringLiteral("model"), Tr::tr("unknown subcommand '%1'").arg(sub));
    QCommandLineParser parser;
    parser.setApplicationDescription(spec->description);
    parser.addOptions(spec->options);
    bool helped = false;
    if (int rc = parse(parser, command, arguments, helped); rc != ExitOk || helped)
        return rc;
    Format format = Format::Json;
    bool markdown = false;
    if (int rc = readFormat(parser, command, *spec, format, markdown))
        return rc;
    int rc = ExitOk;
    for (const QString &name : spec->required)
        if (!require(parser, command, name, rc))
            return rc;
    // Every argument is checked before anyone signs in.
    qint64 id = 0;
    qint64 at = 0;
    ApprovalRequest request;
    request.comment = valueOf(parser, "comment");
    request.overrideReason = valueOf(parser, "override-reason");
    if ((rc = readId(parser, command, "id", id))
        || (rc = readId(parser, command, "reference", request.referenceLeadSet))
        || (rc = readTime(parser, command, "revalidate-by", false, request.revalidateByMs))
        || (rc = readTime(parser, command, "at", true, at)))
        return rc;
    const bool asOf = given(parser, "at");
    if (asOf && id > 0)
        return usage(command, Tr::tr("--at gives the version deployed then: drop --id"));
    Session session;
    if ((rc = session.open(parser, command)) != ExitOk)
        return rc;
    Workspace &ws = session.workspace();
    const auto decided = [&](const Result<> &done) {
        return done ? printDecision(ws, id, format) : report(done.error());
    };
    if (sub == QLatin1String("list"))
        return list(ws, format);
    if (sub == QLatin1String("show"))
        return show(ws, id, format);
    if (sub == QLatin1String("submit")) {
        auto assessment = ws.submitModel(id,
                                         parser.value(QStringLiteral("justification")),
                                         request.referenceLeadSet);
        if (!assessment)
            return report(assessment.error());
        printResult(assessment->toJson(), format);
        return ExitOk;
    }
    if (sub == QLatin1String("approve"))
        return approve(ws, id, request, format);
    if (sub == QLatin1String("reject"))
        return decided(ws.rejectModel(id, request.comment));
    if (sub == QLatin1String("deploy"))
        return decided(ws.deployModel(id, request.comment));
    if (sub == QLatin1String("rollback"))
        return decided(ws.rollbackModel(id, parser.value(QStringLiteral("reason"))));
    if (sub == QLatin1String("retire"))
        return decided(ws.retireModel(id, parser.value(QStringLiteral("reason"))));
    if (sub == QLatin1String("history"))
        return asOf ? deployedAt(ws, at, format) : history(ws, id, format);
    if (sub == QLatin1String("card"))
        return card(ws, parser, id, markdown);
    if (sub == QLatin1String("assess")) {
        auto assessment = ws.assessModel(id, request.referenceLeadSet);
        if (!assessment)
            return report(assessment.error());
        if (markdown) {
            out() << assessment->toMarkdown();
            out().flush();
        } else {
            printResult(assessment->toJson(), format);
        }
        return ExitOk;
    }
    return policy(ws, parser, format);
}

} // namespace mizan::cli
