#pragma once

#include <QMenu>
#include <QString>
#include <QStringList>

namespace mizan {

/**
 * @brief The workspace folders signed into, most recent first, kept in QSettings
 * ("workspace/recent", at most kMaximum). Paths are stored absolute and clean; a folder that is
 * gone stays listed (a removable disk may come back) until the list is cleared. UI thread only
 * (QSettings of the application).
 */
namespace RecentWorkspaces {

inline constexpr int kMaximum = 8;

QStringList list();
/** @brief `folder` first; an earlier entry of the same folder moves up; the list is capped. */
void add(const QString &folder);
void clear();

} // namespace RecentWorkspaces

/**
 * @brief File > Open Recent: the folders of RecentWorkspaces, numbered, most recent first. A
 * folder that no longer holds a workspace is shown disabled; "Clear list" empties it. The menu is
 * filled each time it opens (rebuild()).
 */
class RecentWorkspacesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentWorkspacesMenu)

public:
    explicit RecentWorkspacesMenu(QWidget *parent = nullptr);
    ~RecentWorkspacesMenu() override;

    /** @brief Fills the menu from the settings (done whenever it is about to show). */
    void rebuild();

Q_SIGNALS:
    /** @brief The user chose a folder that holds a workspace. */
    void workspaceChosen(const QString &folder);
};

} // namespace mizan
