// mizan: the desktop application. Thin: set up the process, show the main window.

#include "Bootstrap.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    mizan::Bootstrap::disableCoreDumps();
    QApplication app(argc, argv);
    mizan::Bootstrap::setApplicationIdentity();
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
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main",
                                                          "Open and score the demo that "
                                                          "'mizan-cli demo --out DIR' wrote."),
                                  QStringLiteral("DIR"));
    parser.addOption(demo);
    parser.process(app);
    mizan::Bootstrap::installTranslators(parser.value(language));

    mizan::MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.openDemo(parser.value(demo));
    return app.exec();
}
