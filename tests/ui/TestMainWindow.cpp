#include "Bootstrap.h"
#include "MainWindow.h"
#include "scoring/ScoringTab.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace mizan;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheMainWindow();
    void aboutBoxNamesTheEngines();
    void languageSettingIsSaved();
    void geometryIsRestored();
    void firstMessageFollowsTheRole();
    void arabicIsRightToLeft();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Bootstrap::setApplicationIdentity();
    QSettings().clear();
}

void TestMainWindow::showsTheMainWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QString("Mizan"));
    QVERIFY(window.tabs());
    QCOMPARE(window.tabs()->count(), 1);
    QVERIFY(window.scoringTab());
    QCOMPARE(window.tabs()->currentWidget(), window.scoringTab());
    QVERIFY(!window.windowIcon().isNull());
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        if (action->isVisible())
            menus.append(action->text());
    // Without a signed-in workspace there is no Session menu.
    QCOMPARE(menus, (QStringList{"&File", "&Settings", "&Help"}));
    const QImage shot = window.grab().toImage();
    QVERIFY(shot.width() > 400 && shot.height() > 300);
}

void TestMainWindow::aboutBoxNamesTheEngines()
{
    const QString text = MainWindow::aboutText();
    QVERIFY(text.contains(MIZAN_VERSION));
    QVERIFY(text.contains("XGBoost 1.7"));
    QVERIFY(text.contains("OpenSSL"));
    MainWindow window;
    QAction *about = window.findChild<QAction *>("actionAbout");
    QVERIFY(about);
    // The About box is modal: close it from the event loop once it is up.
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        const auto boxes = QApplication::topLevelWidgets();
        for (QWidget *w : boxes) {
            if (auto *box = qobject_cast<QMessageBox *>(w)) {
                seen = box->text().contains("XGBoost");
                box->accept();
            }
        }
    });
    about->trigger();
    QVERIFY(seen);
}

void TestMainWindow::languageSettingIsSaved()
{
    MainWindow window;
    QAction *arabic = window.findChild<QAction *>("actionLanguage_ar");
    QVERIFY(arabic);
    arabic->trigger();
    QCOMPARE(QSettings().value("language").toString(), QString("ar"));
    window.findChild<QAction *>("actionLanguage_system")->trigger();
    QCOMPARE(QSettings().value("language").toString(), QString());
}

void TestMainWindow::geometryIsRestored()
{
    {
        MainWindow window;
        window.resize(1180, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.size(), QSize(1180, 720));
}

void TestMainWindow::firstMessageFollowsTheRole()
{
    // Without a workspace the window works on files: open a lead file and a model.
    MainWindow window;
    QVERIFY(window.statusBar()->currentMessage().contains("Open a lead file"));
    // After sign-in each role reads what it can do first (TestSession signs in as each).
    QStringList messages;
    for (Role role : kAllRoles) {
        const QString message = MainWindow::firstStepMessage(role);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains("lead file"), qPrintable(message));
        messages.append(message);
    }
    QVERIFY(MainWindow::firstStepMessage(Role::RiskOfficer).contains("Approval Queue"));
    QVERIFY(MainWindow::firstStepMessage(Role::Auditor).contains("Audit tab"));
    QVERIFY(MainWindow::firstStepMessage(Role::PrivacyOfficer).contains("Privacy tab"));
    QVERIFY(MainWindow::firstStepMessage(Role::Admin).contains("Users tab"));
    QVERIFY(MainWindow::firstStepMessage(Role::Analyst).contains("Scoring tab"));
    messages.removeDuplicates();
    QCOMPARE(messages.size(), 6);
}

void TestMainWindow::arabicIsRightToLeft()
{
    const QString language = Bootstrap::installTranslators("ar");
    QCOMPARE(language, QString("ar"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    // Numbers in Western digits (the UAE's conventions), as counts inside sentences and chart
    // axes are: one screen never mixes ١٬٢٠٠ with 1200.
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    QCOMPARE(QLocale().toString(1200.5, 'f', 1), QString("1,200.5"));
    QCOMPARE(QLocale().zeroDigit(), QString("0"));
    QCOMPARE(QLocale().textDirection(), Qt::RightToLeft);
    MainWindow window;
    QVERIFY(window.isRightToLeft());
    QCOMPARE(window.windowTitle(), QString("ميزان"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
