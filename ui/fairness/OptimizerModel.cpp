#include "fairness/OptimizerModel.h"

#include "fairness/FairnessStyle.h"

#include <QLocale>

namespace mizan {

namespace fs = fairnessstyle;

namespace {
QString percent(double p)
{
    return QLocale().toString(p * 100.0, 'f', 0) + QLocale().percent();
}
} // namespace

OptimizerModel::OptimizerModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OptimizerModel::~OptimizerModel() = default;

void OptimizerModel::setOutcomes(std::vector<OptimizerOutcome> outcomes)
{
    beginResetModel();
    m_outcomes = std::move(outcomes);
    m_rows.clear();
    for (size_t o = 0; o < m_outcomes.size(); ++o) {
        if (!m_outcomes[o].result) {
            m_rows.push_back(Row{o, -1});
            continue;
        }
        for (size_t g = 0; g < m_outcomes[o].result->groups.size(); ++g)
            m_rows.push_back(Row{o, int(g)});
    }
    endResetModel();
}

QString OptimizerModel::ruleText(const GroupThresholdRule &rule)
{
    QString text = fs::operationText(rule.operation0);
    if (rule.p1 > 0.0 && rule.p0 < 1.0)
        text = tr("%1 with probability %2, else %3")
                   .arg(text, percent(rule.p0), fs::operationText(rule.operation1));
    if (rule.pIgnore > 0.0)
        text = tr("%1; for %2 of leads instead: selected with probability %3")
                   .arg(text, percent(rule.pIgnore), percent(rule.predictionConstant));
    return text;
}

QStringList OptimizerModel::summaries() const
{
    QStringList out;
    for (const OptimizerOutcome &o : m_outcomes) {
        const QString name = fs::constraintLabel(o.constraint);
        if (!o.result) {
            out.append(tr("%1: no result (%2)").arg(name, o.error));
            continue;
        }
        const ThresholdOptimizerResult &r = *o.result;
        const QString reached
            = o.constraint == FairnessConstraint::DemographicParity
                  ? tr("a common selection rate of %1").arg(fs::number(r.constraintValue))
                  : tr("a common true positive rate of %1 and false positive rate of %2")
                        .arg(fs::number(r.truePositiveRate), fs::number(r.constraintValue));
        out.append(tr("%1: %2; expected accuracy %3 (one threshold %4: %5); violation %6 "
                      "(one threshold: %7).")
                       .arg(name,
                            reached,
                            fs::number(r.accuracy),
                            fs::number(r.baselineThreshold, 2),
                            fs::number(r.baselineAccuracy),
                            fs::number(r.violation),
                            fs::number(r.baselineViolation)));
    }
    return out;
}

int OptimizerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OptimizerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptimizerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const OptimizerOutcome &outcome = m_outcomes[row.outcome];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column >= SelectionRateColumn ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter))
                                             : QVariant(int(Qt::AlignLeading | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == ConstraintColumn)
        return fs::constraintLabel(outcome.constraint);
    if (row.group < 0)
        return column == RuleColumn ? outcome.error : QString();
    const GroupThresholdRule &g = outcome.result->groups[size_t(row.group)];
    switch (column) {
    case GroupColumn:
        return fs::groupLabel(g.group, g.missing);
    case RuleColumn:
        return ruleText(g);
    case SelectionRateColumn:
        return fs::number(g.selectionRate);
    case TprColumn:
        return fs::number(g.truePositiveRate);
    case FprColumn:
        return fs::number(g.falsePositiveRate);
    case AccuracyColumn:
        return fs::number(g.accuracy);
    default:
        return {};
    }
}

QVariant OptimizerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ConstraintColumn:
        return tr("Constraint");
    case GroupColumn:
        return tr("Group");
    case RuleColumn:
        return tr("Decision rule (reported, not applied)");
    case SelectionRateColumn:
        return tr("Selection rate");
    case TprColumn:
        return tr("TPR");
    case FprColumn:
        return tr("FPR");
    case AccuracyColumn:
        return tr("Accuracy");
    default:
        return {};
    }
}

} // namespace mizan
