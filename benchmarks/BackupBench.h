#pragma once

#include "common/Result.h"

#include <QString>

namespace mizan::bench {

/** @brief What the backup section works on. */
struct BackupBenchConfig
{
    QString csvPath;               ///< the bank-marketing file (41,188 rows)
    QString specPath;              ///< its dataset spec
    QString modelPath;             ///< the reference bank model (XGBoost JSON)
    qint64 predictions = 100000;   ///< at least this many stored (the lead set scored repeatedly)
    qint64 auditEntries = 1000000; ///< entries added to the log (besides the workspace's own)
    qint64 fillBatch = 50000;      ///< appends per transaction while adding them
};

/**
 * @brief Section 8: backup and recovery of a realistic workspace: the bank leads, 100,000 stored
 * predictions and a million audit entries, at the default Argon2id cost. Times, side by side,
 * Workspace::createBackup, verifyBackup, the verified Workspace::restore over the workspace and
 * a drill (backup + restore into a scratch folder + verification), with the backup's size.
 */
Result<> benchBackup(const BackupBenchConfig &config);

} // namespace mizan::bench
