#pragma once

#include "workspace/WorkspaceTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace mizan {

/** @brief The workspace's accounts for the Users tab: one row per user. */
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, RoleColumn, State, Pii, LastLogin, CreatedBy, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setUsers(std::vector<UserInfo> users);
    const UserInfo *user(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(const UserInfo &user);

private:
    std::vector<UserInfo> m_users;
};

} // namespace mizan
