#pragma once

#include "common/SecureBytes.h"
#include "workspace/Workspace.h"

#include <QDialog>
#include <QTimer>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mizan {

/**
 * @brief Moves what a password field holds into wiped memory and clears the field. (The
 * field's own buffer is a QString inside Qt; this keeps the copies we make out of the heap.)
 */
SecureBytes takePassword(QLineEdit *field);

/** @brief Sign-in to an opened workspace: user name and password, or the recovery key. */
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Workspace &workspace, QWidget *parent = nullptr);

    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *recoveryBox() const { return m_recovery; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    /** @brief Tries the credentials; accepts the dialog on success. */
    void tryLogin();

Q_SIGNALS:
    void attempted(bool succeeded);

protected:
    /**
     * With MIZAN_STARTUP_PROBE set (mizan-ui-bench --startup only), the first time the window is
     * shown it writes "mizan: sign-in window shown" to standard error once its first paint is
     * done and closes itself: the end of start-up as a person sees it.
     */
    void showEvent(QShowEvent *event) override;

private:
    void updateBackoff();

    Workspace &m_workspace;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_recovery = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
    QTimer m_backoff;
};

/** @brief First run: a new workspace folder and its administrator. */
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QWidget *parent = nullptr, WorkspaceOptions options = {});

    QLineEdit *folderField() const { return m_folder; }
    QLineEdit *adminField() const { return m_admin; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QLabel *messageLabel() const { return m_message; }
    /** @brief The created workspace, signed in as its admin (after accept). */
    std::unique_ptr<Workspace> takeWorkspace() { return std::move(m_workspace); }
    /** @brief The recovery key to show once (after accept). */
    SecureBytes takeRecoveryKey() { return std::move(m_recoveryKey); }
    /** @brief The existing workspace the user chose instead (result kOpenExisting). */
    QString existingFolder() const { return m_existing; }
    static constexpr int kOpenExisting = 2;

public Q_SLOTS:
    void create();

private:
    WorkspaceOptions m_options;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_admin = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    SecureBytes m_recoveryKey;
    QString m_existing;
};

/** @brief Shows the recovery key once; OK only after "I have written it down". */
class RecoveryKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const SecureBytes &key, QWidget *parent = nullptr);

public Q_SLOTS:
    /** @brief Esc or the close button ask first: the key is never shown again. */
    void reject() override;
};

/** @brief The signed-in user's own password: current, new, new again. */
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(Workspace &workspace, QWidget *parent = nullptr);

public Q_SLOTS:
    void change();

private:
    Workspace &m_workspace;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
};

/** @brief Asks for the password again (sensitive actions); true when confirmed. */
bool confirmPassword(Workspace &workspace, QWidget *parent, const QString &why);

/**
 * @brief Runs a workspace call; when it needs a fresh password (error field "reauthenticate"),
 * asks for it and runs the call once more.
 */
template<typename T>
Result<T> withReauthentication(Workspace &workspace,
                               QWidget *parent,
                               const std::function<Result<T>()> &call)
{
    Result<T> result = call();
    if (!result && result.error().field == QLatin1String("reauthenticate")
        && confirmPassword(workspace, parent, result.error().message))
        result = call();
    return result;
}

} // namespace mizan
