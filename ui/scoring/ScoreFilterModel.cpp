#include "scoring/ScoreFilterModel.h"

#include <cmath>

namespace mizan {

ScoreFilterModel::ScoreFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ScoreTableModel::SortRole);
    setDynamicSortFilter(false);
}

void ScoreFilterModel::setTable(ScoreTableModel *table)
{
    m_table = table;
    setSourceModel(table);
    // A new result set has new dictionaries: rebuild the search matcher then.
    connect(table, &QAbstractItemModel::modelReset, this, [this] {
        m_matcher = m_table->matcher(m_search);
    });
    m_matcher = m_table->matcher(m_search);
}

void ScoreFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    if (m_table)
        m_matcher = m_table->matcher(m_search);
    invalidate(); // rebuilds the mapping at once: removing scattered rows one range at a time is quadratic
}

void ScoreFilterModel::setBands(const std::set<int> &bands)
{
    if (bands == m_bands)
        return;
    m_bands = bands;
    invalidate(); // rebuilds the mapping at once: removing scattered rows one range at a time is quadratic
}

void ScoreFilterModel::setProbabilityRange(double minimum, double maximum)
{
    if (minimum == m_minimum && maximum == m_maximum)
        return;
    m_minimum = minimum;
    m_maximum = maximum;
    invalidate(); // rebuilds the mapping at once: removing scattered rows one range at a time is quadratic
}

bool ScoreFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    // Direct access to the snapshot, no QVariant per row: a million leads filter quickly.
    const double p = m_table->numericKey(sourceRow, ScoreTableModel::ProbabilityColumn);
    if (p < m_minimum || p > m_maximum)
        return false;
    if (!m_bands.empty()
        && !m_bands.contains(m_table->scores()->bands[static_cast<size_t>(sourceRow)]))
        return false;
    return m_table->matches(sourceRow, m_matcher);
}

bool ScoreFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const double a = m_table->numericKey(left.row(), left.column());
    const double b = m_table->numericKey(right.row(), right.column());
    if (!std::isnan(a) && !std::isnan(b))
        return a < b;
    return QSortFilterProxyModel::lessThan(left, right); // text: through SortRole
}

} // namespace mizan
