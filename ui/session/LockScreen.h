#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace mizan {

class Workspace;

/**
 * @brief Shown in place of the tabs while the session is locked: the keys are wiped and the
 * database closed (Workspace::lock); the same user's password unlocks, or they sign out.
 */
class LockScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    QLineEdit *passwordField() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    void tryUnlock();

Q_SIGNALS:
    void unlocked();
    void signOutRequested();

private:
    Workspace *m_workspace = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace mizan
