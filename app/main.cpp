// mizan: the desktop application. Thin: set up the process, sign in, show the main window.

#include "Bootstrap.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "common/RecentWorkspaces.h"
#include "privacy/LogScrubber.h"
#include "session/SessionDialogs.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

/** After a sign-in: the workspace opens next time, and File > Open Recent lists it first. */
void remember(const mizan::Workspace &workspace)
{
    QSettings().setValue(QStringLiteral("workspace/last"), workspace.directory());
    mizan::RecentWorkspaces::add(workspace.directory());
}

/** Opens (or on first run creates) the workspace and signs in; null when the user gives up. */
std::shared_ptr<mizan::Workspace> signIn(QString dir, int &exitCode)
{
    using namespace mizan;
    WorkspaceOptions options;
    options.appName = QStringLiteral("mizan");
    if (dir.isEmpty() || !Workspace::looksLikeWorkspace(dir)) {
        FirstRunDialog first(nullptr, options);
        const int result = first.exec();
        if (result == QDialog::Accepted) {
            RecoveryKeyDialog(first.takeRecoveryKey()).exec();
            std::shared_ptr<Workspace> created = first.takeWorkspace();
            remember(*created);
            return created;
        }
        if (result != FirstRunDialog::kOpenExisting)
            return {};
        dir = first.existingFolder();
    }
    auto opened = Workspace::open(dir, options);
    if (!opened) {
        MessageBox::critical(nullptr,
                             Tr::tr("Cannot open the workspace"),
                             opened.error().message,
                             opened.error().detail);
        exitCode = 1;
        return {};
    }
    std::shared_ptr<Workspace> ws = std::move(*opened);
    LoginDialog login(*ws);
    if (login.exec() != QDialog::Accepted)
        return {};
    remember(*ws);
    return ws;
}

} // namespace

int main(int argc, char *argv[])
{
    mizan::Bootstrap::disableCoreDumps();
    mizan::installLogScrubber(); // no personal data in any log line
    QApplication app(argc, argv);
    mizan::Bootstrap::setApplicationIdentity();
    mizan::Bootstrap::applyAppearance();
    // SVG: drawn at each screen's scale (Qt 6 scales for high DPI by itself; no attribute needed).
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mizan.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Mizan: model governance for lead scoring"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("main",
                                                              "Interface language (en, ar)."),
                                      QStringLiteral("CODE"));
    parser.addOption(language);
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QApplication::translate("main",
                                                               "The workspace folder to open."),
                                       QStringLiteral("DIR"));
    parser.addOption(workspace);
    const QCommandLineOption
        demo(QStringLiteral("demo"),
             QApplication::translate("main",
                                     "Open the demo that 'mizan-cli demo --out DIR' "
                                     "wrote: its workspace (DIR/workspace), or its "
                                     "files when it has none."),
             QStringLiteral("DIR"));
    parser.addOption(demo);
    parser.process(app);
    mizan::Bootstrap::installTranslators(parser.value(language));

    QString dir = parser.value(workspace);
    const QString demoDir = parser.value(demo);
    const QString demoWorkspace = QDir(demoDir).filePath(QStringLiteral("workspace"));
    const bool demoHasWorkspace = parser.isSet(demo)
                                  && mizan::Workspace::looksLikeWorkspace(demoWorkspace);
    if (demoHasWorkspace)
        dir = demoWorkspace;
    mizan::MainWindow window;
    if (parser.isSet(demo) && !demoHasWorkspace && dir.isEmpty()) {
        // A demo without a workspace (mizan-cli demo --no-workspace): the files, as a tool.
        window.show();
        window.openDemo(demoDir);
        return app.exec();
    }
    if (dir.isEmpty())
        dir = QSettings().value(QStringLiteral("workspace/last")).toString();
    int exitCode = 0;
    std::shared_ptr<mizan::Workspace> ws = signIn(dir, exitCode);
    if (!ws)
        return exitCode;
    window.setWorkspace(std::move(ws)); // the window alone holds it: a restore must close it
    window.show();
    if (demoHasWorkspace)
        window.openDemoWorkspace();
    return app.exec();
}
