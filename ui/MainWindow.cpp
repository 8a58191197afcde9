#include "MainWindow.h"

#include "audit/AuditTab.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupTab.h"
#include "backup/RestoreRunner.h"
#include "common/AboutDialog.h"
#include "common/Background.h"
#include "common/Dialogs.h"
#include "explain/ExplainTab.h"
#include "fairness/FairnessTab.h"
#include "governance/ApprovalTab.h"
#include "privacy/PrivacyTab.h"
#include "scoring/ScoreTableModel.h"
#include "scoring/ScoringTab.h"
#include "session/LockScreen.h"
#include "session/SessionDialogs.h"
#include "users/UsersTab.h"
#include "workspace/Workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace mizan {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Mizan"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mizan.svg")));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_scoring = new ScoringTab(m_tabs);
    m_tabs->addTab(m_scoring, tr("&Scoring"));
    m_explain = new ExplainTab(m_tabs);
    m_explain->hide(); // a tab once there is something to explain
    m_stack = new QStackedWidget(this);
    m_lock = new LockScreen(m_stack);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_lock);
    setCentralWidget(m_stack);
    connect(m_lock, &LockScreen::unlocked, this, [this] {
        m_sinceInput.restart();
        menuBar()->setEnabled(true);
        m_stack->setCurrentWidget(m_tabs);
        statusBar()->showMessage(tr("Unlocked."));
    });
    connect(m_lock, &LockScreen::signOutRequested, this, &MainWindow::signOut);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    m_idleTimer.setInterval(5000);
    connect(&m_idleTimer, &QTimer::timeout, this, &MainWindow::checkIdle);
    createMenus();
    connect(m_scoring, &ScoringTab::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    // A tab reads the workspace again whenever it is shown: new audit entries, lead sets and
    // models imported since, decisions and backups made elsewhere (the CLI, another officer).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0)
            refreshTab(m_tabs->widget(index));
    });
    setUpBackupSchedule();
    connectExplainTab();
    prepareTabs();
    statusBar()->showMessage(tr("Ready. Open a lead file and a model, or start with the demo."));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    applyRole();
    m_sinceInput.start();
    qApp->installEventFilter(this);
    m_idleTimer.start();
    menuBar()->setEnabled(true);
    m_stack->setCurrentWidget(m_tabs);
}

void MainWindow::refreshTab(QWidget *tab)
{
    if (!tab)
        return;
    if (tab == m_audit)
        m_audit->refresh();
    else if (tab == m_explain && m_workspace)
        m_explain->refreshWorkspace();
    else if (tab == m_fairness)
        m_fairness->refreshWorkspace();
    else if (tab == m_approval)
        m_approval->refresh();
    else if (tab == m_privacy)
        m_privacy->refresh();
    else if (tab == m_backup)
        m_backup->refresh();
}

void MainWindow::connectExplainTab()
{
    m_explain->setWorkspaceInUse([this] { return workspaceBusy(); });
    connect(m_explain, &ExplainTab::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    // While an explanation job holds the workspace on a worker thread, no other tab may call it.
    connect(m_explain, &ExplainTab::busyChanged, this, [this](bool busy) {
        keepOtherTabsAway(m_explain, busy);
    });
    // File mode: the Explain tab explains what the Scoring tab scored.
    const auto showFileSource = [this] {
        m_explain->setFileSource(m_scoring->tableModel()->dataset(), m_scoring->shownBundle());
        if (m_tabs->indexOf(m_explain) < 0)
            m_tabs->insertTab(m_tabs->indexOf(m_scoring) + 1, m_explain, tr("E&xplain"));
    };
    connect(m_scoring, &ScoringTab::scoringFinished, this, [this, showFileSource](bool ok) {
        if (ok && !m_workspace)
            showFileSource();
    });
    connect(m_scoring,
            &ScoringTab::explainRequested,
            this,
            [this, showFileSource](qint64 row, const QString &id) {
                if (m_explain->isBusy())
                    return;
                if (!m_workspace)
                    showFileSource();
                if (m_tabs->indexOf(m_explain) < 0
                    || (m_workspace && !m_workspace->can(Permission::LeadsExplain)))
                    return; // the role may not explain single leads
                m_tabs->setCurrentWidget(m_explain);
                if (m_workspace)
                    m_explain->explainStored(m_scoring->shownLeadSetId(),
                                             m_scoring->shownModelId(),
                                             row,
                                             id);
                else
                    m_explain->explainRow(row);
            });
}

void MainWindow::keepOtherTabsAway(QWidget *tab, bool busy)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, !busy || m_tabs->widget(i) == tab);
}

bool MainWindow::isLockScreenShown() const
{
    return m_stack->currentWidget() == m_lock;
}

bool MainWindow::workspaceBusy() const
{
    return m_scoring->isBusy() || m_explain->isBusy() || (m_audit && m_audit->isBusy())
           || (m_fairness && m_fairness->isBusy()) || (m_approval && m_approval->isBusy())
           || (m_privacy && m_privacy->isBusy()) || (m_backup && m_backup->isBusy())
           || m_scheduler->isBusy() || (m_restore && m_restore->isBusy())
           || backgroundJobCount() > 0;
}

