#pragma once

#include "common/Result.h"
#include "security/Permissions.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace mizan {

class UsersModel;
struct UserInfo;
class Workspace;

/**
 * @brief The Users tab (admins; auditors see it read-only): accounts, roles and their state,
 * with add, role change, disable/enable, password reset, removal and the access review. Every
 * action is a Workspace call, so permission checks, second-admin confirmation, re-entering the
 * password and the audit entry all happen in core.
 */
class UsersTab final : public QWidget
{
    Q_OBJECT

public:
    UsersTab(std::shared_ptr<Workspace> workspace, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void refresh();
    void addUser();
    void changeRole();
    void toggleDisabled();
    void resetPassword();
    void removeUser();
    void togglePii();
    void showAccessReview();
    /** @brief A second admin confirms the selected user's pending admin or risk-officer grant. */
    void confirmGrant();
    /** @brief Asks for the classification marking of every export and PDF (admins). */
    void changeClassification();
    /** @brief Sets the marking through core (permission, validation, audit); true when set. */
    bool applyClassification(const QString &marking);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    const UserInfo *selectedInfo() const;
    QString selectedUser() const;
    Role currentRole() const;
    void updateButtons();
    bool report(const Result<> &result, const QString &done);

    std::shared_ptr<Workspace> m_workspace;
    UsersModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QList<QPushButton *> m_manageButtons;
    QPushButton *m_disable = nullptr;
    QPushButton *m_pii = nullptr;
    QPushButton *m_confirm = nullptr;
    QLabel *m_marking = nullptr;
};

} // namespace mizan
