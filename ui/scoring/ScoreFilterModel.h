#pragma once

#include "scoring/ScoreOrder.h"
#include "scoring/ScoreTableModel.h"

#include <QAbstractProxyModel>

#include <set>

namespace mizan {

/**
 * @brief Filters scored leads by search text (lead id or any categorical value, case
 * insensitive), by band and by a probability range, and sorts them by any column.
 *
 * A flat proxy over ScoreTableModel holding its own row order (a ScoreOrder), not a
 * QSortFilterProxyModel: that one sorted 100,000 leads through QModelIndex comparisons twice per
 * scoring run on the UI thread. The scoring job hands over the order it already computed
 * (setNextOrder); a click on a column header sorts here with direct keys; filtering is one pass
 * over that order.
 */
class ScoreFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreFilterModel)

public:
    explicit ScoreFilterModel(QObject *parent = nullptr);

    /** @brief The scores to filter; use this instead of setSourceModel. */
    void setTable(ScoreTableModel *table);

    /**
     * @brief An order computed off the UI thread for the scores the table gets next; used when
     * the table resets, if it is for the current sort column and direction.
     */
    void setNextOrder(ScoreOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSearchText(const QString &text);
    /** @brief Only these bands; empty: every band. */
    void setBands(const std::set<int> &bands);
    void setProbabilityRange(double minimum, double maximum);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    bool accepts(int sourceRow) const;
    /** Rebuilds the shown rows from m_order; with `sorted`, m_order is recomputed first. */
    void rebuild(bool sorted);
    /** rebuild() as a layout change, keeping selection and current row where they still show. */
    void relayout(bool sorted);
    void onSourceReset();

    ScoreTableModel *m_table = nullptr;
    ScoreTableModel::SearchMatcher m_matcher;
    QString m_search;
    std::set<int> m_bands;
    double m_minimum = 0.0;
    double m_maximum = 1.0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    ScoreOrder m_order;         ///< every source row, sorted
    ScoreOrder m_nextOrder;     ///< from the scoring job, for the next reset
    std::vector<int> m_rows;    ///< shown row -> source row
    std::vector<int> m_shownAt; ///< source row -> shown row, or -1
};

} // namespace mizan
