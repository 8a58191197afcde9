#include "scoring/ScoreFilterModel.h"

namespace mizan {

ScoreFilterModel::ScoreFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void ScoreFilterModel::setTable(ScoreTableModel *table)
{
    beginResetModel();
    if (m_table)
        disconnect(m_table, nullptr, this, nullptr);
    m_table = table;
    setSourceModel(table);
    // ScoreTableModel changes only by resets (a new result set, new dictionaries).
    connect(table, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(table, &QAbstractItemModel::modelReset, this, &ScoreFilterModel::onSourceReset);
    m_matcher = m_table->matcher(m_search);
    m_order = {};
    rebuild(true);
    endResetModel();
}

void ScoreFilterModel::setNextOrder(ScoreOrder order)
{
    m_nextOrder = std::move(order);
}

void ScoreFilterModel::onSourceReset()
{
    m_matcher = m_table->matcher(m_search);
    m_order = {};
    if (m_nextOrder.isFor(m_sortColumn, m_sortOrder))
        m_order = std::move(m_nextOrder);
    m_nextOrder = {};
    rebuild(false);
    endResetModel();
}

void ScoreFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    if (m_table)
        m_matcher = m_table->matcher(m_search);
    relayout(false);
}

void ScoreFilterModel::setBands(const std::set<int> &bands)
{
    if (bands == m_bands)
        return;
    m_bands = bands;
    relayout(false);
}

void ScoreFilterModel::setProbabilityRange(double minimum, double maximum)
{
    if (minimum == m_minimum && maximum == m_maximum)
        return;
    m_minimum = minimum;
    m_maximum = maximum;
    relayout(false);
}

void ScoreFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && m_order.isFor(column, order))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout(true);
}

bool ScoreFilterModel::accepts(int sourceRow) const
{
    const Scores &s = *m_table->scores();
    const auto r = static_cast<size_t>(sourceRow);
    const double p = s.probabilities[r];
    if (p < m_minimum || p > m_maximum)
        return false;
    if (!m_bands.empty() && !m_bands.contains(s.bands[r]))
        return false;
    return m_table->matches(sourceRow, m_matcher);
}

void ScoreFilterModel::rebuild(bool sorted)
{
    m_rows.clear();
    m_shownAt.clear();
    const std::shared_ptr<const Scores> scores = m_table ? m_table->scores() : nullptr;
    const std::shared_ptr<const Dataset> data = m_table ? m_table->dataset() : nullptr;
    if (!scores || !data) {
        m_order = {};
        return;
    }
    const auto n = static_cast<size_t>(scores->size());
    if (sorted || !m_order.isFor(m_sortColumn, m_sortOrder) || m_order.rows->size() != n)
        m_order = ScoreOrder::compute(*data, *scores, m_sortColumn, m_sortOrder);
    m_shownAt.assign(n, -1);
    m_rows.reserve(n);
    for (const int row : *m_order.rows) {
        if (!accepts(row))
            continue;
        m_shownAt[static_cast<size_t>(row)] = static_cast<int>(m_rows.size());
        m_rows.push_back(row);
    }
}

void ScoreFilterModel::relayout(bool sorted)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(m_rows[static_cast<size_t>(index.row())]);
    rebuild(sorted);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int shown = m_shownAt.empty() ? -1
                                            : m_shownAt[static_cast<size_t>(sourceRows[size_t(i)])];
        after.append(shown < 0 ? QModelIndex() : createIndex(shown, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex ScoreFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ScoreFilterModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

QModelIndex ScoreFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    Q_UNUSED(idx)
    return index(row, column);
}

int ScoreFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScoreFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

bool ScoreFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant ScoreFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table)
        return {};
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount())
        return m_table->headerData(m_rows[static_cast<size_t>(section)], orientation, role);
    return m_table->headerData(section, orientation, role);
}

QModelIndex ScoreFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_table || !proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= rowCount())
        return {};
    return m_table->index(m_rows[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ScoreFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_table
        || static_cast<size_t>(sourceIndex.row()) >= m_shownAt.size())
        return {};
    const int shown = m_shownAt[static_cast<size_t>(sourceIndex.row())];
    return shown < 0 ? QModelIndex() : createIndex(shown, sourceIndex.column());
}

} // namespace mizan
