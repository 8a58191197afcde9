#include "session/SessionDialogs.h"

#include "common/Appearance.h"
#include "common/Background.h"
#include "common/Dialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>
#include <cstring>

namespace mizan {

namespace {

QLineEdit *passwordEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setObjectName(objectName);
    edit->setMinimumWidth(320);
    return edit;
}

/**
 * A path inside a translated sentence: left-to-right isolated (U+2066 ... U+2069), so that its
 * slashes and Latin names keep their order inside Arabic text, and the sentence's own order
 * is not disturbed by it.
 */
QString isolatedPath(const QString &path)
{
    return QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069);
}

QLabel *makeMessageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    return label;
}

} // namespace

SecureBytes takePassword(QLineEdit *field)
{
    QByteArray utf8 = field->text().toUtf8();
    SecureBytes secret(reinterpret_cast<const uint8_t *>(utf8.constData()), size_t(utf8.size()));
    std::memset(utf8.data(), 0, size_t(utf8.size()));
    field->setText(QString()); // unlike clear(), also drops the undo history
    return secret;
}

// ---- LoginDialog ----

LoginDialog::LoginDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("LoginDialog"));
    setWindowTitle(tr("Sign in to Mizan"));
    auto *intro = new QLabel(tr("Workspace: %1").arg(isolatedPath(workspace.directory())), this);
    intro->setObjectName(QStringLiteral("workspaceLabel"));
    intro->setWordWrap(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = passwordEdit(this, QStringLiteral("passwordEdit"));
    m_recovery = new QCheckBox(tr("Sign in with the &recovery key instead of a password"), this);
    m_recovery->setObjectName(QStringLiteral("recoveryBox"));
    m_message = makeMessageLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_recovery);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recovery, &QCheckBox::toggled, this, [this](bool recovery) {
        m_user->setEnabled(!recovery);
        m_password->setPlaceholderText(recovery ? tr("XXXX-XXXX-… (64 hexadecimal digits)")
                                                : QString());
    });
    // The countdown is shown after an attempt only: typing names must not tell which exist.
    connect(m_user, &QLineEdit::textChanged, this, [this] {
        m_backoff.stop();
        m_signIn->setEnabled(true);
        m_message->clear();
    });
    m_backoff.setInterval(1000);
    connect(&m_backoff, &QTimer::timeout, this, &LoginDialog::updateBackoff);
    if (!workspace.userName().isEmpty())
        m_user->setText(workspace.userName());
}

void LoginDialog::updateBackoff()
{
    const QString user = m_recovery->isChecked() ? QStringLiteral("recovery")
                                                 : m_user->text().trimmed();
    const qint64 remaining = m_workspace.backoffRemainingMs(user);
    if (remaining > 0) {
        m_signIn->setEnabled(false);
        m_message->setText(
            tr("Too many failed attempts: try again in %1 seconds.").arg((remaining + 999) / 1000));
        if (!m_backoff.isActive())
            m_backoff.start();
        return;
    }
    m_backoff.stop();
    if (!m_signIn->isEnabled()) {
        m_signIn->setEnabled(true);
        m_message->clear();
    }
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    static bool probed = false;
    if (probed || event->spontaneous() || !qEnvironmentVariableIsSet("MIZAN_STARTUP_PROBE"))
        return;
    probed = true;
    // After the events queued by showing (layout, expose, the first paint) have run.
    QTimer::singleShot(0, this, [this] {
        std::fputs("mizan: sign-in window shown\n", stderr);
        std::fflush(stderr);
        reject();
    });
}

void LoginDialog::tryLogin()
{
    const bool noUser = !m_recovery->isChecked() && m_user->text().trimmed().isEmpty();
    if (noUser || m_password->text().isEmpty()) {
        (noUser ? m_user : m_password)->setFocus();
        return; // nothing typed is not a failed attempt
    }
    const bool recovery = m_recovery->isChecked();
    const QString user = m_user->text().trimmed();
    auto secret = std::make_shared<SecureBytes>(takePassword(m_password));
    m_signIn->setEnabled(false);
    m_message->setText(tr("Checking…"));
    Workspace *ws = &m_workspace;
    const Result<> result = runInBackground([ws, user, secret, recovery]() -> Result<> {
        return recovery ? ws->loginWithRecoveryKey(*secret) : ws->login(user, *secret);
    });
    secret->clear();
    m_signIn->setEnabled(true);
    if (!result) {
        m_message->setText(result.error().message);
        updateBackoff();
        Q_EMIT attempted(false);
        return;
    }
    m_message->clear();
    Q_EMIT attempted(true);
    accept();
}

// ---- FirstRunDialog ----

