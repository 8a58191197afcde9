#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace mizan {

/**
 * @brief Light and dark palettes (Settings > Appearance). Qt 6.4 has no
 * QStyleHints::colorScheme, so "follow the system" keeps the platform theme's palette (GNOME and
 * KDE give one), and Light and Dark set a palette of Mizan's own. The style is always Fusion,
 * which draws every palette faithfully. The choice is kept in QSettings ("appearance"). UI
 * thread only, once a QApplication exists.
 */
namespace Appearance {

enum class Mode { System, Light, Dark };

/** @brief "system", "light", "dark": the settings value and the menu actions' names. */
QString id(Mode mode);
std::optional<Mode> fromId(const QString &id);

/** @brief The saved choice; System when none (or an unknown one) is saved. */
Mode saved();
/**
 * @brief Fusion and the palette of `mode`, on the whole application, at once. The style is a
 * proxy of Fusion that keeps push buttons' text inside them in right-to-left languages, where
 * Qt 6.4 gets two things wrong: the text of a button with an icon (dialog buttons on X11) was
 * drawn at the button's left edge, under its frame (Cancel, «ألغِ», cut off), and an underlined
 * Arabic mnemonic letter loses its joining and is drawn wider than measured.
 */
void apply(Mode mode);
/** @brief apply() and save the choice. */
void choose(Mode mode);

/** @brief Fusion's own light palette. */
QPalette lightPalette();
/** @brief A dark palette with text at 4.5:1 contrast or more (WCAG AA) on its backgrounds. */
QPalette darkPalette();

} // namespace Appearance
} // namespace mizan