void MainWindow::lockSession()
{
    if (!m_workspace || workspaceBusy())
        return;
    // Dialogs open over the window (a review, a prompt) go first: nothing stays on screen.
    while (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
        dialog->reject();
    m_workspace->lock();
    m_lock->setWorkspace(m_workspace.get());
    menuBar()->setEnabled(false);
    m_stack->setCurrentWidget(m_lock);
    m_lock->passwordField()->setFocus();
}

void MainWindow::checkIdle()
{
    if (!m_workspace || isLockScreenShown() || workspaceBusy())
        return;
    // Input in the window counts as activity; a service call that finds the core's own
    // timer expired locks too (the core is the backstop).
    if (!m_workspace->isUnlocked() || m_sinceInput.elapsed() >= m_workspace->idleTimeoutMs())
        lockSession();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_workspace && !isLockScreenShown()) {
            if (m_sinceInput.elapsed() > 1000 && !workspaceBusy())
                m_workspace->noteActivity();
            m_sinceInput.restart();
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::signOut()
{
    if (!m_workspace || workspaceBusy())
        return;
    if (auto out = m_workspace->logout(); !out)
        statusBar()->showMessage(out.error().message);
    m_idleTimer.stop();
    // Nothing of the last user stays on screen or in memory for the next one.
    m_scoring->clearResults();
    m_explain->clearResults();
    removeRoleTabs();
    menuBar()->setEnabled(false);
    m_lock->setWorkspace(nullptr);
    m_stack->setCurrentWidget(m_lock);
    askSignIn();
}

void MainWindow::askSignIn()
{
    LoginDialog login(*m_workspace, this);
    if (login.exec() != QDialog::Accepted) {
        Q_EMIT signedOut();
        close();
        return;
    }
    setWorkspace(m_workspace);
}

void MainWindow::changePassword()
{
    if (!m_workspace || workspaceBusy())
        return;
    ChangePasswordDialog dialog(*m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."));
}

bool MainWindow::openDemoWorkspace()
{
    if (!m_workspace || !m_workspace->can(Permission::LeadsScore))
        return false;
    if (m_scoring->leadSetCombo()->count() == 0 || m_scoring->modelCombo()->count() == 0)
        return false;
    m_tabs->setCurrentWidget(m_scoring);
    m_scoring->score();
    return true;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addWorkspaceActions(file);
    // The Scoring tab's own actions: one object each, so shortcuts never clash.
    file->addAction(m_scoring->openLeadsAction());
    file->addAction(m_scoring->openModelAction());
    file->addAction(m_scoring->scoreAction());
    m_openDemoAction = file->addAction(tr("Open &Demo…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open the demo folder"));
        if (!folder.isEmpty())
            openDemo(folder);
    });
    // Export is the Scoring tab's Save: Ctrl+E as before, and the standard key.
    m_scoring->exportAction()->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(QKeySequence::Save)});
    file->addAction(m_scoring->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Ctrl+Q: QKeySequence::Quit has no key outside GNOME, KDE and macOS (Xfce, offscreen).
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setObjectName(QStringLiteral("actionQuit"));

    m_sessionMenu = menuBar()->addMenu(tr("S&ession"));
    m_sessionMenu->setObjectName(QStringLiteral("sessionMenu"));
    QAction *lock = m_sessionMenu->addAction(tr("&Lock"), this, &MainWindow::lockSession);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setObjectName(QStringLiteral("actionLock"));
    m_sessionMenu->addAction(tr("&Change password…"), this, &MainWindow::changePassword);
    m_sessionMenu->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    m_sessionMenu->addSeparator();
    m_idlePolicyAction = m_sessionMenu->addAction(tr("&Idle lock for everyone…"), this, [this] {
        if (!m_workspace || workspaceBusy())
            return;
        bool ok = false;
        const int minutes
            = QInputDialog::getInt(this,
                                   tr("Idle lock"),
                                   tr("Lock every session after this many idle minutes:"),
                                   int(m_workspace->idleTimeoutMs() / 60'000),
                                   1,
                                   240,
                                   1,
                                   &ok);
        if (!ok)
            return;
        if (auto set = m_workspace->setIdleLockPolicy(minutes); !set)
            MessageBox::critical(this, tr("Idle lock"), set.error().message);
        else
            statusBar()->showMessage(tr("Sessions now lock after %1 idle minutes.").arg(minutes));
    });
    m_idlePolicyAction->setObjectName(QStringLiteral("actionIdlePolicy"));
    m_sessionMenu->menuAction()->setVisible(false);
    createViewMenu();

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settingsMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const QList<QPair<QString, QString>> languages{{QString(), tr("System default")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("ar"),
                                                    QStringLiteral("العربية")}};
    for (const auto &[code, name] : languages) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        action->setObjectName(QStringLiteral("actionLanguage_")
                              + (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }
    addAppearanceMenu(settingsMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addHelpActions(help);
    QAction *about = help->addAction(tr("&About Mizan"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openDemo(const QString &folder)
{
    const QDir dir(folder);
    const QString leads = dir.filePath(QStringLiteral("demo-leads.csv"));
    const QString spec = dir.filePath(QStringLiteral("demo-leads.spec.json"));
    const QString model = dir.filePath(QStringLiteral("demo-model.bundle.json"));
    for (const QString &file : {leads, spec, model}) {
        if (!QFileInfo::exists(file)) {
            MessageBox::critical(this,
                                 tr("No demo here"),
                                 tr("%1 is missing. Create the demo with: mizan-cli demo --out %2")
                                     .arg(file, QDir::toNativeSeparators(folder)));
            return false;
        }
    }
    m_tabs->setCurrentWidget(m_scoring);
    m_scoring->setInputs(leads, spec, model);
    m_scoring->score();
    return true;
}

QString MainWindow::aboutText()
{
    return AboutDialog::reportText();
}

void MainWindow::showAbout()
{
    AboutDialog about(this);
    about.exec();
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    statusBar()->showMessage(tr("The language changes when Mizan is started again."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace mizan