FirstRunDialog::FirstRunDialog(QWidget *parent, WorkspaceOptions options)
    : QDialog(parent)
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("FirstRunDialog"));
    setWindowTitle(tr("Create a Mizan workspace"));
    auto *intro = new QLabel(
        tr("Everything Mizan keeps lives in one encrypted workspace folder. Choose a new "
           "(or empty) folder and the first administrator. The password must have at "
           "least 15 characters; a sentence of a few words is easy to remember."),
        this);
    intro->setWordWrap(true);
    m_folder = new QLineEdit(QDir::home().filePath(QStringLiteral("mizan-workspace")), this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = FileDialog::existingFolder(this, tr("Workspace folder"));
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_admin = new QLineEdit(this);
    m_admin->setObjectName(QStringLiteral("adminEdit"));
    m_admin->setPlaceholderText(tr("e.g. amira"));
    m_password = passwordEdit(this, QStringLiteral("passwordEdit"));
    m_confirm = passwordEdit(this, QStringLiteral("confirmEdit"));
    m_message = makeMessageLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Administrator:"), m_admin);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *create = buttons->addButton(tr("&Create workspace"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    auto *existing = buttons->addButton(tr("&Open an existing workspace…"),
                                        QDialogButtonBox::ActionRole);
    existing->setObjectName(QStringLiteral("openExistingButton"));
    connect(existing, &QPushButton::clicked, this, [this] {
        const QString dir = FileDialog::existingFolder(this, tr("Open a Mizan workspace"));
        if (dir.isEmpty())
            return;
        if (!Workspace::looksLikeWorkspace(dir)) {
            m_message->setText(tr("%1 is not a Mizan workspace.").arg(isolatedPath(dir)));
            return;
        }
        m_existing = dir;
        done(kOpenExisting);
    });
    connect(create, &QPushButton::clicked, this, &FirstRunDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FirstRunDialog::create()
{
    auto password = std::make_shared<SecureBytes>(takePassword(m_password));
    const SecureBytes confirm = takePassword(m_confirm);
    if (!password->equals(confirm)) {
        m_message->setText(tr("The two passwords differ; type them again."));
        return;
    }
    const QString folder = m_folder->text().trimmed();
    const QString admin = m_admin->text().trimmed();
    const WorkspaceOptions options = m_options;
    auto created = runInBackground([=]() -> std::shared_ptr<Result<Workspace::Created>> {
        return std::make_shared<Result<Workspace::Created>>(
            Workspace::create(folder, admin, *password, options));
    });
    password->clear();
    if (!created->has_value()) {
        m_message->setText(created->error().message);
        return;
    }
    m_workspace = std::move((**created).workspace);
    m_recoveryKey = std::move((**created).recoveryKey);
    accept();
}

// ---- RecoveryKeyDialog ----

RecoveryKeyDialog::RecoveryKeyDialog(const SecureBytes &key, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("RecoveryKeyDialog"));
    setWindowTitle(tr("Your recovery key"));
    auto *intro = new QLabel(
        tr("This key opens the workspace if every administrator password is lost. It is "
           "shown only now: write it down or print it, and lock it away. Whoever holds it "
           "can act as an administrator; its use is recorded in the audit log."),
        this);
    intro->setWordWrap(true);
    // Two lines of eight groups, as it is best written down.
    QString shown = QString::fromLatin1(key.view());
    if (shown.size() == 79)
        shown[39] = QLatin1Char('\n');
    auto *text = new QLabel(shown, this);
    text->setObjectName(QStringLiteral("recoveryKey"));
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setTextInteractionFlags(Qt::NoTextInteraction); // not through the clipboard
    text->setAlignment(Qt::AlignCenter);
    text->setLayoutDirection(Qt::LeftToRight);
    auto *written = new QCheckBox(tr("I have &written down or printed the recovery key"), this);
    written->setObjectName(QStringLiteral("writtenBox"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(written,
            &QCheckBox::toggled,
            buttons->button(QDialogButtonBox::Ok),
            &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(text);
    layout->addWidget(written);
    layout->addWidget(buttons);
}

void RecoveryKeyDialog::reject()
{
    // Shown once: closing it by accident would lose the key for good.
    QMessageBox question(QMessageBox::Question,
                         tr("Close without the recovery key?"),
                         tr("You will never see this key again. Close anyway?"),
                         QMessageBox::Yes | QMessageBox::No,
                         this);
    question.setDefaultButton(QMessageBox::No);
    if (question.exec() == QMessageBox::Yes)
        QDialog::reject();
}

// ---- ChangePasswordDialog ----

ChangePasswordDialog::ChangePasswordDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("ChangePasswordDialog"));
    setWindowTitle(tr("Change your password"));
    m_current = passwordEdit(this, QStringLiteral("currentEdit"));
    m_new = passwordEdit(this, QStringLiteral("newEdit"));
    m_confirm = passwordEdit(this, QStringLiteral("confirmEdit"));
    m_message = makeMessageLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::change);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("At least 15 characters; it must not contain your user name."), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::change()
{
    auto current = std::make_shared<SecureBytes>(takePassword(m_current));
    auto fresh = std::make_shared<SecureBytes>(takePassword(m_new));
    const SecureBytes confirm = takePassword(m_confirm);
    if (!fresh->equals(confirm)) {
        m_message->setText(tr("The two new passwords differ; type them again."));
        return;
    }
    Workspace *ws = &m_workspace;
    const Result<> result = runInBackground([=] { return ws->changeOwnPassword(*current, *fresh); });
    if (!result) {
        m_message->setText(result.error().message);
        return;
    }
    accept();
}

bool confirmPassword(Workspace &workspace, QWidget *parent, const QString &why)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("ConfirmPasswordDialog"));
    dialog.setWindowTitle(QDialog::tr("Confirm with your password"));
    auto *password = passwordEdit(&dialog, QStringLiteral("passwordEdit"));
    auto *message = makeMessageLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(why, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(password);
    layout->addWidget(message);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (password->text().isEmpty())
            return;
        auto secret = std::make_shared<SecureBytes>(takePassword(password));
        Workspace *ws = &workspace;
        const Result<> result = runInBackground([=] { return ws->reauthenticate(*secret); });
        if (!result) {
            message->setText(result.error().message);
            return;
        }
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace mizan
