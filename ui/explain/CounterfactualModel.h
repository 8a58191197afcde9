#pragma once

#include "explain/Explainer.h"

#include <QAbstractTableModel>

#include <memory>

namespace mizan {

/**
 * @brief The suggested changes that move a lead across the threshold, cheapest first: what
 * changes ("website_visits: 5 → 17"), the probability after them and the cost of the change.
 */
class CounterfactualModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterfactualModel)

public:
    enum Column { ChangesColumn, ProbabilityColumn, CostColumn, ColumnCount };
    enum Role { ProbabilityRole = Qt::UserRole + 1, CostRole };

    explicit CounterfactualModel(QObject *parent = nullptr);
    ~CounterfactualModel() override;

    void setCounterfactuals(std::shared_ptr<const Explainer> explainer,
                            std::vector<Counterfactual> counterfactuals);
    void clear();
    const std::vector<Counterfactual> &counterfactuals() const { return m_items; }
    const Counterfactual &counterfactualAt(int row) const { return m_items.at(size_t(row)); }
    /** @brief "feature: from → to; …" for one suggestion. */
    QString changesText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Explainer> m_explainer;
    std::vector<Counterfactual> m_items;
};

} // namespace mizan
