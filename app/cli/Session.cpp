#include "Session.h"

#include "Cli.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <termios.h>
#include <unistd.h>

namespace mizan::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::cli)
};

constexpr size_t kMaxLine = 4096;

} // namespace

Session::~Session()
{
    if (m_workspace && m_workspace->isSignedIn())
        static_cast<void>(m_workspace->logout());
}

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

SecureBytes Session::nextLine(const QString &prompt)
{
    // Unbuffered reads (no stdio buffer keeps a copy); no echo when a person types it.
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        err() << (prompt.isEmpty() ? Tr::tr("Password: ") : prompt);
        err().flush();
    }
    SecureBytes buffer(kMaxLine + 1);
    size_t length = 0;
    for (;;) {
        unsigned char c = 0;
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0 || c == '\n')
            break;
        if (length <= kMaxLine)
            buffer.data()[length++] = c;
    }
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << Qt::endl;
    }
    if (length > kMaxLine)
        return {}; // too long to be a password: refused, never silently cut
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
