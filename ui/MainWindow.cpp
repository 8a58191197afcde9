#include "MainWindow.h"

#include "model/Booster.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <openssl/crypto.h>

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
    m_tabs->addTab(createWelcomePage(), tr("Welcome"));
    setCentralWidget(m_tabs);
    createMenus();
    statusBar()->showMessage(tr("Ready. No workspace is open."));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Mizan"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 40, 48, 40);
    auto *title = new QLabel(tr("<h1>Mizan</h1><p>Model governance for lead scoring: every model "
                                "version approved, every score explained, every action on the "
                                "record.</p>"),
                             page);
    title->setWordWrap(true);
    title->setTextFormat(Qt::RichText);
    auto *engines = new QLabel(page);
    engines->setObjectName(QStringLiteral("enginesLabel"));
    engines->setTextFormat(Qt::RichText);
    engines->setText(tr("<p><b>Engines</b><br>XGBoost %1 · Qt %2 · %3</p>"
                        "<p>Use <code>mizan-cli train</code>, <code>mizan-cli model import</code> "
                        "and <code>mizan-cli score</code> for model bundles until the workspace "
                        "opens here.</p>")
                         .arg(Booster::libraryVersion(),
                              QString::fromLatin1(qVersion()),
                              QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))));
    engines->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(engines);
    layout->addStretch(1);
    return page;
}

QString MainWindow::aboutText()
{
    return tr("<h2>Mizan %1</h2>"
              "<p>A model-governance workstation for lead scoring with gradient-boosted trees.</p>"
              "<p>XGBoost %2<br>Qt %3<br>%4</p>"
              "<p>Works offline: Mizan opens no network connection and listens on no port.</p>")
        .arg(QStringLiteral(MIZAN_VERSION),
             Booster::libraryVersion(),
             QString::fromLatin1(qVersion()),
             QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Mizan"), aboutText());
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
