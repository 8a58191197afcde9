#include "fairness/DisparityModel.h"

#include "fairness/FairnessStyle.h"

#include <QFont>

#include <cmath>

namespace mizan {

namespace fs = fairnessstyle;

DisparityModel::DisparityModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(disparityNames())
{}

DisparityModel::~DisparityModel() = default;

void DisparityModel::setAttribute(const AttributeReport *report,
                                  const std::vector<BiasAlert> &alerts)
{
    beginResetModel();
    m_alerts.assign(size_t(m_names.size()), {});
    if (report) {
        m_report = *report;
        for (const BiasAlert &alert : alerts) {
            const qsizetype row = m_names.indexOf(alert.metric);
            if (row >= 0 && alert.attribute == report->name())
                m_alerts[size_t(row)].push_back(alert);
        }
    } else {
        m_report.reset();
    }
    endResetModel();
}

void DisparityModel::clear()
{
    setAttribute(nullptr, {});
}

int DisparityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_names.size());
}

int DisparityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DisparityModel::privileged() const
{
    if (m_report->disparities.aif360)
        return m_report->disparities.aif360->privileged;
    return m_report->metrics.privileged;
}

double DisparityModel::valueAt(int row) const
{
    const std::optional<DisparityName> name = disparityFromName(m_names[row]);
    if (!name->aif360)
        return m_report->disparities.values[size_t(name->index)];
    if (!m_report->disparities.aif360)
        return std::nan("");
    return m_report->disparities.aif360->values[size_t(name->index)];
}

const Interval *DisparityModel::intervalAt(int row) const
{
    if (!m_report->intervals)
        return nullptr;
    const std::optional<DisparityName> name = disparityFromName(m_names[row]);
    if (!name->aif360)
        return &m_report->intervals->disparities[size_t(name->index)];
    return m_report->disparities.aif360 ? &m_report->intervals->aif360[size_t(name->index)]
                                        : nullptr;
}

std::optional<AlertStatus> DisparityModel::statusAt(int row) const
{
    const std::vector<BiasAlert> &alerts = m_alerts[size_t(row)];
    if (alerts.empty())
        return std::nullopt;
    AlertStatus worst = AlertStatus::Pass;
    for (const BiasAlert &a : alerts) {
        if (a.status == AlertStatus::Fail)
            worst = AlertStatus::Fail;
        else if (a.status == AlertStatus::Undefined && worst == AlertStatus::Pass)
            worst = AlertStatus::Undefined;
    }
    return worst;
}

QVariant DisparityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_report)
        return {};
    const int row = index.row(), column = index.column();
    const bool aif360 = disparityFromName(m_names[row])->aif360;
    const std::optional<AlertStatus> status = statusAt(row);
    const std::vector<BiasAlert> &alerts = m_alerts[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case MetricColumn:
            return fs::disparityLabel(m_names[row], aif360 ? privileged() : QString());
        case ValueColumn: {
            const Interval *interval = intervalAt(row);
            if (interval && interval->isDefined())
                return QString(fs::number(valueAt(row)) + QLatin1Char('\n')
                               + fs::compactInterval(*interval));
            return fs::number(valueAt(row));
        }
        case RuleColumn: {
            QStringList rules;
            for (const BiasAlert &a : alerts)
                rules.append(fs::ruleText(a.op, a.limit));
            return rules.join(QStringLiteral("; "));
        }
        case VerdictColumn:
            return status ? fs::statusLabel(*status) : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column == MetricColumn ? QVariant(int(Qt::AlignLeading | Qt::AlignVCenter))
                                      : QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter));
    case Qt::ToolTipRole: {
        QStringList lines{m_names[row]};
        if (aif360) {
            lines.append(privileged().isEmpty()
                             ? tr("AIF360's signed form needs a privileged group; none is set.")
                             : tr("AIF360's signed form: the other groups pooled against the "
                                  "privileged group “%1”.")
                                   .arg(privileged()));
        }
        if (const Interval *interval = intervalAt(row); interval && interval->isDefined())
            lines.append(tr("Bootstrap interval: %1.").arg(fs::intervalText(*interval)));
        for (const BiasAlert &a : alerts)
            lines.append(a.text);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (column == VerdictColumn && status)
            return fs::statusColour(*status);
        return {};
    case Qt::BackgroundRole:
        if (column == VerdictColumn && status)
            return fs::statusBackground(*status);
        return {};
    case Qt::FontRole:
        if (column == VerdictColumn && status) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ValueRole:
        return valueAt(row);
    case LowerRole:
    case UpperRole: {
        const Interval *interval = intervalAt(row);
        if (!interval)
            return std::nan("");
        return role == LowerRole ? interval->lower : interval->upper;
    }
    case NameRole:
        return m_names[row];
    case StatusRole:
        return status ? int(*status) : -1;
    case Aif360Role:
        return aif360;
    default:
        return {};
    }
}

QVariant DisparityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Value");
    case RuleColumn:
        return tr("Policy");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return {};
    }
}

} // namespace mizan
