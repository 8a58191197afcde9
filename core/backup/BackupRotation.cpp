#include "backup/BackupRotation.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <set>

namespace mizan {

QStringList backupsToRemove(std::vector<RotationCandidate> backups, int keepDaily, int keepWeekly)
{
    std::sort(backups.begin(), backups.end(), [](const auto &a, const auto &b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.name > b.name;
    });
    std::set<QString> keep;
    // Every backup of the last 24 hours (the recovery point lives there), then one per day
    // and one per week.
    constexpr qint64 kRecentMs = 24LL * 3600 * 1000;
    for (const RotationCandidate &b : backups)
        if (b.createdMs > backups.front().createdMs - kRecentMs)
            keep.insert(b.name);
    std::set<qint64> days;
    std::set<qint64> weeks;
    for (const RotationCandidate &b : backups) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(b.createdMs, QTimeZone::utc()).date();
        const qint64 day = date.toJulianDay();
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        const qint64 weekKey = qint64(weekYear) * 100 + week;
        // Newest first: the first backup seen of a day (week) is that day's newest.
        if (!days.contains(day) && int(days.size()) < keepDaily) {
            days.insert(day);
            keep.insert(b.name);
        }
        if (!weeks.contains(weekKey) && int(weeks.size()) < keepWeekly) {
            weeks.insert(weekKey);
            keep.insert(b.name);
        }
    }
    QStringList remove;
    for (auto it = backups.rbegin(); it != backups.rend(); ++it)
        if (!keep.contains(it->name))
            remove << it->name;
    return remove;
}

} // namespace mizan
