#include "common/RecentWorkspaces.h"

#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QSettings>

namespace mizan {

namespace {

const QString kKey = QStringLiteral("workspace/recent");

QString normalised(const QString &folder)
{
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

} // namespace

QStringList RecentWorkspaces::list()
{
    QStringList folders = QSettings().value(kKey).toStringList();
    folders.removeAll(QString());
    if (folders.size() > kMaximum)
        folders.resize(kMaximum);
    return folders;
}

void RecentWorkspaces::add(const QString &folder)
{
    if (folder.isEmpty())
        return;
    const QString path = normalised(folder);
    QStringList folders = list();
    folders.removeAll(path);
    folders.prepend(path);
    if (folders.size() > kMaximum)
        folders.resize(kMaximum);
    QSettings().setValue(kKey, folders);
}

void RecentWorkspaces::clear()
{
    QSettings().remove(kKey);
}

RecentWorkspacesMenu::RecentWorkspacesMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentWorkspacesMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentWorkspacesMenu::rebuild);
    rebuild();
}

RecentWorkspacesMenu::~RecentWorkspacesMenu() = default;

void RecentWorkspacesMenu::rebuild()
{
    clear();
    const QStringList folders = RecentWorkspaces::list();
    const QFontMetrics metrics(font());
    const int width = metrics.averageCharWidth() * 60;
    int number = 0;
    for (const QString &folder : folders) {
        ++number;
        const QString shown = metrics.elidedText(QDir::toNativeSeparators(folder),
                                                 Qt::ElideMiddle,
                                                 width);
        const bool there = Workspace::looksLikeWorkspace(folder);
        // "&1 /srv/mizan": the number (an ASCII digit, as typed) is the item's mnemonic.
        QString text = QStringLiteral("&%1 %2").arg(QChar(u'0' + number), shown);
        if (!there)
            text = tr("%1 (not found)").arg(text);
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("actionRecent_%1").arg(number));
        action->setData(folder);
        action->setEnabled(there);
        action->setToolTip(QDir::toNativeSeparators(folder));
        action->setStatusTip(QDir::toNativeSeparators(folder));
        connect(action, &QAction::triggered, this, [this, folder] {
            Q_EMIT workspaceChosen(folder);
        });
    }
    if (folders.isEmpty()) {
        QAction *none = addAction(tr("No recent workspaces"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction *clearList = addAction(tr("&Clear list"));
    clearList->setObjectName(QStringLiteral("actionClearRecent"));
    clearList->setEnabled(!folders.isEmpty());
    // The menu is filled again when it next opens (not here: this action is its own sender).
    connect(clearList, &QAction::triggered, this, [] { RecentWorkspaces::clear(); });
}

} // namespace mizan
