// A tour of the application as each role sees it, on the demo `mizan-cli demo` makes (a user per
// role, a deployed model, scored leads): every tab of every role is shown and settles without a
// failure. Run in English (TestTour) and in Arabic (TestTourArabic, MIZAN_TOUR_LANGUAGE=ar), where
// it also asserts the right-to-left layout (window, every tab, the tab bar mirrored) and that no
// English words are left on screen (every visible label, button, group and tab title translated).
//
// With $MIZAN_SCREENSHOTS set, every tab is saved as <role>-<tab>.png (<role>-<tab>-ar.png in
// Arabic): docs/guide/make-screenshots.sh makes the user guides' pictures this way.

#include "TestPaths.h"

#include "Bootstrap.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace mizan;

namespace {

/** The demo's accounts: user name, role id as the demo prints it. */
struct Person
{
    QString user;
    QString role;
    QByteArray password;
};

bool arabic()
{
    return qEnvironmentVariable("MIZAN_TOUR_LANGUAGE") == QLatin1String("ar");
}

/** Waits until no progress bar is visible in `window` (its jobs are done), up to `ms`. */
bool settle(QWidget &window, int ms = 120'000)
{
    QElapsedTimer timer;
    timer.start();
    QTest::qWait(300);
    while (timer.elapsed() < ms) {
        bool busy = false;
        for (QProgressBar *bar : window.findChildren<QProgressBar *>())
            busy = busy || (bar->isVisible() && bar->maximum() != bar->minimum());
        if (!busy)
            return true;
        QTest::qWait(100);
    }
    return false;
}

/**
 * Words that may stay in Latin letters in an Arabic screen: names of standards, formats and
 * products, units, and the demo's own data (user names, feature names, ids), which are data.
 */
bool allowedLatin(const QString &word)
{
    static const QStringList kAllowed = {
        "XGBoost",   "SHAP",   "LIME",    "PDF",    "CSV",   "JSON",       "SHA",      "UTC",
        "ID",        "AUC",    "ROC",     "PR",     "RPO",   "RTO",        "Qt",       "OpenSSL",
        "SQLCipher", "Argon2", "Ed25519", "X25519", "Mizan", "RESTRICTED", "OFFICIAL", "Ctrl",
        "Shift",     "Alt",    "F1",      "F5",     "Esc",   "Tab",        "GDPR",     "PDPL",
        "DIFC",      "ADGM",   "DPIA",    "MB",     "GB",    "KB",         "ms",
        "English", // a language is listed by its own name (the Language menu)
    };
    return word.size() < 3 || kAllowed.contains(word, Qt::CaseInsensitive);
}

} // namespace

class TestTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRole_data();
    void everyRole();

private:
    void shoot(QWidget &widget, const QString &name);
    /** Visible texts in `root` with English words that are not data; "where: text" each. */
    QStringList untranslated(QWidget &root) const;

    QTemporaryDir m_dir;
    QString m_workspace;
    QList<Person> m_people;
    QStringList m_data; ///< words of the demo's data (feature names, values), allowed anywhere
};

