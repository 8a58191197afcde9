#include "backup/BackupListModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QLocale>

namespace mizan {

namespace {

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BackupListModel::setBackups(std::vector<BackupInfo> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

const BackupInfo *BackupListModel::backupAt(int row) const
{
    return row >= 0 && size_t(row) < m_backups.size() ? &m_backups[size_t(row)] : nullptr;
}

int BackupListModel::rowOf(const QString &path) const
{
    for (size_t r = 0; r < m_backups.size(); ++r) {
        if (m_backups[r].path == path)
            return int(r);
    }
    return -1;
}

BackupListModel::State BackupListModel::stateOf(const BackupInfo &backup)
{
    if (backup.verifiedMs == 0)
        return State::NeverVerified;
    return backup.verifiedOk ? State::Verified : State::Failed;
}

QString BackupListModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("manual"))
        return tr("manual");
    if (kind == QLatin1String("scheduled"))
        return tr("scheduled");
    if (kind == QLatin1String("drill"))
        return tr("drill");
    return kind;
}

QString BackupListModel::verificationText(const BackupInfo &backup) const
{
    switch (stateOf(backup)) {
    case State::Verified:
        return tr("\u2714 Verified %1").arg(timeText(backup.verifiedMs));
    case State::Failed:
        return tr("\u2716 Failed %1: %2").arg(timeText(backup.verifiedMs), backup.verifyProblem);
    case State::NeverVerified:
        break;
    }
    return tr("Never verified");
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    const BackupInfo *backup = index.isValid() && !index.parent().isValid() ? backupAt(index.row())
                                                                            : nullptr;
    if (!backup)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return backup->name;
        case Created:
            return timeText(backup->createdMs);
        case Kind:
            return kindText(backup->kind);
        case Size:
            return QLocale().formattedDataSize(backup->bytes);
        case Verification:
            return verificationText(*backup);
        case Signature:
            return backup->manifestValid ? tr("Valid") : tr("Invalid");
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return tr("%1\nMade by %2 with Mizan %3; schema %4, key generation %5, %6 audit "
                      "entries.")
                .arg(QDir::toNativeSeparators(backup->path), backup->createdBy, backup->appVersion)
                .arg(backup->schemaVersion)
                .arg(backup->keyGeneration)
                .arg(QLocale().toString(backup->auditEntries));
        case Verification:
            return verificationText(*backup);
        case Signature:
            return backup->manifestValid
                       ? tr("The manifest's signature verifies with this workspace's key.")
                       : tr("The manifest's signature does not verify with this workspace's key: "
                            "the backup was altered or belongs to another workspace.");
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Verification && stateOf(*backup) == State::Failed)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (column == Verification && stateOf(*backup) == State::Verified)
            return QBrush(QColor(0x0b, 0x5d, 0x23));
        if (column == Signature && !backup->manifestValid)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        break;
    case Qt::TextAlignmentRole:
        if (column == Size)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case Qt::UserRole:
        return backup->path;
    case kStateRole:
        if (column == Verification)
            return int(stateOf(*backup));
        break;
    default:
        break;
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Backup");
    case Created:
        return tr("Made");
    case Kind:
        return tr("Kind");
    case Size:
        return tr("Size");
    case Verification:
        return tr("Verification");
    case Signature:
        return tr("Manifest signature");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace mizan
