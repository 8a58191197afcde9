#pragma once

#include "scoring/ScoreTableModel.h"

#include <QSortFilterProxyModel>

#include <set>

namespace mizan {

/**
 * @brief Filters scored leads by search text (lead id or any categorical value, case
 * insensitive), by band and by a probability range, and sorts numerically through
 * ScoreTableModel::SortRole.
 */
class ScoreFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreFilterModel)

public:
    explicit ScoreFilterModel(QObject *parent = nullptr);

    /** @brief The scores to filter; use this instead of setSourceModel. */
    void setTable(ScoreTableModel *table);

    void setSearchText(const QString &text);
    /** @brief Only these bands; empty: every band. */
    void setBands(const std::set<int> &bands);
    void setProbabilityRange(double minimum, double maximum);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ScoreTableModel *m_table = nullptr;
    ScoreTableModel::SearchMatcher m_matcher;
    QString m_search;
    std::set<int> m_bands;
    double m_minimum = 0.0;
    double m_maximum = 1.0;
};

} // namespace mizan
