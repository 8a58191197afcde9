#include "scoring/ScoreTableModel.h"

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
    m_data = std::move(data);
    m_scores = std::move(scores);
    m_bands = bands;
    m_features.clear();
    if (m_data) {
        for (const FeatureSpec &f : m_data->spec.features) {
            if (const mizan::Column *c = m_data->column(f.column))
                m_features.push_back(c);
        }
    }
    endResetModel();
}

void ScoreTableModel::clear()
{
    setScores(nullptr, nullptr, RiskBands());
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
    case SearchTextRole: {
        QString text = m_data->idOf(index.row());
        for (const mizan::Column *c : m_features) {
            if (c->kind != ColumnKind::Numeric)
                text += u'\n' + c->displayValue(index.row());
        }
        return text;
    }
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
