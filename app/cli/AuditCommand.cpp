// mizan-cli audit show|verify|checkpoint|export|report|verify-pack: the audit log, read-only.

#include "Cli.h"
#include "Marking.h"
#include "Session.h"

#include "audit/Checkpoint.h"
#include "audit/EvidencePack.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace mizan::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

QList<QCommandLineOption> filterOptions()
{
    return {
        {QStringLiteral("from"),
         Tr::tr(
             "Entries at or after TIME (ISO 8601, UTC, e.g. 2026-11-01 or 2026-11-01T08:00:00)."),
         Tr::tr("TIME")},
        {QStringLiteral("to"), Tr::tr("Entries before TIME."), Tr::tr("TIME")},
        {QStringLiteral("actor"), Tr::tr("Entries by this user."), Tr::tr("NAME")},
        {QStringLiteral("role"),
         Tr::tr("Entries by this role (admin, analyst, ...)."),
         Tr::tr("ROLE")},
        {QStringLiteral("action"),
         Tr::tr("Entries of this action; ending in '.' a family (\"user.\")."),
         Tr::tr("ACTION")},
        {QStringLiteral("outcome"), Tr::tr("ok, denied or failed."), Tr::tr("OUTCOME")},
        {QStringLiteral("target"), Tr::tr("Entries about this target."), Tr::tr("TARGET")},
        {QStringLiteral("text"), Tr::tr("Entries whose details contain TEXT."), Tr::tr("TEXT")},
    };
}

bool parseTime(const QString &text, qint64 &ms)
{
    bool isNumber = false;
    ms = text.toLongLong(&isNumber);
    if (isNumber)
        return ms >= 0;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!t.isValid())
        return false;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    ms = t.toMSecsSinceEpoch();
    return true;
}

int filterFrom(const QCommandLineParser &parser, const QString &command, AuditFilter &f)
{
    for (const char *name : {"from", "to"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        qint64 ms = 0;
        if (!parseTime(parser.value(QLatin1String(name)), ms))
            return usage(command,
                         Tr::tr("--%1: \"%2\" is not a time (ISO 8601 in UTC, or milliseconds)")
                             .arg(QLatin1String(name), parser.value(QLatin1String(name))));
        (qstrcmp(name, "from") == 0 ? f.fromMs : f.toMs) = ms;
    }
    f.actor = parser.value(QStringLiteral("actor"));
    f.role = parser.value(QStringLiteral("role"));
    f.action = parser.value(QStringLiteral("action"));
    f.outcome = parser.value(QStringLiteral("outcome"));
    f.target = parser.value(QStringLiteral("target"));
    f.text = parser.value(QStringLiteral("text"));
    return ExitOk;
}

QJsonObject entryJson(const AuditEntry &e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("time"),
             QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("time_ms"), e.timeMs},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("role"), e.role},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("target"), e.target},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash.toHex())},
            {QStringLiteral("leaf_hash"), QString::fromLatin1(e.leafHash.toHex())}};
}

void printTable(const std::vector<AuditEntry> &entries)
{
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                 .arg(Tr::tr("seq"), 8)
                 .arg(Tr::tr("time (UTC)"), -24)
                 .arg(Tr::tr("actor"), -12)
                 .arg(Tr::tr("action"), -24)
                 .arg(Tr::tr("outcome"), -8)
                 .arg(Tr::tr("target"));
    for (const AuditEntry &e : entries)
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(e.seq, 8)
                     .arg(QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC)
                              .toString(Qt::ISODateWithMs),
                          -24)
                     .arg(e.actor, -12)
                     .arg(e.action, -24)
                     .arg(e.outcome, -8)
                     .arg(e.target);
    out().flush();
}

