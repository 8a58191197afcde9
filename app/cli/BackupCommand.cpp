// mizan-cli backup create|list|verify|policy|rotate, restore and drill: copies of the workspace
// that verify, a restore that checks before it swaps, and drills that measure the recovery time.

#include "Cli.h"
#include "Session.h"

#include "store/KeySlots.h"

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

/** What a command takes: its description, options and required ones. */
struct Spec
{
    QString description;
    QList<QCommandLineOption> options;
    QStringList required;
};

/** The number options of 'backup policy', the policy fields they set and their help. */
struct PolicyNumber
{
    const char *option;
    const char *field;
    const char *help;
};
constexpr PolicyNumber kPolicyNumbers[]
    = {{"every-minutes",
        "interval_minutes",
        QT_TRANSLATE_NOOP("mizan::cli", "Minutes between scheduled backups (5 to 10080).")},
       {"rpo-minutes",
        "rpo_minutes",
        QT_TRANSLATE_NOOP("mizan::cli", "Recovery-point objective: warn when the newest is older.")},
       {"rto-minutes",
        "rto_minutes",
        QT_TRANSLATE_NOOP("mizan::cli", "Recovery-time objective the drills are measured against.")},
       {"keep-daily",
        "keep_daily",
        QT_TRANSLATE_NOOP("mizan::cli", "Keep the newest backup of each of this many days.")},
       {"keep-weekly",
        "keep_weekly",
        QT_TRANSLATE_NOOP("mizan::cli", "Keep the newest backup of each of this many weeks.")}};

QCommandLineOption option(const char *name, const QString &help, const QString &value)
{
    return QCommandLineOption(QLatin1String(name), help, value);
}

QCommandLineOption flag(const char *name, const QString &help)
{
    return QCommandLineOption(QLatin1String(name), help);
}

std::optional<Spec> specFor(const QString &command)
{
    const QCommandLineOption dir = option("dir",
                                          Tr::tr("The backup folder (default: the policy's)."),
                                          Tr::tr("DIR"));
    Spec s;
    if (command == QLatin1String("backup create")) {
        s.description = Tr::tr(
            "Back up the workspace (backup.create): a consistent copy of the encrypted database,\n"
            "the key slots and the audit archive, with a manifest signed with the workspace key,\n"
            "in a new folder under DIR. Prints the backup.");
        s.options = {dir};
    } else if (command == QLatin1String("backup list")) {
        s.description = Tr::tr("This workspace's backups in DIR, newest first, with their last "
                               "verification\n(backup.create).");
        s.options = {dir};
    } else if (command == QLatin1String("backup verify")) {
        s.description = Tr::tr(
            "Verify a backup without touching the workspace (backup.create): the manifest's\n"
            "signature, every file's SHA-256, the key slots, the copy's integrity check and its\n"
            "audit log. The report is printed; exit code 5 when the backup fails.");
        s.options = {option("backup", Tr::tr("The backup folder (required)."), Tr::tr("PATH"))};
        s.required = {QStringLiteral("backup")};
    } else if (command == QLatin1String("backup policy")) {
        s.description = Tr::tr(
            "The backup plan (backup.create); with any option below, change it: the settings not\n"
            "given keep their values (audited as backup.policy).");
        s.options = {option("dir", Tr::tr("Where backups are written."), Tr::tr("DIR")),
                     option("schedule",
                            Tr::tr("on or off: a backup every --every-minutes while a session is "
                                   "unlocked."),
                            Tr::tr("on|off"))};
        for (const PolicyNumber &number : kPolicyNumbers)
            s.options.append(option(number.option, Tr::tr(number.help), Tr::tr("N")));
    } else if (command == QLatin1String("backup rotate")) {
        s.description = Tr::tr("Delete the backups the policy no longer keeps (backup.create; "
                               "audited).\nPrints what was deleted.");
        s.options = {dir};
    } else if (command == QLatin1String("restore")) {
        s.description = Tr::tr(
            "Restore a backup over --workspace DIR (which may be missing or broken) without\n"
            "signing in to it: the key slot of --as USER in the backup opens it (--as recovery:\n"
            "the recovery key on the password line) and that role must allow backup.restore.\n"
            "The backup is verified, copied beside the workspace, erasures made since are\n"
            "re-applied, the copy is verified and swapped in; the replaced workspace is kept as\n"
            "<name>.replaced-<time>. Nobody may have the workspace open.\n"
            "With --verify-only, only verify the backup with that credential (exit code 5 when\n"
            "it fails; with --workspace, the backup must be of that workspace).");
        s.options = {option("from", Tr::tr("The backup folder (required)."), Tr::tr("BACKUP")),
                     flag("verify-only", Tr::tr("Verify the backup; restore nothing."))};
        s.required = {QStringLiteral("from")};
    } else if (command == QLatin1String("drill")) {
        s.description = Tr::tr(
            "A disaster-recovery drill (backup.create and backup.restore): back up, restore into\n"
            "a scratch folder with this run's password, open and verify the copy, and measure\n"
            "the recovery time and point against the policy's objectives. The report is written\n"
            "beside the backups (drills/) and printed; exit code 5 when the drill fails.");
        s.options = {dir};
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
    return parseDataCommand(parser, command, arguments, spec->required, helped, format);
}

/** An absolute, clean path (the policy is read by sessions started elsewhere). */
QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString actingUser(const QCommandLineParser &parser)
{
    return given(parser, "as") ? parser.value(QStringLiteral("as"))
                               : qEnvironmentVariable("MIZAN_USER");
}

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)
                  : QStringLiteral("-");
}

