// mizan-cli init, user add|list|disable|enable|remove|passwd|role|pii, users review,
// workspace info|rekey, import: the workspace and account commands.

#include "Cli.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mizan::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

/** Parses a subcommand with the session options; `extra` adds its own. */
int parseWith(QCommandLineParser &parser,
              const QString &command,
              const QStringList &arguments,
              const QString &description,
              const QList<QCommandLineOption> &extra,
              int positionals,
              const QString &positionalHelp,
              bool &helped,
              int minimumPositionals = -1)
{
    parser.setApplicationDescription(description);
    parser.addOptions(Session::options());
    parser.addOptions(extra);
    if (!positionalHelp.isEmpty())
        parser.addPositionalArgument(positionalHelp.section(QLatin1Char(' '), 0, 0), positionalHelp);
    return parse(parser, command, arguments, helped, {}, positionals, minimumPositionals);
}

QCommandLineOption formatOptionDef()
{
    return {QStringLiteral("format"),
            Tr::tr("Output format: json (default) or table."),
            Tr::tr("FORMAT")};
}

/** Whether the first argument asks for the command's own help (--help or -h). */
bool isHelp(const QString &sub)
{
    return sub == QLatin1String("--help") || sub == QLatin1String("-h");
}

int printOrReport(const Result<> &result, const QJsonObject &ok, Format format)
{
    if (!result)
        return report(result.error());
    printResult(ok, format);
    return ExitOk;
}