/** Reads a checkpoint file the auditor kept (--trusted). */
int readTrusted(const QCommandLineParser &parser, std::optional<Checkpoint> &trusted)
{
    if (!parser.isSet(QStringLiteral("trusted")))
        return ExitOk;
    const QString path = parser.value(QStringLiteral("trusted"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return report(withFile(makeError(ErrorCode::Io,
                                         Tr::tr("cannot read %1: %2").arg(path, f.errorString())),
                               path));
    auto parsed = Checkpoint::parse(f.read(SignedNote::kMaxNoteBytes + 1));
    if (!parsed) {
        Error e = parsed.error();
        e.message = path + QStringLiteral(": ") + e.message;
        e.file = path;
        return report(e);
    }
    trusted = std::move(*parsed);
    return ExitOk;
}

int printVerdict(const Result<AuditVerifyReport> &result, Format format)
{
    if (!result)
        return report(result.error());
    if (format == Format::Json)
        printResult(result->toJson(), Format::Json);
    else {
        out() << result->verdict() << '\n';
        for (const QString &w : result->warnings)
            out() << Tr::tr("warning: %1").arg(w) << '\n';
        out().flush();
    }
    return result->ok ? ExitOk : ExitIntegrity;
}

/** As printVerdict, then the pack's classification marking when it verified (as verify.py). */
int printPackVerdict(const Result<EvidencePack::Verified> &result, Format format)
{
    if (!result)
        return report(result.error());
    if (format == Format::Json) {
        printResult(result->toJson(), Format::Json);
        return result->ok ? ExitOk : ExitIntegrity;
    }
    const int rc = printVerdict(Result<AuditVerifyReport>(*result), format);
    if (!result->marking.isEmpty()) {
        out() << Tr::tr("Marking: %1").arg(result->marking.text()) << '\n';
        out().flush();
    }
    return rc;
}

/** --format: what `sub` prints, its default first. */
QCommandLineOption formatDef(const QString &sub)
{
    const QString help = sub == QLatin1String("report")
                             ? Tr::tr("Output format: json (default) or csv.")
                         : sub == QLatin1String("show") || sub.startsWith(QLatin1String("verify"))
                             ? Tr::tr("Output format: table (default) or json.")
                             : Tr::tr("Output format: json (default) or table.");
    return {QStringLiteral("format"), help, Tr::tr("FORMAT")};
}

QCommandLineOption trustedDef()
{
    return {QStringLiteral("trusted"),
            Tr::tr("A checkpoint you kept (from audit checkpoint): the log must extend it."),
            Tr::tr("FILE")};
}

int runSub(const QString &sub, const QStringList &arguments)
{
    const QString command = QStringLiteral("audit ") + sub;
    const bool packOnly = sub == QLatin1String("verify-pack");
    QCommandLineParser parser;
    QList<QCommandLineOption> options{formatDef(sub)};
    if (!packOnly)
        options += Session::options();
    QString description;
    int positionals = 0;
    if (sub == QLatin1String("show")) {
        description = Tr::tr(
            "Audit entries, oldest first (newest first with --desc), with filters.");
        options += filterOptions();
        options
            += {{QStringLiteral("limit"), Tr::tr("At most N entries (default 100)."), Tr::tr("N")},
                {QStringLiteral("after"),
                 Tr::tr("Entries after sequence number SEQ."),
                 Tr::tr("SEQ")},
                {QStringLiteral("desc"), Tr::tr("Newest first.")}};
    } else if (sub == QLatin1String("verify")) {
        description = Tr::tr(
            "Verify the audit log: chain, Merkle tree, every checkpoint signature.\n"
            "With --trusted, from a checkpoint you kept: no rollback, no fork.\n"
            "Exit code 5 when tampering is found.");
        options += trustedDef();
    } else if (sub == QLatin1String("checkpoint")) {
        description = Tr::tr(
            "Sign a checkpoint of the log now with your own key as well, and write it\n"
            "to FILE (or standard output), to keep and verify against later.");
        options += QCommandLineOption(QStringLiteral("out"),
                                      Tr::tr("Write to FILE."),
                                      Tr::tr("FILE"));
    } else if (sub == QLatin1String("report")) {
        description = Tr::tr(
            "The compliance report of a period (--from, --to; default the last 30 days):\n"
            "actions by type and user, denials, approvals, fairness alerts, erasures,\n"
            "backups, and the verification status with its signed checkpoint.\n"
            "JSON or CSV (--format csv); the PDF is in the Audit tab. Written to a file, it\n"
            "carries the workspace's classification marking, your name and the time.");
        options += filterOptions().mid(0, 2);
        options += QCommandLineOption(QStringLiteral("out"),
                                      Tr::tr("Write to FILE (marked) instead of standard output."),
                                      Tr::tr("FILE"));
    } else if (sub == QLatin1String("export")) {
        description = Tr::tr(
            "Write an evidence pack (a new folder) of the entries matching the filters.");
        options += filterOptions();
        options += QCommandLineOption(QStringLiteral("out"),
                                      Tr::tr("The new folder."),
                                      Tr::tr("DIR"));
    } else {
        description = Tr::tr("Verify an evidence pack offline (no workspace needed).\n"
                             "Exit code 5 when tampering is found.");
        options += trustedDef();
        positionals = 1;
        parser.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("The pack's folder."));
    }
    parser.setApplicationDescription(description);
    parser.addOptions(options);
    bool helped = false;
    if (int rc = parse(parser, command, arguments, helped, {}, positionals); rc != ExitOk || helped)
        return rc;
    Format format = Format::Json;
    const Format fallback = sub == QLatin1String("show") || sub.startsWith(QLatin1String("verify"))
                                ? Format::Table
                                : Format::Json;
    const QList<Format> allowed = sub == QLatin1String("report")
                                      ? QList<Format>{Format::Json, Format::Csv}
                                      : QList<Format>{Format::Json, Format::Table};
    if (int rc = formatOption(parser, command, allowed, fallback, format))
        return rc;
    std::optional<Checkpoint> trusted;
    if (sub.startsWith(QLatin1String("verify")))
        if (int rc = readTrusted(parser, trusted); rc != ExitOk)
            return rc;
    if (packOnly)
        return printPackVerdict(EvidencePack::verify(parser.positionalArguments().value(0), trusted),
                                format);

    AuditFilter filter;
    if (sub == QLatin1String("show") || sub == QLatin1String("export"))
        if (int rc = filterFrom(parser, command, filter); rc != ExitOk)
            return rc;
    if (sub == QLatin1String("report")) {
        for (const char *name : {"from", "to"})
            if (parser.isSet(QLatin1String(name))
                && !parseTime(parser.value(QLatin1String(name)),
                              qstrcmp(name, "from") == 0 ? filter.fromMs : filter.toMs))
                return usage(command,
                             Tr::tr("--%1: \"%2\" is not a time (ISO 8601 in UTC, or milliseconds)")
                                 .arg(QLatin1String(name), parser.value(QLatin1String(name))));
        if (filter.toMs == 0)
            filter.toMs = QDateTime::currentMSecsSinceEpoch() + 1;
        if (filter.fromMs == 0)
            filter.fromMs = std::max<qint64>(1, filter.toMs - 30LL * 24 * 3600 * 1000);
    }
    int rc = ExitOk;
    if (sub == QLatin1String("export") && !require(parser, command, QStringLiteral("out"), rc))
        return rc;
    qint64 limit = 100;
    qint64 after = 0;
    if (sub == QLatin1String("show")) {
        bool ok = true;
        if (parser.isSet(QStringLiteral("limit")))
            limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 1 || limit > 10000)
            return usage(command, Tr::tr("--limit takes 1 to 10000"));
        if (parser.isSet(QStringLiteral("after")))
            after = parser.value(QStringLiteral("after")).toLongLong(&ok);
        if (!ok || after < 0)
            return usage(command, Tr::tr("--after takes a sequence number"));
    }

    Session session;
    if (rc = session.open(parser, command); rc != ExitOk)
        return rc;
    Workspace &ws = session.workspace();
    if (sub == QLatin1String("verify"))
        return printVerdict(ws.verifyAudit(trusted), format);
    if (sub == QLatin1String("show")) {
        auto entries = ws.auditQuery(filter, after, limit, parser.isSet(QStringLiteral("desc")));
        if (!entries)
            return report(entries.error());
        if (format == Format::Table) {
            printTable(*entries);
            return ExitOk;
        }
        QJsonArray list;
        for (const AuditEntry &e : *entries)
            list.append(entryJson(e));
        printResult({{QStringLiteral("entries"), list}}, Format::Json);
        return ExitOk;
    }
    if (sub == QLatin1String("report")) {
        // A file carries the marking, read first: when it cannot be, nothing is written.
        ExportMarking marking;
        if (parser.isSet(QStringLiteral("out"))) {
            auto current = ws.exportMarking();
            if (!current)
                return report(current.error());
            marking = *current;
        }
        auto r = ws.complianceReport(filter.fromMs, filter.toMs);
        if (!r)
            return report(r.error());
        const QByteArray bytes
            = format == Format::Csv
                  ? markedCsv(r->toCsv(), marking)
                  : QJsonDocument(markedJson(r->toJson(), marking)).toJson(QJsonDocument::Indented);
        if (!parser.isSet(QStringLiteral("out"))) {
            out() << QString::fromUtf8(bytes);
            out().flush();
        } else {
            const QString path = parser.value(QStringLiteral("out"));
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
                return report(
                    withFile(makeError(ErrorCode::Io,
                                       Tr::tr("cannot write %1: %2").arg(path, f.errorString())),
                             path));
        }
        return r->verification.ok ? ExitOk : ExitIntegrity;
    }
    if (sub == QLatin1String("checkpoint")) {
        auto c = ws.auditCheckpointNow();
        if (!c)
            return report(c.error());
        if (!parser.isSet(QStringLiteral("out"))) {
            out() << QString::fromUtf8(c->note);
            out().flush();
            return ExitOk;
        }
        const QString path = parser.value(QStringLiteral("out"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(c->note) != c->note.size())
            return report(withFile(makeError(ErrorCode::Io,
                                             Tr::tr("cannot write %1: %2 (it must not exist)")
                                                 .arg(path, f.errorString())),
                                   path));
        printResult({{QStringLiteral("file"), path},
                     {QStringLiteral("size"), c->checkpoint.size},
                     {QStringLiteral("root"), QString::fromLatin1(c->checkpoint.root.toHex())}},
                    format);
        return ExitOk;
    }
    auto written = ws.exportAuditPack(parser.value(QStringLiteral("out")), filter);
    if (!written)
        return report(written.error());
    printResult({{QStringLiteral("folder"), written->dir},
                 {QStringLiteral("entries"), written->entries},
                 {QStringLiteral("checkpoints"), written->checkpoints},
                 {QStringLiteral("head_size"), written->headSize},
                 {QStringLiteral("complete"), written->complete}},
                format);
    return ExitOk;
}

void printSubcommands(QTextStream &stream)
{
    stream << Tr::tr(
        "Usage: mizan-cli audit <subcommand> [options]\n\n"
        "Subcommands:\n"
        "  show         Audit entries, with filters (--from, --to, --actor, --action, ...)\n"
        "  verify       Verify the log: chain, Merkle tree, checkpoint signatures\n"
        "               ([--trusted FILE]: no rollback, no fork since a checkpoint you kept)\n"
        "  checkpoint   Co-sign a checkpoint of the log now ([--out FILE])\n"
        "  export       Write a signed evidence pack of the matching entries (--out DIR)\n"
        "  report       The compliance report of a period ([--from] [--to] [--format csv]\n"
        "               [--out FILE])\n"
        "  verify-pack  Verify an evidence pack offline (DIR; no workspace needed)\n\n"
        "All but verify-pack take --workspace DIR --as NAME; 'mizan-cli audit <subcommand>\n"
        "--help' describes each one. Exit code 5 when tampering is found.\n");
    stream.flush();
}

} // namespace

int runAudit(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    static const QStringList kSubs = {QStringLiteral("show"),
                                      QStringLiteral("verify"),
                                      QStringLiteral("checkpoint"),
                                      QStringLiteral("export"),
                                      QStringLiteral("report"),
                                      QStringLiteral("verify-pack")};
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printSubcommands(out());
        return ExitOk;
    }
    if (!kSubs.contains(sub))
        return usage(QStringLiteral("audit"),
                     Tr::tr("expected: audit show | verify | checkpoint | export | report | "
                            "verify-pack DIR"));
    return runSub(sub, arguments.mid(1));
}

} // namespace mizan::cli
