#include "explain/CounterfactualModel.h"

#include <QLocale>

namespace mizan {

CounterfactualModel::CounterfactualModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CounterfactualModel::~CounterfactualModel() = default;

void CounterfactualModel::setCounterfactuals(std::shared_ptr<const Explainer> explainer,
                                             std::vector<Counterfactual> counterfactuals)
{
    beginResetModel();
    m_explainer = std::move(explainer);
    m_items = std::move(counterfactuals);
    endResetModel();
}

void CounterfactualModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

QString CounterfactualModel::changesText(int row) const
{
    const FeatureSpace &space = m_explainer->space();
    QStringList parts;
    for (const FeatureChange &c : m_items.at(size_t(row)).changes) {
        const QString from = space.displayValue(c.feature, c.from);
        parts.append(tr("%1: %2 → %3")
                         .arg(space.features()[size_t(c.feature)].column,
                              from.isEmpty() ? tr("missing") : from,
                              space.displayValue(c.feature, c.to)));
    }
    return parts.join(QStringLiteral("; "));
}

int CounterfactualModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CounterfactualModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounterfactualModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Counterfactual &c = m_items[size_t(index.row())];
    if (role == ProbabilityRole)
        return c.probability;
    if (role == CostRole)
        return c.cost;
    if (role == Qt::TextAlignmentRole && index.column() != ChangesColumn)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ChangesColumn)
        return tr("%1\nDouble-click to try these values in the what-if panel.")
            .arg(changesText(index.row()));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ChangesColumn:
        return changesText(index.row());
    case ProbabilityColumn:
        return QString(QLocale().toString(c.probability * 100.0, 'f', 1) + QLocale().percent());
    case CostColumn:
        return QLocale().toString(c.cost, 'f', 2);
    default:
        return {};
    }
}

QVariant CounterfactualModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangesColumn:
        return tr("Changes");
    case ProbabilityColumn:
        return tr("Probability after");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}

} // namespace mizan
