#include "fairness/FairnessStyle.h"

#include "explain/ExplainStyle.h"
#include "fairness/FairnessInput.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QTextOption>

#include <array>
#include <cmath>

namespace mizan::fairnessstyle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::FairnessStyle)
};

/** A left-to-right mark: keeps a sign or a bracket where it belongs in right-to-left text. */
QString ltr(const QString &text)
{
    return QChar(0x200e) + text;
}
} // namespace

QString metricLabel(GroupMetric metric)
{
    switch (metric) {
    case GroupMetric::SelectionRate:
        return Tr::tr("Selection rate");
    case GroupMetric::BaseRate:
        return Tr::tr("Base rate");
    case GroupMetric::TruePositiveRate:
        return Tr::tr("True positive rate");
    case GroupMetric::FalsePositiveRate:
        return Tr::tr("False positive rate");
    case GroupMetric::FalseNegativeRate:
        return Tr::tr("False negative rate");
    case GroupMetric::TrueNegativeRate:
        return Tr::tr("True negative rate");
    case GroupMetric::Precision:
        return Tr::tr("Precision");
    case GroupMetric::Accuracy:
        return Tr::tr("Accuracy");
    case GroupMetric::RocAuc:
        return Tr::tr("ROC AUC");
    }
    return {};
}

QString metricHeader(GroupMetric metric)
{
    switch (metric) {
    case GroupMetric::SelectionRate:
        return Tr::tr("Selection\nrate");
    case GroupMetric::BaseRate:
        return Tr::tr("Base\nrate");
    case GroupMetric::TruePositiveRate:
        return Tr::tr("TPR");
    case GroupMetric::FalsePositiveRate:
        return Tr::tr("FPR");
    case GroupMetric::FalseNegativeRate:
        return Tr::tr("FNR");
    case GroupMetric::TrueNegativeRate:
        return Tr::tr("TNR");
    case GroupMetric::Precision:
        return Tr::tr("Precision");
    case GroupMetric::Accuracy:
        return Tr::tr("Accuracy");
    case GroupMetric::RocAuc:
        return Tr::tr("ROC\nAUC");
    }
    return {};
}

QString metricHelp(GroupMetric metric)
{
    switch (metric) {
    case GroupMetric::SelectionRate:
        return Tr::tr("Share of the group the model selects (probability at or above the "
                      "threshold).");
    case GroupMetric::BaseRate:
        return Tr::tr("Share of the group that actually converted.");
    case GroupMetric::TruePositiveRate:
        return Tr::tr("Of those who converted, the share the model selects (recall).");
    case GroupMetric::FalsePositiveRate:
        return Tr::tr("Of those who did not convert, the share the model selects.");
    case GroupMetric::FalseNegativeRate:
        return Tr::tr("Of those who converted, the share the model misses.");
    case GroupMetric::TrueNegativeRate:
        return Tr::tr("Of those who did not convert, the share the model leaves out.");
    case GroupMetric::Precision:
        return Tr::tr("Of those the model selects, the share who converted.");
    case GroupMetric::Accuracy:
        return Tr::tr("Share of the group the model decides correctly.");
    case GroupMetric::RocAuc:
        return Tr::tr("How well the probabilities rank converters above the others, whatever "
                      "the threshold (0.5: chance).");
    }
    return {};
}

QString disparityLabel(const QString &name, const QString &privileged)
{
    const std::optional<DisparityName> parsed = disparityFromName(name);
    if (!parsed)
        return name;
    if (parsed->aif360) {
        QString what;
        switch (SignedDisparity(parsed->index)) {
        case SignedDisparity::DisparateImpact:
            what = Tr::tr("disparate impact");
            break;
        case SignedDisparity::StatisticalParityDifference:
            what = Tr::tr("statistical parity difference");
            break;
        case SignedDisparity::AverageOddsDifference:
            what = Tr::tr("average odds difference");
            break;
        case SignedDisparity::EqualOpportunityDifference:
            what = Tr::tr("equal opportunity difference");
            break;
        }
        return privileged.isEmpty() ? Tr::tr("AIF360 (signed): %1").arg(what)
                                    : Tr::tr("AIF360 (signed): %1; privileged: %2")
                                          .arg(what, groupLabel(privileged, false));
    }
    const int i = parsed->index;
    const bool toOverall = i >= int(Disparity::DemographicParityDifferenceToOverall);
    QString what;
    switch (Disparity(toOverall ? i - int(Disparity::DemographicParityDifferenceToOverall) : i)) {
    case Disparity::DemographicParityDifference:
        what = Tr::tr("Demographic parity difference");
        break;
    case Disparity::DemographicParityRatio:
        what = Tr::tr("Demographic parity ratio");
        break;
    case Disparity::EqualizedOddsDifference:
        what = Tr::tr("Equalized odds difference");
        break;
    case Disparity::EqualizedOddsRatio:
        what = Tr::tr("Equalized odds ratio");
        break;
    case Disparity::EqualizedOddsDifferenceMean:
        what = Tr::tr("Equalized odds difference (mean)");
        break;
    case Disparity::EqualizedOddsRatioMean:
        what = Tr::tr("Equalized odds ratio (mean)");
        break;
    case Disparity::EqualOpportunityDifference:
        what = Tr::tr("Equal opportunity difference");
        break;
    case Disparity::EqualOpportunityRatio:
        what = Tr::tr("Equal opportunity ratio");
        break;
    default:
        return name;
    }
    return toOverall ? Tr::tr("%1, to overall").arg(what) : Tr::tr("%1, between groups").arg(what);
}

