#include "MainWindow.h"

#include "common/Dialogs.h"
#include "model/Booster.h"
#include "scoring/ScoringTab.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

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
    m_scoring = new ScoringTab(m_tabs);
    m_tabs->addTab(m_scoring, tr("&Scoring"));
    setCentralWidget(m_tabs);
    createMenus();
    connect(m_scoring, &ScoringTab::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    statusBar()->showMessage(tr("Ready. Open a lead file and a model, or start with the demo."));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // The Scoring tab's own actions: one object each, so shortcuts never clash.
    file->addAction(m_scoring->openLeadsAction());
    file->addAction(m_scoring->openModelAction());
    file->addAction(m_scoring->scoreAction());
    file->addAction(tr("Open &Demo…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open the demo folder"));
        if (!folder.isEmpty())
            openDemo(folder);
    });
    file->addAction(m_scoring->exportAction());
    file->addSeparator();
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
