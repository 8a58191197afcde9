#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace mizan {

/**
 * @brief A read-only table of texts with a header, for the Privacy tab's lists (subjects found,
 * legal holds, the erasure register): what the core returns, already worded, one row each.
 * Each row may carry an id (Qt::UserRole of every cell).
 */
class TextTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TextTableModel(QStringList headers, QObject *parent = nullptr);

    struct Row
    {
        QStringList cells;
        QVariant id;
    };
    void setRows(std::vector<Row> rows);
    const Row *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace mizan
