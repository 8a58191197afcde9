#pragma once

#include "common/Result.h"

#include <QString>

namespace mizan::bench {

/** @brief What the fairness section works on. */
struct FairnessBenchConfig
{
    QString csvPath;               ///< the bank-marketing file (41,188 rows)
    QString specPath;              ///< its dataset spec
    QString modelPath;             ///< the reference bank model (XGBoost JSON)
    qint64 reportRows = 1000000;   ///< predictions in the full report
    qint64 bootstrapRows = 100000; ///< rows the bootstrap resamples
    int resamples = 1000;          ///< bootstrap resamples
    int threads = 2;               ///< bootstrap threads
    int runs = 5;                  ///< report runs (best and median printed)
};

/**
 * @brief Section 7: fairness (ARCHITECTURE.md "Fairness"). The full report (group metrics with
 * ROC AUC, fairlearn's and AIF360's disparities, warnings) for reportRows predictions of the
 * reference bank model with three sensitive attributes (age group, marital status, education),
 * and 1,000 bootstrap resamples of 100,000 rows, rates only and with ROC AUC intervals.
 */
Result<> benchFairness(const FairnessBenchConfig &config);

} // namespace mizan::bench