int runUserSub(const QString &sub, const QStringList &arguments)
{
    const QString command = QStringLiteral("user ") + sub;
    QCommandLineParser parser;
    bool helped = false;
    int positionals = 1;
    QString positionalHelp = Tr::tr("NAME the user");
    QList<QCommandLineOption> extra{formatOptionDef()};
    QString description;
    if (sub == QLatin1String("add")) {
        description = Tr::tr(
            "Add a user. The new password is the next line of standard input (after the\n"
            "acting admin's own, unless MIZAN_PASSWORD holds that).");
        extra << QCommandLineOption(QStringLiteral("role"),
                                    Tr::tr("admin, data_scientist, risk_officer, analyst, "
                                           "auditor or privacy_officer."),
                                    Tr::tr("ROLE"))
              << QCommandLineOption(
                     QStringLiteral("password-stdin"),
                     Tr::tr("Read the new password from standard input (the default)."));
    } else if (sub == QLatin1String("list")) {
        description = Tr::tr("List the users, their roles and state.");
        positionals = 0;
        positionalHelp.clear();
    } else if (sub == QLatin1String("disable") || sub == QLatin1String("enable")
               || sub == QLatin1String("remove")) {
        description = sub == QLatin1String("remove")
                          ? Tr::tr("Remove a user: deletes the key slot and re-keys the workspace.")
                          : Tr::tr("Disable or enable a user (enable also clears a lock-out).");
    } else if (sub == QLatin1String("passwd")) {
        description = Tr::tr(
            "Change a password. Without NAME (or with your own), your own: the new password\n"
            "is the next line of standard input. An admin naming another user sets a new one.");
        positionals = 1;
        positionalHelp = Tr::tr("NAME the user (default: yourself)");
        extra << QCommandLineOption(
            QStringLiteral("password-stdin"),
            Tr::tr("Read the new password from standard input (the default)."));
    } else if (sub == QLatin1String("role")) {
        description = Tr::tr(
            "Change a user's role. Granting admin or risk_officer where there are two admins\n"
            "waits for a second admin, who confirms by giving the same command.");
        positionals = 2;
        positionalHelp = Tr::tr("NAME ROLE the user and the new role");
    } else if (sub == QLatin1String("pii")) {
        description = Tr::tr("Grant (on) or revoke (off) leads.view_pii for an analyst.");
        positionals = 2;
        positionalHelp = Tr::tr("NAME on|off");
    } else {
        return usage(QStringLiteral("user"), Tr::tr("unknown subcommand '%1'").arg(sub));
    }
    // passwd takes 0 or 1 names.
    if (int rc = parseWith(parser,
                           command,
                           arguments,
                           description,
                           extra,
                           positionals,
                           positionalHelp,
                           helped,
                           sub == QLatin1String("passwd") ? 0 : positionals);
        rc != ExitOk || helped)
        return rc;
    Format format = Format::Json;
    if (int rc = formatOption(parser, command, {Format::Json, Format::Table}, Format::Json, format))
        return rc;
    const QStringList args = parser.positionalArguments();
    std::optional<Role> role;
    if (sub == QLatin1String("add")) {
        if (!parser.isSet(QStringLiteral("role")))
            return usage(command, Tr::tr("--role is required"));
        role = roleFromId(parser.value(QStringLiteral("role")));
        if (!role)
            return usage(command,
                         Tr::tr("unknown role '%1' (expected one of: %2)")
                             .arg(parser.value(QStringLiteral("role")),
                                  roleIds().join(QLatin1String(", "))));
    }
    if (sub == QLatin1String("role")) {
        role = roleFromId(args.value(1));
        if (!role)
            return usage(command,
                         Tr::tr("unknown role '%1' (expected one of: %2)")
                             .arg(args.value(1), roleIds().join(QLatin1String(", "))));
    }
    if (sub == QLatin1String("pii") && args.value(1) != QLatin1String("on")
        && args.value(1) != QLatin1String("off"))
        return usage(command, Tr::tr("expected on or off, not '%1'").arg(args.value(1)));

    Session session;
    if (int rc = session.open(parser, command); rc != ExitOk)
        return rc;
    Workspace &ws = session.workspace();
    const QString name = args.value(0);
    const QJsonObject done{{QStringLiteral("user"), name}, {QStringLiteral("done"), sub}};
    if (sub == QLatin1String("add")) {
        const SecureBytes newPassword = Session::nextLine(
            Tr::tr("New password for %1: ").arg(name.isEmpty() ? ws.userName() : name));
        if (newPassword.isEmpty())
            return usage(command, Tr::tr("no new password on the next line of standard input"));
        auto added = ws.addUser(name, *role, newPassword);
        if (!added)
            return report(added.error());
        printResult({{QStringLiteral("user"), name},
                     {QStringLiteral("role"), roleId(*role)},
                     {QStringLiteral("state"),
                      *added == GrantOutcome::Applied ? QStringLiteral("active")
                                                      : QStringLiteral("pending_confirmation")}},
                    format);
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        auto users = ws.users();
        if (!users)
            return report(users.error());
        if (format == Format::Table) {
            out() << QStringLiteral("%1 %2 %3 %4\n")
                         .arg(Tr::tr("name"), -18)
                         .arg(Tr::tr("role"), -16)
                         .arg(Tr::tr("state"), -22)
                         .arg(Tr::tr("last sign-in"));
            for (const UserInfo &u : *users) {
                const QString state = u.pending     ? Tr::tr("pending")
                                      : u.lockedOut ? Tr::tr("locked out")
                                      : u.disabled  ? Tr::tr("disabled")
                                                    : Tr::tr("active");
                out() << QStringLiteral("%1 %2 %3 %4\n")
                             .arg(u.name, -18)
                             .arg(roleId(u.role), -16)
                             .arg(state, -22)
                             .arg(u.toJson()[QLatin1String("last_login")].toString());
            }
            out().flush();
            return ExitOk;
        }
        QJsonArray array;
        for (const UserInfo &u : *users)
            array.append(u.toJson());
        printResult({{QStringLiteral("users"), array}}, Format::Json);
        return ExitOk;
    }
    if (sub == QLatin1String("disable"))
        return printOrReport(ws.disableUser(name), done, format);
    if (sub == QLatin1String("enable"))
        return printOrReport(ws.enableUser(name), done, format);
    if (sub == QLatin1String("remove"))
        return printOrReport(ws.removeUser(name), done, format);
    if (sub == QLatin1String("pii"))
        return printOrReport(ws.setPiiGrant(name, args.value(1) == QLatin1String("on")),
                             done,
                             format);
    if (sub == QLatin1String("passwd")) {
        const SecureBytes newPassword = Session::nextLine(
            Tr::tr("New password for %1: ").arg(name.isEmpty() ? ws.userName() : name));
        if (newPassword.isEmpty())
            return usage(command, Tr::tr("no new password on the next line of standard input"));
        if (name.isEmpty() || name == ws.userName())
            // The password given to sign in is the current one.
            return printOrReport(ws.changeOwnPassword(session.secret(), newPassword),
                                 {{QStringLiteral("user"), ws.userName()},
                                  {QStringLiteral("done"), sub}},
                                 format);
        return printOrReport(ws.resetPassword(name, newPassword), done, format);
    }
    if (sub == QLatin1String("role")) {
        auto changed = ws.setRole(name, *role);
        if (!changed)
            return report(changed.error());
        printResult({{QStringLiteral("user"), name},
                     {QStringLiteral("role"), roleId(*role)},
                     {QStringLiteral("state"),
                      *changed == GrantOutcome::Applied ? QStringLiteral("applied")
                                                        : QStringLiteral("pending_confirmation")}},
                    format);
        return ExitOk;
    }
    return ExitUsage;
}

} // namespace

