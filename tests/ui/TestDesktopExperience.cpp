// The finished desktop (offscreen): the About box lists every dependency with its version and
// licence and copies it all; File > Open Recent keeps its order, its cap and its settings, and
// switches workspaces; no two actions of the window answer the same keys where both can be
// active, and the main keys exist; every control of every tab (each role's window) has a name a
// screen reader can say; Settings > Appearance switches the palette; F1 has help for every tab.
// Settings go to a temporary folder (QSettings::setPath) under a test organisation: the user's
// own are never read or written. Screenshots in $MIZAN_SCREENSHOTS: about.png (about-ar.png
// under $MIZAN_SCREENSHOT_LANGUAGE=ar) and window-dark.png.

#include "Bootstrap.h"
#include "MainWindow.h"
#include "common/AboutDialog.h"
#include "common/Appearance.h"
#include "common/ContextHelp.h"
#include "common/Dialogs.h"
#include "common/RecentWorkspaces.h"
#include "model/Booster.h"
#include "scoring/ScoringTab.h"
#include "session/SessionDialogs.h"

#include "Screenshots.h"
#include "TestWorkspaceUtil.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <map>

using namespace mizan;
using namespace mizan::test;

namespace {

constexpr const char *kPrivacyPassword = "violet canyon harbour lantern";

struct User
{
    const char *name;
    const char *password;
};

// One user per role: admin, auditor, analyst, risk officer, data scientist, privacy officer.
const User kUsers[] = {{"amira", kAdminPassword},
                       {"audra", kAuditorPassword},
                       {"nour", kOtherPassword},
                       {"rana", kThirdPassword},
                       {"dana", kFourthPassword},
                       {"pia", kPrivacyPassword}};

/**
 * The tab page `widget` is in, shown or not (a page taken out of the tab widget stays in its
 * stack, hidden; Explain waits hidden in the tab widget); null: the window itself, its menus,
 * the lock screen.
 */
QWidget *tabOf(const MainWindow &window, const QWidget *widget)
{
    for (auto *w = const_cast<QWidget *>(widget); w; w = w->parentWidget()) {
        QWidget *parent = w->parentWidget();
        if (parent == window.tabs() // a tab not yet added (Explain)
            || (parent && parent->parentWidget() == window.tabs()
                && qobject_cast<QStackedWidget *>(parent)))
            return w;
    }
    return nullptr;
}

/** Where an action's shortcut can fire: a tab page, or the whole window (null). */
QWidget *scopeOf(const MainWindow &window, const QAction *action)
{
    bool onWidget = false;
    QWidget *scope = nullptr;
    const auto objects = action->associatedObjects();
    for (QObject *object : objects) {
        auto *widget = qobject_cast<QWidget *>(object);
        if (!widget || qobject_cast<QMenu *>(widget) || qobject_cast<QMenuBar *>(widget))
            continue;
        QWidget *tab = tabOf(window, widget);
        if (!tab)
            return nullptr; // on the window itself
        onWidget = true;
        scope = tab;
    }
    return onWidget ? scope : nullptr; // only in menus: the menu bar's, window-wide
}

struct Binding
{
    QKeySequence keys;
    const QObject *owner;
    QWidget *scope;
    QString describe() const
    {
        const auto *action = qobject_cast<const QAction *>(owner);
        return QStringLiteral("%1 \"%2\" in %3")
            .arg(owner->objectName().isEmpty() ? QStringLiteral("(unnamed)") : owner->objectName(),
                 action ? action->text() : QString(),
                 scope ? scope->objectName() : QStringLiteral("the window"));
    }
};

std::vector<Binding> bindingsOf(const MainWindow &window)
{
    std::vector<Binding> out;
    const auto actions = window.findChildren<QAction *>();
    for (const QAction *action : actions)
        for (const QKeySequence &keys : action->shortcuts())
            out.push_back({keys, action, scopeOf(window, action)});
    const auto shortcuts = window.findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts)
        out.push_back(
            {shortcut->key(), shortcut, tabOf(window, qobject_cast<QWidget *>(shortcut->parent()))});
    return out;
}

