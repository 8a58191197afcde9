#pragma once

// Labels, colours and number formats of the Fairness tab, its charts and its reports (decided
// here in the UI, never in core). Every text is translated (context mizan::FairnessStyle).

#include "fairness/BiasPolicy.h"
#include "fairness/Bootstrap.h"
#include "fairness/Disparity.h"
#include "fairness/GroupMetrics.h"
#include "fairness/ThresholdOptimizer.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace mizan::fairnessstyle {

/** @brief "Selection rate", "True positive rate", ... */
QString metricLabel(GroupMetric metric);
/** @brief The table header: "Selection rate", "TPR", "FPR", ... */
QString metricHeader(GroupMetric metric);
/** @brief One line on what the metric is (tooltips). */
QString metricHelp(GroupMetric metric);
/**
 * @brief A policy metric's name for people: "Demographic parity ratio (between groups)", or
 * "AIF360 (signed): disparate impact, privileged %1" when `privileged` is given for one of the
 * AIF360 forms.
 */
QString disparityLabel(const QString &name, const QString &privileged = {});
QString constraintLabel(FairnessConstraint constraint);
QString statusLabel(AlertStatus status);
/** @brief Text colour of a verdict: green, red, or amber for undefined. */
QColor statusColour(AlertStatus status);
QColor statusBackground(AlertStatus status);
/** @brief "≥ 0.8" with the mathematical signs, left to right in any layout. */
QString ruleText(PolicyOperator op, double limit);
/** @brief The group's name for people ("(missing)" translated; "a|b" as "a × b"). */
QString groupLabel(const QString &name, bool missing);

/**
 * @brief Three decimals in the current locale (a true minus sign); "n/a" for NaN. Negative
 * numbers start with a left-to-right mark, so the sign stays in front in right-to-left text.
 */
QString number(double value, int decimals = 3);
/** @brief "[0.381, 0.440]" (left to right in any layout); empty when undefined. */
QString intervalText(const Interval &interval, int decimals = 3);
/** @brief "0.38–0.44", for table cells; empty when undefined. */
QString compactInterval(const Interval &interval);
/** @brief "p > 0.43", "nobody" / "everybody" at infinite thresholds. */
QString operationText(const ThresholdOperation &op);

/** @brief The colour of group `index` (Okabe–Ito, safe for colour-blind readers). */
QColor groupColour(int index);
/** @brief The overall level's colour. */
QColor overallColour();
/** @brief Grey of small-group numbers and secondary text. */
QColor cautionText();

/**
 * @brief Draws one line of text in `rect` without wrapping; `align` is absolute (the caller
 * mirrors it for right-to-left layouts). Numbers are laid out left to right
 * (so a minus sign stays in front in Arabic); other text takes its direction from the painter.
 */
void drawText(
    QPainter &p, const QRectF &rect, Qt::Alignment align, const QString &text, bool number = false);

} // namespace mizan::fairnessstyle
