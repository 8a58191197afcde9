#include "session/LockScreen.h"

#include "common/Background.h"
#include "session/SessionDialogs.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mizan {

namespace {

/** A name inside a translated sentence, isolated (U+2068 FIRST STRONG ISOLATE ... U+2069): a
 * Latin name keeps its place in Arabic text, and an Arabic one in English. */
QString isolated(const QString &name)
{
    return QChar(0x2068) + name + QChar(0x2069);
}

} // namespace

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("LockScreen"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setMaximumWidth(360);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *unlock = new QPushButton(tr("&Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    auto *signOut = new QPushButton(tr("Sign &out"), this);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_password);
    row->addWidget(unlock);
    row->addWidget(signOut);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addStretch(3);
    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
}

void LockScreen::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_title->setText(workspace ? (workspace->userName() == QLatin1String(Workspace::kRecoveryActor)
                                      ? tr("Mizan is locked. Enter the recovery key to go on.")
                                      : tr("Mizan is locked. %1, enter your password to go on.")
                                            .arg(isolated(workspace->userName())))
                               : QString());
    m_message->clear();
}

void LockScreen::tryUnlock()
{
    if (!m_workspace || m_password->text().isEmpty()) {
        m_password->setFocus();
        return;
    }
    auto secret = std::make_shared<SecureBytes>(takePassword(m_password));
    Workspace *ws = m_workspace;
    const Result<> result = runInBackground([=] { return ws->unlock(*secret); });
    if (!result) {
        m_message->setText(result.error().message);
        return;
    }
    m_message->clear();
    Q_EMIT unlocked();
}

} // namespace mizan