/** A folder that must exist before anyone signs in: the backup to read. */
int requireFolder(const QString &path)
{
    if (QFileInfo(path).isDir())
        return ExitOk;
    return report(
        withFile(makeError(ErrorCode::InvalidInput, Tr::tr("%1: no such backup folder").arg(path)),
                 path));
}

/** --dir, or else the policy's folder; a usage error when there is neither. */
int backupFolder(Workspace &ws,
                 const QCommandLineParser &parser,
                 const QString &command,
                 QString &dir)
{
    dir = given(parser, "dir") ? absolute(parser.value(QStringLiteral("dir"))) : QString();
    if (!dir.isEmpty())
        return ExitOk;
    auto policy = ws.backupPolicy();
    if (!policy)
        return report(policy.error());
    dir = policy->directory;
    if (dir.isEmpty())
        return usage(command,
                     Tr::tr("give --dir, or set the backup folder with 'mizan-cli backup policy "
                            "--dir DIR'"));
    return ExitOk;
}

/** Reads the options of 'backup policy' into policy fields; empty when none was given. */
int readPolicyChanges(const QCommandLineParser &parser, const QString &command, QJsonObject &changes)
{
    if (given(parser, "dir"))
        changes.insert(QStringLiteral("directory"), absolute(parser.value(QStringLiteral("dir"))));
    if (given(parser, "schedule")) {
        const QString value = parser.value(QStringLiteral("schedule"));
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return usage(command, Tr::tr("--schedule expects on or off, not '%1'").arg(value));
        changes.insert(QStringLiteral("scheduled"), value == QLatin1String("on"));
    }
    for (const PolicyNumber &number : kPolicyNumbers) {
        if (!given(parser, number.option))
            continue;
        bool ok = false;
        const QString text = parser.value(QLatin1String(number.option));
        const int value = text.toInt(&ok);
        if (!ok || value < 0)
            return usage(command,
                         Tr::tr("--%1 expects a whole number, not '%2'")
                             .arg(QLatin1String(number.option), text));
        changes.insert(QLatin1String(number.field), value);
    }
    return ExitOk;
}

int policy(Workspace &ws, const QJsonObject &changes, Format format)
{
    if (!changes.isEmpty()) {
        auto current = ws.backupPolicy();
        if (!current)
            return report(current.error());
        QJsonObject json = current->toJson();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            json.insert(it.key(), it.value());
        const BackupPolicy wanted = BackupPolicy::fromJson(json);
        if (const QString problem = wanted.problem(); !problem.isEmpty()) {
            // The problem starts with the field; name the option that sets it too.
            const QString field = problem.section(u':', 0, 0);
            QString name = field == QLatin1String("directory") ? QStringLiteral("dir") : field;
            for (const PolicyNumber &number : kPolicyNumbers)
                if (field == QLatin1String(number.field))
                    name = QLatin1String(number.option);
            return report(withField(makeError(ErrorCode::InvalidInput,
                                              Tr::tr("%1 (--%2)").arg(problem, name)),
                                    field));
        }
        if (auto set = ws.setBackupPolicy(wanted); !set)
            return report(set.error());
    }
    auto current = ws.backupPolicy();
    if (!current)
        return report(current.error());
    printResult(current->toJson(), format);
    return ExitOk;
}

