#include "users/UsersTab.h"

#include "common/Background.h"
#include "common/Dialogs.h"
#include "session/SessionDialogs.h"
#include "users/UsersModel.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mizan {

UsersTab::UsersTab(std::shared_ptr<Workspace> workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(std::move(workspace))
    , m_model(new UsersModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("UsersTab"));
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setAccessibleName(tr("Users"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    const auto button = [this](const QString &text, const char *name, void (UsersTab::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *add = button(tr("&Add user…"), "addUserButton", &UsersTab::addUser);
    auto *role = button(tr("Change &role…"), "roleButton", &UsersTab::changeRole);
    m_disable = button(tr("&Disable"), "disableButton", &UsersTab::toggleDisabled);
    auto *reset = button(tr("Set &password…"), "resetButton", &UsersTab::resetPassword);
    // One toggle, checked while the analyst may see personal data (leads.view_pii).
    m_pii = button(tr("Personal &data"), "piiButton", &UsersTab::togglePii);
    m_pii->setCheckable(true);
    auto *remove = button(tr("Re&move…"), "removeButton", &UsersTab::removeUser);
    m_confirm = button(tr("Con&firm grant"), "confirmButton", &UsersTab::confirmGrant);
    auto *review = button(tr("Access re&view…"), "reviewButton", &UsersTab::showAccessReview);
    auto *marking = button(tr("Classification &marking…"),
                           "classificationButton",
                           &UsersTab::changeClassification);
    m_marking = new QLabel(this);
    m_marking->setObjectName(QStringLiteral("classificationLabel"));
    m_manageButtons = {add, role, m_confirm, m_disable, reset, m_pii, remove};
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : m_manageButtons)
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(review);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    auto *markingRow = new QHBoxLayout;
    markingRow->addWidget(m_marking, 1);
    markingRow->addWidget(marking);
    layout->addLayout(markingRow);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &UsersTab::updateButtons);
    const bool manage = m_workspace->can(Permission::UsersManage);
    for (QPushButton *b : m_manageButtons)
        b->setVisible(manage);
    review->setVisible(m_workspace->can(Permission::UsersReview));
    marking->setVisible(manage);
    refresh();
}

void UsersTab::changeClassification()
{
    const auto current = m_workspace->classification();
    bool ok = false;
    const QString text = QInputDialog::getText(
        this,
        tr("Classification marking"),
        tr("The marking every export and PDF of this workspace carries in its header and footer,\n"
           "with the name of the person exporting and the time (for example RESTRICTED):"),
        QLineEdit::Normal,
        current ? *current : QString(),
        &ok);
    if (ok)
        applyClassification(text);
}

bool UsersTab::applyClassification(const QString &marking)
{
    if (!report(m_workspace->setClassification(marking),
                tr("Exports are now marked %1.").arg(marking.simplified())))
        return false;
    return true;
}

void UsersTab::refresh()
{
    const QString selected = selectedUser();
    auto users = m_workspace->users();
    if (!users) {
        Q_EMIT statusMessage(users.error().message);
        return;
    }
    m_model->setUsers(std::move(*users));
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->user(row)->name == selected)
            // (Not selectRow(): it selects nothing in a right-to-left table here.)
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_view->resizeColumnsToContents();
    const auto marking = m_workspace->classification();
    m_marking->setText(marking ? tr("Exports and PDFs are marked: %1").arg(*marking)
                               : marking.error().message);
    updateButtons();
}

const UserInfo *UsersTab::selectedInfo() const
{
    // Any selected cell names its row: selectedRows() wants every column selected, which a
    // right-to-left table does not always report.
    const QModelIndexList cells = m_view->selectionModel()
                                      ? m_view->selectionModel()->selectedIndexes()
                                      : QModelIndexList();
    return cells.isEmpty() ? nullptr : m_model->user(cells.first().row());
}

QString UsersTab::selectedUser() const
{
    const UserInfo *u = selectedInfo();
    return u ? u->name : QString();
}

void UsersTab::updateButtons()
{
    const UserInfo *u = selectedInfo();
    for (QPushButton *b : m_manageButtons)
        if (b->objectName() != QLatin1String("addUserButton"))
            b->setEnabled(u != nullptr);
    m_disable->setText(u && (u->disabled || u->lockedOut) ? tr("&Enable") : tr("&Disable"));
    m_pii->setChecked(u && u->viewPii);
    m_pii->setEnabled(u && canHoldPiiGrant(u->role));
    m_confirm->setEnabled(u && !u->pendingGrant.isEmpty());
}

bool UsersTab::report(const Result<> &result, const QString &done)
{
    refresh();
    if (!result) {
        MessageBox::critical(this, tr("Not done"), result.error().message);
        return false;
    }
    Q_EMIT statusMessage(done);
    return true;
}

void UsersTab::addUser()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("AddUserDialog"));
    dialog.setWindowTitle(tr("Add a user"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("nameEdit"));
    auto *role = new QComboBox(&dialog);
    role->setObjectName(QStringLiteral("roleCombo"));
    for (Role r : kAllRoles)
        role->addItem(roleDisplayName(r), int(r));
    role->setCurrentIndex(int(Role::Analyst));
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    password->setObjectName(QStringLiteral("passwordEdit"));
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), name);
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("&First password:"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("Give the first password to the user in person; they can change it."),
                   &dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto secret = std::make_shared<SecureBytes>(takePassword(password));
    Workspace *ws = m_workspace.get();
    const QString user = name->text().trimmed();
    const auto chosen = Role(role->currentData().toInt());
    // Granting admin or risk officer asks for the password again when it is not fresh.
    const Result<GrantOutcome> added = withReauthentication<GrantOutcome>(*m_workspace, this, [=] {
        return runInBackground([=] { return ws->addUser(user, chosen, *secret); });
    });
    if (added && *added == GrantOutcome::PendingConfirmation) {
        report({}, tr("%1 was added; a second administrator must confirm the role.").arg(user));
        return;
    }
    report(added ? Result<>() : Result<>(fail(added.error())), tr("%1 was added.").arg(user));
}

