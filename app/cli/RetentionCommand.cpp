// mizan-cli retention show|apply|policy, lineage show and privacy docs: how long data is kept,
// where it went, and the compliance documents generated from the workspace.

#include "Cli.h"
#include "Marking.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <optional>

namespace mizan::cli {

namespace {

/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

/** What Workspace::privacyDocuments() writes, checked before signing in (and again after). */
QStringList documentFiles()
{
    return {QStringLiteral("record-of-processing.md"),
            QStringLiteral("retention-schedule.md"),
            QStringLiteral("data-categories.md")};
}

/** What a subcommand takes: its description, options, required and repeatable ones. */
struct Spec
{
    QString description;
    QList<QCommandLineOption> options;
    QStringList required;
    QStringList repeatable;
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

std::optional<Spec> specFor(const QString &command)
{
    Spec s;
    if (command == QLatin1String("retention show")) {
        s.description = Tr::tr("The retention policy (days per data class) and what a retention "
                               "run would remove now,\nwhat a legal hold keeps and by which hold "
                               "(retention.manage: a dry run, audited).");
    } else if (command == QLatin1String("retention apply")) {
        s.description = Tr::tr(
            "Remove what is past its period, except what a legal hold keeps (retention.manage;\n"
            "sensitive: the password of this run is checked again right before). Lead sets lose\n"
            "their rows and subjects' keys, scoring runs their predictions; their metadata and\n"
            "hashes stay for lineage. Prints what was removed.");
        s.options = {flag("dry-run", Tr::tr("Change nothing: list what would be removed."))};
    } else if (command == QLatin1String("retention policy")) {
        s.description = Tr::tr("The retention policy; with --set, change it (retention.manage). "
                               "The audit log is\nkept %1 days (6 years) at least.")
                            .arg(RetentionPolicy::kMinAuditDays);
        s.options = {option("set",
                            Tr::tr("Keep a data class DAYS days (repeatable). KEY: %1.")
                                .arg(RetentionPolicy().toJson().keys().join(QLatin1String(", "))),
                            Tr::tr("KEY=DAYS"))};
        s.repeatable = {QStringLiteral("set")};
    } else if (command == QLatin1String("lineage show")) {
        s.description = Tr::tr("Where data went (lineage.view; metadata only, audited): a lead "
                               "set's data (hash), the\nmodel versions trained on it, the scoring "
                               "runs and the exports; or a model's.\nThe table is an indented "
                               "tree from the lead set or model.");
        s.options = {option("lead-set", Tr::tr("From this lead set."), Tr::tr("N")),
                     option("model", Tr::tr("From this model version."), Tr::tr("N"))};
    } else if (command == QLatin1String("privacy docs")) {
        s.description
            = Tr::tr("Write the compliance documents generated from the workspace (privacy.export) "
                     "into\n"
                     "DIR: %1.\nMarkdown, no personal data, the classification marking as the "
                     "first and last line;\nall or none are written (readable by the owner only).")
                  .arg(documentFiles().join(QLatin1String(", ")));
        s.options = {option("out", Tr::tr("The folder to write to (required)."), Tr::tr("DIR")),
                     flag("force", Tr::tr("Replace files that exist."))};
        s.required = {QStringLiteral("out")};
    } else {
        return std::nullopt;
    }
    s.options += Session::options();
    s.options.append(
        option("format", Tr::tr("Output format: json (default) or table."), Tr::tr("FORMAT")));
    s.options.append(flag("json", Tr::tr("The same as --format json.")));
    return s;
}

/** Parses the arguments of `command` against its spec: --format, --json, the required. */
int parseCommand(QCommandLineParser &parser,
                 const QString &command,
                 const QStringList &arguments,
                 bool &helped,
                 Format &format)
{
    const std::optional<Spec> spec = specFor(command);
    parser.setApplicationDescription(spec->description);
    parser.addOptions(spec->options);
    return parseDataCommand(parser,
                            command,
                            arguments,
                            spec->required,
                            helped,
                            format,
                            spec->repeatable);
}

/** A whole number of at least 1 given to --`name`, or a usage error naming it. */
int readId(const QCommandLineParser &parser, const QString &command, const char *name, qint64 &id)
{
    id = 0;
    if (!given(parser, name))
        return ExitOk;
    bool ok = false;
    const QString text = parser.value(QLatin1String(name));
    id = text.toLongLong(&ok);
    if (!ok || id < 1)
        return usage(command,
                     Tr::tr("--%1 expects a number from 1, not '%2'").arg(QLatin1String(name), text));
    return ExitOk;
}

/** The error, naming its field when the message does not ("audit_days: ..."). */
int reportField(Error error)
{
    if (!error.field.isEmpty() && !error.message.contains(error.field))
        error.message = Tr::tr("%1: %2").arg(error.field, error.message);
    return report(error);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/** The policy as --set takes it: leads_days=730, ... */
QString policyText(const RetentionPolicy &policy)
{
    QStringList parts;
    const QJsonObject json = policy.toJson();
    for (auto it = json.begin(); it != json.end(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value().toInteger());
    return parts.join(QLatin1String(", "));
}

void printItems(const QString &title, const std::vector<RetentionItem> &items, bool held)
{
    out() << title << '\n';
    if (items.empty()) {
        out() << "  " << Tr::tr("nothing") << '\n';
        return;
    }
    QList<QStringList> rows;
    for (const RetentionItem &item : items) {
        QStringList row{item.dataClass,
                        item.target,
                        isoTime(item.createdMs),
                        QString::number(item.rows),
                        item.what};
        if (held)
            row.insert(0, Tr::tr("hold %1").arg(item.heldBy));
        rows.append(row);
    }
    //: The columns of 'retention show --format table', separated by |.
    QStringList header = Tr::tr("class|target|created (UTC)|rows|what").split(u'|');
    if (held)
        header.insert(0, Tr::tr("held by"));
    printRows(header, rows, 2);
}

void printPlan(const RetentionPlan &plan, Format format)
{
    if (format == Format::Json) {
        printResult(plan.toJson(), format);
        return;
    }
    std::vector<RetentionItem> held;
    for (const RetentionItem &item : plan.items)
        if (item.heldBy != 0)
            held.push_back(item);
    out() << Tr::tr("Policy (days): %1").arg(policyText(plan.policy)) << '\n'
          << (plan.applied ? Tr::tr("Applied at %1.") : Tr::tr("Dry run at %1."))
                 .arg(isoTime(plan.nowMs))
          << "\n\n";
    printItems(plan.applied ? Tr::tr("Removed:") : Tr::tr("Would remove:"), plan.removed(), false);
    out() << '\n';
    printItems(Tr::tr("Kept by a legal hold:"), held, true);
    out() << '\n'
          << Tr::tr("Audit entries past retention: %1").arg(plan.auditEntriesPastRetention) << '\n';
    if (!plan.notes.isEmpty()) {
        out() << Tr::tr("Notes:") << '\n';
        for (const QString &note : plan.notes)
            out() << "  - " << note << '\n';
    }
    out().flush();
}

/** Reads --set KEY=DAYS into `changes`; checked alone with the defaults for the rest. */
int readChanges(const QCommandLineParser &parser, const QString &command, QJsonObject &changes)
{
    if (!given(parser, "set"))
        return ExitOk;
    const QStringList keys = RetentionPolicy().toJson().keys();
    for (const QString &text : parser.values(QStringLiteral("set"))) {
        const QString key = text.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const qint64 days = text.section(u'=', 1).trimmed().toLongLong(&ok);
        ok = ok && text.contains(u'=');
        if (!keys.contains(key))
            return usage(command,
                         Tr::tr("--set: unknown setting '%1'; expected one of %2")
                             .arg(key, keys.join(QLatin1String(", "))));
        if (!ok)
            return usage(command, Tr::tr("--set expects KEY=DAYS, not '%1'").arg(text));
        if (changes.contains(key))
            return usage(command, Tr::tr("--set %1 is given twice").arg(key));
        changes.insert(key, days);
    }
    if (auto checked = RetentionPolicy::fromJson(changes); !checked)
        return reportField(checked.error());
    return ExitOk;
}

int policy(Workspace &ws, const QJsonObject &changes, Format format)
{
    if (!changes.isEmpty()) {
        auto current = ws.retentionPolicy();
        if (!current)
            return report(current.error());
        QJsonObject json = current->toJson();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            json.insert(it.key(), it.value());
        auto wanted = RetentionPolicy::fromJson(json);
        if (!wanted)
            return reportField(wanted.error());
        if (auto set = ws.setRetentionPolicy(*wanted); !set)
            return reportField(set.error());
    }
    auto current = ws.retentionPolicy();
    if (!current)
        return report(current.error());
    printResult(current->toJson(), format);
    return ExitOk;
}

int apply(Session &session, bool dryRun, Format format)
{
    Workspace &ws = session.workspace();
    if (!dryRun) {
        // Applying is sensitive: the password this run was given is checked again right before.
        if (auto fresh = ws.reauthenticate(session.secret()); !fresh)
            return report(fresh.error());
    }
    auto plan = ws.runRetention(!dryRun);
    if (!plan)
        return report(plan.error());
    printPlan(*plan, format);
    return ExitOk;
}

/** A list of subcommands: help on standard output, or a usage error without one. */
int subcommands(const QString &sub, const QString &text)
{
    const bool help = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    QTextStream &stream = help ? out() : err();
    stream << text;
    stream.flush();
    return help ? ExitOk : ExitUsage;
}

bool isHelpOrEmpty(const QString &sub)
{
    return sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h");
}

} // namespace

int runRetention(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (isHelpOrEmpty(sub))
        return subcommands(
            sub,
            Tr::tr("Usage: mizan-cli retention <subcommand> [options]\n\n"
                   "Subcommands:\n"
                   "  show       The policy and what a retention run would remove now (a dry "
                   "run)\n"
                   "  apply      Remove what is past its period, except what a legal hold keeps\n"
                   "             (--dry-run: list it only)\n"
                   "  policy     The days each data class is kept (show, or --set KEY=DAYS)\n\n"
                   "Each takes --workspace DIR --as NAME; 'mizan-cli retention <subcommand> "
                   "--help'.\n"));
    const QString command = QStringLiteral("retention ") + sub;
    if (!specFor(command))
        return usage(QStringLiteral("retention"), Tr::tr("unknown subcommand '%1'").arg(sub));
    QCommandLineParser parser;
    bool helped = false;
    Format format = Format::Json;
    if (int rc = parseCommand(parser, command, arguments.mid(1), helped, format);
        rc != ExitOk || helped)
        return rc;
    // Every argument is checked before anyone signs in.
    QJsonObject changes;
    if (int rc = readChanges(parser, command, changes); rc != ExitOk)
        return rc;
    Session session;
    if (int rc = session.open(parser, command); rc != ExitOk)
        return rc;
    if (sub == QLatin1String("policy"))
        return policy(session.workspace(), changes, format);
    return apply(session, sub == QLatin1String("show") || given(parser, "dry-run"), format);
}

int runLineage(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (isHelpOrEmpty(sub))
        return subcommands(sub,
                           Tr::tr("Usage: mizan-cli lineage show (--lead-set N | --model N) "
                                  "[options]\n\n"
                                  "Subcommands:\n"
                                  "  show       Where data went: data set -> models -> scoring "
                                  "runs -> exports\n\n"
                                  "It takes --workspace DIR --as NAME; 'mizan-cli lineage show "
                                  "--help'.\n"));
    const QString command = QStringLiteral("lineage ") + sub;
    if (!specFor(command))
        return usage(QStringLiteral("lineage"), Tr::tr("unknown subcommand '%1'").arg(sub));
    QCommandLineParser parser;
    bool helped = false;
    Format format = Format::Json;
    if (int rc = parseCommand(parser, command, arguments.mid(1), helped, format);
        rc != ExitOk || helped)
        return rc;
    qint64 leadSet = 0;
    qint64 model = 0;
    if (int rc = readId(parser, command, "lead-set", leadSet); rc != ExitOk)
        return rc;
    if (int rc = readId(parser, command, "model", model); rc != ExitOk)
        return rc;
    if ((leadSet == 0) == (model == 0))
        return usage(command, Tr::tr("give either --lead-set or --model"));
    Session session;
    if (int rc = session.open(parser, command); rc != ExitOk)
        return rc;
    auto lineage = session.workspace().lineage(leadSet != 0
                                                   ? QStringLiteral("leadset:%1").arg(leadSet)
                                                   : QStringLiteral("model:%1").arg(model));
    if (!lineage)
        return report(lineage.error());
    if (format == Format::Json) {
        printResult(lineage->toJson(), format);
        return ExitOk;
    }
    out() << lineage->toText();
    out().flush();
    return ExitOk;
}

int runPrivacyDocs(const QStringList &arguments)
{
    const QString command = QStringLiteral("privacy docs");
    QCommandLineParser parser;
    bool helped = false;
    Format format = Format::Json;
    if (int rc = parseCommand(parser, command, arguments, helped, format); rc != ExitOk || helped)
        return rc;
    const QString dir = parser.value(QStringLiteral("out"));
    const bool force = given(parser, "force");
    const auto refuse = [&](const QString &name) -> std::optional<Error> {
        const QString path = QDir(dir).filePath(name);
        if (!QFileInfo::exists(path) || force)
            return std::nullopt;
        return withFile(makeError(ErrorCode::InvalidInput,
                                  Tr::tr("%1 exists; give --force to replace it").arg(path)),
                        path);
    };
    // Checked before signing in: nothing is generated to be refused later.
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        return report(
            withFile(makeError(ErrorCode::InvalidInput, Tr::tr("%1 is not a folder").arg(dir)),
                     dir));
    for (const QString &name : documentFiles())
        if (auto refused = refuse(name))
            return report(*refused);
    Session session;
    if (int rc = session.open(parser, command); rc != ExitOk)
        return rc;
    // The marking first: when it cannot be read, nothing is generated or written.
    auto marking = session.workspace().exportMarking();
    if (!marking)
        return report(marking.error());
    auto documents = session.workspace().privacyDocuments();
    if (!documents)
        return report(documents.error());
    std::vector<OutputFile> files;
    for (const auto &[name, markdown] : *documents) {
        if (auto refused = refuse(name)) // a document this command did not know of
            return report(*refused);
        files.push_back(
            {QDir(dir).filePath(name), markedText(markdown.toUtf8(), *marking), nullptr});
    }
    if (auto folder = makePrivateFolder(dir); !folder)
        return report(folder.error());
    if (auto written = writeAllOrNone(files); !written)
        return report(written.error());
    QJsonArray paths;
    for (const OutputFile &file : files)
        paths.append(file.path);
    printResult({{QStringLiteral("files"), paths}}, format);
    return ExitOk;
}

} // namespace mizan::cli
