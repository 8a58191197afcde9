// MainWindow's desktop conveniences: File > Open Workspace and Open Recent, the View menu
// (Ctrl+1…9 and the current tab's actions), Settings > Appearance, context help (F1) and What's
// This (Shift+F1), and the tabs' shortcuts. Kept here so that MainWindow.cpp only hosts tabs.

#include "MainWindow.h"

#include "common/Appearance.h"
#include "common/ContextHelp.h"
#include "common/Dialogs.h"
#include "common/RecentWorkspaces.h"
#include "common/TabShortcuts.h"
#include "explain/ExplainTab.h"
#include "scoring/ScoringTab.h"
#include "session/LockScreen.h"
#include "session/SessionDialogs.h"
#include "users/UsersTab.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QWhatsThis>

namespace mizan {

void MainWindow::addWorkspaceActions(QMenu *file)
{
    QAction *open = file->addAction(tr("Open &Workspace…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this,
                                                                 tr("Open a workspace folder"));
        if (!folder.isEmpty())
            openWorkspaceFolder(folder);
    });
    open->setObjectName(QStringLiteral("actionOpenWorkspace"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = new RecentWorkspacesMenu(file);
    file->addMenu(m_recentMenu);
    // Queued: the menu closes before a sign-in dialog opens.
    connect(m_recentMenu,
            &RecentWorkspacesMenu::workspaceChosen,
            this,
            &MainWindow::openWorkspaceFolder,
            Qt::QueuedConnection);
    file->addSeparator();
}

bool MainWindow::openWorkspaceFolder(const QString &folder)
{
    if (workspaceBusy()) {
        statusBar()->showMessage(tr("Wait until the running job is done."));
        return false;
    }
    if (m_workspace
        && QFileInfo(m_workspace->directory()).canonicalFilePath()
               == QFileInfo(folder).canonicalFilePath()) {
        statusBar()->showMessage(tr("This workspace is open already."));
        return false;
    }
    auto opened = Workspace::open(folder, WorkspaceOptions{});
    if (!opened) {
        MessageBox::critical(this,
                             tr("Cannot open the workspace"),
                             opened.error().message,
                             opened.error().detail);
        return false;
    }
    const bool hadWorkspace = bool(m_workspace);
    if (hadWorkspace) {
        // As Sign out does; then the old workspace closes (its folder lock) once nothing holds it.
        if (auto out = m_workspace->logout(); !out)
            statusBar()->showMessage(out.error().message);
        m_idleTimer.stop();
        m_scoring->clearResults();
        m_scoring->setWorkspace(nullptr);
        m_explain->clearResults();
        m_explain->setWorkspace(nullptr);
        removeRoleTabs();
        menuBar()->setEnabled(false);
        m_lock->setWorkspace(nullptr);
        m_stack->setCurrentWidget(m_lock);
    }
    m_workspace = std::move(*opened);
    LoginDialog login(*m_workspace, this);
    if (login.exec() != QDialog::Accepted) {
        if (!hadWorkspace) { // the window works on files as before
            m_workspace.reset();
            return false;
        }
        Q_EMIT signedOut();
        close();
        return false;
    }
    QSettings().setValue(QStringLiteral("workspace/last"), m_workspace->directory());
    RecentWorkspaces::add(m_workspace->directory());
    setWorkspace(m_workspace);
    return true;
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (int n = 1; n <= 9; ++n) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("actionTab_%1").arg(n));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        connect(action, &QAction::triggered, this, [this, n] { goToTab(n); });
        addAction(action); // on the window: the keys work whether or not the menu is shown
        m_goToTabActions << action;
    }
    connect(m_viewMenu, &QMenu::aboutToShow, this, &MainWindow::fillViewMenu);
    m_viewMenu->menuAction()->setVisible(false); // with a workspace, as the Session menu
}

void MainWindow::fillViewMenu()
{
    m_viewMenu->clear(); // deletes the proxies below; the Ctrl+n actions belong to the window
    int number = 0;
    for (int i = 0; i < m_tabs->count() && number < m_goToTabActions.size(); ++i) {
        if (!m_tabs->isTabVisible(i))
            continue;
        QAction *action = m_goToTabActions.at(number++);
        action->setText(m_tabs->tabText(i));
        action->setEnabled(m_tabs->isTabEnabled(i));
        m_viewMenu->addAction(action);
    }
    QWidget *current = m_tabs->currentWidget();
    const QList<QAction *> actions = tabShortcutActions(current);
    if (actions.isEmpty())
        return;
    m_viewMenu->addSection(m_tabs->tabText(m_tabs->currentIndex()).remove(u'&'));
    for (QAction *action : actions) {
        // A proxy that shows the keys ("text<Tab>keys") without taking them: the tab's own action
        // keeps them, so no shortcut is ever bound twice.
        QAction *proxy = m_viewMenu->addAction(
            action->text() + u'\t' + action->shortcut().toString(QKeySequence::NativeText));
        proxy->setEnabled(action->isEnabled());
        connect(proxy, &QAction::triggered, action, &QAction::trigger);
    }
}

