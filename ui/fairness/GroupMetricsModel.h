#pragma once

#include "fairness/FairnessReport.h"

#include <QAbstractTableModel>

#include <optional>

namespace mizan {

/**
 * @brief The per-group table of one attribute: count (with the actual positives) and the nine
 * metrics of each group, then the overall row. With bootstrap intervals a metric cell shows its
 * interval on a second line. A group the SmallGroupRule flags carries a warning icon and a tooltip on its
 * name, and its numbers are grey and italic: they are not confident. UI thread.
 */
class GroupMetricsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupMetricsModel)

public:
    enum Column {
        GroupColumn,
        CountColumn, ///< "count (positives)"; ValueRole: the count
        BaseRateColumn,
        SelectionRateColumn,
        TprColumn,
        FprColumn,
        FnrColumn,
        TnrColumn,
        PrecisionColumn,
        AccuracyColumn,
        RocAucColumn,
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< double: the metric (NaN when undefined), or the count
        PositivesRole,                ///< double: the group's actual positives
        LowerRole,                    ///< double: the interval's lower bound (NaN: none)
        UpperRole,
        SmallRole,      ///< bool: the group is flagged small
        OverallRole,    ///< bool: the overall row
        PrivilegedRole, ///< bool: AIF360's reference group
        GroupNameRole,  ///< QString: the group's name as in the report
    };

    explicit GroupMetricsModel(QObject *parent = nullptr);
    ~GroupMetricsModel() override;

    /** @brief Shows `report` (copied), or nothing. */
    void setAttribute(const AttributeReport *report, const SmallGroupRule &rule);
    void clear();
    /** @brief The metric a column shows; none for the group and count columns. */
    static std::optional<GroupMetric> metricOf(int column);
    static int columnOf(GroupMetric metric);
    bool hasIntervals() const { return m_report && m_report->intervals.has_value(); }
    /** @brief The row of the group named `name` (the report's name), -1 when absent. */
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const GroupMetrics &groupAt(int row) const;
    const MetricIntervals *intervalsAt(int row) const;
    QString tooltip(int row, int column) const;

    std::optional<AttributeReport> m_report;
    SmallGroupRule m_rule;
};

} // namespace mizan