void TestTour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Bootstrap::setApplicationIdentity();
    QSettings().clear();
    MessageBox::setTestMode(true);
    if (arabic()) {
        QCOMPARE(Bootstrap::installTranslators(QStringLiteral("ar")), QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    QVERIFY(m_dir.isValid());
    QProcess cli;
    cli.start(QStringLiteral(MIZAN_CLI),
              {"demo", "--out", m_dir.filePath("demo"), "--rows", "1200"});
    QVERIFY(cli.waitForFinished(600'000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const QJsonObject out = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QJsonObject workspace = out["workspace"].toObject();
    m_workspace = workspace["path"].toString();
    QVERIFY(Workspace::looksLikeWorkspace(m_workspace));
    const QJsonObject users = workspace["users"].toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        // "k7mq2-xw9fd-ab3cd-efg45 (risk_officer)"
        const QString value = it.value().toString();
        m_people.append(
            {it.key(), value.section(u'(', 1).chopped(1), value.section(u' ', 0, 0).toUtf8()});
    }
    QCOMPARE(m_people.size(), 6);
    // The demo's data may appear in Latin letters: the spec's feature names and categories.
    QFile spec(out["spec"].toString());
    QVERIFY(spec.open(QIODevice::ReadOnly));
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z_]+"));
    for (auto m = word.globalMatch(QString::fromUtf8(spec.readAll())); m.hasNext();)
        for (const QString &part : m.next().captured().split(u'_'))
            m_data.append(part.toLower());
    // The model's name and its risk bands' labels are data too (set by whoever made it).
    QFile bundle(out["model"].toString());
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    const QJsonObject model = QJsonDocument::fromJson(bundle.readAll()).object();
    QStringList named{model["name"].toString()};
    for (const QJsonValue &label : model["bands"].toObject()["labels"].toArray())
        named.append(label.toString());
    QVERIFY(named.size() > 1);
    for (const QString &text : std::as_const(named))
        for (auto m = word.globalMatch(text); m.hasNext();)
            m_data.append(m.next().captured().toLower());
    for (const Person &p : std::as_const(m_people))
        m_data.append(p.user);
}

void TestTour::everyRole_data()
{
    QTest::addColumn<int>("person");
    for (int i = 0; i < m_people.size(); ++i)
        QTest::newRow(qPrintable(m_people[i].role)) << i;
}

void TestTour::everyRole()
{
    QFETCH(int, person);
    const Person &p = m_people[person];
    WorkspaceOptions options;
    options.appName = QStringLiteral("mizan");
    auto opened = Workspace::open(m_workspace, options);
    MIZAN_VERIFY_OK(opened);
    std::shared_ptr<Workspace> ws = std::move(*opened);
    MIZAN_VERIFY_OK(ws->login(p.user,
                              SecureBytes(reinterpret_cast<const uint8_t *>(p.password.constData()),
                                          std::size_t(p.password.size()))));

    MainWindow window;
    window.resize(1360, 860);
    window.setWorkspace(ws);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openDemoWorkspace(); // scores the demo leads where the role may
    QVERIFY(settle(window));

    QTabWidget *tabs = window.tabs();
    int shown = 0;
    QStringList problems;
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i))
            continue;
        tabs->setCurrentIndex(i);
        QWidget *tab = tabs->widget(i);
        QVERIFY2(settle(window), qPrintable(tab->objectName() + " stays busy"));
        ++shown;
        if (arabic()) {
            QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
            QVERIFY2(tab->isRightToLeft(), qPrintable(tab->objectName()));
            problems += untranslated(*tab);
        }
        QVERIFY2(!tab->objectName().isEmpty(), qPrintable(tabs->tabText(i)));
        shoot(window, p.role + u'-' + tab->objectName().toLower().remove(QStringLiteral("tab")));
    }
    QVERIFY2(shown > 0, qPrintable(p.role + " sees no tab"));
    if (arabic()) {
        // The first tab sits at the right: the tab bar is mirrored.
        QTabBar *bar = tabs->tabBar();
        int first = -1, last = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->isTabVisible(i)) {
                first = first < 0 ? i : first;
                last = i;
            }
        if (first != last)
            QVERIFY(bar->tabRect(first).center().x() > bar->tabRect(last).center().x());
        problems += untranslated(window);
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }
    MIZAN_VERIFY_OK(ws->logout());
}

void TestTour::shoot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MIZAN_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    const QString file = name + (arabic() ? QStringLiteral("-ar.png") : QStringLiteral(".png"));
    QVERIFY(widget.grab().save(QDir(folder).filePath(file)));
}

QStringList TestTour::untranslated(QWidget &root) const
{
    QStringList found;
    static const QRegularExpression latin(QStringLiteral("[A-Za-z][A-Za-z]+"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    const auto check = [&](QWidget *where, QString text) {
        if (!where->isVisible() || text.isEmpty())
            return;
        text.remove(tags).remove(u'&');
        // Paths, hashes, ids and e-mail-like data are data.
        if (text.contains(u'/') && !text.contains(u' '))
            return;
        QStringList english;
        for (auto m = latin.globalMatch(text); m.hasNext();) {
            const QString w = m.next().captured();
            if (!allowedLatin(w) && !m_data.contains(w.toLower()))
                english.append(w);
        }
        if (english.size() >= 1)
            found.append(QStringLiteral("%1 (%2): %3")
                             .arg(where->objectName(),
                                  QString::fromLatin1(where->metaObject()->className()),
                                  text.simplified().left(120)));
    };
    for (QLabel *l : root.findChildren<QLabel *>())
        check(l, l->text());
    for (QAbstractButton *b : root.findChildren<QAbstractButton *>())
        check(b, b->text());
    for (QGroupBox *g : root.findChildren<QGroupBox *>())
        check(g, g->title());
    // The menus and every action in them (a window's menu bar).
    if (auto *window = qobject_cast<QMainWindow *>(&root)) {
        QList<QAction *> actions = window->menuBar()->actions();
        while (!actions.isEmpty()) {
            QAction *a = actions.takeFirst();
            if (!a->isVisible() || a->isSeparator())
                continue;
            if (a->menu())
                actions += a->menu()->actions();
            check(window->menuBar(), a->text());
        }
    }
    for (QTabWidget *t : root.findChildren<QTabWidget *>())
        for (int i = 0; i < t->count(); ++i)
            if (t->isTabVisible(i))
                check(t, t->tabText(i));
    return found;
}

QTEST_MAIN(TestTour)
#include "TestTour.moc"
