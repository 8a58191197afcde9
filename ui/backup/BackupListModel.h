#pragma once

#include "backup/BackupTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace mizan {

/**
 * @brief The Backup tab's list: one row per backup folder as Workspace::backups() returns it
 * (newest first), with its time, kind, size, last verification and manifest signature, worded
 * for people. Qt::UserRole of every cell is the backup's folder path. Colours are decided here
 * (a failed verification or an invalid signature in red, a passed one in green). UI thread.
 */
class BackupListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupListModel)

public:
    enum Column { Name, Created, Kind, Size, Verification, Signature, ColumnCount };
    /** @brief What a verification found, for filters and tests (Qt::UserRole + 1 of Verification). */
    enum class State { NeverVerified, Verified, Failed };
    static constexpr int kStateRole = Qt::UserRole + 1;

    explicit BackupListModel(QObject *parent = nullptr);

    /** @brief Replaces the list (a model reset), e.g. when a job has finished. */
    void setBackups(std::vector<BackupInfo> backups);
    const std::vector<BackupInfo> &backups() const { return m_backups; }
    /** @brief The backup shown in `row`, or null. */
    const BackupInfo *backupAt(int row) const;
    /** @brief The row of the backup in folder `path` (-1: not listed). */
    int rowOf(const QString &path) const;
    static State stateOf(const BackupInfo &backup);
    /** @brief "manual", "scheduled", "drill" in the user's language. */
    static QString kindText(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString verificationText(const BackupInfo &backup) const;

    std::vector<BackupInfo> m_backups;
};

} // namespace mizan
