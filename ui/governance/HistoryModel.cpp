#include "governance/HistoryModel.h"

#include "governance/ApprovalStyle.h"
#include "governance/RiskAssessment.h"

#include <QJsonArray>

namespace mizan {

ModelHistoryModel::ModelHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ModelHistoryModel::~ModelHistoryModel() = default;

void ModelHistoryModel::setEvents(std::vector<ModelEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int ModelHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ModelHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelHistoryModel::actionText(ModelAction action)
{
    switch (action) {
    case ModelAction::Register:
        return tr("Registered");
    case ModelAction::Submit:
        return tr("Submitted");
    case ModelAction::Approve:
        return tr("Approved");
    case ModelAction::Reject:
        return tr("Rejected");
    case ModelAction::Deploy:
        return tr("Deployed");
    case ModelAction::Rollback:
        return tr("Rolled back to");
    case ModelAction::Retire:
        return tr("Retired");
    }
    return {};
}

QString ModelHistoryModel::detailsText(const ModelEvent &event)
{
    QStringList parts;
    const QJsonObject &d = event.details;
    if (const QString level = d.value(QStringLiteral("risk_level")).toString(); !level.isEmpty())
        parts << tr("risk %1").arg(riskLevelDisplayName(level));
    if (const qint64 by = d.value(QStringLiteral("revalidate_by_ms")).toInteger(); by > 0)
        parts << tr("revalidate by %1").arg(approvalstyle::dateText(by));
    QStringList gates;
    for (const QJsonValue &g : d.value(QStringLiteral("overridden_gates")).toArray())
        gates << g.toString();
    if (!gates.isEmpty())
        parts << tr("gates overridden: %1 (%2)")
                     .arg(gates.join(QStringLiteral(", ")),
                          d.value(QStringLiteral("override_reason")).toString());
    if (const QString origin = d.value(QStringLiteral("origin")).toString(); !origin.isEmpty())
        parts << tr("origin %1").arg(origin);
    return parts.join(QStringLiteral("; "));
}

QVariant ModelHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_events.size() || index.column() >= ColumnCount)
        return {};
    const ModelEvent &e = m_events[size_t(index.row())];
    if (role == Qt::ToolTipRole && index.column() == SignatureColumn)
        return tr("Ed25519 signature by %1, verified when the registry loaded:\n%2")
            .arg(e.actor, QString::fromLatin1(e.signature.toHex()));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NumberColumn:
        return e.number;
    case TimeColumn:
        return approvalstyle::dateTimeText(e.timeMs);
    case VersionColumn:
        return tr("#%1").arg(e.modelId);
    case ActionColumn:
        return actionText(e.action);
    case ActorColumn:
        return tr("%1 (%2)").arg(e.actor,
                                 roleFromId(e.role) ? roleDisplayName(*roleFromId(e.role)) : e.role);
    case CommentColumn:
        return e.comment;
    case DetailsColumn:
        return detailsText(e);
    case SignatureColumn:
        return QString::fromLatin1(e.signature.toHex().left(16));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ModelHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case VersionColumn:
        return tr("Version");
    case ActionColumn:
        return tr("Decision");
    case ActorColumn:
        return tr("By");
    case CommentColumn:
        return tr("Comment");
    case DetailsColumn:
        return tr("Details");
    case SignatureColumn:
        return tr("Signature");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace mizan