bool bound(const std::vector<Binding> &bindings, const QKeySequence &keys, const QWidget *scope)
{
    return std::any_of(bindings.begin(), bindings.end(), [&](const Binding &b) {
        return b.keys == keys && (b.scope == scope || !b.scope);
    });
}

/** Interactive widgets that need a name, without the parts of other widgets. */
bool needsName(const QWidget *w)
{
    const bool interactive = qobject_cast<const QAbstractButton *>(w)
                             || qobject_cast<const QLineEdit *>(w)
                             || qobject_cast<const QComboBox *>(w)
                             || qobject_cast<const QAbstractSpinBox *>(w)
                             || qobject_cast<const QAbstractItemView *>(w)
                             || qobject_cast<const QSlider *>(w)
                             || qobject_cast<const QGraphicsView *>(w)
                             || qobject_cast<const QTextEdit *>(w)
                             || qobject_cast<const QPlainTextEdit *>(w);
    if (!interactive || qobject_cast<const QHeaderView *>(w))
        return false;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QLineEdit *>(p) || qobject_cast<const QAbstractItemView *>(p)
            || qobject_cast<const QTabBar *>(p))
            return false; // a combo's popup, a spin box's line edit, a view's corner button…
    return true;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

} // namespace

class TestDesktopExperience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aboutListsEveryDependency();
    void aboutActionOpensTheAboutBox();
    void recentListKeepsOrderCapAndSettings();
    void recentMenuShowsMissingFoldersDisabled();
    void openRecentSwitchesWorkspace();
    void shortcutsAreUniqueAndTheMainOnesExist();
    void everyControlHasAnAccessibleName();
    void paletteFollowsTheChoice();
    void helpExistsForEveryTab();

private:
    std::unique_ptr<MainWindow> windowAs(const User &user);

    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestDesktopExperience::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Before the first QSettings: a private folder and organisation, never the user's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName(QStringLiteral("MizanTestDesktopExperience"));
    QCoreApplication::setApplicationName(QStringLiteral("mizan-test"));
    QSettings().clear();
    KdfParams::allowTestCost(true);
    MessageBox::setTestMode(true);
    if (const QString language = qEnvironmentVariable("MIZAN_SCREENSHOT_LANGUAGE");
        !language.isEmpty())
        Bootstrap::installTranslators(language);

    m_workspace = m_dir.filePath("workspace");
    auto created = createWorkspace(m_workspace);
    Workspace &ws = *created.workspace;
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("rana"), Role::RiskOfficer, pw(kThirdPassword)));
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("pia"), Role::PrivacyOfficer, pw(kPrivacyPassword)));
    importSynthetic(ws, m_workspace, 300); // adds "dana", data scientist, signed in as her
    storeSyntheticModel(ws);
}

void TestDesktopExperience::cleanupTestCase()
{
    Appearance::apply(Appearance::Mode::System);
}

std::unique_ptr<MainWindow> TestDesktopExperience::windowAs(const User &user)
{
    auto ws = Workspace::open(m_workspace, testOptions());
    if (!ws)
        qFatal("cannot open the workspace: %s", qPrintable(ws.error().message));
    if (auto login = (*ws)->login(QLatin1String(user.name), pw(user.password)); !login)
        qFatal("cannot sign in as %s: %s", user.name, qPrintable(login.error().message));
    auto window = std::make_unique<MainWindow>();
    window->setWorkspace(std::move(*ws));
    return window;
}

