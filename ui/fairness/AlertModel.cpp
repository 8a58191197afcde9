#include "fairness/AlertModel.h"

#include "fairness/FairnessStyle.h"

#include <QFont>

#include <algorithm>

namespace mizan {

namespace fs = fairnessstyle;

AlertModel::AlertModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AlertModel::~AlertModel() = default;

void AlertModel::setAlerts(std::vector<BiasAlert> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

int AlertModel::count(AlertStatus status) const
{
    return int(std::count_if(m_alerts.begin(), m_alerts.end(), [status](const BiasAlert &a) {
        return a.status == status;
    }));
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BiasAlert &a = m_alerts[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case VerdictColumn:
            return fs::statusLabel(a.status);
        case AttributeColumn:
            return fs::groupLabel(a.attribute, false);
        case MetricColumn:
            return fs::disparityLabel(a.metric);
        case RuleColumn:
            return fs::ruleText(a.op, a.limit);
        case ValueColumn:
            if (a.interval && a.interval->isDefined())
                return QString(fs::number(a.value) + QLatin1Char(' ')
                               + fs::intervalText(*a.interval));
            return fs::number(a.value);
        case DetailColumn:
            return a.text;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return a.text;
    case Qt::ForegroundRole:
        if (column == VerdictColumn)
            return fs::statusColour(a.status);
        return {};
    case Qt::BackgroundRole:
        if (column == VerdictColumn)
            return fs::statusBackground(a.status);
        return {};
    case Qt::FontRole:
        if (column == VerdictColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == ValueColumn || column == RuleColumn
                   ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignLeading | Qt::AlignVCenter));
    case StatusRole:
        return int(a.status);
    case ValueRole:
        return a.value;
    default:
        return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VerdictColumn:
        return tr("Verdict");
    case AttributeColumn:
        return tr("Attribute");
    case MetricColumn:
        return tr("Metric");
    case RuleColumn:
        return tr("Limit");
    case ValueColumn:
        return tr("Value");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace mizan