int list(Workspace &ws, const QString &dir, Format format)
{
    auto backups = ws.backups(dir);
    if (!backups)
        return report(backups.error());
    if (format == Format::Table) {
        QList<QStringList> rows;
        for (const BackupInfo &b : *backups) {
            const QString verified = b.verifiedMs == 0 ? Tr::tr("never")
                                     : b.verifiedOk    ? Tr::tr("ok %1").arg(isoTime(b.verifiedMs))
                                                       : Tr::tr("FAILED: %1").arg(b.verifyProblem);
            rows.append({b.name,
                         isoTime(b.createdMs),
                         b.kind,
                         b.createdBy,
                         QString::number(b.bytes),
                         b.manifestValid ? Tr::tr("valid") : Tr::tr("INVALID"),
                         verified});
        }
        out() << Tr::tr("Backups in %1:").arg(dir) << '\n';
        //: The columns of 'backup list --format table', separated by |.
        printRows(Tr::tr("name|created (UTC)|kind|by|bytes|manifest|verified").split(u'|'), rows);
        return ExitOk;
    }
    QJsonArray array;
    for (const BackupInfo &b : *backups)
        array.append(b.toJson());
    printResult({{QStringLiteral("directory"), dir}, {QStringLiteral("backups"), array}}, format);
    return ExitOk;
}

/** Prints the verification; a failed one is named on standard error and exits 5. */
int printVerification(const BackupVerification &v, const QString &backup, Format format)
{
    QJsonObject json = v.toJson();
    json.insert(QStringLiteral("backup"), backup);
    printResult(json, format);
    if (v.ok)
        return ExitOk;
    const QString problem = v.problem.contains(backup) ? v.problem
                                                       : Tr::tr("%1: %2").arg(backup, v.problem);
    err() << "mizan-cli: " << Tr::tr("the backup fails verification: %1").arg(problem) << Qt::endl;
    for (const BackupCheck &check : v.checks)
        if (!check.ok && !v.problem.contains(check.detail))
            err() << "  " << check.name << ": " << check.detail << Qt::endl;
    return ExitIntegrity;
}

int rotate(Workspace &ws, const QString &dir, Format format)
{
    auto removed = ws.rotateBackups(dir);
    if (!removed)
        return report(removed.error());
    printResult({{QStringLiteral("directory"), dir},
                 {QStringLiteral("removed"), QJsonArray::fromStringList(*removed)}},
                format);
    return ExitOk;
}

int drill(Session &session, const QString &dir, Format format)
{
    auto drilled = session.workspace().drill(session.secret(), dir);
    if (!drilled)
        return report(drilled.error());
    printResult(drilled->toJson(), format);
    if (!drilled->ok) {
        err() << "mizan-cli: " << Tr::tr("the drill failed: %1").arg(drilled->problem) << Qt::endl;
        return ExitIntegrity;
    }
    if (!drilled->meetsRto())
        err() << "mizan-cli: "
              << Tr::tr("warning: the recovery took %1 s, over the %2 s objective")
                     .arg(drilled->recoveryMs / 1000)
                     .arg(drilled->rtoObjectiveMs / 1000)
              << Qt::endl;
    if (drilled->recoveryPointMs > drilled->rpoObjectiveMs)
        err() << "mizan-cli: "
              << Tr::tr("warning: the newest backup was %1 min old, over the %2 min objective")
                     .arg(drilled->recoveryPointMs / 60000)
                     .arg(drilled->rpoObjectiveMs / 60000)
              << Qt::endl;
    return ExitOk;
}

/** restore: no session; the backup's own key slot opens it. */
int restore(const QCommandLineParser &parser, const QString &command, Format format)
{
    const QString from = absolute(parser.value(QStringLiteral("from")));
    const bool verifyOnly = given(parser, "verify-only");
    const QString dir = absolute(
        verifyOnly && !given(parser, "workspace") ? QString() : Session::workspaceDir(parser));
    if (!verifyOnly && dir.isEmpty())
        return usage(command,
                     Tr::tr("--workspace (or MIZAN_WORKSPACE) is required: the folder "
                            "to restore into"));
    const QString user = actingUser(parser);
    if (user.isEmpty())
        return usage(command, Tr::tr("--as (or MIZAN_USER) is required"));
    if (int rc = requireFolder(from); rc != ExitOk)
        return rc;
    QString expectedId;
    if (verifyOnly && !dir.isEmpty()) { // the backup must be of this workspace
        const QString slots = QDir(dir).filePath(QLatin1String(Workspace::kSlotsFile));
        auto loaded = KeySlots::load(slots);
        if (!loaded)
            return report(withFile(loaded.error(), slots));
        expectedId = loaded->workspaceId;
    }
    const SecureBytes secret = Session::password();
    if (secret.isEmpty())
        return report(
            makeError(ErrorCode::AuthFailed,
                      Tr::tr("no password: set MIZAN_PASSWORD or give it on the first line "
                             "of standard input")));
    if (verifyOnly) {
        auto verified = Workspace::verifyBackupOffline(from, user, secret, expectedId);
        if (!verified)
            return report(verified.error());
        return printVerification(*verified, from, format);
    }
    WorkspaceOptions options;
    options.appName = QStringLiteral("mizan-cli");
    auto restored = Workspace::restore(from, dir, user, secret, options);
    if (!restored)
        return report(restored.error());
    QJsonObject json = restored->toJson();
    json.insert(QStringLiteral("workspace"), dir);
    printResult(json, format);
    for (const QString &warning : std::as_const(restored->warnings))
        err() << "mizan-cli: " << Tr::tr("warning: %1").arg(warning) << Qt::endl;
    if (!restored->verification.ok) {
        err() << "mizan-cli: "
              << Tr::tr("%1: the restored workspace fails verification: %2")
                     .arg(dir, restored->verification.problem)
              << Qt::endl;
        return ExitIntegrity;
    }
    return ExitOk;
}

