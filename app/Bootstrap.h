#pragma once

#include <QString>

class QCoreApplication;

namespace mizan {

/**
 * @brief Process-wide setup shared by `mizan` and its tests: application identity, translators
 * (Qt's own and Mizan's, falling back to English) and, in release builds, no core dumps (they
 * could hold key material).
 */
namespace Bootstrap {

void setApplicationIdentity();
/**
 * @brief Installs the translators for `language` ("en", "ar"; empty: the saved setting, else the
 * system's). Layout direction follows the translation (Arabic is right-to-left); numbers and
 * dates follow QLocale, for Arabic with the UAE's conventions (Western digits). Returns the
 * language in use.
 */
QString installTranslators(const QString &language = {});
/**
 * @brief The saved appearance (Settings > Appearance: follow the system, light or dark) with
 * the Fusion style, before the first window. Needs a QApplication and the identity (QSettings).
 */
void applyAppearance();
void disableCoreDumps();

} // namespace Bootstrap
} // namespace mizan