void TestDesktopExperience::aboutListsEveryDependency()
{
    const std::vector<AboutComponent> components = AboutDialog::components();
    QStringList names;
    for (const AboutComponent &c : components) {
        names << c.name;
        QVERIFY2(!c.version.trimmed().isEmpty(), qPrintable(c.name));
        QVERIFY2(!c.licence.trimmed().isEmpty(), qPrintable(c.name));
        QVERIFY2(!c.usage.trimmed().isEmpty(), qPrintable(c.name));
    }
    for (const char *expected :
         {"Qt", "Qt Charts", "XGBoost", "SQLCipher", "OpenSSL", "Argon2", "Noto fonts"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    const auto component = [&components](const char *name) {
        return *std::find_if(components.begin(), components.end(), [name](const auto &c) {
            return c.name == QLatin1String(name);
        });
    };
    // Read at run time from the libraries themselves.
    QCOMPARE(component("Qt").version, QString::fromLatin1(qVersion()));
    QCOMPARE(component("XGBoost").version, Booster::libraryVersion());
    QVERIFY(component("SQLCipher").version.contains("SQLite"));
    QVERIFY(component("OpenSSL").version.startsWith("3."));
    QCOMPARE(component("SQLCipher").licence, QString("BSD-3-Clause"));
    QCOMPARE(component("Argon2").licence, QString("CC0-1.0 OR Apache-2.0"));
    QCOMPARE(component("Noto fonts").licence, QString("OFL-1.1"));

    AboutDialog about;
    const QString report = AboutDialog::reportText();
    QVERIFY(report.contains(MIZAN_VERSION));
    QVERIFY(report.contains("offline"));
    for (const AboutComponent &c : components) {
        QVERIFY2(about.informativeText().contains(c.name.toHtmlEscaped()), qPrintable(c.name));
        QVERIFY2(about.informativeText().contains(c.licence.toHtmlEscaped()), qPrintable(c.name));
        QString version = c.version; // the report drops the direction marks of the dialog
        version.remove(QChar(0x2066)).remove(QChar(0x2069));
        QVERIFY2(report.contains(c.name + u' ' + version), qPrintable(c.name));
        QVERIFY2(report.contains(c.licence), qPrintable(c.name));
    }
    QVERIFY(about.text().contains(MIZAN_VERSION));
    QVERIFY(MainWindow::aboutText().contains("XGBoost " + Booster::libraryVersion()));

    QGuiApplication::clipboard()->clear();
    QVERIFY(about.copyButton());
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QTest::mouseClick(about.copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), report);
    QVERIFY(about.isVisible()); // Copy does not close the box
    shoot(about, QStringLiteral("about.png"));
    about.close();
}

void TestDesktopExperience::aboutActionOpensTheAboutBox()
{
    MainWindow window;
    QAction *action = window.findChild<QAction *>("actionAbout");
    QVERIFY(action);
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        if (auto *about = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
            seen = about->informativeText().contains("SQLCipher");
            about->accept();
        }
    });
    action->trigger();
    QVERIFY(seen);
}

void TestDesktopExperience::recentListKeepsOrderCapAndSettings()
{
    RecentWorkspaces::clear();
    QVERIFY(RecentWorkspaces::list().isEmpty());
    QStringList added;
    for (int i = 1; i <= 10; ++i) {
        added.prepend(m_dir.filePath(QStringLiteral("ws-%1").arg(i)));
        RecentWorkspaces::add(added.first());
    }
    QCOMPARE(RecentWorkspaces::list(), added.mid(0, RecentWorkspaces::kMaximum));
    // Choosing an older one moves it up, once; the same folder written otherwise is the same.
    RecentWorkspaces::add(m_dir.filePath("ws-5/../ws-5/"));
    const QStringList now = RecentWorkspaces::list();
    QCOMPARE(now.size(), RecentWorkspaces::kMaximum);
    QCOMPARE(now.first(), m_dir.filePath("ws-5"));
    QCOMPARE(now.count(m_dir.filePath("ws-5")), 1);
    QCOMPARE(now.at(1), m_dir.filePath("ws-10"));
    // In the settings, as the next start reads them.
    QSettings().sync();
    QCOMPARE(QSettings().value("workspace/recent").toStringList(), now);
    RecentWorkspaces::clear();
    QVERIFY(!QSettings().contains("workspace/recent"));
}

