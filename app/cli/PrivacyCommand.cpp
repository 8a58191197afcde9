// mizan-cli privacy find|export|erase|hold|lift|holds|erasures|decide|appeal|resolve|appeals|
// policy: the data subject's rights and human oversight, one Workspace call each ('privacy docs'
// is in RetentionCommand.cpp).

#include "Cli.h"
#include "Marking.h"
#include "Session.h"

#include "privacy/SubjectLetter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>
#include <vector>

namespace mizan::cli {

namespace {

/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

constexpr const char *kAccessFile = "subject-access.json";

/** What a subcommand takes: its description, positional argument, options and required ones. */
struct Spec
{
    QString description;
    QString positional; ///< "NAME help" (the first word names it), or empty
    QList<QCommandLineOption> options;
    QStringList required;
};

/** An option with a value (TEXT unless named). */
QCommandLineOption option(const char *name,
                          const QString &help,
                          const QString &value = Tr::tr("TEXT"))
{
    return QCommandLineOption(QLatin1String(name), help, value);
}

QCommandLineOption flag(const char *name, const QString &help)
{
    return QCommandLineOption(QLatin1String(name), help);
}

std::optional<Spec> specFor(const QString &sub)
{
    const QString subjectHelp = Tr::tr("SUBJECT the data subject: a lead id, or leadset:N/row:M "
                                       "in a lead set without an id column.");
    const QCommandLineOption reason = option("reason", Tr::tr("Why (required)."));
    Spec s;
    if (sub == QLatin1String("find")) {
        s.description = Tr::tr("Find data subjects by reference, or (with leads.view_pii) by their "
                               "personal data,\n3 characters at least (leads.view). Shown masked "
                               "without leads.view_pii;\naudited as privacy.search without the "
                               "query.");
        s.positional = Tr::tr("QUERY a lead id, leadset:N/row:M, or personal data.");
    } else if (sub == QLatin1String("export")) {
        s.description = Tr::tr(
            "Everything held about a data subject (privacy.export): writes "
            "DIR/subject-access.json\n"
            "and the letter that answers the request, DIR/letter-en.html and/or letter-ar.html\n"
            "(readable by the owner only; the desktop application makes the PDF). Each carries\n"
            "the workspace's classification marking, your name and the time.");
        s.positional = subjectHelp;
        s.options = {option("out", Tr::tr("The folder to write to (required)."), Tr::tr("DIR")),
                     option("language",
                            Tr::tr("The letter's language: en or ar (default: both)."),
                            Tr::tr("LANG")),
                     flag("force", Tr::tr("Replace files that exist."))};
        s.required = {QStringLiteral("out")};
    } else if (sub == QLatin1String("erase")) {
        s.description = Tr::tr(
            "Erase a data subject (privacy.erase; sensitive: the password of this run is checked\n"
            "again right before). Their key and sealed personal data are destroyed, their rows\n"
            "anonymised; refused under a legal hold. Prints the erasure receipt.");
        s.positional = subjectHelp;
        s.options = {option("request",
                            Tr::tr("The reference of the erasure request (required)."),
                            Tr::tr("REF"))};
        s.required = {QStringLiteral("request")};
    } else if (sub == QLatin1String("hold")) {
        s.description = Tr::tr("Place a legal hold on a lead set or a model version "
                               "(privacy.hold): it stops erasure\nuntil lifted.");
        s.positional = Tr::tr("TARGET leadset:N or model:N.");
        s.options = {reason};
        s.required = {QStringLiteral("reason")};
    } else if (sub == QLatin1String("lift")) {
        s.description = Tr::tr("Lift a legal hold (privacy.hold).");
        s.positional = Tr::tr("HOLD_ID the hold's id in 'privacy holds'.");
        s.options = {reason};
        s.required = {QStringLiteral("reason")};
    } else if (sub == QLatin1String("holds")) {
        s.description = Tr::tr(
            "Every legal hold, in force or lifted (privacy.hold or audit.view).");
    } else if (sub == QLatin1String("erasures")) {
        s.description = Tr::tr("The erasure register, oldest first (privacy.erase or audit.view).");
    } else if (sub == QLatin1String("decide")) {
        s.description = Tr::tr("Record a human decision that departs from the model's on a scored "
                               "lead (leads.override).\nThe reason is sealed under the subject's "
                               "key.");
        s.options
            = {option("run", Tr::tr("The scoring run (required)."), Tr::tr("N")),
               option("row", Tr::tr("The row in the lead set, from 0 (required)."), Tr::tr("M")),
               option("decision",
                      Tr::tr("positive or negative: the other one than the model's "
                             "(required)."),
                      Tr::tr("DECISION")),
               reason};
        s.required = {QStringLiteral("run"),
                      QStringLiteral("row"),
                      QStringLiteral("decision"),
                      QStringLiteral("reason")};
    } else if (sub == QLatin1String("appeal")) {
        s.description = Tr::tr("Record a data subject's appeal (privacy.export) and route it to a "
                               "reviewer: an analyst\nwho has not decided on the lead.");
        s.options
            = {option("lead-set", Tr::tr("The lead set (required)."), Tr::tr("N")),
               option("row", Tr::tr("The row in the lead set, from 0 (required)."), Tr::tr("M")),
               option("statement", Tr::tr("The subject's statement (required).")),
               option("reviewer", Tr::tr("The reviewer (required)."), Tr::tr("USER"))};
        s.required = {QStringLiteral("lead-set"),
                      QStringLiteral("row"),
                      QStringLiteral("statement"),
                      QStringLiteral("reviewer")};
    } else if (sub == QLatin1String("resolve")) {
        s.description = Tr::tr("Decide an appeal routed to you (leads.override): uphold the "
                               "decision in force, or\noverturn it, which records the opposite "
                               "as a human decision.");
        s.positional = Tr::tr("APPEAL_ID the appeal's id in 'privacy appeals'.");
        s.options = {flag("uphold", Tr::tr("Keep the decision in force.")),
                     flag("overturn", Tr::tr("Reverse the decision in force.")),
                     reason};
        s.required = {QStringLiteral("reason")};
    } else if (sub == QLatin1String("appeals")) {
        s.description = Tr::tr("Every appeal with its state (leads.view or privacy.export).");
    } else if (sub == QLatin1String("policy")) {
        s.description = Tr::tr("How erasure treats predictions; with --set-predictions, change it "
                               "(retention.manage).");
        s.options = {option("set-predictions",
                            Tr::tr("anonymise (keep them, tied to the anonymised row) or delete."),
                            Tr::tr("MODE"))};
    } else {
        return std::nullopt;
    }
    s.options += Session::options();
    s.options.append(
        option("format", Tr::tr("Output format: json (default) or table."), Tr::tr("FORMAT")));
    s.options.append(flag("json", Tr::tr("The same as --format json.")));
    return s;
}

QString valueOf(const QCommandLineParser &parser, const char *name)
{
    return given(parser, name) ? parser.value(QLatin1String(name)) : QString();
}

/** A whole number of at least `minimum` given to --`name`, or a usage error naming it. */
int readNumber(const QCommandLineParser &parser,
               const QString &command,
               const char *name,
               qint64 minimum,
               qint64 &value)
{
    value = 0;
    if (!given(parser, name))
        return ExitOk;
    bool ok = false;
    const QString text = parser.value(QLatin1String(name));
    value = text.toLongLong(&ok);
    if (!ok || value < minimum)
        return usage(command,
                     Tr::tr("--%1 expects a number from %2, not '%3'")
                         .arg(QLatin1String(name))
                         .arg(minimum)
                         .arg(text));
    return ExitOk;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString rowText(const LeadRow &row)
{
    return QStringLiteral("leadset:%1/row:%2").arg(row.leadSet).arg(row.row);
}

QString rowsText(const std::vector<LeadRow> &rows)
{
    QStringList parts;
    for (const LeadRow &row : rows)
        parts << rowText(row);
    return parts.join(QLatin1String(", "));
}

QJsonObject holdJson(const LegalHold &h)
{
    QJsonObject o = h.toJson();
    o.insert(QStringLiteral("state"),
             h.active() ? QStringLiteral("active") : QStringLiteral("lifted"));
    o.insert(QStringLiteral("placed"), isoTime(h.placedMs));
    if (!h.active())
        o.insert(QStringLiteral("lifted"), isoTime(h.liftedMs));
    return o;
}

/** The receipt; in a table the rows read leadset:N/row:M. */
QJsonObject receiptJson(const ErasureReceipt &r, Format format)
{
    QJsonObject o = r.toJson();
    o.insert(QStringLiteral("erased"), isoTime(r.erasedMs));
    if (format == Format::Table)
        o.insert(QStringLiteral("rows"), rowsText(r.rows));
    return o;
}

int find(Workspace &ws, const QString &query, Format format)
{
    auto found = ws.findSubjects(query);
    if (!found)
        return report(found.error());
    if (format == Format::Table) {
        QList<QStringList> rows;
        for (const SubjectMatch &m : *found)
            rows.append({m.ref, rowsText(m.rows), m.display});
        //: The columns of 'privacy find --format table', separated by |.
        printRows(Tr::tr("ref|rows|display").split(u'|'), rows);
        return ExitOk;
    }
    QJsonArray array;
    for (const SubjectMatch &m : *found)
        array.append(m.toJson());
    printResult({{QStringLiteral("subjects"), array}}, format);
    return ExitOk;
}

int exportSubject(Workspace &ws,
                  const QString &ref,
                  const QString &dir,
                  const QList<ReportLanguage> &languages,
                  Format format)
{
    // One marking for every file, read before the export is made and audited: when it cannot
    // be read, nothing is written.
    auto marking = ws.exportMarking();
    if (!marking)
        return report(marking.error());
    auto access = ws.subjectAccess(ref);
    if (!access)
        return report(access.error());
    if (auto folder = makePrivateFolder(dir); !folder)
        return report(folder.error());
    std::vector<OutputFile> files;
    files.push_back(
        {QDir(dir).filePath(QLatin1String(kAccessFile)),
         QJsonDocument(markedJson(access->json, *marking)).toJson(QJsonDocument::Indented),
         nullptr});
    for (ReportLanguage language : languages)
        files.push_back({QDir(dir).filePath(language == ReportLanguage::Arabic
                                                ? QStringLiteral("letter-ar.html")
                                                : QStringLiteral("letter-en.html")),
                         markedHtml(subjectLetterHtml(*access, language), *marking),
                         nullptr});
    if (auto written = writeAllOrNone(files); !written)
        return report(written.error());
    QJsonArray paths;
    for (const OutputFile &p : files)
        paths.append(p.path);
    printResult({{QStringLiteral("subject"), access->ref}, {QStringLiteral("files"), paths}},
                format);
    return ExitOk;
}

int erase(Session &session, const QString &ref, const QString &request, Format format)
{
    Workspace &ws = session.workspace();
    // Erasure is sensitive: the password this run was given is checked again right before it.
    if (auto fresh = ws.reauthenticate(session.secret()); !fresh)
        return report(fresh.error());
    auto receipt = ws.eraseSubject(ref, request);
    if (!receipt)
        return report(receipt.error());
    printResult(receiptJson(*receipt, format), format);
    return ExitOk;
}

int holds(Workspace &ws, Format format)
{
    auto all = ws.legalHolds();
    if (!all)
        return report(all.error());
    if (format == Format::Table) {
        QList<QStringList> rows;
        for (const LegalHold &h : *all)
            rows.append({QString::number(h.id),
                         h.target,
                         h.active() ? Tr::tr("active") : Tr::tr("lifted"),
                         isoTime(h.placedMs),
                         h.placedBy,
                         h.active() ? QStringLiteral("-")
                                    : QStringLiteral("%1 (%2)").arg(isoTime(h.liftedMs), h.liftedBy),
                         h.reason});
        //: The columns of 'privacy holds --format table', separated by |.
        printRows(Tr::tr("id|target|state|placed (UTC)|by|lifted|reason").split(u'|'), rows);
        return ExitOk;
    }
    QJsonArray array;
    for (const LegalHold &h : *all)
        array.append(holdJson(h));
    printResult({{QStringLiteral("holds"), array}}, format);
    return ExitOk;
}

int lift(Workspace &ws, qint64 id, const QString &reason, Format format)
{
    if (auto lifted = ws.liftLegalHold(id, reason); !lifted)
        return report(lifted.error());
    auto all = ws.legalHolds();
    if (!all)
        return report(all.error());
    for (const LegalHold &h : *all)
        if (h.id == id) {
            printResult(holdJson(h), format);
            return ExitOk;
        }
    return report(makeError(ErrorCode::Internal, Tr::tr("The lifted hold %1 is gone.").arg(id)));
}

int erasures(Workspace &ws, Format format)
{
    auto all = ws.erasures();
    if (!all)
        return report(all.error());
    if (format == Format::Table) {
        QList<QStringList> rows;
        for (const ErasureReceipt &r : *all)
            rows.append({QString::number(r.id),
                         isoTime(r.erasedMs),
                         r.erasedBy,
                         r.request,
                         rowsText(r.rows),
                         QString::number(r.keysDestroyed),
                         QStringLiteral("%1 %2")
                             .arg(r.predictions)
                             .arg(r.predictionsDeleted ? Tr::tr("deleted") : Tr::tr("kept")),
                         QString::number(r.outcomes),
                         QString::number(r.decisions),
                         QString::number(r.appeals)});
        //: The columns of 'privacy erasures --format table', separated by |.
        printRows(Tr::tr("id|erased (UTC)|by|request|rows|keys|predictions|outcomes|decisions|"
                         "appeals")
                      .split(u'|'),
                  rows);
        return ExitOk;
    }
    QJsonArray array;
    for (const ErasureReceipt &r : *all)
        array.append(receiptJson(r, format));
    printResult({{QStringLiteral("erasures"), array}}, format);
    return ExitOk;
}

int appeals(Workspace &ws, Format format)
{
    auto all = ws.appeals();
    if (!all)
        return report(all.error());
    if (format == Format::Table) {
        QList<QStringList> rows;
        for (const Appeal &a : *all)
            rows.append({QString::number(a.id),
                         rowText(a.lead),
                         a.state,
                         a.reviewer,
                         isoTime(a.receivedMs),
                         a.recordedBy,
                         a.resolvedMs != 0 ? isoTime(a.resolvedMs) : QStringLiteral("-")});
        //: The columns of 'privacy appeals --format table', separated by |.
        printRows(Tr::tr("id|lead|state|reviewer|received (UTC)|recorded by|resolved (UTC)")
                      .split(u'|'),
                  rows);
        return ExitOk;
    }
    QJsonArray array;
    for (const Appeal &a : *all)
        array.append(a.toJson());
    printResult({{QStringLiteral("appeals"), array}}, format);
    return ExitOk;
}

int policy(Workspace &ws, const QString &predictions, Format format)
{
    if (!predictions.isEmpty()) {
        PrivacyPolicy wanted;
        wanted.deletePredictions = predictions == QLatin1String("delete");
        if (auto set = ws.setPrivacyPolicy(wanted); !set)
            return report(set.error());
    }
    auto current = ws.privacyPolicy();
    if (!current)
        return report(current.error());
    printResult(current->toJson(), format);
    return ExitOk;
}

void printSubcommands(QTextStream &stream)
{
    stream << Tr::tr(
        "Usage: mizan-cli privacy <subcommand> [options]\n\n"
        "Subcommands:\n"
        "  find       Find data subjects (masked without leads.view_pii)\n"
        "  export     Subject access: the JSON export and the letter (HTML, en/ar)\n"
        "  erase      Erase a data subject (privacy officer; refused under a legal hold)\n"
        "  hold       Place a legal hold on leadset:N or model:N\n"
        "  lift       Lift a legal hold\n"
        "  holds      Every legal hold with its state\n"
        "  erasures   The erasure register\n"
        "  decide     Record a human decision departing from the model's (analysts)\n"
        "  appeal     Record a subject's appeal and route it to a reviewer\n"
        "  resolve    Uphold or overturn an appeal routed to you\n"
        "  appeals    Every appeal with its state\n"
        "  policy     How erasure treats predictions (show, or --set-predictions)\n"
        "  docs       Write the compliance documents (Markdown) generated from the workspace\n\n"
        "Each takes --workspace DIR --as NAME; 'mizan-cli privacy <subcommand> --help'.\n");
    stream.flush();
}

} // namespace

int runPrivacy(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printSubcommands(sub.isEmpty() ? err() : out());
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    if (sub == QLatin1String("docs"))
        return runPrivacyDocs(arguments.mid(1));
    const std::optional<Spec> spec = specFor(sub);
    if (!spec)
        return usage(QStringLiteral("privacy"), Tr::tr("unknown subcommand '%1'").arg(sub));
    const QString command = QStringLiteral("privacy ") + sub;
    QCommandLineParser parser;
    parser.setApplicationDescription(spec->description);
    parser.addOptions(spec->options);
    if (!spec->positional.isEmpty())
        parser.addPositionalArgument(spec->positional.section(u' ', 0, 0),
                                     spec->positional.section(u' ', 1));
    bool helped = false;
    const int positionals = spec->positional.isEmpty() ? 0 : 1;
    if (int rc = parse(parser, command, arguments.mid(1), helped, {}, positionals, 0);
        rc != ExitOk || helped)
        return rc;
    Format format = Format::Json;
    if (int rc = formatOption(parser, command, {Format::Json, Format::Table}, Format::Json, format))
        return rc;
    if (given(parser, "json")) {
        if (format == Format::Table)
            return usage(command, Tr::tr("--json and --format table contradict each other"));
        format = Format::Json;
    }
    // Every argument is checked before anyone signs in.
    const QString positional = parser.positionalArguments().value(0).trimmed();
    if (positionals == 1 && positional.isEmpty())
        return usage(command,
                     Tr::tr("the %1 is required").arg(spec->positional.section(u' ', 0, 0)));
    int rc = ExitOk;
    for (const QString &name : spec->required)
        if (!require(parser, command, name, rc))
            return rc;
    qint64 id = 0;
    qint64 run = 0;
    qint64 row = 0;
    qint64 leadSet = 0;
    if ((rc = readNumber(parser, command, "run", 1, run))
        || (rc = readNumber(parser, command, "row", 0, row))
        || (rc = readNumber(parser, command, "lead-set", 1, leadSet)))
        return rc;
    if (sub == QLatin1String("lift") || sub == QLatin1String("resolve")) {
        bool ok = false;
        id = positional.toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(command,
                         Tr::tr("%1 expects a numeric id, not '%2'")
                             .arg(spec->positional.section(u' ', 0, 0), positional));
    }
    const QString decision = valueOf(parser, "decision");
    if (sub == QLatin1String("decide") && decision != QLatin1String("positive")
        && decision != QLatin1String("negative"))
        return usage(command,
                     Tr::tr("--decision expects positive or negative, not '%1'").arg(decision));
    const bool overturn = given(parser, "overturn");
    if (sub == QLatin1String("resolve") && overturn == given(parser, "uphold"))
        return usage(command, Tr::tr("give either --uphold or --overturn"));
    const QString predictions = valueOf(parser, "set-predictions");
    if (given(parser, "set-predictions") && predictions != QLatin1String("anonymise")
        && predictions != QLatin1String("delete"))
        return usage(command,
                     Tr::tr("--set-predictions expects anonymise or delete, not '%1'")
                         .arg(predictions));
    QList<ReportLanguage> languages{ReportLanguage::English, ReportLanguage::Arabic};
    if (given(parser, "language")) {
        const QString language = parser.value(QStringLiteral("language"));
        if (language != QLatin1String("en") && language != QLatin1String("ar"))
            return usage(command, Tr::tr("--language expects en or ar, not '%1'").arg(language));
        languages = {language == QLatin1String("ar") ? ReportLanguage::Arabic
                                                     : ReportLanguage::English};
    }
    const QString dir = valueOf(parser, "out");
    if (sub == QLatin1String("export")) {
        // Checked before signing in: nothing is read out of the workspace to be refused later.
        if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
            return report(
                withFile(makeError(ErrorCode::InvalidInput, Tr::tr("%1 is not a folder").arg(dir)),
                         dir));
        QStringList names{QLatin1String(kAccessFile)};
        for (ReportLanguage language : languages)
            names << (language == ReportLanguage::Arabic ? QStringLiteral("letter-ar.html")
                                                         : QStringLiteral("letter-en.html"));
        for (const QString &name : names) {
            const QString path = QDir(dir).filePath(name);
            if (QFileInfo::exists(path) && !given(parser, "force"))
                return report(
                    withFile(makeError(ErrorCode::InvalidInput,
                                       Tr::tr("%1 exists; give --force to replace it").arg(path)),
                             path));
        }
    }
    Session session;
    if ((rc = session.open(parser, command)) != ExitOk)
        return rc;
    Workspace &ws = session.workspace();
    const QString reason = valueOf(parser, "reason");
    if (sub == QLatin1String("find"))
        return find(ws, positional, format);
    if (sub == QLatin1String("export"))
        return exportSubject(ws, positional, dir, languages, format);
    if (sub == QLatin1String("erase"))
        return erase(session, positional, valueOf(parser, "request"), format);
    if (sub == QLatin1String("hold")) {
        auto hold = ws.placeLegalHold(positional, reason);
        if (!hold)
            return report(hold.error());
        printResult(holdJson(*hold), format);
        return ExitOk;
    }
    if (sub == QLatin1String("lift"))
        return lift(ws, id, reason, format);
    if (sub == QLatin1String("holds"))
        return holds(ws, format);
    if (sub == QLatin1String("erasures"))
        return erasures(ws, format);
    if (sub == QLatin1String("decide")) {
        auto decided = ws.recordHumanDecision(run, row, decision, reason);
        if (!decided)
            return report(decided.error());
        printResult(decided->toJson(), format);
        return ExitOk;
    }
    if (sub == QLatin1String("appeal")) {
        auto appeal = ws.recordAppeal(LeadRow{leadSet, row},
                                      valueOf(parser, "statement"),
                                      valueOf(parser, "reviewer"));
        if (!appeal)
            return report(appeal.error());
        printResult(appeal->toJson(), format);
        return ExitOk;
    }
    if (sub == QLatin1String("resolve")) {
        auto resolved = ws.resolveAppeal(id, overturn, reason);
        if (!resolved)
            return report(resolved.error());
        printResult(resolved->toJson(), format);
        return ExitOk;
    }
    if (sub == QLatin1String("appeals"))
        return appeals(ws, format);
    return policy(ws, predictions, format);
}

} // namespace mizan::cli
