#pragma once

#include "common/Result.h"

#include <QString>

namespace mizan::bench {

/** @brief What the encrypted-workspace section works on. */
struct WorkspaceBenchConfig
{
    QString csvPath;  ///< the bank-marketing file (41,188 rows)
    QString specPath; ///< its dataset spec
    int unlockRuns = 5;
    int insertRuns = 3; ///< importLeadSet, each into a new workspace
    int rawRuns = 9;    ///< raw inserts, keyed and unkeyed alternating
};

/**
 * @brief Section 4: unlock time with the default Argon2id cost (and the derivation alone),
 * Workspace::importLeadSet and raw insert rates into a keyed database, and the cost of
 * encryption against the same inserts into an unkeyed SQLCipher database. Figures are medians.
 */
Result<> benchWorkspace(const WorkspaceBenchConfig &config);

} // namespace mizan::bench