void TestDesktopExperience::recentMenuShowsMissingFoldersDisabled()
{
    RecentWorkspaces::clear();
    RecentWorkspaces::add(m_dir.filePath("gone"));
    RecentWorkspaces::add(m_workspace);
    RecentWorkspacesMenu menu;
    menu.rebuild();
    QAction *first = menu.findChild<QAction *>("actionRecent_1");
    QAction *second = menu.findChild<QAction *>("actionRecent_2");
    QVERIFY(first && second);
    QVERIFY(first->isEnabled());
    QCOMPARE(first->data().toString(), m_workspace);
    QVERIFY(first->text().startsWith("&1 "));
    QVERIFY(!second->isEnabled()); // the folder is gone
    QAction *clear = menu.findChild<QAction *>("actionClearRecent");
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QVERIFY(RecentWorkspaces::list().isEmpty());
    menu.rebuild();
    QVERIFY(!menu.findChild<QAction *>("actionRecent_1"));
    QVERIFY(!menu.findChild<QAction *>("actionClearRecent")->isEnabled());
}

void TestDesktopExperience::openRecentSwitchesWorkspace()
{
    const QString other = m_dir.filePath("other");
    static_cast<void>(createWorkspace(other)); // closed again at once
    RecentWorkspaces::clear();
    RecentWorkspaces::add(other);
    RecentWorkspaces::add(m_workspace);
    auto window = windowAs(kUsers[0]);
    window->show();
    // The open workspace is not opened a second time.
    QVERIFY(!window->openWorkspaceFolder(m_workspace));

    bool signedIn = false;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&signedIn] {
        auto *login = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        if (!login || signedIn)
            return;
        signedIn = true;
        login->userField()->setText(QStringLiteral("amira"));
        login->passwordField()->setText(QLatin1String(kAdminPassword));
        login->tryLogin();
    });
    driver.start();
    auto *menu = window->findChild<RecentWorkspacesMenu *>();
    QVERIFY(menu);
    menu->rebuild();
    QAction *recent = menu->findChild<QAction *>("actionRecent_2");
    QVERIFY(recent);
    QCOMPARE(recent->data().toString(), other);
    recent->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(signedIn && window->workspace() && window->workspace()->isSignedIn()
                                 && window->workspace()->directory() == other,
                             60'000);
    QVERIFY(window->usersTab());
    QCOMPARE(RecentWorkspaces::list().first(), other);
    QCOMPARE(QSettings().value("workspace/last").toString(), other);
    // The first workspace was closed: it opens again (its folder lock is free).
    auto again = Workspace::open(m_workspace, testOptions());
    QVERIFY2(again.has_value(), again ? "" : qPrintable(again.error().message));
}

