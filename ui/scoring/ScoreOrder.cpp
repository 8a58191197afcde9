#include "scoring/ScoreOrder.h"

#include "scoring/ScoreTableModel.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mizan {

namespace {

/** Stable sort of row numbers by a key per row; ties keep the scored order both ways. */
template<typename Key, typename Less>
std::vector<int> sortRows(const std::vector<Key> &keys, Qt::SortOrder direction, Less less)
{
    std::vector<int> rows(keys.size());
    std::iota(rows.begin(), rows.end(), 0);
    if (direction == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            return less(keys[size_t(a)], keys[size_t(b)]);
        });
    else
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            return less(keys[size_t(b)], keys[size_t(a)]);
        });
    return rows;
}

std::vector<int> byNumber(const std::vector<double> &keys, Qt::SortOrder direction)
{
    return sortRows(keys, direction, std::less<double>());
}

/** Categories by their text: rank the dictionary once, then sort rows by rank (missing first). */
std::vector<int> byCategory(const Column &c, Qt::SortOrder direction)
{
    std::vector<int> byText(static_cast<size_t>(c.dictionary.size()));
    std::iota(byText.begin(), byText.end(), 0);
    std::sort(byText.begin(), byText.end(), [&](int a, int b) {
        return QString::compare(c.dictionary.at(a), c.dictionary.at(b)) < 0;
    });
    std::vector<int> rank(byText.size());
    for (size_t i = 0; i < byText.size(); ++i)
        rank[size_t(byText[i])] = static_cast<int>(i);
    std::vector<int> keys(c.codes.size());
    for (size_t r = 0; r < keys.size(); ++r)
        keys[r] = c.codes[r] < 0 ? -1 : rank[size_t(c.codes[r])];
    return sortRows(keys, direction, std::less<int>());
}

std::vector<int> byText(const std::vector<QString> &texts, Qt::SortOrder direction)
{
    return sortRows(texts, direction, [](const QString &a, const QString &b) {
        return QString::compare(a, b) < 0;
    });
}

} // namespace

std::vector<const Column *> shownFeatureColumns(const Dataset &data)
{
    std::vector<const Column *> shown;
    for (const FeatureSpec &f : data.spec.features) {
        if (const Column *c = data.column(f.column))
            shown.push_back(c);
    }
    return shown;
}

ScoreOrder ScoreOrder::compute(const Dataset &data,
                               const Scores &scores,
                               int column,
                               Qt::SortOrder direction)
{
    const auto n = static_cast<size_t>(scores.size());
    std::vector<int> rows;
    switch (column) {
    case ScoreTableModel::ProbabilityColumn:
    case ScoreTableModel::BandColumn: // bands follow probability
        rows = byNumber(scores.probabilities, direction);
        break;
    case ScoreTableModel::MarginColumn:
        rows = byNumber(std::vector<double>(scores.margins.begin(), scores.margins.end()),
                        direction);
        break;
    case ScoreTableModel::IdColumn:
        if (!data.ids.empty()) {
            rows = byText(data.ids, direction);
            break;
        }
        [[fallthrough]]; // the row number is the id
    case ScoreTableModel::RowColumn:
    case -1:
        rows.resize(n);
        std::iota(rows.begin(), rows.end(), 0);
        if (column >= 0 && direction == Qt::DescendingOrder)
            std::reverse(rows.begin(), rows.end());
        break;
    default: {
        const std::vector<const Column *> features = shownFeatureColumns(data);
        const auto index = static_cast<size_t>(column - ScoreTableModel::FirstFeatureColumn);
        if (column < ScoreTableModel::FirstFeatureColumn || index >= features.size()) {
            rows.resize(n);
            std::iota(rows.begin(), rows.end(), 0);
            break;
        }
        const Column &c = *features[index];
        switch (c.kind) {
        case ColumnKind::Numeric: {
            std::vector<double> keys(c.numbers);
            for (double &k : keys) {
                if (std::isnan(k))
                    k = -HUGE_VAL; // missing first when ascending
            }
            rows = byNumber(keys, direction);
            break;
        }
        case ColumnKind::Categorical:
            rows = byCategory(c, direction);
            break;
        case ColumnKind::Text:
            rows = byText(c.texts, direction);
            break;
        }
    }
    }
    ScoreOrder order;
    order.column = column;
    order.direction = direction;
    order.rows = std::make_shared<const std::vector<int>>(std::move(rows));
    return order;
}

} // namespace mizan
