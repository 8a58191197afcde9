#include "Bootstrap.h"

#include "common/Appearance.h"
#include "common/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mizan::Bootstrap {

namespace {
// Qt reads the layout direction from the translation of this string: Arabic translates it to
// "RTL", so right-to-left comes from the language, not from a hard-coded list of languages.
[[maybe_unused]] const char *const kLayoutDirection = QT_TRANSLATE_NOOP("QGuiApplication",
                                                                        "QT_LAYOUT_DIRECTION");
} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mizan"));
    QCoreApplication::setApplicationName(QStringLiteral("mizan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIZAN_VERSION));
    // The application id of the desktop file and the SVG icon (MIZAN_APP_ID in
    // cmake/MizanPackaging.cmake): Wayland compositors find the window's icon through it.
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.mizan.mizan"));
}

QString installTranslators(const QString &language)
{
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(locale, QStringLiteral("mizan"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app);
        // Arabic writes numbers in Western digits, as the UAE's conventions (ar_AE) do: Qt's
        // plain "ar" (ar_EG) and ar_SA use Arabic-Indic digits for what QLocale formats, while
        // counts put into sentences, chart axes and typed identifiers stay Western, so one
        // screen mixed both.
        QLocale::setDefault(locale.language() == QLocale::Arabic
                                ? QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates)
                                : locale);
        return app->language().left(2);
    }
    delete app;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return QStringLiteral("en");
}

void applyAppearance()
{
    Appearance::apply(Appearance::saved());
}

void disableCoreDumps()
{
    mizan::disableCoreDumps();
}

} // namespace mizan::Bootstrap