void MainWindow::goToTab(int number)
{
    if (isLockScreenShown())
        return;
    int seen = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!m_tabs->isTabVisible(i) || ++seen != number)
            continue;
        if (!m_tabs->isTabEnabled(i))
            return; // another tab's job holds the workspace
        m_tabs->setCurrentIndex(i);
        QWidget *tab = m_tabs->widget(i);
        if (QWidget *inside = tab->focusWidget())
            inside->setFocus(Qt::ShortcutFocusReason);
        else
            tab->setFocus(Qt::ShortcutFocusReason);
        return;
    }
}

void MainWindow::prepareTabs()
{
    QList<QWidget *> pages{m_explain}; // a tab only once there is something to explain
    for (int i = 0; i < m_tabs->count(); ++i)
        pages << m_tabs->widget(i);
    for (QWidget *page : std::as_const(pages)) {
        std::function<void()> refresh;
        if (page == m_users)
            refresh = [this] { m_users->refresh(); };
        else if (page != m_scoring) // Scoring's F5 scores again (its own shortcut)
            refresh = [this, page] { refreshTab(page); };
        installTabShortcuts(page, refresh);
        // What's This anywhere in a tab: the event goes up to the page.
        page->setWhatsThis(ContextHelp::summary(page));
        if (const int index = m_tabs->indexOf(page); index >= 0)
            m_tabs->setTabWhatsThis(index, ContextHelp::summary(page));
    }
}

void MainWindow::addAppearanceMenu(QMenu *settings)
{
    QMenu *appearance = settings->addMenu(tr("&Appearance"));
    appearance->setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(this);
    const Appearance::Mode current = Appearance::saved();
    const std::pair<Appearance::Mode, QString> modes[] = {
        {Appearance::Mode::System, tr("Follow the &system")},
        {Appearance::Mode::Light, tr("&Light")},
        {Appearance::Mode::Dark, tr("&Dark")},
    };
    for (const auto &[mode, text] : modes) {
        QAction *action = appearance->addAction(text);
        action->setObjectName(QStringLiteral("actionAppearance_") + Appearance::id(mode));
        action->setCheckable(true);
        action->setChecked(mode == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [mode = mode] { Appearance::choose(mode); });
    }
}

void MainWindow::addHelpActions(QMenu *help)
{
    QAction *tabHelp = help->addAction(tr("&Help for this tab"), this, &MainWindow::showContextHelp);
    tabHelp->setObjectName(QStringLiteral("actionContextHelp"));
    tabHelp->setShortcut(QKeySequence::HelpContents);
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    whatsThis->setShortcut(QKeySequence::WhatsThis);
    help->addAction(whatsThis);
    help->addSeparator();
}

void MainWindow::showContextHelp()
{
    const bool tabShown = !isLockScreenShown() && m_tabs->currentIndex() >= 0;
    QWidget *tab = tabShown ? m_tabs->currentWidget() : nullptr;
    const QString text = ContextHelp::text(tab);
    const QString title = text.isEmpty() ? tr("Mizan")
                                         : m_tabs->tabText(m_tabs->currentIndex()).remove(u'&');
    QList<QAction *> keys = tabShortcutActions(tab);
    for (const char *name : {"actionContextHelp", "actionWhatsThis", "actionLock", "actionQuit"})
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            keys << action;
    const QString body = (text.isEmpty() ? ContextHelp::windowText() : text)
                         + ContextHelp::keyboardHtml(keys)
                         + tr("<p>Ctrl+1 to Ctrl+9 go to the first to the ninth tab.</p>");
    // One help box, not modal: it can stay open beside the tab it explains.
    QPointer<QMessageBox> box = findChild<QMessageBox *>(QStringLiteral("contextHelpDialog"));
    if (!box) {
        box = new QMessageBox(QMessageBox::Information,
                              QString(),
                              QString(),
                              QMessageBox::Close,
                              this);
        box->setObjectName(QStringLiteral("contextHelpDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->setTextFormat(Qt::RichText);
    }
    box->setWindowTitle(tr("Help: %1").arg(title));
    box->setText(QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()) + body);
    box->show();
    box->raise();
    box->activateWindow();
}

} // namespace mizan