void TestDesktopExperience::shortcutsAreUniqueAndTheMainOnesExist()
{
    std::map<QString, int> tabsSeen;
    for (const User &user : kUsers) {
        auto window = windowAs(user);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const std::vector<Binding> bindings = bindingsOf(*window);
        QStringList clashes;
        for (size_t i = 0; i < bindings.size(); ++i)
            for (size_t j = i + 1; j < bindings.size(); ++j) {
                const Binding &a = bindings[i];
                const Binding &b = bindings[j];
                if (a.keys == b.keys && a.owner != b.owner
                    && (!a.scope || !b.scope || a.scope == b.scope))
                    clashes << a.keys.toString() + ": " + a.describe() + " / " + b.describe();
            }
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(QLatin1String(user.name) + ": " + clashes.join("; ")));

        // The window's own keys.
        for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Q),
                                         QKeySequence(QKeySequence::HelpContents),
                                         QKeySequence(QKeySequence::WhatsThis),
                                         QKeySequence(Qt::CTRL | Qt::Key_L),
                                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)})
            QVERIFY2(bound(bindings, keys, nullptr), qPrintable(keys.toString()));
        for (int n = 1; n <= 9; ++n)
            QVERIFY(bound(bindings, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)), nullptr));
        // Every tab refreshes with F5; the main ones open, save, print and find.
        QTabWidget *tabs = window->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            QWidget *tab = tabs->widget(i);
            const QString name = QLatin1String(tab->metaObject()->className());
            ++tabsSeen[name];
            QVERIFY2(bound(bindings, QKeySequence(Qt::Key_F5), tab), qPrintable(name));
            QList<QKeySequence> expected;
            if (name == "mizan::ScoringTab")
                expected = {QKeySequence::Open, QKeySequence::Save, QKeySequence::Find};
            else if (name == "mizan::AuditTab")
                expected = {QKeySequence::Save, QKeySequence::Print, QKeySequence::Find};
            else if (name == "mizan::FairnessTab" || name == "mizan::ExplainTab")
                expected = {QKeySequence::Print};
            else if (name == "mizan::PrivacyTab")
                expected = {QKeySequence::Save, QKeySequence::Find};
            else if (name == "mizan::ApprovalTab")
                expected = {QKeySequence::Save};
            for (const QKeySequence &keys : expected)
                QVERIFY2(bound(bindings, keys, tab), qPrintable(name + ": " + keys.toString()));
        }
        // Ctrl+2 goes to the second tab; a tab's own keys work in it (Ctrl+F: its search).
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        if (tabs->count() >= 2) {
            QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
            QCOMPARE(tabs->currentIndex(), 1);
        }
        for (int i = 0; i < tabs->count(); ++i) {
            QWidget *tab = tabs->widget(i);
            if (!tab->inherits("mizan::PrivacyTab") && !tab->inherits("mizan::AuditTab"))
                continue;
            tabs->setCurrentIndex(i);
            QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
            QVERIFY(QApplication::focusWidget());
            QCOMPARE(QApplication::focusWidget()->objectName(),
                     tab->inherits("mizan::AuditTab") ? QString("textEdit")
                                                      : QString("subjectQueryEdit"));
        }
    }
    QCOMPARE(int(tabsSeen.size()), 8); // every tab was looked at

    // The View menu lists the tabs (Ctrl+1…) and the current tab's keys; tooltips name them.
    auto window = windowAs(kUsers[3]); // the risk officer: Scoring … Audit
    auto *view = window->findChild<QMenu *>("viewMenu");
    QVERIFY(view && view->menuAction()->isVisible());
    QTabWidget *tabs = window->tabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->inherits("mizan::AuditTab"))
            tabs->setCurrentIndex(i);
    Q_EMIT view->aboutToShow();
    QStringList texts;
    for (const QAction *action : view->actions())
        texts << action->text();
    QVERIFY2(texts.contains(tabs->tabText(0)), qPrintable(texts.join(", ")));
    QCOMPARE(view->actions().first()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    const QString print = u'\t'
                          + QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText);
    QVERIFY2(std::count_if(texts.begin(),
                           texts.end(),
                           [&print](const QString &t) { return t.endsWith(print); })
                 == 1,
             qPrintable(texts.join(", ")));
    auto *verify = window->findChild<QPushButton *>("verifyButton");
    QVERIFY(verify && verify->toolTip().contains("Ctrl+R"));
}

void TestDesktopExperience::everyControlHasAnAccessibleName()
{
    QStringList offenders;
    QSet<QString> tabsSeen;
    for (const User &user : kUsers) {
        auto window = windowAs(user);
        QTabWidget *tabs = window->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            QWidget *tab = tabs->widget(i);
            const QString tabName = QLatin1String(tab->metaObject()->className());
            tabsSeen << tabName;
            const auto widgets = tab->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (!needsName(w) || !accessibleName(w).isEmpty())
                    continue;
                const QString offender
                    = QStringLiteral("%1: %2 %3 (in %4)")
                          .arg(tabName,
                               QLatin1String(w->metaObject()->className()),
                               w->objectName(),
                               QLatin1String(w->parentWidget()->metaObject()->className()));
                if (!offenders.contains(offender)) {
                    offenders << offender;
                    qWarning("no accessible name: %s", qPrintable(offender));
                }
            }
        }
    }
    // The rest of the window (the lock screen, the status bar) and the About box.
    auto window = windowAs(kUsers[0]);
    AboutDialog about(window.get());
    for (QWidget *root : {static_cast<QWidget *>(window.get()), static_cast<QWidget *>(&about)}) {
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!needsName(w) || tabOf(*window, w) || !accessibleName(w).isEmpty()
                || w->objectName().startsWith("qt_")) // Qt's own (the menu bar's overflow)
                continue;
            offenders << QStringLiteral("%1: %2 %3")
                             .arg(root->objectName(),
                                  QLatin1String(w->metaObject()->className()),
                                  w->objectName());
            qWarning("no accessible name: %s", qPrintable(offenders.last()));
        }
    }
    QCOMPARE(tabsSeen.size(), 8);
    QVERIFY2(offenders.isEmpty(), qPrintable("\n" + offenders.join('\n')));
}