QString constraintLabel(FairnessConstraint constraint)
{
    switch (constraint) {
    case FairnessConstraint::DemographicParity:
        return Tr::tr("Demographic parity");
    case FairnessConstraint::EqualizedOdds:
        return Tr::tr("Equalized odds");
    }
    return {};
}

QString statusLabel(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Pass:
        return Tr::tr("Pass");
    case AlertStatus::Fail:
        return Tr::tr("Fail");
    case AlertStatus::Undefined:
        return Tr::tr("Undefined");
    }
    return {};
}

QColor statusColour(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Pass:
        return QColor(0x0b, 0x5d, 0x23);
    case AlertStatus::Fail:
        return QColor(0x8a, 0x11, 0x11);
    case AlertStatus::Undefined:
        return QColor(0x7a, 0x4f, 0x00);
    }
    return {};
}

QColor statusBackground(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Pass:
        return QColor(0xe2, 0xf3, 0xe6);
    case AlertStatus::Fail:
        return QColor(0xfb, 0xe4, 0xe4);
    case AlertStatus::Undefined:
        return QColor(0xfd, 0xf1, 0xd6);
    }
    return {};
}

QString ruleText(PolicyOperator op, double limit)
{
    QString sign;
    switch (op) {
    case PolicyOperator::AtLeast:
        sign = QString(QChar(0x2265));
        break;
    case PolicyOperator::AtMost:
        sign = QString(QChar(0x2264));
        break;
    case PolicyOperator::Above:
        sign = QStringLiteral(">");
        break;
    case PolicyOperator::Below:
        sign = QStringLiteral("<");
        break;
    }
    return ltr(sign + QChar(0x00a0) + explainstyle::shortValue(limit));
}

QString groupLabel(const QString &name, bool missing)
{
    if (missing || name == missingGroupName())
        return Tr::tr("(missing)");
    QString label = name;
    return label.replace(QLatin1Char('|'), QStringLiteral(" × "));
}

QString number(double value, int decimals)
{
    if (std::isnan(value))
        return Tr::tr("n/a");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    const QString text = explainstyle::number(value, decimals);
    return value < 0 ? ltr(text) : text;
}

QString intervalText(const Interval &interval, int decimals)
{
    if (!interval.isDefined())
        return {};
    return ltr(QStringLiteral("[%1, %2]")
                   .arg(number(interval.lower, decimals), number(interval.upper, decimals)));
}

QString compactInterval(const Interval &interval)
{
    if (!interval.isDefined())
        return {};
    return ltr(number(interval.lower, 2) + QChar(0x2013) + number(interval.upper, 2));
}

QString operationText(const ThresholdOperation &op)
{
    if (std::isinf(op.threshold)) {
        const bool everybody = (op.greater && op.threshold < 0)
                               || (!op.greater && op.threshold > 0);
        return everybody ? Tr::tr("everybody") : Tr::tr("nobody");
    }
    return Tr::tr("p %1 %2").arg(op.greater ? QStringLiteral(">") : QStringLiteral("<"),
                                 number(op.threshold, 3));
}

QColor groupColour(int index)
{
    // Okabe & Ito's palette without its yellow (too pale on white), then darker variants.
    static const std::array<QColor, 7> kColours{QColor(0x00, 0x72, 0xb2),
                                                QColor(0xe6, 0x9f, 0x00),
                                                QColor(0x00, 0x9e, 0x73),
                                                QColor(0xcc, 0x79, 0xa7),
                                                QColor(0x56, 0xb4, 0xe9),
                                                QColor(0xd5, 0x5e, 0x00),
                                                QColor(0x6a, 0x3d, 0x9a)};
    const int n = int(kColours.size());
    const QColor base = kColours[size_t(((index % n) + n) % n)];
    return (index / n) % 2 == 0 ? base : base.darker(150);
}

QColor overallColour()
{
    return QColor(0x33, 0x33, 0x33);
}

QColor cautionText()
{
    return QColor(0x80, 0x80, 0x80);
}

void drawText(QPainter &p, const QRectF &rect, Qt::Alignment align, const QString &text, bool number)
{
    QTextOption option(align | Qt::AlignAbsolute); // callers mirror positions themselves
    if (number)
        option.setTextDirection(Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    p.drawText(rect, text, option);
}

} // namespace mizan::fairnessstyle
