#pragma once

#include <QList>

#include <functional>

class QAction;
class QWidget;

namespace mizan {

/**
 * @brief Keyboard shortcuts for a tab's main actions, the same keys in every tab: F5 refresh,
 * Ctrl+R the tab's main job, Ctrl+S save or export, Ctrl+P the report (PDF), Ctrl+F find,
 * Ctrl+N new, Esc cancel (the table is in TabShortcuts.cpp).
 *
 * Each is a QAction on the tab page with Qt::WindowShortcut. Qt matches a shortcut only while
 * its widget is visible, and a tab that is not current is hidden: tabs share keys without
 * ambiguity, whatever has the focus. The window's own shortcuts (F1, Ctrl+1…9, Ctrl+L…) use
 * other keys. A key the tab binds itself (Scoring's, Audit's Esc) is left to it. A button's
 * tooltip names its keys. Installing twice does nothing. UI thread only.
 *
 * `refresh` is what F5 does in this tab (none: no F5).
 */
void installTabShortcuts(QWidget *tab, const std::function<void()> &refresh);

/** @brief The actions of `tab` that have a shortcut and a text, in the order they were added. */
QList<QAction *> tabShortcutActions(const QWidget *tab);

} // namespace mizan
