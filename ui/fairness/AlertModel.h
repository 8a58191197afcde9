#pragma once

#include "fairness/BiasPolicy.h"

#include <QAbstractTableModel>

#include <vector>

namespace mizan {

/**
 * @brief The bias policy's verdicts on a report, one row per rule and attribute (BiasAlert), the
 * verdict first and coloured, with core's explanation in the last column. UI thread.
 */
class AlertModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertModel)

public:
    enum Column {
        VerdictColumn,
        AttributeColumn,
        MetricColumn,
        RuleColumn,
        ValueColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< int AlertStatus
        ValueRole,                     ///< double (NaN: undefined)
    };

    explicit AlertModel(QObject *parent = nullptr);
    ~AlertModel() override;

    void setAlerts(std::vector<BiasAlert> alerts);
    const std::vector<BiasAlert> &alerts() const { return m_alerts; }
    const BiasAlert &alertAt(int row) const { return m_alerts[size_t(row)]; }
    /** @brief How many alerts have `status`. */
    int count(AlertStatus status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<BiasAlert> m_alerts;
};

} // namespace mizan
