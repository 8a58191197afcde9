#include "users/UsersModel.h"

#include <QDateTime>
#include <QLocale>

namespace mizan {

void UsersModel::setUsers(std::vector<UserInfo> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const UserInfo *UsersModel::user(int row) const
{
    return row >= 0 && row < int(m_users.size()) ? &m_users[size_t(row)] : nullptr;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersModel::stateText(const UserInfo &user)
{
    if (!user.pendingGrant.isEmpty()) {
        const auto role = roleFromId(user.pendingGrant.section(QLatin1Char(':'), 1));
        return tr("%1 waits for a second administrator")
            .arg(role ? roleDisplayName(*role) : user.pendingGrant);
    }
    if (user.lockedOut)
        return tr("Locked after failed sign-ins");
    if (user.disabled)
        return tr("Disabled");
    return tr("Active");
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    const UserInfo *u = index.isValid() ? user(index.row()) : nullptr;
    if (!u)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return u->name;
        case RoleColumn:
            return roleDisplayName(u->role);
        case State:
            return stateText(*u);
        case Pii:
            return u->viewPii ? tr("Yes") : QString();
        case LastLogin:
            return u->lastLoginMs > 0
                       ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(u->lastLoginMs),
                                            QLocale::ShortFormat)
                       : tr("Never");
        case CreatedBy:
            return u->createdBy;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return u->name;
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("User");
    case RoleColumn:
        return tr("Role");
    case State:
        return tr("State");
    case Pii:
        return tr("Personal data");
    case LastLogin:
        return tr("Last sign-in");
    case CreatedBy:
        return tr("Created by");
    default:
        return {};
    }
}

} // namespace mizan