void TestDesktopExperience::paletteFollowsTheChoice()
{
    MainWindow window;
    QAction *dark = window.findChild<QAction *>("actionAppearance_dark");
    QAction *light = window.findChild<QAction *>("actionAppearance_light");
    QAction *system = window.findChild<QAction *>("actionAppearance_system");
    QVERIFY(dark && light && system);
    QVERIFY(system->isChecked()); // the default

    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    dark->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
    // Live, on the open window and its tabs.
    QTRY_VERIFY(window.palette().color(QPalette::Window).lightnessF() < 0.3);
    QTRY_VERIFY(window.scoringTab()->palette().color(QPalette::Base).lightnessF() < 0.3);
    QCOMPARE(QSettings().value("appearance").toString(), QString("dark"));
    QCOMPARE(Appearance::saved(), Appearance::Mode::Dark);
    // Fusion, through Mizan's proxy (push buttons' labels in right-to-left: TestPolish).
    const auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(proxy && proxy->baseStyle());
    QCOMPARE(proxy->baseStyle()->name().toLower(), QString("fusion"));
    // WCAG AA: text on its backgrounds at 4.5:1 or more.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
               + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&luminance](const QColor &a, const QColor &b) {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    const QPalette p = Appearance::darkPalette();
    QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 4.5);
    QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5);
    QVERIFY(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= 4.5);
    QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5);
    QVERIFY(contrast(p.color(QPalette::Link), p.color(QPalette::Base)) >= 4.5);
    shoot(window, QStringLiteral("window-dark.png"));

    light->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.7);
    QTRY_VERIFY(window.palette().color(QPalette::Window).lightnessF() > 0.7);
    QCOMPARE(Appearance::saved(), Appearance::Mode::Light);
    system->trigger();
    QCOMPARE(Appearance::saved(), Appearance::Mode::System);
    QCOMPARE(QSettings().value("appearance").toString(), QString("system"));
    // A new window (the next start) shows the saved choice checked.
    Appearance::choose(Appearance::Mode::Dark);
    MainWindow next;
    QVERIFY(next.findChild<QAction *>("actionAppearance_dark")->isChecked());
    Appearance::choose(Appearance::Mode::System);
}

void TestDesktopExperience::helpExistsForEveryTab()
{
    QSet<QString> texts;
    for (const User &user : kUsers) {
        auto window = windowAs(user);
        window->show();
        QAction *help = window->findChild<QAction *>("actionContextHelp");
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QAction *whatsThis = window->findChild<QAction *>("actionWhatsThis");
        QVERIFY(whatsThis);
        QCOMPARE(whatsThis->shortcut(), QKeySequence(QKeySequence::WhatsThis));
        QTabWidget *tabs = window->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            QWidget *tab = tabs->widget(i);
            const QString text = ContextHelp::text(tab);
            QVERIFY2(!text.isEmpty(), tab->metaObject()->className());
            QVERIFY2(!tab->whatsThis().isEmpty(), tab->metaObject()->className());
            texts << text;
            tabs->setCurrentIndex(i);
            help->trigger();
            auto *box = window->findChild<QMessageBox *>("contextHelpDialog");
            QVERIFY(box && box->isVisible());
            QVERIFY(box->text().contains(tabs->tabText(i).remove('&').toHtmlEscaped()));
            QVERIFY(box->text().contains(text));
        }
    }
    QCOMPARE(texts.size(), 8); // one text per tab, all different
    QVERIFY(ContextHelp::text(nullptr).isEmpty());
    QVERIFY(!ContextHelp::windowText().isEmpty());
}

QTEST_MAIN(TestDesktopExperience)
#include "TestDesktopExperience.moc"
