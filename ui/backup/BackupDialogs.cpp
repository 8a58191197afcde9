#include "backup/BackupDialogs.h"

#include "session/SessionDialogs.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mizan {

PasswordPromptDialog::PasswordPromptDialog(const QString &title,
                                           const QString &text,
                                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("PasswordPromptDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Your password"));
    m_password->setMinimumWidth(320);
    label->setBuddy(m_password);
    layout->addWidget(m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, [ok](const QString &typed) {
        ok->setEnabled(!typed.isEmpty());
    });
}

SecureBytes PasswordPromptDialog::takePassword()
{
    return mizan::takePassword(m_password);
}

std::optional<SecureBytes> askPassword(QWidget *parent, const QString &title, const QString &text)
{
    PasswordPromptDialog dialog(title, text, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takePassword();
}

} // namespace mizan
