#include "scoring/ScoreTableModel.h"

#include "common/Background.h"
#include "scoring/ScoreOrder.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <cmath>

namespace mizan {

namespace {

/** Band colours, light enough to read dark text on, for up to four bands (low to high). */
QColor bandColor(int band, int bands)
{
    static const QColor colors[] = {QColor(0xE3, 0xF1, 0xE6),
                                    QColor(0xFF, 0xF3, 0xD6),
                                    QColor(0xFC, 0xE1, 0xDC),
                                    QColor(0xF3, 0xD0, 0xE8)};
    if (bands <= 1)
        return colors[0];
    // Low is green, the highest band red, whatever the number of bands (same scale as the chart).
    const int index = band * 2 / std::max(1, bands - 1);
    return colors[std::clamp(index, 0, 3)];
}

} // namespace

ScoreTableModel::ScoreTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ScoreTableModel::~ScoreTableModel() = default;

void ScoreTableModel::setScores(std::shared_ptr<const Dataset> data,
                                std::shared_ptr<const Scores> scores,
                                const RiskBands &bands)
{
    beginResetModel();
    // The old result may be the last copy of 100,000 leads: freed off the UI thread.
    releaseInBackground(std::exchange(m_data, std::move(data)));
    releaseInBackground(std::exchange(m_scores, std::move(scores)));
    m_bands = bands;
    m_features = m_data ? shownFeatureColumns(*m_data) : std::vector<const mizan::Column *>();
    endResetModel();
}

void ScoreTableModel::clear()
{
    setScores(nullptr, nullptr, RiskBands());
}

ScoreTableModel::SearchMatcher ScoreTableModel::matcher(const QString &text) const
{
    SearchMatcher m;
    m.text = text;
    for (const mizan::Column *c : m_features) {
        std::vector<char> hits;
        if (c->kind == ColumnKind::Categorical) {
            hits.reserve(static_cast<size_t>(c->dictionary.size()));
            for (const QString &value : c->dictionary)
                hits.push_back(value.contains(text, Qt::CaseInsensitive) ? 1 : 0);
        }
        m.categoryMatches.push_back(std::move(hits));
    }
    return m;
}

bool ScoreTableModel::matches(int row, const SearchMatcher &matcher) const
{
    if (matcher.text.isEmpty())
        return true;
    const auto r = static_cast<size_t>(row);
    if (m_data->idOf(row).contains(matcher.text, Qt::CaseInsensitive))
        return true;
    for (size_t i = 0; i < m_features.size(); ++i) {
        const mizan::Column *c = m_features[i];
        if (c->kind == ColumnKind::Categorical) {
            const int32_t code = c->codes[r];
            if (code >= 0 && matcher.categoryMatches[i][static_cast<size_t>(code)])
                return true;
        }
    }
    return false;
}

int ScoreTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_scores)
        return 0;
    return static_cast<int>(m_scores->size());
}

int ScoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFeatureColumn + static_cast<int>(m_features.size());
}

QVariant ScoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_scores)
        return {};
    const auto row = static_cast<size_t>(index.row());
    const double probability = m_scores->probabilities[row];
    const int band = m_scores->bands[row];
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RowColumn:
            return locale.toString(index.row() + 1);
        case IdColumn:
            return m_data->idOf(index.row());
        case ProbabilityColumn:
            return QString(locale.toString(probability * 100.0, 'f', 1) + locale.percent());
        case BandColumn:
            return m_bands.labels.value(band);
        case MarginColumn:
            return locale.toString(double(m_scores->margins[row]), 'f', 3);
        default: {
            const mizan::Column *c = m_features[static_cast<size_t>(column - FirstFeatureColumn)];
            if (c->kind == ColumnKind::Numeric && !c->isMissing(index.row()))
                return locale.toString(c->numbers[row], 'g', 6);
            return c->displayValue(index.row());
        }
        }
        return {};
    case SortRole:
        switch (column) {
        case RowColumn:
            return index.row();
        case IdColumn:
            return m_data->idOf(index.row());
        case ProbabilityColumn:
        case BandColumn:
            return probability;
        case MarginColumn:
            return double(m_scores->margins[row]);
        default: {
            const mizan::Column *c = m_features[static_cast<size_t>(column - FirstFeatureColumn)];
            if (c->kind == ColumnKind::Numeric)
                return c->isMissing(index.row()) ? -HUGE_VAL : c->numbers[row];
            return c->displayValue(index.row());
        }
        }
        return {};
    case BandRole:
        return band;
    case ProbabilityRole:
        return probability;
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == BandColumn)
            return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
        if (column >= FirstFeatureColumn
            && m_features[static_cast<size_t>(column - FirstFeatureColumn)]->kind
                   != ColumnKind::Numeric)
            return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (column == BandColumn || column == ProbabilityColumn)
            return QBrush(bandColor(band, static_cast<int>(m_bands.labels.size())));
        return {};
    case Qt::ForegroundRole:
        if (column == BandColumn || column == ProbabilityColumn)
            return QBrush(QColor(0x20, 0x20, 0x20)); // readable on the band colour in any theme
        return {};
    case Qt::ToolTipRole:
        if (column == ProbabilityColumn || column == MarginColumn)
            return tr("Probability %1 (log-odds %2), band %3")
                .arg(locale.toString(probability, 'f', 6),
                     locale.toString(double(m_scores->margins[row]), 'f', 6),
                     m_bands.labels.value(band));
        return {};
    default:
        return {};
    }
}

QVariant ScoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case IdColumn:
        return tr("Lead");
    case ProbabilityColumn:
        return tr("Probability");
    case BandColumn:
        return tr("Band");
    case MarginColumn:
        return tr("Log-odds");
    default:
        if (section - FirstFeatureColumn < static_cast<int>(m_features.size()))
            return m_features[static_cast<size_t>(section - FirstFeatureColumn)]->name;
        return {};
    }
}

} // namespace mizan
