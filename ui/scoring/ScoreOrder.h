#pragma once

#include "data/Dataset.h"
#include "model/Scorer.h"

#include <Qt>

#include <memory>
#include <vector>

namespace mizan {

/**
 * @brief The order of scored leads under one table column, as the Scoring tab shows them.
 *
 * Computed from the data directly (a key per row, then one stable sort), not through item-model
 * comparisons, and safe to compute on a worker thread: the scoring job orders its result before
 * handing it to the UI thread, which then only filters (mizan-ui-bench --stall: sorting 100,000
 * leads through QSortFilterProxyModel held the UI thread about 50 ms).
 */
struct ScoreOrder
{
    int column = -1; ///< a ScoreTableModel column; -1: the scored order
    Qt::SortOrder direction = Qt::AscendingOrder;
    std::shared_ptr<const std::vector<int>> rows; ///< every row once, first shown first

    bool isFor(int sortColumn, Qt::SortOrder sortDirection) const
    {
        return rows && column == sortColumn && direction == sortDirection;
    }

    /**
     * @brief Rows sorted by `column` (numbers by value, missing first; text by its characters;
     * the band by probability), ties in scored order in either direction.
     */
    static ScoreOrder compute(const Dataset &data,
                              const Scores &scores,
                              int column,
                              Qt::SortOrder direction);
};

/** @brief The dataset columns the Scoring tab shows after its score columns: the model's features. */
std::vector<const Column *> shownFeatureColumns(const Dataset &data);

} // namespace mizan