int runInit(const QStringList &arguments)
{
    const QString command = QStringLiteral("init");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Create an encrypted workspace and its first administrator. The password comes from\n"
        "MIZAN_PASSWORD or the first line of standard input. The recovery key is printed\n"
        "once: print it and lock it away; it opens the workspace when every password is lost."));
    parser.addOptions(
        {{QStringLiteral("workspace"),
          Tr::tr("The new workspace folder (empty or absent)."),
          Tr::tr("DIR")},
         {QStringLiteral("admin"), Tr::tr("The first administrator's user name."), Tr::tr("NAME")},
         formatOptionDef()});
    bool helped = false;
    if (int rc = parse(parser, command, arguments, helped); rc != ExitOk || helped)
        return rc;
    Format format = Format::Json;
    if (int rc = formatOption(parser, command, {Format::Json, Format::Table}, Format::Json, format))
        return rc;
    const QString dir = Session::workspaceDir(parser);
    if (dir.isEmpty())
        return usage(command, Tr::tr("--workspace (or MIZAN_WORKSPACE) is required"));
    int rc = ExitOk;
    if (!require(parser, command, QStringLiteral("admin"), rc))
        return rc;
    const SecureBytes password = Session::password();
    WorkspaceOptions options;
    options.appName = QStringLiteral("mizan-cli");
    auto created = Workspace::create(dir, parser.value(QStringLiteral("admin")), password, options);
    if (!created)
        return report(created.error());
    auto info = created->workspace->info();
    err() << Tr::tr("The recovery key below is shown only this once. Print it and lock it away.")
          << Qt::endl;
    printResult({{QStringLiteral("workspace"), dir},
                 {QStringLiteral("workspace_id"), info ? info->workspaceId : QString()},
                 {QStringLiteral("admin"), parser.value(QStringLiteral("admin"))},
                 {QStringLiteral("recovery_key"), QString::fromLatin1(created->recoveryKey.view())}},
                format);
    return ExitOk;
}

int runUser(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream &stream = sub.isEmpty() ? err() : out();
        stream << Tr::tr(
            "Usage: mizan-cli user <subcommand> NAME [options] --workspace DIR --as ADMIN\n\n"
            "Subcommands:\n"
            "  add NAME --role ROLE   Add a user (new password: next line of standard input)\n"
            "  list                   List users\n"
            "  disable NAME           Disable a user\n"
            "  enable NAME            Enable a user (clears a lock-out)\n"
            "  remove NAME            Remove a user and re-key the workspace\n"
            "  passwd [NAME]          Change your password, or set another user's\n"
            "  role NAME ROLE         Change a role (admin/risk_officer may need a second admin)\n"
            "  pii NAME on|off        Grant or revoke leads.view_pii for an analyst\n");
        stream.flush();
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return runUserSub(sub, arguments.mid(1));
}

int runUsers(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (isHelp(sub)) {
        out() << Tr::tr("Usage: mizan-cli users review [options] --workspace DIR --as NAME\n\n"
                        "Subcommands:\n"
                        "  review   The access-review report (admins, auditors)\n\n"
                        "'mizan-cli users review --help' describes its options.\n");
        out().flush();
        return ExitOk;
    }
    if (sub != QLatin1String("review"))
        return usage(QStringLiteral("users"), Tr::tr("expected: users review"));
    const QString command = QStringLiteral("users review");
    QCommandLineParser parser;
    bool helped = false;
    if (int rc
        = parseWith(parser,
                    command,
                    arguments.mid(1),
                    Tr::tr("The access-review report: users, roles, every grant and who made and\n"
                           "confirmed it, last sign-in, disabled and locked slots."),
                    {{QStringLiteral("format"),
                      Tr::tr("Output format: table (default: the report as text) or json."),
                      Tr::tr("FORMAT")}},
                    0,
                    {},
                    helped);
        rc != ExitOk || helped)
        return rc;
    Format format = Format::Table;
    if (int rc = formatOption(parser, command, {Format::Json, Format::Table}, Format::Table, format))
        return rc;
    Session session;
    if (int rc = session.open(parser, command); rc != ExitOk)
        return rc;
    auto review = session.workspace().accessReview();
    if (!review)
        return report(review.error());
    if (format == Format::Json)
        printResult(review->toJson(), Format::Json);
    else
        out() << review->toText();
    out().flush();
    return ExitOk;
}

