#include "governance/ApprovalQueueModel.h"

#include "governance/ApprovalStyle.h"

#include <QDateTime>
#include <QLocale>

namespace mizan {

ApprovalQueueModel::ApprovalQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ApprovalQueueModel::~ApprovalQueueModel() = default;

void ApprovalQueueModel::setVersions(std::vector<ModelVersion> versions)
{
    beginResetModel();
    m_all = std::move(versions);
    rebuild();
    endResetModel();
}

void ApprovalQueueModel::setPendingOnly(bool pendingOnly)
{
    if (pendingOnly == m_pendingOnly)
        return;
    beginResetModel();
    m_pendingOnly = pendingOnly;
    rebuild();
    endResetModel();
}

void ApprovalQueueModel::rebuild()
{
    m_shown.clear();
    for (size_t i = 0; i < m_all.size(); ++i) {
        if (!m_pendingOnly || m_all[i].record.state == ModelState::Submitted)
            m_shown.push_back(i);
    }
}

const ModelVersion *ApprovalQueueModel::versionAt(int row) const
{
    if (row < 0 || size_t(row) >= m_shown.size())
        return nullptr;
    return &m_all[m_shown[size_t(row)]];
}

const ModelVersion *ApprovalQueueModel::versionById(qint64 id) const
{
    for (const ModelVersion &v : m_all) {
        if (v.info.id == id)
            return &v;
    }
    return nullptr;
}

int ApprovalQueueModel::rowOf(qint64 id) const
{
    for (size_t row = 0; row < m_shown.size(); ++row) {
        if (m_all[m_shown[row]].info.id == id)
            return int(row);
    }
    return -1;
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApprovalQueueModel::versionLabel(const ModelInfo &info)
{
    return tr("%1 (#%2)").arg(info.name).arg(info.id);
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    const ModelVersion *v = index.isValid() ? versionAt(index.row()) : nullptr;
    if (!v || index.column() >= ColumnCount)
        return {};
    const ModelRecord &r = v->record;
    if (role == IdRole)
        return v->info.id;
    if (role == RiskRole)
        return v->riskLevel;
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case VersionColumn:
            return versionLabel(v->info);
        case StateColumn:
            return modelStateDisplayName(r.state);
        case RiskColumn:
            return approvalstyle::riskBadgeText(v->riskLevel, v->riskScore);
        case ApprovalsColumn:
            if (r.state == ModelState::Submitted)
                return tr("%1 of %2").arg(r.pending.size()).arg(r.approvalsNeeded());
            return r.approvals.empty() ? QString() : QString::number(r.approvals.size());
        case RevalidateColumn:
            if (r.revalidateByMs <= 0)
                return QString();
            return v->revalidationDue
                       ? tr("%1 (passed)").arg(approvalstyle::dateText(r.revalidateByMs))
                       : approvalstyle::dateText(r.revalidateByMs);
        case AuthorColumn:
            return r.authors.join(QStringLiteral(", "));
        case RegisteredColumn:
            return approvalstyle::dateTimeText(r.registeredMs ? r.registeredMs : v->info.importedMs);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::BackgroundRole && column == RiskColumn && !v->riskLevel.isEmpty())
        return approvalstyle::riskBackground(v->riskLevel);
    if (role == Qt::ForegroundRole) {
        if (column == RiskColumn && !v->riskLevel.isEmpty())
            return approvalstyle::riskForeground(v->riskLevel);
        if (column == RevalidateColumn && v->revalidationDue)
            return approvalstyle::alertColour();
    }
    if (role == Qt::ToolTipRole) {
        if (column == RevalidateColumn && v->revalidationDue)
            return tr("The approval has expired: the version must be approved again before it "
                      "may be deployed.");
        if (column == RiskColumn && v->riskLevel.isEmpty())
            return tr("Not assessed yet.");
        if (column == RiskColumn)
            return tr("Assessed %1").arg(approvalstyle::dateTimeText(v->assessedMs));
        if (column == VersionColumn)
            return tr("Model SHA-256 %1").arg(QString::fromLatin1(v->info.modelSha256));
    }
    if (role == Qt::AccessibleTextRole && column == RiskColumn)
        return approvalstyle::riskBadgeText(v->riskLevel, v->riskScore);
    return {};
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case VersionColumn:
        return tr("Version");
    case StateColumn:
        return tr("State");
    case RiskColumn:
        return tr("Risk");
    case ApprovalsColumn:
        return tr("Approvals");
    case RevalidateColumn:
        return tr("Revalidate by");
    case AuthorColumn:
        return tr("Authors");
    case RegisteredColumn:
        return tr("Registered");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace mizan
