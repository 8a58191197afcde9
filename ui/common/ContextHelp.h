#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace mizan {

/**
 * @brief Help > Help for this tab (F1) and What's This: what each tab is for, who can use it
 * and its main actions, one translatable text per tab. UI thread only.
 */
namespace ContextHelp {

/** @brief The help of `tab` (rich text); empty for a widget that is not one of Mizan's tabs. */
QString text(const QWidget *tab);
/** @brief One plain sentence: what `tab` is for (its What's This); empty as text() is. */
QString summary(const QWidget *tab);
/** @brief The help of the window itself (no tab shown: signed out, locked, no role tab). */
QString windowText();
/** @brief "Keyboard" and a list of `actions`' texts and shortcuts (rich text); empty without. */
QString keyboardHtml(const QList<QAction *> &actions);

} // namespace ContextHelp
} // namespace mizan
