#include "scoring/ScoreFilterModel.h"

#include "scoring/ScoreTableModel.h"

namespace mizan {

ScoreFilterModel::ScoreFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ScoreTableModel::SortRole);
    setDynamicSortFilter(false);
}

void ScoreFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void ScoreFilterModel::setBands(const std::set<int> &bands)
{
    if (bands == m_bands)
        return;
    m_bands = bands;
    invalidateRowsFilter();
}

void ScoreFilterModel::setProbabilityRange(double minimum, double maximum)
{
    if (minimum == m_minimum && maximum == m_maximum)
        return;
    m_minimum = minimum;
    m_maximum = maximum;
    invalidateRowsFilter();
}

bool ScoreFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const double p = index.data(ScoreTableModel::ProbabilityRole).toDouble();
    if (p < m_minimum || p > m_maximum)
        return false;
    if (!m_bands.empty() && !m_bands.contains(index.data(ScoreTableModel::BandRole).toInt()))
        return false;
    if (!m_search.isEmpty()
        && !index.data(ScoreTableModel::SearchTextRole)
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace mizan
