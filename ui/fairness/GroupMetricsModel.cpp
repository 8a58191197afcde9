#include "fairness/GroupMetricsModel.h"

#include "fairness/FairnessStyle.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <cmath>

namespace mizan {

namespace fs = fairnessstyle;

GroupMetricsModel::GroupMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

GroupMetricsModel::~GroupMetricsModel() = default;

void GroupMetricsModel::setAttribute(const AttributeReport *report, const SmallGroupRule &rule)
{
    beginResetModel();
    if (report)
        m_report = *report;
    else
        m_report.reset();
    m_rule = rule;
    endResetModel();
}

void GroupMetricsModel::clear()
{
    setAttribute(nullptr, {});
}

std::optional<GroupMetric> GroupMetricsModel::metricOf(int column)
{
    switch (column) {
    case BaseRateColumn:
        return GroupMetric::BaseRate;
    case SelectionRateColumn:
        return GroupMetric::SelectionRate;
    case TprColumn:
        return GroupMetric::TruePositiveRate;
    case FprColumn:
        return GroupMetric::FalsePositiveRate;
    case FnrColumn:
        return GroupMetric::FalseNegativeRate;
    case TnrColumn:
        return GroupMetric::TrueNegativeRate;
    case PrecisionColumn:
        return GroupMetric::Precision;
    case AccuracyColumn:
        return GroupMetric::Accuracy;
    case RocAucColumn:
        return GroupMetric::RocAuc;
    default:
        return std::nullopt;
    }
}

int GroupMetricsModel::columnOf(GroupMetric metric)
{
    for (int c = BaseRateColumn; c < ColumnCount; ++c) {
        if (metricOf(c) == metric)
            return c;
    }
    return -1;
}

int GroupMetricsModel::rowOf(const QString &name) const
{
    if (!m_report)
        return -1;
    const std::vector<GroupMetrics> &groups = m_report->metrics.groups;
    for (size_t i = 0; i < groups.size(); ++i) {
        if (groups[i].name == name)
            return int(i);
    }
    return -1;
}

int GroupMetricsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_report)
        return 0;
    return int(m_report->metrics.groups.size()) + 1;
}

int GroupMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const GroupMetrics &GroupMetricsModel::groupAt(int row) const
{
    const std::vector<GroupMetrics> &groups = m_report->metrics.groups;
    return size_t(row) < groups.size() ? groups[size_t(row)] : m_report->metrics.overall;
}

const MetricIntervals *GroupMetricsModel::intervalsAt(int row) const
{
    if (!m_report->intervals)
        return nullptr;
    const std::vector<MetricIntervals> &groups = m_report->intervals->groups;
    if (size_t(row) < m_report->metrics.groups.size())
        return size_t(row) < groups.size() ? &groups[size_t(row)] : nullptr;
    return &m_report->intervals->overall;
}

QString GroupMetricsModel::tooltip(int row, int column) const
{
    const GroupMetrics &g = groupAt(row);
    const bool overall = size_t(row) == m_report->metrics.groups.size();
    QString tip;
    if (column == GroupColumn) {
        tip = overall
                  ? tr("Every lead with a known outcome.")
                  : tr("Group “%1” of %2.").arg(fs::groupLabel(g.name, g.missing), m_report->name());
        if (!overall && int(row) == m_report->metrics.privilegedIndex)
            tip += QLatin1Char(' ')
                   + tr("The privileged (reference) group of AIF360's signed "
                        "metrics.");
    } else if (const std::optional<GroupMetric> metric = metricOf(column)) {
        tip = fs::metricHelp(*metric);
        if (*metric == GroupMetric::RocAuc && std::isnan(g.rocAuc))
            tip += QLatin1Char(' ') + tr("Undefined here: the group has only one class.");
        if (const MetricIntervals *intervals = intervalsAt(row)) {
            const Interval &i = (*intervals)[size_t(*metric)];
            if (i.isDefined() && m_report->intervals)
                tip += QLatin1Char(' ') + tr("Bootstrap interval: %1.").arg(fs::intervalText(i));
        }
    }
    if (g.small && !overall) {
        tip += QStringLiteral("\n")
               + tr("Small group: %1 members and %2 actual positives (fewer than %3 members or "
                    "%4 positives). Its numbers are not reliable; read them with caution.")
                     .arg(QLocale().toString(g.counts.count()),
                          QLocale().toString(g.counts.positives()),
                          QLocale().toString(m_rule.minCount),
                          QLocale().toString(m_rule.minPositives));
    }
    return tip;
}

QVariant GroupMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_report)
        return {};
    const int row = index.row(), column = index.column();
    const GroupMetrics &g = groupAt(row);
    const bool overall = size_t(row) == m_report->metrics.groups.size();
    const bool small = g.small && !overall;
    const std::optional<GroupMetric> metric = metricOf(column);
    const MetricIntervals *intervals = intervalsAt(row);
    const Interval *interval = metric && intervals ? &(*intervals)[size_t(*metric)] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (column == GroupColumn) {
            if (overall)
                return tr("Overall");
            QString label = fs::groupLabel(g.name, g.missing);
            if (row == m_report->metrics.privilegedIndex)
                label = tr("%1 (privileged)").arg(label);
            return small ? tr("%1 (small)").arg(label) : label;
        }
        if (column == CountColumn)
            return tr("%1 (%2)").arg(QLocale().toString(g.counts.count()),
                                     QLocale().toString(g.counts.positives()));
        if (metric) {
            const QString value = fs::number(g.value(*metric));
            if (interval && interval->isDefined())
                return QString(value + QLatin1Char('\n') + fs::compactInterval(*interval));
            return value;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == GroupColumn ? QVariant(int(Qt::AlignLeading | Qt::AlignVCenter))
                                     : QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return tooltip(row, column);
    case Qt::DecorationRole:
        if (column == GroupColumn && small)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (small && column != GroupColumn)
            return fs::cautionText();
        return {};
    case Qt::FontRole:
        if (overall) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (small && column != GroupColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ValueRole:
        if (column == CountColumn)
            return double(g.counts.count());
        if (metric)
            return g.value(*metric);
        return {};
    case PositivesRole:
        return double(g.counts.positives());
    case LowerRole:
        return interval ? interval->lower : std::nan("");
    case UpperRole:
        return interval ? interval->upper : std::nan("");
    case SmallRole:
        return small;
    case OverallRole:
        return overall;
    case PrivilegedRole:
        return !overall && row == m_report->metrics.privilegedIndex;
    case GroupNameRole:
        return overall ? QString() : g.name;
    default:
        return {};
    }
}

QVariant GroupMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == GroupColumn)
            return tr("Group");
        if (section == CountColumn)
            return tr("Count\n(positives)");
        return fs::metricHeader(*metricOf(section));
    }
    if (role == Qt::ToolTipRole) {
        if (const std::optional<GroupMetric> metric = metricOf(section))
            return QString(fs::metricLabel(*metric) + QStringLiteral(": ")
                           + fs::metricHelp(*metric));
        if (section == CountColumn)
            return tr("Leads of the group with a known outcome, and in brackets those who "
                      "converted.");
    }
    return {};
}

} // namespace mizan
