#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace mizan {

/** @brief A backup as rotation sees it: its name and when it was made (UTC ms). */
struct RotationCandidate
{
    QString name;
    qint64 createdMs = 0;
};

/**
 * @brief Grandfather-father-son rotation: keeps every backup made in the 24 hours before the
 * newest, the newest backup of each of the `keepDaily` most recent UTC days that have one and
 * the newest of each of the `keepWeekly` most recent ISO weeks that have one; returns the names
 * of the others (what to delete), oldest first.
 */
QStringList backupsToRemove(std::vector<RotationCandidate> backups, int keepDaily, int keepWeekly);

} // namespace mizan
