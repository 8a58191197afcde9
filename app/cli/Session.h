#pragma once

#include "common/SecureBytes.h"
#include "workspace/Workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace mizan::cli {

/**
 * @brief The workspace conventions of ARCHITECTURE.md: `--workspace DIR` (or MIZAN_WORKSPACE),
 * `--as NAME` (or MIZAN_USER), the password from MIZAN_PASSWORD or else the first line of
 * standard input, a new password from the next line. Secrets never come from argv and never
 * pass through a QString.
 */
class Session
{
public:
    Session() = default;
    /** @brief Signs out: the logout entry and the checkpoint the user co-signs end the session. */
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    /** @brief --workspace and --as, for a command's parser. */
    static QList<QCommandLineOption> options();
    /** @brief The workspace folder given, or empty. */
    static QString workspaceDir(const QCommandLineParser &parser);
    static bool wantsWorkspace(const QStringList &arguments);

    /** @brief Opens the workspace and signs in; prints the error and returns its exit code. */
    int open(const QCommandLineParser &parser, const QString &command);

    /** @brief The acting user's password: MIZAN_PASSWORD, or the first line of standard input. */
    static SecureBytes password();
    /**
     * @brief A new password: the next line of standard input (read unbuffered; not echoed, with
     * `prompt` on standard error, when it is a terminal). Empty when absent or over 4 KiB.
     */
    static SecureBytes nextLine(const QString &prompt = {});

    Workspace &workspace() { return *m_workspace; }
    /** @brief The password (or recovery key) the session signed in with. */
    const SecureBytes &secret() const { return m_secret; }
    std::unique_ptr<Workspace> &holder() { return m_workspace; }

private:
    std::unique_ptr<Workspace> m_workspace;
    SecureBytes m_secret;
};

} // namespace mizan::cli
