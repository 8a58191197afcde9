#pragma once

#include "fairness/FairnessReport.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace mizan {

/**
 * @brief fairlearn's ThresholdOptimizer results for one attribute: per constraint (demographic
 * parity, equalized odds) each group's decision rule and its expected rates. Reported, never
 * applied: nothing here changes how leads are scored. A run that failed (a group with one
 * class) is one row with core's reason. UI thread.
 */
class OptimizerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptimizerModel)

public:
    enum Column {
        ConstraintColumn,
        GroupColumn,
        RuleColumn,
        SelectionRateColumn,
        TprColumn,
        FprColumn,
        AccuracyColumn,
        ColumnCount
    };

    explicit OptimizerModel(QObject *parent = nullptr);
    ~OptimizerModel() override;

    void setOutcomes(std::vector<OptimizerOutcome> outcomes);
    void clear() { setOutcomes({}); }
    const std::vector<OptimizerOutcome> &outcomes() const { return m_outcomes; }
    /** @brief One sentence per run: the common rate reached, accuracy and violation against
     * the single threshold. */
    QStringList summaries() const;
    /** @brief A group's randomised rule in words ("p > 0.43 with probability 62%, else ..."). */
    static QString ruleText(const GroupThresholdRule &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        size_t outcome = 0;
        int group = -1; ///< -1: the run failed
    };
    std::vector<OptimizerOutcome> m_outcomes;
    std::vector<Row> m_rows;
};

} // namespace mizan
