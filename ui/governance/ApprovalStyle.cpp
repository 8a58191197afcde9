#include "governance/ApprovalStyle.h"

#include "governance/RiskAssessment.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mizan::approvalstyle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::ApprovalStyle)
};
} // namespace

QString riskBadgeText(const QString &level, int score)
{
    if (level.isEmpty())
        return Tr::tr("Not assessed");
    return Tr::tr("%1 · %2").arg(riskLevelDisplayName(level)).arg(score);
}

QColor riskBackground(const QString &level)
{
    if (level == QLatin1String("high"))
        return QColor(0xf8, 0xd7, 0xda);
    if (level == QLatin1String("medium"))
        return QColor(0xff, 0xf3, 0xcd);
    return QColor(0xd4, 0xed, 0xda);
}

QColor riskForeground(const QString &level)
{
    if (level == QLatin1String("high"))
        return QColor(0x84, 0x20, 0x29);
    if (level == QLatin1String("medium"))
        return QColor(0x66, 0x4d, 0x03);
    return QColor(0x15, 0x57, 0x24);
}

QColor alertColour()
{
    return QColor(0xb0, 0x1c, 0x2e);
}

QColor passColour()
{
    return QColor(0x1e, 0x7b, 0x34);
}

QString ruleStatusText(const QString &status)
{
    if (status == QLatin1String("pass"))
        return Tr::tr("Pass");
    if (status == QLatin1String("warn"))
        return Tr::tr("Warning");
    if (status == QLatin1String("fail"))
        return Tr::tr("Fail");
    return Tr::tr("No evidence");
}

QColor ruleStatusColour(const QString &status)
{
    if (status == QLatin1String("pass"))
        return passColour();
    if (status == QLatin1String("warn"))
        return QColor(0x8a, 0x5a, 0x00);
    if (status == QLatin1String("fail"))
        return alertColour();
    return QColor(0x60, 0x60, 0x60);
}

QStringList failingGateTitles(const RiskAssessment &assessment)
{
    QStringList titles;
    for (const GateResult &g : assessment.gates) {
        if (!g.passed)
            titles << g.title;
    }
    return titles;
}

QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd"));
}

QString dateTimeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}

QColor candidateColour()
{
    return QColor(0x1f, 0x77, 0xb4);
}

QColor deployedColour()
{
    return QColor(0x7f, 0x7f, 0x7f);
}

} // namespace mizan::approvalstyle