void UsersTab::changeRole()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    QStringList names;
    for (Role r : kAllRoles)
        names << roleDisplayName(r);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this,
                                                 tr("Change role"),
                                                 tr("New role of %1:").arg(user),
                                                 names,
                                                 int(currentRole()),
                                                 false,
                                                 &ok);
    if (!ok)
        return;
    const auto role = Role(names.indexOf(chosen));
    const Result<GrantOutcome> changed = withReauthentication<GrantOutcome>(*m_workspace, this, [&] {
        return m_workspace->setRole(user, role);
    });
    if (changed && *changed == GrantOutcome::PendingConfirmation) {
        report({}, tr("The new role of %1 waits for a second administrator.").arg(user));
        return;
    }
    report(changed ? Result<>() : Result<>(fail(changed.error())),
           tr("The role of %1 was changed.").arg(user));
}

Role UsersTab::currentRole() const
{
    const UserInfo *u = selectedInfo();
    return u ? u->role : Role::Analyst;
}

void UsersTab::confirmGrant()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    report(withReauthentication<void>(*m_workspace,
                                      this,
                                      [&] { return m_workspace->confirmGrant(user); }),
           tr("The grant of %1 is confirmed.").arg(user));
}

void UsersTab::toggleDisabled()
{
    const UserInfo *u = selectedInfo();
    if (!u)
        return;
    const QString user = u->name;
    if (u->disabled || u->lockedOut)
        report(m_workspace->enableUser(user), tr("%1 was enabled.").arg(user));
    else
        report(m_workspace->disableUser(user), tr("%1 was disabled.").arg(user));
}

void UsersTab::resetPassword()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Set a new password for %1").arg(user));
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    auto *note
        = new QLabel(tr("%1 gets new personal keys: what they signed before stays verifiable.")
                         .arg(user),
                     &dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(password);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto secret = std::make_shared<SecureBytes>(takePassword(password));
    report(withReauthentication<void>(*m_workspace,
                                      this,
                                      [&] {
                                          Workspace *ws = m_workspace.get();
                                          return runInBackground(
                                              [=] { return ws->resetPassword(user, *secret); });
                                      }),
           tr("%1 has a new password.").arg(user));
}

void UsersTab::removeUser()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    if (MessageBox::question(
            this,
            tr("Remove %1?").arg(user),
            tr("%1 loses access for good, and the workspace is re-keyed so that old copies of "
               "its files open nothing new.")
                .arg(user))
        != QMessageBox::Yes)
        return;
    report(withReauthentication<void>(*m_workspace,
                                      this,
                                      [&] {
                                          // Re-keys the whole database: off the UI thread.
                                          Workspace *ws = m_workspace.get();
                                          return runInBackground(
                                              [=] { return ws->removeUser(user); });
                                      }),
           tr("%1 was removed and the workspace re-keyed.").arg(user));
}

void UsersTab::togglePii()
{
    const UserInfo *u = selectedInfo();
    if (!u)
        return;
    const QString user = u->name;
    const bool grant = !u->viewPii;
    report(m_workspace->setPiiGrant(user, grant),
           grant ? tr("%1 may now see personal data.").arg(user)
                 : tr("%1 no longer sees personal data.").arg(user));
}

void UsersTab::showAccessReview()
{
    auto review = m_workspace->accessReview();
    if (!review) {
        MessageBox::critical(this, tr("Access review"), review.error().message);
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("AccessReviewDialog"));
    dialog.setWindowTitle(tr("Access review"));
    auto *text = new QPlainTextEdit(review->toText(), &dialog);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLayoutDirection(Qt::LeftToRight);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(900, 500);
    dialog.exec();
}

} // namespace mizan
