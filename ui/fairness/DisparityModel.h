#pragma once

#include "fairness/BiasPolicy.h"
#include "fairness/FairnessReport.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

namespace mizan {

/**
 * @brief The disparities of one attribute, a row per name a bias policy can use
 * (disparityNames(): fairlearn's between groups and to overall, then AIF360's signed forms,
 * labelled with the privileged group they compare against), with the bootstrap interval under
 * the value when drawn, the policy's rules on that metric and their verdict (the worst of them: fail, undefined, pass).
 * UI thread.
 */
class DisparityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisparityModel)

public:
    enum Column { MetricColumn, ValueColumn, RuleColumn, VerdictColumn, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< double (NaN: undefined)
        LowerRole,                    ///< double: the interval's bounds (NaN: none)
        UpperRole,
        NameRole,   ///< QString: the policy name ("demographic_parity_ratio")
        StatusRole, ///< int AlertStatus, or -1 when no rule applies
        Aif360Role, ///< bool
    };

    explicit DisparityModel(QObject *parent = nullptr);
    ~DisparityModel() override;

    /** @brief Shows `report` (copied) with the verdicts among `alerts` that concern it. */
    void setAttribute(const AttributeReport *report, const std::vector<BiasAlert> &alerts);
    void clear();
    /** @brief The row of policy name `name`, -1 when unknown. */
    int rowOf(const QString &name) const { return int(m_names.indexOf(name)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    double valueAt(int row) const;
    const Interval *intervalAt(int row) const;
    std::optional<AlertStatus> statusAt(int row) const;
    QString privileged() const;

    QStringList m_names;
    std::optional<AttributeReport> m_report;
    std::vector<std::vector<BiasAlert>> m_alerts; ///< per row
};

} // namespace mizan