int runWorkspace(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (isHelp(sub)) {
        out() << Tr::tr(
            "Usage: mizan-cli workspace <subcommand> [options] --workspace DIR --as NAME\n\n"
            "Subcommands:\n"
            "  info                       What the workspace holds and how it is protected\n"
            "  rekey                      Re-key the workspace (admins)\n"
            "  idle-lock MINUTES          Idle minutes before every session locks (admins)\n"
            "  classification [MARKING]   Show or set (admins) the classification marking of\n"
            "                             every export\n\n"
            "'mizan-cli workspace <subcommand> --help' describes each one.\n");
        out().flush();
        return ExitOk;
    }
    const bool classification = sub == QLatin1String("classification");
    if (sub != QLatin1String("info") && sub != QLatin1String("rekey")
        && sub != QLatin1String("idle-lock") && !classification)
        return usage(QStringLiteral("workspace"),
                     Tr::tr("expected: workspace info | rekey | idle-lock MINUTES | "
                            "classification [MARKING]"));
    const QString command = QStringLiteral("workspace ") + sub;
    QCommandLineParser parser;
    bool helped = false;
    if (int rc = parseWith(
            parser,
            command,
            arguments.mid(1),
            sub == QLatin1String("info")
                ? Tr::tr("What the workspace holds and how it is protected.")
            : sub == QLatin1String("rekey")
                ? Tr::tr("Re-key the workspace: a new data key, the database re-encrypted, every\n"
                         "key slot rewrapped (crash-safe). Admins only.")
            : classification
                ? Tr::tr("Show or set (admins) the classification marking every export and PDF\n"
                         "carries in its header and footer, e.g. RESTRICTED.")
                : Tr::tr("Set how many idle minutes lock every session (1 to 240; default 15)."),
            {formatOptionDef()},
            sub == QLatin1String("idle-lock") || classification ? 1 : 0,
            sub == QLatin1String("idle-lock")
                ? Tr::tr("MINUTES idle minutes before a session locks")
            : classification ? Tr::tr("[MARKING] the new marking (admins; quote spaces)")
                             : QString(),
            helped,
            classification ? 0 : -1);
        rc != ExitOk || helped)
        return rc;
    Format format = Format::Json;
    if (int rc = formatOption(parser, command, {Format::Json, Format::Table}, Format::Json, format))
        return rc;
    int minutes = 0;
    if (sub == QLatin1String("idle-lock")) {
        bool ok = false;
        minutes = parser.positionalArguments().value(0).toInt(&ok);
        if (!ok)
            return usage(command, Tr::tr("expected a number of minutes"));
    }
    Session session;
    if (int rc = session.open(parser, command); rc != ExitOk)
        return rc;
    if (sub == QLatin1String("rekey"))
        if (auto rotated = session.workspace().rotateKey(); !rotated)
            return report(rotated.error());
    if (sub == QLatin1String("idle-lock")) {
        if (auto set = session.workspace().setIdleLockPolicy(minutes); !set)
            return report(set.error());
    }
    if (classification && !parser.positionalArguments().isEmpty()) {
        if (auto set = session.workspace().setClassification(
                parser.positionalArguments().join(u' '));
            !set)
            return report(set.error());
    }
    auto info = session.workspace().info();
    if (!info)
        return report(info.error());
    auto marking = session.workspace().classification();
    if (!marking)
        return report(marking.error());
    QJsonObject json = info->toJson();
    json.insert(QStringLiteral("classification"), *marking);
    printResult(json, format);
    return ExitOk;
}

int runImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    bool helped = false;
    if (int rc = parseWith(
            parser,
            command,
            arguments,
            Tr::tr(
                "Import a lead file into the workspace under its dataset spec. The whole file is\n"
                "checked first; on any error nothing is stored."),
            {{QStringLiteral("data"), Tr::tr("The lead file (CSV)."), Tr::tr("CSV")},
             {QStringLiteral("spec"), Tr::tr("Its dataset spec."), Tr::tr("SPEC")},
             {QStringLiteral("name"), Tr::tr("A name for the lead set."), Tr::tr("NAME")},
             formatOptionDef()},
            0,
            {},
            helped);
        rc != ExitOk || helped)
        return rc;
    Format format = Format::Json;
    if (int rc = formatOption(parser, command, {Format::Json, Format::Table}, Format::Json, format))
        return rc;
    int rc = ExitOk;
    for (const char *option : {"data", "spec"})
        if (!require(parser, command, QLatin1String(option), rc))
            return rc;
    Session session;
    if (rc = session.open(parser, command); rc != ExitOk)
        return rc;
    auto set = session.workspace().importLeadSet(parser.value(QStringLiteral("data")),
                                                 parser.value(QStringLiteral("spec")),
                                                 parser.value(QStringLiteral("name")));
    if (!set)
        return report(set.error());
    printResult(set->toJson(), format);
    return ExitOk;
}

} // namespace mizan::cli