bool isHelpOrEmpty(const QString &sub)
{
    return sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h");
}

} // namespace

int runBackup(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (isHelpOrEmpty(sub)) {
        const bool help = !sub.isEmpty();
        QTextStream &stream = help ? out() : err();
        stream << Tr::tr(
            "Usage: mizan-cli backup <subcommand> [options]\n\n"
            "Subcommands:\n"
            "  create     Back up the workspace into a new folder under --dir (or the policy's)\n"
            "  list       This workspace's backups, newest first, and their last verification\n"
            "  verify     Verify a backup (--backup PATH); exit code 5 when it fails\n"
            "  policy     The backup plan: folder, schedule, objectives, rotation (show or set)\n"
            "  rotate     Delete the backups the policy no longer keeps\n\n"
            "Each takes --workspace DIR --as NAME; 'mizan-cli backup <subcommand> --help'.\n"
            "See also 'mizan-cli restore --help' and 'mizan-cli drill --help'.\n");
        stream.flush();
        return help ? ExitOk : ExitUsage;
    }
    const QString command = QStringLiteral("backup ") + sub;
    if (!specFor(command))
        return usage(QStringLiteral("backup"), Tr::tr("unknown subcommand '%1'").arg(sub));
    QCommandLineParser parser;
    bool helped = false;
    Format format = Format::Json;
    if (int rc = parseCommand(parser, command, arguments.mid(1), helped, format);
        rc != ExitOk || helped)
        return rc;
    // Every argument is checked before anyone signs in.
    QJsonObject changes;
    if (sub == QLatin1String("policy"))
        if (int rc = readPolicyChanges(parser, command, changes); rc != ExitOk)
            return rc;
    const QString backup = given(parser, "backup")
                               ? absolute(parser.value(QStringLiteral("backup")))
                               : QString();
    if (sub == QLatin1String("verify"))
        if (int rc = requireFolder(backup); rc != ExitOk)
            return rc;
    Session session;
    if (int rc = session.open(parser, command); rc != ExitOk)
        return rc;
    Workspace &ws = session.workspace();
    if (sub == QLatin1String("policy"))
        return policy(ws, changes, format);
    if (sub == QLatin1String("verify")) {
        // A backup under an older key generation opens with this user's password of then.
        const bool recovery = actingUser(parser) == QLatin1String(Workspace::kRecoveryActor);
        auto verified = ws.verifyBackup(backup, recovery ? nullptr : &session.secret());
        if (!verified)
            return report(verified.error());
        return printVerification(*verified, backup, format);
    }
    QString dir;
    if (int rc = backupFolder(ws, parser, command, dir); rc != ExitOk)
        return rc;
    if (sub == QLatin1String("list"))
        return list(ws, dir, format);
    if (sub == QLatin1String("rotate"))
        return rotate(ws, dir, format);
    auto created = ws.createBackup(dir);
    if (!created)
        return report(created.error());
    printResult(created->toJson(), format);
    return ExitOk;
}

int runRestore(const QStringList &arguments)
{
    const QString command = QStringLiteral("restore");
    QCommandLineParser parser;
    bool helped = false;
    Format format = Format::Json;
    if (int rc = parseCommand(parser, command, arguments, helped, format); rc != ExitOk || helped)
        return rc;
    return restore(parser, command, format);
}

int runDrill(const QStringList &arguments)
{
    const QString command = QStringLiteral("drill");
    QCommandLineParser parser;
    bool helped = false;
    Format format = Format::Json;
    if (int rc = parseCommand(parser, command, arguments, helped, format); rc != ExitOk || helped)
        return rc;
    Session session;
    if (int rc = session.open(parser, command); rc != ExitOk)
        return rc;
    QString dir;
    if (int rc = backupFolder(session.workspace(), parser, command, dir); rc != ExitOk)
        return rc;
    return drill(session, dir, format);
}

} // namespace mizan::cli
