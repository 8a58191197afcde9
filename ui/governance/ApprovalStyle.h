#pragma once

// Labels, colours and date formats of the approval queue (decided here in the UI, never in
// core). Every text is translated (context mizan::ApprovalStyle).

#include <QColor>
#include <QString>

namespace mizan {
struct RiskAssessment;
}

namespace mizan::approvalstyle {

/** @brief "High · 7", "Low · 0", or "Not assessed". */
QString riskBadgeText(const QString &level, int score);
QColor riskBackground(const QString &level);
QColor riskForeground(const QString &level);
/** @brief Red for what needs attention (expired approval, failing gate). */
QColor alertColour();
QColor passColour();
/** @brief A rule's status for people: "Pass", "Warning", "Fail", "No evidence". */
QString ruleStatusText(const QString &status);
QColor ruleStatusColour(const QString &status);
/** @brief The titles of the gates that fail, in the user's language (not their ids). */
QStringList failingGateTitles(const RiskAssessment &assessment);
/** @brief Local date, ISO style (yyyy-MM-dd), for revalidation dates. */
QString dateText(qint64 ms);
/** @brief Local date and time (yyyy-MM-dd HH:mm). */
QString dateTimeText(qint64 ms);
/** @brief Line colours of the candidate and the deployed version in every chart. */
QColor candidateColour();
QColor deployedColour();

} // namespace mizan::approvalstyle
