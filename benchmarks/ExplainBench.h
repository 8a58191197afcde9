#pragma once

#include "common/Result.h"

#include <QString>

namespace mizan::bench {

/** @brief What the explanation section works on. */
struct ExplainBenchConfig
{
    QString csvPath;          ///< the bank-marketing file (41,188 rows)
    QString specPath;         ///< its dataset spec
    int threads = 2;          ///< the same for Mizan and XGBoost
    qint64 shapRows = 100000; ///< leads explained in the batch comparison
    int trees = 200;
    int depth = 6;
    int leads = 1000;    ///< one-lead latency samples
    int limeLeads = 200; ///< LIME explanations timed
    int runs = 3;        ///< batch runs (the best is reported)
};

/**
 * @brief Section 6: explanations (ARCHITECTURE.md "Explanations"). Exact TreeSHAP for shapRows
 * leads on a trees x depth model trained on the bank data: the native engine next to XGBoost
 * 1.7.4's pred_contribs with the same threads (the ratio, and the largest difference between
 * them); one-lead explanation latency (p50/p95) through Explainer::explain; LIME milliseconds
 * per explanation with 5,000 samples on a model trained as ../shared/reference/bank_mod5.
 */
Result<> benchExplain(const ExplainBenchConfig &config);

/** @brief Only the LIME part of section 6 (1 thread), for quick comparisons with Python's lime. */
Result<> benchLime(const ExplainBenchConfig &config);

} // namespace mizan::bench
