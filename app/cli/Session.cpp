#include "Session.h"

#include "Cli.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace mizan::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

constexpr size_t kMaxLine = 4096;

} // namespace

QList<QCommandLineOption> Session::options()
{
    return {{QStringLiteral("workspace"),
             Tr::tr("The workspace folder (default: $MIZAN_WORKSPACE)."),
             Tr::tr("DIR")},
            {QStringLiteral("as"),
             Tr::tr("The acting user (default: $MIZAN_USER; \"recovery\" with the recovery key). "
                    "The password comes from $MIZAN_PASSWORD or the first line of standard input."),
             Tr::tr("NAME")}};
}

QString Session::workspaceDir(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("workspace")))
        return parser.value(QStringLiteral("workspace"));
    return qEnvironmentVariable("MIZAN_WORKSPACE");
}

bool Session::wantsWorkspace(const QStringList &arguments)
{
    return !qEnvironmentVariableIsEmpty("MIZAN_WORKSPACE")
           || arguments.contains(QStringLiteral("--workspace"))
           || std::any_of(arguments.begin(), arguments.end(), [](const QString &a) {
                  return a.startsWith(QLatin1String("--workspace="));
              });
}

SecureBytes Session::nextLine()
{
    SecureBytes buffer(kMaxLine);
    size_t length = 0;
    for (;;) {
        const int c = std::getc(stdin);
        if (c == EOF || c == '\n')
            break;
        if (length < kMaxLine)
            buffer.data()[length++] = uint8_t(c);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    return SecureBytes(buffer.data(), length);
}

SecureBytes Session::password()
{
    if (const char *env = std::getenv("MIZAN_PASSWORD"); env && *env)
        return SecureBytes(reinterpret_cast<const uint8_t *>(env), std::strlen(env));
    return nextLine();
}

int Session::open(const QCommandLineParser &parser, const QString &command)
{
    const QString dir = workspaceDir(parser);
    if (dir.isEmpty())
        return usage(command, Tr::tr("--workspace (or MIZAN_WORKSPACE) is required"));
    const QString user = parser.isSet(QStringLiteral("as")) ? parser.value(QStringLiteral("as"))
                                                            : qEnvironmentVariable("MIZAN_USER");
    if (user.isEmpty())
        return usage(command, Tr::tr("--as (or MIZAN_USER) is required"));
    WorkspaceOptions options;
    options.appName = QStringLiteral("mizan-cli");
    auto ws = Workspace::open(dir, options);
    if (!ws)
        return report(ws.error());
    SecureBytes secret = password();
    if (secret.isEmpty())
        return report(
            makeError(ErrorCode::AuthFailed,
                      Tr::tr("no password: set MIZAN_PASSWORD or give it on the first line "
                             "of standard input")));
    auto signedIn = user == QLatin1String(Workspace::kRecoveryActor)
                        ? (*ws)->loginWithRecoveryKey(secret)
                        : (*ws)->login(user, secret);
    if (!signedIn)
        return report(signedIn.error());
    m_workspace = std::move(*ws);
    m_secret = std::move(secret);
    return ExitOk;
}

} // namespace mizan::cli
