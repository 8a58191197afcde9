#pragma once

#include "data/Dataset.h"
#include "model/RiskBands.h"
#include "model/Scorer.h"

#include <QAbstractTableModel>

#include <memory>

namespace mizan {

/**
 * @brief Scored leads as a table: row index, lead id, probability, band, margin, then the
 * lead's model features. Personal-data columns are never shown. Holds shared, immutable
 * snapshots of the dataset and scores; reset as a whole when a scoring job completes.
 */
class ScoreTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreTableModel)

public:
    enum ColumnIndex {
        RowColumn,
        IdColumn,
        ProbabilityColumn,
        BandColumn,
        MarginColumn,
        FirstFeatureColumn
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a number for numeric columns, text otherwise
        BandRole,                    ///< the row's band index (int)
        ProbabilityRole,             ///< the row's probability (double)
    };

    explicit ScoreTableModel(QObject *parent = nullptr);
    ~ScoreTableModel() override;

    void setScores(std::shared_ptr<const Dataset> data,
                   std::shared_ptr<const Scores> scores,
                   const RiskBands &bands);
    void clear();

    const RiskBands &bands() const { return m_bands; }
    std::shared_ptr<const Dataset> dataset() const { return m_data; }
    std::shared_ptr<const Scores> scores() const { return m_scores; }

    /** @brief Which rows a search text finds: precomputed per category, so filtering stays fast. */
    struct SearchMatcher
    {
        QString text;
        std::vector<std::vector<char>> categoryMatches; ///< per shown column, per dictionary code
    };
    SearchMatcher matcher(const QString &text) const;
    bool matches(int row, const SearchMatcher &matcher) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Dataset> m_data;
    std::shared_ptr<const Scores> m_scores;
    RiskBands m_bands;
    std::vector<const mizan::Column *> m_features; ///< dataset columns shown after the score columns
};

} // namespace mizan
