#pragma once

#include "common/SecureBytes.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLineEdit;

namespace mizan {

/**
 * @brief Asks for a password: what it is for (`text`) and one password field; OK only once
 * something is typed. The password leaves the field in wiped memory (takePassword).
 */
class PasswordPromptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordPromptDialog)

public:
    PasswordPromptDialog(const QString &title, const QString &text, QWidget *parent = nullptr);

    QLineEdit *passwordEdit() const { return m_password; }
    /** @brief The password typed, moved out and the field cleared. */
    SecureBytes takePassword();

private:
    QLineEdit *m_password = nullptr;
};

/**
 * @brief How the Backup tab asks for a password: (title, text) → the password, or nothing when
 * the user cancelled. The default shows a PasswordPromptDialog; tests answer directly.
 */
using PasswordPrompt
    = std::function<std::optional<SecureBytes>(const QString &title, const QString &text)>;

/** @brief The default PasswordPrompt: a modal PasswordPromptDialog over `parent`. */
std::optional<SecureBytes> askPassword(QWidget *parent, const QString &title, const QString &text);

} // namespace mizan
